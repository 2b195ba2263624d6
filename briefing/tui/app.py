"""BriefingApp: themes, keys, help, the problems log and the palette. Its one screen,
`MainScreen` (main.py), composes the panes and does the work. It only calls the core
facade."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable
from pathlib import Path

from rich.console import RenderableType
from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.dom import DOMNode
from textual.screen import Screen
from textual.theme import Theme

from briefing import paths
from briefing.config import Config, located
from briefing.core.workspace import Workspace
from briefing.fileio import reason
from briefing.tui.main import MainScreen
from briefing.tui.messages import SavesSettled
from briefing.tui.state import key_names
from briefing.tui.theme_picker import ThemesInUseFirst
from briefing.tui.themes import DEFAULT_ENTITY_COLOURS, ThemeSpec, load_themes
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.article_view import ArticleView
from briefing.tui.widgets.briefing_pane import BriefingPane
from briefing.tui.widgets.entity_list import EntityList
from briefing.yamlfile import ParsedFiles

FALLBACK_THEME = "dark"


class BriefingApp(App[None]):
    """The briefing reader. Build it with `make_app`."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("t", "change_theme", "Theme", show=False, id="theme"),
        Binding("l", "log", "Problems", show=False, id="log"),
        Binding("question_mark,f1", "help", "Keys", id="help"),
    ]

    def __init__(
        self,
        config: Config,
        workspace: Workspace,
        *,
        sources: list[str],
        config_path: Path,
        parse_cache: Path | None = None,
        offline: bool = False,
    ) -> None:
        super().__init__()
        self.config = config
        self.config_path = config_path
        self.problems: list[str] = []
        self._quit_question: Screen[bool] | None = None  # open while a save waits
        self.specs, theme_errors = load_themes(
            [paths.themes_dir(), paths.user_themes_dir()], ParsedFiles(parse_cache)
        )
        self.problems += theme_errors
        # Built once: Textual asks for the themes on every style lookup (~200 times a key).
        self._our_themes = {name: spec.theme for name, spec in self.specs.items()}
        for spec in self.specs.values():
            self.register_theme(spec.theme)
        self.startup_notes: list[str] = [*theme_errors, *workspace.notices]
        wanted = config.theme
        if wanted not in self.available_themes:
            # Textual's own dark theme when even ours are missing (a damaged install).
            fallback = FALLBACK_THEME if FALLBACK_THEME in self.available_themes else "textual-dark"
            self.startup_notes.append(f"Unknown theme '{wanted}'; using '{fallback}'.")
            wanted = fallback
        from briefing.core.analysis.pipeline import untagged

        unknown = untagged(config.pipeline, config.labels)
        if unknown:  # (a trial: started without a word, nothing highlighted)
            where = located(config_path, "labels")
            self.startup_notes.append(f"{where}: {unknown}: highlighted nowhere.")
        # Set without the watcher, whose refresh would parse all the CSS again (~5 ms) before
        # the first frame; the classes the CSS needs now are set here, and the watcher runs
        # after the first paint (`theme_in_full`).
        self.set_reactive(BriefingApp.theme, wanted)
        dark = self.current_theme.dark
        self.update_classes(
            {f"-theme-{wanted}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False
        )
        self.kept_theme = wanted  # what the config gives; a theme picked is written there
        self.parse_cache = parse_cache
        self._config_lock = threading.Lock()
        self.keys = self._keymap_of(config.keys)
        self.set_keymap(self.keys)
        self.main = MainScreen(
            config,
            workspace,
            sources=sources,
            config_path=config_path,
            problems=self.problems,
            keys=self.keys,
            colours=lambda: self.colours,
            offline=offline,
        )

    def _keymap_of(self, keys: dict[str, str]) -> dict[str, str]:
        """The config's key remapping, as far as it can be applied: not an unknown id, nor a
        key that another binding of the same place has (each said once at start)."""
        if not keys:
            return {}
        problems, refused = keymap_problems(keys)
        self.startup_notes += [f"{located(self.config_path, k)}: {p}" for k, p in problems]
        return {k: v for k, v in keys.items() if k not in refused}

    def get_default_screen(self) -> Screen[None]:
        return self.main

    def on_load(self) -> None:
        # Until the first frame the collector waits: what starting allocates (widgets, styles,
        # the first listing) lives on, so a pass over it is wasted (~1.5 ms). The main screen
        # lets it run again after its first paint.
        gc.disable()

    def on_mount(self) -> None:
        for note in self.startup_notes:
            self.notify(note, severity="warning", markup=False)

    def on_unmount(self) -> None:
        gc.enable()  # if the app ends before its first frame

    def theme_in_full(self) -> None:
        """What else the theme sets (ANSI colours), once the first frame is painted."""
        self.mutate_reactive(App.theme)

    @property
    def colours(self) -> dict[str, str]:
        """Entity colours of the current theme."""
        spec: ThemeSpec | None = self.specs.get(self.theme)
        return {**DEFAULT_ENTITY_COLOURS, **(spec.entities if spec else {})}

    @property
    def available_themes(self) -> dict[str, Theme]:
        """Our themes (those `theme` in the config takes); Textual's own only when none of
        ours could be read."""
        ours: dict[str, Theme] | None = getattr(self, "_our_themes", None)
        return ours if ours else super().available_themes

    def search_themes(self) -> None:
        """The theme picker, opened on the theme in use."""
        self.push_screen(
            CommandPalette(providers=[ThemesInUseFirst], placeholder="Search for themes…")
        )

    def watch_theme(self) -> None:
        if self.is_running:
            self.main.recolour()
            if self.theme != self.kept_theme:
                self.kept_theme = self.theme
                self.keep_theme(self.theme)

    @work(thread=True, group="config", exit_on_error=False)
    def keep_theme(self, name: str) -> None:
        """Write the theme picked in the config file, so the next start has it too. Picks
        in quick succession write one at a time, the last picked last."""
        from briefing.config_sources import set_setting
        from briefing.errors import BriefingError

        try:
            with self._config_lock:
                if name == self.theme:  # else a later pick writes its own
                    set_setting(self.config_path, "theme", name, cache_dir=self.parse_cache)
        except (BriefingError, OSError) as exc:
            self.call_from_thread(
                self.notify,
                f"Theme not kept for the next start: {reason(exc)}",
                severity="warning",
                markup=False,
            )

    closing = False  # `exit` was asked for: the app is on its way out

    def exit(
        self, result: None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        self.closing = True
        super().exit(result, return_code, message)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys typed after `q` while the app closes start nothing (trial G: `t` a moment
        # after `q`, during an analysis, opened the theme picker on a closing app: a
        # traceback).
        return not self.closing

    async def action_quit(self) -> None:
        if not self.main.briefings.pending:
            self.exit()
            return
        from briefing.tui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            self._quit_question = None
            if yes:
                self.exit()

        # Notices ("Re-scanning…", "The briefing waits…") hid the question on a small
        # terminal: the question is what matters now.
        self.clear_notifications()
        self._quit_question = ConfirmScreen(
            "A save is waiting for its briefing. Quit without saving it? (y/n)"
        )
        self.push_screen(self._quit_question, answered)

    def on_key(self, event: events.Key) -> None:
        if self.screen is self.main:
            self.main.type_late_key(event)

    def on_saves_settled(self, _: SavesSettled) -> None:
        """The save the quit question asks about is done: the question goes, the app stays
        (q quits now without asking)."""
        question = self._quit_question
        if question is not None and question.is_current and not self.main.briefings.pending:
            question.dismiss(False)

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """The screen as SVG (the palette's Screenshot), in the folder briefings are saved to,
        made if need be (Textual's default, ~/Downloads, is missing on many machines)."""
        folder = Path(path) if path else self.main.ws.export_path("screenshot").parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.notify(
                f"Cannot save a screenshot in {folder}: {reason(exc)}",
                severity="error",
                markup=False,
            )
            return None
        return super().deliver_screenshot(filename, str(folder), time_format)

    # Help, log, palette -----------------------------------------------------------------

    def action_help(self) -> None:
        # One id, one row, naming every context it works in and what it does there ("down":
        # the lists' cursor, and a digest's story cursor in the briefing pane).
        where: dict[str, list[str]] = {}
        does: dict[str, list[str]] = {}
        first: dict[str, Binding] = {}
        for context, owners in _CONTEXTS:
            for binding in _bindings(owners):
                key = binding.id or ""
                first.setdefault(key, binding)
                for found, value in ((where, context), (does, binding.description)):
                    if value not in found.setdefault(key, []):
                        found[key].append(value)
        rows = [
            (
                ", ".join(where[key]),
                key_names(self.keys.get(key, binding.key)),
                key,
                " / ".join(does[key]),
            )
            for key, binding in first.items()
        ]
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
        for command in super().get_system_commands(screen):
            if command.title == "Keys":  # ours, not Textual's panel (it squeezed the panes)
                keys = key_names(self.keys.get("help", "question_mark,f1"))
                yield SystemCommand(
                    "Keys", f"Every key, by where it works. Key: {keys}", self.action_help
                )
            elif command.title == "Quit":  # our quit: it asks while a save waits
                yield SystemCommand(
                    "Quit", f"Key: {key_names(self.keys.get('quit', 'q'))}", self.action_quit
                )
            else:
                yield command
        # The app's and the main screen's actions, and a pane's that its footer shows when
        # they work (the digest's "Open the story", "Back to the digest"), not its cursor
        # moves. Over a dialog (save as, help, log), the app's alone, as its keys: the
        # palette's "Save as…" over the save box opened a second box (a trial's).
        owners: tuple[tuple[type[DOMNode], DOMNode], ...] = (
            ((BriefingApp, self),)
            if screen is not self.main
            else (
                (BriefingApp, self),
                (MainScreen, self.main),
                (BriefingPane, self.main.query_one(BriefingPane)),
            )
        )
        for owner, node in owners:
            for binding in _bindings((owner,)):
                if binding.id in ("quit", "theme", "help"):
                    continue
                if owner is BriefingPane and not binding.show:
                    continue
                if node.check_action(binding.action.partition("(")[0], ()) is False:
                    continue  # not now: cancelling a save when none waits
                yield SystemCommand(
                    binding.description,
                    f"Key: {key_names(self.keys.get(binding.id or '', binding.key))}",
                    self._runner(binding.action, node),
                )

    def _runner(self, action: str, node: DOMNode):  # type: ignore[no-untyped-def]
        async def run() -> None:
            if isinstance(node, BriefingPane):  # shown and focused, also in tabs
                self.main.set_focus(node)
            await self.run_action(action, node)

        return run


# Where each binding works, as the help screen groups them: the app's and the main screen's
# everywhere, then the lists', then the text panes'.
_CONTEXTS: tuple[tuple[str, tuple[type[DOMNode], ...]], ...] = (
    ("Everywhere", (BriefingApp, MainScreen)),
    ("Lists", (ArticleList, EntityList)),
    ("Text panes", (ArticleView, BriefingPane)),
)


def _bindings(owners: tuple[type[DOMNode], ...]) -> list[Binding]:
    return [b for owner in owners for b in owner.BINDINGS if isinstance(b, Binding)]


def settings_problems(
    config: Config, parse_cache: Path | None = None
) -> list[tuple[str | None, str]]:
    """What the app could not apply of these settings, each with the config key it is at
    ("keys.save", "theme"; None for a theme file's own problem, which names its file): the
    key remapping (`keymap_problems`) and a theme that no theme file gives. `parse_cache`:
    where parsed files are kept."""
    import difflib

    problems, _ = keymap_problems(config.keys)
    specs, errors = load_themes(
        [paths.themes_dir(), paths.user_themes_dir()], ParsedFiles(parse_cache)
    )
    if config.theme not in specs:
        close = difflib.get_close_matches(config.theme, sorted(specs), n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"themes: {', '.join(sorted(specs))}"
        problems.append(("theme", f"theme: no theme named '{config.theme}' ({hint})"))
    return [*problems, *((None, error) for error in errors)]


def keymap_problems(keys: dict[str, str]) -> tuple[list[tuple[str | None, str]], set[str]]:
    """What is wrong with this key remapping (`keymap.keymap_problems`), over the app's
    bindings in the contexts where they work."""
    from briefing.tui import keymap

    placed = [(context, b) for context, owners in _CONTEXTS for b in _bindings(owners) if b.id]
    return keymap.keymap_problems(keys, placed)


def make_app(
    config: Config,
    *,
    sources: list[str],
    config_path: Path,
    cache_dir: Path | None = None,
    data_dir: Path | None = None,
    offline: bool = False,
) -> BriefingApp:
    """Build the app for the CLI and the tests.

    Raises:
        BriefingError: The cache or the pipeline cannot be used (reported before the app starts).
    """
    workspace = Workspace(config, cache_dir=cache_dir, data_dir=data_dir)
    return BriefingApp(
        config,
        workspace,
        sources=workspace.sources(sources),
        config_path=config_path,
        parse_cache=cache_dir,
        offline=offline,
    )
