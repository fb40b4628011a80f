"""A corpus of bad inputs: each ends in one clear answer (exit 1 for an error, 2 for bad usage), never a traceback.

Data problems name ``file:line``, the field and what is wrong; bundles that cannot be trusted say how to recover;
the Python API refuses wrong types with a ``TypeError`` and unknown names with an ``UnknownNameError``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

import legal_ref
from legal_ref import loading
from legal_ref.cli import app
from legal_ref.errors import BundleError, DataError, UnknownNameError
from legal_ref.library import Library
from tests.conftest import MINIMAL, REPO, make_data_dir

runner = CliRunner()
PROBLEM_LINE = re.compile(r"^data/[\w./-]+(:\d+)?: ")


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "250"})
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


# ---------------------------------------------------------------------------
# Jurisdiction files: each mutation of a valid file is reported with file, line, field and message
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Bad:
    """A bad jurisdiction file: the text (from the valid one), and what the report must say."""

    text: str | bytes
    says: str
    field: str | None = None
    """The field path the problem names ('' for the whole file; None: not checked)."""
    line: int | str | tuple[str, int] | None = None
    """The line the problem names: a number, the first line holding a text, or (text, occurrence); None: not checked."""
    name: str = "ad.yaml"


def sub(old: str, new: str) -> str:
    assert old in MINIMAL, old
    return MINIMAL.replace(old, new, 1)


RULE_VALID = "    valid: {start: 2000-01-01}\n    rests_on"
DEEP = "code: AD\nname: " + "[" * 300 + "]" * 300 + "\n"
LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(6)
)

DATA_FILES: dict[str, Bad] = {
    "empty": Bad("", "empty", ""),
    "comment-only": Bad("# nothing yet\n# to come\n", "empty", ""),
    "blank-lines": Bad("\n   \n\n", "empty", ""),
    "nul": Bad(sub("name: Andorra", "name: And\x00orra"), "control character U+0000", "", 2),
    "bell": Bad(sub("summary: A synthetic rule.", "summary: A \x07rule."), "U+0007", ""),
    "escape": Bad(sub("title: Test news", "title: Test \x1b[31mnews"), "U+001B", ""),
    "c1-control": Bad(sub("title: Test news", "title: Test \x85news"), "U+0085", ""),
    "deep-nesting": Bad(DEEP, "nested too deeply", ""),
    "alias-bomb": Bad(LAUGHS, "aliases", ""),
    "top-level-list": Bad("- code: AD\n- name: Andorra\n", "mapping", "", 1),
    "top-level-scalar": Bad("just words\n", "mapping", "", 1),
    "latin-1": Bad(MINIMAL.replace("Principat", "Principat ñ").encode("latin-1"), "not UTF-8", "", 4),
    "binary": Bad(bytes(range(256)) * 4, "", ""),
    "unclosed-bracket": Bad(sub("binds: [citizens]", "binds: [citizens"), "YAML error", ""),
    "tab-indent": Bad(sub("    regime: prohibited", "\tregime: prohibited"), "YAML error", ""),
    "duplicate-key": Bad(
        sub("    regime: prohibited\n", "    regime: prohibited\n    regime: permitted\n"),
        "duplicate key",
        "",
        "regime: permitted",
    ),
    "unknown-field": Bad(
        sub("    regime: prohibited\n", "    regime: prohibited\n    regmie: x\n"),
        "unknown field",
        "rules[0].regmie",
        "regmie",
    ),
    "wrong-type-list": Bad(sub("binds: [citizens]", "binds: citizens"), "tuple", "rules[0].binds", "binds: citizens"),
    "wrong-type-mapping": Bad(
        sub("coverage:\n  since: 2000-01-01\n  last_verified: 2026-01-01", "coverage: soon"), "", "coverage", 5
    ),
    "number-as-code": Bad(sub("code: AD", "code: 12"), "", "code", 1),
    "unknown-regime": Bad(
        sub("regime: prohibited", "regime: forbidden"), "found 'forbidden'", "rules[0].regime", "regime: forbidden"
    ),
    "unknown-topic": Bad(sub("topic: foreign_service", "topic: war"), "found 'war'", "rules[0].topic", "topic: war"),
    "not-iso-code": Bad(sub("code: AD", "code: QQ"), "not an ISO 3166-1 alpha-2 code", "code", 1, "qq.yaml"),
    "homoglyph-code": Bad(sub("code: AD", "code: \u0410D"), "U+0410 CYRILLIC CAPITAL LETTER A", "code", 1),
    "lower-case-code": Bad(sub("code: AD", "code: ad"), "ISO 3166-1 alpha-2 code in capitals", "code", 1),
    "slug-capitals": Bad(
        sub("  - id: src-b\n", "  - id: Src-B\n"),
        "lower-case letters, digits and hyphens",
        "sources[1].id",
        "id: Src-B",
    ),
    "homoglyph-slug": Bad(
        sub("  - id: src-b\n", "  - id: src-\u0432\n"), "CYRILLIC SMALL LETTER VE", "sources[1].id", "id: src-\u0432"
    ),
    "bad-language": Bad(
        sub("language: en\n", "language: English\n"), "language tag", "sources[1].language", "language: English"
    ),
    "bad-currency": Bad(
        sub(
            "imprisonment: {min: 1 year, max: 5 years}",
            "imprisonment: {min: 1 year, max: 5 years}\n        fine: {max: 10, currency: QQQ}",
        ),
        "ISO 4217",
        "rules[0].penalties[0].fine.currency",
    ),
    "bad-duration": Bad(
        sub("max: 5 years", "max: 5 lightyears"), "", "rules[0].penalties[0].imprisonment.max", "lightyears"
    ),
    "impossible-date": Bad(sub("date: 2020-01-01", "date: 2023-02-30"), "2023-02-30", "events[0].date", "2023-02-30"),
    "end-before-start": Bad(
        sub(RULE_VALID, "    valid: {start: 2000-01-01, end: 1999-01-01}\n    rests_on"),
        "must be after start",
        "rules[0].valid",
        "end: 1999-01-01",
    ),
    "future-last-verified": Bad(
        sub("last_verified: 2026-01-01", "last_verified: 2999-01-01"), "in the future", "coverage.last_verified", 7
    ),
    "future-consulted": Bad(
        sub("    consulted_on: 2026-01-01\n  - id: src-b", "    consulted_on: 2999-01-01\n  - id: src-b"),
        "in the future",
        "sources[0].consulted_on",
        20,
    ),
    "future-verified-on": Bad(
        sub("verified_on: 2026-01-01", "verified_on: 2999-01-01"),
        "in the future",
        "rules[0].verified_on",
        "verified_on: 2999",
    ),
    "url-userinfo": Bad(
        sub("url: https://example.org/news", "url: https://official.portal@elsewhere.example/"),
        "user name",
        "sources[1].url",
        "official.portal@",
    ),
    "url-ftp": Bad(
        sub("url: https://example.org/news", "url: ftp://example.org/news"),
        "absolute http(s) URL",
        "sources[1].url",
        "ftp://",
    ),
    "missing-provision": Bad(
        sub("rests_on: [code-a:art1]", "rests_on: [code-a:art2]"),
        "'code-a:art2' does not exist",
        "rules[0].rests_on[0]",
        "code-a:art2",
    ),
    "missing-source": Bad(
        sub("    sources: [src-a]\n    confidence", "    sources: [src-z]\n    confidence"),
        "'src-z' is not among",
        "rules[0].sources[0]",
        "src-z",
    ),
    "missing-event-rule": Bad(
        sub("rules: [service]", "rules: [servicez]"), "'servicez' does not exist", "events[0].rules[0]", "servicez"
    ),
    "duplicate-source-id": Bad(
        sub("  - id: src-b\n", "  - id: src-a\n"), "duplicate source id", "sources[1].id", ("- id: src-a", 2)
    ),
    "duplicate-rule-id": Bad(MINIMAL.replace("rules: [service]", "rules: [service]\n") + "", "", None),
    "missing-name": Bad(sub("name: Andorra\n", ""), "required field is missing", "name", 1),
    "missing-summary": Bad(
        sub("    summary: A synthetic rule.\n", ""), "required field is missing", "rules[0].summary", "- id: service"
    ),
    "empty-name": Bad(sub("name: Andorra", 'name: ""'), "", "name", 2),
    "file-name-mismatch": Bad(MINIMAL, "ad.yaml", "code", 1, "andorra.yaml"),
    "unknown-organisation": Bad(
        sub("organisation: COE", "organisation: NATO"), "unknown organisation 'NATO'", "memberships[0].organisation", 9
    ),
    "clause-state-not-iso": Bad(
        sub(
            "    regime: prohibited\n",
            "    regime: prohibited\n    exemptions:\n      - {test: serving_state_in, states: [QQ]}\n",
        ),
        "'QQ' is not an ISO 3166-1 alpha-2 code",
        "rules[0].exemptions[0].states[0]",
        "QQ",
    ),
    "clause-state-homoglyph": Bad(
        sub(
            "    regime: prohibited\n",
            "    regime: prohibited\n    exemptions:\n      - {test: serving_state_in, states: [\u0421Z]}\n",
        ),
        "U+0421 CYRILLIC CAPITAL LETTER ES",
        "rules[0].exemptions[0].states[0]",
        "\u0421Z",
    ),
    "official-claim-without-official-text": Bad(
        sub("official: true", "official: false"), "official_publication", "rules[0].confidence", "confidence:"
    ),
    "very-long-value": Bad(
        sub("regime: prohibited", "regime: " + "x" * 100_000), "...", "rules[0].regime", "regime: xxx"
    ),
}
# The duplicate-rule case: a second rule with the same id.
DATA_FILES["duplicate-rule-id"] = Bad(
    MINIMAL.replace(
        "events:\n",
        "  - id: service\n" + MINIMAL.split("rules:\n  - id: service\n")[1].split("events:")[0] + "events:\n",
    ),
    "duplicate rule id",
    "rules[1].id",
)


@pytest.mark.parametrize("case", list(DATA_FILES), ids=list(DATA_FILES))
def test_bad_jurisdiction_file(tmp_path: Path, case: str) -> None:
    bad = DATA_FILES[case]
    data = make_data_dir(tmp_path, {})
    target = data / "jurisdictions" / bad.name
    if isinstance(bad.text, bytes):
        target.write_bytes(bad.text)
    else:
        target.write_text(bad.text, encoding="utf-8", newline="")
    with pytest.raises(DataError) as info:
        loading.read_dataset(data, today=date(2026, 12, 4))
    problems = info.value.problems
    assert all(p.file == f"data/jurisdictions/{bad.name}" for p in problems), problems
    matching = [p for p in problems if bad.says in p.message and (bad.field is None or p.path == bad.field)]
    assert matching, f"expected {bad.says!r} at {bad.field!r}; got {[str(p) for p in problems]}"
    if bad.line is not None:
        line = bad.line
        if not isinstance(line, int):
            needle, occurrence = line if isinstance(line, tuple) else (line, 1)
            assert isinstance(bad.text, str)
            line = [n for n, x in enumerate(bad.text.splitlines(), start=1) if needle in x][occurrence - 1]
        assert any(p.line == line for p in matching), (line, [str(p) for p in matching])
    assert all(len(str(p)) < 1000 for p in problems), "a value is echoed whole"
    # The command line gives the same report: one line per problem, then a summary; exit 1.
    code, _, err = cli("validate", str(data))
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[-1].startswith("error: ") and all(PROBLEM_LINE.match(x) for x in lines[:-1]), lines


def test_every_problem_line_has_file_line_field_and_message(tmp_path: Path) -> None:
    text = sub("regime: prohibited", "regime: forbidden").replace("rests_on: [code-a:art1]", "rests_on: [x:y]")
    data = make_data_dir(tmp_path, {"ad.yaml": text})
    code, _, err = cli("validate", str(data))
    assert code == 1
    lines = text.splitlines()
    regime = next(n for n, x in enumerate(lines, start=1) if "regime: forbidden" in x)
    rests_on = next(n for n, x in enumerate(lines, start=1) if "rests_on: [x:y]" in x)
    assert f"data/jurisdictions/ad.yaml:{regime}: rules[0].regime: Input should be 'permitted'" in err
    assert f"data/jurisdictions/ad.yaml:{rests_on}: rules[0].rests_on[0]: provision 'x:y' does not exist" in err


def test_schema_and_reference_problems_of_one_file_are_reported_together(tmp_path: Path) -> None:
    text = sub("regime: prohibited", "regime: forbidden")
    text = text.replace("rests_on: [code-a:art1]", "rests_on: [code-a:art9]").replace("rules: [service]", "rules: [x]")
    data = make_data_dir(tmp_path, {"ad.yaml": text})
    with pytest.raises(DataError) as info:
        loading.read_dataset(data)
    paths = {p.path for p in info.value.problems}
    assert {"rules[0].regime", "rules[0].rests_on[0]", "events[0].rules[0]"} <= paths


# ---------------------------------------------------------------------------
# The jurisdictions folder: what is not read is said, never skipped in silence
# ---------------------------------------------------------------------------


def entries_yml(folder: Path) -> None:
    (folder / "ad.yml").write_text(MINIMAL, encoding="utf-8")


def entries_upper(folder: Path) -> None:
    (folder / "AD.YAML").write_text(MINIMAL, encoding="utf-8")


def entries_directory(folder: Path) -> None:
    (folder / "ad.yaml").mkdir()


def entries_dangling(folder: Path) -> None:
    (folder / "ad.yaml").symlink_to(folder / "missing.yaml")


def entries_oversized(folder: Path) -> None:
    (folder / "ad.yaml").write_text(MINIMAL + "#" + "x" * loading.MAX_FILE_BYTES + "\n", encoding="utf-8")


def entries_duplicate(folder: Path) -> None:
    (folder / "ad.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "andorra.yaml").write_text(MINIMAL, encoding="utf-8")


def entries_none(folder: Path) -> None:
    (folder / "README.txt").write_text("no data here", encoding="utf-8")


FOLDERS: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "yml-suffix": (entries_yml, "data/jurisdictions/ad.yml", "rename it ad.yaml"),
    "upper-case-name": (entries_upper, "data/jurisdictions/AD.YAML", "rename it ad.yaml"),
    "directory-named-yaml": (entries_directory, "data/jurisdictions/ad.yaml", "a directory"),
    "dangling-symlink": (entries_dangling, "data/jurisdictions/ad.yaml", "symbolic link"),
    "oversized": (entries_oversized, "data/jurisdictions/ad.yaml", "byte limit"),
    "no-files": (entries_none, "data/jurisdictions", "no jurisdiction files"),
}


@pytest.mark.parametrize("case", list(FOLDERS), ids=list(FOLDERS))
def test_jurisdiction_folder_entries_are_reported(tmp_path: Path, case: str) -> None:
    make, file, says = FOLDERS[case]
    data = make_data_dir(tmp_path, {})
    make(data / "jurisdictions")
    with pytest.raises(DataError) as info:
        loading.read_dataset(data)
    assert any(p.file == file and says in p.message for p in info.value.problems), info.value.problems
    assert loading.data_digest(data)  # the digest every --data command computes does not fail either
    code, _, err = cli("list", "--data", str(data))
    assert code == 1 and says in err


def test_a_duplicate_jurisdiction_names_both_files(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path, {})
    entries_duplicate(data / "jurisdictions")
    with pytest.raises(DataError) as info:
        loading.read_dataset(data)
    said = {(p.file, p.message) for p in info.value.problems if p.path == "code"}
    assert ("data/jurisdictions/ad.yaml", "AD is also defined in data/jurisdictions/andorra.yaml") in said
    assert ("data/jurisdictions/andorra.yaml", "AD is already defined in data/jurisdictions/ad.yaml") in said


def test_a_large_valid_file_is_refused_quickly(tmp_path: Path) -> None:
    import time

    data = make_data_dir(tmp_path, {})
    (data / "jurisdictions" / "ad.yaml").write_text(MINIMAL + ("# padding\n" * 5_000_000), encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(DataError):
        loading.read_dataset(data)
    assert time.perf_counter() - start < 2


# ---------------------------------------------------------------------------
# Shared files and data directories
# ---------------------------------------------------------------------------

SHARED: dict[str, tuple[str, str | None, str, int | None]] = {
    # case: (file, its new text or None to delete it, what the report says, line)
    "organisations-missing": ("organisations.yaml", None, "required file is missing", None),
    "organisations-empty": ("organisations.yaml", "", "empty", None),
    "organisations-comments": ("organisations.yaml", "# to do\n", "empty", None),
    "organisations-syntax": ("organisations.yaml", "organisations: [\n", "YAML error", None),
    "conflicts-missing": ("conflicts.yaml", None, "required file is missing", None),
    "conflicts-empty": ("conflicts.yaml", "", "empty", None),
    "conflicts-comments": ("conflicts.yaml", "# none\n", "empty", None),
    "conflicts-no-key": ("conflicts.yaml", "{}\n", "conflicts: []", 1),
    "conflicts-wrong-type": ("conflicts.yaml", "conflicts: many\n", "tuple", 1),
    "conflicts-bad-party": (
        "conflicts.yaml",
        "conflicts:\n  - id: c\n    name: A conflict\n    kind: international\n    parties:\n      - AD\n      - QQ\n"
        "    valid: {start: 2020-01-01}\n    sources:\n      - {id: s, url: 'https://example.org/s', title: t,"
        " publisher: p, kind: news, language: en, consulted_on: 2026-01-01}\n",
        "'QQ' is not an ISO 3166-1 alpha-2 code",
        7,
    ),
    "un-members-missing": ("un-members.yaml", None, "required file is missing", None),
    "un-members-empty": ("un-members.yaml", "", "empty", None),
    "un-members-no-members": (
        "un-members.yaml",
        "sources:\n  - {id: un, url: https://example.org/un, title: T, publisher: T, kind: reference, language: en,"
        " consulted_on: 2026-01-01}\nmembers: []\n",
        "at least 1",
        3,
    ),
    "un-members-bad-code": (
        "un-members.yaml",
        "sources:\n  - {id: un, url: https://example.org/un, title: T, publisher: T, kind: reference, language: en,"
        " consulted_on: 2026-01-01}\nmembers:\n  - AD\n  - QQ\n",
        "'QQ' is not an ISO 3166-1 alpha-2 code",
        5,
    ),
}


@pytest.mark.parametrize("case", list(SHARED), ids=list(SHARED))
def test_bad_shared_file(tmp_path: Path, case: str) -> None:
    name, text, says, line = SHARED[case]
    data = make_data_dir(tmp_path, {"ad.yaml": MINIMAL})
    if text is None:
        (data / name).unlink()
    else:
        (data / name).write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        loading.read_dataset(data)
    found = [p for p in info.value.problems if p.file == f"data/{name}" and says in p.message]
    assert found, info.value.problems
    if line is not None:
        assert found[0].line == line, found
    code, _, err = cli("validate", str(data))
    assert code == 1 and f"data/{name}" in err


def not_a_directory(tmp_path: Path) -> Path:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    return tmp_path / "file.txt"


DIRECTORIES: dict[str, Callable[[Path], Path]] = {
    "empty-directory": lambda tmp: tmp,
    "docs": lambda tmp: REPO / "docs",
    "tests": lambda tmp: REPO / "tests",
    "root": lambda tmp: Path("/"),
    "missing": lambda tmp: tmp / "nowhere",
    "a-file": not_a_directory,
    "jurisdictions-folder-itself": lambda tmp: make_data_dir(tmp, {"ad.yaml": MINIMAL}) / "jurisdictions",
}


@pytest.mark.parametrize("case", list(DIRECTORIES), ids=list(DIRECTORIES))
def test_not_a_data_directory(tmp_path: Path, case: str) -> None:
    path = DIRECTORIES[case](tmp_path)
    with pytest.raises(DataError):
        loading.read_dataset(path)
    for command in (("validate", str(path)), ("list", "--data", str(path)), ("coverage", "--data", str(path))):
        code, _, err = cli(*command)
        assert code == 1 and err.strip(), command


# ---------------------------------------------------------------------------
# Bundles
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    data = make_data_dir(tmp_path_factory.mktemp("bundle"), {"ad.yaml": MINIMAL})
    target = data.parent / "bundle.json"
    loading.compile_bundle(data, target)
    return target.read_bytes()


def rehash(payload: bytes) -> bytes:
    import hashlib
    import json

    header = {"data_digest": "", "format": loading.BUNDLE_FORMAT, "sha256": hashlib.sha256(payload).hexdigest()}
    return json.dumps(header).encode() + b"\n" + payload


BUNDLES: dict[str, Callable[[bytes], bytes | None]] = {
    "missing": lambda good: None,
    "empty": lambda good: b"",
    "truncated": lambda good: good[: len(good) // 2],
    "header-only": lambda good: good.partition(b"\n")[0] + b"\n",
    "binary": lambda good: bytes(range(256)) * 64,
    "old-format-without-header": lambda good: good.partition(b"\n")[2],
    "format-2": lambda good: good.replace(b'"format":3', b'"format":2', 1),
    "format-from-the-future": lambda good: good.replace(b'"format":3', b'"format":99', 1),
    "one-byte-more": lambda good: good + b" ",
    "header-not-json": lambda good: b"{format\n" + good.partition(b"\n")[2],
    "header-a-list": lambda good: b"[2]\n" + good.partition(b"\n")[2],
    "payload-a-list": lambda good: rehash(b"[1, 2, 3]\n"),
    "payload-not-json": lambda good: rehash(b"{not json\n"),
    "jurisdictions-not-a-list": lambda good: rehash(b'{"jurisdictions": {"AD": 1}}\n'),
    "jurisdiction-without-code": lambda good: rehash(b'{"jurisdictions": [{"name": "Andorra"}]}\n'),
    "names-not-a-list": lambda good: rehash(b'{"jurisdictions": [{"code": "AD", "name": "A", "names": 3}]}\n'),
    "deep-json": lambda good: rehash(b"[" * 100_000 + b"]" * 100_000),
}


@pytest.mark.parametrize("case", list(BUNDLES), ids=list(BUNDLES))
def test_bundle_that_cannot_be_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, good_bundle: bytes, case: str
) -> None:
    content = BUNDLES[case](good_bundle)
    path = tmp_path / "bundle.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(BundleError) as info:
        loading.load_bundle(path)
    message = str(info.value)
    assert "\n" not in message and "legal-ref compile" in message and str(path) in message
    # Every command says the same in one line, exit 1.
    monkeypatch.setattr(loading, "bundle_path", lambda: path)
    monkeypatch.setattr(loading, "_cached", None)
    monkeypatch.setattr(loading, "_checkout_data_dir", lambda: None)
    for command in (["list"], ["show", "AD"], ["export", "--format", "json"], ["coverage"]):
        code, _, err = cli(*command)
        assert code == 1 and err.count("\n") == 1 and "legal-ref compile" in err, (command, err)


def test_a_flipped_byte_is_reported_when_its_part_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], good_bundle: bytes
) -> None:
    path = tmp_path / "bundle.json"
    path.write_bytes(good_bundle[:-10] + bytes([good_bundle[-10] ^ 1]) + good_bundle[-9:])
    lib = loading.load_bundle(path)  # format, size and part map are sound; each part is checked when read
    with pytest.raises(BundleError, match="does not match its checksum") as info:
        _ = lib.dataset
    message = str(info.value)
    assert "\n" not in message and "legal-ref compile" in message and str(path) in message
    monkeypatch.setattr(loading, "bundle_path", lambda: path)
    monkeypatch.setattr(loading, "_cached", None)
    monkeypatch.setattr(loading, "_checkout_data_dir", lambda: None)
    # Through the console script's entry point, as a user runs it: one line, exit 1, whenever the part is read.
    from legal_ref.cli import main

    for command in (["list"], ["export", "--format", "json"], ["coverage"]):
        monkeypatch.setattr(sys, "argv", ["legal-ref", *command])
        with pytest.raises(SystemExit) as exit_info:
            main()
        err = capsys.readouterr().err
        assert exit_info.value.code == 1 and err.count("\n") == 1 and "legal-ref compile" in err, (command, err)
        assert "Traceback" not in err


def test_a_damaged_entry_is_reported_at_first_use(tmp_path: Path, good_bundle: bytes) -> None:
    import json

    payload = json.loads(good_bundle.partition(b"\n")[2])
    payload["jurisdictions"][0]["rules"] = "not rules"
    path = tmp_path / "bundle.json"
    path.write_bytes(rehash(json.dumps(payload).encode()))
    lib = loading.load_bundle(path)  # the outline is sound: nothing is built yet
    with pytest.raises(BundleError, match="entry for AD is damaged") as info:
        lib["AD"]
    assert "(AttributeError: " in str(info.value) and str(info.value).endswith("run `legal-ref compile`")


def test_good_bundle_loads(tmp_path: Path, good_bundle: bytes) -> None:
    path = tmp_path / "bundle.json"
    path.write_bytes(good_bundle)
    assert loading.load_bundle(path)["AD"].name == "Andorra"
    assert loading.load_bundle(path, validate=True)["AD"].name == "Andorra"


def test_compiling_other_data_never_overwrites_the_package_bundle(tmp_path: Path) -> None:
    data = make_data_dir(tmp_path, {"ad.yaml": MINIMAL})
    before = loading.bundle_path().stat().st_mtime_ns
    with pytest.raises(BundleError, match="give a target"):
        loading.compile_bundle(data)
    code, _, err = cli("compile", str(data))
    assert code == 2 and "-o FILE" in err
    assert loading.bundle_path().stat().st_mtime_ns == before
    code, _, _ = cli("compile", str(data), "-o", str(tmp_path / "out.json"))
    assert code == 0 and loading.load_bundle(tmp_path / "out.json")["AD"].code == "AD"


def test_compile_writes_atomically(tmp_path: Path) -> None:
    """A reader running while the bundle is rewritten sees the old or the new bundle, never a part of one."""
    target = tmp_path / "bundle.json"
    old, new = "old\n" * 200_000, "new\n" * 300_000
    loading.write_atomic(target, old)
    seen: set[int] = set()
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            seen.add(len(target.read_text(encoding="utf-8")))

    reader = threading.Thread(target=read)
    reader.start()
    for n in range(20):
        loading.write_atomic(target, new if n % 2 else old)
    stop.set()
    reader.join()
    assert seen <= {len(old), len(new)}
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.json"]  # no temporary file left


def test_write_failure_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "bundle.json"
    target.write_text("old", encoding="utf-8")

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        loading.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.json"]


# ---------------------------------------------------------------------------
# A checkout whose data changed since the bundle was compiled
# ---------------------------------------------------------------------------


def checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    data = make_data_dir(tmp_path, {"ad.yaml": MINIMAL})
    bundle = tmp_path / "bundle.json"
    loading.compile_bundle(data, bundle)
    monkeypatch.setattr(loading, "bundle_path", lambda: bundle)
    monkeypatch.setattr(loading, "_checkout_data_dir", lambda: data)
    monkeypatch.setattr(loading, "_cached", None)
    return data, bundle


def touch_later(path: Path, bundle: Path) -> None:
    later = bundle.stat().st_mtime + 10
    os.utime(path, (later, later))


def test_a_stale_bundle_is_not_answered_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, bundle = checkout(tmp_path, monkeypatch)
    target = data / "jurisdictions" / "ad.yaml"
    target.write_text(MINIMAL.replace("name: Andorra", "name: Andorra Edited"), encoding="utf-8")
    touch_later(target, bundle)
    with pytest.warns(loading.StaleBundleWarning, match="legal-ref compile"):
        lib = legal_ref.load()
    assert lib["AD"].name == "Andorra Edited"


def test_a_stale_bundle_with_invalid_data_answers_from_the_bundle_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, bundle = checkout(tmp_path, monkeypatch)
    target = data / "jurisdictions" / "ad.yaml"
    target.write_text(MINIMAL.replace("regime: prohibited", "regime: nope"), encoding="utf-8")
    touch_later(target, bundle)
    with pytest.warns(loading.StaleBundleWarning, match="does not validate"):
        lib = legal_ref.load()
    assert lib["AD"].name == "Andorra"


def test_touched_but_unchanged_data_keeps_the_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, bundle = checkout(tmp_path, monkeypatch)
    touch_later(data / "jurisdictions" / "ad.yaml", bundle)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        lib = legal_ref.load()
    assert lib._raw  # built from the bundle, lazily


# ---------------------------------------------------------------------------
# Command-line arguments
# ---------------------------------------------------------------------------

HUGE = "x" * 100_000

ARGUMENTS: dict[str, tuple[list[str], int, str]] = {
    # case: (arguments, exit code, what stderr says)
    "no-command": ([], 2, "Usage"),
    "unknown-command": (["frobnicate"], 2, "No such command"),
    "unknown-option": (["list", "--bogus"], 2, "No such option"),
    "show-unknown": (["show", "Czechiaa"], 1, "did you mean 'Czechia'"),
    "show-empty-name": (["show", ""], 1, "unknown jurisdiction"),
    "show-huge-name": (["show", HUGE], 1, "unknown jurisdiction"),
    "show-impossible-date": (["show", "CZ", "--date", "2023-02-30"], 2, "not a date"),
    "show-words-as-date": (["show", "CZ", "--date", "yesterday"], 2, "YYYY-MM-DD"),
    "show-huge-date": (["show", "CZ", "--date", HUGE], 2, "not a date"),
    "show-missing-argument": (["show"], 2, "Missing argument"),
    "compare-unknown-topic": (["compare", "CZ", "--topic", "war"], 2, "choose from: foreign_service"),
    "compare-unknown-name": (["compare", "CZ", "Atlantis"], 1, "unknown jurisdiction 'Atlantis'"),
    "compare-bad-date": (["compare", "CZ", "--date", "01/01/2023"], 2, "not a date"),
    "search-negative-limit": (["search", "Act", "--limit", "-1"], 2, "--limit"),
    "search-zero-limit": (["search", "Act", "--limit", "0"], 2, "--limit"),
    "search-word-limit": (["search", "Act", "--limit", "many"], 2, "--limit"),
    "search-nothing": (["search", "zzzqqqxxx"], 1, "nothing matches"),
    "search-huge": (["search", HUGE], 1, "nothing matches"),
    "export-unknown-format": (["export", "--format", "pdf"], 2, "unknown format 'pdf'"),
    "export-no-format": (["export"], 2, "--format"),
    "check-unknown-serving-state": (["check", "--citizen", "CZ", "--serve-in", "Atlantis"], 1, "Atlantis"),
    "check-unknown-citizenship": (["check", "--citizen", "Atlantis", "--serve-in", "UA"], 1, "Atlantis"),
    "check-no-citizen": (["check", "--serve-in", "UA"], 2, "--citizen"),
    "cite-unknown-provision": (["cite", "zz:nothing:s1"], 1, "unknown provision"),
    "cite-unknown-style": (["cite", "cz:criminal-code:s321", "--style", "apa"], 2, "choose from: oscola, bluebook"),
    "check-unknown-role": (["check", "--citizen", "CZ", "--serve-in", "UA", "--role", "king"], 2, "choose from: "),
    "cite-huge-provision": (["cite", HUGE], 1, "unknown provision"),
    "validate-missing": (["validate", "/nonexistent/data"], 1, "not a directory"),
    "validate-root": (["validate", "/"], 1, "not a legal_ref data directory"),
    # tests/ has a jurisdictions/ folder (of test modules) in every checkout, unlike docs/, whose is generated.
    "validate-not-data": (["validate", str(REPO / "tests")], 1, "tests/organisations.yaml: required file is missing"),
    "data-missing": (["list", "--data", "/nonexistent/data"], 1, "not a directory"),
    "data-empty-string": (["list", "--data", ""], 1, "problem"),
    "compile-other-data-without-output": (["compile", "/tmp"], 2, "-o FILE"),
}


@pytest.mark.parametrize("case", list(ARGUMENTS), ids=list(ARGUMENTS))
def test_bad_arguments(case: str) -> None:
    args, expected, says = ARGUMENTS[case]
    code, out, err = cli(*args)
    assert code == expected, (code, out, err)
    assert says in err + out, err
    assert len(err) < 2000, "an argument is echoed whole"


# ---------------------------------------------------------------------------
# Output: files that cannot be written, standard output that is closed or cannot encode
# ---------------------------------------------------------------------------


def read_only(tmp: Path) -> Path:
    target = tmp / "ro.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o444)
    return target


def inside_a_file(tmp: Path) -> Path:
    (tmp / "file.txt").write_text("x", encoding="utf-8")
    return tmp / "file.txt" / "out.json"


OUTPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing-directory": (lambda tmp: tmp / "nowhere" / "out.json", "does not exist"),
    "a-directory": (lambda tmp: tmp, "is a directory"),
    "read-only-file": (read_only, "read-only"),
    "inside-a-file": (inside_a_file, "does not exist"),
}


@pytest.mark.parametrize("case", list(OUTPUTS), ids=list(OUTPUTS))
def test_export_to_a_path_that_cannot_be_written(tmp_path: Path, case: str) -> None:
    make, says = OUTPUTS[case]
    target = make(tmp_path)
    code, _, err = cli("export", "--format", "csv", "-o", str(target))
    assert code == 1 and says in err and err.count("\n") == 1, err


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_export_to_a_full_disk() -> None:
    code, _, err = cli("export", "--format", "csv", "-o", "/dev/full")
    assert code == 1 and "No space left" in err


def test_export_to_a_file_is_atomic_and_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, _, _ = cli("export", "--format", "csv", "-o", str(target))
    assert code == 0 and target.read_text(encoding="utf-8").startswith("rule_id,")
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def run_module(
    *args: str, env: dict[str, str] | None = None, stdout: object = subprocess.PIPE, **kwargs: object
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "legal_ref", *args], stdout=stdout, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONWARNINGS": "ignore", **(env or {})}, timeout=120, **kwargs,
    )  # fmt: skip


def test_closed_stdout() -> None:
    result = run_module("list", "--json", stdout=subprocess.DEVNULL, preexec_fn=lambda: os.close(1))
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr and b"standard output is closed" in result.stderr


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
@pytest.mark.parametrize("command", [["show", "CZ"], ["export", "--format", "json"], ["list", "--json"]])
def test_stdout_that_cannot_encode_every_character(encoding: str, command: list[str]) -> None:
    result = run_module(*command, env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0, result.stderr
    assert b"Traceback" not in result.stderr
    if command[0] != "show":
        import json

        json.loads(result.stdout.decode("utf-8"))  # data is written as UTF-8, whole


def test_broken_pipe() -> None:
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    result = run_module("export", "--format", "json", stdout=reader.stdin)
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait()
    assert b"Traceback" not in result.stderr and b"Exception ignored" not in result.stderr


# ---------------------------------------------------------------------------
# The Python API: wrong types are refused, unknown names suggest close matches
# ---------------------------------------------------------------------------

API: dict[str, tuple[Callable[[Library], object], type[Exception], str]] = {
    "getitem-none": (lambda lib: lib[None], TypeError, "not NoneType"),  # type: ignore[index]
    "getitem-int": (lambda lib: lib[3], TypeError, "not int"),  # type: ignore[index]
    "getitem-bytes": (lambda lib: lib[b"CZ"], TypeError, "not bytes"),  # type: ignore[index]
    "getitem-list": (lambda lib: lib[["CZ"]], TypeError, "not list"),  # type: ignore[index]
    "get-none": (lambda lib: lib.get(None), TypeError, "not NoneType"),  # type: ignore[arg-type]
    "getitem-unknown": (lambda lib: lib["Czechiaa"], UnknownNameError, "did you mean 'Czechia'"),
    "getitem-homoglyph": (lambda lib: lib["\u0421Z"], UnknownNameError, "U+0421 CYRILLIC CAPITAL LETTER ES"),
    "getitem-empty": (lambda lib: lib[""], UnknownNameError, "unknown jurisdiction"),
    "getitem-huge": (lambda lib: lib[HUGE], UnknownNameError, "…"),
    "rules-as-of-str": (lambda lib: lib.rules(as_of="2024-01-01"), TypeError, "date.fromisoformat"),  # type: ignore[arg-type]
    "rules-as-of-datetime": (lambda lib: lib.rules(as_of=datetime(2024, 1, 1)), TypeError, ".date()"),
    "rules-as-of-int": (lambda lib: lib.rules(as_of=20240101), TypeError, "not int"),  # type: ignore[arg-type]
    "rules-topic-int": (lambda lib: lib.rules(topic=3), TypeError, "not int"),  # type: ignore[arg-type]
    "rules-topic-unknown": (lambda lib: lib.rules(topic="war"), UnknownNameError, "choose from: foreign_service"),
    "rules-regime-unknown": (lambda lib: lib.rules(regime="banned"), UnknownNameError, "prohibited"),
    "rules-jurisdiction-int": (lambda lib: lib.rules(jurisdiction=5), TypeError, "not int"),  # type: ignore[arg-type]
    "rules-jurisdiction-none-inside": (lambda lib: lib.rules(jurisdiction=["CZ", None]), TypeError, "NoneType"),  # type: ignore[list-item]
    "answer-unknown-topic": (lambda lib: lib.answer("CZ", "war"), UnknownNameError, "choose from"),
    "answer-as-of-str": (lambda lib: lib.answer("CZ", "foreign_service", "2024-01-01"), TypeError, "date"),  # type: ignore[arg-type]
    "compare-as-of-datetime": (
        lambda lib: lib.compare("foreign_service", ["CZ"], datetime(2024, 1, 1)),
        TypeError,
        ".date()",
    ),
    "compare-topic-none": (lambda lib: lib.compare(None), TypeError, "not NoneType"),  # type: ignore[arg-type]
    "provision-none": (lambda lib: lib.provision(None), TypeError, "not NoneType"),  # type: ignore[arg-type]
    "provision-unknown": (lambda lib: lib.provision("cz:criminal-code:s999"), UnknownNameError, "unknown provision"),
    "rule-none": (lambda lib: lib.rule(None), TypeError, "not NoneType"),  # type: ignore[arg-type]
    "cite-none": (lambda lib: lib.cite(None), TypeError, "not NoneType"),  # type: ignore[arg-type]
    "search-none": (lambda lib: lib.search(None), TypeError, "not NoneType"),  # type: ignore[arg-type]
    "search-list": (lambda lib: lib.search(["Act"]), TypeError, "not list"),  # type: ignore[arg-type]
    "jurisdiction-rule-unknown": (lambda lib: lib["CZ"].rule("nope"), UnknownNameError, "unknown rule id 'nope'"),
    "jurisdiction-rule-none": (lambda lib: lib["CZ"].rule(None), TypeError, "not NoneType"),  # type: ignore[arg-type]
    "jurisdiction-instrument-unknown": (lambda lib: lib["CZ"].instrument("nope"), UnknownNameError, "instrument"),
    "jurisdiction-source-unknown": (lambda lib: lib["CZ"].source("nope"), KeyError, "source"),
}


@pytest.mark.parametrize("case", list(API), ids=list(API))
def test_api_refuses_wrong_arguments(lib: Library, case: str) -> None:
    call, error, says = API[case]
    with pytest.raises(error) as info:
        call(lib)
    assert says in str(info.value)
    assert len(str(info.value)) < 2000


LOADS: dict[str, tuple[object, type[Exception], str]] = {
    "empty-string": ("", DataError, "no data directory given"),
    "blank-string": ("   ", DataError, "no data directory given"),
    "int": (5, TypeError, "not int"),
    "bytes": (b"data", TypeError, "not bytes"),
    "missing": ("/nonexistent/data", DataError, "not a directory"),
    "root": ("/", DataError, "not a legal_ref data directory"),
}


@pytest.mark.parametrize("case", list(LOADS), ids=list(LOADS))
def test_load_refuses_what_is_no_data_directory(case: str) -> None:
    argument, error, says = LOADS[case]
    with pytest.raises(error, match=re.escape(says)):
        legal_ref.load(argument)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["UK", "uk", "Britain", "Great Britain", "United Kingdom", "GBR", "gb"])
def test_common_names_of_the_united_kingdom(lib: Library, name: str) -> None:
    assert lib[name].code == "GB"


def test_unknown_names_are_key_errors_too(lib: Library) -> None:
    with pytest.raises(KeyError):
        lib["CZ"].rule("nope")
    with pytest.raises(LookupError):
        lib["Atlantis"]


def test_main_types_are_importable_from_the_package() -> None:
    from legal_ref import Assessment, BundleError, Jurisdiction, Library, Provision, Rule, TimeStatus, Topic

    assert {Assessment.__name__, Jurisdiction.__name__, Library.__name__, Provision.__name__} == {
        "Assessment",
        "Jurisdiction",
        "Library",
        "Provision",
    }
    assert Rule and TimeStatus.IN_FORCE and Topic.FOREIGN_SERVICE and BundleError
    with pytest.raises(AttributeError):
        legal_ref.Nothing  # type: ignore[attr-defined]  # noqa: B018


def test_lazy_building_is_thread_safe() -> None:
    lib = loading.load_bundle(loading.bundle_path())
    barrier = threading.Barrier(8)
    got: list[object] = []

    def build() -> None:
        barrier.wait()
        got.append(lib["CZ"])

    threads = [threading.Thread(target=build) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 8 and all(j is got[0] for j in got)


# ---------------------------------------------------------------------------
# Dates: a rule is not in force on its end date (a test that bites)
# ---------------------------------------------------------------------------


def test_a_rule_is_not_in_force_on_its_end_date(tmp_path: Path) -> None:
    from legal_ref.periods import TimeStatus

    text = sub(RULE_VALID, "    valid: {start: 2000-01-01, end: 2010-01-01, repealed_by: Test Act 2010}\n    rests_on")
    lib = legal_ref.load(make_data_dir(tmp_path, {"ad.yaml": text}))
    assert [r.uid for r in lib.rules(as_of=date(2009, 12, 31))] == ["ad:service"]
    on_end = lib.rules(as_of=date(2010, 1, 1))
    assert list(on_end) == [] and [(r.uid, s) for r, s in on_end.excluded] == [("ad:service", TimeStatus.ENDED)]
    assert [r.uid for r in lib.rules(as_of=date(2000, 1, 1))] == ["ad:service"]  # in force on its start date
    before = lib.rules(as_of=date(1999, 12, 31))
    assert [s for _, s in before.excluded] == [] and before.outside_coverage == ("AD",)
    assert lib.answer("AD", "foreign_service", date(2010, 1, 1)).status is TimeStatus.ENDED
    assert lib.answer("AD", "foreign_service", date(2009, 12, 31)).status is TimeStatus.IN_FORCE
