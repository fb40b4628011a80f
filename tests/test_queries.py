"""The query API on a small synthetic library: every filter, every status, every message, pinned exactly.

The data is synthetic (test-only) so that these tests keep biting whatever the shipped data says; they are the
tests the mutation run (`mutmut run`, see docs/developers.md) selects for ``legal_ref/library.py``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import legal_ref
from legal_ref.errors import UnknownNameError
from legal_ref.library import Library, RuleSelection, parse_choice
from legal_ref.loading import bundle_text, load_bundle, read_dataset
from legal_ref.models import AuthorityKind, Dataset, Person, Regime, Topic
from legal_ref.periods import TimeStatus
from tests.conftest import MINIMAL, UN_MEMBERS, make_data_dir

RULE = MINIMAL.split("rules:\n", 1)[1].split("events:", 1)[0]
EXTRA_RULES = (
    RULE.replace("id: service", "id: licence")
    .replace("regime: prohibited", "regime: authorization_required\n    authorization: {authority: minister, "
             "office: Minister of Defence}")
    .replace("valid: {start: 2000-01-01}", "valid: {start: 2005-01-01, end: 2010-01-01, repealed_by: Act 2010}")
    .replace("binds: [citizens]", "binds: [citizens, residents]")
    + RULE.replace("id: service", "id: recruiting")
    .replace("topic: foreign_service", "topic: recruitment")
    .replace("binds: [citizens]", "binds: [anyone_on_territory]")
    .replace("valid: {start: 2000-01-01}", "valid: {confirmed_from: 2008-01-01}")
    + RULE.replace("id: service", "id: later")
    .replace("topic: foreign_service", "topic: mercenary")
    .replace("binds: [citizens]", "binds: [residents]")
    .replace("valid: {start: 2000-01-01}", "valid: {start: 2020-01-01}")
)  # fmt: skip
ANDORRA = MINIMAL.replace("events:\n", EXTRA_RULES + "events:\n", 1)
AUSTRIA = (
    MINIMAL.replace("code: AD", "code: AT")
    .replace("name: Andorra", "name: Austria")
    .replace("{lang: ca, text: Principat d'Andorra}", "{lang: de, text: Republik Österreich}")
    .replace("since: 2000-01-01", "since: 2015-01-01")
)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    data = make_data_dir(tmp_path_factory.mktemp("queries"), {"ad.yaml": ANDORRA, "at.yaml": AUSTRIA})
    return read_dataset(data)


@pytest.fixture(scope="module")
def bundle(dataset: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lazy") / "bundle.json"
    path.write_text(bundle_text(dataset), encoding="utf-8")
    return path


@pytest.fixture
def lib(dataset: Dataset) -> Library:
    """A fresh library for each test, so that every test exercises its construction too."""
    return Library(dataset)


@pytest.fixture
def lazy(bundle: Path) -> Library:
    return load_bundle(bundle)


def uids(selection: RuleSelection) -> list[str]:
    return [r.uid for r in selection]


def test_rules_without_filters(lib: Library) -> None:
    assert uids(lib.rules()) == ["ad:service", "ad:licence", "ad:recruiting", "ad:later", "at:service"]
    assert lib.rules().explain() == "5 rule(s) in force"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"topic": "foreign_service"}, ["ad:service", "ad:licence", "at:service"]),
        ({"topic": "Foreign service"}, ["ad:service", "ad:licence", "at:service"]),
        ({"topic": "foreign-service"}, ["ad:service", "ad:licence", "at:service"]),
        ({"topic": Topic.RECRUITMENT}, ["ad:recruiting"]),
        ({"regime": "authorization_required"}, ["ad:licence"]),
        ({"regime": Regime.PROHIBITED, "topic": "foreign_service"}, ["ad:service", "at:service"]),
        ({"authority": "minister"}, ["ad:licence"]),
        ({"authority": AuthorityKind.MONARCH}, []),
        ({"binds": "residents"}, ["ad:licence", "ad:later"]),
        ({"binds": Person.CITIZENS, "topic": "foreign_service"}, ["ad:service", "ad:licence", "at:service"]),
        ({"binds": "residents", "authority": "minister"}, ["ad:licence"]),
        ({"jurisdiction": "AT"}, ["at:service"]),
        ({"jurisdiction": "Austria"}, ["at:service"]),
        ({"jurisdiction": ["AT", "AD"], "topic": "foreign_service"}, ["at:service", "ad:service", "ad:licence"]),
        ({"jurisdiction": ("AD",), "regime": "prohibited"}, ["ad:service", "ad:recruiting", "ad:later"]),
    ],
)
def test_each_filter(lib: Library, filters: dict[str, object], expected: list[str]) -> None:
    assert uids(lib.rules(**filters)) == expected  # type: ignore[arg-type]


def test_dated_rules_and_why_others_are_left_out(lib: Library) -> None:
    selection = lib.rules(topic="foreign_service", as_of=date(2012, 1, 1))
    assert uids(selection) == ["ad:service"]
    assert selection.as_of == date(2012, 1, 1)
    assert [(r.uid, s) for r, s in selection.excluded] == [("ad:licence", TimeStatus.ENDED)]
    assert selection.outside_coverage == ("AT",)
    assert selection.explain() == (
        "1 rule(s) in force on 2012-01-01; not in force then: ad:licence (ended); outside the researched period: AT"
    )


def test_not_yet_and_unknown_are_told_apart(lib: Library) -> None:
    selection = lib.rules(jurisdiction="AD", as_of=date(2004, 12, 31))
    assert uids(selection) == ["ad:service"]
    assert [(r.uid, s) for r, s in selection.excluded] == [
        ("ad:licence", TimeStatus.NOT_YET_IN_FORCE),
        ("ad:recruiting", TimeStatus.UNKNOWN),
        ("ad:later", TimeStatus.NOT_YET_IN_FORCE),
    ]
    assert selection.outside_coverage == ()
    assert selection.explain() == (
        "1 rule(s) in force on 2004-12-31; not in force then: ad:licence (not yet in force), "
        "ad:recruiting (unknown), ad:later (not yet in force)"
    )


def test_boundaries_of_dated_rules(lib: Library) -> None:
    assert uids(lib.rules(jurisdiction="AD", topic="foreign_service", as_of=date(2005, 1, 1))) == [
        "ad:service", "ad:licence"
    ]  # fmt: skip
    assert uids(lib.rules(jurisdiction="AD", topic="foreign_service", as_of=date(2009, 12, 31))) == [
        "ad:service", "ad:licence"
    ]  # fmt: skip
    assert uids(lib.rules(jurisdiction="AD", topic="foreign_service", as_of=date(2010, 1, 1))) == ["ad:service"]
    assert uids(lib.rules(jurisdiction="AD", topic="recruitment", as_of=date(2008, 1, 1))) == ["ad:recruiting"]
    assert uids(lib.rules(jurisdiction="AD", topic="recruitment", as_of=date(2007, 12, 31))) == []
    assert uids(lib.rules(jurisdiction="AT", as_of=date(2015, 1, 1))) == ["at:service"]
    assert lib.rules(jurisdiction="AT", as_of=date(2014, 12, 31)).outside_coverage == ("AT",)


def test_explain_without_a_date_or_exclusions() -> None:
    assert RuleSelection(()).explain() == "0 rule(s) in force"
    assert RuleSelection((), date(2020, 1, 1), outside_coverage=("AD", "AT")).explain() == (
        "0 rule(s) in force on 2020-01-01; outside the researched period: AD, AT"
    )


def test_answer_statuses(lib: Library) -> None:
    answer = lib.answer("AD", "foreign_service", date(2006, 1, 1))
    assert (answer.jurisdiction.code, answer.topic, answer.as_of, answer.status) == (
        "AD", Topic.FOREIGN_SERVICE, date(2006, 1, 1), TimeStatus.IN_FORCE
    )  # fmt: skip
    assert [r.uid for r in answer.rules] == ["ad:service", "ad:licence"] and answer.primary is not None
    assert answer.primary.uid == "ad:service"
    outside = lib.answer("AT", "foreign_service", date(2014, 1, 1))
    assert (outside.jurisdiction.code, outside.topic, outside.as_of, outside.status, outside.rules) == (
        "AT", Topic.FOREIGN_SERVICE, date(2014, 1, 1), TimeStatus.OUTSIDE_COVERAGE, ()
    )  # fmt: skip
    none = lib.answer("AT", "mercenary", date(2016, 1, 1))
    assert (none.jurisdiction.code, none.topic, none.as_of, none.status) == (
        "AT", Topic.MERCENARY, date(2016, 1, 1), TimeStatus.NOT_RESEARCHED
    )  # fmt: skip
    unknown = lib.answer("AD", "recruitment", date(2007, 1, 1))
    assert (unknown.jurisdiction.code, unknown.topic, unknown.as_of, unknown.status) == (
        "AD", Topic.RECRUITMENT, date(2007, 1, 1), TimeStatus.UNKNOWN
    )  # fmt: skip
    later = lib.answer("AD", "mercenary", date(2019, 12, 31))
    assert (later.jurisdiction.code, later.topic, later.as_of, later.status) == (
        "AD", Topic.MERCENARY, date(2019, 12, 31), TimeStatus.NOT_YET_IN_FORCE
    )  # fmt: skip
    assert lib.answer("AD", "mercenary", date(2020, 1, 1)).status is TimeStatus.IN_FORCE
    assert lib.answer("AD", "foreign_service").as_of == date.today()


def test_answer_of_an_ended_topic(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "valid: {start: 2000-01-01}\n    rests_on",
        "valid: {start: 2000-01-01, end: 2010-01-01, repealed_by: A}\n    rests_on",
    )
    lib = legal_ref.load(make_data_dir(tmp_path, {"ad.yaml": text}))
    answer = lib.answer("AD", "foreign_service", date(2010, 1, 1))
    assert (answer.status, answer.rules, answer.topic, answer.as_of) == (
        TimeStatus.ENDED, (), Topic.FOREIGN_SERVICE, date(2010, 1, 1)
    )  # fmt: skip
    assert answer.jurisdiction.code == "AD"


def test_primary_prefers_the_rule_binding_citizens(lib: Library) -> None:
    answer = lib.answer("AD", "mercenary", date(2021, 1, 1))
    assert answer.primary is not None and answer.primary.uid == "ad:later"  # binds residents only: the first
    assert lib.answer("AT", "mercenary", date(2021, 1, 1)).primary is None


def test_compare_rows(lib: Library) -> None:
    rows = lib.compare("foreign_service", as_of=date(2006, 1, 1))
    assert [r.code for r in rows] == ["AD", "AT"]
    ad, at = rows
    assert (ad.name, ad.topic, ad.as_of, ad.status, ad.rules) == (
        "Andorra", Topic.FOREIGN_SERVICE, date(2006, 1, 1), TimeStatus.IN_FORCE, ("ad:service", "ad:licence")
    )  # fmt: skip
    assert (ad.regime, ad.binds, ad.max_imprisonment, ad.max_imprisonment_months) == (
        Regime.PROHIBITED, (Person.CITIZENS,), "5 years", 60
    )  # fmt: skip
    assert ad.citations == lib.citations_of(lib.rule("ad:service")) * 2
    assert (at.status, at.regime, at.rules, at.citations) == (TimeStatus.OUTSIDE_COVERAGE, None, (), ())
    assert [r.code for r in lib.compare("foreign_service", ["AT"])] == ["AT"]
    assert [r.code for r in lib.compare("foreign_service", "AT")] == ["AT"]
    assert [r.code for r in lib.compare(Topic.MERCENARY, ("Austria", "AD"), date(2021, 1, 1))] == ["AT", "AD"]
    assert lib.compare("foreign_service", ["AD"])[0].as_of == date.today()
    licence = lib.compare("foreign_service", ["AD"], date(2006, 1, 1))[0]
    assert licence.authority is None  # the primary rule (the first binding citizens) needs no authorization
    assert lib.compare("recruitment", ["AD"], date(2009, 1, 1))[0].recruitment_ban is True


def test_lookups(lib: Library, lazy: Library) -> None:
    for each in (lib, lazy):
        assert each["ad"].code == "AD" and each[" Andorra "].code == "AD" and each["AND"].code == "AD"
        assert each["Principat d'Andorra"].code == "AD" and each["republik österreich"].code == "AT"
        assert each.get("Atlantis") is None and each.get("AT") is each["AT"] is each.get("at")
        assert "AD" in each and "Atlantis" not in each and None not in each
        assert len(each) == 2 and [j.code for j in each] == ["AD", "AT"]
        assert [j.code for j in each.jurisdictions] == ["AD", "AT"]
        assert [o.id for o in each.organisations] == ["COE"]
        assert each.provision(" AD:Code-A:Art1 ").uid == "ad:code-a:art1"
        assert each.rule(" AD:Licence ").uid == "ad:licence"
        assert each.jurisdiction_of(each.rule("at:service")).code == "AT"
        assert each.jurisdiction_of(each.provision("ad:code-a:art1")).code == "AD"
        assert [p.uid for p in each.provisions_of(each.rule("ad:licence"))] == ["ad:code-a:art1"]
    assert lazy.dataset == lib.dataset
    assert repr(lib) == "<Library of 2 jurisdictions: AD, AT>"
    assert repr(lazy) == "<Library of 2 jurisdictions: AD, AT>"


def test_construction(dataset: Dataset, lazy: Library) -> None:
    eager = Library(dataset)
    assert eager.dataset is dataset and eager._raw == {} and eager._shared == {}
    assert eager.citations_of(eager.rule("ad:service")) is eager.citations_of(eager.rule("ad:service"))
    assert lazy._built == {} and set(lazy._raw) == {"AD", "AT"}
    assert set(lazy._shared) == {"organisations", "un_members"} and "jurisdictions" not in lazy._shared
    assert lazy["Principat d'Andorra"].code == "AD" and lazy._built.keys() == {"AD"}
    assert lazy.citations_of(lazy.rule("ad:service")) == eager.citations_of(eager.rule("ad:service"))
    assert lazy.get("AD") is lazy.get("AD") is lazy._built["AD"]
    empty = Library.from_bundle({})
    assert len(empty) == 0 and list(empty) == [] and empty.organisations == ()


def test_cite(lib: Library) -> None:
    provision = lib.provision("ad:code-a:art1")
    from legal_ref.citations import CitationStyle, cite

    for style in CitationStyle:
        assert lib.cite("ad:code-a:art1", style.value) == cite(provision, style)
        assert lib.cite("ad:code-a:art1", style, "(1)") == cite(provision, style, "(1)")
    assert lib.cite("ad:code-a:art1") == cite(provision, CitationStyle.OSCOLA)
    with pytest.raises(UnknownNameError, match="unknown citation style 'apa'"):
        lib.cite("ad:code-a:art1", "apa")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda lib: lib["Atlantis"], "unknown jurisdiction 'Atlantis'"),
        (lambda lib: lib["ADD"], "unknown jurisdiction 'ADD'; did you mean 'AD'"),
        (lambda lib: lib.rule("ad:licenc"), "unknown rule 'ad:licenc'; did you mean 'ad:licence'"),
        (
            lambda lib: lib.provision("ad:code-a:art2"),
            "unknown provision 'ad:code-a:art2'; did you mean 'ad:code-a:art1'",
        ),
        (lambda lib: lib.rules(topic="wars"), "unknown topic 'wars'"),
        (lambda lib: lib.rules(regime="banned"), "unknown regime 'banned'"),
        (lambda lib: lib.rules(authority="king"), "unknown authority 'king'"),
        (lambda lib: lib.rules(binds="aliens"), "unknown person 'aliens'"),
        (lambda lib: lib.answer("AD", "wars"), "unknown topic 'wars'"),
        (lambda lib: lib.compare("wars"), "unknown topic 'wars'"),
    ],
)
def test_unknown_names(lib: Library, call: object, message: str) -> None:
    with pytest.raises(UnknownNameError) as info:
        call(lib)  # type: ignore[operator]
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda lib: lib[None], "a jurisdiction is named by a str (e.g. 'CZ'), not NoneType"),
        (lambda lib: lib.get(1), "a jurisdiction is named by a str (e.g. 'CZ'), not int"),
        (lambda lib: lib.rule(None), "a rule is named by a str (e.g. 'CZ'), not NoneType"),
        (lambda lib: lib.provision(None), "a provision is named by a str (e.g. 'CZ'), not NoneType"),
        (lambda lib: lib.search(None), "a search text is named by a str (e.g. 'CZ'), not NoneType"),
        (lambda lib: lib.rules(jurisdiction=3), "jurisdictions are a str or a list of str, not int"),
        (lambda lib: lib.rules(jurisdiction=["AD", 3]), "a jurisdiction is named by a str (e.g. 'CZ'), not int"),
        (
            lambda lib: lib.rules(as_of="2020-01-01"),
            "as_of is a datetime.date, not str; use date.fromisoformat('2020-01-01')",
        ),
        (lambda lib: lib.rules(as_of="x" * 40), "as_of is a datetime.date, not str"),
        (
            lambda lib: lib.rules(as_of="x" * 39),
            f"as_of is a datetime.date, not str; use date.fromisoformat('{'x' * 39}')",
        ),
        (lambda lib: lib.rules(topic=1), "a topic is a str or Topic, not int"),
    ],
)
def test_wrong_types(lib: Library, call: object, message: str) -> None:
    with pytest.raises(TypeError) as info:
        call(lib)  # type: ignore[operator]
    assert str(info.value) == message


def test_parse_choice() -> None:
    assert parse_choice(Topic, " Nationality-Loss ", "topic") is Topic.NATIONALITY_LOSS
    assert parse_choice(Topic, Topic.MERCENARY, "topic") is Topic.MERCENARY
    with pytest.raises(UnknownNameError) as info:
        parse_choice(Topic, "x", "topic")
    assert info.value.kind == "topic" and info.value.name == "x"


def test_search(lib: Library) -> None:
    hits = lib.search("synthetic rule andorra")
    assert [(h.kind, h.uid) for h in hits] == [
        ("rule", "ad:service"), ("rule", "ad:licence"), ("rule", "ad:recruiting"), ("rule", "ad:later")
    ]  # fmt: skip
    assert hits[0].title == "Andorra: foreign service — prohibited"
    assert lib.search("   ") == [] and lib.search("nothing-like-this") == []
    provisions = lib.search("Test Code")
    assert {(h.kind, h.uid) for h in provisions} >= {("provision", "ad:code-a:art1"), ("provision", "at:code-a:art1")}
    assert lib.search("AUSTRIA synthetic provision")[0].uid == "at:code-a:art1"


def test_coverage_rows(lib: Library) -> None:
    rows = {r.code: r for r in lib.coverage()}
    assert set(rows) == {"AD", "AT"}
    ad = rows["AD"]
    assert (ad.name, ad.un_member, ad.rules, ad.start_not_confirmed, ad.last_verified) == (
        "Andorra", True, 4, 1, date(2026, 1, 1)
    )  # fmt: skip
    assert ad.topics == (Topic.FOREIGN_SERVICE, Topic.RECRUITMENT, Topic.MERCENARY)
    assert ad.status.value == "partly_covered" and ad.oldest_verification == date(2026, 1, 1)
    assert rows["AT"].un_member is False and rows["AT"].rules == 1
    assert ad.share(ad.verification[0][0]) == 1.0


# A second synthetic library: a fully covered state, per-topic coverage, rows with every field, unresearched members.

FULL = (
    MINIMAL.replace(
        "    regime: prohibited\n",
        "    regime: authorization_required\n"
        "    authorization: {authority: head_of_state, office: The Co-Princes}\n"
        "    condition: {text: Only in wartime.}\n"
        "    exemptions:\n      - {test: also_national}\n      - {test: regular_forces, text: Regular forces.}\n"
        "    nationality: {effect: none}\n",
    )
    .replace("events:\n", "".join(
        RULE.replace("id: service", "id: " + topic.replace("_", "-"))
        .replace("topic: foreign_service", f"topic: {topic}")
        for topic in ("recruitment", "mercenary", "nationality_loss")
    ).replace("    penalties:\n      - imprisonment: {min: 1 year, max: 5 years}\n", "", 1) + "events:\n", 1)
    .replace('locator: "art. 1"\n', 'locator: "art. 1"\n        heading: Servei\n        heading_en: Foreign service\n')
)  # fmt: skip
LATER = AUSTRIA.replace("since: 2015-01-01", "since: 2015-01-01\n  topics: {foreign_service: 2016-01-01}")
MEMBERS = UN_MEMBERS.replace("members: [AD]", "members: [AD, BO, FJ]")


@pytest.fixture
def full(tmp_path: Path) -> Library:
    data = make_data_dir(tmp_path, {"ad.yaml": FULL, "at.yaml": LATER})
    (data / "un-members.yaml").write_text(MEMBERS, encoding="utf-8")
    return Library(read_dataset(data))


def test_coverage_of_members_researched_or_not(full: Library) -> None:
    rows = full.coverage()
    assert [(r.code, r.name, r.status.value, r.un_member) for r in rows] == [
        ("AD", "Andorra", "covered", True),
        ("AT", "Austria", "partly_covered", False),
        ("BO", "Bolivia", "not_researched", True),
        ("FJ", "Fiji", "not_researched", True),
    ]
    bo = rows[2]
    assert (bo.topics, bo.last_verified, bo.rules, bo.verification, bo.oldest_verification) == ((), None, 0, (), None)
    assert bo.share(rows[0].verification[0][0]) == 0.0
    ad = rows[0]
    assert ad.rules == 4 and ad.topics == (
        Topic.FOREIGN_SERVICE, Topic.RECRUITMENT, Topic.MERCENARY, Topic.NATIONALITY_LOSS
    )  # fmt: skip
    assert [n for _, n in ad.verification] == [4, 0, 0, 0]
    assert ad.share(ad.verification[0][0]) == 1.0 and ad.share(ad.verification[1][0]) == 0.0


def test_coverage_without_a_members_list(full: Library) -> None:
    from legal_ref.library import CoverageRow, CoverageStatus

    lib = Library(full.dataset.model_copy(update={"un_members": None}))
    assert [(r.code, r.un_member) for r in lib.coverage()] == [("AD", False), ("AT", False)]
    from legal_ref.models import Confidence

    row = CoverageRow(
        "AD", "Andorra", CoverageStatus.COVERED, (), None, True, verification=((Confidence.SECONDARY, 2),)
    )
    assert row.share(Confidence.UNVERIFIED) == 0.0 and row.share(Confidence.SECONDARY) == 1.0


def test_comparison_row_carries_every_dimension(full: Library) -> None:
    (row,) = full.compare("foreign_service", ["AD"], date(2024, 1, 1))
    assert (row.condition, row.authority_kind, row.authority) == (
        "Only in wartime.", AuthorityKind.HEAD_OF_STATE, "The Co-Princes"
    )  # fmt: skip
    assert row.exemptions == ("also national", "Regular forces.")
    assert row.penalty == "penalty: imprisonment 1 year to 5 years" or row.penalty.startswith(
        full.rule("ad:service").penalties[0].label
    )
    assert row.penalty == "; ".join(f"{p.label}: {p}" for p in full.rule("ad:service").penalties)
    assert row.nationality_effect is not None and row.nationality_effect.value == "none"
    assert row.confidence is not None and row.confidence.value == "official_publication"
    assert row.recruitment_ban is True and row.last_verified == date(2026, 1, 1)
    (bare,) = full.compare("recruitment", ["AD"], date(2024, 1, 1))
    assert (bare.max_imprisonment, bare.max_imprisonment_months, bare.penalty) == (None, None, None)
    assert (bare.condition, bare.authority_kind, bare.authority, bare.exemptions) == (None, None, None, ())
    (empty,) = full.compare("mercenary", ["AT"], date(2024, 1, 1))
    assert (empty.regime, empty.confidence, empty.nationality_effect, empty.penalty, empty.exemptions) == (
        None, None, None, None, ()
    )  # fmt: skip
    assert empty.recruitment_ban is None  # AT has no recruitment rule


def test_recruitment_ban_is_read_on_the_row_date(lib: Library) -> None:
    (row,) = lib.compare("foreign_service", ["AD"], date(2006, 1, 1))
    assert row.recruitment_ban is None  # the recruitment rule is only confirmed from 2008
    (later,) = lib.compare("foreign_service", ["AD"], date(2009, 1, 1))
    assert later.recruitment_ban is True


def test_per_topic_coverage(full: Library) -> None:
    day = date(2015, 6, 1)
    assert full.rules(topic="foreign_service", as_of=day, jurisdiction="AT").outside_coverage == ("AT",)
    assert [r.uid for r in full.rules(as_of=day, jurisdiction="AT")] == ["at:service"]
    assert full.answer("AT", "foreign_service", day).status is TimeStatus.OUTSIDE_COVERAGE
    assert full.answer("AT", "foreign_service", date(2016, 1, 1)).status is TimeStatus.IN_FORCE
    both = full.rules(topic="foreign_service", as_of=day, jurisdiction=["AT", "AD"])
    assert [r.uid for r in both] == ["ad:service"] and both.outside_coverage == ("AT",)


def test_search_titles_and_ranking(full: Library) -> None:
    from legal_ref.citations import cite

    provision = full.provision("ad:code-a:art1")
    hits = full.search("andorra synthetic")
    # Rules name Andorra in their titles (one word of the query), the provision does not: rules rank first.
    assert [(h.kind, h.uid, h.title) for h in hits] == [
        ("rule", "ad:service", "Andorra: foreign service — authorization required"),
        ("rule", "ad:recruitment", "Andorra: recruitment — prohibited"),
        ("rule", "ad:mercenary", "Andorra: mercenary — prohibited"),
        ("rule", "ad:nationality-loss", "Andorra: nationality loss — prohibited"),
        ("provision", "ad:code-a:art1", f"{cite(provision)} — Foreign service"),
    ]
    assert [h.uid for h in full.search("Servei")] == ["ad:code-a:art1"]  # the heading in its own language
    assert [h.uid for h in full.search("FOREIGN service")] == ["ad:code-a:art1"]  # the English heading
    assert [h.title for h in full.search("code austria")] == [f"{cite(full.provision('at:code-a:art1'))}"]
    # A rule is found by the citations of the provisions it rests on.
    assert "ad:service" in [h.uid for h in full.search(f"{cite(provision)} wartime".replace("wartime", "andorra"))]
    assert full.search("synthetic wartime") == []
    assert full.search("xx") == []  # nothing but the fields' own words is searched
    # Scores count the query's words in each title: the rules name Andorra, the provision its code (a tie: file
    # order, provisions first); with a third word in neither, the order must not change.
    order = [h.uid for h in full.search("andorra synthetic codi")]
    assert order[0] == "ad:code-a:art1" and order[1:] == ["ad:service", "ad:recruitment", "ad:mercenary",
                                                          "ad:nationality-loss"]  # fmt: skip


def test_search_title_with_a_heading_in_one_language_only(tmp_path: Path) -> None:
    from legal_ref.citations import cite

    text = MINIMAL.replace('locator: "art. 1"\n', 'locator: "art. 1"\n        heading: Servei\n')
    lib = Library(read_dataset(make_data_dir(tmp_path, {"ad.yaml": text})))
    (hit,) = lib.search("servei")
    assert hit.title == f"{cite(lib.provision('ad:code-a:art1'))} — Servei"


def test_a_bundle_payload_read_whole() -> None:
    payload = {
        "jurisdictions": [{"code": "AD", "name": "Andorra", "names": [{"lang": "ca", "text": "Principat"}]}],
        "organisations": [],
    }
    lib = Library.from_bundle(payload)
    assert lib._name_rows == [("AD", "Andorra", ("Principat",))] and "principat" in lib
    assert dict(lib._shared) == {"organisations": []}


def test_a_bundle_entry_without_names() -> None:
    lib = Library.from_bundle({"jurisdictions": [{"code": "AD", "name": "Andorra"}]})
    assert "Andorra" in lib and "AD" in lib and lib._name_rows == [("AD", "Andorra", ())]
