"""Text clean-up shared by every reader: decoding, normalisation, credits, derived titles."""

from __future__ import annotations

import codecs
import re
import unicodedata

from briefing.core.sources.credits import (
    ASIDES,
    CAPTION_LINE,
    CREDIT_END,
    CREDIT_LINE,
    CREDIT_PAREN,
    PHOTO_CAPTION,
    REUTERS_CREDIT,
)
from briefing.core.vocab import DATELINE_STATE

# C0 and C1 controls except tab and newline, plus bidi overrides and isolates: they carry no
# meaning in an article and can spoof what a terminal shows. Also the invisible characters a
# web page leaves inside words (zero-width space, word joiner, byte-order mark, soft hyphen):
# "Morsi\u200b" would be another name than "Morsi". Joiners (U+200C, U+200D) are kept: emoji
# and some scripts need them.
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
# Lone surrogates cannot be encoded: JSON "\ud800" escapes produce them (found by fuzzing).
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")

# A web page's slideshow run into the text: numbered slides ("1/34 30 November 2017 A
# supporter of ...", "2/34 ..."), under a "34 show all UK news in pictures" header after the
# gallery's title. Three numbered slides in a row make a gallery; "4/4" alone may end a thread.
_SLIDE = re.compile(r"(\d{1,3})/(\d{1,3}) \S")
_SHOW_ALL = re.compile(r"(\d{1,3}) show all (.+)")
GALLERY_SLIDES = 3
# A newsletter sign-up form printed into the text, as outlets word it: "Enter your email
# address ... Email address is invalid ... register with your social account", "Invalid
# email address. Please re-enter. ... Thank you for subscribing", "Thank you for
# subscribing! Could not subscribe, try again later Invalid Email". Two of these phrases
# close together make a form (an article about email says one at most); the form's other
# words ("Please re-enter", "An error has occurred") only join the run.
_SIGN_UP = re.compile(
    r"\b(?:enter (?:your|an) email(?: address)?|invalid email(?: address)?"
    r"|email address is invalid|email cannot be used|thank you for subscribing"
    r"|could not subscribe|register with your social account"
    r"|select a newsletter|sign up for (?:our|the) newsletter)\b[.!]?",
    re.IGNORECASE,
)
# ... and what a form says right after one of them.
_FORM_TAIL = re.compile(
    r"[ \t]{0,2}(?:please re-enter|an error has occurred|(?:please )?try again(?: later)?"
    r"|try another|view all [\w' ]{1,40} newsletters)\b[.!]?",
    re.IGNORECASE,
)
# What a page prints between its paragraphs for its reader, run into the next sentence by
# the crawler: "Advertisement Continue reading the main story Newt Gingrich laments ...",
# "Newsletter Sign Up Continue reading the main story", a video player's "Full Screen
# Autoplay Close Skip Ad x".
_READ_ON = re.compile(
    r"(?m)(?:\b(?:Advertisement|Newsletter Sign Up)[ \t]+)?(?<![\"'“‘])\bContinue reading the main"
    r" story\b|(?:\b\d{1,3} of \d{1,3} )?\bFull Screen Autoplay Close Skip Ad x\b"
    # ... with the gallery it opens, to its "Wait 1 second to continue." (its title, "View
    # Photos", captions, credits), when it ends so before another gallery opens (the
    # review's: not the prose between a bare marker and a later gallery's end)
    r"(?:(?:(?!Full Screen Autoplay)[^\n]){0,1500}?\bWait 1 second to continue\.[ \t]*)?"
    # A video player's buttons: "Skip Ad Ad Loading... x Embed x Share" (a second trial's
    # key point opened on "Embed x Share Toblerone is facing ..."). The video's blurb after
    # them stays: on USA Today's pages it and the lead picture's caption tell the news's
    # day and place (taking them to the picture's credit cost fivew when 0.778 -> 0.741
    # and where 0.833 -> 0.792 on the report half).
    r"|(?:\bSkip Ad )?\bAd Loading\.\.\.(?: x)? Embed x Share\b[ \t]*"
    # A line that only marks where a picture, video or advertisement was ("Photo\nMore
    # than five years ago, Al Qaeda ...": no "Photo More than ...").
    r"|^(?:Photos?|Videos?|Image|Advertisement)[ \t]*$"
    # A line that holds a video playlist, run in by the crawler: each video's "Skip in Skip
    # x Embed x Share CLOSE", its title, length, blurb and day ("| 2:30 ... (Nov. 17) AP").
    r"|^[^\n]*\bSkip in Skip x Embed x Share CLOSE\b[^\n]*$"
)
_FORM_GAP = 200  # characters at most between two phrases of one form
_FORM_LEAD = 120  # a form this near a line's start takes what leads to it ("Subscribe")
# A sentence that ends already: "Is this Samsung's Galaxy S9?", "... a 'wolf moon'."
ENDED = re.compile(r"[.!?…][\"'”’)]*$")
QUESTION = re.compile(r"\?[\"'”’)]*\s*\Z")  # a sentence that asks: it tells no news
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")

