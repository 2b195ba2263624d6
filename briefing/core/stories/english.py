"""How common a word or a name is in English at large: the frequencies a small collection
of articles borrows to weigh its words (see `similarity.Prior`).

From wordfreq's small English list (about 29,000 words that occur at least once in a
million, from subtitles, news, books, the web), loaded on the first question: a collection
of `grouping.BORROWED` articles or more never asks.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import cache

# A news lead is as likely to hold a word as this many words drawn at the word's rate in
# English at large. A title and lead have about 200 words (grouping.LEAD_CHARS), but news
# says some words far more often than English does ("officials", "Tuesday", "police"): at
# 200 they weighed as rare as a place's name, and unrelated reports of one small folder
# joined (a review's: 8 Reuters briefs of one day, 7 in one story). Chosen among 200, 500,
# 1000, 3000 and 10000 on the dev set (`benchmarks/quality.py stories`: `alone`, `mixed`).
LEAD_WORDS = 3000


@cache
def _frequency() -> Callable[[str], float] | None:
    """wordfreq's frequency of a word or phrase in English; None when it cannot be loaded (a
    broken install: grouping then goes by the collection's own counts alone)."""
    try:
        from wordfreq import word_frequency

        word_frequency("news", "en", wordlist="small")  # loads the list, or fails
    except Exception:
        return None
    return lambda text: float(word_frequency(text, "en", wordlist="small"))


@cache
def in_a_lead(text: str) -> float | None:
    """The chance that a news article's title and lead hold this word or name: from its
    frequency in English (wordfreq's: a name of several words as rare as wordfreq says the
    phrase is; a word it does not list as never seen), as if the lead's LEAD_WORDS words
    were drawn at that rate. None when wordfreq cannot be loaded."""
    frequency = _frequency()
    if frequency is None:
        return None
    return 1 - math.exp(-LEAD_WORDS * frequency(text))
