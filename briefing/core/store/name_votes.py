"""The label votes of every name across all the articles analysed (core/extract/label_cues.py):
what the model said each mention of a name is, and what the words around it said. Kept per
article, so an article analysed again or gone takes its votes with it (a trigger on the
analyses table: store/cache.py), and summed per name when a selection's names are resolved."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

NAME_VOTES_SCHEMA = """
CREATE TABLE IF NOT EXISTS name_votes (
    name TEXT NOT NULL, vote TEXT NOT NULL, article TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (name, vote, article)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_votes_article ON name_votes (article);
"""
_CHUNK = 900  # names per query, under SQLite's limit of bound parameters


class NameVotes:
    """The name_votes table of a cache."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def put(self, article: str, votes: Mapping[str, Mapping[str, int]]) -> None:
        """This article's votes, in place of any it had."""
        self._db.execute("DELETE FROM name_votes WHERE article = ?", (article,))
        self._db.executemany(
            "INSERT INTO name_votes VALUES (?, ?, ?, ?)",
            (
                (name, vote, article, n)
                for name, counts in votes.items()
                for vote, n in counts.items()
            ),
        )

    def of(self, names: Iterable[str]) -> dict[str, Counter[str]]:
        """Each of these names' votes over every article."""
        wanted = sorted(set(names))
        found: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for name, vote, n in self._db.execute(
                f"SELECT name, vote, SUM(n) FROM name_votes WHERE name IN ({marks})"
                " GROUP BY name, vote",
                chunk,
            ):
                found[name][vote] = n
        return dict(found)
