"""Stories are global and kept: every analysed article is placed once, as it arrives; a story
keeps its id as it grows; stories an article shows to be one merge and the old id still
answers; the app shows story marks in its first frame from what was last placed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.core.analysis import pipeline
from briefing.core.models import Analysis, Article
from briefing.core.store.story_book import StoryBook
from briefing.core.stories.grouping import Grouper, regroup
from briefing.core.stories.told import stories_of
from briefing.core.workspace import Workspace
from briefing.paths import seeds_dir
from briefing.tui.widgets.article_list import ArticleList
from tests.conftest import SIZE, build, ready

TRAM = (
    "date 2016-11-09 A tram derailed and overturned in Croydon, south London, early on "
    "Wednesday, killing seven passengers. The driver was arrested, the police said."
)
TRAM_LATER = (
    "date 2016-11-10 Investigators said the Croydon tram was travelling at 70 km/h on a "
    "curve limited to 20 km/h when it derailed and overturned, killing seven passengers."
)


def _placed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many articles each call of `Grouper.add` placed."""
    calls: list[int] = []
    real = Grouper.add

    def counted(self: Grouper, items: list[object], resolution: object) -> None:
        calls.append(len(items))
        real(self, items, resolution)  # type: ignore[arg-type]

    monkeypatch.setattr(Grouper, "add", counted)
    return calls


