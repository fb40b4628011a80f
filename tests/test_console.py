"""The console script's short path for ``check`` answers exactly as the full command line, and imports less."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from legal_ref import console
from legal_ref.cli import app

PLAIN_CHECKS = [
    ["--citizen", "CZ", "--serve-in", "UA"],
    ["--citizen=CZ", "--serve-in=UA", "-v"],
    ["--citizen", "CZ", "--citizen", "SK", "--serve-in", "UA", "--date", "2023-05-01"],
    ["--citizen", "GB", "--serve-in", "US", "--role", "officer", "--verbose"],
    ["--citizen", "UA", "--serve-in", "UA"],
    ["--citizen", "DE", "--serve-in", "Ukraine", "--date", "2010-01-01"],
    ["--citizen", "RU", "--serve-in", "UA", "--role", "private contractor"],
    ["--citizen", "CZ", "--serve-in", "UA", "--json"],
]


@pytest.mark.parametrize("args", PLAIN_CHECKS, ids=" ".join)
def test_short_path_prints_what_the_full_command_prints(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    full = CliRunner().invoke(app, ["check", *args])
    assert full.exit_code == 0, full.output
    capsys.readouterr()
    assert console._quick_check(args) == 0
    assert capsys.readouterr().out == full.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["--citizen", "CZ"],  # --serve-in missing: the full command's usage error
        ["--citizen", "CZ", "--serve-in"],
        ["--citizen", "CZ", "--serve-in", "UA", "--serve-in", "SK"],
        ["--citizen", "CZ", "--serve-in", "UA", "--bogus"],
        ["--citizen", "CZ", "--serve-in", "-x"],
        ["--citizen", "CZ", "--serve-in", "UA", "extra"],
        ["--citizen", "CZ", "--serve-in", "UA", "--json=yes"],
        ["--citizen", "CZ", "--serve-in", "UA", "--date", "2023-13-01"],
        ["--citizen", "CZ", "--serve-in", "UA", "--role", "pirate"],
        ["--citizen", "CZ", "--serve-in", "Narnia"],
        ["--citizen", "CZ", "--serve-in", "UA", "--data", "data"],
    ],
    ids=" ".join,
)
def test_anything_but_a_plain_successful_check_goes_to_the_full_command(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert console._quick_check(args) is None
    assert capsys.readouterr() == ("", "")


def test_styling_is_left_to_rich_when_the_environment_asks_for_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert console._quick_check(["--citizen", "CZ", "--serve-in", "UA"]) is None


def _modules_after(code: str) -> set[str]:
    fresh = "import warnings; from legal_ref.loading import StaleBundleWarning; "
    fresh += "warnings.simplefilter('error', StaleBundleWarning)\n"
    run = subprocess.run(
        [sys.executable, "-c", f"{fresh}{code}\nimport sys; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
    )
    if "changed since the bundle was compiled" in run.stderr or "StaleBundleWarning" in run.stderr:
        pytest.skip("data/ changed since the bundle was compiled: load() reads the YAML (run `legal-ref compile`)")
    assert run.returncode == 0, run.stderr
    return set(run.stdout.split())


def test_a_lookup_imports_no_command_line_yaml_or_package_metadata() -> None:
    loaded = _modules_after("import legal_ref; legal_ref.load()['CZ']")
    assert not loaded & {"typer", "click", "rich", "ruamel.yaml", "importlib.metadata", "legal_ref.cli"}


def test_the_short_check_imports_no_command_line_library() -> None:
    code = (
        "import io, sys; sys.stdout = io.StringIO()\n"
        "sys.argv = ['legal-ref', 'check', '--citizen', 'CZ', '--serve-in', 'UA']\n"
        "from legal_ref.console import _quick_check\n"
        "assert _quick_check(sys.argv[2:]) == 0\nsys.stdout = sys.__stdout__"
    )
    loaded = _modules_after(code)
    assert not loaded & {"typer", "click", "rich", "ruamel.yaml", "importlib.metadata", "legal_ref.cli"}


def test_the_whole_process_prints_the_whole_answer_and_exits_0() -> None:
    args = ["check", "--citizen", "CZ", "--citizen", "SK", "--serve-in", "UA", "-v"]
    run = subprocess.run([sys.executable, "-m", "legal_ref", *args], capture_output=True)
    if b"changed since the bundle was compiled" in run.stderr:
        pytest.skip("data/ changed since the bundle was compiled (run `legal-ref compile`)")
    full = CliRunner().invoke(app, args)
    assert (run.returncode, run.stderr) == (0, b"")
    assert run.stdout.decode("utf-8") == full.stdout


@pytest.mark.parametrize(
    ("term", "expected"), [("xterm-256color", True), ("DUMB", None), ("unknown", None), ("", None)]
)
def test_a_terminal_gets_bold_only_where_rich_would_print_it(
    monkeypatch: pytest.MonkeyPatch, term: str, expected: bool | None
) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

    for name in console._RICH_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", term)
    monkeypatch.setattr(sys, "stdout", Terminal())
    assert console._styled() is (expected if console.os.name == "posix" else None)
