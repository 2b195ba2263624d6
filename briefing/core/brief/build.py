"""The briefing: bottom line first, key points citing every article that reports them, key
actors under one name, a dated timeline, what later reports add, and the sources.

Deterministic: the same articles give the same briefing. Facts repeated across articles
(the same sentence, or a paraphrase) are said once, citing all of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from briefing.core.brief.wording import (
    CUT_SHORT,
    EMBEDDED,
    ENDED,
    URL,
    as_written,
    is_statement,
    open_end,
    place_words,
    preposition,
    stands_alone,
    what_was_said,
)
from briefing.core.models import (
    Actor,
    Analysis,
    Article,
    Briefing,
    Dated,
    Event,
    Facts,
    Point,
    Resolution,
    Source,
)
from briefing.core.similarity import cosine, tfidf, unit
from briefing.core.vocab import FACT_STOPWORDS, FILLERS, OBJECT_PRONOUNS, OPENING_PRONOUNS
from briefing.core.when import long_date, precise
from briefing.core.words import content_stems, stem, verb_stem

SAME_FACT = 0.5  # cosine similarity from which two sentences say the same thing
CONTAINED = 0.7  # share of a sentence's weight in a longer one that says the same and more
MIN_CONTAINED = 4  # content words a sentence needs for that test
COMPARED = 4  # members of a group of sentences a new sentence is compared with
CANDIDATES = 48  # groups a new sentence is compared with, at most (see `_facts`)
RECENT_GROUPS = 64  # the last groups holding a word, which a sentence with it may join
MAX_POINTS = 8
CENTRAL = 0.8  # weight of centrality against position in a sentence's score
MAX_TIMELINE = 12
BACKGROUND_DAYS = 31  # before a story's first article: what led up to it, not its history
CHANGES_PER_DAY = 2  # the most central new facts of each later day
MAX_CHANGES = 8
ACTORS = ("PERSON", "ORG")
TITLE_WORDS = 12  # a headline longer than this does not make the briefing's title
CENTRAL_EVENT = 0.8  # of the best support: a main event the story's articles report
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    """The content words, without their common endings ("removes", "removed": "remov")."""
    return [stem(w) for w in _WORD.findall(text.lower()) if w not in FACT_STOPWORDS]


@dataclass
class _Sentence:
    article: Article
    index: int
    text: str
    vector: dict[str, float]
    score: float = 0.0


def _vectors(sentences: list[tuple[Article, int, str]]) -> list[_Sentence]:
    """TF-IDF vectors (unit length) of the sentences, over this selection."""
    bags = [Counter(_words(text)) for _, _, text in sentences]
    df = Counter(word for bag in bags for word in bag)
    n = len(bags)
    out = []
    for (article, index, text), bag in zip(sentences, bags, strict=True):
        out.append(_Sentence(article, index, text, tfidf(bag, df, n)))
    return out


def _likeness(a: dict[str, float], b: dict[str, float]) -> float:
    """How nearly two sentences say the same thing: 1 or more when they do. Either similar
    as wholes (cosine SAME_FACT), or the shorter one's words (weighted by rarity) nearly all
    in the longer one, which only adds to it (share CONTAINED: the headline "Apple removes
    Telegram from app store" in "Apple removed Telegram from the App Store due to ...")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    cosine = contained = 0.0
    for word, weight in short.items():
        other = long.get(word)
        if other is not None:
            cosine += weight * other
            contained += weight * weight  # a unit vector's squared weights sum to 1
    if len(short) < MIN_CONTAINED:
        contained = 0.0
    return max(cosine / SAME_FACT, contained / CONTAINED)


def _facts(sentences: list[_Sentence]) -> list[list[_Sentence]]:
    """Group sentences that say the same thing (greedy, in reading order): a sentence joins
    the group with a member most like it (see `_likeness`).

    A sentence is compared only with groups that share a rare word with it: one of its five
    heaviest words, or a word that is one of a member's five heaviest. Two sentences that
    say the same thing share their rare words. Of those, the CANDIDATES groups sharing most
    weight are compared, and a word leads only to the RECENT_GROUPS last groups holding it:
    sources come oldest first, so outlets repeating a fact stand near each other, and a
    sentence is compared with a bounded number of groups however many articles there are.
    """
    groups: list[list[_Sentence]] = []
    by_word: dict[str, list[int]] = {}  # any word of a member -> its last groups
    by_heavy: dict[str, list[int]] = {}  # a member's five heaviest words -> its last groups
    for sentence in sentences:
        vector = sentence.vector
        heavy = sorted(vector, key=lambda w: (-vector[w], w))[:5]
        shared: dict[int, float] = {}  # group -> weight of the words leading to it
        for word in heavy:
            for g in by_word.get(word, ()):
                shared[g] = shared.get(g, 0.0) + vector[word]
        for word, weight in vector.items():
            for g in by_heavy.get(word, ()):
                shared[g] = shared.get(g, 0.0) + weight
        candidates = sorted(shared, key=lambda g: (-shared[g], g))[:CANDIDATES]
        likeness = {
            g: max(_likeness(vector, m.vector) for m in groups[g][:COMPARED]) for g in candidates
        }
        best = max(candidates, key=lambda g: (likeness[g], -g), default=None)
        if best is not None and likeness[best] >= 1:
            groups[best].append(sentence)
        else:
            groups.append([sentence])
            best = len(groups) - 1
        for index, words in ((by_word, vector), (by_heavy, heavy)):
            for word in words:
                _remember(index.setdefault(word, []), best)
    return groups


def _remember(recent: list[int], group: int) -> None:
    """Put `group` last in a word's list of groups, which keeps the RECENT_GROUPS last."""
    if group in recent:
        recent.remove(group)
    recent.append(group)
    if len(recent) > RECENT_GROUPS:
        del recent[0]


def _same_events(
    facts: list[list[_Sentence]],
    events: Sequence[tuple[Article, list[Event]]],
    named: Collection[str],
) -> list[list[_Sentence]]:
    """The facts, those that tell one event joined: the same actor doing the same to the same
    other party ("Nikolay Patrushev will be visiting India", "Gen Patrushev who is visiting
    India at the invitation of NSA Doval"), however differently the sentences go on.
    `named`: the names of the selection's entities."""
    keys: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
    # "had instructed their senior officials to remain in touch", told without naming who
    # ("The two leaders ..."), is the deed "PM Modi and President Putin instructed their
    # senior officials to keep in touch" names the actors of.
    anonymous = {
        d for _, told in events for e in told if e.who not in named and (d := _deed(e))
    }  # fmt: skip
    for article, article_told in events:
        for event in article_told:
            sentence = (article.id, " ".join(event.sentence.split()))
            # A verb's first word says what it does; an event noun's last ("phone call").
            head = event.action.split()[-1:] if event.kind == "noun" else [event.action]
            stem = verb_stem(" ".join(head))
            if event.who and event.whom and event.who != event.whom and stem:
                keys.setdefault(sentence, set()).add((event.who, stem, event.whom))
            if (deed := _deed(event)) in anonymous:
                keys.setdefault(sentence, set()).add(("", " ".join(deed), ""))
    joined: list[list[_Sentence]] = []
    owner: dict[tuple[str, str, str], int] = {}  # event -> index in `joined`
    for group in facts:
        told = {
            key for s in group for key in keys.get((s.article.id, " ".join(s.text.split())), ())
        }
        target = next((owner[k] for k in sorted(told) if k in owner), None)
        if target is None:
            target = len(joined)
            joined.append([])
        joined[target].extend(group)
        for key in told:
            owner.setdefault(key, target)
    return joined


DEED_WORDS = 3  # content words that make a deed specific: a verb and what it acts on


def _deed(event: Event) -> tuple[str, ...] | None:
    """What a clause does to what, as its first DEED_WORDS content words: "had instructed
    their senior officials to remain" is (instruct, senior, official). None for less."""
    words = content_stems(event.action) if event.kind == "verb" else []
    return tuple(words[:DEED_WORDS]) if len(words) >= DEED_WORDS else None


def _printed(article: Article, sentence: str) -> tuple[str, str]:
    """A sentence as its outlet prints it: the key of `_template_sentences`."""
    return article.source, " ".join(sentence.split())


def _template_sentences(items: Sequence[tuple[Article, Analysis]]) -> set[tuple[str, str]]:
    """(source, sentence) pairs that one outlet prints in several articles: its page
    template ("Advertisement Continue reading the main story"), not news."""
    seen: dict[tuple[str, str], set[str]] = {}
    for article, analysis in items:
        if not article.source:
            continue
        for s in analysis.sentences:
            seen.setdefault(_printed(article, article.body[s.start : s.end]), set()).add(article.id)
    return {key for key, ids in seen.items() if len(ids) > 1}


def _sources(
    items: Sequence[tuple[Article, Analysis]],
) -> tuple[tuple[Source, ...], dict[str, int]]:
    """The articles as numbered sources, oldest first, and each article's number."""
    ordered = sorted((a for a, _ in items), key=lambda a: (a.date or "9999", a.title, a.id))
    sources = tuple(
        Source(n, a.date, a.title, a.source, a.path, a.url) for n, a in enumerate(ordered, 1)
    )
    return sources, {a.id: n for n, a in enumerate(ordered, 1)}


def _bottom_line(
    items: Sequence[tuple[Article, Analysis]], facts: Facts, number: dict[str, int]
) -> tuple[Point, Event] | None:
    """The main event the story is about, that says most. Of the articles' main events, those
    whose sentence the other articles' leads also tell most (not one outlet's side story:
    "Stephen Paddock, Las Vegas Suspect, Was a Gambler") and that is not cut short ("kills
    12, including 10 U.S...."); of those, the one with named
    actors on both sides, a day, a place; the latest of those wins."""
    resolution = facts.resolution
    mains = [e for a, _ in items if (e := facts.articles[a.id].main_event) is not None]
    leads = {a.id: set(_words(a.body[: facts.articles[a.id].lead_end])) for a, _ in items}

    # How many leads say each word: a sentence's words summed over it are its words in all
    # the leads together, in one pass however many articles there are.
    said_in = Counter(word for lead in leads.values() for word in lead)

    def support(event: Event) -> float:
        """The mean share of the event's sentence that each other article's lead says too."""
        words = set(_words(event.sentence))
        others = len(leads) - (event.article in leads)
        if not words or not others:
            return 1.0
        in_others = sum(said_in[w] for w in words) - len(words & leads.get(event.article, set()))
        return in_others / len(words) / others

    supports = {id(event): support(event) for event in mains}
    central = CENTRAL_EVENT * max(supports.values(), default=0.0)
    best: tuple[tuple[int, int, int, int, int, int, str], Event] | None = None
    for event in mains:
        key = (
            int(supports[id(event)] >= central),
            int(CUT_SHORT.search(event.sentence) is None),
            int(event.who is not None and event.whom is not None),
            int(event.when_granularity == "day" and not event.when_from_article),
            int(event.where is not None and not event.where_from_dateline),
            int(event.who is not None),
            event.when_date or "",
        )
        if best is None or key > best[0]:
            best = (key, event)
    if best is None:
        return None
    event = best[1]
    who = event.who or "Someone"
    entity = next((e for e in resolution.entities if e.name == event.who), None)
    if entity is not None and entity.role:
        who = f"{who}, {entity.role},"
    # As the outlet wrote it, when the sentence's subject is more than its named actor
    # ("Sarah Silverman and Michael Sheen split", "Former Facebook and Google employees ...").
    headline = as_written(event, entity)
    text = " ".join(event.sentence.split()) if headline else f"{who} {event.what}"
    if event.topic and not headline:
        text += f" on {event.topic}"
    if event.where and event.where != event.who and not headline:
        body = next(a.body for a, _ in items if a.id == event.article)
        site = event.where.split(", ")[0]
        text += place_words(text, event.where, preposition(event.sentence, body, site))
    dated = event.when_date and event.when_granularity == "day"
    said = headline and (
        event.when_from_article or (event.when is not None and event.when in event.sentence)
    )
    if dated and not said and not re.search(r"[?!][\"'”’)]*$", text):
        text = open_end(text) + f" on {long_date(event.when_date)}"  # type: ignore[arg-type]
    text = text.rstrip(":;, ")
    if not ENDED.search(text):
        text += "."
    # Its sources: its article, and those whose lead tells at least half of its sentence.
    words = set(_words(event.sentence))
    sources = sorted(
        number[article]
        for article, lead in leads.items()
        if article == event.article or (words and len(words & lead) >= len(words) / 2)
    )
    return Point(text, tuple(sources)), event


def _timeline(
    events: Sequence[tuple[Article, list[Event]]],
    resolution: Resolution,
    number: dict[str, int],
    template: set[tuple[str, str]],
    main: tuple[Point, Event] | None = None,
) -> tuple[Dated, ...]:
    """Events dated by their own sentence, by named actors; one entry per (date, who, what).
    The bottom line's event (`main`, with its citations) is one of them when its text dates
    it, whoever its actor: the story's news ("Tram derails in Croydon") belongs on its own
    timeline."""
    entries: dict[tuple[str, str, str], tuple[Event, set[int]]] = {}
    told: set[tuple[str, str]] = set()
    names = {e.name: e for e in resolution.entities}
    for article, article_told in events:
        for event in article_told:
            actor = names.get(event.who or "")
            if event.when_from_article or not event.when_date or actor is None:
                continue
            if _printed(article, event.sentence) in template:
                continue
            if EMBEDDED.search(event.sentence) or not is_statement(event.sentence):
                continue  # a post quoted in the page, a question, a piece of a quotation
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
    if main is not None and main[1].when_date and not main[1].when_from_article:
        point, event = main
        if (event.article, event.sentence) not in told:  # else it is there already
            entries[main[1].when_date, "", event.sentence] = (event, set(point.citations))
    # "Last month" in one article and "on August 24" in another, for the same actors: one
    # event, told at its most precise date, citing both.
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
    news = main[1] if main is not None else None
    chosen = _most_telling(list(entries.values()), news, _first_day(events))
    ordered = sorted(
        chosen,
        key=lambda pair: (pair[0].when_date or "", pair[0].when_end or "", pair[0] is not news),
    )  # the day's news first
    out = []
    for event, cited in ordered:
        said = what_was_said(event)
        if main is not None and event is main[1] and as_written(event, names.get(event.who or "")):
            text = open_end(" ".join(event.sentence.split()))  # as the bottom line tells it
        elif said and not said.startswith(event.action):
            text = said  # the sentence itself names who said it
        else:
            text = f"{event.who} {said or event.what}"
            if event.where and not event.where_from_dateline and not said:
                text += place_words(text, event.where, "in")
        out.append(
            Dated(
                event.when_date or "",
                event.when_end,
                event.when_granularity or "day",
                text,
                tuple(sorted(cited)),
            )
        )
    return tuple(out)


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
    BACKGROUND_DAYS before the first article or later (a story's timeline, not the 1908
    titles its articles recall), told to the day, cited by the most articles."""
    if len(entries) <= MAX_TIMELINE:
        return entries
    since = ""
    if first is not None:
        since = (dt.date.fromisoformat(first) - dt.timedelta(days=BACKGROUND_DAYS)).isoformat()

    def telling(pair: tuple[Event, set[int]]) -> tuple[bool, bool, bool, int, str]:
        event, cited = pair
        recent = (event.when_end or event.when_date or "") >= since
        exact = precise(event.when_granularity, event.when_date, event.when_end)
        return (event is news, recent, exact, len(cited), event.when_date or "")

    return sorted(entries, key=telling, reverse=True)[:MAX_TIMELINE]


def build_briefing(
    items: Sequence[tuple[Article, Analysis]],
    facts: Facts,
    *,
    title: str | None = None,
    max_points: int = MAX_POINTS,
) -> Briefing:
    """The briefing of these articles.

    Args:
        items: The selection: articles with their analyses.
        facts: Extraction's results for the selection (`extract.facts.selection_facts`):
            canonical entities, each article's events and main event.
        title: A title; derived from the bottom line's actors and dates when None.
        max_points: How many key points at most.
    """
    resolution = facts.resolution
    sources, number = _sources(items)
    ordered = sorted(items, key=lambda pair: number[pair[0].id])
    template = _template_sentences(items)
    raw = []
    for article, analysis in ordered:
        for i, s in enumerate(analysis.sentences):
            text = article.body[s.start : s.end]
            # Four words that are not a web address, not the outlet's page template, and not
            # the signature of an embedded post ("— Elon Musk (@elonmusk) December 2, 2017");
            # a statement, not a question, a link or a quotation nobody is said to have said,
            # that does not point back at the sentence before ("Which is where ... comes in");
            # a sentence that ends as one, but for the headline: a line of a page without a
            # full stop is a caption, a related video's title or a subheading ("Deadliest
            # shootings in US history", "Trump's entire Las Vegas shooting address").
            if (
                len(_words(URL.sub(" ", text))) >= 4
                and _printed(article, text) not in template
                and not EMBEDDED.search(text)
                and is_statement(text)
                and stands_alone(text)
                and (i == 0 or ENDED.search(text.strip()) is not None)
            ):
                raw.append((article, i, text))
    sentences = _vectors(raw)
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
        if sentence.text.split(maxsplit=1)[0].lower() in OPENING_PRONOUNS:
            sentence.score -= 0.3  # "He had a meeting ..." means little out of its article
    events = [(a, list(facts.articles[a.id].events)) for a, _ in ordered]
    told = _same_events(_facts(sentences), events, {e.name for e in resolution.entities})
    ranked = sorted(
        told,
        key=lambda g: (-(max(s.score for s in g) + 0.5 * (len({s.article.id for s in g}) - 1)),
                       number[g[0].article.id], g[0].index),
    )  # fmt: skip
    bottom = _bottom_line(items, facts, number)
    if bottom is not None:
        # The bottom line says its sentence's fact already: not again as a key point.
        said = _vectors([(ordered[0][0], 0, bottom[1].sentence)])[0].vector
        ranked = [g for g in ranked if max(cosine(said, s.vector) for s in g) < SAME_FACT]
    points = []
    for group in ranked[:max_points]:
        lead = max(group, key=lambda s: (s.score, -number[s.article.id]))
        cited = tuple(sorted({number[s.article.id] for s in group}))
        points.append(Point(" ".join(lead.text.split()), cited))
    # A bare surname left apart ("Paddock" when Stephen and Eric Paddock are both named)
    # is one of them, not an actor of its own.
    surnames = {
        e.name.split()[-1] for e in resolution.entities if e.label == "PERSON" and " " in e.name
    }
    sources_only = facts.reporters
    actors = tuple(
        Actor(e.name, e.label, e.role, e.mentions, len(e.articles))
        for e in sorted(
            (
                e
                for i, e in enumerate(resolution.entities)
                if e.label in ACTORS
                and not (e.label == "PERSON" and e.name in surnames)
                and i not in sources_only
            ),
            key=lambda e: (-len(e.articles), -e.mentions, e.name),
        )[:10]
    )
    return Briefing(
        title=title or _title(sources, actors, bottom[1] if bottom else None),
        bottom_line=bottom[0] if bottom else None,
        key_points=tuple(points),
        actors=actors,
        timeline=_timeline(events, resolution, number, template, bottom),
        # What later reports add: not the bottom line's fact, and a key point only when a day
        # adds nothing else.
        changes=_changes(ranked, number, sources, said={id(g) for g in ranked[:max_points]}),
        sources=sources,
    )


def _title(sources: Sequence[Source], actors: Sequence[Actor], event: Event | None) -> str:
    """What the bottom line is about, and the dates the articles span: its named actors;
    else, if short, its headline taken as written or its own words ("Gunman kills 58 at Las
    Vegas music festival"); else the top two actors."""
    pair: list[str] = []
    if event is not None:
        known = {a.name for a in actors}
        pair = [n for n in dict.fromkeys((event.who, event.whom)) if n and n in known]
        said = (
            event.sentence
            if event.kind == "headline"
            else " ".join(w for w in (event.who, event.what) if w)
        )
        # One actor says little ("Donald Trump"): a short headline that tells the news says
        # more ("Trump accuses China of allowing oil into North Korea").
        headline = event.sentence.strip() in {s.title.strip() for s in sources}
        if headline and len(pair) < 2 and len(event.sentence.split()) <= TITLE_WORDS:
            said, pair = event.sentence, []
        if event.kind == "headline" or not pair:
            pair = [" ".join(said.split())] if len(said.split()) <= TITLE_WORDS else []
    names = " and ".join(pair or [a.name for a in actors[:2]]) or "Briefing"
    dates = sorted(s.date for s in sources if s.date)
    if not dates:
        return names
    span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"
    return f"{names}, {span}"


def _changes(
    facts: list[list[_Sentence]],
    number: dict[str, int],
    sources: Sequence[Source],
    said: Collection[int] = (),
) -> tuple[Dated, ...]:
    """For a story reported on several days: what each later day's reports add, the facts
    not `said` already (ids of their groups) first."""
    days = sorted({s.date for s in sources if s.date})
    if len(days) < 2:
        return ()
    chosen: list[tuple[float, str, list[_Sentence]]] = []
    first_told: dict[str, list[list[_Sentence]]] = {}
    for group in facts:
        first_told.setdefault(min((s.article.date or "") for s in group), []).append(group)
    for day in days[1:]:
        new = list(first_told.get(day, ()))
        new.sort(
            key=lambda g: (
                id(g) in said,
                -max(s.score for s in g),
                number[g[0].article.id],
                g[0].index,
            )
        )
        chosen += [(max(s.score for s in g), day, g) for g in new[:CHANGES_PER_DAY]]
    # A long story keeps the days whose news weighs most, told in date order.
    chosen.sort(key=lambda c: -c[0])
    kept = sorted(chosen[:MAX_CHANGES], key=lambda c: (c[1], -c[0]))
    return tuple(
        Dated(
            day,
            None,
            "day",
            " ".join(group[0].text.split()),
            tuple(sorted({number[s.article.id] for s in group})),
        )
        for _, day, group in kept
    )
