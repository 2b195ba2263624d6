"""Event frames from parsed sentences: who did what to whom, where, when, about what.

Pure functions over a parsed spaCy Doc that return plain `EventFrame`s (no spaCy objects
escape), run in the analysis step and cached with the article. Two kinds:

- clauses: a verb with its subject (or the agent of a passive), the predicate phrase, its
  object or prepositional partner, and the place, date and topic in its reach;
- event nouns: "Modi's phone call with Putin on August 24", "a conversation between X and Y".

Reported speech ("X said that ...", "according to X") is attributed to its speaker. Which
entity an actor is (one name per actor) is decided later, across articles, by `resolve`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from briefing.core.extract.complements import complement_of
from briefing.core.extract.parties import (
    RELATIVE_PRONOUNS,
    agent_of,
    antecedent_of,
    is_particle,
    patient_of,
    subject_of,
    without_appositions,
)
from briefing.core.extract.sentence import (
    SUBJECTS,
    ParsedSentence,
    join_words,
    original_text,
    phrase_of,
    token_text,
)
from briefing.core.extract.tense import not_its_time
from briefing.core.models import DateMention, EventFrame, Phrase
from briefing.core.vocab import ACTOR_LABELS, CLAUSE_VERBS, MANY, SAY_VERBS

EVENT_NOUNS = frozenset(
    {"call", "calls", "conversation", "conversations", "talks", "meeting", "meetings", "visit",
     "summit", "consultations", "negotiations", "attack", "attacks", "election", "agreement",
     "deal", "interview", "speech", "ceremony", "strike", "protest", "protests", "crash",
     "derailment", "explosion", "earthquake", "vote", "trip", "tour", "discussion",
     "discussions", "dialogue", "conference", "shooting", "collision", "fire", "raid"}
)  # fmt: skip
MAX_OBJECT_TOKENS = 9  # an object phrase longer than this is cut to its head and modifiers


def _action(verb: Any, sentence: ParsedSentence) -> tuple[str, list[Any], set[int]]:
    """The predicate phrase, the heads (verb, controlled verb, object) it spans, and the
    indices of its tokens."""
    words = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") or is_particle(c)]
    words.append(verb)
    heads = [verb]
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            words += [c for c in child.children if c.dep_ in ("aux", "prt", "neg")] + [child]
            heads.append(child)
    said_after: list[Any] = []
    for head in list(heads):
        for obj in head.children:
            if obj.dep_ == "dobj" and obj.lower_ in RELATIVE_PRONOUNS:
                # "the missiles, which Kim had threatened to use": Kim threatened to use the
                # missiles (said after the verb, where the object stands).
                antecedent = antecedent_of(head)
                if antecedent is not None:
                    said_after = noun_phrase(antecedent)
                continue
            if obj.dep_ == "dobj" and sentence.is_actor(obj) and len(heads) > 1:
                # "asked Putin to visit": the other party stays where it is written, before
                # the verb it controls (not "asked to visit Putin").
                words += list(obj.doc[obj.left_edge.i : obj.i + 1])
                continue
            if obj.dep_ in ("dobj", "attr", "acomp") and not sentence.is_actor(obj):
                whole = list(obj.subtree)
                while whole[-1].dep_ in ("cc", "punct") and whole[-1] is not obj:
                    whole.pop()  # "the names of six men and": the parse left the rest out
                # A clause inside makes it long, but not a participle that says what was
                # done to it: "had personal details stolen by cyber hackers".
                if len(whole) <= MAX_OBJECT_TOKENS and not any(
                    t.dep_ in ("relcl", "ccomp", "advcl") or (t.dep_ == "acl" and t.tag_ != "VBN")
                    for t in whole
                ):
                    words += whole  # "increase the gaps between the bar's iconic peaks"
                else:
                    words += [
                        c for c in obj.children if c.dep_ in ("det", "amod", "compound", "nummod")
                    ]
                    words.append(obj)
                    # Cut to its head, still with what was done to it: "had personal data
                    # stolen in the cyber attack on its servers" (a bottom line had read
                    # "Americans had personal data").
                    if verb.lemma_ in ("have", "get"):  # (not "rejected the report published")
                        done = [c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"]
                        words += done[:1]
                heads.append(obj)
    if not said_after and not any(c.dep_ == "dobj" for h in heads for c in h.children):
        said_after = _left_out_object(verb, heads[-1])
    action = join_words(words)
    if said_after:
        after = join_words(said_after)
        if said_after[0].is_sent_start and said_after[0].dep_ == "det":
            after = after[0].lower() + after[1:]  # "published the report", not "The report"
        action = f"{action} {after}"
    return action, heads, {t.i for t in words}


# Nouns a relative clause without a pronoun says when, where, how or why of, not what it acts
# on: "the day he arrived", "the way she spoke".
_CIRCUMSTANCES = frozenset(
    "day days time times moment moments year years week weeks month months night morning "
    "evening afternoon way ways reason reasons place places".split()
)


def _left_out_object(verb: Any, last: Any) -> list[Any]:
    """The object a relative clause leaves out, when its subject is its own and no pronoun
    stands for what it acts on: "the missile Kim Jong-un had threatened to use on Guam" -
    Kim threatened to use the missile (a trial's timeline: "Kim Jong-un had threatened to use
    on Guam")."""
    antecedent = antecedent_of(last)
    if (
        antecedent is None
        or antecedent.pos_ != "NOUN"
        or antecedent.lower_ in _CIRCUMSTANCES
        or antecedent.ent_type_ in ("DATE", "TIME")  # "the weekend he arrived"
    ):
        return []
    if any(c.dep_ == "ccomp" for c in last.children):
        return []  # what it says is its clause ("the report the ministry said prices rose")
    if any(c.dep_ == "prep" and not list(c.children) for c in last.children):
        return []  # it is what a preposition left at the end stands for: "the room he fired from"
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    if any(t.lower_ in RELATIVE_PRONOUNS or t.tag_ in ("WDT", "WP", "WRB") for t in verb.subtree):
        return []  # "the man who fired", "the city where he lived"
    return noun_phrase(antecedent)


def noun_phrase(noun: Any) -> list[Any]:
    """A noun with the words that say which one: its determiner, adjectives, compounds and
    numbers ("the 47 guns")."""
    modifiers = ("det", "amod", "compound", "nummod")
    return [c for c in noun.children if c.dep_ in modifiers] + [noun]


def _speaker(verb: Any, sentence: ParsedSentence) -> Phrase | None:
    """Who a clause is attributed to: the subject of a saying verb above it, or 'according to'."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.lower_ in SAY_VERBS:
        subject = subject_of(head)
        if subject is not None:
            return sentence.actor(subject)
    for token in sentence.sent:
        if token.lower_ == "according":
            for prep in token.children:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        return sentence.actor(obj)
    return None


def _counted_patient(verb: Any) -> Any | None:
    """Who a passive clause without its agent counts as what it was done to: "Nearly 80
    people were killed on Thursday", "Dozens were arrested" (the news of a disaster's
    reports, no event at all before). Not a named patient ("Trump is elected", "The 2020
    Olympics", "Apollo 11"), which would outrank who acted, nor an uncounted one ("People
    are pissed"), nor a sum or a share ("$5 billion was spent")."""
    patient = patient_of(verb)
    if patient is None or patient.dep_ not in ("nsubjpass", "appos"):  # (appos: `patient_of`)
        return None
    if patient.ent_type_ not in ("", "CARDINAL"):
        return None
    if patient.tag_ == "CD" or patient.lower_ in MANY:  # "Seven were killed", "Dozens"
        return patient
    counts = any(c.dep_ == "nummod" and c.ent_type_ in ("", "CARDINAL") for c in patient.children)
    return patient if counts and patient.tag_ == "NNS" else None  # "80 people", "Two soldiers"


# What opens a clause of something that may happen, not what happened: "If Rosberg
# finishes third on Sunday, he is champion" (a trial's timeline told "Nico Rosberg finishes
# in Abu Dhabi" as done), "Unless Congress acts by Friday".
_CONDITIONS = frozenset({"if", "unless"})
# What may, must or should be, neither done nor planned: "Rosberg can take his first title"
# (trial E's timeline, on the race's day), "He must win on Sunday". Not "could", which tells
# what was done as often ("Women could vote for the first time on Sunday"), nor a hedged
# past or present ("The storm may have killed 40 people", "Clinton may still be coming to
# terms with her defeat", undated: the review of 33's second part), nor what could not be
# done ("can find no trace"): the review of session 33's.
_MODALS = frozenset({"can", "ca", "may", "might", "must", "should"})
_NOT = frozenset({"not", "n't", "never", "no", "nothing", "none"})


def _maybe(verb: Any) -> bool:
    """Whether a verb's clause tells what may happen, not what happened (`_CONDITIONS`,
    `_MODALS`)."""
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
        return True
    auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if not auxes & _MODALS or "have" in auxes:
        return False  # (a hedge: "may have killed")
    if "be" in auxes and verb.tag_ == "VBG" and not _dated(verb):
        return False  # (a state; not "may be announcing job cuts on Friday")
    negated = {c.lower_ for c in children} | {g.lower_ for c in children for g in c.children}
    return not negated & _NOT


def _dated(verb: Any) -> bool:
    return any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)  # a day, a time


