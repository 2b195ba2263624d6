"""The extraction cache: one SQLite file holding articles, their analyses, and file stats.

Articles are keyed by their content hash; analyses by article and pipeline fingerprint, so a
new model or a change to the extraction code re-analyses by itself. File stats let a warm
start skip reading files that did not change. Every write is one transaction; WAL and a busy timeout
let two processes share the file.
"""

from __future__ import annotations

import json
import sqlite3
import string
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.core.store.kept import KeptBriefings
from briefing.core.store.name_votes import NameVotes
from briefing.core.store.schema import create_tables
from briefing.core.store.story_book import StoryBook
from briefing.core.store.transactions import patiently, write_transaction
from briefing.core.summaries import ArticleSummary, at_file
from briefing.errors import CacheError
from briefing.fileio import reason

# The models and their JSON codec are imported where an article or an analysis is read or
# written: creating their classes takes ~5 ms that the app's first paint (a listing of
# summaries) does not need.
if TYPE_CHECKING:
    from briefing.core.models import Analysis, Article
    from briefing.core.sources.files import SourceFile

CACHE_FILE = "cache.sqlite3"

# The listing's order: newest first (undated last), then by title with the ASCII letters
# folded, as SQLite's NOCASE folds them, then by id: `articles_newest` and `newest_first`
# agree exactly.
_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@dataclass(frozen=True, slots=True)
class FileEntry:
    """What the cache knows of a file: its stats when read, and the articles it held."""

    size: int
    mtime_ns: int
    reader: int
    ids: tuple[str, ...]


# A file at or under a folder: every path under `path/` sorts between "path/" and "path0"
# ('0' follows '/'), so the path index answers it.
_UNDER = "{p} = ? OR ({p} > ? AND {p} < ?)"


def _under(path: str) -> tuple[str, str, str]:
    """The parameters of `_UNDER` for `path`."""
    return path, path.rstrip("/") + "/", path.rstrip("/") + "0"


def newest_first(summaries: list[ArticleSummary]) -> list[ArticleSummary]:
    """Sort in the listing's order (in place, and return the list)."""
    summaries.sort(key=lambda s: (s.title.translate(_FOLD), s.id))
    summaries.sort(key=lambda s: s.date or "", reverse=True)
    return summaries


