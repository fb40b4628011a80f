"""The query API on the real data: lookups, dated rule queries, comparison, citations."""

from __future__ import annotations

from datetime import date

import pytest

from legal_ref.errors import UnknownNameError
from legal_ref.library import Library
from legal_ref.models import Regime, Topic
from legal_ref.periods import Interval, TimeStatus


@pytest.mark.parametrize("name", ["CZ", "cz", "CZE", "cze", "Czechia", "czechia", "Czech Republic", " CZ "])
def test_jurisdiction_lookup_by_code_alpha3_and_name(lib: Library, name: str) -> None:
    assert lib[name].code == "CZ"
    assert lib.jurisdiction(name).code == "CZ"
    assert name in lib


def test_unknown_jurisdiction_suggests_close_matches(lib: Library) -> None:
    with pytest.raises(UnknownNameError) as info:
        lib["Czechoslovakia"]
    assert "unknown jurisdiction 'Czechoslovakia'" in str(info.value)
    with pytest.raises(UnknownNameError) as info:
        lib["Czechiaa"]
    assert info.value.suggestions == ("Czechia",)
    assert "did you mean 'Czechia'" in str(info.value)
    assert "Narnia" not in lib


def test_unknown_topic_suggests_close_matches(lib: Library) -> None:
    with pytest.raises(UnknownNameError) as info:
        lib.rules(topic="foreign_servise")
    assert info.value.suggestions[0] == "foreign_service"


def test_topic_accepts_spaces_and_case(lib: Library) -> None:
    assert lib.rules(topic="Foreign Service").rules == lib.rules(topic=Topic.FOREIGN_SERVICE).rules


def test_rules_filter_by_topic_regime_and_jurisdiction(lib: Library) -> None:
    selection = lib.rules(topic="foreign_service", regime="authorization_required", jurisdiction="CZ")
    assert [r.uid for r in selection] == ["cz:foreign-service"]
    assert all(r.regime is Regime.AUTHORIZATION_REQUIRED for r in lib.rules(regime="authorization_required"))


def test_rules_by_authority(lib: Library) -> None:
    uids = {r.uid for r in lib.rules(authority="head_of_state")}
    assert "cz:foreign-service" in uids


def test_dated_query_excludes_rules_not_yet_in_force_and_says_so(lib: Library) -> None:
    # Sweden's terrorist-travel offence began on 1 April 2016, inside the period researched (from 1 January 2016).
    before = lib.rules(jurisdiction="SE", topic="foreign_conflict", as_of=date(2016, 3, 1))
    assert "se:terrorist-travel-2016" not in {r.uid for r in before}
    assert ("se:terrorist-travel-2016", TimeStatus.NOT_YET_IN_FORCE) in {(r.uid, s) for r, s in before.excluded}
    assert "not yet in force" in before.explain()
    after = lib.rules(jurisdiction="SE", topic="foreign_conflict", as_of=date(2016, 5, 1))
    assert "se:terrorist-travel-2016" in {r.uid for r in after}


def test_dated_query_before_coverage_reports_outside_coverage(lib: Library) -> None:
    selection = lib.rules(jurisdiction="CZ", as_of=date(1900, 1, 1))
    assert len(selection) == 0
    assert selection.outside_coverage == ("CZ",)
    assert "outside the researched period" in selection.explain()


def test_answer_is_never_silently_empty(lib: Library) -> None:
    assert lib.answer("CZ", "foreign_service", date(2024, 1, 1)).status is TimeStatus.IN_FORCE
    assert lib.answer("CZ", "foreign_service", date(1900, 1, 1)).status is TimeStatus.OUTSIDE_COVERAGE
    assert lib.answer("SE", "foreign_conflict", date(2016, 3, 1)).status is TimeStatus.NOT_YET_IN_FORCE
    # The UK's designated-area research starts with the offence (12 April 2019): earlier is not researched.
    assert lib.answer("GB", "foreign_conflict", date(2019, 1, 1)).status is TimeStatus.OUTSIDE_COVERAGE


def test_compare_rows(lib: Library) -> None:
    rows = {row.code: row for row in lib.compare("foreign_service", ["GB", "CZ"], as_of=date(2024, 1, 1))}
    assert rows["CZ"].regime is Regime.AUTHORIZATION_REQUIRED
    assert rows["CZ"].authority == "President of the Republic"
    assert rows["CZ"].citations and rows["CZ"].citations[0].startswith("§ 321 ")
    assert rows["GB"].regime is Regime.CONDITIONALLY_PROHIBITED
    assert rows["GB"].max_imprisonment == "2 years"
    assert rows["GB"].recruitment_ban is True


def test_provision_lookup_and_citation(lib: Library) -> None:
    provision = lib.provision("cz:criminal-code:s321")
    assert provision.locator == "§ 321"
    assert provision.instrument.citation == "Act No. 40/2009 Coll."
    assert lib.cite("cz:criminal-code:s321") == "§ 321 zákona č 40/2009 Sb (Czechia)"
    assert lib.cite("cz:criminal-code:s321", "local") == "§ 321 zákona č. 40/2009 Sb."
    with pytest.raises(UnknownNameError):
        lib.provision("cz:criminal-code:s999")


def test_provision_version_on_a_date(lib: Library) -> None:
    provision = lib.provision("cz:criminal-code:s321")
    assert provision.version_on(date(2009, 12, 31)) is None
    assert provision.version_on(date(2024, 1, 1)) is provision.current


def test_global_ids(lib: Library) -> None:
    rule = lib.rule("cz:foreign-service")
    assert rule.uid == "cz:foreign-service"
    assert rule.jurisdiction_code == "CZ"
    assert lib.jurisdiction_of(rule).code == "CZ"


def test_models_are_immutable(lib: Library) -> None:
    rule = lib.rule("cz:foreign-service")
    with pytest.raises(Exception, match="frozen"):
        rule.regime = Regime.PERMITTED  # type: ignore[misc]


class TestInterval:
    def test_half_open(self) -> None:
        interval = Interval(start=date(2020, 1, 1), end=date(2021, 1, 1))
        assert interval.status_on(date(2019, 12, 31)) is TimeStatus.NOT_YET_IN_FORCE
        assert interval.status_on(date(2020, 1, 1)) is TimeStatus.IN_FORCE
        assert interval.status_on(date(2020, 12, 31)) is TimeStatus.IN_FORCE
        assert interval.status_on(date(2021, 1, 1)) is TimeStatus.ENDED

    def test_open_bounds(self) -> None:
        assert Interval().contains(date(1, 1, 1))
        assert Interval(start=date(2020, 1, 1)).contains(date(9999, 12, 31))

    def test_rejects_empty_or_inverted(self) -> None:
        with pytest.raises(ValueError, match="must be after start"):
            Interval(start=date(2020, 1, 1), end=date(2020, 1, 1))

    def test_repeal_needs_an_end(self) -> None:
        with pytest.raises(ValueError, match="repealed_by"):
            Interval(start=date(2020, 1, 1), repealed_by="Act 2 of 2021")

    def test_overlaps(self) -> None:
        a = Interval(start=date(2020, 1, 1), end=date(2021, 1, 1))
        assert not a.overlaps(Interval(start=date(2021, 1, 1)))
        assert a.overlaps(Interval(end=date(2020, 1, 2)))
