"""The briefing: bottom line first, key points citing every article that reports them, key
actors under one name, a dated timeline, what later reports add, and the sources.

Deterministic: the same articles give the same briefing. Facts repeated across articles
(the same sentence, or a paraphrase) are said once, citing all of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefing.core.brief.actors import key_actors
from briefing.core.brief.bottom_line import bottom_line
from briefing.core.brief.changes import changes
from briefing.core.brief.pronouns import opens_on_pronoun, says_nothing_alone, within
from briefing.core.brief.run_on import runs_on
from briefing.core.brief.same_fact import (
    SAME_FACT,
    FactSentence,
    content_words,
    distinct,
    group_facts,
    join_same_events,
    printed,
    says_again,
    template_sentences,
    vectors,
)
from briefing.core.brief.timeline import timeline
from briefing.core.brief.wording import (
    EMBEDDED,
    URL,
    as_printed,
    as_said,
    is_statement,
    stands_alone,
)
from briefing.core.models import (
    Analysis,
    Article,
    Briefing,
    Facts,
    Point,
    Source,
)
from briefing.core.similarity import cosine, unit
from briefing.core.sources.text import is_caption, without_dateline
from briefing.core.vocab import AUXILIARIES, one_of
from briefing.core.words import Lexicon

MAX_POINTS = 8
CENTRAL = 0.8  # weight of centrality against position in a sentence's score
PER_OUTLET = 0.5  # a fact's rank gains this for each further article that reports it
PRONOUN_OPENING = 0.3  # a sentence opening on a pronoun loses this: it leans on the one before


def _sources(
    items: Sequence[tuple[Article, Analysis]],
) -> tuple[tuple[Source, ...], dict[str, int]]:
    """The articles as numbered sources, oldest first, and each article's number."""
    ordered = sorted((a for a, _ in items), key=lambda a: (a.date or "9999", a.title, a.id))
    sources = tuple(
        Source(n, a.date, a.title, a.source, a.path, a.url, a.id) for n, a in enumerate(ordered, 1)
    )
    return sources, {a.id: n for n, a in enumerate(ordered, 1)}


def build_briefing(
    items: Sequence[tuple[Article, Analysis]],
    facts: Facts,
    *,
    story: str | None = None,
    max_points: int = MAX_POINTS,
) -> Briefing:
    """The briefing of these articles.

    Args:
        items: The selection: articles with their analyses.
        facts: Extraction's results for the selection (`extract.facts.selection_facts`):
            canonical entities, each article's events and main event.
        story: The title of the story these articles tell (`stories.grouping.summarise`:
            the headline of the article closest to all the others), which the briefing's
            title gives with the dates the articles span; "Briefing" when None.
        max_points: How many key points at most.
    """
    resolution = facts.resolution
    sources, number = _sources(items)
    ordered = sorted(items, key=lambda pair: number[pair[0].id])
    template = template_sentences(items)
    lexicon = facts.lexicon
    sentences = _scored_sentences(ordered, template, lexicon)
    events = [(a, list(facts.articles[a.id].events)) for a, _ in ordered]
    named = {e.name for e in resolution.entities}
    told = join_same_events(group_facts(sentences), events, named, lexicon)

    def rank(group: list[FactSentence]) -> tuple[float, int, int]:
        outlets = len({s.article.id for s in group})
        best = max(s.score for s in group) + PER_OUTLET * (outlets - 1)
        return (-best, number[group[0].article.id], group[0].index)

    ranked = sorted(told, key=rank)
    bottom = bottom_line(items, facts, number)
    if bottom is not None:
        # The bottom line says its sentence's fact already: not again as a key point.
        said = vectors([(ordered[0][0], 0, bottom[1].sentence)], lexicon)[0].vector
        ranked = [g for g in ranked if max(cosine(said, s.vector) for s in g) < SAME_FACT]
    if story is not None:  # the title says the story's headline already: no key point
        ranked = [g for g in ranked if not any(_said_in_title(s.text, story) for s in g)]

    def lead(group: list[FactSentence]) -> FactSentence:
        return max(group, key=lambda s: (s.score, -number[s.article.id]))

    shown = distinct(ranked, max_points, lead)
    shown_vectors = [lead(g).vector for g in shown]
    points = [
        Point(as_said(lead(g).text), tuple(sorted({number[s.article.id] for s in g})))
        for g in shown
    ]
    actors = key_actors(ordered, facts, template)
    reporters = frozenset(resolution.entities[i].name for i in facts.reporters)
    entries = timeline(events, resolution, number, template, lexicon, bottom, reporters)
    dated = tuple(entry for entry, _ in entries)
    telling = {
        (article, as_printed(sentence))
        for _, sentences in entries
        for article, sentence in sentences
    }
    wordings = [set(content_words(entry.text, lexicon)) for entry in dated] + [
        set(content_words(sentence, lexicon)) for _, sentence in telling
    ]

    def again(group: list[FactSentence]) -> bool:
        """Whether a fact says a key point again, or is a timeline entry told again: a
        sentence that tells an entry, or one in the words of the entry or of a sentence
        that tells it (trial F's What changed repeated "Zhao Zicong fell down the 130ft
        deep well on Sunday ...")."""
        if any((s.article.id, as_printed(s.text)) in telling for s in group):
            return True
        words = set(content_words(lead(group).text, lexicon))
        return says_again(lead(group).vector, shown_vectors) or any(
            tells_entry_again(words, entry) for entry in wordings
        )

    return Briefing(
        title=_title(story, sources),
        bottom_line=bottom[0] if bottom else None,
        key_points=tuple(points),
        actors=actors,
        timeline=dated,
        # What later reports add: not the bottom line's fact, nor a key point's, nor one
        # that says a key point or the timeline again.
        changes=changes(ranked, number, sources, said={id(g) for g in shown}, again=again),
        sources=sources,
    )


