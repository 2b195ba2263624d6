"""What around a name says it is a credit, an address or a share code, not a name of the
news: "Dado Ruvic/Reuters", "Image copyright EPA", "(AP Photo/Ahn Young-joon)", "(AAPL.O)",
"http://www.goerie.com", a photo agency's name run into a caption.

Used by core/extract/mentions.py.
"""

from __future__ import annotations

import re

from briefing.core.extract.names import PHOTO_AGENCIES
from briefing.core.models import Mention

ACTORS = frozenset({"PERSON", "ORG", "NORP"})  # what the model takes a credit for
_SLASHED = re.compile(r"\w ?/ ?\w")
_SLASH_AFTER = re.compile(r"[ \t]?/[ \t]?[A-Z]")  # "Kim Kyung-Hoon / Reuters"
_ADDRESS = re.compile(r"://|\bwww\.|\.(?:com|org|net)\b", re.IGNORECASE)


# A photo agency's name alone: a picture's credit run into the text ("... celebrate winning
# the World Series Getty Images 9 Bill Murray ...": a second trial's entities had "Getty
# Images" as a person).
_PHOTO_AGENCY = re.compile(r"(?:" + PHOTO_AGENCIES + r")(?:['’]s?)?")
# ... run into what follows it: a number, a capitalised word, a bracket's end, a slash or
# the line's end, not the rest of a sentence (the review's: "Getty Images sued Stability
# AI", "merge with Getty Images.").
# (Not a title of someone there, "Getty Images CEO Craig Peters said", a later review's.)
_RUN_IN = re.compile(
    r"[ \t]*(?:$|\d|(?!(?:CEO|CFO|COO|Chief|Chair\w*|President|Vice|Senior|Executive|Managing"
    r"|General|Head|Director|Editor|Founder|Co-founder|Spokes\w*)\b)[A-Z]"
    r"|[)\]/|])",
    re.MULTILINE,
)
# ... and after no word that ties it into a sentence: "Stability AI sued by Getty Images"
# ending a headline (a later review's), "a deal with Getty Images".
_TIED_BEFORE = re.compile(
    r"\b(?:by|from|with|against|of|for|to|at|and|or|sued|sues|said|says|told|owns|owned"
    r"|bought|buys|acquired|joins|joined|versus|vs\.?)[ \t]+\Z",
    re.IGNORECASE,
)


def photo_credit(m: Mention, body: str) -> bool:
    """Whether the mention is a photo agency's name alone, run into a caption: a picture's
    credit (not "Getty Images sued ...", "Mr Getty, the oil heir")."""
    return (
        _PHOTO_AGENCY.fullmatch(m.text) is not None
        and _RUN_IN.match(body, m.end) is not None
        and _TIED_BEFORE.search(body, max(0, m.start - 20), m.start) is None
    )


# "Image copyright EPA", "Photo credit: Reuters", "© AFP": whose picture it is.
_CREDIT_BEFORE = re.compile(r"(?:\bcopyright|\bcredits?[ \t]*:|©)[ \t]*\Z", re.IGNORECASE)
# Brackets that hold no names of the news: a picture's credit, capitalised names joined by
# slashes or "via", one of them "via" someone or a picture's word ("(Korean Central News
# Agency/Korea News Service via AP)", "(Protezione Civile via AP)", "(AP Photo/Ahn
# Young-joon)"), and Reuters' code of a company's shares ("(VOWG_p.DE)", "(AAPL.O)",
# "(7203.T)"). Not "(North Korea/South Korea)", nor "(IS, formerly ISIS/ISIL)".
_UNNAMING_BRACKETS = re.compile(
    r"\((?=[^()\n]{0,120}\b(?:via|Photos?|Images|Pictures)\b)[ \t]*[A-Z][\w.'’&-]*"
    r"(?:[ \t]*(?:/|,|[ \t]via[ \t]|[ \t])[ \t]*(?:via[ \t]+)?[A-Z][\w.'’&-]*)*[ \t]*\)"
    # ... also a share class's letter or an index: "(BRKa.N)", "(RDSa.L)", "(.SPX)".
    r"|\([A-Z0-9]{1,6}(?:_?[a-z])?\.[A-Z]{1,3}\)|\(\.[A-Z]{2,6}\)"
)


def in_unnaming_brackets(body: str, start: int, end: int) -> bool:
    """Whether `start:end` lies in a credit's or a share code's brackets."""
    opened = body.rfind("(", max(0, start - 120), start + 1)
    if opened < 0 or ")" in body[opened:start]:
        return False
    found = _UNNAMING_BRACKETS.match(body, opened)
    return found is not None and found.end() >= end


def credited(body: str, start: int) -> bool:
    """Whether the name at `start` is credited with a picture, not named by the text."""
    return _CREDIT_BEFORE.search(body, max(0, start - 20), start) is not None


def credit_or_address(m: Mention, body: str) -> bool:
    """A photo credit ("Dado Ruvic/Reuters", "Andrew Kelly / Reuters", a name with its
    slash: "Kim Kyung Hoon /" before "Reuters", "REUTERS/" before it) or a web address
    ("http://www.goerie.com") that the model took for a person or an organisation."""
    if m.label not in ACTORS:
        return False  # "TOKYO/SEOUL" is a dateline's two places
    if _SLASHED.search(m.text) is not None or _ADDRESS.search(m.text) is not None:
        return True
    if m.label != "PERSON":
        return False
    before = body[max(0, m.start - 3) : m.start]
    return (
        m.text.rstrip().endswith("/")
        or _SLASH_AFTER.match(body, m.end) is not None
        or (before.rstrip().endswith("/") and before[:1].isupper())
    )
