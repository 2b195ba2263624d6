"""Extraction's results for a selection, in one step: each article's events and main event
with canonical names, where its lead ends, and who only reports the news. The briefing reads
these and never runs extraction itself."""

from __future__ import annotations

from collections.abc import Sequence

from briefing.core.extract.events import article_events
from briefing.core.extract.lead import lead_end
from briefing.core.extract.main_event import main_event
from briefing.core.models import Analysis, Article, ArticleFacts, Facts, Resolution
from briefing.core.words import merged


def selection_facts(items: Sequence[tuple[Article, Analysis]], resolution: Resolution) -> Facts:
    """The facts of these articles, their actors named by `resolution`."""
    articles = {
        article.id: ArticleFacts(
            events=tuple(article_events(article, analysis, resolution)),
            main_event=main_event(article, analysis, resolution),
            lead_end=lead_end(analysis, article.body),
        )
        for article, analysis in items
    }
    lexicon = merged(analysis.lemmas for _, analysis in items)
    return Facts(resolution, articles, lexicon)
