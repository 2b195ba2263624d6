"""DATE mentions resolved against the article's date, keeping their wording and granularity.

"on Monday" in an article of Tuesday 2021-09-07 is 2021-09-06; "will meet on Friday" looks
forward; "last month" is a month; "7-8 September 2021" a range, and so are "over the weekend"
and "the past two weeks". Our rules cover the forms news uses (weekdays, weekends, relative
phrases and stretches, ranges, month-day with or without a year, ISO dates, holidays of a
fixed day), read against
the article's date and the tense of the clause. What they cannot place ("day one", "two
years") stays unresolved: never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from briefing.core.vocab import (
    HEDGES,
    HEDGES_ABOVE,
    HEDGES_BELOW,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    one_of,
)

Tense = Literal["past", "present", "future"]
Granularity = Literal["day", "week", "month", "year", "range"]

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
_YEAR = r"(?:,?\s*(?P<year>(?:1[89]|20)\d\d)\b)?"
_DASH = r"\s*(?:-|–|—|to|until)\s*"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")),
    (
        "range_dm",
        re.compile(rf"(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?{_DASH}{_DAY}\s+{_MONTH}{_YEAR}"),
    ),
    (
        "range_md",
        re.compile(rf"{_MONTH}\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?{_DASH}{_DAY}{_YEAR}"),
    ),
    # A day before its month comes first: "8 September 2021" is a day, not September 2021.
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}{_YEAR}")),
    ("my", re.compile(rf"\b{_MONTH},?\s*(?P<year>(?:1[89]|20)\d\d)\b")),
    ("m", re.compile(rf"\b{_MONTH}\b")),
    # A year, but not a decade ("the 1990s") or part of a longer number.
    ("y", re.compile(r"\b(?P<year>(?:1[89]|20)\d\d)\b(?!s)")),
]
# Holidays of a fixed day, named for it ("on Christmas Day", "New Year's Eve 2017"): read as
# that month and day, so that the year is found as it is for "December 25". Not "Christmas"
# alone, a season as often as a day ("uncoupled over Christmas", "in time for Christmas":
# a Toblerone article of November was dated by it).
_HOLIDAYS = re.compile(
    r"\b(?:christmas\s+(?:eve|day)|new\s+year's\s+(?:eve|day)|boxing\s+day|halloween"
    r"|valentine's\s+day|(?:the\s+)?fourth\s+of\s+july|july\s+fourth|st\.?\s+patrick's\s+day)\b"
)
_HOLIDAY_DAYS = {
    "christmas eve": "december 24", "christmas day": "december 25",
    "new year's eve": "december 31", "new year's day": "january 1", "boxing day": "december 26",
    "halloween": "october 31", "valentine's day": "february 14", "fourth of july": "july 4",
    "the fourth of july": "july 4", "july fourth": "july 4", "st patrick's day": "march 17",
    "st. patrick's day": "march 17",
}  # fmt: skip


def names_a_holiday(text: str) -> bool:
    """Whether the words name a holiday of a fixed day (the model may read "New Year's Eve"
    as an event, not a date)."""
    return _HOLIDAYS.search(_lowered(text)) is not None


def _lowered(text: str) -> str:
    """The wording in lower case, its apostrophes straight and its spaces single."""
    return " ".join(text.lower().replace("’", "'").split())


def _holiday_days(lowered: str) -> str:
    """The wording with each holiday of a fixed day written as its month and day."""
    return _HOLIDAYS.sub(lambda m: _HOLIDAY_DAYS[" ".join(m[0].split())], lowered)


_RELATIVE_DAYS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1,
    "this morning": 0, "this afternoon": 0, "this evening": 0,
}  # fmt: skip
_NUMBERS = {"a": 1, "an": 1, **NUMBER_WORDS}
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(_NUMBERS) + r")"
_UNIT = r"(?P<unit>day|week|month|year)s?"
# "three days ago", "a month ago"; "more than a week ago" is no day (trial D's bottom line
# was dated "30 October 2016" by it)
# How a hedge moves a count of weeks ago off its day: "more than a week ago" is up to six
# days before it, "nearly a week ago" up to six after, "about a week ago" three either way
# (the review of session 32's second reading: the calendar week of "more than a week ago"
# in a Monday's paper held its Sunday).
_AGO = re.compile(rf"(?P<about>\b{one_of(HEDGES)}\s+)?\b{_COUNT}\s+{_UNIT}\s+ago\b")
# "the past two weeks", "the next three days": the stretch up to or from the article's day.
_STRETCH = re.compile(rf"\b(?P<when>past|last|previous|next|coming)\s+{_COUNT}\s+{_UNIT}\b")
# "in two weeks", "in three days' time"
_AHEAD = re.compile(rf"\bin\s+{_COUNT}\s+(?P<unit>day|week)s?\b")
# "over the weekend", "next weekend"; not "the final weekend" (of what?).
_WEEKEND = re.compile(
    r"^(?:(?:over|at|on|during|for|by|from|through)\s+)?(?:the\s+)?"
    r"(?:(?:this\s+)?(?P<when>last|past|previous|this|next|coming)\s+)?weekend$"
)
# The word after a stretch that counts it from something other than the article's day.
ANCHORS = frozenset({"of", "before"})
# "September 7 and 8": two days in a row are one stretch (not "September 7 and 28").
_NEXT_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+and\s+(\d{1,2})\b")
_PERIOD = re.compile(
    r"(?P<when>earlier|later|last|past|previous|this|next|coming|current)\s+"
    r"(?:this\s+)?(?P<unit>week|month|year)(?:end)?"
)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A resolved date: `value` (and `end` for spans) as YYYY-MM-DD, or all None."""

    value: str | None
    end: str | None
    granularity: Granularity | None

    @property
    def resolved(self) -> bool:
        """Whether the mention was placed on the calendar."""
        return self.value is not None


