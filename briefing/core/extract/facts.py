"""Extraction's results for a selection, in one step: each article's events and main event
with canonical names, where its lead ends, and who only reports the news. The briefing reads
these and never runs extraction itself."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing.core.extract.events import article_events
from briefing.core.extract.lead import lead_end
from briefing.core.extract.main_event import main_event
from briefing.core.extract.reporting import reports
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
    return Facts(resolution, articles, reporters(items, resolution), lexicon)


def reporters(items: Sequence[tuple[Article, Analysis]], resolution: Resolution) -> frozenset[int]:
    """The entities named mostly as who reports the news, not as who acts in it: an agency
    ("(Reuters) -", "told Reuters", "Kim Kyung Hoon / Reuters"), an outlet ("The Telegraph
    reported")."""
    bodies = {article.id: article.body for article, _ in items}
    reporting: Counter[int] = Counter()
    for (article, start, end), index in resolution.by_mention.items():
        if article in bodies and reports(bodies[article], start, end):
            reporting[index] += 1
    entities = resolution.entities
    return frozenset(i for i, count in reporting.items() if 2 * count > entities[i].mentions)
