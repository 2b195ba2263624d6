"""The parties of a clause in a parsed sentence: its subject (or a passive's agent), the one
acted on, and a phrasal verb's particle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})

DASHES = frozenset({"-", "--", "–", "—"})


def spaced_dash(token: Any) -> bool:
    """Whether a token is a dash with a space on each side (a dateline's, an aside's), not a
    hyphen inside a word ("Pro-Russian", "Washington-based")."""
    return token.text in DASHES and token.whitespace_ and token.i > 0 and token.nbor(-1).whitespace_


def noun_end(noun: Any) -> int:
    """Where a noun phrase ends before what the noun's prepositions or clauses add: "4" of
    "4 from Florida", "firefighters" of "rescuers and firefighters who came"."""
    end: int = noun.i
    for child in noun.rights:
        if child.dep_ in ("prep", "acl", "relcl", "appos", "punct"):
            break
        end = child.right_edge.i
    return end


def without_appositions(tokens: Sequence[Any]) -> list[Any]:
    """The tokens, less what an apposition adds ("Modi, the prime minister of India")."""
    inside = {t.i for token in tokens if token.dep_ == "appos" for t in token.subtree}
    return [t for t in tokens if t.i not in inside]


def subject_of(verb: Any) -> Any | None:
    """The verb's subject token; shared subjects of conjoined or controlled verbs included."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            # A small model reads page furniture before a sentence as more subjects ("(The
            # Washington Post) Hillary Clinton blamed", "Image caption Rescuers have spent"):
            # the subject is the one nearest before the verb.
            before = [c for c in subjects if c.i < node.i]
            child = before[-1] if before else subjects[0]
            # "Gen Patrushev who is visiting India": who is visiting is Patrushev.
            relative = child.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl"
            return node.head if relative else _past_dateline(child, node)
        if node.dep_ in ("conj", "xcomp") and node.head is not node:
            node = node.head
        else:
            break
    return None


def _past_dateline(subject: Any, verb: Any) -> Any:
    """The subject, not a dateline's place the parse took for it: "SEOUL (Reuters) - South
    Korea and the United States agreed", read as "SEOUL" with "South Korea" in apposition
    (a trial's bottom line: "Seoul agreed to keep ..."); also a passive's ("NAIROBI, Kenya
    (AFP) - Twenty-three people were killed")."""
    doc = subject.doc
    dashes = [t.i for t in doc[subject.i + 1 : verb.i] if spaced_dash(t)]
    if not dashes:
        return subject
    after = [c for c in subject.children if c.dep_ == "appos" and dashes[-1] < c.i < verb.i]
    return after[0] if after else subject


def agent_of(verb: Any) -> Any | None:
    """Who did it, in a passive clause ("was bombed by the Taliban")."""
    for child in verb.children:
        if child.dep_ == "agent" or (
            child.dep_ == "prep" and child.lower_ == "by" and _headline_passive(verb)
        ):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _headline_passive(verb: Any) -> bool:
    """A passive without its auxiliary, as headlines write it ("Clinton cleared by FBI"):
    the parse gives it a subject, not a passive subject."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def patient_of(verb: Any) -> Any | None:
    """What a passive clause's action was done to ("the consulate" of "the consulate was
    bombed"). Without its auxiliary ("Clinton cleared by FBI") the parse calls it a subject."""
    children = list(verb.children)
    passive = _headline_passive(verb) or any(c.dep_ == "agent" for c in children)
    for child in children:
        if child.dep_ == "nsubjpass" or (child.dep_ == "nsubj" and passive):
            return _past_dateline(child, verb)
    return None


# Adverbs a small model tags "advmod" that are a phrasal verb's particle right after it:
# "stepped down", "called off", "pulled out".
PARTICLES = frozenset({"down", "up", "out", "off", "back", "away", "over"})


def is_particle(child: Any) -> bool:
    """Whether a verb's child is its particle: tagged so, or one of PARTICLES next to it."""
    if child.dep_ == "prt":
        return True
    return child.dep_ == "advmod" and child.i == child.head.i + 1 and child.lower_ in PARTICLES


def antecedent_of(verb: Any) -> Any | None:
    """The noun a relative clause describes, for a verb of that clause or one it controls:
    "missiles" for "use" in "the missiles, which Kim had threatened to use"."""
    node = verb
    while node.dep_ == "xcomp" and node.head is not node:
        node = node.head
    return node.head if node.dep_ == "relcl" else None
