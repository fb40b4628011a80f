"""The ``legal-ref`` command line: a thin shell over the Python API.

Tables for people, ``--json`` for machines. Exit codes: 0 success, 1 an error
(unknown name, invalid data), 2 bad usage (unknown option, malformed date).
Every verdict is printed with its citations and the not-legal-advice notice.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
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
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code=code)


def _lib(data: Path | None = None) -> Library:
    import legal_ref

    try:
        return legal_ref.load(data) if data else legal_ref.load()
    except DataError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        _fail(f"{len(exc.problems)} problem(s) in {data}")


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; expected YYYY-MM-DD, e.g. 2023-01-01") from None


def _plain(value: Any) -> Any:
    """JSON-ready form of models, dataclasses, dates and enums."""
    from pydantic import BaseModel

    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _emit_json(payload: Any) -> None:
    typer.echo(json.dumps(_plain(payload), ensure_ascii=False, indent=2))


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

    from legal_ref.library import CENTRAL_JURISDICTIONS
    from legal_ref.models import Confidence

    lib = _lib(data)
    rows = lib.coverage()
    counts = Counter(r.status.value for r in rows)
    researched = [r for r in rows if r.rules]
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
        "jurisdictions": [
            {
                "code": r.code,
                "name": r.name,
                "rules": r.rules,
                "verification": {c.value: n for c, n in r.verification},
                "start_not_confirmed": r.start_not_confirmed,
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
    caption = "Rules by verification level; 'Start n/c': start not confirmed."
    table = Table("Code", "Jurisdiction", "Rules", "Official", "Reprod.", "Second.", "Unverif.", "Start n/c",
                  "Oldest check", box=None, caption=caption)  # fmt: skip
    for r in researched:
        levels_of = dict(r.verification)
        table.add_row(
            r.code,
            r.name,
            str(r.rules),
            *(str(levels_of[c]) for c in Confidence),
            str(r.start_not_confirmed),
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
        _fail(str(exc))
    if as_json:
        _emit_json(j)
        return
    console = _console()
    console.print(f"[bold]{j.name}[/bold] ({j.code}) — last verified {j.coverage.last_verified}")
    for rule in j.rules:
        status = rule.status_on(day)
        flag = "" if status is TimeStatus.IN_FORCE else f" ({status.value.replace('_', ' ')} on {day})"
        console.print(f"\n[bold]{TOPIC_LABELS[rule.topic]}: {REGIME_LABELS[rule.regime]}[/bold]{flag}  ({rule.uid})")
        console.print(f"  {rule.summary}", markup=False)
        if rule.authorization:
            console.print(f"  Authorization: {rule.authorization.office}", markup=False)
        for penalty in rule.penalties:
            console.print(f"  Penalty ({penalty.label}): {penalty}", markup=False)
        console.print(f"  Rests on: {'; '.join(lib.citations_of(rule))}", markup=False)
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

    lib = _lib(data)
    try:
        rows = lib.compare(topic, names or None, as_of=_date(when))
    except LegalRefError as exc:
        _fail(str(exc))
    if as_json:
        _emit_json(rows)
        return
    table = Table(title=f"{topic} on {rows[0].as_of if rows else date.today()}")
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
    role: Annotated[str, typer.Option(help="member_of_armed_forces, officer or private_contractor.")] = (
        "member_of_armed_forces"
    ),
    as_json: JsonOption = False,
    data: DataOption = None,
) -> None:
    """The volunteer check: what applies to you, with citations. Information, not legal advice."""
    lib = _lib(data)
    try:
        result = lib.assess(citizen, serve_in, as_of=_date(when), role=role)
    except LegalRefError as exc:
        _fail(str(exc))
    if as_json:
        _emit_json(result)
        return
    console = _console()
    console.print(f"[bold]Serving in {result.serve_in_name}'s forces on {result.as_of}[/bold] ({result.role.value})")
    for per in result.per_citizenship:
        console.print(f"\n[bold]As a citizen of {per.name} ({per.citizenship})[/bold]")
        if per.status.value != "in_force":
            console.print(f"  No answer: {per.status.value.replace('_', ' ')}.")
            continue
        needs = {True: "yes", False: "no", None: "it depends"}[per.needs_authorization]
        console.print(
            f"  Authorization needed: {needs}" + (f" ({'; '.join(per.authorities)})" if per.authorities else "")
        )
        for f in per.findings:
            console.print(f"  - {f.applicability.value.replace('_', ' ').upper()}: {f.rule}", markup=False)
            console.print(f"      {f.reason}", markup=False)
            if f.applicability.value in ("applies", "depends"):
                for p in f.penalties:
                    console.print(f"      penalty {p}", markup=False)
                console.print(f"      rests on: {'; '.join(f.citations)}", markup=False)
    if result.inbound:
        console.print(f"\n[bold]{result.serve_in_name}'s rules for foreigners[/bold]")
        for f in result.inbound:
            console.print(f"  - {f.summary}", markup=False)
            for t in f.terms:
                console.print(f"      {t}", markup=False)
            console.print(f"      rests on: {'; '.join(f.citations)}", markup=False)
    for f in result.international:
        console.print(f"\n[bold]International law[/bold]: {f.reason}", markup=False)
        console.print(f"  rests on: {'; '.join(f.citations)}", markup=False)
    console.print("\n[bold]Caveats[/bold]")
    for caveat in result.caveats:
        console.print(f"  - {caveat}", markup=False)


@app.command()
def cite(
    provision: Annotated[str, typer.Argument(help="A provision id, e.g. cz:criminal-code:s321.")],
    style: Annotated[str, typer.Option(help="oscola, bluebook or local.")] = "oscola",
    pinpoint: Annotated[str | None, typer.Option(help="A subsection, e.g. '(1)' or 'odst. 1'.")] = None,
    data: DataOption = None,
) -> None:
    """Print the citation of a provision."""
    lib = _lib(data)
    try:
        typer.echo(lib.cite(provision, style, pinpoint))
    except LegalRefError as exc:
        _fail(str(exc))


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to look for in rules and provisions.")],
    limit: Annotated[int, typer.Option(help="At most this many results.")] = 20,
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
        _fail(f"nothing matches {text!r}")
    for hit in hits:
        typer.echo(f"{hit.kind:<9} {hit.uid}\n          {hit.title}")


# ---------------------------------------------------------------------------
# Data and exports
# ---------------------------------------------------------------------------


@app.command()
def export(
    format_: Annotated[str, typer.Option("--format", help="json, csv, csl-json, schema or datapackage.")],
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
        "schema": lambda: exports.dumps(exports.json_schema(Dataset, "serialization")),
        "datapackage": lambda: exports.dumps(exports.datapackage(lib)),
    }
    if format_ not in writers:
        from legal_ref.errors import UnknownNameError

        _fail(str(UnknownNameError("format", format_, writers)), code=2)
    text = writers[format_]()
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8", newline="")
        typer.echo(f"wrote {output}", err=True)


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
            typer.echo(str(problem), err=True)
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
            typer.echo(str(problem), err=True)
        _fail("the bundle was not written")
    except OSError as exc:
        _fail(f"cannot write the bundle: {_os_error(exc)}")
    typer.echo(f"wrote {target}")


# ---------------------------------------------------------------------------
# The site
# ---------------------------------------------------------------------------

site = typer.Typer(help="Generate, build and serve the documentation site.", no_args_is_help=True)
app.add_typer(site, name="site")


def _generate(data: Path | None) -> Path:
    from legal_ref.site.build import generate, project_root

    try:
        root = project_root()
    except FileNotFoundError as exc:
        _fail(str(exc))
    lib = _lib(data or root / "data")
    written = generate(lib, root / "docs")
    typer.echo(f"generated {len(written)} changed file(s) under {root / 'docs'}")
    return root


@site.command("generate")
def site_generate(data: DataOption = None) -> None:
    """Write the pages and the JSON API generated from the data into docs/."""
    _generate(data)


@site.command("build")
def site_build(data: DataOption = None) -> None:
    """Generate, then build the site into site/ with mkdocs build --strict."""
    from legal_ref.site.build import mkdocs

    raise typer.Exit(mkdocs("build", _generate(data)))


@site.command("serve")
def site_serve(
    data: DataOption = None,
    address: Annotated[str, typer.Option(help="Address to serve on.")] = "127.0.0.1:8000",
) -> None:
    """Generate, then serve the site with live reload (data edits show on reload)."""
    from legal_ref.site.build import mkdocs

    raise typer.Exit(mkdocs("serve", _generate(data), "--dev-addr", address))


def main() -> None:
    """Entry point of the ``legal-ref`` console script."""
    app()
