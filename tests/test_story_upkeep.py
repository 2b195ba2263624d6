"""Stored stories stay right as the cache changes under them: new extraction code, an article
analysed anew, an article leaving its story, a regrouping that moves articles between
stories."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.core.analysis import pipeline
from briefing.core.models import Analysis, Article, Resolution
from briefing.core.store.story_book import Member, StoryBook, Sums
from briefing.core.stories import grouping
from briefing.core.stories.grouping import Grouper, regroup
from briefing.core.stories.told import stories_of
from briefing.core.workspace import Workspace
from briefing.paths import seeds_dir

EVENTS = [
    ("Velmora", "An earthquake shook the mountain town of {0}; rescuers searched the rubble."),
    ("Korrin", "The old dam above {0} cracked and engineers ordered the valley evacuated."),
    ("Astell", "Striking dockers closed the port of {0}, stranding ships with grain."),
    ("Brenmoor", "A wildfire swept through the forests around {0}, forcing farms to empty."),
]


def _folder(tmp_path: Path, copies: int, events: slice = slice(None), name: str = "news") -> Path:
    """Articles about these EVENTS (all by default), `copies` of each in other words of one
    outlet."""
    folder = tmp_path / name
    folder.mkdir()
    for place, text in EVENTS[events]:
        for copy in range(copies):
            body = text.format(place) + f" Update {copy + 1} from {place} on the {place} event."
            (folder / f"{place}-{copy}.txt").write_text(f"{place} news {copy}\n\n{body}\n")
    return folder


def test_new_extraction_code_keeps_the_old_stories_until_all_is_analysed_anew(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, 2)
    workspace.sync([folder])
    before = workspace.stories(workspace.ids)
    assert sorted(len(s.articles) for s in before) == [2, 2, 2, 2]
    # Another max_words: another fingerprint, every article to be analysed again.
    with Workspace(Config(max_words=3000), cache_dir=workspace.cache_dir) as other:
        other.analyser = workspace.analyser
        other.scan([folder])
        # ... whose analyses of the old code this one cannot read (a new codec, say).
        with other.store.transaction():
            other.store.connection.execute("UPDATE analyses SET data = '[]'")
        assert other.stories(other.ids) == before  # nothing analysed anew yet: the old serve
        other.analyse(other.ids[:3])
        assert sum(len(s.articles) for s in other.stories(other.ids)) == 8
        other.sync([folder])
        after = other.stories(other.ids)
        assert sorted(len(s.articles) for s in after) == [2, 2, 2, 2]


def test_new_grouping_code_groups_once(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.sync([_folder(tmp_path, 5)])
    before = workspace.stories(workspace.ids)
    regroups: list[int] = []
    real = grouping.regroup

    def counted(book: StoryBook, items: Sequence[object], resolution: object) -> None:
        regroups.append(len(items))
        real(book, items, resolution)  # type: ignore[arg-type]

    monkeypatch.setattr(grouping, "regroup", counted)
    monkeypatch.setattr(pipeline, "grouping_hash", lambda: "other grouping code")
    assert workspace.stories(workspace.ids) == before
    assert regroups == []  # grouped at once, as a batch: not grouped a second time


def test_an_article_analysed_anew_is_seen_even_where_its_old_row_id_comes_back(
    workspace: Workspace,
) -> None:
    workspace.sync([seeds_dir()])
    workspace.stories(workspace.ids)
    db = workspace.store.connection
    (last,) = db.execute("SELECT article_id FROM analyses ORDER BY rowid DESC LIMIT 1").fetchone()
    analysis = workspace.analysis(last)
    assert analysis is not None
    with workspace.store.transaction():  # its text changed: analysed again, same row id
        db.execute("DELETE FROM analyses WHERE article_id = ?", (last,))
        workspace.store.put_analyses(workspace.fingerprint, [(last, analysis)])
    assert workspace.store.story_book.changed() == [last]


def _article(workspace: Workspace, name: str, text: str) -> tuple[Article, Analysis, int]:
    article = Article(name, name, text.split(".")[0], "2020-03-01", "test", "", text, ())
    (analysis,) = workspace.analyser.analyse([text], ["2020-03-01"])
    return article, analysis, 0


def test_an_article_that_leaves_its_story_takes_its_words_and_names(workspace: Workspace) -> None:
    book = StoryBook.in_memory()
    grouper = Grouper(book, use_entities=False)
    grouper.add(
        [
            _article(
                workspace,
                "quake",
                "An earthquake shook the mountain town of Velmora. Buildings collapsed in the "
                "quake and rescuers searched the rubble of Velmora for survivors all night.",
            ),
            _article(
                workspace,
                "aftershock",
                "A strong aftershock shook Velmora after the earthquake, toppling a church "
                "tower as rescuers searched the rubble of the mountain town.",
            ),
        ],
        None,
    )
    (story,) = stories_of(book, ["quake", "aftershock"])
    (leaving,) = [m for m in book.members(story.id) if m.article == "aftershock"]
    grouper.forget(["aftershock"])
    (staying,) = book.members(story.id)
    sums = book.sums([story.id])[story.id]
    assert sums.size == 1
    assert not (leaving.added_words.keys() - staying.added_words.keys()) & sums.words.keys()
    assert sums.names.keys() == staying.added_names.keys()


def test_after_a_regrouping_every_story_answers_to_its_own_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stories S = {a} and L = {b, c, d} are grouped anew as {a, b} and {c, d}; on the way
    a story L founded anew merged into S. {c, d} takes the id L (most of its articles were
    in L): L must name it, not S."""
    book = StoryBook.in_memory()

    def place(story: str, articles: str) -> None:
        for article in articles:
            member = Member(article, story, "2020-03-01", article, article, {}, {}, 0)
            book.join(member, [])
        book.put(story, Sums(len(articles), "2020-03-01", "2020-03-01"), story, ())

    place("S", "a")
    place("L", "bcd")

    class Anew:
        def __init__(self, book: StoryBook) -> None:
            self.book = book

        def add(self, items: object, resolution: Resolution | None) -> None:
            place("S", "a")
            place("L", "b")
            self.book.merge("L", "S")
            place("X", "cd")

    monkeypatch.setattr(grouping, "Grouper", Anew)
    regroup(book, [], None)
    ids = {s.id: set(s.articles) for s in stories_of(book, list("abcd"))}
    assert ids == {"S": {"a", "b"}, "L": {"c", "d"}}
    assert book.resolve("L") == "L" and book.resolve("S") == "S"


