"""A bad data file gives every problem at once, each with file:line, the field path, and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

import legal_ref
from legal_ref.errors import DataError, Problem
from tests.conftest import MINIMAL, make_data_dir


def problems_for(tmp_path: Path, text: str, name: str = "ad.yaml") -> tuple[Problem, ...]:
    data = make_data_dir(tmp_path, {name: text})
    with pytest.raises(DataError) as info:
        legal_ref.load(data)
    return info.value.problems


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return lines[occurrence - 1]


def test_minimal_file_is_valid(tmp_path: Path) -> None:
    lib = legal_ref.load(make_data_dir(tmp_path, {"ad.yaml": MINIMAL}))
    assert lib["AD"].rule("service").uid == "ad:service"


def test_yaml_syntax_error(tmp_path: Path) -> None:
    text = MINIMAL.replace("binds: [citizens]", "binds: [citizens")
    (problem,) = problems_for(tmp_path, text)
    assert problem.file == "data/jurisdictions/ad.yaml"
    assert "YAML error" in problem.message
    assert problem.line is not None and problem.line >= line_of(text, "binds: [citizens")


def test_duplicated_key(tmp_path: Path) -> None:
    text = MINIMAL.replace("    regime: prohibited\n", "    regime: prohibited\n    regime: permitted\n")
    (problem,) = problems_for(tmp_path, text)
    assert "duplicate key" in problem.message
    assert problem.line == line_of(text, "regime: permitted")


def test_unknown_field(tmp_path: Path) -> None:
    text = MINIMAL.replace("    regime: prohibited\n", "    regime: prohibited\n    regmie: permitted\n")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].regmie"
    assert "unknown field" in problem.message
    assert problem.line == line_of(text, "regmie")


def test_wrong_type(tmp_path: Path) -> None:
    text = MINIMAL.replace("binds: [citizens]", "binds: citizens")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].binds"
    assert "tuple" in problem.message and "'citizens'" in problem.message
    assert problem.line == line_of(text, "binds: citizens")


def test_unknown_enum_value(tmp_path: Path) -> None:
    text = MINIMAL.replace("regime: prohibited", "regime: forbidden")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].regime"
    assert "'authorization_required'" in problem.message  # says what was expected
    assert "found 'forbidden'" in problem.message
    assert problem.line == line_of(text, "regime: forbidden")


def test_bad_country_code(tmp_path: Path) -> None:
    text = MINIMAL.replace("code: AD", "code: QQ")
    problems = problems_for(tmp_path, text, name="qq.yaml")
    assert [p.path for p in problems] == ["code"]
    assert "not an ISO 3166-1 alpha-2 code" in problems[0].message
    assert problems[0].line == 1


def test_norway_code_stays_a_string(tmp_path: Path) -> None:
    text = MINIMAL.replace("code: AD", "code: NO")
    lib = legal_ref.load(make_data_dir(tmp_path, {"no.yaml": text}))
    assert lib["NO"].code == "NO"


def test_duplicate_id(tmp_path: Path) -> None:
    text = MINIMAL.replace("  - id: src-b\n", "  - id: src-a\n")
    problems = problems_for(tmp_path, text)
    assert any(p.message == "duplicate source id 'src-a'" and p.path == "sources[1].id" for p in problems)
    assert any(p.line == line_of(text, "- id: src-a", 2) for p in problems)


def test_rule_cites_missing_provision(tmp_path: Path) -> None:
    text = MINIMAL.replace("rests_on: [code-a:art1]", "rests_on: [code-a:art2]")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].rests_on[0]"
    assert "'code-a:art2' does not exist" in problem.message and "code-a:art1" in problem.message
    assert problem.line == line_of(text, "rests_on: [code-a:art2]")


def test_end_before_start(tmp_path: Path) -> None:
    text = MINIMAL.replace(
        "    valid: {start: 2000-01-01}\n    rests_on", "    valid: {start: 2000-01-01, end: 1999-01-01}\n    rests_on"
    )
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].valid"
    assert "end (1999-01-01) must be after start (2000-01-01)" in problem.message
    assert problem.line == line_of(text, "end: 1999-01-01")


def test_impossible_date(tmp_path: Path) -> None:
    text = MINIMAL.replace("date: 2020-01-01", "date: 2023-02-30")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "events[0].date"
    assert "2023-02-30" in problem.message
    assert problem.line == line_of(text, "date: 2023-02-30")


def test_verified_without_official_source(tmp_path: Path) -> None:
    # The only legal text read is a reproduction: the rule cannot claim the official publication.
    text = MINIMAL.replace("official: true", "official: false")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].confidence"
    assert "official_publication" in problem.message
    assert problem.line == line_of(text, "confidence: official_publication")


def test_reproduction_needs_a_legal_text(tmp_path: Path) -> None:
    text = MINIMAL.replace("kind: legislation\n    official: true\n", "kind: government\n")
    text = text.replace("confidence: official_publication", "confidence: reproduction")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].confidence"
    assert "reproduction" in problem.message


def test_rule_without_a_start(tmp_path: Path) -> None:
    text = MINIMAL.replace("    valid: {start: 2000-01-01}\n    rests_on", "    valid: {}\n    rests_on")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].valid"
    assert "confirmed_from" in problem.message


def test_rule_starting_before_its_provision(tmp_path: Path) -> None:
    rule_start = "    valid: {start: 2000-01-01}\n    rests_on"
    text = MINIMAL.replace(rule_start, rule_start.replace("2000", "1999"))
    found = problems_for(tmp_path, text)
    assert {p.path for p in found} == {"rules[0].valid"}
    assert any("before Test Code enters into force" in p.message for p in found)


def test_penalties_must_match_the_provision_version(tmp_path: Path) -> None:
    line = next(x for x in MINIMAL.splitlines(keepends=True) if "summary: A synthetic provision." in x)
    indent = line[: len(line) - len(line.lstrip())]
    text = MINIMAL.replace(line, f"{line}{indent}penalties:\n{indent}  - imprisonment: {{max: 8 years}}\n")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "rules[0].penalties"
    assert "up to 8 years" in problem.message


def test_url_with_user_info_is_rejected(tmp_path: Path) -> None:
    text = MINIMAL.replace("url: https://example.org/news", "url: https://official.portal@elsewhere.example/")
    (problem,) = problems_for(tmp_path, text)
    assert "user name" in problem.message


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    text = (
        MINIMAL.replace("regime: prohibited", "regime: forbidden")
        .replace("date: 2020-01-01", "date: 2023-02-30")
        .replace("kind: code\n", "kind: code\n    colour: red\n")
    )
    problems = problems_for(tmp_path, text)
    assert {p.path for p in problems} == {"rules[0].regime", "events[0].date", "instruments[0].colour"}


def test_problems_across_files_are_all_reported(tmp_path: Path) -> None:
    other = MINIMAL.replace("code: AD", "code: AT").replace("regime: prohibited", "regime: nope")
    data = make_data_dir(tmp_path, {"ad.yaml": MINIMAL.replace("kind: code", "kind: novel"), "at.yaml": other})
    with pytest.raises(DataError) as info:
        legal_ref.load(data)
    assert {p.file for p in info.value.problems} == {"data/jurisdictions/ad.yaml", "data/jurisdictions/at.yaml"}


def test_unknown_organisation(tmp_path: Path) -> None:
    text = MINIMAL.replace("organisation: COE", "organisation: NATO")
    (problem,) = problems_for(tmp_path, text)
    assert problem.path == "memberships[0].organisation"
    assert "unknown organisation 'NATO'" in problem.message


def test_file_name_must_match_code(tmp_path: Path) -> None:
    (problem,) = problems_for(tmp_path, MINIMAL, name="andorra.yaml")
    assert "ad.yaml" in problem.message


def test_problem_str_is_file_line_path_message() -> None:
    problem = Problem("data/jurisdictions/cz.yaml", 12, "rules[0].regime", "bad")
    assert str(problem) == "data/jurisdictions/cz.yaml:12: rules[0].regime: bad"


def test_problem_in_a_shared_file_names_that_file(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path, {"ad.yaml": MINIMAL})
    (data / "conflicts.yaml").write_text(
        "conflicts:\n  - id: c\n    name: A conflict\n    kind: international\n    parties: [AD, QQ]\n"
        "    valid: {start: 2020-01-01}\n    sources:\n      - {id: s, url: 'https://example.org/s', title: t,"
        " publisher: p, kind: news, language: en, consulted_on: 2026-01-01}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as info:
        legal_ref.load(data)
    (problem,) = info.value.problems
    assert problem.file == "data/conflicts.yaml"
    assert "'QQ' is not an ISO 3166-1 alpha-2 code" in problem.message