ENTRY_SLACK = 3  # words a fact may add to a timeline entry (its day, a role) and be it again


def tells_entry_again(fact: set[str], entry: set[str]) -> bool:
    """Whether a fact's content words are a timeline entry's, and at most ENTRY_SLACK more
    (its day, a role); not a later count in the same words ("At least 97 people were killed
    in Siavonga, the governor said" after "At least 41 people were killed in Siavonga":
    review I)."""
    return bool(entry) and entry <= fact and len(fact - entry) <= ENTRY_SLACK


def _scored_sentences(
    ordered: Sequence[tuple[Article, Analysis]], template: set[tuple[str, str]], lexicon: Lexicon
) -> list[FactSentence]:
    """The sentences that may make a key point, as vectors, each scored by how central it
    is to the selection and how near its article's top."""
    raw = []
    for article, analysis in ordered:
        starts = [m.start for m in analysis.mentions]  # in reading order
        framed = {frame.sentence for frame in analysis.events}  # sentences with a clause
        for i, s in enumerate(analysis.sentences):
            text = without_dateline(article.body[s.start : s.end])
            inside = within(analysis.mentions, starts, s.start, s.end)
            # Four words that are not a web address, not the outlet's page template, and not
            # the signature of an embedded post ("— Elon Musk (@elonmusk) December 2, 2017");
            # a statement, not a question, a link or a quotation nobody is said to have said,
            # that does not point back at the sentence before ("Which is where ... comes in");
            # a sentence that ends as one: a line of a page without a full stop is a
            # caption, a related video's title or a subheading ("Deadliest shootings in US
            # history", "Trump's entire Las Vegas shooting address"), even the first
            # ("Countries affected by the 2004 Indian Ocean tsunami"), or a headline, which
            # its lead says as a whole statement (a trial's key points were 7 headlines of 8:
            # "North Korea's winter training means fewer missile launches"); one sentence,
            # not a run of captions the parse took for one (`runs_on`).
            if (
                len(content_words(URL.sub(" ", text), lexicon)) >= 4
                and printed(article, text) not in template
                and not EMBEDDED.search(text)
                and is_statement(text)
                and stands_alone(text)
                and not says_nothing_alone(text, inside)
                and not is_caption(text)
                and not runs_on(text)
                and not (i not in framed and is_fragment(text))
            ):
                raw.append((article, i, text))
    sentences = vectors(raw, lexicon)
    # What the selection is about: the sum of its sentences. A sentence close to it is
    # central to the story (one pass, so 50 articles stay fast); a lead sentence carries news.
    centroid: Counter[str] = Counter()
    for sentence in sentences:
        centroid.update(sentence.vector)
    central = unit(centroid)
    for sentence in sentences:
        sentence.score = CENTRAL * cosine(sentence.vector, central) + (1 - CENTRAL) / (
            1 + sentence.index
        )
        if opens_on_pronoun(sentence.text):
            sentence.score -= PRONOUN_OPENING  # "He had a meeting ..." means little alone
    return sentences


