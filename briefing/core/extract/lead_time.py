"""When the main event happened: the date the lead gives the same action or the same news, else
the lead's own point in time, else the text's; never an age, a duration or a year it looks
back to.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.core.extract.dates import relative_day
from briefing.core.extract.dates import resolve as resolve_date
from briefing.core.extract.lead import end_of
from briefing.core.models import (
    Analysis,
    Article,
    DateMention,
    EventFrame,
    Mention,
    Sentence,
)
from briefing.core.when import precise
from briefing.core.words import Lexicon, stems

# How many content word stems a dated sentence of the lead shares with the main event's
# sentence to be telling the same news.
SAME_NEWS = 2


def when_of_same_action(
    frame: EventFrame, article: Article, analysis: Analysis, size: int
) -> DateMention | None:
    """The day the lead gives the same action in other words, in the week up to the article.

    First the dated clause whose action shares most word stems with the event's sentence:
    for the headline "Taliban attacks German consulate with truck bomb", "said the bombing
    late Thursday". Else the dated sentence that shares at least SAME_NEWS stems with it:
    "During a conference call with top donors on Saturday, Mrs Clinton said ..." under
    "Clinton blames loss on Comey in call with top donors". (An older date in the lead is
    background: "the FBI had not changed its conclusions from July"; the day a toll rose
    is the count's, `_TOLL_UPDATE`.)"""
    if frame.sentence >= len(analysis.sentences):
        return None
    sentence = analysis.sentences[frame.sentence]
    lexicon = dict(analysis.lemmas)
    words = stems(article.body[sentence.start : sentence.end], lexicon)

    def recent(date: DateMention | None) -> bool:
        return date is not None and (
            not article.date or _within_week_before(date.value, article.date)
        )

    best, shared = None, 0
    for other in analysis.events:
        if other.sentence >= size or other is frame or not recent(other.when):
            continue
        if other.when is not None and _counts_a_toll(article.body, analysis, other.when):
            continue
        count = len(words & stems(other.action, lexicon))
        if count > shared:
            best, shared = other.when, count
    if best is not None:
        return best
    end, shared = end_of(analysis, size), SAME_NEWS - 1
    for date in analysis.dates:
        if date.start >= end or date.granularity != "day" or not recent(date):
            continue
        own = _sentence_of(analysis, date.start)
        if own is None or own == sentence or _counts_a_toll(article.body, analysis, date):
            continue
        count = len(words & stems(article.body[own.start : own.end], lexicon))
        if count > shared:
            best, shared = date, count
    return best


# A toll counted again on a day: the day of the count, not of the news, however many of the
# headline's words its sentence repeats ("The death toll from a powerful Taliban truck
# bombing at the German consulate in ... rose to at least six Friday": a second trial's
# bottom line dated the attack by it).
_TOLL_UPDATE = re.compile(
    r"\btoll\b[^.!?]{0,200}?\b(?:rose|risen|rises|climbed|climbs|jumped|reached|stood"
    r"|stands|increased|went[ \t]+up)\b",
    re.IGNORECASE,
)


# The days a speaker counts from their own time: "today", "tonight", "this morning".
_DEICTIC = re.compile(r"(?:today|tonight|this[ \t]+(?:morning|afternoon|evening))\W*", re.I)


def _quoted_deixis(body: str, analysis: Analysis, date: DateMention) -> bool:
    """Whether a day counted from its speaker's time is said inside a quotation: the day it
    was said, which a paper of the next morning is not ("he surprised me today", said of
    Sunday's race in Monday's paper, dated a trial's bottom line Monday). Inside: a
    quotation its sentence opens before it is not closed; or, its sentence quoting nothing
    before it, one its paragraph opens (a quotation of several sentences). Not after a
    quotation closed ("'It is a great day,' Kane said after the vote today": review K), nor
    an inch mark (6'5")."""
    if not _DEICTIC.fullmatch(date.text):
        return False
    own = _sentence_of(analysis, date.start)
    start = own.start if own is not None else date.start
    paragraph = body.rfind("\n", 0, start) + 1
    for stretch in (body[start : date.start], body[paragraph : date.start]):
        marks = _QUOTE_MARKS.findall(stretch)
        if marks:
            return marks.count('"') % 2 == 1 or marks.count("“") > marks.count("”")
    return False


_QUOTE_MARKS = re.compile(r'(?<!\d)"|[“”]')


def _sentence_of(analysis: Analysis, offset: int) -> Sentence | None:
    """The sentence that holds the character at `offset`, if one does."""
    return next((s for s in analysis.sentences if s.start <= offset < s.end), None)


def _counts_a_toll(body: str, analysis: Analysis, date: DateMention) -> bool:
    """Whether a date is the day a toll was counted again, in a sentence that says so
    (`_TOLL_UPDATE`): after the count's verb ("rose to at least six Friday"), or just before
    the toll ("On Friday, the death toll rose", "By Friday the toll had risen": a later
    review's); not "The death toll from Thursday's truck attack in Nice rose to 84" (the
    review's), nor "A truck ploughed into crowds in Nice on Thursday night and the death
    toll has risen to 84" (the day of the attack, a clause before)."""
    own = _sentence_of(analysis, date.start)
    if own is None:
        return False
    update = _TOLL_UPDATE.search(body, own.start, own.end)
    if update is None:
        return False
    if date.start >= update.end():
        return True
    before = date.end_char <= update.start()
    return before and _JUST_BEFORE_TOLL.fullmatch(body, date.end_char, update.start()) is not None


# What may stand between a day and the toll it dates: a few words of one clause, "Friday,
# the death toll", "Friday, officials said the official death toll" (the review of session
# 31's); no word that begins another clause ("on Thursday night and the death toll").
_JUST_BEFORE_TOLL = re.compile(
    r",?[ \t]+(?:(?!(?:and|but|or|when|after|before|as|while|since|because|until|which|who"
    r"|where|then)\b)[\w'’-]+,?[ \t]+){0,5}",
    re.IGNORECASE,
)


def inside(day: DateMention, span: DateMention) -> bool:
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


def when_from_lead(
    article: Article, analysis: Analysis, end: int, news: set[str], *, ahead: bool = False
) -> dict[str, object]:
    """How the text says when the news happened, for a main event whose sentence does not.

    In the lead: the first day in the week up to the article's date ("late Thursday" in a
    Friday paper; not one a toll was counted again on, `_TOLL_UPDATE`), else its first
    point in time that is not background ("at around 6am", not "its first title since
    1908"). Else the same in the whole text, where an older date
    ("last month", up to HISTORY_DAYS back) and a time of day without a clock ("morning")
    count too, after any day of the last week and any occasion the lead places the news at
    ("at Brazilian Grand Prix": the date stays the article's). A day that names
    the news itself comes first, with its date: "Thursday's meeting" under the headline
    "Trump and Obama meet", not "Tuesday's election" before it; then, in the lead, a day in a
    sentence that tells the news, with its date ("Clinton made the comments on Saturday"
    under "Hillary Clinton blames Comey letters"). `news`: the word stems of the headline and
    the event's action.

    Else the first day of the last week the text names, with its date (a lead may name
    the day of an earlier event, "as he took the title on Tuesday morning" under "Lady Gaga
    stages protest", but a when of "Tuesday" dated the article's Wednesday said two things:
    the when and its date agree). Otherwise the wording, and the day only where its words
    alone give it ("late last night"): the date stays the article's, flagged as such. Ages
    and durations ("five-year-old", "90-minute") say how long, not when. A day said as still
    to come is the news's only when it looks `ahead` ("Apple will unveil a phone" and "on
    Tuesday", not "EA lowers its prices" and "the game will come out Friday").
    """
    lexicon = dict(analysis.lemmas)
    for limit, in_lead in ((end, True), (len(article.body), False)):
        recent = [
            d for d in analysis.dates
            if d.start < limit and d.value and d.granularity == "day"
            and _within_week_before(d.value, article.date)
            and not _counts_a_toll(article.body, analysis, d)
            and not _quoted_deixis(article.body, analysis, d)
        ]  # fmt: skip
        # The day that names the news, else one of a sentence that tells it, else the first.
        chosen = (
            [d for d in recent if _names_the_news(article.body, d, news, lexicon)]
            or [
                d
                for d in recent
                if in_lead and _tells_the_news(article, analysis, d, news, lexicon)
            ]
            or recent
        )
        if chosen:
            return _on_day(article, analysis, chosen[0])
        if not in_lead and (occasion := _occasion(article.body, analysis, end)):
            return {"when": occasion}
        points: list[tuple[int, int, DateMention | None]] = [
            (d.start, d.end_char, d)
            for d in analysis.dates
            if _in_time(d, article.date)
            and d.start < limit
            and not _background(d, article.date, 7 if in_lead else HISTORY_DAYS)
            and (ahead or not _to_come(d, article.date))
            and not _counts_a_toll(article.body, analysis, d)
            and not _quoted_deixis(article.body, analysis, d)
        ]
        points += [
            (m.start, m.end, None)
            for m in analysis.mentions
            if m.label == "TIME" and m.start < limit and not _DURATION.search(m.text)
            and (_CLOCK.search(m.text) or not in_lead)
        ]  # fmt: skip
        if points:
            start, end_char, date = min(points, key=lambda point: point[:2])
            if date is not None and date.granularity == "day" and date.value:
                return _on_day(article, analysis, date)  # "will launch on Tuesday"
            return _said_when(article, analysis, start, end_char)
    return {}


def _on_day(article: Article, analysis: Analysis, day: DateMention) -> dict[str, object]:
    """A main event's when that is a day the text names, dated as the text's dates resolve
    it: a when and its date agree ("Wednesday" was dated the article's Thursday)."""
    wording = with_its_time(article.body, analysis, day.start, day.end_char)
    return {"when": wording, **dated(day.value, day.end, day.granularity)}


def _said_when(article: Article, analysis: Analysis, start: int, end: int) -> dict[str, object]:
    """The wording of a main event's when found outside its sentence; its date too when the
    words alone say which day ("late last night", "November 8, 2016"), else the article's
    stays."""
    wording = with_its_time(article.body, analysis, start, end)
    day = relative_day(article.body[start:end], article.date)
    if day.value is None or day.value == article.date:
        return {"when": wording}
    return {"when": wording, **dated(day.value, day.end, day.granularity)}


def dated(value: str | None, end: str | None, granularity: str | None) -> dict[str, object]:
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
    article: Article, analysis: Analysis, date: DateMention, news: set[str], lexicon: Lexicon
) -> bool:
    """Whether a date stands in a sentence that tells the news: one sharing a content word
    with the headline or the event's action ("Clinton made the comments on Saturday" under
    "Hillary Clinton blames Comey letters")."""
    sentence = _sentence_of(analysis, date.start)
    if sentence is None:
        return False
    return bool(stems(article.body[sentence.start : sentence.end], lexicon) & news)


