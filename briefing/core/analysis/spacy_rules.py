"""spaCy components of our own; importing this module registers them (it imports spaCy).

Kept apart from `nlp.py` so that worker processes which unpickle a pipeline find the
components by importing this module, and so nothing else pays for `import spacy`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from briefing.core.extract.mentions import consistent
from briefing.core.models import Mention
from briefing.core.sources.text import is_title_case, without_dateline
from briefing.core.vocab import SHORT_TITLES

PARAGRAPHS = "briefing_paragraphs"
# Titles written short before a name that spaCy's English tokenizer splits from their full
# stop ("Cmdr" "."), which then ends a sentence: "army Cmdr." | "Constantino Chiwenga as
# talks continue." (it keeps "Gen.", "Gov.", "Sen.", "Dr." whole already).
TITLE_ABBREVIATIONS = tuple(f"{title}." for title in sorted(SHORT_TITLES))


def keep_title_abbreviations(nlp: Language) -> None:
    """Make each of `TITLE_ABBREVIATIONS` one token with its full stop, as "Gen." is."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    if not isinstance(nlp.tokenizer, Tokenizer):  # a pipeline with a tokenizer of its own
        return
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def _carrying_on(component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
    """A component of ours that fails on one text leaves it as the components before made
    it, and the other texts go on: spaCy would drop the text, or stop the whole ingest (and
    leave a two-process ingest waiting for ever for the worker that died)."""

    @functools.wraps(component)
    def run(doc: Doc) -> Doc:
        try:
            return component(doc)
        except Exception:  # a refinement failed: the model's own reading stands
            return doc

    return run


@Language.component(PARAGRAPHS)
@_carrying_on
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    The statistical `senter` reads across paragraph breaks (PERF-NOTES: 7,015 sentences where
    the parser found 9,137); a headline or paragraph never continues over a newline.
    Placed before `senter`, whose `overwrite=False` keeps these starts.
    """
    starts = [0] + [t.i + 1 for t in doc[:-1] if "\n" in t.text and t.is_space]
    for start in starts:
        if start < len(doc):
            doc[start].is_sent_start = True
            _lead_in(doc, start)
            _dateline(doc, start)
    for start, end in zip(starts, [*starts[1:], len(doc)], strict=True):
        _one_headline(doc[start:end])
    return doc


_ENDS_SENTENCE = frozenset(".!?…")


def _one_headline(line: Span) -> None:
    """A line in Title Case with no full stop inside is one headline: the parser cut
    "Astronauts Have Identified Unknown Microbes in Space For" from "The First Time"."""
    words = [t for t in line if not t.is_space]
    inside = words[:-1]
    if not inside or any(t.text in _ENDS_SENTENCE for t in inside):
        return
    if not is_title_case(line.text):
        return
    for token in words[1:]:
        token.is_sent_start = False


def _capitals(token: Token) -> bool:
    return token.is_alpha and token.is_upper and len(token) > 1


def _lead_in(doc: Doc, start: int) -> None:
    """No sentence starts inside a paragraph's opening words in capitals ("APPLE HAS
    REVEALED that ...", a tabloid's lead-in), nor between a capitalised first name and the
    surname that the text writes with it elsewhere ("HILLARY Clinton has blamed ...")."""
    i = start
    while i + 1 < len(doc) and _capitals(doc[i]) and doc[i].whitespace_:
        after = doc[i + 1]
        named = i == start and after.is_title and f"{doc[i].text.title()} {after.text}" in doc.text
        if not (_capitals(after) or named):
            break
        after.is_sent_start = False
        i += 1


def _dateline(doc: Doc, start: int) -> None:
    """No sentence starts inside a paragraph's dateline nor right after it: the parser cut
    "WASHINGTON (AP) — New uncertainty hangs ..." into "WASHINGTON", "(", "AP)" and "— New
    uncertainty hangs ...", and a key point opened on the dash."""
    at = doc[start].idx
    stop = doc.text.find("\n", at)
    line = doc.text[at : stop if stop >= 0 else len(doc.text)]
    end = at + len(line) - len(without_dateline(line))  # where the news begins
    if end == at:
        return
    for token in doc[start + 1 :]:
        if token.idx > end:
            break
        token.is_sent_start = False


HYPHENATED = "briefing_hyphenated_names"


@Language.component(HYPHENATED)
@_carrying_on
def hyphenated_names(doc: Doc) -> Doc:
    """Extend a name over the hyphenated words written onto it, up to a capitalised one: the
    statistical NER often stops at the first hyphen ("Mazar" of "Mazar-i-Sharif"). A
    lower-case ending makes an adjective, not a name ("US-based"), but for a Korean given
    name's last syllable after a person's name ("Moon Jae-in"). A name ends before the
    game's score the model ran it on to (`_without_score`)."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    spans = []
    for ent in map(_without_score, doc.ents):
        end = scan = ent.end
        while (
            scan + 1 < len(doc)
            and doc[scan - 1].whitespace_ == ""
            and doc[scan].text == "-"
            and doc[scan].whitespace_ == ""
            and doc[scan + 1].is_alpha
            and not {scan, scan + 1} & taken
        ):
            scan += 2
            if doc[scan - 1].is_title:
                end = scan
        if end == ent.end and _given_name_syllable(doc, ent, taken):
            end = ent.end + 2  # "Moon Jae" + "-in": Moon Jae-in
        spans.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
    doc.ents = spans
    return doc


# A game's score after a name: "Nicolas Jarry 6-4 6-2", "Chile 3-0", "Carolina 49-15" (not
# a model's number, "737-800": no score is over 199).
_SCORE = re.compile(r"(?:[ \t]+1?\d{1,2}[-–]1?\d{1,2}\b,?)+\Z")


def score_at_end(name: str) -> int | None:
    """Where the score a name's span runs on to begins, if it does (a name before it)."""
    found = _SCORE.search(name)
    return found.start() if found is not None and found.start() > 0 else None


def _without_score(ent: Span) -> Span:
    """A name without the score the model ran it on to ("Uchiyama 6-2" was an ORG)."""
    cut = score_at_end(ent.text)
    if cut is None or ent.label_ in ("DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY"):
        return ent
    span = ent.doc.char_span(ent.start_char, ent.start_char + cut, label=ent.label_)
    return ent if span is None else span


# What a lower-case word after a hyphen makes of a name: an adjective ("Moon-led",
# "Trump-era"), not a given name's syllable.
_HYPHEN_SUFFIXES = frozenset(
    "led based backed era style like type run owned made born free linked ish ite ites ism "
    "isms ist ists".split()
)


def _given_name_syllable(doc: Doc, ent: Span, taken: set[int]) -> bool:
    """Whether a person's name goes on, after a hyphen, with its given name's last syllable
    in lower case ("Moon Jae-in", "Park Geun-hye", "Kim Jong-un": the model stops at the
    hyphen): two or more words, then "-" and one short lower-case word, all written as one."""
    scan = ent.end
    return (
        ent.label_ == "PERSON"
        and len(ent) >= 2
        and scan + 1 < len(doc)
        and doc[scan - 1].is_title
        and len(doc[scan - 1]) <= 5  # a syllable: "Jae", "Geun", "Kyung"
        and doc[scan - 1].whitespace_ == ""
        and doc[scan].text == "-"
        and doc[scan].whitespace_ == ""
        and doc[scan + 1].is_lower
        and doc[scan + 1].is_alpha
        and len(doc[scan + 1]) <= 4
        and doc[scan + 1].text not in _HYPHEN_SUFFIXES
        and not {scan, scan + 1} & taken
    )


CONSISTENT = "briefing_consistent_names"


@Language.component(CONSISTENT)
@_carrying_on
def consistent_names(doc: Doc) -> Doc:
    """One label per name, and the name tagged wherever the text writes it on its own (see
    `core/mentions.consistent`), before anything reads the entities."""
    ents = [_before_verb(ent) for ent in doc.ents]
    mentions = [Mention(e.text, e.label_, e.start_char, e.end_char) for e in ents]
    spans = []
    for m in consistent(mentions, doc.text):
        span = doc.char_span(m.start, m.end, label=m.label)
        if span is not None:  # a name written inside a token ("Croydon" of "Croydon-based")
            spans.append(span)
    doc.ents = spans
    return doc


# Names a verb written in lower case cannot be part of ("Bryant won Rookie of" is Bryant);
# a work's or an event's title can hold one ("Gone with the Wind").
_NO_VERB_IN = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def _before_verb(ent: Span) -> Span:
    """A name, cut before a lower-case verb the model ran it into ("Bryant won Rookie of
    the Year": the name is "Bryant")."""
    if ent.label_ not in _NO_VERB_IN:
        return ent
    for token in ent:
        if token.i > ent.start and token.is_lower and token.tag_.startswith(("VB", "MD")):
            return Span(ent.doc, ent.start, token.i, label=ent.label_)
    return ent


CLOCK_TIMES = "briefing_clock_times"
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)? ?[ap]\.?m\.?", re.IGNORECASE)
# A time of day as agencies write it before its time zone: "1400 GMT", "21:57 UTC".
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # (also a year: 2018)
_HH_MM = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")
_ZONES = frozenset(
    "GMT UTC BST CET CEST EST EDT CST CDT MST MDT PST PDT JST KST HKT SGT MSK AEST AEDT".split()
)
# Zones that are also words or names ("2018 PT Freeport", "Tonight ET Now"): only after a
# clock that says it is one ("9 p.m. ET", "21:30 IST").
_LOOSE_ZONES = frozenset({"ET", "PT", "IST"})


