"""Feeds and pages as sources: fetching them into the data folder's page store (`refresh`,
the only step that uses the network), and reading articles from what was stored
(`web_files`, `read_web`), which never does.

A feed (RSS 0.9x/1.0/2.0 and Atom parsed by feedparser, JSON Feed here; from the bytes we
fetched)
lists pages; each new item's page is fetched and its text, title, date and site taken by
trafilatura, or the feed's own content or summary when the page gives none. A source is a
feed or a page by what its first download holds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from typing import Any, Protocol
from urllib.parse import urljoin

from briefing.core.models import Article, IngestError
from briefing.core.sources.fetch import Fetched, Fetcher, FetchError
from briefing.core.sources.files import SourceFile
from briefing.core.sources.readers import Draft, finish, read_html
from briefing.core.sources.text import ReadError, decode
from briefing.core.sources.urls import canonical, host_of, problem

Progress = Callable[[int, int], None]
NOT_FETCHED = "nothing fetched from it yet (briefing ingest fetches; --offline does not)"


class StoredPage(Protocol):
    """A stored page (`store.pages.Page`)."""

    @property
    def url(self) -> str: ...
    @property
    def fetched_url(self) -> str: ...
    @property
    def body(self) -> bytes | None: ...
    @property
    def etag(self) -> str: ...
    @property
    def last_modified(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def date(self) -> str | None: ...
    @property
    def summary(self) -> str: ...


class Keeper(Protocol):
    """Where fetched feeds and pages are kept (`store.pages.PageStore`)."""

    def kind(self, url: str) -> str | None: ...
    def set_kind(self, url: str, kind: str) -> None: ...
    def feed_state(self, url: str) -> tuple[str, str]: ...
    def put_feed(self, url: str, title: str, etag: str, last_modified: str) -> None: ...
    def put_items(self, feed: str, urls: list[str]) -> None: ...
    def items(self, feed: str) -> list[str]: ...
    def page(self, url: str) -> StoredPage | None: ...
    def has_page(self, url: str) -> bool: ...
    def versions_of(self, urls: Sequence[str]) -> dict[str, int]: ...
    def put_page(
        self,
        url: str,
        *,
        fetched_url: str,
        body: bytes | None,
        content_type: str = "",
        etag: str = "",
        last_modified: str = "",
        title: str = "",
        date: str | None = None,
        summary: str = "",
    ) -> bool: ...


# Fetching -------------------------------------------------------------------------------


def refresh(
    urls: Sequence[str], keeper: Keeper, fetcher: Fetcher, progress: Progress | None = None
) -> list[IngestError]:
    """Fetch every feed and page source: new feed items, changed pages. One IngestError per
    source that failed in whole or in part; what was stored before stays."""
    errors: list[IngestError] = []
    for done, url in enumerate(urls):
        if progress:
            progress(done, len(urls))
        try:
            problem = _refresh_one(url, keeper, fetcher)
        except FetchError as exc:
            problem = str(exc)
        if problem:
            errors.append(IngestError(url, problem))
    if progress:
        progress(len(urls), len(urls))
    return errors


def _refresh_one(url: str, keeper: Keeper, fetcher: Fetcher) -> str | None:
    """Fetch one source; returns what went wrong with part of it, if anything."""
    wrong = problem(url)
    if wrong:
        raise FetchError(wrong)
    key = canonical(url)
    if keeper.kind(key) == "page":
        page = keeper.page(key)
        got = fetcher.get(
            url,
            etag=page.etag if page else "",
            last_modified=page.last_modified if page else "",
            page=True,
        )
        _keep_page(keeper, key, got)
        return None
    etag, modified = keeper.feed_state(key)
    got = fetcher.get(url, etag=etag, last_modified=modified)
    if got.body is None:
        return None  # the feed has not changed since its last download
    feed = parse_feed(got.body, got.url)
    if feed is None:
        if _looks_like_html(got):
            # A page: its first download was no robots' business until it was known to be
            # one, so robots.txt is asked now, before it is kept.
            if not fetcher.allowed_by_robots(got.url):
                raise FetchError("robots.txt asks robots not to fetch this page")
            keeper.set_kind(key, "page")
            _keep_page(keeper, key, got)
            return None
        what = got.content_type.split(";")[0] or "no content type"
        raise FetchError(f"neither a feed nor a web page ({what})")
    keeper.set_kind(key, "feed")
    return _fetch_items(key, url, feed, got, keeper, fetcher)


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


def _fetch_items(
    key: str, url: str, feed: Feed, got: Fetched, keeper: Keeper, fetcher: Fetcher
) -> str | None:
    """Fetch the pages of a feed's new items (and retry those that failed before): at most
    `max_items_per_feed` per run."""
    limit = fetcher.settings.max_items_per_feed
    listed: list[str] = []
    new = 0
    failed: list[str] = []
    no_page: list[str] = []  # items whose link gives no web page: the feed's words stand in
    for item in feed.items:
        wrong = problem(item.link)
        if wrong:
            failed.append(f"{item.link}: {wrong}")
            continue
        page_url = canonical(item.link)
        listed.append(page_url)
        stored = keeper.page(page_url)
        if stored is not None and stored.body is not None:
            continue  # fetched already (from this feed or another)
        if new >= limit:
            continue
        new += 1
        try:
            page = fetcher.get(item.link, trusted=False, allowed_host=host_of(url), page=True)
        except FetchError as exc:
            failed.append(f"{item.link}: {exc}")
            if item.summary.strip():  # the feed's own words stand in until a retry works
                keeper.put_page(
                    page_url,
                    fetched_url=item.link,
                    body=None,
                    title=item.title,
                    date=item.date,
                    summary=item.summary,
                )
            continue
        if page.body is not None and not _looks_like_html(page):
            what = page.content_type.split(";")[0] or "no content type"
            kept = "read from the feed's own words" if item.summary.strip() else "left out"
            no_page.append(f"{item.link} ({what}): {kept}")
        keeper.put_page(
            page_url,
            fetched_url=page.url,
            body=page.body,
            content_type=page.content_type,
            etag=page.etag,
            last_modified=page.last_modified,
            title=item.title,
            date=item.date,
            summary=item.summary,
        )
    keeper.put_items(key, [u for u in listed if keeper.has_page(u)])
    # The feed's state last, and only when all went well: a run cut short, or one whose
    # pages failed or that was read in part, downloads the feed again next time and retries.
    if failed or feed.flaws:  # (a feed read in part is read again whole next time)
        keeper.put_feed(key, feed.title, "", "")
    else:
        keeper.put_feed(key, feed.title, got.etag, got.last_modified)
    said = list(feed.flaws)
    if failed:
        said.append(_first_of(failed, "of its pages could not be fetched"))
    if no_page:  # (a trial's item linked to a picture: listed, from its feed's summary alone)
        link = "links" if len(no_page) == 1 else "link"
        said.append(_first_of(no_page, f"of its items {link} to no web page"))
    return "; ".join(said) or None


def _first_of(cases: list[str], what: str) -> str:
    """How many cases `what` says, and the first: "2 of its pages could not be fetched,
    first URL: HTTP 404 (and 1 more)"."""
    more = f" (and {len(cases) - 1} more)" if len(cases) > 1 else ""
    return f"{len(cases)} {what}, first {cases[0]}{more}"


