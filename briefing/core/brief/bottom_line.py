"""The bottom line: the main event the story is about, the one its articles' leads tell most,
said with its actor's role, place and day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

from briefing.core.brief.amounts import other_amounts
from briefing.core.brief.furniture import is_promo
from briefing.core.brief.pronouns import says_nothing_alone, within
from briefing.core.brief.same_fact import (
    content_words,
)
from briefing.core.brief.wording import (
    CUT_SHORT,
    as_written,
    is_statement,
    open_end,
    place_words,
    preposition,
    stands_alone,
)
from briefing.core.models import (
    Analysis,
    Article,
    Event,
    Facts,
    Point,
)
from briefing.core.sources.text import ENDED, QUESTION, without_dateline
from briefing.core.when import long_date
from briefing.core.words import Lexicon

CENTRAL_EVENT = 0.8  # of the best support: a main event the story's articles report


def bottom_line(
    items: Sequence[tuple[Article, Analysis]], facts: Facts, number: dict[str, int]
) -> tuple[Point, Event] | None:
    """The main event the story is about, that says most, and that event dated as the bottom
    line dates it. Of the articles' main events, those
    whose sentence the other articles' leads also tell most (not one outlet's side story:
    "Stephen Paddock, Las Vegas Suspect, Was a Gambler") and that is not cut short ("kills
    12, including 10 U.S....") and that is no question or call to watch; of those, the one
    with named actors on both sides, a day, a place; of those, the one the leads tell most."""
    resolution = facts.resolution
    mains = [e for a, _ in items if (e := facts.articles[a.id].main_event) is not None]
    lexicon = facts.lexicon
    leads = {
        a.id: set(content_words(a.body[: facts.articles[a.id].lead_end], lexicon)) for a, _ in items
    }

    def telling(event: Event) -> int:
        """How many articles tell the event's sentence (`_tells`) with a word of its action:
        not a side story's few words that every article has ("Sports world reacts to the
        Cubs' World Series win": not "react")."""
        words = set(content_words(event.sentence, lexicon))
        acted = set(content_words(event.action, lexicon))
        return sum(
            a.id == event.article
            or (
                not acted.isdisjoint(worded[a.id])  # (set checks first: a story of thousands)
                and len(words & worded[a.id]) * 3 >= len(words) * 2
                and _tells(a, x, facts, (event.sentence, words), leads)
            )
            for a, x in items
        )

    # Each article's lead and headline words, which hold those of any sentence they tell.
    worded = {a.id: leads[a.id] | set(content_words(a.title, lexicon)) for a, _ in items}

    nameless = {
        id(e)
        for a, x in items
        if (e := facts.articles[a.id].main_event) is not None and _nameless(e, a, x)
    }
    best = _most_reported(mains, leads, lexicon, telling, nameless)
    if best is None:
        return None
    event = best
    who = event.who or "Someone"
    entity = next((e for e in resolution.entities if e.name == event.who), None)
    if entity is not None and entity.role:
        who = f"{who}, {entity.role},"
    # As the outlet wrote it, when the sentence's subject is more than its named actor
    # ("Sarah Silverman and Michael Sheen split", "Former Facebook and Google employees ...").
    headline = as_written(event, entity)
    # (Where the story was filed is not part of it: "WASHINGTON (Reuters) - ".)
    text = (
        " ".join(_MEDIA_TAG.sub("", without_dateline(event.sentence)).split())
        if headline
        else f"{who} {event.what}"
    )
    if event.topic and not headline:
        text += f" on {event.topic}"
    article = next(a for a, _ in items if a.id == event.article)
    if event.where and event.where != event.who and not headline:
        site = event.where.split(", ")[0]
        text += place_words(text, event.where, preposition(event.sentence, article.body, site))
    lead = article.body[: facts.articles[article.id].lead_end]
    events = [e for a, _ in items for e in facts.articles[a.id].events]
    day = _stated_day(event, events, lexicon, lead, article.date)
    # (A day the article gave for want of any is not said; one other articles write for
    # the event with its month is, `_stated_day`.)
    said = headline and event.when is not None and event.when in event.sentence
    if day and not said and not re.search(r"[?!][\"'”’)]*$", text):
        text = open_end(text) + f" on {long_date(day)}"
    text = text.rstrip(":;, ")
    first = text.split(" ", 1)[0].rstrip(",:;")
    if first.isalpha() and first.islower():  # "latest iPhone X problem is ..." (its "The"
        text = text[0].upper() + text[1:]  # left out), not "iPhone X owners report ..."
    if not ENDED.search(text):
        text += "."
    # Its sources: its article, and those whose headline or a sentence of whose lead tells
    # it (two thirds of its words: half of them anywhere in a lead cited a story's every
    # article for "North Korea launches missile over Japan").
    # Not an article of before its day, which tells an earlier event in the same words (a
    # trial's "North Korea launches missile over Japan on 29 August 2017" cited "North Korea
    # test-fires 3 missiles", of September 2016); a day's grace for a paper dated by a clock
    # behind the news's. (A later launch told in the same words is still cited: telling it
    # from a recollection of this one needs its sentence's own day.)
    words = set(content_words(event.sentence, lexicon))
    # (Not of an event still to come when its article told it: "Apple will unveil the iPhone
    # X on September 12" is told by the week's previews.)
    done = None if _before(article, day) else day
    sources = sorted(
        number[article.id]
        for article, analysis in items
        if article.id == event.article
        or (
            not _before(article, done)
            and _tells(article, analysis, facts, (event.sentence, words), leads)
        )
    )
    # The event as the bottom line dates it, for the timeline too: it put the bottom line's
    # "15 September" news on the 8th; and a day no article states for it is not the
    # timeline's either (a trial's "North Korea's winter training means fewer missile
    # launches" stood on the Friday of "Tillerson on Friday denied", ten paragraphs on),
    # but a month or a week its sentence states stays ("falls to 4.1 percent in October").
    if day and day != event.when_date:
        event = _on_day(event, day, from_article=False)
    elif not day and event.when_granularity == "day" and not event.when_from_article:
        event = _on_day(event, article.date, from_article=True)
    return Point(text, tuple(sources)), event


def _on_day(event: Event, day: str | None, *, from_article: bool) -> Event:
    return replace(
        event,
        when_date=day,
        when_end=None,
        when_granularity="day" if day else None,
        when_from_article=from_article,
    )


def _before(article: Article, day: str | None) -> bool:
    """Whether the article is dated more than a day before `day` (a day an article states
    for the bottom line's event)."""
    if not day or not article.date:
        return False
    return dt.date.fromisoformat(article.date[:10]) < dt.date.fromisoformat(day[:10]) - _GRACE


_GRACE = dt.timedelta(days=1)  # a paper dated by a clock behind the news's


def _tells(
    article: Article,
    analysis: Analysis,
    facts: Facts,
    told: tuple[str, set[str]],
    leads: dict[str, set[str]],
) -> bool:
    """Whether the article's headline or a sentence of its lead tells `told` (a sentence
    and its content words): two thirds of its words (`retells`), and no other amounts
    ("almost 700,000 more Britons had their personal data stolen" is not "2.5 million more
    Americans had their personal data stolen": trial E's). `leads`: each lead's content
    words, which hold a sentence's (most leads are passed over by them alone)."""
    sentence, words = told

    def tells(text: str) -> bool:
        return retells(text, words, facts.lexicon) and not other_amounts(text, sentence)

    if tells(article.title):
        return True
    if len(words & leads[article.id]) * 3 < len(words) * 2:
        return False  # no sentence of the lead can tell two thirds of it
    end = facts.articles[article.id].lead_end
    return any(tells(article.body[s.start : s.end]) for s in analysis.sentences if s.start < end)


# A date written with its month ("September 15", "15/09"), not counted from the article's day
# ("Friday", "yesterday").
# What an outlet tags a headline with, which the news does not say: "... falls into exhibit
# moat (VIDEO)" (a trial's bottom line), "[PHOTOS]", "VIDEO: ...".
_MEDIA = r"(?:graphic[ \t]+)?(?:videos?|photos?|pictures|gallery|watch|live|updated?)"
_MEDIA_TAG = re.compile(
    # "(VIDEO)", "(VIDEO, PHOTOS)", "[VIDEO + PHOTOS]", "(graphic video)"
    r"[ \t]*[(\[]" + _MEDIA + r"(?:[ \t]*(?:[,+&/]|and)[ \t]*" + _MEDIA + r")*[)\]]"
    # "VIDEO: ...", "Watch: ...", "WATCH LIVE: ..."; "... | Video"
    r"|^(?:watch[ \t]+)?" + _MEDIA + r"[ \t]*:[ \t]*"
    r"|[ \t]*\|[ \t]*" + _MEDIA + r"[ \t]*$",
    re.IGNORECASE,
)
_CALENDAR = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE
)


