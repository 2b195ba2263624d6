"""What follows a verb that its event says: its first prepositional phrase ("at the White
House"), cut when long, and the phrase a bare noun's phrase needs ("to terms with her
election defeat"). Used by core/extract/frames.py."""

from __future__ import annotations

from typing import Any

from briefing.core.extract.sentence import join_words

MAX_COMPLEMENT_TOKENS = 7
# Prepositions that take what a bare noun is of: "to terms with", "in charge of", "at odds
# over", "on track for" (not a time, a cause or a place: "on hold after the vote").
_OF_A_NOUN = frozenset({"with", "of", "over", "for", "about", "against", "to"})


def complement_of(verb: Any, skip: set[int]) -> str | None:
    """The verb's first prepositional phrase ("at the White House", "over Toblerone
    chocolate"), unless it holds the other party or a date; a long one is cut to its noun
    and what precedes it ("by decision", not "by decision not to charge Clinton after ...").
    A bare noun's phrase says little without the one right after it: "coming to terms with
    her election defeat", "at odds over the border", "in touch with the family" (a trial's
    bottom line: "Hillary Clinton may be coming to terms")."""
    phrases = [
        words
        for child in verb.children
        if child.dep_ == "prep" and child.i not in skip and child.i > verb.i
        and (words := _phrase_words(child)) is not None
    ]  # fmt: skip
    if not phrases:
        return None
    words = phrases[0]
    if len(words) == 2 and words[1].pos_ == "NOUN" and len(phrases) > 1:
        after = phrases[1]
        if after[0].i == words[-1].i + 1 and after[0].lower_ in _OF_A_NOUN:
            words = words + after  # (not "put its plans on hold after the vote")
    return _closed(join_words(words))


def _phrase_words(prep: Any) -> list[Any] | None:
    """A prepositional phrase's words, a long one cut to its noun; None when it holds a date
    or is too long still."""
    words = list(prep.subtree)
    if any(t.ent_type_ in ("DATE", "TIME") for t in words):
        return None
    if len(words) == 2 and prep.lower_ == "as" and words[1].tag_ == "CD":
        # A headline's "as seven [dead]", whose word the parse lost (trial D's bottom line:
        # "Driver arrested as seven in Croydon"); not "rose to 300".
        return None
    if len(words) > MAX_COMPLEMENT_TOKENS:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            return None
        noun = objects[0]
        words = [prep, *noun.doc[max(noun.left_edge.i, prep.i + 1) : noun.i + 1]]
        if len(words) > MAX_COMPLEMENT_TOKENS:
            return None
    return words


def _closed(phrase: str) -> str:
    """A phrase cut inside a quotation, with the quotation closed where it was cut: 'for a
    "quick exam"' of 'for a "quick exam and labs"' (a trial's bottom line ended 'for a
    "quick exam on 16 November 2019.'); not an inch mark ('a 6" pipe')."""
    if phrase.count("“") > phrase.count("”"):
        return phrase + "”"
    last = phrase.rfind('"')
    opens = last == 0 or (last > 0 and phrase[last - 1].isspace())
    if phrase.count('"') % 2 and opens and phrase[last + 1 : last + 2].isalnum():
        return phrase + '"'
    return phrase
