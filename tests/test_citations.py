"""Citation formatters against the published forms of each style."""

from __future__ import annotations

import pytest

from legal_ref.citations import CitationStyle, cite, oscola_locator
from legal_ref.library import Library
from legal_ref.models import Instrument, Jurisdiction


def uk_act(title: str, chapter: str, section: str) -> Jurisdiction:
    """A UK act modelled as the data would hold it (for OSCOLA/Bluebook examples from the guides)."""
    return Jurisdiction.model_validate(
        {
            "code": "GB", "name": "United Kingdom", "names": [{"lang": "en", "text": "United Kingdom"}],
            "coverage": {"last_verified": "2026-01-01"},
            "sources": [{"id": "s", "url": "https://example.org/s", "title": "t", "publisher": "p",
                         "kind": "legislation", "official": True, "language": "en", "consulted_on": "2026-01-01"}],
            "instruments": [{"id": "act", "kind": "act", "title": title, "title_lang": "en", "title_en": title,
                             "title_en_official": True, "citation": chapter, "valid": {},
                             "url": "https://example.org/act", "sources": ["s"],
                             "provisions": [{"id": "s1", "locator": section,
                                             "versions": [{"valid": {}, "summary": "x", "sources": ["s"]}]}]}],
            "rules": [{"id": "r", "topic": "foreign_service", "binds": ["citizens"], "regime": "permitted",
                       "summary": "x", "valid": {}, "rests_on": ["act:s1"], "sources": ["s"],
                       "confidence": "official_publication", "verified_on": "2026-01-01"}],
        }
    )  # fmt: skip


def test_oscola_published_example() -> None:
    # OSCOLA 4th edn, 2.4.1: "Human Rights Act 1998, s 15(1)(b)"
    provision = uk_act("Human Rights Act 1998", "c. 42", "s. 15").instrument("act").provision("s1")
    assert cite(provision, CitationStyle.OSCOLA, pinpoint="(1)(b)") == "Human Rights Act 1998, s 15(1)(b)"


def test_bluebook_published_examples(lib: Library) -> None:
    # Bluebook rule 12.3 (e.g. "42 U.S.C. § 1983"): title, code, section.
    assert cite(lib.provision("us:title-18-usc:s959"), CitationStyle.BLUEBOOK) == "18 U.S.C. § 959"
    # Bluebook rule 20 / T2 for the UK: "Human Rights Act 1998, c. 42, § 15 (U.K.)"
    provision = uk_act("Human Rights Act 1998", "c. 42", "s. 15").instrument("act").provision("s1")
    assert cite(provision, CitationStyle.BLUEBOOK) == "Human Rights Act 1998, c. 42, § 15 (U.K.)"
    # Foreign codes: original title, [English title], citation, section (jurisdiction).
    assert cite(lib.provision("cz:criminal-code:s321"), CitationStyle.BLUEBOOK) == (
        "Zákon č. 40/2009 Sb., trestní zákoník [Criminal Code], Act No. 40/2009 Coll., § 321 (Czech Rep.)"
    )


def test_local_czech_form(lib: Library) -> None:
    assert lib.cite("cz:criminal-code:s321", "local", "odst. 1") == "§ 321 odst. 1 zákona č. 40/2009 Sb."
    assert lib.cite("de:stgb:s109h", "local") == "§ 109h StGB"


@pytest.mark.parametrize(("locator", "expected"), [("s. 4", "s 4"), ("art. 47", "art 47"), ("§ 321", "§ 321")])
def test_oscola_locators(locator: str, expected: str) -> None:
    assert oscola_locator(locator) == expected


def test_every_provision_cites_in_every_style(lib: Library) -> None:
    for j in lib:
        for instrument in j.instruments:
            assert isinstance(instrument, Instrument)
            for provision in instrument.provisions:
                for style in CitationStyle:
                    text = cite(provision, style)
                    assert text and "None" not in text, (provision.uid, style)
