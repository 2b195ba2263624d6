"""Dates resolved against the article date, as a careful reader would."""

from __future__ import annotations

import pytest

from briefing.core.extract.dates import relative_day, resolve
from briefing.core.when import precise


@pytest.mark.parametrize(
    ("text", "article", "tense", "value", "end", "granularity"),
    [
        ("Sept 8, 2021", "2021-09-08", None, "2021-09-08", None, "day"),
        ("Wednesday", "2021-09-08", "past", "2021-09-08", None, "day"),  # the article's own day
        ("Monday", "2021-09-07", "past", "2021-09-06", None, "day"),
        ("on Friday", "2021-09-07", "future", "2021-09-10", None, "day"),  # "will meet on Friday"
        # The paper's own day, to come: today (a second trial's "will gather a select council
        # ... on Friday morning" in a Friday paper was dated the Friday after); "next" is not.
        ("on Friday morning", "2016-07-15", "future", "2016-07-15", None, "day"),
        ("next Friday", "2016-07-15", "future", "2016-07-22", None, "day"),
        ("Friday", "2021-09-07", "past", "2021-09-03", None, "day"),
        # The day after the paper's is that day: "before Tuesday's vote" in a Monday paper;
        # in the past tense too, told by a paper dated by a clock behind the news's
        # ("Hollande said in a televised address early Friday", NYT of Thursday 14 July 2016).
        ("Tuesday", "2016-11-07", "present", "2016-11-08", None, "day"),
        ("early Friday", "2016-07-14", "past", "2016-07-15", None, "day"),
        ("Friday morning", "2017-09-14", "past", "2017-09-15", None, "day"),
        ("last Friday", "2016-07-14", "past", "2016-07-08", None, "day"),
        ("this past Friday", "2016-07-14", "past", "2016-07-08", None, "day"),
        ("Wednesday", "2016-07-14", "past", "2016-07-13", None, "day"),
        ("Monday", "2016-11-07", "present", "2016-11-07", None, "day"),
        ("next Monday", "2021-09-07", None, "2021-09-13", None, "day"),
        ("August 24", "2021-09-07", "past", "2021-08-24", None, "day"),
        ("December 28", "2022-01-03", "past", "2021-12-28", None, "day"),  # across a year
        ("January 5", "2021-12-20", "future", "2022-01-05", None, "day"),
        ("7-8 September 2021", "2021-09-07", None, "2021-09-07", "2021-09-08", "range"),
        ("September 7-8", "2021-09-01", None, "2021-09-07", "2021-09-08", "range"),
        ("last month", "2021-09-08", "past", "2021-08-01", "2021-08-31", "month"),
        ("earlier this week", "2021-09-08", "past", "2021-09-06", "2021-09-08", "week"),
        ("next week", "2021-09-07", None, "2021-09-13", "2021-09-19", "week"),
        ("yesterday", "2021-09-07", None, "2021-09-06", None, "day"),
        ("last night", "2021-09-07", "past", "2021-09-06", None, "day"),
        ("this morning", "2021-09-07", "past", "2021-09-07", None, "day"),
        ("late Thursday night", "2016-11-11", "past", "2016-11-10", None, "day"),  # TIME
        ("6.10am on Wednesday", "2016-11-10", "past", "2016-11-09", None, "day"),
        ("three days ago", "2021-09-07", None, "2021-09-04", None, "day"),
        # Trial D: "more than a week ago" dated a bottom line to the day; a hedged count of
        # weeks is a stretch round its day, as the hedge leans (the review of session 32's
        # second reading: not the calendar week, which held a Monday paper's Sunday).
        ("a week ago", "2021-09-07", None, "2021-08-31", None, "day"),
        ("more than a week ago", "2021-09-06", None, "2021-08-24", "2021-08-30", "range"),
        ("about two weeks ago", "2021-09-12", None, "2021-08-26", "2021-09-01", "range"),
        ("nearly a week ago", "2021-09-07", None, "2021-08-31", "2021-09-06", "range"),
        ("September 2021", "2021-09-07", None, "2021-09-01", "2021-09-30", "month"),
        # A month without its year: the nearest counted in months; at six months either
        # way the past one when the tense is unknown, the one ahead in the present ("take
        # effect in May", the review's).
        ("in May", "2019-11-20", None, "2019-05-01", "2019-05-31", "month"),
        ("in May", "2019-11-20", "present", "2020-05-01", "2020-05-31", "month"),
        ("in May", "2019-11-20", "past", "2019-05-01", "2019-05-31", "month"),
        ("in May", "2019-11-20", "future", "2020-05-01", "2020-05-31", "month"),
        ("in March", "2019-11-20", "present", "2020-03-01", "2020-03-31", "month"),
        ("in December", "2018-01-05", None, "2017-12-01", "2017-12-31", "month"),
        ("8 September 2021", "2021-09-09", "past", "2021-09-08", None, "day"),  # not the month
        ("the 8th of September, 2021", "2021-09-09", None, "2021-09-08", None, "day"),
        ("2021", "2021-09-07", None, "2021-01-01", "2021-12-31", "year"),
        ("last year", "2021-09-07", None, "2020-01-01", "2020-12-31", "year"),
        ("earlier this month", "2021-09-07", "past", "2021-09-01", "2021-09-07", "month"),
        ("later this year", "2021-09-07", "future", "2021-09-07", "2021-12-31", "year"),
        ("a month ago", "2021-09-07", "past", "2021-08-01", "2021-08-31", "month"),
        ("two years ago", "2021-09-07", "past", "2019-01-01", "2019-12-31", "year"),
        ("the past two weeks", "2021-09-07", "past", "2021-08-24", "2021-09-07", "range"),
        ("the last three months", "2021-09-07", "past", "2021-06-07", "2021-09-07", "range"),
        ("the next 10 days", "2021-09-07", "future", "2021-09-07", "2021-09-17", "range"),
        ("in two weeks", "2021-09-07", "future", "2021-09-21", None, "day"),
        ("September 7 and 8", "2021-09-01", None, "2021-09-07", "2021-09-08", "range"),
        ("between 7 and 9 September", "2021-09-01", None, "2021-09-07", "2021-09-09", "range"),
        ("September 7 and 28", "2021-09-01", None, "2021-09-07", None, "day"),  # two days
        # A weekend is its Saturday and Sunday (2021-09-07 is a Tuesday, 09-11 a Saturday).
        ("over the weekend", "2021-09-07", "past", "2021-09-04", "2021-09-05", "range"),
        ("this weekend", "2021-09-07", "future", "2021-09-11", "2021-09-12", "range"),
        ("the weekend", "2021-09-07", "future", "2021-09-11", "2021-09-12", "range"),
        ("the weekend", "2021-09-10", "present", "2021-09-11", "2021-09-12", "range"),
        ("the weekend", "2021-09-11", "past", "2021-09-11", "2021-09-12", "range"),  # under way
        ("last weekend", "2021-09-11", "past", "2021-09-04", "2021-09-05", "range"),
        ("this weekend", "2019-11-25", "past", "2019-11-23", "2019-11-24", "range"),
        ("this weekend", "2019-11-25", "future", "2019-11-30", "2019-12-01", "range"),
        ("this weekend", "2019-11-24", "past", "2019-11-23", "2019-11-24", "range"),
        ("this weekend", "2019-11-27", "past", "2019-11-30", "2019-12-01", "range"),
        ("next weekend", "2021-09-11", "future", "2021-09-18", "2021-09-19", "range"),
        # Holidays of a fixed day (a trial's Erie timeline missed "34 inches ... on
        # Christmas Day"), the year found as for their month and day.
        ("Christmas Day", "2017-12-27", "past", "2017-12-25", None, "day"),
        ("Christmas Eve", "2017-12-27", "past", "2017-12-24", None, "day"),
        ("New Year’s Eve", "2017-12-27", "future", "2017-12-31", None, "day"),
        ("New Year's Day", "2018-01-03", "past", "2018-01-01", None, "day"),
        ("New Year's Eve 2016", "2017-12-27", "past", "2016-12-31", None, "day"),
        ("Halloween", "2017-11-02", "past", "2017-10-31", None, "day"),
        ("the Fourth of July", "2017-06-20", "future", "2017-07-04", None, "day"),
    ],
)
def test_resolved(
    text: str, article: str, tense: str | None, value: str, end: str | None, granularity: str
) -> None:
    result = resolve(text, article, tense)  # type: ignore[arg-type]
    assert (result.value, result.end, result.granularity) == (value, end, granularity)


