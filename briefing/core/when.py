"""Dates as a reader takes them: how precise a date is, and how it is written."""

from __future__ import annotations

import datetime as dt


def precise(granularity: str | None, value: str | None, end: str | None) -> bool:
    """Whether a date says when to the day or nearly: a day, or a range of at most a week
    ("7-8 September", "the last four days"; not "the past 40 years")."""
    if granularity == "day":
        return True
    if granularity != "range" or not value or not end:
        return False
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(value)).days <= 7


def long_date(value: str) -> str:
    """ "2021-09-08" as "8 September 2021"."""
    day = dt.date.fromisoformat(value)
    return f"{day.day} {day.strftime('%B')} {day.year}"


# How much of an ISO date a granularity gives: "1908", "2021-08", "2021-08-24".
_WIDTH = {"year": 4, "month": 7}


def written(value: str | None, granularity: str | None) -> str | None:
    """A date as precise as the text gives it, as an ISO prefix: a year "1908", a month
    "2021-08", a day "2021-08-24"; a week or a range by its first day (its `end` says the
    rest: `written_end`)."""
    if value is None:
        return None
    return value[: _WIDTH.get(granularity or "", 10)]


def written_end(end: str | None, granularity: str | None) -> str | None:
    """The last day of a week or a range; None for a year, month or day (the prefix is it)."""
    return end if granularity in ("week", "range") else None