def _clause(verb: Any, sentence: ParsedSentence) -> EventFrame | None:
    if _maybe(verb):
        return None
    agent = agent_of(verb)
    subject = agent or subject_of(verb) or _counted_patient(verb)
    action, heads, spanned = _action(verb, sentence)
    who = sentence.actor(subject) if subject is not None else None
    whom, link = sentence.partner(heads)
    patient = patient_of(verb) if agent is not None else None
    if agent is not None and patient is not None:
        # "German consulate bombed by Taliban": the Taliban bombed the German consulate.
        target = sentence.actor(patient)
        words = [c for c in verb.children if c.dep_ == "neg" or is_particle(c)] + [verb]
        action = f"{join_words(words)} {target.text}"
        if sentence.is_actor(patient):
            whom, link = target, ""
    if whom is not None and whom.start in {verb.doc[i].idx + sentence.offset for i in spanned}:
        link = ""  # the action already says it: "describes talks with Donald Trump"
    if who is None and whom is None:
        return None
    skip = {t.i for t in verb.children if whom is not None and t.lower_ == link}
    if agent is not None:  # "by the Taliban" is the who already
        skip |= {agent.head.i}
    complement = complement_of(verb, skip)
    if complement and (whom is None or patient is not None):
        action = f"{action} {complement}"
    vague = subject is not None and subject.lower_ in ("which", "that", "who", "it", "this")
    if vague and whom is None:
        return None
    if any(c.dep_ == "dobj" and c.lower_ == "what" for h in heads for c in h.children):
        return None  # "what Pyongyang said was a test": what was said is outside the clause
    subtree = list(verb.subtree)
    topic = sentence.topic(heads)
    if topic and topic in action:
        topic = None  # "stood on a sanitation truck" has no topic "a sanitation truck"
    return EventFrame(
        sentence=sentence.index,
        who=who,
        action=action,
        whom=whom,
        # "is visiting India": the place the verb acts on, before others in its clause; not
        # one of a clause under it with a subject of its own ("extended the emergency, as
        # he pledged to hit ISIS in Syria").
        where=sentence.place([c for c in verb.children if c.dep_ == "dobj"], within=True)
        or sentence.place(subtree, besides=_own_clauses(verb)),
        when=sentence.date(subtree, besides=[*not_its_time(verb, subject), *_dated_apart(verb)]),
        topic=topic,
        said_by=_speaker(verb, sentence),
        kind="verb",
        link=link,
    )


