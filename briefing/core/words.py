"""Words as lemmas, so that "bombing" and "bombed", "visits" and "visiting", "said" and
"says" meet; shared by the main event (which action is the news) and the briefing (which
sentences say the same fact).

A word's key is its lemma (spaCy's lemmatizer, run at analysis) with a gerund's "-ing" cut,
so that the news "Trump and Obama meet" and "Thursday's meeting" still meet. The lemmas are
kept only where they correct a light suffix rule ("news" is "news", not "new"; "said" is
"say"; "cancelled" is "cancel"; "agencies" is "agency"): each analysis keeps those words, a
`Lexicon`; a word no analysis corrected is cut by the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from briefing.core.vocab import FUNCTION_WORDS, SAY_VERBS

_WORD = re.compile(r"[a-z]+")
_ENDINGS = ("ings", "ing", "ed", "es", "s")
_GERUND = ("ings", "ing")

# A lower-case word -> its lemma, where the lemma is not the suffix rule's cut; and STEM + a
# cut the rule makes too long -> the lemma's key ("~cancell" -> "cancel").
Lexicon = Mapping[str, str]
STEM = "~"
NO_LEXICON: Lexicon = {}


def corrections(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """From (word, lemma) pairs as a text uses them, the lexicon of the words whose lemma
    the suffix rule misses; a word with two lemmas ("saw") takes its most frequent."""
    counts: dict[str, dict[str, int]] = {}
    for word, lemma in pairs:
        word, lemma = word.lower(), lemma.lower()
        if len(word) >= 3 and _WORD.fullmatch(word) and rule(word) != _cut(lemma, _GERUND):
            seen = counts.setdefault(word, {})
            seen[lemma] = seen.get(lemma, 0) + 1
    found = {w: max(sorted(seen), key=seen.__getitem__) for w, seen in sorted(counts.items())}
    # A cut the rule makes too long ("cancell" of "cancelled", "stopp") is the lemma's for
    # the word's other forms the text does not use: "cancelling" in a headline (marked
    # with STEM; not "new" for "news", which is no longer cut).
    for word, lemma in list(found.items()):
        cut, key = rule(word), _cut(lemma, _GERUND)
        if cut.startswith(key) and len(cut) > len(key):
            found.setdefault(STEM + cut, key)
    return found


def merged(lexicons: Iterable[Iterable[tuple[str, str]]]) -> dict[str, str]:
    """One lexicon from several (a selection's analyses); the first says a word's lemma."""
    out: dict[str, str] = {}
    for lexicon in lexicons:
        for word, lemma in lexicon:
            out.setdefault(word, lemma)
    return out


def verb_stem(action: str, lexicon: Lexicon = NO_LEXICON) -> str | None:
    """What an action does, as one lemma: "will be visiting" and "is visiting" are "visit";
    "did not visit" is "not visit"."""
    words = action.lower().split()
    negated = any(w in ("not", "n't", "never") for w in words)
    for word in words:
        found = content_stems(word, lexicon)
        if found:
            return f"not {found[0]}" if negated else found[0]
    return None


def stems(text: str, lexicon: Lexicon = NO_LEXICON) -> set[str]:
    """The lemmas of a text's content words ("bombing" and "bomb", "said" and "says")."""
    return set(content_stems(text, lexicon))


def content_stems(text: str, lexicon: Lexicon = NO_LEXICON) -> list[str]:
    """The lemmas of a text's content words, in order."""
    return [
        stem(word, lexicon)
        for word in _WORD.findall(text.lower())
        if len(word) >= 3 and word not in FUNCTION_WORDS and word not in SAY_VERBS
    ]


def stem(word: str, lexicon: Lexicon = NO_LEXICON) -> str:
    """A lower-case word's key: its lemma in the lexicon, a gerund's "-ing" cut; else the
    word without its common ending, three letters or more left ("bombing" and "bombed" are
    "bomb")."""
    lemma = lexicon.get(word)
    if lemma is None:
        cut = rule(word)
        return lexicon.get(STEM + cut, cut)
    return _cut(lemma, _GERUND)


@lru_cache(maxsize=1 << 16)  # a selection's words repeat: each is cut once
def rule(word: str) -> str:
    """A lower-case word without its common ending, three letters or more left."""
    return _cut(word, _ENDINGS)


def _cut(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
