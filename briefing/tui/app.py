"""BriefingApp: the three panes, the keys, and the workers. It only calls the core facade."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import Worker, WorkerState, get_current_worker

from briefing import paths
from briefing.config import SCOPES, Config
from briefing.core.workspace import Workspace
from briefing.errors import BriefingError
from briefing.fileio import write_atomic
from briefing.tui.messages import (
    AnalysisDone,
    AnalysisNotice,
    AnalysisProgress,
    BriefingReady,
    NamesReady,
    ScanDone,
)
from briefing.tui.themes import DEFAULT_ENTITY_COLOURS, ThemeSpec, load_themes
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.briefing_pane import BriefingPane
from briefing.tui.widgets.entity_list import EntityList
from briefing.yamlfile import ParsedFiles

# The briefing, stories, export, the analysis child, the tabs (narrow terminals) and the
# progress bar are imported where used, off the first paint's path.
if TYPE_CHECKING:
    import subprocess

    from textual.widgets import Tabs

    from briefing.core.models import ArticleSummary, Resolution, Story

PANES = ("list-pane", "article-pane", "briefing-pane")
NARROW = 100  # columns under which the panes become tabs
FALLBACK_THEME = "dark"
ARTICLE_DELAY = 0.06  # seconds the list cursor rests before the article is drawn
BRIEFING_DELAY = 0.4  # and before the article's briefing is rebuilt


class BriefingApp(App[None]):
    """The briefing reader. Build it with `make_app`."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("slash", "filter", "Filter", id="filter"),
        # While a save waits for its briefing, escape cancels it (as in the save-as dialog);
        # else it clears the filters (`check_action` picks).
        Binding("escape", "cancel_save", "Cancel the save", show=False, id="cancel_save"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="clear_filter"),
        Binding("J", "article(1)", "Next article", show=False, id="next_article"),
        Binding("K", "article(-1)", "Previous article", show=False, id="previous_article"),
        Binding("n", "mention(1)", "Next mention", show=False, id="next_mention"),
        Binding("N", "mention(-1)", "Previous mention", show=False, id="previous_mention"),
        Binding("b", "cycle_scope", "Scope", id="scope"),
        Binding("s", "save", "Save", id="save"),
        Binding("ctrl+s", "save_as", "Save as…", show=False, id="save_as"),
        Binding("r", "rescan", "Re-scan", show=False, id="rescan"),
        Binding("t", "change_theme", "Theme", show=False, id="theme"),
        Binding("l", "log", "Problems", show=False, id="log"),
        Binding("question_mark,f1", "help", "Keys", id="help"),
        Binding("tab", "next_pane", "Next pane", show=False, id="next_pane", priority=True),
        Binding(
            "shift+tab", "previous_pane", "Previous pane", show=False, id="previous_pane",
            priority=True,
        ),
    ]  # fmt: skip

    def __init__(
        self,
        config: Config,
        workspace: Workspace,
        *,
        sources: list[str],
        config_path: Path,
        parse_cache: Path | None = None,
    ) -> None:
        super().__init__()
        self.config = config
        self.ws = workspace
        self.sources = sources
        self.config_path = config_path
        self.problems: list[str] = []
        self.scope = config.scope
        self.filter_text = ""
        self.entity_filter: tuple[str, set[str]] | None = None
        # scope key -> the briefing built for it last
        self.briefings: dict[str, BriefingReady] = {}
        self.building: str | None = None  # the scope key whose briefing is being built
        # Saves asked for before their briefing was built of analysed articles: the scope
        # key, its article ids, and the save.
        self.pending: list[tuple[str, list[str], Callable[[str, str], None]]] = []
        self._article_checked = 0.0  # when analysis progress last re-read the article
        self._to_top = False  # the next briefing shown starts at its top (a new scope)
        self.child: subprocess.Popen[str] | None = None
        self.analysis_failed = False
        self.resolution: Resolution | None = None
        self.story_of: dict[str, Story] = {}
        self._debounce: Timer | None = None
        self._briefing_timer: Timer | None = None
        self.specs, theme_errors = load_themes(
            [paths.themes_dir(), paths.user_themes_dir()], ParsedFiles(parse_cache)
        )
        self.problems += theme_errors
        for spec in self.specs.values():
            self.register_theme(spec.theme)
        self.startup_notes: list[str] = [*theme_errors, *workspace.notices]
        wanted = config.theme
        if wanted not in self.available_themes:
            # Textual's own dark theme when even ours are missing (a damaged install).
            fallback = FALLBACK_THEME if FALLBACK_THEME in self.available_themes else "textual-dark"
            self.startup_notes.append(f"Unknown theme '{wanted}'; using '{fallback}'.")
            wanted = fallback
        # Set without the watcher, whose refresh would parse all the CSS again (~5 ms) before
        # the first frame; the classes the CSS needs now are set here, and the watcher runs
        # after the first paint (`_show_cached`).
        self.set_reactive(BriefingApp.theme, wanted)
        dark = self.current_theme.dark
        self.update_classes(
            {f"-theme-{wanted}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False
        )
        self._apply_keymap(config.keys)

    def _apply_keymap(self, keys: dict[str, str]) -> None:
        known = {b.id for b in self.all_bindings() if b.id}
        unknown = sorted(set(keys) - known)
        if unknown:
            self.startup_notes.append(
                f"{self.config_path}: keys: unknown binding id '{unknown[0]}' "
                f"(see the help screen for ids)"
            )
        self.set_keymap({k: v for k, v in keys.items() if k in known})

    # Layout ---------------------------------------------------------------------------

    # The tabs, the filter box and the progress bar are mounted when first needed: fewer
    # widgets at start make the first paint sooner.

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="list-pane", classes="pane -active"):
                yield ArticleList(id="articles")
            # The article and briefing panes are empty until an article is chosen: their
            # contents are drawn from the second frame on (-starting), ~10 ms off the first.
            with Vertical(id="article-pane", classes="pane -starting"):
                yield ArticleView(id="article")
                yield EntityList(id="entities")
            with Vertical(id="briefing-pane", classes="pane -starting"):
                yield Static("", id="scope-title")
                yield BriefingPane(id="briefing")
        yield Footer()

    def on_load(self) -> None:
        # Until the first frame the collector waits: what starting allocates (widgets, styles,
        # the first listing) lives on, so a pass over it is wasted (~1.5 ms). `_show_cached`
        # lets it run again.
        gc.disable()

    def on_mount(self) -> None:
        self.query_one("#articles").border_title = "Articles"
        self.query_one("#article").border_title = "Article"
        self.query_one("#entities").border_title = "Entities"
        self.query_one(ArticleList).focus()
        for note in self.startup_notes:
            self.notify(note, severity="warning", markup=False)
        self._update_scope_title()
        self._layout_for(self.size.width)
        # The newest screenful of what the cache last knew, at once; the whole cached list
        # after the first paint, then the scan brings it up to date.
        first = self.ws.newest(self.sources, count=max(self.size.height, 1))
        if first:
            self.query_one(ArticleList).set_articles(first)
        # What exists now (modules, widgets) lives as long as the app: out of the collector's
        # way, so its full passes stop walking it (~25 ms off the first frame, and off key
        # presses after).
        gc.freeze()
        self.call_after_refresh(self._show_cached)

    def _show_cached(self) -> None:
        self.mutate_reactive(BriefingApp.theme)  # what else the theme sets (ANSI colours)
        self.query(".-starting").remove_class("-starting")
        cached = self.ws.cached(self.sources)
        if cached:
            listing = self.query_one(ArticleList)
            listing.set_articles(cached, self.filter_text, self._entity_ids())
        gc.freeze()  # the listing too
        gc.enable()
        # Only now: the scan thread would otherwise compete with the first paint for the GIL.
        self.scan()

    def on_resize(self, event: events.Resize) -> None:
        self._layout_for(event.size.width)

    def _layout_for(self, width: int) -> None:
        narrow = width < NARROW
        self.screen.set_class(narrow, "-narrow")
        if narrow and not self.query("#pane-tabs"):
            from textual.widgets import Tab, Tabs

            active = next(n for n in PANES if self.query_one(f"#{n}").has_class("-active"))
            names = {
                "list-pane": "Articles",
                "article-pane": "Article",
                "briefing-pane": "Briefing",
            }
            tabs = Tabs(
                *(Tab(names[n], id=f"tab-{n}") for n in PANES),
                active=f"tab-{active}",
                id="pane-tabs",
            )
            self.mount(tabs, before="#panes")

    def _show_pane(self, pane: str) -> None:
        for name in PANES:
            self.query_one(f"#{name}").set_class(name == pane, "-active")
        if self.query("#pane-tabs"):
            from textual.widgets import Tabs

            tabs = self.query_one("#pane-tabs", Tabs)
            if tabs.active != f"tab-{pane}":
                tabs.active = f"tab-{pane}"

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab and event.tab.id:
            pane = event.tab.id.removeprefix("tab-")
            self._show_pane(pane)
            self._focus_pane(pane)

    def _focus_pane(self, pane: str) -> None:
        target = {
            "list-pane": "#articles",
            "article-pane": "#article",
            "briefing-pane": "#briefing",
        }
        widget = self.query_one(target[pane])
        if self.focused is None or pane not in [n.id for n in self.focused.ancestors_with_self]:
            widget.focus()

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if focused is None:
            return
        for node in focused.ancestors_with_self:
            if node.id in PANES:
                self._show_pane(node.id)
                return

    def _cycle(self, step: int) -> None:
        order = ["#articles", "#article", "#entities", "#briefing"]
        current = self.focused
        names = [f"#{current.id}" if current else ""]
        index = order.index(names[0]) if names[0] in order else -1
        target = self.query_one(order[(index + step) % len(order)])
        pane = next(n.id for n in target.ancestors_with_self if n.id in PANES)
        self._show_pane(pane)
        target.focus()

    def action_next_pane(self) -> None:
        if self.screen is not self.screen_stack[0]:
            self.screen.focus_next()
            return
        self._cycle(1)

    def action_previous_pane(self) -> None:
        if self.screen is not self.screen_stack[0]:
            self.screen.focus_previous()
            return
        self._cycle(-1)

    # Scanning and analysis --------------------------------------------------------------

    @work(thread=True, exclusive=True, group="scan", exit_on_error=False)
    def scan(self) -> None:
        """Read the sources (no NLP) in a thread with its own cache connection."""
        try:
            with Workspace(self.config, cache_dir=self.ws.cache_dir) as ws:
                result = ws.scan(self.sources)
                articles = ws.articles()
        except BriefingError as exc:
            self.call_from_thread(self.notify, str(exc), severity="error", markup=False)
            return
        self.post_message(ScanDone(articles, len(result.todo), result.errors))
        self.load_names(result.ids)

    @work(thread=True, exclusive=True, group="names", exit_on_error=False)
    def load_names(self, ids: tuple[str, ...]) -> None:
        """The entity names the filter searches: every analysis is read, so off the UI."""
        with Workspace(self.config, cache_dir=self.ws.cache_dir) as ws:
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
        listing = self.query_one(ArticleList)
        listing.set_articles(message.articles, self.filter_text, self._entity_ids())
        listing.border_subtitle = f"{len(message.articles)}"
        self.briefings.clear()
        if message.errors:
            lines = [str(e) for e in message.errors]
            self.problems += lines
            more = f" (and {len(lines) - 1} more; press l)" if len(lines) > 1 else ""
            self.notify(lines[0] + more, title="Could not read", severity="error", markup=False)
        if not message.articles:
            self.query_one(ArticleView).show(None, None, labels=(), colours={})
            self._refresh_briefing()
        if message.todo and not self.analysis_failed:
            self.analyse()

    @work(thread=True, exclusive=True, group="analyse", exit_on_error=False)
    def analyse(self) -> None:
        """Analyse in a child process and wait for it, passing its progress on. One child at
        a time: a new analysis (exclusive) cancels the one before, whose child is ended."""
        from briefing.tui.analysis import ingest_command, run_ingest, stop

        worker = get_current_worker()
        if self.child is not None:
            stop(self.child)
        command = ingest_command(self.config_path, self.ws.cache_dir, self.sources)
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
        if not views:  # the app is closing: its widgets are gone
            return
        if not self.query(ProgressBar):
            await self.mount(
                ProgressBar(id="progress", show_eta=False), before=self.query_one(Footer)
            )
        bar = self.query_one(ProgressBar)
        bar.add_class("-running")
        bar.update(total=message.total, progress=message.done)
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
        self.briefings.clear()
        current = self.query_one(ArticleList).current_id
        if current:
            self._show_article(current)
        self._refresh_briefing()
        for key, ids, _ in self.pending:
            if key != getattr(self, "current_key", None):
                self.build_pending(key, ids)

    def on_unmount(self) -> None:
        gc.enable()  # if the app ends before its first frame
        for timer in (self._debounce, self._briefing_timer):
            if timer is not None:
                timer.stop()
        if self.child is not None:
            from briefing.tui.analysis import stop

            stop(self.child)  # quitting ends the analysis, and waits until it has

    def action_rescan(self) -> None:
        # A running analysis goes on until the scan says what is to do: then the new one
        # (exclusive) cancels it and ends its child.
        self.analysis_failed = False
        self.notify("Re-scanning the sources…")
        self.scan()

    # The article ----------------------------------------------------------------------

    @property
    def colours(self) -> dict[str, str]:
        """Entity colours of the current theme."""
        spec: ThemeSpec | None = self.specs.get(self.theme)
        return {**DEFAULT_ENTITY_COLOURS, **(spec.entities if spec else {})}

    def watch_theme(self) -> None:
        if not self.is_running:
            return
        self.query_one(ArticleView).recolour(self.colours)
        current = self.query_one(ArticleList).current_id
        if current:
            self._show_entities(current)

    def on_article_list_chosen(self, message: ArticleList.Chosen) -> None:
        # Debounce: a key press only moves the cursor; the article (and, in article scope,
        # its briefing) is drawn once the cursor rests, so holding j/k stays smooth. A briefing
        # still waiting for the article the cursor just left is not built.
        for timer in (self._debounce, self._briefing_timer):
            if timer is not None:
                timer.stop()
        self._debounce = self.set_timer(ARTICLE_DELAY, self._settle)

    def _settle(self) -> None:
        lists = self.query(ArticleList)
        if not lists or not self.is_running:  # the app is closing: its widgets are gone
            return
        current = lists.first().current_id
        if current is None:
            return
        self._show_article(current)
        if self.scope in ("article", "story"):
            # The Markdown widget takes 0.3-0.45 s per update (PERF-NOTES): wait until the
            # reader has stayed on the article a moment.
            if self._briefing_timer is not None:
                self._briefing_timer.stop()
            self._briefing_timer = self.set_timer(BRIEFING_DELAY, self._refresh_briefing)

    def _show_article(self, article_id: str) -> None:
        article, analysis = self.ws.article(article_id), self.ws.analysis(article_id)
        view = self.query_one(ArticleView)
        view.show(article, analysis, labels=self.config.labels, colours=self.colours)
        view.border_subtitle = f"{len(view.mentions)} highlights" if analysis else "analysing…"
        self._show_entities(article_id)

    def _show_entities(self, article_id: str) -> None:
        """The article's entities, named as across all the articles once that is known."""
        resolution = self.resolution
        if resolution is None or article_id not in resolution.by_article:
            resolution = self.ws.resolution(self.ws.loaded([article_id]))
        entities = self.query_one(EntityList)
        entities.show(resolution.in_article(article_id), self.config.labels, self.colours)

    def action_article(self, step: int) -> None:
        """The next or previous article, from whichever pane has the focus."""
        listing = self.query_one(ArticleList)
        listing.action_cursor_down() if step > 0 else listing.action_cursor_up()

    def action_mention(self, step: int) -> None:
        view = self.query_one(ArticleView)
        view.action_next_mention() if step > 0 else view.action_previous_mention()

    # Filtering ------------------------------------------------------------------------

    def _entity_ids(self) -> set[str] | None:
        return self.entity_filter[1] if self.entity_filter else None

    async def action_filter(self) -> None:
        if not self.query("#filter"):
            box = Input(placeholder="filter: words, entity or date", id="filter")
            await self.query_one("#list-pane").mount(box, before="#articles")
        box = self.query_one("#filter", Input)
        box.add_class("-shown")
        self._show_pane("list-pane")
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "filter":
            self.filter_text = event.value
            self._apply_filters()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "filter":
            self.query_one(ArticleList).focus()

    def action_clear_filter(self) -> None:
        shown = self.query("#filter.-shown")
        if not (self.filter_text or self.entity_filter or shown):
            return
        self.filter_text, self.entity_filter = "", None
        for box in self.query("#filter").results(Input):
            box.value = ""
            box.remove_class("-shown")
        self._apply_filters()
        self.query_one(ArticleList).focus()

    def _apply_filters(self) -> None:
        listing = self.query_one(ArticleList)
        listing.apply_filter(self.filter_text, self._entity_ids())
        parts = [f"{len(listing.shown)} of {len(listing.articles)}"]
        if self.entity_filter:
            parts.append(f"mentioning {self.entity_filter[0]}")
        listing.border_subtitle = " ".join(parts)
        if self.scope == "filtered":
            self._refresh_briefing()

    def on_entity_list_picked(self, message: EntityList.Picked) -> None:
        listing = self.query_one(ArticleList)
        ids = [a.id for a in listing.articles]
        entity = message.entity
        known = self.resolution
        if known is not None and entity in known.entities:
            # The names of every article are in memory: which articles name it is known.
            found = set(entity.articles).intersection(ids)
        else:  # picked before the names of all the articles were read
            found = self.ws.mentioning(ids, entity)
        self.entity_filter = (message.entity.name, found)
        self._apply_filters()
        self.notify(f"{len(found)} articles mention {message.entity.name}", markup=False)
        listing.focus()

    # The briefing ---------------------------------------------------------------------

    def _scope_selection(self) -> tuple[str, list[ArticleSummary]]:
        """A name for the scope (it keys the briefing cache) and its articles."""
        listing = self.query_one(ArticleList)
        if self.scope == "article":
            current = listing.current_id
            return "article", [a for a in listing.shown if a.id == current]
        if self.scope == "story":
            current = listing.current_id
            story = self.story_of.get(current or "")
            members = set(story.articles) if story else {current}
            return f"story:{story.id if story else current}", [
                a for a in listing.articles if a.id in members
            ]
        if self.scope == "filtered":
            return "filtered", list(listing.shown)
        return "all", list(listing.articles)

    def _update_scope_title(self) -> None:
        names = {
            "article": "this article",
            "story": "this story",
            "filtered": "filtered list",
            "all": "everything",
        }
        key = _key_names(self._keymap.get("scope", "b"))
        self.query_one("#scope-title", Static).update(f"Briefing of {names[self.scope]}  ({key})")

    def action_cycle_scope(self) -> None:
        self.scope = SCOPES[(SCOPES.index(self.scope) + 1) % len(SCOPES)]
        self._update_scope_title()
        # Another scope's briefing is read from its top, not where the last one was left.
        self._to_top = True
        self.query_one(BriefingPane).scroll_home(animate=False)
        self._refresh_briefing()

    def _scope_key(self) -> tuple[str, list[str]]:
        """The key of the current scope's briefing (scope and its articles), and the ids."""
        name, chosen = self._scope_selection()
        ids = [a.id for a in chosen]
        import hashlib

        key = hashlib.blake2b("\x1f".join([name, *ids]).encode(), digest_size=8).hexdigest()
        return key, ids

    def _refresh_briefing(self) -> None:
        if not self.is_running:
            return
        key, ids = self._scope_key()
        self.current_key = key
        if key in self.briefings:
            self.post_message(_again(self.briefings[key]))
        else:
            self.building = key
            self.build_briefing(key, ids)

    def _built(self, key: str, ids: list[str]) -> BriefingReady:
        """The briefing of these articles (off the UI thread: it takes a while)."""
        with Workspace(self.config, cache_dir=self.ws.cache_dir) as ws:
            # Counted first: an analysis written meanwhile can only make the briefing more
            # complete than the count says, never less.
            analysed = len(ws.analysed(ids))
            title, markdown = ws.briefing_text(ids)
        return BriefingReady(key, title, markdown, complete=analysed == len(ids), analysed=analysed)

    @work(thread=True, exclusive=True, group="briefing", exit_on_error=False)
    def build_briefing(self, key: str, ids: list[str]) -> None:
        """Build the current scope's briefing; a newer scope's build cancels this one."""
        self.post_message(self._built(key, ids))

    @work(thread=True, group="pending", exit_on_error=False)
    def build_pending(self, key: str, ids: list[str]) -> None:
        """Build the briefing a waiting save asked for, when it is no longer the scope shown."""
        self.post_message(self._built(key, ids))

    async def on_briefing_ready(self, message: BriefingReady) -> None:
        self.briefings[message.key] = message
        if message.key == self.building:
            self.building = None
        if message.key == getattr(self, "current_key", None):
            pane = self.query_one(BriefingPane)
            await pane.show(message.markdown)
            if self._to_top:
                self._to_top = False
                pane.scroll_home(animate=False)
        due = [(ids, act) for key, ids, act in self.pending if key == message.key]
        if not due or (not message.complete and self._analysis_coming()):
            return  # saved once its articles are analysed and it is built again
        self.pending = [entry for entry in self.pending if entry[0] != message.key]
        if not message.analysed:
            self.notify(
                "Not saved: no article of that briefing could be analysed (l: problems).",
                severity="error",
                markup=False,
            )
            return
        if not message.complete:
            self.notify(
                f"Saving the briefing of the {message.analysed} analysed articles of that "
                "scope; the others could not be analysed (l: problems).",
                severity="warning",
                markup=False,
            )
        for _, act in due:
            act(message.title, message.markdown)

    def _analysis_coming(self) -> bool:
        """Whether a scan or an analysis is under way (a briefing may still grow)."""
        return any(
            worker.group in ("scan", "analyse") and not worker.is_finished
            for worker in self.workers
        )

    def _when_built(self, act: Callable[[str, str], None], meanwhile: str) -> None:
        """Do `act` with the current scope's briefing (title, Markdown): now if it is built of
        analysed articles, else once it is, saying `meanwhile` what will happen. A briefing of
        many articles is built off the UI thread, which stays free in the meantime."""
        key, ids = self._scope_key()
        if not ids:
            self.notify("Nothing to save: no article is in this scope yet.", markup=False)
            return
        built = self.briefings.get(key)
        if built is not None and built.complete and built.analysed:
            act(built.title, built.markdown)
            return
        self.pending.append((key, ids, act))
        self.notify(
            f"The briefing waits for its articles to be analysed: {meanwhile} once it is "
            "built (escape cancels).",
            markup=False,
        )
        if built is not None and not self._analysis_coming():
            self.post_message(_again(built))  # nothing more will come: act on what there is
        elif key != self.building and built is None:
            self._refresh_briefing()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_save":
            return bool(self.pending)  # else escape goes on to clear the filters
        return True

    def action_cancel_save(self) -> None:
        self.pending.clear()
        self.notify("Save cancelled.", markup=False)

    async def action_quit(self) -> None:
        if not self.pending:
            self.exit()
            return
        from briefing.tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.exit()

        self.push_screen(
            ConfirmScreen("A save is waiting for its briefing. Quit without saving it? (y/n)"),
            answered,
        )

    def action_save(self) -> None:
        self._when_built(self._save, "saving it")

    def _save(self, title: str, markdown: str) -> None:
        try:
            path, written = self.ws.save(title, markdown)
        except OSError as exc:
            folder = self.ws.export_path(title).parent
            self.notify(f"Cannot save in {folder}: {exc}", severity="error", markup=False)
            return
        if written:
            self.notify(f"Saved {path}", title="Briefing saved", markup=False)
        else:
            self.notify(f"Saved already as {path}", title="Briefing saved", markup=False)

    def action_save_as(self) -> None:
        self._when_built(self._save_as, "asking where to save it")

    def _save_as(self, title: str, markdown: str) -> None:
        suggestion = self.ws.export_path(title)

        def save(path: Path | None) -> None:
            if path is None:
                return
            try:
                write_atomic(path, markdown, overwrite=False)
            except FileExistsError:
                self.notify(f"{path} exists already; not saved.", severity="error", markup=False)
            except OSError as exc:
                self.notify(f"Cannot save {path}: {exc}", severity="error", markup=False)
            else:
                self.notify(f"Saved {path}", title="Briefing saved", markup=False)

        from briefing.tui.screens.save_as import SaveAsScreen

        self.push_screen(SaveAsScreen(suggestion), save)

    # Help, log, palette -----------------------------------------------------------------

    def all_bindings(self) -> list[Binding]:
        """Every binding of the app and its widgets, before any remapping."""
        return [binding for _, owners in _CONTEXTS for binding in _bindings(owners)]

    def action_help(self) -> None:
        keymap = self._keymap
        rows = []
        seen: set[str] = set()
        for context, owners in _CONTEXTS:
            for binding in _bindings(owners):
                if binding.id in seen:
                    continue  # one id, one row: where it first works
                seen.add(binding.id or "")
                keys = keymap.get(binding.id or "", binding.key)
                rows.append((context, _key_names(keys), binding.id or "", binding.description))
        rows += [
            ("Entities", "enter", "", "List the articles that mention it"),
            ("Everywhere", "ctrl+p", "", "Command palette: every action"),
        ]
        from briefing.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(rows))

    def action_log(self) -> None:
        from briefing.tui.screens.log import LogScreen

        self.push_screen(LogScreen(self.problems))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:  # type: ignore[type-arg]
        yield from super().get_system_commands(screen)
        for binding in BriefingApp.BINDINGS:
            if isinstance(binding, Binding) and binding.id not in ("quit", "theme", "help"):
                yield SystemCommand(
                    binding.description, f"Key: {binding.key}", self._runner(binding.action)
                )

    def _runner(self, action: str):  # type: ignore[no-untyped-def]
        async def run() -> None:
            await self.run_action(action)

        return run


