"""Time defined once: ``[start, end)`` intervals, unconfirmed starts, and statuses, pinned at every boundary."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from legal_ref.periods import Interval, TimeStatus

D = date(2010, 1, 1)
DAY = timedelta(days=1)


def test_status_at_each_boundary_of_a_closed_interval() -> None:
    valid = Interval(start=D, end=D + 10 * DAY)
    assert valid.status_on(D - DAY) is TimeStatus.NOT_YET_IN_FORCE
    assert valid.status_on(D) is TimeStatus.IN_FORCE
    assert valid.status_on(D + 9 * DAY) is TimeStatus.IN_FORCE
    assert valid.status_on(D + 10 * DAY) is TimeStatus.ENDED  # the end is the first day no longer in force
    assert valid.status_on(D + 11 * DAY) is TimeStatus.ENDED


def test_contains_at_each_boundary() -> None:
    valid = Interval(start=D, end=D + 10 * DAY)
    assert [valid.contains(D + k * DAY) for k in (-1, 0, 9, 10)] == [False, True, True, False]
    assert Interval().contains(date.min) and Interval().contains(date.max)
    assert Interval(end=D).contains(D - DAY) and not Interval(end=D).contains(D)
    assert Interval(start=D).contains(date.max) and not Interval(start=D).contains(D - DAY)


def test_an_unconfirmed_start_is_unknown_before_it_never_not_yet() -> None:
    valid = Interval(confirmed_from=D, end=D + 10 * DAY)
    assert valid.status_on(D - DAY) is TimeStatus.UNKNOWN
    assert valid.status_on(D) is TimeStatus.IN_FORCE
    assert valid.status_on(D + 10 * DAY) is TimeStatus.ENDED
    assert valid.earliest == D and not valid.start_confirmed
    assert [valid.contains(D + k * DAY) for k in (-1, 0, 9, 10)] == [False, True, True, False]


def test_earliest_and_start_confirmed() -> None:
    assert Interval(start=D).earliest == D and Interval(start=D).start_confirmed
    assert Interval().earliest is None and not Interval().start_confirmed
    assert Interval(confirmed_from=D).earliest == D


def test_open_intervals_are_in_force() -> None:
    assert Interval().status_on(D) is TimeStatus.IN_FORCE
    assert Interval(start=D).status_on(date.max) is TimeStatus.IN_FORCE
    assert Interval(end=D).status_on(D - DAY) is TimeStatus.IN_FORCE
    assert Interval(end=D).status_on(D) is TimeStatus.ENDED


@pytest.mark.parametrize(
    ("fields", "says"),
    [
        ({"start": D, "end": D}, "must be after start"),
        ({"start": D, "end": D - DAY}, "must be after start"),
        ({"start": D, "confirmed_from": D}, "not both"),
        ({"confirmed_from": D, "end": D}, "must be after confirmed_from"),
        ({"confirmed_from": D, "end": D - DAY}, "must be after confirmed_from"),
        ({"start": D, "repealed_by": "Act"}, "repealed_by is given but end is not"),
    ],
)
def test_invalid_intervals(fields: dict[str, object], says: str) -> None:
    with pytest.raises(ValidationError, match=says):
        Interval.model_validate(fields)


def test_one_day_intervals_are_valid() -> None:
    assert Interval(start=D, end=D + DAY).status_on(D) is TimeStatus.IN_FORCE
    assert Interval(confirmed_from=D, end=D + DAY).status_on(D) is TimeStatus.IN_FORCE
    assert Interval(start=D, end=D + DAY, repealed_by="Act").repealed_by == "Act"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (Interval(start=D, end=D + 10 * DAY), Interval(start=D + 10 * DAY), False),  # touching: no shared day
        (Interval(start=D, end=D + 10 * DAY), Interval(start=D + 9 * DAY), True),
        (Interval(start=D + 10 * DAY), Interval(start=D, end=D + 10 * DAY), False),
        (Interval(start=D + 9 * DAY), Interval(start=D, end=D + 10 * DAY), True),
        (Interval(), Interval(start=D), True),
        (Interval(start=D), Interval(), True),
        (Interval(end=D), Interval(start=D), False),
        (Interval(start=D), Interval(end=D), False),
        (Interval(end=D + DAY), Interval(start=D), True),
        (Interval(confirmed_from=D, end=D + 5 * DAY), Interval(start=D + 5 * DAY), False),
        (Interval(confirmed_from=D, end=D + 5 * DAY), Interval(confirmed_from=D + 4 * DAY), True),
        (Interval(start=D, end=D + 5 * DAY), Interval(start=D + 6 * DAY, end=D + 8 * DAY), False),
    ],
)
def test_overlaps(a: Interval, b: Interval, expected: bool) -> None:
    assert a.overlaps(b) is expected
    assert b.overlaps(a) is expected


def test_text_forms() -> None:
    assert str(Interval(start=D, end=D + DAY)) == "[2010-01-01, 2010-01-02)"
    assert str(Interval(start=D)) == "[2010-01-01, …)"
    assert str(Interval(end=D)) == "[…, 2010-01-01)"
    assert str(Interval()) == "[…, …)"
    assert str(Interval(confirmed_from=D)) == "[start not confirmed; in force by 2010-01-01, …)"
    assert str(Interval(confirmed_from=D, end=D + DAY)) == "[start not confirmed; in force by 2010-01-01, 2010-01-02)"


def test_statuses_are_their_values() -> None:
    assert [s.value for s in TimeStatus] == [
        "in_force", "not_yet_in_force", "ended", "outside_coverage", "not_researched", "unknown"
    ]  # fmt: skip
