"""How the briefing words what it says: which sentences state something on their own, and
whether an event is told as its outlet wrote it or retold from who did what, where.

Used by core/brief/build.py; pure functions of text and events.
"""

from __future__ import annotations

import re

from briefing.core.brief.furniture import QUOTED, is_page_furniture
from briefing.core.models import Entity, Event
from briefing.core.sources.text import COPYRIGHT, without_dateline
from briefing.core.vocab import (
    AUXILIARIES,
    CLAUSE_VERBS,
    MONTH_PATTERN,
    SAY_VERBS,
    WEEKDAY_PATTERN,
    one_of,
)

# A sentence this short (a headline, most often) tells the news best as written; a longer
# one is retold from its actor, action, place and day, which clauses bury.
SHORT_SENTENCE = 14
MAX_QUOTE_WORDS = 25  # of what a timeline entry says was said
MIN_QUOTE_WORDS = 6  # fewer after the verb: the words said came before it
SPEAKER_WORDS = 3  # words between a quotation and its verb besides the speaker's name
# What the verb goes on to say: "said that ...", "said: ...", "said “...".
_SAYS_ON = re.compile(r"\bthat\b|[:\"“]")
SUBJECT_WORDS = 6  # a longer stretch before the action is more than its subject
# A subject's common noun and a preposition before the actor it names: what the subject is
# about is not the actor ("The death toll from a", "the coach for the", "Supporters of").
_ABOUT = re.compile(
    r"^(?:(?:The|A|An|the|a|an)[ \t]+)?(?:[A-Za-z][a-z-]*[ \t]+)?(?:[a-z][a-z-]*[ \t]+){0,4}"
    r"(?:of|from|for|by|with|against|behind)[ \t]+(?:(?:the|a|an)[ \t]+)?$"
)

