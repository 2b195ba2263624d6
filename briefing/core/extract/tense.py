"""A clause's tense and the verb that governs a word, from the parse: what reads a weekday
forward or back.
"""

from __future__ import annotations

from typing import Any

from briefing.core.extract.dates import Tense

# Clauses under a verb with a time of their own.
CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"})


def tense_of(verb: Any) -> Tense:
    """The tense of the clause headed by `verb` (a spaCy token)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "shall", "'ll", "wo") for a in auxes):
        return "future"
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(a in ("was", "were", "had", "did") for a in auxes):
        return "past"
    return "present"


def governing_verb(token: Any) -> Any | None:
    """The nearest verb above `token` in the parse, or None."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def not_its_time(verb: Any, subject: Any | None) -> list[Any]:
    """The words whose dates are not the verb's: its subject's ("Chinchilla, president from
    2010"; but a relative clause's own, which its antecedent holds: "who killed his wife on
    Monday"), the clauses it governs in another tense, which have their own time
    ("announced that it plans to launch a car next month": the launch is next month, not
    the announcement), and the relative clauses below it, whose time is that of what they
    describe ("cut the prices of its game, which is coming on Nov. 17"; "the gunman, who
    killed his wife on Monday, was paranoid, police said")."""
    own = {t.i for t in verb.subtree}
    words = []
    if subject is not None:
        words = [t for t in subject.subtree if t.i not in own or subject.i in own]
    tense = tense_of(verb)
    for child in verb.children:
        if child.dep_ in CLAUSES and tense_of(child) != tense:
            words += child.subtree
    words += [t for r in verb.subtree if r.dep_ == "relcl" and r is not verb for t in r.subtree]
    return words
