"""Events as a reader sees them: canonical names, resolved dates, cited; and each article's
main event, the who/what/when/where that best answers "what happened".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.core.extract.dates import relative_day
from briefing.core.extract.dates import resolve as resolve_date
from briefing.core.extract.mentions import SIDE_TAKEN, reports, signs
from briefing.core.extract.names import clean
from briefing.core.extract.places import is_broad, is_specific
from briefing.core.extract.resolve import organisation_described
from briefing.core.models import (
    Analysis,
    Article,
    DateMention,
    Entity,
    Event,
    EventFrame,
    Mention,
    Phrase,
    Resolution,
)
from briefing.core.sources.text import is_title_case
from briefing.core.vocab import ACTOR_LABELS, SAY_VERBS
from briefing.core.when import precise
from briefing.core.words import stems

# The main event is looked for in the lead: the headline (when the body starts with it), the
# standfirst and the first paragraph's sentences.
LEAD_SENTENCES = 4
MIN_LEAD_WORDS = 3  # a shorter "sentence" is a scrap of the page, not part of the lead
# How many content word stems a dated sentence of the lead shares with the main event's
# sentence to be telling the same news.
SAME_NEWS = 2
AFTER_LEAD = 2  # sentences after the lead that may give its news's town


def _name(phrase: Phrase | None, article_id: str, resolution: Resolution) -> str | None:
    return None if phrase is None else _span_name(phrase, article_id, resolution)


def _span_name(span: Phrase | Mention, article_id: str, resolution: Resolution) -> str:
    """The canonical name of the entity at this stretch of the article, else its words."""
    entity = _entity(span, article_id, resolution)
    return entity.name if entity is not None else clean(span.text) or span.text


def _entity(span: Phrase | Mention, article_id: str, resolution: Resolution) -> Entity | None:
    """The entity a stretch of the article names, or describes ("Police", "the ministry")."""
    return resolution.entity_at(article_id, span.start, span.end) or organisation_described(
        resolution, article_id, span.text
    )


def _event(
    frame: EventFrame, article: Article, analysis: Analysis, resolution: Resolution
) -> Event:
    sentence = (
        analysis.sentences[frame.sentence] if frame.sentence < len(analysis.sentences) else None
    )
    where = _name(frame.where, article.id, resolution)
    who = frame.who
    if who is not None and signs(article.body, who.start, who.end):
        who = None  # "Scores killed ... By Agencies": the byline, not who did it
    from_dateline = where is None and analysis.dateline is not None
    if from_dateline and analysis.dateline is not None:
        where = analysis.dateline.text
    when = frame.when
    return Event(
        article=article.id,
        path=article.path,
        sentence=article.body[sentence.start : sentence.end] if sentence else "",
        who=_name(who, article.id, resolution),
        action=frame.action,
        whom=_name(frame.whom, article.id, resolution),
        where=where,
        where_from_dateline=from_dateline,
        when=when.text if when else None,
        when_date=when.value if when else article.date,
        when_end=when.end if when else None,
        when_granularity=when.granularity if when else ("day" if article.date else None),
        when_from_article=when is None,
        topic=frame.topic,
        said_by=_name(frame.said_by, article.id, resolution),
        kind=frame.kind,
        link=frame.link,
    )


def article_events(article: Article, analysis: Analysis, resolution: Resolution) -> list[Event]:
    """Every event of one article, in reading order."""
    return [_event(f, article, analysis, resolution) for f in analysis.events]


def _score(frame: EventFrame, article: Article, resolution: Resolution) -> float:
    # The first sentence is the headline, or the lead that a reporter writes to say it all.
    score = -1.2 * frame.sentence + (1.5 if frame.sentence == 0 else 0)
    if frame.who is not None:
        entity = _entity(frame.who, article.id, resolution)
        score += 3 if entity is not None and entity.label in ACTOR_LABELS else 1
    score += 0.5 if frame.whom is not None else 0
    score += 1 if frame.when is not None and not _stretch(frame.when) else 0
    score += 1 if frame.where is not None else 0
    if frame.action.split()[-1].lower() in SAY_VERBS:
        score -= 2  # what was said matters more than that it was said
    return score


def lead_size(analysis: Analysis, body: str) -> int:
    """How many sentences make the article's lead: its first LEAD_SENTENCES sentences of
    MIN_LEAD_WORDS words or more, and the scraps between them ("President", "COLUMN", "|":
    a page's line breaks and labels)."""
    real = 0
    for index, sentence in enumerate(analysis.sentences):
        real += len(body[sentence.start : sentence.end].split()) >= MIN_LEAD_WORDS
        if real == LEAD_SENTENCES:
            return index + 1
    return len(analysis.sentences)


def lead_end(analysis: Analysis, body: str) -> int:
    """Where the article's lead ends (see `lead_size`)."""
    return _end_of(analysis, lead_size(analysis, body))


def _end_of(analysis: Analysis, size: int) -> int:
    """Where the first `size` sentences end."""
    return analysis.sentences[size - 1].end if size else 0


def main_event(article: Article, analysis: Analysis, resolution: Resolution) -> Event | None:
    """The event of the article's lead that best answers who did what, when and where."""
    headline = _unparsed_headline(article, analysis)
    # A headline in Title Case ("Woman Stunned to Find Electric Bill Listed as $284 Billion")
    # defeats a small model's parse: it is taken as written, its who from the lead.
    unreliable = headline is not None and is_title_case(headline)
    size = lead_size(analysis, article.body)
    lead = [
        f for f in analysis.events
        if f.sentence < size and not (unreliable and f.sentence == 0)
    ]  # fmt: skip
    if not lead:
        return None
    best = max(lead, key=lambda f: (_score(f, article, resolution), -f.sentence))
    # Who said something about an unreadable headline is not who the headline is about.
    speaker = headline is not None and best.action.split()[-1].lower() in SAY_VERBS
    event = _fill_from_lead(
        _event(best, article, analysis, resolution),
        best,
        article,
        analysis,
        resolution,
        size,
        known_who=not speaker,
    )
    if headline is not None and best.sentence > 0:
        # The parse missed the headline's verb (a small model reads "Lady Gaga protests
        # outside Trump Tower" as nouns): the headline itself says what happened.
        event = replace(
            event, action=headline, whom=None, link=None, kind="headline", sentence=article.title
        )
    return event


def _unparsed_headline(article: Article, analysis: Analysis) -> str | None:
    """The headline, when the body opens with it and no event could be read from it, or it
    is written in Title Case."""
    if not analysis.sentences:
        return None
    first = analysis.sentences[0]
    text = article.body[first.start : first.end]
    if not article.title or text.strip() != article.title.strip():
        return None
    if any(f.sentence == 0 for f in analysis.events) and not is_title_case(text):
        return None
    return text.rsplit(": ", 1)[-1].strip()


def _fill_from_lead(
    event: Event,
    frame: EventFrame,
    article: Article,
    analysis: Analysis,
    resolution: Resolution,
    size: int,
    *,
    known_who: bool = True,
) -> Event:
    """A main event without a date or place takes the lead's first one (a headline rarely
    dates itself; the next sentence usually does); without a named actor (or `known_who`
    false), the lead's first actor. `size`: the lead's sentences (see `lead_size`)."""
    end = _end_of(analysis, size)
    changes: dict[str, object] = {}
    named = known_who and frame.who is not None and _entity(frame.who, article.id, resolution)
    if not named:
        # "A tram derailed": the reader's who is the first actor the lead names.
        actors = [
            m for m in analysis.mentions
            if m.label in ("PERSON", "ORG", "NORP") and m.start < end
            and not (m.label == "NORP" and _MODIFIES.match(article.body, m.end))
            # "an anti-Donald Trump protest": the name describes, it does not act
            and not SIDE_TAKEN.search(article.body, max(0, m.start - 5), m.start)
            and not reports(article.body, m.start, m.end)  # "The Telegraph reported"
            # "Patrushev met Doval", its subject missed by the model: not the one met
            and not (frame.whom is not None and frame.whom.start <= m.start < frame.whom.end)
        ]  # fmt: skip
        if actors:
            changes["who"] = _span_name(actors[0], article.id, resolution)
    when = frame.when
    if when is None or when.granularity in ("month", "year"):
        # "World Series 2016: ... fans celebrate": the lead's day of the same action is
        # nearer than its year.
        same = _when_of_same_action(frame, article, analysis, size)
        if same is not None and (when is None or _inside(same, when)):
            when = same
    if when is not None:
        changes["when"] = _with_its_time(article.body, analysis, when.start, when.end_char)
    if when is not frame.when and when is not None:  # the same action's date: the event's
        changes.update(_dated(when.value, when.end, when.granularity))
    elif event.when is None:
        news = stems(article.title) | stems(frame.action)
        changes.update(_when_from_lead(article, analysis, end, news))
    broad = event.where is not None and is_broad(event.where)
    if event.where is None or event.where_from_dateline or broad:
        after = _end_of(analysis, min(size + AFTER_LEAD, len(analysis.sentences)))
        changes.update(_where_from_lead(event, article, analysis, resolution, end, after))
    where = changes.get("where", event.where)
    if isinstance(where, str) and not changes.get("where_from_dateline", event.where_from_dateline):
        town = _town_of(where, article, analysis, resolution)
        if town is not None:
            changes["where"] = f"{where}, {town}"
    return replace(event, **changes)  # type: ignore[arg-type]


# What leads from a building or site to the town the text puts it in: "Trump Tower in New
# York City", "the German Consulate in the northern commercial hub of Mazar-i-Sharif".
_IN_TOWN = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,4}?(?:of[ \t]+)?\Z")


