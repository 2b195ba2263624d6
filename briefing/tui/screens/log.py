"""The log: every file that could not be read, and why."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import RichLog, Static


class LogScreen(ModalScreen[None]):
    """One line per problem, file first; escape closes."""

    BINDINGS = [Binding("escape,q,l", "close", "Close", id="close_log")]

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(id="log-box"):
            yield Static(f"Problems ({len(self.lines)})", id="log-title")
            # Wrapped to the box (at 80 columns it is narrower than RichLog's 78-column
            # default minimum, which cut each line at the box's edge).
            log = RichLog(wrap=True, markup=False, highlight=False, min_width=1)
            yield log

    def on_mount(self) -> None:
        log = self.query_one(RichLog)
        for line in self.lines or ["Nothing went wrong."]:
            log.write(line)

    def action_close(self) -> None:
        self.dismiss(None)