TITLE_CHARS = 100


def is_caption(line: str, headline: str | None = None) -> bool:
    """Whether a line of a page is no sentence of its text: a picture's caption as agencies
    write them (`PHOTO_CAPTION`), or a line that does not end as a sentence and is not the
    page's headline (a caption, "Countries affected by the 2004 Indian Ocean tsunami"; a
    subheading; a related video's title)."""
    line = line.strip()
    if PHOTO_CAPTION.search(line) is not None:
        return True
    return ENDED.search(line) is None and line != (headline or "").strip()


class ReadError(Exception):
    """A file, or a record in it, cannot be read as an article; the message says why."""


def decode(data: bytes) -> str:
    """Decode file bytes: UTF-8 or UTF-16 by their BOM, else UTF-8, else Windows-1252 when
    it reads as mostly plain Latin letters (English news), else what charset-normalizer
    finds (UTF-16 without a BOM, KOI8-R, Shift-JIS ...), else Windows-1252/Latin-1.

    Raises:
        ReadError: The bytes are binary, not text.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise ReadError(f"not valid {codec.upper()} despite its byte-order mark") from None
    if b"\x00" in data[:65536]:
        # UTF-16 without its byte-order mark has a NUL in every other byte of ASCII text.
        wide = _detected(data, wide=True) if len(data) >= _DETECTABLE else None
        if wide is None:
            raise ReadError("binary file (it holds NUL bytes), not text")
        return _text_not_binary(wide)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _single_byte(data)
    return _text_not_binary(text)


# Of the letters of a Windows-1252 reading, the share that may be other than A-Z before the
# reading is doubted: even "Ångström in São Paulo" is under a fifth; KOI8-R Russian read as
# Windows-1252 is nearly all accented letters ("òÅÁÌÉÚÁÃÉÑ"), as no Russian letter is A-Z.
_FOREIGN_LETTERS = 0.5
# Bytes below which charset-normalizer's guess is no better than chance ("é" read as "Z").
_DETECTABLE = 64


def _single_byte(data: bytes) -> str:
    """Bytes that are not UTF-8: Windows-1252 when it reads as Latin text (most such news),
    else what charset-normalizer finds, else Windows-1252 or Latin-1 as they come."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # one of its five unused bytes: not Windows-1252
        text = None
    if text is not None:
        letters = [ch for ch in text[:65536] if ch.isalpha()]
        foreign = sum(1 for ch in letters if not ch.isascii())
        if foreign <= _FOREIGN_LETTERS * len(letters) or len(data) < _DETECTABLE:
            return text
    found = _detected(data, wide=False)
    if found is not None:
        return found
    return text if text is not None else data.decode("latin-1")


