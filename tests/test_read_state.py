"""Read state and what is new: arrivals, the one-off migration, `brief --new`, and the app's
keys and `new` scope, with a feed that gains items on a local server."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from briefing.cli import main
from briefing.core.store.reads import ReadState
from briefing.tui.app import BriefingApp
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.briefing_pane import BriefingPane
from tests.conftest import SIZE, build, heard, ready
from tests.test_live_sources import FAST, STORIES, page, rss

LATER = (
    "Flood death toll in Pakistan rises to 40",
    "The death toll from the floods in Sindh province rose to 40 on Wednesday, officials "
    "said, as the army rescued more families stranded near Sukkur. The World Health "
    "Organization warned of cholera in the relief camps. Pakistan asked the United Nations "
    "for emergency aid to feed the families forced from their homes by the floods.",
)


def test_read_state_migrates_once_then_new_articles_arrive_unread(tmp_path: Path) -> None:
    reads = ReadState.open(tmp_path)
    reads.arrive(["a", "b"], before=["a"])  # a was cached before read state existed
    assert reads.unread(["a", "b"]) == {"b"}
    reads.arrive(["a", "b", "c"], before=["c"])  # the migration is one-off
    assert reads.unread(["a", "b", "c"]) == {"b", "c"}
    reads.mark(["b"])
    reads.mark(["a"], read=False)
    assert reads.unread(["a", "b", "c"]) == {"a", "c"}
    reads.close()
    assert ReadState.open(tmp_path).unread(["a", "b", "c"]) == {"a", "c"}  # kept


class GrowingFeed:
    """A feed whose items the test adds to; answers 304 while it has not changed."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.items: list[tuple[str, str]] = []
        server.expect_request("/robots.txt").respond_with_data("", status=404)
        server.expect_request("/feed.xml").respond_with_handler(self.handle)

    def add(self, slug: str, title: str, text: str) -> None:
        self.server.expect_request(f"/news/{slug}").respond_with_data(
            page(title, text), content_type="text/html"
        )
        self.items.insert(0, (title, self.server.url_for(f"/news/{slug}")))

    def handle(self, request: Request) -> Response:
        etag = f'"{len(self.items)}"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        body = rss(self.server, self.items)
        return Response(body, content_type="application/rss+xml", headers={"ETag": etag})

    @property
    def url(self) -> str:
        return self.server.url_for("/feed.xml")


@pytest.fixture
def feed(httpserver: HTTPServer, isolated: Path) -> GrowingFeed:
    (isolated / "config.yaml").write_text(f"fetch: {json.dumps(FAST)}\n")
    growing = GrowingFeed(httpserver)
    growing.add("flood", *STORIES["flood"])
    growing.add("vote", *STORIES["vote"])
    return growing


