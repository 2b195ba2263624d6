"""Briefings as they were told, by a key of everything they were told from (`telling.told`
makes it: the articles, their analyses' fingerprint, the names' label votes, the aliases,
the story's title, the code), so a digest that nothing changed under reads its stories'
briefings instead of telling them again. A briefing whose articles or votes change gets a
new key; the oldest rows go beyond `KEEP`."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the models and their codec: not before the app's first paint (cache.py)
    from briefing.core.models import Briefing

TOLD_SCHEMA = """
CREATE TABLE IF NOT EXISTS told (
    n INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, briefing TEXT NOT NULL
);
"""
KEEP = 400  # briefings kept: a digest tells `digest_stories` (8) of them at a time


class ToldBriefings:
    """The told table of a cache."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def get(self, key: str) -> Briefing | None:
        """The briefing told under this key, if it is kept."""
        from briefing.core.store.codec import decode_briefing

        row = self._db.execute("SELECT briefing FROM told WHERE key = ?", (key,)).fetchone()
        return None if row is None else decode_briefing(row[0])

    def put(self, key: str, briefing: Briefing) -> None:
        """Keep this briefing under this key (the newest `KEEP` are kept)."""
        from briefing.core.store.codec import encode_briefing

        self._db.execute(
            "INSERT OR REPLACE INTO told (key, briefing) VALUES (?, ?)",
            (key, encode_briefing(briefing)),
        )
        self._db.execute("DELETE FROM told WHERE n <= (SELECT MAX(n) FROM told) - ?", (KEEP,))
