"""The footer: Textual's, redrawn only when the keys it shows change.

Textual's footer recomposes all its keys whenever the bindings may have changed, which is at
every focus change; ours shows the screen's keys, the same from every pane, and recomposing
them was ~35 ms of moving focus (an entity pick returns the focus to the list: ~80 ms in all
at 10,000 articles).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

Shown = tuple[tuple[str, str, str, str, bool, str], ...]


def shown_keys(screen: Screen[object]) -> Shown:
    """What a footer shows of `screen`'s bindings: each key, its action and description,
    whether it is enabled and its tooltip."""
    return tuple(
        (binding.key, binding.key_display or "", binding.action, binding.description, on, tip)
        for _, binding, on, tip in screen.active_bindings.values()
        if binding.show
    )


class KeysFooter(Footer):
    """A `Footer` that recomposes only when the keys it shows change."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: Shown | None = None  # what the keys last composed show

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = shown_keys(self.screen)  # what these keys show, as composed
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        if shown_keys(screen) != self._shown:
            super().bindings_changed(screen)
