"""Feeds read from their bytes: RSS 0.9x/1.0/2.0 and Atom by feedparser, JSON Feed here;
each item its page's address and what the feed says of it. Fetched feeds (live.py) and feeds
saved as files (files.py) are read alike.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Sequence
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

from briefing.core.sources.readers import Draft
from briefing.core.sources.urls import host_of, is_url


class MalformedFeed(Exception):
    """Bytes that hold a feed too broken to read an item of; the message says why."""


class FeedItem:
    """One item of a feed: its page's address, and what the feed says of it."""

    __slots__ = ("date", "link", "summary", "title")

    def __init__(self, link: str, title: str, summary: str, date: str | None) -> None:
        self.link, self.title, self.summary, self.date = link, title, summary, date


class Feed:
    """A feed's title and items, and what was wrong with it that its reading got past
    (`flaws`: "malformed feed, 1 of its 3 items unread", "1 item without a link left out")."""

    __slots__ = ("flaws", "items", "title")

    def __init__(self, title: str, items: list[FeedItem], flaws: Sequence[str] = ()) -> None:
        self.title, self.items, self.flaws = title, items, list(flaws)


def _left_out(count: int) -> list[str]:
    """The flaw of `count` items without a page's address, if any."""
    if not count:
        return []
    return [f"{count} item{'s' if count > 1 else ''} without a link left out"]


_ITEM_TAG = re.compile(rb"<(?:item|entry)[\s>]")  # an RSS or Atom item, as written
_CLOSED = re.compile(rb"</(?:rss|feed|rdf:RDF)>\s*\Z")  # a feed's end, as written


def parse_feed(body: bytes, base: str) -> Feed | None:
    """The feed in these bytes (RSS, Atom, or JSON Feed), or None if they hold none.
    Relative links are taken from `base`, where the feed was fetched.

    Raises:
        MalformedFeed: The bytes hold a feed, too broken to read any item of.
    """
    json_feed = _json_feed(body, base)
    if json_feed is not None:
        return json_feed
    import feedparser  # a heavy import, only when a feed is fetched

    parsed = feedparser.parse(body, response_headers={"content-location": base})
    if not (parsed.get("version") or parsed.entries):
        return None
    reason = str(parsed.get("bozo_exception") or "cannot be parsed")[:80]
    # (Not what feedparser flags and reads past: a content type it was not told, an
    # encoding: a trial's empty feed was "malformed feed (no Content-type specified)".)
    broken = parsed.get("bozo") and not isinstance(
        parsed.get("bozo_exception"), feedparser.ThingsNobodyCaresAboutButMe
    )
    if broken and not parsed.entries:
        raise MalformedFeed(f"malformed feed ({reason})")
    flaws = []
    written = len(_ITEM_TAG.findall(body))
    if broken and written > len(parsed.entries):
        # Its XML broken after some items: those are read, the others said lost (not an
        # entity such as "&nbsp;" or a declared encoding, which feedparser flags and reads
        # past, every item read).
        lost = written - len(parsed.entries)
        flaws.append(f"malformed feed, {lost} of its {written} items unread ({reason})")
    elif broken and not _CLOSED.search(body):  # (cut inside its last item, read as far as
        # it goes: trial E's truncated feed was said to have "1 item without a link")
        flaws.append(f"malformed feed, cut short ({reason})")
    items = [
        FeedItem(
            urljoin(base, str(e["link"])),
            str(e.get("title") or ""),
            _entry_content(e),
            _entry_date(e),
        )
        for e in parsed.entries
        if e.get("link")
    ]
    flaws += _left_out(len(parsed.entries) - len(items))
    return Feed(str(parsed.feed.get("title") or ""), items, flaws)


def _json_feed(body: bytes, base: str) -> Feed | None:
    """A JSON Feed (https://jsonfeed.org, versions 1 and 1.1), or None."""
    head = body.lstrip()[:1]
    if head != b"{":
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        return None
    items = []
    linkless = 0
    for item in data.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str) or not link.strip():
            linkless += 1
            continue
        summary = item.get("content_html") or item.get("content_text") or item.get("summary")
        items.append(
            FeedItem(
                urljoin(base, link.strip()),
                str(item.get("title") or ""),
                str(summary or ""),
                _iso_day(item.get("date_published") or item.get("date_modified")),
            )
        )
    return Feed(str(data.get("title") or ""), items, _left_out(linkless))


def _iso_day(value: Any) -> str | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat() if value else None
    except ValueError:
        return None


def _entry_content(entry: Any) -> str:
    content = entry.get("content")
    if content:
        return str(content[0].get("value") or "")
    return str(entry.get("summary") or "")


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        stamp = entry.get(key)
        if stamp:
            return dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.UTC).date().isoformat()
    return None


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("p", "br", "div", "li", "h1", "h2", "h3"):
            self.parts.append("\n\n")


def text_of(html: str) -> str:
    """The text of a feed's HTML summary."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).strip()


def item_draft(item: FeedItem, path: str) -> Draft:
    """A feed's item as an article from the feed's own words (`path`: where it was read; a
    link that is no web address, relative in a saved file, is no article's address)."""
    url = item.link if is_url(item.link) else ""
    return Draft(
        path=path,
        body=text_of(item.summary),
        title=item.title,
        date=item.date,
        url=url,
        source=host_of(url) if url else "",
    )
