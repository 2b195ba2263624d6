"""Organisations and countries under one name: a country's other names, acronyms that join
their expansion, short forms that end a fuller name, and the organisation a bare description
names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache

from briefing.core.extract.names import (
    PHOTO_AGENCIES,
    clean,
    of_one_story,
)
from briefing.core.extract.reporting import OUTLETS
from briefing.core.models import Analysis, Entity, Resolution
from briefing.core.sources.text import is_title_case
from briefing.core.vocab import NEWS_AGENCIES

# Other names of the same country, so "Security Council of the Russian Federation" and
# "Security Council of Russia" meet.
COUNTRY_ALIASES = {
    "russian federation": "russia",
    "united states of america": "united states",
    "the united states": "united states",
    "u.s.": "united states",
    "u.s": "united states",  # "U.S." at a sentence's end, its full stop taken as the end's
    "u.s.a.": "united states",
    "u.s.a": "united states",
    "usa": "united states",
    "us": "united states",
    "united kingdom": "britain",
    "uk": "britain",
    "u.k.": "britain",
    "u.k": "britain",
    "great britain": "britain",
    "people's republic of china": "china",
    "democratic people's republic of korea": "north korea",
    "dprk": "north korea",
    "d.p.r.k.": "north korea",
    "republic of korea": "south korea",
    "republic of india": "india",
}


# Names that are a country's or a city's only when they are the whole name ("America", not
# "Bank of America" nor "North America"; "LA", as a trial's key actors had it beside "Los
# Angeles", not "LA Galaxy").
WHOLE_NAME_ALIASES = {
    "america": "united states",
    "la": "los angeles",  # ("L.A." is "la")
    # One group's names, each outlet its own: "Islamic State", "IS", "ISIS", "ISIL", "Daesh".
    **dict.fromkeys(
        ["is", "isis", "isil", "daesh", "is group", "isis group", "isil group",
         "islamic state group", "islamic state of iraq and syria",
         "islamic state in iraq and syria", "islamic state of iraq and the levant",
         "islamic state of iraq and al-sham", "islamic state in iraq and the levant"],
        "islamic state",
    ),
}  # fmt: skip


_COUNTRY = re.compile(
    r"(?<![\w.])(?:the )?("
    + "|".join(re.escape(a) for a in sorted(COUNTRY_ALIASES, key=len, reverse=True))
    + r")(?![\w.])"
)


# "(MEA)" right after an organisation, or after up to two lower-case words spaCy left out
# of the span ("Ministry of External [affairs] (MEA)").
_ACRONYM_AFTER = re.compile(r"\A(?P<more>(?:\s+[a-z]+){0,2})\s*\((?P<acr>[A-Z][A-Za-z&.]{1,9})\)")


# A credit in brackets after a name: an outlet or an agency ("the White House (REUTERS)"
# made Reuters the White House: trial D's actors; "The Pentagon (CNBC)": the review of
# session 33's).
_CREDIT = re.compile(
    r"(?:"
    + OUTLETS
    + r"|"
    + PHOTO_AGENCIES
    + "|"
    + "|".join(map(re.escape, NEWS_AGENCIES))
    + r"|EPA|Bloomberg|CNBC|NBC|CBS|ABC|NPR|PTI|ANI|RIA|NHK|UPI|Sky|Fox)",
    re.IGNORECASE,
)


def _its_acronym(acronym: str, name: str) -> bool:
    """Whether an acronym in brackets after a name can be its: one that spells it
    (`_spells`), or else one in capitals that is no credit ("Kurdistan Workers' Party
    (PKK)", "Doctors Without Borders (MSF)": the review of session 32's second reading; not
    "The Federal Reserve (Bloomberg)")."""
    return _spells(acronym, name) or (
        acronym.isupper()
        and (_CREDIT.fullmatch(acronym) is None or _MEDIA.search(name) is not None)
    )


# Words of a news organisation's own name, whose acronym in brackets is its own, a credit
# or not: "Japan Broadcasting Corporation (NHK)" (review G: two organisations).
_MEDIA = re.compile(r"\b(?:Broadcasting|Broadcast|Television|Radio|News|Agency|Press)\b")


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym begins with the name's first letter and its letters come in the
    name's order ("WIPO", "ISIS", "NYPD")."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    words = clean(name).lower()
    if not letters or not words or letters[0] != words[0]:
        return False
    at = 0
    for letter in letters:
        at = words.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})

# What a company's name may add to the word it goes by: "United" of United Airlines, "Delta"
# of Delta Air Lines, "Deutsche" of Deutsche Bank, "Amnesty" of Amnesty International (not
# a product or a part: "Google Maps", "Apple Music", "Samsung Display").
_COMPANY_TAIL = frozenset(
    {
        "airlines", "airline", "air", "lines", "airways", "electronics", "motor", "motors",
        "bank", "group", "holdings", "corporation", "company", "communications",
        "technologies", "pharmaceuticals", "entertainment", "energy", "petroleum",
        "financial", "securities", "insurance", "industries", "international",
    }
)  # fmt: skip


def organisation_described(resolution: Resolution, article_id: str, text: str) -> Entity | None:
    """The one organisation of the article that a bare description names by its head
    noun: "Police" for British Transport Police, "the ministry" for the Ministry of
    External Affairs. None when the description is more than one word, or fits several."""
    words = clean(text).lower().split()
    if len(words) != 1:
        return None
    heads = resolution.org_heads.get(article_id)
    if heads is None:
        heads = {}
        for index in set(resolution.by_article.get(article_id, ())):
            if resolution.entities[index].label == "ORG":
                heads.setdefault(_head_word(resolution.entities[index].name), set()).add(index)
        resolution.org_heads[article_id] = heads
    found = heads.get(words[0], set())
    return resolution.entities[next(iter(found))] if len(found) == 1 else None


def _head_word(name: str) -> str:
    """The noun a name is built on: "Police" of "British Transport Police", "Ministry" of
    "Ministry of External Affairs"."""
    return name.lower().split(" of ")[0].split()[-1]


# A company's legal form after its name: "Qualcomm Inc", "Broadcom Ltd", "Equifax Inc." are
# Qualcomm, Broadcom and Equifax. Not "Group": "First Group" is no "First".
_COMPANY_FORM = re.compile(
    r"(?<=\w)[ \t]*,?[ \t]+(?:inc|ltd|limited|corp|corporation|co|llc|plc|ag|sa|nv|gmbh"
    r"|holdings)\.?$"
)


def has_company_form(name: str) -> bool:
    """Whether a name ends with a company's legal form ("Broadcom Ltd")."""
    return _COMPANY_FORM.search(name.lower()) is not None


