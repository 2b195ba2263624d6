"""The article list: date, source, title; filterable; a Line-API OptionList for speed."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.core.store import ArticleSummary


def source_of(summary: ArticleSummary) -> str:
    """The outlet, or the file name when the article does not say."""
    return summary.source or Path(summary.path.split("#")[0]).name


def matches(summary: ArticleSummary, names: str, words: list[str]) -> bool:
    """Whether every word of the filter occurs in the date, source, title or entity names."""
    haystack = " ".join((summary.date or "", source_of(summary), summary.title, names))
    folded = haystack.casefold()
    return all(word in folded for word in words)


class ArticleList(OptionList):
    """Articles, newest first. Posts `ArticleList.Chosen` when the cursor lands on one."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="down"),
        Binding("k", "cursor_up", "Up", show=False, id="up"),
        Binding("g", "first", "First", show=False, id="first"),
        Binding("G", "last", "Last", show=False, id="last"),
    ]

    @dataclass
    class Chosen(Message):
        """The highlighted article changed."""

        article_id: str

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.articles: list[ArticleSummary] = []
        self.shown: list[ArticleSummary] = []
        self.names: dict[str, str] = {}

    def set_articles(
        self, articles: list[ArticleSummary], text: str = "", ids: Collection[str] | None = None
    ) -> None:
        """Replace the articles, keeping the cursor on the same article where it can."""
        self.articles = articles
        self.apply_filter(text, ids)

    def apply_filter(self, text: str, ids: Collection[str] | None = None) -> None:
        """Show the articles whose text matches `text` and, if given, whose id is in `ids`."""
        current = self.current_id
        words = text.casefold().split()
        self.shown = [
            a
            for a in self.articles
            if (ids is None or a.id in ids)
            and (not words or matches(a, self.names.get(a.id, ""), words))
        ]
        self.clear_options()
        self.add_options([Option(self._prompt(a), id=a.id) for a in self.shown])
        if self.shown:
            index = next((i for i, a in enumerate(self.shown) if a.id == current), 0)
            self.highlighted = index

    def _prompt(self, summary: ArticleSummary) -> Text:
        prompt = Text(no_wrap=True, overflow="ellipsis")
        prompt.append(summary.date or "undated   ", style="dim")
        prompt.append("  ")
        prompt.append(source_of(summary)[:18], style="italic")
        prompt.append("\n")
        prompt.append(summary.title)
        return prompt

    @property
    def current_id(self) -> str | None:
        """The id of the highlighted article."""
        if self.highlighted is None or not 0 <= self.highlighted < len(self.shown):
            return None
        return self.shown[self.highlighted].id

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))
