"""Reading the YAML data with line numbers, validating it, and the compiled bundle that users load.

Authors edit YAML under ``data/``; ``compile_bundle`` validates it and writes one
JSON bundle into the package, which ``load()`` reads without YAML parsing and
without re-running the cross-file checks (they passed when the bundle was made,
and a test keeps the bundle equal to the data).

The bundle's first line is a header naming its format version, the SHA-256 of
the rest of the file and the digest of the data it was compiled from; ``load()``
checks the first two by hashing bytes (no validation), and in a checkout also
whether ``data/`` changed since the bundle was compiled.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import threading
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TypeVar, cast

from legal_ref.errors import BundleError, DataError, Problem

if TYPE_CHECKING:
    import mmap

    from pydantic import BaseModel
    from pydantic_core import ErrorDetails

    from legal_ref.library import Library
    from legal_ref.models import Dataset

M = TypeVar("M", bound="BaseModel")

_PACKAGE = Path(__file__).parent
"""The installed package's directory (what ``importlib.resources.files`` gives for it, without importing that)."""
BUNDLE_NAME = "bundle.json"
BUNDLE_FORMAT = 3
"""The version of the bundle's layout; a bundle of another version is refused with a way to recover.

Format 3: a header line (format, payload size, SHA-256 of the payload, a map of where each part lies with the
part's own SHA-256, and a SHA-256 of that map), then the payload. A lookup reads and checks only its part."""
ORGANISATIONS_FILE = "organisations.yaml"
CONFLICTS_FILE = "conflicts.yaml"
UN_MEMBERS_FILE = "un-members.yaml"
JURISDICTIONS_DIR = "jurisdictions"
SHARED_FILES = (ORGANISATIONS_FILE, CONFLICTS_FILE, UN_MEMBERS_FILE)
MAX_FILE_BYTES = 2_000_000
"""The largest data file read (the largest real one is under 100 kB): a guard against minutes of parsing."""
MAX_DEPTH = 40
"""The deepest nesting of mappings and lists a data file may have (the format needs fewer than 15 levels)."""
MAX_VALUES = 200_000
"""The most values (mappings, lists, scalars) a data file may hold, aliases expanded (the largest has ~1,500)."""

RECOVER = "reinstall legal-ref, or in a checkout run `legal-ref compile`"

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


class StaleBundleWarning(UserWarning):
    """In a checkout, ``data/`` changed since the bundle was compiled; ``load()`` read ``data/`` itself."""


def source_data_dir() -> Path:
    """The YAML data directory shipped with the package (or the checkout's ``data/``)."""
    packaged = _PACKAGE / "data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "data"


def _checkout_data_dir() -> Path | None:
    """The checkout's ``data/`` when legal_ref runs from a source checkout (not an installed wheel), else None."""
    if (_PACKAGE / "data").is_dir():
        return None
    root = Path(__file__).resolve().parent.parent
    data = root / "data"
    return data if (root / "pyproject.toml").is_file() and data.is_dir() else None


def bundle_path() -> Path:
    """Where the compiled bundle lives inside the package."""
    return _PACKAGE / "_data" / BUNDLE_NAME


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


_PATTERNS = {
    r"^[a-z0-9][a-z0-9-]*$": "an id of lower-case letters, digits and hyphens (e.g. criminal-code)",
    r"^[a-z0-9][a-z0-9-]*:[a-z0-9][a-z0-9-]*$": "a provision reference <instrument-id>:<provision-id> (e.g. code:s321)",
    r"^(?:[A-Z]{2}|INT)$": "an ISO 3166-1 alpha-2 code in capitals (e.g. CZ) or INT",
    r"^[A-Z][A-Z0-9]{1,15}$": "an organisation id in capitals (e.g. NATO)",
    r"^[A-Z]{3}$": "an ISO 4217 currency code in capitals (e.g. EUR)",
    r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$": "a language tag (e.g. cs, en-GB)",
    r"^L\d{2}$": "a GLOBALCIT mode (e.g. L01)",
    r"^[a-z0-9.-]+\.[a-z]{2,}$": "a host name in lower case (e.g. www.legislation.gov.uk)",
    r"\{locator\}": "a template containing {locator}",
}