class Store:
    """An open cache file. Use `Store.open`; close it, or use it as a context manager."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self.notice: str | None = None  # set when a damaged cache was moved aside

    @classmethod
    def open(cls, folder: Path) -> Store:
        """Open (creating if needed) the cache in `folder`.

        Raises:
            CacheError: The folder or file cannot be used, or a newer briefing wrote it.
        """
        path = folder / CACHE_FILE
        try:
            return cls._connect_patiently(folder, path)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise CacheError(f"{path}: the cache is busy ({exc})") from None
            # Damaged (truncated, overwritten, not SQLite): keep it for inspection, start anew.
            aside = _move_aside(path)
            store = cls._connect(folder, path)
            store.notice = (
                f"{path}: the cache was damaged ({exc}); moved it to {aside.name} and started "
                "a new one (articles are analysed again)"
            )
            return store

    @classmethod
    def _connect_patiently(cls, folder: Path, path: Path) -> Store:
        """Connect, retrying while another process holds the lock (`patiently`)."""
        return patiently(lambda: cls._connect(folder, path))

    @classmethod
    def _connect(cls, folder: Path, path: Path) -> Store:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=30, isolation_level=None)
        except (OSError, sqlite3.OperationalError) as exc:
            raise CacheError(f"{path}: cannot open the cache ({reason(exc)})") from None
        store = cls(db, path)
        try:
            store._prepare()
        except BaseException:
            db.close()
            raise
        return store

    def _prepare(self) -> None:
        self._db.execute("PRAGMA busy_timeout = 30000")
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = NORMAL")
        with self.transaction():
            create_tables(self._db, self.path)

    @cached_property
    def story_book(self) -> StoryBook:
        """The stories kept in this cache."""
        return StoryBook(self._db)

    @cached_property
    def name_votes(self) -> NameVotes:
        """The label votes of the names of every article analysed."""
        return NameVotes(self._db)

    @cached_property
    def briefings(self) -> KeptBriefings:
        """Briefings kept as they were told, by what they were told from."""
        return KeptBriefings(self._db)

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection, for the store's own modules (`upkeep`)."""
        return self._db

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[None]:
        """One write transaction: all of it lands, or none of it."""
        return write_transaction(self._db, f"{self.path}: cannot write the cache", CacheError)

    # Reading ------------------------------------------------------------------------------

    def files(self) -> dict[str, FileEntry]:
        """Every file the cache has read, by path."""
        rows = self._db.execute("SELECT path, size, mtime_ns, reader, ids FROM files")
        return {p: FileEntry(s, m, r, tuple(json.loads(i))) for p, s, m, r, i in rows}

    def summaries_under(self, paths: Sequence[str]) -> list[ArticleSummary]:
        """List data of the articles of the cached files at or under these absolute paths,
        in path order, each once (what the last scan of those paths found)."""
        found: dict[str, ArticleSummary] = {}
        for path in paths:
            rows = self._db.execute(
                "SELECT a.id, a.path, a.title, a.date, a.source, a.url, a.words, f.path "
                "FROM files AS f, json_each(f.ids) AS j JOIN articles AS a ON a.id = j.value "
                f"WHERE {_UNDER.format(p='f.path')} ORDER BY f.path, j.key",
                _under(path),
            )
            for aid, stored, title, date, source, url, words, file in rows:
                if aid not in found:
                    here = at_file(stored, file)
                    found[aid] = ArticleSummary(aid, here, title, date, source, url, words)
        return list(found.values())

    def newest_under(self, paths: Sequence[str], count: int) -> list[ArticleSummary]:
        """The first `count` articles of `newest_first(summaries_under(paths))`, read through
        the date index: a screenful costs the same at 20 cached articles or 10,000.

        An article a scan found only in a second copy of its file is left out (the whole
        listing has it).
        """
        files = sum(
            self._db.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM files WHERE {_UNDER.format(p='path')} "
                "LIMIT ?)",
                (*_under(path), count + 1),
            ).fetchone()[0]
            for path in paths
        )
        if files <= count:  # a small folder in a large cache: its whole listing is cheaper
            return newest_first(self.summaries_under(paths))[:count]
        roots = [path.rstrip("/") + "/" for path in paths]
        found: list[ArticleSummary] = []
        rows = self._db.execute(
            "SELECT id, path, title, date, source, url, words FROM articles "
            "ORDER BY date DESC, title COLLATE NOCASE, id"
        )
        for row in rows:
            if len(found) == count:
                break
            if self._listed(row[0], row[1], roots):
                found.append(ArticleSummary(*row))
        return found

    def _listed(self, article_id: str, article_path: str, roots: list[str]) -> bool:
        """Whether the last scan found this article in its file, under one of `roots`."""
        # "file.jsonl#3" is the third article of file.jsonl; a file's own name may hold a '#'.
        for file in dict.fromkeys((article_path, article_path.rpartition("#")[0])):
            if file and any(file == root[:-1] or file.startswith(root) for root in roots):
                row = self._db.execute("SELECT ids FROM files WHERE path = ?", (file,)).fetchone()
                if row is not None and article_id in json.loads(row[0]):
                    return True
        return False

    def article_ids(self) -> set[str]:
        """Ids of every cached article."""
        return {row[0] for row in self._db.execute("SELECT id FROM articles")}

    def analysed_ids(self, fingerprint: str) -> set[str]:
        """Ids of the articles analysed with this pipeline fingerprint."""
        rows = self._db.execute(
            "SELECT article_id FROM analyses WHERE fingerprint = ?", (fingerprint,)
        )
        return {row[0] for row in rows}

    def awaiting_analysis(self, fingerprint: str, ids: Sequence[str]) -> bool:
        """Whether one of these articles has analyses, none of them made with this
        fingerprint: it is to be analysed again (after a new model or extraction code)."""
        for chunk in _chunks(ids, 900):
            marks = ",".join("?" * len(chunk))
            row = self._db.execute(
                f"SELECT 1 FROM analyses a WHERE a.article_id IN ({marks}) AND NOT EXISTS "
                "(SELECT 1 FROM analyses b WHERE b.article_id = a.article_id "
                "AND b.fingerprint = ?) LIMIT 1",
                (*chunk, fingerprint),
            ).fetchone()
            if row is not None:
                return True
        return False

    def with_analysis(self, ids: Sequence[str]) -> set[str]:
        """Those of these articles that have an analysis, of any fingerprint (shown)."""
        found: set[str] = set()
        for chunk in _chunks(ids, 900):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT DISTINCT article_id FROM analyses WHERE article_id IN ({marks})", chunk
            )
            found.update(row[0] for row in rows)
        return found

    def summaries(self, ids: Sequence[str]) -> list[ArticleSummary]:
        """List data of the given articles, in the given order (unknown ids are skipped)."""
        found: dict[str, ArticleSummary] = {}
        for chunk in _chunks(ids, 900):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                "SELECT id, path, title, date, source, url, words FROM articles "
                f"WHERE id IN ({marks})",
                chunk,
            )
            found.update((row[0], ArticleSummary(*row)) for row in rows)
        return [found[i] for i in ids if i in found]

    def article(self, article_id: str) -> Article | None:
        """One whole article, or None if it is not cached."""
        row = self._db.execute(
            "SELECT id, path, title, date, source, url, body, credits FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        from briefing.core.models import Article

        article_id, path, title, date, source, url, body, credits = row
        return Article(article_id, path, title, date, source, url, body, tuple(json.loads(credits)))

    def analysis(self, article_id: str, fingerprint: str) -> Analysis | None:
        """The cached analysis of one article (see `analyses`), or None."""
        return self.analyses([article_id], fingerprint).get(article_id)

    def analyses(self, ids: Sequence[str], fingerprint: str) -> dict[str, Analysis]:
        """The cached analyses of many articles at once, by id (missing ones left out): the
        one made with this fingerprint, else the newest stale one, shown until the article is
        analysed again (one this code cannot read is left out)."""
        from briefing.core.store.codec import decode_analysis

        found: dict[str, Analysis] = {}
        for chunk in _chunks(ids, 900):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT article_id, data, fingerprint = ? FROM analyses "
                f"WHERE article_id IN ({marks}) ORDER BY 3 DESC, rowid DESC",
                (fingerprint, *chunk),
            )
            for article_id, data, current in rows:
                if article_id in found:
                    continue
                try:
                    found[article_id] = decode_analysis(data)
                except (ValueError, KeyError, TypeError, IndexError):
                    if current:
                        raise
        return found

    # Writing (call inside `transaction()`) -----------------------------------------------

    def put_articles(self, articles: Iterable[Article]) -> None:
        """Insert articles; one already cached (same content) is left as it is."""
        self._db.executemany(
            "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    a.id,
                    a.path,
                    a.title,
                    a.date,
                    a.source,
                    a.url,
                    json.dumps(a.credits),
                    a.body,
                    a.words,
                )
                for a in articles
            ),
        )

    def replace_articles(self, articles: Sequence[Article]) -> None:
        """New versions of cached articles (same id, other text): their analyses go."""
        for article in articles:
            self._db.execute("DELETE FROM articles WHERE id = ?", (article.id,))
            self._db.execute("DELETE FROM analyses WHERE article_id = ?", (article.id,))
        self.put_articles(articles)

    def put_file(self, file: SourceFile, reader: int, ids: Sequence[str]) -> None:
        """Record that `file`, with these stats, held these articles."""
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
            (file.path, file.size, file.mtime_ns, reader, json.dumps(list(ids))),
        )

    def forget_file(self, path: str) -> None:
        """Drop what the cache knows of a file (it failed to read, or is gone)."""
        self._db.execute("DELETE FROM files WHERE path = ?", (path,))

    def put_analyses(self, fingerprint: str, results: Iterable[tuple[str, Analysis]]) -> None:
        """Store analyses made with this pipeline fingerprint; those they replace go."""
        from briefing.core.extract.label_cues import votes
        from briefing.core.store.codec import encode_analysis

        results = list(results)
        rows = [(i, fingerprint, encode_analysis(a)) for i, a in results]
        self._db.executemany("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?)", rows)
        # The article is analysed by the current code now: its stale analyses go (and with
        # them, by a trigger, their stamps and the name votes they gave).
        self._db.executemany(
            "DELETE FROM analyses WHERE article_id = ? AND fingerprint != ?",
            ((i, fingerprint) for i, fingerprint, _ in rows),
        )
        for article_id, analysis in results:
            self.name_votes.put(article_id, votes(analysis))
        self._db.executemany(
            "INSERT OR REPLACE INTO analysed (article_id) VALUES (?)",
            ((article_id,) for article_id, _ in results),
        )


def _move_aside(path: Path) -> Path:
    """Rename a damaged cache (and its WAL files) to `<name>.damaged-<time>`."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            part.rename(aside.with_name(aside.name + suffix))
    return aside


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
