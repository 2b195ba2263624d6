"""Keeping the cache: what it holds, which files scans no longer find, and pruning.

An analysis made by other code or another pipeline (another fingerprint) is stale. It is
still shown until the article is analysed again; then it goes (`Store.put_analyses`). A
file that two scans of its folder in a row did not find is gone: `prune` removes its
articles (unless another file still holds them) with their analyses, and the stale analyses
that a current one has replaced, then compacts the file (VACUUM). Every step is one
transaction, so a running app (another connection) sees the cache before or after, never
half-way.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.core.store.cache import Store
from briefing.errors import CacheError

GONE_AFTER = 2  # scans in a row that did not find a file before its articles may go


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """What the cache holds.

    Attributes:
        path: The cache file.
        size_bytes: Its size on disk, write-ahead log included.
        articles: Articles it holds.
        files: Files it has read.
        analyses: Analyses with the current fingerprint.
        stale_analyses: Analyses with another fingerprint (other code or pipeline).
        replaced_analyses: Those of them whose article has a current analysis too.
        gone_files: Files that the last `GONE_AFTER` scans of their folder did not find.
        gone_articles: Articles that only those files held.
    """

    path: str
    size_bytes: int
    articles: int
    files: int
    analyses: int
    stale_analyses: int
    replaced_analyses: int
    gone_files: int
    gone_articles: int


@dataclass(frozen=True, slots=True)
class Pruned:
    """What `prune` removed (or, with `dry_run`, would remove)."""

    analyses: int
    articles: int
    files: int
    size_before: int
    size_after: int


def note_scan(store: Store, roots: list[str], found: set[str], known: Iterable[str]) -> None:
    """After a scan of the folders or files `roots`: count one more miss for each file the
    cache `known` under them that is no longer there; forget the misses of those found."""
    db = store.connection
    known = [path for path in known if _under_any(path, roots) and path not in found]
    # A file is missed when its folder is there without it: a folder gone as a whole (an
    # unmounted drive, a renamed folder) says nothing of its files.
    missed = [
        path
        for path in known
        if not os.path.exists(path) and os.path.isdir(os.path.dirname(path) or ".")
    ]
    back = [path for (path,) in db.execute("SELECT path FROM missing") if path in found]
    if not missed and not back:
        return
    with store.transaction():
        db.executemany(
            "INSERT INTO missing VALUES (?, 1) ON CONFLICT(path) DO UPDATE SET scans = scans + 1",
            ((path,) for path in missed),
        )
        db.executemany("DELETE FROM missing WHERE path = ?", ((path,) for path in back))


def _under_any(path: str, roots: list[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip("/") + "/") for root in roots)


def _size(path: Path) -> int:
    return sum(
        part.stat().st_size for part in (path, path.with_name(path.name + "-wal")) if part.exists()
    )


def _gone(db: sqlite3.Connection) -> tuple[list[str], set[str]]:
    """The files gone for good, and the articles only they hold."""
    gone = [p for (p,) in db.execute("SELECT path FROM missing WHERE scans >= ?", (GONE_AFTER,))]
    gone_set = set(gone)
    held_elsewhere: set[str] = set()
    theirs: set[str] = set()
    for path, ids in db.execute("SELECT path, ids FROM files"):
        (theirs if path in gone_set else held_elsewhere).update(json.loads(ids))
    return [p for p in gone if p], theirs - held_elsewhere


_REPLACED = (
    "FROM analyses AS old WHERE old.fingerprint != ?1 AND EXISTS "
    "(SELECT 1 FROM analyses AS new WHERE new.article_id = old.article_id "
    "AND new.fingerprint = ?1)"
)


def info(store: Store, fingerprint: str) -> CacheInfo:
    """What the cache holds, for `briefing cache info`."""
    db = store.connection

    def count(sql: str, *args: object) -> int:
        return int(db.execute(sql, args).fetchone()[0])

    gone_files, gone_articles = _gone(db)
    return CacheInfo(
        path=str(store.path),
        size_bytes=_size(store.path),
        articles=count("SELECT count(*) FROM articles"),
        files=count("SELECT count(*) FROM files"),
        analyses=count("SELECT count(*) FROM analyses WHERE fingerprint = ?", fingerprint),
        stale_analyses=count("SELECT count(*) FROM analyses WHERE fingerprint != ?", fingerprint),
        replaced_analyses=count(f"SELECT count(*) {_REPLACED}", fingerprint),
        gone_files=len(gone_files),
        gone_articles=len(gone_articles),
    )


def prune(store: Store, fingerprint: str, *, dry_run: bool = False) -> Pruned:
    """Remove the stale analyses a current one has replaced, the articles of files gone for
    good with their analyses, and the briefings kept as told; then VACUUM. An article whose
    only analysis is stale keeps it: it is shown until it is analysed again.

    Raises:
        CacheError: The cache is busy beyond the wait (another process writes to it).
    """
    db = store.connection
    before = _size(store.path)
    # What goes is chosen inside the write transaction: a scan of the running app that
    # writes meanwhile waits, and cannot see half of it.
    with store.transaction():
        gone_files, gone_articles = _gone(db)
        doomed = {row for (row,) in db.execute(f"SELECT old.rowid {_REPLACED}", (fingerprint,))}
        for chunk in _chunks(sorted(gone_articles)):
            marks = ",".join("?" * len(chunk))
            rows = db.execute(f"SELECT rowid FROM analyses WHERE article_id IN ({marks})", chunk)
            doomed.update(row for (row,) in rows)
        if dry_run:
            return Pruned(len(doomed), len(gone_articles), len(gone_files), before, before)
        db.execute(f"DELETE {_REPLACED}", (fingerprint,))
        for chunk in _chunks(sorted(gone_articles)):
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM analyses WHERE article_id IN ({marks})", chunk)
            db.execute(f"DELETE FROM articles WHERE id IN ({marks})", chunk)
        for chunk in _chunks(gone_files):
            marks = ",".join("?" * len(chunk))
            db.execute(f"DELETE FROM files WHERE path IN ({marks})", chunk)
            db.execute(f"DELETE FROM missing WHERE path IN ({marks})", chunk)
        # The briefings kept as told: of articles gone, of older code; told again when asked.
        db.execute("DELETE FROM told")
    try:
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.OperationalError as exc:
        raise CacheError(
            f"{store.path}: pruned, but could not compact the file while another process "
            f"uses it ({exc}); run 'briefing cache prune' again later"
        ) from None
    after = _size(store.path)
    return Pruned(len(doomed), len(gone_articles), len(gone_files), before, after)


def _chunks(items: list[str], size: int = 900) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
