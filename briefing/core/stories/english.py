"""How common a word or a name is in English at large: the frequencies a small collection
of articles borrows to weigh its words (see `similarity.Prior`).

From wordfreq's small English list (about 29,000 words that occur at least once in a
million, from subtitles, news, books, the web), loaded on the first question: a collection
of `grouping.BORROWED` articles or more never asks.
"""

from __future__ import annotations

import math
import re
from functools import cache

# Words in the title and lead that grouping reads (stories.grouping.LEAD_CHARS, 1200
# characters, about six a word with its space).
LEAD_WORDS = 200
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@cache
def _frequencies() -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict("en", wordlist="small")


@cache
def in_a_lead(text: str) -> float:
    """The chance that a news article's title and lead hold this word or name: from its
    frequency in English, as if the lead's words were drawn at that rate. A name of several
    words is as frequent as wordfreq says a phrase is (1/f = the sum of its words' 1/f); a
    word not in the list counts as never seen."""
    words = _TOKEN.findall(text.lower().replace("’", "'"))
    if not words:
        return 0.0
    table = _frequencies()
    found = [table.get(word, 0.0) for word in words]
    if not all(found):
        return 0.0
    frequency = 1 / sum(1 / f for f in found)
    return 1 - math.exp(-LEAD_WORDS * frequency)
