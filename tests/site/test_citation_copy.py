"""The copy buttons of a provision's citations, in headless Chromium: each style copies what lib.cite prints."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

import legal_ref
from tests.site.conftest import CHROMIUM, chromium_available

pytestmark = pytest.mark.skipif(
    not chromium_available() and not os.environ.get("CI"), reason="Chromium not installed (CI installs it)"
)


@pytest.fixture(scope="module")
def page(site_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
        yield context.new_page()
        browser.close()


def test_each_style_has_a_copy_button_that_copies_the_citation(page: Any, site_url: str) -> None:
    lib = legal_ref.load()
    provision = lib.provision("ru:criminal-code:art359")
    page.goto(site_url + "jurisdictions/ru/#ru-criminal-code-art359")
    section = page.locator("#ru-criminal-code-art359 ~ .tabbed-set").first
    section.get_by_text("Citation", exact=True).click()
    blocks = section.locator(".tabbed-block:visible pre")
    assert blocks.count() == 3
    for index, style in enumerate(("oscola", "bluebook", "local")):
        expected = lib.cite(provision.uid, style)
        block = blocks.nth(index)
        assert block.locator("code").inner_text().strip() == expected
        block.hover()
        block.locator('button[data-md-type="copy"]').click()
        assert page.evaluate("navigator.clipboard.readText()").strip() == expected
