"""Stories and what they say, for the facade (`Workspace.stories`, `summary`, `news`):
every analysed article placed in a stored story as it arrives, a selection's stories, and
the briefing or digest a selection calls for."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from briefing.core.models import Analysis, Article, Briefing, Digest, Resolution, Story
    from briefing.core.stories.grouping import Grouper
    from briefing.core.workspace import Workspace


CHUNK = 1000  # articles placed per write transaction (others may write in between)


def stories(
    ws: Workspace, ids: Sequence[str], *, resolution: Resolution | None = None
) -> list[Story]:
    """The stories of these articles, each limited to them, largest first, once every
    analysed article of the cache is placed (`update`). `resolution`: the caller's, if it
    has one of these articles already."""
    update(ws, resolution=resolution)
    return remembered(ws, ids)


def remembered(ws: Workspace, ids: Sequence[str]) -> list[Story]:
    """The stories of these articles as last placed, without placing any (no analysis is
    read): what a front end shows at once."""
    from briefing.core.stories.told import stories_of

    found = stories_of(ws.store.story_book, ids)
    if not ws.found_in:
        return found
    # A story's articles, at the files this workspace's scan found them in.
    here = ws.found_in
    return [
        dataclasses.replace(
            s, paths=tuple(here.get(a, p) for a, p in zip(s.articles, s.paths, strict=True))
        )
        for s in found
    ]


class Placed(NamedTuple):
    """What `update` did: articles placed, candidate stories examined for them."""

    articles: int = 0
    examined: int = 0


def update(ws: Workspace, *, resolution: Resolution | None = None) -> Placed:
    """Place every analysed article of the cache that no story holds, and again those
    analysed anew (articles gone leave their stories). When the code or the extraction
    changed since the stories were grouped, they are grouped anew (`_anew`) once every
    article of the workspace has an analysis of the current extraction (a workspace that
    has not read its sources, as the app's threads that tell, waits for every article the
    stories hold). `resolution`: the caller's, if it has one of the articles already."""
    from briefing.core.stories.grouping import regroup, regroup_due

    book = ws.store.story_book
    generation, stored = _generation(ws), book.generation()
    # After new extraction code, the old stories serve (taking in what arrives) until every
    # article of the workspace is analysed anew (others may never be); new grouping code
    # alone groups them anew at once.
    waiting = (
        stored is not None
        and stored.rsplit(":", 1)[0] != ws.fingerprint
        and ws.store.awaiting_analysis(ws.fingerprint, ws.ids or list(book.analyses()))
    )
    if stored != generation and not waiting:
        done = _anew(ws, generation, resolution)
    else:
        done = _arrived(ws, resolution)
    if regroup_due(book):
        with ws.store.transaction():
            if regroup_due(book):  # (another process may have just done it)
                stamps = book.analyses()
                items = ws.loaded(list(stamps))
                regroup(book, [(a, x, stamps[a.id]) for a, x in items], ws.resolution(items))
    return done


def _anew(ws: Workspace, generation: str, resolution: Resolution | None) -> Placed:
    """Group every analysed article anew, in one transaction: until it ends, other
    connections read the old stories, and if it fails they stay."""
    from briefing.core.stories.grouping import Grouper

    book = ws.store.story_book
    with ws.store.transaction():
        if book.generation() == generation:
            return Placed()  # another process just did it
        book.reset(generation)
        pending = book.pending(ws.fingerprint)
        book.grouped_at_once(len(pending))  # (a batch: no regrouping due)
        grouper = Grouper(book)
        placed = sum(
            _place(ws, grouper, pending[i : i + CHUNK], resolution)
            for i in range(0, len(pending), CHUNK)
        )
        return Placed(placed, grouper.examined)


def _arrived(ws: Workspace, resolution: Resolution | None) -> Placed:
    """Place the articles analysed since the last update, CHUNK in each transaction (others
    may write in between)."""
    from briefing.core.stories.grouping import Grouper

    book = ws.store.story_book
    placed = examined = 0
    while True:
        with ws.store.transaction():
            grouper = Grouper(book)
            changed = book.changed()
            if changed:
                grouper.forget(changed)
            pending = book.pending(ws.fingerprint)
            added = _place(ws, grouper, pending[:CHUNK], resolution)
        placed += added
        examined += grouper.examined
        if len(pending) <= CHUNK or not added:
            return Placed(placed, examined)


