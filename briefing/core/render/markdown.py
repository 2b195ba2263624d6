"""Markdown out of a Briefing: one renderer, which the app shows and export saves.

Text that comes from articles is written as it reads, escaped only where Markdown would
change it (`inline.escape`), on one line; web addresses are autolinks and file paths code
spans (`inline.link`, `inline.code`), so both copy whole. Citations are `[n]`, numbering
the Sources list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.core.models import Actor, Briefing, Dated, Digest, DigestStory, Point, Source
from briefing.core.render.inline import Part, line, shown_code, shown_link, with_links
from briefing.core.when import long_date
from briefing.paths import shown


def cite(numbers: tuple[int, ...]) -> str:
    """Citations: [1][2]. They stay text: no reference definition is ever written (article
    text cannot make one: `escape` keeps it from opening a line as one)."""
    return "".join(f"[{n}]" for n in numbers)


def _cited(text: str, numbers: tuple[int, ...]) -> tuple[Part, ...]:
    """A statement and its citations, as parts of a line; a web address in it an autolink
    ("publish the accounts at <https://...> every year")."""
    parts = with_links(text)
    if not numbers:
        return parts
    return (*parts, (" " + cite(numbers), " " + cite(numbers)))


def _bold(text: str) -> tuple[str, str]:
    """The briefing's own bold words (a date, a label): no article text."""
    return f"**{text}**", text


def _month(value: str) -> str:
    """ "2021-09-08" as "September 2021"."""
    return long_date(value).split(" ", 1)[1]


def _when(entry: Dated) -> str:
    if entry.granularity == "day":
        return long_date(entry.date)
    if entry.granularity == "month":
        return _month(entry.date)
    if entry.granularity == "year":
        return entry.date[:4]
    if entry.end:
        # A long stretch is said as loosely as its wording ("the past 40 years": 1981 to
        # 2021), not to the day.
        days = (dt.date.fromisoformat(entry.end) - dt.date.fromisoformat(entry.date)).days
        if days > 366:
            return f"{entry.date[:4]} to {entry.end[:4]}"
        if days > 62:
            return f"{_month(entry.date)} to {_month(entry.end)}"
        return f"{long_date(entry.date)} to {long_date(entry.end)}"
    return long_date(entry.date)


def _actor(actor: Actor) -> str:
    times = f"{actor.mentions} mention{'s' if actor.mentions != 1 else ''}"
    where = f"{actor.articles} article{'s' if actor.articles != 1 else ''}"
    role: tuple[Part, ...] = ((", ", ", "), actor.role) if actor.role else ()
    return line(
        ("- **", ""),
        actor.name,
        (f"** ({actor.label}", f" ({actor.label}"),
        *role,
        (f"): {times} in {where}", f"): {times} in {where}"),
    )


def _source(source: Source, base: str | None) -> str:
    dash = (" — ", " — ")
    path = shown(source.path, base)
    parts: list[Part] = [(f"{source.number}. ", ""), source.date or "undated", dash, source.title]
    if source.source:
        parts += [dash, source.source]
    parts += [dash, shown_link(source.url) if source.url else shown_code(path)]
    return line(*parts)


def _bottom_line(point: Point | None) -> list[str]:
    if point is None:
        return []
    said = _cited(point.text, point.citations)
    return [line(("**Bottom line:** ", "Bottom line: "), *said), ""]


def _listed(points: Sequence[Point]) -> list[str]:
    """Cited statements as a list, and the blank line after it (nothing if none)."""
    if not points:
        return []
    return [*(line(("- ", ""), *_cited(p.text, p.citations)) for p in points), ""]


def render_briefing(briefing: Briefing, *, base: str | None = None) -> str:
    """The briefing as CommonMark text; a source's path under the folder `base` is written
    relative to it (what a command run there shows)."""
    lines = [line(("# ", ""), briefing.title), ""]
    lines += _bottom_line(briefing.bottom_line)
    if briefing.key_points:
        lines += ["## Key points", "", *_listed(briefing.key_points)]
    if briefing.actors:
        lines += ["## Key actors", ""]
        lines += [_actor(a) for a in briefing.actors]
        lines.append("")
    for heading, entries, when in (
        ("Timeline", briefing.timeline, _when),
        ("What changed", briefing.changes, lambda e: long_date(e.date)),
    ):
        if entries:
            lines += [f"## {heading}", ""]
            lines += [
                line(("- ", ""), _bold(when(e)), (": ", ": "), *_cited(e.text, e.citations))
                for e in entries
            ]
            lines.append("")
    lines += ["## Sources", ""]
    lines += [_source(s, base) for s in briefing.sources]
    return "\n".join(lines).rstrip() + "\n"


def _span(first: str | None, last: str | None) -> str:
    if first is None or last is None:
        return "undated"
    return first if first == last else f"{first} to {last}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}"


def _digest_story(n: int, story: DigestStory) -> list[str]:
    counts = (
        f"{_plural(story.articles, 'article')} from {_plural(story.outlets, 'outlet')}, "
        f"{_span(story.first_date, story.last_date)}"
    )
    if story.unread:
        counts += f"; {story.unread} unread"
    lines = [line((f"## {n}. ", f"{n}. "), story.title), "", line((f"*{counts}*", counts)), ""]
    if 0 < story.unread < story.articles:  # what the unread articles add to what was read
        if not story.new_points:  # said as a sentence, not a point of news
            nothing = "nothing the read articles do not say."
            said = [line((f"**New:** {nothing}", f"New: {nothing}")), ""]
            return [*lines, *_bottom_line(story.bottom_line), *said]
        news = _listed(story.new_points)
        return [*lines, *_bottom_line(story.bottom_line), line(("**New:**", "New:")), "", *news]
    return [*lines, *_bottom_line(story.bottom_line), *_listed(story.key_points)]


def render_digest(digest: Digest, *, base: str | None = None) -> str:
    """The digest as CommonMark text: a heading per top story (`## n. title`), the other
    stories, the sources; paths under the folder `base` relative to it."""
    lines = [line(("# ", ""), digest.title), ""]
    for n, story in enumerate(digest.stories, 1):
        lines += _digest_story(n, story)
    if digest.other_stories:
        lines += ["## Other stories", ""]
        for other in digest.other_stories:
            said = f" ({_plural(other.articles, 'article')}, {other.last_date or 'undated'})"
            lines.append(line(("- ", ""), other.title, (said, said)))
        if digest.more_stories:
            more = f"and {digest.more_stories} more"
            lines.append(line(("- ", ""), (more, more)))
        lines.append("")
    if digest.sources:
        lines += ["## Sources", ""]
        lines += [_source(s, base) for s in digest.sources]
    return "\n".join(lines).rstrip() + "\n"
