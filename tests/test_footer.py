"""The footer is recomposed when the keys it shows change, not at every focus change."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Static

from briefing.tui.widgets.footer import KeysFooter
from tests.conftest import SIZE, build, ready


class Plain(Static, can_focus=True):
    BINDINGS = [Binding("y", "noop", "Hidden", show=False)]


class Keyed(Static, can_focus=True):
    BINDINGS = [Binding("x", "noop", "Ex", show=True)]


class Panes(App[None]):
    BINDINGS = [Binding("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Plain("one", id="one")
        yield Plain("two", id="two")
        yield Keyed("three", id="three")
        yield KeysFooter()


def keys(app: App[None]) -> list[Widget]:
    return list(app.query("FooterKey"))


def descriptions(app: App[None]) -> list[str]:
    """The keys' descriptions, the command palette's left out."""
    shown = [str(getattr(k, "description", "")) for k in keys(app)]
    return sorted(d for d in shown if d != "palette")


async def test_the_footer_follows_the_keys_shown_not_each_focus_change() -> None:
    app = Panes()
    async with app.run_test() as pilot:
        app.query_one("#one").focus()
        await pilot.pause()
        first = keys(app)
        assert descriptions(app) == ["Quit"]
        app.query_one("#two").focus()  # the same keys shown: the same footer keys
        await pilot.pause()
        assert keys(app) == first
        app.query_one("#three").focus()  # a key more
        await pilot.pause()
        assert descriptions(app) == ["Ex", "Quit"]
        app.query_one("#one").focus()  # and gone again
        await pilot.pause()
        assert descriptions(app) == ["Quit"]


async def test_moving_between_the_app_panes_keeps_the_footer(
    warm_cache: Path, tmp_path: Path
) -> None:
    app = build(warm_cache, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        first = keys(app)
        assert "Scope" in descriptions(app)
        for _ in range(4):  # list, article, entities, briefing
            await pilot.press("tab")
            assert keys(app) == first
