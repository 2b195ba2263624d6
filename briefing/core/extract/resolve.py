"""One name per actor across articles: mentions grouped into canonical entities.

"Patrushev", "Gen Nikolay Patrushev" and "the Security Council of Russia Gen Nikolay
Patrushev" (one span to spaCy) become one person, Nikolay Patrushev, whose role is
"Secretary of the Security Council of Russia". The rules, in order:

1. A user alias table (`aliases: {canonical: [variants]}`) wins over everything else.
2. People: titles and honorifics are not part of a name; a non-person span that ends with a
   known person's name is that person (spaCy often swallows a role into the name); surnames
   alone and initial forms ("S Jaishankar", "Ajit K. Doval") join the one full name they fit,
   and stay apart when two people share the surname; a given name spelled two ways
   ("Mohamed" and "Mohammed Morsi") is one name. A name whose surname the text gives
   after Mr, Ms, Mrs, Miss or Dr is a person's, whatever the model tagged it ("Chrissy
   Teigen" read as an organisation where "Ms Teigen" is a person). A word that opens a
   sentence and that the text otherwise writes in lower case describes the person, not
   names them ("Tranquilizing Harambe" is Harambe).
3. One label per name across the articles: first what the words around its mentions say
   in every article seen ("shares of X", "X, 53,", "in X": core/extract/label_cues.py),
   then the one given most often (a person's aside).
   Organisations: case variants, a leading "the" and possessives do not matter; an acronym
   joins its expansion when the text defines it ("Ministry of External Affairs (MEA)") or its
   letters are the initials of an organisation named in the same article. A country's
   other names are the country ("DPRK" is North Korea, "U.S." the United States).
4. A name fragment that only forms a role ("External Affairs" in "External Affairs Minister
   S Jaishankar", "State" in "Secretary of State Rex Tillerson") is the role of the person
   it goes with, not an organisation.

How the text writes a person's name (titles, roles, forms of address, words run into it) is
read in core/extract/names.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefing.core.extract.label_cues import labelled
from briefing.core.extract.mentions import written_in_lower_case
from briefing.core.extract.names import (
    ROLE_WORDS,
    addressed_surnames,
    clean,
    described_names,
    is_form_of_address,
    is_initial,
    is_title_alone,
    name_key,
    own_role,
    role_before,
    strip_titles,
    titled_name,
)
from briefing.core.extract.organisations import (
    fuller,
    has_company_form,
    initials,
    org_key,
    short_forms,
    without_description,
)
from briefing.core.extract.people import People, particle_surname, people_of, person_group
from briefing.core.extract.places import is_country_only, state_name
from briefing.core.extract.reporting import presenters, presents, reports
from briefing.core.models import Analysis, Entity, Mention, Resolution
from briefing.core.vocab import ENTITY_LABELS

SLIP = 10  # how much more often a surname tagged otherwise is no slip of the model
NAMED_SHARE = 10  # a full name used for one in this many mentions names the organisation
_SECRETARY_OF = re.compile(r"\bSecretary of[ \t]+\Z")
_ACRONYM = re.compile(r"[A-Z0-9]{2,4}")


@dataclass
class _Item:
    """One mention being resolved."""

    article: str
    mention: Mention
    label: str
    name: str  # the part that names the entity (a person split out of a longer span)
    start: int  # where that name starts in the body
    role: str | None = None


def _sentence_start(analysis: Analysis, offset: int) -> int:
    start = 0
    for sentence in analysis.sentences:
        if sentence.start <= offset:
            start = sentence.start
        else:
            break
    return start


def _is_role_fragment(body: str, mention: Mention, person_starts: set[int]) -> bool:
    """An organisation-like span that only prefixes a role word before a person's name, or
    that ends one: the department of "Secretary of State" or "Secretary of Homeland
    Security" (not "Secretary of the Security Council of Russia", which is named)."""
    if (
        mention.label == "ORG"
        and len(mention.text.split()) <= 2
        and _SECRETARY_OF.search(body, max(0, mention.start - 20), mention.start)
    ):
        return True
    after = body[mention.end : mention.end + 60].split()
    if not after or after[0].lower().strip(".,") not in ROLE_WORDS:
        return False
    tail = mention.end + len(body[mention.end :]) - len(body[mention.end :].lstrip())
    rest = tail + len(after[0]) + 1
    return any(rest <= s <= rest + 25 for s in person_starts)


