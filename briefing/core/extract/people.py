"""Which person a name means across a selection: the people's full names it gives, and the
full name a surname or a first name alone joins (the one it fits, or the one named far more
often than the others; none when two are named about as often).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from briefing.core.extract.names import (
    clean,
    generation,
    given_name,
    is_addressed_name,
    is_initial,
    name_key,
    of_one_story,
    strip_titles,
    titled_name,
)
from briefing.core.models import Analysis
from briefing.core.vocab import ENTITY_LABELS

DOMINANT = 4  # how much more often one full name must be used for a bare surname to be it

# Words that begin a surname written without its first name ("Van Der Beek", "de Blasio");
# not those that are also first names or common words ("Al", "La", "Da").
_SURNAME_PARTICLES = frozenset(
    "van von der den de del della di dos das du le ter ten bin ibn zu".split()
)


def particle_surname(name: str) -> bool:
    """Whether a name is a surname with its particles, written alone ("Van Der Beek")."""
    words = name.split()
    return len(words) >= 2 and words[0].lower() in _SURNAME_PARTICLES


OWN_STORY = 3  # other names an article gives that, none shared, make it another story's

# A name brought in as the relative of someone its article named before, alone or in full
# ("President Harris ... His wife, Mira Harris", "Stephen Paddock ... his brother, Eric
# Paddock", "President Obama ... First Lady Michelle Obama"): the surname alone in that
# article is the person the relative is brought in for, not the relative (6 articles of
# news_clusters gave "President Obama" to "Michelle Obama"). Not a relative of another
# surname ("Huma Abedin's husband, Anthony Weiner"), nor "Father" as a priest's title: the
# relation is someone's ("his", "her", "another").
_KIN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|its|another|the|[\w-]+['’]s)[ \t]+(?:late[ \t]+)?(?:wife|husband"
    r"|widow(?:er)?|partner|fianc[eé]e?|brother|sister|son|daughter|father|mother|parents?"
    r"|cousin|uncle|aunt|nephew|niece|twin|grand(?:son|daughter|father|mother|child)"
    r"|step(?:son|daughter|father|mother)|(?:brother|sister|son|daughter|father|mother)-in-law)"
    r"|\bfirst[ \t]+lady)[,]?[ \t]+\Z",
    re.IGNORECASE,
)

Key = tuple[str, str]  # a full name: (first name, surname), lower case


@dataclass
class People:
    """The people's full names of a selection."""

    persons: dict[Key, Counter[str]]  # how often each form of each is written
    named_in: dict[str, set[Key]]  # the ones each article gives
    # Every name each article gives (people, organisations, places: lower case), which
    # tells whether two articles are of one story.
    names_in: dict[str, set[str]] = field(default_factory=dict)
    surnames: dict[str, set[Key]] = field(default_factory=dict)  # by surname
    firsts: dict[str, set[Key]] = field(default_factory=dict)  # by first name
    # The particle surnames that end each full name as written, lower case ("van der beek"
    # of "James Van Der Beek").
    tails: dict[str, set[Key]] = field(default_factory=dict)
    # The names of places, organisations and groups, lower case: the word a neighbour runs
    # into a person's name ("Liverpool Van Dijk").
    not_people: set[str] = field(default_factory=set)
    given_in: dict[Key, set[str]] = field(default_factory=dict)  # the articles giving each
    # The names each article brings in as a relative of someone it named before
    kin: dict[str, set[Key]] = field(default_factory=dict)
    # A name with its generation joined to the name without it (`_of_one_generation`)
    same: dict[Key, Key] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for article, keys in self.named_in.items():
            for key in keys:
                self.given_in.setdefault(key, set()).add(article)
        for key, forms in self.persons.items():
            self.surnames.setdefault(key[1], set()).add(key)
            self.firsts.setdefault(key[0], set()).add(key)
            for form in forms:
                words = form.lower().split()
                for start in range(1, len(words) - 1):
                    if words[start] in _SURNAME_PARTICLES:
                        self.tails.setdefault(" ".join(words[start:]), set()).add(key)


