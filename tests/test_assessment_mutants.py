"""The check's evaluation on synthetic data: each test pins a behaviour a mutation of ``legal_ref.assessment`` broke.

The jurisdictions here are invented (``tests/conftest.py``'s minimal file, changed per test), so the expected
verdicts follow from the synthetic rules alone, whatever the shipped data says.
"""

from __future__ import annotations

import copy
import itertools
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from legal_ref import DISCLAIMER
from legal_ref.assessment import (
    SERVING_STATE,
    Assessment,
    CheckInputError,
    CheckTable,
    CitizenshipAssessment,
    Finding,
    NationalityOutcome,
    Permission,
    Role,
    ServingPeriod,
    Verdict,
    assess,
    check_table,
    possessive,
    serving_table,
)
from legal_ref.errors import UnknownNameError
from legal_ref.library import Library
from legal_ref.loading import read_dataset
from legal_ref.models import Dataset, Jurisdiction
from tests.conftest import MINIMAL, make_data_dir

DAY = date(2026, 12, 4)

ORGANISATIONS = """\
organisations:
  - id: COE
    name: Council of Europe
    kind: regional_organisation
    sources: [{id: coe, url: https://example.org/coe, title: Test, publisher: Test, kind: reference, language: en,
               consulted_on: 2026-01-01}]
  - id: NATO
    name: North Atlantic Treaty Organization
    kind: defence_alliance
    sources: [{id: nato, url: https://example.org/nato, title: Test, publisher: Test, kind: reference,
               language: en, consulted_on: 2026-01-01}]
  - id: EFTA
    name: European Free Trade Association
    kind: regional_organisation
    sources: [{id: efta, url: https://example.org/efta, title: Test, publisher: Test, kind: reference,
               language: en, consulted_on: 2026-01-01}]
"""
"""COE (every synthetic state a member), NATO (fully researched, see ``FULLY_RESEARCHED``) and EFTA (no member)."""

UN_MEMBERS = """\
sources:
  - {id: un, url: https://example.org/un, title: Test, publisher: Test, kind: reference, language: en,
     consulted_on: 2026-01-01}
members: [AD, AT, NL, VN]
"""

SOURCE = {"id": "c", "url": "https://example.org/c", "title": "Test", "publisher": "Test", "kind": "reference",
          "language": "en", "consulted_on": "2026-01-01"}  # fmt: skip


def conflict(cid: str, parties: list[str], start: str = "2020-01-01") -> dict[str, Any]:
    """A synthetic armed conflict between ``parties`` from ``start``."""
    return {"id": cid, "name": f"War {cid}", "kind": "international", "parties": parties, "valid": {"start": start},
            "sources": [SOURCE]}  # fmt: skip


def rule(rid: str, **fields: Any) -> dict[str, Any]:
    """A synthetic rule of Andorra: a foreign-service prohibition binding citizens, changed by ``fields``."""
    base: dict[str, Any] = {
        "id": rid, "topic": "foreign_service", "binds": ["citizens"], "regime": "prohibited",
        "summary": f"Synthetic rule {rid}.", "valid": {"start": "2000-01-01"}, "rests_on": ["code-a:art1"],
        "sources": ["src-a"], "confidence": "official_publication", "verified_on": "2026-01-01",
    }  # fmt: skip
    base.update(fields)
    return base


INBOUND = rule("inbound", topic="inbound_service", binds=["foreigners"], regime="permitted")
_MINIMAL: dict[str, Any] = yaml.safe_load(MINIMAL)


def state(code: str, name: str, rules: list[dict[str, Any]], nato: str | None = None) -> dict[str, Any]:
    """A synthetic jurisdiction file: the minimal one renamed, with ``rules`` and NATO membership from ``nato``."""
    doc = copy.deepcopy(_MINIMAL)
    doc["code"], doc["name"] = code, name
    doc["rules"] = rules
    doc["events"] = []
    second = copy.deepcopy(doc["instruments"][0]["provisions"][0]) | {"id": "art2", "locator": "art. 2"}
    doc["instruments"][0]["provisions"].append(second)
    if nato:
        doc["memberships"].append({"organisation": "NATO", "valid": {"start": nato}, "sources": ["src-a"]})
    return doc


def world_files(rules: list[dict[str, Any]], conflicts: tuple[dict[str, Any], ...] = (),
                andorra: dict[str, Any] | None = None) -> dict[str, Any]:  # fmt: skip
    """Andorra (home, NATO from 2010) with ``rules``, its file's keys replaced by ``andorra``; Austria (NATO from
    2010) and the Netherlands (no alliance) as serving states with an inbound rule each; Vietnam a UN member not
    researched. The files' contents by name."""
    home = state("AD", "Andorra", rules, nato="2010-01-01") | (andorra or {})
    return {
        "organisations.yaml": yaml.safe_load(ORGANISATIONS),
        "conflicts.yaml": {"conflicts": list(conflicts)},
        "un-members.yaml": yaml.safe_load(UN_MEMBERS),
        "ad.yaml": home,
        "at.yaml": state("AT", "Austria", [INBOUND], nato="2010-01-01"),
        "nl.yaml": state("NL", "Netherlands", [INBOUND]),
    }


def world(rules: list[dict[str, Any]], conflicts: tuple[dict[str, Any], ...] = (),
          andorra: dict[str, Any] | None = None) -> Library:  # fmt: skip
    """The library of :func:`world_files`, validated as the loader does it (the files are not written: the loader
    reading them gives the same dataset, see ``test_the_synthetic_world_loads``)."""
    files = world_files(rules, conflicts, andorra)
    dataset = Dataset.model_validate(
        {
            "organisations": files["organisations.yaml"]["organisations"],
            "conflicts": files["conflicts.yaml"]["conflicts"],
            "un_members": files["un-members.yaml"],
            "jurisdictions": [files["ad.yaml"], files["at.yaml"], files["nl.yaml"]],
        }
    )
    return Library(dataset)


def one(lib: Library, serve: str, *, citizens: tuple[str, ...] = ("AD",), day: date = DAY,
        role: Role = Role.MEMBER_OF_ARMED_FORCES) -> CitizenshipAssessment:  # fmt: skip
    """Andorra's answer (the first citizenship) for service in ``serve``."""
    return assess(lib, citizens, serve, as_of=day, role=role).per_citizenship[0]


def only(answer: CitizenshipAssessment) -> Finding:
    (f,) = answer.findings
    return f


def test_the_synthetic_world_loads(tmp_path: Path) -> None:
    rules = [rule("service", exemptions=[{"test": "shared_alliance", "organisations": ["NATO"]}])]
    files = world_files(rules, (conflict("one", ["AT", "NL"]),))
    shared = ("organisations.yaml", "conflicts.yaml", "un-members.yaml")
    data = make_data_dir(tmp_path, {n: yaml.safe_dump(d) for n, d in files.items() if n not in shared})
    for name in shared:
        (data / name).write_text(yaml.safe_dump(files[name]), encoding="utf-8")
    loaded = read_dataset(data)
    assert loaded.model_dump() == world(rules, (conflict("one", ["AT", "NL"]),)).dataset.model_dump()
    a: Assessment = assess(Library(loaded), ["AD"], "NL", as_of=DAY)
    f = only(a.per_citizenship[0])
    assert f.verdict is Verdict.FORBIDDEN
    assert f.reason == "it applies: not exempt (Netherlands and Andorra are not both members of NATO on that date)"
    assert a.per_citizenship[0].permission is Permission.FORBIDDEN
    assert a.per_citizenship[0].nationality is NationalityOutcome.UNKNOWN


CITE = "art 1 Codi de prova"
"""The citation of the synthetic provision every synthetic rule rests on."""
MINISTER = {"authority": "minister", "office": "Minister of Defence"}


def exempt_if(test: str, **params: Any) -> dict[str, Any]:
    """A prohibition of Andorra with one exemption."""
    return rule("service", exemptions=[{"test": test, **params}])


def only_if(*clauses: dict[str, Any], text: str = "A synthetic condition.") -> dict[str, Any]:
    """A conditional prohibition of Andorra with the clauses as its condition."""
    return rule("service", regime="conditionally_prohibited", condition={"text": text, "all_of": list(clauses)})


