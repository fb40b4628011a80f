"""The volunteer check on real pairs: conditions evaluated against memberships and conflicts, dated answers."""

from __future__ import annotations

from datetime import date

import pytest

from legal_ref.assessment import Applicability, Assessment, Finding, Role
from legal_ref.errors import UnknownNameError
from legal_ref.library import Library

DAY = date(2024, 1, 1)


def finding(assessment: Assessment, uid: str) -> Finding:
    for per in assessment.per_citizenship:
        for f in per.findings:
            if f.rule == uid:
                return f
    raise AssertionError(f"no finding for {uid}")


def test_czech_citizen_to_ukraine_needs_the_presidents_consent(lib: Library) -> None:
    a = lib.assess(["CZ"], "UA", as_of=DAY)
    (cz,) = a.per_citizenship
    assert cz.needs_authorization is True
    assert cz.authorities == ("President of the Republic",)
    f = finding(a, "cz:foreign-service")
    assert f.applicability is Applicability.APPLIES
    assert "not a member of NATO" in f.reason
    assert any("§ 321" in c for c in f.citations)
    assert any("5 years" in p for p in cz.criminal_exposure)
    assert any("10 years" in p for p in cz.criminal_exposure)  # the wartime range


def test_czech_citizen_to_a_nato_ally_needs_no_consent(lib: Library) -> None:
    a = lib.assess(["CZ"], "PL", as_of=DAY)
    f = finding(a, "cz:foreign-service")
    assert f.applicability is Applicability.DOES_NOT_APPLY
    assert "member of NATO" in f.reason
    assert a.per_citizenship[0].needs_authorization is False
    assert a.per_citizenship[0].criminal_exposure == ()


def test_british_citizen_to_ukraine_depends_on_the_friendly_state_question(lib: Library) -> None:
    a = lib.assess(["GB"], "UA", as_of=DAY)
    f = finding(a, "gb:foreign-service")
    assert f.applicability is Applicability.DEPENDS
    assert "Russia" in f.reason and "interpretation" in f.reason
    assert any(c.startswith("Foreign Enlistment Act 1870, s 4") for c in f.citations)
    # before the recorded conflict began the condition is not met
    before = lib.assess(["GB"], "UA", as_of=date(2010, 1, 1))
    assert finding(before, "gb:foreign-service").applicability is Applicability.DOES_NOT_APPLY


def test_german_ukrainian_dual_national_risks_german_nationality(lib: Library) -> None:
    a = lib.assess(["DE", "UA"], "UA", as_of=DAY)
    f = finding(a, "de:nationality-loss-foreign-forces-2019")
    assert f.applicability is Applicability.APPLIES
    assert f.authority == "Federal Ministry of Defence, or the body it designates"
    de = a.per_citizenship[0]
    assert de.needs_authorization is True
    assert any("automatic loss" in n for n in de.nationality)
    # a German with only German nationality is not bound by the dual-national rule
    single = lib.assess(["DE"], "UA", as_of=DAY)
    assert finding(single, "de:nationality-loss-foreign-forces-2019").applicability is Applicability.DOES_NOT_APPLY


def test_german_us_dual_national_in_us_forces_is_covered_by_the_general_consent(lib: Library) -> None:
    a = lib.assess(["DE", "US"], "US", as_of=DAY)
    assert finding(a, "de:nationality-loss-foreign-forces-2019").applicability is Applicability.DOES_NOT_APPLY


def test_latvian_before_and_after_the_2022_change(lib: Library) -> None:
    before = lib.assess(["LV"], "UA", as_of=date(2022, 2, 28))
    assert finding(before, "lv:foreign-service").applicability is Applicability.APPLIES
    assert finding(before, "lv:foreign-service-2022").applicability is Applicability.NOT_IN_FORCE
    after = lib.assess(["LV"], "UA", as_of=date(2022, 3, 1))
    assert finding(after, "lv:foreign-service").applicability is Applicability.NOT_IN_FORCE
    assert finding(after, "lv:foreign-service-2022").applicability is Applicability.DOES_NOT_APPLY
    assert finding(after, "lv:nationality-loss-2022").applicability is Applicability.DOES_NOT_APPLY


def test_citizen_of_a_state_with_no_specific_law(lib: Library) -> None:
    a = lib.assess(["SE"], "UA", as_of=DAY)
    (se,) = a.per_citizenship
    assert finding(a, "se:foreign-service").applicability is Applicability.APPLIES
    assert "no specific law" in finding(a, "se:foreign-service").reason
    assert se.needs_authorization is False
    assert se.nationality == ()


def test_ukraines_inbound_rules_and_the_mercenary_status(lib: Library) -> None:
    a = lib.assess(["CZ"], "UA", as_of=date(2025, 1, 1))
    assert "ua:inbound-service-2024" in {f.rule for f in a.inbound}
    (ap1,) = [f for f in a.international if f.rule == "int:mercenary-status"]
    assert ap1.applicability is Applicability.DOES_NOT_APPLY
    assert any("art 47" in c for c in ap1.citations)
    contractor = lib.assess(["CZ"], "UA", as_of=date(2025, 1, 1), role=Role.PRIVATE_CONTRACTOR)
    (ap1,) = [f for f in contractor.international if f.rule == "int:mercenary-status"]
    assert ap1.applicability is Applicability.DEPENDS


def test_as_of_changes_the_inbound_answer(lib: Library) -> None:
    early = {f.rule for f in lib.assess(["CZ"], "UA", as_of=date(2024, 10, 29)).inbound}
    late = {f.rule for f in lib.assess(["CZ"], "UA", as_of=date(2024, 10, 30)).inbound}
    assert "ua:inbound-service-2015" in early and "ua:inbound-service-2024" not in early
    assert "ua:inbound-service-2024" in late


def test_not_legal_advice_and_caveats(lib: Library) -> None:
    a = lib.assess(["CZ"], "UA", as_of=DAY)
    assert "not legal advice" in a.notice
    assert any("cz:foreign-service rests on secondary sources only" in c for c in a.caveats)


def test_unresearched_citizenship_is_said_not_guessed(lib: Library) -> None:
    a = lib.assess(["VN"], "UA", as_of=DAY)
    assert a.per_citizenship[0].status.value == "not_researched"
    assert any("not yet in legal_ref" in c for c in a.caveats)


def test_unknown_names_suggest_close_matches(lib: Library) -> None:
    with pytest.raises(UnknownNameError, match="did you mean"):
        lib.assess(["Czechiaa"], "UA")
    with pytest.raises(UnknownNameError):
        lib.assess(["CZ"], "UA", role="mercenary")
