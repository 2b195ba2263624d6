from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefing.core.models import (
    Analysis,
    Article,
    DateMention,
    EventFrame,
    Mention,
    Phrase,
    Sentence,
)
from briefing.core.sources.files import SourceFile
from briefing.core.store.cache import CACHE_FILE, Store, newest_first
from briefing.core.store.schema import SCHEMA_VERSION
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
        assert store.analysis("nope", "fp1") is None
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
    row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    assert row[0] == str(SCHEMA_VERSION + 1)
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


def _listing_store(tmp_path: Path, rows: list[tuple[str, str | None]]) -> Store:
    """A cache of articles with these (title, date)s, spread over files in and out of /in:
    single files, a file of several articles ('#n'), a name holding '#', and an article the
    last scan no longer found in its file."""
    store = Store.open(tmp_path)
    articles: list[Article] = []
    files: dict[str, list[str]] = {}
    for n, (title, date) in enumerate(rows):
        layout = n % 5
        path = {
            0: f"/in/a{n}.txt",
            1: f"/in/sub/many.jsonl#{n}",
            2: f"/in/odd#{n}.txt",
            3: f"/out/b{n}.txt",
            4: f"/in/gone{n}.txt",
        }[layout]
        articles.append(Article(f"id{n}", path, title, date, "S", "", "body", ()))
        file = path if layout != 1 else "/in/sub/many.jsonl"
        if layout != 4:
            files.setdefault(file, []).append(f"id{n}")
        else:
            files.setdefault(file, [])  # the file is there, the article no longer is
    with store.transaction():
        store.put_articles(articles)
        for file, ids in files.items():
            store.put_file(SourceFile(file, 1, 1), 1, ids)
    return store


TITLES = st.text(alphabet="aAbBzZ éÉ-1", max_size=4)
DATES = st.one_of(st.none(), st.sampled_from(["2021-09-07", "2021-09-08", "2020-01-01"]))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.tuples(TITLES, DATES), max_size=25), count=st.integers(0, 30))
@example(rows=[("é", "2021-09-08"), ("É", "2021-09-08"), ("e", None)], count=3)
def test_newest_screenful_is_the_head_of_the_whole_listing(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str | None]], count: int
) -> None:
    """The first paint's screenful (read through the date index) is exactly the start of the
    whole listing, in the same order: mixed case, accents, undated articles and all."""
    with _listing_store(tmp_path_factory.mktemp("cache"), rows) as store:
        whole = newest_first(store.summaries_under(["/in"]))
        assert store.newest_under(["/in"], count) == whole[:count]
        assert all(s.path.startswith("/in/") and "gone" not in s.path for s in whole)


def test_a_stale_analysis_is_shown_until_a_new_one_replaces_it(tmp_path: Path) -> None:
    """Other code or another pipeline (another fingerprint) makes an analysis stale: the
    article still shows it, and is analysed again; the new analysis replaces it."""
    newer = Analysis(sentences=(Sentence(0, 5),), mentions=())
    with Store.open(tmp_path) as store:
        with store.transaction():
            store.put_articles([ARTICLE])
            store.put_analyses("old", [("abc", ANALYSIS)])
        assert store.analysis("abc", "new") == ANALYSIS
        assert store.analyses(["abc"], "new") == {"abc": ANALYSIS}
        assert store.analysed_ids("new") == set()  # so a scan analyses it again
        with store.transaction():
            store.put_analyses("new", [("abc", newer)])
        assert store.analysis("abc", "new") == newer
        assert store.analysis("abc", "old") == newer  # the old row is gone
        rows = store.connection.execute("SELECT fingerprint FROM analyses").fetchall()
        assert rows == [("new",)]


def test_a_data_file_found_locked_while_opened_is_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CI: two ingests on one new data folder, one failed "cannot open the read state
    (database is locked)": switching a new file to WAL can meet the other's lock at once,
    whatever the busy timeout. The cache tried again already; the data files did not."""
    import sqlite3

    from briefing.core.store.reads import ReadState

    real = sqlite3.connect
    locked = [1]

    class Once:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def execute(self, sql: str) -> object:
            if "journal_mode" in sql and locked:
                locked.pop()
                raise sqlite3.OperationalError("database is locked")
            return self.db.execute(sql)

        def __getattr__(self, name: str) -> object:
            return getattr(self.db, name)

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: Once(real(*a, **k)))
    state = ReadState.open(tmp_path / "data")
    state.close()
    assert not locked
