"""A sentence that opens on a pronoun and names no one, nothing, no date and no amount after
it says nothing alone ("He asked for it", "They Said No", "It's guaranteed to be exciting,
one way or another"): no key point, no bottom line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from briefing.core.models import Mention
from briefing.core.vocab import OPENING_PRONOUNS

# A sentence's first word, past one that says when ("Now it wants its money back": a
# trial's key point).
_FIRST_WORD = re.compile(r"\W*(?:(?:Now|Still|Again|Here|Meanwhile|So far)\b[\s,]+)?([A-Za-z]+)")
# What a sentence that opens on a pronoun must name to say something on its own: anyone,
# anything, a date or an amount; not "one" ("It's guaranteed to be exciting, one way or
# another", "That remains to be seen", "This is a big deal for everyone involved").
_NAMING = frozenset(
    "PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW DATE TIME PERCENT MONEY "
    "QUANTITY".split()
)


def opens_on_pronoun(text: str) -> bool:
    """Whether a sentence's first word is a pronoun ("It's", "They", "This", "Now it")."""
    first = _FIRST_WORD.match(text)
    return first is not None and first.group(1).lower() in OPENING_PRONOUNS


def names_something(mention: Mention) -> bool:
    """Whether a mention names someone or something, a date or an amount (a number written
    in digits: "59", not "one")."""
    if mention.label == "CARDINAL":
        return any(c.isdigit() for c in mention.text)
    return mention.label in _NAMING


def within(
    mentions: Sequence[Mention], starts: Sequence[int], start: int, end: int
) -> Sequence[Mention]:
    """The mentions (in reading order; `starts`: their starts) from `start` to `end`."""
    return mentions[bisect_left(starts, start) : bisect_left(starts, end)]


def says_nothing_alone(text: str, inside: Sequence[Mention]) -> bool:
    """Whether a sentence opens on a pronoun and none of the mentions `inside` it names
    something (`names_something`)."""
    return opens_on_pronoun(text) and not any(map(names_something, inside))
