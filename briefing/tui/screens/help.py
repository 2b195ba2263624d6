"""The help screen: every key, as currently mapped."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static


class HelpScreen(ModalScreen[None]):
    """A table of where a key works, the key, its binding id and its action; any of escape,
    q, ? or F1 closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="close_help"),
    ]

    def __init__(self, rows: list[tuple[str, str, str, str]]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Static("Keys  (remap them with `keys:` in the config, by id)", id="help-title")
            table: DataTable[str] = DataTable(cursor_type="row", zebra_stripes=True)
            # The id before the action: at 80 columns the action's end is cut, not the id
            # that `keys:` in the config needs.
            table.add_columns("Where", "Key", "Id", "Action")
            table.add_rows(self.rows)
            yield table

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
