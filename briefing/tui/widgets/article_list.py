"""The article list: date, source, title; filterable.

A Line-API widget: it renders only the rows on screen, so first paint and each key press cost
the same for 20 articles or 10,000 (PERF-NOTES: ListView needs 35 s at 10,000 items, and an
OptionList still ~0.74 s to build its options).
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Collection
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.printable import printable

if TYPE_CHECKING:
    from briefing.core.models import Article, ArticleSummary

ROW_HEIGHT = 2  # date and source on the first line, the title on the second


def source_of(summary: ArticleSummary | Article) -> str:
    """The outlet, or the file name when the article does not say (made safe to show)."""
    return summary.source or printable(os.path.basename(summary.path.split("#")[0]))


def matches(summary: ArticleSummary, names: str, words: list[str]) -> bool:
    """Whether every word of the filter begins a word of the date, source, title or entity
    names ("erie" is not in "World Series", "2017-11" is in 2017-11-27; a filter word that
    begins with a sign, anywhere)."""
    haystack = " ".join((summary.date or "", source_of(summary), summary.title, names))
    folded = haystack.casefold()
    return all(_begins_a_word(folded, word) for word in words)


def _begins_a_word(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` where no letter or digit runs on into it from before;
    in scripts written without spaces between words (Chinese, Japanese), anywhere."""
    at = text.find(word)  # (no word-boundary regex: a key press filters 10,000 rows)
    while at > 0 and _in_word(text[at - 1]) and _in_word(word[0]):
        at = text.find(word, at + 1)
    return at >= 0


def _in_word(char: str) -> bool:
    return char.isalnum() and unicodedata.east_asian_width(char) not in ("W", "F")


_BOLD = Style(bold=True)


