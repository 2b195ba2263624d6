"""Asks where to save the briefing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing.fileio import reason


class SaveAsScreen(ModalScreen[Path | None]):
    """A path prompt; enter saves (`write`), escape cancels. A path that exists or cannot be
    written is refused and the prompt stays, to mend the path; nothing is replaced."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel_save")]

    def __init__(
        self, suggestion: Path, write: Callable[[Path], None], where: Callable[[str], Path]
    ) -> None:
        """`write(path)` saves there, raising FileExistsError or OSError when it cannot;
        `where(typed)` is the path a typed one saves at (a folder: a file in it)."""
        super().__init__()
        self.suggestion = suggestion
        self.write = write
        self.where = where

    def compose(self) -> ComposeResult:
        with Vertical(id="save-box"):
            yield Static("Save the briefing as (Markdown):")
            yield Input(str(self.suggestion), id="save-path")
            yield Static("enter: save   escape: cancel", classes="hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            return
        path = self.where(value)
        if path.exists():
            self.notify(
                f"{path} exists already; choose another name.", severity="error", markup=False
            )
            return
        try:
            self.write(path)
        except OSError as exc:  # a folder that cannot be made, no room, no right to write
            self.notify(f"Cannot save {path}: {reason(exc)}", severity="error", markup=False)
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