def resolve(
    articles: Sequence[tuple[str, str, Analysis]],
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
    evidence: Mapping[str, Mapping[str, int]] | None = None,
) -> Resolution:
    """Group the named-entity mentions of these articles into canonical entities.

    Args:
        articles: (article id, body, analysis) for each article of the selection.
        aliases: The user's table: canonical name -> the forms that mean it.
        evidence: The label votes of names (core/extract/label_cues.py) over every article
            seen; by default those of these articles.

    Returns:
        The entities, most mentioned first, and the mention -> entity map.
    """
    alias_of = {
        v.lower(): canon for canon, variants in (aliases or {}).items() for v in [canon, *variants]
    }
    articles = labelled(articles, evidence)
    described = described_names(articles)
    addressed = addressed_surnames(articles)
    people = people_of(articles, described, addressed)
    known = _Known(
        alias_of, described, people.persons, people.surnames, _word_tags(articles), addressed
    )
    items: list[_Item] = []
    for article_id, body, analysis in articles:
        person_starts = {m.start for m in analysis.mentions if m.label == "PERSON"}
        for m in analysis.mentions:
            if m.label in ENTITY_LABELS:
                item = _item(article_id, body, analysis, m, person_starts, known)
                if item is not None:
                    items.append(item)
    return _group(items, people, alias_of, articles)


def _word_tags(articles: Sequence[tuple[str, str, Analysis]]) -> dict[str, Counter[str]]:
    """How often each single word is tagged with each label."""
    tagged: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for _, _, analysis in articles:
        for m in analysis.mentions:
            if m.label in ENTITY_LABELS and " " not in m.text.strip():
                tagged[clean(m.text).lower()][m.label] += 1
    return tagged


@dataclass(frozen=True, slots=True)
class _Known:
    """What the whole selection tells about its names, read before each mention is."""

    alias_of: Mapping[str, str]
    described: Mapping[tuple[str, int], str]
    persons: dict[tuple[str, str], Counter[str]]
    surnames: Mapping[str, set[tuple[str, str]]]
    tagged: Mapping[str, Counter[str]]
    addressed: set[str]  # surnames written after Mr, Ms, Mrs, Miss or Dr


def _item(
    article_id: str,
    body: str,
    analysis: Analysis,
    m: Mention,
    person_starts: set[int],
    known: _Known,
) -> _Item | None:
    """One mention as the name and label it is resolved by; None when it names no one."""
    text = clean(m.text)
    if not text or is_title_alone(text):  # "Cmdr." alone, read as a place: no one
        return None
    item = _Item(article_id, m, m.label, text, m.start)
    if (article_id, m.start) in known.described:  # "Tranquilizing Harambe": Harambe
        item.name = known.described[article_id, m.start]
        item.start = m.start + m.text.rfind(item.name)
    if m.label == "GPE" and (state := state_name(m.text)):
        item.name = state  # "Erie, Pa.": Pennsylvania
    elif (
        m.label == "GPE"
        and text == "LA"
        and _TOWN_BEFORE.search(body, max(0, m.start - 40), m.start)
    ):
        item.name = "Louisiana"  # "Shreveport, LA": not Los Angeles (the review's)
    if text.lower() in known.alias_of:
        item.name = known.alias_of[text.lower()]
    elif m.label != "PERSON":
        if m.label == "ORG" and (named := without_description(text)) != text:
            item.name, text = named, named
            item.start = m.start + m.text.rfind(named.split()[0])
        words = text.split()
        for size in (3, 2):  # a known person's name at the end of a longer span
            tail = " ".join(words[-size:])
            key = name_key(tail)
            if len(words) > size - 1 and key in known.persons:
                item.label, item.name = "PERSON", tail
                item.start = m.start + m.text.rfind(words[-size])
                break
        else:
            titled = titled_name(words)
            if titled:  # "the Security Council of Russia Gen Nikolay Patrushev"
                item.label, item.name = "PERSON", " ".join(titled)
                item.start = m.start + m.text.rfind(titled[0])
            elif words[-1].lower() in known.addressed and (
                (len(words) == 2 and is_form_of_address(words[0]))
                or (len(words) == 1 and not _ACRONYM.fullmatch(words[0]))
            ):
                item.label = "PERSON"  # "Ms Teigen", and "Teigen" where "Ms Teigen" is
            elif (
                len(words) == 1
                and known.surnames.get(words[0].lower())
                and not _ACRONYM.fullmatch(words[0])  # "UN" is no Kim Jong Un
                # Nor is a country anyone's surname: a trial's "Audi Australia", read as a
                # person, made "in Australia" a person six times.
                and not is_country_only(words[0])
                and not _mostly_other(words[0], known.surnames, known.persons, known.tagged)
            ):
                item.label = "PERSON"  # "Patrushev" tagged NORP
        if item.label != "PERSON" and _is_role_fragment(body, m, person_starts):
            return None
    elif len(words := text.split()) > 1 and _division(words, known.tagged, body):
        item.label = "ORG"  # "Samsung Display", "Audi Australia": no one
    if item.label == "PERSON":
        item.name = strip_titles(item.name)
        item.role = role_before(body, item.start, _sentence_start(analysis, m.start))
    return item


