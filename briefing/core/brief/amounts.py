"""Amounts a sentence states ("2.5 million Americans", "15.2 million records", "693,665
consumers", "up 4%"), so that two sentences worded alike but stating other amounts are not
one fact: trial E's key point "Equifax said Monday that an additional 2.5 million Americans
may have been affected" cited The Sun's "more than 15 million Brits have been compromised".
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from briefing.core.vocab import HEDGES, NUMBER_WORDS, TENS, one_of

_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
    "trillion": 1e12,
}  # fmt: skip
_AMOUNT = re.compile(
    r"(?P<money>[$£€¥][ \t]*)?(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:[ \t]*(?P<scale>" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")\b)?"
    r"(?:[ \t]*(?P<percent>%|per[ \t]?cent\b)|[ \t]*(?P<currency>dollars|pounds|euros|yen)\b)?",
    re.IGNORECASE,
)
_NUMBER_WORDS = NUMBER_WORDS | TENS
_NUMBER_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# A number in words is an amount with a scale, a percent or a currency ("two million",
# "twenty-five per cent", "five billion dollars"); alone it is a small count ("two people").
_WORDED = re.compile(
    rf"(?<![\w-])(?P<number>(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)"
    r"(?:[ \t]+(?P<scale>thousand|million|billion|trillion)\b)?"
    r"(?:[ \t]+(?P<percent>per[ \t]?cent\b)|[ \t]+(?P<currency>dollars|pounds|euros|yen)\b)?",
    re.IGNORECASE,
)
PLAIN_FROM = 1000  # a number without a scale is an amount from here (not a day, an age)
# A year: four digits without a comma from 1900, or after a word that dates ("in 1889"); not
# "1500 people were evacuated" (the review of session 33's second part).
_YEAR = re.compile(r"19\d\d|20\d\d")
_DATES_NEXT = re.compile(
    r"\b(?:in|since|until|till|before|after|circa|c\.|year|mid)"
    r"[ \t-]*\Z",
    re.IGNORECASE,
)
_HEDGED = re.compile(rf"\b{one_of(HEDGES)}[ \t]+\Z", re.IGNORECASE)

# An amount: its kind ("%", "money" or "" for a count), its value, its significant digits.
Amount = tuple[str, float, int]


@lru_cache(maxsize=8192)
def amounts(text: str) -> tuple[Amount, ...]:
    """The amounts a sentence states: numbers with a scale ("2.5 million", "44million",
    "$2bn", "two million"), percentages, sums of money, and numbers from PLAIN_FROM without
    one that are no year ("built in 1889")."""
    found: list[Amount] = []
    for m in _AMOUNT.finditer(text):
        number, scale = m["number"].replace(",", ""), m["scale"]
        money = m["money"] or m["currency"]
        if not (scale or money or m["percent"]) and (
            _is_year(m["number"], text[: m.start()]) or float(number) < PLAIN_FROM
        ):
            continue
        # A scale's number keeps its zeros ("10 million" is not "14 million") unless hedged
        # ("nearly 20 million" of 19.4 million); a plain one's round figure is rough
        # ("almost 700,000" of 693,665).
        digits = number.replace(".", "").lstrip("0")
        if not scale or _HEDGED.search(text, 0, m.start()):
            digits = digits.rstrip("0")
        value = float(number) * (_SCALES[scale.lower()] if scale else 1)
        kind = "%" if m["percent"] else "money" if money else ""
        found.append((kind, value, max(1, len(digits))))
    for m in _WORDED.finditer(text):  # (one word: its zeros are never told)
        if m["scale"] or m["percent"] or m["currency"]:
            number = sum(_NUMBER_WORDS[w] for w in m["number"].lower().split("-"))
            value = number * (_SCALES[m["scale"].lower()] if m["scale"] else 1)
            kind = "%" if m["percent"] else "money" if m["currency"] else ""
            found.append((kind, float(value), len(str(number))))
    return tuple(found)


def _is_year(number: str, before: str) -> bool:
    """Whether four digits written without a comma are a year (`_YEAR`, `_DATES_NEXT`)."""
    if len(number) != 4 or not number.isdigit():
        return False
    return _YEAR.fullmatch(number) is not None or _DATES_NEXT.search(before) is not None


def _agree(a: Amount, b: Amount) -> bool:
    """Whether two amounts of a kind are one, told as precisely as the rougher of them: less
    than half its last digit apart ("almost 700,000" and "693,665"; "15 million" and "15.2
    million"; not "143 million" and "145.5 million", nor "2.5 million" and "2" or "3")."""
    step = max(_step(a[1], min(a[2], b[2])), _step(b[1], min(a[2], b[2])))
    return abs(a[1] - b[1]) < step / 2


def _step(value: float, places: int) -> float:
    """The worth of the last of `places` significant digits of `value` (1 for nought)."""
    if not value or not math.isfinite(value):
        return 1.0
    return 10.0 ** (math.floor(math.log10(abs(value))) - places + 1)


def other_amounts(text: str, other: str) -> bool:
    """Whether two sentences state amounts of a kind and none of them agree."""
    mine, theirs = amounts(text), amounts(other)
    for kind in {a[0] for a in mine} & {b[0] for b in theirs}:
        if not any(_agree(a, b) for a in mine if a[0] == kind for b in theirs if b[0] == kind):
            return True
    return False
