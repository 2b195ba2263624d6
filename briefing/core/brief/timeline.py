"""The timeline: events dated by their own sentence, one entry per date, actor and other party;
the story's news first on its day, then what led up to it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from briefing.core.brief.bottom_line import retells
from briefing.core.brief.same_fact import (
    content_words,
    printed,
)
from briefing.core.brief.wording import (
    EMBEDDED,
    as_printed,
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
from briefing.core.vocab import FILLERS, MONTH_PATTERN, OBJECT_PRONOUNS, WEEKDAY_PATTERN
from briefing.core.when import precise
from briefing.core.words import Lexicon

MAX_TIMELINE = 12
# The sentences that tell an entry: (article id, sentence) of each event that made it.
Told = frozenset[tuple[str, str]]
# An entry: the event told, the numbers of the sources that tell it, and their sentences.
Entry = tuple[Event, set[int], set[tuple[str, str]]]
Entries = dict[tuple[str, str, str], Entry]  # by (date, who, whom)


BACKGROUND_DAYS = 31  # before a story's first article: what led up to it, not its history
STRETCH_HISTORY_DAYS = 366  # a stretch that begins this long before a story is its history


def timeline(
    events: Sequence[tuple[Article, list[Event]]],
    resolution: Resolution,
    number: dict[str, int],
    template: set[tuple[str, str]],
    lexicon: Lexicon,
    main: tuple[Point, Event] | None = None,
    reporters: frozenset[str] = frozenset(),
) -> tuple[tuple[Dated, Told], ...]:
    """Events dated by their own sentence, by named actors; one entry per (date, who, what).
    The bottom line's event (`main`, with its citations) is one of them when its text dates
    it, whoever its actor: the story's news ("Tram derails in Croydon") belongs on its own
    timeline, on the bottom line's day; the sentences that tell it again (`retells`) cite
    it there, not on a day of their own (a Friday counted from a Thursday paper's date put
    the news a week early). Not what an outlet does (`reporters`: "The Washington Post
    reported ..."), nor what someone else is said to say or deny was done ("Trump says
    Japan would shoot ...", "Tillerson denied the U.S. had any such window"): the saying is
    the entry. Each entry comes with the sentences that tell it."""
    entries: Entries = {}
    told: set[tuple[str, str]] = set()
    names = {e.name: e for e in resolution.entities}
    again: set[int] = set()  # the articles that tell the bottom line's news again
    told_news: set[tuple[str, str]] = set()  # and their sentences that do
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
                told_news.add((article.id, event.sentence))
                continue
            if printed(article, event.sentence) in template:
                continue
            if EMBEDDED.search(event.sentence) or not is_statement(event.sentence):
                continue  # a post quoted in the page, a question, a piece of a quotation
            if is_caption(event.sentence, article.title):
                continue  # a line that ends no sentence: a caption, a related link's title
            if actor.label not in ("PERSON", "ORG", "GPE", "NORP") or event.who in reporters:
                continue
            if _said_by_another(event, article_told, names) or _embedded(event, article_told):
                continue  # what another is said to say: "Japan would shoot ..."
            if _bare(event.what) and not what_was_said(event):
                continue  # "Kindred shared", "China is allowing": tells a reader nothing
            key = (event.when_date, event.who or "", event.whom or "")
            if key in entries:
                entries[key][1].add(number[article.id])
                entries[key][2].add((article.id, event.sentence))
            elif (article.id, event.sentence) not in told:  # one entry per sentence
                entries[key] = (event, {number[article.id]}, {(article.id, event.sentence)})
                told.add((article.id, event.sentence))
    if main is not None and news is not None:
        entries[news.when_date or "", "", news.sentence] = (
            news,
            {*main[0].citations, *again},
            {*told_news, (news.article, news.sentence)},
        )
    _fold_vague_into_days(entries)
    news = main[1] if main is not None else None
    chosen = _most_telling(list(entries.values()), news, _first_day(events))
    ordered = sorted(
        chosen,
        key=lambda entry: (
            entry[0].when_date or "",
            entry[0].when_end or "",
            entry[0] is not news,
        ),
    )  # the day's news first
    return tuple(
        (
            Dated(
                event.when_date or "",
                event.when_end,
                event.when_granularity or "day",
                _entry_text(event, main, names),
                tuple(sorted(cited)),
            ),
            frozenset(sentences),
        )
        for event, cited, sentences in ordered
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
    event, told at its most precise date, citing both (and told by the sentences of both)."""
    for key, (event, cited, sentences) in list(entries.items()):
        if event.when_granularity == "day" or not event.when_end:
            continue
        days = [
            other for other, (found, _, _) in entries.items()
            if other[1:] == key[1:] and found.when_granularity == "day"
            and key[0] <= other[0] <= event.when_end
        ]  # fmt: skip
        if days:
            entries[days[0]][1].update(cited)
            entries[days[0]][2].update(sentences)
            del entries[key]


def _entry_text(event: Event, main: tuple[Point, Event] | None, names: dict[str, Entity]) -> str:
    """What a timeline entry says: who did what (and where), or what was said; the sentence
    as written where the action read is cut short ("agreed on Friday to keep working for a
    peaceful end" read as "agreed to keep")."""
    said = what_was_said(event)
    if main is not None and event is main[1] and as_written(event, names.get(event.who or "")):
        # As the bottom line tells it, without where the story was filed ("BERLIN -- ").
        return open_end(as_printed(event.sentence))
    if not said and _cut_short(event):
        return open_end(as_printed(event.sentence))
    if said and not said.startswith(event.action):
        return said  # the sentence itself names who said it
    text = f"{event.who} {said or event.what}"
    if event.where and not event.where_from_dateline and not said:
        text += place_words(text, event.where, "in")
    return text


# Words that open what may follow a whole action: its other party, a place, a time, another
# clause ("held talks with ...", "fired a missile on Friday, ...").
_AFTER_ACTION = frozenset(
    "with to from for of on at in into by against over after before during since until as "
    "while when where and but or than that which who because amid despite near outside "
    "inside across through under about".split()
)
# Words between two clauses that make the second no complement of the first's verb: two
# deeds ("met Xi and signed a deal"), a time or a place ("took place after a call").
_NOT_A_COMPLEMENT = (_AFTER_ACTION - {"that"}) | frozenset("then yet so".split())


def _cut_short(event: Event) -> bool:
    """Whether the action read stops where its sentence goes on with its object: the word
    after its last word is a lower-case word that starts nothing new ("agreed to keep"
    before "working")."""
    words = event.action.split()
    if not words:
        return False
    at = event.sentence.find(f" {words[-1]} ")
    if at < 0:
        return False
    following = event.sentence[at + len(words[-1]) + 2 :].split(maxsplit=1)
    word = following[0].strip(",.;:") if following else ""
    return (
        bool(word) and word.islower() and word.isalpha()
        and word not in _AFTER_ACTION and word not in _PRONOUNS  # "a stance it has avoided"
    )  # fmt: skip


_PRONOUNS = frozenset(
    "i you he she it we they yesterday today tonight tomorrow monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)  # and days: "won a fourth term yesterday" is whole
# A day between a verb and the clause it takes: "denied on Friday [the U.S. had ...]".
_A_DAY = re.compile(
    rf"\b(?:on|last|this)[ \t]+(?:{WEEKDAY_PATTERN}|{MONTH_PATTERN}[ \t]+\d{{1,2}})\b"
    r"|\b(?:yesterday|today|tonight)\b",
    re.IGNORECASE,
)
# Words in -ing that open a time or a phrase, not a clause a verb takes ("during Monday").
_ING_PREPOSITIONS = frozenset(
    "during including according regarding concerning following notwithstanding "
    "excluding considering barring pending".split()
)


def _said_by_another(event: Event, told: Sequence[Event], names: dict[str, Entity]) -> bool:
    """Whether the event is what someone else says, and the saying, before it, is an entry
    of its own ("Trump said on Monday that Japan would shoot ..."), or only a supposition
    ("would", "could"); not a ministry's statement of a visit, which no dated saying tells,
    nor a deed the sentence attributes after it ("Toyota suspended production on Monday, the
    company said")."""
    if not event.said_by or event.said_by == event.who:
        return False
    if event.action.split()[0].lower() in _SUPPOSED:
        return True
    at = event.sentence.find(event.action)
    return any(
        other.who == event.said_by and other.sentence == event.sentence
        and other.when_date and not other.when_from_article
        and other.who in names and 0 <= event.sentence.find(other.action) < at
        for other in told
    )  # fmt: skip


_SUPPOSED = frozenset("would could might may should".split())


def _embedded(event: Event, told: Sequence[Event]) -> bool:
    """Whether the event is a clause another's verb takes in the same sentence: "Rex
    Tillerson denied [the U.S. had any such window]" (its words a few after that verb),
    "suggesting [Tokyo take a stance]"; not the next deed of one subject ("met Xi and
    signed a deal")."""
    if event.kind != "verb":
        return False  # "a telephone conversation last month": a deed named, not a clause
    subject = event.sentence.find(f"{event.who} {event.action}") if event.who else -1
    opener = (event.sentence[: max(subject, 0)].split() or [""])[-1]
    if opener.islower() and opener.endswith("ing") and opener not in _ING_PREPOSITIONS:
        return True  # "..., suggesting [Tokyo take a stance]"
    start = event.sentence.find(event.action)
    for other in told:
        if other is event or other.sentence != event.sentence or other.who == event.who:
            continue
        if other.kind != "verb":
            continue
        at = event.sentence.find(other.action)
        if at < 0 or at >= start:
            continue
        between = _A_DAY.sub(" ", event.sentence[at + len(other.action) : start])
        words = between.split()
        lowered = {w.lower() for w in words}
        if len(words) <= 4 and not {",", ";"} & set(between) and not lowered & _NOT_A_COMPLEMENT:
            return True
    return False


def _bare(what: str) -> bool:
    """Whether a predicate is a verb alone, but for auxiliaries and pronouns, or ends on a
    pronoun ("put forward which")."""
    words = what.lower().split()
    return len([w for w in words if w not in FILLERS]) < 2 or words[-1] in OBJECT_PRONOUNS


def _first_day(events: Sequence[tuple[Article, list[Event]]]) -> str | None:
    """The earliest date of the articles."""
    return min((a.date for a, _ in events if a.date), default=None)


def _days_before(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) - dt.timedelta(days=days)).isoformat()


def _history(event: Event, since: str) -> bool:
    """Whether a stretch of time begins before `since` (STRETCH_HISTORY_DAYS before the
    story's first article), however near it ends: "for the past 37 years" (trial D's
    timeline had "1980 to 2017: ... has ruled Zimbabwe"); not "in the last three months",
    nor the year before a January story ("In 2017 the firm lost $2 billion": a year, no
    stretch)."""
    return event.when_granularity == "range" and (event.when_date or "") < since


def _most_telling(entries: list[Entry], news: Event | None, first: str | None) -> list[Entry]:
    """At most MAX_TIMELINE entries: the bottom line's news, then what happened within
    BACKGROUND_DAYS before the first article or later, told to the day, cited by the most
    articles. What happened before that is the history the articles recall (the 1908 title
    of a 2016 World Series story), not the story's timeline: left out."""
    if first is not None:
        since = _days_before(first, BACKGROUND_DAYS)
        history = _days_before(first, STRETCH_HISTORY_DAYS)
        entries = [
            entry
            for entry in entries
            if (event := entry[0]) is news
            or ((event.when_end or event.when_date or "") >= since and not _history(event, history))
        ]

    def telling(entry: Entry) -> tuple[bool, bool, int, str]:
        event, cited, _ = entry
        exact = precise(event.when_granularity, event.when_date, event.when_end)
        return (event is news, exact, len(cited), event.when_date or "")

    if len(entries) <= MAX_TIMELINE:
        return entries
    return sorted(entries, key=telling, reverse=True)[:MAX_TIMELINE]
