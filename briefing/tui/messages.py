"""Messages that workers post to the app (workers never touch widgets themselves)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from briefing.core.models import IngestError
    from briefing.core.resolve import Resolution
    from briefing.core.store import ArticleSummary
    from briefing.core.stories import Story


@dataclass
class ScanDone(Message):
    """The sources were read: these articles are in the cache, `todo` still need analysis."""

    articles: list[ArticleSummary]
    todo: int
    errors: tuple[IngestError, ...]


@dataclass
class NamesReady(Message):
    """Per article, the entity names that the filter searches; one name per actor across
    all the articles; and the articles grouped into stories."""

    names: dict[str, str]
    resolution: Resolution
    stories: list[Story]


@dataclass
class AnalysisProgress(Message):
    """`done` of `total` articles are analysed."""

    done: int
    total: int


@dataclass
class AnalysisDone(Message):
    """Analysis finished; `error` says why if it failed."""

    error: str | None = None


@dataclass
class BriefingReady(Message):
    """The Markdown for one briefing scope is ready."""

    key: str
    title: str
    markdown: str
