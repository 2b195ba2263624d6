"""Facts that tell one event joined: the same actor doing the same to the same other party
however differently the sentences go on, and a deed told without who did it joined to the
same deed told with them; never two that state other amounts (`amounts.other_amounts`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing.core.brief.amounts import other_amounts
from briefing.core.brief.same_fact import FactSentence
from briefing.core.models import Article, Event
from briefing.core.words import NO_LEXICON, Lexicon, content_stems, verb_stem


def join_same_events(
    facts: list[list[FactSentence]],
    events: Sequence[tuple[Article, list[Event]]],
    named: Collection[str],
    lexicon: Lexicon = NO_LEXICON,
) -> list[list[FactSentence]]:
    """The facts, those that tell one event joined: the same actor doing the same to the same
    other party ("Nikolay Patrushev will be visiting India", "Gen Patrushev who is visiting
    India at the invitation of NSA Doval"), however differently the sentences go on, unless
    they state other amounts (`_state_other_amounts`).
    `named`: the names of the selection's entities."""
    keys: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
    # What was done with a named party, told without who did it: "Telegram was removed" (of
    # "Apple removed Telegram"), "Telegram's app has been removed from the App Store" (of
    # "Apple removed Telegram from the App Store"). Trial E's Telegram briefing said its
    # bottom line again in 6 of its 8 key points.
    done_to: dict[tuple[str, str], set[tuple[str, str]]] = {}
    did: dict[tuple[str, str], set[tuple[str, str]]] = {}  # the same, told with who did it
    # "had instructed their senior officials to remain in touch", told without naming who
    # ("The two leaders ..."), is the deed "PM Modi and President Putin instructed their
    # senior officials to keep in touch" names the actors of.
    anonymous = {
        d for _, told in events for e in told if e.who not in named and (d := _deed(e, lexicon))
    }  # fmt: skip
    for article, article_told in events:
        for event in article_told:
            sentence = (article.id, " ".join(event.sentence.split()))
            # A verb's first word says what it does; an event noun's last ("phone call").
            head = event.action.split()[-1:] if event.kind == "noun" else [event.action]
            stem = verb_stem(" ".join(head), lexicon)
            if event.who and event.whom and event.who != event.whom and stem:
                keys.setdefault(sentence, set()).add((event.who, stem, event.whom))
            parties = {n for n in (event.who, event.whom) if n is not None and n in named}
            if stem and (event.who is None or event.passive):
                done_to.setdefault(sentence, set()).update((stem, p) for p in parties)
            elif stem:  # the parties it names: "removed the Chirpr app from the Kestrel Store"
                parties = (parties - {event.who}) | {n for n in named if n in event.action}
                did.setdefault(sentence, set()).update((stem, p) for p in parties)
            if (deed := _deed(event, lexicon)) in anonymous:
                keys.setdefault(sentence, set()).add(("", " ".join(deed), ""))
    joined: list[list[FactSentence]] = []
    owner: dict[tuple[str, str, str], int] = {}  # event -> index in `joined`
    deed_owner: dict[tuple[str, str], int] = {}  # (what was done, with whom) -> its index
    agentless: dict[tuple[str, str], int] = {}  # the same, told without who did it
    for group in facts:
        said = [(s.article.id, " ".join(s.text.split())) for s in group]
        told = {key for s in said for key in keys.get(s, ())}
        deeds = {deed for s in said for deed in done_to.get(s, ())}
        done = {deed for s in said for deed in did.get(s, ())}
        found = [owner[k] for k in sorted(told) if k in owner]
        # (told without who did it: joins a deed told before, with or without; told with
        # who: joins one told before without)
        found += [deed_owner[d] for d in sorted(deeds) if d in deed_owner]
        found += [agentless[d] for d in sorted(done) if d in agentless]
        target = next((t for t in found if not _state_other_amounts(group, joined[t])), None)
        if target is None:
            target = len(joined)
            joined.append([])
        joined[target].extend(group)
        for key in told:
            owner.setdefault(key, target)
        for deed in deeds | done:
            deed_owner.setdefault(deed, target)
        for deed in deeds:
            agentless.setdefault(deed, target)
    return joined


def _state_other_amounts(group: list[FactSentence], other: list[FactSentence]) -> bool:
    """Whether two facts tell other amounts: "145.5 million people had their personal
    information accessed" is no deed of "almost 700,000 UK consumers had personal
    information accessed" (trial E's)."""
    return any(other_amounts(a.text, b.text) for a in group for b in other)


DEED_WORDS = 3  # content words that make a deed specific: a verb and what it acts on


def _deed(event: Event, lexicon: Lexicon = NO_LEXICON) -> tuple[str, ...] | None:
    """What a clause does to what, as its first DEED_WORDS content words: "had instructed
    their senior officials to remain" is (instruct, senior, official). None for less."""
    words = content_stems(event.action, lexicon) if event.kind == "verb" else []
    return tuple(words[:DEED_WORDS]) if len(words) >= DEED_WORDS else None