@pytest.mark.parametrize(
    "text",
    [
        "day one",
        "two years",
        "the 1990s",
        "recent months",
        "February 30",
        "at 6am",
        "final weekend",
        "Flight 1943",  # a number, not a year (a trial's events: "1943 Delta ... referred")
        "Route 1776",
        "over Christmas",  # a season as often as the day
        "in time for Christmas",
    ],
)
def test_unresolvable_stays_unresolved(text: str) -> None:
    assert not resolve(text, "2021-09-07").resolved


def test_a_past_day_counted_from_something_else_is_the_one_gone() -> None:
    # "issued a letter on the Sunday before Election Day", in a Saturday paper.
    assert resolve("Sunday", "2016-11-12", "past", "before").value == "2016-11-06"
    assert resolve("Sunday", "2016-11-12", "future", "before").value == "2016-11-13"


@pytest.mark.parametrize(
    ("text", "next_word"),
    [("the last three weeks", "of"), ("the last week", "of"), ("the weekend", "before")],
)
def test_a_stretch_counted_from_something_else_stays_unresolved(text: str, next_word: str) -> None:
    # "the last three weeks of the election", "the weekend before the vote"
    assert not resolve(text, "2016-11-12", "past", next_word).resolved
    assert resolve(text, "2016-11-12", "past").resolved


def test_only_a_short_range_is_precise() -> None:
    assert precise("day", "2021-09-07", None)
    assert precise("range", "2021-09-04", "2021-09-05")
    assert not precise("range", "1976-11-03", "2016-11-03")  # "the past 40 years"
    assert not precise("month", "2021-09-01", "2021-09-30")


def test_relative_dates_need_an_article_date() -> None:
    assert not resolve("Monday", None).resolved
    assert resolve("Sept 8, 2021", None).value == "2021-09-08"


def test_relative_day_is_resolved_by_its_words_only() -> None:
    assert relative_day("late last night", "2016-11-03").value == "2016-11-02"
    assert relative_day("this morning", "2016-11-03").value == "2016-11-03"
    assert not relative_day("Wednesday night", "2016-11-03").resolved  # a weekday: not here
    assert not relative_day("last night", None).resolved


def test_a_day_of_the_calendar_is_resolved_by_its_words() -> None:
    assert relative_day("November 8, 2016", "2016-02-08").value == "2016-11-08"
    assert relative_day("Nov. 2", "2016-11-03").value == "2016-11-02"
    assert relative_day("November 8, 2016", None).value == "2016-11-08"
    assert not relative_day("Nov. 2", None).resolved  # which year?
    assert not relative_day("November 2016", "2016-11-03").resolved  # a month, not a day
