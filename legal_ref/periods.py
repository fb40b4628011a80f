"""Time, defined once: half-open validity intervals and the status of a law on a date.

Every dated thing in legal_ref (an instrument, a provision version, a rule, a
membership) carries an :class:`Interval`. ``start`` is the first day in force and
``end`` is the first day *no longer* in force, so ``[start, end)``; a repeal is an
``end`` plus ``repealed_by``. Keeping one definition avoids the off-by-one end
dates that plague per-field conventions.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, model_validator


class TimeStatus(StrEnum):
    """Where a date falls relative to an interval or to the researched period."""

    IN_FORCE = "in_force"
    NOT_YET_IN_FORCE = "not_yet_in_force"
    ENDED = "ended"
    OUTSIDE_COVERAGE = "outside_coverage"
    NOT_RESEARCHED = "not_researched"
    UNKNOWN = "unknown"
    """Before the date from which a law whose start is not confirmed is known to be in force."""


class Interval(BaseModel):
    """A half-open validity interval ``[start, end)``.

    A rule or provision version gives its ``start``; where the start could not be
    confirmed it gives ``confirmed_from`` instead, the earliest date on which it is
    confirmed in force, and a date before that is ``unknown``, never ``in_force``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    start: date | None = None
    """First day in force."""
    confirmed_from: date | None = None
    """When the start is not confirmed: the earliest date on which it is confirmed in force."""
    end: date | None = None
    """First day no longer in force; ``None`` while still in force."""
    repealed_by: str | None = None
    """Citation of what ended it (a repealing or amending act), when it has ended."""

    @model_validator(mode="after")
    def _ordered(self) -> Interval:
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(
                f"end ({self.end}) must be after start ({self.start}): "
                "intervals are [start, end), end being the first day no longer in force"
            )
        if self.start is not None and self.confirmed_from is not None:
            raise ValueError("give start or confirmed_from, not both: confirmed_from is for a start not confirmed")
        if self.confirmed_from is not None and self.end is not None and self.end <= self.confirmed_from:
            raise ValueError(f"end ({self.end}) must be after confirmed_from ({self.confirmed_from})")
        if self.repealed_by is not None and self.end is None:
            raise ValueError("repealed_by is given but end is not: a repeal needs the date it took effect")
        return self

    @property
    def earliest(self) -> date | None:
        """The first day known in force: ``start``, else ``confirmed_from``; ``None`` for an open start."""
        return self.start if self.start is not None else self.confirmed_from

    @property
    def start_confirmed(self) -> bool:
        """False when only ``confirmed_from`` (or nothing) is known of the start."""
        return self.start is not None

    def contains(self, day: date) -> bool:
        """True when ``day`` is known to lie in the interval: from ``earliest`` up to, not including, ``end``."""
        earliest = self.earliest
        return (earliest is None or earliest <= day) and (self.end is None or day < self.end)

    def status_on(self, day: date) -> TimeStatus:
        """Whether the interval is in force on ``day``, not yet, ended, or unknown (before ``confirmed_from``)."""
        if self.start is not None and day < self.start:
            return TimeStatus.NOT_YET_IN_FORCE
        if self.confirmed_from is not None and day < self.confirmed_from:
            return TimeStatus.UNKNOWN
        if self.end is not None and day >= self.end:
            return TimeStatus.ENDED
        return TimeStatus.IN_FORCE

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals (from their earliest known day) share at least one day."""
        mine, theirs = self.earliest, other.earliest
        starts_before_other_ends = mine is None or other.end is None or mine < other.end
        other_starts_before_end = theirs is None or self.end is None or theirs < self.end
        return starts_before_other_ends and other_starts_before_end

    def __str__(self) -> str:
        if self.start is None and self.confirmed_from is not None:
            end = self.end.isoformat() if self.end else "…"
            return f"[start not confirmed; in force by {self.confirmed_from.isoformat()}, {end})"
        start = self.start.isoformat() if self.start else "…"
        end = self.end.isoformat() if self.end else "…"
        return f"[{start}, {end})"
