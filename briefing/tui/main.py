"""The main screen: the article list, the article with its entities, the briefing. Its
parts: the panes and layout (layout.py), the scan and the analysis (analysing.py), the
briefings and saving them (briefings.py); here, the article and the filters.
It only calls the core facade."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import Input

from briefing.config import Config
from briefing.core.workspace import Workspace
from briefing.tui.analysing import AnalysisMixin
from briefing.tui.briefings import BriefingsMixin
from briefing.tui.controller import Briefings
from briefing.tui.layout import PanesMixin
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.entity_list import EntityList

# The briefing, stories, export, the analysis child, the tabs (narrow terminals) and the
# progress bar are imported where used, off the first paint's path.
if TYPE_CHECKING:
    import subprocess

    from briefing.core.models import Analysis, Resolution, Story

ARTICLE_DELAY = 0.06  # seconds the list cursor rests before the article is drawn
READ_DELAY = 2.0  # and before the article counts as read
BRIEFING_DELAY = 0.4  # and before the article's briefing is rebuilt


class MainScreen(AnalysisMixin, BriefingsMixin, PanesMixin):
    """The reader's one screen. The app (app.py) holds its themes, keys and palette."""

    BINDINGS = [
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
        Binding("m", "toggle_read", "Read / unread", show=False, id="toggle_read"),
        Binding("M", "mark_all_read", "Mark all shown read", show=False, id="mark_all_read"),
        Binding("u", "unread_only", "Unread only", show=False, id="unread_only"),
        Binding("full_stop", "next_unread", "Next unread", show=False, id="next_unread"),
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
        problems: list[str],
        keys: dict[str, str],
        colours: Callable[[], dict[str, str]],
        offline: bool = False,
    ) -> None:
        super().__init__()
        self.config = config
        self.ws = workspace
        self.sources = sources
        self.config_path = config_path
        self.problems = problems
        self.scan_problems: list[str] = []
        self.keys = keys
        self._colours = colours
        self.offline = offline
        self.fetch_due = config.fetch_on_start and not offline
        # No scope configured: what is new when something is unread, else the article (decided
        # by the first scan).
        self.scope = config.scope or "article"
        self._auto_scope = config.scope is None
        self.unread_only = False
        self.read_quietly = set()
        self.news_unread = {}
        self._read_timer: Timer | None = None
        self.filter_text = ""
        self.entity_filter: tuple[str, set[str]] | None = None
        self.briefings = Briefings()
        self._article_checked = 0.0
        self._scanned = False  # the first scan is done (later ones only bring names)
        self.rescanning = False
        self._to_top = False
        self.child: subprocess.Popen[str] | None = None
        self.child_todo: frozenset[str] = frozenset()
        self.analysis_failed = False
        self.resolution: Resolution | None = None
        self._shown_analysis: tuple[str | None, Analysis | None] = (None, None)
        self.story_of: dict[str, Story] = {}
        self.opened: tuple[str, tuple[str, ...]] | None = None
        self._return_to: str | None = None
        self._debounce: Timer | None = None
        self.panes_ready = False
        self.active_pane = "list-pane"
        self._briefing_timer: Timer | None = None

    @property
    def colours(self) -> dict[str, str]:
        """Entity colours of the current theme."""
        return self._colours()

    def recolour(self) -> None:
        """The theme changed: the article and its entities in its colours."""
        if not self.panes_ready:  # they take the theme when they are mounted
            return
        self.query_one(ArticleView).recolour(self.colours)
        current = self.query_one(ArticleList).current_id
        if current:
            self._show_entities(current)

    # The article ----------------------------------------------------------------------

    @on(ArticleList.Chosen, "#articles")
    def _chosen(self) -> None:
        # Debounce: a key press only moves the cursor; the article (and, in article scope,
        # its briefing) is drawn once the cursor rests, so holding j/k stays smooth. A briefing
        # still waiting for the article the cursor just left is not built.
        for timer in (self._debounce, self._briefing_timer, self._read_timer):
            if timer is not None:
                timer.stop()
        self._debounce = self.set_timer(ARTICLE_DELAY, self._settle)
        self._read_timer = self.set_timer(READ_DELAY, self._rested)

    def _rested(self) -> None:
        """The cursor rested on an article long enough: it is read."""
        lists = self.query(ArticleList)
        current = lists.first().current_id if lists and self.is_attached else None
        if current is not None and current in lists.first().unread:
            # Quietly: the list and the briefing stay as they are under the reader (with
            # `u`, the article stays listed until the filters are applied again).
            self._mark([current], read=True, quiet=True)
            self.read_quietly.add(current)

    def _mark(self, ids: list[str], *, read: bool, quiet: bool = False) -> None:
        """Mark articles read or unread, in the data folder and in the list; unless
        `quiet`, the `new` briefing follows. The rows stay listed under the reader, in the
        unread-only list too, until the filters are applied again: `.` then goes on from
        the article just read (a row taken out moved the cursor, and `.` skipped the row
        that came under it)."""
        if not ids:
            return
        self.ws.mark_read(ids, read=read)
        if not quiet:  # (what the reader said holds at once)
            self.read_quietly.difference_update(ids)
        listing = self.query_one(ArticleList)
        unread = set(listing.unread)
        unread = unread - set(ids) if read else unread | set(ids)
        listing.set_unread(unread)
        self._say_count()
        if not quiet and self.scope == "new":
            self._refresh_briefing()

    def action_toggle_read(self) -> None:
        if self._read_timer is not None:
            self._read_timer.stop()  # the reader said: no rest marks it read after that
        listing = self.query_one(ArticleList)
        current = listing.current_id
        if current is not None:
            self._mark([current], read=current in listing.unread)

    def action_mark_all_read(self) -> None:
        listing = self.query_one(ArticleList)
        # (those read by resting on them too: what is new tells them until now)
        rested = len(self.read_quietly)
        self.read_quietly.difference_update(a.id for a in listing.shown)
        shown = [a.id for a in listing.shown if a.id in listing.unread]
        self._mark(shown, read=True)
        if not shown and len(self.read_quietly) < rested and self.scope == "new":
            self._refresh_briefing()  # (no row to mark: _mark did not; the review of s. 31)
        self.notify(f"{len(shown)} articles marked read.", markup=False)

    def action_unread_only(self) -> None:
        self.unread_only = not self.unread_only
        self._apply_filters()

    def action_next_unread(self) -> None:
        if not self.query_one(ArticleList).next_unread():
            self.notify("No unread article in the list.", markup=False)

    def _settle(self) -> None:
        lists = self.query(ArticleList)
        if not lists or not self.is_attached:  # the app is closing: its widgets are gone
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
        """The article, its names highlighted as the entity list labels them (one label per
        name: a trial's "Dauer" was coloured an organisation, listed as Rich Dauer)."""
        article, analysis = self.ws.article(article_id), self.ws.analysis(article_id)
        self._shown_analysis = (article_id, analysis)  # as analysed, to label anew
        resolution = self._resolution_of(article_id)
        if analysis is not None:
            analysis = self.ws.as_named(article_id, analysis, resolution)
        view = self.query_one(ArticleView)
        view.show(article, analysis, labels=self.config.labels, colours=self.colours)
        view.border_subtitle = f"{len(view.mentions)} highlights" if analysis else "analysing…"
        self._show_entities(article_id, resolution)

    def _resolution_of(self, article_id: str) -> Resolution:
        """The names of all the articles once known, else of this one alone."""
        resolution = self.resolution
        if resolution is None or article_id not in resolution.by_article:
            resolution = self.ws.resolution(self.ws.loaded([article_id]))
        return resolution

    def _show_entities(self, article_id: str, resolution: Resolution | None = None) -> None:
        """The article's entities, named as across all the articles once that is known, and
        its highlights labelled as they are."""
        if resolution is None:
            resolution = self._resolution_of(article_id)
            shown, analysis = self._shown_analysis
            view = self.query_one(ArticleView)
            if shown == article_id and analysis is not None:  # (the one the pane shows)
                view.relabel(self.ws.as_named(article_id, analysis, resolution))
                view.border_subtitle = f"{len(view.mentions)} highlights"
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

    def _entity_ids(self, *, keep_current: bool = False) -> set[str] | None:
        """The articles the entity filter and `unread only` leave (None: no such filter);
        `keep_current`: the article under the reader too, read or not (a scan that filters
        the list again moved the cursor off it, onto another that a rest then read)."""
        ids = self.entity_filter[1] if self.entity_filter else None
        if self.unread_only:
            listing = self.query_one(ArticleList)
            unread = set(listing.unread)
            if keep_current and listing.current_id:
                unread.add(listing.current_id)
            ids = unread if ids is None else ids & unread
        return ids

    async def action_filter(self) -> None:
        if not self.query("#filter"):
            # Its text selected here, not on focus: letters typed in the same instant as `/`
            # are in it by then (`type_late_key`), and the next one would replace them.
            box = Input(placeholder="words, entity or date", id="filter", select_on_focus=False)
            await self.query_one("#list-pane").mount(box, before="#articles")
        box = self.query_one("#filter", Input)
        box.add_class("-shown")
        self._show_pane("list-pane")
        # At once: `focus()` waits its turn behind keys already typed, which the list then
        # took ("/kor" typed fast moved the cursor and rescanned).
        self.set_focus(box)
        box.select_all()  # the filter shown: what is typed next replaces it

    def type_late_key(self, event: events.Key) -> None:
        """A letter typed in the same instant as `/` (a paste, `tmux send-keys`): Textual
        handed it to the list before `/` opened the filter box, and it reaches the app after
        the box took focus. It is typed into the box at once, so the keys after it (Backspace,
        Enter, Escape: bound to the box and the screen) act on it in the order typed; the
        box's own keys never come here (it takes them)."""
        box = self.focused
        if isinstance(box, Input) and box.id == "filter" and event.is_printable:
            selection = box.selection  # (a filter `/` opened again: the letters replace it)
            if selection.is_empty:
                box.insert_text_at_cursor(event.character or "")
            else:
                box.replace(event.character or "", *selection)
            event.stop()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        # The box's text now, not when it changed: a change made just before escape cleared
        # the box arrives after it.
        self.filter_text = event.input.value
        self._apply_filters()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one(ArticleList).focus()

    def action_clear_filter(self) -> None:
        shown = self.query("#filter.-shown")
        if not (self.filter_text or self.entity_filter or self.unread_only or shown):
            return
        self.filter_text, self.entity_filter, self.unread_only = "", None, False
        for box in self.query("#filter").results(Input):
            box.value = ""
            box.remove_class("-shown")
        self._apply_filters()
        self.query_one(ArticleList).focus()

    def _apply_filters(self) -> None:
        listing = self.query_one(ArticleList)
        listing.apply_filter(self.filter_text, self._entity_ids())
        self._say_count()
        if self.scope == "filtered":  # a briefing of other articles: from its top
            self._to_top = True
            self._refresh_briefing()

    def _say_count(self) -> None:
        """The list's count under it: "40"; with a filter, "3 of 40 mentioning X unread"."""
        listing = self.query_one(ArticleList)
        if not (self.filter_text or self.entity_filter or self.unread_only):
            listing.border_subtitle = f"{len(listing.articles)}"
            return
        shown = len(listing.shown)
        if self.unread_only:  # rows just read stay listed: not counted
            shown = sum(1 for a in listing.shown if a.id in listing.unread)
        parts = [f"{shown} of {len(listing.articles)}"]
        if self.entity_filter:
            parts.append(f"mentioning {self.entity_filter[0]}")
        if self.unread_only:
            parts.append("unread")
        listing.border_subtitle = " ".join(parts)

    @on(EntityList.Picked, "#entities")
    def _picked(self, message: EntityList.Picked) -> None:
        listing = self.query_one(ArticleList)
        entity = message.entity
        known = self.resolution
        if known is not None and entity in known.entities:
            # The names of every article are in memory: which articles name it is known
            # (the list shows those it holds).
            found = set(entity.articles)
        else:  # picked before the names of all the articles were read
            found = self.ws.mentioning([a.id for a in listing.articles], entity)
        self.entity_filter = (message.entity.name, found)
        self._apply_filters()  # the list's subtitle says it: "3 of 40 mentioning X"
        listing.focus()