# --- The clause tests, each branch with its reason ------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "serve", "verdict", "reason"),
    [
        (
            {"states": ["AT"]},
            "AT",
            Verdict.ALLOWED,
            "you are exempt: Austria is listed by name (Austria is listed by name)",
        ),
        (
            {"states": ["AT"], "text": "a listed state"},
            "AT",
            Verdict.ALLOWED,
            "you are exempt: a listed state (Austria is listed by name)",
        ),
        (
            {"organisations": ["COE", "NATO"]},
            "AT",
            Verdict.ALLOWED,
            "you are exempt: Austria is a member of COE, NATO on that date "
            "(Austria is a member of COE, NATO on that date)",
        ),
        (
            {"organisations": ["NATO"]},
            "NL",
            Verdict.FORBIDDEN,
            "it applies: not exempt (Netherlands is neither listed nor a member of NATO on that date)",
        ),
        ({"states": ["AT"]}, "NL", Verdict.FORBIDDEN, "it applies: not exempt (Netherlands is not listed)"),
        # NATO and the EU are fully researched: a state not in the library is known not to be a member.
        (
            {"organisations": ["NATO"]},
            "VN",
            Verdict.FORBIDDEN,
            "it applies: not exempt (Vietnam is neither listed nor a member of NATO on that date)",
        ),
        (
            {"states": ["VN"], "organisations": ["NATO"]},
            "VN",
            Verdict.ALLOWED,
            "you are exempt: Vietnam is listed by name (Vietnam is listed by name)",
        ),
    ],
)
@pytest.mark.parametrize("test", ["serving_state_in", "general_consent"])
def test_serving_state_listed_or_member(test: str, clause: dict[str, Any], serve: str,
                                        verdict: Verdict, reason: str) -> None:  # fmt: skip
    f = only(one(world([exempt_if(test, **clause)]), serve))
    assert (f.verdict, f.reason, f.depends_on) == (verdict, reason, ())


def test_membership_of_an_organisation_not_fully_researched_is_unknown_outside_the_library() -> None:
    lib = world([exempt_if("serving_state_in", organisations=["COE", "NATO"])])
    f = only(one(lib, "VN"))
    assert f.verdict is Verdict.DEPENDS and f.reason == "it may apply"
    assert f.depends_on == ("whether Vietnam is a member of COE (not recorded) (if so, you are exempt)",)


def test_membership_is_taken_on_the_date() -> None:
    # Austria joins NATO (in this world) on 2010-01-01: before that the NATO exemption does not hold.
    lib = world([exempt_if("serving_state_in", organisations=["NATO"])])
    assert only(one(lib, "AT", day=date(2009, 12, 31))).verdict is Verdict.FORBIDDEN
    assert only(one(lib, "AT", day=date(2010, 1, 1))).verdict is Verdict.ALLOWED


def test_a_negated_clause_holds_when_its_test_does_not() -> None:
    lib = world([only_if({"test": "serving_state_in", "states": ["AT"], "negate": True})])
    listed = only(one(lib, "AT"))
    assert (listed.verdict, listed.reason) == (Verdict.ALLOWED, "its condition is not met: Austria is listed by name")
    other = only(one(lib, "NL"))
    assert (other.verdict, other.reason) == (Verdict.FORBIDDEN, "it applies: Netherlands is not listed")


def test_a_negated_open_clause_stays_open() -> None:
    lib = world([only_if({"test": "designated_area", "negate": True})])
    f = only(one(lib, "AT"))
    assert f.verdict is Verdict.DEPENDS
    assert f.depends_on == ("whether you enter or stay in an area designated under this law",)


@pytest.mark.parametrize(
    ("organisations", "serve", "day", "verdict", "why"),
    [
        (["NATO"], "AT", DAY, Verdict.ALLOWED, "Austria and Andorra are both members of NATO on that date"),
        (
            ["NATO"],
            "AT",
            date(2005, 1, 1),
            Verdict.FORBIDDEN,
            "Austria and Andorra are not both members of NATO on that date",
        ),
        (["NATO", "COE"], "NL", DAY, Verdict.ALLOWED, "Netherlands and Andorra are both members of COE on that date"),
        (["NATO"], "NL", DAY, Verdict.FORBIDDEN, "Netherlands and Andorra are not both members of NATO on that date"),
        (["NATO"], "VN", DAY, Verdict.FORBIDDEN, "Vietnam and Andorra are not both members of NATO on that date"),
        (["NATO", "COE"], "VN", DAY, Verdict.DEPENDS, "whether Vietnam is a member of COE (not recorded)"),
    ],
)
def test_shared_alliance(organisations: list[str], serve: str, day: date, verdict: Verdict,
                         why: str) -> None:  # fmt: skip
    f = only(one(world([exempt_if("shared_alliance", organisations=organisations)]), serve, day=day))
    assert f.verdict is verdict
    if verdict is Verdict.ALLOWED:
        assert f.reason == f"you are exempt: {why} ({why})"
    elif verdict is Verdict.FORBIDDEN:
        assert f.reason == f"it applies: not exempt ({why})"
    else:
        assert f.depends_on == (f"{why} (if so, you are exempt)",)


def test_shared_alliance_needs_the_home_state_too() -> None:
    # Andorra leaves NATO in 2020 here (its membership ends); Austria stays: no longer a shared alliance.
    memberships = [{"organisation": "NATO", "valid": {"start": "2010-01-01", "end": "2020-01-01"},
                    "sources": ["src-a"]}]  # fmt: skip
    lib = world([exempt_if("shared_alliance", organisations=["NATO"])],
                andorra={"memberships": memberships})  # fmt: skip
    assert only(one(lib, "AT", day=date(2019, 12, 31))).verdict is Verdict.ALLOWED
    f = only(one(lib, "AT", day=date(2020, 1, 1)))
    assert f.reason == "it applies: not exempt (Austria and Andorra are not both members of NATO on that date)"


def test_also_national() -> None:
    lib = world([exempt_if("also_national")])
    dual = only(one(lib, "NL", citizens=("AD", "NL")))
    assert (
        dual.reason == "you are exempt: you also hold Netherlands' nationality (you also hold Netherlands' nationality)"
    )
    sole = only(one(lib, "NL"))
    assert sole.reason == "it applies: not exempt (you do not hold Netherlands' nationality)"
    other = only(one(lib, "NL", citizens=("AD", "AT")))
    assert other.verdict is Verdict.FORBIDDEN


@pytest.mark.parametrize(
    ("role", "verdict", "reason"),
    [
        (
            Role.MEMBER_OF_ARMED_FORCES,
            Verdict.FORBIDDEN,
            "it applies: you would serve in Austria's regular armed forces",
        ),
        (Role.OFFICER, Verdict.FORBIDDEN, "it applies: you would serve in Austria's regular armed forces"),
        (
            Role.NON_STATE_GROUP,
            Verdict.ALLOWED,
            "its condition is not met: you would serve outside a state's regular armed forces",
        ),
        (
            Role.PRIVATE_CONTRACTOR,
            Verdict.ALLOWED,
            "its condition is not met: you would serve outside a state's regular armed forces",
        ),
    ],
)
def test_regular_forces(role: Role, verdict: Verdict, reason: str) -> None:
    f = only(one(world([only_if({"test": "regular_forces"})]), "AT", role=role))
    assert (f.verdict, f.reason) == (verdict, reason)


def test_role() -> None:
    lib = world([only_if({"test": "role", "roles": ["officer", "non_state_group"]})])
    f = only(one(lib, "AT", role=Role.OFFICER))
    assert (f.verdict, f.reason) == (Verdict.FORBIDDEN, "it applies: your role (officer) is among those named")
    g = only(one(lib, "AT"))
    assert (g.verdict, g.reason) == (
        Verdict.ALLOWED,
        "its condition is not met: your role (member of armed forces) is not among those named",
    )


def test_compulsory_service() -> None:
    lib = world([exempt_if("compulsory_service")])
    sole = only(one(lib, "AT"))
    assert sole.reason == ("it applies: not exempt (as you do not hold Austria's nationality, service there is not "
                           "compulsory for you)")  # fmt: skip
    dual = only(one(lib, "AT", citizens=("AD", "AT")))
    assert dual.verdict is Verdict.DEPENDS
    assert dual.depends_on == ("whether your service in Austria is compulsory (called up as its national) "
                               "(if so, you are exempt)",)  # fmt: skip


def test_at_war_with_the_home_state() -> None:
    wars = (conflict("one", ["AT", "AD"]), conflict("two", ["AD", "AT"], "2021-01-01"), conflict("three", ["AT", "NL"]))
    lib = world([only_if({"test": "at_war_with_home_state"})], wars)
    f = only(one(lib, "AT"))
    assert (f.verdict, f.reason) == (
        Verdict.FORBIDDEN,
        "it applies: Austria and Andorra are parties to: War one; War two",
    )
    before = only(one(lib, "AT", day=date(2019, 12, 31)))
    assert (
        before.reason
        == "its condition is not met: no armed conflict between Austria and Andorra is recorded on that date"
    )
    other = only(one(lib, "NL"))
    assert other.reason == (
        "its condition is not met: no armed conflict between Netherlands and Andorra is recorded on that date"
    )