def _town_of(
    where: str, article: Article, analysis: Analysis, resolution: Resolution
) -> str | None:
    """The town or area the text places a building or site in, where it names one right
    after it: "Trump Tower in New York City" gives New York City (a reader asked where says
    both). Not a country: "the consulate in Afghanistan" says no more than the building."""
    mentions = analysis.mentions
    for i, m in enumerate(mentions):
        if m.label != "FAC" or _span_name(m, article.id, resolution) != where:
            continue
        for town in mentions[i + 1 : i + 3]:
            if town.label not in ("GPE", "LOC") or town.start - m.end > 50:
                continue
            name = _span_name(town, article.id, resolution)
            if _IN_TOWN.match(article.body[m.end : town.start]) and is_specific(name):
                return name
    return None


def _where_from_lead(
    event: Event,
    article: Article,
    analysis: Analysis,
    resolution: Resolution,
    end: int,
    after: int,
) -> dict[str, object]:
    """The most specific place the lead gives, for a main event whose sentence names none or
    only a country: a building or site, else the first town or area (when the lead names
    only countries, one in the AFTER_LEAD sentences after it, which tell the lead's news in
    detail, up to `after`), else the country that is the event's actor when its clause
    names no place ("UK outraged over Toblerone"; not "the United States will withdraw its
    troops from Iraq"), else the dateline; a country only when nothing narrower is named."""

    def name(m: Mention) -> str:
        return _span_name(m, article.id, resolution)

    places = [
        m
        for m in analysis.mentions
        if m.label in ("GPE", "LOC", "FAC")
        and not _TOWARD.search(article.body[max(0, m.start - 20) : m.start])
        and not _ATTRIBUTE.match(article.body, m.end)
    ]  # fmt: skip  (where it goes is not where it happens: "a Roadster to Mars")
    in_lead = [m for m in places if m.start < end]
    specific = [m for m in in_lead if is_specific(name(m))]
    specific.sort(key=lambda m: (m.label != "FAC", m.start))
    if not specific and all(is_broad(name(m)) for m in in_lead):
        specific = [m for m in places if end <= m.start < after and is_specific(name(m))]
    if specific:
        return {"where": name(specific[0]), "where_from_dateline": False}
    # "UK outraged over Toblerone" after "While the U.S. talks about the election": a country
    # that is the actor is where it happens, not another that the lead names.
    own = [m for m in in_lead if event.who is not None and name(m) == event.who]
    if own and (event.where is None or event.where_from_dateline):
        return {"where": name(own[0]), "where_from_dateline": False}
    dateline = analysis.dateline
    # "WASHINGTON - The U.S. ...": a dateline is nearer than the sentence's country.
    if event.where is not None and dateline is not None and not is_broad(dateline.text):
        return {"where": dateline.text, "where_from_dateline": True}
    if event.where is not None:
        return {}  # the sentence's country, or the dateline
    chosen = (in_lead or places)[:1]
    return {"where": name(chosen[0]), "where_from_dateline": False} if chosen else {}