def _stated_day(
    event: Event, events: Sequence[Event], lexicon: Lexicon, lead: str, published: str | None
) -> str | None:
    """The day the story's articles state for this event: its own when its sentence writes
    it with its month ("on September 15"); when it is counted from an article's day
    ("Friday": in a paper dated the day before where it happened, easily a week off), the
    one most often written with its month by the events that tell most of its sentence (two
    thirds of its words), if any. Else its own day, if its sentence or its article's `lead`
    states it, or the text calls it the paper's day ("announced today"): not the paper's day
    taken for want of any, nor a day the text names further down for something
    else ("North Korea's winter training means fewer missile launches" is not news of the
    Friday on which, ten paragraphs on, "Tillerson denied" a report)."""
    own = event.when_date if event.when_granularity == "day" else None
    if own and not _news_of(own, published, event.sentence):
        own = None
    if own and not event.when_from_article and _CALENDAR.search(event.when or ""):
        return own
    words = set(content_words(event.sentence, lexicon))
    written: Counter[str] = Counter()
    for other in events:
        if other.when_granularity != "day" or other.when_from_article or not other.when_date:
            continue
        if (
            retells(other.sentence, words, lexicon)
            and _CALENDAR.search(other.when or "")
            and _news_of(other.when_date, published, event.sentence)
        ):
            written[other.when_date] += 1
    if not written:
        # (Or the text says it is the paper's day: "The credit change announced today".)
        in_lead = (event.when or "") in f"{event.sentence} {lead}" or own == published
        return own if in_lead and not event.when_from_article else None
    return max(written, key=lambda day: (written[day], day))


