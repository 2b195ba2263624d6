"""What the parts of `MainScreen` share: its state, declared once, and the names of keys.

The main screen is one `Screen` built from parts, each in its own module: the panes
(layout.py), the scan and the analysis (analysing.py), the briefings and saving them
(briefings.py), and the article and the filters (main.py). Each part subclasses
`ScreenState`, so each sees the state and the few methods another part gives.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget

if TYPE_CHECKING:
    import subprocess

    from textual.timer import Timer

    from briefing.config import Config
    from briefing.core.models import Resolution, Story
    from briefing.core.workspace import Workspace
    from briefing.tui.controller import Briefings

_KEY_NAMES = {
    "question_mark": "?", "slash": "/", "f1": "F1", "escape": "esc", "full_stop": ".",
}  # fmt: skip


def key_names(keys: str) -> str:
    """'question_mark,f1' as '? / F1'."""
    return " / ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


class ScreenState(Screen[None]):
    """The state `MainScreen.__init__` sets, which every part of the screen reads."""

    # A focus change restyles and repaints the widgets whose looks it changes (Screen's
    # `_update_focus_styles`); Screen's own `focused` repainted the whole screen besides,
    # every widget of it (half the CPU of an entity pick, which moves the focus).
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    config: Config
    ws: Workspace
    sources: list[str]
    config_path: Path
    problems: list[str]  # the app's problems log (l), shared with it
    scan_problems: list[str]  # the problems of the last scan's sources, in the log
    scope: str
    _auto_scope: bool  # no scope configured: the first scan picks new or article
    unread_only: bool  # the list shows unread articles only (u)
    # Articles read by resting on them since the reader last turned to the briefing: what is
    # new still tells them until then (a scan does not empty it under the reader).
    read_quietly: set[str]
    # The unread articles each `new` briefing (by its key) tells.
    news_unread: dict[str, frozenset[str]]
    filter_text: str
    entity_filter: tuple[str, set[str]] | None
    briefings: Briefings
    child: subprocess.Popen[str] | None
    child_todo: frozenset[str]  # what the running child was started to analyse
    analysis_failed: bool
    resolution: Resolution | None
    story_of: dict[str, Story]
    # A story opened from the digest (its id and articles), and the story to put the digest's
    # cursor on when coming back from it.
    opened: tuple[str, tuple[str, ...]] | None
    _return_to: str | None
    keys: dict[str, str]  # binding id -> keys, as remapped by the config
    panes_ready: bool  # the article and briefing panes are mounted (after the first frame)
    active_pane: str  # the pane with the focus (in PANES), the one shown on narrow terminals
    offline: bool  # never fetch (--offline)
    fetch_due: bool  # the next analysis child fetches the feeds and pages first
    _article_checked: float  # when analysis progress last re-read the article
    _scanned: bool  # the first scan is done: a later one leads to no analysis by itself
    rescanning: bool  # the reader's rescan (r) has not ended yet
    _to_top: bool  # the next briefing shown starts at its top (a new scope)
    _debounce: Timer | None
    _briefing_timer: Timer | None
    _read_timer: Timer | None

    if TYPE_CHECKING:  # what one part calls of another

        def scan(self, announce: bool = False) -> Any: ...  # a worker
        def build_pending(self, key: str, ids: list[str], mode: str) -> Any: ...  # a worker

        def _refresh_briefing(self, *, moved: bool = False) -> None: ...
        def _update_scope_title(self) -> None: ...
        def _show_article(self, article_id: str) -> None: ...
        def _show_entities(self, article_id: str) -> None: ...
        def _apply_filters(self) -> None: ...
        def _say_count(self) -> None: ...
        def _entity_ids(self, *, keep_current: bool = False) -> set[str] | None: ...
        async def _show_cached(self) -> None: ...

        @property
        def colours(self) -> dict[str, str]: ...