def _zoned_times(doc: Doc) -> list[Span]:
    """Times of day with their time zone: "1400 GMT" (the model reads a number and an
    organisation), "6:57 a.m. GMT", "midnight GMT"."""
    found = []
    for token in doc[1:]:
        zone = token.text in _ZONES or token.text in _LOOSE_ZONES
        if not zone or token.ent_type_ in ("TIME", "DATE"):
            continue  # (a time the model read whole)
        before = doc[token.i - 1]
        held = next((e for e in doc.ents if e.start <= before.i < e.end), None)
        strict = token.text in _ZONES
        start = None
        if _HH_MM.fullmatch(before.text) or (strict and _HHMM.fullmatch(before.text)):
            start = before.i
            if held is not None and held.label_ != "TIME" and len(held) > 1:
                continue  # a number inside a longer name or date: not ours to take apart
        elif strict and held is not None and held.label_ == "TIME" and _has_clock(held):
            start = held.start
        elif _CLOCK.fullmatch(doc[max(token.i - 2, 0) : token.i].text):  # "6:57" "a.m."
            start = token.i - 2
        if start is not None:
            found.append(Span(doc, start, token.i + 1, label="TIME"))
    return found


_HOUR = re.compile(r"\d|midnight|noon", re.IGNORECASE)