# The signature of a post embedded in a page, after its words or ending its line: "— Elon
# Musk (@elonmusk) December 2, 2017", "... (@anncarol) Dec 27, 2017 via Twitter", "A post
# shared by Carol Murphy (@anncarol) on Dec 27, 2017 at 3:15pm PST"; not a sentence that
# goes on from a name and its handle ("Senator Tom Reyes (@tomreyes) on January 4, 2018
# called the delay a mistake": review J).
_POSTED = r"\(@\w{1,15}\)\s*(?:on\s+)?[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
EMBEDDED = re.compile(
    rf"(?:[—–]|\s--?\s|\bshared by\b)[^()\n]{{1,60}}{_POSTED}"
    rf"|{_POSTED}(?:\s+at\s+\d{{1,2}}:\d\d\s*[ap]m(?:\s+[A-Z]{{2,4}})?)?(?:\s+via\s+\w+)?[\s.]*$",
    re.MULTILINE,
)
URL = re.compile(r"\S*(?:://|www\.)\S*")  # a web address
# "And how many people have been killed?"; a related link's "... – as it happened Read
# more"; "“We had put up Christmas lights ...”" quoted whole, so without who said it; a
# credit or source line ("(Hyung Min-woo/Yonhap via AP, File)", "Information from: ...").
_NOT_A_STATEMENT = re.compile(
    r"\?[\"'”’)]*$|\bRead more$|^[\"“‘][^\"“”]*[\"”’]$|^\([^()]*\)$|^Information from:"
    # An interview's question or answer, as a Q&A page prints them ("A: We had no idea.").
    r"|^(?-i:Q|A)[ \t]*:[ \t]"
    # A sentence a quotation goes on with, the splitter having cut it after its ellipsis: its
    # words put in by the writer open it ("... it was a big success... [15 billion lei] is a
    # lot of money for a private television station to raise.\"": a trial's key point).
    # Not a page's note before a sentence: "[Updated at 3:45 p.m. ET] The Senate voted".
    r"|^\[[^\[\]]{1,60}\][ \t]+(?-i:[a-z])",
    re.IGNORECASE,
)
# Words to the reader, outside quotation marks: advice, a site's or a product's ("If a green
# line has appeared on your screen, you're not alone", "you'll be able to hide apps").
# Not a title's "You" ("Look What You Made Me Do", "Curb Your Enthusiasm"), nor advice
# someone is said to give ("Police urged residents: if you see him, call 911").
_TO_THE_READER = re.compile(
    r"(?:(?<![\w'’])(?:you|your|yours)|^(?:You|Your))(?:['’](?:re|ve|ll|d))?\b"
)
_ADVISED = re.compile(r"\b(?:urged|urges|warned|warns|advised|advises)\b", re.IGNORECASE)
# Someone's own words ("I", "my", a handle: "The great @michaelsheen & I consciously
# uncoupled"), outside quotation marks, with no one said to say them: an embedded post, a
# reply under it, a reader's comment. A news sentence that gives them says who.
_OWN_WORDS = re.compile(
    r"(?<![\w@])(?:(\w+[ \t]+)?I(?![-‐–]\w)|I['’](?:m|ve|d|ll)|me|My(?![ \t]+[A-Z])|my|[Mm]yself)\b"
    r"|(?<!\w)@\w{1,15}\b"
)
# "We", "us", "our" ... (not in a title: "Our Lady of Lourdes", "We Own This City", "Save
# our Seas"; "US" is no "us"): a people's or a company's own words when no one is said to
# say them (an embedded post as a page prints it: a trial's "Once we have protections in
# place we expect the apps to be back on the App Store.", its speaker named by three outlets).
_OUR_WORDS = re.compile(r"(?<![\w@])(?:[Ww]e|us|[Oo]urs?|[Oo]urselves)\b(?![ \t]+[A-Z])")
# ... said by someone, by a verb a people or a company says with ("Iran warned", "Huawei
# claimed"), or a name before a colon: one to five capitalised words ("Macron: We are at
# war", "Prime Minister Theresa May: We will"), not a page's label ("Editor's note: We have
# updated this story", "UPDATE: We are no longer ...", "Read more: our": the review's;
# "Clarification: We have changed", "Disclosure: We own shares": a later review's).
_SPOKE = re.compile(
    r"\b(?i:warned|vowed|stated|declared|claimed|acknowledged|responded|pledged|announced"
    r"|noted|remarked|argued|promised|conceded|admitted|urged|stressed)\b"
    r"|^(?![^:\n]*\b(?i:notes?|update[ds]?|corrections?|clarifications?|disclosures?"
    r"|disclaimer|editor\w*|warning|more|watch|related|videos?|photos?|advertisement|sponsored"
    r"|paid|promoted|partner|breaking|live|exclusive|opinion|analysis|explainer|comment"
    r"|statement|transcript|view|letters?|review)\b)"
    r"[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|de|der|den|van|von|du|da|dos|di|al|bin|el|la|le))"
    r"{0,4}:[ \t]"
)
# Three words or more in capitals after a lower-case word, outside quotation marks: a
# graphic's labels or a related story's kicker run into the text ("Direction of concert
# venue MANDALAY BAY RESORT AND CASINO Hallway Stairs ...": a trial's key point; "scientists
# say MOVE TO MARS? Nasa finds ..."), which prose never writes (a lead-in opens a sentence).
_CAPITALS_RUN = re.compile(r"(?<=[a-z,][ \t])(?:[A-Z][A-Z'’&.-]+[ \t]+){2,}[A-Z][A-Z'’&.-]+\b")
# Words in straight single quotes ("'We will appeal,' the lawyer said"), not an apostrophe.
_SINGLE_QUOTED = re.compile(r"(?<!\w)'(?:[^'\n]|'(?=\w))+'(?!\w)")  # ("I'M" inside)
# Nouns a roman numeral numbers: "phase I trial", "stage I cancer", "Title I funds".
_NUMBERED = frozenset(
    "phase stage type class grade level part chapter title act category tier schedule round "
    "section article volume book division league war".split()
)
# Who is said to have said a sentence's words: a verb of speech that reports (not "say",
# "warned", "reported", which someone's own words use: "I can't say I'm surprised", "I
# warned about this for years!"), or "according to".
_SAID = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|posted|tweeted|added|asked|explained|insisted"
    r"|recalled|recalls|replied|according to)\b",
    re.IGNORECASE,
)
# Words that open a sentence before its "I": not a name a numeral follows ("Elizabeth I").
_OPENERS = frozenset(
    "when while if as because since after before then now today yesterday tonight so and but "
    "or here there sometimes honestly also still yes no well maybe perhaps once last this that "
    "what how where why who until unless though although even just actually again first "
    "finally oh ok okay thanks hey hi please sorry lol".split()
)
# The rest of a sentence the splitter cut: "and we are turning around because ...", "in Las
# Vegas on Saturday, Nov. 11, 2017." (a sentence opens on a capital, a name's particle
# aside: "de Blasio said", "al-Assad's forces").
_CONTINUES = re.compile(
    r"^(?:and|but|or|so|because|which|who|whom|while|than)\b"
    r"|^(?!(?:de|van|von|der|den|ter|ten|op|zu|al|el|da|das|do|dos|del|della|di|du|le|la"
    r"|bin|ibn|ben|mac)\b)[a-z]+\b(?![-‐'’.]|[A-Z])"
)
# Quotations in single marks, as British outlets write them: one opened ("'They keep saying
# ...") and one closed after its words' end ("... another,' Musk posted.").
_OPENS_SINGLE = re.compile(r"(?:^|(?<=\s))['‘](?=\w)")
_CLOSES_SINGLE = re.compile(r"[\w,.!?…]['’](?=[\s,.;:!?)]|$)")
_ENDS_SINGLE = re.compile(r"[,.!?…]['’](?=\s|$)")