# A phrase written as a sentence, for effect: a preposition's phrase and no clause the parse
# read ("Next, it rained. Honest. For a 17-minute rain delay.": a third trial's key point);
# not a clause of "to be" or "to have", which the parse reads no event in ("By noon the fire
# was out.", "In all there were 12 arrests.": a review's).
# Not "Until it was too late." nor "For those who have lost loved ones." (a later review's):
# "to be" in a clause that hangs on the phrase; but a clause that ends in a few words, not
# one a main clause follows ("Until they were rescued the miners survived"), and "that"
# after a name is a word that points ("In France that is a crime": the review of session
# 31's), after a noun in lower case a relative ("With the deal that was signed": 32's).
_AUXILIARY = one_of(AUXILIARIES)
_FRAGMENT = re.compile(
    r"(?:(?:Until|Before|After)[ \t]+(?:it|he|she|they|we|I|you|there)[ \t]+"
    + _AUXILIARY
    + r"\b(?:[ \t]+[^\s,;:]+){0,3}[ \t]*\Z"
    r"|(?:For|With|Without|Like|Of|From|Into|Through|During|Until|Despite|Amid|Before"
    r"|After|In|On|At|By)\b"
    r"(?![^,;:\n]*\b(?<!who )(?<!which )" + _AUXILIARY + r"\b)"
    r"[^,;:\n]*\Z)"
)


# "that" after a noun a determiner opens, before its verb: a relative ("the deal that was");
# not after a phrase that says when or how ("In practice that is a crime", "At the time
# that was a record": the review of session 32's second reading), nor before what the noun
# is said to be ("that was a record").
_RELATIVE_THAT = re.compile(
    r"\b((?:the|a|an|this|these|those|his|her|their|its|our|every|each|any|some)[ \t]+"
    r"(?:(?:[a-z][\w'’-]*|\d[\d,]*)[ \t]+){0,2}?"
    r"(?!(?:time|end|moment|meantime|start|beginning|past)\b)"
    r"[a-z][\w'’-]*[ \t]+)that(?=[ \t]+" + _AUXILIARY + r"\b(?![ \t]+(?:(?:a|an|the)\b|\d)))"
)


def is_fragment(text: str) -> bool:
    """Whether a sentence is a phrase written as one (`_FRAGMENT`)."""
    return _FRAGMENT.match(_RELATIVE_THAT.sub(r"\1which", text)) is not None


def _said_in_title(sentence: str, title: str) -> bool:
    """Whether a sentence is the title's words, or its first sentence, whatever their case
    and end ("Erie Smashes Snowfall Record" and "Erie smashes snowfall record."; "North
    Korea hasn't launched a missile in 56 days." of "... in 56 days. What's going on?")."""
    words = sentence.casefold().rstrip(" .!").split()
    said = title.casefold().rstrip(" .!").split()
    if not words or len(said) < len(words):
        return False
    ends = len(said) == len(words) or said[len(words) - 1].endswith((".", "!", "?"))
    return ends and [*said[: len(words) - 1], said[len(words) - 1].rstrip(".!?")] == words


# Not "U.S.", "...", nor an abbreviation's: "p.m.", "Jr.", "Inc.".
_FULL_STOP = re.compile(r"(?:\b[a-z]{3,}|\d{2,}|[”’\"')])\.\Z")


def _title(story: str | None, sources: Sequence[Source]) -> str:
    """The story's title and the dates its articles span ("<title>, 2017-09-03 to
    2017-09-05")."""
    name = " ".join((story or "Briefing").split())
    if _FULL_STOP.search(name):  # "... did anything wrong., 2017-12-28": no "."
        name = name[:-1]
    dates = sorted(s.date for s in sources if s.date)
    if not dates:
        return name
    span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"
    asks = name.rstrip("\"'”’)").endswith(("?", "!"))  # ("... defect?, 2017-09-13": trial D)
    return f"{name} {span}" if asks else f"{name}, {span}"
