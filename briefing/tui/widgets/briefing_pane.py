"""The briefing pane: the rendered Markdown of the current scope."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Markdown


class BriefingPane(VerticalScroll, can_focus=True):
    """Shows Markdown; re-renders only when the text really changed (it costs ~0.4 s)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.markdown = ""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Markdown("", id="briefing-markdown")

    async def show(self, markdown: str) -> None:
        """Render `markdown` unless it is what is shown already."""
        if markdown == self.markdown:
            return
        self.markdown = markdown
        await self.query_one(Markdown).update(markdown)
