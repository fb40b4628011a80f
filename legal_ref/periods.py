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


class Interval(BaseModel):
    """A half-open validity interval ``[start, end)``; either bound may be open (unknown or ongoing)."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    start: date | None = None
    """First day in force; ``None`` when the start is earlier than anything recorded."""
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
        if self.repealed_by is not None and self.end is None:
            raise ValueError("repealed_by is given but end is not: a repeal needs the date it took effect")
        return self

    def contains(self, day: date) -> bool:
        """True when ``day`` lies in ``[start, end)``."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def status_on(self, day: date) -> TimeStatus:
        """Whether the interval is in force on ``day``, not yet, or ended."""
        if self.start is not None and day < self.start:
            return TimeStatus.NOT_YET_IN_FORCE
        if self.end is not None and day >= self.end:
            return TimeStatus.ENDED
        return TimeStatus.IN_FORCE

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one day."""
        starts_before_other_ends = self.start is None or other.end is None or self.start < other.end
        other_starts_before_end = other.start is None or self.end is None or other.start < self.end
        return starts_before_other_ends and other_starts_before_end

    def __str__(self) -> str:
        start = self.start.isoformat() if self.start else "…"
        end = self.end.isoformat() if self.end else "…"
        return f"[{start}, {end})"