def people_of(
    articles: Sequence[tuple[str, str, Analysis]],
    described: Mapping[tuple[str, int], str],
    addressed: set[str],
) -> People:
    """The people's full names of the selection. `addressed`: the surnames written after
    Mr, Ms, Mrs, Miss or Dr."""
    persons: dict[Key, Counter[str]] = defaultdict(Counter)
    named_in: dict[str, set[Key]] = defaultdict(set)
    names_in: dict[str, set[str]] = {}
    not_people: set[str] = set()
    kin: dict[str, set[Key]] = defaultdict(set)
    for article_id, body, analysis in articles:
        names_in[article_id] = {
            clean(m.text).lower() for m in analysis.mentions if m.label in ENTITY_LABELS
        }
        not_people.update(
            clean(m.text).lower()
            for m in analysis.mentions
            if m.label in ENTITY_LABELS and m.label != "PERSON"
        )
        seen: dict[str, set[Key | None]] = defaultdict(set)  # surname: its people so far
        for m in analysis.mentions:
            if m.label == "PERSON":
                name = strip_titles(described.get((article_id, m.start), clean(m.text)))
            elif m.label in ENTITY_LABELS and (titled := titled_name(clean(m.text).split())):
                name = " ".join(titled)
            elif m.label in ENTITY_LABELS and is_addressed_name(clean(m.text), addressed):
                name = clean(m.text)  # "Chrissy Teigen" tagged ORG, where "Ms Teigen" is
            else:
                continue
            key = name_key(name)
            if key and not is_initial(key[0]):
                persons[key][name] += 1
                named_in[article_id].add(key)
                others = seen[key[1]] - {key}
                # A relative by the words before it; or one brought in, at its first name
                # in full, after the surname alone was another's ("President Robert Mugabe
                # ... Mugabe ... Grace Mugabe": trial G).
                named = others - {None} - kin[article_id]  # the one the surname was
                brought_in = key not in seen[key[1]] and None in others and len(named) == 1
                if others and (_kin(body, m.start, m.text, name) or brought_in):
                    kin[article_id].add(key)
            if name.split():
                seen[name.split()[-1].lower()].add(key)
    # (Bodies searched only when a name with its generation is there to join: most have none.)
    surnames = {key[1] for key in persons if " " in key[0]}
    kin_told: set[tuple[str, str]] = set()
    for article_id, body, _ in articles if surnames else ():
        if re.search(_KIN_WORD, body):
            lowered = body.lower()
            kin_told |= {
                (article_id, surname) for surname in surnames
                if surname in lowered and _kin_word_near(body, surname)
            }  # fmt: skip
    same = _of_one_generation(persons, named_in, kin, kin_told)
    return People(persons, named_in, names_in, not_people=not_people, kin=kin, same=same)


# A word that brings in a father or a son: an article that names "X Jr." with it tells two
# people ("Donald Vance Jr. testified ... His father, President Vance": review H). In lower
# case: not "Son Heung-min", "Father's Day" (review J).
_KIN_WORD = r"\b(?:father|son|dad|namesake)\b"


def _kin_word_near(body: str, surname: str) -> bool:
    """Whether a sentence of `body` speaks of a father or a son by the surname (`surname`,
    lower case): "President Donald Vance said ... that his son ..."; not "the son of a steel
    magnate" in a sentence that names no Vance (review J)."""
    name = rf"\b(?i:{re.escape(surname)})\b"
    return (
        re.search(rf"{name}[^.!?]{{0,120}}{_KIN_WORD}|{_KIN_WORD}[^.!?]{{0,120}}{name}", body)
        is not None
    )


def _of_one_generation(
    persons: dict[Key, Counter[str]],
    named_in: dict[str, set[Key]],
    kin: dict[str, set[Key]],
    kin_told: set[tuple[str, str]],
) -> dict[Key, Key]:
    """Join a name with its generation ("Tom Reyes Jr.") to the name without it, written
    elsewhere ("Tom Reyes"), unless an article names both ("Donald Vance Jr. ... His father
    Donald Vance"), an article that names either speaks of a father or a son by that surname
    (`kin_told`: article and surname, `_kin_word_near`), or the name has two generations
    (Jr. and Sr.). Returns the keys joined, each to the key it joined; `persons`, `named_in`
    and `kin` are updated."""
    plain_of = {key: (key[0].split()[0], key[1]) for key in persons if " " in key[0]}
    generations = Counter(plain_of.values())
    same: dict[Key, Key] = {}
    for key, plain in plain_of.items():
        if plain not in persons or generations[plain] > 1:
            continue
        if any(
            (key in keys and plain in keys)
            or ((key in keys or plain in keys) and (article, key[1]) in kin_told)
            for article, keys in named_in.items()
        ):
            continue
        persons[plain].update(persons.pop(key))
        for keys in (*named_in.values(), *kin.values()):
            if key in keys:
                keys.discard(key)
                keys.add(plain)
        same[key] = plain
    return same


def _kin(body: str, start: int, text: str, name: str) -> bool:
    """Whether the name written at `start` (`text`, the name `name`) is brought in as a
    relative (`_KIN_BEFORE`)."""
    text = text.rstrip()  # (with a title the model ran into the name: "First Lady ...")
    lead_in = body[max(0, start - 40) : start] + (text[: -len(name)] if text.endswith(name) else "")
    return _KIN_BEFORE.search(lead_in) is not None