def test_at_war_with_a_friendly_state() -> None:
    wars = (conflict("one", ["AT", "NL"]), conflict("two", ["AT", "AD"]), conflict("three", ["NL", "VN"]))
    lib = world([only_if({"test": "at_war_with_friendly_state"})], wars)
    f = only(one(lib, "AT"))
    assert f.verdict is Verdict.DEPENDS
    assert f.depends_on == ("whether Austria's part in War one is a war with a state at peace with Andorra "
                            "(a question of the provision's interpretation)",)  # fmt: skip
    g = only(one(lib, "NL"))
    assert g.depends_on == ("whether Netherlands' part in War one; War three is a war with a state at peace with "
                            "Andorra (a question of the provision's interpretation)",)  # fmt: skip
    before = only(one(lib, "AT", day=date(2019, 1, 1)))
    assert before.reason == "its condition is not met: no armed conflict involving Austria is recorded on that date"


def test_a_war_against_the_home_state_alone_is_not_one_with_a_friendly_state() -> None:
    lib = world([only_if({"test": "at_war_with_friendly_state"})], (conflict("two", ["AT", "AD"]),))
    f = only(one(lib, "AT"))
    assert (f.verdict, f.reason) == (
        Verdict.ALLOWED,
        "its condition is not met: no armed conflict involving Austria other than one against Andorra is recorded "
        "on that date",
    )


def test_designated_area_and_words() -> None:
    lib = world([only_if({"test": "designated_area", "areas": ["Zone A", "Zone B"]},
                                   {"test": "in_words", "text": "  The service is paid.  "})])  # fmt: skip
    f = only(one(lib, "AT"))
    assert (f.verdict, f.reason) == (Verdict.DEPENDS, "it may apply")
    assert f.depends_on == ("whether you enter or stay in an area designated under this law (Zone A; Zone B)",
                            "whether: The service is paid")  # fmt: skip


def test_a_condition_in_words_only() -> None:
    lib = world([rule("service", regime="conditionally_prohibited",
                                condition={"text": "If the state is hostile."})])  # fmt: skip
    f = only(one(lib, "AT"))
    assert (f.verdict, f.depends_on) == (Verdict.DEPENDS, ("whether: If the state is hostile",))


# --- Whom a rule binds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("binds", "citizens", "verdict", "reason", "depends_on"),
    [
        (["anyone"], ("AD",), Verdict.FORBIDDEN, "it applies without a condition", ()),
        (["citizens", "residents"], ("AD",), Verdict.FORBIDDEN, "it applies without a condition", ()),
        (
            ["dual_nationals"],
            ("AD",),
            Verdict.ALLOWED,
            "it does not reach you: it binds only those who hold another nationality besides Andorra's",
            (),
        ),
        (["dual_nationals"], ("AD", "VN"), Verdict.FORBIDDEN, "it applies without a condition", ()),
        (
            ["naturalised_citizens"],
            ("AD",),
            Verdict.DEPENDS,
            "it may apply",
            ("whether you acquired Andorra's nationality by naturalisation",),
        ),
        (
            ["residents"],
            ("AD",),
            Verdict.DEPENDS,
            "it may apply",
            ("whether you live in Andorra or act on its territory (the rule binds residents or acts there)",),
        ),
        (
            ["anyone_on_territory"],
            ("AD",),
            Verdict.DEPENDS,
            "it may apply",
            ("whether you live in Andorra or act on its territory (the rule binds residents or acts there)",),
        ),
        (
            ["foreigners", "states"],
            ("AD",),
            Verdict.ALLOWED,
            "it does not reach you: it binds states or foreigners, not the state's own citizens",
            (),
        ),
    ],
)
def test_whom_a_rule_binds(binds: list[str], citizens: tuple[str, ...], verdict: Verdict,
                           reason: str, depends_on: tuple[str, ...]) -> None:  # fmt: skip
    f = only(one(world([rule("service", binds=binds)]), "AT", citizens=citizens))
    assert (f.verdict, f.reason, f.depends_on) == (verdict, reason, depends_on)


# --- One rule: time, exemptions, targeted offences, regimes ------------------------------------------------


@pytest.mark.parametrize(
    ("valid", "day", "verdict", "reason"),
    [
        ({"start": "2030-01-01"}, DAY, Verdict.NO_LAW, "not yet in force on that date: in force from 2030-01-01"),
        (
            {"start": "2000-01-01", "end": "2020-01-01", "repealed_by": "Act 2020"},
            DAY,
            Verdict.NO_LAW,
            "no longer in force on that date: it ended on 2020-01-01 (Act 2020)",
        ),
        (
            {"start": "2000-01-01", "end": "2020-01-01"},
            DAY,
            Verdict.NO_LAW,
            "no longer in force on that date: it ended on 2020-01-01",
        ),
        (
            {"confirmed_from": "2010-01-01"},
            date(2005, 1, 1),
            Verdict.UNKNOWN,
            "unknown for that date: the rule is confirmed in force from 2010-01-01; its start is not confirmed",
        ),
    ],
)
def test_a_rule_not_in_force(valid: dict[str, str], day: date, verdict: Verdict,
                             reason: str) -> None:  # fmt: skip
    answer = one(world([rule("service", valid=valid)]), "AT", day=day)
    f = only(answer)
    assert (f.verdict, f.reason, f.in_force) == (verdict, reason, False)
    assert answer.permission is Permission.UNKNOWN if verdict is Verdict.UNKNOWN else Permission.NO


def test_a_topic_researched_later_is_unknown_before() -> None:
    loss = rule("loss", topic="nationality_loss", nationality={"effect": "may_be_withdrawn"})
    coverage = {"since": "2000-01-01", "last_verified": "2026-01-01", "topics": {"nationality_loss": "2015-01-01"}}
    lib = world([rule("service"), loss], andorra={"coverage": coverage})
    answer = one(lib, "NL", day=date(2010, 1, 1))
    service, unknown = answer.findings
    assert service.verdict is Verdict.FORBIDDEN and unknown.in_force
    assert (unknown.verdict, unknown.reason) == (
        Verdict.UNKNOWN,
        "unknown for that date: Andorra's law on this is researched from 2015-01-01",
    )
    assert answer.nationality is NationalityOutcome.UNKNOWN
    assert answer.risk_line == "No penalty applies as far as recorded, but part of the law is unknown for that date."
    assert one(lib, "NL").nationality is NationalityOutcome.MAY_BE_WITHDRAWN


def test_outside_the_researched_period_there_is_no_answer() -> None:
    answer = one(world([rule("service")]), "AT", day=date(1999, 12, 31))
    assert answer.permission is Permission.UNKNOWN and answer.findings == ()
    assert answer.permission_line == "Unknown for that date: Andorra's law is researched from 2000-01-01."
    assert answer.caveats == ("Andorra's law is not researched for that date (researched from 2000-01-01).",)
    assert (answer.risk_line, answer.citizenship_line) == ("Unknown.", "Unknown.")


def test_an_exemption_under_a_permission_is_not_covered() -> None:
    # A permitted service with an exemption that holds: what applies to the exempted case is not recorded.
    lib = world([rule("service", regime="permitted", penalties=[{"imprisonment": {"max": "2 years"}}],
                                exemptions=[{"test": "also_national", "text": "dual nationals"}])])  # fmt: skip
    f = only(one(lib, "NL", citizens=("AD", "NL")))
    assert (f.verdict, f.reason) == (Verdict.DEPENDS, "its permission does not cover your case")
    assert f.depends_on == ("what applies when dual nationals (not recorded; read the rule)",)
    answer = one(lib, "NL", citizens=("AD", "NL"))
    assert answer.risk_line == "No penalty recorded for this service."  # a permitted rule is no offence
    g = only(one(lib, "NL"))
    assert (g.verdict, g.reason) == (Verdict.ALLOWED, "the law permits it")


def test_exemptions_in_words_are_not_evaluated_but_listed() -> None:
    lib = world([rule("service", exemptions=[{"text": "With a royal pardon."},
                                                       {"test": "serving_state_in", "states": ["AT"]}])])  # fmt: skip
    f = only(one(lib, "NL"))
    assert f.not_evaluated == ("With a royal pardon.",)
    assert (f.verdict, f.reason) == (Verdict.FORBIDDEN, "it applies: not exempt (Netherlands is not listed)")
    exempt = only(one(lib, "AT"))  # exempt by a clause the data decides: the words no longer matter
    assert (exempt.verdict, exempt.not_evaluated) == (Verdict.ALLOWED, ())


def test_a_condition_not_met_keeps_the_exemptions_in_words() -> None:
    lib = world([rule("service", regime="conditionally_prohibited", exemptions=[{"text": "A pardon."}],
                                condition={"text": "c", "all_of": [{"test": "role", "roles": ["officer"]}]}),
                           ])  # fmt: skip
    f = only(one(lib, "AT"))
    assert f.verdict is Verdict.ALLOWED and f.not_evaluated == ("A pardon.",)


def test_every_condition_met_is_said() -> None:
    lib = world([rule("service", regime="conditionally_prohibited",
                                exemptions=[{"test": "serving_state_in", "states": ["NL"]}],
                                condition={"text": "c", "all_of": [{"test": "regular_forces"},
                                                                   {"test": "role", "roles": ["officer"]}]}),
                           ])  # fmt: skip
    f = only(one(lib, "AT", role=Role.OFFICER))
    assert f.reason == ("it applies: not exempt (Austria is not listed); you would serve in Austria's regular armed "
                        "forces; your role (officer) is among those named")  # fmt: skip