def _when_of_same_action(
    frame: EventFrame, article: Article, analysis: Analysis, size: int
) -> DateMention | None:
    """The day the lead gives the same action in other words, in the week up to the article.

    First the dated clause whose action shares most word stems with the event's sentence:
    for the headline "Taliban attacks German consulate with truck bomb", "said the bombing
    late Thursday". Else the dated sentence that shares at least SAME_NEWS stems with it:
    "During a conference call with top donors on Saturday, Mrs Clinton said ..." under
    "Clinton blames loss on Comey in call with top donors". (An older date in the lead is
    background: "the FBI had not changed its conclusions from July".)"""
    if frame.sentence >= len(analysis.sentences):
        return None
    sentence = analysis.sentences[frame.sentence]
    words = stems(article.body[sentence.start : sentence.end])

    def recent(date: DateMention | None) -> bool:
        return date is not None and (
            not article.date or _within_week_before(date.value, article.date)
        )

    best, shared = None, 0
    for other in analysis.events:
        if other.sentence >= size or other is frame or not recent(other.when):
            continue
        count = len(words & stems(other.action))
        if count > shared:
            best, shared = other.when, count
    if best is not None:
        return best
    end, shared = _end_of(analysis, size), SAME_NEWS - 1
    for date in analysis.dates:
        if date.start >= end or date.granularity != "day" or not recent(date):
            continue
        own = next((s for s in analysis.sentences if s.start <= date.start < s.end), None)
        if own is None or own == sentence:
            continue
        count = len(words & stems(article.body[own.start : own.end]))
        if count > shared:
            best, shared = date, count
    return best


