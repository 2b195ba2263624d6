"""Each article's main event: the event of its lead that best answers who did what, when and
where, its missing parts filled from the rest of the lead.
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.core.extract.events import entity_of, event_of, span_name
from briefing.core.extract.lead import end_of, lead_size
from briefing.core.extract.lead_place import AFTER_LEAD, town_of, where_from_lead
from briefing.core.extract.lead_time import (
    dated,
    inside,
    is_stretch,
    soon_after,
    when_from_lead,
    when_of_same_action,
    with_its_time,
)
from briefing.core.extract.mentions import SIDE_TAKEN
from briefing.core.extract.places import is_broad
from briefing.core.extract.reporting import reports
from briefing.core.models import (
    Analysis,
    Article,
    Event,
    EventFrame,
    Resolution,
)
from briefing.core.sources.text import QUESTION, is_caption, is_title_case
from briefing.core.vocab import (
    ACTOR_LABELS,
    HEDGES,
    MANY,
    NUMBER_WORDS,
    SAY_VERBS,
    TENS,
    one_of,
)
from briefing.core.words import stems

# How a lead's event frame is scored as the article's main event (`_score`): each weight is
# one step of "who did what to whom, when, where", the sentence's place in the lead first.
PER_SENTENCE = -1.2  # each sentence further down the lead says less of the news
FIRST_SENTENCE = 1.5  # the headline, or the lead a reporter writes to say it all
NAMED_ACTOR = 3  # a who that is a person, organisation, country or group
OTHER_ACTOR = 1  # a who that is only a phrase ("the two leaders")
OTHER_PARTY = 0.5  # someone acted on or with
POINT_IN_TIME = 1  # a when that is not a stretch of time
PLACE = 1  # a where
SPEECH = -2  # what was said matters more than that it was said


def _score(frame: EventFrame, article: Article, resolution: Resolution) -> float:
    score = PER_SENTENCE * frame.sentence + (FIRST_SENTENCE if frame.sentence == 0 else 0)
    if frame.who is not None:
        entity = entity_of(frame.who, article.id, resolution)
        named = entity is not None and entity.label in ACTOR_LABELS
        score += NAMED_ACTOR if named else OTHER_ACTOR
    score += OTHER_PARTY if frame.whom is not None else 0
    score += POINT_IN_TIME if frame.when is not None and not is_stretch(frame.when) else 0
    score += PLACE if frame.where is not None else 0
    if frame.action.split()[-1].lower() in SAY_VERBS:
        score += SPEECH
    return score


def main_event(article: Article, analysis: Analysis, resolution: Resolution) -> Event | None:
    """The event of the article's lead that best answers who did what, when and where."""
    headline = _unparsed_headline(article, analysis)
    # A headline in Title Case ("Woman Stunned to Find Electric Bill Listed as $284 Billion")
    # defeats a small model's parse: it is taken as written, its who from the lead.
    unreliable = headline is not None and is_title_case(headline)
    size = lead_size(analysis, article.body)
    # A first line the reader cannot take as news: a Title Case headline, a picture's
    # caption (not the headline, and not ended as a sentence), or a question (trial D's
    # bottom line: "Is Samsung Display to blame for iPhone X's screen defect?"; its lead
    # tells what happened).
    asks = _asks(article, analysis)
    skip_first = unreliable or asks or _opens_on_caption(article, analysis)
    lead = [
        f for f in analysis.events if f.sentence < size and not (skip_first and f.sentence == 0)
    ]
    if not lead:
        return None
    best = max(lead, key=lambda f: (_score(f, article, resolution), -f.sentence))
    # Who said something about an unreadable headline is not who the headline is about.
    speaker = headline is not None and best.action.split()[-1].lower() in SAY_VERBS
    event = _fill_from_lead(
        event_of(best, article, analysis, resolution),
        best,
        article,
        analysis,
        resolution,
        size,
        known_who=not speaker,
    )
    if headline is not None and best.sentence > 0 and not asks:
        # The parse missed the headline's verb (a small model reads "Lady Gaga protests
        # outside Trump Tower" as nouns): the headline itself says what happened.
        event = replace(
            event, action=headline, whom=None, link=None, kind="headline", sentence=article.title
        )
        if (
            soon_after(event.when_date, article.date)
            and not _AHEAD.search(headline)
            and not (event.when and event.when.lower() in headline.lower())
        ):  # ("SpaceX Targets Friday Launch" names its day: it looks ahead)
            # Not the day the lead's clause looks ahead to (a trial: "EA lowers costs after
            # Reddit outcry" dated the Friday on which "the game will come out").
            event = replace(
                event,
                when=None,
                when_date=article.date,
                when_end=None,
                when_granularity="day" if article.date else None,
                when_from_article=True,
            )
    return event


