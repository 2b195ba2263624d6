"""Properties that must hold for any input: shared by the tests (few examples, in CI) and
benchmarks/fuzz.py (10,000+ examples)."""

from __future__ import annotations

import datetime as dt
from contextlib import suppress

from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.core.dates import resolve
from briefing.core.events import dateline
from briefing.core.readers import finish, json_records, read_markdown, read_text
from briefing.core.render import escape
from briefing.core.text import ReadError, decode

# Text with the characters that break things: controls, markup, newlines, odd Unicode.
NASTY = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("\x00\x1b\x07\r\n\t\u202e#*_[]()<>!`|-+=~:\\'\"{}")),
    ),
    max_size=400,
)
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def decoding_raises_only_read_error(data: bytes) -> None:
    try:
        text = decode(data)
    except ReadError:
        return
    assert isinstance(text, str)


def readers_raise_only_read_error(text: str) -> None:
    for reader, path in ((read_text, "a.txt"), (read_markdown, "a.md")):
        with suppress(ReadError):
            for draft in reader(text, path):
                finish(draft)
    for suffix in (".json", ".jsonl"):
        with suppress(ReadError):
            for _, thunk in json_records(text, "a" + suffix):
                with suppress(ReadError):
                    finish(thunk())


def dates_never_raise(text: str, day: dt.date, tense: str | None) -> None:
    value = resolve(text, day.isoformat(), tense)  # type: ignore[arg-type]
    if value.value is not None:
        dt.date.fromisoformat(value.value)
    if value.end is not None:
        assert value.value is not None and value.end >= value.value


# A body that opens like a news-please record: headline, maybe a byline, a dateline.
OPENINGS = st.lists(
    st.one_of(
        NASTY,
        st.sampled_from(
            ["By Jo Smith WASHINGTON, Nov 6 (Reuters) - ", "NEW YORK (AP) — ", "NFL: ", "\n\n"]
        ),
    ),
    max_size=6,
).map("".join)


def dateline_is_a_place_in_the_body(body: str) -> None:
    """A dateline, when found, is a capitalised stretch of the opening of the body."""
    found = dateline(body, [(0, len(body))])
    if found is not None:
        assert 0 <= found.start < found.end <= len(body)
        assert body[found.start].isupper() and found.text.strip()


_MD = MarkdownIt("commonmark")


def escaped_text_makes_no_markdown(text: str) -> None:
    """Escaped article text renders as one plain paragraph (or nothing): no structure."""
    tokens = _MD.parse(escape(text))
    if not escape(text).strip():
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    kinds = {c.type for c in tokens[1].children or []}
    assert kinds <= {"text", "softbreak", "hardbreak"}, kinds