def _inside(day: DateMention, span: DateMention) -> bool:
    """Whether a date falls within a wider one ("Wednesday" within "2016")."""
    if not day.value or not span.value:
        return False
    width = {"year": 4, "month": 7}.get(span.granularity or "")
    return width is not None and day.value[:width] == span.value[:width]


# The last words of a named occasion: a reader dates "at the Brazilian Grand Prix" by it.
OCCASIONS = (
    "grand prix", "series", "cup", "games", "olympics", "championship", "championships",
    "open", "final", "finals", "summit", "festival", "conference", "congress", "marathon",
    "tournament", "derby", "awards", "election", "elections", "inauguration", "ceremony",
)  # fmt: skip
_AT_OCCASION = re.compile(
    r"\b(?:at|during|in|before|after|ahead of|following)[ \t]+(?:the[ \t]+)?\Z", re.IGNORECASE
)


def _occasion(body: str, analysis: Analysis, end: int) -> str | None:
    """The first named occasion that the text places something at, before `end`: "the
    Brazilian Grand Prix" of "spinning his car at the Brazilian Grand Prix" (the model tags
    such names as events, buildings or works). Not one that is what was done ("won the World
    Series")."""
    found = (
        m.text for m in analysis.mentions
        if m.start < end and _is_occasion(m)
        and _AT_OCCASION.search(body, max(0, m.start - 20), m.start) is not None
    )  # fmt: skip
    return next(found, None)


def _is_occasion(m: Mention) -> bool:
    """Whether a mention names an occasion: an event, or a name ending as one ("Grand Prix")."""
    if m.label in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON"):
        return False
    return m.label == "EVENT" or m.text.lower().endswith(OCCASIONS)


