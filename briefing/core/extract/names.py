"""How news text writes people's names: titles and roles before them, forms of address,
and the words a small model runs into them ("Tranquilizing Harambe", "Soyoung Kim SEOUL").

The rules that turn mentions into entities (core/extract/resolve.py) read names through these.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from briefing.core import vocab
from briefing.core.models import Analysis

HONORIFICS = frozenset(
    {"gen", "gen.", "general", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
     "lt", "lt.", "col", "col.", "maj", "maj.", "capt", "capt.", "prof", "prof.", "dame",
     "lord", "lady", "sen", "sen.", "rep", "rep.", "gov", "gov.", "adm", "adm.", "sgt",
     "sgt.", "cmdr", "cmdr.", "cdr.", "comdr.", "brig", "brig.", "cpl.", "pvt.", "pfc.",
     "spc.", "det.", "supt.", "insp.", "amb.", "atty.", "msgr.", "cllr", "cllr."}
)  # fmt: skip
ROLE_WORDS = frozenset(
    {"minister", "secretary", "president", "ambassador", "adviser", "advisor", "envoy", "nsa",
     "pm", "chief", "director", "spokesperson", "spokesman", "spokeswoman", "chairman",
     "chairperson", "chair", "ceo", "governor", "mayor", "commander", "head", "leader", "king",
     "queen", "prince", "princess", "senator", "chancellor", "premier", "official", "judge",
     "justice", "captain", "coach", "general", "gen", "officer", "deputy", "vice", "pope",
     "counsellor", "counselor", "attorney", "prosecutor", "editor", "founder", "mp", "mla"}
)  # fmt: skip
# What follows a person's name without naming anyone: honours, degrees, a seat, a generation
# ("Ajit Doval, KC", "Jane Roe OBE", "Ann Li PhD", "Tom Reyes Jr."). Part of the name, not an
# entity: a name keeps its generation as written, but its key (which joins the forms of one
# person) has none, so "Tom Reyes Jr." and "Tom Reyes" are one person.
POST_NOMINALS = frozenset("kc qc obe mbe cbe kbe dbe mp mep msp phd md esq jr sr ii iii".split())
GENERATIONS = frozenset({"jr", "sr", "ii", "iii"})
TITLE_WORDS = HONORIFICS | ROLE_WORDS | {"prime", "foreign", "defence", "defense", "home"}
_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}$")  # "U.N.", "D.C."
_TITLE_KEYS = frozenset(w.strip(".") for w in TITLE_WORDS)
_HONORIFIC_KEYS = frozenset(w.strip(".") for w in HONORIFICS)
COURTESY_TITLES = frozenset({"lady", "lord", "dame", "sir"})
CONNECTORS = frozenset({"of", "to", "the", "for", "on", "in", "at"})
# A web page's picture credit or furniture run into the caption after it, so into a name or
# a role: "Getty Images Massa sits down", "EPA Chicago Cubs manager", "CLOSE John Mahoney",
# "Photo KUNDUZ",
# "Reuters North Korean leader Kim". A mention that is only furniture ("Advertisement
# Continue") is dropped; an agency alone ("Reuters reported") is a name.
# Agencies that sell pictures, not news: their name alone is a picture's credit.
# ("Getty" alone too, as credits write it: "(Photo: Getty)".)
PHOTO_AGENCIES = "|".join(
    [
        *(re.escape(n) for n in vocab.PHOTO_AGENCIES),
        *(re.escape(n.upper()) for n in vocab.PHOTO_AGENCIES),
        "Getty",
        "GETTY",
    ]
)
LEADING_CREDIT = re.compile(
    r"^(?:(?:" + PHOTO_AGENCIES + r"|Reuters|EPA|AFP|AP Photo|Associated Press|Xinhua)"
    # "Getty - Contributor" is a credit whole, an agency alone a name ("Reuters reported").
    r"(?:\s+-\s+(?:Contributor|Staff|Pool|Stringer)(?:\s+(?=[A-Z])|$)|\s+(?!Images\b)(?=[A-Z]))"
    r"|(?:CLOSE|Enlarge Image|Advertisement(?: Continue)?|Photos?|Video|Courtesy(?: of)?)"
    r"(?:\s+|$))"
)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Words that end organisations' and places' names, never a person's.
ORG_WORDS = frozenset(
    "group hotel bank council ministry party company corporation inc ltd university school "
    "college hospital agency office department committee commission court church airport "
    "association union foundation institute league club team news times post".split()
)
_TOKEN = re.compile(r"\S+")
_SHOUTED = re.compile(r"[A-Z]{2,}")
# A Korean given name's two syllables: "Jong-un", "Jae-in", and as some outlets write them,
# "Jong-Un", "Kyung-Hoon" (short: "Zeta-Jones" is a surname of two names).
_SYLLABLES = re.compile(r"[A-Z][a-z]+-[a-z]+|[A-Z][a-z]{1,4}-[A-Z][a-z]{1,3}")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")


def is_post_nominal(word: str) -> bool:
    """Whether a word after a name is an honour, degree, seat or generation ("KC", "Jr.")."""
    return word.lower().strip(".,") in POST_NOMINALS


def without_post_nominals(words: Sequence[str], *, generations: bool = True) -> list[str]:
    """A name's words without the post-nominals that end it (the generation kept unless
    `generations` is False); never fewer than one word."""
    kept = list(words)
    while len(kept) > 1 and is_post_nominal(kept[-1]):
        if generations and is_generation(kept[-1]):
            break
        kept.pop()
    return kept


def is_title(word: str) -> bool:
    """Whether a word is a title or honorific ("Gen.", "President", "NSA"), not a name."""
    return word.lower().strip(".") in _TITLE_KEYS


def is_title_alone(text: str) -> bool:
    """Whether a mention is only a title or form of address ("Cmdr.", "Det", "Gen.")."""
    return text.lower().strip(" .") in _HONORIFIC_KEYS


def clean(text: str) -> str:
    """A mention without a possessive ending, a leading 'the', dashes around it (a byline's
    "-- David Nakamura", "Belcalis Almanzar -": trials' key actors) or extra spaces; an
    initialism keeps its last full stop ("U.N.", "Washington, D.C.")."""
    words = " ".join(text.strip(" -–—").split())
    words = _POSSESSIVE.sub("", words)
    if words.lower().startswith("the "):
        words = words[4:]
    kept = words.strip(_AROUND)
    if _INITIALS_END.search(kept):
        return kept.lstrip(" .")
    return words.strip(_AROUND + ".")


_AROUND = " ,;:\"'“”‘’‚„«»‹›()-–—"  # what may stand around a name, as quotes and dashes


def strip_titles(name: str) -> str:
    """A person's name without leading titles ("Gen Nikolay Patrushev" -> "Nikolay Patrushev").

    A courtesy title before a single word is part of the name a person is known by
    ("Lady Gaga"); before a full name it is not ("Sir Keir Starmer" -> "Keir Starmer").
    Honours and degrees after it are not either ("Jane Roe OBE" -> "Jane Roe").
    """
    words = name.split()
    # A role spaCy ran into the name: "Secretary of the Security Council of Russia Gen
    # Nikolay Patrushev" is Nikolay Patrushev (the name follows the last title word).
    # (The word before a generation is a surname: "Martin Luther King Jr." is no "Jr" of
    # King: review H.)
    named = words[:-1] if words and is_generation(words[-1]) else words
    last = max((i for i, w in enumerate(named[:-1]) if is_title(w)), default=-1)
    if last > 0 and all(w[:1].isupper() for w in words[last + 1 :]):
        words = words[last:]
    while len(words) > 1 and is_title(words[0]):
        if len(words) == 2 and words[0].lower() in COURTESY_TITLES:
            break
        words = words[1:]
    # A dateline or an outlet in capitals after a byline's name: "Soyoung Kim SEOUL" (not a
    # generation: "Carl Edwards JR", "Joe Kennedy III").
    while (
        len(words) > 2
        and _SHOUTED.fullmatch(words[-1])
        and not words[-2].isupper()
        and not is_generation(words[-1])
    ):
        words = words[:-1]
    return " ".join(without_post_nominals(words))


def titled_name(words: Sequence[str]) -> list[str] | None:
    """The two or three capitalised words after a span's last title word, if it ends so:
    a person spaCy ran into an organisation ("... Council of Russia Gen Nikolay Patrushev")."""
    titled = [i for i, w in enumerate(words[:-2]) if is_title(w)]
    if not titled:
        return None
    tail = list(words[titled[-1] + 1 :])
    if not 2 <= len(tail) <= 3 or ORG_WORDS & {w.lower() for w in tail}:
        return None  # "President Hotel Group" is no person
    return tail if all(w[:1].isupper() and w.isalpha() for w in tail) else None


def is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def name_key(name: str) -> tuple[str, str] | None:
    """(first name, surname), lowercased, ignoring middle initials; None for one word.
    "Kim Jong-un" is "Kim Jong Un" (a given name's hyphen, a lower-case part after it). A
    generation stays with the first name: "Donald Trump Jr." is not his father, nor is
    "William Gates Sr." his son "Bill Gates" (the review of session 33's second part)."""
    words = without_post_nominals(name.split(), generations=False)
    if len(words) < 2:
        return None
    if _SYLLABLES.fullmatch(words[-1]):
        words = words[:-1] + words[-1].split("-")
    middle_free = [words[0]] + [w for w in words[1:-1] if not is_initial(w)] + [words[-1]]
    first = given_name(middle_free[0].rstrip("."))
    return f"{first} {generation(name)}".rstrip(), fold(middle_free[-1].lower())


def generation(name: str) -> str:
    """The generation a name of two words or more ends with ("jr" of "Donald Trump Jr.",
    "iii"), or ""."""
    kept = without_post_nominals(name.split())
    return kept[-1].lower().strip(".,") if len(kept) > 2 and is_generation(kept[-1]) else ""


def is_generation(word: str) -> bool:
    """Whether a word is a generation after a name ("Jr.", "SR", "III")."""
    return word.lower().strip(".,") in GENERATIONS


def fold(word: str) -> str:
    """A word without its accents: "François" and "Francois" name one person."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# How outlets spell one given name differently, mostly in transliteration: a letter doubled
# or not ("Mohamed" and "Mohammed", "Philip" and "Phillip"), a final "y" or "i" after a
# vowel ("Sergey" and "Sergei", "Nikolay" and "Nikolai"). Not a final letter after a
# consonant: "Terry" and "Terri", "Daniel" and "Daniela" can be two people.
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_Y = re.compile(r"(?<=[aeiou])y$")


# The short forms of a given name that stand for one name only, as outlets write one person
# ("Jim Steyer" and "James Steyer": trial E's key actors listed both). Not a short form of
# two names ("Chris", "Pat", "Sam", "Alex", "Jo"; "Jon" of John and Jonathan, "Ted" of
# Edward and Theodore, "Kate" of Katherine and Catherine: the review of session 33's).
_SHORT_FORMS = {
    short: name
    for name, shorts in {
        "james": "jim jimmy", "robert": "bob bobby rob robbie", "william": "bill billy",
        "michael": "mike", "richard": "dick", "thomas": "tom tommy", "joseph": "joe joey",
        "david": "dave", "daniel": "danny", "matthew": "matt", "nicholas": "nick",
        "andrew": "andy", "benjamin": "ben", "charles": "chuck", "gregory": "greg",
        "joshua": "josh", "ronald": "ron", "donald": "don", "douglas": "doug",
        "timothy": "tim", "elizabeth": "liz", "jennifer": "jen jenny",
        "margaret": "peggy maggie", "susan": "sue", "rebecca": "becky", "deborah": "debbie",
        "patricia": "patty",
    }.items()
    for short in shorts.split()
}  # fmt: skip


def given_name(word: str) -> str:
    """A given name as a key that its spelling variants and short forms share (see
    above)."""
    folded = fold(word.lower())
    return _FINAL_Y.sub("i", _DOUBLED.sub(r"\1", _SHORT_FORMS.get(folded, folded)))


def role_before(body: str, start: int, sentence_start: int) -> str | None:
    """The role phrase written just before a name: "Russian Ambassador to India" in
    "... the Russian Ambassador to India Nikolay Kudashev"."""
    words = list(_TOKEN.finditer(body[sentence_start:start]))
    kept: list[str] = []
    for match in reversed(words[-12:]):
        word = match.group()
        if word[-1] in ',;:"”’)(' or word[0] in '"“‘(':
            break
        bare = word.lower().strip(".")
        if word[0].isupper() or bare in CONNECTORS or bare in ROLE_WORDS:
            kept.append(word)
            continue
        break
    kept.reverse()
    while kept and (
        kept[0].lower() in CONNECTORS or not (kept[0][0].isupper() or kept[0].lower() in ROLE_WORDS)
    ):
        kept.pop(0)
    while kept and kept[-1].lower().strip(".") in {h.strip(".") for h in HONORIFICS}:
        kept.pop()
    if not kept or not any(w.lower().strip(".") in ROLE_WORDS for w in kept):
        return None
    if kept[-1].lower() in CONNECTORS:
        return None  # "CEO of SpaceX": the name ends the role, it has none before it
    role = " ".join(kept)
    credit = LEADING_CREDIT.match(role)  # "Reuters North Korean leader"
    return role[credit.end() :] if credit else role


def own_role(role: str, name: str) -> str | None:
    """The part of a role phrase that is the person's own: after "for" or "to" when a role
    word follows ("spokesman for South Korean President" Moon is the president), without
    the first name the model left out of the person's name ("Mayor of London Sadiq" Khan),
    and without the word that opens the sentence ("But Cologne Mayor")."""
    words = role.split()
    for i in range(len(words) - 1, 0, -1):
        after = words[i + 1 :]
        if words[i].lower() in ("for", "to") and any(w.lower() in ROLE_WORDS for w in after):
            words = after
            break
    first = name.split()[0] if name.split() else ""
    if len(words) > 1 and words[-1] == first:
        words = words[:-1]
    while len(words) > 1 and words[0].lower() in _OPENING_WORDS:
        words = words[1:]  # "But Cologne Mayor" Henriette Reker: the sentence's "But"
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in _NO_OFFICE_ALONE:
        return None  # "Secretary Clinton": a form of address, not an office (trial G)
    return " ".join(words) or None


# Titles that name no office without what they are of, written as a form of address:
# "Secretary Clinton" was the key actor "Hillary Clinton (Secretary)" and a bottom line's
# "Hillary Clinton, Secretary, blames ..." (not "marketing chief Phil Schiller").
_NO_OFFICE_ALONE = frozenset({"secretary", "minister", "director", "commissioner", "chief"})


# Words that open a sentence, not a role: "But Cologne Mayor Henriette Reker said ...".
_OPENING_WORDS = frozenset({"but", "and", "or", "so", "yet", "meanwhile", "however", "now"})


# Courtesy forms of address: the word after one is a person's surname ("Ms Teigen").
_ADDRESS_WORDS = frozenset({"mr", "mrs", "ms", "miss", "dr"})
_ADDRESSED = re.compile(r"\b([A-Z][a-z]{1,3})\.?[ \t]+\Z")  # "Mr " or "Dr. " before a name


def addressed_surnames(articles: Sequence[tuple[str, str, Analysis]]) -> set[str]:
    """The surnames the text gives after Mr, Mrs, Ms, Miss or Dr, inside the name the model
    found ("Ms Teigen") or just before it ("Mr" + "Seary"): they name people, whatever label
    the model gives the other forms of the name. Not a pageant's place ("Miss Texas", "Miss
    Venezuela"): a word the model tags, where no form of address is before it, as a place or
    a people more often than as anything else."""
    surnames: set[str] = set()
    missed: set[str] = set()  # after "Miss": a surname, or a pageant's place
    tags: Counter[tuple[str, bool]] = Counter()  # (word, tagged as a place or a people)
    for _, body, analysis in articles:
        for m in analysis.mentions:
            words = m.text.split()
            if len(words) == 2 and words[0].lower().strip(".") in _ADDRESS_WORDS:
                form, surname = words[0].lower().strip("."), clean(words[1]).lower()
            elif len(words) == 1:
                before = _ADDRESSED.search(body[max(0, m.start - 8) : m.start])
                if before is None or before.group(1).lower() not in _ADDRESS_WORDS:
                    # what the word is where no form of address makes it a name
                    tags[clean(words[0]).lower(), m.label in _PLACES_AND_PEOPLES] += 1
                    continue
                form, surname = before.group(1).lower(), clean(words[0]).lower()
            else:
                continue
            (missed if form == "miss" else surnames).add(surname)
    surnames.update(w for w in missed if tags[w, True] <= tags[w, False])
    return surnames


_PLACES_AND_PEOPLES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def described_names(articles: Sequence[tuple[str, str, Analysis]]) -> dict[tuple[str, int], str]:
    """The people's names that a sentence opens with a word describing them, which the
    model ran into the name ("Tranquilizing Harambe would have taken too long", "Comedian
    Amy Schumer"), by (article id, mention start): the name without that word.

    The word is a description, not a first name, when the text writes it in lower case
    elsewhere ("tranquilizing the gorilla"), never writes the longer form but at the start
    of a sentence, and starts no other name inside one; or when it is the name again (a
    picture's caption run into the sentence: "Equifax Equifax holds data on ...")."""
    opening: dict[tuple[str, int], list[str]] = {}
    inside: set[str] = set()
    for article_id, _, analysis in articles:
        starts = {s.start for s in analysis.sentences}
        for m in analysis.mentions:
            words = clean(m.text).split() if m.label == "PERSON" else []
            if len(words) < 2:
                continue
            if m.start in starts and words[0].isalpha() and not is_title(words[0]):
                opening[article_id, m.start] = words
            else:
                inside.add(" ".join(words))
    given = {name.split()[0].lower() for name in inside}  # "Bill" of "Bill Hader"
    first = {w[0].lower() for w in opening.values() if " ".join(w) not in inside} - given
    written = (
        first.intersection(_LOWER_WORD.findall("\n".join(b for _, b, _ in articles)))
        if first
        else set()
    )
    return {
        place: " ".join(words[1:])
        for place, words in opening.items()
        if (words[0].lower() in written and " ".join(words) not in inside)
        or words == [words[1]] * 2
    }


def is_form_of_address(word: str) -> bool:
    """Mr, Mrs, Ms, Miss or Dr (with or without its full stop)."""
    return word.lower().strip(".") in _ADDRESS_WORDS


def is_addressed_name(text: str, addressed: set[str]) -> bool:
    """A first name and a surname that the text also gives after a form of address."""
    words = text.split()
    return (
        len(words) == 2
        and words[1].lower() in addressed
        and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
    )


def of_one_story(here: set[str], elsewhere: Iterable[set[str]], fewest: int = 1) -> bool:
    """Whether an article whose other names are `here` may be of the story of the articles
    naming `elsewhere`: it names too little to tell (fewer than `fewest`), or a name one
    of them names too. (A name's short form is not another story's name that reads the
    same: a trial's F1 team "Williams" was a Chilean minister, its "EA" "Equifax
    Apologizes".)"""
    return len(here) < fewest or any(here & names for names in elsewhere)