_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]\.?|(?:[a-z]\.){2,}")  # initials with their full stops


# British spellings of the words names are made of, and the American ones (not "Labour":
# Labor is another party).
_AMERICAN = {
    "centre": "center", "theatre": "theater", "defence": "defense", "harbour": "harbor",
    "organisation": "organization", "programme": "program",
}  # fmt: skip
_BRITISH = re.compile(r"\b(" + "|".join(_AMERICAN) + r")\b")
# Words written short in names ("Seattle Fire Dept", "Warner Bros"); not "St" (a saint's or
# a street's) nor "Co" (a company's legal form).
_WRITTEN_OUT = {
    "dept": "department", "univ": "university", "govt": "government", "intl": "international",
    "natl": "national", "assn": "association", "bros": "brothers",
}  # fmt: skip
_SHORT_WORD = re.compile(r"\b(" + "|".join(_WRITTEN_OUT) + r")\b\.?")


@lru_cache(maxsize=65536)
def org_key(text: str) -> str:
    """What two names of one organisation or place share: case, a leading "the", a
    company's legal form and a country's other names aside."""
    key = clean(text).lower().replace("’", "'")
    if _DOTTED.fullmatch(key):  # "F.B.I", "F.B.I." are the FBI
        key = key.replace(".", "")
    key = WHOLE_NAME_ALIASES.get(key, key)
    key = _BRITISH.sub(lambda m: _AMERICAN[m[1]], key)  # "Centre": "Center"
    key = _SHORT_WORD.sub(lambda m: _WRITTEN_OUT[m[1]], key)  # "Dept": "Department"
    key = _COUNTRY.sub(lambda m: COUNTRY_ALIASES[m[1]], key)
    return _COMPANY_FORM.sub("", key.removeprefix("the "))


def initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS and w[0].isupper())


