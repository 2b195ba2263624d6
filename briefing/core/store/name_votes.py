"""The label votes of every name across all the articles analysed (core/extract/label_cues.py):
what the model said each mention of a name is, and what the words around it said. Kept per
article, so an article analysed again or gone takes its votes with it (`GONE`, run by a
trigger on the analyses table: store/cache.py), and added up per name as they come
(`name_totals`), so a selection's names are read one row per name and vote, however many
articles name them."""

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
CREATE TABLE IF NOT EXISTS name_totals (
    name TEXT NOT NULL, vote TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (name, vote)
) WITHOUT ROWID;
"""
# An article's votes taken out of the totals, then dropped (`?` or, in the trigger,
# OLD.article_id: the article).
GONE = """
UPDATE name_totals SET n = name_totals.n - v.n
FROM (SELECT name, vote, n FROM name_votes WHERE article = {article}) AS v
WHERE name_totals.name = v.name AND name_totals.vote = v.vote;
DELETE FROM name_votes WHERE article = {article};
"""
# The totals of a cache from before them.
TOTALLED = """
INSERT OR IGNORE INTO name_totals SELECT name, vote, SUM(n) FROM name_votes GROUP BY name, vote
"""
_CHUNK = 900  # names per query, under SQLite's limit of bound parameters


class NameVotes:
    """The name_votes and name_totals tables of a cache."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def put(self, article: str, votes: Mapping[str, Mapping[str, int]]) -> None:
        """This article's votes, in place of any it had."""
        for statement in GONE.format(article="?").split(";"):
            if statement.strip():
                self._db.execute(statement, (article,))
        rows = [(name, vote, n) for name, counts in votes.items() for vote, n in counts.items()]
        self._db.executemany(
            "INSERT INTO name_votes VALUES (?, ?, ?, ?)",
            ((name, vote, article, n) for name, vote, n in rows),
        )
        self._db.executemany(
            "INSERT INTO name_totals VALUES (?, ?, ?) "
            "ON CONFLICT (name, vote) DO UPDATE SET n = n + excluded.n",
            rows,
        )

    def of(self, names: Iterable[str]) -> dict[str, Counter[str]]:
        """Each of these names' votes over every article."""
        wanted = sorted(set(names))
        found: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for name, vote, n in self._db.execute(
                f"SELECT name, vote, n FROM name_totals WHERE name IN ({marks}) AND n > 0",
                chunk,
            ):
                found[name][vote] = n
        return dict(found)
