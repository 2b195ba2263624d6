"""Properties that must hold for any input: shared by the tests (few examples, in CI) and
benchmarks/fuzz.py (10,000+ examples)."""

from __future__ import annotations

import datetime as dt
import re
from contextlib import suppress
from itertools import pairwise

from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.core.extract.credited import credit_or_address, credited
from briefing.core.extract.dateline import dateline
from briefing.core.extract.dates import resolve
from briefing.core.extract.mentions import _shouted_words, consistent
from briefing.core.models import Mention
from briefing.core.render.inline import escape, line, with_links
from briefing.core.sources.readers import finish, json_records, read_markdown, read_text
from briefing.core.sources.text import ReadError, decode

# Text with the characters that break things: controls, markup, newlines, odd Unicode.
NASTY = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("\x00\x1b\x07\r\n\t\u202e#*_[]()<>!`|-+=~:\\'\"{}")),
    ),
    max_size=400,
)
# Text made of the pieces of markup, links and block openers, which NASTY rarely lines up.
MARKUP = st.lists(
    st.sampled_from(
        ["http://", "https://", "//", "www.", "example", ".com", ".it", "@", "a", " ", "- ",
         "%E2%80%AE", "%61", "%20", "%",
         "1. ", "2016)", "# ", "> ", "```", "~~", "**", "[x]", "(y)", "<b>", "&amp;", "|",
         "\\", "\n", "---", "==", "+ ", ":", "."]
    ),
    max_size=30,
).map("".join)  # fmt: skip
ARTICLE_TEXT = st.one_of(NASTY, MARKUP)
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


# A text with names written again and again, some in lower case, and the spans a model
# tagged in it (any label, possibly wrong, never overlapping).
NAME_WORDS = st.sampled_from(["Croydon", "croydon", "Police", "police", "Trump Tower", "Trump"])
TAGGED_TEXTS = st.lists(st.one_of(NAME_WORDS, NASTY), max_size=12).map(" ".join)
LABELS = st.sampled_from(["GPE", "ORG", "PERSON", "PRODUCT", "DATE"])


@st.composite
def tagged_texts(draw: st.DrawFn) -> tuple[str, list[Mention]]:
    body = draw(TAGGED_TEXTS)
    cuts = sorted(set(draw(st.lists(st.integers(0, len(body)), max_size=8))))
    mentions = [
        Mention(body[a:b], draw(LABELS), a, b)
        for a, b in zip(cuts[::2], cuts[1::2], strict=False)
        if b > a
    ]
    return body, mentions


def _before_unclosed(text: str) -> str:
    """A name ends at a bracket it does not close ("Zoo (@Zoo" is "Zoo")."""
    bracket = text.find("(")
    if bracket > 0 and ")" not in text[bracket:] and text[:bracket].strip():
        return text[:bracket]
    return text


def consistent_mentions_stay_in_the_text(tagged: tuple[str, list[Mention]]) -> None:
    """Every mention is the text at its place; none overlaps another; none is lost but what
    is no name: a credit or web address, a name a picture is credited to ("© Croydon"), an
    @account, a caption in capitals, a name without a capital letter (before a bracket it
    leaves open: "Zoo (@Zoo" is "Zoo"), an account's tail ("Zoo (@Zoo") or a side taken
    ("anti-" before a name). A mention keeps its start (a date may end at its year, a name
    may fill its brackets)."""
    body, mentions = tagged
    found = consistent(mentions, body)
    kept = {
        m.start
        for m in mentions
        if not credit_or_address(m, body)
        and not _shouted_words(m, body)
        and not credited(body, m.start)
        and not m.text.startswith("@")
        and not re.match(r"(?:anti|pro)-[A-Z]", m.text, re.IGNORECASE)
        and " (@" not in m.text
        and (m.label == "DATE" or any(c.isupper() for c in _before_unclosed(m.text)))
    }
    assert kept <= {m.start for m in found}
    for m in found:
        assert body[m.start : m.end] == m.text
    spans = sorted((m.start, m.end) for m in found)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))


# CommonMark, and the parser of the app's Markdown widget: tables, strikethrough, linkify.
_PARSERS = (MarkdownIt("commonmark"), MarkdownIt("gfm-like"))


def escaped_text_makes_no_markdown(text: str) -> None:
    """Escaped article text renders as one plain paragraph (or nothing) showing the text:
    no structure, no emphasis, code or HTML, in a list item as on its own. A linkifier may
    make a web address a link, which shows the same text."""
    escaped = escape(text)
    if not escaped.strip():
        return
    for parser in _PARSERS:
        for prefix in ("", "- ", "1. "):
            tokens = parser.parse(prefix + escaped)
            blocks = [t.type for t in tokens if not t.type.startswith(("bullet_", "ordered_"))]
            blocks = [b for b in blocks if b not in ("list_item_open", "list_item_close")]
            assert blocks == ["paragraph_open", "inline", "paragraph_close"], (prefix, blocks)
            inline = next(t for t in tokens if t.type == "inline")
            children = inline.children or []
            kinds = {c.type for c in children}
            assert kinds <= {"text", "softbreak", "hardbreak", "link_open", "link_close"}, kinds
            assert all(c.markup == "linkify" for c in children if c.type == "link_open")
            shown = "".join(c.content for c in children if c.type == "text")
            # (CommonMark shows NUL as U+FFFD.)
            assert shown == " ".join(text.replace("\x00", "\ufffd").split()), (prefix, shown)


def linked_text_makes_no_other_markdown(text: str) -> None:
    """Article text with its web addresses as autolinks (`with_links`) renders as one plain
    paragraph: text, and links that show their own address (an autolink, or a linkifier's),
    never a link of other words ("[Patrushev](http://evil.example)", an address a parser
    shows decoded: "xn--pypal-4ve.com" as "pаypal.com"); it shows the text as written."""
    written = line(*with_links(text))
    if not written.strip():
        return
    for parser in _PARSERS:
        tokens = parser.parse(written)
        blocks = [t.type for t in tokens]
        assert blocks == ["paragraph_open", "inline", "paragraph_close"], blocks
        children = next(t for t in tokens if t.type == "inline").children or []
        kinds = {c.type for c in children}
        assert kinds <= {"text", "softbreak", "hardbreak", "link_open", "link_close"}, kinds
        assert all(c.markup in ("autolink", "linkify") for c in children if c.type == "link_open")
        if text.isprintable():
            shown = "".join(c.content for c in children if c.type == "text")
            assert shown == " ".join(text.split()), (written, shown)
