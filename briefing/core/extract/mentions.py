"""What a text names: spaCy's mentions, checked and completed against the rest of the text.

A small model tags a name in one sentence and misses it in the next ("Croydon tram crash:"
above "the Croydon tram tragedy"), and stretches names over a Title Case headline ("Erie
Smashes"). A reader takes a name to mean one thing throughout a text; so do these rules.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterator
from dataclasses import replace

from briefing.core.extract.credited import (
    ACTORS,
    credit_or_address,
    credited,
    in_unnaming_brackets,
    photo_credit,
)
from briefing.core.extract.names import LEADING_CREDIT, is_post_nominal, is_title
from briefing.core.extract.places import is_broad
from briefing.core.models import Mention
from briefing.core.vocab import MONTHS, NAME_LABELS, SHORT_WORDS, US_STATES, WEEKDAYS

_NAME_WORD = re.compile(r"[^\s,;:!?\"“”()]+")


def corroborated(mentions: list[Mention], headline_end: int, body: str) -> list[Mention]:
    """The mentions, with the names of a Title Case headline checked against the text after
    it: a name the text also gives, or a country, is kept, cut to those words ("Missiles
    Toward Japan" to "Japan", with the text's label); a single word is kept as it is; any
    other is dropped ("Plane Crash", "Erie Smashes"), as is a word the text writes in lower
    case."""
    later = {m.text.lower(): m.label for m in mentions if m.start >= headline_end}
    after = body[headline_end:]
    kept = []
    for m in mentions:
        if m.start >= headline_end or m.label not in NAME_LABELS:
            kept.append(m)
            continue
        words = [(w.start(), w.end()) for w in _NAME_WORD.finditer(m.text)]
        spans = [
            (a[0], b[1]) for i, a in enumerate(words) for b in words[i:]
        ]  # every run of whole words, longest first below
        spans.sort(key=lambda span: span[0] - span[1])
        for start, end in spans:
            found = m.text[start:end]
            label = later.get(found.lower()) or ("GPE" if is_broad(found) else None)
            if label is not None:
                text = body[m.start + start : m.start + end]  # the words as written
                kept.append(Mention(text, label, m.start + start, m.start + end))
                break
        else:
            # One word ("Taliban") is not stretched, and is often named once; unless the
            # text writes it as a common word ("Killing" of "Tram Derails, Killing 7", when
            # the text says "killing seven").
            if len(words) == 1 and next(_written(after, m.text.lower()), None) is None:
                kept.append(m)
    return kept


# A word that may stand next to a name without making it part of a longer one.
_FUNCTION = frozenset("The A An In On At Of For From To By And Or But As With".split())
_INSIDE_BEFORE = frozenset(".'’-")
_APOSTROPHES = frozenset("'’")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# A word run short in speech, no name: "Y'know", "Y’all", "C'mon", "Ma'am" (trial F's key
# actors); the words, not a shape: "Da'esh", "Ta'izz", "Ba'ath" are names (review I).
_CONTRACTION = re.compile(r"Y['’](?:know|all)|C['’]mon|Ma['’]am", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s(?!\w)")
_NEXT_WORD = re.compile(r"[ \t]?([\w'’-]*)")
_PREVIOUS_WORD = re.compile(r"([\w'’-]*)[ \t]?$")


def consistent(mentions: list[Mention], body: str) -> list[Mention]:
    """The mentions, with one label per name and every place the text writes it.

    A name tagged with several labels takes the one it is given most often ("Croydon" tagged
    once as a product, once as an organisation and twice as a place is a place), and is
    tagged wherever else it stands on its own ("Croydon" in "Croydon tram crash:"), as is a
    person's surname ("NSA Doval" once "Ajit Doval" is tagged). Not where it is part of a
    longer name ("Trump" in "Trump Tower") or of another mention, nor for a name the text
    also writes in lower case ("Police" when "police" is a word of the text).
    Photo credits ("Image copyright EPA"), web addresses, @accounts and "names" without a
    capital letter ("lone wolf") are left out, as is a credit or an account that runs into
    a name ("Getty Images Massa" is "Massa"); a place with a digit in its name ("F1") and a
    person whose name ends as an organisation's ("Nature Air") are organisations; a date
    ends at its year ("November 8, 2016 Dozens of people": a post's date ran into the
    text); a name that fills its brackets is named whole; a unit after its number ("500
    MW") is no name, nor is a word run short in speech ("Y'know").
    """
    starts = {m.start for m in mentions}
    mentions = [
        _no_person(_no_place(_date_to_year(_whole_in_brackets(named, body, starts))))
        for m in mentions
        if (named := _uncredited(_unjoined(_in_one_sentence(m)), body)) is not None
        and not credit_or_address(named, body)
        and not named.text.startswith("@")  # an account quoted in the page, not a name
        and not credited(body, named.start)
        and not in_unnaming_brackets(body, named.start, named.end)
        and (named.label not in NAME_LABELS or any(c.isupper() for c in named.text))
        and not (named.label in NAME_LABELS and _CONTRACTION.fullmatch(named.text))
    ]  # fmt: skip
    mentions = [
        m
        for m in _no_decorations(mentions, body)
        if not _shouted_words(m, body)
        and not (m.label in NAME_LABELS and _unit(m.text, m.start, body))
    ]
    common = {m.text for m in mentions if m.label == "PERSON" and m.text.isalpha()}
    common = {word for word in common if _common_noun(word, body)}
    mentions = [m for m in mentions if not (m.label == "PERSON" and m.text in common)]
    labels: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.label in NAME_LABELS and len(m.text) > 1 and m.text[0].isupper():
            labels[m.text][m.label] += 1
    if not labels:
        return _apart(mentions)
    chosen = {text: _majority(counts) for text, counts in labels.items()}
    for text, label in list(chosen.items()):
        # After the first mention a person is their surname ("NSA Doval", "Doval said").
        surname = _POSSESSIVE_END.sub("", text.split()[-1])  # "Narendra Modi's"
        if label == "PERSON" and surname != text and surname.isalpha() and len(surname) > 2:
            chosen.setdefault(surname, "PERSON")
    covered = bytearray(len(body) + 1)
    kept = []
    for m in mentions:
        covered[m.start : m.end] = b"\1" * (m.end - m.start)
        label = chosen.get(m.text) if m.label in NAME_LABELS else None
        kept.append(m if label is None or label == m.label else replace(m, label=label))
    for text, label in chosen.items():
        if label is None or written_in_lower_case(body, text):
            continue
        for start in _written(body, text):
            end = start + len(text)
            if (
                any(covered[start:end])
                or _joined(body, start, end)
                or credited(body, start)
                or in_unnaming_brackets(body, start, end)
                or _unit(text, start, body)
            ):
                continue
            covered[start:end] = b"\1" * (end - start)
            kept.append(Mention(text, label, start, end))
    return _apart(kept)


# Words that join a name to what follows and never end one, as written in lower case: the
# model stopped short of a longer name ("the Cincinnati Zoo and" of "the Cincinnati Zoo and
# Botanical Garden").
_JOINERS = frozenset({w.lower() for w in _FUNCTION} | {"&"})


# A full stop between two words of a name that is no abbreviation's: the model ran a name
# into the last word of the sentence before ("the iPhone X. Apple" is "Apple": trial D's
# entities listed "Apple" twice). Not an initial ("George W. Bush"), a title or a short form
# ("Dr. Ruth", "St. Louis", "Apple Inc. Chief", "U.S. Army").
_STOP_IN_NAME = re.compile(r"(?<![\w.])(\w+)\.[ \t]+(?=[A-Z])")
_ABBREVIATIONS = (
    SHORT_WORDS
    | {  # US states as news agencies write them ("Mass. General Hospital": the review of s. 32)
        state[:-1].capitalize() for state in US_STATES if "." not in state[:-1]
    }
)


def _in_one_sentence(m: Mention) -> Mention:
    """The name's part after a full stop that ends a sentence inside it (`_STOP_IN_NAME`)."""
    if m.label not in NAME_LABELS:
        return m
    cut = 0
    for stop in _STOP_IN_NAME.finditer(m.text):
        word, before = stop.group(1), m.text[: stop.start()].split()
        initial = len(word) == 1 and word.isupper() and (not before or before[-1][:1].isupper())
        if not initial and word not in _ABBREVIATIONS:
            cut = stop.end()
    return m if cut == 0 else Mention(m.text[cut:], m.label, m.start + cut, m.end)


def _unjoined(m: Mention) -> Mention:
    """The name without a joining word it ends on."""
    if m.label not in NAME_LABELS:
        return m
    text = m.text
    while " " in text and text.rsplit(" ", 1)[1] in _JOINERS:  # as written: "To" may name
        text = text.rsplit(" ", 1)[0].rstrip()
    return m if text == m.text else Mention(text, m.label, m.start, m.start + len(text))


# Units written after a number, which a small model takes for organisations ("500 MW of
# power", "30.8 GW of solar capacity": the second trial's key actors "GW", "MW").
_UNITS = frozenset(
    "W kW KW MW GW TW Wh kWh KWh MWh GWh TWh V kV mph kph km bpd mbpd ppm GB MB TB Gbps "
    "Mbps".split()
)
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*[ \t]*\Z")


def _unit(text: str, start: int, body: str) -> bool:
    """Whether the name `text` written at `start` is a unit after its number."""
    return text in _UNITS and _NUMBER_BEFORE.search(body, max(0, start - 24), start) is not None


def _shouted_words(m: Mention, body: str) -> bool:
    """Words of a caption in capitals that the model took for a person's or organisation's
    name ("BROKEN WINDOWS VISIBLE", "LUXOR HOTEL BROKEN"): two words or more, all in
    capitals, one of them a word the text also writes in lower case ("broken"), and the
    name itself written nowhere in ordinary case. "HILLARY CLINTON" of a transcript stays.
    """
    words = m.text.split()
    if m.label not in ACTORS or len(words) < 2 or not m.text.isupper():
        return False
    if any(
        body[start : start + len(m.text)] != m.text
        for start in _written(body.lower(), m.text.lower())
    ):
        return False  # "Luxor Hotel" elsewhere: the name, shouted once
    return any(
        len(word) > 2
        and word.lower() != word  # a word in capitals ("0000" is none)
        and next(_written(body, word.lower()), None) is not None
        for word in words
    )


def _no_decorations(mentions: list[Mention], body: str) -> list[Mention]:
    """The mentions without the honours and degrees that follow a person's name, which the
    model reads as names of their own ("Ajit K. Doval, KC" is no place named KC)."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        person = next((k for k in reversed(kept) if k.label == "PERSON"), None)
        if (
            person is not None
            and all(is_post_nominal(w) for w in m.text.split())
            and _BETWEEN_NAME_AND_HONOUR.fullmatch(body, person.end, m.start)
        ):
            continue
        kept.append(m)
    return kept


_BETWEEN_NAME_AND_HONOUR = re.compile(r",?[ \t]*")


def _common_noun(word: str, body: str) -> bool:
    """Whether a one-word "person" is a common noun the text capitalises now and then: it
    writes it in lower case after an article at least twice, and as often as with its
    capital ("the Moon" in a text about "the far side of the moon"; not President Moon, nor
    "Brown" where "a brown bear" appears once, nor "Teigen" in a post signed "christine
    teigen"). `word`: letters only."""
    lower = len(re.findall(rf"\b(?:the|a|an|this|that|its|their|our)\s+{word.lower()}\b", body))
    return lower >= 2 and lower >= sum(1 for _ in _written(body, word))


def _apart(mentions: list[Mention]) -> list[Mention]:
    """The mentions in order, none overlapping another (spaCy takes no overlapping
    entities): of two that overlap, the one that starts first, or the longer, stays."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


def written_in_lower_case(body: str, name: str) -> bool:
    """Whether the text also writes a name's words in lower case, as whole words ("the
    display" beside "Samsung Display")."""
    return next(_written(body, name.lower()), None) is not None


def _written(body: str, words: str) -> Iterator[int]:
    """Where the text writes these words as whole words (a possessive "'s" may follow)."""
    start = body.find(words)
    while start >= 0:
        if _alone(body, start, start + len(words)):
            yield start
        start = body.find(words, start + 1)


def _alone(body: str, start: int, end: int) -> bool:
    before = body[start - 1] if start else " "
    after = body[end : end + 3]
    if before.isalnum() or before in _INSIDE_BEFORE:
        return False
    if after[:1].isalnum() or after[:1] == "-":
        return False
    return after[:1] not in _APOSTROPHES or _POSSESSIVE.match(after) is not None


def _uncredited(m: Mention, body: str) -> Mention | None:
    """The mention without a picture credit run into it ("Getty Images Massa" is "Massa"),
    an unclosed bracket after it ("Cincinnati Zoo (@CincinnatiZoo" is "Cincinnati Zoo") or a
    side taken before it ("anti-Donald Trump" is "Donald Trump"); none for a photo agency
    alone run into a caption (`credited.photo_credit`), or when what is left is one word
    that the text gives nowhere else as a name ("Getty Images Witnesses described the
    scene")."""
    # An unclosed bracket ends the name: a post's account after it ("Cincinnati Zoo
    # (@CincinnatiZoo"), an acronym the model ran into it ("World Intellectual Property
    # Organization (WIPO").
    bracket = m.text.find("(")
    cut = len(m.text[:bracket].rstrip()) if bracket > 0 else 0
    if cut and ")" not in m.text[bracket:] and m.label in NAME_LABELS:
        m = Mention(m.text[:cut], m.label, m.start, m.start + cut)
    side = _SIDE.match(m.text)
    if side is not None and m.label in NAME_LABELS and side.end() < len(m.text):
        m = Mention(m.text[side.end() :], m.label, m.start + side.end(), m.end)
    if photo_credit(m, body):
        return None
    credit = LEADING_CREDIT.match(m.text) if m.label in NAME_LABELS else None
    if credit is None:
        return m
    start = m.start + credit.end()
    text = body[start : m.end]
    if " " not in text and m.label not in ("GPE", "LOC", "FAC"):  # "Photo LONDON": London
        word = _POSSESSIVE_END.sub("", text)
        named = word and sum(1 for _ in _written(body, word)) > 1
        if not named or next(_written(body, word.lower()), None) is not None:
            return None
    return Mention(text, m.label, start, m.end)


# "anti-Donald Trump rally": the name is Donald Trump; the prefix says for or against him.
_SIDE = re.compile(r"(?:anti|pro)-(?=[A-Z])", re.IGNORECASE)
SIDE_TAKEN = re.compile(r"\b(?:anti|pro)-$", re.IGNORECASE)  # just before a name


# A year, then capitalised words that are no month or weekday.
_AFTER_YEAR = re.compile(r"(?<=\b[12]\d{3})(?:[ \t]+[A-Z][\w'’-]*)+$")


def _date_to_year(m: Mention) -> Mention:
    """A DATE that runs on past its year into the next sentence ends at the year: an embedded
    post's "November 7, 2016" before "Toblerone is ruined" is not "November 7, 2016 Toblerone"."""
    if m.label != "DATE":
        return m
    after = _AFTER_YEAR.search(m.text)
    if after is None or any(w.lower() in MONTHS or w.lower() in WEEKDAYS for w in after[0].split()):
        return m
    return Mention(m.text[: after.start()], m.label, m.start, m.start + after.start())


# The rest of a name in brackets: capitalised words, and the small words names hold.
_REST_IN_BRACKETS = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’.-]*|and|of|for|the|on|&))+(?=\))")