def test_a_reader_sees_one_state_of_the_stories_while_another_process_writes(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.sync([seeds_dir()])
    (story,) = workspace.stories(workspace.ids)
    real = StoryBook.placed

    def placed_then_regrouped(book: StoryBook, ids: Sequence[str]) -> object:
        found = real(book, ids)
        with Workspace(Config(), cache_dir=workspace.cache_dir) as other:  # meanwhile
            for table, key in (("story_groups", "id"), ("story_members", "story")):
                other.store.connection.execute(
                    f"UPDATE {table} SET {key} = 'elsewhere' WHERE {key} = ?", (story.id,)
                )
        return found

    monkeypatch.setattr(StoryBook, "placed", placed_then_regrouped)
    assert workspace.remembered_stories(workspace.ids) == [story]


def test_new_extraction_code_groups_anew_once_the_workspaces_own_articles_are_analysed(
    workspace: Workspace, tmp_path: Path
) -> None:
    first = _folder(tmp_path, 2, slice(0, 1), "first")
    second = _folder(tmp_path, 2, slice(1, 2), "second")
    workspace.sync([first, second])
    workspace.stories(workspace.ids)
    # Another fingerprint, and only the first folder is read again: the second's articles
    # keep their old analyses for ever. The stories are grouped anew all the same.
    with Workspace(Config(max_words=3000), cache_dir=workspace.cache_dir) as other:
        other.analyser = workspace.analyser
        other.sync([first])
        (story,) = other.stories(other.ids)
        assert len(story.articles) == 2
        generation = f"{other.fingerprint}:{pipeline.grouping_hash()}"
        assert other.store.story_book.generation() == generation


def test_a_cache_from_before_the_analysis_stamps_keeps_its_stories(
    workspace: Workspace, tmp_path: Path
) -> None:
    folder = _folder(tmp_path, 2)
    workspace.sync([folder])
    before = workspace.stories(workspace.ids)
    db = workspace.store.connection
    with workspace.store.transaction():  # as an older briefing left it
        db.execute("DELETE FROM analysed")
        db.execute("DELETE FROM meta WHERE key = 'stamps'")
        db.execute("UPDATE story_members SET analysis = analysis + 1000")
    with Workspace(Config(max_words=3000), cache_dir=workspace.cache_dir) as other:
        other.scan([folder])  # new code: nothing analysed by it yet
        assert other.stories(other.ids) == before


def test_a_stale_analysis_pruned_leaves_the_current_ones_votes_and_stamp(
    workspace: Workspace,
) -> None:
    workspace.sync([seeds_dir()])
    article = workspace.ids[0]
    analysis = workspace.analysis(article)
    assert analysis is not None
    db = workspace.store.connection
    with workspace.store.transaction():  # another install's analysis of it, then pruned
        db.execute(
            "INSERT INTO analyses SELECT article_id, 'other', data FROM analyses "
            "WHERE article_id = ?",
            (article,),
        )
    votes = db.execute("SELECT COUNT(*) FROM name_votes WHERE article = ?", (article,)).fetchone()
    stamp = db.execute("SELECT n FROM analysed WHERE article_id = ?", (article,)).fetchone()
    assert votes[0] > 0 and stamp is not None
    with workspace.store.transaction():
        db.execute("DELETE FROM analyses WHERE fingerprint = 'other'")
    assert (
        db.execute("SELECT COUNT(*) FROM name_votes WHERE article = ?", (article,)).fetchone()
        == votes
    )
    assert db.execute("SELECT n FROM analysed WHERE article_id = ?", (article,)).fetchone() == stamp
    assert workspace.store.story_book.changed() == []


def test_the_old_stories_serve_a_workspace_that_has_not_read_its_sources(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The app reads its sources in one workspace and builds briefings in another (a thread's
    own): after new extraction code, that one too is served the old stories until the
    articles are analysed anew (it grouped anew at once: no story, "Nothing new", no marks,
    for as long as the analysis took; found in a trial)."""
    folder = _folder(tmp_path, 2)
    workspace.sync([folder])
    ids = list(workspace.ids)
    before = workspace.stories(ids)
    with Workspace(Config(max_words=3000), cache_dir=workspace.cache_dir) as other:
        assert not other.ids  # it has read no source
        assert other.stories(ids) == before
        assert len(other.news(ids).stories) == 4
        # A few articles analysed anew, and a briefing of those alone: the others' stories
        # still serve (a filtered list's briefing regrouped everything over those few).
        other.analyser = workspace.analyser
        other.analyse(ids[:2])
        other.stories(ids[:2])
        assert sum(len(s.articles) for s in other.stories(ids)) == 8
