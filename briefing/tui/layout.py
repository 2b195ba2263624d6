"""The app's panes: what it composes, the first paint from the cache, and the layout:
three panes side by side, or tabs under NARROW columns, switching live on resize."""

from __future__ import annotations

import gc

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static, Tabs

from briefing.tui.state import ScreenState
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.briefing_pane import BriefingPane
from briefing.tui.widgets.entity_list import EntityList
from briefing.tui.widgets.footer import KeysFooter

PANES = ("list-pane", "article-pane", "briefing-pane")
NARROW = 100  # columns under which the panes become tabs


class PanesMixin(ScreenState):
    """Part of `MainScreen` (main.py); its state is declared in `ScreenState`."""

    # Layout ---------------------------------------------------------------------------

    # The first frame shows the article list in the three panes' frames: the article and
    # briefing panes' contents and the footer are mounted right after it (each widget costs
    # Textual ~1-2 ms of styling before the first frame: ~9 ms together). The tabs, the
    # filter box and the progress bar are mounted when first needed.

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            with Vertical(id="list-pane", classes="pane"):
                yield ArticleList(id="articles")
            yield Vertical(id="article-pane", classes="pane")
            yield Vertical(id="briefing-pane", classes="pane")

    def on_mount(self) -> None:
        self.query_one("#articles").border_title = "Articles"
        self.query_one(ArticleList).focus()
        self._layout_for(self.size.width)
        # The newest screenful of what the cache last knew, at once; the whole cached list
        # after the first paint, then the scan brings it up to date.
        first = self.ws.newest(self.sources, count=max(self.size.height, 1))
        if first:
            listing = self.query_one(ArticleList)
            # The story marks as last grouped, in the first frame (the screenful's); the
            # stories after it; the scan brings them up to date.
            listing.set_story_sizes(self.ws.story_sizes([a.id for a in first]))
            listing.set_articles(first)
        # What exists now (modules, widgets) lives as long as the app: out of the collector's
        # way, so its full passes stop walking it (~25 ms off the first frame, and off key
        # presses after).
        gc.freeze()
        self.call_after_refresh(self._show_cached)

    async def _mount_rest(self) -> None:
        """The panes' contents and the footer, after the first frame."""
        article = ArticleView(id="article")
        article.border_title = "Article"
        entities = EntityList(id="entities")
        entities.border_title = "Entities"
        # Each `mount` adds its widgets at once (queries find them); awaiting it waits until
        # they are composed.
        mounting = [
            self.query_one("#article-pane").mount(article, entities),
            self.query_one("#briefing-pane").mount(
                Static("", id="scope-title"), BriefingPane(id="briefing")
            ),
            self.mount(KeysFooter()),
        ]
        self.panes_ready = True
        self._update_scope_title()
        for mounted in mounting:
            await mounted
        self.refresh_bindings()  # a footer shows its keys when the bindings are next told

    async def _show_cached(self) -> None:
        if not self.is_attached:  # the app ended before its second frame
            return
        await self._mount_rest()
        self.app.theme_in_full()  # type: ignore[attr-defined]
        cached = self.ws.cached(self.sources)
        if not self.story_of:  # the stories as last placed, until this run's
            remembered = self.ws.remembered_stories([a.id for a in cached])
            self.story_of = {a: story for story in remembered for a in story.articles}
            listing = self.query_one(ArticleList)
            listing.set_story_sizes({a: len(s.articles) for a, s in self.story_of.items()})
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
        self.set_class(narrow, "-narrow")
        if narrow:
            self._mark_active()
        if narrow and not self.query("#pane-tabs"):
            from textual.widgets import Tab, Tabs

            active = self.active_pane
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
        self.active_pane = pane
        if self.has_class("-narrow"):
            self._mark_active()
        if self.query("#pane-tabs"):
            from textual.widgets import Tabs

            tabs = self.query_one("#pane-tabs", Tabs)
            if tabs.active != f"tab-{pane}":
                tabs.active = f"tab-{pane}"

    def _mark_active(self) -> None:
        """The active pane marked, for narrow terminals, where it alone is shown. (Side by
        side, marking it would restyle two panes at every focus change for nothing: ~7 ms.)"""
        for name in PANES:
            self.query_one(f"#{name}").set_class(name == self.active_pane, "-active")

    @on(Tabs.TabActivated, "#pane-tabs")
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        # Not a tab that Tabs typed at once have passed already (its message comes after
        # them): it would take the focus back from the pane shown (a review's).
        if event.tab and event.tab.id and event.tab.id == event.tabs.active:
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
            self.set_focus(widget)

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if focused is None:
            return
        for node in focused.ancestors_with_self:
            if node.id in PANES:
                self._show_pane(node.id)
                if node.id == "briefing-pane" and self.scope == "new":
                    # Articles read by resting on them leave the digest of what is new as
                    # it was under the reader: it follows them once the reader turns to it.
                    self.read_quietly.clear()
                    self._refresh_briefing()
                return

    def _cycle(self, step: int) -> None:
        order = ["#articles", "#article", "#entities", "#briefing"]
        current = self.focused
        names = [f"#{current.id}" if current else ""]
        index = order.index(names[0]) if names[0] in order else -1
        target = self.query_one(order[(index + step) % len(order)])
        pane = next(n.id for n in target.ancestors_with_self if n.id in PANES)
        self._show_pane(pane)
        # At once, not `target.focus()` (which waits its turn behind the keys already
        # queued): three Tabs typed at once each read the focus the one before left.
        self.set_focus(target)

    def action_next_pane(self) -> None:
        if self.app.screen is not self:
            self.app.screen.focus_next()
            return
        self._cycle(1)

    def action_previous_pane(self) -> None:
        if self.app.screen is not self:
            self.app.screen.focus_previous()
            return
        self._cycle(-1)