def _whole_in_brackets(m: Mention, body: str, starts: Collection[int]) -> Mention:
    """A name that fills its brackets is named whole: the model stops at "and" in "NCMEC
    (National Center for Missing and Exploited Children)". Not over another name: "(Courtesy
    of Brian Buonassissi)" credits a person. `starts`: where the text's mentions start."""
    if m.label not in NAME_LABELS or body[m.start - 1 : m.start] != "(":
        return m
    rest = _REST_IN_BRACKETS.match(body, m.end)
    if rest is None or len(rest[0]) > 60 or any(m.end <= s < rest.end() for s in starts):
        return m
    return Mention(body[m.start : rest.end()], m.label, m.start, rest.end())


# Last words of an organisation's name that no person's name ends with.
_ORGANISATION_ENDS = frozenset(
    "air airlines airways airport group hotel ministry company corporation inc ltd "
    "university hospital agency department committee commission association foundation "
    "institute state party bank council army police union network times".split()
)  # (not "court", "church", "post": Margaret Court, Charlotte Church, Emily Post)


# A name's first word that makes it a place's: "Cape Erimo", "Mount Everest", "Lake Erie".
_PLACE_STARTS = frozenset("cape mount mt lake gulf bay isle fort port strait".split())


# A capital inside one word, as brands write it ("SpaceX", "YouTube", "WhatsApp"); not as
# surnames do ("McCain", "DeVos", "LeBron", "DiCaprio", "MacKenzie").
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|Le|La|Van|Von|St)[A-Z]")


