"""Fetching over HTTP, politely and safely: one request at a time per host with a pause
between them, a User-Agent naming briefing, conditional GETs, a size cap on what is read
(after decompression: a gzip bomb is cut like any large body), at most five redirects,
http and https only, robots.txt for pages, and no address on this machine or a private
network unless the user wrote it."""

from __future__ import annotations

import threading
import time
import urllib.robotparser
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from briefing import __version__
from briefing.core.sources.urls import host_of, is_private, is_public, problem

USER_AGENT = f"briefing/{__version__} (a terminal news briefing reader)"
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(Exception):
    """A URL could not be fetched; the message says why, in a few words."""


@dataclass(frozen=True)
class Settings:
    """The `fetch:` settings of the config."""

    timeout_s: float = 20.0
    per_host_delay_s: float = 1.0
    max_items_per_feed: int = 200
    max_bytes: int = 20_000_000


@dataclass
class Fetched:
    """A response: `body` is None when the server said it has not changed (304)."""

    url: str  # after redirects
    body: bytes | None
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""


@dataclass
class Fetcher:
    """One HTTP client for a run; remembers when it last asked each host."""

    settings: Settings = field(default_factory=Settings)
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)
    _client: httpx.Client | None = None

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                headers={"User-Agent": USER_AGENT},
                timeout=httpx.Timeout(self.settings.timeout_s),
                follow_redirects=False,
            )
        return self._client

    def get(
        self,
        url: str,
        *,
        etag: str = "",
        last_modified: str = "",
        trusted: bool = True,
        allowed_host: str = "",
        page: bool = False,
    ) -> Fetched:
        """GET `url`, following at most five redirects.

        Args:
            etag, last_modified: From the last fetch, for a conditional GET (304: body None).
            trusted: The user wrote this address; else (a feed's link) no address on this
                machine or a private network is reached, but on `allowed_host` (the feed's).
            page: An article page: robots.txt is asked first.

        Raises:
            FetchError: Why it could not be fetched.
        """
        seen: list[str] = []
        current = url
        while True:
            wrong = problem(current)
            if wrong:
                raise FetchError(wrong)
            guarded = not trusted and host_of(current) != allowed_host
            if guarded and is_private(current):
                raise FetchError("refused: a link to this machine or a private network")
            if page and not self.allowed_by_robots(current):
                raise FetchError("robots.txt asks robots not to fetch this page")
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            status, response_headers, body = self._request(current, headers, guarded=guarded)
            if status in REDIRECTS and "location" in response_headers:
                seen.append(current)
                target = urljoin(current, response_headers["location"])
                if target in seen:
                    raise FetchError("redirect loop")
                if len(seen) > MAX_REDIRECTS:
                    raise FetchError(f"more than {MAX_REDIRECTS} redirects")
                current = target
                trusted = trusted and host_of(target) == host_of(url)
                continue
            if status == 304:
                return Fetched(current, None, etag=etag, last_modified=last_modified)
            if status >= 400:
                raise FetchError(f"HTTP {status}")
            return Fetched(
                current,
                body,
                content_type=response_headers.get("content-type", ""),
                etag=response_headers.get("etag", ""),
                last_modified=response_headers.get("last-modified", ""),
            )

    def _request(
        self, url: str, headers: dict[str, str], *, guarded: bool = False
    ) -> tuple[int, dict[str, str], bytes]:
        """One request, after the host's pause. Within `timeout_s` as a whole: a watchdog
        closes the connection of a server that drips its headers or body. The body is read
        compressed and inflated here, at most `max_bytes` of it (a gzip bomb is cut like
        any large body). `guarded`: refused if the server's address is not public (a name
        that resolved elsewhere when it was checked)."""
        settings = self.settings
        host = host_of(url)
        wait = self._last.get(host, -1e9) + settings.per_host_delay_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        client = self.client
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            client.close()  # the blocked read fails at once

        watchdog = threading.Timer(settings.timeout_s, expire)
        watchdog.daemon = True
        watchdog.start()
        try:
            with client.stream(
                "GET", url, headers={**headers, "Accept-Encoding": "gzip, deflate"}
            ) as response:
                if guarded:
                    _check_peer(response)
                body = _read_body(response, settings.max_bytes)
                return response.status_code, dict(response.headers), body
        except FetchError:
            raise
        except Exception as exc:  # httpx's errors, and a connection the watchdog closed
            if expired.is_set():
                raise FetchError(f"no answer within {settings.timeout_s:g} s") from None
            if isinstance(exc, httpx.TimeoutException):
                raise FetchError(f"no answer within {settings.timeout_s:g} s") from None
            if isinstance(exc, httpx.HTTPError | httpx.InvalidURL | OSError):
                raise FetchError(_network_reason(exc)) from None
            raise
        finally:
            watchdog.cancel()
            if expired.is_set():
                self._client = None  # closed: the next request opens another
            self._last[host] = time.monotonic()

    def allowed_by_robots(self, url: str) -> bool:
        """Whether the site's robots.txt lets us fetch `url`, read once per host per run
        (RFC 9309: none, or a 4xx, allows everything; a 5xx or no answer allows nothing)."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            try:
                got = self.get(key + "/robots.txt")
                parser.parse((got.body or b"").decode("utf-8", "replace").splitlines())
            except FetchError as exc:
                text = str(exc)
                if text.startswith("HTTP 4") and not text.startswith("HTTP 429"):
                    parser.parse([])  # no robots.txt: everything is allowed
                else:
                    parser.parse(["User-agent: *", "Disallow: /"])
            self._robots[key] = parser
        found = self._robots[key]
        return found.can_fetch(USER_AGENT, url)


def _check_peer(response: httpx.Response) -> None:
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer and not is_public(str(peer[0])):
        raise FetchError("refused: a link to this machine or a private network")


def _read_body(response: httpx.Response, limit: int) -> bytes:
    """The body, inflated if gzip or deflate, refused past `limit` bytes."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        inflate = None
    elif encoding in ("gzip", "x-gzip", "deflate"):
        inflate = zlib.decompressobj(47)  # a gzip or zlib header, found by zlib
    else:
        raise FetchError(f"content encoded as {encoding}, which briefing does not read")
    chunks: list[bytes] = []
    size = 0

    def keep(data: bytes) -> None:
        nonlocal size
        size += len(data)
        if size > limit:
            raise FetchError(f"larger than {limit / 1_000_000:g} MB (max_file_mb)")
        chunks.append(data)

    try:
        for raw in response.iter_raw():
            if inflate is None:
                keep(raw)
                continue
            data = inflate.decompress(raw, limit + 1)
            keep(data)
            while inflate.unconsumed_tail:
                keep(inflate.decompress(inflate.unconsumed_tail, limit + 1))
        if inflate is not None:
            keep(inflate.flush())
    except zlib.error:
        raise FetchError("the server sent a body that does not decompress") from None
    return b"".join(chunks)


def _network_reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({text[:80]})"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    return text[:100]
