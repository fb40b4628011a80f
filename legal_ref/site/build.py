"""Writing the generated pages into ``docs/`` and building the site with MkDocs.

Generation is a plain function of the library (see :mod:`legal_ref.site.pages`):
it needs neither MkDocs hooks nor plugins, so any builder that reads
``mkdocs.yml`` (MkDocs, Zensical) builds the same tree. Only files whose content
changed are written, so ``mkdocs serve`` does not rebuild in a loop.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from legal_ref.library import Library
from legal_ref.site.pages import pages

GENERATED = ("index.md", "jurisdictions", "compare.md", "topics", "data-format.md", "api")
"""What the generator owns under ``docs/`` (git-ignored); everything else there is written by hand."""


def _write_if_changed(path: Path, content: str) -> bool:
    if path.exists() and path.read_text(encoding="utf-8") == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return True


def generate(lib: Library, docs_dir: Path, today: date | None = None) -> list[Path]:
    """Write every generated page under ``docs_dir``; remove generated files that no longer exist.

    Returns the paths that were written (unchanged files are left alone).
    """
    today = today or date.today()
    wanted: dict[Path, str] = {docs_dir / name: content for name, content in pages(lib, today)}
    from legal_ref.site.api import api_documents

    wanted.update({docs_dir / name: content for name, content in api_documents(lib, today)})
    for owned in GENERATED:
        root = docs_dir / owned
        stale = [p for p in root.rglob("*") if p.is_file()] if root.is_dir() else []
        for path in stale:
            if path not in wanted:
                path.unlink()
    return [path for path, content in wanted.items() if _write_if_changed(path, content)]


def project_root() -> Path:
    """The checkout that holds ``mkdocs.yml`` (the site is built from a source checkout)."""
    here = Path.cwd()
    for candidate in (here, *here.parents):
        if (candidate / "mkdocs.yml").exists():
            return candidate
    raise FileNotFoundError("mkdocs.yml not found: run the site commands from a legal_ref checkout")


def build(root: Path) -> tuple[int, str]:
    """Build the site into ``root/site`` (strict, quiet) and return the exit code and a one-line summary.

    MkDocs' INFO lines (one per page not in the navigation) would bury the result: they are silenced,
    while warnings and errors still show, and the summary says where the site was written.
    """
    import time

    started = time.perf_counter()
    code = mkdocs("build", root, "--quiet")
    target = root / "site"
    pages = sum(1 for _ in target.rglob("*.html")) if target.is_dir() else 0
    if code != 0:
        return code, f"site build failed (mkdocs exit code {code}); see the messages above"
    return code, f"built {pages} pages into {target} in {time.perf_counter() - started:.1f} s"


def mkdocs(command: str, root: Path, *extra: str) -> int:
    """Run ``mkdocs <command>`` in ``root`` (strict for builds) and return its exit code."""
    if importlib.util.find_spec("mkdocs") is None:
        raise FileNotFoundError("MkDocs is not installed: pip install 'legal-ref[docs]'")
    args = [sys.executable, "-m", "mkdocs", command, *extra]
    if command == "build":
        args.append("--strict")
    # MkDocs 1.6 prints a banner about 2.0 on stderr; it says nothing about this site.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    return subprocess.call(args, cwd=root, env=env)
