from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing.core.ingest import SourceFile
from briefing.core.models import (
    Analysis,
    Article,
    DateMention,
    EventFrame,
    Mention,
    Phrase,
    Sentence,
)
from briefing.core.store import CACHE_FILE, SCHEMA_VERSION, Store
from briefing.errors import CacheError

ARTICLE = Article(
    id="abc",
    path="/x/a.txt",
    title="T",
    date="2021-09-08",
    source="S",
    url="",
    body="Putin called Modi.",
    credits=("(Inputs from ANI)",),
)
CALLED = DateMention("on Monday", 18, 27, "2021-09-06", None, "day", "past")
ANALYSIS = Analysis(
    sentences=(Sentence(0, 28),),
    mentions=(Mention("Putin", "PERSON", 0, 5), Mention("Modi", "PERSON", 13, 17)),
    dates=(CALLED,),
    events=(
        EventFrame(
            0,
            Phrase("Putin", 0, 5),
            "called",
            Phrase("Modi", 13, 17),
            None,
            CALLED,
            "Afghanistan",
            Phrase("MEA", 30, 33),
            "verb",
            "with",
        ),
    ),
    dateline=Phrase("Moscow", 0, 6),
)


def test_roundtrip(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store, store.transaction():
        store.put_articles([ARTICLE])
        store.put_analyses("fp1", [("abc", ANALYSIS)])
        store.put_file(SourceFile("/x/a.txt", 18, 123), 1, ["abc"])
    with Store.open(tmp_path) as store:
        assert store.article("abc") == ARTICLE
        assert store.analysis("abc", "fp1") == ANALYSIS
        assert store.analysis("abc", "fp2") is None
        assert store.analysed_ids("fp1") == {"abc"}
        assert store.files()["/x/a.txt"].ids == ("abc",)
        assert [s.title for s in store.summaries(["nope", "abc"])] == ["T"]


def test_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.put_articles([ARTICLE])
            raise RuntimeError("crash mid-write")
        assert store.article_ids() == set()


def test_newer_schema_is_refused_not_overwritten(tmp_path: Path) -> None:
    Store.open(tmp_path).close()
    db = sqlite3.connect(tmp_path / CACHE_FILE)
    db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION + 1),))
    db.commit()
    db.close()
    with pytest.raises(CacheError, match="newer briefing"):
        Store.open(tmp_path)
    db = sqlite3.connect(tmp_path / CACHE_FILE)
    assert db.execute("SELECT value FROM meta").fetchone()[0] == str(SCHEMA_VERSION + 1)
    db.close()


def test_not_a_database_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_bytes(b"this is not sqlite" * 100)
    with Store.open(tmp_path) as store:
        assert store.notice is not None and "moved it to" in store.notice
        assert store.article_ids() == set()
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not sqlite")


def test_truncated_cache_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store, store.transaction():
        store.put_articles([ARTICLE])
        store.put_analyses("fp1", [("abc", ANALYSIS)])
    data = (tmp_path / CACHE_FILE).read_bytes()
    for suffix in ("-wal", "-shm"):
        (tmp_path / (CACHE_FILE + suffix)).unlink(missing_ok=True)
    (tmp_path / CACHE_FILE).write_bytes(data[: len(data) // 3])
    with Store.open(tmp_path) as store:
        assert store.notice is not None
        assert store.article_ids() == set()
