"""The legal-ref command line, run as a user runs it: output, JSON, exit codes, messages."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from legal_ref.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "250"})
    return result.exit_code, result.stdout, result.stderr


def test_help_everywhere() -> None:
    for command in ([], ["list"], ["show"], ["compare"], ["check"], ["cite"], ["search"], ["export"], ["site"]):
        code, out, _ = run(*command, "--help")
        assert code == 0 and "Usage" in out


def test_list_shows_jurisdictions_and_regimes() -> None:
    code, out, _ = run("list")
    assert code == 0
    assert "Czechia" in out and "authorization required" in out


def test_list_all_includes_unresearched_un_members_as_json() -> None:
    code, out, _ = run("list", "--all", "--json")
    rows = json.loads(out)
    assert code == 0
    assert sum(r["un_member"] for r in rows) == 193
    assert {r["status"] for r in rows} == {"covered", "partly_covered", "not_researched"}


def test_show_prints_rules_citations_and_the_notice() -> None:
    code, out, _ = run("show", "CZ")
    assert code == 0
    assert "President of the Republic" in out
    assert "§ 321" in out
    assert "not legal advice" in out


def test_unknown_country_is_one_line_with_suggestions() -> None:
    code, _, err = run("show", "Czechiaa")
    assert code == 1
    assert err.strip() == "error: unknown jurisdiction 'Czechiaa'; did you mean 'Czechia'?"


def test_bad_date_is_a_usage_error() -> None:
    code, _, err = run("check", "--citizen", "CZ", "--serve-in", "UA", "--date", "2023-13-01")
    assert code == 2
    assert "expected YYYY-MM-DD" in err


def test_unknown_topic() -> None:
    code, _, err = run("compare", "GB", "CZ", "--topic", "foreign_servise")
    assert code == 2  # a usage error, like an unknown --format
    assert "did you mean 'foreign_service'" in err and "choose from: foreign_service, recruitment" in err


def test_compare_json_rows() -> None:
    code, out, _ = run("compare", "GB", "CZ", "PL", "--topic", "foreign_service", "--date", "2024-01-01", "--json")
    rows = {r["code"]: r for r in json.loads(out)}
    assert code == 0
    assert rows["CZ"]["authority"] == "President of the Republic"
    assert rows["PL"]["authority"] == "Minister of National Defence"
    assert rows["GB"]["regime"] == "conditionally_prohibited"


def test_check_czech_citizen_to_ukraine() -> None:
    code, out, _ = run("check", "--citizen", "CZ", "--serve-in", "UA", "--date", "2023-01-01")
    assert code == 0
    assert "Permission:  Yes: permission is needed before you join, from: President of the Republic (§ 321" in out
    assert "§ 321" in out
    assert "not legal advice" in out


def test_check_dual_national_json() -> None:
    code, out, _ = run("check", "--citizen", "CZ", "--citizen", "SK", "--serve-in", "UA", "--json")
    result = json.loads(out)
    assert code == 0
    assert [p["citizenship"] for p in result["per_citizenship"]] == ["CZ", "SK"]


def test_cite_styles() -> None:
    assert run("cite", "gb:fea-1870:s4")[1].strip() == "Foreign Enlistment Act 1870, s 4"
    assert run("cite", "cz:criminal-code:s321", "--style", "local", "--pinpoint", "odst. 1")[1].strip() == (
        "§ 321 odst. 1 zákona č. 40/2009 Sb."
    )
    assert run("cite", "us:title-18-usc:s959", "--style", "bluebook")[1].strip() == "18 U.S.C. § 959"
    code, _, err = run("cite", "cz:criminal-code:s999")
    assert code == 1 and "unknown provision" in err


def test_search_finds_rules_and_provisions() -> None:
    code, out, _ = run("search", "Foreign Enlistment Act")
    assert code == 0
    assert "gb:fea-1870:s4" in out
    code, _, err = run("search", "zzzzqqq")
    assert code == 1 and "nothing matches" in err


def test_export_formats(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for fmt in ("json", "csv", "csl-json", "schema", "datapackage"):
        target = tmp_path / f"out.{fmt}"
        code, _, _ = run("export", "--format", fmt, "-o", str(target))
        assert code == 0 and target.stat().st_size > 100
    code, _, err = run("export", "--format", "xml")
    assert code == 2 and "unknown format" in err


def test_coverage_report() -> None:
    code, out, _ = run("coverage")
    assert code == 0
    assert "193 UN members" in out and "not researched" in out


def test_validate_reports_file_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import MINIMAL, make_data_dir

    data = make_data_dir(tmp_path, {"ad.yaml": MINIMAL.replace("regime: prohibited", "regime: forbidden")})
    code, _, err = run("validate", str(data))
    assert code == 1
    assert "data/jurisdictions/ad.yaml:" in err and "rules[0].regime" in err
    code, out, _ = run("validate")
    assert code == 0 and "valid" in out


def test_show_names_an_unresearched_state() -> None:
    code, _, err = run("show", "FJ")
    assert code == 1
    assert "Fiji (FJ) is not yet researched" in err
