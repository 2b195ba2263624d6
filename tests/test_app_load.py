"""The app under load: a save asked for while the analysis runs saves the real briefing, one
analysis child at a time, a failing worker is reported and the app goes on, progress does not
redraw the article, an entity filter needs no cache scan, a new scope starts at its top."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import pytest
from textual.widgets import Tabs

from briefing.core.workspace import Workspace
from briefing.paths import seeds_dir
from briefing.tui import analysis
from briefing.tui.messages import AnalysisProgress
from briefing.tui.screens.confirm import ConfirmScreen
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.briefing_pane import BriefingPane
from briefing.tui.widgets.entity_list import EntityList
from tests.conftest import SIZE, build, burst, heard, ready, slow_builds, wait_until

# A stand-in for the analysis child: says where it is, then works for a long while.
SLOW_CHILD = """
import json, os, sys, time
open(os.path.join(sys.argv[1], str(os.getpid())), "w").close()
for _ in range(1200):
    print(json.dumps({"done": 0, "total": 2}), flush=True)
    time.sleep(0.05)
"""


def _fake_child(monkeypatch: pytest.MonkeyPatch, script: str, folder: Path) -> Path:
    """Have the app run `script` as its analysis child; it notes its pids in `folder`."""
    folder.mkdir()
    command = [sys.executable, "-c", script, str(folder)]
    monkeypatch.setattr(analysis, "ingest_command", lambda *_, **__: command)
    return folder


def _one_seed(tmp_path: Path) -> tuple[Path, list[Path]]:
    """A folder holding the first seed, and the seeds left to add (new work for `r`)."""
    folder = tmp_path / "news"
    folder.mkdir()
    first, *rest = sorted(seeds_dir().iterdir())
    (folder / first.name).write_text(first.read_text())
    return folder, rest


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended


async def test_a_save_while_the_first_analysis_runs_saves_the_real_briefing(
    tmp_path: Path,
) -> None:
    app = build(tmp_path / "fresh-cache", tmp_path, scope="article")  # nothing analysed yet
    exports = tmp_path / "exports"
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.main.child is not None)  # the analysis child runs
        await wait_until(pilot, lambda: bool(app.query_one(ArticleList).shown))
        await pilot.press("s")
        await pilot.pause(0.5)
        assert not exports.exists()  # nothing of nothing was written
        assert any("waits for its articles" in n.message for n in heard(app))
        await wait_until(pilot, lambda: exports.exists() and any(exports.iterdir()), seconds=180)
        (saved,) = exports.iterdir()
        text = saved.read_text()
        assert "**Bottom line:**" in text and "## Key points" in text and "## Sources" in text


async def test_escape_cancels_a_waiting_save_and_quitting_asks(tmp_path: Path) -> None:
    app = build(tmp_path / "fresh-cache", tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: bool(app.query_one(ArticleList).shown))
        await pilot.press("s")
        assert app.main.briefings.pending
        await pilot.press("q")  # a save waits: quitting asks first
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert app.is_running and app.main.briefings.pending
        await pilot.press("escape")  # cancels the save, nothing else
        assert not app.main.briefings.pending
        assert any("Save cancelled" in n.message for n in heard(app))
        await pilot.press("q")
        assert not app.is_running  # nothing waits: no question
    assert not (tmp_path / "exports").exists()


async def test_the_quit_question_closes_when_the_save_it_asks_about_is_done(
    tmp_path: Path,
) -> None:
    """A trial: `s` during the analysis, then `q`; the save was written ("Saved ...") and
    the question "Quit without saving it?" stayed on screen, asking about nothing."""
    app = build(tmp_path / "fresh-cache", tmp_path, scope="article")
    exports = tmp_path / "exports"
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.main.child is not None)
        await wait_until(pilot, lambda: bool(app.query_one(ArticleList).shown))
        await pilot.press("s")
        await pilot.press("q")
        assert isinstance(app.screen, ConfirmScreen)
        await wait_until(pilot, lambda: exports.exists() and any(exports.iterdir()), seconds=180)
        await wait_until(pilot, lambda: not isinstance(app.screen, ConfirmScreen))
        assert app.is_running and not app.main.briefings.pending
        assert any("Saved" in n.message for n in heard(app))
        await pilot.press("q")  # nothing waits now: no question
    assert not app.is_running


async def test_the_quit_question_is_not_hidden_by_notices(tmp_path: Path) -> None:
    """At 80x24 the notices ("The briefing waits…") covered the question."""
    app = build(tmp_path / "fresh-cache", tmp_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await wait_until(pilot, lambda: bool(app.query_one(ArticleList).shown))
        await pilot.press("s")
        await pilot.pause(0.2)
        assert app.screen.query("Toast")  # the notice that the save waits
        await pilot.press("q")
        await pilot.pause(0.2)
        assert isinstance(app.screen, ConfirmScreen) and not app.screen.query("Toast")
        await pilot.press("y")
    assert not app.is_running


async def test_rescan_during_an_analysis_keeps_one_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`r` while the child analyses what the scan found goes on with it (no second start of
    its language model); with new work it is restarted: one child at a time, the newest."""
    pids = _fake_child(monkeypatch, SLOW_CHILD, tmp_path / "pids")
    folder, seeds = _one_seed(tmp_path)
    app = build(tmp_path / "fresh-cache", tmp_path, sources=[str(folder)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: len(os.listdir(pids)) == 1)
        await pilot.press("r")
        # (Said as what it is: not "50 to analyse" while they are, a trial's.)
        await wait_until(pilot, lambda: any("being analysed" in n.message for n in heard(app)))
        await pilot.pause(0.5)
        assert len(os.listdir(pids)) == 1  # nothing new: the same child goes on
        for n, seed in enumerate(seeds, 2):
            (folder / seed.name).write_text(seed.read_text())
            await pilot.press("r")
            await wait_until(pilot, lambda n=n: len(os.listdir(pids)) == n)
            await wait_until(pilot, lambda: sum(_alive(int(p)) for p in os.listdir(pids)) == 1, 20)
        assert (
            app.main.child is not None
            and app.main.child.pid
            == max((Path(pids, p).stat().st_mtime_ns, int(p)) for p in os.listdir(pids))[1]
        )
    # Quitting ends it.
    assert not any(_alive(int(p)) for p in os.listdir(pids))


async def test_a_failing_worker_is_reported_and_the_app_goes_on(
    warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Workspace, *args: object) -> object:
        raise RuntimeError("names exploded")

    monkeypatch.setattr(Workspace, "overview", broken)
    app = build(warm_cache, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: any("names exploded" in p for p in app.problems))
        assert app.is_running
        await pilot.press("j")
        assert len(app.query_one(ArticleList).shown) == 2


async def test_the_progress_bar_shows_no_percentage_before_the_first_article(
    warm_cache: Path, tmp_path: Path
) -> None:
    """Two trials: "--%" beside a pulsing bar while the child loads its language model."""
    app = build(warm_cache, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        app.main.post_message(AnalysisProgress(0, 9))
        await pilot.pause()
        (percentage,) = app.query("#progress PercentageStatus")
        assert not percentage.display
        app.main.post_message(AnalysisProgress(3, 9))
        await pilot.pause()
        assert percentage.display and "33%" in str(percentage.render())


async def test_progress_messages_coalesce_and_do_not_redraw_the_article(
    warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert AnalysisProgress(1, 9).can_replace(AnalysisProgress(0, 9))
    app = build(warm_cache, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        drawn: list[str] = []
        read = app.main.ws.article

        def reading(article_id: str) -> object:
            drawn.append(article_id)
            return read(article_id)

        monkeypatch.setattr(app.main.ws, "article", reading)
        view = app.query_one(ArticleView)
        view.analysis = None  # as when the article waits for its analysis
        for done in range(1, 200):
            app.main.post_message(AnalysisProgress(done, 400))
        await pilot.pause(0.3)
        assert len(drawn) <= 1


async def test_picking_an_entity_reads_no_analysis(
    warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = build(warm_cache, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await wait_until(pilot, lambda: app.main.resolution is not None)

        def scanned(*_: object) -> object:
            raise AssertionError("the filter scanned the cache")

        monkeypatch.setattr(app.main.ws, "mentioning", scanned)
        monkeypatch.setattr(app.main.ws, "analyses", scanned)
        entities = app.query_one(EntityList)
        entities.focus()
        entities.highlighted = entities.entries.index(("New Delhi", "GPE"))
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.entity_filter is not None
        assert [a.date for a in app.query_one(ArticleList).shown] == ["2021-09-08"]


async def test_a_new_scope_starts_at_the_top_of_its_briefing(
    warm_cache: Path, tmp_path: Path
) -> None:
    app = build(warm_cache, tmp_path, keys={"scope": "x"})
    async with app.run_test(size=(120, 20)) as pilot:
        await ready(pilot)
        assert "(x)" in str(app.query_one("#scope-title").render())  # the key as remapped
        pane = app.query_one(BriefingPane)
        pane.scroll_end(animate=False)
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("x")
        await ready(pilot)
        await pilot.pause(0.3)
        assert pane.scroll_y == 0


def _visible_panes(app) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The panes shown, with their widths."""
    return {
        pane.id: pane.size.width
        for pane in app.query(".pane")
        if pane.display and pane.size.width and pane.id
    }


async def test_narrow_terminals_switch_to_tabs_and_back_live(
    warm_cache: Path, tmp_path: Path
) -> None:
    app = build(warm_cache, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert _visible_panes(app) == {"list-pane": 80}  # one pane, the whole width
        assert app.query_one("#pane-tabs").display
        await pilot.resize_terminal(120, 36)
        await pilot.pause(0.2)
        wide = _visible_panes(app)
        assert set(wide) == {"list-pane", "article-pane", "briefing-pane"}
        assert wide["article-pane"] > 30 and not app.query_one("#pane-tabs").display
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.2)
        assert _visible_panes(app) == {"list-pane": 80}
        await pilot.press("tab")  # the next pane, as a tab
        await pilot.pause(0.1)
        assert _visible_panes(app) == {"article-pane": 80}
        # The focus moved side by side: narrowed, the tabs show where it is.
        await pilot.resize_terminal(120, 36)
        await pilot.pause(0.2)
        await pilot.press("tab", "tab")  # the entities, then the briefing
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.2)
        assert _visible_panes(app) == {"briefing-pane": 80}
        assert app.query_one(Tabs).active == "tab-briefing-pane"


async def test_the_list_cursor_stays_in_view_across_a_resize(
    warm_cache: Path, tmp_path: Path
) -> None:
    """Narrowed to 80x24 with the cursor low in a long list, the list tab showed no cursor;
    in a pane of odd height, a list scrolled down began halfway through an article (its
    title, its date line above the pane), and its rows, as wide as the pane with its
    scrollbar, scrolled sideways. Each size, and each pane height."""
    from briefing.core.summaries import ArticleSummary

    app = build(warm_cache, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        listing.set_articles(
            [
                ArticleSummary(f"a{i}", f"/x/{i}.txt", f"Title {i}", "2021-09-01", "outlet", "", 9)
                for i in range(60)
            ]
        )
        listing.focus()
        await pilot.pause()

        async def shown_well(where: object) -> None:
            await pilot.pause(0.1)
            top, height = int(listing.scroll_y), listing.size.height
            row = (listing.highlighted or 0) * 2  # each article: a date line, then its title
            assert top <= row and row + 2 <= top + height, (where, top, row, height)
            assert top % 2 == 0, (where, top, height)  # an article's date line first
            # No sideways scroll (the rows were as wide as the pane, scrollbar and all: a
            # horizontal scrollbar took the list's last line).
            assert listing.max_scroll_x == 0 and not listing.show_horizontal_scrollbar, where

        await pilot.press("G", *"kkkkkkkk")
        sizes = [(80, 24), (120, 35), (80, 23), (120, 36)]
        for size in sizes:
            await pilot.resize_terminal(*size)
            await shown_well(size)
            for key in ("G", "k", "g", *"j" * 14):
                await pilot.press(key)
            await shown_well((size, "moved"))
        listing.apply_filter("Title 1")  # eleven rows (1, 10-19): no scrollbar; then sixty
        await pilot.pause()
        listing.apply_filter("")
        await shown_well("filtered and shown in full again")
        app.query_one(BriefingPane).focus()  # the list hidden behind another tab
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.2)
        await pilot.press("tab")
        assert listing.has_focus
        await shown_well("shown again")


async def test_one_key_map_for_every_pane(warm_cache: Path, tmp_path: Path) -> None:
    from textual.widgets import DataTable

    from briefing.tui.screens.help import HelpScreen

    app = build(warm_cache, tmp_path, keys={"next_article": "ctrl+n"})
    async with app.run_test(size=(120, 24)) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        first = listing.current_id
        # Lists: j/k move the cursor; the entity list shows its first row on focus.
        entities = app.query_one(EntityList)
        entities.focus()
        await pilot.pause()
        assert entities.highlighted == 0
        await pilot.press("j")
        assert entities.highlighted == 1
        await pilot.press("k")
        assert entities.highlighted == 0
        # Text panes: j/k scroll.
        pane = app.query_one(BriefingPane)
        pane.focus()
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("k", "k", "k")
        await pilot.pause()
        assert pane.scroll_y == 0
        # From any pane, the next article (remapped here) and the previous one (K).
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert listing.current_id != first and pane.has_focus
        await pilot.press("K")
        await pilot.pause()
        assert listing.current_id == first
        # Help: every id once, under where it works, with its key as remapped.
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        ids = [row[2] for row in rows if row[2]]
        assert len(ids) == len(set(ids))
        by_id = {row[2]: row for row in rows}
        assert list(by_id["next_article"][:2]) == ["Everywhere", "ctrl+n"]
        assert by_id["down"][0] == "Lists, Text panes"  # a digest's story cursor too
        assert by_id["scroll_down"][0] == "Text panes"
        assert sum(1 for row in rows if "j" in row[1].split(" / ")) == 2  # lists, text panes


# A child whose own worker process keeps its output open, as spaCy's two-process analysis
# does: ending the child alone would leave the worker and the app waiting on the pipe.
CHILD_WITH_WORKER = """
import json, os, subprocess, sys, time
worker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
open(os.path.join(sys.argv[1], str(worker.pid)), "w").close()
for _ in range(1200):
    print(json.dumps({"done": 0, "total": 2}), flush=True)
    time.sleep(0.05)
"""


async def test_a_stopped_analysis_ends_its_workers_and_quitting_does_not_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workers = _fake_child(monkeypatch, CHILD_WITH_WORKER, tmp_path / "workers")
    folder, seeds = _one_seed(tmp_path)
    app = build(tmp_path / "fresh-cache", tmp_path, sources=[str(folder)])
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: len(os.listdir(workers)) == 1)
        (folder / seeds[0].name).write_text(seeds[0].read_text())
        await pilot.press("r")  # the next analysis (new work) stops this one, its worker too
        await wait_until(pilot, lambda: len(os.listdir(workers)) == 2)
        first = min(os.listdir(workers), key=lambda p: Path(workers, p).stat().st_mtime_ns)
        await wait_until(pilot, lambda: not _alive(int(first)), 20)
    # Quitting ended the rest: killed, as a signal is, a moment after it is sent.
    for _ in range(50):
        if not any(_alive(int(p)) for p in os.listdir(workers)):
            break
        time.sleep(0.1)
    assert not any(_alive(int(p)) for p in os.listdir(workers))


@pytest.mark.parametrize("keys", [("q", "t"), ("q", "u", "e", "s", "t"), ("q", "r", "?")])
async def test_keys_typed_after_quit_while_analysing_start_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys: tuple[str, ...]
) -> None:
    """Trial G: "question" typed during an analysis quit at its `q`, and its `t` opened the
    theme picker on the closing app: a traceback (NoMatches CommandList), exit code 1; a
    progress message or a briefing that came then failed to mount too."""
    _fake_child(monkeypatch, SLOW_CHILD, tmp_path / "child")
    app = build(tmp_path / "fresh-cache", tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.main.child is not None)
        await wait_until(pilot, lambda: bool(app.query_one(ArticleList).shown))
        burst(app, *keys)
        await pilot.pause(1)
    assert not app.is_running
    assert app.return_code == 0


async def test_keys_typed_before_the_panes_are_mounted_are_ignored_not_fatal(
    warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article and briefing panes are mounted after the first frame: keys typed ahead
    (a slow machine widens the gap) must not reach actions on panes that do not exist yet."""
    from textual.widgets import Footer

    from briefing.tui.layout import PanesMixin

    mount_rest = PanesMixin._mount_rest

    async def slow(self: PanesMixin) -> None:
        await asyncio.sleep(2)  # (0.5 s was once too short for `b` on a loaded machine)
        await mount_rest(self)

    monkeypatch.setattr(PanesMixin, "_mount_rest", slow)
    app = build(warm_cache, tmp_path, scope="article")
    async with app.run_test(size=SIZE) as pilot:
        assert not app.query(ArticleView)  # still in the gap
        await pilot.press("b")  # acts on the briefing pane: it would fail on a missing pane
        assert app.is_running
        await ready(pilot)
        assert app.main.scope == "article"  # `b` in the gap did nothing
        assert app.query_one(ArticleView).article is not None
        assert app.query_one(Footer).children  # the footer shows its keys
        await pilot.press("b")
        assert app.main.scope == "story"


async def test_the_list_keeps_its_article_under_the_cursor_when_filtered_or_read_again(
    warm_cache: Path, tmp_path: Path
) -> None:
    from briefing.core.summaries import ArticleSummary

    def rows(first: int) -> list[ArticleSummary]:
        return [
            ArticleSummary(f"a{i}", f"/x/{i}.txt", f"Title {i}", "2021-09-01", "outlet", "", 9)
            for i in range(first, 60)
        ]

    app = build(warm_cache, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        listing.set_articles(rows(1))
        listing.highlighted = 11
        assert listing.current_id == "a12"
        listing.apply_filter("", {"a3", "a12", "a40"})  # an entity picked
        assert listing.current_id == "a12" and listing.highlighted == 1
        listing.apply_filter("")
        assert listing.current_id == "a12"
        listing.set_articles(rows(0))  # read again: new rows, one more before it
        assert listing.current_id == "a12" and listing.highlighted == 12
        listing.apply_filter("", {"a3", "a40"})  # gone: the first row
        assert listing.current_id == "a3"


async def test_a_save_of_analysed_articles_says_it_waits_for_the_build_not_an_analysis(
    warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trial: on an analysed article, `s` while another file was analysed said "The
    briefing waits for its articles to be analysed"."""
    from briefing.paths import seeds_dir

    _fake_child(monkeypatch, SLOW_CHILD, tmp_path / "pids")  # an analysis that goes on
    folder = tmp_path / "news"
    folder.mkdir()
    for seed in seeds_dir().iterdir():
        (folder / seed.name).write_text(seed.read_text())
    (folder / "new.txt").write_text("A new article that is not analysed yet. It waits.")
    app = build(warm_cache, tmp_path, [str(folder)], scope="article")
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: app.main.child is not None)
        listing = app.query_one(ArticleList)
        await wait_until(pilot, lambda: len(listing.shown) == 3)
        analysed = app.main.ws.analysed([a.id for a in listing.shown])
        listing.highlighted = next(i for i, a in enumerate(listing.shown) if a.id in analysed)
        slow_builds(app, 2.0)
        await pilot.pause(0.6)  # (the article's briefing is asked for: built slowly)
        await pilot.press("s")
        await pilot.pause(0.2)
        said = [n.message for n in heard(app) if "briefing" in n.message.lower()]
        assert any("being built" in m for m in said) and not any("analysed" in m for m in said)


async def test_the_progress_bar_pulses_until_the_first_article_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trial: the first analysis showed a bar at 0% for 12 s (the child loading its
    language model), then was done: it looked stuck. Until an article is done it pulses."""
    from textual.widgets import ProgressBar

    _fake_child(monkeypatch, FIRST_DONE_LATE, tmp_path / "pids")
    app = build(tmp_path / "fresh-cache", tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: bool(app.query(ProgressBar)))
        bar = app.query_one(ProgressBar)
        await pilot.pause(0.2)
        assert bar.total is None  # pulsing, not 0%
        await wait_until(pilot, lambda: bar.total == 2 and bar.progress == 1, 10)


# Says 0 of 2 for a second and a half (a model loading), then 1 of 2, then works on.
FIRST_DONE_LATE = """
import json, os, sys, time
open(os.path.join(sys.argv[1], str(os.getpid())), "w").close()
for _ in range(30):
    print(json.dumps({"done": 0, "total": 2}), flush=True)
    time.sleep(0.05)
print(json.dumps({"done": 1, "total": 2}), flush=True)
time.sleep(60)
"""


async def test_a_key_in_the_list_repaints_the_rows_it_changes_not_the_list(
    warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each key press repainted every row on screen: the cursor's reactive repainted the whole
    # list, besides the two rows the cursor left and reached.
    app = build(warm_cache, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        listing = app.query_one(ArticleList)
        listing.focus()
        await pilot.pause()
        whole: list[object] = []
        refresh = listing.refresh

        def spy(*regions: object, **options: object) -> object:
            if not regions:
                whole.append(options)
            return refresh(*regions, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(listing, "refresh", spy)
        await pilot.press("j")
        await pilot.pause()
        assert listing.highlighted == 1
        assert whole == []
