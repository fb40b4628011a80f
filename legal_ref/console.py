"""The ``legal-ref`` console script: ``check`` answered on a short path, every other command by :mod:`legal_ref.cli`.

Importing the full command line (typer, click and rich) costs more than answering a check. A ``check``
whose options are plain — ``--citizen``, ``--serve-in``, ``--date``, ``--role``, ``--verbose``/``-v`` and
``--json``, each value a separate or ``=``-joined argument — is parsed here, answered through the same
Python API and printed with the same text (:func:`check_lines`, which the full command prints through
rich). Anything else — help, an unknown or repeated option, a value that looks like an option, a bad
date or role, ``--data``, any error, a terminal whose styling rich decides differently — goes to
:mod:`legal_ref.cli`, which answers exactly as it always did.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from legal_ref.assessment import Assessment

_VALUED = {"--citizen": "citizen", "--serve-in": "serve_in", "--date": "when", "--role": "role"}
_FLAGS = {"--verbose": "verbose", "-v": "verbose", "--json": "as_json"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"
_RICH_ENVIRONMENT = ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS")
"""Variables that change how rich styles its output: with any of them set, the full command line prints."""


def main() -> None:
    """Entry point of ``legal-ref`` and ``python -m legal_ref``."""
    if sys.argv[1:2] == ["check"]:
        import gc

        # One short-lived answer: the cyclic collector's passes over the classes built at import would cost
        # more than the little memory they could free before the process ends.
        gc.disable()
        code = _quick_check(sys.argv[2:])
        if code is not None:
            _leave(code)
        gc.enable()
    from legal_ref.cli import main as full

    full()


def _leave(code: int) -> NoReturn:
    """End the process once the answer is written and flushed.

    Tearing the interpreter down frees every module and model class one by one, a sizeable part of a short
    answer's time, for memory the system reclaims at once; it is skipped unless something may need it: a
    tracer or profiler, coverage, or exit handlers registered by anything but the interpreter itself.
    """
    import atexit

    for stream in (sys.stdout, sys.stderr):
        with _suppress(AttributeError, ValueError, OSError):
            stream.flush()
    handlers = getattr(atexit, "_ncallbacks", lambda: 1)()
    if sys.gettrace() is None and sys.getprofile() is None and "coverage" not in sys.modules and handlers == 0:
        os._exit(code)
    raise SystemExit(code)


def _parse(args: list[str]) -> dict[str, Any] | None:
    """The check's options, or None when they are anything but plain (the full command line then parses them)."""
    found: dict[str, Any] = {"citizen": [], "verbose": False, "as_json": False}
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        name, joined, value = arg.partition("=")
        if not joined and arg in _FLAGS:
            found[_FLAGS[arg]] = True
            continue
        key = _VALUED.get(name)
        if key is None:
            return None
        if not joined:
            if not rest:
                return None
            value = rest.pop(0)
        if value.startswith("-"):
            return None
        if key == "citizen":
            found["citizen"].append(value)
        elif key in found:
            return None
        else:
            found[key] = value
    return found if found["citizen"] and "serve_in" in found else None


def _styled() -> bool | None:
    """Whether rich would print bold on this standard output (True), print it plain (False), or is not predicted."""
    if any(name in os.environ for name in _RICH_ENVIRONMENT):
        return None
    try:
        terminal = sys.stdout.isatty()
    except (AttributeError, ValueError, OSError):
        return None
    if not terminal:
        return False
    if os.name != "posix" or os.environ.get("TERM", "").strip().lower() in ("", "dumb", "unknown"):
        return None
    return True


def _quick_check(args: list[str]) -> int | None:
    """Answer ``legal-ref check`` with the exit code, or None to leave it to the full command line."""
    options = _parse(args)
    stream = sys.stdout
    if options is None or stream is None or getattr(stream, "closed", False):
        return None
    styled = _styled()
    if styled is None and not options["as_json"]:
        return None
    try:
        text = _answer(options, bool(styled))
    except Exception:
        return None  # the full command line reports it, in its words
    if text is None:
        return None
    with _suppress(AttributeError, ValueError):
        stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    # JSON is UTF-8 whatever the console's encoding, as in the full command line.
    failure = write_stdout(stream, text, utf8=options["as_json"])
    if failure is None:
        return 0
    from legal_ref.cli import _err, _os_error, _quiet_stdout

    if isinstance(failure, BrokenPipeError):
        _quiet_stdout()
        return 1
    reason = _os_error(failure) if isinstance(failure, OSError) else str(failure)
    _err(f"error: cannot write to standard output: {reason}" if options["as_json"] else f"error: {reason}")
    return 1


def write_stdout(stream: Any, text: str, *, utf8: bool) -> OSError | ValueError | None:
    """Write ``text`` to ``stream`` (its bytes as UTF-8 when ``utf8``); the error that stopped it, else None.

    Shared by the full command line and the quick check, so both fail the same way on a closed pipe, a full
    disk or an encoding the console cannot show.
    """
    buffer = getattr(stream, "buffer", None) if utf8 else None
    try:
        if buffer is not None:
            stream.flush()
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        else:
            stream.write(text)
            stream.flush()
    except (OSError, ValueError) as exc:
        return exc
    return None


def _suppress(*kinds: type[BaseException]) -> Any:
    import contextlib

    return contextlib.suppress(*kinds)


