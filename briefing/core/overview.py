"""An overview of a selection of articles: who and where they name most, and their sources.

This is what the briefing pane shows until the full briefing (bottom line, key points,
timeline) is built: every figure in it is counted from the cached analyses.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.core.models import Analysis
from briefing.core.store import ArticleSummary

ACTOR_LABELS = ("PERSON", "ORG", "NORP")
PLACE_LABELS = ("GPE", "LOC", "FAC")
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class Tally:
    """One name, its label, and how often and where it is mentioned."""

    name: str
    label: str
    mentions: int
    articles: int


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
    actors: tuple[Tally, ...]
    places: tuple[Tally, ...]
    sources: tuple[SourceRef, ...]


def surface_name(text: str, label: str) -> str:
    """The mention's name without a possessive ending or, for organisations, a leading 'the'."""
    name = _POSSESSIVE.sub("", text.strip()) if text.endswith(("'s", "’s", "'", "’")) else text
    if label == "ORG" and name.lower().startswith("the "):
        name = name[4:]
    return " ".join(name.split())


def _tally(
    analyses: Mapping[str, Analysis], labels: Sequence[str], limit: int
) -> tuple[Tally, ...]:
    mentions: Counter[tuple[str, str]] = Counter()
    where: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for article_id, analysis in analyses.items():
        for m in analysis.mentions:
            if m.label in labels:
                key = (surface_name(m.text, m.label), m.label)
                mentions[key] += 1
                where[key].add(article_id)
    ranked = sorted(mentions, key=lambda k: (-len(where[k]), -mentions[k], k[0]))
    return tuple(Tally(n, lab, mentions[(n, lab)], len(where[(n, lab)])) for n, lab in ranked)[
        :limit
    ]


def build_overview(
    title: str,
    articles: Sequence[ArticleSummary],
    analyses: Mapping[str, Analysis],
    *,
    limit: int = 12,
) -> Overview:
    """Count the actors and places of `articles` and number them as sources, oldest first."""
    ordered = sorted(articles, key=lambda a: (a.date or "9999", a.title))
    dates = [a.date for a in ordered if a.date]
    chosen = {a.id: analyses[a.id] for a in ordered if a.id in analyses}
    return Overview(
        title=title,
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        actors=_tally(chosen, ACTOR_LABELS, limit),
        places=_tally(chosen, PLACE_LABELS, limit),
        sources=tuple(
            SourceRef(n, a.date, a.title, a.source, a.url or a.path)
            for n, a in enumerate(ordered, start=1)
        ),
    )
