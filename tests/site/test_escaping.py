"""Hostile data cannot become markup or script: an XSS corpus in every free-text field, a real build, a browser.

Every string field of a copy of the whole data (every jurisdiction, organisations and conflicts) that validation
accepts with a prefix gets an XSS corpus: HTML, event
handlers, attribute breakouts, Markdown links and attribute lists. The site is generated and built from that
copy; no built page may carry the raw markup, and no page may open a dialog in Chromium.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

import legal_ref
from legal_ref.errors import DataError
from legal_ref.site.build import generate
from tests.conftest import DATA, REPO
from tests.site.conftest import CHROMIUM, chromium_available

PAYLOAD = (
    "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><svg onload=alert(3)>"
    '{: onclick="alert(4)"}[x](javascript:alert(5))</title></textarea><!-- '
)


def _shared_files(data_dir: Path) -> list[Path]:
    """The shared data files whose strings reach pages too (organisation and conflict names)."""
    return [data_dir / "organisations.yaml", data_dir / "conflicts.yaml"]


def _strings(node: Any, path: str = "") -> Iterator[tuple[str, Any, Any]]:
    """Every string leaf as (loader-style path, container, key)."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        where = f"{path}[{key}]" if isinstance(key, int) else (f"{path}.{key}" if path else str(key))
        if isinstance(value, str):
            yield where, node, key
        else:
            yield from _strings(value, where)


def _related(a: str, b: str) -> bool:
    """Whether one loader path is the other or lies inside it."""
    return a == b or a.startswith((b + ".", b + "[")) or b.startswith((a + ".", a + "["))


def _poison(data_dir: Path) -> int:
    """Prefix every string the validator accepts with the payload; returns how many fields carry it."""
    yaml = YAML(typ="rt")
    files = {p.name: p for p in [*sorted((data_dir / "jurisdictions").glob("*.yaml")), *_shared_files(data_dir)]}
    docs = {name: yaml.load(path) for name, path in files.items()}
    leaves = {
        (name, where): (container, key, container[key]) for name, doc in docs.items() for where, container, key
        in _strings(doc)
    }  # fmt: skip
    for container, key, original in leaves.values():
        container[key] = PAYLOAD + original
    for _ in range(6):
        for name, doc in docs.items():
            yaml.dump(doc, files[name])
        try:
            legal_ref.load(data_dir)
            break
        except DataError as exc:
            rejected = {(Path(p.file).name, p.path) for p in exc.problems}
            for (name, where), (container, key, original) in leaves.items():
                # A problem names the field, a parent of it or a child: restore those strings.
                if any(name == file and _related(where, path) for file, path in rejected):
                    container[key] = original
    else:
        pytest.fail("the poisoned data never validated")
    return sum(1 for container, key, _ in leaves.values() if str(container[key]).startswith(PAYLOAD))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("hostile")
    shutil.copytree(DATA, root / "data")
    poisoned = _poison(root / "data")
    shutil.copytree(REPO / "docs", root / "docs")
    for name in ("mkdocs.yml", "README.md", "CHANGELOG.md"):  # the pages include the last two as snippets
        shutil.copy(REPO / name, root / name)
    (root / "legal_ref").symlink_to(REPO / "legal_ref")
    generate(legal_ref.load(root / "data"), root / "docs")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(root / "site")],
        cwd=root, capture_output=True, text=True, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return root / "site", poisoned


def test_the_corpus_reaches_many_fields(hostile_site: tuple[Path, int]) -> None:
    _, poisoned = hostile_site
    assert poisoned > 5000  # names, titles, summaries, notes, penalties' wording, sources, events …


class _Scan(HTMLParser):
    """Collects what would run: script bodies, event-handler attributes and javascript: links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on") and "alert" in (value or ""):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and (value or "").strip().lower(
            ).startswith("javascript:"):  # fmt: skip
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag in ("img", "svg") and any(n == "onerror" or n == "onload" for n, _ in attrs):
            self.found.append(f"<{tag}> with a handler")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "alert(" in data:
            self.found.append(f"script: {data[:60]!r}")


def test_no_built_page_carries_markup_from_the_data(hostile_site: tuple[Path, int]) -> None:
    site, _ = hostile_site
    offenders = []
    for page in site.rglob("*.html"):
        scan = _Scan()
        scan.feed(page.read_text(encoding="utf-8"))
        offenders += [f"{page.relative_to(site)}: {found}" for found in scan.found]
    assert offenders == []


def test_head_fields_are_escaped(hostile_site: tuple[Path, int]) -> None:
    site, _ = hostile_site
    html = (site / "jurisdictions" / "cz" / "index.html").read_text(encoding="utf-8")
    head = html[: html.index("</head>")]
    assert "<script>alert" not in head and "&lt;script&gt;alert(1)" in head


def test_inline_json_cannot_close_its_script(hostile_site: tuple[Path, int]) -> None:
    site, _ = hostile_site
    for page in site.rglob("*.html"):
        for block in re.findall(r"<script[^>]*>(.*?)</script>", page.read_text(encoding="utf-8"), re.S):
            assert "<!--" not in block and "</title" not in block.lower(), page


@pytest.mark.skipif(not chromium_available() and not os.environ.get("CI"), reason="Chromium not installed")
def test_no_page_opens_a_dialog(hostile_site: tuple[Path, int]) -> None:
    from playwright.sync_api import sync_playwright

    site, _ = hostile_site
    pages = ["index.html", "jurisdictions/index.html", "jurisdictions/cz/index.html", "jurisdictions/gb/index.html",
             "jurisdictions/ua/index.html", "compare/index.html", "topics/foreign-service/index.html",
             "topics/inbound/index.html", "check/index.html"]  # fmt: skip
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
        for name in pages:
            page.goto((site / name).as_uri())
            page.wait_for_timeout(200)
            for link in page.locator("svg.lr-map a").all()[:3]:
                link.hover()
        browser.close()
    assert dialogs == []