_CLAUSES = frozenset({"ccomp", "parataxis", "relcl"})


def _dated_apart(verb: Any) -> list[Any]:
    """The words of the relative clauses under a verb in the present or present perfect,
    which no past day dates, that describe a noun with another's act: their day is that
    act's ("have identified the man an officer shot and killed Saturday evening": a trial's
    bottom line dated the identification by the shooting). A past verb keeps a day its
    sentence ends on, wherever the parse hangs it ("arrested the man they were seeking on
    Saturday", the review's)."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if not perfect and verb.tag_ not in ("VBZ", "VBP"):
        return []
    # Whoever its subject: "has apologized to two players who were kicked off a plane on
    # Christmas Eve" (trial E's bottom line dated the apology by the day they were kicked
    # off), "players thrown off a flight on Sunday".
    return [
        t
        for node in verb.subtree
        if node is not verb and node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX")
        for t in node.subtree
    ]


def _own_clauses(verb: Any) -> set[int]:
    """The tokens of the clauses under `verb` that have a subject of their own and tell
    another event: one that describes a noun ("fired a Hwasong-12, the missile Kim had
    threatened to use on Guam"; not "fired a missile that landed off Hokkaido", whose
    subject is the noun), or what someone says or vows ("as he pledged to hit ISIS in
    Syria"). Not a clause that says when or why it happened ("Several dead
    after tram overturns at Sandilands" happened at Sandilands), nor one joined to it: the
    parse hangs what two share on the last ("Seven were killed and 50 injured when a tram
    overturned in London")."""
    return {
        t.i
        for node in verb.subtree
        if node is not verb
        and (node.dep_ in _CLAUSES or (node.dep_ == "advcl" and node.lower_ in CLAUSE_VERBS))
        and any(c.dep_ in SUBJECTS and c.lower_ not in RELATIVE_PRONOUNS for c in node.children)
        for t in node.subtree
    }


def _noun_event(noun: Any, sentence: ParsedSentence) -> EventFrame | None:
    who = whom = None
    link = None
    for child in noun.children:
        if child.dep_ == "poss" and sentence.is_actor(child):
            who = sentence.actor(child)
        if child.dep_ == "prep" and child.lower_ in ("with", "between"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                first = objects[0]
                pair = [first, *[c for c in first.children if c.dep_ == "conj"]]
                actors = [sentence.actor(t) for t in pair if sentence.is_actor(t)]
                if child.lower_ == "between" and len(actors) >= 2 and who is None:
                    who, whom, link = actors[0], actors[1], "with"
                elif actors and whom is None:
                    whom, link = actors[0], child.lower_
    subtree = list(noun.subtree)
    when = sentence.date(subtree)
    chars = {t.idx + sentence.offset for t in subtree}
    if when is not None and when.start not in chars:
        when = None  # the date must belong to this event, not just to the sentence
    if who is None or (whom is None and when is None):
        return None
    words = [c for c in noun.children if c.dep_ in ("compound", "amod")] + [noun]
    words.sort(key=lambda t: t.i)
    return EventFrame(
        sentence=sentence.index,
        who=who,
        action=" ".join(token_text(t, original_text(noun.doc)) for t in words),
        whom=whom,
        # Its own place, not one the sentence gives another event, nor one in an apposition
        # ("between Modi and Putin, the talks in New Delhi" is the parse of two events).
        where=sentence.place(without_appositions(subtree), within=True),
        when=when,
        topic=sentence.topic([noun]),
        said_by=None,
        kind="noun",
        link=link,
    )


def _headline_verb(sentence: ParsedSentence) -> EventFrame | None:
    """A headline's verb that the parse took for a noun: "Donald Trump lands in Washington to
    meet Barack Obama", "Trump slams 'rigged' FBI and claims ...". Headlines drop articles and
    use the present tense, so a small model often reads an actor and an "-s" word as a noun
    phrase. When that word is the headline's root, right after an actor, it is the verb; its
    action runs to the first conjunction, subordinate clause or punctuation."""
    for token in sentence.sent:
        if not (
            token.dep_ == "ROOT"
            and token.pos_ == "NOUN"
            and token.text.islower()
            and token.text.endswith("s")
            and not token.text.endswith("ss")
            and token.i > sentence.sent.start
        ):
            continue
        ent = sentence.entity.get(token.i - 1)
        if ent is None or ent.label_ not in ACTOR_LABELS or ent.end != token.i:
            return None
        words = [token]
        for after in token.doc[token.i + 1 : sentence.sent.end]:
            clause = after.pos_ == "VERB" and after.dep_ != "amod"  # not "'rigged' FBI"
            if (
                clause
                or after.pos_ in ("CCONJ", "SCONJ")
                or after.lower_ == "to"
                or (after.pos_ == "PUNCT" and after.text in ",:;-–—")
            ):
                break
            words.append(after)
        return EventFrame(
            sentence=sentence.index,
            who=phrase_of(list(ent), sentence.offset),
            action=join_words(words),
            whom=None,
            where=sentence.place(words),
            when=sentence.date(words),
            topic=None,
            said_by=None,
            kind="verb",
            link=None,
        )
    return None


def extract(
    doc: Any, *, offset: int, first_sentence: int, dates: Sequence[DateMention]
) -> list[EventFrame]:
    """Event frames of every sentence of a parsed piece of an article.

    Args:
        doc: A spaCy Doc with a dependency parse and entities.
        offset: Where the piece starts in the article body (added to every offset).
        first_sentence: Index, in the whole article, of the piece's first sentence.
        dates: The article's resolved DATE mentions (offsets into the body).
    """
    frames: list[EventFrame] = []
    index = first_sentence
    # Built once: `Span.ents` walks all the doc's entities on every call.
    entity = {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}
    for sent in doc.sents:
        if sent.text.isspace():
            continue
        sentence = ParsedSentence(sent, index, offset, dates, entity)
        for token in sent:
            frame = None
            # Controlled verbs ("agreed to set up") are part of their head's action.
            if token.pos_ == "VERB" and token.dep_ not in (
                "amod",
                "aux",
                "auxpass",
                "prep",
                "xcomp",
            ):
                frame = _clause(token, sentence)
            elif _copula(token):
                frame = _clause(token, sentence)  # "the Cubs are World Series champions"
            elif token.pos_ == "NOUN" and token.lower_ in EVENT_NOUNS:
                frame = _noun_event(token, sentence)
            if frame is not None:
                frames.append(frame)
        if index == 0 and (headline := _headline_verb(sentence)) is not None:
            frames.append(headline)
        index += 1
    return frames


def _copula(token: Any) -> bool:
    """Whether a token is the verb "be" of a clause that says what its subject is or has
    become: "the Cubs are World Series champions" (a subject and a complement)."""
    return (
        token.pos_ == "AUX"
        and token.dep_ in ("ROOT", "conj", "ccomp")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and any(
            c.dep_ in ("attr", "acomp") and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.lower_ != "one"
            for c in token.children
        )  # not "Samsung is one [of them]"
    )
