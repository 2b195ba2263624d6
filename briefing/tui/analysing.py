"""Scanning the sources and analysing them, in workers: one scan and one analysis child at a
time, progress that coalesces, failures reported, never fatal."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import work
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.core.workspace import is_url
from briefing.errors import BriefingError
from briefing.tui.controller import counted
from briefing.tui.messages import (
    AnalysisDone,
    AnalysisNotice,
    AnalysisProgress,
    NamesReady,
    ScanDone,
)
from briefing.tui.state import ScreenState
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.article_view import ArticleView

# Imported where used, off the first paint's path.
if TYPE_CHECKING:
    import subprocess


class AnalysisMixin(ScreenState):
    """Part of `MainScreen` (main.py); its state is declared in `ScreenState`."""

    # Scanning and analysis --------------------------------------------------------------

    @work(thread=True, exclusive=True, group="scan", exit_on_error=False)
    def scan(self, announce: bool = False) -> None:
        """Read the sources (no NLP) in a thread with its own cache connection; `announce`:
        say when it is done (the reader asked for it)."""
        try:
            with self.ws.twin() as ws:
                result = ws.scan(self.sources)
                if not get_current_worker().is_cancelled:  # (not an older scan, ended late)
                    self.ws.found_in = ws.found_in  # where the briefings' sources are
                articles = ws.articles()
                unread = ws.unread(result.ids)
        except BriefingError as exc:
            self.app.call_from_thread(self._scan_failed, str(exc))
            return
        if get_current_worker().is_cancelled:  # a newer scan says what it found
            return
        self.post_message(ScanDone(articles, result.todo, result.errors, unread, announce))
        self.load_names(result.ids)

    def _scan_failed(self, error: str) -> None:
        self.rescanning = False
        self.notify(error, severity="error", markup=False)

    @work(thread=True, exclusive=True, group="names", exit_on_error=False)
    def load_names(self, ids: tuple[str, ...]) -> None:
        """The entity names the filter searches: every analysis is read, so off the UI."""
        with self.ws.twin() as ws:
            names, resolution, stories = ws.overview(ids)
        self.post_message(NamesReady(names, resolution, stories))

    def on_names_ready(self, message: NamesReady) -> None:
        listing = self.query_one(ArticleList)
        listing.names = message.names
        self.resolution = message.resolution
        self.story_of = {a: story for story in message.stories for a in story.articles}
        listing.set_story_sizes({a: len(s.articles) for a, s in self.story_of.items()})
        if listing.current_id:
            self._show_entities(listing.current_id)
        if self.filter_text:
            self._apply_filters()

    def on_scan_done(self, message: ScanDone) -> None:
        self._scanned = True
        # A running child that has all of it to do goes on (`r` with nothing new: no second
        # start of the language model).
        going_on = self.child is not None and set(message.todo) <= self.child_todo
        if message.announce:  # (not an older scan's end; none if this one failed)
            self.rescanning = False
            doing = "being analysed" if going_on else "to analyse"
            todo = f"; {len(message.todo)} {doing}" if message.todo else ""
            self.notify(f"Re-scanned: {counted(len(message.articles))}{todo}.", markup=False)
        listing = self.query_one(ArticleList)
        listing.set_unread(message.unread)
        listing.set_articles(
            message.articles, self.filter_text, self._entity_ids(keep_current=True)
        )
        self._say_count()
        if self._auto_scope and message.articles:  # the first scan with articles (a
            self._auto_scope = False  # feed's come after its fetch): what is new, if any
            if message.unread:
                self.scope = "new"
                self._update_scope_title()
                self._to_top = True
        self.briefings.forget()
        fetch = self.fetch_due and any(is_url(source) for source in self.sources)
        said = {line.split(": ", 1)[0] for line in self.problems}
        errors = [
            e
            for e in message.errors
            # A feed or page with nothing fetched yet is no error when the fetch is about to
            # begin, nor again when its fetch failed (that said why).
            if not (
                e.path in self.sources
                and "nothing fetched from it yet" in e.reason
                and (fetch or e.path in said)
            )
        ]
        # Each problem once in the log and the notices, however many scans meet it again;
        # what the scan before found and this one does not (a file removed or mended) goes.
        found = list(dict.fromkeys(str(e) for e in errors))
        gone = set(self.scan_problems) - set(found)
        lines = [line for line in found if line not in self.problems]
        self.problems[:] = [line for line in self.problems if line not in gone] + lines
        self.scan_problems = found
        if lines:
            more = f" (and {len(lines) - 1} more; press l)" if len(lines) > 1 else ""
            self.notify(lines[0] + more, title="Could not read", severity="error", markup=False)
        if not message.articles:
            self.query_one(ArticleView).show(None, None, labels=(), colours={})
        if not message.articles or self.scope not in ("article", "story"):
            # (an article's or story's briefing follows the cursor: `_settle`)
            self._refresh_briefing()
        # Feeds and pages are fetched by the child, once at start and once per `r`.
        if (message.todo or fetch) and not self.analysis_failed and (fetch or not going_on):
            self.fetch_due = False
            if fetch:
                count = sum(1 for source in self.sources if is_url(source))
                what = "feed or page" if count == 1 else "feeds and pages"
                self.notify(f"Fetching {count} {what}…", markup=False)
            self.child_todo = frozenset(message.todo)
            self.analyse(fetch)

    @work(thread=True, exclusive=True, group="analyse", exit_on_error=False)
    def analyse(self, fetch: bool = False) -> None:
        """Analyse in a child process (which first fetches the feeds and pages, if `fetch`)
        and wait for it, passing its progress on. One child at a time: a new analysis
        (exclusive) cancels the one before, whose child is ended."""
        from briefing.tui.analysis import ingest_command, run_ingest, stop

        worker = get_current_worker()
        if self.child is not None:
            stop(self.child)
        command = ingest_command(
            self.config_path, self.ws.cache_dir, self.ws.data_dir, self.sources, fetch=fetch
        )
        mine: list[subprocess.Popen[str]] = []

        def started(child: subprocess.Popen[str]) -> None:
            mine.append(child)
            if worker.is_cancelled:  # a newer analysis began while this one started
                stop(child)
            else:
                self.child = child

        def progress(done: int, total: int) -> None:
            self.post_message(AnalysisProgress(done, total))

        def notice(text: str) -> None:
            self.post_message(AnalysisNotice(text))

        error = run_ingest(
            command,
            on_progress=progress,
            on_start=started,
            on_notice=notice,
            cancelled=lambda: worker.is_cancelled,
        )
        if mine and self.child is mine[0]:
            self.child = None
        if not worker.is_cancelled:
            self.post_message(AnalysisDone(error))

    def on_analysis_notice(self, message: AnalysisNotice) -> None:
        if message.text not in self.problems:  # the scan may have said it already
            self.problems.append(message.text)
            self.notify(message.text, severity="warning", markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed is reported, and the app goes on with what it has."""
        if event.state != WorkerState.ERROR:
            return
        worker = event.worker
        line = f"{worker.group} failed: {worker.error}"
        self.problems.append(line)
        self.notify(
            line, title="Something went wrong (l: problems)", severity="error", markup=False
        )

    async def on_analysis_progress(self, message: AnalysisProgress) -> None:
        from textual.widgets import ProgressBar

        views = self.query(ArticleView)
        if not views or not self.is_attached:  # the app is closing: its widgets are gone
            return
        if not self.query(ProgressBar):
            # Under the panes (the footer is docked: the order does not matter to it).
            await self.mount(ProgressBar(id="progress", show_eta=False))
        bar = self.query_one(ProgressBar)
        bar.add_class("-running")
        # Until the first article is done (the child loads its language model first, seconds)
        # the bar pulses: a bar at 0% for 12 s, then done, looked stuck (a trial's).
        bar.update(total=message.total if message.done else None, progress=message.done)
        bar.set_class(not message.done, "-loading")
        # The article waiting for its analysis is looked at again at most once a second,
        # not at every message (re-reading and drawing it costs more than the bar).
        view = views.first()
        now = time.monotonic()
        waiting = view.article is not None and view.analysis is None and message.done
        if waiting and view.article is not None and now - self._article_checked >= 1.0:
            self._article_checked = now
            if self.ws.analysed([view.article.id]):
                self._show_article(view.article.id)

    def on_analysis_done(self, message: AnalysisDone) -> None:
        self.query("#progress").remove_class("-running")
        if message.error:
            # No retry loop: the next try is the user's (r), once the cause is fixed.
            self.analysis_failed = True
            self.problems.append(message.error)
            self.notify(message.error, severity="error", markup=False)
        else:
            self.scan()  # cheap now; brings the entity names the filter searches
        self.briefings.forget()
        current = self.query_one(ArticleList).current_id
        if current:
            self._show_article(current)
        self._refresh_briefing()
        for waiting in self.briefings.waiting_elsewhere():
            self.build_pending(waiting.key, waiting.ids, waiting.mode)

    def on_unmount(self) -> None:
        for timer in (self._debounce, self._briefing_timer, self._read_timer):
            if timer is not None:
                timer.stop()
        if self.child is not None:
            from briefing.tui.analysis import stop

            stop(self.child)  # quitting ends the analysis, and waits until it has

    def action_rescan(self) -> None:
        # A running analysis goes on until the scan says what is to do: then the new one
        # (exclusive) cancels it and ends its child.
        self.analysis_failed = False
        self.fetch_due = not self.offline
        self._scanned = False  # its scan may start an analysis
        if not self.rescanning:  # (pressed again before it ended: said once)
            self.notify("Re-scanning the sources…")
        self.rescanning = True
        self.scan(announce=True)
