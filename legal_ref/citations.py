"""Citing provisions in a standard legal style.

General CSL processors mangle statutes, so legal_ref formats citations itself.
The standard style follows OSCOLA's form for legislation: the official short
title where it carries its year (``Foreign Enlistment Act 1870, s 4``), otherwise
the English title with the citation (``Foreign Enlistment Act (R.S.C., 1985,
c. F-28), s 3``), a comma, and the locator written without full stops.
"""

from __future__ import annotations

import re
from enum import StrEnum

from legal_ref.models import Instrument, Provision


class CitationStyle(StrEnum):
    """Citation styles legal_ref can produce."""

    STANDARD = "standard"
    """OSCOLA-like: ``Foreign Enlistment Act 1870, s 4``; ``Criminal Code (Act No. 40/2009 Coll.), § 321``."""
    LOCAL = "local"
    """The original-language citation followed by the locator: ``zákon č. 40/2009 Sb., § 321``."""


def oscola_locator(locator: str) -> str:
    """Drop the full stop after a locator abbreviation: ``s. 4`` → ``s 4``, ``art. 47`` → ``art 47``."""
    return re.sub(r"^([A-Za-z]{1,4})\.\s*", r"\1 ", locator)


def instrument_label(instrument: Instrument) -> str:
    """How the instrument is named in a standard citation."""
    if instrument.short_title:
        return instrument.short_title
    if instrument.title_en_official and re.search(r"\b\d{4}\b", instrument.title_en):
        return instrument.title_en  # an official short title with its year (UK style) needs nothing more
    if instrument.title_en in instrument.citation:
        return instrument.citation
    return f"{instrument.title_en} ({instrument.citation})"


def cite(provision: Provision, style: CitationStyle = CitationStyle.STANDARD) -> str:
    """Format a citation of ``provision`` in ``style``."""
    instrument = provision.instrument
    if style is CitationStyle.LOCAL:
        return f"{instrument.citation_local or instrument.title}, {provision.locator}"
    return f"{instrument_label(instrument)}, {oscola_locator(provision.locator_en or provision.locator)}"