def _when_from_lead(
    article: Article, analysis: Analysis, end: int, news: set[str]
) -> dict[str, object]:
    """How the text says when the news happened, for a main event whose sentence does not.

    In the lead: the first day in the week up to the article's date ("late Thursday" in a
    Friday paper), else its first point in time that is not background ("at around 6am",
    not "its first title since 1908"). Else the same in the whole text, where an older date
    ("last month", up to HISTORY_DAYS back) and a time of day without a clock ("morning")
    count too, after any day of the last week and any occasion the lead places the news at
    ("at Brazilian Grand Prix": the date stays the article's). A day that names
    the news itself comes first, with its date: "Thursday's meeting" under the headline
    "Trump and Obama meet", not "Tuesday's election" before it; then, in the lead, a day in a
    sentence that tells the news, with its date ("Clinton made the comments on Saturday"
    under "Hillary Clinton blames Comey letters"). `news`: the word stems of the headline and
    the event's action.

    Otherwise the wording, and the day only where its words alone give it ("late last
    night"): the date stays the article's, flagged as such (leads also name the day of an
    earlier event: "as he took the title on Tuesday morning" under "Lady Gaga stages
    protest"). Ages and durations ("five-year-old", "90-minute") say how long, not when.
    """
    for limit, in_lead in ((end, True), (len(article.body), False)):
        recent = [
            d for d in analysis.dates
            if d.start < limit and d.value and d.granularity == "day"
            and _within_week_before(d.value, article.date)
        ]  # fmt: skip
        named = [d for d in recent if _names_the_news(article.body, d, news)]
        if named:
            day = named[0]
            wording = _with_its_time(article.body, analysis, day.start, day.end_char)
            return {"when": wording, **_dated(day.value, day.end, day.granularity)}
        told = [d for d in recent if in_lead and _tells_the_news(article, analysis, d, news)]
        if told:
            day = told[0]
            wording = _with_its_time(article.body, analysis, day.start, day.end_char)
            return {"when": wording, **_dated(day.value, day.end, day.granularity)}
        if recent:
            return _said_when(article, analysis, recent[0].start, recent[0].end_char)
        if not in_lead and (occasion := _occasion(article.body, analysis, end)):
            return {"when": occasion}
        points = [
            (d.start, d.end_char)
            for d in analysis.dates
            if _in_time(d, article.date)
            and d.start < limit
            and not _background(d, article.date, 7 if in_lead else HISTORY_DAYS)
        ]
        points += [
            (m.start, m.end)
            for m in analysis.mentions
            if m.label == "TIME" and m.start < limit and not _DURATION.search(m.text)
            and (_CLOCK.search(m.text) or not in_lead)
        ]  # fmt: skip
        if points:
            return _said_when(article, analysis, *min(points))
    return {}


def _said_when(article: Article, analysis: Analysis, start: int, end: int) -> dict[str, object]:
    """The wording of a main event's when found outside its sentence; its date too when the
    words alone say which day ("late last night", "November 8, 2016"), else the article's
    stays."""
    wording = _with_its_time(article.body, analysis, start, end)
    day = relative_day(article.body[start:end], article.date)
    if day.value is None or day.value == article.date:
        return {"when": wording}
    return {"when": wording, **_dated(day.value, day.end, day.granularity)}


def _dated(value: str | None, end: str | None, granularity: str | None) -> dict[str, object]:
    """An event's date fields for a date the text gives it (not the article's)."""
    return {
        "when_date": value,
        "when_end": end,
        "when_granularity": granularity,
        "when_from_article": False,
    }


# "Thursday's behind-closed-doors meeting": the words a day's possessive qualifies.
_POSSESSIVE = re.compile(r"['’]s ((?:[\w-]+ ){0,2}[\w-]+)")


def _tells_the_news(
    article: Article, analysis: Analysis, date: DateMention, news: set[str]
) -> bool:
    """Whether a date stands in a sentence that tells the news: one sharing a content word
    with the headline or the event's action ("Clinton made the comments on Saturday" under
    "Hillary Clinton blames Comey letters")."""
    sentence = next((s for s in analysis.sentences if s.start <= date.start < s.end), None)
    return sentence is not None and bool(stems(article.body[sentence.start : sentence.end]) & news)


def _names_the_news(body: str, date: DateMention, news: set[str]) -> bool:
    """Whether a day is written as the day of the news: "Thursday's meeting" for "meet"."""
    match = _POSSESSIVE.match(body, date.end_char)
    return match is not None and bool(stems(match.group(1)) & news)