def test_open_questions_are_said_once_each() -> None:
    lib = world([rule("service", binds=["residents"], regime="conditionally_prohibited",
                                exemptions=[{"test": "designated_area"}],
                                condition={"text": "c", "all_of": [{"test": "designated_area"},
                                                                   {"test": "designated_area"}]})])  # fmt: skip
    f = only(one(lib, "AT"))
    area = "whether you enter or stay in an area designated under this law"
    assert f.depends_on == (
        "whether you live in Andorra or act on its territory (the rule binds residents or acts there)",
        f"{area} (if so, you are exempt)",
        area,
    )


@pytest.mark.parametrize("topic", ["mercenary", "foreign_conflict"])
def test_targeted_offences_depend_on_their_terms(topic: str) -> None:
    lib = world([rule("service", topic=topic)])
    f = only(one(lib, "AT"))
    assert (f.verdict, f.reason) == (Verdict.DEPENDS, "it may apply")
    assert f.depends_on == ("whether serving in Austria's forces is the conduct this offence targets",)
    # An offence already open on its own question adds no second one.
    g = only(one(world([rule("service", topic=topic, binds=["residents"])]), "AT"))
    assert len(g.depends_on) == 1 and "live in Andorra" in g.depends_on[0]
    # Service itself is not a targeted offence; nor is a permitted one.
    assert only(one(world([rule("service", topic=topic, regime="permitted")]), "AT")).depends_on == ()


@pytest.mark.parametrize(
    ("fields", "verdict", "reason", "depends_on"),
    [
        ({"regime": "unclear"}, Verdict.UNCLEAR, "the law on this is unclear: read the rule", ()),
        (
            {"regime": "unclear", "binds": ["residents"]},
            Verdict.UNCLEAR,
            "the law on this is unclear: read the rule",
            ("whether you live in Andorra or act on its territory (the rule binds residents or acts there)",),
        ),
        (
            {"regime": "no_specific_law", "binds": ["residents"]},
            Verdict.NO_LAW,
            "no specific law on this: nothing in this law stands in the way",
            (),
        ),
        ({"regime": "permitted"}, Verdict.ALLOWED, "the law permits it", ()),
        (
            {"regime": "authorization_required", "authorization": MINISTER},
            Verdict.PERMISSION_NEEDED,
            "it applies without a condition",
            (),
        ),
        ({"authorization": MINISTER}, Verdict.PERMISSION_NEEDED, "it applies without a condition", ()),
        ({}, Verdict.FORBIDDEN, "it applies without a condition", ()),
        (
            {"topic": "nationality_loss", "nationality": {"effect": "may_be_withdrawn"}},
            Verdict.NATIONALITY_AT_RISK,
            "it applies without a condition",
            (),
        ),
    ],
)
def test_regime_to_verdict(fields: dict[str, Any], verdict: Verdict, reason: str,
                           depends_on: tuple[str, ...]) -> None:  # fmt: skip
    f = only(one(world([rule("service", **fields)]), "AT"))
    assert (f.verdict, f.reason, f.depends_on, f.in_force) == (verdict, reason, depends_on, True)


# --- The bottom line: permission, risk, citizenship ----------------------------------------------------------

PRISON = [
    {"imprisonment": {"min": "1 year", "max": "5 years"}, "when": "In wartime."},
    {"imprisonment": {"max": "2 years"}},
]
PRISON_TEXT = "imprisonment 1 year to 5 years (in wartime); imprisonment up to 2 years"
AREA = "whether you enter or stay in an area designated under this law"


def test_forbidden_outright(tmp_path: Path) -> None:
    answer = one(world([rule("service", penalties=PRISON)]), "AT")
    assert (answer.permission, answer.needs_authorization, answer.depends_on) == (Permission.FORBIDDEN, False, ())
    assert answer.permission_line == f"Forbidden: no permission is provided for ({CITE})."
    assert answer.risk_line == f"If you go: {PRISON_TEXT} ({CITE})."
    assert answer.risk == (
        f"imprisonment 1 year to 5 years (in wartime) — {CITE}",
        f"imprisonment up to 2 years — {CITE}",
    )
    assert answer.bottom_line == (answer.permission_line, answer.risk_line, answer.citizenship_line)


def test_forbidden_without_a_penalty_points_to_the_nationality() -> None:
    answer = one(world([rule("service")]), "AT")
    assert answer.risk_line == "No criminal penalty is recorded; the consequence is for your nationality (below)."


def test_permission_needed() -> None:
    lib = world([rule("service", regime="authorization_required", authorization=MINISTER, penalties=PRISON)])
    answer = one(lib, "AT")
    assert (answer.permission, answer.needs_authorization) == (Permission.YES, True)
    assert answer.permission_line == f"Yes: permission is needed before you join, from: Minister of Defence ({CITE})."
    assert answer.risk_line == f"Without permission: {PRISON_TEXT} ({CITE})."
    (step,) = answer.steps
    assert (step.rule, step.office, step.certain) == ("ad:service", "Minister of Defence", True)


def test_one_step_per_office_certain_if_any_rule_is() -> None:
    maybe = rule("maybe", regime="authorization_required", authorization=MINISTER, binds=["residents"])
    sure = rule("sure", regime="authorization_required", authorization=MINISTER)
    other = rule("other", regime="authorization_required", authorization={"authority": "monarch", "office": "King"},
                 binds=["residents"])  # fmt: skip
    answer = one(world([maybe, sure, other]), "AT")
    assert [(s.rule, s.office, s.certain) for s in answer.steps] == [
        ("ad:maybe", "Minister of Defence", True),
        ("ad:other", "King", False),
    ]
    assert answer.permission_line == f"Yes: permission is needed before you join, from: Minister of Defence ({CITE})."


def test_permission_that_depends() -> None:
    lib = world([rule("service", regime="authorization_required", authorization=MINISTER, binds=["residents"],
                      exemptions=[{"test": "designated_area"}])])  # fmt: skip
    answer = one(lib, "AT")
    assert (answer.permission, answer.needs_authorization) == (Permission.DEPENDS, None)
    residents = "whether you live in Andorra or act on its territory (the rule binds residents or acts there)"
    assert answer.depends_on == (residents, f"{AREA} (if so, you are exempt)")
    assert answer.permission_line == (
        f"It depends: permission may be needed from: Minister of Defence ({CITE}), depending on {residents}; "
        f"and {AREA} (if so, you are exempt)."
    )
    (step,) = answer.steps
    assert not step.certain


def test_a_forbidden_rule_outweighs_a_permission() -> None:
    lib = world([rule("licence", regime="authorization_required", authorization=MINISTER), rule("service")])
    answer = one(lib, "AT")
    assert answer.permission is Permission.FORBIDDEN and len(answer.steps) == 1


def test_unclear_law_is_a_question() -> None:
    answer = one(world([rule("service", regime="unclear", penalties=PRISON)]), "AT")
    assert (answer.permission, answer.needs_authorization) == (Permission.DEPENDS, None)
    assert answer.permission_line == f"Unclear: the law on it is unclear; read the rule ({CITE})."
    assert answer.depends_on == ("how the unclear law is read",)
    assert answer.risk_line == f"It may be an offence, depending on the facts: {PRISON_TEXT} ({CITE})."
    assert answer.risk[0] == f"imprisonment 1 year to 5 years (in wartime) — {CITE} (only if it applies: unclear)"


def test_an_unclear_rule_on_another_topic_does_not_decide_permission() -> None:
    answer = one(world([rule("service", regime="no_specific_law"), rule("loss", topic="mercenary", regime="unclear")]),
                 "AT")  # fmt: skip
    assert answer.permission is Permission.NO


def test_unknown_permission() -> None:
    none = one(world([rule("loss", topic="nationality_loss", regime="no_specific_law")]), "AT")
    assert (none.permission, none.needs_authorization) == (Permission.UNKNOWN, None)
    assert none.permission_line == "Unknown: no rule on it is recorded."
    assert none.caveats == ("No rule on service in foreign forces is recorded for Andorra.",)
    unconfirmed = rule("service", valid={"confirmed_from": "2010-01-01"}, penalties=PRISON)
    early = one(world([unconfirmed, rule("other", regime="no_specific_law")]), "AT", day=date(2005, 1, 1))
    assert early.permission_line == "Unknown: its law is not confirmed for that date."
    assert early.risk_line == "No penalty applies as far as recorded, but part of the law is unknown for that date."


def test_no_permission() -> None:
    answer = one(world([rule("service", regime="no_specific_law")]), "AT")
    assert (answer.permission, answer.needs_authorization) == (Permission.NO, False)
    assert answer.permission_line == "No: no rule recorded requires permission for this service."
    assert answer.risk_line == "No penalty recorded for this service."
    assert answer.steps == () and answer.caveats == ()