def _keep_page(keeper: Keeper, key: str, got: Fetched) -> None:
    """Keep a page source's download (a 304: only its validators are new)."""
    keeper.put_page(
        key,
        fetched_url=got.url,
        body=got.body,
        content_type=got.content_type,
        etag=got.etag,
        last_modified=got.last_modified,
    )


_ITEM_TAG = re.compile(rb"<(?:item|entry)[\s>]")  # an RSS or Atom item, as written


def parse_feed(body: bytes, base: str) -> Feed | None:
    """The feed in these bytes (RSS, Atom, or JSON Feed), or None if they hold none.
    Relative links are taken from `base`, where the feed was fetched."""
    json_feed = _json_feed(body, base)
    if json_feed is not None:
        return json_feed
    import feedparser  # a heavy import, only when a feed is fetched

    parsed = feedparser.parse(body, response_headers={"content-location": base})
    if not (parsed.get("version") or parsed.entries):
        return None
    reason = str(parsed.get("bozo_exception") or "cannot be parsed")[:80]
    if parsed.get("bozo") and not parsed.entries:
        raise FetchError(f"malformed feed ({reason})")
    flaws = []
    written = len(_ITEM_TAG.findall(body))
    if parsed.get("bozo") and written > len(parsed.entries):
        # Its XML broken after some items: those are read, the others said lost (not an
        # entity such as "&nbsp;" or a declared encoding, which feedparser flags and reads
        # past, every item read).
        lost = written - len(parsed.entries)
        flaws.append(f"malformed feed, {lost} of its {written} items unread ({reason})")
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