def _detected(data: bytes, *, wide: bool) -> str | None:
    """The text charset-normalizer reads the bytes as (only a UTF-16 or UTF-32 reading when
    `wide`), or None when it finds none."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or wide != best.encoding.startswith(("utf_16", "utf_32")):
        return None
    return str(best)


def _text_not_binary(text: str) -> str:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f")
    if controls > max(8, len(sample) // 100):
        raise ReadError("binary file (too many control characters), not text")
    return text


# What UTF-8 read as Windows-1252 leaves ("doesnâ€™t", "CafÃ©", "Â£5", "â‚¬", "Å‚"): a scraper's
# record written that way, in part or whole, is mended (ftfy) where it holds one.
_MOJIBAKE = re.compile("â€|â‚|â„|Ã|Â|Å[‚‘’“”¡¾]|Ä[±‡Ÿ]")


def normalise(text: str) -> str:
    """UTF-8 misread as Windows-1252 mended, NFC, plain newlines, no control characters,
    single spaces, at most one blank line."""
    if _MOJIBAKE.search(text):
        import ftfy  # (35 ms to import: only for the few texts that need it)

        text = ftfy.fix_encoding(text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text.replace("\f", "\n"))
    text = _SURROGATE.sub("\ufffd", text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def take_credits(text: str) -> tuple[str, tuple[str, ...]]:
    """Split credit lines off the body; return the body and the credits in reading order.
    Photo captions are left out."""
    text = _without_reuters_captions(ASIDES.sub("", _READ_ON.sub("", text)))
    text = CAPTION_LINE.sub("", _without_sign_up_forms(_without_galleries(text)))
    spans = sorted(
        (m.start(), m.end())
        for p in (CREDIT_PAREN, CREDIT_LINE, CREDIT_END)
        for m in p.finditer(text)
    )
    kept: list[str] = []
    credits: list[str] = []
    cursor = 0
    for start, end in spans:
        if start < cursor:  # overlaps a credit already taken
            continue
        kept.append(text[cursor:start])
        credits.append(text[start:end].strip())
        cursor = end
    kept.append(text[cursor:])
    return normalise("".join(kept)), tuple(dict.fromkeys(credits))  # each once


# Where a caption run on after the text starts: after a sentence's end, not after "Nov." or
# "U.S." (a caption writes its date "November 15, 2017" or "Nov. 15, 2017").
_CAPTION_START = re.compile(
    r"(?:(?<=[a-z]{3}[.!?])|(?<=\d{4}[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z])"
)


def _without_reuters_captions(text: str) -> str:
    """The text without the pictures' captions that end on a Reuters credit
    (`REUTERS_CREDIT`): the credit and the sentence before it, not the text a page ran
    into the same line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        credit = REUTERS_CREDIT.search(line)
        if credit is None:
            continue
        before = line[: credit.start()].rstrip()
        starts = [m.end() for m in _CAPTION_START.finditer(before, 0, max(len(before) - 1, 0))]
        lines[i] = before[: starts[-1]].rstrip() if starts else ""
    return "\n".join(lines)


def _without_sign_up_forms(text: str) -> str:
    """The text without the newsletter sign-up forms printed into it (see _SIGN_UP), with
    what leads into one near the start of its line ("ES News Email", "+ Subscribe"), back
    to the end of a sentence, and what it says right after ("Please try again later");
    the article's words around it stay."""
    runs: list[list[re.Match[str]]] = []
    for m in _SIGN_UP.finditer(text):
        last = runs[-1][-1] if runs else None
        between = text[last.end() : m.start()] if last is not None else "\n"
        if last is not None and len(between) <= _FORM_GAP and "\n" not in between:
            runs[-1].append(m)
        else:
            runs.append([m])
    kept, cursor = [], 0
    for run in runs:
        if len({m[0].lower().rstrip(".!") for m in run}) < 2:
            continue
        start, end = run[0].start(), run[-1].end()
        line_start = text.rfind("\n", 0, start) + 1
        if start - line_start <= _FORM_LEAD:  # from the end of the sentence before it
            ends = [
                e.end()
                for e in _SENTENCE_END.finditer(text, line_start, min(start + 2, len(text)))
                if e.end() <= start
            ]
            start = ends[-1] if ends else line_start
        while (tail := _FORM_TAIL.match(text, end)) is not None:
            end = tail.end()
        kept.append(text[cursor:start])
        cursor = end
    if not kept:
        return text
    return "".join([*kept, text[cursor:]])