def _division(words: list[str], tagged: Mapping[str, Counter[str]], body: str) -> bool:
    """Whether a name the model reads as a person's is an organisation's division or arm:
    its first word is named on its own as an organisation twice or more and never as a
    person, and its last is a country or a word its text also writes in lower case, never a
    person alone ("Samsung Display" beside "Samsung" and "the display", "Audi Australia",
    "EA Access": a trial's key actors had them as people; not "Chase Elliott" beside
    JPMorgan's "Chase", "Mercedes Schlapp", nor a place's "Croydon Tram")."""
    first = tagged.get(words[0].lower(), Counter())
    last = words[-1]
    if first["ORG"] < 2 or first["PERSON"] or tagged.get(last.lower(), Counter())["PERSON"]:
        return False
    return is_country_only(last) or written_in_lower_case(body, last)


_TOWN_BEFORE = re.compile(r"\b[A-Z][\w.'’-]+,[ \t]*\Z")  # "Shreveport, " before a state


def _mostly_other(
    word: str,
    surnames: Mapping[str, set[tuple[str, str]]],
    persons: Mapping[tuple[str, str], Counter[str]],
    tagged: Mapping[str, Counter[str]],
) -> bool:
    """Whether a word the model tags as no person is so much more often something else than
    a person of that surname that it is something else: "Cubs", an organisation 163 times,
    against one "Overjoyed Cubs" read as a person (not "Arians", a nationality 46 times
    against "Bruce Arians" 11 times and "Arians" as a person)."""
    counts = tagged.get(word.lower(), Counter())
    tagged_person = counts["PERSON"]
    person = sum(sum(persons[key].values()) for key in surnames[word.lower()]) + tagged_person
    return counts.total() - tagged_person > SLIP * person


# A woman's form of address just before a name, or inside what the model tagged.
_AS_WOMAN = re.compile(r"\b(?:Mrs|Ms|Miss)\b\.?[ \t]+[A-Z]")


def _group(
    items: list[_Item],
    people: People,
    alias_of: Mapping[str, str],
    articles: Sequence[tuple[str, str, Analysis]],
) -> Resolution:
    acronyms = short_forms(articles)
    _vote_labels(items)
    keys: list[str] = []
    aliased: dict[str, str] = {}  # the group a user's canonical name would have: its own
    bodies = {article_id: body for article_id, body, _ in articles}
    for item in items:
        if item.label == "PERSON":
            m = item.mention
            addressed = bodies[item.article][max(0, m.start - 6) : m.start] + m.text
            as_woman = _AS_WOMAN.search(addressed) is not None
            key = person_group(item.name, people, item.article, as_woman=as_woman)
        elif item.label == "ORG":
            key = "org:" + acronyms.find_in(org_key(item.name), item.article)
        else:
            key = f"{item.label}:{org_key(item.name)}"
        if item.name in alias_of.values() and item.name.lower() in alias_of:
            aliased[key] = key = "alias:" + item.name
        keys.append(key)
    # An alias adds forms to the name's group, not takes the name out of it (a trial's
    # "NaMo" for "Narendra Modi" left "Modi" an actor apart).
    keys = [aliased.get(key, key) for key in keys]
    # One word tagged PERSON that names an organisation or place of the selection is that
    # organisation or place ("Equifax said" read as a person): one name, one actor.
    named = {key.split(":", 1)[1]: key for key in keys if not key.startswith("person:")}
    keys = [
        named.get(key[len("person:") :], key)
        if key.startswith("person:") and " " not in key
        else key
        for key in keys
    ]
    groups: dict[str, list[_Item]] = defaultdict(list)
    for key, item in zip(keys, items, strict=True):
        groups[key].append(item)
    entities: list[tuple[Entity, list[_Item]]] = []
    for key, members in groups.items():
        entities.append((_entity(key, members, alias_of), members))
    entities.sort(key=lambda pair: (-pair[0].mentions, pair[0].name))
    by_mention = {
        (item.article, item.mention.start, item.mention.end): index
        for index, (_, members) in enumerate(entities)
        for item in members
    }
    by_end: dict[tuple[str, int], list[int]] = {}
    by_article: dict[str, list[int]] = {}
    for (article, _start, end), index in sorted(by_mention.items()):
        by_end.setdefault((article, end), []).append(index)
        by_article.setdefault(article, []).append(index)
    found = tuple(e for e, _ in entities)
    presenting = {article: presenters(body) for article, body in bodies.items()}
    reporting: Counter[int] = Counter(
        index
        for (article, start, end), index in by_mention.items()
        if reports(bodies[article], start, end)
        or presents(bodies[article], start, end, presenting[article])
    )
    reporters = frozenset(i for i, n in reporting.items() if 2 * n > found[i].mentions)
    return Resolution(found, by_mention, by_end, by_article, reporters)


