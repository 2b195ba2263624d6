"""An overview of a selection of articles: its actors and places under one name each, with
their roles and how often they are named, and the numbered sources.

This is what the briefing pane shows until the full briefing (bottom line, key points,
timeline) is built: every figure in it is counted from the cached analyses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from briefing.core.resolve import Entity, Resolution
from briefing.core.store import ArticleSummary

ACTOR_LABELS = ("PERSON", "ORG", "NORP")
PLACE_LABELS = ("GPE", "LOC", "FAC")


@dataclass(frozen=True, slots=True)
class SourceRef:
    """An article as a numbered source."""

    number: int
    date: str | None
    title: str
    source: str
    location: str


@dataclass(frozen=True, slots=True)
class Overview:
    """A selection of articles summed up by counting."""

    title: str
    first_date: str | None
    last_date: str | None
    actors: tuple[Entity, ...]
    places: tuple[Entity, ...]
    sources: tuple[SourceRef, ...]


def _ranked(resolution: Resolution, labels: Sequence[str], limit: int) -> tuple[Entity, ...]:
    chosen = [e for e in resolution.entities if e.label in labels]
    chosen.sort(key=lambda e: (-len(e.articles), -e.mentions, e.name))
    return tuple(chosen[:limit])


def build_overview(
    title: str,
    articles: Sequence[ArticleSummary],
    resolution: Resolution,
    *,
    limit: int = 12,
) -> Overview:
    """The most named actors and places of `articles`, and the articles as sources, oldest
    first."""
    ordered = sorted(articles, key=lambda a: (a.date or "9999", a.title))
    dates = [a.date for a in ordered if a.date]
    return Overview(
        title=title,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        actors=_ranked(resolution, ACTOR_LABELS, limit),
        places=_ranked(resolution, PLACE_LABELS, limit),
        sources=tuple(
            SourceRef(n, a.date, a.title, a.source, a.url or a.path)
            for n, a in enumerate(ordered, start=1)
        ),
    )
