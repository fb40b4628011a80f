"""The ``legal-ref`` command line: a thin shell over the Python API.

Tables for people, ``--json`` for machines. Exit codes: 0 success, 1 an error
(unknown name, invalid data), 2 bad usage (unknown option, malformed date).
Every verdict is printed with its citations and the not-legal-advice notice.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from legal_ref import DISCLAIMER
from legal_ref.errors import DataError, LegalRefError

if TYPE_CHECKING:
    from rich.console import Console

    from legal_ref.library import Library

app = typer.Typer(
    name="legal-ref",
    help="The typed, sourced reference of the laws on serving in a foreign state's armed forces. Not legal advice.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def _fail(message: str, code: int = 1) -> NoReturn:
    _err(f"error: {message}")
    raise typer.Exit(code=code)


def _err(line: str) -> None:
    """One line on stderr, whatever its encoding (a character it cannot show is escaped, never an exception)."""
    stream = sys.stderr
    if stream is None or getattr(stream, "closed", False):
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    with contextlib.suppress(OSError, ValueError):
        stream.write(line.encode(encoding, "backslashreplace").decode(encoding) + "\n")
        stream.flush()


def _shown(text: str, width: int = 60) -> str:
    """An argument as echoed in a message: quoted, and cut short when long (a 100 kB argument is not repeated)."""
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def _os_error(exc: OSError) -> str:
    """An operating-system error in one line: what went wrong, and on which file."""
    what = exc.strerror or str(exc) or type(exc).__name__
    return f"{exc.filename}: {what}" if exc.filename else what


def _lib(data: Path | None = None) -> Library:
    import warnings

    import legal_ref

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            lib = legal_ref.load(data) if data is not None else legal_ref.load()
        for warning in caught:
            _err(f"warning: {warning.message}")
        return lib
    except DataError as exc:
        for problem in exc.problems:
            _err(str(problem))
        count = len(exc.problems)
        _fail(f"{count} problem{'s' if count != 1 else ''} in {data or 'the data'}")
    except LegalRefError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot read the data: {_os_error(exc)}")


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{_shown(value)} is not a date; expected YYYY-MM-DD, e.g. 2023-01-01") from None


def _choice(enum: Any, value: str, kind: str) -> Any:
    """``value`` as a member of ``enum``; an unknown one is a usage error (exit 2) listing the choices."""
    from legal_ref.library import parse_choice

    try:
        return parse_choice(enum, value, kind)
    except LegalRefError as exc:
        _fail(str(exc), code=2)


def _out(text: str) -> None:
    """Write ``text`` to stdout as UTF-8 whatever the console's encoding (data is never mangled or refused)."""
    stream = sys.stdout
    if stream is None or getattr(stream, "closed", False):
        _fail("standard output is closed; nothing was written (use -o FILE)")
    from legal_ref.console import write_stdout

    failure = write_stdout(stream, text, utf8=True)
    if failure is None:
        return
    if isinstance(failure, BrokenPipeError):
        _quiet_stdout()
        raise typer.Exit(code=1)
    reason = _os_error(failure) if isinstance(failure, OSError) else str(failure)
    _fail(f"cannot write to standard output: {reason}")


def _quiet_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so that the interpreter's last flush stays silent."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _write_file(output: Path, text: str) -> None:
    """Write an export to ``output`` atomically; every failure is one line naming the file."""
    from legal_ref.loading import write_atomic

    shown = _shown(str(output), 200)
    if output.is_dir():
        _fail(f"{shown} is a directory; give a file name, e.g. {output / 'legal-ref.json'}")
    if not output.parent.is_dir():
        _fail(f"cannot write {shown}: the directory {_shown(str(output.parent), 200)} does not exist")
    if output.is_file() and not output.stat().st_mode & 0o222:
        _fail(f"cannot write {shown}: the file is read-only")
    try:
        if output.exists() and not output.is_file():
            # A device or a pipe (/dev/stdout, /dev/full) is written in place: it cannot be replaced.
            with output.open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        else:
            write_atomic(output, text)
    except OSError as exc:
        _fail(f"cannot write {shown}: {exc.strerror or exc}")