def test_no_permission_because_exempt_says_why() -> None:
    lib = world([rule("service", regime="authorization_required", authorization=MINISTER,
                      exemptions=[{"test": "serving_state_in", "states": ["AT"], "text": "Austria"}]),
                 rule("dual", regime="authorization_required", authorization=MINISTER,
                      binds=["dual_nationals"]),
                 rule("free", topic="mercenary", regime="permitted")])  # fmt: skip
    answer = one(lib, "AT")
    assert answer.permission is Permission.NO and answer.steps == ()
    assert answer.permission_line == (
        "No: you are exempt: Austria (Austria is listed by name); it does not reach you: it binds only those who "
        f"hold another nationality besides Andorra's ({CITE})."
    )


def test_certain_and_possible_offences_together() -> None:
    lib = world([rule("service", regime="authorization_required", authorization=MINISTER, penalties=PRISON[:1]),
                 rule("merc", topic="mercenary", penalties=PRISON[1:]),
                 rule("free", regime="permitted", penalties=PRISON[1:],
                      exemptions=[{"test": "designated_area"}])])  # fmt: skip
    answer = one(lib, "AT")
    assert answer.risk_line == (
        f"Without permission: imprisonment 1 year to 5 years (in wartime) ({CITE}). It may also be an offence, "
        f"depending on the facts: imprisonment up to 2 years ({CITE})."
    )
    assert answer.risk == (
        f"imprisonment 1 year to 5 years (in wartime) — {CITE}",
        f"imprisonment up to 2 years — {CITE} (only if it applies: depends)",
    )


def test_an_unverified_rule_is_marked_on_every_line() -> None:
    confidence = "unverified"
    mark = " Unverified: the sources read do not confirm it; read the rule."
    forbidden = one(world([rule("service", confidence=confidence)]), "AT")
    assert forbidden.permission_line == f"Forbidden: no permission is provided for ({CITE}).{mark}"
    assert forbidden.caveats == (
        f"Service in foreign armed forces ({CITE}): unverified — not checked against the text of the law.",
    )
    needed = one(world([rule("service", authorization=MINISTER, confidence=confidence)]), "AT")
    assert needed.permission_line.endswith(mark)
    depends = one(world([rule("service", authorization=MINISTER, binds=["residents"], confidence=confidence)]), "AT")
    assert depends.permission_line.endswith(mark)
    exempt = one(world([rule("service", authorization=MINISTER, binds=["dual_nationals"], confidence=confidence)]),
                 "AT")  # fmt: skip
    assert exempt.permission_line.endswith(mark)
    loss = rule("loss", topic="nationality_loss", confidence=confidence, nationality={"effect": "automatic_loss"})
    assert one(world([loss]), "AT").citizenship_line.endswith(mark)
    secondary = one(world([rule("service", confidence="secondary")]), "AT")
    assert mark not in secondary.permission_line
    assert secondary.caveats == (
        f"Service in foreign armed forces ({CITE}): secondary — not checked against the text of the law.",
    )


def loss(**fields: Any) -> dict[str, Any]:
    """A nationality-loss ground of Andorra for foreign service."""
    return rule("loss", topic="nationality_loss", **fields)


@pytest.mark.parametrize(
    ("fields", "outcome", "line"),
    [
        (
            {"nationality": {"effect": "automatic_loss"}},
            NationalityOutcome.LOST_AUTOMATICALLY,
            f"Lost automatically ({CITE}).",
        ),
        (
            {"nationality": {"effect": "automatic_loss"}, "authorization": MINISTER},
            NationalityOutcome.LOST_AUTOMATICALLY,
            f"Lost automatically unless Minister of Defence consented beforehand ({CITE}).",
        ),
        (
            {"nationality": {"effect": "may_be_withdrawn"}},
            NationalityOutcome.MAY_BE_WITHDRAWN,
            f"May be withdrawn: the nationality of Andorra ({CITE}).",
        ),
        (
            {"nationality": {"effect": "may_be_withdrawn"}, "authorization": MINISTER},
            NationalityOutcome.MAY_BE_WITHDRAWN,
            f"May be withdrawn: the nationality of Andorra ({CITE}).",
        ),
        (
            {"nationality": {"effect": "automatic_loss"}, "authorization": MINISTER, "binds": ["residents"]},
            NationalityOutcome.DEPENDS,
            f"It depends: it may be lost automatically unless Minister of Defence consented beforehand ({CITE}), "
            "depending on whether you live in Andorra or act on its territory (the rule binds residents or acts "
            "there).",
        ),
        (
            {
                "nationality": {"effect": "may_be_withdrawn"},
                "binds": ["residents"],
                "exemptions": [{"test": "designated_area"}],
            },
            NationalityOutcome.DEPENDS,
            f"It depends: it may be withdrawn ({CITE}), depending on whether you live in Andorra or act on its "
            "territory "
            f"(the rule binds residents or acts there); and {AREA} (if so, you are exempt).",
        ),
        (
            {"nationality": {"effect": "may_be_withdrawn"}, "regime": "unclear"},
            NationalityOutcome.UNCLEAR,
            f"Unclear: read the rule ({CITE}).",
        ),
        (
            {"nationality": {"effect": "may_be_withdrawn"}, "regime": "no_specific_law"},
            NationalityOutcome.KEPT,
            "Kept: no recorded ground of loss of the nationality of Andorra applies.",
        ),
        (
            {"nationality": {"effect": "may_be_withdrawn"}, "regime": "permitted"},
            NationalityOutcome.KEPT,
            "Kept: no recorded ground of loss of the nationality of Andorra applies.",
        ),
        (
            {"nationality": {"effect": "none"}, "regime": "no_specific_law"},
            NationalityOutcome.KEPT,
            "Kept: no recorded ground of loss of the nationality of Andorra applies.",
        ),
        (
            {"nationality": {"effect": "may_be_withdrawn"}, "binds": ["dual_nationals"]},
            NationalityOutcome.KEPT,
            "Kept: no recorded ground of loss of the nationality of Andorra applies.",
        ),
        (
            {"valid": {"start": "2030-01-01"}},
            NationalityOutcome.UNKNOWN,
            "Unknown: no rule on losing it is recorded for that date.",
        ),
        (
            {"valid": {"confirmed_from": "2026-12-05"}},
            NationalityOutcome.UNKNOWN,
            "Unknown: no rule on losing it is recorded for that date.",
        ),
    ],
)
def test_citizenship_line(fields: dict[str, Any], outcome: NationalityOutcome, line: str) -> None:
    answer = one(world([rule("service", regime="no_specific_law"), loss(**fields)]), "AT")
    assert (answer.nationality, answer.citizenship_line) == (outcome, line)


def test_a_lost_nationality_outweighs_a_withdrawal_and_a_question() -> None:
    lib = world([rule("service", regime="no_specific_law"), loss(nationality={"effect": "automatic_loss"}),
                 rule("withdrawn", topic="nationality_loss", nationality={"effect": "may_be_withdrawn"})])  # fmt: skip
    assert one(lib, "AT").citizenship_line == f"Lost automatically ({CITE})."
    lib = world([rule("service", regime="no_specific_law"), loss(nationality={"effect": "may_be_withdrawn"}),
                 rule("open", topic="nationality_loss", binds=["residents"],
                      nationality={"effect": "automatic_loss"})])  # fmt: skip
    assert one(lib, "AT").nationality is NationalityOutcome.MAY_BE_WITHDRAWN


def test_nationality_at_risk_is_no_criminal_offence() -> None:
    answer = one(world([rule("service", regime="no_specific_law"), loss(nationality={"effect": "automatic_loss"},
                                                                        penalties=PRISON)]), "AT")  # fmt: skip
    assert answer.permission is Permission.NO
    assert answer.risk_line == "No penalty recorded for this service."


# --- The site's tables: the same evaluation, stored per period and class of states -------------------------


def named(text: str, name: str) -> str:
    """A table's text with the serving state's name put in, as the check page does."""
    return text.replace(SERVING_STATE + "'s", possessive(name)).replace(SERVING_STATE, name)


TABLE_RULES = [
    rule("service", regime="authorization_required", authorization=MINISTER, penalties=PRISON,
         exemptions=[{"test": "shared_alliance", "organisations": ["NATO"]}, {"text": "With a pardon."}]),
    rule("war", topic="foreign_conflict", valid={"start": "2000-01-01", "end": "2024-01-01"},
         regime="conditionally_prohibited", condition={"text": "c", "all_of": [{"test": "at_war_with_home_state"}]}),
    loss(nationality={"effect": "may_be_withdrawn"}, binds=["dual_nationals"],
         exemptions=[{"test": "also_national"}], valid={"start": "2005-01-01"}),
    rule("regular", topic="mercenary", regime="conditionally_prohibited",
         condition={"text": "c", "all_of": [{"test": "regular_forces", "negate": True}]}),
]  # fmt: skip
"""Rules whose answers change with membership (NATO from 2010), a conflict (from 2020), a repeal (2024),
a new rule (2005), and the person's second citizenship."""