def _looks_like_html(got: Fetched) -> bool:
    if "html" in got.content_type.lower():
        return True
    head = (got.body or b"")[:1000].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


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


# Reading what was stored ------------------------------------------------------------------


def web_files(urls: Sequence[str], keeper: Keeper) -> tuple[list[SourceFile], list[IngestError]]:
    """The stored feeds and pages as the cache's files: a feed is one file holding its
    items' articles, a page one holding its article; `mtime_ns` changes with their versions."""
    files: list[SourceFile] = []
    errors: list[IngestError] = []
    for url in urls:
        key = canonical(url)
        kind = keeper.kind(key)
        if kind is None and not keeper.has_page(key):  # (a feed's item is a page: a
            errors.append(IngestError(url, NOT_FETCHED))  # trial named one, "nothing
            continue  # fetched from it yet")
        pages = keeper.items(key) if kind == "feed" else [key]
        versions = keeper.versions_of(pages)  # not the pages themselves: a scan reads none
        signature = "\x1f".join(f"{p}:{versions[p]}" for p in pages if p in versions)
        stamp = int(hashlib.blake2b(signature.encode(), digest_size=7).hexdigest(), 16)
        files.append(SourceFile(key, len(pages), stamp))
    return files, errors


def read_web(file: SourceFile, keeper: Keeper) -> tuple[list[Article], list[IngestError]]:
    """The articles of a stored feed or page (no network)."""
    pages = keeper.items(file.path) if keeper.kind(file.path) == "feed" else [file.path]
    articles: list[Article] = []
    errors: list[IngestError] = []
    for url in pages:
        page = keeper.page(url)
        if page is None:
            continue
        try:
            articles.append(finish(_draft(page)))
        except ReadError as exc:
            errors.append(IngestError(url, str(exc)))
    return articles, errors


def _draft(page: StoredPage) -> Draft:
    """A stored page as a draft article: the page's text by trafilatura, else the feed's."""
    found: Draft | None = None
    if page.body:
        try:
            found = read_html(decode(page.body), page.url)[0]
        except ReadError:
            found = None
    if found is None:
        text = _text_of(page.summary)
        if not text.strip():
            raise ReadError("no article text in the page or in its feed")
        found = Draft(path=page.url, body=text)
    # Where it was read (its id is the canonical form of it).
    found.path = found.url = page.fetched_url or page.url
    found.title = found.title or page.title
    found.date = found.date or page.date
    found.source = found.source or host_of(page.fetched_url or page.url)
    return found


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("p", "br", "div", "li", "h1", "h2", "h3"):
            self.parts.append("\n\n")


def _text_of(html: str) -> str:
    """The text of a feed's HTML summary."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts).strip()
