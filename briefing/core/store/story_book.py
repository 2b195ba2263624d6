"""The stories kept in the cache, global across sources and runs: each story's size, dates,
title, actors and summed vectors; each member article; the document frequencies grouping
weighs words and names by; an index of each story's rare words and names (its candidates
for a new article); and the ids merged stories had. The grouping itself is
`stories/grouping.py`; this is the `Book` it reads and writes."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any

from briefing.core.store.transactions import read_transaction

STORY_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_groups (
    id TEXT PRIMARY KEY, size INTEGER NOT NULL, first_date TEXT, last_date TEXT,
    title TEXT NOT NULL, actors TEXT NOT NULL, words TEXT NOT NULL, names TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_members (
    article TEXT PRIMARY KEY, story TEXT NOT NULL, date TEXT, path TEXT NOT NULL,
    title TEXT NOT NULL, vector TEXT NOT NULL, analysis INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members (story);
CREATE TABLE IF NOT EXISTS story_terms (
    term TEXT NOT NULL, story TEXT NOT NULL, PRIMARY KEY (term, story)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS story_terms_story ON story_terms (story);
CREATE TABLE IF NOT EXISTS story_df (term TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS story_alias (old TEXT PRIMARY KEY, new TEXT NOT NULL);
DROP TABLE IF EXISTS stories;
DROP TABLE IF EXISTS story_marks;
"""


# Plain classes, not dataclasses: this module is imported before the app's first paint (the
# story marks), and creating a dataclass costs ~0.6 ms.


class Member:
    """An article in a story, as the book keeps it: its KEPT heaviest TF-IDF `words`, its
    names' weights, and the stamp of the `analysis` it was grouped from (a new one regroups
    it). `added_words`/`added_names`: what its kept words and its names added to its story's
    sums (without IDF), so that leaving takes that away exactly (the rest of its words added
    little each: kept, they would take five times the room)."""

    __slots__ = (
        "added_names", "added_words", "analysis", "article", "date", "names", "path", "story",
        "title", "words",
    )  # fmt: skip

    def __init__(
        self,
        article: str,
        story: str,
        date: str | None,
        path: str,
        title: str,
        words: dict[str, float],
        names: dict[str, float],
        analysis: int,
        added_words: dict[str, float] | None = None,
        added_names: dict[str, float] | None = None,
    ) -> None:
        self.article, self.story, self.date, self.path, self.title = (
            article, story, date, path, title,
        )  # fmt: skip
        self.words, self.names, self.analysis = words, names, analysis
        self.added_words = {} if added_words is None else added_words
        self.added_names = {} if added_names is None else added_names


class Sums:
    """A story's state: its size, dates, and the sums of its members' unit vectors."""

    __slots__ = ("first_date", "last_date", "names", "size", "words")

    def __init__(
        self,
        size: int,
        first_date: str | None,
        last_date: str | None,
        words: dict[str, float] | None = None,
        names: dict[str, float] | None = None,
    ) -> None:
        self.size, self.first_date, self.last_date = size, first_date, last_date
        self.words = {} if words is None else words
        self.names = {} if names is None else names


_TABLES = ("story_groups", "story_members", "story_terms", "story_df", "story_alias")
_DOCUMENTS = ""  # the story_df row counting the documents


