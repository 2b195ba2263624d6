"""Sentences that say the same fact, grouped: TF-IDF likeness, or the same event told (the same
actor doing the same to the same party), so a fact repeated across outlets is said once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from briefing.core.brief.amounts import other_amounts
from briefing.core.models import Analysis, Article, Event
from briefing.core.similarity import tfidf
from briefing.core.vocab import (
    FACT_STOPWORDS,
    HEDGES,
    MANY,
    MONTHS,
    NUMBER_WORDS,
    TENS,
    WEEKDAYS,
    one_of,
)
from briefing.core.words import NO_LEXICON, Lexicon, content_stems, stem, verb_stem

SAME_FACT = 0.5  # cosine similarity from which two sentences say the same thing
CONTAINED = 0.7  # share of a sentence's weight in a longer one that says the same and more
MIN_CONTAINED = 4  # content words a sentence needs for that test
COMPARED = 4  # members of a group of sentences a new sentence is compared with


CANDIDATES = 48  # groups a new sentence is compared with, at most (see `group_facts`)


RECENT_GROUPS = 64  # the last groups holding a word, which a sentence with it may join


# Of `_likeness`: from here two facts shown as key points say the same to a reader (outlets'
# wordings of one fact that `group_facts` kept apart: "At least 59 people were killed, and
# 527 were injured in a mass shooting during an open-air music festival ..." and "At least
# 59 people were killed and over 500 others wounded in a mass shooting at a concert ...").
SHOWN_ALIKE = 0.8


_WORD = re.compile(r"[a-z0-9]+")
# Numbers written as words are their digits: one outlet's "Seven killed as tram derails" is
# another's "Killing at Least 7" ("one" and "two" stay function words: "two sides").
_DIGITS = {word: str(n) for word, n in NUMBER_WORDS.items() if n > 2}


def content_words(text: str, lexicon: Lexicon = NO_LEXICON) -> list[str]:
    """The content words as their lemmas ("removes", "removed": "remove"; `words.stem`)."""
    return [
        _DIGITS.get(w) or stem(w, lexicon)
        for w in _WORD.findall(text.lower())
        if w not in FACT_STOPWORDS
    ]


@dataclass
class FactSentence:
    article: Article
    index: int
    text: str
    vector: dict[str, float]
    score: float = 0.0


def vectors(
    sentences: list[tuple[Article, int, str]], lexicon: Lexicon = NO_LEXICON
) -> list[FactSentence]:
    """TF-IDF vectors (unit length) of the sentences, over this selection."""
    bags = [Counter(content_words(text, lexicon)) for _, _, text in sentences]
    df = Counter(word for bag in bags for word in bag)
    n = len(bags)
    out = []
    for (article, index, text), bag in zip(sentences, bags, strict=True):
        out.append(FactSentence(article, index, text, tfidf(bag, df, n)))
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


def group_facts(sentences: list[FactSentence]) -> list[list[FactSentence]]:
    """Group sentences that say the same thing (greedy, in reading order): a sentence joins
    the group with a member most like it (see `_likeness`) that states no other amounts
    (`amounts.other_amounts`: "2.5 million Americans" is not "15 million Brits").

    A sentence is compared only with groups that share a rare word with it: one of its five
    heaviest words, or a word that is one of a member's five heaviest. Two sentences that
    say the same thing share their rare words. Of those, the CANDIDATES groups sharing most
    weight are compared, and a word leads only to the RECENT_GROUPS last groups holding it:
    sources come oldest first, so outlets repeating a fact stand near each other, and a
    sentence is compared with a bounded number of groups however many articles there are.
    """
    groups: list[list[FactSentence]] = []
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
            g: max(
                0.0 if other_amounts(sentence.text, m.text) else _likeness(vector, m.vector)
                for m in groups[g][:COMPARED]
            )
            for g in candidates
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


def distinct(
    ranked: Sequence[list[FactSentence]],
    limit: int,
    lead: Callable[[list[FactSentence]], FactSentence],
) -> list[list[FactSentence]]:
    """The first `limit` facts of `ranked` that say something new beside those before them:
    a fact, shown by its `lead` sentence, is passed over when it says a shown one again
    (`says_again`), or is a toll when one of the same deaths is shown (`is_toll`,
    `same_toll`). Passed over, not joined:
    near the bar, a sentence may also say more ("North Korea launched a rocket carrying a
    satellite" and "North Korea says it will launch satellites ... next month"), and a
    citation must stand for what the shown sentence says."""
    shown: list[list[FactSentence]] = []
    vectors: list[dict[str, float]] = []
    tolls: list[str] = []  # each toll shown
    for group in ranked:
        if len(shown) == limit:
            break
        sentence = lead(group)
        counted = is_toll(sentence.text)
        if says_again(sentence.vector, vectors) or (
            counted and any(same_toll(sentence.text, other) for other in tolls)
        ):
            continue
        shown.append(group)
        vectors.append(sentence.vector)
        if counted:
            tolls.append(sentence.text)
    return shown


def same_toll(toll: str, other: str) -> bool:
    """Whether two tolls count the same deaths: the same count ("At least 7 ... in
    Croydon", "seven dead ... in south London"); the same names; one names nothing and
    counts in no number; else, where one names nothing or has no number, the same words
    for what happened ("The death toll rose to 8" tells nothing else: the same).
    Different counts in different places are two ("An airstrike on a market in Aleppo
    killed 12" and "Shelling of a hospital in Idlib killed 5" in a story of peace talks:
    the reviews'). Who said so and when is no part of what happened ("..., the Syrian
    Observatory said", "on Sunday")."""
    toll, other = _unattributed(toll), _unattributed(other)
    counts, other_counts = _counts(toll), _counts(other)
    if not counts.isdisjoint(other_counts):
        return True
    names, other_names = _names(toll), _names(other)
    named = bool(names and other_names)
    if named and not names.isdisjoint(other_names):
        return True
    if not named and not (counts and other_counts):
        return True  # ("The man who police say killed dozens" is the gunman's toll's)
    told, other_told = _told_of(toll), _told_of(other)
    if named and counts and other_counts:
        # (unless one counts again what the other tells: "The death toll from the Bastille
        # Day attack in France rose to 85" of "A truck attack in Nice killed 84"; a toll
        # rises, so a recount of fewer is another toll's)
        again = _counted_again(toll) > max(other_counts) or _counted_again(other) > max(counts)
        return again and not told.isdisjoint(other_told)
    return not told or not other_told or not told.isdisjoint(other_told)


# Who said it, at a sentence's end or start: ", the Syrian Observatory said.", "According to
# medics, ".
_SAID_END = re.compile(
    r",[ \t]+(?:[^,]{0,60}?[ \t])?(?:said|says|reported|reports|told[ \t][^,]{0,30}|according"
    r"[ \t]+to[ \t][^,]{0,40})[ \t]*[.!]?[ \t]*\Z"
    r"|,[ \t]+(?:said|says)[ \t][^,]{0,60}\Z"
)
_SAID_START = re.compile(r"\A(?:According[ \t]+to|Officials[ \t]+said)[^,]{0,60},[ \t]+")


def _unattributed(text: str) -> str:
    return _SAID_START.sub("", _SAID_END.sub(".", text))


def _counts(toll: str) -> set[int]:
    """The counts of the dead a toll gives ("killed 12 people and wounded 30": {12}; "1,200
    died": {1200}; "Seven people died": {7}); not the hurt's, a day's or an age (a later
    review's: "wounded 30" made a toll of 30 dead the same)."""
    found = set()
    for m in _COUNTED_DEAD.finditer(toll):
        value = _value(m["before"] or m["after"] or m["toll"] or "")
        if value is not None:
            found.add(value)
    return found


_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}


def _value(written: str) -> int | None:
    """A count's number ("1,200", "seven", "twenty-five", "two hundred", "a dozen"); None
    for a vague one ("dozens")."""
    value = 0
    for word in re.split(r"[- \t]+", written.lower().replace(",", "")):
        if word.isdigit():
            value += int(word)
        elif word in NUMBER_WORDS or word in TENS or word == "dozen":
            value += NUMBER_WORDS.get(word) or TENS.get(word) or 12
        elif word in _SCALES:
            value = max(value, 1) * _SCALES[word]
        else:
            return None
    return value or None


def _counted_again(toll: str) -> int:
    """The largest count of the dead a toll gives again ("The death toll ... rose to 85":
    `_COUNTED_DEAD`'s toll), or 0."""
    found = (_value(m["toll"]) for m in _COUNTED_DEAD.finditer(toll) if m["toll"])
    return max((n for n in found if n is not None), default=0)


def _told_of(toll: str) -> set[str]:
    """A toll's words but the count's and the day's: what happened, where."""
    return {
        w
        for w in content_words(toll)
        if not w.isdigit() and not _COUNT_WORDS.fullmatch(w) and w not in _WHEN
    }


_WHEN = frozenset(
    [*WEEKDAYS, *MONTHS, *"today yesterday tonight morning afternoon evening night".split()]
)
_COUNT_WORDS = re.compile(
    r"kill\w*|dead|die[ds]?|death\w*|fatalit\w*|injur\w*|wound\w*|hurt|hospital\w*|people"
    r"|least|more|than|nearly|about|over|dozens?|scores?|hundreds?|thousands?|several|taken"
    r"|toll|rise[ns]?|rose|climb\w*|reach\w*|stands?|now"
)


# A name in a sentence: a capitalised word after its first (not a day's or a month's).
_NAME = re.compile(r"(?<=[\w,;:'’\"”)] )[A-Z][\w'’-]+")


def _names(text: str) -> set[str]:
    return {n for n in _NAME.findall(text) if n.lower() not in MONTHS and n.lower() not in WEEKDAYS}


# A toll: how many died and how many were hurt, which every outlet counts in its own words
# ("At least 59 people were killed, and 527 were injured", "Dozens were killed and hundreds
# injured", "left at least 50 people dead and hundreds more injured": 3 of a trial's 8 key
# points). One is a story's key point; a later count is what "What changed" tells.
_DEAD = re.compile(r"\b(?:killed|dead|died|deaths?|killing|fatalities)\b", re.IGNORECASE)
_HURT = re.compile(
    r"\b(?:injured|injuring|wounded|wounding|hurt|injuries|hospitali[sz]ed|to hospital)\b",
    re.IGNORECASE,
)


# ... or the dead alone, counted: "Nearly 80 people were killed", "Scores of people were
# killed", "More Than 70 People Killed", "At least 84 dead", "Seven people died", "killed 17
# people", "A dozen people were killed", "The death toll rose to 84" (not "Two of the dead
# were", "He was 54 when he died": the review's; nor a year, an age or a time ago: "In 2010
# the singer died", "Aged 90, the actor died", "He was 54 and died", "was killed 12 years
# ago": a later review's; a year only after "in", "since" or "by": "2000 people died").
_TENS_COUNT = f"(?:{'|'.join(TENS)})(?:-(?:{'|'.join(NUMBER_WORDS)}))?"  # "twenty-five"
_COUNT = (
    r"(?:(?:(?<!aged )(?<!age )(?<!in )(?<!since )(?<!by )\d[\d,]*|dozen|"
    + "|".join([*MANY, *(w for w in NUMBER_WORDS if w != "one"), _TENS_COUNT])
    + r")(?:[ \t]+(?:hundred|thousand|million))?|one[ \t]+(?:hundred|thousand|million))"
)
# Not a count of the dead but a day's, a time's or a year's number: "At 9 the gunman",
# "On 3 May the suspect", "In March 2010 the singer", "Over 3 days the shelling" (the
# review of session 31's), "At 9 pm the gunman", "On 14 July 2016 86 people" (of 32's);
# not a number that begins an age or a size ("Two 15-year-old boys were killed").
_NO_COUNT_AFTER = (
    r"(?![ \t]+(?:the|a|an|his|her|their|its|years?|months?|weeks?|days?|hours?|minutes?"
    r"|[ap]\.?m|o'clock|\d[\d,]*(?![\w-])|" + "|".join(MONTHS) + r")\b)"
)
# Nor a road's or a bridge's toll: "rose to 6 pounds", "is 12 miles long".
_NO_UNIT_AFTER = (
    r"(?![ \t]+(?:pounds?|dollars?|euros?|cents?|pence|yen|miles?|km|kilomet(?:re|er)s?|per"
    r"|percent)\b)"
)
_TOLL_COUNT = r"(?P<toll>" + _COUNT + r")\b" + _NO_UNIT_AFTER
_ABOUT = rf"(?:{one_of(HEDGES)}[ \t]+)?"
_COUNTED_DEAD = re.compile(
    r"\b(?P<before>" + _COUNT + r")(?![ \t]+of[ \t]+(?:the|those)[ \t])" + _NO_COUNT_AFTER +
    # (not "He was 54 and died": "and" before a verb; "12 soldiers and civilians were")
    r"[ \t]+(?:(?!(?:when|after|before|as|he|she|they|it|and[ \t]+(?:died|was|were))\b)"
    r"[\w-]+[ \t]+){0,3}?"
    r"(?:(?:were|have[ \t]+been|had[ \t]+been|are)[ \t]+)?(?:killed|dead|died)\b"
    r"|\bkill(?:ed|ing|s)[ \t]+" + _ABOUT + r"(?P<after>" + _COUNT + r")\b"
    r"(?![ \t]+(?:years?|months?|weeks?|days?|hours?)\b)"
    # "The death toll ... rose to 85", "... toll stands at 12"
    r"|\b(?:death[ \t]+)?toll\b[^.!?]{0,80}?\b(?:rose|risen|rises|climbed|climbs|jumped|reached"
    r"|stood|stands"
    r"|increased|is|was|now)[ \t]+(?:to[ \t]+|at[ \t]+)?"
    + _ABOUT
    + _TOLL_COUNT
    + r"|\bdeath[ \t]+toll\b",
    re.IGNORECASE,
)


def is_toll(text: str) -> bool:
    """Whether a sentence counts the dead, or both the dead and the hurt (`_COUNTED_DEAD`,
    `_DEAD`, `_HURT`)."""
    if _COUNTED_DEAD.search(text) is not None:
        return True
    return _DEAD.search(text) is not None and _HURT.search(text) is not None


def says_again(vector: dict[str, float], shown: Sequence[dict[str, float]]) -> bool:
    """Whether a sentence (its vector) is SHOWN_ALIKE like one of those `shown`."""
    return any(_likeness(vector, other) >= SHOWN_ALIKE for other in shown)


def _remember(recent: list[int], group: int) -> None:
    """Put `group` last in a word's list of groups, which keeps the RECENT_GROUPS last."""
    if group in recent:
        recent.remove(group)
    recent.append(group)
    if len(recent) > RECENT_GROUPS:
        del recent[0]


def join_same_events(
    facts: list[list[FactSentence]],
    events: Sequence[tuple[Article, list[Event]]],
    named: Collection[str],
    lexicon: Lexicon = NO_LEXICON,
) -> list[list[FactSentence]]:
    """The facts, those that tell one event joined: the same actor doing the same to the same
    other party ("Nikolay Patrushev will be visiting India", "Gen Patrushev who is visiting
    India at the invitation of NSA Doval"), however differently the sentences go on, unless
    they state other amounts (`_state_other_amounts`).
    `named`: the names of the selection's entities."""
    keys: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
    # "had instructed their senior officials to remain in touch", told without naming who
    # ("The two leaders ..."), is the deed "PM Modi and President Putin instructed their
    # senior officials to keep in touch" names the actors of.
    anonymous = {
        d for _, told in events for e in told if e.who not in named and (d := _deed(e, lexicon))
    }  # fmt: skip
    for article, article_told in events:
        for event in article_told:
            sentence = (article.id, " ".join(event.sentence.split()))
            # A verb's first word says what it does; an event noun's last ("phone call").
            head = event.action.split()[-1:] if event.kind == "noun" else [event.action]
            stem = verb_stem(" ".join(head), lexicon)
            if event.who and event.whom and event.who != event.whom and stem:
                keys.setdefault(sentence, set()).add((event.who, stem, event.whom))
            if (deed := _deed(event, lexicon)) in anonymous:
                keys.setdefault(sentence, set()).add(("", " ".join(deed), ""))
    joined: list[list[FactSentence]] = []
    owner: dict[tuple[str, str, str], int] = {}  # event -> index in `joined`
    for group in facts:
        told = {
            key for s in group for key in keys.get((s.article.id, " ".join(s.text.split())), ())
        }
        target = next(
            (
                owner[k]
                for k in sorted(told)
                if k in owner and not _state_other_amounts(group, joined[owner[k]])
            ),
            None,
        )
        if target is None:
            target = len(joined)
            joined.append([])
        joined[target].extend(group)
        for key in told:
            owner.setdefault(key, target)
    return joined


def _state_other_amounts(group: list[FactSentence], other: list[FactSentence]) -> bool:
    """Whether two facts tell other amounts: "145.5 million people had their personal
    information accessed" is no deed of "almost 700,000 UK consumers had personal
    information accessed" (trial E's)."""
    return any(other_amounts(a.text, b.text) for a in group for b in other)


DEED_WORDS = 3  # content words that make a deed specific: a verb and what it acts on


def _deed(event: Event, lexicon: Lexicon = NO_LEXICON) -> tuple[str, ...] | None:
    """What a clause does to what, as its first DEED_WORDS content words: "had instructed
    their senior officials to remain" is (instruct, senior, official). None for less."""
    words = content_stems(event.action, lexicon) if event.kind == "verb" else []
    return tuple(words[:DEED_WORDS]) if len(words) >= DEED_WORDS else None


def printed(article: Article, sentence: str) -> tuple[str, str]:
    """A sentence as its outlet prints it: the key of `template_sentences`."""
    return article.source, " ".join(sentence.split())


def template_sentences(items: Sequence[tuple[Article, Analysis]]) -> set[tuple[str, str]]:
    """(source, sentence) pairs that one outlet prints in several articles: its page
    template ("Advertisement Continue reading the main story"), not news."""
    seen: dict[tuple[str, str], set[str]] = {}
    for article, analysis in items:
        if not article.source:
            continue
        for s in analysis.sentences:
            seen.setdefault(printed(article, article.body[s.start : s.end]), set()).add(article.id)
    return {key for key, ids in seen.items() if len(ids) > 1}
