"""The timeline: events dated by their own sentence, one entry per date, actor and other party;
the story's news first on its day, then what led up to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.core.brief.bottom_line import retells
from briefing.core.brief.same_fact import (
    content_words,
    printed,
)
from briefing.core.brief.wording import (
    EMBEDDED,
    as_written,
    is_statement,
    open_end,
    place_words,
    what_was_said,
)
from briefing.core.models import (
    Article,
    Dated,
    Entity,
    Event,
    Point,
    Resolution,
)
from briefing.core.sources.text import is_caption
from briefing.core.vocab import FILLERS, OBJECT_PRONOUNS
from briefing.core.when import precise
from briefing.core.words import Lexicon

MAX_TIMELINE = 12
# (date, who, whom) -> the event told, and the numbers of the sources that tell it.
Entries = dict[tuple[str, str, str], tuple[Event, set[int]]]


BACKGROUND_DAYS = 31  # before a story's first article: what led up to it, not its history


def timeline(
    events: Sequence[tuple[Article, list[Event]]],
    resolution: Resolution,
    number: dict[str, int],
    template: set[tuple[str, str]],
    lexicon: Lexicon,
    main: tuple[Point, Event] | None = None,
) -> tuple[Dated, ...]:
    """Events dated by their own sentence, by named actors; one entry per (date, who, what).
    The bottom line's event (`main`, with its citations) is one of them when its text dates
    it, whoever its actor: the story's news ("Tram derails in Croydon") belongs on its own
    timeline, on the bottom line's day; the sentences that tell it again (`retells`) cite
    it there, not on a day of their own (a Friday counted from a Thursday paper's date put
    the news a week early)."""
    entries: Entries = {}
    told: set[tuple[str, str]] = set()
    names = {e.name: e for e in resolution.entities}
    again: set[int] = set()  # the articles that tell the bottom line's news again
    news = main[1] if main is not None and _dated(main[1]) else None
    news_words = set(content_words(news.sentence, lexicon)) if news is not None else set()
    for article, article_told in events:
        for event in article_told:
            actor = names.get(event.who or "")
            if event.when_from_article or not event.when_date or actor is None:
                continue
            if news is not None and (
                _same(event, news) or _retells_the_news(event, news, news_words, lexicon)
            ):  # the bottom line's entry, added below on its day, tells it
                again.add(number[article.id])
                continue
            if printed(article, event.sentence) in template:
                continue
            if EMBEDDED.search(event.sentence) or not is_statement(event.sentence):
                continue  # a post quoted in the page, a question, a piece of a quotation
            if is_caption(event.sentence, article.title):
                continue  # a line that ends no sentence: a caption, a related link's title
            if actor.label not in ("PERSON", "ORG", "GPE", "NORP"):
                continue
            if _bare(event.what) and not what_was_said(event):
                continue  # "Kindred shared", "China is allowing": tells a reader nothing
            key = (event.when_date, event.who or "", event.whom or "")
            if key in entries:
                entries[key][1].add(number[article.id])
            elif (article.id, event.sentence) not in told:  # one entry per sentence
                entries[key] = (event, {number[article.id]})
                told.add((article.id, event.sentence))
    if main is not None and news is not None:
        entries[news.when_date or "", "", news.sentence] = (news, {*main[0].citations, *again})
    _fold_vague_into_days(entries)
    news = main[1] if main is not None else None
    chosen = _most_telling(list(entries.values()), news, _first_day(events))
    ordered = sorted(
        chosen,
        key=lambda pair: (pair[0].when_date or "", pair[0].when_end or "", pair[0] is not news),
    )  # the day's news first
    return tuple(
        Dated(
            event.when_date or "",
            event.when_end,
            event.when_granularity or "day",
            _entry_text(event, main, names),
            tuple(sorted(cited)),
        )
        for event, cited in ordered
    )


def _same(event: Event, news: Event) -> bool:
    """Whether `event` is the bottom line's own (which may carry another date: the day an
    article states for it); not another clause of its sentence."""
    return (event.article, event.sentence, event.who, event.action) == (
        news.article, news.sentence, news.who, news.action
    )  # fmt: skip


def _dated(event: Event) -> bool:
    """Whether an event's own text dates it (not the article's date alone)."""
    return bool(event.when_date) and not event.when_from_article


def _retells_the_news(event: Event, news: Event, words: set[str], lexicon: Lexicon) -> bool:
    """Whether `event` is the bottom line's `news` (whose content words are `words`) told
    again: its actor, its words, and a day at most a week from it (a weekday counted from a
    paper's date; a launch over Japan two weeks before is another) or a stretch that holds
    its day ("this month")."""
    if event.who != news.who or not news.when_date or not event.when_date:
        return False
    if event.when_granularity == "day":
        apart = dt.date.fromisoformat(event.when_date) - dt.date.fromisoformat(news.when_date)
        near = abs(apart.days) <= 7
    else:  # a week or a month that holds it, not a year ("twice this year")
        near = event.when_granularity in (
            "week",
            "month",
        ) and event.when_date <= news.when_date <= (event.when_end or "")
    return near and retells(event.sentence, words, lexicon)


def _fold_vague_into_days(entries: Entries) -> None:
    """ "Last month" in one article and "on August 24" in another, for the same actors: one
    event, told at its most precise date, citing both."""
    for key, (event, cited) in list(entries.items()):
        if event.when_granularity == "day" or not event.when_end:
            continue
        days = [
            other for other, (found, _) in entries.items()
            if other[1:] == key[1:] and found.when_granularity == "day"
            and key[0] <= other[0] <= event.when_end
        ]  # fmt: skip
        if days:
            entries[days[0]][1].update(cited)
            del entries[key]


def _entry_text(event: Event, main: tuple[Point, Event] | None, names: dict[str, Entity]) -> str:
    """What a timeline entry says: who did what (and where), or what was said."""
    said = what_was_said(event)
    if main is not None and event is main[1] and as_written(event, names.get(event.who or "")):
        return open_end(" ".join(event.sentence.split()))  # as the bottom line tells it
    if said and not said.startswith(event.action):
        return said  # the sentence itself names who said it
    text = f"{event.who} {said or event.what}"
    if event.where and not event.where_from_dateline and not said:
        text += place_words(text, event.where, "in")
    return text


def _bare(what: str) -> bool:
    """Whether a predicate is a verb alone, but for auxiliaries and pronouns, or ends on a
    pronoun ("put forward which")."""
    words = what.lower().split()
    return len([w for w in words if w not in FILLERS]) < 2 or words[-1] in OBJECT_PRONOUNS


def _first_day(events: Sequence[tuple[Article, list[Event]]]) -> str | None:
    """The earliest date of the articles."""
    return min((a.date for a, _ in events if a.date), default=None)


def _most_telling(
    entries: list[tuple[Event, set[int]]], news: Event | None, first: str | None
) -> list[tuple[Event, set[int]]]:
    """At most MAX_TIMELINE entries: the bottom line's news, then what happened within
    BACKGROUND_DAYS before the first article or later, told to the day, cited by the most
    articles. What happened before that is the history the articles recall (the 1908 title
    of a 2016 World Series story), not the story's timeline: left out."""
    if first is not None:
        since = (dt.date.fromisoformat(first) - dt.timedelta(days=BACKGROUND_DAYS)).isoformat()
        entries = [
            (event, cited)
            for event, cited in entries
            if event is news or (event.when_end or event.when_date or "") >= since
        ]

    def telling(pair: tuple[Event, set[int]]) -> tuple[bool, bool, int, str]:
        event, cited = pair
        exact = precise(event.when_granularity, event.when_date, event.when_end)
        return (event is news, exact, len(cited), event.when_date or "")

    if len(entries) <= MAX_TIMELINE:
        return entries
    return sorted(entries, key=telling, reverse=True)[:MAX_TIMELINE]