UNRESOLVED = DateValue(None, None, None)


def _span(start: dt.date, end: dt.date, granularity: Granularity) -> DateValue:
    return DateValue(start.isoformat(), end.isoformat(), granularity)


def _day(day: dt.date) -> DateValue:
    return DateValue(day.isoformat(), None, "day")


def _month_span(year: int, month: int) -> DateValue:
    last = calendar.monthrange(year, month)[1]
    return _span(dt.date(year, month, 1), dt.date(year, month, last), "month")


def _nearest_year(month: int, day: int, base: dt.date, tense: Tense | None) -> dt.date | None:
    """The year for a month and day given without one: the nearest to the article date,
    before it in past tense and after it in future tense (so "December 28" in a January
    article is last December)."""
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if tense == "past":
        candidates = [c for c in candidates if c <= base] or candidates
    elif tense == "future":
        candidates = [c for c in candidates if c >= base] or candidates
    return min(candidates, key=lambda c: abs((c - base).days)) if candidates else None


def _nearest_month(month: int, base: dt.date, tense: Tense | None) -> int:
    """The year of a month named without one, counted in months from the article's: before
    it in past tense, after it in future tense, else the nearest; at six months either way,
    the one ahead in the present tense ("The new rules take effect in May") and the one
    before when the tense is not known (counted in days, the one ahead was two days nearer
    in November, whatever the tense)."""
    here = base.year * 12 + base.month - 1
    years = [base.year - 1, base.year, base.year + 1]
    if tense == "past":
        years = [y for y in years if y * 12 + month - 1 <= here]
    elif tense == "future":
        years = [y for y in years if y * 12 + month - 1 >= here]
    ahead = -1 if tense == "present" else 1
    return min(years, key=lambda y: (abs(y * 12 + month - 1 - here), ahead * y))


def _weekday(
    name: str, text: str, base: dt.date, tense: Tense | None, *, anchored: bool = False
) -> DateValue:
    target = WEEKDAYS[name]
    delta = (target - base.weekday()) % 7  # days forward to the next such weekday (0: today)
    if "next" in text:
        return _day(base + dt.timedelta(days=delta or 7))
    if tense == "future" and "last" not in text:  # the paper's own day to come is today's
        return _day(base + dt.timedelta(days=delta))  # ("will meet on Friday" on a Friday)
    if "last" in text and delta == 0:
        return _day(base - dt.timedelta(days=7))
    gone = re.search(r"\b(?:last|past|previous|earlier)\b", text) is not None
    if delta == 1 and not gone and (tense != "past" or not anchored):
        # The day after the paper's is that day, whatever the tense: "before Tuesday's vote"
        # in a Monday paper, "the match starts on Saturday", and what a paper dated the day
        # before by the clock of a city behind reports ("Hollande said in a televised address
        # early Friday" in the New York Times of Thursday 14 July 2016; "North Korea fired a
        # missile Friday morning local time" on NPR, 14 September 2017). Not a past day
        # counted from something else: "issued a letter on the Sunday before Election Day"
        # in a Saturday paper (`anchored`: the word after is "before", "of"...).
        return _day(base + dt.timedelta(days=1))
    # Past or present tense: the most recent such day, the article's own day included.
    return _day(base - dt.timedelta(days=(7 - delta) % 7))


