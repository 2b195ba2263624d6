"""The cache's tables, and bringing an older cache file up to them (within a transaction
the caller holds)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing.core.store.kept import KEPT_SCHEMA
from briefing.core.store.name_votes import GONE, NAME_VOTES_SCHEMA, TOTALLED
from briefing.core.store.story_book import STORY_SCHEMA
from briefing.errors import CacheError

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    reader INTEGER NOT NULL, ids TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, date TEXT,
    source TEXT NOT NULL, url TEXT NOT NULL, credits TEXT NOT NULL, body TEXT NOT NULL,
    words INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT NOT NULL, fingerprint TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (article_id, fingerprint)
);
-- Files a scan of their folder did not find, and in how many scans in a row (store/upkeep.py).
CREATE TABLE IF NOT EXISTS missing (path TEXT PRIMARY KEY, scans INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS articles_newest ON articles (date DESC, title COLLATE NOCASE, id);
"""
# The stories, kept as articles arrive (store/story_book.py); names' label votes
# (store/name_votes.py); briefings kept as they were told (store/kept.py).
SCHEMA += STORY_SCHEMA + NAME_VOTES_SCHEMA + KEPT_SCHEMA
# Each article's analysis stamp, new whenever it is analysed (AUTOINCREMENT: a number is
# never given twice, as a rowid can be once its row is gone): how stories tell an article
# analysed anew. An article whose last analysis goes takes its stamp and its name votes with
# it (not when a stale one goes and the current stays: `put_analyses` writes both anew).
SCHEMA += (
    """
CREATE TABLE IF NOT EXISTS analysed (
    n INTEGER PRIMARY KEY AUTOINCREMENT, article_id TEXT NOT NULL UNIQUE
);
DROP TRIGGER IF EXISTS analysis_gone;
CREATE TRIGGER analysis_gone AFTER DELETE ON analyses
WHEN NOT EXISTS (SELECT 1 FROM analyses WHERE article_id = OLD.article_id) BEGIN
"""
    + GONE.format(article="OLD.article_id")
    + """
    DELETE FROM analysed WHERE article_id = OLD.article_id;
END;
"""
)
# A cache from before the stamps: every analysed article gets one, and each story member the
# stamp of the analysis it was grouped from (it held the analysis's row id), so the stories
# go on serving until the articles are analysed anew.
STAMPED = """
INSERT OR IGNORE INTO analysed (article_id) SELECT DISTINCT article_id FROM analyses;
UPDATE story_members SET analysis = COALESCE(
    (SELECT s.n FROM analysed s WHERE s.article_id = story_members.article), 0);
INSERT INTO meta VALUES ('stamps', '1');
"""


def create_tables(db: sqlite3.Connection, path: Path) -> None:
    """Create what is missing of the schema and migrate an older cache at `path`.

    Raises:
        CacheError: The file was written by a newer briefing.
    """
    # executescript() would commit on its own; run the statements inside the caller's
    # transaction (a trigger's body holds statements of its own: split where one is complete).
    statement = ""
    for part in SCHEMA.split(";"):
        statement += part + ";"
        if sqlite3.complete_statement(statement):
            if statement.strip(" \n;"):
                db.execute(statement)
            statement = ""
    row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is None:
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    elif int(row[0]) > SCHEMA_VERSION:
        raise CacheError(
            f"{path}: written by a newer briefing (schema {row[0]}, this one reads "
            f"{SCHEMA_VERSION}); upgrade briefing or choose another cache_dir"
        )
    if db.execute("SELECT 1 FROM meta WHERE key = 'stamps'").fetchone() is None:
        for step in STAMPED.split(";"):
            if step.strip():
                db.execute(step)
    if db.execute("SELECT 1 FROM meta WHERE key = 'totals'").fetchone() is None:
        db.execute(TOTALLED)
        db.execute("INSERT INTO meta VALUES ('totals', '1')")