def _without_galleries(text: str) -> str:
    """The text without the slideshows run into it (see _SLIDE), with their headers."""
    lines = text.split("\n")
    dropped: set[int] = set()
    i = 0
    while i < len(lines):
        first = _SLIDE.match(lines[i])
        if first is None:
            i += 1
            continue
        number, total = int(first[1]), first[2]
        run, j = [i], i + 1
        while j < len(lines):
            slide = _SLIDE.match(lines[j])
            if slide is not None and slide[2] == total and int(slide[1]) == number + 1:
                run.append(j)
                number += 1
            elif lines[j].strip():
                break
            j += 1
        if len(run) >= GALLERY_SLIDES:
            dropped.update(run)
            header = run[0] - 1
            show_all = _SHOW_ALL.fullmatch(lines[header]) if header >= 0 else None
            if show_all is not None and show_all[1] == total:
                dropped.add(header)
                if header > 0 and lines[header - 1].strip() == show_all[2].strip():
                    dropped.add(header - 1)
        i = j
    if not dropped:
        return text
    return "\n".join(line for n, line in enumerate(lines) if n not in dropped)


def first_sentence(text: str) -> str:
    """The first sentence of the first paragraph, by punctuation (no NLP needed)."""
    paragraph = text.strip().split("\n", 1)[0]
    return _SENTENCE_END.split(paragraph, maxsplit=1)[0].strip()


CUT = "…"  # ends a text `shorten` cut (such as a lead made a title)


def is_cut(title: str) -> bool:
    """Whether a title is cut short: ours ("…") or a site's ("...who punched...")."""
    return title.rstrip().endswith((CUT, "..."))


# Words that lead on to what follows them: a cut text does not end on one.
_LEADING_ON = frozenset(
    "a an the of in on at to and or but for by with from as into onto than that which who "
    "whose whom its their his her our your my".split()
)


def shorten(text: str, limit: int = TITLE_CHARS) -> str:
    """Cut `text` at a word boundary so it fits `limit` characters, marking the cut with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    words = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–—-").split(" ")
    # Not on a word that leads to the words cut ("...visiting India for…").
    while len(words) > 1 and words[-1].casefold() in _LEADING_ON:
        words.pop()
    return " ".join(words).rstrip(",;:–—-") + CUT


def looks_like_headline(line: str) -> bool:
    """Whether a first line reads as a headline: short, and not ending like a sentence."""
    line = line.strip()
    return 0 < len(line) <= 150 and len(line.split()) <= 20 and not line.endswith((".", ",", ":"))


# Words a Title Case headline leaves in lower case.
_SMALL_WORDS = frozenset(
    "a an the and but or nor for of in on at to by as with from into over".split()
)
_HEADLINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


# A kicker in capitals before a headline: "BREAKING NEWS: Chicago Cubs win the World Series"
# (four letters or more: "US:" says where).
_KICKER = re.compile(r"^[A-Z][A-Z0-9 '’&-]{3,30}:\s+(?=\S)")


def without_kicker(headline: str) -> str:
    """A headline without a kicker in capitals, when four words or more are left."""
    match = _KICKER.match(headline)
    if match is None or len(headline[match.end() :].split()) < 4:
        return headline
    return headline[match.end() :]


def is_title_case(text: str) -> bool:
    """Whether a headline capitalises its words ("Fans Are Outraged"): the case that tells a
    small model where names are is gone."""
    words = [w for w in _HEADLINE_WORD.findall(text) if w.lower() not in _SMALL_WORDS]
    lower = sum(not w[0].isupper() for w in words)
    # A sentence dense with names still writes its verbs and nouns in lower case.
    return len(words) >= 4 and lower <= len(words) // 10


# The line under an agency's copy, whichever site prints it: "Copyright 2018 The Associated
# Press. All rights reserved. ...", "© 2017 Reuters"; a year follows, or the notice's sign
# after "Copyright" ("Copyright ⓒ Entermedia.co.kr."); not "Copyright Office officials
# said", "(c) The agency shall".
COPYRIGHT = re.compile(
    r"^\W*(?:(?:[Cc]opyright\s*(?:[©ⓒ]\s*|\([Cc]\)\s*)?|[©ⓒ]\s*|\([Cc]\)\s*)(?:19|20)\d\d\b"
    r"|[Cc]opyright\s*(?:[©ⓒ]|\([Cc]\)))"
)


FOOTER_LINES = 2  # lines that may follow a page's copyright line in its footer
FOOTER_NOTICE = 40  # characters: a page's notice, not a picture's credit ("© 2017 Getty Images")


def copyright_lines(text: str, *, footer: bool = False) -> list[tuple[int, int]]:
    """Where the copyright lines of a text lie (start, end): no news, and shared by every
    article of an agency, they say nothing of which story an article tells. With `footer`,
    a page's notice among its last lines takes the lines after it ("Copyright © 2016 NPR.
    All rights reserved. ..." and "NPR transcripts are created on a rush deadline by
    Verb8tm, Inc., an NPR contractor ...")."""
    spans, start = [], 0
    lines = text.rstrip().split("\n")
    for number, line in enumerate(lines):
        if COPYRIGHT.match(line):
            last = (
                footer
                and len(lines) - 1 - number <= FOOTER_LINES
                and len(line.strip()) >= FOOTER_NOTICE
            )
            spans.append((start, len(text.rstrip()) if last else start + len(line)))
            if last:
                break
        start += len(line) + 1
    return spans