def _period(when: str, unit: str, base: dt.date) -> DateValue:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(when, 0)
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        sunday = monday + dt.timedelta(days=6)
        if when == "earlier":
            sunday = base
        elif when == "later":
            monday = base
        return _span(monday, sunday, "week")
    if unit == "month":
        year, month = _months_back(base, -step)
        span = _month_span(year, month)
    else:
        year = base.year + step
        span = _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if when == "earlier":  # "earlier this month": up to the article's day
        return DateValue(span.value, base.isoformat(), span.granularity)
    if when == "later":
        return DateValue(base.isoformat(), span.end, span.granularity)
    return span


def _months_back(base: dt.date, months: int) -> tuple[int, int]:
    """The year and month `months` before the article's month."""
    year, month = divmod(base.year * 12 + base.month - 1 - months, 12)
    return year, month + 1


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text]


def _days(n: int, unit: str) -> dt.timedelta:
    """ "three days", "two weeks" as a length of time."""
    return dt.timedelta(days=n * (7 if unit == "week" else 1))


def _ago(n: int, unit: str, base: dt.date, *, about: str | None = None) -> DateValue:
    """ "three days ago" is a day; "two months ago" the month, "a year ago" the year; "about
    two weeks ago", "more than a week ago" (`about`: the hedge) a stretch round that day,
    not a day (trial D's bottom line was dated by "more than a week ago")."""
    if unit in ("day", "week"):
        day = base - _days(n, unit)
        if unit == "week" and about:
            hedge = " ".join(about.split())
            before, after = (
                (6, 0) if hedge in HEDGES_ABOVE else (0, 6) if hedge in HEDGES_BELOW else (3, 3)
            )
            last = min(day + dt.timedelta(days=after), base - dt.timedelta(days=1))
            return _span(day - dt.timedelta(days=before), last, "range")
        return _day(day)
    if unit == "month":
        return _month_span(*_months_back(base, n))
    return _span(dt.date(base.year - n, 1, 1), dt.date(base.year - n, 12, 31), "year")


def _stretch(when: str, n: int, unit: str, base: dt.date) -> DateValue:
    """ "the past two weeks": from that far back up to the article's day; "the next three
    days": from the article's day on."""
    forward = when in ("next", "coming")
    if unit in ("day", "week"):
        other = base + _days(n, unit) if forward else base - _days(n, unit)
    else:
        months = n * (12 if unit == "year" else 1)
        year, month = _months_back(base, -months if forward else months)
        other = dt.date(year, month, min(base.day, calendar.monthrange(year, month)[1]))
    return _span(min(base, other), max(base, other), "range")


def _weekend(when: str | None, base: dt.date, tense: Tense | None) -> DateValue:
    """A weekend is its Saturday and Sunday: "this weekend" is the one of the article's week
    (in the past tense in a Monday's or Tuesday's paper, the one before it; later in the
    week a past "was scheduled for this weekend" may still look ahead),
    "next weekend" the coming one, "last weekend" the one before; "the weekend" looks back
    in the past tense (to the one under way, on a Saturday or Sunday) and forward in the
    future tense, or in the present on a Friday, like a weekday."""
    saturday = base + dt.timedelta(days=5 - base.weekday())  # of the article's week
    on_weekend = base.weekday() >= 5
    if when == "this":
        if tense == "past" and base.weekday() <= 1:  # (a Monday's or Tuesday's paper)
            # The one gone: "clashed with police this weekend" in a Monday paper (the second
            # trial's Hong Kong editorial was dated the weekend to come).
            saturday -= dt.timedelta(days=7)
    elif when in ("next", "coming"):
        if on_weekend:
            saturday += dt.timedelta(days=7)
    elif when is not None or not (
        on_weekend or tense == "future" or (tense == "present" and base.weekday() == 4)
    ):
        saturday -= dt.timedelta(days=7)
    return _span(saturday, saturday + dt.timedelta(days=1), "range")


# What a number after it names is no year: "Flight 1943", "Route 1776", "No. 2010".
_NUMBER_BEFORE = re.compile(
    r"\b(?:flight|route|highway|interstate|no\.?|number|room|gate|bus|train|platform|model"
    r"|version|apollo|channel|section|article|rule|chapter)\s+$"
)


