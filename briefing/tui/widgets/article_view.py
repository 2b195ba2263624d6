"""The article pane: the text with entity mentions highlighted, one colour per label.

The whole article is one Rich Text in one Static: swapping articles is a single update
(PERF-NOTES: ~35 ms for 2,000 words and 150 highlights, against a mount per paragraph).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing.tui.widgets.article_list import source_of

if TYPE_CHECKING:
    from briefing.core.models import Analysis, Article, Mention

GAP = "\n\n"  # between the header and the body
# An article is shown up to this many characters of its body: laying out a 2.3 MB file of
# one line took 5 s, keys waiting (a trial's); a long article's text is a fraction of it.
SHOWN_CHARS = 100_000


class ArticleView(VerticalScroll, can_focus=True):
    """Shows one article; `action_next_mention`/`action_previous_mention` step through it."""

    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="scroll_down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="scroll_up"),
        Binding("g", "scroll_home", "Top", show=False, id="top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="bottom"),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.labels: tuple[str, ...] = ()
        self.colours: dict[str, str] = {}
        self.mentions: list[Mention] = []
        self.current = -1
        self._text = Static("", id="article-text")

    def compose(self) -> ComposeResult:
        yield self._text

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
        end = self._shown_end()
        self.mentions = [
            m for m in (analysis.mentions if analysis else ()) if m.label in labels and m.end <= end
        ]
        self.current = -1
        self._draw()
        self.scroll_home(animate=False)

    def relabel(self, analysis: Analysis) -> None:
        """The same article's mentions labelled anew (once all articles' names are known),
        drawn where the reader is."""
        if self.analysis is None:
            return
        self.analysis = analysis
        end = self._shown_end()
        mentions = [m for m in analysis.mentions if m.label in self.labels and m.end <= end]
        at = self.mentions[self.current] if 0 <= self.current < len(self.mentions) else None
        self.current = next(
            (i for i, m in enumerate(mentions) if at and (m.start, m.end) == (at.start, at.end)),
            -1,
        )  # the mention `n` stepped to, where it still is one
        self.mentions = mentions
        self._draw()

    def recolour(self, colours: dict[str, str]) -> None:
        """Redraw the highlights in new colours (after a theme change)."""
        self.colours = colours
        self._draw()

    def _header(self, article: Article) -> Text:
        text = Text()
        text.append(article.title, style="bold")
        # Its source as the list shows it (a seed's picture credit is no source: a trial).
        meta = [article.date or "undated", source_of(article), *article.credits]
        # Each once: an article read before credits were said once has "(Reuters)" twice.
        text.append("\n" + "  ·  ".join(m for m in dict.fromkeys(meta) if m), style="dim")
        if self.analysis is None:
            text.append("\nanalysing… highlights appear when it is done", style="italic dim")
        elif self.analysis.analysed_chars is not None:
            analysed = len(article.body[: self.analysis.analysed_chars].split())
            text.append(
                f"\nhighlights stop at word {analysed:,} of {article.words:,} (max_words): "
                "the rest is shown as written, not analysed",
                style="italic dim",
            )
        return text

    def _draw(self) -> None:
        target = self._text  # drawn into before it is mounted too (the pane follows the list)
        if self.article is None:
            target.update("No article selected.")
            return
        text = self._header(self.article)
        text.append(GAP)
        end = self._shown_end()
        text.append(self.article.body[self._headline_end() : end])
        for number, m in enumerate(self.mentions):
            style = Style(color=self.colours.get(m.label), bold=True)
            if number == self.current:
                style += Style(reverse=True)
            start = self._position(m, len(text))
            text.stylize(style, start, start + m.end - m.start)
        if end < len(self.article.body):
            more = len(self.article.body) - end
            text.append(
                f"\n\n… {more:,} more characters not shown: {self.article.path}",
                style="italic dim",
            )
        target.update(text)

    def _shown_end(self) -> int:
        """Where the body shown ends: all of it, or SHOWN_CHARS after its headline."""
        if self.article is None:
            return 0
        return min(len(self.article.body), self._headline_end() + SHOWN_CHARS)

    def _headline_end(self) -> int:
        """Where the body goes on after its headline, when it opens with the one the header
        shows (a news record's text does): the headline is shown once. Else 0."""
        assert self.article is not None
        title, body = self.article.title, self.article.body
        rest = body[len(title) :]
        if not title or not body.startswith(title) or rest[:1] not in ("", "\n"):
            return 0  # not a headline of its own: "Apple" of "Apple removes Telegram ..."
        return len(body) - len(rest.lstrip("\n"))

    def _position(self, mention: Mention, length: int) -> int:
        """Where `mention` starts in the drawn text (of `length` characters): in the header's
        headline when it is in the body's, else in the body after the header."""
        assert self.article is not None
        skip = self._headline_end()
        if skip and mention.end <= len(self.article.title):
            return mention.start  # the header opens with the same headline
        return length - (self._shown_end() - mention.start)

    def _line_of(self, mention: Mention) -> int:
        """The screen line (within the text) on which `mention` starts, once wrapped."""
        assert self.article is not None
        console, width = self.app.console, max(1, self.scrollable_content_region.width)
        body = self.article.body[self._headline_end() : self._shown_end()]
        shown = self._header(self.article).plain + GAP + body
        before = shown[: self._position(mention, len(shown))]
        return max(0, len(Text(before).wrap(console, width)) - 1)

    def _move(self, step: int) -> None:
        if not self.mentions:
            self.notify("No highlighted mentions in this article.", severity="warning")
            return
        self.current = (self.current + step) % len(self.mentions)
        self._draw()
        line = self._line_of(self.mentions[self.current])
        self.scroll_to(y=max(0, line - self.size.height // 3), animate=False)

    def action_next_mention(self) -> None:
        self._move(1)

    def action_previous_mention(self) -> None:
        self._move(-1)

    @property
    def current_mention(self) -> Mention | None:
        """The mention `n`/`N` last moved to."""
        return self.mentions[self.current] if 0 <= self.current < len(self.mentions) else None