def assert_table_is_assess(lib: Library, role: Role = Role.MEMBER_OF_ARMED_FORCES) -> CheckTable:
    """Andorra's check table gives, on each period's first day, for every serving state and citizenship, what
    :func:`assess` gives (with the serving state's name put in); no two periods in a row are the same."""
    table = check_table(lib, "AD", role)
    assert (table.citizenship, table.name, table.role, table.placeholder, table.notice) == (
        "AD", "Andorra", role, SERVING_STATE, DISCLAIMER)  # fmt: skip
    assert all((a.serve_in, a.default) != (b.serve_in, b.default) for a, b in itertools.pairwise(table.periods))
    seen: set[str] = set()
    for period in table.periods:
        day = period.start or date(1800, 1, 1)
        assert set(period.serve_in) <= {"AT", "NL", "VN"} and {"AT", "NL"} <= set(period.serve_in)
        for serve, other in (("AT", "NL"), ("NL", "AT"), ("VN", "AT")):
            indexes = period.serve_in.get(serve, period.default)
            name = {"AT": "Austria", "NL": "Netherlands", "VN": "Vietnam"}[serve]
            for index, citizens in zip(indexes, (("AD",), ("AD", other), ("AD", serve)), strict=True):
                direct = assess(lib, citizens, serve, as_of=day, role=role).per_citizenship[0]
                stored = table.situations[index]
                without = direct.model_copy(update={"findings": ()})
                assert named(stored.answer.model_dump_json(), name) == without.model_dump_json(), (day, serve, citizens)
                assert [named(o.model_dump_json(), name) for o in stored.outcomes] == [
                    json.dumps({"rule": f.rule, "verdict": f.verdict.value, "reason": f.reason,
                                "depends_on": list(f.depends_on), "not_evaluated": list(f.not_evaluated),
                                "in_force": f.in_force}, ensure_ascii=False, separators=(",", ":"))
                    for f in direct.findings
                ]  # fmt: skip
                for f in direct.findings:
                    seen.add(f.rule)
                    facts = table.rules[f.rule].model_dump()
                    assert facts == {k: v for k, v in f.model_dump().items() if k in facts}
                    assert len(facts) == 10
    assert seen == set(table.rules)
    own = table.situations[table.own]
    assert own.answer.own_state and own.outcomes == ()
    assert own.answer.permission_line == assess(lib, ["AD"], "AD").per_citizenship[0].permission_line
    return table


def test_the_check_table_is_assess_on_every_date_state_and_citizenship() -> None:
    # The war between the Netherlands and Vietnam (2015) changes nothing for Andorra's rules: no period of its own.
    lib = world(TABLE_RULES, (conflict("one", ["AT", "AD"]), conflict("two", ["NL", "VN"], "2015-01-01")))
    table = assert_table_is_assess(lib)
    starts = [p.start for p in table.periods]
    assert starts == [None, date(2000, 1, 1), date(2005, 1, 1), date(2010, 1, 1), date(2020, 1, 1), date(2024, 1, 1)]
    assert set(table.rules) == {"ad:service", "ad:war", "ad:loss", "ad:regular"}
    assert_table_is_assess(lib, Role.NON_STATE_GROUP)


NATO_UNTIL_2020 = [
    {"organisation": "NATO", "valid": {"start": "2010-01-01", "end": "2020-01-01"}, "sources": ["src-a"]}
]


@pytest.mark.parametrize(
    ("rules", "andorra", "starts"),
    [
        ([only_if({"test": "serving_state_in", "states": ["NL"]})], None, [None, date(2000, 1, 1)]),
        ([only_if({"test": "serving_state_in", "organisations": ["NATO"]})], None,
         [None, date(2000, 1, 1), date(2010, 1, 1)]),
        ([exempt_if("serving_state_in", organisations=["EFTA"])], None, [None, date(2000, 1, 1)]),
        ([exempt_if("shared_alliance", organisations=["NATO"])], {"memberships": NATO_UNTIL_2020},
         [None, date(2000, 1, 1), date(2010, 1, 1), date(2020, 1, 1)]),
        ([rule("service"), loss(nationality={"effect": "may_be_withdrawn"})],
         {"coverage": {"since": "2000-01-01", "last_verified": "2026-01-01",
                       "topics": {"nationality_loss": "2015-01-01"}}},
         [None, date(2000, 1, 1), date(2015, 1, 1)]),
        ([rule("service")], {"coverage": {"since": "1990-01-01", "last_verified": "2026-01-01"}},
         [None, date(1990, 1, 1), date(2000, 1, 1)]),
    ],
)  # fmt: skip
def test_the_check_table_tells_apart_what_the_rules_look_at(rules: list[dict[str, Any]], andorra: dict[str, Any] | None,
                                                            starts: list[date | None]) -> None:  # fmt: skip
    table = assert_table_is_assess(world(rules, andorra=andorra))
    assert [p.start for p in table.periods] == starts


def test_the_check_table_lists_an_unresearched_state_apart_only_when_it_differs() -> None:
    lib = world([exempt_if("serving_state_in", states=["VN"])])
    table = check_table(lib, "AD")
    period = table.periods[-1]
    assert period.serve_in["VN"] != period.default  # Vietnam is named in the exemption
    assert table.situations[period.default[0]].outcomes[0].reason == (
        "it applies: not exempt ({serving_state} is not listed)")  # fmt: skip
    assert table.situations[period.serve_in["VN"][0]].outcomes[0].verdict is Verdict.ALLOWED


def test_an_unresearched_citizenship_has_an_empty_answer() -> None:
    lib = world([rule("service")])
    (answer,) = assess(lib, ["VN"], "AT", as_of=DAY).per_citizenship
    assert answer.model_dump() == {
        "citizenship": "VN", "name": "Vietnam", "status": "not_researched", "own_state": False,
        "permission": Permission.UNKNOWN, "permission_line": "Unknown: Vietnam's law is not researched yet.",
        "risk_line": "Unknown.", "nationality": NationalityOutcome.UNKNOWN, "citizenship_line": "Unknown.",
        "depends_on": (), "steps": (), "risk": (), "remedies": (), "advice": (), "findings": (),
        "caveats": ("The law of Vietnam is not yet in legal_ref: no answer for this citizenship.",),
    }  # fmt: skip


def test_the_serving_table() -> None:
    lib = world([rule("service")])
    serving = serving_table(lib)
    assert (serving.role, serving.notice, serving.unresearched, serving.international) == (
        Role.MEMBER_OF_ARMED_FORCES, DISCLAIMER, {"VN": "Vietnam"}, ())  # fmt: skip
    assert set(serving.states) == {"AD", "AT", "NL"}
    at = serving.states["AT"]
    assert (at.name, at.advice) == ("Austria", ())
    assert at.inbound == (
        ServingPeriod(start=None, rules=(), outcomes=()),
        ServingPeriod(start=date(2000, 1, 1), rules=("at:inbound",), outcomes=()),
    )
    assert serving.states["AD"].inbound == (ServingPeriod(start=None, rules=(), outcomes=()),)
    assert set(serving.rules) == {"at:inbound", "nl:inbound"}
    direct = assess(lib, ["AD"], "AT", as_of=DAY).inbound
    assert [(f.rule, f.verdict, f.reason) for f in direct] == [
        ("at:inbound", Verdict.ALLOWED, "Austria's rules for foreigners")
    ]
    facts = serving.rules["at:inbound"].model_dump()
    assert facts == {k: v for k, v in direct[0].model_dump().items() if k in facts}


# --- Branches the first mutation run found untested ---------------------------------------------------------

CITE2 = "art 2 Codi de prova"


@pytest.mark.parametrize(
    ("test", "organisations", "serve", "verdict", "why"),
    [
        ("serving_state_in", ["EFTA"], "NL", Verdict.FORBIDDEN,
         "Netherlands is neither listed nor a member of EFTA on that date"),
        ("serving_state_in", ["EFTA", "NATO"], "NL", Verdict.FORBIDDEN,
         "Netherlands is neither listed nor a member of EFTA, NATO on that date"),
        ("serving_state_in", ["COE", "EFTA", "NATO"], "VN", Verdict.DEPENDS,
         "whether Vietnam is a member of COE, EFTA (not recorded)"),
        ("shared_alliance", ["NATO", "EFTA"], "NL", Verdict.FORBIDDEN,
         "Netherlands and Andorra are not both members of NATO, EFTA on that date"),
    ],
)  # fmt: skip
def test_every_organisation_is_named(test: str, organisations: list[str], serve: str, verdict: Verdict,
                                     why: str) -> None:  # fmt: skip
    f = only(one(world([exempt_if(test, organisations=organisations)]), serve))
    assert f.verdict is verdict
    assert (f.reason if verdict is Verdict.FORBIDDEN else f.depends_on[0]) == (
        f"it applies: not exempt ({why})" if verdict is Verdict.FORBIDDEN else f"{why} (if so, you are exempt)"
    )