def _plain(value: Any) -> Any:
    """JSON-ready form of models, dataclasses, dates and enums."""
    from legal_ref.console import plain

    return plain(value)


def _emit_json(payload: Any) -> None:
    _out(json.dumps(_plain(payload), ensure_ascii=False, indent=2) + "\n")


DateOption = Annotated[
    str | None, typer.Option("--date", help="The date the law is read at, YYYY-MM-DD (default: today).")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
DataOption = Annotated[
    Path | None, typer.Option("--data", help="Read this data directory instead of the shipped data.")
]


# ---------------------------------------------------------------------------
# Reading the law
# ---------------------------------------------------------------------------


@app.command(name="list")
def list_(
    all_states: Annotated[bool, typer.Option("--all", help="Also list UN member states not yet researched.")] = False,
    as_json: JsonOption = False,
    data: DataOption = None,
) -> None:
    """List the jurisdictions with their rule on service in foreign forces."""
    from rich.table import Table

    from legal_ref.library import CoverageStatus
    from legal_ref.models import REGIME_LABELS, Regime, Topic

    lib = _lib(data)
    coverage = [r for r in lib.coverage() if all_states or r.status is not CoverageStatus.NOT_RESEARCHED]
    rows = []
    for row in coverage:
        regime = None
        if row.status is not CoverageStatus.NOT_RESEARCHED:
            primary = lib.answer(row.code, Topic.FOREIGN_SERVICE).primary
            regime = primary.regime if primary else None
        rows.append({**_plain(row), "foreign_service_regime": regime.value if regime else None})
    if as_json:
        _emit_json(rows)
        return
    table = Table(title="legal_ref jurisdictions")
    for column in ("Code", "Name", "Service in foreign forces", "Coverage", "Last verified"):
        table.add_column(column)
    for row, item in zip(coverage, rows, strict=True):
        regime = item["foreign_service_regime"]
        table.add_row(
            row.code,
            row.name,
            REGIME_LABELS[Regime(regime)] if regime else "",
            row.status.value.replace("_", " "),
            str(row.last_verified or ""),
        )
    _console().print(table)


@app.command()
def coverage(as_json: JsonOption = False, data: DataOption = None) -> None:
    """How far the 193 UN member states are researched, and the oldest verifications."""
    from collections import Counter

    from rich.table import Table

    from legal_ref.library import CENTRAL_JURISDICTIONS, CORE_QUESTIONS
    from legal_ref.models import Confidence

    lib = _lib(data)
    rows = lib.coverage()
    counts = Counter(r.status.value for r in rows)
    researched = [r for r in rows if r.rules]
    members = [r for r in rows if r.un_member]
    oldest = sorted(researched, key=lambda r: (r.oldest_verification or date.min, r.name))
    # Rule counts span every jurisdiction in the data, international law included (it is no state of the table).
    all_rules = [r for j in lib for r in j.rules]
    central = [r for r in all_rules if r.jurisdiction_code in CENTRAL_JURISDICTIONS]
    central_rules = len(central)
    central_official = sum(r.confidence is Confidence.OFFICIAL_PUBLICATION for r in central)
    report: dict[str, Any] = {
        "states": len(rows),
        "un_members": sum(r.un_member for r in rows),
        "counts": dict(sorted(counts.items())),
        "rules_by_verification": {c.value: sum(r.confidence is c for r in all_rules) for c in Confidence},
        "start_not_confirmed": sum(not r.valid.start_confirmed for r in all_rules),
        "central_official_publication_share": round(central_official / central_rules, 3) if central_rules else 0,
        "core_questions": {
            "questions": [t.value for t in CORE_QUESTIONS],
            "un_members_answering_both": sum(r.core_answered == 2 for r in members),
            "un_members_answering_one": sum(r.core_answered == 1 for r in members),
            "un_members_researched_answering_neither": sum(r.core_answered == 0 and bool(r.core) for r in members),
            "un_members_not_researched": sum(not r.core for r in members),
        },
        "jurisdictions": [
            {
                "code": r.code,
                "name": r.name,
                "rules": r.rules,
                "verification": {c.value: n for c, n in r.verification},
                "start_not_confirmed": r.start_not_confirmed,
                "core": {t.value: answer.value for t, answer in r.core},
                "oldest_verification": r.oldest_verification,
                "last_verified": r.last_verified,
            }
            for r in researched
        ],
        "oldest_verified": [
            {"code": r.code, "name": r.name, "oldest_verification": r.oldest_verification} for r in oldest[:10]
        ],
    }
    if as_json:
        _emit_json(report)
        return
    console = _console()
    console.print(f"{report['states']} states ({report['un_members']} UN members):", markup=False)
    for status, count in report["counts"].items():
        console.print(f"  {status.replace('_', ' ')}: {count}", markup=False)
    levels = ", ".join(f"{n} {level.replace('_', ' ')}" for level, n in report["rules_by_verification"].items())
    console.print(f"Rules by verification: {levels}.", markup=False)
    console.print(
        f"Rules whose start is not confirmed: {report['start_not_confirmed']}. In the "
        f"{len(CENTRAL_JURISDICTIONS)} central jurisdictions, {central_official} of {central_rules} rules "
        "are verified on the official publication.",
        markup=False,
    )
    core = report["core_questions"]
    console.print(
        f"Core questions (service in foreign forces; loss of nationality), of {len(members)} UN members: "
        f"{core['un_members_answering_both']} answer both, {core['un_members_answering_one']} one, "
        f"{core['un_members_researched_answering_neither']} neither (searched, unclear), "
        f"{core['un_members_not_researched']} not researched.",
        markup=False,
    )
    caption = "Rules by verification level; 'Start n/c': start not confirmed; 'Core': core questions answered."
    table = Table("Code", "Jurisdiction", "Rules", "Official", "Reprod.", "Second.", "Unverif.", "Start n/c",
                  "Core", "Oldest check", box=None, caption=caption)  # fmt: skip
    for r in researched:
        levels_of = dict(r.verification)
        table.add_row(
            r.code,
            r.name,
            str(r.rules),
            *(str(levels_of[c]) for c in Confidence),
            str(r.start_not_confirmed),
            f"{r.core_answered}/{len(r.core)}",
            str(r.oldest_verification),
        )
    console.print(table)


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="Code (CZ, CZE) or English name.")],
    when: DateOption = None,
    as_json: JsonOption = False,
    data: DataOption = None,
) -> None:
    """Show a jurisdiction: its rules in force on the date, with their citations."""
    from legal_ref.models import REGIME_LABELS, TOPIC_LABELS
    from legal_ref.periods import TimeStatus

    lib = _lib(data)
    day = _date(when) or date.today()
    try:
        j = lib[name]
    except LegalRefError as exc:
        from legal_ref.checks import iso_alpha2_codes
        from legal_ref.library import state_name

        code = name.strip().upper()
        if code in iso_alpha2_codes():
            _fail(f"{state_name(code)} ({code}) is not yet researched in legal_ref; `legal-ref coverage` lists it.")
        _fail(str(exc))
    if as_json:
        _emit_json(j)
        return
    from rich.markup import escape

    console = _console()
    console.print(f"[bold]{escape(j.name)}[/bold] ({j.code}) — last verified {j.coverage.last_verified}")
    for rule in j.rules:
        status = rule.status_on(day)
        flag = "" if status is TimeStatus.IN_FORCE else f" ({_not_in_force(rule.valid, day)}; read on {day})"
        heading = f"{TOPIC_LABELS[rule.topic]}: {REGIME_LABELS[rule.regime]}"
        console.print(f"\n[bold]{escape(heading)}[/bold]{escape(flag)}  ({rule.uid})")
        console.print(f"  {rule.summary}", markup=False)
        if rule.authorization:
            console.print(f"  Authorization: {rule.authorization.office}", markup=False)
        for penalty in rule.penalties:
            console.print(f"  Penalty ({penalty.label}): {penalty}", markup=False)
        console.print(f"  Rests on: {'; '.join(lib.citations_of(rule))}", markup=False)
        for provision in j.provisions_of(rule):
            version = provision.version_on(day)
            if version is not None and (version.url or when):
                link = version.url or provision.url or provision.instrument.url
                console.print(f"  {provision.locator} on {day}: version {version.valid}, {link}", markup=False)
        console.print(f"  Confidence: {rule.confidence.value.replace('_', ' ')}; valid {rule.valid}", markup=False)
    console.print(f"\n{DISCLAIMER}", markup=False)