def _answer(options: dict[str, Any], styled: bool) -> str | None:
    """The check's output, or None when the full command line must answer (a warning, a bad date or role)."""
    import warnings
    from datetime import date

    import legal_ref
    from legal_ref.library import parse_choice
    from legal_ref.models import ServiceRole

    when = options.get("when")
    day = date.fromisoformat(when) if when is not None else None
    role = parse_choice(ServiceRole, options.get("role", "member_of_armed_forces"), "role")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        lib = legal_ref.load()
    if caught:
        return None
    result = lib.assess(options["citizen"], options["serve_in"], as_of=day, role=role)
    if options["as_json"]:
        import json

        return json.dumps(plain(result), ensure_ascii=False, indent=2) + "\n"
    out = []
    for line, style in check_lines(result, options["verbose"]):
        if style not in ("", "bold") or any(c in line for c in "\t\r\n\x07\x08\x0b\x0c\x1b"):
            return None  # rich would render these its own way
        out.append(f"{_BOLD}{line}{_RESET}\n" if styled and style == "bold" and line else f"{line}\n")
    return "".join(out)


def plain(value: Any) -> Any:
    """JSON-ready form of models, dataclasses, dates and enums."""
    from dataclasses import asdict, is_dataclass
    from datetime import date

    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if is_dataclass(value) and not isinstance(value, type):
        return plain(asdict(value))
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def check_lines(result: Assessment, verbose: bool = False) -> list[tuple[str, str]]:
    """The check as lines of plain text, each with its style ("bold" or ""): the bottom line first, then the details.

    ``legal-ref check`` prints them, through rich in the full command line and directly on the short path.
    """
    from legal_ref.assessment import VERDICT_LABELS, Finding, Verdict, possessive
    from legal_ref.models import TOPIC_LABELS, Confidence

    lines: list[tuple[str, str]] = []

    def line(text: str, indent: int = 0, style: str = "") -> None:
        lines.append((" " * indent + text, style))

    def finding(f: Finding, indent: int) -> None:
        label = VERDICT_LABELS[f.verdict].upper()
        rule = f" [{f.rule}]" if verbose else ""
        where = f" ({f.citations[0]})" if f.citations else ""
        line(f"- {TOPIC_LABELS[f.topic]}{where}: {label}{rule}", indent, "bold")
        line(f.reason, indent + 4)
        for d in f.depends_on:
            line(f"depends on {d}", indent + 4)
        for n in f.not_evaluated:
            line(f"not evaluated, read the rule: {n}", indent + 4)
        if f.verdict in (Verdict.FORBIDDEN, Verdict.PERMISSION_NEEDED, Verdict.DEPENDS, Verdict.UNCLEAR):
            for p in f.penalties:
                line(f"penalty: {p}", indent + 4)
        line(f"rests on: {'; '.join(f.citations)}", indent + 4)
        if f.confidence in (Confidence.SECONDARY, Confidence.UNVERIFIED):
            line(f"confidence: {f.confidence.value.upper()} (not checked against the text of the law)", indent + 4)

    role = result.role.value.replace("_", " ")
    line(f"Serving in {possessive(result.serve_in_name)} forces on {result.as_of}, as {role}", style="bold")
    for per in result.per_citizenship:
        line("")
        line(f"As a citizen of {per.name}", style="bold")
        line(f"Permission:  {per.permission_line}", 2)
        for step in per.steps:
            app_ = step.application
            if app_ is None:
                how = f"how to apply: {step.procedure}" if step.procedure else "no application procedure recorded"
                line(f"{step.office}: {how}", 6)
                continue
            line(f"How to apply: {app_.office}" + (f", {app_.address}" if app_.address else ""), 6)
            if app_.url:
                line(f"official page: {app_.url}", 8)
            for doc in app_.documents:
                line(f"send: {doc}", 8)
            line(f"lead time: {app_.lead_time or 'not stated by an official source'}", 8)
        line(f"Risk:        {per.risk_line}", 2)
        line(f"Citizenship: {per.citizenship_line}", 2)
        if per.remedies:
            line("If you already went:", 2)
            for r in per.remedies:
                line(f"{r.date}: {r.title}. {r.summary}", 4)
                for url in r.sources[:2]:
                    line(url, 6)
        for a in per.advice:
            line(f"Official advice ({per.name}): {a.title} <{a.url}>: {a.about}", 2)
        shown = [f for f in per.findings if verbose or f.in_force or f.verdict is Verdict.UNKNOWN]
        if shown:
            line("Details", 2, "bold")
            for f in shown:
                finding(f, 2)
        hidden = len(per.findings) - len(shown)
        if hidden:
            line(f"({hidden} rule{'s' if hidden != 1 else ''} not in force on that date; --verbose shows them)", 2)
    if result.inbound:
        line("")
        line(f"{possessive(result.serve_in_name)} rules for foreigners joining its forces", style="bold")
        for f in result.inbound:
            line(f"- {f.summary}" + (f" [{f.rule}]" if verbose else ""), 2)
            for t in f.terms if verbose else ():
                line(t, 6)
            line(f"rests on: {'; '.join(f.citations)}", 6)
    for a in result.serving_state_advice:
        line(f"Official advice ({result.serve_in_name}): {a.title} <{a.url}>: {a.about}")
    for f in result.international:
        line("")
        line("International law", style="bold")
        finding(f, 2)
    line("")
    line("Caveats", style="bold")
    for caveat in result.caveats[1:]:
        line(f"- {caveat}", 2)
    line("")
    line(result.notice, style="bold")
    if result.citations:
        line(f"This answer rests on: {'; '.join(result.citations)}")
    return lines
