"""Who reports, wrote or pictured the news rather than acts in it: an outlet ("The Telegraph
reported", "according to Reuters"), an agency after a dateline ("(Reuters) -"), a byline,
a picture's or a video's credit ("Kim Kyung Hoon / Reuters", "REUTERS/Issei Kato", "(...
via AP)"), a list of sources. Pure functions of an article's text and a name's place in it;
core/extract/facts.py counts them per entity, main_event.py and events.py ask per mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Who reports or wrote the news, not who it is about: "The Telegraph reported", "according to
# Reuters", "he told AFP", "cited by Reuters", "(Reuters) -" after a dateline, a byline, a
# picture's "Kim Kyung Hoon / Reuters", "REUTERS/Issei Kato", "via AP".
_REPORTED = re.compile(r",?[ \t]+(?:has[ \t]+|had[ \t]+)?(?:reported|reports)\b")
_FILED = re.compile(r"\)[ \t]*(?:-|–|—)")
_REPORTED_TO = re.compile(
    r"(?:\baccording[ \t]+to|\btold|\b(?:cited|seen|quoted)[ \t]+by|(?:^|[ \t])/"
    r"|\bcopyright[ \t]+(?:©[ \t]*)?\d{4}|©[ \t]*\d{4}"  # "Copyright 2018 The Associated Press"
    r"|\bemailed[ \t]+to"
    # "in a statement given to The Loop" (a trial's key actors had "Loop"); not "a joint
    # statement with Japan", and a bare "statement to" only an outlet (`_INTERVIEWED`).
    r"|\bstatements?[ \t]+(?:given|sent|provided|emailed)[ \t]+to"
    r"|\binterviews?[ \t]+(?:given|granted)[ \t]+to)"
    r"[ \t]*(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)
# Phrases that credit a picture or a video: "(... via AP)", "KCNA via REUTERS", "Video
# provided by Reuters", "In this photo provided by the Korean Central News Agency, Kim ...",
# "Video courtesy of CNN."; where the credit closes, or of a name in capitals after "via":
# not "via Turkey", "courtesy of Messi after the break".
_VIA = re.compile(r"\bvia[ \t]*(?:the[ \t]+)?\Z", re.IGNORECASE)
_CAPITALS_VIA = re.compile(r"\b[A-Z]{2,}[ \t]+via[ \t]+\Z")
_PICTURE_BEFORE = re.compile(
    r"\b(?:photos?|videos?|images?|pictures?|footage|handouts?)[ \t]+(?:was[ \t]+|were[ \t]+)?"
    r"(?:provided[ \t]+by|courtesy[ \t]+of)[ \t]*(?:the[ \t]+)?\Z",
    re.IGNORECASE,
)
_PROVIDED = re.compile(
    r"(?:\bprovided[ \t]+by|\bcourtesy[ \t]+of)[ \t]*(?:the[ \t]+)?\Z", re.IGNORECASE
)
# Who was interviewed: "speaks to the Associated Press", "spoke to the Times of Israel",
# "said in a statement to CNN", "in an interview with the BBC" (an outlet's name); not
# "spoke to the United Nations General Assembly", "Trump spoke to Xi", "lying in an
# interview with the FBI", "a statement to Congress" (the review's).
_INTERVIEWED = re.compile(
    r"\b(?:(?:spoke|speaks|speaking|talked|talking)[ \t]+to[ \t]+the|reported[ \t]+by"
    r"(?:[ \t]+the)?|statements?[ \t]+to(?:[ \t]+the)?|interviews?[ \t]+(?:to|with)"
    r"(?:[ \t]+the)?)[ \t]*\Z",
    re.IGNORECASE,
)
OUTLETS = (
    r"(?:Press|News|Times|Post|Journal|Telegraph|Guardian|Herald|Tribune|Gazette|Chronicle"
    r"|Mail|Express|Observer|Agency|Radio|Television|TV|BBC|CNN|AFP|AP|Reuters)"
)
# An outlet's name: ending on what it is, or "Times of Israel" (not "National Press Club").
_OUTLET_WORD = re.compile(r"\b" + OUTLETS + r"\Z|^(?:The[ \t]+)?" + OUTLETS + r"[ \t]+of\b")
# Where a credit closes after a name: more of it in capitalised words ("/File Photo", ",
# File", "Reuters Newslook", "via AP"), then a bracket or the line's end.
_CLOSES = re.compile(r"(?:[ \t]*+(?:[/,]|via\b)?[ \t]*+[A-Z][\w.'&-]*+)*+[ \t]*(?:[)\]]|\r?\n|\Z)")
# A credit phrase's close may also be its sentence's or clause's ("courtesy of CNN.").
_CLAUSE_CLOSES = re.compile(r"[ \t]*(?:[.,;](?:\s|\Z|[)\]])|[)\]]|\r?\n|\Z)")
# A credit run into the next: "AP:Associated Press" (not a ticker: "(NYSE:BA)", "NYSE:BRK.B");
# "The Associated Press contributed to this report"; "Associated Press writers Colleen Long
# and Doug Ferguson contributed" (not "Marvel writer Stan Lee died").
_CREDIT_PREFIX = re.compile(r"(?<![(\w])[A-Z]{2,}:\Z")
_TICKER = re.compile(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?\b")
_CREDIT_AFTER = re.compile(
    r":(?![A-Z]{1,5}(?:\.[A-Z]{1,2})?\b)[A-Z]"
    r"|[ \t]+contributed[ \t]+(?:reporting|to[ \t]+(?:this|the)[ \t]+(?:report|story|article))"
    r"|[ \t]+(?:staff[ \t]+)?writers?[ \t]+[A-Z][^.\n]{0,120}?\bcontributed\b"
)
# Where a caption's credit starts: a line, a bracket, after a sentence, a year or "Photo:"
# ("August 29, 2017. REUTERS/Issei Kato", "(Melina Mara/The Washington Post)").
_CREDIT_STARTS = re.compile(r"(?:^|[.:()]|\d)[ \t]*\Z", re.MULTILINE)
# The left part of a slash credit, from where the credit starts: capitalised words and
# slashes ("Ben Curtis/", "Hyung Min-woo/Yonhap/"), the slash last.
_SLASH_LEFT = re.compile(
    r"(?:^|[.:()]|\d)[ \t]*(?:[A-Z][\w.'-]*+[ \t]*/?[ \t]*)+?/[ \t]*(?:[Tt]he[ \t]+)?\Z",
    re.MULTILINE,
)
# A dateline's places after a slash: "TOKYO/SEOUL (Reuters) -", "SEOUL/WASHINGTON -".
_DATELINE_AFTER = re.compile(
    r"/[ \t]*[A-Z][A-Z.'’/]*(?:[ \t]+[A-Z][A-Z.'’/]*)*(?:[ \t]*\(|[ \t]+[-–—])"
)  # not a name's hyphen: "EPA/JEON HEON-KYUN", "NASA/JPL-Caltech"
# An outlet's own staff after its name: "NPR's White House correspondent Scott Horsley", "a
# BBC reporter", "CNN anchor Jake Tapper" (not "Trump's lawyer": a person has no reporter).
_STAFF_AFTER = re.compile(
    r"(?:['’]s)?[ \t]+(?:[A-Z][\w.-]*[ \t]+){0,3}?(?:correspondents?|reporters?|anchors?"
    r"|hosts?|columnists?|presenters?|news[ \t]+editors?)\b"
)
# A transcript's speaker label naming who presents the programme: "DAVID GREENE, HOST:",
# "ARI SHAPIRO, BYLINE:", "JAKE TAPPER, CNN ANCHOR:".
_PRESENTER_LABEL = re.compile(
    r",[ \t]*(?:[A-Z]+[ \t]+){0,3}(?:HOST|CO-HOST|ANCHOR|BYLINE|CORRESPONDENT|PRESENTER)[ \t]*:"
)
# ... and the name such a label opens a line with: "RENEE MONTAGNE, HOST:" (the model may
# not read it as a name, and the transcript goes on with "Good morning, Renee.").
_PRESENTER_LINE = re.compile(
    r"^[ \t]*((?:[A-Z][A-Z'’.-]*[ \t]+){0,3}[A-Z][A-Z'’.-]*)" + _PRESENTER_LABEL.pattern,
    re.MULTILINE,
)
# A presenter saying who they are, the name ending the sentence: "Good morning. I'm David
# Greene." (not "I'm with Trump on this").
_INTRODUCED = re.compile(r"(?:^|[.!?:][ \t]+)I['’]m[ \t]+\Z", re.MULTILINE)
_INTRODUCED_END = re.compile(r"[ \t]*[.,!]")
# At a line's start, or after the time a page gives ("Updated: 2016-07-15 13:14 By Agencies").
_BYLINE = re.compile(r"(?<![^\n\d])[ \t]*By[ \t]+\Z")


def reports(body: str, start: int, end: int) -> bool:
    """Whether the name written at `start:end` is who reports, wrote or pictured the news."""
    return (
        _REPORTED.match(body, end) is not None
        or _reported_to(body, start, end)
        or _in_sources(body, start, end)
        or (
            _CREDIT_PREFIX.search(body, max(0, start - 12), start) is not None
            and _TICKER.fullmatch(body, start, end) is None
        )
        or _CREDIT_AFTER.match(body, end) is not None
        or _STAFF_AFTER.match(body, end) is not None
        or _PRESENTER_LABEL.match(body, end) is not None
        or (
            _INTRODUCED.search(body, max(0, start - 8), start) is not None
            and _INTRODUCED_END.match(body, end) is not None
        )
        or _capitals_before_slash(body, start, end)
        or signs(body, start, end)
    )


def presenters(body: str) -> tuple[tuple[str, ...], ...]:
    """The names a transcript's label lines give who present it ("RENEE MONTAGNE, HOST:",
    "SORAYA SARHADDI NELSON, BYLINE:"), each as its words in lower case."""
    if ":" not in body:  # (no label line: no scan of the text)
        return ()
    return tuple(tuple(m[1].lower().split()) for m in _PRESENTER_LINE.finditer(body))


def presents(body: str, start: int, end: int, among: Sequence[Sequence[str]]) -> bool:
    """Whether the name written at `start:end` is one of these presenters' (`presenters`):
    the whole name, its first name alone, as they greet each other ("Good morning,
    Renee."), or its last two words or more ("NPR's Soraya Sarhaddi Nelson", the model's
    "Sarhaddi Nelson"); a bare surname only where the whole name is written ("That's NPR's
    Soraya Sarhaddi Nelson speaking", the model's "Nelson": a trial's key actor), not
    alone, another's too ("Kelly" beside "MARY LOUISE KELLY, HOST:" may be John Kelly)."""
    words = tuple(body[start:end].lower().split())
    if not words:
        return False
    written = body[max(0, start - 60) : end].lower().split()
    return any(
        words == tuple(full)
        or words == tuple(full[:1])
        or (len(words) >= 2 and words == tuple(full[-len(words) :]))
        or (len(full) >= 2 and tuple(written[-len(full) :]) == tuple(full))
        for full in among
    )


def _capitals_before_slash(body: str, start: int, end: int) -> bool:
    """A name in capitals that opens a slash credit, which closes or names a photographer:
    "REUTERS/Issei Kato", "KCNA/via REUTERS", "AFP/Getty Images", "REUTERS/STRINGER"; not a
    dateline's "TOKYO/SEOUL (Reuters) -", not "the NATO/Russia Council", "Talks ended.
    EU/UK negotiators met"."""
    return (
        body.startswith("/", end)
        and body[start:end].isupper()
        and _DATELINE_AFTER.match(body, end) is None
        and _CREDIT_STARTS.search(body, max(0, start - 12), start) is not None
        and (_CLOSES.match(body, end + 1) is not None or _NAMED.match(body, end + 1) is not None)
    )


# A photographer's name after a credit's slash, run into the text: "REUTERS/Issei Kato Loud".
_NAMED = re.compile(r"[ \t]*(?:via[ \t]+)?[A-Z][a-z][\w'-]*+[ \t]+[A-Z][a-z]")


# The last word of each phrase `_REPORTED_TO` and the credits read: a name after another
# word is not reported to, and the phrases are not looked for (a mention's hot path).
_REPORTED_TO_LAST = frozenset({"to", "told", "by", "via", "of", "with", "/"})


def _reported_to(body: str, start: int, end: int) -> bool:
    """Whether the words before the name at `start:end` say it is told, quoted or credited
    (`_REPORTED_TO`: "according to", "told", "Copyright 2018 The"; a picture's credit:
    "(... via AP)", "Ben Curtis/Associated Press"; an outlet interviewed)."""
    before = body[max(0, start - 24) : start]
    words = before.split()
    if words and (words[-1].lower() == "the" or words[-1].lower().endswith("/the")):
        words[-1] = words[-1][:-3]  # "Mara/The": "Mara/"
        if not words[-1]:
            words.pop()
    last = words[-1].lower().lstrip("([") if words else ""
    if last not in _REPORTED_TO_LAST and not last.isdigit() and not last.endswith("/"):
        return False
    if _REPORTED_TO.search(before) is not None:
        return True
    if before.rstrip().endswith("/") or before.endswith(("/The ", "/the ")):
        # "(Melina Mara/The Washington Post)": a credit from where a caption's starts to
        # where it closes; not "Apple/Samsung patent fight", "the New York/New Jersey region"
        return (
            _SLASH_LEFT.search(body, max(0, start - 60), start) is not None
            and _CLOSES.match(body, end) is not None
        )
    if _VIA.search(before) is not None:  # "KCNA via REUTERS North Korea fired ..."
        run_in = body[start:end].isupper() and _CAPITALS_VIA.search(before) is not None
        return run_in or _CLOSES.match(body, end) is not None
    if _PROVIDED.search(before) is not None:  # "Video courtesy of CNN." (not "... by Iran,")
        pictured = _PICTURE_BEFORE.search(body, max(0, start - 60), start) is not None
        closes = pictured and _CLAUSE_CLOSES.match(body, end) is not None
        return closes or _CLOSES.match(body, end) is not None
    return (
        _INTERVIEWED.search(before) is not None and _OUTLET_WORD.search(body[start:end]) is not None
    )


# A list of sources: "Sources: Automotive News, Reuters, Der Spiegel", "Source: NOAA", at a
# line's or a sentence's start.
_SOURCES_OPEN = re.compile(r"(?:^|[.!?][ \t]+)[ \t]*Sources?:[ \t]*", re.MULTILINE)
# A name that is a whole item of such a list: what follows it ends the item.
_ITEM_ENDS = re.compile(r"[ \t]*(?:[,;]|\.?[ \t]*(?:\r?\n|\Z)|[ \t]and\b)")


def _in_sources(body: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is an item of a list of sources ("Sources: Reuters,
    Bloomberg, company reports"): not "Resources:", not a headline's "Sources: LeBron James
    to sign" or "Sources: Trump Picks Pompeo"."""
    window = max(0, start - 120)
    if "ource" not in body[window:start]:
        return False  # the hot path: most names have no list before them
    opened = None
    for found in _SOURCES_OPEN.finditer(body, window, start):
        opened = found  # the last list opened before the name
    if opened is None or "\n" in body[opened.end() : start]:
        return False
    item = re.split(r"[,;]", body[opened.end() : start])[-1].strip()
    return item.lower() in ("", "and", "the", "and the") and _ITEM_ENDS.match(body, end) is not None


def signs(body: str, start: int, end: int) -> bool:
    """Whether the name written at `start:end` signs the text, and so does nothing in it: a
    byline ("By Agencies"; "killed ... By Agencies" is no deed of theirs), an agency after a
    dateline ("(Reuters) -")."""
    return _BYLINE.search(body, max(0, start - 12), start) is not None or (
        body[start - 1 : start] == "(" and _FILED.match(body, end) is not None
    )
