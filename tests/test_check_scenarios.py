"""The volunteer check as a table of situations: each expected verdict is justified by the provision behind it.

Each scenario runs through the Python API and through ``legal-ref check --json``; the site's precomputed
tables are checked against the same answers. Dates are today (2026-12-04) or dates after the rules involved
are confirmed in force, unless a scenario is about a date before a law existed or before it is confirmed.
The data is cited from the shipped files (``data/jurisdictions/<code>.yaml``); when a file's research changes
a fact, re-read the file and adjust the expectation only where the new data justifies it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

import pytest
from typer.testing import CliRunner

from legal_ref.assessment import (
    SERVING_STATE,
    NationalityOutcome,
    Permission,
    Verdict,
    assess,
    check_table,
    possessive,
    state_name,
)
from legal_ref.cli import app
from legal_ref.library import Library

TODAY = date(2026, 12, 4)
P, N, V = Permission, NationalityOutcome, Verdict


@dataclass(frozen=True)
class Scenario:
    """One situation and what the check must answer for each citizenship."""

    id: str
    citizens: tuple[str, ...]
    serve: str
    expect: dict[str, tuple[Permission | None, NationalityOutcome | None]]
    """Per citizenship: the permission headline and the citizenship bottom line (None: not pinned)."""
    day: date = TODAY
    role: str = "member_of_armed_forces"
    verdicts: dict[str, Verdict] = field(default_factory=dict)
    """Verdicts of particular rules (global ids)."""
    says: tuple[str, ...] = ()
    """Words the bottom line of the first citizenship must contain."""


# fmt: off
SCENARIOS = [
    # --- Czechia: Criminal Code § 321 (consent of the President), exemptions for NATO members and for
    # citizens who also hold the serving state's nationality (cz.yaml, rule foreign-service).
    Scenario("cz-ua", ("CZ",), "UA", {"CZ": (P.YES, N.KEPT)}, verdicts={"cz:foreign-service": V.PERMISSION_NEEDED},
             says=("President of the Republic",)),  # Ukraine is not a NATO member: § 321 applies
    Scenario("cz-pl-nato", ("CZ",), "PL", {"CZ": (P.NO, N.KEPT)},
             verdicts={"cz:foreign-service": V.ALLOWED}),  # Poland and Czechia are both NATO members
    Scenario("cz-fr-legion", ("CZ",), "FR", {"CZ": (P.NO, N.KEPT)},
             verdicts={"cz:foreign-service": V.ALLOWED}),  # the NATO exemption covers the Foreign Legion
    Scenario("cz-ua-dual", ("CZ", "UA"), "UA", {"CZ": (P.NO, N.KEPT), "UA": (P.NO, N.KEPT)},
             verdicts={"cz:foreign-service": V.ALLOWED}),  # exempt: also a national of the serving state
    Scenario("cz-sk-to-ua", ("CZ", "SK"), "UA", {"CZ": (P.YES, None), "SK": (P.YES, N.KEPT)}),
    # ^ neither state is the serving state: both consents are needed (§ 321; Slovak Criminal Code § 392)
    Scenario("cz-unresearched-destination", ("CZ",), "FJ", {"CZ": (P.YES, N.KEPT)}),
    # ^ Fiji is not a NATO member (every NATO member is researched), so § 321's consent is needed
    Scenario("cz-before-coverage", ("CZ",), "UA", {"CZ": (P.UNKNOWN, N.UNKNOWN)}, day=date(2009, 6, 1)),
    # ^ Czechia is researched from 2010-01-01 (the Criminal Code 40/2009 took effect that day)
    Scenario("cz-bare-string", "CZ", "UA", {"CZ": (P.YES, N.KEPT)}),  # type: ignore[arg-type]
    # ^ a single string is one citizenship, never its letters
    # --- Own state first: joining one's own forces is not foreign service.
    Scenario("fr-own", ("FR",), "FR", {"FR": (P.NO, N.KEPT)}, says=("your own country's forces",)),
    Scenario("ua-own", ("UA",), "UA", {"UA": (P.NO, N.KEPT)}, says=("your own country's forces",)),
    Scenario("ru-own", ("RU",), "RU", {"RU": (P.NO, N.KEPT)}),
    Scenario("us-own", ("US",), "US", {"US": (P.NO, N.KEPT)}),
    # --- United Kingdom: Foreign Enlistment Act 1870 s 4 (licence of the Crown) only while the foreign state
    # is at war with a state at peace with the UK; the Terrorism Act 2000 s 58B exempts service in a foreign
    # state's armed forces (s 58B(5)(c)) (gb.yaml).
    Scenario("gb-ua-licence", ("GB",), "UA", {"GB": (P.DEPENDS, N.KEPT)},
             verdicts={"gb:foreign-service": V.DEPENDS, "gb:designated-area": V.ALLOWED}, says=("Crown",)),
    # ^ the Russia-Ukraine conflict is recorded; whether it is a "war" with a friendly state is interpretation
    Scenario("gb-ua-non-state-group", ("GB",), "UA", {"GB": (P.DEPENDS, N.KEPT)}, role="non_state_group",
             verdicts={"gb:designated-area": V.DEPENDS}),  # s 58B(5)(c) covers state forces only
    Scenario("gb-fr-no-war", ("GB",), "FR", {"GB": (P.NO, N.KEPT)},
             verdicts={"gb:foreign-service": V.ALLOWED}),  # no armed conflict involving France is recorded
    Scenario("gb-ua-2010", ("GB",), "UA", {"GB": (P.NO, N.KEPT)}, day=date(2010, 1, 1),
             verdicts={"gb:foreign-service": V.ALLOWED}),
    # ^ before the conflict recorded from 2014-02-01; British Nationality Act 1981 s 40 as in force 2003-2014
    #   has no foreign-service ground (gb.yaml, nationality-loss-2003)
    # --- Germany: § 28 StAG, loss for dual nationals who join the other state's forces without the Ministry of
    # Defence's consent; general consent for EU, EFTA, NATO and listed states; compulsory service exempt (de.yaml).
    Scenario("de-ua-sole", ("DE",), "UA", {"DE": (P.NO, N.KEPT)},
             verdicts={"de:nationality-loss-foreign-forces-2019": V.ALLOWED}),  # binds dual nationals only
    Scenario("de-us-general-consent", ("DE", "US"), "US", {"DE": (P.NO, None), "US": (P.NO, N.KEPT)},
             verdicts={"de:nationality-loss-foreign-forces-2019": V.ALLOWED}),  # the US is covered by the 2011 consent
    Scenario("de-ua-dual", ("DE", "UA"), "UA", {"DE": (P.DEPENDS, N.DEPENDS), "UA": (P.NO, N.KEPT)},
             verdicts={"de:nationality-loss-foreign-forces-2019": V.DEPENDS}),
    # ^ Ukraine is not covered by the general consent; compulsory (conscript) service of a Ukrainian national
    #   there is exempt, and whether the service is compulsory is a fact the data cannot decide
    # --- Latvia: National Security Law, service in foreign forces forbidden except EU/NATO and listed states;
    # Ukraine added to the list from 2022-03-01; Citizenship Law s 24 withdrawal for dual nationals (lv.yaml).
    Scenario("lv-ua-2026", ("LV",), "UA", {"LV": (P.NO, N.KEPT)},
             verdicts={"lv:foreign-service-2022": V.ALLOWED, "lv:nationality-loss-2022": V.ALLOWED}),
    Scenario("lv-ru-forbidden", ("LV",), "RU", {"LV": (P.FORBIDDEN, N.KEPT)},
             verdicts={"lv:foreign-service-2022": V.FORBIDDEN}),
    Scenario("lv-ua-before-listing", ("LV",), "UA", {"LV": (P.FORBIDDEN, N.KEPT)}, day=date(2022, 2, 28),
             verdicts={"lv:foreign-service": V.FORBIDDEN, "lv:foreign-service-2022": V.NO_LAW}),
    # ^ the day before Ukraine was listed (the 2022 amendments took effect on 1 March 2022); the citizenship
    #   ground (Citizenship Law s 24) binds dual nationals only, so a sole Latvian citizen keeps it
    Scenario("lv-fj-unresearched", ("LV",), "FJ", {"LV": (P.FORBIDDEN, N.KEPT)},
             verdicts={"lv:foreign-service-2022": V.FORBIDDEN}),
    # ^ Fiji is not in legal_ref, but every EU and NATO member is: it is neither one nor a listed state
    Scenario("lv-ru-dual", ("LV", "RU"), "RU", {"LV": (P.DEPENDS, N.DEPENDS), "RU": (P.NO, N.KEPT)}),
    # ^ a Latvian-Russian dual national: the National Security Law and Citizenship Law s 24 exempt compulsory
    #   service in the other state, which the data cannot decide; the Cabinet's permission lifts the ground
    Scenario("lv-ua-unconfirmed", ("LV",), "UA", {"LV": (P.UNKNOWN, N.UNKNOWN)}, day=date(2022, 1, 1),
             verdicts={"lv:foreign-service": V.UNKNOWN}),  # the earlier rule is confirmed in force only from 2022-02-28
    # --- Poland: Criminal Code art 141 and the consent of the minister (pl.yaml).
    Scenario("pl-ua", ("PL",), "UA", {"PL": (P.YES, N.KEPT)},
             verdicts={"pl:foreign-service-2022": V.PERMISSION_NEEDED}),
    Scenario("pl-ua-before-2022", ("PL",), "UA", {"PL": (P.YES, N.KEPT)}, day=date(2022, 4, 22),
             verdicts={"pl:foreign-service": V.PERMISSION_NEEDED, "pl:foreign-service-2022": V.NO_LAW}),
    Scenario("pl-before-coverage", ("PL",), "UA", {"PL": (P.UNKNOWN, None)}, day=date(1995, 1, 1)),
    # ^ Poland's foreign-service research reaches back to 1998-09-01 only
    # --- Slovakia: Criminal Code § 392 (consent of the President), NATO exemption (sk.yaml).
    Scenario("sk-ua", ("SK",), "UA", {"SK": (P.YES, N.KEPT)}, verdicts={"sk:foreign-service": V.PERMISSION_NEEDED}),
    Scenario("sk-cz-nato", ("SK",), "CZ", {"SK": (P.NO, N.KEPT)}, verdicts={"sk:foreign-service": V.ALLOWED}),
    # --- Russia: Criminal Code art 275 (high treason) reaches service for a state at war with Russia (ru.yaml).
    Scenario("ru-ua", ("RU",), "UA", {"RU": (P.FORBIDDEN, N.KEPT)}, verdicts={"ru:foreign-service-2023": V.FORBIDDEN}),
    Scenario("ru-fr", ("RU",), "FR", {"RU": (P.NO, N.KEPT)}, verdicts={"ru:foreign-service-2023": V.ALLOWED}),
    # ^ no recorded conflict between France and Russia: the treason branch's condition is not met
    # --- Ukraine: Law on Citizenship art 19, voluntary military service of another state (ua.yaml).
    Scenario("ua-ru", ("UA",), "RU", {"UA": (P.NO, N.MAY_BE_WITHDRAWN)},
             verdicts={"ua:nationality-loss-military-service": V.NATIONALITY_AT_RISK}),
    Scenario("ua-ru-dual", ("UA", "RU"), "RU", {"UA": (P.NO, N.DEPENDS), "RU": (P.NO, N.KEPT)},
             verdicts={"ua:nationality-loss-military-service": V.DEPENDS}),
    # ^ compulsory service is exempt; for a Russian national called up, that is a fact the data cannot decide
    # --- United States: 8 USC § 1481(a)(3), loss for officers or service against the US; 18 USC § 959 (us.yaml).
    Scenario("us-ua-soldier", ("US",), "UA", {"US": (P.NO, N.DEPENDS)},
             verdicts={"us:nationality-loss": V.ALLOWED, "us:foreign-commission": V.ALLOWED}),
    # ^ not at war with the US; § 1481(a)(3)(B) reaches officers and NCOs, a fact stated in words
    Scenario("us-ua-officer", ("US",), "UA", {"US": (P.NO, N.DEPENDS)}, role="officer",
             verdicts={"us:foreign-commission": V.DEPENDS}),  # 18 USC § 958: a commission, war with a friendly state
    # --- France: no offence for service in a state's forces; Code pénal art 436-1 excludes members of a state's
    # armed forces from mercenarism; Code civil art 23-8 loss only after an injunction (fr.yaml).
    # No permission: art 23-8's government injunction is a step towards loss, not a permission to ask for.
    Scenario("fr-ua", ("FR",), "UA", {"FR": (P.NO, N.DEPENDS)}, verdicts={"fr:mercenary": V.ALLOWED}),
    Scenario("fr-ua-contractor", ("FR",), "UA", {"FR": (P.NO, N.DEPENDS)}, role="private_contractor",
             verdicts={"fr:mercenary": V.DEPENDS}),  # outside a state's forces art 436-1 may apply
    # --- Others.
    Scenario("ch-ua", ("CH",), "UA", {"CH": (P.YES, N.KEPT)}),  # Military Criminal Code art 94: Federal Council
    Scenario("ch-fr", ("CH",), "FR", {"CH": (P.YES, N.KEPT)}),  # Switzerland is in no alliance: no exemption
    Scenario("lt-ua", ("LT",), "UA", {"LT": (P.DEPENDS, N.DEPENDS)}),
    # ^ Citizenship Law art 24 with art 2(5): the Government's authorisation is needed, and citizenship is at
    #   risk without it, for service whose post requires the foreign state's citizenship or an oath to it
    #   (lt.yaml, stated in words): whether Ukraine's forces require that is not recorded
    Scenario("at-ua", ("AT",), "UA", {"AT": (P.FORBIDDEN, N.MAY_BE_WITHDRAWN)}),  # § 32 StbG: withdrawal
    Scenario("at-ua-unconfirmed", ("AT",), "UA", {"AT": (P.UNKNOWN, N.UNKNOWN)}, day=date(2018, 6, 1)),
    # ^ § 32 StbG in its current words is confirmed in force only from 2018-12-31 (at.yaml: its start is not
    #   recorded), so an earlier date is unknown, not "forbidden"
    Scenario("me-ua", ("ME",), "UA", {"ME": (P.FORBIDDEN, None)}),  # Criminal Code art 449b (2015)
    Scenario("se-ua", ("SE",), "UA", {"SE": (P.NO, N.KEPT)}, verdicts={"se:foreign-service": V.NO_LAW}),
    Scenario("ie-ua", ("IE",), "UA", {"IE": (P.NO, N.KEPT)}),  # no specific law; nationality not at risk
    Scenario("no-ua", ("NO",), "UA", {"NO": (P.NO, N.KEPT)}),
    Scenario("nl-ua", ("NL",), "UA", {"NL": (P.NO, N.KEPT)}, verdicts={"nl:foreign-service": V.ALLOWED}),
    # ^ Criminal Code art 101a reaches service for a state at war with the Netherlands only
    Scenario("fi-ru", ("FI",), "RU", {"FI": (P.NO, N.KEPT)}, verdicts={"fi:enemy-forces": V.ALLOWED}),
    # ^ Finland is not at war with Russia on the records: the enemy-forces offence does not apply
    Scenario("fj-unresearched", ("FJ",), "UA", {"FJ": (P.UNKNOWN, N.UNKNOWN)}, says=("Fiji",)),
]
# fmt: on


def _ids(s: Scenario) -> str:
    return s.id


def _check(scenario: Scenario, permissions: dict[str, str], nationality: dict[str, str], lines: str,
           verdicts: dict[str, str]) -> None:  # fmt: skip
    for code, (permission, outcome) in scenario.expect.items():
        if permission is not None:
            assert permissions[code] == permission.value, (code, lines)
        if outcome is not None:
            assert nationality[code] == outcome.value, (code, lines)
    for uid, verdict in scenario.verdicts.items():
        assert verdicts[uid] == verdict.value, (uid, lines)
    for words in scenario.says:
        assert words in lines


@pytest.mark.parametrize("scenario", SCENARIOS, ids=_ids)
def test_python_api(lib: Library, scenario: Scenario) -> None:
    a = assess(lib, scenario.citizens, scenario.serve, as_of=scenario.day, role=scenario.role)
    assert [p.citizenship for p in a.per_citizenship] == list(scenario.expect)
    _check(
        scenario,
        {p.citizenship: p.permission.value for p in a.per_citizenship},
        {p.citizenship: p.nationality.value for p in a.per_citizenship},
        " ".join(" ".join(p.bottom_line) for p in a.per_citizenship),
        {f.rule: f.verdict.value for p in a.per_citizenship for f in p.findings},
    )
    assert "not legal advice" in a.notice


@pytest.mark.parametrize("scenario", SCENARIOS, ids=_ids)
def test_cli_json(scenario: Scenario) -> None:
    codes = [scenario.citizens] if isinstance(scenario.citizens, str) else list(scenario.citizens)
    args = ["check", *(x for c in codes for x in ("--citizen", c)), "--serve-in", scenario.serve]
    args += ["--date", scenario.day.isoformat(), "--role", scenario.role, "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    per = data["per_citizenship"]
    _check(
        scenario,
        {p["citizenship"]: p["permission"] for p in per},
        {p["citizenship"]: p["nationality"] for p in per},
        " ".join(f"{p['permission_line']} {p['risk_line']} {p['citizenship_line']}" for p in per),
        {f["rule"]: f["verdict"] for p in per for f in p["findings"]},
    )


def test_scenarios_cover_enough_ground() -> None:
    states = {c for s in SCENARIOS for c in ([s.citizens] if isinstance(s.citizens, str) else s.citizens)}
    states |= {s.serve for s in SCENARIOS}
    assert len(SCENARIOS) >= 40 and len(states) >= 15


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s.role == "member_of_armed_forces"], ids=_ids)
def test_site_tables_give_the_same_answer(lib: Library, scenario: Scenario) -> None:
    """The site's precomputed tables are the same evaluation as ``assess``, picked by date and citizenships."""
    codes = [scenario.citizens] if isinstance(scenario.citizens, str) else list(scenario.citizens)
    direct = assess(lib, codes, scenario.serve, as_of=scenario.day)
    for i, code in enumerate(codes):
        if code not in lib:
            continue
        table = check_table(lib, code)
        others = [c for j, c in enumerate(codes) if j != i]
        if code == scenario.serve:
            situation = table.situations[table.own]
        else:
            period = [p for p in table.periods if p.start is None or p.start <= scenario.day][-1]
            sole, other, dual = period.serve_in.get(scenario.serve, period.default)
            situation = table.situations[dual if scenario.serve in others else other if others else sole]
        expected = direct.per_citizenship[i]
        name = state_name(scenario.serve, lib)

        def named(text: str, name: str = name) -> str:  # as the check page does
            return text.replace(SERVING_STATE + "'s", possessive(name)).replace(SERVING_STATE, name)

        assert situation.answer.permission is expected.permission
        assert situation.answer.nationality is expected.nationality
        assert named(situation.answer.permission_line) == expected.permission_line
        assert named(situation.answer.citizenship_line) == expected.citizenship_line
        assert [named(o.reason) for o in situation.outcomes] == [f.reason for f in expected.findings]
        assert [(o.rule, o.verdict) for o in situation.outcomes] == [(f.rule, f.verdict) for f in expected.findings]


@pytest.mark.parametrize("scenario", SCENARIOS[::4], ids=_ids)
def test_cli_text_reads_the_bottom_line_first(scenario: Scenario) -> None:
    codes = [scenario.citizens] if isinstance(scenario.citizens, str) else list(scenario.citizens)
    args = ["check", *(x for c in codes for x in ("--citizen", c)), "--serve-in", scenario.serve]
    result = CliRunner().invoke(app, [*args, "--date", scenario.day.isoformat(), "--role", scenario.role])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "[bold]" not in out and "[/" not in out
    first = out.index("Permission:")
    assert first < out.index("Risk:") < out.index("Citizenship:")
    assert "Details" not in out or out.index("Citizenship:") < out.index("Details")
    assert out.rstrip().splitlines()[-1].startswith(("This answer rests on:", "legal_ref is information"))
