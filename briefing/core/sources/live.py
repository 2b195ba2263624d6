"""Feeds and pages as sources: fetching them into the data folder's page store (`refresh`,
the only step that uses the network), and reading articles from what was stored
(`web_files`, `read_web`), which never does.

A feed (RSS 0.9x/1.0/2.0, Atom, JSON Feed; parsed by feedparser from the bytes we fetched)
lists pages; each new item's page is fetched and its text, title, date and site taken by
trafilatura, or the feed's own content or summary when the page gives none. A source is a
feed or a page by what its first download holds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from html.parser import HTMLParser
from typing import Any, Protocol

from briefing.core.models import Article, IngestError
from briefing.core.sources.fetch import Fetched, Fetcher, FetchError
from briefing.core.sources.files import SourceFile
from briefing.core.sources.readers import Draft, finish, read_html
from briefing.core.sources.text import ReadError, decode
from briefing.core.sources.urls import canonical, host_of

Progress = Callable[[int, int], None]


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
    key = canonical(url)
    if keeper.kind(key) == "page":
        page = keeper.page(key)
        got = fetcher.get(
            url,
            etag=page.etag if page else "",
            last_modified=page.last_modified if page else "",
            page=True,
        )
        if got.body is not None:
            _keep_page(keeper, key, got)
        return None
    etag, modified = keeper.feed_state(key)
    got = fetcher.get(url, etag=etag, last_modified=modified)
    if got.body is None:
        return None  # the feed has not changed since its last download
    parsed = _parse_feed(got.body)
    if parsed is None:
        if _looks_like_html(got):
            keeper.set_kind(key, "page")
            _keep_page(keeper, key, got)
            return None
        what = got.content_type.split(";")[0] or "no content type"
        raise FetchError(f"neither a feed nor a web page ({what})")
    keeper.set_kind(key, "feed")
    return _fetch_items(key, url, parsed, got, keeper, fetcher)


def _fetch_items(
    key: str, url: str, parsed: Any, got: Fetched, keeper: Keeper, fetcher: Fetcher
) -> str | None:
    entries = [e for e in parsed.entries if e.get("link")]
    limit = fetcher.settings.max_items_per_feed
    listed: list[str] = []
    new = 0
    failed: list[str] = []
    for entry in entries:
        page_url = canonical(entry["link"])
        listed.append(page_url)
        if keeper.has_page(page_url):
            continue  # fetched already (from this feed or another)
        if new >= limit:
            continue
        new += 1
        summary = _entry_content(entry)
        title, date = str(entry.get("title") or ""), _entry_date(entry)
        try:
            page = fetcher.get(entry["link"], trusted=False, allowed_host=host_of(url), page=True)
        except FetchError as exc:
            failed.append(f"{entry['link']}: {exc}")
            if summary.strip():
                keeper.put_page(
                    page_url,
                    fetched_url=entry["link"],
                    body=None,
                    title=title,
                    date=date,
                    summary=summary,
                )
            continue
        keeper.put_page(
            page_url,
            fetched_url=page.url,
            body=page.body,
            content_type=page.content_type,
            etag=page.etag,
            last_modified=page.last_modified,
            title=title,
            date=date,
            summary=summary,
        )
    kept = [u for u in listed if keeper.has_page(u)]
    keeper.put_items(key, kept)
    # The feed's state last: a run cut short downloads it again next time.
    keeper.put_feed(key, str(parsed.feed.get("title") or ""), got.etag, got.last_modified)
    if not failed:
        return None
    more = f" (and {len(failed) - 1} more)" if len(failed) > 1 else ""
    return f"{len(failed)} of its pages could not be fetched, first {failed[0]}{more}"


def _keep_page(keeper: Keeper, key: str, got: Fetched) -> None:
    keeper.put_page(
        key,
        fetched_url=got.url,
        body=got.body,
        content_type=got.content_type,
        etag=got.etag,
        last_modified=got.last_modified,
    )


def _parse_feed(body: bytes) -> Any:
    """The feed in these bytes, or None if they hold no feed."""
    import feedparser  # a heavy import, only when a feed is fetched

    parsed = feedparser.parse(body)
    if parsed.get("version") or parsed.entries:
        return parsed
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
        if kind is None:
            errors.append(IngestError(url, "not fetched yet (briefing ingest fetches it)"))
            continue
        pages = keeper.items(key) if kind == "feed" else [key]
        signature = "\x1f".join(
            f"{p}:{page.version}" for p in pages if (page := keeper.page(p)) is not None
        )
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
    found.path = page.url
    found.url = page.fetched_url or page.url  # where it is read; its id is the canonical form
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
