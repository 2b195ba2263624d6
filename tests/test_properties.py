"""Property tests (hypothesis): arbitrary text and bytes never raise anything but our own
error, and article text never becomes Markdown structure. CI runs a few hundred examples
each; benchmarks/fuzz.py runs 10,000+."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.models import Mention
from tests import properties as p

CI = settings(max_examples=300, deadline=None)


@CI
@given(st.binary(max_size=600))
def test_decode(data: bytes) -> None:
    p.decoding_raises_only_read_error(data)


@CI
@given(p.NASTY)
def test_readers(text: str) -> None:
    p.readers_raise_only_read_error(text)


@CI
@given(p.NASTY, p.DATES, st.sampled_from([None, "past", "present", "future"]))
def test_dates(text: str, day: dt.date, tense: str | None) -> None:
    p.dates_never_raise(text, day, tense)


@CI
@given(p.OPENINGS)
def test_dateline(body: str) -> None:
    p.dateline_is_a_place_in_the_body(body)


@CI
@given(p.tagged_texts())
def test_consistent_mentions(tagged: tuple[str, list[Mention]]) -> None:
    p.consistent_mentions_stay_in_the_text(tagged)


KNOWN = ["Monday", "last month", "7-8 September", "December 28", "2021", "next week"]


@CI
@given(st.sampled_from(KNOWN), p.DATES, st.sampled_from([None, "past", "future"]))
def test_dates_known_forms_resolve(text: str, day: dt.date, tense: str | None) -> None:
    from briefing.core.extract.dates import resolve

    assert resolve(text, day.isoformat(), tense).resolved  # type: ignore[arg-type]


@CI
@given(p.ARTICLE_TEXT)
def test_rendering(text: str) -> None:
    p.escaped_text_makes_no_markdown(text)
    p.linked_text_makes_no_other_markdown(text)
