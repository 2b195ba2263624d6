"""The pages and feeds fetched from the web, kept in the user's data folder (not in the
disposable cache): raw pages with their versions, each feed's items, and what a conditional
GET needs (ETag, Last-Modified). Analysing again never needs the network."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from briefing.core.store.transactions import patiently, write_transaction
from briefing.errors import BriefingError
from briefing.fileio import reason

PAGES_FILE = "pages.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (url TEXT PRIMARY KEY, kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, title TEXT NOT NULL, etag TEXT NOT NULL, last_modified TEXT NOT NULL,
    fetched_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, fetched_url TEXT NOT NULL, etag TEXT NOT NULL,
    last_modified TEXT NOT NULL, content_type TEXT NOT NULL, body BLOB, digest TEXT NOT NULL,
    version INTEGER NOT NULL, fetched_at REAL NOT NULL,
    title TEXT NOT NULL, date TEXT, summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS feed_items (
    feed TEXT NOT NULL, url TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (feed, url)
);
CREATE TABLE IF NOT EXISTS versions (
    url TEXT NOT NULL, version INTEGER NOT NULL, fetched_at REAL NOT NULL, body BLOB,
    PRIMARY KEY (url, version)
);
CREATE TABLE IF NOT EXISTS failures (url TEXT PRIMARY KEY, reason TEXT NOT NULL, at REAL NOT NULL)
"""


class DataError(BriefingError):
    """The data folder's file cannot be opened or written."""


def connect(path: Path, schema: str, what: str) -> sqlite3.Connection:
    """Open the data folder's file at `path` with these tables (made if missing).

    Raises:
        DataError: It cannot be opened (it is never replaced: it holds the user's data).
    """
    # Two processes opening a new file at once: one's switch to WAL can find the file
    # "locked" at once, whatever the busy timeout (CI saw two ingests fail so).
    try:
        return patiently(lambda: _connect(path, schema))
    except (OSError, sqlite3.DatabaseError) as exc:
        raise DataError(f"{path}: cannot open {what} ({reason(exc)})") from None