def person_group(name: str, people: People, article: str, *, as_woman: bool = False) -> str:
    """The group of a person's name written in `article`; `as_woman`: after Mrs, Ms or Miss
    (a wife, a widow, a sister brought in as a relative is hers: "Mrs Dorsey")."""
    persons, surnames, firsts = people.persons, people.surnames, people.firsts
    here = people.named_in.get(article, set())
    words = name.split()
    key = name_key(name)
    key = people.same.get(key, key) if key is not None else None
    surname = words[-1].lower()
    # A known name that spaCy ran into a neighbour ("Kimi Raikkonen Ferrari", "Equifax
    # Richard Smith") is that person, when the name alone is used more than the longer form
    # (not a son's: "Donald Vance Jr." is no run-in of his father's name).
    if len(words) >= 3 and key is not None and not generation(name):
        own = sum(persons.get(key, Counter()).values())
        for part in (words[:2], words[-2:]):
            inner = name_key(" ".join(part))
            if inner is not None and sum(persons.get(inner, Counter()).values()) > own:
                return f"person:{inner[0]} {inner[1]}"
    # A surname with its particles alone, the last words of one longer name: "Van Der Beek"
    # of James Van Der Beek (a trial's key actors listed both), "De Niro". (Not "Richard
    # Smith" of "Equifax Richard Smith": a name a neighbour ran into, above.)
    if particle_surname(name):
        owners = {
            owner
            for owner in people.tails.get(name.lower(), set()) - {key}
            if owner[0] not in people.not_people  # not a run-in: "Liverpool Van Dijk"
        }
        if len(owners) == 1:
            first, last = next(iter(owners))
            return f"person:{first} {last}"
    if key is not None and key in persons:
        return f"person:{key[0]} {key[1]}"
    candidates = surnames.get(surname, set())
    # A surname alone is no relative's (`_KIN_BEFORE`), unless the selection names that
    # relative far more than the others ("Melania Trump ... Her husband, Donald Trump").
    kin = people.kin.get(article, set()) if len(words) == 1 and not as_woman else set()
    if kin and _dominant(candidates, persons) not in kin:
        candidates = candidates - kin
    if key is not None and is_initial(key[0]):
        fitting = [k for k in candidates if k[0].startswith(key[0][0])]
        if len(fitting) == 1:
            return f"person:{fitting[0][0]} {fitting[0][1]}"
        return f"person:{key[0]} {key[1]}"
    # A word that is one person's surname but begins the names the text uses as often
    # ("Kim" of Soyoung Kim in a byline, and of Kim Jong Un) could be either: it stays apart.
    if (
        len(words) == 1
        and len(candidates) == 1
        and not _first_as_often(surname, people)
        and _of_its_story(article, next(iter(candidates)), name, people)
    ):
        first, last = next(iter(candidates))
        return f"person:{first} {last}"
    # One word that ends or begins several full names: the one named far more than all the
    # others ("Kim": Kim Jong Un 30 times, Kim Jong Il 4, a byline's Christine Kim once).
    everyone = candidates | firsts.get(given_name(surname), set())
    dominant = _dominant(everyone, persons) if len(words) == 1 else None
    if dominant is not None and (candidates or dominant in here):  # (a first name: below)
        return f"person:{dominant[0]} {dominant[1]}"
    # A first name alone ("Bruce and Irene Steinberg") is the one full name it begins, if
    # it is no one's surname and begins only one, and its article gives that name (a
    # trial's crash victim "Hannah" was a tram witness, Hannah Collier, of another story).
    if len(words) == 1 and not candidates and len(firsts.get(given_name(surname), ())) == 1:
        first, last = next(iter(firsts[given_name(surname)]))
        if (first, last) in here:
            return f"person:{first} {last}"
    return f"person:{name.lower()}"


def _of_its_story(article: str, key: Key, name: str, people: People) -> bool:
    """Whether a bare surname written in `article` may be the one full name `key` of the
    selection: its article gives that name, or names something an article that gives it
    names too, or names too little to tell (fewer than OWN_STORY other names). A trial's F1
    team "Williams" of a Brazilian Grand Prix was "Aurora Williams", a minister of a
    Chilean mine's story."""
    if key in people.named_in.get(article, ()):
        return True
    here = people.names_in.get(article, set()) - {name.lower()}
    elsewhere = (
        people.names_in.get(other, set())
        for other in people.given_in.get(key, ())
        if other != article
    )
    return of_one_story(here, elsewhere, OWN_STORY)


def _first_as_often(word: str, people: People) -> bool:
    """Whether the full names that begin with `word` are used as often as those it ends."""

    def uses(keys: Iterable[Key]) -> int:
        return sum(sum(people.persons[key].values()) for key in keys)

    return uses(people.firsts.get(given_name(word), ())) >= uses(people.surnames.get(word, ())) > 0


def _dominant(candidates: set[Key], persons: Mapping[Key, Counter[str]]) -> Key | None:
    """The full name a bare surname means when the text names one person of that surname
    far more than all the others together ("Shinzo Abe" 16 times, "CNN Abe" twice): at least
    DOMINANT times as often, and three times or more. Two people named about as often stay
    apart."""
    counts = sorted(
        ((sum(persons[key].values()), key) for key in candidates), key=lambda p: (-p[0], p[1])
    )
    if len(counts) < 2:
        return None
    top, rest = counts[0][0], sum(n for n, _ in counts[1:])
    return counts[0][1] if top >= 3 and top >= DOMINANT * rest else None