def test_articles_are_placed_once_and_stories_keep_their_ids(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _placed(monkeypatch)
    workspace.sync([seeds_dir()])
    (first,) = workspace.stories(workspace.ids)
    assert calls == [2] and len(first.articles) == 2
    assert workspace.stories(workspace.ids) == [first] and calls == [2]  # kept
    with Workspace(Config(), cache_dir=workspace.cache_dir) as other:  # another run
        other.sync([seeds_dir()])
        assert other.stories(other.ids) == [first] and calls == [2]
    tram = tmp_path / "tram.txt"
    tram.write_text(TRAM)
    workspace.sync([seeds_dir(), tram])
    found = workspace.stories(workspace.ids)
    assert calls == [2, 1]  # only the new article is placed
    assert [len(s.articles) for s in found] == [2, 1] and found[0] == first
    later = tmp_path / "tram-later.txt"
    later.write_text(TRAM_LATER)
    workspace.sync([seeds_dir(), tram, later])
    grown = workspace.stories(workspace.ids)
    assert calls == [2, 1, 1] and [len(s.articles) for s in grown] == [2, 2]
    (tram_story,) = [s for s in grown if s.id != first.id]
    assert tram_story.id == found[1].id  # the tram story grew and kept its id
    # A selection shows each story limited to its articles.
    (alone,) = workspace.stories([first.articles[0]])
    assert alone.id == first.id and alone.articles == first.articles[:1]
    # What a front end shows at once: the same, and no article is placed for it.
    assert workspace.remembered_stories(workspace.ids) == grown and len(calls) == 3
    sizes = workspace.story_sizes(workspace.ids)
    assert sizes == {a: 2 for s in grown for a in s.articles}


def test_an_article_analysed_again_is_placed_again(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tram = tmp_path / "tram.txt"
    tram.write_text(TRAM)
    workspace.sync([seeds_dir(), tram])
    before = workspace.stories(workspace.ids)
    calls = _placed(monkeypatch)
    (article,) = [a for a in workspace.ids if a in before[-1].articles]
    analysis = workspace.analysis(article)
    assert analysis is not None
    with workspace.store.transaction():  # a new version of it, analysed again
        workspace.store.put_analyses(workspace.fingerprint, [(article, analysis)])
    assert workspace.stories(workspace.ids) == before and calls == [1]


def test_new_code_groups_the_stories_anew(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace.sync([seeds_dir()])
    before = workspace.stories(workspace.ids)
    calls = _placed(monkeypatch)
    monkeypatch.setattr(pipeline, "grouping_hash", lambda: "other grouping code")
    assert workspace.stories(workspace.ids) == before and calls == [2]
    assert workspace.stories(workspace.ids) == before and calls == [2]


def _article(workspace: Workspace, name: str, day: str, text: str) -> tuple[Article, Analysis]:
    article = Article(name, name, text.split(".")[0], day, "test", "", text, ())
    (analysis,) = workspace.analyser.analyse([text], [day])
    return article, analysis


def test_stories_an_article_shows_to_be_one_merge(workspace: Workspace) -> None:
    quake = _article(
        workspace,
        "quake",
        "2020-03-01",
        "An earthquake shook the mountain town of Velmora. Buildings collapsed in the "
        "earthquake and rescuers searched the rubble of Velmora for survivors.",
    )
    dam = _article(
        workspace,
        "dam",
        "2020-03-01",
        "The old dam above Korrin cracked and engineers ordered the valley evacuated. "
        "Engineers feared the dam would fail and flood Korrin.",
    )
    both = _article(
        workspace,
        "both",
        "2020-03-02",
        "The earthquake that shook Velmora cracked the dam above Korrin. Engineers "
        "evacuated Korrin as rescuers searched the rubble of Velmora after the earthquake.",
    )
    book = StoryBook.in_memory()
    grouper = Grouper(book, use_entities=False)
    for item in (quake, dam):  # they arrive apart: two stories
        grouper.add([(*item, 0)], None)
    apart = {s.articles: s.id for s in stories_of(book, ["quake", "dam"])}
    assert set(apart) == {("quake",), ("dam",)}
    grouper.add([(*both, 0)], None)  # the article that shows them to be one
    (merged,) = stories_of(book, ["quake", "dam", "both"])
    assert set(merged.articles) == {"quake", "dam", "both"}
    assert merged.id in apart.values()
    for old in apart.values():
        assert book.resolve(old) == merged.id  # the old ids still answer


async def test_story_marks_are_in_the_first_frame(
    warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace(Config(), cache_dir=warm_cache) as ws:
        ws.scan([seeds_dir()])
        ws.stories(ws.ids)  # as a run before this one did
    slow = Workspace.overview

    def overview(self: Workspace, *args: object) -> object:
        time.sleep(1.0)  # the names and stories of this run come late
        return slow(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Workspace, "overview", overview)
    app = build(warm_cache, tmp_path, [str(seeds_dir())])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listing = app.query_one(ArticleList)
        assert listing.story_sizes and set(listing.story_sizes.values()) == {2}
        assert "◆2" in listing.render_line(0).text
        await ready(pilot)


def test_stories_grouped_again_keep_their_ids(workspace: Workspace) -> None:
    articles = [
        _article(
            workspace,
            "quake",
            "2020-03-01",
            "An earthquake shook Velmora. Rescuers searched the rubble of Velmora.",
        ),
        _article(
            workspace,
            "aftershock",
            "2020-03-02",
            "An aftershock shook Velmora again as rescuers searched the rubble.",
        ),
        _article(
            workspace,
            "budget",
            "2020-03-02",
            "The finance minister of Korrin presented a budget that cuts taxes on farms.",
        ),
    ]
    book = StoryBook.in_memory()
    grouper = Grouper(book)
    for item in articles:
        grouper.add([(*item, 0)], None)
    before = {s.articles: s.id for s in stories_of(book, ["quake", "aftershock", "budget"])}
    assert len(before) == 2
    regroup(book, [(*item, 0) for item in articles], None)
    after = {s.articles: s.id for s in stories_of(book, ["quake", "aftershock", "budget"])}
    assert after == before and book.regrouped() == 3


def test_a_story_is_titled_by_a_headline_before_a_lead_cut_to_a_title() -> None:
    """A story of an article with its headline and one whose title is its lead cut short
    (plain text without a headline) takes the headline, though the cut lead says more of
    the words the two share."""
    from briefing.core.store.story_book import Member
    from briefing.core.stories.told import summarise

    def member(article: str, title: str, words: dict[str, float]) -> Member:
        return Member(article, "s", "2016-11-09", f"/x/{article}", title, words, {}, 1)

    cut = member(
        "a", "A tram derailed and overturned in Croydon, south London, early on…",
        {"croydon": 0.8, "tram": 0.6},
    )  # fmt: skip
    headed = member("b", "Seven killed in Croydon tram crash", {"croydon": 0.5, "crash": 0.8})
    assert summarise([cut, headed])[0] == "Seven killed in Croydon tram crash"
    assert summarise([cut])[0] == cut.title  # no headline: the cut lead still names it
    # A site's own cut ("...") is no headline of its own either.
    site = member("c", "Seven killed as tram overturns in south London...", cut.words)
    assert summarise([site, headed])[0] == headed.title
