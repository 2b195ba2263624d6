"""Stories and what they say, for the facade (`Workspace.stories`, `summary`, `news`):
stories grouped once per set of analysed articles and kept, and the briefing or digest a
selection calls for."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.core.models import Analysis, Article, Briefing, Digest, Resolution, Story
    from briefing.core.workspace import Workspace


def stories(
    ws: Workspace,
    ids: Sequence[str],
    given: Sequence[str | Path] = (),
    *,
    items: Sequence[tuple[Article, Analysis]] | None = None,
    resolution: Resolution | None = None,
) -> list[Story]:
    """These articles grouped into stories, largest first; stored under a key of the
    analysed articles, the fingerprint and the grouping code, for the sources `given`.
    `items` and `resolution`: the caller's, if it has them already."""
    key = _stories_key(ws, ids)
    stored = ws.store.stories(key)
    if stored is not None:
        return stored
    from briefing.core.stories.grouping import group

    items = ws.loaded(ids) if items is None else items
    grouped = group(items, ws.resolution(items) if resolution is None else resolution)
    ws.store.put_stories(key, ws.roots_key(given), grouped)
    return grouped


def _stories_key(ws: Workspace, ids: Sequence[str]) -> str:
    from briefing.core.analysis.pipeline import grouping_hash

    analysed = sorted(ws.analysed(ids))
    text = "\x1f".join([ws.fingerprint, grouping_hash(), *analysed])
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def summary(ws: Workspace, ids: Sequence[str], *, title: str | None = None) -> Briefing | Digest:
    """The briefing of the articles' story when they tell one, else their digest."""
    from briefing.core.brief.build import build_briefing
    from briefing.core.brief.digest import STORY_POINTS

    grouped = stories(ws, ids)
    items = ws.loaded(ids)
    if len(grouped) <= 1:
        return build_briefing(items, ws.facts(items), title=title)
    return _digest(ws, items, grouped, points=STORY_POINTS, title=title)


def news(ws: Workspace, ids: Sequence[str], *, title: str | None = None) -> Digest:
    """The digest of the stories with unread articles (each with what they add)."""
    from briefing.core.brief.build import MAX_POINTS
    from briefing.core.brief.digest import build_digest

    unread = ws.unread(ids)
    items = ws.loaded(ids)
    if not unread & {a.id for a, _ in items}:
        return build_digest([], [], {a.id: a for a, _ in items}, title=title, unread=set())
    with_unread = [s for s in stories(ws, ids) if unread & set(s.articles)]
    # All of each story's points: what is new may be beyond the first few.
    return _digest(ws, items, with_unread, points=MAX_POINTS, title=title, unread=unread)


def _digest(
    ws: Workspace,
    items: Sequence[tuple[Article, Analysis]],
    grouped: Sequence[Story],
    *,
    points: int,
    title: str | None,
    unread: set[str] | None = None,
) -> Digest:
    """The digest of these stories: the top `digest_stories` told by a briefing of their
    selected articles (`points` key points at most), the others named."""
    from briefing.core.brief.build import build_briefing
    from briefing.core.brief.digest import build_digest, rank

    articles = {a.id: a for a, _ in items}
    ranked = rank(grouped, articles)
    told = []
    for story in ranked[: ws.config.digest_stories]:
        members = set(story.articles)
        chosen = [pair for pair in items if pair[0].id in members]
        told.append(build_briefing(chosen, ws.facts(chosen), max_points=points))
    return build_digest(ranked, told, articles, title=title, unread=unread)