@app.command()
def compare(
    names: Annotated[list[str], typer.Argument(help="Jurisdictions to compare (default: all).")] = [],  # noqa: B006
    topic: Annotated[str, typer.Option(help="Topic, e.g. foreign_service, nationality_loss.")] = "foreign_service",
    when: DateOption = None,
    as_json: JsonOption = False,
    data: DataOption = None,
) -> None:
    """Compare jurisdictions side by side on one topic."""
    from rich.table import Table

    from legal_ref.models import Topic

    chosen = _choice(Topic, topic, "topic")
    lib = _lib(data)
    try:
        rows = lib.compare(chosen, names or None, as_of=_date(when))
    except LegalRefError as exc:
        _fail(str(exc))
    if as_json:
        _emit_json(rows)
        return
    table = Table(title=f"{chosen.value} on {rows[0].as_of if rows else date.today()}")
    for column in ("Jurisdiction", "Regime", "Authority", "Condition", "Max. prison", "Nationality", "Rests on"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(
            f"{row.name} ({row.code})",
            row.regime.value.replace("_", " ") if row.regime else row.status.value.replace("_", " "),
            row.authority or "",
            row.condition or "",
            row.max_imprisonment or "",
            row.nationality_effect.value.replace("_", " ") if row.nationality_effect else "",
            "; ".join(row.citations),
        )
    console = _console()
    console.print(table)
    console.print(DISCLAIMER, markup=False)


@app.command()
def check(
    citizen: Annotated[list[str], typer.Option("--citizen", help="A citizenship you hold (repeat for several).")],
    serve_in: Annotated[str, typer.Option("--serve-in", help="The state whose forces you would join.")],
    when: DateOption = None,
    role: Annotated[
        str, typer.Option(help="member_of_armed_forces, officer, non_state_group or private_contractor.")
    ] = "member_of_armed_forces",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show rule ids and every rule considered.")] = False,
    as_json: JsonOption = False,
    data: DataOption = None,
) -> None:
    """The volunteer check: the bottom line per citizenship, then the details, with citations. Not legal advice."""
    from legal_ref.models import ServiceRole

    day = _date(when)
    role_ = _choice(ServiceRole, role, "role")
    lib = _lib(data)
    try:
        result = lib.assess(citizen, serve_in, as_of=day, role=role_)
    except LegalRefError as exc:
        _fail(str(exc))
    if as_json:
        _emit_json(result)
        return
    from rich.console import Console

    _print_check(Console(highlight=False, soft_wrap=True), result, verbose)


def _print_check(console: Console, result: Any, verbose: bool) -> None:
    """The check as plain text (:func:`legal_ref.console.check_lines`); data is never read as markup."""
    from rich.text import Text

    from legal_ref.console import check_lines

    for text, style in check_lines(result, verbose):
        console.print(Text(text, style=style))


@app.command()
def cite(
    provision: Annotated[str, typer.Argument(help="A provision id, e.g. cz:criminal-code:s321.")],
    style: Annotated[str, typer.Option(help="oscola, bluebook, local, or all.")] = "oscola",
    pinpoint: Annotated[str | None, typer.Option(help="A subsection, e.g. '(1)', 'odst. 1', 'ч. 3'.")] = None,
    when: Annotated[
        str | None, typer.Option("--date", help="Also show the version in force on this date, YYYY-MM-DD.")
    ] = None,
    data: DataOption = None,
) -> None:
    """Print the citation of a provision; with --date, what it said on that date and its link."""
    from legal_ref.citations import CitationStyle

    chosen = None if style == "all" else _choice(CitationStyle, style, "citation style")  # a usage error: exit 2
    lib = _lib(data)
    day = _date(when)
    try:
        found = lib.provision(provision)
        if chosen is None:
            for each in CitationStyle:
                typer.echo(f"{each.value}: {lib.cite(provision, each, pinpoint)}")
        else:
            typer.echo(lib.cite(provision, chosen, pinpoint))
    except LegalRefError as exc:
        _fail(str(exc))
    if day is None:
        return
    version = found.version_on(day)
    if version is None:
        typer.echo(f"On {day}: not in force ({_not_in_force(found.valid, day)})")
        return
    typer.echo(f"On {day}: the version in force {version.valid}")
    typer.echo(f"  {version.summary}")
    if version.amended_by:
        typer.echo(f"  Amended by {version.amended_by}")
    typer.echo(f"  Text: {version.url or found.url or found.instrument.url}")


def _not_in_force(valid: Any, day: date) -> str:
    """Why nothing was in force on ``day``: when it ended, or from when it is (confirmed) in force."""
    if valid.end is not None and day >= valid.end:
        return f"ended on {valid.end}"
    if valid.start is not None and day < valid.start:
        return f"not yet in force: in force from {valid.start}"
    if valid.confirmed_from is not None and day < valid.confirmed_from:
        return f"unknown: confirmed in force from {valid.confirmed_from}"
    return "not in force"


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for in rules and provisions.")],
    limit: Annotated[int, typer.Option(min=1, help="At most this many results (1 or more).")] = 20,
    as_json: JsonOption = False,
    data: DataOption = None,
) -> None:
    """Search rules and provisions by words (citations, titles, summaries)."""
    lib = _lib(data)
    hits = lib.search(text)[:limit]
    if as_json:
        _emit_json(hits)
        return
    if not hits:
        _fail(f"nothing matches {_shown(text)}")
    for hit in hits:
        typer.echo(f"{hit.kind:<9} {hit.uid}\n          {hit.title}")


