"""TF-IDF weighting and cosine similarity over bags of words, for stories and the briefing.

Vectors are plain dicts of word -> weight, scaled to unit length, so a cosine is a dot
product. Stories weigh a word's count sublinearly (an article that repeats a word is not
that much more about it); the briefing's sentences are short and take counts as they are.
"""

from __future__ import annotations

import math
from collections.abc import Mapping


def unit(weights: Mapping[str, float]) -> dict[str, float]:
    """The vector scaled to length 1 (an empty or zero vector stays as it is)."""
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items()}


def tfidf(
    counts: Mapping[str, int], df: Mapping[str, int], n: int, *, sublinear: bool = False
) -> dict[str, float]:
    """Unit TF-IDF weights of one bag of words among `n` bags with document frequencies `df`.

    Args:
        counts: How often each word occurs in this bag.
        df: In how many bags each word occurs (every word of `counts` included).
        n: How many bags there are.
        sublinear: Weigh a count `c` as `1 + log c` instead of `c`.
    """
    if sublinear:
        weights = {w: (1 + math.log(c)) * math.log(1 + n / df[w]) for w, c in counts.items()}
    else:
        weights = {w: c * math.log(1 + n / df[w]) for w, c in counts.items()}
    return unit(weights)


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The cosine of two unit vectors: the sum over the shorter one's words."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())
