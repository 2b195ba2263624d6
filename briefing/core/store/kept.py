"""Briefings kept as they were told, by a key of everything they were told from
(`telling.kept_briefing` makes it: the articles, their analyses' fingerprint, the names'
label votes, the aliases, the story's title, the points, the core's code), so a digest that
nothing changed under reads its stories' briefings instead of telling them again. A
briefing whose articles or votes change gets a new key; beyond the `KEEP` last told, the
oldest go, and `briefing cache prune` empties the table (store/upkeep.py)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models and their codec: not before the app's first paint (cache.py)
    from briefing.core.models import Briefing

KEPT_SCHEMA = """
CREATE TABLE IF NOT EXISTS told (
    n INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, briefing TEXT NOT NULL
);
"""
KEEP = 400  # briefings kept: a digest tells `digest_stories` (8) of them at a time


class KeptBriefings:
    """The told table of a cache."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def get(self, key: str) -> Briefing | None:
        """The briefing told under this key, if it is kept."""
        from briefing.core.store.codec import decode_briefing

        row = self._db.execute("SELECT briefing FROM told WHERE key = ?", (key,)).fetchone()
        return None if row is None else decode_briefing(row[0])

    def put(self, key: str, briefing: Briefing) -> None:
        """Keep this briefing under this key, if the cache can be written at once: it only
        spares telling it again, so it never waits for another writer (nor fails for want
        of room); the `KEEP` last told are kept."""
        from briefing.core.store.codec import encode_briefing

        data = encode_briefing(briefing)
        waits = self._db.execute("PRAGMA busy_timeout").fetchone()[0]
        try:
            self._db.execute("PRAGMA busy_timeout = 0")
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            return  # another writer holds the file: told again next time
        finally:
            self._db.execute(f"PRAGMA busy_timeout = {int(waits)}")
        try:
            self._db.execute(
                "INSERT OR IGNORE INTO told (key, briefing) VALUES (?, ?)", (key, data)
            )
            self._db.execute(
                "DELETE FROM told WHERE n NOT IN (SELECT n FROM told ORDER BY n DESC LIMIT ?)",
                (KEEP,),
            )
            self._db.execute("COMMIT")
        except sqlite3.Error:
            self._db.execute("ROLLBACK")