# A sentence that opens by pointing back at the one before: "Which is where Pixel Visual Core
# comes in.", "That's change even this south Sider can believe in.", "And we need to see more".
_REFERS_BACK = re.compile(
    r"^(?:Which|What['’]s more|What is more|And|Or|So|Also|That['’]s|That is|This is)\b"
    # "Rather the second stage will ...": instead of what the sentence before said.
    r"|^Rather(?:,|[ \t]+(?:the|a|an|it|he|she|they|we|this|that)\b)"
    # A time counted from what came before: "Only days later, that optimism seemed
    # premature", "Hours later,", "Shortly after,", "Later,".
    r"|^(?i:(?:only\s+|just\s+)?(?:(?:a|an|one|two|three|four|five|few|several|some)\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|moments?)\s+later\b)"
    r"|^(?:Shortly|Soon|Right|Just)\s+after(?:wards?)?\s*,|^(?:Later|Then|Afterwards|Still"
    r"|However|Instead|Even so|In response|As a result|Despite (?:this|that))\s*,"
    # A connective that goes on from it: "But Kim's tests have tailed off", "On top of
    # this, other users ...", "There, he killed ...", "Eventually, two officers ...".
    r"|^But\s|^Yet\s(?!(?:another|more|again)\b)"
    r"|^(?:On top of|Apart from|Because of|In spite of) (?:this|that|these|those|it)\b"
    r"|^(?:There|Eventually|Moreover|Furthermore|Additionally|In addition|Besides"
    r"|Nevertheless|Nonetheless|Otherwise|By then|At that point|In turn|Even then|Afterward"
    r"|Consequently|Therefore|Similarly|Likewise|For instance|For example|In fact|Indeed"
    r"|After all|In other words|By contrast|In contrast|On the other hand)\s*,"
    # A writer's or speaker's answer to what came before: "Well, that's great, assuming
    # it's true." (a trial's key point), "Yes, ...", "OK, ...".
    r"|^(?:Well|Oh|Yes|Okay|OK|Sure)\s*,"
    # Someone named before, by a description or a possessive: "The 37-year-old Finnish
    # driver lost control", "The teenager was ...", "Her father Bassem has said" (a trial's).
    r"|^The\s+\d{1,3}-year-old\s+(?:[A-Za-z-]+\s+)?(?:was|is|has|had|said|says|told|who"
    r"|driver|player|star|singer|actor|actress|man|woman|boy|girl|mother|father|son"
    r"|daughter|suspect|victim|officer|pilot|champion|striker|rapper|model|veteran|coach)\b"
    r"|^The\s+(?:teenager|youngster|pair|duo|trio)\b"
    r"|^(?:His|Her|Their)\s(?!(?:Majesty|Holiness|Excellency|Royal|Highness)\b)"
    # What the sentence before named, taken up by "that", "these": "That optimism faded",
    # "These missiles can reach Guam" (not a time: "This week, ...", "That morning").
    r"|^(?:That|This|These|Those)\s+(?!(?:year|week|month|morning|afternoon|evening|night"
    r"|weekend|summer|winter|spring|autumn|fall|time|day|season)\b)[a-z]+\b(?!['’])"
)


