"""MkDocs hook for ``mkdocs serve``: regenerate the pages from ``data/`` before each build.

A build uses the pages `legal-ref site generate` wrote (builders that ignore hooks, such as Zensical, do the same);
under ``mkdocs serve``, with ``watch: [data]`` in ``mkdocs.yml``, an
edit to a data file shows on reload.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

_serving = False


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether MkDocs serves (regenerate on each reload) or builds (use what was generated)."""
    global _serving
    _serving = command == "serve"


def on_pre_build(config: Any) -> None:
    """Under ``mkdocs serve``, regenerate the site's pages from the YAML data next to ``mkdocs.yml``."""
    if not _serving:
        return
    import legal_ref
    from legal_ref.errors import DataError
    from legal_ref.site.build import generate

    root = Path(config["config_file_path"]).parent
    try:
        lib = legal_ref.load(root / "data")
    except DataError as exc:  # show the problems and keep serving the last good pages
        print(exc)
        return
    generate(lib, Path(config["docs_dir"]))
