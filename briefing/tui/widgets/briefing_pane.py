"""The briefing pane: the rendered Markdown of the current scope. A digest of many stories
has a story cursor: j/k move it, enter opens the story's briefing, backspace comes back."""

from __future__ import annotations

import re

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget


class BriefingPane(VerticalScroll, can_focus=True):
    """Shows Markdown; re-renders only when the text really changed (it costs ~0.4 s)."""

    # A text pane: j/k scroll, g/G go to either end (the ids the article pane uses). In a
    # digest j/k move the story cursor, as in the lists (their ids): `check_action` picks.
    BINDINGS = [
        Binding("j,down", "story(1)", "Next story", show=False, id="down"),
        Binding("k,up", "story(-1)", "Previous story", show=False, id="up"),
        Binding("j", "scroll_down", "Scroll down", show=False, id="scroll_down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="scroll_up"),
        Binding("g", "scroll_home", "Top", show=False, id="top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="bottom"),
        # In the footer while they work (a digest shown, a story opened from one).
        Binding("enter", "open_story", "Open the story", id="open_story"),
        Binding("backspace", "back", "Back to the digest", id="back"),
    ]

    class OpenStory(Message):
        """The user asked for the briefing of this digest story."""

        def __init__(self, pane: BriefingPane, story: str, members: tuple[str, ...]) -> None:
            super().__init__()
            self.pane = pane
            self.story = story
            self.members = members

        @property
        def control(self) -> BriefingPane:
            return self.pane

    class Back(Message):
        """The user asked to go back to the digest."""

        def __init__(self, pane: BriefingPane) -> None:
            super().__init__()
            self.pane = pane

        @property
        def control(self) -> BriefingPane:
            return self.pane

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.markdown = ""
        # The digest's stories told, in order, with their articles; empty for a briefing.
        self.stories: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self.told = 0  # the first `told` stories have a heading; the others a line each
        self.cursor = 0
        self.can_go_back = False  # a story opened from a digest is shown

    async def show(
        self,
        markdown: str,
        stories: tuple[tuple[str, tuple[str, ...]], ...] = (),
        *,
        told: int | None = None,
    ) -> None:
        """Render `markdown` unless it is what is shown already; `stories` when a digest, the
        first `told` of them (all by default) told under a heading, the others a line each
        under "Other stories"."""
        if not self.is_attached:  # a briefing that comes while the app closes (trial G)
            return
        self.told = len(stories) if told is None else told
        if stories != self.stories:  # (the same digest rebuilt: the cursor on its story)
            current = self.current_story
            self.stories = stories
            ids = [s for s, _ in stories]
            self.cursor = ids.index(current) if current in ids else 0
        self.refresh_bindings()  # enter and backspace work or not (the footer says)
        if markdown != self.markdown:
            self.markdown = markdown
            from textual.widgets import Markdown  # ~35 ms of imports: not before first paint

            found = self.query(Markdown)
            if found:
                await found.first().update(compact_sources(markdown))
            else:
                await self.mount(Markdown(compact_sources(markdown), id="briefing-markdown"))
        self._mark_cursor(scroll=False)

    @property
    def current_story(self) -> str | None:
        """The id of the digest story under the cursor."""
        return self.stories[self.cursor][0] if self.stories else None

    def select_story(self, story: str) -> None:
        """Put the cursor on this story (coming back from it)."""
        ids = [s for s, _ in self.stories]
        if story in ids:
            self.cursor = ids.index(story)
            self._mark_cursor(scroll=False)
            # Scrolled once the digest just shown is laid out: before, its headings have
            # no place yet (it stayed where the story was left).
            self.call_after_refresh(self._mark_cursor, scroll=True)

    def _headings(self) -> list[Widget]:
        """Where each story is: a top story's heading of level 2 ("## 1. title"), then each
        other story's line in the list under the heading that follows them."""
        found = self.query("Markdown")
        if not found:
            return []
        blocks = list(found.first().children)
        levels = [n for n, block in enumerate(blocks) if type(block).__name__ == "MarkdownH2"]
        targets = [blocks[n] for n in levels[: self.told]]
        others = len(self.stories) - self.told
        if others > 0 and len(levels) > self.told:  # "## Other stories", then its list
            after = levels[self.told] + 1
            if after < len(blocks) and type(blocks[after]).__name__ == "MarkdownBulletList":
                targets += list(blocks[after].children)[:others]
        return targets

    def on_resize(self) -> None:
        """The story under the cursor stays in view when the pane is resized (its text
        wraps anew, and the story drifted out of the pane, where enter still opened it)."""
        if self.stories:
            self.call_after_refresh(self._keep_cursor_in_view)

    def _keep_cursor_in_view(self) -> None:
        headings = self._headings()
        if self.cursor < len(headings):
            self.scroll_to_widget(headings[self.cursor], animate=False)

    def _mark_cursor(self, *, scroll: bool) -> None:
        headings = self._headings()
        for n, heading in enumerate(headings):
            heading.set_class(n == self.cursor, "-cursor")
        if scroll and self.cursor < len(headings):
            self.scroll_to_widget(headings[self.cursor], animate=False, top=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("story", "open_story"):
            return bool(self.stories)
        if action == "back":
            return self.can_go_back
        return True

    def to_top(self) -> None:
        """At its top, the story cursor on the first story (a new scope: a digest shown
        again keeps its cursor on its story, `show`)."""
        self.cursor = 0
        self._mark_cursor(scroll=False)
        self.scroll_home(animate=False)

    def action_story(self, step: int) -> None:
        self.cursor = max(0, min(self.cursor + step, len(self.stories) - 1))
        self._mark_cursor(scroll=True)

    def action_scroll_home(self) -> None:
        """To the top; in a digest the story cursor goes to the first story."""
        if self.stories:
            self.cursor = 0
            self._mark_cursor(scroll=False)
        super().action_scroll_home()

    def action_scroll_end(self) -> None:
        """To the end; in a digest the story cursor goes to the last story."""
        if self.stories:
            self.cursor = len(self.stories) - 1
            self._mark_cursor(scroll=False)
        super().action_scroll_end()

    def action_open_story(self) -> None:
        story, members = self.stories[self.cursor]
        # Back works from now on, not once the message is handled: "enter" and "backspace"
        # typed at once had left the story open, the back key unheard (trial E).
        self.can_go_back = True
        self.post_message(self.OpenStory(self, story, members))

    def action_back(self) -> None:
        self.post_message(self.Back(self))


_SOURCES = "\n## Sources\n\n"
_NUMBERED = re.compile(r"^(\d+)\. ", re.MULTILINE)


def compact_sources(markdown: str) -> str:
    """The Markdown as the pane renders it: its numbered sources one paragraph of lines, not
    a list. Textual mounts four widgets per list item: a digest's 35 sources took half its
    ~0.5 s render, the keys waiting meanwhile. Saved briefings keep the list."""
    head, found, sources = markdown.partition(_SOURCES)
    if not found:
        return markdown
    lines = _NUMBERED.sub(r"\1\\. ", sources.strip()).split("\n")
    return head + found + "\\\n".join(lines) + "\n"