class ArticleList(ScrollView, can_focus=True):
    """Articles, newest first. Posts `ArticleList.Chosen` when the cursor lands on one."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="up"),
        Binding("g,home", "first", "First", show=False, id="first"),
        Binding("G,end", "last", "Last", show=False, id="last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="page_up"),
    ]
    COMPONENT_CLASSES = {"article-list--cursor", "article-list--meta"}
    DEFAULT_CSS = """
    ArticleList { overflow-x: hidden; }
    ArticleList > .article-list--cursor { background: $primary 30%; text-style: bold; }
    ArticleList:focus > .article-list--cursor { background: $primary 55%; }
    ArticleList > .article-list--meta { color: $text-muted; }
    """

    highlighted: reactive[int | None] = reactive(None, always_update=True, repaint=False)

    class Chosen(Message):
        """The highlighted article changed."""

        def __init__(self, listing: ArticleList, article_id: str) -> None:
            super().__init__()
            self.listing = listing
            self.article_id = article_id

        @property
        def control(self) -> ArticleList:
            return self.listing

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.articles: list[ArticleSummary] = []
        self.shown: list[ArticleSummary] = []
        self.names: dict[str, str] = {}
        self.story_sizes: dict[str, int] = {}
        self.unread: set[str] = set()  # marked with a dot and a bold title
        self._announced: str | None = None
        self.reader_moved = False  # the reader moved the cursor (a key, a click, a filter)
        # Rendered rows by (article as listed, part, under the cursor, focused and under it,
        # width): an article whose title or date changes is drawn anew;
        # a key press scrolls the list a row, and all but the two rows that changed come
        # from here; so do the rows a filter or a focus change leaves as they were.
        self._lines: LRUCache[tuple[ArticleSummary, int, bool, bool, int], Strip] = LRUCache(1024)
        # The looks those rows were rendered in (list, date line, cursor), with and without
        # the focus.
        self._looks: dict[bool, tuple[Style, Style, Style]] = {}
        self._restyled = True

    # Data -------------------------------------------------------------------------------

    def set_articles(
        self, articles: list[ArticleSummary], text: str = "", ids: Collection[str] | None = None
    ) -> None:
        """Replace the articles, keeping the cursor on the same article where it can; until
        the reader moves it (a key, a click, a filter), on the newest row (articles a scan
        or a feed brings above it: a trial's start left it on row 18, then read it)."""
        on_top = self.highlighted == 0 and not self.reader_moved
        self.articles = articles
        self.apply_filter(text, ids)
        if on_top and self.shown:
            self.highlighted = 0

    def apply_filter(self, text: str, ids: Collection[str] | None = None) -> None:
        """Show the articles whose text matches `text` and, if given, whose id is in `ids`."""
        if text.strip() or ids is not None:
            self.reader_moved = True  # a filter the reader set: they chose where to be
        at = self.highlighted
        current = self.shown[at] if at is not None and 0 <= at < len(self.shown) else None
        words = text.casefold().split()
        if not words:  # an entity picked: one set lookup a row (10,000 rows in a key press)
            self.shown = list(self.articles) if ids is None else [
                a for a in self.articles if a.id in ids
            ]  # fmt: skip
        else:
            self.shown = [
                a
                for a in self.articles
                if (ids is None or a.id in ids) and matches(a, self.names.get(a.id, ""), words)
            ]
        self._size_virtual()
        # The same row where the filter changed (found by identity: a scan reads no row),
        # else the same article among new rows (articles read again).
        index = next((i for i, a in enumerate(self.shown) if a is current), None)
        if index is None and current is not None:
            index = next((i for i, a in enumerate(self.shown) if a.id == current.id), 0)
        self.highlighted = (index or 0) if self.shown else None
        self.refresh()

    def set_story_sizes(self, sizes: dict[str, int]) -> None:
        """How many articles each article's story holds (shown when more than one)."""
        self.story_sizes = sizes
        self._lines.clear()
        self.refresh()

    def set_unread(self, ids: set[str]) -> None:
        """Which articles are unread (their rows are marked)."""
        if ids != self.unread:
            self.unread = set(ids)
            self._lines.clear()
            self.refresh()

    def next_unread(self) -> bool:
        """Move the cursor to the next unread article shown (wrapping); False if none."""
        count = len(self.shown)
        start = self.highlighted if self.highlighted is not None else -1
        for step in range(1, count + 1):
            index = (start + step) % count
            if self.shown[index].id in self.unread:
                self.reader_moved = True
                self.highlighted = index
                return True
        return False

    @property
    def current_id(self) -> str | None:
        """The id of the highlighted article."""
        if self.highlighted is None or not 0 <= self.highlighted < len(self.shown):
            return None
        return self.shown[self.highlighted].id

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        if new is None:
            return
        # Repaint just the two rows that changed; scrolling repaints the rest when needed.
        for row in (old, new):
            if row is not None:
                self.refresh_lines(row * ROW_HEIGHT, ROW_HEIGHT)
        self._show_cursor()
        current = self.current_id
        if current is not None and current != self._announced:
            self._announced = current
            self.post_message(self.Chosen(self, current))

    # Keys and mouse ----------------------------------------------------------------------

    def _move_to(self, index: int) -> None:
        if self.shown:
            self.reader_moved = True
            self.highlighted = max(0, min(index, len(self.shown) - 1))

    def action_cursor_down(self) -> None:
        self._move_to((self.highlighted or 0) + 1)

    def action_cursor_up(self) -> None:
        self._move_to((self.highlighted or 0) - 1)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self.shown) - 1)

    def action_page_down(self) -> None:
        self._move_to((self.highlighted or 0) + max(1, self.size.height // ROW_HEIGHT))

    def action_page_up(self) -> None:
        self._move_to((self.highlighted or 0) - max(1, self.size.height // ROW_HEIGHT))

    def on_click(self, event: events.Click) -> None:
        self._move_to((event.y + int(self.scroll_offset.y)) // ROW_HEIGHT)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._restyled = True  # the rows' looks are checked before the next row is drawn

    def _check_looks(self) -> None:
        """Rows rendered in the old looks are dropped when the looks change (a theme): not
        when the focus comes or goes, which changes the border and the cursor's row alone
        (that row's key says whether the list had the focus)."""
        self._restyled = False
        cursor = self.get_component_styles("article-list--cursor").rich_style
        meta = self.get_component_rich_style("article-list--meta")
        look = (self.rich_style, meta)
        known = self._looks.get(self.has_focus)
        if (known is not None and known != (*look, cursor)) or any(
            seen[:2] != look for seen in self._looks.values()
        ):
            self._lines.clear()
            self._looks.clear()
        self._looks[self.has_focus] = (*look, cursor)

    def on_resize(self) -> None:
        self._size_virtual()
        self._show_cursor()  # a terminal resized, a pane shown again as a tab

    def _size_virtual(self) -> None:
        """The list's height: its rows, and a blank line when the pane's height is odd, so a
        list scrolled to its end still starts with an article's date line."""
        rows = len(self.shown) * ROW_HEIGHT
        height = rows + (self.size.height % ROW_HEIGHT if rows else 0)
        # As wide as the rows: the pane less the scrollbar these rows will need, not the one
        # shown now (sixty rows after ten, sized before their scrollbar came, scrolled
        # sideways by its width).
        region = self.scrollable_content_region
        full = region.width + self.scrollbar_size_vertical
        bar = self.styles.scrollbar_size_vertical if height > region.height else 0
        self.virtual_size = Size(max(full - bar, 0), height)

    def _show_cursor(self) -> None:
        """Scroll the least that shows the cursor's article, the first line shown an
        article's first (scrolled to show a row at its foot, a pane of odd height began
        with a title, its date line above the pane)."""
        if self.highlighted is None or not self.size.height:
            return
        top, height = int(self.scroll_offset.y), self.size.height
        start = self.highlighted * ROW_HEIGHT
        if start < top:
            top = start
        elif start + ROW_HEIGHT > top + height:
            top = start + ROW_HEIGHT - height
        top = -(-top // ROW_HEIGHT) * ROW_HEIGHT  # down to the next date line: still shown
        if top != int(self.scroll_offset.y):
            self.scroll_to(y=top, animate=False, force=True)

    # Rendering ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index, part = divmod(y + int(self.scroll_offset.y), ROW_HEIGHT)
        if self._restyled:
            self._check_looks()
        if index >= len(self.shown):
            return Strip.blank(width, self.rich_style)
        summary = self.shown[index]
        under = index == self.highlighted
        key = (summary, part, under, under and self.has_focus, width)
        cached = self._lines.get(key)
        if cached is not None:  # most rows of a scroll: their style is not worked out again
            return cached
        base = self.rich_style
        # The cursor's background is a share of $primary over the list's (30%, or 55% when
        # the list has focus): the whole style, blended, and read afresh (Textual's cache of
        # component styles does not follow focus).
        cursor = self.get_component_styles("article-list--cursor").rich_style
        # The date line's colour alone, its share of the text blended over the list's
        # background (a partial style dropped the share: white on a light theme's grey).
        meta = Style(color=self.get_component_rich_style("article-list--meta").color)
        style = base + cursor if under else base
        if part == 0:
            line = f" {summary.date or 'undated':<10}  {source_of(summary)}"
            size = self.story_sizes.get(summary.id, 1)
            if size > 1:
                line = f" {summary.date or 'undated':<10}  ◆{size}  {source_of(summary)}"
            segments = [Segment(line, style + meta)]
        elif summary.id in self.unread:
            segments = [Segment(f"●{summary.title}", style + _BOLD)]
        else:
            segments = [Segment(f" {summary.title}", style)]
        strip = Strip(segments).crop_extend(0, width, style).simplify()
        self._lines[key] = strip
        return strip
