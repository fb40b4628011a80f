"""Page generation as a plain function of the library: escaping, anchors, reuse of the query API."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import markdown

import legal_ref
from legal_ref.library import Library
from legal_ref.site import markdown as md
from legal_ref.site.pages import jurisdiction_page, pages, provision_anchor
from tests.conftest import MINIMAL, make_data_dir

TODAY = date(2026, 11, 26)
EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "tables", "toc", "pymdownx.details",
              "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.snippets"]  # fmt: skip


def render(page: str) -> str:
    body = page.split("---\n", 2)[2]  # drop the front matter
    return markdown.markdown(body, extensions=EXTENSIONS)


def test_data_text_renders_as_text_never_markup(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> **bold** [link](https://evil.example) `code` | pipe --8<-- x {: #id}"
    text = MINIMAL.replace("summary: A synthetic rule.", f"summary: {hostile!r}").replace(
        "title: A synthetic event", f"title: {hostile!r}"
    )
    lib = legal_ref.load(make_data_dir(tmp_path, {"ad.yaml": text}))
    html = render(jurisdiction_page(lib, lib["AD"], TODAY))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<strong>bold</strong>" not in html and "**bold**" in html
    assert 'href="https://evil.example"' not in html
    assert "<code>code</code>" not in html


def test_escape_round_trip() -> None:
    assert render("---\ntitle: t\n---\n" + md.text("a*b_c [d](e) #f |g")) == "<p>a*b_c [d](e) #f |g</p>"


def test_every_jurisdiction_has_a_page(lib: Library) -> None:
    paths = {path for path, _ in pages(lib, TODAY)}
    assert {f"jurisdictions/{j.code.lower()}.md" for j in lib} <= paths
    assert {"index.md", "compare.md", "jurisdictions/index.md", "topics/index.md", "data-format.md"} <= paths


def test_provision_anchor_is_the_stable_id(lib: Library) -> None:
    provision = lib.provision("cz:criminal-code:s321")
    assert provision_anchor(provision) == "cz-criminal-code-s321"
    page = jurisdiction_page(lib, lib["CZ"], TODAY)
    assert "{#cz-criminal-code-s321}" in page
    assert "§ 321 zákona č 40/2009 Sb (Czechia)" in page  # OSCOLA 2.8: as cited locally, without full stops


def test_plain_answer_comes_first(lib: Library) -> None:
    page = jurisdiction_page(lib, lib["CZ"], TODAY)
    assert page.index("Can a citizen of Czechia serve in a foreign army?") < page.index("## Rules")
    assert "President of the Republic" in page.split("## Rules")[0]
    assert "Not legal advice" in page


def test_compare_page_uses_the_comparison_rows(lib: Library) -> None:
    compare = dict(pages(lib, TODAY))["compare.md"]
    for row in lib.compare("foreign_service", as_of=TODAY):
        assert md.text(row.name) in compare


def test_front_matter_is_strict_yaml(lib: Library) -> None:
    """Strict YAML builders (Zensical) reject 'description: a: b'; every page's front matter must parse."""
    from ruamel.yaml import YAML

    for path, page in pages(lib, TODAY):
        front = page.split("---\n", 2)[1]
        meta = YAML(typ="safe", pure=True).load(front)
        assert meta["title"], path
