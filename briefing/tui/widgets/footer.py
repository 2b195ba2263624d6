"""The footer: Textual's, redrawn only when the keys it shows change.

Textual's footer recomposes all its keys whenever the bindings may have changed, which is at
every focus change; ours shows the screen's keys, the same from every pane, and recomposing
them was ~35 ms of moving focus (an entity pick returns the focus to the list: ~80 ms in all
at 10,000 articles).
"""

from __future__ import annotations

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

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = shown_keys(screen)
        if shown == self._shown:
            return
        super().bindings_changed(screen)
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown  # Textual's recomposes in these conditions only