def _lookalikes(text: str) -> str | None:
    """A description of the first non-ASCII character of ``text`` (a homoglyph such as Cyrillic С), if any."""
    import unicodedata

    for position, char in enumerate(text, start=1):
        if not char.isascii():
            name = unicodedata.name(char, "unnamed character")
            return f"character {position} is {char!r} (U+{ord(char):04X} {name}), not an ASCII letter or digit"
    return None


def _shown(found: Any) -> str:
    return repr(found) if not isinstance(found, str) or len(found) < 60 else repr(found[:57] + "...")


def _describe(error: ErrorDetails) -> str:
    kind: str = error["type"]
    msg: str = error["msg"]
    found = error.get("input")
    if kind == "missing":
        return "required field is missing"
    if kind == "extra_forbidden":
        return "unknown field (not part of the format; check its spelling)"
    if kind == "string_pattern_mismatch":
        pattern = str((error.get("ctx") or {}).get("pattern", ""))
        expected = _PATTERNS.get(pattern, "a value of another form")
        odd = _lookalikes(found) if isinstance(found, str) else None
        return f"expected {expected}; found {_shown(found)}" + (f": {odd}" if odd else "")
    msg = msg.removeprefix("Value error, ")
    if (isinstance(found, (str, int, float, bool)) or found is None) and _shown(found) not in msg:
        return f"{msg}; found {_shown(found)}"
    return msg


def _too_large(node: Any) -> str | None:
    """Why ``node`` is too deep or too big to validate (aliases can multiply a small file), or None.

    Walked iteratively, so that no recursion limit is reached here.
    """
    stack = [(node, 0)]
    count = 0
    while stack:
        item, level = stack.pop()
        count += 1
        if level > MAX_DEPTH:
            return f"nested too deeply (more than {MAX_DEPTH} levels)"
        if count > MAX_VALUES:
            return f"more than {MAX_VALUES:,} values once its aliases are expanded; write the values out"
        if isinstance(item, dict):
            stack.extend((v, level + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, level + 1) for v in item)
    return None