# ---------------------------------------------------------------------------
# Data and exports
# ---------------------------------------------------------------------------


@app.command()
def export(
    format_: Annotated[str, typer.Option("--format", help="json, csv, csl-json, ris, biblatex, schema, datapackage.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write to this file (default: stdout).")] = None,
    data: DataOption = None,
) -> None:
    """Export the library: lossless JSON, CSV (one row per rule), CSL-JSON citations, JSON Schema, Data Package."""
    from legal_ref import export as exports
    from legal_ref.models import Dataset

    lib = _lib(data)
    writers = {
        "json": lambda: exports.library_json(lib),
        "csv": lambda: exports.rules_csv(lib),
        "csl-json": lambda: exports.dumps(exports.csl_items(lib)),
        "ris": lambda: exports.ris(lib),
        "biblatex": lambda: exports.biblatex(lib),
        "schema": lambda: exports.dumps(exports.json_schema(Dataset, "serialization")),
        "datapackage": lambda: exports.dumps(exports.datapackage(lib)),
    }
    if format_ not in writers:
        from legal_ref.errors import UnknownNameError

        _fail(str(UnknownNameError("format", format_, writers)), code=2)
    text = writers[format_]()
    if output is None:
        _out(text)
    else:
        _write_file(output, text)
        _err(f"wrote {output}")