class Merge:
    """Union-find over organisation keys."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        # (article, key) -> the key it stands for in that article alone.
        self.local: dict[tuple[str, str], str] = {}

    def find(self, key: str) -> str:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def find_in(self, key: str, article: str) -> str:
        """The group of `key` as `article` uses it: through each short form it stands for
        there ("Cubs" for "Chicago Cubs", which ends a longer name of the same article: a
        third trial's key actors listed "Cubs" beside "Chicago Cubs")."""
        seen = {key}
        key = self.find(self.local.get((article, key), key))
        while (article, key) in self.local and key not in seen:
            seen.add(key)
            key = self.find(self.local[article, key])
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The longer key (the expansion) represents the group.
            keep, drop = (ra, rb) if len(ra) >= len(rb) else (rb, ra)
            self.parent[drop] = keep


# What an organisation is, written before its name into the span the model tags: "Credit
# company Equifax", "chipmaker Qualcomm", "US carmaker General Motors".
_DESCRIBED = re.compile(
    r"^(?:[A-Z]{2,}[ \t]+|[A-Z][a-z]+[ \t]+)?(?:[a-z-]+[ \t]+)?"
    r"(?:company|firm|giant|group|[a-z]*maker|retailer|bank|lender|insurer|airline|carrier"
    r"|start-?up|bureau|agency|conglomerate|operator|provider)[ \t]+(?=[A-Z])"
)


# Lower-case words after a name: whom it employs, run into it by the model ("Astros pitcher
# Lance McCullers" read as the organisation "Astros pitcher" and the person).
_ROLE_AFTER = re.compile(r"(?<=\w)(?:[ \t]+[a-z]+)+\Z")


def without_description(name: str) -> str:
    """An organisation's name without what the text says it is before it ("Credit company
    Equifax": Equifax; a trial's key actors listed Equifax twice), nor the lower-case words
    after it ("Astros pitcher": Astros)."""
    named = _DESCRIBED.sub("", name, count=1) or name
    return _ROLE_AFTER.sub("", named) or named


def short_forms(articles: Sequence[tuple[str, str, Analysis]]) -> Merge:
    """Organisations' short forms joined to their full names: acronyms defined in the text
    anywhere in the selection, or matching the initials of exactly one organisation named in
    the same article, else in the whole selection (not in another's headline); and a name
    that ends exactly one longer name of the same article ("the Cubs" after "the Chicago
    Cubs", "Heavy" after "Falcon Heavy", "the Security Council" after "the UN Security
    Council") or else, of one word, begins one whose other words say it is a company
    ("United" of United Airlines, `_COMPANY_TAIL`): in that article, and in another that
    names no longer name it ends when that one ends no other name of the selection and the
    article shares a name with one that gives the full name (a story's "Cubs" beside "the
    Cleveland Indians") or names nothing else. Not a name a page about something else
    gives: a trial's "North America" of a dieselgate article was "Ascom North America", a
    firm a page on pagers named; "The Tigers beat the Boston Red Sox" is no article about
    the Hamilton Tigers."""
    merge = Merge()
    endings: defaultdict[str, set[str]] = defaultdict(set)  # short form -> full names
    giving: defaultdict[str, set[str]] = defaultdict(set)  # full name -> articles ending it
    alone: defaultdict[str, set[str]] = defaultdict(set)  # short form -> articles, alone
    named: dict[str, set[str]] = {}  # article -> the names of its people and organisations
    spelled: defaultdict[str, set[str]] = defaultdict(set)  # initials -> full names
    unmatched: dict[str, str] = {}  # an acronym no name of its article spells -> initials
    for article, body, analysis in articles:
        orgs = [m for m in analysis.mentions if m.label == "ORG"]
        named[article] = {
            org_key(m.text) for m in analysis.mentions if m.label in ("ORG", "PERSON")
        }
        for m in orgs:
            defined = _ACRONYM_AFTER.match(body[m.end : m.end + 40])
            if defined and _its_acronym(defined["acr"], m.text + defined["more"]):
                full = org_key(m.text + defined["more"])
                merge.union(org_key(defined["acr"]), full)
                merge.union(org_key(m.text), full)
        written = [without_description(clean(m.text)) for m in orgs]
        names = {org_key(full): full for full in written if len(full.split()) > 1}
        # (Not for other articles a name read in a headline, where every word may take a
        # capital: a trial's "Equifax Apologizes for Security Breach as it Reports Earnings
        # Drop" gave "Equifax Apologizes", which another story's "EA" joined.)
        for m, full in zip(orgs, written, strict=True):
            if len(full.split()) > 1 and not _in_headline(body, m.start):
                spelled[initials(full)].add(org_key(full))
        for short in written:
            if short.isupper() and 2 <= len(short) <= 6:
                letters = short.replace(".", "")  # "U.N" (its last full stop cleaned off)
                matches = [k for k, full in names.items() if initials(full) == letters]
                if len(matches) == 1:
                    merge.union(org_key(short), matches[0])
                elif not matches:
                    unmatched[org_key(short)] = letters
            else:
                size = len(short.split())
                ending = [
                    k for k, full in names.items()
                    if len(full.split()) > size and full.split()[-size:] == short.split()
                ] or [
                    k for k, full in names.items() if size == 1 and goes_by(full) == short
                ]  # fmt: skip
                ending = _nearest(ending, names)
                if len(ending) == 1:
                    merge.local[(article, org_key(short))] = ending[0]
                    giving[ending[0]].add(article)
                elif not ending:
                    alone[org_key(short)].add(article)
                endings[org_key(short)].update(ending)
    for short, fulls in endings.items():
        if len(fulls) != 1:
            continue
        (full,) = fulls
        for article in alone[short]:  # of the story of the articles that give the full name
            if of_one_story(named[article] - {short}, (named[o] for o in giving[full])):
                merge.local[(article, short)] = full
    # An acronym whose article does not spell it out, when one name of the selection alone
    # has its initials and no text defines it otherwise ("ESA" in one article, "the
    # European Space Agency" in another).
    for short, letters in unmatched.items():
        if merge.find(short) == short and len(spelled[letters]) == 1:
            merge.union(short, next(iter(spelled[letters])))
    _contractions(articles, merge)
    return merge


def _nearest(keys: list[str], names: Mapping[str, str]) -> list[str]:
    """Of the names a short form ends, the shortest when each longer one ends on it too:
    "Cubs" stands for "Chicago Cubs", which "USA TODAY Sports Chicago Cubs" (a credit run
    into a caption) ends; "Cubs" of "Chicago Cubs" and "Boston Cubs" fits two."""
    if len(keys) < 2:
        return keys
    ordered = sorted(keys, key=lambda k: len(names[k].split()))
    short = names[ordered[0]].split()
    nested = all(names[k].split()[-len(short) :] == short for k in ordered[1:])
    return ordered[:1] if nested else keys


def goes_by(name: str) -> str | None:
    """The word a company's name goes by, when its other words say it is a company
    ("United" of "United Airlines", `_COMPANY_TAIL`); else None."""
    words = name.split()
    if len(words) > 1 and all(w.lower() in _COMPANY_TAIL for w in words[1:]):
        return words[0]
    return None


def _in_headline(body: str, at: int) -> bool:
    """Whether the character at `at` is in the text's headline: its first line, when more
    follow, or a line in Title Case."""
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    return (start == 0 and end >= 0) or is_title_case(body[start : end if end >= 0 else None])


_ACRONYM_WORD = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z]{2,5}")


