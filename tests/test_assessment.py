"""The volunteer check: its inputs, its vocabulary, the bottom line and the next step, on the shipped data."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from legal_ref.assessment import (
    VERDICT_LABELS,
    Assessment,
    CheckInputError,
    Finding,
    Permission,
    Role,
    Verdict,
    check_table,
    serving_table,
)
from legal_ref.cli import app
from legal_ref.errors import LegalRefError, UnknownNameError
from legal_ref.library import Library

TODAY = date(2026, 12, 4)


def finding(assessment: Assessment, uid: str) -> Finding:
    for per in assessment.per_citizenship:
        for f in per.findings:
            if f.rule == uid:
                return f
    raise AssertionError(f"no finding for {uid}")


def check(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["check", *args], env={"COLUMNS": "250"})
    return result.exit_code, result.stdout, result.stderr


# --- Inputs -------------------------------------------------------------------------------------------------


def test_a_bare_string_is_one_citizenship(lib: Library) -> None:
    a = lib.assess("CZ", "UA", as_of=TODAY)  # type: ignore[arg-type]
    assert a.citizenships == ("CZ",)


def test_repeated_citizenships_are_checked_once(lib: Library) -> None:
    assert lib.assess(["CZ", "cz", "Czechia"], "UA", as_of=TODAY).citizenships == ("CZ",)


def test_international_law_is_not_a_state(lib: Library) -> None:
    with pytest.raises(CheckInputError, match="not a state"):
        lib.assess(["INT"], "UA")
    with pytest.raises(CheckInputError, match="not a state"):
        lib.assess(["CZ"], "INT")
    with pytest.raises(CheckInputError, match="at least one"):
        lib.assess([], "UA")
    assert issubclass(CheckInputError, LegalRefError)


def test_unknown_names_suggest_close_matches(lib: Library) -> None:
    with pytest.raises(UnknownNameError, match="did you mean"):
        lib.assess(["Czechiaa"], "UA")
    with pytest.raises(UnknownNameError):
        lib.assess(["CZ"], "UA", role="mercenary")


def test_unresearched_states_are_named_not_coded(lib: Library) -> None:
    a = lib.assess(["FJ"], "UA", as_of=TODAY)
    (fj,) = a.per_citizenship
    assert fj.name == "Fiji" and fj.permission is Permission.UNKNOWN
    assert "Fiji's law is not researched" in fj.permission_line
    b = lib.assess(["CZ"], "FJ", as_of=TODAY)
    assert b.serve_in_name == "Fiji"
    assert any("The law of Fiji, the serving state, is not yet in legal_ref" in c for c in b.caveats)


# --- Vocabulary ----------------------------------------------------------------------------------------------


def test_every_verdict_has_a_label() -> None:
    assert set(VERDICT_LABELS) == set(Verdict)
    assert VERDICT_LABELS[Verdict.UNKNOWN] == "unknown for that date"
    assert VERDICT_LABELS[Verdict.NO_LAW] == "no law on it"


def test_a_rule_not_in_force_says_its_real_dates(lib: Library) -> None:
    # Latvia's pre-2022 rule ended on 1 March 2022 (lv.yaml): the answer gives that day, not the query date.
    f = finding(lib.assess(["LV"], "UA", as_of=TODAY), "lv:foreign-service")
    assert f.verdict is Verdict.NO_LAW and not f.in_force
    assert "ended on 2022-03-01" in f.reason
    g = finding(lib.assess(["LV"], "UA", as_of=date(2022, 2, 28)), "lv:foreign-service-2022")
    assert "in force from 2022-03-01" in g.reason


def test_no_specific_law_is_never_alarming(lib: Library) -> None:
    f = finding(lib.assess(["SE"], "UA", as_of=TODAY), "se:foreign-service")
    assert f.verdict is Verdict.NO_LAW
    assert f.depends_on == ()


def test_exemptions_in_words_are_listed_not_evaluated(lib: Library) -> None:
    # gb.yaml: the Crown's licence is an exemption stated in words; it does not decide the verdict.
    f = finding(lib.assess(["GB"], "UA", as_of=TODAY), "gb:foreign-service")
    assert f.verdict is Verdict.DEPENDS
    assert any("licence from the Crown" in n for n in f.not_evaluated)
    assert any("Russia" in d and "interpretation" in d for d in f.depends_on)


def test_the_licence_under_a_conditional_prohibition_is_a_permission(lib: Library) -> None:
    (gb,) = lib.assess(["GB"], "UA", as_of=TODAY).per_citizenship
    assert gb.permission is Permission.DEPENDS and gb.needs_authorization is None
    assert gb.permission_line.startswith("It depends: permission may be needed from: The Crown")
    assert "depending on whether Ukraine's part in" in gb.permission_line
    assert "The Crown" in gb.permission_line
    assert [s.rule for s in gb.steps] == ["gb:foreign-service"] and not gb.steps[0].certain


def test_designated_area_offence_exempts_state_forces(lib: Library) -> None:
    # Terrorism Act 2000 s 58B(5)(c): presence for service in a foreign state's armed forces is exempt.
    soldier = finding(lib.assess(["GB"], "UA", as_of=TODAY), "gb:designated-area")
    assert soldier.verdict is Verdict.ALLOWED and "exempt" in soldier.reason
    group = finding(lib.assess(["GB"], "UA", as_of=TODAY, role=Role.NON_STATE_GROUP), "gb:designated-area")
    assert group.verdict is Verdict.DEPENDS
    assert any("designated" in d for d in group.depends_on)


def test_unclear_law_is_never_shown_as_certain(lib: Library) -> None:
    (ge,) = lib.assess(["GE"], "UA", as_of=TODAY).per_citizenship
    unclear = [f for f in ge.findings if f.verdict is Verdict.UNCLEAR]
    assert unclear, "Georgia's foreign-service rule is recorded as unclear (ge.yaml)"
    assert ge.permission is not Permission.YES and ge.permission is not Permission.NO


# --- The bottom line and the next step -----------------------------------------------------------------------


def test_an_open_exemption_reads_as_an_exemption(lib: Library) -> None:
    # § 28 StAG exempts compulsory service in the other state (de.yaml): for a German-Ukrainian dual national
    # whether the service is compulsory is open, and the answer must not read as if compulsion required consent.
    (de, _) = lib.assess(["DE", "UA"], "UA", as_of=TODAY).per_citizenship
    if de.permission is Permission.DEPENDS:
        assert "compulsory" in de.permission_line and "(if so, you are exempt)" in de.permission_line
        assert "If so, permission" not in de.permission_line


def test_czech_bottom_line_and_application(lib: Library) -> None:
    (cz,) = lib.assess(["CZ"], "UA", as_of=TODAY).per_citizenship
    assert cz.permission is Permission.YES and cz.needs_authorization is True
    assert "President of the Republic" in cz.permission_line
    assert "5 years" in cz.risk_line and "10 years" in cz.risk_line and "state of war" in cz.risk_line
    assert cz.citizenship_line.startswith("Kept")
    (step,) = cz.steps
    assert step.certain and step.application is not None
    assert step.application.office.startswith("Ministry of Defence")
    assert step.application.documents


def test_remedies_and_advice_pages(lib: Library) -> None:
    (cz,) = lib.assess(["CZ"], "UA", as_of=TODAY).per_citizenship
    assert [(r.rule, r.date) for r in cz.remedies] == [("cz:foreign-service", date(2022, 3, 3))]
    assert cz.advice and all(a.url.startswith("https://") for a in cz.advice)
    # A remedy is shown only while its rule applies or may: not to a Czech joining a NATO ally.
    (ally,) = lib.assess(["CZ"], "PL", as_of=TODAY).per_citizenship
    assert ally.remedies == ()
    a = lib.assess(["CZ"], "UA", as_of=TODAY)
    assert a.serving_state_advice and a.serving_state_advice[0].jurisdiction == "UA"


def test_own_state_shows_the_states_rules_for_its_forces(lib: Library) -> None:
    a = lib.assess(["UA"], "UA", as_of=TODAY)
    (ua,) = a.per_citizenship
    assert ua.own_state and ua.findings == ()
    assert "your own country's forces" in ua.permission_line
    # its rules for foreigners do not apply to its own national; the answer says so
    assert a.inbound == ()
    assert any("As a national of Ukraine" in c and "rules for foreigners do not apply" in c for c in a.caveats)
    assert lib.assess(["CZ"], "UA", as_of=TODAY).inbound


def test_an_unverified_rule_is_marked_in_the_bottom_line(lib: Library) -> None:
    # Russia's art. 275 branch for service against Russia is recorded as unverified or secondary (ru.yaml);
    # whichever rule decides a bottom line, an unverified one is never shown as certain.
    for code, serve in (("RU", "UA"), ("US", "UA"), ("CZ", "UA")):
        for per in lib.assess([code], serve, as_of=TODAY).per_citizenship:
            deciding = [f for f in per.findings if f.verdict in (Verdict.FORBIDDEN, Verdict.PERMISSION_NEEDED)]
            if any(f.confidence.value == "unverified" for f in deciding):
                assert "Unverified" in per.permission_line


def test_answer_rests_on_citations_and_is_not_legal_advice(lib: Library) -> None:
    a = lib.assess(["CZ"], "UA", as_of=TODAY)
    assert "not legal advice" in a.notice
    assert any("321" in c for c in a.citations)
    assert any("secondary" in c for c in a.caveats)


def test_inbound_rules_change_with_the_date(lib: Library) -> None:
    early = {f.rule for f in lib.assess(["CZ"], "UA", as_of=date(2024, 10, 29)).inbound}
    late = {f.rule for f in lib.assess(["CZ"], "UA", as_of=date(2024, 10, 30)).inbound}
    assert "ua:inbound-service-2015" in early and "ua:inbound-service-2024" not in early
    assert "ua:inbound-service-2024" in late


def test_international_mercenary_status_turns_on_the_role(lib: Library) -> None:
    soldier = lib.assess(["CZ"], "UA", as_of=TODAY)
    (ap1,) = [f for f in soldier.international if f.rule == "int:mercenary-status"]
    assert ap1.verdict is Verdict.ALLOWED
    contractor = lib.assess(["CZ"], "UA", as_of=TODAY, role=Role.PRIVATE_CONTRACTOR)
    (ap1,) = [f for f in contractor.international if f.rule == "int:mercenary-status"]
    assert ap1.verdict is Verdict.DEPENDS


# --- CLI -------------------------------------------------------------------------------------------------------


def test_cli_text_bottom_line_first_and_no_markup() -> None:
    code, out, _ = check("--citizen", "CZ", "--serve-in", "UA", "--date", "2026-12-04")
    assert code == 0
    assert out.index("Permission:") < out.index("Risk:") < out.index("Citizenship:") < out.index("Details")
    assert "How to apply: Ministry of Defence" in out
    assert "If you already went:" in out
    assert "[bold]" not in out and "[/" not in out
    assert "cz:foreign-service" not in out  # rule ids only with --verbose
    assert "not legal advice" in out and "This answer rests on:" in out
    assert "SECONDARY" in out  # a secondary-only rule is marked


def test_cli_verbose_adds_rule_ids() -> None:
    code, out, _ = check("--citizen", "CZ", "--serve-in", "UA", "--date", "2026-12-04", "--verbose")
    assert code == 0 and "[cz:foreign-service]" in out


def test_cli_dual_national_json() -> None:
    code, out, _ = check("--citizen", "CZ", "--citizen", "UA", "--serve-in", "UA", "--date", "2026-12-04", "--json")
    assert code == 0
    result = json.loads(out)
    assert [p["citizenship"] for p in result["per_citizenship"]] == ["CZ", "UA"]
    assert [p["permission"] for p in result["per_citizenship"]] == ["no", "no"]
    assert result["per_citizenship"][1]["own_state"] is True


def test_cli_rejects_international_law_and_bad_roles() -> None:
    code, _, err = check("--citizen", "INT", "--serve-in", "UA")
    assert code == 1 and "not a state" in err
    code, _, err = check("--citizen", "CZ", "--serve-in", "UA", "--role", "mercenary")
    assert code == 2


# --- Site tables ---------------------------------------------------------------------------------------------


def test_check_tables_cover_dates_and_every_serving_state(lib: Library) -> None:
    table = check_table(lib, "LV")
    starts = [p.start for p in table.periods]
    assert starts[0] is None and date(2022, 3, 1) in starts  # Ukraine listed from 1 March 2022
    assert set(table.periods[-1].serve_in) == {j.code for j in lib if not j.is_international} - {"LV"}
    own = table.situations[table.own].answer
    assert own.own_state and own.permission is Permission.NO


def test_serving_table_has_inbound_periods(lib: Library) -> None:
    serving = serving_table(lib)
    ua = serving.states["UA"]
    starts = [p.start for p in ua.inbound]
    assert date(2024, 10, 30) in starts
    assert serving.international


def test_a_no_from_an_exemption_says_which_exemption(lib: Library) -> None:
    # § 34 of Act No. 585/2004 Coll. (as quoted by the Office of the President): no consent is needed to join the
    # forces of a state whose nationality the citizen also holds; the headline names that exemption.
    a = lib.assess(["CZ", "UA"], "UA")
    cz = next(p for p in a.per_citizenship if p.citizenship == "CZ")
    assert cz.permission_line.startswith("No: you are exempt")
    assert "also hold Ukraine's nationality" in cz.permission_line
    assert "§ 321" in cz.permission_line
