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
        # As in the app's lists: j/k move the row cursor, g/G go to either end.
        Binding("j", "move(1)", "Down", show=False),
        Binding("k", "move(-1)", "Up", show=False),
        Binding("g", "end(0)", "Top", show=False),
        Binding("G", "end(1)", "Bottom", show=False),
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

    def action_move(self, step: int) -> None:
        table = self.query_one(DataTable)
        if step > 0:
            table.action_cursor_down()
        else:
            table.action_cursor_up()

    def action_end(self, last: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.row_count - 1 if last else 0)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
