"""A clause's tense and the verb that governs a word, from the parse: what reads a weekday
forward or back.
"""

from __future__ import annotations

from typing import Any

from briefing.core.extract.dates import Tense

# Participles that say something is arranged for later ("is scheduled for", "is set to").
_ARRANGED = frozenset({"scheduled", "set", "slated", "expected", "due", "poised", "planned"})

# Verbs whose clause lies ahead of their time: "vowed to retaliate", "agreed to meet".
_PROMISED = frozenset(
    {"promise", "vow", "pledge", "agree", "threaten", "hope", "want", "aim", "seek", "offer",
     "prepare", "vote", "ask", "urge", "order", "call", "tell", "warn", "need"}
)  # fmt: skip

# Clauses under a verb with a time of their own.
CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "csubj", "parataxis"})


def tense_of(verb: Any) -> Tense:
    """The tense of the clause headed by `verb` (a spaCy token)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "shall", "'ll", "wo") for a in auxes):
        return "future"
    if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    # What is arranged for later, said in the present: "Yun is scheduled for talks on
    # Friday", "is set to meet", "is expected to land"; "plans to visit" (a trial: that
    # Friday was read as the one before the paper's Tuesday).
    if verb.lower_ in _ARRANGED and any(a in ("is", "are", "am", "'s", "'re") for a in auxes):
        return "future"
    if verb.lemma_ in ("plan", "intend") and verb.tag_ in ("VBZ", "VBP"):
        return "future"
    head = verb.head
    if (
        verb.dep_ == "xcomp"
        and head is not verb
        and (head.lower_ in _ARRANGED or head.lemma_ in ("plan", "intend"))
    ):
        if head.pos_ in ("VERB", "AUX"):  # "is expected to launch", "plans to visit"
            return tense_of(head)
        if head.head.lower_ in ("is", "are", "am", "'s", "'re"):  # "is due to arrive"
            return "future"
    if verb.tag_ in ("VBD", "VBN") or any(a in ("was", "were", "had", "did") for a in auxes):
        return "past"
    # What a past deed went on to do, in its time: "decided to reopen the investigation in
    # May" (in November: last May); not what it promised, which lies ahead ("vowed to
    # retaliate in May").
    if (
        verb.dep_ == "xcomp"
        and head is not verb
        and head.tag_ in ("VBD", "VBN")
        and head.lemma_ not in _PROMISED
    ):
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


def _other_times(verb: Any, tense: Tense) -> list[Any]:
    """The words of the clauses under `verb` in another tense than `tense`, however deep
    below clauses, infinitives and prepositions of its own time: "says police are looking
    into whether the attacks on New Year's Eve were coordinated" is not of New Year's Eve
    (a trial's; the attacks are two clauses down, under "into")."""
    words: list[Any] = []
    for child in verb.children:
        if child.dep_ in ("xcomp", "prep") or (child.dep_ == "pcomp" and not _finite(child)):
            words += _other_times(child, tense)  # the same clause goes on ("detained two
            # men after searching a house on Sunday": review K)
        elif child.dep_ in CLAUSES or (child.dep_ == "pcomp" and child.pos_ in ("VERB", "AUX")):
            if tense_of(child) != tense:
                words += child.subtree
            else:
                words += _other_times(child, tense)
    return words


def _finite(verb: Any) -> bool:
    """Whether a verb heads a clause of its own, with its subject or an auxiliary ("whether
    the attacks were coordinated"), not a bare -ing form ("after searching a house")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


# How a date leans on the noun after it: "a 2010 rape allegation", "last year's election".
_NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
# Prepositions whose object sets the clause in its time: "marched in Saturday's protest",
# "said in Monday's statement", "closed since Tuesday's attack".
_SETTING = frozenset({"in", "at", "during", "on", "throughout", "amid", "since", "from"})


def _counts(head: Any) -> bool:
    """Whether the words "since" hangs on count from its date: a phrase with an ordinal or
    a superlative ("win their first title since 1908", "the highest since 2008"; not "have
    been closed since Tuesday")."""
    return any(
        t.tag_ == "JJS" or t.ent_type_ == "ORDINAL" or t.lower_ in _ORDINALS for t in head.subtree
    )


# Ordinals as a headline writes them, which the model may not tag as one ("to win first
# World Series title since 1908": a trial's timeline dated it 1908).
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


def not_its_time(verb: Any, subject: Any | None) -> list[Any]:
    """The words whose dates are not the verb's: its subject's ("Chinchilla, president from
    2010"), the clauses it governs in another tense, which have their own time
    ("announced that it plans to launch a car next month": the launch is next month, not
    the announcement), a date in someone's title ("the 2007 world champion Kimi
    Raikkonen"), and a date that says which thing a noun is, the noun the object of a
    preposition that does not set the clause in time ("Sweden has dropped its investigation
    into a 2010 rape allegation": dropped now; "arrested a man over Tuesday's attack": not
    on Tuesday; but "won the 2016 election", "marched in Saturday's protest"), nor the date a
    count starts from ("won their first World Series title since 1908", "the highest since
    2008")."""
    # (Not the verb's own words, when it describes its subject: "a man who stabbed two
    # people on Saturday" is the stabbing's Saturday: the review of session 33's.)
    words = list(subject.subtree) if subject is not None else []
    if subject is not None and subject.is_ancestor(verb):
        own = {t.i for t in verb.subtree}
        words = [t for t in words if t.i not in own]
    words += _other_times(verb, tense_of(verb))
    for node in (verb, *verb.ancestors):  # a clause joined to another is not of the date of
        if node.dep_ == "conj":  # that one's subject: "Similar attacks on New Year's Eve
            words += [  # are being investigated ..., and Albers says police are looking
                t  # into ..." (trial F's timeline, dated New Year's Eve)
                for c in node.head.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for t in c.subtree
            ]
    for span in verb.doc[verb.left_edge.i : verb.right_edge.i + 1].ents:
        root = span.root
        if (
            span.label_ in ("DATE", "TIME")
            and root.dep_ == "pobj"
            and root.head.lower_ == "since"
            and (_counts(root.head.head) or root.head.head.pos_ in ("NOUN", "PROPN"))
        ):  # when a count starts: "its first title since 1908" is not of 1908, nor "the
            # Cubs, without a title since 1908, played" (trial G); but "has been missing
            # since Friday" is of Friday
            words += span
        elif (
            span.label_ in ("DATE", "TIME")
            and root.dep_ in _NOUN_MODIFIERS
            and root.head.i >= span.end
            and root.head.pos_ in ("NOUN", "PROPN")
            and root.head.ent_type_ not in ("DATE", "TIME")
            and root.head.dep_ == "pobj"
            and root.head.head.lower_ not in _SETTING
        ):
            words += span
        elif (
            span.label_ in ("DATE", "TIME")
            and root.dep_ in _NOUN_MODIFIERS
            and root.head.dep_ == "compound"
            and root.head.head.ent_type_ == "PERSON"
        ):  # a title of someone's: "passed the 2007 world champion Kimi Raikkonen" is not
            words += span  # of 2007 (a trial's timeline)
    return words
