"""TF-IDF weighting and cosine similarity over bags of words, for stories and the briefing.

Vectors are plain dicts of word -> weight, scaled to unit length, so a cosine is a dot
product. Stories weigh a word's count sublinearly (an article that repeats a word is not
that much more about it); the briefing's sentences are short and take counts as they are.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Prior:
    """What a small collection borrows to weigh its words: a collection of fewer than
    `size` bags counts the bags it lacks as holding each word at `share(word)`, its rate in
    the language at large. In twelve articles about one shooting, "vegas" is in all twelve
    and would weigh as little as a word every text has; borrowed bags say it is rare. From
    `size` bags on, the collection's own frequencies alone count, as they do for a word
    whose share is None (not known)."""

    size: int
    share: Callable[[str], float | None]


def unit(weights: Mapping[str, float]) -> dict[str, float]:
    """The vector scaled to length 1 (an empty or zero vector stays as it is)."""
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {w: v / norm for w, v in weights.items()}


def tfidf(
    counts: Mapping[str, int],
    df: Mapping[str, int],
    n: int,
    *,
    sublinear: bool = False,
    prior: Prior | None = None,
) -> dict[str, float]:
    """Unit TF-IDF weights of one bag of words among `n` bags with document frequencies `df`.

    Args:
        counts: How often each word occurs in this bag.
        df: In how many bags each word occurs (every word of `counts` included).
        n: How many bags there are.
        sublinear: Weigh a count `c` as `1 + log c` instead of `c`.
        prior: What a small collection borrows (None: its own frequencies alone).
    """
    if sublinear:
        weights = {w: (1 + math.log(c)) * idf(df, n, w, prior) for w, c in counts.items()}
    else:
        weights = {w: c * idf(df, n, w, prior) for w, c in counts.items()}
    return unit(weights)


def idf(df: Mapping[str, int], n: int, term: str, prior: Prior | None = None) -> float:
    """The inverse document frequency of a term in `n` bags (one that none holds: as if
    one did), with the bags a small collection borrows from `prior`."""
    found: float = df.get(term, 1)
    if prior is not None and n < prior.size and (share := prior.share(term)) is not None:
        found += (prior.size - n) * share
        n = prior.size
    return math.log(1 + n / max(found, 1))


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The dot product of two vectors: the sum over the shorter one's words (of two unit
    vectors, their cosine)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


cosine = dot  # of unit vectors


def weighed(
    a: Mapping[str, float], b: Mapping[str, float], idf: Mapping[str, float], prefix: str = ""
) -> float:
    """The dot product of `a` with `b` weighed by IDF, looked up as `prefix` + word (`b`: a
    story's sums of its members' vectors without their IDF)."""
    if len(a) > len(b):
        return sum(v * a.get(k, 0.0) * idf.get(prefix + k, 0.0) for k, v in b.items())
    return sum(v * b.get(k, 0.0) * idf.get(prefix + k, 0.0) for k, v in a.items())


def add(into: dict[str, float], vector: Mapping[str, float], sign: float = 1.0) -> None:
    """Add `vector` (times `sign`) into `into`, in place."""
    for k, v in vector.items():
        into[k] = into.get(k, 0.0) + sign * v


def top(weights: Mapping[str, float], count: int) -> dict[str, float]:
    """The `count` largest weights (ties by word)."""
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:count])