_KEY_NAMES = {"question_mark": "?", "slash": "/", "f1": "F1", "escape": "esc"}
# Where each binding works, as the help screen groups them: the app's own everywhere, then
# the lists', then the text panes'.
_CONTEXTS: tuple[tuple[str, tuple[type[DOMNode], ...]], ...] = (
    ("Everywhere", (BriefingApp,)),
    ("Lists", (ArticleList, EntityList)),
    ("Text panes", (ArticleView, BriefingPane)),
)


def _bindings(owners: tuple[type[DOMNode], ...]) -> list[Binding]:
    return [b for owner in owners for b in owner.BINDINGS if isinstance(b, Binding)]


def _again(built: BriefingReady) -> BriefingReady:
    """A new message with what a built briefing holds (a message is posted once)."""
    return BriefingReady(
        built.key,
        built.title,
        built.markdown,
        complete=built.complete,
        analysed=built.analysed,
    )


def _key_names(keys: str) -> str:
    """'question_mark,f1' as '? / F1'."""
    return " / ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def make_app(
    config: Config, *, sources: list[str], config_path: Path, cache_dir: Path | None = None
) -> BriefingApp:
    """Build the app for the CLI and the tests.

    Raises:
        BriefingError: The cache or the pipeline cannot be used (reported before the app starts).
    """
    workspace = Workspace(config, cache_dir=cache_dir)
    return BriefingApp(
        config,
        workspace,
        sources=workspace.sources(sources),
        config_path=config_path,
        parse_cache=cache_dir,
    )
