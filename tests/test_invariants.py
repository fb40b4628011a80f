"""Invariants every jurisdiction inherits without writing a test: the python-holidays 'common tests' idea."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

import pytest

import legal_ref
from legal_ref.checks import iso_alpha2_codes
from legal_ref.library import CORE_QUESTIONS, CoreAnswer, Library, core_answer
from legal_ref.models import LEGAL_TEXT_KINDS, USER_ASSIGNED_CODES, Confidence, Jurisdiction, Regime, Rule, Source
from tests.conftest import DATA, REPO

LIB = legal_ref.load()
CODES = [j.code for j in LIB]
URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+")


@pytest.fixture(params=CODES)
def j(request: pytest.FixtureRequest) -> Jurisdiction:
    return LIB[request.param]


def test_every_data_file_is_in_the_library() -> None:
    files = sorted(p.stem.upper() for p in (DATA / "jurisdictions").glob("*.yaml"))
    assert files == sorted(CODES)


def test_every_jurisdiction_has_its_test_file() -> None:
    missing = [c for c in CODES if not (REPO / "tests" / "jurisdictions" / f"test_{c.lower()}.py").exists()]
    assert missing == [], f"jurisdictions without a tests/jurisdictions/test_<code>.py: {missing}"


def test_every_state_answers_the_core_questions_or_says_what_was_searched(j: Jurisdiction) -> None:
    # A state's file is coverage only when it says, for each core question, what the law is, or that the answer is
    # unclear together with what was searched, when and in which language (an unclear file is a placeholder).
    if j.is_international:
        return
    answers = {t: core_answer(j.rules, t) for t in CORE_QUESTIONS}
    assert CoreAnswer.MISSING not in answers.values(), f"{j.code}: no rule on {answers}"
    if CoreAnswer.UNCLEAR in answers.values():
        assert j.coverage.searched, f"{j.code}: an unclear core answer needs coverage.searched"


def test_code_is_iso_or_user_assigned(j: Jurisdiction) -> None:
    assert j.code in iso_alpha2_codes() or j.code in USER_ASSIGNED_CODES


def test_every_rule_rests_on_existing_provisions(j: Jurisdiction) -> None:
    for rule in j.rules:
        assert rule.rests_on, rule.uid
        assert all(p.uid.startswith(j.code.lower() + ":") for p in j.provisions_of(rule))


def test_every_provision_version_and_rule_has_sources(j: Jurisdiction) -> None:
    for instrument in j.instruments:
        assert j.sources_of(instrument.sources)
        for provision in instrument.provisions:
            for version in provision.versions:
                assert j.sources_of(version.sources), provision.uid
    for rule in j.rules:
        assert j.sources_of(rule.sources), rule.uid


def _texts_read(j: Jurisdiction, rule: Rule) -> list[Source]:
    """The legal texts (legislation, gazette) among a rule's sources and those of the provisions it rests on."""
    ids = set(rule.sources) | {s for p in j.provisions_of(rule) for v in p.versions for s in v.sources}
    return [s for s in j.sources_of(tuple(sorted(ids))) if s.kind in LEGAL_TEXT_KINDS]


def test_confidence_is_backed_by_what_was_read(j: Jurisdiction) -> None:
    for rule in j.rules:
        texts = _texts_read(j, rule)
        if rule.confidence is Confidence.OFFICIAL_PUBLICATION:
            assert any(s.official for s in texts), f"{rule.uid}: no official publication of its text was read"
        if rule.confidence is Confidence.REPRODUCTION:
            assert texts, f"{rule.uid}: no text of the law was read, not even in a reproduction"


def test_no_rule_or_provision_has_a_silent_open_start(j: Jurisdiction) -> None:
    for rule in j.rules:
        assert rule.valid.earliest is not None, rule.uid
    for provision in (p for i in j.instruments for p in i.provisions):
        assert provision.versions[0].valid.earliest is not None, provision.uid


def test_intervals_are_well_formed(j: Jurisdiction) -> None:
    intervals = [r.valid for r in j.rules] + [i.valid for i in j.instruments] + [m.valid for m in j.memberships]
    intervals += [v.valid for i in j.instruments for p in i.provisions for v in p.versions]
    for interval in intervals:
        if interval.start and interval.end:
            assert interval.start < interval.end
        if interval.repealed_by:
            assert interval.end is not None


def test_links_are_absolute_urls(j: Jurisdiction) -> None:
    urls = [s.url for s in j.sources] + [i.url for i in j.instruments]
    urls += [p.url for i in j.instruments for p in i.provisions if p.url]
    assert all(URL.match(u) for u in urls)


def test_ids_are_unique_across_the_library(lib: Library) -> None:
    uids = [r.uid for j in lib for r in j.rules] + [p.uid for j in lib for i in j.instruments for p in i.provisions]
    assert len(uids) == len(set(uids))


def test_dates_are_not_in_the_future(j: Jurisdiction) -> None:
    today = date.today()
    assert j.coverage.last_verified <= today
    assert all(s.consulted_on <= today for s in j.sources)
    assert all(r.verified_on <= today for r in j.rules)


def test_regime_specific_fields(j: Jurisdiction) -> None:
    for rule in j.rules:
        if rule.regime is Regime.AUTHORIZATION_REQUIRED:
            assert rule.authorization is not None and rule.authorization.office
        if rule.regime is Regime.CONDITIONALLY_PROHIBITED:
            assert rule.condition is not None


def test_summaries_are_not_empty_or_placeholders(j: Jurisdiction) -> None:
    texts = [r.summary for r in j.rules] + [v.summary for i in j.instruments for p in i.provisions for v in p.versions]
    assert all(len(t) >= 20 and "TODO" not in t and "OWN WORDS" not in t for t in texts)


def test_portals_declared_or_every_link_explained(j: Jurisdiction) -> None:
    # A state without an official online portal (Cyprus's laws are published online only by its Bar) declares
    # none; then every instrument says why its link is not official.
    if not j.portals:
        unexplained = [i.uid for i in j.instruments if not i.url_note]
        assert unexplained == [], f"{j.code}: declare portals, or give these instruments a url_note: {unexplained}"


def _numbers(locator: str) -> list[str]:
    """The numbers of a locator (``§ 321`` → 321, ``s. 83.181`` → 83.181, ``19 kap. 12 §`` → 19, 12)."""
    return re.findall(r"\d+(?:\.\d+)*", locator)


def test_links_point_to_official_portals_and_name_the_provision(j: Jurisdiction) -> None:
    portals = {p.host: p for p in j.portals}
    for instrument in j.instruments:
        host = urlparse(instrument.url).hostname
        assert host in portals or instrument.url_note, (
            f"{instrument.uid}: {instrument.url} is not on a declared official portal and has no url_note"
        )
        for provision in instrument.provisions:
            if provision.url is None:
                continue
            host = urlparse(provision.url).hostname
            assert host in portals, f"{provision.uid}: {provision.url} is not on a declared official portal"
            if portals[host].deep_links:
                numbers = _numbers(provision.locator_en or provision.locator)
                assert any(n in provision.url for n in numbers), (
                    f"{provision.uid}: {provision.url} does not name {provision.locator}"
                )