# Past forms that take "to" after them and do not end in -ed: "shown to fans".
_PAST_FORMS = (
    "(?:shown|seen|taken|given|gone|went|came|come|won|lost|held|made|sent|brought|told|said"
    "|flew|flown|ran|fell|led|left|met|paid|drove|driven|rode|swam|spoke|spoken|wrote|written)"
)
# What a sentence says is to come: a day after its paper's may be its day ("SpaceX set to
# launch ..."), not a past event's ("New Trailer: 'Avengers: Infinity War'" is not news of
# the film's release day).
# (A future's words, or a headline's "Trump to visit China": not any "to" or "due", "shown
# to fans", "due to its villain", a later review's; nor a past verb's "to", "returned to
# Washington", "launched to space", nor a plan that was, "The vote, which was scheduled for
# 9 February, was called off": the review of session 31's; a past form only right before
# "to": "Man charged over attack to appear in court" is to come; and in Title Case no verb
# is told from a place: "Trump Travels To Asia", of 32's.)
_TO_COME = re.compile(
    r"\b(?:will|would|(?:set|expected|plans?|planned|scheduled|is|are|going)[ \t]+to|to[ \t]+be"
    r"|(?:is|are)[ \t]+(?:scheduled|expected|planned|due)|due[ \t]+(?:on|in|out)|next"
    r"|upcoming|soon|ahead)\b"
    r"|^\W*(?:[\w'’.-]+[ \t]+){0,3}(?!\w*ed\b|" + _PAST_FORMS + r"\b)[\w'’.-]+[ \t]+"
    r"to[ \t]+(?!be\b)(?-i:[a-z]+)",
    re.IGNORECASE,
)
NEWS_DAYS = 31  # a day stated this long before an article's own is background, not its news


def _news_of(day: str, published: str | None, sentence: str) -> bool:
    """Whether another article's day for an event can be the news's day in this article:
    not years before it (a launch in 2012 that articles of 2016 recall: a trial's "North
    Korea launches rocket on 12 December 2012"), nor more than a day after it (a paper's
    day is often the day before where it happened) unless the sentence says it is to
    come."""
    if not published:
        return True
    try:
        stated, own = dt.date.fromisoformat(day), dt.date.fromisoformat(published[:10])
    except ValueError:
        return True
    if (stated - own).days > 1:  # (a day ahead: where it happened, east of the paper)
        return _TO_COME.search(sentence) is not None
    return (own - stated).days <= NEWS_DAYS


def retells(sentence: str, words: set[str], lexicon: Lexicon) -> bool:
    """Whether `sentence` tells the sentence whose content words are `words`: two thirds of
    them."""
    shared = words & set(content_words(sentence, lexicon))
    return bool(words) and len(shared) * 3 >= len(words) * 2


