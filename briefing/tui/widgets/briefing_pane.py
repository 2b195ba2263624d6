"""The briefing pane: the rendered Markdown of the current scope."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll


class BriefingPane(VerticalScroll, can_focus=True):
    """Shows Markdown; re-renders only when the text really changed (it costs ~0.4 s)."""

    # A text pane: j/k scroll, g/G go to either end (the ids the article pane uses).
    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="scroll_down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="scroll_up"),
        Binding("g", "scroll_home", "Top", show=False, id="top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="bottom"),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.markdown = ""

    async def show(self, markdown: str) -> None:
        """Render `markdown` unless it is what is shown already."""
        if markdown == self.markdown:
            return
        self.markdown = markdown
        from textual.widgets import Markdown  # ~35 ms of imports: not before first paint

        found = self.query(Markdown)
        if found:
            await found.first().update(markdown)
        else:
            await self.mount(Markdown(markdown, id="briefing-markdown"))
