"""Messages that workers post to the main screen (workers never touch widgets themselves).

Plain classes rather than dataclasses: five dataclasses took ~2 ms of the app's start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from briefing.core.models import ArticleSummary, IngestError, Resolution, Story
    from briefing.tui.controller import Built


class ScanDone(Message):
    """The sources were read: these articles are in the cache, `todo` (sources) still need
    analysis, `unread` are unread; `announce`: the reader asked for this scan (r), so its end
    is said."""

    def __init__(
        self,
        articles: list[ArticleSummary],
        todo: tuple[str, ...],
        errors: tuple[IngestError, ...],
        unread: set[str],
        announce: bool = False,
    ) -> None:
        super().__init__()
        self.articles = articles
        self.todo = todo
        self.errors = errors
        self.unread = unread
        self.announce = announce


class NamesReady(Message):
    """Per article, the entity names that the filter searches; one name per actor across
    all the articles; and the articles grouped into stories."""

    def __init__(self, names: dict[str, str], resolution: Resolution, stories: list[Story]) -> None:
        super().__init__()
        self.names = names
        self.resolution = resolution
        self.stories = stories


class AnalysisProgress(Message):
    """`done` of `total` articles are analysed."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total

    def can_replace(self, message: Message) -> bool:
        """A newer count makes an older one still in the queue moot."""
        return isinstance(message, AnalysisProgress)


class AnalysisNotice(Message):
    """Something the analysis child says the user should hear: a source that failed, an
    article analysed only in part."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class AnalysisDone(Message):
    """Analysis finished; `error` says why if it failed."""

    def __init__(self, error: str | None = None) -> None:
        super().__init__()
        self.error = error


class BriefingReady(Message):
    """A briefing of one scope is built (see `controller.Built`)."""

    def __init__(self, built: Built) -> None:
        super().__init__()
        self.built = built


class SavesSettled(Message):
    """No save waits any more: each was written, refused or cancelled (a question about
    quitting with one pending is moot)."""
