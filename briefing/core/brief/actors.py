"""The key actors of a briefing: the people and organisations named in most of its
articles, under one name each; not who only reports the news (reporters, presenters,
outlets, agencies), nor what only page furniture names.

Used by core/brief/build.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.core.brief.furniture import is_page_furniture
from briefing.core.brief.same_fact import printed
from briefing.core.brief.wording import EMBEDDED
from briefing.core.models import Actor, Analysis, Article, Facts
from briefing.core.sources.credits import PHOTO_CAPTION
from briefing.core.sources.text import copyright_lines, is_caption
from briefing.core.sources.urls import site_name, squeezed
from briefing.core.vocab import NEWS_AGENCIES, PHOTO_AGENCIES

ACTORS = ("PERSON", "ORG")
# News and picture agencies: whose copy and photographs outlets print, so sources of a story,
# not its actors (the Sun credits each gallery picture "Reuters" on a line of its own).
AGENCIES = frozenset({*NEWS_AGENCIES, *PHOTO_AGENCIES})


def key_actors(
    ordered: Sequence[tuple[Article, Analysis]], facts: Facts, template: set[tuple[str, str]]
) -> tuple[Actor, ...]:
    """The ten key actors of the articles `ordered` (`template`: their outlets' page
    template sentences, `printed`)."""
    return _key_actors(facts, _furniture(ordered, facts, template) | _outlets(ordered, facts))


# A speaker's label in a transcript, in capitals before a colon: "DAVID GREENE, HOST:".
_LABEL = re.compile(r"[ \t]*:")


def _furniture(
    ordered: Sequence[tuple[Article, Analysis]], facts: Facts, template: set[tuple[str, str]]
) -> set[int]:
    """The entities named only where a page says no news: in its copyright notice ("...
    belongs to China Daily Information Co (CDIC). Without written authorization from
    CDIC"), in its outlet's template, printed in several of its articles ("NPR transcripts
    are created on a rush deadline by Verb8tm, Inc."), in what it says of itself or a line
    that is no sentence (`_says_no_news`), or as a transcript's speaker label in capitals
    ("DAVID GREENE, HOST:")."""
    by_article: dict[str, list[tuple[int, int]]] = {}
    for article, analysis in ordered:
        by_article[article.id] = (
            copyright_lines(article.body, footer=True)
            + _signed(article.body)
            + [
                (s.start, s.end)
                for s in analysis.sentences
                if _says_no_news(article, s.start, s.end, template)
            ]
        )
    bodies = {article.id: article.body for article, _ in ordered}
    said: set[int] = set()  # entities named somewhere else
    named: set[int] = set()
    for (article_id, start, end), index in facts.resolution.by_mention.items():
        named.add(index)
        if index in said or article_id not in bodies:
            continue
        body = bodies[article_id]
        label = body[start:end].isupper() and _LABEL.match(body, end) is not None
        if not label and not any(a <= start < b for a, b in by_article[article_id]):
            said.add(index)
    return named - said


def _says_no_news(article: Article, start: int, end: int, template: set[tuple[str, str]]) -> bool:
    """Whether a sentence of an article is its outlet's template, what the page says of
    itself (`is_page_furniture`: "Add Weather as an interest to stay up to date", a menu's
    "Archives Select Month ..."), an agency's caption (`PHOTO_CAPTION`) or a button ("Add
    Interest"): trial F's key actors. (Not any line without a full stop: a list of those
    charged, a paragraph that lost its stop, name people: review H; not a menu written as a
    list, which no line ending in a colon brings in: review J.)"""
    sentence = article.body[start:end]
    return (
        printed(article, sentence) in template
        or is_page_furniture(sentence)
        or PHOTO_CAPTION.search(sentence) is not None
        or (
            len(sentence.split()) <= BUTTON_WORDS
            and not (_LIST_ITEM.match(sentence) and _brought_in(article.body, start))
            and is_caption(sentence, article.title)
        )
    )


_LIST_ITEM = re.compile(r"\s*(?:[-–•*]|\d{1,2}[.)])\s")  # "- Laura Feeney" (review I)


BUTTON_WORDS = 3  # a line this short without a full stop is a button ("Add Interest")


def _brought_in(body: str, start: int) -> bool:
    """Whether the list whose item starts at `start` follows a line ending in a colon
    ("Those charged are:")."""
    for line in reversed(body[:start].split("\n")[:-1]):
        if line.strip() and not _LIST_ITEM.match(line):
            return line.rstrip().endswith(":")
    return False


def _signed(body: str) -> list[tuple[int, int]]:
    """The stretches of a body that sign an embedded post ("— Carol Murphy (@anncarol)
    December 27, 2017": trial F's key actors), however the parse split them into sentences
    (review J: "... (@anncarol)" | "Dec 27, 2017 via Twitter"): each from the end of the
    sentence before it, not the whole line, which may be the whole article (review K)."""
    spans = []
    for found in EMBEDDED.finditer(body):
        start = max(body.rfind(stop, 0, found.start()) for stop in (". ", "! ", "? ", "\n")) + 1
        spans.append((start, found.end()))
    return spans


_AGENCIES = frozenset(squeezed(name) for name in AGENCIES)


def _outlets(ordered: Sequence[tuple[Article, Analysis]], facts: Facts) -> set[int]:
    """The entities that are one of the selection's outlets, by their site's name
    ("www.npr.org": NPR, "usa.chinadaily.com.cn": China Daily), or a news or picture
    agency ("Reuters", "Getty Images"): sources, not actors, unless an article's main event
    is what they did."""
    sites = ({site_name(article.source) for article, _ in ordered} - {""}) | _AGENCIES
    doers = {m.who for m in (a.main_event for a in facts.articles.values()) if m is not None}
    return {
        i
        for i, e in enumerate(facts.resolution.entities)
        if squeezed(e.name) in sites and e.name not in doers
    }


def _key_actors(facts: Facts, furniture: set[int]) -> tuple[Actor, ...]:
    """The ten people and organisations named in most articles, not who only reports, nor
    what only page furniture names (`_furniture`)."""
    resolution = facts.resolution
    # A bare surname left apart ("Paddock" when Stephen and Eric Paddock are both named)
    # is one of them, not an actor of its own.
    surnames = {
        e.name.split()[-1] for e in resolution.entities if e.label == "PERSON" and " " in e.name
    }
    return tuple(
        Actor(e.name, e.label, e.role, e.mentions, len(e.articles))
        for e in sorted(
            (
                e
                for i, e in enumerate(resolution.entities)
                if e.label in ACTORS
                and not (e.label == "PERSON" and e.name in surnames)
                and i not in facts.reporters
                and i not in furniture
            ),
            key=lambda e: (-len(e.articles), -e.mentions, e.name),
        )[:10]
    )