def _absolute(text: str, base: dt.date, tense: Tense | None) -> DateValue | None:
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        if kind == "y" and _NUMBER_BEFORE.search(text[: match.start()]):
            return None  # (a trial's events: "1943 Delta Air Lines spokesman referred to it")
        parts = match.groupdict()
        year = int(parts["year"]) if parts.get("year") else None
        raw_month = parts.get("month")
        month = None
        if raw_month:
            month = int(raw_month) if raw_month.isdigit() else MONTHS[raw_month]
        try:
            if kind == "y":
                assert year is not None
                return _span(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
            if kind in ("m", "my"):
                assert month is not None
                if year is None:
                    year = _nearest_month(month, base, tense)
                return _month_span(year, month)
            assert month is not None
            day = int(parts["day"])
            if year is None:
                near = _nearest_year(month, day, base, tense)
                if near is None:
                    return None
                year = near.year
            end = dt.date(year, month, day)
            if kind.startswith("range"):
                start = dt.date(year, month, int(parts["day1"]))
                return _span(start, end, "range") if start <= end else None
            return _day(end)
        except ValueError:
            return None  # "February 30": not a date
    return None


def _relative_day(lowered: str, base: dt.date) -> DateValue:
    for word, offset in _RELATIVE_DAYS.items():
        if re.search(rf"\b{word}\b", lowered):
            return _day(base + dt.timedelta(days=offset))
    return UNRESOLVED


def relative_day(text: str, article_date: str | None) -> DateValue:
    """The day that a wording names by itself: words relative to the article's date ("late
    last night" in a Thursday paper is Wednesday) or a day of the calendar ("Nov. 2",
    "November 8, 2016"). Not a weekday: "Wednesday night" may be an earlier week's."""
    lowered = _holiday_days(_lowered(text))
    dated = re.search(r"\b(1[89]|20)\d\d\b", lowered)
    if article_date is None and not dated:
        return UNRESOLVED
    base = dt.date.fromisoformat(article_date) if article_date else dt.date(2000, 1, 1)
    found = _absolute(lowered, base, None)
    if found is not None and found.granularity == "day":
        return found
    return _relative_day(lowered, base) if article_date else UNRESOLVED


def resolve(
    text: str, article_date: str | None, tense: Tense | None = None, next_word: str = ""
) -> DateValue:
    """Place the DATE mention `text` on the calendar, relative to `article_date` (YYYY-MM-DD).

    Args:
        text: The mention as written ("on Monday", "last month", "Sept 8, 2021").
        article_date: The article's publication date; relative forms need it.
        tense: The tense of the clause the mention belongs to, if known.
        next_word: The word after the mention. A stretch followed by "of" or "before"
            counts from something else: "the last three weeks of the election", "the final
            weekend before the vote" are not the weeks before the article.

    Returns:
        The value and granularity, or an unresolved DateValue.
    """
    lowered = _holiday_days(_lowered(text))
    if "between" in lowered:  # "between September 7 and 9"
        lowered = re.sub(r"\band\b", "-", lowered)
    lowered = _NEXT_DAY.sub(
        lambda m: f"{m[1]}-{m[2]}" if int(m[2]) == int(m[1]) + 1 else m[0], lowered
    )
    base = dt.date.fromisoformat(article_date) if article_date else None
    found = _absolute(lowered, base or dt.date(2000, 1, 1), tense)
    if found is not None and (base is not None or re.search(r"\b(1[89]|20)\d\d\b", lowered)):
        return found
    if base is None:
        return UNRESOLVED
    relative = _relative_day(lowered, base)
    if relative.resolved:
        return relative
    if next_word.lower() in ANCHORS and (
        _STRETCH.search(lowered) or _WEEKEND.search(lowered) or _PERIOD.search(lowered)
    ):
        return UNRESOLVED
    if ago := _AGO.search(lowered):
        return _ago(_count(ago["n"]), ago["unit"], base, about=ago["about"])
    if stretch := _STRETCH.search(lowered):
        return _stretch(stretch["when"], _count(stretch["n"]), stretch["unit"], base)
    if ahead := _AHEAD.search(lowered):
        return _day(base + _days(_count(ahead["n"]), ahead["unit"]))
    if weekend := _WEEKEND.search(lowered):
        return _weekend(weekend["when"], base, tense)
    for name in WEEKDAYS:
        if re.search(rf"\b{name}\b", lowered):
            anchored = next_word.lower() in ANCHORS | {"after"}  # "the Friday after ..."
            return _weekday(name, lowered, base, tense, anchored=anchored)
    period = _PERIOD.search(lowered)
    if period:
        return _period(period["when"], period["unit"], base)
    return UNRESOLVED
