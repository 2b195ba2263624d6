"""BriefingApp: its state, themes, keys, the article and the filters, help and palette; the
panes, the analysis and the briefings are its parts (layout.py, analysing.py, briefings.py).
It only calls the core facade."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input

from briefing import paths
from briefing.config import Config
from briefing.core.workspace import Workspace
from briefing.tui.analysing import AnalysisMixin
from briefing.tui.briefings import BriefingsMixin
from briefing.tui.layout import PanesMixin
from briefing.tui.messages import (
    BriefingReady,
)
from briefing.tui.state import key_names
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

    from briefing.core.models import Resolution, Story

FALLBACK_THEME = "dark"
ARTICLE_DELAY = 0.06  # seconds the list cursor rests before the article is drawn
BRIEFING_DELAY = 0.4  # and before the article's briefing is rebuilt


class BriefingApp(AnalysisMixin, BriefingsMixin, PanesMixin, App[None]):
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
                rows.append((context, key_names(keys), binding.id or "", binding.description))
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


# Where each binding works, as the help screen groups them: the app's own everywhere, then
# the lists', then the text panes'.
_CONTEXTS: tuple[tuple[str, tuple[type[DOMNode], ...]], ...] = (
    ("Everywhere", (BriefingApp,)),
    ("Lists", (ArticleList, EntityList)),
    ("Text panes", (ArticleView, BriefingPane)),
)


def _bindings(owners: tuple[type[DOMNode], ...]) -> list[Binding]:
    return [b for owner in owners for b in owner.BINDINGS if isinstance(b, Binding)]


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