def test_a_war_of_the_home_state_elsewhere_is_not_the_serving_states() -> None:
    lib = world([only_if({"test": "at_war_with_friendly_state"})], (conflict("one", ["NL", "AD"]),))
    f = only(one(lib, "AT"))
    assert f.reason == "its condition is not met: no armed conflict involving Austria is recorded on that date"


@pytest.mark.parametrize(
    ("fields", "verdict"),
    [
        ({"regime": "unclear"}, Verdict.UNCLEAR),
        ({"regime": "permitted"}, Verdict.ALLOWED),
        ({"authorization": MINISTER}, Verdict.PERMISSION_NEEDED),
        ({"topic": "nationality_loss"}, Verdict.NATIONALITY_AT_RISK),
        ({}, Verdict.FORBIDDEN),
        ({"binds": ["residents"]}, Verdict.DEPENDS),
    ],
)
def test_exemptions_in_words_are_kept_with_every_verdict(fields: dict[str, Any], verdict: Verdict) -> None:
    f = only(one(world([rule("service", exemptions=[{"text": "With a pardon."}], **fields)]), "AT"))
    assert (f.verdict, f.not_evaluated) == (verdict, ("With a pardon.",))
    residents = "whether you live in Andorra or act on its territory (the rule binds residents or acts there)"
    assert f.depends_on == ((residents,) if verdict is Verdict.DEPENDS else ())


def test_a_permitted_rule_keeps_what_it_depends_on_apart_from_the_words() -> None:
    lib = world([rule("service", regime="permitted", binds=["residents"], exemptions=[{"text": "With a pardon."}])])
    f = only(one(lib, "AT"))
    assert (f.verdict, f.not_evaluated) == (Verdict.ALLOWED, ("With a pardon.",))
    assert f.depends_on == (
        "whether you live in Andorra or act on its territory (the rule binds residents or acts there)",
    )


def test_the_permission_line_names_every_office_and_only_the_rules_that_need_it() -> None:
    king = {"authority": "monarch", "office": "King", "procedure": "A petition."}
    lib = world([
        rule("minister", authorization=MINISTER),
        rule("king", authorization=king, rests_on=["code-a:art2"]),
    ])  # fmt: skip
    answer = one(lib, "AT")
    assert answer.permission_line == (
        f"Yes: permission is needed before you join, from: Minister of Defence; King ({CITE}; {CITE2})."
    )
    assert [(s.office, s.procedure) for s in answer.steps] == [("Minister of Defence", None), ("King", "A petition.")]
    # A rule that only may need the permission is not cited as needing it.
    lib = world([
        rule("minister", authorization=MINISTER),
        rule("king", authorization=king, rests_on=["code-a:art2"], binds=["residents"]),
    ])  # fmt: skip
    answer = one(lib, "AT")
    assert answer.permission_line == f"Yes: permission is needed before you join, from: Minister of Defence ({CITE})."
    assert [s.certain for s in answer.steps] == [True, False]


def test_a_permission_that_depends_names_every_office() -> None:
    lib = world([
        rule("minister", authorization=MINISTER, binds=["residents"]),
        rule("king", authorization={"authority": "monarch", "office": "King"}, rests_on=["code-a:art2"],
             binds=["naturalised_citizens"]),
    ])  # fmt: skip
    answer = one(lib, "AT")
    assert answer.permission_line.startswith(
        f"It depends: permission may be needed from: Minister of Defence; King ({CITE}; {CITE2}), depending on "
    )


# --- The whole answer: findings, remedies, advice, caveats, citations ------------------------------------------


def event(eid: str, day: str, rules: list[str], kind: str = "remedy") -> dict[str, Any]:
    return {"id": eid, "date": day, "kind": kind, "title": f"Event {eid}", "summary": f"What {eid} did.",
            "rules": rules, "sources": ["src-b"]}  # fmt: skip


def test_a_finding_carries_its_rule() -> None:
    licence = rule("service", authorization=MINISTER | {"procedure": "A request.", "application": {
        "office": "Ministry", "documents": ["A letter"], "sources": ["src-a"]}}, penalties=PRISON,
        terms=[{"label": "Length", "text": "Two years."}], nationality={"effect": "may_be_withdrawn"},
        confidence="secondary")  # fmt: skip
    f = only(one(world([licence]), "AT"))
    dumped = f.model_dump()
    assert dumped | {"application": None} == {
        "rule": "ad:service", "jurisdiction": "AD", "topic": "foreign_service", "regime": "prohibited",
        "verdict": Verdict.PERMISSION_NEEDED, "reason": "it applies without a condition", "depends_on": (),
        "not_evaluated": (), "in_force": True, "summary": "Synthetic rule service.", "authority": "Minister of Defence",
        "procedure": "A request.", "application": None,
        "penalties": ("imprisonment 1 year to 5 years (in wartime)", "imprisonment up to 2 years"),
        "nationality_effect": "may_be_withdrawn", "terms": ("Length: Two years.",), "citations": (CITE,),
        "confidence": "secondary",
    }  # fmt: skip
    assert f.application is not None and f.application.office == "Ministry"
    (step,) = one(world([licence]), "AT").steps
    assert step.application == f.application and step.procedure == "A request."


def test_remedies_of_the_rules_that_apply_in_date_order() -> None:
    events = [event("late", "2023-01-01", ["service"]), event("early", "2021-01-01", ["other", "service"]),
              event("said", "2022-01-01", ["service"], kind="statement"),
              event("idle", "2020-01-01", ["free"])]  # fmt: skip
    lib = world([rule("service"), rule("free", regime="permitted")], andorra={"events": events})
    answer = one(lib, "AT")
    assert [(r.rule, r.date, r.title, r.summary, r.sources) for r in answer.remedies] == [
        ("ad:other", date(2021, 1, 1), "Event early", "What early did.", ("https://example.org/news",)),
        ("ad:service", date(2023, 1, 1), "Event late", "What late did.", ("https://example.org/news",)),
    ]
    assert one(world([rule("service", exemptions=[{"test": "serving_state_in", "states": ["AT"]}])],
                     andorra={"events": events}), "AT").remedies == ()  # fmt: skip


def test_advice_pages_of_both_states() -> None:
    advice = [{"source": "src-a", "about": "Read this first."}]
    lib = world([rule("service")], andorra={"advice": advice})
    a = assess(lib, ["VN"], "AD", as_of=DAY)
    expected = [("AD", "Test official text", "https://example.org/official", "Read this first.")]
    assert [(x.jurisdiction, x.title, x.url, x.about) for x in a.serving_state_advice] == expected
    b = assess(lib, ["AD"], "AT", as_of=DAY)
    assert [(x.jurisdiction, x.title, x.url, x.about) for x in b.per_citizenship[0].advice] == expected
    assert b.serving_state_advice == ()


def test_the_whole_answer() -> None:
    ended = rule("old", valid={"start": "2000-01-01", "end": "2001-01-01"}, rests_on=["code-a:art2"])
    lib = world([rule("service", confidence="secondary"), ended], (conflict("one", ["AT", "NL"]),))
    a = assess(lib, ["AD", "VN"], "AT", as_of=DAY, role="officer")
    assert (a.citizenships, a.serve_in, a.serve_in_name, a.as_of, a.role) == (
        ("AD", "VN"), "AT", "Austria", DAY, Role.OFFICER)  # fmt: skip
    assert [f.rule for f in a.inbound] == ["at:inbound"]
    assert a.inbound[0].reason == "Austria's rules for foreigners" and a.inbound[0].verdict is Verdict.ALLOWED
    # The rules measured that are in force, then the serving state's inbound rules; not the one that ended.
    assert a.citations == (CITE, *a.inbound[0].citations) and CITE2 not in str(a.citations)
    assert a.caveats == (
        DISCLAIMER,
        f"Service in foreign armed forces ({CITE}): secondary — not checked against the text of the law.",
        "The law of Vietnam is not yet in legal_ref: no answer for this citizenship.",
        "Armed conflicts are taken from the conflicts recorded in legal_ref, with their sources.",
    )
    assert a.notice == DISCLAIMER and a.international == ()


