"""One home for the word lists and label sets the steps share.

Each list says what it is for; two lists that look alike serve different tests (the words
that carry no fact in a sentence, or no news in a whole article), so they are kept apart,
by name.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable

# Month names and abbreviations ("sept" too), lower case -> month number.
MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (
        calendar.month_name[number].lower(),
        calendar.month_abbr[number].lower(),
    )
}
MONTHS["sept"] = 9

# Weekday names, lower case -> Monday 0 ... Sunday 6.
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}

# The same names as patterns to match without regard to case ("Nov.", "September", "Tuesday").
MONTH_PATTERN = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY_PATTERN = "(?:" + "|".join(WEEKDAYS) + ")"
# A dateline place's state or country: "ERIE, Pa. -", "SAN JOSE, Costa Rica -".
DATELINE_STATE = r",[ \t]*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}"

# The spaCy labels of an actor, organisation, place or occasion: what is resolved.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})

# Names whose spans a Title Case headline can stretch ("Erie Smashes" read as a person).
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"}
)

# Labels of what can act in an event: a person, organisation, country or group.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# Labels of a place an event happens at.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Verbs of reported speech: "X said that ..." is attributed to X.
SAY_VERBS = frozenset(
    {"said", "says", "say", "stated", "states", "told", "tells", "announced", "announces",
     "added", "adds", "noted", "notes", "claimed", "claims", "reported", "reports",
     "confirmed", "confirms", "warned", "warns", "asserted", "asserts", "declared", "declares",
     "insisted", "insists", "explained", "explains", "wrote", "writes", "tweeted", "tweets"}
)  # fmt: skip

# Verbs whose news is the clause they take ("admitted that ..."): an action that ends on one
# says nothing by itself ("Anne Hidalgo said", "Equifax has admitted").
CLAUSE_VERBS = SAY_VERBS | frozenset(
    {"admitted", "admits", "denied", "denies", "revealed", "reveals", "acknowledged",
     "acknowledges", "argued", "argues", "suggested", "suggests", "disclosed", "discloses",
     "promised", "pledged", "pledges", "vowed", "vows", "estimated", "predicted", "predicts",
     "believes", "believed", "thinks", "thought", "found", "showed", "concluded", "concludes",
     "alleged", "alleges", "ruled"}
)  # fmt: skip

# Words that count people by the many, as numbers do: "Dozens were arrested".
MANY = frozenset({"dozens", "hundreds", "thousands", "scores", "millions"})
# Numbers as news writes them in words: "three days ago", "Twenty-three people".
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    word: 20 + 10 * i
    for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}

# Words that hedge a count ("more than 40", "nearly a week ago", "some 44 million"): from
# above it, from below it, round it.
HEDGES_ABOVE = frozenset({"more than", "over", "at least"})
HEDGES_BELOW = frozenset({"less than", "under", "nearly", "almost", "at most", "up to"})
HEDGES_ROUND = frozenset({"about", "around", "roughly", "some"})
HEDGES = HEDGES_ABOVE | HEDGES_BELOW | HEDGES_ROUND
# The auxiliary verbs, modals among them: "is", "has", "will", "might", "did".
AUXILIARIES = (
    "is are was were be been has have had will would can could may might must shall should "
    "do does did"
).split()


def one_of(phrases: Iterable[str]) -> str:
    """A regex group that matches any of `phrases`, the longest first, a space in them as
    any run of spaces."""
    return (
        "(?:"
        + "|".join(p.replace(" ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
        + ")"
    )


# Titles news writes short before a name, and other words written short whose full stop
# ends no sentence ("Sgt. Ryan", "Apple Inc. said", "No. 10", "Park Ave."): one list for
# the tokenizer, for names that run over a full stop, and for Markdown's wrapped lines.
SHORT_TITLES = frozenset(
    "Mr Mrs Ms Dr St Mt Ft Jr Sr Gen Col Lt Maj Sgt Capt Cmdr Cdr Comdr Adm Brig Cpl Pfc Pvt "
    "Spc Det Insp Supt Amb Atty Cllr Msgr Rev Gov Sen Rep Prof".split()
)
SHORT_WORDS = SHORT_TITLES | frozenset("Inc Co Cos Corp Ltd Bros No Dept Ave Blvd Rd".split())


# Words that carry no fact: left out of the briefing's sentence vectors.
FACT_STOPWORDS = frozenset(
    "a an the of in on at to and or for by with from as is was were be been being are it its "
    "this that these those he she they his her their them we our you your i which who whom "
    "whose what when where how also had has have not no but if than then there here into over "
    "after before about said says say will would could should may might can do did does more "
    "most such other both two one while during under between against up out so".split()
)

# Words that carry no news: left out of story grouping's article vectors ("new" too,
# which every outlet writes).
STORY_STOPWORDS = frozenset(
    "a an the of in on at to and or for by with from as is was were be been are it its this "
    "that these those he she they his her their them we our you which who what when where how "
    "also had has have not no but if than then there into over after before about said says "
    "will would could should may can do did more most new one two".split()
)

# Function words that never tell two actions apart (the main event's stems).
FUNCTION_WORDS = frozenset(
    "the and for with from that this these those his her its their our your was were has have "
    "had will would could should can may might not but also who whom which what when where "
    "into onto over after before about than then there here been being are is".split()
)

# Sentences that open so mean little out of their article ("He had a meeting", "I don't
# think she made it": a witness's words).
OPENING_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "this", "these", "those", "his", "her", "their", "i", "we",
     "my", "our"}
)  # fmt: skip

# What a predicate may end on without saying what it acts on ("put forward which").
OBJECT_PRONOUNS = frozenset(
    "it one this that these those them him her us me you he she they we i which who whom "
    "what".split()
)

# Words that fill out a predicate without saying what it does to what: auxiliaries and
# pronouns ("is allowing", "boasts one", "hired he" misparsed).
FILLERS = OBJECT_PRONOUNS | frozenset([*AUXILIARIES, *"being some all any so there here".split()])

# The news agencies, by their names and short forms: sources, not actors (`brief.actors`),
# and credits in brackets after a name (`extract.organisations`). Not a short form that
# also names an actor: "EPA" (the Environmental Protection Agency), "PA", "PTI" (a party),
# "UPI", "ANI"; those are credits in brackets only.
NEWS_AGENCIES = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Agence France Presse",
    "European Pressphoto Agency", "Press Association", "PA Media", "Xinhua",
    "Xinhua News Agency", "Yonhap", "Yonhap News Agency", "Kyodo", "Kyodo News", "Jiji Press",
    "KCNA", "Korean Central News Agency", "TASS", "RIA Novosti", "Interfax", "Anadolu Agency",
    "dpa", "ANSA", "EFE", "United Press International", "Press Trust of India", "IANS",
)  # fmt: skip
# Agencies that sell pictures, not news: their name alone, run into a caption, is a
# picture's credit (core/extract/names.py), and they are no actor of a story
# (core/brief/actors.py).
PHOTO_AGENCIES = (
    "Getty Images",
    "Shutterstock",
    "Alamy",
    "Rex Features",
    "Barcroft Media",
    "Splash News",
)

# The abbreviations US news writes after a town ("Erie, Pa.", AP style): the state they name.
# Only with their full stop, as a place: "Pa" or "Miss" alone is not a state.
US_STATES = {
    "ala.": "Alabama", "ariz.": "Arizona", "ark.": "Arkansas", "calif.": "California",
    "colo.": "Colorado", "conn.": "Connecticut", "del.": "Delaware", "fla.": "Florida",
    "ga.": "Georgia", "ill.": "Illinois", "ind.": "Indiana", "kan.": "Kansas",
    "kans.": "Kansas", "ky.": "Kentucky", "la.": "Louisiana", "md.": "Maryland",
    "mass.": "Massachusetts", "mich.": "Michigan", "minn.": "Minnesota", "miss.": "Mississippi",
    "mo.": "Missouri", "mont.": "Montana", "neb.": "Nebraska", "nev.": "Nevada",
    "n.h.": "New Hampshire", "n.j.": "New Jersey", "n.m.": "New Mexico", "n.y.": "New York",
    "n.c.": "North Carolina", "n.d.": "North Dakota", "okla.": "Oklahoma", "ore.": "Oregon",
    "pa.": "Pennsylvania", "r.i.": "Rhode Island", "s.c.": "South Carolina",
    "s.d.": "South Dakota", "tenn.": "Tennessee", "tex.": "Texas", "vt.": "Vermont",
    "va.": "Virginia", "wash.": "Washington", "w.va.": "West Virginia", "wis.": "Wisconsin",
    "wyo.": "Wyoming",
}  # fmt: skip