# A headline that looks ahead: "Apple will unveil ...", "SpaceX to launch ...", "set to".
_AHEAD = re.compile(
    r"^to\s|\b(?:will|would|shall|expected|scheduled|slated|plans?|planning)\b"
    r"|\b(?:set|due|going)\s+to\b|^[^:]*?\b[A-Za-z]+\s+to\s+[a-z]+",
    re.IGNORECASE,
)


def _asks(article: Article, analysis: Analysis) -> bool:
    """Whether the text opens on a question (its headline, mostly)."""
    if not analysis.sentences:
        return False
    first = analysis.sentences[0]
    return QUESTION.search(article.body[first.start : first.end]) is not None


def _opens_on_caption(article: Article, analysis: Analysis) -> bool:
    """Whether the text opens on a picture's caption, not its headline (`is_caption`)."""
    if not analysis.sentences:
        return False
    first = analysis.sentences[0]
    return is_caption(article.body[first.start : first.end], article.title)


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
    end = end_of(analysis, size)
    changes: dict[str, object] = {}
    named = known_who and frame.who is not None and entity_of(frame.who, article.id, resolution)
    # Those a report counts are who it is about: "Nearly 80 people were killed" is not
    # "Jean-Michel Priest were killed" (the lead's first name).
    counted = frame.who is not None and _COUNTED.match(frame.who.text) is not None
    if not named and not counted:
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
            changes["who"] = span_name(actors[0], article.id, resolution)
    when = frame.when
    if when is None or when.granularity in ("month", "year"):
        # "World Series 2016: ... fans celebrate": the lead's day of the same action is
        # nearer than its year.
        same = when_of_same_action(frame, article, analysis, size)
        if same is not None and (when is None or inside(same, when)):
            when = same
    if when is not None:
        changes["when"] = with_its_time(article.body, analysis, when.start, when.end_char)
    if when is not frame.when and when is not None:  # the same action's date: the event's
        changes.update(dated(when.value, when.end, when.granularity))
    elif event.when is None:
        lexicon = dict(analysis.lemmas)
        news = stems(article.title, lexicon) | stems(frame.action, lexicon)
        ahead = _AHEAD.search(frame.action) is not None
        changes.update(when_from_lead(article, analysis, end, news, ahead=ahead))
    broad = event.where is not None and is_broad(event.where)
    if event.where is None or event.where_from_dateline or broad:
        after = end_of(analysis, min(size + AFTER_LEAD, len(analysis.sentences)))
        changes.update(where_from_lead(event, article, analysis, resolution, end, after))
    where = changes.get("where", event.where)
    if isinstance(where, str) and not changes.get("where_from_dateline", event.where_from_dateline):
        town = town_of(where, article, analysis, resolution)
        if town is not None:
            changes["where"] = f"{where}, {town}"
    return replace(event, **changes)  # type: ignore[arg-type]


# A phrase that counts people or things: "Nearly 80 people", "At least seven", "Dozens" (not
# "One", which names as often: "One Direction").
_COUNTED = re.compile(
    rf"(?:{one_of(HEDGES)}\s+)?"
    r"(?:\d[\d,.]*|" + "|".join([*MANY, *NUMBER_WORDS.keys() - {"one"}, *TENS]) + r")\b",
    re.IGNORECASE,
)
# "German consulate", "Swiss chocolate": a nationality used as an adjective is no actor.
_MODIFIES = re.compile(r"[ \t]+[a-z]")
