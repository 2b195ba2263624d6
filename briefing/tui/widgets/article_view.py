"""The article pane: the text with entity mentions highlighted, one colour per label."""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing.core.models import Analysis, Article, Mention

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the body's paragraphs."""
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(body):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(body)))
    return [(a, b) for a, b in spans if body[a:b].strip()]


class ArticleView(VerticalScroll, can_focus=True):
    """Shows one article; `next_mention`/`previous_mention` step through its highlights."""

    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="scroll_down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="scroll_up"),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.labels: tuple[str, ...] = ()
        self.colours: dict[str, str] = {}
        self.mentions: list[Mention] = []
        self.current = -1
        self._spans: list[tuple[int, int]] = []

    def show(
        self,
        article: Article | None,
        analysis: Analysis | None,
        *,
        labels: tuple[str, ...],
        colours: dict[str, str],
    ) -> None:
        """Show `article`, highlighting the mentions of `analysis` whose label is in `labels`."""
        self.article, self.analysis = article, analysis
        self.labels, self.colours = labels, colours
        self.mentions = [m for m in (analysis.mentions if analysis else ()) if m.label in labels]
        self.current = -1
        self.remove_children()
        if article is None:
            self.mount(Static("No article selected.", classes="placeholder"))
            return
        self._spans = paragraphs(article.body)
        self.mount(Static(self._header(article), classes="article-header"))
        self.mount_all(
            Static(self._paragraph(i), classes="paragraph") for i in range(len(self._spans))
        )
        self.scroll_home(animate=False)

    def recolour(self, colours: dict[str, str]) -> None:
        """Redraw the highlights in new colours (after a theme change)."""
        self.colours = colours
        for index, widget in enumerate(self.query(".paragraph").results(Static)):
            widget.update(self._paragraph(index))

    def _header(self, article: Article) -> Text:
        text = Text()
        text.append(article.title, style="bold")
        meta = [article.date or "undated", article.source, *article.credits]
        text.append("\n" + "  ·  ".join(m for m in meta if m), style="dim")
        if self.analysis is None:
            text.append("\nanalysing… highlights appear when it is done", style="italic dim")
        return text

    def _paragraph(self, index: int) -> Text:
        assert self.article is not None
        start, end = self._spans[index]
        text = Text(self.article.body[start:end])
        for number, m in enumerate(self.mentions):
            if m.start >= start and m.end <= end:
                style = Style(color=self.colours.get(m.label), bold=True)
                if number == self.current:
                    style += Style(reverse=True)
                text.stylize(style, m.start - start, m.end - start)
        return text

    def _paragraph_of(self, mention: Mention) -> int:
        return next((i for i, (a, b) in enumerate(self._spans) if a <= mention.start < b), 0)

    def _move(self, step: int) -> None:
        if not self.mentions:
            self.notify("No highlighted mentions in this article.", severity="warning")
            return
        before = self.current
        self.current = (self.current + step) % len(self.mentions)
        widgets = list(self.query(".paragraph").results(Static))
        touched = {self._paragraph_of(self.mentions[self.current])}
        if before >= 0:
            touched.add(self._paragraph_of(self.mentions[before]))
        for index in touched:
            widgets[index].update(self._paragraph(index))
        target = widgets[self._paragraph_of(self.mentions[self.current])]
        self.scroll_to_widget(target, animate=False)

    def action_next_mention(self) -> None:
        self._move(1)

    def action_previous_mention(self) -> None:
        self._move(-1)

    @property
    def current_mention(self) -> Mention | None:
        """The mention `n`/`N` last moved to."""
        return self.mentions[self.current] if 0 <= self.current < len(self.mentions) else None
