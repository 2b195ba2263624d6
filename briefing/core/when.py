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
