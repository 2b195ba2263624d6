"""Amounts a sentence states ("2.5 million Americans", "15.2 million records", "693,665
consumers", "up 4%"), so that two sentences worded alike but stating other amounts are not
one fact: trial E's key point "Equifax said Monday that an additional 2.5 million Americans
may have been affected" cited The Sun's "more than 15 million Brits have been compromised".
"""

from __future__ import annotations

import re
from functools import lru_cache

_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
    "trillion": 1e12,
}  # fmt: skip
_AMOUNT = re.compile(
    r"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]*(?P<scale>"
    + "|".join(sorted(_SCALES, key=len, reverse=True))
    + r")\b|[ \t]*(?P<percent>%|per[ \t]?cent\b))?",
    re.IGNORECASE,
)
PLAIN_FROM = 1000  # a number without a scale is an amount from here (not a day, an age)
_YEAR = re.compile(r"(?:19|20)\d\d")

# An amount: its kind ("%" or "" for a count or a sum), its value, its significant digits.
Amount = tuple[str, float, int]


@lru_cache(maxsize=8192)
def amounts(text: str) -> tuple[Amount, ...]:
    """The amounts a sentence states: numbers with a scale ("2.5 million", "44million",
    "$2bn"), percentages, and numbers from PLAIN_FROM without one that are no year."""
    found: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        number, scale = m["number"], m["scale"]
        if (
            not scale
            and not m["percent"]
            and (_YEAR.fullmatch(number) or float(number.replace(",", "")) < PLAIN_FROM)
        ):
            continue
        digits = number.replace(",", "").replace(".", "").lstrip("0").rstrip("0")
        value = float(number.replace(",", "")) * (_SCALES[scale.lower()] if scale else 1)
        found.append(("%" if m["percent"] else "", value, max(1, len(digits))))
    return tuple(found)


def _agree(a: Amount, b: Amount) -> bool:
    """Whether two amounts of a kind are one, told as precisely as the rougher of them
    ("almost 700,000" and "693,665"; "15 million" and "15.2 million"; not "143 million"
    and "145.5 million")."""
    places = min(a[2], b[2])
    return float(f"{a[1]:.{places}g}") == float(f"{b[1]:.{places}g}")


def other_amounts(text: str, other: str) -> bool:
    """Whether two sentences state amounts of a kind and none of them agree."""
    mine, theirs = amounts(text), amounts(other)
    for kind in {a[0] for a in mine} & {b[0] for b in theirs}:
        if not any(_agree(a, b) for a in mine if a[0] == kind for b in theirs if b[0] == kind):
            return True
    return False