# What someone says of what came before: "that" or "this" after a verb of saying, itself the
# subject of a verb ("Dale Robinson says that will allow ...", "He said this was the
# reason"; not "says that the ban will ...", where a subject follows the "that").
_SAYS_OF_IT = re.compile(
    r"\b(?:says?|said|adds?|added|explains?|explained|believes?|believed|thinks)"
    r"\s+(?:that|this)\s+(?:"
    + one_of([*AUXILIARIES, "means", "mean", "meant"])
    + r")(?![\w-])"  # (not "said that would-be attackers")
)


# Words said by someone the sentence does not name: "'The bird is flying around the
# cockpit,' he announced" (a trial's key point).
_SAID_BY_PRONOUN = re.compile(
    r"[,!?]['’”\"]\s+(?:he|she|they)\s+(?:said|says|added|adds|announced|told|wrote|explained"
    r"|continued|went on|recalled|tweeted|posted|remarked|noted|insisted)\b"
)


def stands_alone(sentence: str) -> bool:
    """Whether a sentence says something without the one before it (a key point is read on
    its own)."""
    text = sentence.strip()
    return not (
        _REFERS_BACK.match(text) or _SAYS_OF_IT.search(text) or _SAID_BY_PRONOUN.search(text)
    )


def _own_words(text: str) -> bool:
    """Whether the text says "I", "me", "my" or a handle: not a roman numeral ("World War
    I", "Elizabeth I", "phase I trial", "I-95"), not a title's "My" ("My Lai")."""
    for found in _OWN_WORDS.finditer(text):
        before = found.group(1)
        if before is None:
            return True
        word = before.strip()
        if word.lower() in _NUMBERED:
            continue
        if not word[:1].isupper() or word.lower() in _OPENERS:
            return True  # "and I", "When I visited": who writes, not a numeral
    return False


# A full stop doubled ("Australian media said.. Read more at straitstimes.com": a feed's
# description, in trial F's key point); not an ellipsis.
_DOUBLED_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def as_printed(sentence: str) -> str:
    """A sentence as its news says it: without its dateline, its spacing made single."""
    return " ".join(without_dateline(sentence).split())


def as_said(sentence: str) -> str:
    """A sentence as a briefing says it: its spaces one each, a doubled full stop one."""
    return _DOUBLED_STOP.sub(".", " ".join(sentence.split()))


