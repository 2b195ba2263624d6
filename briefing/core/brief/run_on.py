"""Sentences run together without their stops, which the parse takes for one: a page's run
of captions ("... following his early crash The red flag came out after ...": 297 words of
one were a trial D key point, cited by five articles that told bits of it), a gallery, a
list of links. Used by brief/build.py: no such run is a key point."""

from __future__ import annotations

import re

RUN_ON_WORDS = 60  # more words than a sentence of news has
# A word in lower case and then one that opens a sentence, and the sentence going on in lower
# case: "the well It remains"; not "told The Guardian", "His Holiness",
# "hepatitis A has", "starred in It Follows" (the review of session 32's); "It's" and "An"
# too ("the well It's not clear", "the crash An inquiry began": its second reading). After
# a name, where a caption or a headline ends on one (trial G's key points "... consulate in
# Afghanistan The blast was followed ...", "... at Interlagos Then there was ..."), only the
# words that are no one's name and no title's start, and a word in lower case after them
# (review K: not "Vice Premier Liu He said", "Commissioner An said", "Take That have", "The
# band The 1975 played").
_JOINT = re.compile(
    r"\b[a-z][a-z'’]*[ \t]+(?:The|It|It['’]s|He|She|They|We|As|That|This|These|Those|There"
    r"|His|Her|Their|Its|An|Then)[ \t]+[a-z]"
    r"|\b[A-Z][a-z'’]+[ \t]+(?:The|They|These|Those|There|Their|Then)[ \t]+[a-z]"
)


def runs_on(sentence: str) -> bool:
    """Whether what was read as one sentence is several run together (`_JOINT`)."""
    return len(sentence.split()) > RUN_ON_WORDS or _JOINT.search(sentence) is not None
