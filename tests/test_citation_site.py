"""The site's copyable citations: every style of every provision in its own code block, from the same formatters."""

from __future__ import annotations

from datetime import date

from legal_ref.citations import cite_all
from legal_ref.library import Library
from legal_ref.site.pages import CITATION_LABELS, jurisdiction_page


def test_every_provision_page_carries_each_style_in_a_copyable_block(lib: Library) -> None:
    for j in lib:
        page = jurisdiction_page(lib, j, date(2026, 12, 4))
        for instrument in j.instruments:
            for provision in instrument.provisions:
                for style, text in cite_all(provision).items():
                    # Material gives every code block a copy button; the block holds the citation verbatim.
                    block = f"{CITATION_LABELS[style]}\n\n    ```text\n    {text}\n    ```"
                    assert block in page, (provision.uid, style)


def test_versions_link_their_point_in_time_text(lib: Library) -> None:
    dated = [
        (j, version)
        for j in lib
        for instrument in j.instruments
        for provision in instrument.provisions
        for version in provision.versions
        if version.url
    ]
    assert dated, "the data has point-in-time links"
    j, version = dated[0]
    page = jurisdiction_page(lib, j, date(2026, 12, 4))
    assert "Text of this version" in page and str(version.url) in page
