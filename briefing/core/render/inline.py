"""Article text as inline Markdown that shows it as written, escaped only where it must be.

A backslash goes before a character only when, left bare, it would change what a reader
sees under CommonMark as markdown-it-py parses it (the parser the app's Markdown widget
uses, "gfm-like", and plain "commonmark"): emphasis, code, links, HTML, entities, a block
opened at the start of a line. Ordinary punctuation stays bare ("U.N.", "3.5%",
"snake_case", "www.nytimes.com"); a web address a linkifier makes a link of is fine, as the
link shows the same text. The test is the parser itself: the text bare if it renders as
written, else every ASCII punctuation mark escaped, then each escape taken back that the
rendering does not need.

Web addresses are written as autolinks (`<https://...>`), file paths as code spans, so
either can be copied whole from the file.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Where a piece of text stands in a briefing: alone on a line, opening a list item or a
# numbered one, as a heading, and between other words.
_CONTEXTS = (("", ""), ("- ", ""), ("1. ", ""), ("# ", ""), ("x ", " x"))
_BLOCKS = {"paragraph_open", "inline", "paragraph_close", "heading_open", "heading_close"}
_LISTS = ("bullet_list_", "ordered_list_", "list_item_")
_INLINE = {"text", "link_open", "link_close"}
_MARKUP = {"strong_open", "strong_close", "code_inline"}
_PUNCTUATION = frozenset(string.punctuation)
# CommonMark's autolink: a scheme, a colon, then no space, "<", ">" or control character.
_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f\x7f]*")
_WEB = re.compile(r"https?://", re.IGNORECASE)


@lru_cache(maxsize=1)
def _parsers() -> tuple[MarkdownIt, ...]:
    return MarkdownIt("commonmark"), MarkdownIt("gfm-like")


def _shown(tokens: list[Token], *, markup: bool = False) -> str | None:
    """What a reader sees of one block of plain text, or None when the Markdown made
    anything else: structure, emphasis, code, HTML. A linkifier's links are plain text to a
    reader; with `markup`, so are bold, autolinks and code spans (a briefing's own)."""
    blocks = [t for t in tokens if not t.type.startswith(_LISTS)]
    if not all(t.type in _BLOCKS for t in blocks) or len(blocks) != 3:
        return None
    allowed = _INLINE | _MARKUP if markup else _INLINE
    children = blocks[1].children or []
    for child in children:
        if child.type not in allowed:
            return None
        if child.type == "link_open" and child.markup != "linkify" and not markup:
            return None
    return "".join(c.content for c in children if c.type in ("text", "code_inline"))


def _parsed(parser: MarkdownIt, markdown: str) -> list[Token] | None:
    """The tokens of `markdown`, or None where the parser fails on it (markdown-it-py's
    linkifier raises on some text, such as "a.com[//x.p://"): read as not plain text."""
    try:
        return parser.parse(markdown)
    except Exception:  # the parser's own failure, whatever its kind
        return None


def shows_as(markdown: str, text: str) -> bool:
    """Whether inline `markdown` shows exactly `text` wherever a briefing puts it."""
    for parser in _parsers():
        for before, after in _CONTEXTS:
            tokens = _parsed(parser, before + markdown + after)
            shown = None if tokens is None else _shown(tokens)
            if shown != (before + text + after if before == "x " else text):
                return False
    return True


def escape(text: str) -> str:
    """Inline Markdown that shows `text` literally, on one line (runs of white space are
    one space), with as few backslashes as the parser needs."""
    line = " ".join(text.split())
    if not _MARKS.intersection(line) and not _OPENING.match(line) and not _DECODED.search(line):
        return line  # nothing in it can make markup: no parse needed (most sentences)
    if shows_as(line, line):
        return line
    # The marks that can make markup, escaped; if that is not enough (rare), every ASCII
    # punctuation mark. Then each backslash the parser does not need is taken back, but
    # for at most MAX_TRIES marks (each try parses the text again): past that, the text
    # keeps a few more backslashes than it needs, which is still right.
    for marks in (_marks(line), {i for i, c in enumerate(line) if c in _PUNCTUATION}):
        chars = ["\\" + c if i in marks else c for i, c in enumerate(line)]
        if shows_as("".join(chars), line):
            break
    else:
        return "".join(chars)
    tried = sorted(marks, reverse=True)[:MAX_TRIES]
    # From the end: of a pair of marks that makes markup, the opening one keeps its
    # backslash ("\\*Breaking* news"), which reads best.
    for index in tried:
        chars[index] = line[index]
        if not shows_as("".join(chars), line):
            chars[index] = "\\" + line[index]
    return "".join(chars)


MAX_TRIES = 24
# What a linkifier shows decoded in a link it makes: percent-escapes and punycode
# ("http://%E2%80%AE@..." shows a right-to-left override, "xn--pypal-4ve.com" a Cyrillic
# "а"). Text holding them is parsed, and escaped where a link would show other text.
_DECODED = re.compile(r"%[0-9A-Fa-f]{2}|xn--", re.IGNORECASE)
# What can open or close markup anywhere in a line of text.
_MARKS = frozenset("\\`*_[]<>&~|#!")
_OPENING = re.compile(r"[-+=]|\d{1,9}[.)]")  # a list item or a numbered one, at the start


def _marks(line: str) -> set[int]:
    """Where the marks are that can make markup in `line`: anywhere, or opening it."""
    found = {i for i, c in enumerate(line) if c in _MARKS}
    opening = _OPENING.match(line)
    if opening:
        found.add(opening.end() - 1)
    return found


def link(url: str) -> str:
    """A web address as an autolink, `<https://...>`, copied whole (the characters an
    autolink cannot hold, a space or "<", percent-encoded, as a browser sends them); an
    address that cannot be one (no http or https) is escaped text."""
    return shown_link(url)[0]


def code(text: str) -> str:
    """Text as a code span (a file path): shown and copied as written, backticks and all."""
    line = " ".join(text.split())
    ticks = max((len(run) for run in re.findall(r"`+", line)), default=0) + 1
    fence = "`" * ticks
    pad = " " if line.startswith("`") or line.endswith("`") or not line.strip(" ") else ""
    return f"{fence}{pad}{line}{pad}{fence}"


def escape_all(text: str) -> str:
    """`text` with every ASCII punctuation mark escaped: literal next to anything."""
    return "".join("\\" + c if c in _PUNCTUATION else c for c in " ".join(text.split()))


# A piece of a line: article text (escaped as needed), or the briefing's own Markdown with
# what it shows: ("**Bottom line:** ", "Bottom line: ").
Part = str | tuple[str, str]


def line(*parts: Part) -> str:
    """One line of the briefing from its parts. Pieces of text escaped one by one can still
    make markup together (a backtick in a title and a code span after it): then the
    line's text is escaped whole."""
    markdown = "".join(escape(p) if isinstance(p, str) else p[0] for p in parts)
    shown = "".join(" ".join(p.split()) if isinstance(p, str) else p[1] for p in parts)
    if all(
        (tokens := _parsed(parser, markdown)) is not None and _shown(tokens, markup=True) == shown
        for parser in _parsers()
    ):
        return markdown
    return "".join(escape_all(p) if isinstance(p, str) else p[0] for p in parts)


def shown_link(url: str) -> tuple[str, str]:
    """A web address as a part of a line: its autolink (`link`) and the text a reader sees
    of it."""
    url = url.strip()
    encoded = re.sub(r"[\x00-\x20<>\x7f]", lambda c: f"%{ord(c.group()):02X}", url)
    # Only where a reader sees the address as written: a parser shows an autolink's text
    # decoded ("xn--pypal-4ve.com" as "pаypal.com" in Cyrillic, "%E2%80%AE" as a bidi
    # override), which would be a link of other words (a review's).
    shown = _parsers()[0].normalizeLinkText(encoded)
    if _WEB.match(encoded) and _AUTOLINK.fullmatch(encoded) and shown in (url, encoded):
        return f"<{encoded}>", shown
    return escape(url), " ".join(url.split())


# A web address in running text, after a space, without the punctuation that ends its
# sentence or clause (a closing bracket it opened stays: "https://.../wiki/Nice_(city)").
# Not one in brackets: "[Patrushev](http://evil.example)" in an article is no link of ours.
_IN_TEXT = re.compile(r"(?<!\S)https?://[^\s<>]*[^\s<>.,;:!?'\"”’)\]]", re.IGNORECASE)


def with_links(text: str) -> tuple[Part, ...]:
    """Text as parts of a line, each web address in it an autolink (`shown_link`)."""
    parts: list[Part] = []
    at = 0
    for found in _IN_TEXT.finditer(text):
        end = found.end()
        while text[end : end + 1] == ")" and text.count("(", found.start(), end) > text.count(
            ")", found.start(), end
        ):
            end += 1
        written, shown = shown_link(text[found.start() : end])
        before = text[at : found.start()]
        # The spaces around it belong to the link's part: a piece of text loses its own.
        space = " " if before[-1:].isspace() else ""
        if parts and not before.strip():  # two addresses a space apart: that space once
            before = space = ""
        after = " " if text[end : end + 1].isspace() else ""
        parts += [before, (f"{space}{written}{after}", f"{space}{shown}{after}")]
        at = end
    return (*parts, text[at:]) if parts else (text,)


def shown_code(text: str) -> tuple[str, str]:
    """A file path as a part of a line: its code span and the text a reader sees of it."""
    return code(text), " ".join(text.split())
