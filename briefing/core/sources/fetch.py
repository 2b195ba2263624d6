"""Fetching over HTTP, politely and safely: one request at a time per host with a pause
between them, a User-Agent naming briefing, conditional GETs, a size cap on what is read
(after decompression: a gzip bomb is cut like any large body), at most five redirects,
http and https only, robots.txt for pages, and no address on this machine or a private
network unless the user wrote it."""

from __future__ import annotations

import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from briefing import __version__
from briefing.core.sources.urls import SCHEMES, host_of, is_private

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
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
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
            self._check(current, trusted=trusted, allowed=allowed_host)
            if page and not self.allowed_by_robots(current):
                raise FetchError("robots.txt asks robots not to fetch this page")
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            status, response_headers, body = self._request(current, headers)
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

    def _check(self, url: str, *, trusted: bool, allowed: str) -> None:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in SCHEMES:
            raise FetchError(f"not an http or https address ({scheme or 'no scheme'})")
        if not trusted and host_of(url) != allowed and is_private(url):
            raise FetchError("refused: a link to this machine or a private network")

    def _request(self, url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        """One request, after the host's pause; the body read up to the size cap, within
        the time limit as a whole (a server that drips bytes is cut off too)."""
        settings = self.settings
        host = host_of(url)
        wait = self._last.get(host, -1e9) + settings.per_host_delay_s - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        start = time.monotonic()
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > settings.max_bytes:
                        raise FetchError(
                            f"larger than {settings.max_bytes / 1_000_000:g} MB (max_file_mb)"
                        )
                    if time.monotonic() - start > settings.timeout_s:
                        raise FetchError(f"too slow (over {settings.timeout_s:g} s)")
                    chunks.append(chunk)
                return response.status_code, dict(response.headers), b"".join(chunks)
        except httpx.TimeoutException:
            raise FetchError(f"no answer within {settings.timeout_s:g} s") from None
        except httpx.DecodingError:
            raise FetchError("the server sent a body that does not decompress") from None
        except httpx.HTTPError as exc:
            raise FetchError(_network_reason(exc)) from None
        finally:
            self._last[host] = time.monotonic()

    def allowed_by_robots(self, url: str) -> bool:
        """Whether the site's robots.txt lets us fetch `url` (read once per host per run;
        a site without one, or whose robots.txt cannot be read, allows everything)."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = None
            try:
                status, _, body = self._request(key + "/robots.txt", {})
            except FetchError:
                status, body = 0, b""
            if status == 200:
                parser = urllib.robotparser.RobotFileParser()
                parser.parse(body.decode("utf-8", "replace").splitlines())
            self._robots[key] = parser
        parser = self._robots[key]
        return parser is None or parser.can_fetch(USER_AGENT, url)


def _network_reason(exc: httpx.HTTPError) -> str:
    text = str(exc).strip() or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({text[:80]})"
    if isinstance(exc, httpx.TooManyRedirects):
        return "too many redirects"
    return text[:100]