def is_statement(sentence: str) -> bool:
    """Whether a sentence states something whole, on its own: not cut off ("... including
    10 U.S...."), not a question, a link, someone's own words no one is said to have said
    ("I", "my", "we", a handle: an embedded post), what a site or a writer says to its reader
    ("this zipcode is not in our deliverable area", "if ... your screen, you're not
    alone"), what a programme says to its viewer ("Find out what ... has to say about
    it."), a graphic's labels in capitals run into it, a quotation without who said it, or
    a piece of a sentence or quotation the sentence splitter cut ("and we are turning
    around ..."; "There will never be a friendly solution ... if this
    continues to happen!”": its quotation marks do not pair up, also single ones: "'They
    keep saying ...", "... one way or another,' Musk posted.")."""
    text = sentence.strip()
    if _NOT_A_STATEMENT.search(text) or _CONTINUES.match(text) or is_page_furniture(text):
        return False
    if COPYRIGHT.match(text):  # the line under an agency's copy
        return False
    if CUT_SHORT.search(text):  # a feed's summary cut off: "... including 10 U.S...."
        return False
    outside = QUOTED.sub(" ", text)  # "“My son is safe,” his mother said" is reported
    if _own_words(outside) and not _SAID.search(outside):
        return False
    unquoted = _SINGLE_QUOTED.sub(" ", outside)
    if _CAPITALS_RUN.search(unquoted):
        return False
    if _OUR_WORDS.search(unquoted) and not (_SAID.search(outside) or _SPOKE.search(outside)):
        return False
    if _TO_THE_READER.search(outside) and not (_SAID.search(outside) or _ADVISED.search(outside)):
        return False  # "If ... your iPhone X screen, then you're not alone."
    opens = _OPENS_SINGLE.search(text)
    if opens is not None and opens.start() == 0 and not _CLOSES_SINGLE.search(text, 1):
        return False  # "'They keep saying the person had a United ticket.": goes on
    if opens is None and _ENDS_SINGLE.search(text):
        return False  # "Guaranteed to be exciting, one way or another,' Musk posted."
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def what_was_said(event: Event) -> str | None:
    """For "X said ..." with no other party, what was said rather than a bare "said": the
    sentence from the verb on ("said on Monday that there is ample opportunity ..."), or,
    when the words come before the verb ("..., the ministry said in a statement", and the
    verb goes on to say nothing), the whole sentence. Where it was said is no other party
    ("said on Instagram"), nor is when ("said Monday in an interview": the action, "said in
    an interview", is found by its verb)."""
    if not SAY_VERBS & set(event.action.lower().split()):
        return None
    if event.whom and not re.search(rf"\bon\s+{re.escape(event.whom)}\b", event.what):
        return None
    at = event.sentence.find(event.action)
    if at < 0:
        verb = re.search(rf"\b{re.escape(event.action.split()[0])}\b", event.sentence)
        if verb is None:
            return None
        at = verb.start()
    words = event.sentence[at:].split()
    # "“The horror ... hit France,” President François Hollande said in an address"
    speaker = len((event.who or "").split()) + SPEAKER_WORDS
    quoted = re.search(rf"[”\"],?(?:\s+\S+){{1,{speaker}}}\s*\Z", event.sentence[:at])
    if len(words) < MIN_QUOTE_WORDS or (quoted and not _SAYS_ON.search(event.sentence[at:])):
        # What was said is not in the sentence when before its verb come only the speaker's
        # name and title: "Trump tweeted on Saturday." (trial G); not "No deal yet,
        # Barnier said on Friday." (review K).
        before = event.sentence[:at].split()
        if (
            len(words) < MIN_QUOTE_WORDS
            and all(w[:1].isupper() for w in before)
            and not _QUOTE.search(event.sentence)
        ):
            return None
        words = event.sentence.split()
    return " ".join(words[:MAX_QUOTE_WORDS]) + ("…" if len(words) > MAX_QUOTE_WORDS else "")


_QUOTE = re.compile(r"[\"“”‘]|(?<!\w)['’]|['’](?!\w)")  # a quotation's mark, no apostrophe
# A sentence that a feed cut short: "Costa Rica plane crash kills 12, including 10 U.S...."
CUT_SHORT = re.compile(r"(?:\.\.\.|…)[\"'”’)]*$")
# The preposition a sentence puts before a place: "removes Telegram from the App Store"; of
# those the article's other sentences use, only ones that place the news ("a man from
# Beckenham" says where he lives).
_PLACE_PREPOSITIONS = ("in", "at", "near", "outside", "inside", "from", "off", "across")
_LOCATING = ("in", "at", "near", "outside", "inside")


def preposition(sentence: str, body: str, place: str) -> str:
    """How the event's sentence relates its action to `place`, else how the article does
    where it first names it, else "in"."""
    for text, prepositions in ((sentence, _PLACE_PREPOSITIONS), (body, _LOCATING)):
        found = re.search(
            rf"\b({'|'.join(prepositions)})\s+(?:the\s+)?{re.escape(place)}\b", text, re.I
        )
        if found:
            return found[1].lower()
    return "in"


def open_end(text: str) -> str:
    """A sentence without its final full stop, so more can follow: not an abbreviation's
    ("10 U.S.") or an ellipsis."""
    text = text.rstrip(":;, ")
    if text.endswith(".") and text.rsplit(" ", 1)[-1].count(".") == 1:
        return text[:-1]
    return text


def place_words(text: str, place: str, preposition_word: str) -> str:
    """What to add to `text` to say where: nothing when it names the place already, or
    another (`_PLACED`), the town when it names only the site ("... outside Trump Tower" and
    "Trump Tower, New York City": " in New York City"), else the preposition and the
    place."""
    parts = place.split(", ")
    missing = ", ".join(part for part in parts if part not in text)
    if not missing:
        return ""
    if parts[0] in text:
        return f" in {missing}"
    if len(missing) == len(place) and _PLACED.search(text):
        return ""  # another place said already: not "played in Sioux Falls in Memphis"
    return f" {preposition_word} {place_name(missing)}"


