"""The vector arithmetic of grouping: word and name weights as sparse dicts, their IDF,
products and sums."""

from __future__ import annotations

import math


def idf_of(df: dict[str, int], n: int, term: str) -> float:
    return math.log(1 + n / max(df.get(term, 1), 1))


def weighed(
    a: dict[str, float], b: dict[str, float], idf: dict[str, float], prefix: str = ""
) -> float:
    """The dot product of `a` with `b` weighed by IDF (`b` is a story's plain sums)."""
    if len(a) > len(b):
        return sum(v * a.get(k, 0.0) * idf.get(prefix + k, 0.0) for k, v in b.items())
    return sum(v * b.get(k, 0.0) * idf.get(prefix + k, 0.0) for k, v in a.items())


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def add(into: dict[str, float], vector: dict[str, float], sign: float = 1.0) -> None:
    for k, v in vector.items():
        into[k] = into.get(k, 0.0) + sign * v


def top(weights: dict[str, float], count: int) -> dict[str, float]:
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:count])