def _read(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """The YAML tree of ``path`` with positions, or None and the problems that prevented reading it."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    def fail(message: str, line: int | None = None) -> tuple[Any, list[Problem]]:
        return None, [Problem(display, line, "", message)]

    if path.is_symlink() and not path.exists():
        return fail("a symbolic link to nothing (its target is missing)")
    if path.is_dir():
        return fail("a directory, not a data file")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return fail(f"{size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for one data file; split it")
        raw = path.read_bytes()
    except OSError as exc:
        return fail(f"cannot be read: {exc.strerror or exc}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return fail(f"not UTF-8 text: byte 0x{raw[exc.start]:02x} cannot be decoded", line)
    text = text.removeprefix("\ufeff")
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        column = control.start() - (text.rfind("\n", 0, control.start()) + 1) + 1
        return fail(f"control character U+{ord(control.group()):04X} at column {column}; remove it", line)
    if not text.strip() or all(not x.strip() or x.lstrip().startswith("#") for x in text.splitlines()):
        return fail("the file is empty (or holds only comments)")
    try:
        tree = _yaml().load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = mark.line + 1 if mark else None
        what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        if type(exc).__name__ == "DuplicateKeyError":
            what = f"{exc.problem} (a key may appear once in a mapping)"
        return fail(f"YAML error: {what}", at)
    except RecursionError:
        return fail(f"nested too deeply (more than {MAX_DEPTH} levels)")
    except (YAMLError, ValueError, TypeError) as exc:
        return fail(f"YAML error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
    if tree is None:
        return fail("the file is empty (or holds only comments)")
    too_large = _too_large(tree)
    if too_large:
        return fail(too_large)
    if not isinstance(tree, dict):
        return fail(f"expected a mapping of fields at the top level; found a {type(tree).__name__}", 1)
    return tree, []


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
    except RecursionError:
        return None, [Problem(display, None, "", f"nested too deeply (more than {MAX_DEPTH} levels)")]


def _raw_references(raw: dict[str, Any]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """References that resolve nowhere, found in a file that failed validation (so that they are reported too)."""

    def items(value: Any) -> list[tuple[int, Any]]:
        return list(enumerate(value)) if isinstance(value, list) else []

    def ids(value: Any) -> set[str]:
        return {str(x.get("id")) for _, x in items(value) if isinstance(x, dict) and "id" in x}

    sources = ids(raw.get("sources"))
    provisions = {
        f"{ins.get('id')}:{p.get('id')}"
        for _, ins in items(raw.get("instruments"))
        if isinstance(ins, dict)
        for _, p in items(ins.get("provisions"))
        if isinstance(p, dict)
    }
    rules = ids(raw.get("rules"))

    def refs(loc: tuple[str | int, ...], value: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
        for k, sid in items(value):
            if isinstance(sid, str) and sid not in sources:
                yield (*loc, k), f"source {sid!r} is not among this file's sources"

    for key in ("memberships", "instruments", "rules", "events"):
        for i, item in items(raw.get(key)):
            if isinstance(item, dict):
                yield from refs((key, i, "sources"), item.get("sources"))
    for i, ins in items(raw.get("instruments")):
        for k, p in items(ins.get("provisions") if isinstance(ins, dict) else None):
            for v, version in items(p.get("versions") if isinstance(p, dict) else None):
                if isinstance(version, dict):
                    where = ("instruments", i, "provisions", k, "versions", v, "sources")
                    yield from refs(where, version.get("sources"))
    for i, rule in items(raw.get("rules")):
        for k, key in items(rule.get("rests_on") if isinstance(rule, dict) else None):
            if isinstance(key, str) and key not in provisions:
                yield ("rules", i, "rests_on", k), f"provision {key!r} does not exist"
    for i, event in items(raw.get("events")):
        for k, rid in items(event.get("rules") if isinstance(event, dict) else None):
            if isinstance(rid, str) and rid not in rules:
                yield ("events", i, "rules", k), f"rule {rid!r} does not exist in this file"


def _display(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base.parent))
    except ValueError:
        return str(path)


def _entries(data_dir: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The jurisdiction files of a data directory, and the entries that look like data but are not read."""
    folder = data_dir / JURISDICTIONS_DIR
    files: list[Path] = []
    ignored: list[tuple[Path, str]] = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return files, ignored
    for path in entries:
        suffix = path.suffix
        if path.name.startswith("."):
            continue
        if suffix == ".yaml":
            files.append(path)
        elif suffix.lower() in (".yaml", ".yml"):
            wanted = f"{path.stem.lower()}.yaml"
            ignored.append((path, f"not read: data files are named <code>.yaml in lower case; rename it {wanted}"))
    return files, ignored


def _files(data_dir: Path) -> Iterator[Path]:
    yield from _entries(data_dir)[0]


def _check_path_argument(data_dir: object) -> Path:
    if not isinstance(data_dir, (str, os.PathLike)):
        raise TypeError(f"a data directory is a path (str or os.PathLike), not {type(data_dir).__name__}")
    if isinstance(data_dir, str) and not data_dir.strip():
        raise DataError([Problem("''", None, "", "no data directory given (an empty path)")])
    return Path(data_dir)


def read_dataset(data_dir: Path | str, *, today: date | None = None) -> Dataset:
    """Read, validate and cross-check a data directory; raise :class:`DataError` listing every problem."""
    from legal_ref.checks import check_dataset, check_jurisdiction
    from legal_ref.models import ConflictRegistry, Dataset, Jurisdiction, OrganisationRegistry, StateList

    base = _check_path_argument(data_dir)
    today = today or date.today()
    problems: list[Problem] = []
    if not base.is_dir():
        raise DataError([Problem(str(base), None, "", "not a directory")])
    if not (base / JURISDICTIONS_DIR).is_dir():
        raise DataError(
            [Problem(str(base), None, "", f"not a legal_ref data directory: it has no {JURISDICTIONS_DIR}/ folder")]
        )

    shared_roots: dict[str, Any] = {}

    def shared(name: str, model: type[M]) -> M | None:
        """A file of shared data (organisations, conflicts, UN members), or None when absent or invalid."""
        path = base / name
        display = _display(path, base)
        if not path.exists() and not path.is_symlink():
            problems.append(Problem(display, None, "", "required file is missing"))
            return None
        raw, found = _read(path, display)
        problems.extend(found)
        if raw is None:
            return None
        shared_roots[name] = raw
        parsed, found = _validate(model, raw, raw, display)
        problems.extend(found)
        return cast("M | None", parsed)

    registry = shared(ORGANISATIONS_FILE, OrganisationRegistry)
    organisations = registry.organisations if registry else ()
    conflict_registry = shared(CONFLICTS_FILE, ConflictRegistry)
    if CONFLICTS_FILE in shared_roots and "conflicts" not in shared_roots[CONFLICTS_FILE]:
        problems.append(
            Problem(
                _display(base / CONFLICTS_FILE, base), 1, "conflicts",
                "required field is missing (write `conflicts: []` when no conflict is recorded)",
            )
        )  # fmt: skip
    conflicts = conflict_registry.conflicts if conflict_registry else ()
    un_members = shared(UN_MEMBERS_FILE, StateList)

    files, ignored = _entries(base)
    problems += [Problem(_display(path, base), None, "", message) for path, message in ignored]
    if not files:
        problems.append(Problem(_display(base / JURISDICTIONS_DIR, base), None, "", "no jurisdiction files (*.yaml)"))

    jurisdictions: list[Jurisdiction] = []
    roots: dict[str, tuple[Any, str]] = {}
    for path in files:
        display = _display(path, base)
        raw, found = _read(path, display)
        problems += found
        if raw is None:
            continue
        jurisdiction, found = _validate(Jurisdiction, raw, raw, display)
        problems += found
        if jurisdiction is None:
            seen = {(p.path, p.line) for p in found}
            for loc, message in _raw_references(raw):
                if (_format_path(loc), _line_of(raw, loc)) not in seen:
                    problems.append(Problem(display, _line_of(raw, loc), _format_path(loc), message))
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
        if jurisdiction.code in roots:
            first_raw, first = roots[jurisdiction.code]
            code = jurisdiction.code
            line = _line_of(first_raw, ("code",))
            problems.append(Problem(first, line, "code", f"{code} is also defined in {display}"))
            problems.append(Problem(display, _line_of(raw, ("code",)), "code", f"{code} is already defined in {first}"))
            continue
        roots[jurisdiction.code] = (raw, display)
        jurisdictions.append(jurisdiction)

    dataset = Dataset(
        organisations=organisations, conflicts=conflicts, un_members=un_members, jurisdictions=tuple(jurisdictions)
    )
    shared_of: dict[str, tuple[str, str]] = {
        "conflicts": (CONFLICTS_FILE, "conflicts"),
        "un-members": (UN_MEMBERS_FILE, "members"),
    }
    for code, loc, message in check_dataset(dataset):
        if code:
            raw, display = roots[code]
            line = _line_of(raw, loc)
        else:
            name, key = shared_of.get(str(loc[0]), (ORGANISATIONS_FILE, str(loc[0])))
            display = _display(base / name, base)
            raw = shared_roots.get(name)
            loc = (key, *loc[1:])
            line = _line_of(raw, loc) if raw is not None else None
        problems.append(Problem(display, line, _format_path(loc), message))
    if problems:
        raise DataError(problems)
    return dataset


# ---------------------------------------------------------------------------
# The compiled bundle
# ---------------------------------------------------------------------------


def _digest_files(base: Path) -> list[Path]:
    names = [base / name for name in SHARED_FILES]
    return names + _entries(base)[0]


def data_digest(data_dir: Path | str) -> str:
    """A SHA-256 over the data directory's files (names and contents), to tell whether a bundle is current.

    Only the files the loader reads count; a file that cannot be read counts as its name alone.
    """
    base = _check_path_argument(data_dir)
    digest = hashlib.sha256()
    for path in _digest_files(base):
        try:
            content = path.read_bytes() if path.is_file() else b"\1missing"
        except OSError:
            content = b"\1unreadable"
        digest.update(path.relative_to(base).as_posix().encode() + b"\0" + content + b"\0")
    return digest.hexdigest()


def dump_dataset(dataset: Dataset) -> str:
    """A byte-stable JSON serialisation of a dataset (sorted keys, UTF-8, no defaults)."""
    payload = dataset.model_dump(mode="json", exclude_defaults=True)
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def bundle_text(dataset: Dataset, data_digest: str = "") -> str:
    """The bundle: a header line, then the payload (see :data:`BUNDLE_FORMAT`).

    The header holds the format version, the payload's size and checksum, the part map with each part's
    checksum, the map's own checksum, and the digest of the data the bundle was compiled from.
    """
    payload = dump_dataset(dataset)
    raw = payload.encode("utf-8")
    parts = _parts(payload)
    header = {
        "data_digest": data_digest,
        "format": BUNDLE_FORMAT,
        "index_sha256": _index_digest(parts),
        "parts": parts,
        "sha256": hashlib.sha256(raw).hexdigest(),
        "size": len(raw),
    }
    return json.dumps(header, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n" + payload


def _parts(payload: str) -> dict[str, Any]:
    """Where each jurisdiction and each shared part lies in the payload (byte offsets), with the names lookups use.

    ``load()`` parses a part only when it is first used; a bundle without this map is parsed whole.
    """
    raw = payload.encode("utf-8")
    data = json.loads(payload)
    cursor = 0

    def span(value: Any, prefix: bytes = b"") -> list[Any]:
        nonlocal cursor
        text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        start = raw.index(prefix + text, cursor) + len(prefix)
        cursor = start + len(text)
        return [start, cursor, hashlib.sha256(text).hexdigest()]

    shared: dict[str, list[Any]] = {}
    jurisdictions: list[list[Any]] = []
    for key in sorted(data):
        if key != "jurisdictions":
            shared[key] = span(data[key], json.dumps(key).encode() + b":")
            continue
        for j in data[key]:
            names = [n["text"] for n in j.get("names", ())]
            jurisdictions.append([j["code"], j["name"], names, *span(j)])
    return {"jurisdictions": jurisdictions, "shared": shared}


def _index_digest(parts: Any) -> str:
    """The SHA-256 of a part map, as the header writes it: a damaged map is never trusted for a lookup."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` via a temporary file in the same directory and a rename.

    A concurrent reader sees the old file or the new one, never a partial one.
    """
    import tempfile

    target = Path(target)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def compile_bundle(data_dir: Path | str | None = None, target: Path | str | None = None) -> Path:
    """Validate ``data_dir`` (default: the shipped data) and write the bundle that ``load()`` reads.

    The package's own bundle is written only from the shipped data: compiling another directory
    needs an explicit ``target``.
    """
    shipped = source_data_dir()
    source = _check_path_argument(data_dir) if data_dir is not None else shipped
    if target is None:
        if source.resolve() != shipped.resolve():
            raise BundleError(
                f"{source} is not the shipped data: give a target file for its bundle "
                "(the package's bundle is compiled from the shipped data only)"
            )
        target = bundle_path()
    target = Path(target)
    digest = data_digest(source)
    dataset = read_dataset(source)
    write_atomic(target, bundle_text(dataset, digest))
    return target


def _broken(where: Path, what: str) -> BundleError:
    return BundleError(f"the bundle {where} is {what}; {RECOVER}")


def _bundle_header(raw: bytes | mmap.mmap, where: Path) -> tuple[dict[str, Any], memoryview]:
    """The header and the payload (a view, not a copy) of a bundle whose format and size are right.

    The payload's checksum is checked by :func:`_check_whole`, or part by part as each part is read.
    """

    def broken(what: str) -> BundleError:
        return _broken(where, what)

    end = raw.find(b"\n")
    if end < 0:
        raise broken("empty or truncated" if len(raw) < 200 else "not a legal_ref bundle")
    payload = memoryview(raw)[end + 1 :]
    try:
        header = json.loads(raw[:end])
    except (ValueError, RecursionError):
        raise broken("not a legal_ref bundle (its header is not JSON)") from None
    if not isinstance(header, dict) or "format" not in header:
        raise broken("not a legal_ref bundle (no header)")
    if header["format"] != BUNDLE_FORMAT:
        raise broken(f"of format {header['format']!r}, and this version of legal_ref reads format {BUNDLE_FORMAT}")
    if "size" in header and header["size"] != len(payload):
        raise broken("damaged or truncated (its size does not match)")
    return header, payload


def _check_whole(header: dict[str, Any], payload: memoryview, where: Path) -> None:
    """Raise :class:`BundleError` unless the whole payload matches the header's checksum."""
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise _broken(where, "damaged or truncated (its checksum does not match)")


def _opened(where: Path) -> tuple[dict[str, Any], memoryview]:
    """The header and payload of a bundle file whose format and size are right (parts not yet checked)."""
    try:
        with where.open("rb") as handle:
            raw = _mapped(handle)
    except OSError as exc:
        raise BundleError(f"cannot read the bundle {where}: {exc.strerror or exc}; {RECOVER}") from None
    return _bundle_header(raw, where)


def _mapped(handle: BinaryIO) -> bytes | mmap.mmap:
    """A file's bytes, mapped where the system allows it.

    Mapped, a part is read from disk only when used, and a bundle replaced by a new compile stays, for this
    process, the one it opened.
    """
    if os.name == "posix":
        import mmap

        with contextlib.suppress(ValueError, OSError):  # an empty file cannot be mapped
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    return handle.read()


def _verified(where: Path) -> tuple[dict[str, Any], memoryview]:
    """The header and the payload of a bundle file whose format and whole checksum are right."""
    header, payload = _opened(where)
    _check_whole(header, payload, where)
    return header, payload


def read_bundle(path: Path | str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and the payload of a bundle file, verified; :class:`BundleError` when it cannot be trusted."""
    where = Path(path)
    header, payload = _verified(where)
    return header, _parsed(payload, where)


def _parsed(payload: memoryview, where: Path) -> dict[str, Any]:
    try:
        data = json.loads(bytes(payload))
    except (ValueError, RecursionError):
        raise BundleError(f"the bundle {where} is not valid JSON; {RECOVER}") from None
    if not _well_shaped(data):
        raise BundleError(f"the bundle {where} does not hold a legal_ref dataset; {RECOVER}")
    return cast("dict[str, Any]", data)


class _Part(Mapping[str, Any]):
    """Parts of a payload, each checked against its own checksum and parsed from its bytes when it is read."""

    def __init__(self, payload: memoryview, spans: dict[str, tuple[int, int, str]], where: Path) -> None:
        self._payload, self._spans, self._where = payload, spans, where

    def __getitem__(self, key: str) -> Any:
        start, end, digest = self._spans[key]
        chunk = self._payload[start:end]
        if hashlib.sha256(chunk).hexdigest() != digest:
            raise _broken(self._where, f"damaged (its part for {key} does not match its checksum)")
        value = json.loads(bytes(chunk))
        if isinstance(value, dict) and "code" in value and value["code"] != key:
            raise ValueError(f"the part mapped to {key} is {value['code']!r}")
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


def _lazy_library(header: dict[str, Any], payload: memoryview, where: Path) -> Library | None:
    """A library whose parts are checked and parsed on first use, when the header maps them soundly; else None."""
    from legal_ref.library import Library

    parts = header.get("parts")
    size = len(payload)

    def sound(span: Any) -> bool:
        return (
            isinstance(span, list) and len(span) == 3 and type(span[0]) is int and type(span[1]) is int
            and 0 <= span[0] < span[1] <= size and isinstance(span[2], str)
        )  # fmt: skip

    if not isinstance(parts, dict) or header.get("index_sha256") != _index_digest(parts):
        return None
    rows, shared = parts.get("jurisdictions"), parts.get("shared")
    if not isinstance(rows, list) or not isinstance(shared, dict) or not all(map(sound, shared.values())):
        return None
    for row in rows:
        if not (isinstance(row, list) and len(row) == 6 and isinstance(row[0], str) and isinstance(row[1], str)):
            return None
        if not (isinstance(row[2], list) and all(isinstance(n, str) for n in row[2]) and sound(row[3:])):
            return None
    names = [(row[0], row[1], tuple(row[2])) for row in rows]
    spans = {row[0]: (row[3], row[4], row[5]) for row in rows}
    shared_spans = {key: (span[0], span[1], span[2]) for key, span in shared.items()}
    return Library.from_parts(_Part(payload, spans, where), _Part(payload, shared_spans, where), names)


def _library(header: dict[str, Any], payload: memoryview, where: Path) -> Library:
    """The lazy library over a bundle whose format and size are right.

    Each part is checked and parsed on first use; without a sound part map, the whole payload is.
    """
    from legal_ref.library import Library

    lazy = _lazy_library(header, payload, where)
    if lazy is not None:
        return lazy
    _check_whole(header, payload, where)
    return Library.from_bundle(_parsed(payload, where))


def _well_shaped(data: Any) -> bool:
    """The outline the lazy library relies on before building anything: jurisdictions with codes and names."""
    if not isinstance(data, dict) or not isinstance(data.get("jurisdictions", []), list):
        return False
    for j in data.get("jurisdictions", []):
        if not (isinstance(j, dict) and isinstance(j.get("code"), str) and isinstance(j.get("name"), str)):
            return False
        names = j.get("names", [])
        if not isinstance(names, list):
            return False
        if not all(isinstance(n, dict) and isinstance(n.get("text"), str) for n in names):
            return False
    return True


def load_bundle(path: Path | str, *, validate: bool = False) -> Library:
    """A library from a compiled bundle file (as written by ``compile_bundle``).

    The bundle's format version and size are checked at once, and each part's checksum when
    that part is first read (a damaged part raises :class:`BundleError` then). It was
    validated when it was compiled, so by default its objects are built directly from the
    JSON without running validation again (which would cost the build of every validation
    schema at start-up). ``validate=True`` validates it in full instead.
    """
    from legal_ref.library import Library
    from legal_ref.models import Dataset

    if not validate:
        header, payload = _opened(Path(path))
        return _library(header, payload, Path(path))
    _, data = read_bundle(path)
    if validate:
        from pydantic import ValidationError

        try:
            return Library(Dataset.model_validate(data))
        except ValidationError as exc:
            raise BundleError(
                f"the bundle {path} does not validate ({exc.error_count()} error(s)); {RECOVER}"
            ) from None
    return Library.from_bundle(data)


def _data_changed(data: Path, bundle: Path, recorded: str) -> bool:
    """Whether a checkout's data differs from what the bundle was compiled from (mtimes first: cheap)."""
    try:
        compiled = bundle.stat().st_mtime
        newest = max((p.stat().st_mtime for p in _digest_files(data) if p.exists()), default=0.0)
    except OSError:
        newest, compiled = 1.0, 0.0
    return newest > compiled and data_digest(data) != recorded


_lock = threading.Lock()
_cached: Library | None = None


def load(path: Path | str | None = None) -> Library:
    """The validated library.

    Without ``path``, the data shipped with the package, read from the compiled
    bundle and cached after the first call. With ``path``, the YAML data directory
    at that path, validated in full (for contributors and tests); a problem raises
    :class:`~legal_ref.errors.DataError` listing every problem with ``file:line``.

    A damaged, missing or foreign-format bundle raises :class:`~legal_ref.errors.BundleError`
    saying how to recover. Run from a checkout whose ``data/`` changed since the bundle was
    compiled, ``load()`` reads ``data/`` itself and warns (:class:`StaleBundleWarning`).
    """
    from legal_ref.library import Library

    global _cached
    if path is not None:
        base = _check_path_argument(path)
        # A data directory identical to the one the shipped bundle was compiled from needs no re-reading.
        try:
            with bundle_path().open("rb") as handle:
                recorded = json.loads(handle.readline()).get("data_digest")
        except (OSError, ValueError, AttributeError):
            recorded = None
        if recorded and base.is_dir() and recorded == data_digest(base):
            return load()
        return Library(read_dataset(base))
    with _lock:
        if _cached is None:
            header, payload = _opened(bundle_path())
            checkout = _checkout_data_dir()
            _cached = None
            if checkout is not None and _data_changed(checkout, bundle_path(), str(header.get("data_digest"))):
                try:
                    _cached = Library(read_dataset(checkout))
                    what = "reading it directly"
                except DataError as exc:
                    # Mid-edit data must not stop every command: answer from the bundle, and say so.
                    what = f"it does not validate ({exc.problems[0]}), so the old bundle answers"
                import warnings

                warnings.warn(
                    f"{checkout} changed since the bundle was compiled: {what} "
                    "(run `legal-ref validate`, then `legal-ref compile`)",
                    StaleBundleWarning,
                    stacklevel=2,
                )
            if _cached is None:
                _cached = _library(header, payload, bundle_path())
        return _cached