def test_the_answer_for_an_unresearched_serving_state_and_for_ones_own() -> None:
    lib = world([rule("service")])
    a = assess(lib, "AD", " vn ", as_of=DAY)
    assert (a.serve_in, a.serve_in_name, a.inbound, a.serving_state_advice) == ("VN", "Vietnam", (), ())
    assert a.caveats == (
        DISCLAIMER,
        "The law of Vietnam, the serving state, is not yet in legal_ref: its own rules (on foreigners in its "
        "forces, or its duties) are not shown.",
    )
    own = assess(lib, ["AT", "AD"], "AT", as_of=DAY)
    assert own.inbound == ()
    assert own.caveats[-1] == (
        "As a national of Austria you would join its forces as one of its own citizens: its rules for foreigners do "
        "not apply to you, and the duties of its nationals (conscription, mobilisation) are not recorded in legal_ref."
    )
    at = own.per_citizenship[0]
    assert at.model_dump() == {
        "citizenship": "AT", "name": "Austria", "status": "in_force", "own_state": True, "permission": Permission.NO,
        "permission_line": "No: these are your own country's forces; Austria's rules on service in foreign forces "
        "do not apply.",
        "risk_line": "None under those rules.", "nationality": NationalityOutcome.KEPT,
        "citizenship_line": "Kept: serving your own country does not put its nationality at risk.",
        "depends_on": (), "steps": (), "risk": (), "remedies": (), "advice": (), "findings": (), "caveats": (),
    }  # fmt: skip


def test_citizenships_are_named_once_by_code_or_name() -> None:
    lib = world([rule("service")])
    assert assess(lib, ["ad", "Andorra", " vn "], "AT", as_of=DAY).citizenships == ("AD", "VN")
    with pytest.raises(CheckInputError, match=r"^name at least one citizenship$"):
        assess(lib, [], "AT")
    with pytest.raises(CheckInputError, match=r"^a citizenship must be a state's name or code, not int$"):
        assess(lib, [1], "AT")  # type: ignore[list-item]
    with pytest.raises(CheckInputError, match=r"^the serving state must be a state's name or code, not NoneType$"):
        assess(lib, ["AD"], None)  # type: ignore[arg-type]
    with pytest.raises(UnknownNameError) as error:
        assess(lib, ["Andora"], "AT")
    assert error.value.kind == "jurisdiction" and "Andorra" in str(error.value)


def with_international_law(lib: Library) -> Library:
    """The library with international law (``INT``): a mercenary-status rule outside regular forces from 2000,
    and a rule on another topic from 2010 that the check does not measure."""
    treaty = state("INT", "International law", [
        rule("mercenary-status", topic="mercenary", binds=["anyone"], regime="conditionally_prohibited",
             condition={"text": "c", "all_of": [{"test": "regular_forces", "negate": True}]}),
        rule("other", topic="recruitment", binds=["anyone"], valid={"start": "2010-01-01"}),
    ])  # fmt: skip
    treaty["memberships"] = []
    # In file order, as the loader reads them: int.yaml comes before nl.yaml.
    ad, at, nl = lib.dataset.jurisdictions
    dataset = lib.dataset.model_copy(update={"jurisdictions": (ad, at, Jurisdiction.model_validate(treaty), nl)})
    return Library(Dataset.model_validate(dataset.model_dump()))


@pytest.mark.parametrize("role", [Role.MEMBER_OF_ARMED_FORCES, Role.PRIVATE_CONTRACTOR])
def test_the_serving_table_gives_international_law_for_the_role(role: Role) -> None:
    lib = with_international_law(world([rule("service")]))
    serving = serving_table(lib, role)
    assert set(serving.states) == {"AD", "AT", "NL"}  # every state, international law left out
    # Before the research starts (2000) the position is unknown; the rule of 2010 on another topic changes nothing.
    assert [(p.start, p.rules) for p in serving.international] == [
        (None, ("int:mercenary-status",)), (date(2000, 1, 1), ("int:mercenary-status",))]  # fmt: skip
    assert serving.international[0].outcomes[0].verdict is Verdict.UNKNOWN
    direct = assess(lib, ["AD"], "AT", as_of=DAY, role=role).international
    (outcome,) = serving.international[-1].outcomes
    (f,) = direct
    depends_on = tuple(named(d, "Austria") for d in outcome.depends_on)
    assert (outcome.rule, outcome.verdict, named(outcome.reason, "Austria"), depends_on) == (
        f.rule, f.verdict, f.reason, f.depends_on)  # fmt: skip
    assert f.verdict is (Verdict.ALLOWED if role is Role.MEMBER_OF_ARMED_FORCES else Verdict.DEPENDS)
    facts = serving.rules["int:mercenary-status"].model_dump()
    assert facts == {k: v for k, v in f.model_dump().items() if k in facts}


def test_words_and_conditions_lose_only_their_full_stop() -> None:
    lib = world([only_if({"test": "in_words", "text": "Service under Annex X."})])
    assert only(one(lib, "AT")).depends_on == ("whether: Service under Annex X",)
    lib = world([rule("service", penalties=[{"imprisonment": {"max": "2 years"}, "when": "In zone X."}])])
    assert only(one(lib, "AT")).penalties == ("imprisonment up to 2 years (in zone X)",)


def test_the_answer_names_its_citizenship_and_status() -> None:
    lib = world([rule("service", confidence="secondary")], andorra={"advice": [{"source": "src-a", "about": "Read."}]})
    answer = one(lib, "AT")
    assert (answer.citizenship, answer.name, answer.status, answer.own_state) == ("AD", "Andorra", "in_force", False)
    assert len(answer.caveats) == 1 and len(answer.advice) == 1
    early = one(lib, "AT", day=date(1999, 1, 1))
    assert (early.citizenship, early.name, early.status, early.own_state) == (
        "AD",
        "Andorra",
        "outside_coverage",
        False,
    )


def test_the_serving_states_name_is_the_librarys() -> None:
    lib = world([rule("service")], andorra={"name": "Principality of Andorra"})
    a = assess(lib, ["AT"], "AD", as_of=DAY)
    assert a.serve_in_name == "Principality of Andorra"


def test_international_law_is_refused_by_name() -> None:
    lib = with_international_law(world([rule("service")]))
    with pytest.raises(
        CheckInputError, match=r"^international law \(INT\) is not a state: it cannot be a citizenship$"
    ):
        assess(lib, ["INT"], "AT")
    with pytest.raises(CheckInputError, match=r"^international law \(INT\) is not a state: it cannot be the serving"):
        assess(lib, ["AD"], "int")


def test_an_unknown_role_is_named_as_a_role() -> None:
    with pytest.raises(UnknownNameError) as error:
        assess(world([rule("service")]), ["AD"], "AT", role="pilot")
    assert error.value.kind == "role"


def test_a_step_after_a_rule_without_permission() -> None:
    lib = world([rule("free", regime="no_specific_law"), rule("service", authorization=MINISTER)])
    assert [s.rule for s in one(lib, "AT").steps] == ["ad:service"]


def test_every_consenting_office_in_the_citizenship_line() -> None:
    king = {"authority": "monarch", "office": "King"}
    lost = {"nationality": {"effect": "automatic_loss"}}
    lib = world([rule("service", regime="no_specific_law"), loss(authorization=MINISTER, **lost),
                 rule("loss2", topic="nationality_loss", authorization=king, rests_on=["code-a:art2"],
                      **lost)])  # fmt: skip
    assert one(lib, "AT").citizenship_line == (
        f"Lost automatically unless Minister of Defence; King consented beforehand ({CITE}; {CITE2})."
    )
    lib = world([rule("service", regime="no_specific_law"), loss(authorization=MINISTER, binds=["residents"], **lost),
                 rule("loss2", topic="nationality_loss", authorization=king, binds=["residents"], **lost)])  # fmt: skip
    assert one(lib, "AT").citizenship_line.startswith(
        f"It depends: it may be lost automatically unless Minister of Defence; King consented beforehand ({CITE}), "
    )


def test_every_offence_in_the_risk_line() -> None:
    lib = world([rule("a", authorization=MINISTER, penalties=PRISON[:1]),
                 rule("b", authorization=MINISTER, penalties=PRISON[1:], rests_on=["code-a:art2"]),
                 rule("c", topic="mercenary", penalties=PRISON[:1]),
                 rule("d", topic="mercenary", penalties=PRISON[1:], rests_on=["code-a:art2"])])  # fmt: skip
    assert one(lib, "AT").risk_line == (
        f"Without permission: imprisonment 1 year to 5 years (in wartime) ({CITE}); imprisonment up to 2 years "
        f"({CITE2}). It may also be an offence, depending on the facts: imprisonment 1 year to 5 years (in wartime) "
        f"({CITE}); imprisonment up to 2 years ({CITE2})."
    )


def test_the_library_method_is_the_check() -> None:
    lib = world([rule("dual", binds=["dual_nationals"]), only_if({"test": "regular_forces", "negate": True})])
    day = date(2010, 6, 1)
    through_library = lib.assess(["AD", "VN"], "AT", as_of=day, role="non_state_group")
    assert through_library == assess(lib, ["AD", "VN"], "AT", as_of=day, role=Role.NON_STATE_GROUP)
    assert (through_library.citizenships, through_library.serve_in, through_library.as_of, through_library.role) == (
        ("AD", "VN"), "AT", day, Role.NON_STATE_GROUP)  # fmt: skip
    assert lib.assess("AD", "AT").role is Role.MEMBER_OF_ARMED_FORCES
    assert lib.assess("AD", "AT").as_of == date.today()