def _no_person(m: Mention) -> Mention:
    """A "person" whose name ends as an organisation's is that organisation ("Nature Air"),
    and one written as a brand ("SpaceX") or with a digit ("Pixel 2"); one whose name opens
    as a place's is that place ("Cape Erimo")."""
    if m.label != "PERSON":
        return m
    words = m.text.split()
    if _POSSESSIVE_END.sub("", words[-1]).lower().rstrip(".") in _ORGANISATION_ENDS:
        return Mention(m.text, "ORG", m.start, m.end)  # "Islamic State's" too
    word = _POSSESSIVE_END.sub("", words[0])
    if len(words) == 1 and _INNER_CAPITAL.search(word) and not _NAME_PREFIX.match(word):
        return Mention(m.text, "ORG", m.start, m.end)
    if any(c.isdigit() for c in m.text):  # "Pixel 2", "Sam Jong 2": a product's, a ship's
        return Mention(m.text, "ORG", m.start, m.end)
    if len(words) > 1 and words[0].lower().rstrip(".") in _PLACE_STARTS:
        return Mention(m.text, "LOC", m.start, m.end)
    return m


def _no_place(m: Mention) -> Mention:
    """A "place" with a digit in its name is none ("F1", "Chang'e4"): an organisation."""
    if m.label in ("GPE", "LOC") and any(c.isdigit() for c in m.text):
        return Mention(m.text, "ORG", m.start, m.end)
    return m


def _majority(counts: Counter[str]) -> str | None:
    """The label given most often, if no other is given as often."""
    (label, count), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == count else label


def _joined(body: str, start: int, end: int) -> bool:
    """Whether a capitalised word runs into these characters: then they are part of a
    longer name ("Trump" in "Trump Tower", "London" in "South London")."""
    after = _NEXT_WORD.match(body, end)
    before = _PREVIOUS_WORD.search(body[max(0, start - 40) : start])
    if after is not None and _joins(after.group(1)):
        return True
    # A title before a name is not part of it: "NSA Doval", "President Putin".
    return before is not None and _joins(before.group(1)) and not is_title(before.group(1))


def _joins(word: str) -> bool:
    return word[:1].isupper() and word not in _FUNCTION
