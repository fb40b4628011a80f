"""The site as people use it, at desktop and phone widths: map, comparison, topic tables, search, languages.

Screenshots of the main pages at both widths are written to tests/.artifacts/ for review.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.site.conftest import ARTIFACTS, CHROMIUM, chromium_available

pytestmark = pytest.mark.skipif(
    not chromium_available() and not os.environ.get("CI"), reason="Chromium not installed (CI installs it)"
)
AXE = REPO / "tests" / "vendor" / "axe.min.js"
WIDTHS = {"desktop": 1280, "phone": 390}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])


@pytest.fixture(params=sorted(WIDTHS))
def page(request: pytest.FixtureRequest, browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": WIDTHS[request.param], "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.width_name = request.param
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == []


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}-{page.width_name}.png"), full_page=False)


def serious_violations(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']})")
    return [f"{v['id']}: {v['help']}" for v in result["violations"] if v["impact"] in ("serious", "critical")]


def test_map_has_a_europe_inset_where_every_state_is_one_tab_stop(page: Any, site_url: str) -> None:
    page.goto(site_url)
    maps = page.locator("svg.lr-map")
    assert maps.count() == 2
    inset = maps.nth(1)
    for code in ("CZ", "LI", "MT", "XK", "LU", "BE"):  # small states are dots, still links
        assert inset.locator(f'[data-code="{code}"]').count() == 1, code
    focusable = page.eval_on_selector_all(
        "svg.lr-map a:not([tabindex='-1'])", "links => links.map(a => a.getAttribute('href'))"
    )
    assert len(focusable) == len(set(focusable)) > 55
    titles = page.eval_on_selector_all("svg.lr-map title", "ts => ts.map(t => t.textContent)")
    assert all(re.match(r"^[^:]+: .+", t) for t in titles)  # every tooltip names its state
    assert "Fiji: not yet researched" in titles
    shot(page, "home")
    assert serious_violations(page) == []


def test_map_never_relies_on_colour_alone(page: Any, site_url: str) -> None:
    page.goto(site_url)
    patterned = page.locator("ul.lr-legend svg pattern").count()
    assert patterned >= 4  # authorization, conditional, prohibited, unclear each have a pattern
    assert page.locator('svg.lr-map [data-code="RU"]').first.get_attribute("fill").startswith("url(#")


def test_skip_link_passes_the_map(page: Any, site_url: str) -> None:
    page.goto(site_url)
    skip = page.locator("a.lr-skip")
    skip.focus()
    assert skip.is_visible()
    skip.press("Enter")
    assert page.url.endswith("#after-map")


def test_focus_ring_is_visible(page: Any, site_url: str) -> None:
    page.goto(site_url)
    link = page.locator("svg.lr-map").nth(1).locator("a").first
    link.focus()
    width = link.locator("path, circle").first.evaluate("e => getComputedStyle(e).strokeWidth")
    assert float(width.rstrip("px")) >= 2


def _visible_rows(page: Any) -> Any:
    return page.locator("#lr-compare tbody tr:not([hidden])")


def test_compare_shows_one_topic_counts_rows_and_sorts_prison_as_numbers(page: Any, site_url: str) -> None:
    page.goto(site_url + "compare/")
    rows = _visible_rows(page)
    total = page.locator("#lr-compare tbody tr").count()
    assert page.locator("#lr-compare-count").inner_text() == f"{rows.count()} of {total} rows shown"
    assert set(rows.evaluate_all("rs => rs.map(r => r.dataset.topic)")) == {"foreign_service"}
    page.locator("#lr-compare th", has_text="Max. prison").click()
    keys = [int(k) for k in rows.evaluate_all("rs => rs.map(r => r.cells[4].dataset.sort)")]
    assert keys == sorted(keys) or keys == sorted(keys, reverse=True)
    assert max(keys) > 100  # ten years and more sort above two
    page.select_option('select[data-facet="topic"]', "")
    page.locator("#lr-compare th", has_text="Max. fine").click()
    fines = [int(k) for k in rows.evaluate_all("rs => rs.map(r => r.cells[5].dataset.sort)")]
    assert fines == sorted(fines) or fines == sorted(fines, reverse=True)
    assert max(fines) >= 75_000  # France's art. 436-1: EUR 75,000
    shot(page, "compare")
    assert serious_violations(page) == []


def test_compare_facets_and_empty_message(page: Any, site_url: str) -> None:
    page.goto(site_url + "compare/")
    page.select_option('select[data-facet="regime"]', "prohibited")
    assert set(_visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.regime)")) == {"prohibited"}
    page.fill('input[data-filter-table="lr-compare"]', "no such jurisdiction anywhere")
    assert _visible_rows(page).count() == 0
    assert page.locator("#lr-compare-empty").is_visible()
    assert page.locator("#lr-compare-count").get_attribute("aria-live") == "polite"


def test_compare_csv_is_exactly_what_is_shown(page: Any, site_url: str) -> None:
    page.goto(site_url + "compare/")
    page.select_option('select[data-facet="topic"]', "nationality_loss")
    shown = _visible_rows(page).count()
    with page.expect_download() as info:
        page.locator("button[data-csv-table='lr-compare']").click()
    lines = Path(info.value.path()).read_text(encoding="utf-8").strip().splitlines()
    assert len(lines) == shown + 1
    assert lines[0].startswith("Jurisdiction,Topic,Regime")
    assert all("Loss of nationality" in line for line in lines[1:])


def test_first_column_stays_in_view_on_a_phone(page: Any, site_url: str) -> None:
    page.goto(site_url + "topics/foreign-service/")
    first = page.locator("table.lr-rules tbody th").first
    assert first.evaluate("e => getComputedStyle(e).position") == "sticky"
    assert page.locator("table.lr-rules tbody tr").count() > 30
    shot(page, "topic")


def test_search_ranks_the_phrase_first(page: Any, site_url: str) -> None:
    page.goto(site_url)
    page.keyboard.press("/")  # the theme's shortcut opens search at every width
    page.fill(".md-search__input", "Foreign Enlistment Act")
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_timeout(300)
    first = page.locator(".md-search-result__item").first.inner_text()
    assert "foreign enlistment act" in first.lower()


def test_original_language_text_is_marked(page: Any, site_url: str) -> None:
    page.goto(site_url + "jurisdictions/cz/")
    assert page.locator('[lang="cs"]').count() > 5
    assert "Služba v cizích ozbrojených silách" in page.locator('[lang="cs"]').all_inner_texts()
    shot(page, "jurisdiction")


def test_check_page_screenshot(page: Any, site_url: str) -> None:
    page.goto(site_url + "check/")
    page.wait_for_timeout(500)
    assert "Not legal advice" in page.content()
    shot(page, "check")