@app.command()
def validate(
    path: Annotated[Path | None, typer.Argument(help="A data directory (default: the shipped data).")] = None,
) -> None:
    """Check a data directory and report every problem as file:line: field: message."""
    from legal_ref.loading import read_dataset, source_data_dir

    target = path or source_data_dir()
    try:
        dataset = read_dataset(target)
    except DataError as exc:
        for problem in exc.problems:
            _err(str(problem))
        _fail(f"{len(exc.problems)} problem{'s' if len(exc.problems) != 1 else ''} in {target}")
    rules = sum(len(j.rules) for j in dataset.jurisdictions)
    typer.echo(f"{target}: {len(dataset.jurisdictions)} jurisdictions, {rules} rules: valid")


@app.command(name="compile")
def compile_(
    path: Annotated[Path | None, typer.Argument(help="A data directory (default: the shipped data).")] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write the bundle here (required when PATH is not the shipped data)."),
    ] = None,
) -> None:
    """Validate the data and write the compiled bundle that legal_ref.load() reads."""
    from legal_ref.loading import compile_bundle, source_data_dir

    if path is not None and output is None and path.resolve() != source_data_dir().resolve():
        _fail(
            f"{_shown(str(path))} is not the shipped data: give -o FILE for its bundle "
            "(the package's own bundle is compiled from the shipped data only)",
            code=2,
        )
    try:
        target = compile_bundle(path, output)
    except DataError as exc:
        for problem in exc.problems:
            _err(str(problem))
        _fail("the bundle was not written")
    except LegalRefError as exc:
        _fail(str(exc), code=2)
    except OSError as exc:
        _fail(f"cannot write the bundle: {_os_error(exc)}")
    typer.echo(f"wrote {target}")


