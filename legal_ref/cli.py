"""The ``legal-ref`` command line: a thin shell over the Python API.

Exit codes: 0 success, 1 an error in the data or the query, 2 bad usage.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from legal_ref.errors import DataError, LegalRefError

app = typer.Typer(
    name="legal-ref",
    help="The typed, sourced reference of the laws on serving in a foreign state's armed forces.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


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
        count = len(exc.problems)
        raise _fail(f"{count} problem{'s' if count != 1 else ''} in {target}") from None
    rules = sum(len(j.rules) for j in dataset.jurisdictions)
    typer.echo(f"{target}: {len(dataset.jurisdictions)} jurisdictions, {rules} rules: valid")


@app.command(name="compile")
def compile_(
    path: Annotated[Path | None, typer.Argument(help="A data directory (default: the shipped data).")] = None,
) -> None:
    """Validate the data and write the compiled bundle that legal_ref.load() reads."""
    from legal_ref.loading import compile_bundle

    try:
        target = compile_bundle(path)
    except DataError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        raise _fail("the bundle was not written") from None
    typer.echo(f"wrote {target}")


@app.command(name="list")
def list_() -> None:
    """List the jurisdictions with their number of rules and last verification."""
    import legal_ref

    for j in legal_ref.load():
        typer.echo(f"{j.code:<4} {j.name:<28} {len(j.rules):>3} rules  verified {j.coverage.last_verified}")


@app.command()
def show(name: Annotated[str, typer.Argument(help="Code (CZ, CZE) or English name.")]) -> None:
    """Show a jurisdiction's rules with their citations."""
    import legal_ref
    from legal_ref.models import Regime

    lib = legal_ref.load()
    try:
        j = lib[name]
    except LegalRefError as exc:
        raise _fail(str(exc)) from None
    typer.echo(str(j))
    for rule in j.rules:
        typer.echo(f"\n[{rule.uid}] {rule.topic.value}: {rule.regime.value} ({rule.valid})")
        typer.echo(f"  {rule.summary}")
        if rule.regime is Regime.AUTHORIZATION_REQUIRED and rule.authorization:
            typer.echo(f"  authorization: {rule.authorization.office}")
        for penalty in rule.penalties:
            typer.echo(f"  penalty ({penalty.label}): {penalty}")
        typer.echo(f"  rests on: {'; '.join(lib.citations_of(rule))}  [confidence: {rule.confidence.value}]")
    typer.echo(f"\n{legal_ref.DISCLAIMER}")


site = typer.Typer(help="Generate, build and serve the documentation site.", no_args_is_help=True)
app.add_typer(site, name="site")


def _generate(data: Path | None) -> Path:
    import legal_ref
    from legal_ref.site.build import generate, project_root

    root = project_root()
    try:
        lib = legal_ref.load(data or root / "data")
    except DataError as exc:
        for problem in exc.problems:
            typer.echo(str(problem), err=True)
        raise _fail("the site was not generated") from None
    written = generate(lib, root / "docs")
    typer.echo(f"generated {len(written)} changed file(s) under {root / 'docs'}")
    return root


DataOption = Annotated[Path | None, typer.Option("--data", help="Data directory (default: the checkout's data/).")]


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
