"""Read state, in the data folder's file beside the fetched pages (not in the disposable
cache): per article when it arrived and whether it is read.

When this table is first made, the articles already cached count as read (a one-off
migration, so upgrading does not flood the user with "new"); every article stored after it,
on a fresh install too, arrives unread.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from briefing.core.store.pages import PAGES_FILE, DataError, connect
from briefing.core.store.transactions import write_transaction

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reads (
    article TEXT PRIMARY KEY, arrived REAL NOT NULL, read INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS reads_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
"""


class ReadState:
    """An open read-state table. Use `ReadState.open`; close it."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path

    @classmethod
    def open(cls, folder: Path) -> ReadState:
        """Open (creating if needed) the read state in `folder`'s data file.

        Raises:
            DataError: The folder or file cannot be used.
        """
        path = folder / PAGES_FILE
        return cls(connect(path, _SCHEMA, "the read state"), path)

    def close(self) -> None:
        self._db.close()

    def transaction(self) -> AbstractContextManager[None]:
        return write_transaction(self._db, f"{self.path}: cannot write", DataError)

    @property
    def migrated(self) -> bool:
        """Whether the articles cached before read state existed were counted as read."""
        row = self._db.execute("SELECT 1 FROM reads_meta WHERE key = 'migrated'").fetchone()
        return row is not None

    def arrive(self, ids: Sequence[str], *, before: Iterable[str] = ()) -> None:
        """These articles are stored now: those not known yet arrive unread. On the first
        call ever, the articles cached `before` it count as read (the one-off migration)."""
        now = time.time()
        with self.transaction():
            if not self.migrated:
                self._db.executemany(
                    "INSERT OR IGNORE INTO reads VALUES (?, ?, 1)", ((i, now) for i in before)
                )
                self._db.execute("INSERT OR REPLACE INTO reads_meta VALUES ('migrated', '1')")
            self._db.executemany(
                "INSERT OR IGNORE INTO reads VALUES (?, ?, 0)", ((i, now) for i in ids)
            )

    def unread(self, ids: Sequence[str]) -> set[str]:
        """Which of these articles are unread."""
        wanted = set(ids)
        rows = self._db.execute("SELECT article FROM reads WHERE read = 0")
        return {r[0] for r in rows if r[0] in wanted}

    def mark(self, ids: Iterable[str], *, read: bool = True) -> None:
        """Mark these articles read (or unread)."""
        now = time.time()
        with self.transaction():
            for article in ids:
                self._db.execute(
                    "INSERT INTO reads VALUES (?, ?, ?) "
                    "ON CONFLICT (article) DO UPDATE SET read = excluded.read",
                    (article, now, int(read)),
                )