def _place(
    ws: Workspace,
    grouper: Grouper,
    chunk: Sequence[tuple[str, int]],
    resolution: Resolution | None,
) -> int:
    """Place these (article, analysis stamp) in stories; how many could be (an analysis
    that cannot be read is left out)."""
    if not chunk:
        return 0
    stamps = dict(chunk)
    items = ws.loaded(list(stamps))
    known = resolution is not None and all(
        a.id in resolution.by_article or not x.mentions for a, x in items
    )
    grouper.add(
        [(a, x, stamps[a.id]) for a, x in items], resolution if known else ws.resolution(items)
    )
    return len(items)


def _generation(ws: Workspace) -> str:
    from briefing.core.analysis.pipeline import grouping_hash

    return f"{ws.fingerprint}:{grouping_hash()}"


def briefing(ws: Workspace, ids: Sequence[str]) -> Briefing:
    """The briefing of these articles as one story, titled as the story of these articles
    is (`grouping.summarise` over them, once each analysed article is placed)."""
    from briefing.core.stories.told import summarise

    update(ws)
    members = ws.store.story_book.of_articles(list(ids))
    story = summarise(members)[0] if members else None
    return kept_briefing(ws, ws.loaded(ids), story=story)


def summary(ws: Workspace, ids: Sequence[str]) -> Briefing | Digest:
    """The briefing of the articles' story when they tell one, else their digest."""
    from briefing.core.brief.digest import STORY_POINTS

    grouped = stories(ws, ids)
    if len(grouped) <= 1:
        return kept_briefing(ws, ws.loaded(ids), story=grouped[0].title if grouped else None)
    return _digest(ws, grouped, points=STORY_POINTS)


def news(ws: Workspace, ids: Sequence[str], told: Collection[str] | None = None) -> Digest:
    """The digest of the stories with unread articles (each with what they add); `told`:
    the articles to tell as unread, else those unread now."""
    from briefing.core.brief.build import MAX_POINTS
    from briefing.core.brief.digest import build_digest

    unread = ws.unread(ids) if told is None else set(told) & set(ids)
    with_unread = [s for s in stories(ws, ids) if unread & set(s.articles)]
    if not with_unread:
        return build_digest([], [], {}, unread=set())
    # All of each story's points: what is new may be beyond the first few.
    return _digest(ws, with_unread, points=MAX_POINTS, unread=unread)


def _digest(
    ws: Workspace,
    grouped: Sequence[Story],
    *,
    points: int,
    unread: set[str] | None = None,
) -> Digest:
    """The digest of these stories: the top `digest_stories` told by a briefing of their
    newest TOLD_ARTICLES selected articles (`points` key points at most), the others named.
    Only those articles' analyses are read; the others need their listing data alone."""
    from briefing.core.brief.digest import TOLD_ARTICLES, build_digest, rank

    here = ws.found_in  # (each article at the file this workspace's scan found it in)
    articles = {
        s.id: dataclasses.replace(s, path=here.get(s.id, s.path))
        for s in ws.store.summaries([a for story in grouped for a in story.articles])
    }
    ranked = rank(grouped, articles)
    briefings = [
        kept_briefing(
            ws, ws.loaded(list(story.articles[-TOLD_ARTICLES:])), story=story.title, points=points
        )
        for story in ranked[: ws.config.digest_stories]
    ]
    return build_digest(ranked, briefings, articles, unread=unread)


def kept_briefing(
    ws: Workspace,
    items: Sequence[tuple[Article, Analysis]],
    *,
    story: str | None,
    points: int | None = None,
) -> Briefing:
    """The briefing of these articles (`build_briefing`, `points` key points at most), read
    from the cache when one was told from the very same: the articles (every field, their
    text too), their analyses (the fingerprint), what every article analysed says of their
    names (the label votes, which change as articles arrive), the aliases, the story's title,
    how many points, and the core's code. Kept anew when told anew."""
    from briefing.core.analysis.pipeline import core_hash
    from briefing.core.brief.build import MAX_POINTS, build_briefing

    points = MAX_POINTS if points is None else points
    evidence = ws.evidence(items)
    key = hashlib.blake2b(digest_size=20)
    for part in (
        core_hash(),
        ws.fingerprint,
        story,
        points,
        sorted(ws.config.aliases.items()),
        sorted((name, sorted(votes.items())) for name, votes in evidence.items()),
        [article for article, _ in items],
    ):
        key.update(repr(part).encode())
        key.update(b"\x1f")
    digest = key.hexdigest()
    found = ws.store.briefings.get(digest)
    if found is None:
        found = build_briefing(items, ws.facts(items, evidence), story=story, max_points=points)
        ws.store.briefings.put(digest, found)
    return found
