"""The dateline: the place a report is filed from ("WASHINGTON, Nov 6 (Reuters) -", "CAIRO --
"), found after a headline and a byline too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefing.core.models import Mention, Phrase
from briefing.core.vocab import DATELINE_STATE

# A dateline opens the body: "NEW DELHI: ...", "MOSCOW (Reuters) - ...", "LONDON, Sept 8 -".
_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z .'-]{2,40}?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"(?P<state>" + DATELINE_STATE + r"(?=[ \t]*(?:\(|—|–|--?)))?"
    r"(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*(?::|—|–|--?)\s"
)


# Or it opens a line of the text after a headline and standfirst (a news-please record's
# body), maybe after a byline: "By Alana Wise and Mark Hosenball WASHINGTON, Nov 6 (Reuters)
# - ", "ERIE, Pa. (AP) - ", "TOKYO/SEOUL (Reuters) - ". There the place must be in capitals
# and carry a date or an agency, which a headline's kicker does not.
_LATER_DATELINE = re.compile(
    r"(?:By\s+[A-Z][a-z'.-]+(?:\s+(?:and\s+)?[A-Z][a-z'.-]+){0,6}\s*)?"
    r"(?P<place>[A-Z][A-Z.'-]{2,}(?:[ /][A-Z][A-Z.'-]+){0,3})"
    r"(?:" + DATELINE_STATE + ")?"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]{1,30}\))?|\s*\([^)]{1,30}\))"
    r"\s*(?:—|–|--?|:)\s"
)


# Or a place in capitals alone before a long dash ("CAIRO -- An Egyptian court", "WASHINGTON
# — The"), or with its state or country before any dash ("SAN JOSE, Costa Rica - ", "ERIE,
# Pa. - "), which the parse must also have found as a place.
_LATER_BARE_DATELINE = re.compile(
    r"(?:Photo |Video )?(?P<place>[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,3})"
    r"(?: (?:--|—)|" + DATELINE_STATE + r" (?:--|—|–|-)) "
)  # after a page's "Photo" too


DATELINE_WITHIN = 1000  # characters from the start of the body


def dateline(body: str, places: Sequence[tuple[int, int]] = ()) -> Phrase | None:
    """The place in the article's opening dateline, if it has one.

    A wire dateline is a place in capitals before a dash, a date or an agency ("WASHINGTON -",
    "DALLAS (AP) -"); any other ("NEW DELHI:", "Moscow -") must be a place the parse found
    (`places`: start and end of each GPE/LOC/FAC mention), so a headline's kicker ("NFL: ...",
    "Elon Musk: ...") is not taken for one.
    """
    match = _DATELINE.match(body)
    # With its state but no agency ("SAN JOSE, Costa Rica - "), the parse must find it: not
    # "NFL, NBA - leagues react".
    bare = match is not None and bool(match.group("state")) and "(" not in match.group(0)
    line = body.find("\n")
    while match is None and 0 <= line < DATELINE_WITHIN:
        match = _LATER_DATELINE.match(body, line + 1)
        if match is None and (match := _LATER_BARE_DATELINE.match(body, line + 1)):
            bare = True
        line = body.find("\n", line + 1)
    if match is None:
        return None
    place = match.group("place").strip()
    begin, end = match.start("place"), match.start("place") + len(place)
    wire = place.isupper() and not bare and not body[end : match.end()].strip().startswith(":")
    # (the place the parse found may be its state: "SANTA ROSA, Calif. —", only "Calif.")
    if not wire and not any(begin <= a < match.end() or a <= begin < b for a, b in places):
        return None
    return Phrase(place.title() if place.isupper() else place, begin, match.end())


_DASH = re.compile(r"\s*(?:—|–|--?)\s*\Z")


def cut_at_dateline(mentions: Sequence[Mention], found: Phrase, body: str) -> list[Mention]:
    """The mentions, one that runs from the dateline into the text ending with the dateline
    ("SAN JOSE, Costa Rica - Investigators are ...": "Costa Rica", not "Costa Rica -
    Investigators")."""
    cut = []
    for m in mentions:
        if found.start <= m.start < found.end < m.end:
            head = body[m.start : found.end]
            end = m.start + len(_DASH.sub("", head).rstrip())
            if end > m.start:
                m = replace(m, text=body[m.start : end], end=end)
        cut.append(m)
    return cut