def _new(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["brief", "--new", "--json", *args]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert data["kind"] == "digest"
    return data


def test_brief_new_says_what_unread_articles_add(
    feed: GrowingFeed, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", feed.url]) == 0
    first = _new(capsys, feed.url)  # a fresh install: everything arrives unread
    stories = first["stories"]
    assert isinstance(stories, list) and len(stories) == 2
    assert all(s["unread"] == s["articles"] and s["new_points"] for s in stories)
    again = _new(capsys, feed.url)
    assert again == first  # --new alone marks nothing read
    assert main(["brief", "--new", "--mark-read", feed.url]) == 0
    capsys.readouterr()
    assert _new(capsys, feed.url)["stories"] == []  # nothing new
    feed.add("flood-toll", *LATER)
    assert main(["ingest", feed.url]) == 0
    data = _new(capsys, feed.url)
    (story,) = data["stories"]
    assert story["articles"] == 2 and story["unread"] == 1  # the flood: one read, one new
    sources = {s["number"]: s["title"] for s in data["sources"]}
    assert story["new_points"]
    for point in story["new_points"]:  # what only the new article says
        assert [sources[n] for n in point["citations"]] == [LATER[0]]
    capsys.readouterr()
    assert main(["brief", "--new", "--markdown", feed.url]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# New: 1 story") and "**New:**" in text and "1 unread" in text
    # Every source listed is cited by a line shown (the read article's key points, not
    # shown, left theirs among the sources).
    told, listed = text.split("## Sources")
    cited = {int(n) for group in re.findall(r"\[([\d, ]+)\]", told) for n in group.split(",")}
    assert cited == set(range(1, len(data["sources"]) + 1))
    assert len(re.findall(r"^\d+\. ", listed, re.MULTILINE)) == len(data["sources"])
    # Its bottom line (the new article's) is said once, not again under "New:".
    said = [re.sub(r"^(- |\*\*Bottom line:\*\* )", "", line) for line in told.splitlines()]
    said = [line for line in said if line.endswith("]")]
    assert said and len(set(said)) == len(said), said
    assert story["bottom_line"] not in story["new_points"]
    assert main(["brief", "--mark-read", feed.url]) == 2  # --mark-read goes with --new


async def test_the_app_marks_new_items_and_its_new_scope_empties_as_they_are_read(
    feed: GrowingFeed, tmp_path: Path, isolated: Path
) -> None:
    assert main(["ingest", feed.url]) == 0
    assert main(["brief", "--new", "--mark-read", feed.url]) == 0
    # The cache and data folder the commands used (the environment's).
    app = build(isolated / "cache", tmp_path, [feed.url], fetch=FAST, fetch_on_start=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        assert len(listing.articles) == 2 and not listing.unread
        assert app.main.scope == "article"  # nothing unread at start
        feed.add("flood-toll", *LATER)
        await pilot.press("r")  # fetches again: the feed has a new item
        for _ in range(300):
            await pilot.pause(0.1)
            if len(listing.articles) == 3 and listing.unread:
                break
        await ready(pilot)
        (new_id,) = listing.unread
        new_row = next(i for i, a in enumerate(listing.shown) if a.id == new_id)
        assert "●" in listing.render_line(new_row * 2 + 1).text  # the list marks it
        for _ in range(4):
            await pilot.press("b")  # article -> story -> filtered -> all -> new
        assert app.main.scope == "new"
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        assert pane.markdown.startswith("# New: 1 story") and "**New:**" in pane.markdown
        text = pane.markdown
        (number,) = [line.split(".")[0] for line in text.splitlines() if f"— {LATER[0]} —" in line]
        told = text.split("**New:**\n\n")[1].split("\n\n")[0].splitlines()
        assert told and all(line.endswith(f" [{number}]") for line in told)  # the new one's
        await pilot.press("u")  # unread only
        assert [a.id for a in listing.shown] == [new_id]
        await pilot.press("escape")
        assert len(listing.shown) == 3
        await pilot.press("full_stop")  # to the next unread
        assert listing.current_id == new_id
        await pilot.press("m")  # read it
        await ready(pilot)
        assert not listing.unread and pane.markdown.startswith("# Nothing new")
        await pilot.press("m")  # unread again
        assert listing.unread == {new_id}
        await pilot.press("M")  # every article shown: read
        await ready(pilot)
        assert not listing.unread and pane.markdown.startswith("# Nothing new")


async def test_an_article_the_cursor_rests_on_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.tui import main as screen

    monkeypatch.setattr(screen, "READ_DELAY", 0.5)
    app = build(tmp_path / "fresh-cache", tmp_path)  # a fresh install: the seeds arrive unread
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        assert app.main.scope == "new"  # a fresh install: what is new
        first = listing.current_id
        # The analysis took longer than the wait: the cursor rested on the first article.
        (second,) = listing.unread
        assert second != first
        await pilot.press("j", "k")  # passing over an article does not read it
        await pilot.pause(0.3)
        assert listing.unread == {second}
        await pilot.press("j")
        await pilot.pause(0.8)
        assert listing.current_id == second and not listing.unread  # rested on it: read
        # Not rebuilt under the reader; it follows once the reader turns to it (it kept
        # saying "New: 1 story" until the scope changed).
        pane = app.query_one(BriefingPane)
        assert pane.markdown.startswith("# New: 1 story")
        await pilot.press("tab", "tab", "tab")
        assert app.focused is app.query_one("#briefing")
        await ready(pilot)
        assert pane.markdown.startswith("# Nothing new")
        await pilot.press("shift+tab", "shift+tab", "shift+tab")
        assert app.focused is listing
        await pilot.press("k", "m")  # back to the first, kept unread at once
        await pilot.pause(0.8)
        assert listing.unread == {first}  # what the reader said holds: no rest reads it
        await pilot.press("M", "s")  # all read: what is new is nothing, and is not saved
        await ready(pilot)
        assert any(n.message == "Nothing to save: nothing is new." for n in heard(app))
        assert not list((tmp_path / "exports").glob("*.md"))


async def test_the_app_fetches_a_new_feed_at_start_without_calling_it_unreadable(
    feed: GrowingFeed, tmp_path: Path, isolated: Path
) -> None:
    app = build(isolated / "cache", tmp_path, [feed.url], fetch=FAST)
    async with app.run_test(size=SIZE) as pilot:
        listing = app.query_one(ArticleList)
        for _ in range(300):
            await pilot.pause(0.1)
            if len(listing.articles) == 2:
                break
        await ready(pilot)
        assert len(listing.articles) == 2 and listing.unread == {a.id for a in listing.articles}
        said = heard(app)
        assert any(n.message == "Fetching 1 feed or page…" for n in said)  # (a trial's "1 feeds")
        assert not [n for n in said if n.severity == "error"], said


async def test_unread_only_keeps_what_the_reader_rests_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.tui import main as screen

    monkeypatch.setattr(screen, "READ_DELAY", 0.3)
    app = build(tmp_path / "fresh-cache", tmp_path)  # the seeds arrive unread
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        await pilot.press("u")
        await pilot.pause(0.1)
        shown = [a.id for a in listing.shown]
        assert shown and set(shown) <= listing.unread | {listing.current_id}
        await pilot.pause(1.0)  # resting: read, but still listed (the list does not empty)
        assert [a.id for a in listing.shown] == shown
        assert listing.current_id not in listing.unread


def _three_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BriefingApp:
    """The app on a fresh install with three articles, all unread (no rest reads one)."""
    from briefing.tui import main as screen

    monkeypatch.setattr(screen, "READ_DELAY", 600)
    folder = tmp_path / "news"
    folder.mkdir()
    for day, town in ((3, "Oslo"), (2, "Bergen"), (1, "Tromso")):
        (folder / f"{town}.txt").write_text(
            f"date 2021-09-0{day}\n\nStorm hits {town}\n\nA storm hit {town} in Norway on "
            f"Monday, the police said."
        )
    return build(tmp_path / "fresh-cache", tmp_path, [str(folder)], scope="article")


async def test_next_unread_goes_on_from_the_article_just_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the unread-only list, `m` then `.`: the next unread is the row below the article
    just read (taking that row out moved the cursor onto the next one, which `.` skipped)."""
    app = _three_unread(tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        assert len(listing.unread) == 3
        await pilot.press("u", "g")
        first, second = (a.id for a in listing.shown[:2])
        assert listing.current_id == first
        await pilot.press("m")
        assert first not in listing.unread and listing.current_id == first  # still listed
        assert listing.border_subtitle == "2 of 3 unread"
        await pilot.press("full_stop")
        assert listing.current_id == second


async def test_a_scan_keeps_the_article_under_the_reader_in_the_unread_only_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article read (m) stays under the cursor when a scan (r) filters the list again:
    the cursor jumped to the top article, which a rest then marked read."""
    app = _three_unread(tmp_path, monkeypatch)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        await pilot.press("u", "j")
        second = listing.current_id
        await pilot.press("m", "r")
        await ready(pilot)
        assert listing.current_id == second


async def test_a_scan_leaves_what_is_new_as_it_was_under_the_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trial: the start's fetch and scan emptied the `new` briefing of an article the
    cursor rested on ("New: 1 story ..." became "Nothing new" with no key pressed)."""
    from briefing.tui import main as screen

    monkeypatch.setattr(screen, "READ_DELAY", 0.5)
    app = build(tmp_path / "fresh-cache", tmp_path)  # a fresh install: the seeds arrive unread
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        pane = app.query_one(BriefingPane)
        (second,) = listing.unread  # (the first was rested on during the analysis)
        await pilot.press("j")
        await pilot.pause(0.8)
        assert listing.current_id == second and not listing.unread  # rested on it: read
        await pilot.press("r")  # a scan, as after the start's fetch
        await ready(pilot)
        assert pane.markdown.startswith("# New: 1 story"), pane.markdown[:80]
        await pilot.press("tab", "tab", "tab")  # the reader turns to it: it follows
        await ready(pilot)
        assert pane.markdown.startswith("# Nothing new"), pane.markdown[:80]


async def test_all_read_empties_what_is_new_of_articles_rested_on_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review: `M` marked the unread rows alone, and what is new still told the one the
    cursor had rested on."""
    from briefing.tui import main as screen

    monkeypatch.setattr(screen, "READ_DELAY", 0.5)
    app = build(tmp_path / "fresh-cache", tmp_path)  # a fresh install: the seeds arrive unread
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        assert app.main.read_quietly  # the first, rested on during the analysis
        await pilot.press("M")
        await ready(pilot)
        assert pane.markdown.startswith("# Nothing new"), pane.markdown[:80]


async def test_all_read_empties_what_is_new_when_only_rested_on_articles_are_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The review of session 31: with no unread row left, `M` marked nothing and what is
    new still told the article the cursor had rested on."""
    from briefing.tui import main as screen

    monkeypatch.setattr(screen, "READ_DELAY", 0.5)
    app = build(tmp_path / "fresh-cache", tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        listing = app.query_one(ArticleList)
        await pilot.press("M")
        await ready(pilot)
        await pilot.press("m")  # the current article unread again ...
        await ready(pilot)
        assert pane.markdown.startswith("# New: 1 story"), pane.markdown[:80]
        await pilot.press("j", "k")
        await pilot.pause(0.8)  # ... and read by resting on it
        assert not listing.unread and app.main.read_quietly
        assert pane.markdown.startswith("# New: 1 story"), pane.markdown[:80]
        await pilot.press("M")
        await ready(pilot)
        assert pane.markdown.startswith("# Nothing new"), pane.markdown[:80]
