"""Property: however a valid data file is damaged, the loader answers with problems (or a library), never a crash."""

from __future__ import annotations

import json
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legal_ref.errors import DataError
from legal_ref.loading import read_dataset
from tests.conftest import MINIMAL, make_data_dir


def _plain() -> Any:
    from ruamel.yaml import YAML

    return json.loads(json.dumps(YAML(typ="safe").load(MINIMAL), default=str))


BASE = _plain()


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(BASE)
CONTROL = st.sampled_from(["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028", "\ufffe"])
ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["2023-02-30", "9999-99-99", "", "QQ", "СZ", "https://a@b.example/", "-1 years", "life"]),
)


def _load(text: str | bytes) -> None:
    """Read a data directory holding ``text`` as its one jurisdiction file: problems or a dataset, nothing else."""
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data_dir(Path(tmp), {})
        target = data / "jurisdictions" / "ad.yaml"
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8", newline="")
        try:
            read_dataset(data, today=date(2026, 12, 4))
        except DataError as exc:
            assert exc.problems
            for problem in exc.problems:
                assert problem.file.startswith("data/") and problem.message
                assert problem.line is None or problem.line >= 1
                assert len(str(problem)) < 2000


def _set(tree: Any, path: tuple[Any, ...], value: Any) -> Any:
    copy = json.loads(json.dumps(tree))
    node = copy
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return copy


def _delete(tree: Any, path: tuple[Any, ...]) -> Any:
    copy = json.loads(json.dumps(tree))
    node = copy
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return copy


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.sampled_from(PATHS))
def test_deleting_a_key_or_item(path: tuple[Any, ...]) -> None:
    _load(json.dumps(_delete(BASE, path), ensure_ascii=False, indent=1))


@SETTINGS
@given(st.sampled_from(PATHS), ODD_VALUES)
def test_changing_a_value_or_its_type(path: tuple[Any, ...], value: Any) -> None:
    _load(json.dumps(_set(BASE, path, value), ensure_ascii=False, indent=1))


@SETTINGS
@given(st.integers(min_value=0, max_value=len(MINIMAL)), CONTROL)
def test_inserting_a_control_character(position: int, char: str) -> None:
    text = MINIMAL[:position] + char + MINIMAL[position:]
    with tempfile.TemporaryDirectory() as tmp:
        data = make_data_dir(Path(tmp), {"ad.yaml": text})
        try:
            read_dataset(data, today=date(2026, 12, 4))
        except DataError as exc:
            (problem,) = exc.problems
            assert "control character" in problem.message and problem.line == MINIMAL.count("\n", 0, position) + 1
        else:
            raise AssertionError("a control character was accepted")


@SETTINGS
@given(st.integers(min_value=0, max_value=len(MINIMAL) - 1))
def test_truncating(length: int) -> None:
    _load(MINIMAL[:length])


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes(content: bytes) -> None:
    _load(content)


@SETTINGS
@given(st.text(max_size=300))
def test_arbitrary_text(content: str) -> None:
    _load(content)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(MINIMAL) - 1), st.integers(min_value=0, max_value=255))
def test_flipping_a_byte(position: int, value: int) -> None:
    raw = bytearray(MINIMAL.encode("utf-8"))
    raw[position] = value
    _load(bytes(raw))
