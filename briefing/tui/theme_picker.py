"""The theme picker (`t`, and "Theme" in the palette): Textual's list of themes, the one in
use first, marked, so the picker opens on it and enter keeps it."""

from __future__ import annotations

from collections.abc import Callable

from textual.command import DiscoveryHit, Hits
from textual.theme import ThemeProvider


class ThemesInUseFirst(ThemeProvider):
    """The themes by name, the one in use first."""

    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        in_use = self.app.theme
        return sorted(super().commands, key=lambda command: command[0] != in_use)

    async def discover(self) -> Hits:
        for name, pick in self.commands:
            yield DiscoveryHit(name, pick, help="in use" if name == self.app.theme else None)
