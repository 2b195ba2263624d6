"""Where the main event happened: the most specific place the lead names (a site with its town,
a town, the dateline, a country last).
"""

from __future__ import annotations

import re

from briefing.core.extract.events import span_name
from briefing.core.extract.label_cues import driven
from briefing.core.extract.places import is_broad, is_specific
from briefing.core.models import (
    Analysis,
    Article,
    Event,
    Mention,
    Resolution,
)

AFTER_LEAD = 2  # sentences after the lead that may give its news's town


# What leads from a building or site to the town the text puts it in: "Trump Tower in New
# York City", "the German Consulate in the northern commercial hub of Mazar-i-Sharif".
_IN_TOWN = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,4}?(?:of[ \t]+)?\Z")


def town_of(where: str, article: Article, analysis: Analysis, resolution: Resolution) -> str | None:
    """The town or area the text places a building or site in, where it names one right
    after it: "Trump Tower in New York City" gives New York City (a reader asked where says
    both). Not a country: "the consulate in Afghanistan" says no more than the building."""
    mentions = analysis.mentions
    for i, m in enumerate(mentions):
        if m.label != "FAC" or span_name(m, article.id, resolution) != where:
            continue
        for town in mentions[i + 1 : i + 3]:
            if town.label not in ("GPE", "LOC") or town.start - m.end > 50:
                continue
            name = span_name(town, article.id, resolution)
            if _IN_TOWN.match(article.body[m.end : town.start]) and is_specific(name):
                return name
    return None


def where_from_lead(
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
        return span_name(m, article.id, resolution)

    places = [
        m
        for m in analysis.mentions
        if m.label in ("GPE", "LOC", "FAC")
        and not driven(article.body, m.start, m.end)  # "lost control of his Ferrari": a make
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


_TOWARD = re.compile(r"\b(?:to|into|toward|towards|onto)\s+(?:the\s+)?\Z", re.IGNORECASE)


# "US-based Mondelez", "a Hong Kong-flagged ship": a place that describes someone or
# something, not where the news happens.
_ATTRIBUTE = re.compile(
    r"-(?:based|born|bred|headquartered|registered|flagged|listed|owned|made|built|bound|backed)\b"
)
