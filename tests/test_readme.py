"""The README's promises hold: its Python examples run as written, and CI runs its test command."""

from __future__ import annotations

import re

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_python_examples_run_as_written() -> None:
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.S)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})


def test_readme_opens_with_the_two_commands() -> None:
    commands = re.findall(r"```sh\n(.*?)```", README, flags=re.S)[0]
    lines = [line for line in commands.splitlines() if line and not line.startswith("#")]
    assert len(lines) == 2
    assert "pytest" in lines[1]


def test_ci_runs_the_readme_test_command() -> None:
    commands = re.findall(r"```sh\n(.*?)```", README, flags=re.S)[0]
    test_command = next(line for line in commands.splitlines() if "pytest" in line)
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8")
