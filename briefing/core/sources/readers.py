"""One reader per file format: decoded text in, `Draft` articles out.

Readers only parse. `finish` then normalises a draft the same way for every format (credits,
derived title, content hash), so an article reads alike whatever file it came in.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

import yaml

from briefing.core.models import Article
from briefing.core.sources.credits import STAMP
from briefing.core.sources.text import (
    ENDED,
    ReadError,
    first_sentence,
    looks_like_headline,
    normalise,
    shorten,
    take_credits,
)
from briefing.core.sources.urls import canonical, is_url, site_name, squeezed
from briefing.core.vocab import MONTHS, SHORT_WORDS

# Bump when a reader changes what it makes of the same file: cached file reads are redone.
# 34: a side in brackets only after a name's lower-case end ("the PP (right)" stays); 33:
# where a picture stands, in brackets ("(pictured)", "(left)"); 32: a Markdown line
# wrapped after a title written short ("Maj.", "Cmdr.", "Ave.") goes on, and a record's field
# that is no text is an error;
# 31: every photo agency's credit in brackets ("(Alamy)"); 30: a video player's "Embed x
# Share" buttons (29, reverted: a caption run into a paragraph); 28: a gallery's end after
# another's marker; 27: a Washington Post gallery; 26: a feed saved as a file; 25: USA Today
# video playlists; 24: a photographer's and an agency's credit; 23: NPR's pictures; 22: AP
# video blurbs; 21: "[Photo/IC]"; 20, 19: photographers' credits.
READER_VERSION = 34

_SEED = re.compile(r"\A\s*date\s+(\S+)\s+", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


@dataclass
class Draft:
    """An article as a reader found it, before normalisation."""

    path: str
    body: str
    title: str = ""
    date: str | None = None
    source: str = ""
    url: str = ""


def parse_date(value: Any) -> str | None:
    """A publication date as `YYYY-MM-DD` from a date, datetime or ISO-like string.

    Raises:
        ReadError: The value is present but is not a date.
    """
    if value is None or str(value).strip().lower() in ("", "none", "null", "nan"):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ReadError(f"bad date {text[:40]!r} (expected YYYY-MM-DD)") from None


# A date in an article's web address, which most news sites put there when they publish:
# ".../2016/11/03/99cf...html", ".../2016/nov/09/croydon-...", ".../2017-12-26/...".
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](\d{1,2}|[a-z]{3,9})[/-](\d{1,2})(?:/|$)", re.IGNORECASE
)


def date_in_url(url: str) -> str | None:
    """The publication date a web address gives (see _URL_DATE), as YYYY-MM-DD, or None."""
    match = _URL_DATE.search(url)
    if match is None:
        return None
    year, month, day = match.groups()
    number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day)).isoformat()
    except ValueError:
        return None


# A page's own stamp near its top, pasted with its text: "Updated: 2016-07-15 13:14",
# "Published 2017-11-06", "Posted on: 2018-01-02".
_STAMP = re.compile(rf"\b{STAMP}\b", re.IGNORECASE)
STAMP_CHARS = 400  # how far from the text's start a stamp is looked for


def date_in_stamp(body: str) -> str | None:
    """The date of a page's "Updated: YYYY-MM-DD" stamp near the text's start, or None."""
    match = _STAMP.search(body[:STAMP_CHARS])
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat() if match else None
    except ValueError:
        return None


def finish(draft: Draft) -> Article:
    """Normalise a draft into an Article: clean text, credits out, a title, a content id.

    Raises:
        ReadError: No text is left once the draft is cleaned.
    """
    text = normalise(draft.body)
    body, credits = take_credits(text)
    title = normalise(draft.title).replace("\n", " ")
    if not body:
        raise ReadError("no article text in the file")
    if not title:
        title = shorten(first_sentence(body))
    # A record without its date field; a page pasted with its stamp (a credit line now).
    date = draft.date or date_in_url(draft.url) or date_in_stamp(text)
    # An article with a web address is that address, whatever its text: the same article
    # from two feeds, or a feed and a file, is one; a changed page is a new version of it.
    url = draft.url.strip()
    key = f"url\x1f{canonical(url)}" if is_url(url) else "\x1f".join((title, date or "", body))
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=12).hexdigest()
    return Article(
        id=digest,
        path=draft.path,
        title=title,
        date=date,
        source=normalise(draft.source).replace("\n", " "),
        url=draft.url.strip(),
        body=body,
        credits=credits,
    )


def read_text(text: str, path: str) -> list[Draft]:
    """Plain text, or the seed format: `date YYYY-MM-DD` then the article on the same line.

    A short first line followed by more text is the title; otherwise the title is derived.
    """
    date = None
    seed = _SEED.match(text)
    if seed:
        date = parse_date(seed.group(1))
        text = text[seed.end() :]
    text = text.strip()
    head, _, rest = text.partition("\n")
    if rest.strip() and looks_like_headline(head):
        return [Draft(path=path, body=rest, title=head, date=date)]
    return [Draft(path=path, body=text, date=date)]


def _markdown_to_text(source: str, title: str = "") -> tuple[str, str]:
    """Plain text of a Markdown document, paragraph by paragraph, and its first H1 heading.

    A line break inside a paragraph joins two lines of one sentence ("by the European\n
    Commission"), but not after a line that is the `title` or ends a sentence: text
    pasted from a page ("EU raids automaker BMW\nBrussels - EU antitrust regulators ...")
    keeps its lines, as the text reader does."""
    from markdown_it import MarkdownIt

    paragraphs: list[str] = []
    heading = ""
    in_h1 = False
    for token in MarkdownIt("commonmark").parse(source):
        if token.type == "heading_open":
            in_h1 = token.tag == "h1"
        elif token.type == "inline":
            parts: list[str] = []
            start, words = 0, 0  # the line being read (its wrapped lines joined): its words
            children = token.children or []
            for at, child in enumerate(children):
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                    words += len(child.content.split())
                elif child.type in ("softbreak", "hardbreak"):
                    # Only a short line is joined again to be compared (a long paragraph
                    # of wrapped lines is read once, not once a line).
                    short = words <= max(SUBHEADING_WORDS, len(title.split()))
                    before = "".join(parts[start:]) if short else parts[-1]
                    after = children[at + 1].content if at + 1 < len(children) else ""
                    own = child.type == "hardbreak" or _own_line(before, after, title, words)
                    parts.append("\n" if own else " ")
                    start, words = (len(parts), 0) if own else (start, words)
            line = "".join(parts).strip()
            if in_h1 and not heading:
                heading = line
            elif line:
                paragraphs.append(line)
            in_h1 = False
        elif token.type in ("code_block", "fence") and token.content.strip():
            paragraphs.append(token.content.strip())
    return "\n\n".join(paragraphs), heading


# A word whose full stop ends no sentence: "Mr.", "St.", "a.m.", an initialism "U.S.".
_ABBREVIATION = re.compile(
    r"(?:[A-Za-z]\.){2,}|(?:"
    + "|".join(
        sorted(
            SHORT_WORDS | {"vs", "etc", *"Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()}
        )
    )
    + r")\."
)
SUBHEADING_WORDS = 5  # a line this short before a capital is a line of its own


def _own_line(before: str, after: str, title: str, words: int) -> bool:
    """Whether the line `before` a line break in a Markdown paragraph (`words` long; only its
    end given when long) stands alone: the headline again, a line that ends a sentence, or a
    subheading ("Diesel blues" before "The allegations ..."), not a line of prose wrapped
    before `after`."""
    before = before.strip()
    if before == title.strip():
        return True
    last = before.rsplit(" ", 1)[-1]
    if ENDED.search(before) and not _ABBREVIATION.fullmatch(last):
        return True
    return words <= SUBHEADING_WORDS and after[:1].isupper()


def read_markdown(text: str, path: str) -> list[Draft]:
    """Markdown with optional YAML front matter (`title`, `date`, `source`, `url`)."""
    meta: dict[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1) or "")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            raise ReadError(f"broken YAML front matter{where}") from None
        if loaded is not None and not isinstance(loaded, dict):
            raise ReadError("front matter must be a mapping such as 'title: ...'")
        meta = loaded or {}
        text = text[match.end() :]
    body, heading = _markdown_to_text(text, str(meta.get("title") or ""))
    return [
        Draft(
            path=path,
            body=body,
            title=str(meta.get("title") or heading),
            date=parse_date(meta.get("date")),
            source=str(meta.get("source") or ""),
            url=str(meta.get("url") or ""),
        )
    ]


# A card a page shows when the pointer rests on a name in the text, hidden until then: the
# innermost inline element of a paragraph that holds a picture and two links or more, and no
# words outside its links (The Hill's "Kristi Noem" carried her portrait, full name and three
# of her stories, read into the sentence: "South Dakota Gov. Kristi NoemKristi Lynn
# NoemSouth Dakota drops pipeline protest laws after lawsuit ... MORE (R) is defending ...").
# Not a span that wraps a paragraph's own words with its links and an emoji's picture.
_CARD = ".//img and count(.//a) >= 2 and not(.//text()[normalize-space()][not(ancestor::a)])"
HOVER_CARD = f"//p//span[{_CARD} and not(.//span[{_CARD}])]"


def read_html(text: str, path: str) -> list[Draft]:
    """An article page: main text, title and date by trafilatura, without menus and footers."""
    import trafilatura  # heavy import (lxml and friends): only when a page is read

    doc = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, prune_xpath=HOVER_CARD
    )
    data: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    if not str(data.get("text") or "").strip():
        raise ReadError("no article text found in the page")
    try:
        date = parse_date(data.get("date"))
    except ReadError:
        date = None  # a page's own date metadata is often odd; the article is still good
    site = str(data.get("sitename") or "")
    if _COPYRIGHT_SITE.match(site):  # a page's footer read as its site's name
        site = ""
    host = str(data.get("hostname") or "")
    return [
        Draft(
            path=path,
            body=str(data["text"]),
            title=without_site(str(data.get("title") or ""), site, host),
            date=date,
            source=site or host,
            url=str(data.get("url") or ""),
        )
    ]


# A page's title that ends on its site's name, after a bar or a spaced dash: "NASA adds five
# companies to commercial lunar lander program - SpaceNews.com", "... | Al Bawaba".
_COPYRIGHT_SITE = re.compile(r"(?:copyright\b|©|\(c\))", re.IGNORECASE)
_SITE_SEPARATOR = re.compile(r"\s+(?:\||::|[-–—])\s+")


def without_site(title: str, site: str, host: str) -> str:
    """The title without its site's name at its end: the name trafilatura found for the
    site, or its host name ("techcrunch.com", "TechCrunch"; "www." and the ending aside).
    Not a section ("The Guardian view on Hong Kong: a city on the brink | Editorial"), nor
    words of the headline itself."""
    host = host.casefold().removeprefix("www.")
    names = {squeezed(site), squeezed(host), site_name(host)} - {""}
    for found in _SITE_SEPARATOR.finditer(title):  # from the first separator to the last
        tail = squeezed(title[found.end() :])
        if found.start() > 0 and (tail in names or tail.removesuffix("com") in names):
            return title[: found.start()].rstrip()
    return title


def _opens(text: str, description: str) -> bool:
    """Whether the text opens with the description: spaces aside (a feed's copy runs the
    byline into the dateline: "By Enrique Andres PretelSAN JOSE") and up to where a
    shortened copy stops ("the Costa Rican...")."""
    head = "".join(description.split()).rstrip(".…")
    return "".join(text.split()).startswith(head[:200])


def _from_record(record: Any, path: str) -> Draft:
    """A news-please record: title + description + text are the body."""
    if not isinstance(record, dict):
        raise ReadError("expected a JSON object with 'title' and 'text'")
    title, description = _field(record, "title"), _field(record, "description")
    text = _field(record, "text") or _field(record, "maintext")
    if not text and not description:
        raise ReadError("no 'text', 'maintext' or 'description' in the record")
    if description and (_opens(text, description) or _opens(title, description)):
        description = ""  # a standfirst that repeats the text's opening, or the headline
    body = "\n\n".join(part for part in (title, description, text) if part)
    return Draft(
        path=path,
        body=body,
        title=title,
        date=_lenient_date(record.get("date_publish")),
        source=str(record.get("source_domain") or record.get("publisher") or ""),
        url=str(record.get("url") or ""),
    )


_JSON_TYPES = {list: "a list", dict: "an object", bool: "true or false", int: "a number"}


def _field(record: dict[str, Any], key: str) -> str:
    """A record's text field, stripped ("" if missing or null).

    Raises:
        ReadError: It is no text (a trial's record of `"text": ["a"]` showed "['a']").
    """
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        what = _JSON_TYPES.get(type(value), "a number")
        raise ReadError(f"'{key}' is {what}, not text")
    return value.strip()


def _lenient_date(value: Any) -> str | None:
    """A crawler's date field: an odd value means no date, not an unreadable article."""
    try:
        return parse_date(value)
    except ReadError:
        return None


def json_records(text: str, path: str) -> Iterator[tuple[str, Callable[[], Draft]]]:
    """The articles of a news-please `.json` file (an object or a list) or a `.jsonl` file.

    Yields (record path, thunk): calling the thunk reads the record or raises ReadError, so
    one bad record or line does not stop the others.

    Raises:
        ReadError: A `.json` file is not valid JSON as a whole.
    """
    if not path.endswith(".jsonl"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ReadError(
                f"broken JSON at line {exc.lineno}, column {exc.colno}: {_what(exc)}"
            ) from None
        if not isinstance(data, list):
            yield path, partial(_from_record, data, path)
            return
        if not data:
            raise ReadError("an empty list: no article records in the file")
        for index, record in enumerate(data, start=1):
            where = f"{path}#{index}"
            yield where, partial(_from_record, record, where)
        return
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            where = f"{path}#{lineno}"
            yield where, partial(_jsonl_line, line, where)


def _jsonl_line(line: str, path: str) -> Draft:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"broken JSON at column {exc.colno}: {_what(exc)}") from None
    return _from_record(record, path)


def _what(exc: json.JSONDecodeError) -> str:
    """What is wrong, without the "at" the decoder's message leaves for its position
    ("Invalid control character at"; "Unterminated string starting at": a trial read
    "...: Unterminated string starting" as a message cut short)."""
    return exc.msg.removesuffix(" at").removesuffix(" starting")