def _nameless(event: Event, article: Article, analysis: Analysis) -> bool:
    """Whether an event's sentence says nothing alone: a pronoun, and no one named after it
    ("He asked for it", "They Said No": `says_nothing_alone`)."""
    start = article.body.find(event.sentence)
    starts = [m.start for m in analysis.mentions]
    inside = within(analysis.mentions, starts, start, start + len(event.sentence))
    return says_nothing_alone(event.sentence, inside if start >= 0 else ())


TOLD_BY = 12  # central events whose articles that tell them are counted, the likeliest first


def _most_reported(
    mains: list[Event],
    leads: dict[str, set[str]],
    lexicon: Lexicon,
    telling: Callable[[Event], int],
    nameless: Collection[int] = frozenset(),
) -> Event | None:
    """Of the main events, the one the other articles' leads tell most and that says most
    (see `bottom_line`); `telling`: how many articles tell an event (the bottom line cites
    them)."""
    # How many leads say each word: a sentence's words summed over it are its words in all
    # the leads together, in one pass however many articles there are.
    said_in = Counter(word for lead in leads.values() for word in lead)

    def support(event: Event) -> float:
        """The mean share of the event's sentence that each other article's lead says too."""
        words = set(content_words(event.sentence, lexicon))
        others = len(leads) - (event.article in leads)
        if not words or not others:
            return 1.0
        in_others = sum(said_in[w] for w in words) - len(words & leads.get(event.article, set()))
        return in_others / len(words) / others

    supports = {id(event): support(event) for event in mains}
    central = CENTRAL_EVENT * max(supports.values(), default=0.0)
    # Of the central events, one that another article tells too, not one outlet's words
    # alone (a trial's bottom line was one outlet's headline, "Tram Derails in Croydon, Near
    # London, Killing at Least 7", that no other article's sentence tells, cited by it
    # alone, while three tell "At least 7 killed in tram accident in south London").
    likeliest = sorted(
        (e for e in mains if supports[id(e)] >= central), key=lambda e: -supports[id(e)]
    )[:TOLD_BY]
    told = {id(e): telling(e) for e in likeliest}

    def alone(event: Event) -> bool:
        """Whether it says something alone: not what a page says to bring its reader in
        ("Watch the SpaceX Falcon Heavy Rocket Launch Today": a trial's bottom line), a line
        to the reader ("In case you are living in Delhi-NCR, chances are you have an app"),
        a headline of pronouns ("He asked for it"): a third trial's."""
        return (
            not is_promo(event.sentence)
            and is_statement(event.sentence)
            and stands_alone(event.sentence)
            and id(event) not in nameless
        )

    best: tuple[tuple[object, ...], Event] | None = None
    for event in mains:
        key = (
            int(QUESTION.search(event.sentence) is None),  # "How Much Will Equifax Pay?"
            int(alone(event)),  # as a key point must
            int(supports[id(event)] >= central),
            int(CUT_SHORT.search(event.sentence) is None),
            # Who did what, as the parse read it, before a headline no event could be read
            # from ("Star Wars: Battlefront II review: Nope, nope, nope" over "EA lowers
            # Star Wars Battlefront II costs after Reddit outcry").
            int(event.kind != "headline"),
            int(told.get(id(event), 0) > 1),
            int(event.who is not None and event.whom is not None),
            int(event.when_granularity == "day" and not event.when_from_article),
            int(event.where is not None and not event.where_from_dateline),
            int(event.who is not None),
            # Then the one more of the leads tell, not the latest: not a later outlet's side
            # story ("15 million Brits have had personal details stolen", the Sun's, over the
            # breach of 143 million the story's articles tell), nor a late outlet's own
            # "Sunday" (RT's, a week after the others). What later reports add has its own
            # section.
            round(supports[id(event)], 9),
            event.when_date or "",  # (left to break ties of support, which are rare)
            # And its article's id: the same bottom line whatever order the articles come in
            # (the app's and the CLI's differed).
            event.article,
        )
        if best is None or key > best[0]:
            best = (key, event)
    # None that says something alone (a one-article story's headline "He asked for it",
    # trial F's "He asked for it on 14 November 2019."; its pronoun is no one the parse can
    # be trusted to name): no bottom line, rather than that one.
    return None if best is None or not alone(best[1]) else best[1]
