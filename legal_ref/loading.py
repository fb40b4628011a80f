"""Reading the YAML data with line numbers, validating it, and the compiled bundle that users load.

Authors edit YAML under ``data/``; ``compile_bundle`` validates it and writes one
JSON bundle into the package, which ``load()`` reads without YAML parsing and
without re-running the cross-file checks (they passed when the bundle was made,
and a test keeps the bundle equal to the data).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from legal_ref.errors import DataError, Problem

if TYPE_CHECKING:
    from pydantic import BaseModel
    from pydantic_core import ErrorDetails

    from legal_ref.library import Library
    from legal_ref.models import Dataset

M = TypeVar("M", bound="BaseModel")

BUNDLE_NAME = "bundle.json"
DIGEST_NAME = "bundle.sha256"
ORGANISATIONS_FILE = "organisations.yaml"
CONFLICTS_FILE = "conflicts.yaml"
UN_MEMBERS_FILE = "un-members.yaml"
JURISDICTIONS_DIR = "jurisdictions"


def source_data_dir() -> Path:
    """The YAML data directory shipped with the package (or the checkout's ``data/``)."""
    packaged = Path(str(resources.files("legal_ref").joinpath("data")))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "data"


def bundle_path() -> Path:
    """Where the compiled bundle lives inside the package."""
    return Path(str(resources.files("legal_ref._data").joinpath(BUNDLE_NAME)))


# ---------------------------------------------------------------------------
# YAML with positions
# ---------------------------------------------------------------------------


def _yaml() -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.constructor import RoundTripConstructor

    class _Constructor(RoundTripConstructor):
        # An impossible date (2023-02-30) would raise a bare ValueError without a
        # position; keep it as text so validation reports it with its line.
        def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
            try:
                return super().construct_yaml_timestamp(node, values)
            except ValueError:
                return self.construct_scalar(node)

    _Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    return yaml


def _line_of(root: Any, loc: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the deepest part of ``loc`` that exists in the YAML tree."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    node, line = root, 1
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line = node.lc.key(part)[0] + 1
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line = node.lc.item(part)[0] + 1
            node = node[part]
        elif isinstance(part, str) and not part.isidentifier():
            continue  # pydantic's own steps such as 'function-after[...]'
        else:
            break
    return line


def _format_path(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}" if out else part
    return out


def _describe(error: ErrorDetails) -> str:
    kind: str = error["type"]
    msg: str = error["msg"]
    found = error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (not part of the format; check its spelling)"
    msg = msg.removeprefix("Value error, ")
    if isinstance(found, (str, int, float, bool)) or found is None:
        shown = repr(found) if not isinstance(found, str) or len(found) < 60 else repr(found[:57] + "...")
        return f"{msg}; found {shown}"
    return msg


def _read(path: Path, display: str) -> tuple[Any, list[Problem]]:
    from ruamel.yaml.error import MarkedYAMLError

    try:
        with path.open(encoding="utf-8") as handle:
            return _yaml().load(handle), []
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        if type(exc).__name__ == "DuplicateKeyError":
            what = f"{exc.problem} (a key may appear once in a mapping)"
        return None, [Problem(display, line, "", f"YAML error: {what}")]
    except UnicodeDecodeError as exc:
        return None, [Problem(display, None, "", f"not UTF-8 text: {exc}")]


def _validate(model: type[BaseModel], data: Any, root: Any, display: str) -> tuple[Any, list[Problem]]:
    from pydantic import ValidationError

    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        errors = exc.errors()
        # A list whose items failed is also reported as too short once they are dropped: noise, not a problem.
        errors = [
            e
            for e in errors
            if not (
                e["type"] == "too_short" and any(o is not e and o["loc"][: len(e["loc"])] == e["loc"] for o in errors)
            )
        ]
        return None, [Problem(display, _line_of(root, e["loc"]), _format_path(e["loc"]), _describe(e)) for e in errors]


def _display(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base.parent))
    except ValueError:
        return str(path)


def _files(data_dir: Path) -> Iterator[Path]:
    yield from sorted((data_dir / JURISDICTIONS_DIR).glob("*.yaml"))


def read_dataset(data_dir: Path | str, *, today: date | None = None) -> Dataset:
    """Read, validate and cross-check a data directory; raise :class:`DataError` listing every problem."""
    from legal_ref.checks import check_dataset, check_jurisdiction
    from legal_ref.models import ConflictRegistry, Dataset, Jurisdiction, OrganisationRegistry, StateList

    base = Path(data_dir)
    today = today or date.today()
    problems: list[Problem] = []
    if not base.is_dir():
        raise DataError([Problem(str(base), None, "", "not a directory")])

    def shared(name: str, model: type[M]) -> M | None:
        """A file of shared data (organisations, conflicts, UN members), or None when absent or invalid."""
        path = base / name
        if not path.exists():
            return None
        display = _display(path, base)
        raw, found = _read(path, display)
        problems.extend(found)
        if raw is None:
            return None
        parsed, found = _validate(model, raw, raw, display)
        problems.extend(found)
        return cast("M | None", parsed)

    registry = shared(ORGANISATIONS_FILE, OrganisationRegistry)
    organisations = registry.organisations if registry else ()
    conflict_registry = shared(CONFLICTS_FILE, ConflictRegistry)
    conflicts = conflict_registry.conflicts if conflict_registry else ()
    un_members = shared(UN_MEMBERS_FILE, StateList)
    org_display = _display(base / ORGANISATIONS_FILE, base)

    jurisdictions: list[Jurisdiction] = []
    roots: dict[str, tuple[Any, str]] = {}
    for path in _files(base):
        display = _display(path, base)
        raw, found = _read(path, display)
        problems += found
        if raw is None:
            continue
        jurisdiction, found = _validate(Jurisdiction, raw, raw, display)
        problems += found
        if jurisdiction is None:
            continue
        if path.stem != jurisdiction.code.lower():
            problems.append(
                Problem(
                    display,
                    _line_of(raw, ("code",)),
                    "code",
                    f"file name must be the lower-case code: {jurisdiction.code.lower()}.yaml",
                )
            )
        for loc, message in check_jurisdiction(jurisdiction, today):
            problems.append(Problem(display, _line_of(raw, loc), _format_path(loc), message))
        roots[jurisdiction.code] = (raw, display)
        jurisdictions.append(jurisdiction)

    dataset = Dataset(
        organisations=organisations, conflicts=conflicts, un_members=un_members, jurisdictions=tuple(jurisdictions)
    )
    for code, loc, message in check_dataset(dataset):
        file_of = {"conflicts": CONFLICTS_FILE, "un-members": UN_MEMBERS_FILE}
        display = _display(base / file_of[str(loc[0])], base) if str(loc[0]) in file_of else org_display
        raw, display = roots[code] if code else (None, display)
        problems.append(Problem(display, _line_of(raw, loc) if raw is not None else None, _format_path(loc), message))
    if problems:
        raise DataError(problems)
    return dataset


# ---------------------------------------------------------------------------
# The compiled bundle
# ---------------------------------------------------------------------------


def data_digest(data_dir: Path | str) -> str:
    """A SHA-256 over the data directory's YAML files (names and contents), to tell whether a bundle is current."""
    import hashlib

    base = Path(data_dir)
    digest = hashlib.sha256()
    for path in sorted(base.rglob("*.yaml")):
        digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def dump_dataset(dataset: Dataset) -> str:
    """A byte-stable JSON serialisation of a dataset (sorted keys, UTF-8, no defaults)."""
    payload = dataset.model_dump(mode="json", exclude_defaults=True)
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def compile_bundle(data_dir: Path | str | None = None, target: Path | None = None) -> Path:
    """Validate ``data_dir`` (default: the shipped data) and write the bundle that ``load()`` reads."""
    source = Path(data_dir or source_data_dir())
    dataset = read_dataset(source)
    target = target or bundle_path()
    target.write_text(dump_dataset(dataset), encoding="utf-8")
    target.with_name(DIGEST_NAME).write_text(data_digest(source) + "\n", encoding="utf-8")
    return target


def load_bundle(path: Path | str, *, validate: bool = False) -> Library:
    """A library from a compiled bundle file (as written by ``compile_bundle``).

    The bundle was validated when it was compiled, so by default its objects are
    built directly from the JSON without running validation again (which would
    cost the build of every validation schema at start-up). ``validate=True``
    validates it in full instead.
    """
    from legal_ref.library import Library
    from legal_ref.models import Dataset

    raw = Path(path).read_bytes()
    if validate:
        return Library(Dataset.model_validate_json(raw))
    return Library.from_bundle(json.loads(raw))


_lock = threading.Lock()
_cached: Library | None = None


def load(path: Path | str | None = None) -> Library:
    """The validated library.

    Without ``path``, the data shipped with the package, read from the compiled
    bundle and cached after the first call. With ``path``, the YAML data directory
    at that path, validated in full (for contributors and tests); a problem raises
    :class:`~legal_ref.errors.DataError` listing every problem with ``file:line``.
    """
    from legal_ref.library import Library

    global _cached
    if path is not None:
        # A data directory identical to the one the shipped bundle was compiled from needs no re-reading.
        recorded = bundle_path().with_name(DIGEST_NAME)
        if recorded.exists() and recorded.read_text(encoding="utf-8").strip() == data_digest(path):
            return load()
        return Library(read_dataset(path))
    with _lock:
        if _cached is None:
            _cached = load_bundle(bundle_path())
        return _cached
