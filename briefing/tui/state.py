"""What the parts of `BriefingApp` share: its state, declared once, and the names of keys.

The app is one `App` built from parts, each in its own module: the panes (layout.py), the
scan and the analysis (analysing.py), the briefings and saving them (briefings.py), and the
article, the filters, help and the palette (app.py). Each part subclasses `AppState`, so
each sees the state and the few methods another part gives.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App

if TYPE_CHECKING:
    import subprocess

    from textual.timer import Timer

    from briefing.config import Config
    from briefing.core.models import Resolution, Story
    from briefing.core.workspace import Workspace
    from briefing.tui.messages import BriefingReady

_KEY_NAMES = {"question_mark": "?", "slash": "/", "f1": "F1", "escape": "esc"}


def key_names(keys: str) -> str:
    """'question_mark,f1' as '? / F1'."""
    return " / ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


class AppState(App[None]):
    """The state `BriefingApp.__init__` sets, which every part of the app reads."""

    config: Config
    ws: Workspace
    sources: list[str]
    config_path: Path
    problems: list[str]
    startup_notes: list[str]
    scope: str
    filter_text: str
    entity_filter: tuple[str, set[str]] | None
    briefings: dict[str, BriefingReady]  # scope key -> the briefing built for it last
    building: str | None  # the scope key whose briefing is being built
    # Saves asked for before their briefing was built of analysed articles: the scope key,
    # its article ids, and the save.
    pending: list[tuple[str, list[str], Callable[[str, str], None]]]
    current_key: str
    child: subprocess.Popen[str] | None
    analysis_failed: bool
    resolution: Resolution | None
    story_of: dict[str, Story]
    _article_checked: float  # when analysis progress last re-read the article
    _to_top: bool  # the next briefing shown starts at its top (a new scope)
    _debounce: Timer | None
    _briefing_timer: Timer | None

    if TYPE_CHECKING:  # what one part calls of another

        def scan(self) -> Any: ...  # a worker
        def build_pending(self, key: str, ids: list[str]) -> Any: ...  # a worker

        def _refresh_briefing(self) -> None: ...
        def _update_scope_title(self) -> None: ...
        def _show_article(self, article_id: str) -> None: ...
        def _show_entities(self, article_id: str) -> None: ...
        def _apply_filters(self) -> None: ...
        def _entity_ids(self) -> set[str] | None: ...
