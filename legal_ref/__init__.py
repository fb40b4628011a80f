"""legal_ref: the typed, sourced reference of the laws on serving in a foreign state's armed forces.

>>> import legal_ref
>>> lib = legal_ref.load()
>>> lib["CZ"].rule("foreign-service").authorization.office
'President of the Republic'

The main types are importable from here (``from legal_ref import Library, Rule, Topic``); they are
imported on first use, so ``import legal_ref`` stays cheap.

The data is information about the law, not legal advice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from legal_ref.errors import BundleError, DataError, LegalRefError, Problem, UnknownNameError
from legal_ref.loading import load

if TYPE_CHECKING:
    from legal_ref.assessment import Assessment
    from legal_ref.library import ComparisonRow, CoverageRow, Library, RuleSelection, SearchHit, TopicAnswer
    from legal_ref.models import (
        AuthorityKind,
        Confidence,
        Dataset,
        Instrument,
        Jurisdiction,
        Person,
        Provision,
        Regime,
        Rule,
        Source,
        Topic,
    )
    from legal_ref.periods import Interval, TimeStatus

_LAZY = {
    "Assessment": "legal_ref.assessment",
    **dict.fromkeys(
        ("ComparisonRow", "CoverageRow", "Library", "RuleSelection", "SearchHit", "TopicAnswer"), "legal_ref.library"
    ),
    **dict.fromkeys(
        (
            *("AuthorityKind", "Confidence", "Dataset", "Instrument", "Jurisdiction", "Person"),
            *("Provision", "Regime", "Rule", "Source", "Topic"),
        ),
        "legal_ref.models",
    ),
    **dict.fromkeys(("Interval", "TimeStatus"), "legal_ref.periods"),
}

__all__ = [
    "DISCLAIMER",
    "Assessment",
    "AuthorityKind",
    "BundleError",
    "ComparisonRow",
    "Confidence",
    "CoverageRow",
    "DataError",
    "Dataset",
    "Instrument",
    "Interval",
    "Jurisdiction",
    "LegalRefError",
    "Library",
    "Person",
    "Problem",
    "Provision",
    "Regime",
    "Rule",
    "RuleSelection",
    "SearchHit",
    "Source",
    "TimeStatus",
    "Topic",
    "TopicAnswer",
    "UnknownNameError",
    "load",
]
__version__ = "0.1.0"

DISCLAIMER = (
    "legal_ref is information about the law, not legal advice. Laws change and their application depends on "
    "the facts: check the cited provisions and consult a qualified lawyer before acting."
)
"""The notice shown wherever a user reads a verdict."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'legal_ref' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
