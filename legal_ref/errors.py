"""Errors that legal_ref shows to people: data problems with ``file:line``, and unknown names with suggestions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One problem in a data file: where it is and what is wrong."""

    file: str
    line: int | None
    """1-based line, when known."""
    path: str
    """The field path, e.g. ``rules[0].penalties[1].imprisonment.max``."""
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class LegalRefError(Exception):
    """Base of legal_ref's own errors; their messages are meant for people."""


class DataError(LegalRefError):
    """A data directory failed validation; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the data:\n{lines}")


class UnknownNameError(LegalRefError, KeyError):
    """A query named something that does not exist; the message suggests close matches."""

    def __init__(self, kind: str, name: str, candidates: Iterable[str], *, list_choices: bool = False) -> None:
        self.kind = kind
        self.name = name
        import difflib  # only when a name is unknown: keeps it out of every import

        folded = {c.lower(): c for c in candidates}
        key = name.strip().lower()[:200]
        close = difflib.get_close_matches(key, list(folded), n=3, cutoff=0.6) if len(key) < 100 else []
        self.suggestions = tuple(folded[c] for c in close)
        hint = f"; did you mean {', '.join(repr(s) for s in self.suggestions)}?" if self.suggestions else ""
        if list_choices:
            hint += f"; choose from: {', '.join(folded.values())}"
        shown = name if len(name) <= 60 else name[:59] + "…"
        odd = next((c for c in shown if not c.isascii()), None)
        if odd is not None and shown.isupper() and len(shown.strip()) <= 3:
            # A code that looks right but is not (Cyrillic С in СZ) must not read like a valid one.
            import unicodedata

            hint += f" (it contains {odd!r}, U+{ord(odd):04X} {unicodedata.name(odd, 'unnamed')}, not an ASCII letter)"
        self.message = f"unknown {kind} {shown!r}{hint}"
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class BundleError(LegalRefError):
    """The compiled bundle is missing, damaged, of another format version or stale; the message says how to recover."""
