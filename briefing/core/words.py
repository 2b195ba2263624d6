"""Words cut to their stems, so that "bombing" and "bombed", "visits" and "visiting" meet.

A light suffix rule, shared by the main event (which action is the news) and the briefing
(which sentences say the same fact).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.core.vocab import FUNCTION_WORDS, SAY_VERBS

_WORD = re.compile(r"[a-z]+")
_ENDINGS = ("ings", "ing", "ed", "es", "s")


def verb_stem(action: str) -> str | None:
    """What an action does, as one stem: "will be visiting" and "is visiting" are "visit";
    "did not visit" is "not visit"."""
    words = action.lower().split()
    negated = any(w in ("not", "n't", "never") for w in words)
    for word in words:
        found = stems(word)
        if found:
            first = next(iter(found))
            return f"not {first}" if negated else first
    return None


def stems(text: str) -> set[str]:
    """The content words of a text without their common endings ("bombing" and "bomb",
    "meeting" and "meet")."""
    return set(content_stems(text))


def content_stems(text: str) -> list[str]:
    """The content words of a text in order, without their common endings."""
    return [
        stem(word)
        for word in _WORD.findall(text.lower())
        if len(word) >= 3 and word not in FUNCTION_WORDS and word not in SAY_VERBS
    ]


@lru_cache(maxsize=1 << 16)  # a selection's words repeat: each is cut once
def stem(word: str) -> str:
    """A lower-case word without its common ending, three letters or more left: "bombing"
    and "bombed" are "bomb"."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
