"""Stories as they are told: a story's title and actors from its members, and the stories of a
selection, each limited to the articles it holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing.core.models import Story
from briefing.core.similarity import add, dot
from briefing.core.sources.text import is_cut
from briefing.core.store.story_book import Member, StoryBook


def summarise(members: Sequence[Member]) -> tuple[str, tuple[str, ...]]:
    """A story's title and actors, from these members: the title of the member most similar
    to them all (ties: the shorter title, then the older), among those with a headline of
    their own when any has (not one cut short: a lead made a title, "...visiting India…",
    or a site's "...girl who punched..."); the names they share most."""
    total: dict[str, float] = {}
    names: Counter[str] = Counter()
    for m in members:
        add(total, m.words)
        names.update(m.names.keys())
    ordered = sorted(members, key=lambda m: (m.date or "", m.article))
    headed = [m for m in ordered if not is_cut(m.title)]
    central = max(
        headed or ordered,
        key=lambda m: (
            round(dot(m.words, total) + sum(names[x] for x in m.names) / len(members), 9),
            -len(m.title),
        ),
    )
    # Ties broken by name: the same articles give the same story, whatever the hash seed.
    return central.title, tuple(sorted(names, key=lambda x: (-names[x], x))[:5])


def stories_of(book: StoryBook, ids: Sequence[str]) -> list[Story]:
    """The stories holding these articles, each limited to them, largest first: a story
    only partly among them takes its title and actors from those it holds."""
    with book.snapshot():  # one state, whatever a writer commits meanwhile
        return _stories_of(book, ids)


def _stories_of(book: StoryBook, ids: Sequence[str]) -> list[Story]:
    placed: dict[str, list[tuple[str, str | None, str]]] = {}
    for article, story, day, path in book.placed(ids):
        placed.setdefault(story, []).append((article, day, path))
    known = book.summaries(placed)
    found = []
    for story, rows in placed.items():
        if story not in known:
            continue
        size, title, actors = known[story]
        if len(rows) < size:
            title, actors = summarise(book.of_articles([article for article, _, _ in rows]))
        rows.sort(key=lambda r: (r[1] or "", r[0]))
        days = sorted(day for _, day, _ in rows if day)
        found.append(
            Story(
                id=story,
                title=title,
                first_date=days[0] if days else None,
                last_date=days[-1] if days else None,
                articles=tuple(article for article, _, _ in rows),
                paths=tuple(path for _, _, path in rows),
                actors=actors,
            )
        )
    found.sort(key=lambda s: (-len(s.articles), s.first_date or "", s.id))
    return found
