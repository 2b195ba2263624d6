"""Amounts a sentence states ("2.5 million Americans", "15.2 million records", "693,665
consumers", "up 4%"), so that two sentences worded alike but stating other amounts are not
one fact: trial E's key point "Equifax said Monday that an additional 2.5 million Americans
may have been affected" cited The Sun's "more than 15 million Brits have been compromised".
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from briefing.core.vocab import NUMBER_WORDS, TENS

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
_YEAR = re.compile(r"1\d{3}|20\d\d")  # (written without a comma)

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
            (_YEAR.fullmatch(number) and "," not in m["number"]) or float(number) < PLAIN_FROM
        ):
            continue
        # A scale's number keeps its zeros ("10 million" is not "14 million"); a plain one's
        # round figure is rough ("almost 700,000" of 693,665).
        digits = number.replace(".", "").lstrip("0")
        digits = digits if scale else digits.rstrip("0")
        value = float(number) * (_SCALES[scale.lower()] if scale else 1)
        kind = "%" if m["percent"] else "money" if money else ""
        found.append((kind, value, max(1, len(digits))))
    for m in _WORDED.finditer(text):
        if m["scale"] or m["percent"] or m["currency"]:
            number = sum(_NUMBER_WORDS[w] for w in m["number"].lower().split("-"))
            value = number * (_SCALES[m["scale"].lower()] if m["scale"] else 1)
            kind = "%" if m["percent"] else "money" if m["currency"] else ""
            found.append((kind, float(value), len(str(number))))
    return tuple(found)


def _agree(a: Amount, b: Amount) -> bool:
    """Whether two amounts of a kind are one, told as precisely as the rougher of them
    ("almost 700,000" and "693,665"; "15 million" and "15.2 million"; not "143 million"
    and "145.5 million", nor "2 million" and "2.5 million")."""
    places = min(a[2], b[2])
    return _rounded(a[1], places) == _rounded(b[1], places)


def _rounded(value: float, places: int) -> Decimal:
    """`value` to `places` significant digits, halves up."""
    exact = Decimal(repr(value))
    if not exact:
        return exact
    step = Decimal(1).scaleb(exact.adjusted() - places + 1)
    return exact.quantize(step, rounding=ROUND_HALF_UP)


def other_amounts(text: str, other: str) -> bool:
    """Whether two sentences state amounts of a kind and none of them agree."""
    mine, theirs = amounts(text), amounts(other)
    for kind in {a[0] for a in mine} & {b[0] for b in theirs}:
        if not any(_agree(a, b) for a in mine if a[0] == kind for b in theirs if b[0] == kind):
            return True
    return False