def _has_clock(span: Span) -> bool:
    """Whether a time names a clock or the hour ("6:57 a.m.", "midnight"), not "Tonight"."""
    return _HOUR.search(span.text) is not None


@Language.component(CLOCK_TIMES)
@_carrying_on
def clock_times(doc: Doc) -> Doc:
    """A clock time is a TIME: the small model reads "11:30pm" as an event, "6.10am" as a
    number, or misses it; "1400 GMT" as a number and an organisation."""
    zoned = _zoned_times(doc)
    spans: list[Span] = list(zoned)
    taken = {i for span in zoned for i in range(span.start, span.end)}
    for ent in doc.ents:
        if taken.intersection(range(ent.start, ent.end)):
            continue  # a part of a time with its zone
        if ent.label_ != "TIME" and _CLOCK.fullmatch(ent.text):
            ent = Span(doc, ent.start, ent.end, label="TIME")
        spans.append(ent)
        taken.update(range(ent.start, ent.end))
    for token in doc:
        if token.i in taken or not token.text[:1].isdigit():
            continue
        for end in (token.i + 2, token.i + 1):  # "11:30" "pm", or "11:30pm"
            free = end <= len(doc) and end - 1 not in taken
            if free and _CLOCK.fullmatch(doc[token.i : end].text):
                spans.append(Span(doc, token.i, end, label="TIME"))
                taken.update(range(token.i, end))
                break
    doc.ents = spans
    return doc
