"""A parsed sentence as event frames read it: its tokens, and the actors, places, dates and
topics in reach of each word; and the phrases cut from it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from briefing.core.extract.names import ROLE_WORDS
from briefing.core.extract.parties import (
    noun_end,
    spaced_dash,
)
from briefing.core.models import DateMention, Phrase
from briefing.core.vocab import ACTOR_LABELS, PLACE_LABELS

WHOM_PREPS = frozenset({"with", "to", "on", "against", "for", "from", "by"})


MODIFIERS = frozenset({"compound", "nmod", "amod"})


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


AWAY_PREPS = frozenset({"to", "into", "toward", "towards", "onto"})


PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across"})


TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


MAX_TOPIC_TOKENS = 10


def is_elsewhere(token: Any) -> bool:
    """Whether a place names somewhere else than where something happens: it modifies a
    noun ("F1 legend"), is where it goes ("travel to Moscow"; "launch from Florida" is
    where it happens), or belongs to a role ("to become President of the United States")."""
    if token.dep_ in MODIFIERS:
        return True
    head = token.head
    if token.dep_ != "pobj" or head.dep_ not in ("prep", "dative"):
        return False
    return head.lower_ in AWAY_PREPS or (head.lower_ == "of" and head.head.lower_ in ROLE_WORDS)


ORIGINAL = "briefing.original"  # the key of `original_text` in a Doc's user_data


def original_text(doc: Any) -> str | None:
    """The text as its article writes it, where the pipeline read it otherwise (its
    apostrophes straight: core/analysis/analyser.py); None when it read it as written."""
    text: str | None = doc.user_data.get(ORIGINAL)
    return text


def token_text(token: Any, text: str | None) -> str:
    """The token as the article writes it (`text`: `original_text(token.doc)`)."""
    return token.text if text is None else text[token.idx : token.idx + len(token)]


def phrase_of(tokens: Sequence[Any], offset: int) -> Phrase:
    first, last = tokens[0], tokens[-1]
    # The span's own text: `doc.text` would rebuild the whole document on every call.
    text = original_text(first.doc)
    if text is None:
        text = first.doc[first.i : last.i + 1].text
    else:
        text = text[first.idx : last.idx + len(last)]
    return Phrase(text, first.idx + offset, first.idx + len(text) + offset)


class ParsedSentence:
    """One parsed sentence and the mentions in it, with the lookups event extraction needs."""

    def __init__(
        self,
        sent: Any,
        index: int,
        offset: int,
        dates: Sequence[DateMention],
        entity: dict[int, Any],
    ) -> None:
        self.sent, self.index, self.offset = sent, index, offset
        self.entity = entity  # token index -> entity span, for the whole doc
        lo, hi = sent.start_char + offset, sent.end_char + offset
        self.dates = [d for d in dates if lo <= d.start < hi]

    def actor(self, token: Any) -> Phrase:
        """The phrase for a participant: its entity if it is in one, else its noun phrase."""
        ent = self.entity.get(token.i)
        if ent is not None:
            return phrase_of(list(ent), self.offset)
        # The noun phrase: its left modifiers and an "of" complement ("Dozens of rescuers"),
        # not relative clauses, appositions, nor where it is from ("A family of 4 from
        # Florida" is no Florida).
        end = token.i
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and child.right_edge.i - token.i <= 6:
                end = max([child.i, *(noun_end(c) for c in child.children if c.dep_ == "pobj")])
        start = token.left_edge.i
        # Not what a dash sets before it: "Brussels - EU antitrust regulators" (a dateline);
        # a hyphen inside a word is no such dash ("Pro-Russian", "Washington-based").
        dashes = [t.i for t in token.doc[start : token.i] if spaced_dash(t)]
        start = dashes[-1] + 1 if dashes else start
        while start < token.i and token.doc[start].dep_ in ("punct", "cc", "det"):
            start += 1
        return phrase_of(list(token.doc[start : end + 1]), self.offset)

    def is_actor(self, token: Any) -> bool:
        ent = self.entity.get(token.i)
        return ent is not None and ent.label_ in ACTOR_LABELS

    def place(
        self, tokens: Iterable[Any], *, within: bool = False, besides: Collection[int] = ()
    ) -> Phrase | None:
        """A place in `tokens`, preferring one after in/at; else any place in the sentence
        (unless `within`), except in the tokens `besides` (their indices: another clause's)."""
        tokens = [t for t in tokens if t.i not in besides]
        for token in tokens:
            ent = self.entity.get(token.i)
            if ent is not None and ent.label_ in PLACE_LABELS and token.head.lower_ in PLACE_PREPS:
                return phrase_of(list(ent), self.offset)
        rest = [] if within else [t for t in self.sent if t.i not in besides]
        for token in tokens + rest:
            ent = self.entity.get(token.i)
            # "F1 legend", "Croydon tram crash": a place that modifies a noun is not where;
            # nor is one it goes to ("will travel to Moscow"), nor one that acts ("the
            # United States will withdraw its troops from Iraq").
            if (
                ent is not None
                and ent.label_ in PLACE_LABELS
                and not is_elsewhere(ent.root)
                and ent.root.dep_ not in SUBJECTS
            ):
                return phrase_of(list(ent), self.offset)
        return None

    def date(self, tokens: Iterable[Any], besides: Iterable[Any] = ()) -> DateMention | None:
        """A resolved date among `tokens`; else the sentence's first resolved date. Never one
        in `besides`: the date of a noun phrase ("Chinchilla, president from 2010") is not the
        date of what the clause says it did."""
        chars = {t.idx + self.offset for t in tokens}
        skip = {t.idx + self.offset for t in besides}
        resolved = [d for d in self.dates if d.value is not None and d.start not in skip]
        inside = [d for d in resolved if d.start in chars]
        candidates = inside or resolved
        return candidates[0] if candidates else None

    def topic(self, heads: Iterable[Any]) -> str | None:
        for head in heads:
            for prep in head.children:
                if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPS:
                    objects = [
                        c for c in prep.children
                        if c.dep_ == "pobj" and c.ent_type_ not in ("DATE", "TIME")
                    ]  # fmt: skip
                    if objects:
                        words = list(objects[0].subtree)[:MAX_TOPIC_TOKENS]
                        return join_words(words)  # not the paragraph break the parse hung on it
        return None

    def partner(self, heads: Iterable[Any]) -> tuple[Phrase | None, str | None]:
        """The other party, and the preposition that links it: an actor as object, or after
        with/to/on... of the verb or its object."""
        for head in heads:
            for child in head.children:
                if child.dep_ in ("dobj", "dative") and self.is_actor(child):
                    return self.actor(child), None
                if child.dep_ == "prep" and child.lower_ in WHOM_PREPS:
                    for obj in child.children:
                        if obj.dep_ == "pobj" and self.is_actor(obj):
                            return self.actor(obj), child.lower_
        return None, None


def join_words(words: Iterable[Any]) -> str:
    """The tokens as written: "isn't", not "is n't"; a space where words were left out."""
    text = ""
    previous = None
    original: str | None = None
    for token in sorted(set(words), key=lambda t: t.i):
        if token.is_space:
            continue
        if previous is None:
            original = original_text(token.doc)
        else:
            text += previous.whitespace_ if token.i == previous.i + 1 else " "
        text += token_text(token, original)
        previous = token
    return text