# ---------------------------------------------------------------------------
# The site
# ---------------------------------------------------------------------------

site = typer.Typer(help="Generate, build and serve the documentation site.", no_args_is_help=True)
app.add_typer(site, name="site")


def _generate(data: Path | None, *, quiet: bool = False) -> Path:
    from legal_ref.site.build import generate, project_root

    try:
        root = project_root()
    except FileNotFoundError as exc:
        _fail(str(exc))
    lib = _lib(data or root / "data")
    written = generate(lib, root / "docs")
    if not quiet:
        typer.echo(f"generated {len(written)} changed file(s) under {root / 'docs'}")
    return root


@site.command("generate")
def site_generate(data: DataOption = None) -> None:
    """Write the pages and the JSON API generated from the data into docs/."""
    _generate(data)


@site.command("build")
def site_build(data: DataOption = None) -> None:
    """Generate, then build the site into site/ with mkdocs build --strict; one summary line at the end."""
    from legal_ref.site.build import build

    code, summary = build(_generate(data, quiet=True))
    typer.echo(summary, err=code != 0)
    raise typer.Exit(code)


@site.command("serve")
def site_serve(
    data: DataOption = None,
    address: Annotated[str, typer.Option(help="Address to serve on.")] = "127.0.0.1:8000",
) -> None:
    """Generate, then serve the site with live reload (data edits show on reload)."""
    from legal_ref.site.build import mkdocs

    raise typer.Exit(mkdocs("serve", _generate(data), "--dev-addr", address))


def main() -> None:
    """Entry point of the ``legal-ref`` console script: every failure is one line, never a traceback.

    ``LEGAL_REF_DEBUG=1`` shows the traceback of an unexpected error instead.
    """
    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show a character (a Windows redirect in cp1252) gets an escape, not a crash.
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        app(standalone_mode=True)
    except SystemExit:
        raise
    except BrokenPipeError:
        _quiet_stdout()
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        _err("error: interrupted")
        raise SystemExit(130) from None
    except (LegalRefError, OSError) as exc:
        _err(f"error: {_os_error(exc) if isinstance(exc, OSError) else exc}")
        raise SystemExit(1) from None
    except Exception as exc:
        if os.environ.get("LEGAL_REF_DEBUG"):
            raise
        _err(f"error: unexpected {type(exc).__name__}: {str(exc)[:200]} (LEGAL_REF_DEBUG=1 shows the traceback)")
        raise SystemExit(1) from None
