"""The built site in headless Chromium, as a person uses it. Screenshots go to tests/.artifacts/."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import legal_ref
from tests.conftest import REPO
from tests.site.conftest import ARTIFACTS, CHROMIUM, chromium_available

pytestmark = pytest.mark.skipif(
    not chromium_available() and not os.environ.get("CI"), reason="Chromium not installed (CI installs it)"
)
AXE = REPO / "tests" / "vendor" / "axe.min.js"


@pytest.fixture(scope="module")
def page(site_url: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.errors = errors
        yield page
        browser.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def serious_violations(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa']})")
    return [
        f"{v['id']}: {v['help']} ({[n['target'] for n in v['nodes']][:3]})"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_home_shows_the_map(page: Any, site_url: str) -> None:
    page.goto(site_url)
    assert page.locator("svg.lr-map path").count() > 150
    assert page.locator('svg.lr-map path[data-code="CZ"]').count() == 2  # the world and the Europe inset
    assert "Not legal advice" in page.content()
    shot(page, "home")
    assert serious_violations(page) == []
    assert page.errors == []


def test_jurisdiction_page_shows_citations(page: Any, site_url: str) -> None:
    page.goto(site_url + "jurisdictions/cz/")
    assert page.get_by_text("§ 321 zákona č 40/2009 Sb (Czechia)").first.is_visible()
    assert page.get_by_text("Can a citizen of Czechia serve in a foreign army?").is_visible()
    shot(page, "jurisdiction-cz")
    assert serious_violations(page) == []


def test_provision_permalink_lands_on_the_provision(page: Any, site_url: str) -> None:
    page.goto(site_url + "jurisdictions/gb/#gb-fea-1870-s4")
    heading = page.locator("#gb-fea-1870-s4")
    assert heading.count() == 1
    box = heading.bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    shot(page, "permalink-gb-fea-s4")


def test_compare_table_sorts_and_filters(page: Any, site_url: str) -> None:
    page.goto(site_url + "compare/")
    rows = page.locator("#lr-compare tbody tr")
    total = rows.count()
    assert total >= 20
    header = page.locator("#lr-compare th", has_text="Jurisdiction")
    header.click()
    first = rows.nth(0).inner_text()
    header.click()
    assert rows.nth(0).inner_text() != first  # the order flipped
    page.fill("input[data-filter-table=lr-compare]", "Czechia")
    visible = [i for i in range(total) if rows.nth(i).is_visible()]
    # One row per Czech rule on the topic shown (service in foreign forces: § 321 with § 34, and § 320).
    czech = [r for r in legal_ref.load()["CZ"].rules if r.topic.value == "foreign_service" and r.valid.end is None]
    assert len(visible) == len(czech) >= 1
    assert all("Czechia" in rows.nth(i).inner_text() for i in visible)
    shot(page, "compare-filtered")
    page.fill("input[data-filter-table=lr-compare]", "")
    assert serious_violations(page) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Foreign Enlistment Act", "Foreign Enlistment Act 1870"), ("Czechia", "Can a citizen of Czechia")],
)
def test_search_finds_acts_and_jurisdictions(page: Any, site_url: str, query: str, expected: str) -> None:
    page.goto(site_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.fill(".md-search__input", query)
    page.wait_for_function(
        "expected => (document.querySelector('.md-search-result__list') || {innerText: ''}).innerText"
        ".includes(expected)",
        arg=expected,
        timeout=10_000,
    )
    shot(page, f"search-{query.split()[0].lower()}")


def test_file_is_offline_ready(built_site: tuple[Path, str]) -> None:
    assert (built_site[0] / "javascripts" / "vendor" / "tablesort.min.js").exists()


def _check(page: Any, site_url: str, query: str) -> str:
    """Open the check page with ``query`` and wait for the bottom line to be announced."""
    page.goto(site_url + "check/?" + query)
    page.wait_for_function("() => document.getElementById('lr-status').textContent.length > 0", timeout=15_000)
    return str(page.locator("#lr-result").inner_text())


def test_check_page_czech_citizen_joining_ukraine(page: Any, site_url: str) -> None:
    page.goto(site_url + "check/")
    page.wait_for_function("() => document.querySelectorAll('#lr-citizen option').length > 20")
    page.select_option("#lr-citizen", "CZ")
    page.select_option("#lr-serve", "UA")
    page.fill("#lr-date", "2026-12-04")
    page.dispatch_event("#lr-date", "change")
    page.wait_for_function(
        "() => document.getElementById('lr-result').innerText.includes('President of the Republic')", timeout=10_000
    )
    result = page.locator("#lr-result").inner_text()
    assert "Yes: permission is needed before you join, from: President of the Republic (§ 321" in result
    assert "How to apply: Ministry of Defence" in result
    assert "If you already went" in result and "abolition" in result
    assert "§ 321" in result
    assert "not legal advice" in result
    # the live region announces the bottom line, not the whole page
    status = page.locator("#lr-status").inner_text()
    assert "President of the Republic" in status and "Rests on" not in status
    assert "citizen=CZ" in page.url and "serve=UA" in page.url and "date=2026-12-04" in page.url
    shot(page, "check-cz-ua")
    assert serious_violations(page) == []
    assert page.errors == []


def test_check_page_dual_national_from_a_shared_link(page: Any, site_url: str) -> None:
    result = _check(page, site_url, "citizen=CZ&also=UA&serve=UA&date=2026-12-04")
    assert page.locator("#lr-also").input_value() == "UA"
    assert "As a citizen of Czechia" in result and "As a citizen of Ukraine" in result
    assert "your own country's forces" in result
    assert "rules for foreigners do not apply to you" in result
    assert "rules for foreigners joining its forces" not in result
    assert "President of the Republic" not in result.split("As a citizen of Ukraine")[0].split("Details")[0]
    shot(page, "check-cz-ua-dual")
    assert page.errors == []


def test_check_page_any_date_within_coverage(page: Any, site_url: str) -> None:
    # Latvia listed Ukraine among the permitted states from 1 March 2022 (lv.yaml).
    before = _check(page, site_url, "citizen=LV&serve=UA&date=2022-02-28")
    assert "Forbidden" in before
    after = _check(page, site_url, "citizen=LV&serve=UA&date=2022-03-01")
    assert "Forbidden" not in after.split("Details")[0]
    early = _check(page, site_url, "citizen=CZ&serve=UA&date=2009-06-01")
    assert "Unknown for that date" in early


@pytest.mark.parametrize(
    ("query", "citizens", "serve", "day"),
    [
        ("citizen=GB&serve=UA&date=2026-12-04", ["GB"], "UA", "2026-12-04"),
        ("citizen=FR&serve=FR&date=2026-12-04", ["FR"], "FR", "2026-12-04"),
        ("citizen=DE&also=UA&serve=UA&date=2026-12-04", ["DE", "UA"], "UA", "2026-12-04"),
        ("citizen=RU&serve=UA&date=2026-12-04", ["RU"], "UA", "2026-12-04"),
        ("citizen=SK&serve=CZ&date=2026-12-04", ["SK"], "CZ", "2026-12-04"),
        ("citizen=PL&serve=UA&date=2022-04-22", ["PL"], "UA", "2022-04-22"),
    ],
)
def test_check_page_says_what_the_api_says(
    page: Any, site_url: str, query: str, citizens: list[str], serve: str, day: str
) -> None:
    from datetime import date

    import legal_ref

    result = _check(page, site_url, query)
    expected = legal_ref.load().assess(citizens, serve, as_of=date.fromisoformat(day))
    for per in expected.per_citizenship:
        for line in per.bottom_line:
            assert line in result, line
    assert page.errors == []


def test_check_page_answers_for_a_state_not_yet_researched(page: Any, site_url: str) -> None:
    # Fiji is not a NATO member, so a Czech citizen needs the President's consent (Criminal Code § 321).
    result = _check(page, site_url, "citizen=CZ&serve=FJ&date=2026-12-04")
    assert "Serving in Fiji's armed forces" in result
    assert "President of the Republic" in result
    assert "The law of Fiji, the serving state, is not yet in legal_ref" in result


def test_check_page_opened_from_disk_says_why_it_is_empty(page: Any, built_site: tuple[Path, str]) -> None:
    page.goto((built_site[0] / "check" / "index.html").as_uri())
    page.wait_for_function("() => document.getElementById('lr-result').innerText.length > 0", timeout=10_000)
    text = page.locator("#lr-result").inner_text()
    assert "opened from a file on disk" in text and "legal-ref check" in text
