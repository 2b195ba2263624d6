"""The digest of a selection of many stories: the top stories, each with its bottom line and
two or three key points, then the others in a line each, and the articles cited.

Stories are ranked by how many articles and outlets report them, discounted by how long
before the selection's newest article they were last reported, with a half-life of two
months or the period the selection covers if longer: a story many outlets follow leads,
and one that went quiet yields to today's news of a like size, but in a selection of years
a story of its start still counts half of one of its end (two months alone put a
one-article story of the last day above eight outlets' story of a year before; half the
period, a one-article story of 2018 above three outlets' story of 2016).
Deterministic: ties go to the later story, then to its id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from briefing.core.models import (
    Article,
    ArticleSummary,
    Briefing,
    Digest,
    DigestStory,
    Point,
    Source,
    Story,
    StoryLine,
)

# An article, or its listing data: all a digest needs of the articles it does not tell.
Listed = Article | ArticleSummary
TOP_STORIES = 8  # config `digest_stories`
STORY_POINTS = 3  # key points per top story
# A top story is told from its newest articles, at most this many: a digest's few lines
# say where a story stands, and a briefing's cost grows faster than its articles (at 10k
# articles, 8 stories told from 40 each took 1.6 s; from 20, 1.0 s). Its counts and dates
# are still of all its articles.
TOLD_ARTICLES = 20
OTHER_LINES = 30  # further stories named in a line each; the rest are counted
HALF_LIFE_DAYS = 60.0  # recency's half-life, at least; the selection's period if longer


def outlets(articles: Sequence[Listed]) -> int:
    """How many outlets these articles come from (an article naming none counts as its own)."""
    return len({a.source or f"\x00{a.id}" for a in articles})


def rank(stories: Sequence[Story], articles: Mapping[str, Listed]) -> list[Story]:
    """The stories, most worth reading first."""
    lasts = [s.last_date for s in stories if s.last_date]
    newest = _day(max(lasts)) if lasts else None
    # The period: from the tenth of its articles' dates, so one archived article among
    # today's does not stretch it to years.
    dates = sorted(
        d for s in stories for a in s.articles if a in articles and (d := articles[a].date)
    )
    start = _day(dates[len(dates) // 10]) if dates else newest
    half_life = HALF_LIFE_DAYS
    if newest is not None and start is not None:
        half_life = max(half_life, float((newest - start).days))

    def weight(story: Story) -> tuple[float, str, str]:
        members = [articles[a] for a in story.articles if a in articles]
        size = len(members) + outlets(members)
        last = _day(story.last_date) if story.last_date else None
        if newest is not None and last is not None:
            size *= 0.5 ** ((newest - last).days / half_life)
        return (-size, _negated(story.last_date or ""), story.id)

    return sorted(stories, key=weight)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


def _negated(text: str) -> str:
    """A key that sorts `text` descending."""
    return "".join(chr(0x10FFFF - ord(c)) for c in text)


def build_digest(
    ranked: Sequence[Story],
    told: Sequence[Briefing],
    articles: Mapping[str, Listed],
    *,
    unread: set[str] | None = None,
) -> Digest:
    """The digest of `ranked` stories, the first `len(told)` of them told by their briefings
    (each built of the story's selected articles).

    Args:
        ranked: Every story of the selection, members limited to the selection, best first.
        told: The briefings of the top stories, in the same order.
        articles: The selection's articles (or their listing data) by id.
        unread: For the digest of what is new: the unread articles. Each story then says
            what they add (`new_points`: the points that no read article reports), and the
            period is theirs.
    """
    chosen: list[tuple[Story, Briefing, list[Listed], list[Point], list[Point]]] = []
    for story, briefing in zip(ranked, told, strict=False):
        members = [articles[a] for a in story.articles if a in articles]
        shown, new = _told(briefing, members, unread)
        chosen.append((story, briefing, members, shown, new))
    cited = {
        briefing.sources[n - 1].article
        for _, briefing, _, shown, new in chosen
        for point in (*shown, *new)
        for n in point.citations
    }
    sources = tuple(
        Source(n, a.date, a.title, a.source, a.path, a.url, a.id)
        for n, a in enumerate(
            sorted((articles[i] for i in cited), key=lambda a: (a.date or "9999", a.title, a.id)),
            1,
        )
    )
    number = {s.article: s.number for s in sources}

    def renumbered(point: Point, briefing: Briefing) -> Point:
        return Point(
            point.text,
            tuple(sorted({number[briefing.sources[n - 1].article] for n in point.citations})),
        )

    stories = []
    for story, briefing, members, shown, new in chosen:
        bottom = briefing.bottom_line
        stories.append(
            DigestStory(
                id=story.id,
                title=story.title,
                bottom_line=renumbered(bottom, briefing) if bottom else None,
                key_points=tuple(renumbered(p, briefing) for p in shown if p is not bottom),
                articles=len(members),
                outlets=outlets(members),
                first_date=story.first_date,
                last_date=story.last_date,
                new_points=tuple(renumbered(p, briefing) for p in new),
                unread=sum(1 for a in members if unread and a.id in unread),
            )
        )
    rest = ranked[len(told) :]
    others = tuple(
        StoryLine(s.id, s.title, len(s.articles), s.last_date) for s in rest[:OTHER_LINES]
    )
    period = articles.values() if unread is None else [articles[i] for i in unread if i in articles]
    dates = sorted(a.date for a in period if a.date)
    first, last = (dates[0], dates[-1]) if dates else (None, None)
    return Digest(
        title=_title(len(ranked), first, last, new=unread is not None),
        first_date=first,
        last_date=last,
        stories=tuple(stories),
        other_stories=others,
        more_stories=max(len(rest) - OTHER_LINES, 0),
        sources=sources,
        new=unread is not None,
        members={s.id: tuple(a for a in s.articles if a in articles) for s in ranked},
    )


def _told(
    briefing: Briefing, members: Sequence[Listed], unread: set[str] | None
) -> tuple[list[Point], list[Point]]:
    """What a top story tells (its bottom line first) and, in the digest of what is new,
    what its unread articles add. A story partly read gives where it stands (its bottom
    line), then what is new (not the bottom line again); the key points the reader has
    read are not told again, nor listed as sources."""
    points = _points(briefing)
    shown = points[: STORY_POINTS + (1 if briefing.bottom_line else 0)]
    if unread is None:
        return shown, []
    fresh = {s.number for s in briefing.sources if s.article in unread}
    partly = 0 < sum(1 for a in members if a.id in unread) < len(members)
    if partly:
        shown = shown[:1] if briefing.bottom_line else []
    told_new = points[len(shown) :] if partly else points
    new = [p for p in told_new if p.citations and set(p.citations) <= fresh]
    return shown, new[:STORY_POINTS]


def _points(briefing: Briefing) -> list[Point]:
    return [*((briefing.bottom_line,) if briefing.bottom_line else ()), *briefing.key_points]


def _title(count: int, first: str | None, last: str | None, *, new: bool = False) -> str:
    """ "Digest of 12 stories, 2021-09-01 to 2021-09-30"; "New: 3 stories, ..." """
    if new and not count:
        return "Nothing new"
    noun = "story" if count == 1 else "stories"
    stories = f"New: {count} {noun}" if new else f"Digest of {count} {noun}"
    if first is None or last is None:
        return stories
    return f"{stories}, {first}" if first == last else f"{stories}, {first} to {last}"