def _connect(path: Path, schema: str) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA journal_mode = WAL")
        # As the cache: a commit (marking an article read, on the app's UI thread) does not
        # wait for the disk to flush (0.34 ms a mark here, 0.03 ms without; far more on a
        # slow disk); WAL keeps the file whole, a power cut loses at most the last marks.
        db.execute("PRAGMA synchronous = NORMAL")
        for statement in schema.split(";"):
            if statement.strip():
                db.execute(statement)
    except BaseException:
        db.close()
        raise
    return db


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page (body None: it could not be fetched; the feed's summary stands in)."""

    url: str  # canonical
    fetched_url: str
    body: bytes | None
    content_type: str
    etag: str
    last_modified: str
    version: int
    title: str  # the feed's title for it, if any
    date: str | None  # the feed's date for it, if any
    summary: str  # the feed's content or summary, HTML


class PageStore:
    """An open pages file. Use `PageStore.open`; close it."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path

    @classmethod
    def open(cls, folder: Path) -> PageStore:
        """Open (creating if needed) the pages file in `folder`.

        Raises:
            DataError: The folder or file cannot be used (it is never replaced: it holds
                what was fetched, which may be gone from the web).
        """
        path = folder / PAGES_FILE
        return cls(connect(path, _SCHEMA, "the fetched pages"), path)

    def close(self) -> None:
        self._db.close()

    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction: all of it lands, or none of it."""
        return write_transaction(self._db, f"{self.path}: cannot write", DataError)

    # Sources and feeds ----------------------------------------------------------------

    def kind(self, url: str) -> str | None:
        """'feed' or 'page' once a source was fetched, else None."""
        row = self._db.execute("SELECT kind FROM sources WHERE url = ?", (url,)).fetchone()
        return None if row is None else str(row[0])

    def set_kind(self, url: str, kind: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?)", (url, kind))

    def feed_state(self, url: str) -> tuple[str, str]:
        """(ETag, Last-Modified) of a feed's last download."""
        row = self._db.execute(
            "SELECT etag, last_modified FROM feeds WHERE url = ?", (url,)
        ).fetchone()
        return ("", "") if row is None else (row[0], row[1])

    def put_feed(self, url: str, title: str, etag: str, last_modified: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?, ?)",
            (url, title, etag, last_modified, time.time()),
        )

    def put_items(self, feed: str, urls: list[str]) -> None:
        """The pages a feed lists now, in its order (items it listed before are kept: a
        feed shows its newest items only)."""
        known = self.items(feed)
        start = len(known)
        new = [u for u in dict.fromkeys(urls) if u not in set(known)]
        self._db.executemany(
            "INSERT OR IGNORE INTO feed_items VALUES (?, ?, ?)",
            [(feed, u, start + n) for n, u in enumerate(new)],
        )

    def items(self, feed: str) -> list[str]:
        rows = self._db.execute(
            "SELECT url FROM feed_items WHERE feed = ? ORDER BY position", (feed,)
        )
        return [r[0] for r in rows]

    def put_failure(self, url: str, reason: str) -> None:
        """What went wrong with a source's last fetch (what was stored before stays)."""
        self._db.execute(
            "INSERT OR REPLACE INTO failures VALUES (?, ?, ?)", (url, reason, time.time())
        )

    def clear_failure(self, url: str) -> None:
        self._db.execute("DELETE FROM failures WHERE url = ?", (url,))

    def failure(self, url: str) -> str | None:
        """What went wrong with a source's last fetch, or None if it went well."""
        row = self._db.execute("SELECT reason FROM failures WHERE url = ?", (url,)).fetchone()
        return None if row is None else str(row[0])

    # Pages ----------------------------------------------------------------------------

    def page(self, url: str) -> Page | None:
        row = self._db.execute(
            "SELECT url, fetched_url, body, content_type, etag, last_modified, version, title, "
            "date, summary FROM pages WHERE url = ?",
            (url,),
        ).fetchone()
        return None if row is None else Page(*row)

    def has_page(self, url: str) -> bool:
        return self._db.execute("SELECT 1 FROM pages WHERE url = ?", (url,)).fetchone() is not None

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
    ) -> bool:
        """Keep a page; a body unlike the last one is a new version (the old one is kept).
        Returns whether it is new or changed."""
        with self.transaction():
            return self._put_page(
                url, fetched_url, body, content_type, etag, last_modified, title, date, summary
            )

    def _put_page(
        self,
        url: str,
        fetched_url: str,
        body: bytes | None,
        content_type: str,
        etag: str,
        last_modified: str,
        title: str,
        date: str | None,
        summary: str,
    ) -> bool:
        old = self._db.execute(
            "SELECT digest, version, body, title, date, summary FROM pages WHERE url = ?", (url,)
        ).fetchone()
        if old is not None and ((body is None and old[2] is not None) or body == old[2]):
            # Not changed (the same body, or a 304): only what the next request sends is new.
            if etag or last_modified:
                self._db.execute(
                    "UPDATE pages SET etag = ?, last_modified = ?, fetched_at = ? WHERE url = ?",
                    (etag, last_modified, time.time(), url),
                )
            return False
        digest = hashlib.blake2b(body or summary.encode(), digest_size=16).hexdigest()
        if old is not None and old[0] == digest:
            return False
        version = 1 if old is None else int(old[1]) + 1
        now = time.time()
        if old is not None and old[2] is not None:
            self._db.execute(
                "INSERT OR REPLACE INTO versions VALUES (?, ?, ?, ?)", (url, old[1], now, old[2])
            )
        self._db.execute(
            "INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                url, fetched_url, etag, last_modified, content_type, body, digest, version, now,
                title or (old[3] if old else ""), date or (old[4] if old else None),
                summary or (old[5] if old else ""),
            ),
        )  # fmt: skip
        return True

    def versions_of(self, urls: Sequence[str]) -> dict[str, int]:
        """The current version of each of these pages that is stored (no body is read)."""
        found: dict[str, int] = {}
        for start in range(0, len(urls), 500):
            chunk = list(urls[start : start + 500])
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT url, version FROM pages WHERE url IN ({marks})", chunk)
            found.update(rows.fetchall())
        return found

    def versions(self, url: str) -> int:
        """How many versions of a page were kept (the current one included)."""
        row = self._db.execute("SELECT version FROM pages WHERE url = ?", (url,)).fetchone()
        return 0 if row is None else int(row[0])
