"""What the words around a name say it names: a company, a person or a place.

A small model labels a name from its own letters and a few words; a reader also uses what
the text says of it. "credit reporting company Equifax", "Equifax Inc", "shares of
Equifax", "Equifax (NYSE:EFX)", "Equifax's chief executive" make Equifax an organisation
wherever the model took it for a person; "actor Keanu Reeves", "Reeves, 53,", "Reeves, who"
make a person; "in Croydon", "Croydon, a town" a place. Each such cue is one vote of weight
`CUE` beside the model's one vote per mention, and votes add up per name across every
mention of every article (core/store/name_votes.py keeps them, so a name's label rests on
all the articles seen, not on one). The rules read words news text uses in any outlet, not
names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace

from briefing.core.extract.names import ORG_WORDS, clean
from briefing.core.extract.organisations import goes_by, org_key
from briefing.core.extract.places import is_capital, is_country_only
from briefing.core.models import Analysis, Mention
from briefing.core.vocab import PLACE_LABELS

CUE = 3  # a cue outweighs this many of the model's labels
PLACE = "PLACE"  # a cue for a place, whichever kind the model says (GPE, LOC or FAC)
LABELLED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})

_COMPANY_FORMS = r"(?:Inc|Ltd|Corp|Co|LLC|plc|PLC|AG|SA|NV|GmbH|Holdings)\b\.?"
_COMPANY_NOUNS = (
    r"(?:company|firm|giant|maker|start-?up|carrier|airline|retailer|agency|newspaper|daily"
    r"|broadcaster|network|website|publisher|studio|platform|manufacturer|bank|lender"
    r"|insurer|conglomerate|band|club|team|outlet|chain|brand|operator|developer|provider)"
)
_PERSON_NOUNS = (
    r"(?:actor|actress|singer|rapper|star|striker|midfielder|defender|goalkeeper|quarterback"
    r"|pitcher|player|coach|author|writer|novelist|journalist|reporter|correspondent"
    r"|columnist|photographer|lawyer|attorney|analyst|economist|professor|scientist"
    r"|researcher|astronaut|comedian|chef|artist|musician|billionaire|entrepreneur"
    r"|businessman|businesswoman|activist|wife|husband|son|daughter|mother|father|brother"
    r"|sister|boyfriend|girlfriend|fianc[ée]e?|widow|widower|victim|suspect|teenager)"
)
_PLACE_NOUNS = (
    r"(?:city|town|village|country|region|province|state|suburb|county|district|island"
    r"|capital|port|neighbou?rhood|area)"
)
# Who belongs to an organisation, never to a person: "Pearl Jam singer", "Memphis Hustle
# guard", "Equifax CEO" (not "spokesman": "Trump spokesman"; nor "employees").
_MEMBERS = (
    r"(?:singer|guitarist|drummer|bassist|frontman|guard|forward|midfielder|striker|defender"
    r"|goalkeeper|quarterback|pitcher|CEO|chief[ \t]+executive|chairman|chairwoman"
    r"|executive(?![ \t]+order)|investor|engineer|co-?founder|founder)"
)
# Who an organisation has, and a people or a place has too: "Facebook executives", "Chinese
# investors", "Hollywood executives", "Twitter users", "a Twitter post".
_GROUP_MEMBERS = (
    r"(?:shareholders|executives|investors|engineers|account|feed|followers|page|users?|post"
    r"|posts|handle|profile)"
)
# An apposition that says what a name is: "X, a town of 9,000,", "X, the retailer." The
# noun ends it: not "a company spokesman", "the country's leader", "a state senator".
_ENDS_APPOSITION = r"(?=[ \t]*(?:[,.;:)]|$|[ \t](?:of|that|which|who|where|based|in|on)\b))"
# Words just before the name.
_ORG_BEFORE = re.compile(
    r"(?:\bshares[ \t]+(?:of|in)|\bstake[ \t]+in|\b(?:CEO|chief[ \t]+executive|founder"
    r"|co-founder|chairman|chairwoman|employees?|owner|investors?)[ \t]+(?:of|at)"
    r"|\b" + _COMPANY_NOUNS + r")[ \t]+(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)
# A title before a name: "Ambassador Haley told reporters" (a trial's ORG), "Prime Minister
# Theresa May", "Mr Durov" (not "General": General Motors, General Electric).
_TITLES = (
    r"(?:ambassador|senator|sen\.|congress(?:wo)?man|governor|gov\.|mayor|minister"
    r"|president|premier|chancellor|secretary|spokes(?:man|woman|person)|envoy|judge"
    r"|prosecutor|detective|sheriff|lieutenant|sergeant|captain|commander|colonel|officer"
    r"|diplomat|advis[eo]r|aide|lawmaker|pope|king|queen|prince|princess|sir|dame|lord"
    r"|lady|(?:mr|mrs|ms|dr)\.?)"
)
_PERSON_BEFORE = re.compile(r"\b(?:" + _PERSON_NOUNS + "|" + _TITLES + r")[ \t]+\Z", re.IGNORECASE)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|across|throughout|inside)[ \t]+\Z"
    # "the southern resort island of Jeju", "the city of Mazar-i-Sharif"
    r"|\b(?:island|city|town|village|province|region|state|port|county|district|capital"
    r"|suburb)[ \t]+of[ \t]+\Z"
)
# An address's town after its street, the address ending there: "caught fire in
# Shettleston Road, Glasgow, after" (a third trial's PERSON), "on Carlton Road, Nottingham."
# (not "Fans lined Carlton Way, Mia Dune said").
_STREET_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]*[ \t]+(?:Road|Street|Avenue|Lane|Drive|Square|Boulevard|Highway"
    r"|Crescent|Terrace|Way),[ \t]+\Z"
)
# Where one travels from: "a tram travelling from New Addington to Wimbledon", "flights from
# Orvane" (a third trial's ORG); not "a letter from Mia Dune", "moved from Orvane Inc".
# (Not what a company runs, serves, builds or sells, nor whom one flees: "cloud services
# from Orvane", "fled from the Taliban", "ordered 20 trams from Alstom", "trains players
# from Kestrel United": a vehicle's noun is a journey only right after its article or its
# time, "the tram from", "The 8.15 train from": a later review's.)
_TRAVEL_FROM = re.compile(
    r"(?:\b(?:travel\w*|flights?|fl(?:ew|ies|ying)|journey\w*|sail\w*|drove|driv(?:e|es|ing)"
    r"|commut\w*)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"|\b(?:the|a|an|its|their|\d[\d.:]*)[ \t]+(?:\d[\d.:]*(?:[ \t]*[ap]\.?m\.?)?[ \t]+)?"
    r"(?:train|tram|bus|ferry)(?:es|s)?[ \t]+)from[ \t]+\Z",
    re.IGNORECASE,
)
# ... but not what was bought, leased, delivered or built: "bought the trams from Alstom"
# (and a "coach" is a club's too: the review of session 31's), "took delivery of 20 trams
# from Orvane", "ordered on Monday 20 trains from" (the review of session 32's second
# reading); not what came by, on or for the vehicle: "delivered by the ferry from Dover",
# "bought tickets for the train from Dunmere".
_BOUGHT_FROM = re.compile(
    r"\b(?:b(?:ought|uys?|uying)|order(?:s|ed|ing)?|leas(?:e|es|ed|ing)|purchas(?:e|es|ed|ing)"
    r"|hir(?:e|es|ed|ing)|rent(?:s|ed|ing)?|built|build(?:s|ing)?|deliver(?:y|ies|s|ed|ing)?)"
    r"[ \t]+(?:(?!(?:by|on|for)[ \t]+(?:the|a|an|its|their)(?:[ \t]+[\w.:-]+){1,2}[ \t]+from\b)"
    r"[\w.:-]+[ \t]+){1,4}from[ \t]+\Z",
    re.IGNORECASE,
)
# The address ends after the town: a stop, or a comma and no speech after it (a name put
# after a street in apposition speaks: "a neighbour on Elm Street, Mia Dune, said").
_ADDRESS_ENDS = re.compile(
    r"[ \t]*(?:[.;:)]|$|,(?![ \t]+(?:who|whose|aged|\d|said|says|told|added|explained|recalled"
    r"|described|wrote|noted|insisted|claimed|a|an)\b))",
    re.MULTILINE,
)
# Not "in" after what one believes, trusts or invests in: "believes in Jesus", "confided in
# Biden", "interest in Tesla".
_NOT_PLACE_BEFORE = re.compile(
    r"\b(?:believes?|believed|confided|trust|interest|invest(?:ed|or|ors)?|stake|shares|faith"
    r"|reported|published|wrote|written|quoted|appeared|interview|article|column|op-ed"
    r"|editorial)[ \t]+in[ \t]+(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)
# What an outlet does: "told Nice Matin" is no place, nor "published in Le Monde".
_OUTLET_BEFORE = re.compile(
    r"\b(?:(?:reported|published|written|quoted|appeared)[ \t]+in|reported[ \t]+by)"
    r"[ \t]+(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)
# Where one posts: "wrote on Twitter", "in a post on Instagram" (a platform, not a person;
# "said on Monday" names a date, which has no label to vote on).
_PLATFORM_BEFORE = re.compile(
    r"(?:\b(?:posted|posting|posts?|wrote|writing|tweeted|shared|sharing|said|saying|announced"
    r"|live-?streamed|message|video|statement|comments?|remarked|responded|replied"
    # "shared the news on", "told fans on"
    r"|(?:shared|announced|broke|told)[ \t]+(?:the[ \t]+news|fans|followers|his[ \t]+fans"
    r"|her[ \t]+fans))"
    r"|@\w{1,15})[ \t]+on[ \t]+\Z"  # "Follow @kestrelnews on"
    # "said via", "made the announcement via" (not "flew via"); "took to ... to announce"
    r"|\b(?:said|says|announced|announcement|statement|message|news|confirmed|posted)"
    r"[ \t]+via[ \t]+\Z"
    r"|\b(?:took|takes|taking|take)[ \t]+to[ \t]+\Z",
    re.IGNORECASE,
)
# What one drives or flies is a make, never a place or a person: "lost control of his
# Ferrari on the straight", "crashed her Orvane into a wall", "spun his Varro", "flew their
# Kestrel" (a possessive alone says too little: "his Bedminster, New Jersey, golf club",
# "told her Kabul was", "from his Oval Office on Tuesday").
_DRIVEN_BEFORE = re.compile(
    r"\b(?:control[ \t]+of|crash(?:ed|es|ing)?|wreck(?:ed|s|ing)?|dr(?:ove|ives|iving)"
    r"|spun|spins|park(?:ed|s|ing)|steer(?:ed|s|ing)|fl(?:ew|ies|ying)|pilot(?:ed|s|ing)"
    r"|stall(?:ed|s|ing)|rolled|flipped)[ \t]+(?:his|her|their)[ \t]+\Z",
    re.IGNORECASE,
)
# ... where the name ends what is driven ("flying their Palestinian flags", "steered his
# Republican colleagues", "his Texas-registered truck" drive no make).
_DRIVEN_AFTER = re.compile(
    r"[ \t]*(?:[,.;:!?)]|\Z)|[ \t]+(?:on|onto|into|off|down|up|around|across|through|past"
    r"|behind|out|over|under|to|at|in|from|for|with|and|after|before|while|as|until|when)\b"
)
# Words just after it.
_ORG_AFTER = re.compile(
    r",?[ \t]+" + _COMPANY_FORMS
    + r"|[ \t]*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSE|TSX|ASX|OTC)[ \t]*:"
    r"|['’]s?[ \t]+(?:shares|stock|share[ \t]+price|CEO|chief[ \t]+executive|board"
    r"|headquarters|app|website|platform|profits?|revenues?|shareholders)\b"
    r"|,[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _COMPANY_NOUNS + _ENDS_APPOSITION
    + r"|[ \t]+(?:news[ \t]+)?(?:agency|newspaper|daily|broadcaster|channel)\b"
)  # fmt: skip
# A member after the name: "Equifax CEO"; a people's ("the Chinese CEO of") is no cue.
_MEMBER_AFTER = re.compile(r"[ \t]+" + _MEMBERS + r"\b")
# ... of which a place has none but a company's chief: "Orvane CEO" whatever the model says,
# not "a Houston engineer", "a New York investor" (someone from there).
_CHIEF_AFTER = re.compile(
    r"[ \t]+(?:CEO|chief[ \t]+executive|chairman|chairwoman|co-?founder|founder)\b"
)
# "Twitter account", "one Twitter user", "Facebook executives" (not "Trump's account"): a
# cue only for a name not labelled a people or a place ("Chinese investors").
_GROUP_AFTER = re.compile(r"[ \t]+" + _GROUP_MEMBERS + r"\b")
_PERSON_AFTER = re.compile(
    r",[ \t]+\d{1,3},|,[ \t]+who\b"
    r"|['’]s?[ \t]+(?:wife|husband|son|daughter|mother|father|brother|sister|boyfriend"
    r"|girlfriend|family|career|death|funeral|lawyer|attorney)\b"
    r"|,[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _PERSON_NOUNS + _ENDS_APPOSITION
)
_PLACE_AFTER = re.compile(
    r",[ \t]+where\b|,[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + _PLACE_NOUNS
    + _ENDS_APPOSITION
)  # fmt: skip
_NAME_FORM = re.compile(r"\b" + _COMPANY_FORMS + r"$")
# A name that ends on what it is: "App Store", "Cleveland Clinic Foundation", "Delta Air
# Lines", "Chandra X-ray Observatory" (a trial's person), never a person's (not "Park",
# "Hall", "Church", "Street", "Court": surnames too; not "Bank", "Office", "Center": the
# West Bank, the Oval Office, the World Trade Center are places).
_ORG_HEAD = re.compile(
    r"\b(?:Store|Airlines|Airways|Air[ \t]+Lines|University|College|Hospital|Council"
    r"|Ministry|Department|Agency|Party|Foundation|Institute|Association|Company"
    r"|Corporation|Club|Museum|Commission|Committee|Observatory|Laboratory|Laboratories"
    r"|Administration|Authority|Bureau|Services)$"
)
# ... and a place's: "Cuyahoga Falls", "Cactus Avenue", "Orange County" (a trial's key
# actors had them as organisations); not "Lake", "Bay", "Hill", "Street", "Rivers": surnames
# too (Ricki Lake, Michael Bay); not "Canyon", a truck's (the review's).
_PLACE_HEAD = re.compile(
    r"\b(?:Avenue|Boulevard|Falls|County|Province|Prefecture|Peninsula|Islands"
    r"|Heights|Springs)$"
)


# A people's name as news writes it, its ending: "Chinese", "Russian", "British", "Israeli",
# "French", "Swiss", "Greek", "Filipino", "Muslim", "Hindu", "Buddhist", "Democrat", "Sikh"
# (the model calls some companies a people too: "Facebook").
_DEMONYM = re.compile(r"(?:an|ese|ish|i|ch|ss|ek|ic|ino|im|u|ist|at|kh)s?\Z")


def cue(body: str, start: int, end: int, given: str = "") -> str | None:
    """What the text around the name written at `start:end` says it is: "ORG", "PERSON",
    `PLACE`, or None when it says nothing (or contradicts itself). `given`: the model's
    label, if known: what a people or a place also has ("Chinese investors", "Hollywood
    executives") is no cue for a name it labelled so (a people's by its ending: not the
    "Facebook" it calls one)."""
    before = body[max(0, start - 40) : start]
    people = given == "NORP" and _DEMONYM.search(body, start, end) is not None
    place = people or given in PLACE_LABELS
    found = set()
    if (
        _NAME_FORM.search(body[start:end])
        or _ORG_HEAD.search(body[start:end])
        or _ORG_BEFORE.search(before)
        or _OUTLET_BEFORE.search(before)
        or (_PLATFORM_BEFORE.search(before) and not body.startswith(("'", "’"), end))
        or driven(body, start, end)
    ):
        found.add("ORG")
    if (
        _ORG_AFTER.match(body, end)
        or (not place and _MEMBER_AFTER.match(body, end))
        or (not people and _CHIEF_AFTER.match(body, end))
        or (not place and _GROUP_AFTER.match(body, end))
    ):
        found.add("ORG")
    if _PERSON_BEFORE.search(before) or _PERSON_AFTER.match(body, end):
        found.add("PERSON")
    in_place = _PLACE_BEFORE.search(before) and not _NOT_PLACE_BEFORE.search(before)
    if (
        (in_place and not body.startswith(("'", "’"), end))
        or _PLACE_AFTER.match(body, end)
        or (_STREET_BEFORE.search(before) and _ADDRESS_ENDS.match(body, end))
        or (_TRAVEL_FROM.search(before) and not _BOUGHT_FROM.search(before))
        or _PLACE_HEAD.search(body, start, end)
    ):
        found.add(PLACE)
    return found.pop() if len(found) == 1 else None


def driven(body: str, start: int, end: int) -> bool:
    """Whether the name written at `start:end` is something driven or flown ("crashed his
    Ferrari into the wall"): a make, and no place the news happened in."""
    return (
        _DRIVEN_BEFORE.search(body, max(0, start - 40), start) is not None
        and _DRIVEN_AFTER.match(body, end) is not None
    )


def cues(body: str, mentions: Sequence[Mention]) -> Iterator[tuple[int, str]]:
    """(index, cue) of each of these mentions that the words around it label."""
    for index, m in enumerate(mentions):
        if m.label in LABELLED and (said := cue(body, m.start, m.end, m.label)) is not None:
            yield index, said


def name(text: str) -> str:
    """The key votes are kept under: a mention's name, case and 'the' aside."""
    return org_key(clean(text))


def votes(analysis: Analysis) -> dict[str, Counter[str]]:
    """The label votes of one article's names: the model's label of each mention (a count per
    label), and each cue (counted under "+" and its label: "+ORG", "+PERSON", "+PLACE")."""
    found: defaultdict[str, Counter[str]] = defaultdict(Counter)
    # (The surnames of the article's people: "Jimmy Wales ... Wales said" is no country:
    # review K.)
    surnames = {
        words[-1] for m in analysis.mentions
        if m.label == "PERSON" and len(words := name(m.text).split()) > 1
    }  # fmt: skip
    for m in analysis.mentions:
        if m.label in LABELLED and (key := name(m.text)):
            found[key][m.label] += 1
            if (is_country_only(key) or is_capital(key)) and key not in surnames:
                found[key]["+" + PLACE] += 1  # a country's or a capital's name is a place's
                # ("Officials in Botswana": ORG to the model)
    for index, said in analysis.cues:
        if key := name(analysis.mentions[index].text):
            found[key]["+" + said] += 1
    for key in _full_names_of_people(analysis):
        found[key]["+PERSON"] += 1
    for key in _short_forms_taken_for_people(analysis):
        found[key]["+ORG"] += 1
    return dict(found)


def _full_names_of_people(analysis: Analysis) -> list[str]:
    """The longer names, one per cue, that end on a surname the words around it say is a
    person's: "Nikki Haley" of "Ambassador Haley told reporters" (the model took both for
    an organisation). Only a name of the article that no other longer name ends so."""
    surnames = [
        key
        for index, said in analysis.cues
        if said == "PERSON" and len((key := name(analysis.mentions[index].text)).split()) == 1
    ]
    if not surnames:
        return []
    longer = {name(m.text) for m in analysis.mentions if m.label in LABELLED}
    companies = {name(analysis.mentions[i].text) for i, said in analysis.cues if said == "ORG"}
    ending: defaultdict[str, set[str]] = defaultdict(set)
    for full in longer:
        words = full.split()
        # (Not a company's or a paper's: "Johnson & Johnson" of "Judge Johnson told jurors",
        # "The Washington Post" of "Senator Post": the review's.)
        if len(words) > 1 and full not in companies and _NOT_A_PERSON.isdisjoint(words):
            ending[words[-1]].add(full)
    return [next(iter(ending[s])) for s in surnames if len(ending[s]) == 1]


# Words of a name that is no person's: "Johnson & Johnson", "Bank of America", "The
# Washington Post".
_NOT_A_PERSON = ORG_WORDS | {"&", "and", "of", "the", "for"}


def _short_forms_taken_for_people(analysis: Analysis) -> list[str]:
    """The one-word names, one per mention, the model took for a person that end an
    organisation's name the article gives and no person's, or that a company's name goes
    by: a team's, a paper's or a company's short form ("Astros" after "the Houston Astros",
    "Post" after "The Washington Post", "Mondelez" beside "Mondelez International"), not a
    surname ("Dauer" after "Rich Dauer")."""
    ends: dict[str, set[str]] = {"ORG": set(), "PERSON": set()}
    for m in analysis.mentions:
        words = name(m.text).split()
        if m.label in ends and len(words) > 1:
            ends[m.label].add(words[-1])
            if m.label == "ORG" and (short := goes_by(clean(m.text))):
                ends["ORG"].add(name(short))
    shorts = ends["ORG"] - ends["PERSON"]
    return [
        key for m in analysis.mentions if m.label == "PERSON" and (key := name(m.text)) in shorts
    ]


def label(counts: Mapping[str, int], given: str) -> str:
    """The label these votes give a name the model labelled `given`: the one with most
    votes, a cue weighing `CUE` of the model's and a place cue counting for the kind of
    place the model says most (GPE if none); `given` when no cue took part, so the model's
    own majority alone changes nothing here (core/extract/mentions.py and resolve.py weigh
    it), and on a tie."""
    if not any(k.startswith("+") for k in counts):
        return given
    tally = Counter({k: v for k, v in counts.items() if k in LABELLED})
    places = Counter({k: v for k, v in tally.items() if k in PLACE_LABELS})
    kind = places.most_common(1)[0][0] if places else "GPE"
    tally["ORG"] += CUE * counts.get("+ORG", 0)
    tally["PERSON"] += CUE * counts.get("+PERSON", 0)
    tally[kind] += CUE * counts.get("+" + PLACE, 0)
    (best, top), *rest = tally.most_common(2)
    if rest and rest[0][1] == top:
        return given
    return best if top > tally[given] else given


def labelled(
    articles: Sequence[tuple[str, str, Analysis]],
    evidence: Mapping[str, Mapping[str, int]] | None,
) -> list[tuple[str, str, Analysis]]:
    """The articles with each mention labelled as the votes for its name say (`label`);
    `evidence`: the votes over every article seen, by default over these."""
    if evidence is None:
        evidence = selection_votes(articles)
    found = []
    for article_id, body, analysis in articles:
        mentions = [
            m if m.label not in LABELLED  # a date, a number: what it is, whatever its words
            or (new := label(evidence.get(name(m.text), {}), m.label)) == m.label
            else replace(m, label=new)
            for m in analysis.mentions
        ]  # fmt: skip
        found.append((article_id, body, replace(analysis, mentions=tuple(mentions))))
    return found


def selection_votes(articles: Sequence[tuple[str, str, Analysis]]) -> dict[str, Counter[str]]:
    """The label votes of these articles' names, added up."""
    total: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for _, _, analysis in articles:
        for key, counts in votes(analysis).items():
            total[key].update(counts)
    return total