# A dateline before the news: "SEOUL/WASHINGTON (Reuters) - ", "NEW YORK — ", "LONDON (AP)
# -- ". Where a story was filed, not part of what it says.
_DATELINE_OPENING = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]*[A-Z.](?:\s*/\s*[A-Z][A-Z.'’ -]*[A-Z.])*"
    r"(?:" + DATELINE_STATE + ")?"  # its state or country: ", Costa Rica"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # its date: ", Nov 6"
    # Its agency, and a dash: "(Reuters) - ", "(Reuters)-"; "WASHINGTON—" (not "U.S.—China").
    r"(?:\s*\([A-Za-z .&'’-]{2,40}\)\s*(?:-{1,2}|–|—)\s*|\s*(?:-{1,2}|–|—)\s+"
    r"|(?<=[A-Z]{3})(?:—|–|--)\s*)"
    # A place in Title Case, or none, before its agency: "Washington (CNN) — ",
    # "(Bloomberg) -- " (a review's).
    r"|(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:" + DATELINE_STATE + r")?\s*)?"
    r"\([A-Z][A-Za-z .&'’-]{1,39}\)\s*(?:-{1,2}|–|—)\s*"
    # A place in Title Case, one word, and a spaced dash, no agency: "Brussels - ", "Kabul
    # — "; not a person's name ("Jeremy Corbyn – 'We will win'", "Boris Johnson – The
    # prime minister said": a review's), nor a name before an aside between two dashes
    # ("Harry Kane - England's captain - scored").
    r"|[A-Z][a-z][\w.'’-]*(?:" + DATELINE_STATE + r")?"
    r"\s+(?:-{1,2}|–|—)\s+(?![^\n]*?\s(?:-{1,2}|–|—)\s)"
    # An outlet in brackets, no dash ("(CNN) Residents ...", "(The Washington Post) The ...":
    # a credit run on); a related link's title in square ones ("[Tom Bell: Finally] They").
    r"|\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\)\s+|\[[^\[\]\n]{1,200}\]\s+)"
    r"(?=[A-Z“\"'‘0-9])"
)


def without_dateline(sentence: str) -> str:
    """The sentence without the dateline it opens with ("BEIRUT (Reuters) - Lebanon's army
    said ..." -> "Lebanon's army said ...")."""
    found = _DATELINE_OPENING.match(sentence)
    return sentence[found.end() :] if found else sentence
