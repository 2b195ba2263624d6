r"""Markdown out of a Briefing: one renderer, which the app shows and export saves.

Text that comes from articles is escaped so it can never make Markdown structure, links or
HTML, and stays readable as a file: line breaks become spaces, and a backslash goes before
each character that could start markup (emphasis, code, links, HTML, entities, tables,
strikethrough), before what would open a block at the start of the text ("- ", "1. "), and
inside what a linkifier would make a link ("http:/\/", "www\.example\.com", "a\@b").
Commas, hyphens and the other punctuation of ordinary prose are left alone. Citations are
`[n]`, numbering the Sources list.
"""

from __future__ import annotations

import datetime as dt
import re

from briefing.core.models import Briefing, Dated, Point
from briefing.core.when import long_date

# Markup anywhere; what a linkifier reads as a domain, a URL or an address: a dot before a
# letter or after "www", the second slash of "//", "@".
_MARKUP = re.compile(r"[\\`*_\[\]<>&~|#@]|\.(?=[^\W\d_])|(?<=www)\.|(?<=/)/", re.IGNORECASE)
# What opens a block at the start of a line: a list item, a numbered one.
_BLOCK_START = re.compile(r"\A(?:([-+=])|(\d{1,9})([.)]))")


def escape(text: str) -> str:
    """Inline Markdown text that shows `text` literally, on one line."""
    line = _MARKUP.sub(lambda m: "\\" + m.group(0), " ".join(text.split()))
    return _BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", line)


def cite(numbers: tuple[int, ...]) -> str:
    """Citations: [1][2]. They stay text: no reference definition is ever written (article
    text cannot make one, its brackets are escaped)."""
    return "".join(f"[{n}]" for n in numbers)


def _point(point: Point) -> str:
    return f"{escape(point.text)} {cite(point.citations)}".rstrip()


def _month(value: str) -> str:
    """ "2021-09-08" as "September 2021"."""
    return long_date(value).split(" ", 1)[1]


def _when(entry: Dated) -> str:
    if entry.granularity == "day":
        return long_date(entry.date)
    if entry.granularity == "month":
        return _month(entry.date)
    if entry.granularity == "year":
        return entry.date[:4]
    if entry.end:
        # A long stretch is said as loosely as its wording ("the past 40 years": 1981 to
        # 2021), not to the day.
        days = (dt.date.fromisoformat(entry.end) - dt.date.fromisoformat(entry.date)).days
        if days > 366:
            return f"{entry.date[:4]} to {entry.end[:4]}"
        if days > 62:
            return f"{_month(entry.date)} to {_month(entry.end)}"
        return f"{long_date(entry.date)} to {long_date(entry.end)}"
    return long_date(entry.date)


def render_briefing(briefing: Briefing) -> str:
    """The briefing as CommonMark text."""
    lines = [f"# {escape(briefing.title)}", ""]
    if briefing.bottom_line:
        lines += [f"**Bottom line:** {_point(briefing.bottom_line)}", ""]
    if briefing.key_points:
        lines += ["## Key points", ""]
        lines += [f"- {_point(p)}" for p in briefing.key_points]
        lines.append("")
    if briefing.actors:
        lines += ["## Key actors", ""]
        for a in briefing.actors:
            role = f", {escape(a.role)}" if a.role else ""
            times = f"{a.mentions} mention{'s' if a.mentions != 1 else ''}"
            where = f"{a.articles} article{'s' if a.articles != 1 else ''}"
            lines.append(f"- **{escape(a.name)}** ({a.label}{role}): {times} in {where}")
        lines.append("")
    if briefing.timeline:
        lines += ["## Timeline", ""]
        lines += [
            f"- **{_when(e)}**: {escape(e.text)} {cite(e.citations)}" for e in briefing.timeline
        ]
        lines.append("")
    if briefing.changes:
        lines += ["## What changed", ""]
        lines += [
            f"- **{long_date(e.date)}**: {escape(e.text)} {cite(e.citations)}"
            for e in briefing.changes
        ]
        lines.append("")
    lines += ["## Sources", ""]
    for s in briefing.sources:
        parts = [s.date or "undated", escape(s.title)]
        if s.source:
            parts.append(escape(s.source))
        parts.append(escape(s.url or s.path))
        lines.append(f"{s.number}. " + " — ".join(parts))
    return "\n".join(lines).rstrip() + "\n"