# A place a text says already: "in Sioux Falls", "at Interlagos" (trial E's timeline had
# "Trahson Burrell played in Sioux Falls in Memphis", of "played in Memphis's Christmas Day
# game in Sioux Falls"), "the resort island of Jeju" (trial G's "... hosted on the resort
# island of Jeju in Seoul").
_PLACED = re.compile(
    r"\b(?:in|at|near|outside)[ \t]+(?!the\b|(?i:"
    + WEEKDAY_PATTERN
    + "|"
    + MONTH_PATTERN
    + r")\b)[A-Z]|\b(?:island|city|town|village|province|region|county|district|port)[ \t]+of"
    r"[ \t]+[A-Z]"
)


def place_name(place: str) -> str:
    """A place as a sentence writes it: a dateline's "CAIRO" is Cairo (not "UK" or "NYC")."""
    return place.title() if place.isupper() and len(place) > 3 else place


# A preposition that ends an action whose other party is not known ("offers Olympics olive
# branch to"): the action alone would leave it hanging.
_HANGING = frozenset("to with from for of on at in into by against over".split())


def as_written(event: Event, entity: Entity | None) -> bool:
    """Whether the bottom line tells the event's sentence as the outlet wrote it, rather than
    rebuilding it from who did what, where: for a headline read as written or a short
    sentence (SHORT_SENTENCE words), when the subject is more than the actor (see
    `subject_is_more`), when the action ends on a verb whose news is the clause it takes
    ("Anne Hidalgo said", "Equifax has admitted"), when the sentence does not name the
    actor before the action (the lead gave it: "A small bird in Detroit managed to take over
    a Delta flight" is no flight taken over by Delta), or when the action would be left
    hanging on a preposition."""
    short = len(event.sentence.split()) <= SHORT_SENTENCE
    if event.kind == "headline" or short or subject_is_more(event, entity):
        return True
    words = event.action.split()
    if words and words[-1].lower() in CLAUSE_VERBS:
        return True
    at = event.sentence.find(f" {words[0]}") if words else -1
    before = event.sentence[: max(at, 0)]
    names = {event.who or "", *(entity.aliases if entity else ())} - {""}
    if not any(name in before for name in names):
        return True
    return event.whom is None and bool(words) and words[-1].lower() in _HANGING


def subject_is_more(event: Event, entity: Entity | None = None) -> bool:
    """Whether the words before the action name the actor with others ("Sarah Silverman and
    Michael Sheen", "Trump and Obama" of Donald Trump's `entity`), within what the subject
    is about ("The death toll from a Taliban suicide attack", "the coach for the Houston
    Astros": not "Taliban rose"), or, at most SUBJECT_WORDS of them, as a modifier ("Google
    employees")."""
    first = event.action.split()[0] if event.action.split() else ""
    at = event.sentence.find(f" {first}")
    if event.who is None or at < 0:
        return False
    subject = event.sentence[:at].strip(" ,")
    names = sorted({event.who, *(entity.aliases if entity else ())}, key=lambda n: (-len(n), n))
    who = next((name for name in names if name in subject), None)
    if who is None:
        return False
    # Its actor and others, wherever the clause starts: "..., but that Siemens and the
    # country's other big exporters are feeling the pinch" (not "Siemens are feeling").
    if re.match(r"\s*(?:and|or|&)\s", subject[subject.rfind(who) + len(who) :]):
        return True
    clause = subject.rsplit(", ", 1)[-1]  # (not a phrase before it: "After talks in Kabul,")
    # Where its name starts last: not an alias that holds a role before the name ("Security
    # Council of Russia Gen Nikolay Patrushev", whose "of" says nothing of the subject).
    starts = [
        found.start()
        for name in names
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", clause)
    ]  # (a name as a whole: not "Li" in "Libya")
    if starts and _ABOUT.search(clause[: max(starts)]):
        return True
    if len(subject.split()) > SUBJECT_WORDS:
        return False
    return (subject != who and not subject.endswith(who)) or " and " in subject