def _contractions(articles: Sequence[tuple[str, str, Analysis]], merge: Merge) -> None:
    """A name that writes part of another as its initials is that name: "UN Security
    Council" and "U.N. Security Council" are the "United Nations Security Council" of the
    selection (when only one name fits)."""
    names = {
        clean(m.text) for _, _, analysis in articles for m in analysis.mentions if m.label == "ORG"
    }
    contracted: defaultdict[str, set[str]] = defaultdict(set)
    for full in names:
        words = full.split()
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 4) + 1):
                run = words[i:j]
                if all(w.isalpha() and w[0].isupper() and not w.isupper() for w in run):
                    initials = "".join(w[0] for w in run)
                    contracted[" ".join([*words[:i], initials, *words[j:]])].add(full)
    for name in names:
        words = name.split()
        if len(words) < 2 or not any(_ACRONYM_WORD.fullmatch(w) for w in words):
            continue
        plain = " ".join(w.replace(".", "") if _ACRONYM_WORD.fullmatch(w) else w for w in words)
        fits = contracted.get(plain, set())
        if len(fits) == 1:
            merge.union(org_key(name), org_key(next(iter(fits))))


def fuller(form: str, forms: Counter[str]) -> str:
    """The fuller name of the same entity that `form` ends, if the text uses one more than
    once (itself, or in a longer form ending on it: "Chicago Cubs" in "USA TODAY Sports
    Chicago Cubs", a credit run into a caption), named words before it ("UN Security
    Council" for "Security Council", "Arizona Cardinals" for "Cardinals"; not "Credit company
    Equifax", "SpaceX's Falcon Heavy" nor a heading run in, "FOLDING PATENT Samsung"). Else
    `form`."""
    longer = [
        o for o in forms
        if o.endswith(" " + form) and all(_names(w) for w in o[: -len(form)].split())
    ]  # fmt: skip
    uses = {o: sum(n for p, n in forms.items() if p == o or p.endswith(" " + o)) for o in longer}
    longer = [o for o in longer if uses[o] > 1]
    return max(longer, key=lambda o: (forms[o], len(o), o)) if longer else form


def _names(word: str) -> bool:
    """Whether a word is part of a name: capitalised and no possessive, or a short acronym
    ("UN", "U.N.")."""
    if not word[:1].isupper() or word.endswith(("'s", "’s", "'", "’")):
        return False
    return not word.isupper() or len(word.replace(".", "")) <= 4
