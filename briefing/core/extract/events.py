"""Events as a reader sees them: each event frame with canonical names, its date resolved
(else the article's), its sentence and article cited. The main event is `main_event.py`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.core.extract.names import clean
from briefing.core.extract.organisations import organisation_described
from briefing.core.extract.reporting import signs
from briefing.core.models import (
    Analysis,
    Article,
    Entity,
    Event,
    EventFrame,
    Mention,
    Phrase,
    Resolution,
)


def _name(phrase: Phrase | None, article_id: str, resolution: Resolution) -> str | None:
    return None if phrase is None else span_name(phrase, article_id, resolution)


def span_name(span: Phrase | Mention, article_id: str, resolution: Resolution) -> str:
    """The canonical name of the entity at this stretch of the article, else its words."""
    entity = entity_of(span, article_id, resolution)
    return entity.name if entity is not None else clean(span.text) or span.text


def entity_of(span: Phrase | Mention, article_id: str, resolution: Resolution) -> Entity | None:
    """The entity a stretch of the article names, or describes ("Police", "the ministry")."""
    return resolution.entity_at(article_id, span.start, span.end) or organisation_described(
        resolution, article_id, span.text
    )


def event_of(
    frame: EventFrame, article: Article, analysis: Analysis, resolution: Resolution
) -> Event:
    sentence = (
        analysis.sentences[frame.sentence] if frame.sentence < len(analysis.sentences) else None
    )
    where = _name(frame.where, article.id, resolution)
    who = frame.who
    if who is not None and signs(article.body, who.start, who.end):
        who = None  # "Scores killed ... By Agencies": the byline, not who did it
    from_dateline = where is None and analysis.dateline is not None
    if from_dateline and analysis.dateline is not None:
        where = analysis.dateline.text
    when = frame.when
    return Event(
        article=article.id,
        path=article.path,
        sentence=article.body[sentence.start : sentence.end] if sentence else "",
        who=_name(who, article.id, resolution),
        action=frame.action,
        whom=_name(frame.whom, article.id, resolution),
        where=where,
        where_from_dateline=from_dateline,
        when=when.text if when else None,
        when_date=when.value if when else article.date,
        when_end=when.end if when else None,
        when_granularity=when.granularity if when else ("day" if article.date else None),
        when_from_article=when is None,
        topic=frame.topic,
        said_by=_name(frame.said_by, article.id, resolution),
        kind=frame.kind,
        link=frame.link,
    )


def article_events(article: Article, analysis: Analysis, resolution: Resolution) -> list[Event]:
    """Every event of one article, in reading order."""
    return [event_of(f, article, analysis, resolution) for f in analysis.events]


def timeline(events: Sequence[Event]) -> list[Event]:
    """Dated events (dates from their sentences) in date order, then reading order."""
    dated = [e for e in events if e.when_date and not e.when_from_article]
    return sorted(dated, key=lambda e: (e.when_date or "", e.when_end or "", e.path))