def _names_the_news(body: str, date: DateMention, news: set[str], lexicon: Lexicon) -> bool:
    """Whether a day is written as the day of the news: "Thursday's meeting" for "meet"."""
    match = _POSSESSIVE.match(body, date.end_char)
    return match is not None and bool(stems(match.group(1), lexicon) & news)


# Any day will do: only whether a mention could be dated is asked of it.
_SOME_DAY = "2001-01-01"


def _to_come(date: DateMention, article_date: str | None) -> bool:
    """Whether a date is still to come when the article is written: said in the future
    tense, or a day soon after it (`soon_after`)."""
    if date.tense == "future":
        return True
    return date.granularity == "day" and soon_after(date.value, article_date)


def soon_after(day: str | None, article_date: str | None) -> bool:
    """Whether a day falls within a fortnight after the article's ("which goes on sale on
    Friday"; not a day months off, which says the article's own date is wrong)."""
    if not day or not article_date:
        return False
    ahead = dt.date.fromisoformat(day[:10]) - dt.date.fromisoformat(article_date[:10])
    return dt.timedelta(0) < ahead <= dt.timedelta(days=14)


def _in_time(date: DateMention, article_date: str | None) -> bool:
    """Whether a DATE mention is a point in time: resolved, but for a long stretch ("the
    past eight years"), or, in an undated article, one that a date would resolve ("Nov. 2",
    "Thursday"; not "108 years")."""
    if date.value:
        return not is_stretch(date)
    return article_date is None and resolve_date(date.text, _SOME_DAY).value is not None


def is_stretch(date: DateMention) -> bool:
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


def with_its_time(body: str, analysis: Analysis, start: int, end: int) -> str:
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


# Beyond the lead, how far back a date may be the news's ("last month"), not its history
# ("Massa joined Williams in 2014").
HISTORY_DAYS = 45


# What may stand between a time and its day: "6.10am on Wednesday", "11am local time on Sunday".
_JOINS = re.compile(r"[ ,]*(?:(?:local|GMT|UTC|ET|EST|BST)(?: time)?)?[ ,]*(?:on|at)?[ ,]*")


_CLOCK = re.compile(r"\d|\bnoon\b|\bmidnight\b", re.IGNORECASE)


_DURATION = re.compile(
    r"\b(?:minutes?|hours?|seconds?|-minute|-hour|-second)\b|^\d+$", re.IGNORECASE
)