def _vote_labels(items: list[_Item]) -> None:
    """One label per name across the selection, as within an article (core/extract/mentions.py):
    the one given most often, among those that are not a person's. "Croydon", a place 31
    times and an organisation 7 times in one story's articles, is a place."""
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for item in items:
        if item.label != "PERSON":
            votes[org_key(item.name)][item.label] += 1
    for item in items:
        if item.label != "PERSON":
            (label, count), *rest = votes[org_key(item.name)].most_common(2)
            if not rest or rest[0][1] < count:
                item.label = label


def _entity(key: str, members: list[_Item], alias_of: Mapping[str, str]) -> Entity:
    labels = Counter(m.label for m in members)
    label = labels.most_common(1)[0][0]
    forms = Counter(m.name for m in members)
    if key.startswith("alias:"):
        name = key.removeprefix("alias:")
    elif label == "PERSON":
        full = [f for f in forms if len(f.split()) > 1 and not is_initial(f.split()[0])]
        pool = full or list(forms)
        # Not a surname with its particles of a longer form ("Van Der Beek" of "James Van
        # Der Beek").
        pool = [
            f for f in pool if not particle_surname(f) or not any(g.endswith(f" {f}") for g in pool)
        ] or pool
        name = max(pool, key=lambda f: (forms[f], len(f.split()), f))
    else:
        # An organisation is named by its expansion rather than its acronym, and by its full
        # name rather than a short form ("Chicago Cubs", not "Cubs"), if the text uses it:
        # not a one-off with a description run into it ("Credit company Equifax").
        # Nor by its legal form ("Qualcomm", not "Qualcomm Inc"), if the text uses the name
        # without it.
        bare = Counter({f: n for f, n in forms.items() if not has_company_form(f)})
        forms = bare or forms
        spelled = [f for f in forms if len(f.split()) > 1 and f[0].isupper()]
        used = [f for f in spelled if forms[f] >= 2 and forms[f] * NAMED_SHARE >= len(members)]
        acronyms = {f for f in forms if f.isupper() and " " not in f}
        expanded = [f for f in spelled if initials(f).upper() in acronyms]
        pool = used or expanded or list(forms)
        # Not a short form of a fuller name the text gives ("Security Council" of "UN
        # Security Council"), however often used.
        # each counted with the short forms it stands for ("Chicago Cubs" with "Cubs")
        told = Counter[str]()
        for f in pool:
            told[fuller(f, forms)] += forms[f]
        name = max(told, key=lambda f: (told[f], len(f), f))
    surface = {clean(m.mention.text) for m in members} | set(forms)
    roles = Counter(r for m in members if m.role and (r := own_role(m.role, name)))
    role = max(roles, key=lambda r: (roles[r], len(r))) if roles else None
    return Entity(
        name=name,
        label=label,
        aliases=tuple(sorted(a for a in surface if a != name)),
        role=role,
        roles=tuple(sorted(roles, key=lambda r: (-roles[r], r))),
        mentions=len(members),
        articles=tuple(sorted({m.article for m in members})),
    )
