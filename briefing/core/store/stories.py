"""The stories last grouped, kept in the cache: by a key naming a set of analysed articles
and the code (see `Workspace.stories`), with the sources they were asked for, and each
article's story size for a first frame."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.core.models import Story


class StoredStories:
    """Part of `cache.Store`: its stored stories."""

    _db: sqlite3.Connection

    if TYPE_CHECKING:

        def transaction(self) -> AbstractContextManager[None]: ...

    def stories(self, key: str) -> list[Story] | None:
        """The stories stored under `key`, or None."""
        row = self._db.execute("SELECT data FROM stories WHERE key = ?", (key,)).fetchone()
        return None if row is None else _stories(row[0])

    def latest_stories(self, roots: str) -> list[Story]:
        """The stories last stored for these sources (maybe of fewer articles than now)."""
        row = self._db.execute(
            "SELECT data FROM stories WHERE roots = ? ORDER BY made DESC LIMIT 1", (roots,)
        ).fetchone()
        return [] if row is None else _stories(row[0])

    def story_sizes(self, roots: str, ids: Sequence[str]) -> dict[str, int]:
        """The size of each of these articles' story, as last grouped for these sources."""
        row = self._db.execute(
            "SELECT key FROM stories WHERE roots = ? ORDER BY made DESC LIMIT 1", (roots,)
        ).fetchone()
        if row is None or not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self._db.execute(
            f"SELECT article, size FROM story_marks WHERE key = ? AND article IN ({marks})",
            (row[0], *ids),
        )
        return dict(rows.fetchall())

    def put_stories(self, key: str, roots: str, stories: Sequence[Story], keep: int = 8) -> None:
        """Store stories under `key` (the `keep` latest sets stay)."""
        from dataclasses import asdict

        data = json.dumps([asdict(s) for s in stories], separators=(",", ":"))
        with self.transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO stories VALUES (?, ?, ?, ?)",
                (key, roots, data, time.time()),
            )
            self._db.executemany(
                "INSERT OR REPLACE INTO story_marks VALUES (?, ?, ?)",
                ((key, a, len(s.articles)) for s in stories for a in s.articles),
            )
            for table in ("stories", "story_marks"):
                self._db.execute(
                    f"DELETE FROM {table} WHERE key NOT IN "
                    "(SELECT key FROM stories ORDER BY made DESC LIMIT ?)",
                    (keep,),
                )


def _stories(data: str) -> list[Story]:
    from briefing.core.models import Story

    return [
        Story(
            id=s["id"],
            title=s["title"],
            first_date=s["first_date"],
            last_date=s["last_date"],
            articles=tuple(s["articles"]),
            paths=tuple(s["paths"]),
            actors=tuple(s["actors"]),
        )
        for s in json.loads(data)
    ]