# Any day will do: only whether a mention could be dated is asked of it.
_SOME_DAY = "2001-01-01"


def _in_time(date: DateMention, article_date: str | None) -> bool:
    """Whether a DATE mention is a point in time: resolved, but for a long stretch ("the
    past eight years"), or, in an undated article, one that a date would resolve ("Nov. 2",
    "Thursday"; not "108 years")."""
    if date.value:
        return not _stretch(date)
    return article_date is None and resolve_date(date.text, _SOME_DAY).value is not None


def _stretch(date: DateMention) -> bool:
    """Whether a date is a stretch of more than a week ("the past 40 years"): how long
    something went on, not when it happened."""
    return date.granularity == "range" and not precise(date.granularity, date.value, date.end)


def _background(date: DateMention, article_date: str | None, days: int = 7) -> bool:
    """Whether a date ended more than `days` before the article: what led up to the news."""
    if not date.value or not article_date:
        return False
    last = date.end or date.value
    if date.end is None and date.granularity == "year":
        last = f"{date.value[:4]}-12-31"
    elif date.end is None and date.granularity == "month":
        last = f"{date.value[:7]}-28"  # near enough: a week's margin follows
    before = dt.date.fromisoformat(article_date) - dt.timedelta(days=days)
    return dt.date.fromisoformat(last) < before


def _with_its_time(body: str, analysis: Analysis, start: int, end: int) -> str:
    """The date with the time of day written next to it ("6.10am on Wednesday"), or with the
    occasion it is the day of ("Sunday's Brazilian Grand Prix")."""
    for m in analysis.mentions:
        if m.label != "TIME" or _DURATION.search(m.text) or m.start <= start < m.end:
            continue
        gap = body[m.end : start] if m.end <= start else body[end : m.start]
        if len(gap) <= 16 and _JOINS.fullmatch(gap):
            start, end = min(start, m.start), max(end, m.end)
            break
    possessive = _POSSESSIVE.match(body, end)
    if possessive is not None:
        occasion = next((m for m in analysis.mentions if m.start == possessive.start(1)), None)
        if occasion is not None and _is_occasion(occasion):
            end = occasion.end
    return body[start:end]


def _within_week_before(value: str | None, article_date: str | None) -> bool:
    if not value or not article_date:
        return False
    gap = dt.date.fromisoformat(article_date) - dt.date.fromisoformat(value)
    return dt.timedelta(0) <= gap <= dt.timedelta(days=7)


# "German consulate", "Swiss chocolate": a nationality used as an adjective is no actor.
_MODIFIES = re.compile(r"[ \t]+[a-z]")
# Beyond the lead, how far back a date may be the news's ("last month"), not its history
# ("Massa joined Williams in 2014").
HISTORY_DAYS = 45
# What may stand between a time and its day: "6.10am on Wednesday", "11am local time on Sunday".
_JOINS = re.compile(r"[ ,]*(?:(?:local|GMT|UTC|ET|EST|BST)(?: time)?)?[ ,]*(?:on|at)?[ ,]*")
_TOWARD = re.compile(r"\b(?:to|into|toward|towards|onto)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "US-based Mondelez", "a Hong Kong-flagged ship": a place that describes someone or
# something, not where the news happens.
_ATTRIBUTE = re.compile(
    r"-(?:based|born|bred|headquartered|registered|flagged|listed|owned|made|built|bound|backed)\b"
)
_CLOCK = re.compile(r"\d|\bnoon\b|\bmidnight\b", re.IGNORECASE)
_DURATION = re.compile(
    r"\b(?:minutes?|hours?|seconds?|-minute|-hour|-second)\b|^\d+$", re.IGNORECASE
)


def timeline(events: Sequence[Event]) -> list[Event]:
    """Dated events (dates from their sentences) in date order, then reading order."""
    dated = [e for e in events if e.when_date and not e.when_from_article]
    return sorted(dated, key=lambda e: (e.when_date or "", e.when_end or "", e.path))
