"""Citing provisions: OSCOLA, Bluebook, and the jurisdiction's own customary form.

General CSL processors mangle statutes (years doubled, sections lost), so
legal_ref formats citations itself, following the published guides:

- **OSCOLA** (legislation): the official short title where it carries its year,
  then the provision without full stops (``Foreign Enlistment Act 1870, s 4``);
  instruments without such a title are named by their English title and
  citation (``Criminal Code (Act No. 40/2009 Coll.), § 321``).
- **Bluebook** (rule 12 for US statutes, rule 20 for foreign ones): ``18 U.S.C.
  § 959``; ``Trestní zákoník [Criminal Code], Act No. 40/2009 Coll., § 321
  (Czech Rep.)``; UK acts ``Foreign Enlistment Act 1870, 33 & 34 Vict. c. 90, § 4
  (U.K.)``.
- **Local**: the original-language form from the instrument's
  ``citation_local_template`` (``§ 321 zákona č. 40/2009 Sb.``), else the local
  citation followed by the locator.
"""

from __future__ import annotations

import re
from enum import StrEnum

from legal_ref.models import Instrument, InstrumentKind, Provision


class CitationStyle(StrEnum):
    """Citation styles legal_ref can produce."""

    OSCOLA = "oscola"
    BLUEBOOK = "bluebook"
    LOCAL = "local"


# Bluebook table T10 geographical abbreviations, for the jurisdictions whose form the style fixes.
BLUEBOOK_JURISDICTIONS = {
    "AT": "Austria", "BE": "Belg.", "CA": "Can.", "CH": "Switz.", "CZ": "Czech Rep.", "DE": "Ger.",
    "DK": "Den.", "EE": "Est.", "ES": "Spain", "FI": "Fin.", "FR": "Fr.", "GB": "U.K.", "GR": "Greece",
    "IE": "Ir.", "IT": "It.", "LT": "Lith.", "LU": "Lux.", "LV": "Lat.", "NL": "Neth.", "NO": "Nor.",
    "PL": "Pol.", "PT": "Port.", "RU": "Russ.", "SE": "Swed.", "UA": "Ukr.",
}  # fmt: skip


def oscola_locator(locator: str) -> str:
    """Drop the full stop after a locator abbreviation: ``s. 4`` → ``s 4``, ``art. 47`` → ``art 47``."""
    return re.sub(r"^([A-Za-z]{1,4})\.\s*", r"\1 ", locator)


def _number(locator: str) -> str:
    """The number part of a locator: ``s. 4`` → ``4``, ``§ 959`` → ``959``."""
    return re.sub(r"^(?:[A-Za-z]{1,8}\.?|§)\s*", "", locator)


def _with_pinpoint(locator: str, pinpoint: str | None) -> str:
    if not pinpoint:
        return locator
    return f"{locator}{pinpoint}" if pinpoint.startswith("(") else f"{locator} {pinpoint}"


def instrument_label(instrument: Instrument) -> str:
    """How the instrument is named in an OSCOLA citation."""
    if instrument.short_title:
        return instrument.short_title
    if instrument.title_en_official and re.search(r"\b\d{4}\b", instrument.title_en):
        return instrument.title_en  # an official short title with its year (UK style) needs nothing more
    if instrument.title_en in instrument.citation:
        return instrument.citation
    return f"{instrument.title_en} ({instrument.citation})"


def _jurisdiction(provision: Provision) -> str:
    return provision.uid.split(":", 1)[0].upper()


def _bluebook(provision: Provision, pinpoint: str | None) -> str:
    instrument, code = provision.instrument, _jurisdiction(provision)
    locator = _with_pinpoint(provision.locator_en or provision.locator, pinpoint)
    if instrument.kind is InstrumentKind.CASE:
        return f"{instrument.title}, {instrument.citation}"
    if code == "US" and instrument.citation.endswith("U.S.C."):
        section = provision.locator if provision.locator.startswith("§") else f"§ {_number(provision.locator)}"
        return f"{instrument.citation} {_with_pinpoint(section, pinpoint)}"
    if instrument.kind is InstrumentKind.TREATY:
        return f"{instrument.title_en} {locator}, {instrument.citation}"
    place = BLUEBOOK_JURISDICTIONS.get(code, code)
    if code == "GB" or (instrument.title_lang == "en" and instrument.title_en_official):
        section = f"§ {_number(provision.locator)}" if provision.locator.startswith("s.") else provision.locator
        return f"{instrument.title_en}, {instrument.citation}, {_with_pinpoint(section, pinpoint)} ({place})"
    return f"{instrument.title} [{instrument.title_en}], {instrument.citation}, {locator} ({place})"


def cite(provision: Provision, style: CitationStyle = CitationStyle.OSCOLA, pinpoint: str | None = None) -> str:
    """Format a citation of ``provision`` in ``style``, optionally with a pinpoint (``(1)``, ``odst. 1``)."""
    instrument = provision.instrument
    if style is CitationStyle.LOCAL:
        locator = _with_pinpoint(provision.locator, pinpoint)
        if instrument.citation_local_template:
            return instrument.citation_local_template.format(locator=locator)
        return f"{instrument.citation_local or instrument.title}, {locator}"
    if style is CitationStyle.BLUEBOOK:
        return _bluebook(provision, pinpoint)
    locator = oscola_locator(provision.locator_en or provision.locator)
    return f"{instrument_label(instrument)}, {_with_pinpoint(locator, pinpoint)}"