def _chunks(items: Sequence[str], size: int = 900) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class StoryBook:
    """The stories tables of one connection (writes: inside the caller's transaction)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @classmethod
    def in_memory(cls) -> StoryBook:
        """A book of its own, in memory (a one-off grouping: benchmarks, tests)."""
        db = sqlite3.connect(":memory:", isolation_level=None)
        for statement in STORY_SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        return cls(db)

    def _rows(self, sql: str, ids: Iterable[str]) -> Iterator[Any]:
        """The rows of `sql` (with `{marks}` where the ids go) for all these ids, in chunks
        SQLite's limit on parameters allows."""
        for chunk in _chunks(list(ids)):
            yield from self._db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)

    # What grouping reads and writes ------------------------------------------------------

    def documents(self) -> int:
        row = self._db.execute("SELECT n FROM story_df WHERE term = ?", (_DOCUMENTS,)).fetchone()
        return 0 if row is None else int(row[0])

    def frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        return dict(self._rows("SELECT term, n FROM story_df WHERE term IN ({marks})", terms))

    def count(self, bags: Sequence[Iterable[str]]) -> None:
        """Count these documents (each a bag of terms) into the frequencies."""
        counts: Counter[str] = Counter()
        for bag in bags:
            counts.update(set(bag))
        counts[_DOCUMENTS] = len(bags)
        self._db.executemany(
            "INSERT INTO story_df VALUES (?, ?) "
            "ON CONFLICT (term) DO UPDATE SET n = n + excluded.n",
            sorted(counts.items()),
        )

    def candidates(
        self, keys: Sequence[str], span: tuple[str, str] | None, limit: int
    ) -> list[str]:
        """The stories sharing most of these keys with an article dated within `span`
        (None: any), most shared first."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        if span is None:
            rows = self._db.execute(
                f"SELECT story FROM story_terms WHERE term IN ({marks}) "
                "GROUP BY story ORDER BY COUNT(*) DESC, story LIMIT ?",
                (*keys, limit),
            )
        else:
            rows = self._db.execute(
                # (a story begun in this batch has no row yet: the grouper holds it)
                f"SELECT t.story FROM story_terms t LEFT JOIN story_groups g ON g.id = t.story "
                f"WHERE t.term IN ({marks}) AND (g.last_date IS NULL OR "
                "(g.last_date >= ? AND g.first_date <= ?)) "
                "GROUP BY t.story ORDER BY COUNT(*) DESC, t.story LIMIT ?",
                (*keys, *span, limit),
            )
        return [row[0] for row in rows]

    def sums(self, ids: Sequence[str]) -> dict[str, Sums]:
        rows = self._rows(
            "SELECT id, size, first_date, last_date, words, names FROM story_groups "
            "WHERE id IN ({marks})",
            ids,
        )
        return {
            story: Sums(size, first, last, json.loads(words), json.loads(names))
            for story, size, first, last, words, names in rows
        }

    def taken(self, story: str) -> bool:
        return any(
            self._db.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", (story,)).fetchone()
            for table, key in (
                ("story_groups", "id"),
                ("story_members", "story"),
                ("story_alias", "old"),
            )
        )

    def join(self, member: Member, keys: Iterable[str]) -> None:
        vector = json.dumps(
            {
                "w": member.words,
                "n": member.names,
                "aw": member.added_words,
                "an": member.added_names,
            },
            separators=(",", ":"),
        )
        self._db.execute(
            "INSERT OR REPLACE INTO story_members VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                member.article,
                member.story,
                member.date,
                member.path,
                member.title,
                vector,
                member.analysis,
            ),
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO story_terms VALUES (?, ?)", ((k, member.story) for k in keys)
        )

    def merge(self, loser: str, survivor: str) -> None:
        self._db.execute("UPDATE story_members SET story = ? WHERE story = ?", (survivor, loser))
        self._db.execute(
            "INSERT OR IGNORE INTO story_terms SELECT term, ? FROM story_terms WHERE story = ?",
            (survivor, loser),
        )
        self._db.execute("DELETE FROM story_terms WHERE story = ?", (loser,))
        self._db.execute("DELETE FROM story_groups WHERE id = ?", (loser,))
        self._db.execute("UPDATE story_alias SET new = ? WHERE new = ?", (survivor, loser))
        self._db.execute("INSERT OR REPLACE INTO story_alias VALUES (?, ?)", (loser, survivor))

    def forget(self, articles: Sequence[str]) -> list[Member]:
        gone = []
        for chunk in _chunks(articles):
            marks = ",".join("?" * len(chunk))
            gone += self._members(f"article IN ({marks})", chunk)
            self._db.execute(f"DELETE FROM story_members WHERE article IN ({marks})", chunk)
        return gone

    def members(self, story: str) -> list[Member]:
        return self._members("story = ?", (story,))

    def put(self, story: str, sums: Sums, title: str, actors: Sequence[str]) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO story_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                story,
                sums.size,
                sums.first_date,
                sums.last_date,
                title,
                json.dumps(list(actors)),
                json.dumps(sums.words, separators=(",", ":")),
                json.dumps(sums.names, separators=(",", ":")),
            ),
        )

    def drop(self, story: str) -> None:
        self._db.execute("DELETE FROM story_groups WHERE id = ?", (story,))
        self._db.execute("DELETE FROM story_terms WHERE story = ?", (story,))

    # What the desk reads ------------------------------------------------------------------

    def snapshot(self) -> AbstractContextManager[None]:
        """Reads that see one state of the book while other connections write."""
        return read_transaction(self._db)

    def generation(self) -> str | None:
        """What the stories were grouped with (the code and the extraction), or None."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'stories'").fetchone()
        return None if row is None else str(row[0])

    def reset(self, generation: str | None = None) -> None:
        """Empty the book, for stories grouped anew (with this generation, if given)."""
        for table in _TABLES:
            self._db.execute(f"DELETE FROM {table}")
        if generation is not None:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('stories', ?)", (generation,))
        self.grouped_at_once(0)

    def grouped_at_once(self, articles: int) -> None:
        """Note that the stories were just grouped from this many articles at once."""
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('regrouped', ?)", (str(articles),))

    def regrouped(self) -> int:
        """How many articles the stories were last grouped from at once."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'regrouped'").fetchone()
        return 0 if row is None else int(row[0])

    def assignments(self) -> dict[str, str]:
        """Every member article's story."""
        return dict(self._db.execute("SELECT article, story FROM story_members").fetchall())

    def analyses(self) -> dict[str, int]:
        """Every member article, with the analysis it was grouped from."""
        return dict(self._db.execute("SELECT article, analysis FROM story_members").fetchall())

    def aliases(self) -> dict[str, str]:
        """The ids merged stories had, with the id each answers for."""
        return dict(self._db.execute("SELECT old, new FROM story_alias").fetchall())

    def rename(self, story: str, new: str) -> None:
        """Give a story another id (one it had before a regrouping)."""
        for table, key in (
            ("story_groups", "id"),
            ("story_members", "story"),
            ("story_terms", "story"),
        ):
            self._db.execute(f"UPDATE {table} SET {key} = ? WHERE {key} = ?", (new, story))
        self._db.execute("DELETE FROM story_alias WHERE old = ?", (new,))

    def clear_aliases(self) -> None:
        """Forget every old id."""
        self._db.execute("DELETE FROM story_alias")

    def alias(self, old: str, new: str) -> None:
        """Let an id no story has any more answer for `new`."""
        self._db.execute("INSERT OR REPLACE INTO story_alias VALUES (?, ?)", (old, new))

    def pending(self, fingerprint: str) -> list[tuple[str, int]]:
        """The cached articles with an analysis of this fingerprint that no story holds,
        oldest first, each with the stamp of its analysis (store/cache.py)."""
        rows = self._db.execute(
            "SELECT a.article_id, COALESCE(s.n, 0) FROM analyses a "
            "JOIN articles r ON r.id = a.article_id "
            "LEFT JOIN analysed s ON s.article_id = a.article_id WHERE a.fingerprint = ? "
            "AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article = a.article_id) "
            "ORDER BY r.date, a.article_id",
            (fingerprint,),
        )
        return [(article, int(stamp)) for article, stamp in rows]

    def changed(self) -> list[str]:
        """Members whose article is gone or was analysed again since it was grouped."""
        rows = self._db.execute(
            "SELECT m.article FROM story_members m WHERE m.analysis IS NOT COALESCE("
            "(SELECT s.n FROM analysed s WHERE s.article_id = m.article), 0) "
            "OR NOT EXISTS (SELECT 1 FROM articles r WHERE r.id = m.article) ORDER BY m.article"
        )
        return [row[0] for row in rows]

    def placed(self, ids: Sequence[str]) -> list[tuple[str, str, str | None, str]]:
        """(article, story, date, path) of these articles that a story holds."""
        return list(
            self._rows(
                "SELECT article, story, date, path FROM story_members WHERE article IN ({marks})",
                ids,
            )
        )

    def summaries(self, ids: Iterable[str]) -> dict[str, tuple[int, str, tuple[str, ...]]]:
        """The size, title and actors of these stories, by id."""
        rows = self._rows(
            "SELECT id, size, title, actors FROM story_groups WHERE id IN ({marks})", ids
        )
        return {
            story: (int(size), str(title), tuple(json.loads(actors)))
            for story, size, title, actors in rows
        }

    def of_articles(self, articles: Sequence[str]) -> list[Member]:
        """The members these articles are."""
        found = []
        for chunk in _chunks(articles):
            found += self._members(f"article IN ({','.join('?' * len(chunk))})", chunk)
        return found

    def sizes(self, articles: Sequence[str]) -> dict[str, int]:
        """The size of each of these articles' story."""
        return dict(
            self._rows(
                "SELECT m.article, g.size FROM story_members m JOIN story_groups g "
                "ON g.id = m.story WHERE m.article IN ({marks})",
                articles,
            )
        )

    def resolve(self, story: str) -> str:
        """The id a story has now (a merged story's id names the story it merged into)."""
        row = self._db.execute("SELECT new FROM story_alias WHERE old = ?", (story,)).fetchone()
        return story if row is None else str(row[0])

    def _members(self, where: str, args: Sequence[str]) -> list[Member]:
        rows = self._db.execute(
            "SELECT article, story, date, path, title, vector, analysis FROM story_members "
            f"WHERE {where} ORDER BY date, article",
            args,
        )
        found = []
        for article, story, date, path, title, vector, analysis in rows:
            data = json.loads(vector)
            found.append(
                Member(
                    article, story, date, path, title, data["w"], data["n"], analysis,
                    data.get("aw", {}), data.get("an", {}),
                )
            )  # fmt: skip
        return found
