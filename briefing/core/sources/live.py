"""Feeds and pages as sources: fetching them into the data folder's page store (`refresh`,
the only step that uses the network), and reading articles from what was stored
(`web_files`, `read_web`), which never does.

A feed (feeds.py reads it from the bytes we fetched) lists pages; each new item's page is
fetched and its text, title, date and site taken by trafilatura, or the feed's own content or
summary when the page gives none. A source is a feed or a page by what its first download
holds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Protocol

from briefing.core.models import Article, IngestError
from briefing.core.sources.feeds import Feed, MalformedFeed, parse_feed, text_of
from briefing.core.sources.fetch import Fetched, Fetcher, FetchError
from briefing.core.sources.files import SourceFile
from briefing.core.sources.readers import Draft, finish, read_html
from briefing.core.sources.text import ReadError, decode
from briefing.core.sources.urls import canonical, host_of, problem

Progress = Callable[[int, int], None]
NOT_FETCHED = "nothing fetched from it yet (briefing ingest fetches; --offline does not)"
NOT_FETCHED_LAST = "nothing fetched from it yet; its last fetch: "


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
    def put_failure(self, url: str, reason: str) -> None: ...
    def clear_failure(self, url: str) -> None: ...
    def failure(self, url: str) -> str | None: ...
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
    source that failed in whole or in part, also kept until its next fetch (`sources list`
    and a source with nothing stored say it); what was stored before stays."""
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
            keeper.put_failure(canonical(url), problem)
        else:
            keeper.clear_failure(canonical(url))
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
    try:
        feed = parse_feed(got.body, got.url)
    except MalformedFeed as exc:
        raise FetchError(str(exc)) from None
    if feed is None:
        if _looks_like_html(got.content_type, got.body):
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
    no_text: list[str] = []  # pages that hold no article text: the same
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
            standing = " (the feed's summary is read instead)" if item.summary.strip() else ""
            failed.append(f"{item.link}: {exc}{standing}")
            if standing:  # the feed's own words stand in until a retry works
                keeper.put_page(
                    page_url,
                    fetched_url=item.link,
                    body=None,
                    title=item.title,
                    date=item.date,
                    summary=item.summary,
                )
            continue
        if page.body is not None and not _looks_like_html(page.content_type, page.body):
            what = page.content_type.split(";")[0] or "no content type"
            kept = "read from the feed's own words" if item.summary.strip() else "left out"
            no_page.append(f"{item.link} ({what}): {kept}")
        elif page.body is not None and (unread := _unreadable(page.body, page.url)):
            kept = "read from the feed's own words" if item.summary.strip() else "left out"
            no_text.append(f"{item.link} ({unread}): {kept}")
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
    if no_text:  # (trial G: a page of garbage named .html was read from the feed unsaid)
        said.append(
            _first_of(
                no_text,
                "of its pages holds no article text"
                if len(no_text) == 1
                else "of its pages hold no article text",
            )
        )
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


def _looks_like_html(content_type: str, body: bytes | None) -> bool:
    if "html" in content_type.lower():
        return True
    head = (body or b"")[:1000].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


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
            # trial named one, "nothing fetched from it yet")
            failure = keeper.failure(key)
            said = f"{NOT_FETCHED_LAST}{failure}" if failure else NOT_FETCHED
            errors.append(IngestError(url, said))
            continue
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


def _unreadable(body: bytes, url: str) -> str | None:
    """Why a fetched page gives no article text, if it gives none (told when it is fetched,
    once: not at each read, review K)."""
    try:
        read_html(decode(body), url)
    except ReadError as exc:
        return str(exc)
    return None


def _draft(page: StoredPage) -> Draft:
    """A stored page as a draft article: the page's text by trafilatura, else the feed's."""
    found: Draft | None = None
    if page.body:
        try:
            found = read_html(decode(page.body), page.url)[0]
        except ReadError:
            found = None
    if found is None:
        text = text_of(page.summary)
        if not text.strip():
            raise ReadError("no article text in the page or in its feed")
        found = Draft(path=page.url, body=text)
    # Where it was read (its id is the canonical form of it).
    found.path = found.url = page.fetched_url or page.url
    found.title = found.title or page.title
    found.date = found.date or page.date
    found.source = found.source or host_of(page.fetched_url or page.url)
    return found
