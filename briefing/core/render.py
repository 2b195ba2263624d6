"""Markdown out of core data: one renderer, which the app shows and export saves.

Text that comes from articles is escaped so it can never make Markdown structure, links or
HTML: every ASCII punctuation character is backslash-escaped (CommonMark allows that for all
of them) and line breaks become spaces.
"""

from __future__ import annotations

import re

from briefing.core.overview import Overview
from briefing.core.resolve import Entity

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def escape(text: str) -> str:
    """Inline Markdown text that shows `text` literally, on one line."""
    return _PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


def _tallies(rows: tuple[Entity, ...], heading: str) -> list[str]:
    if not rows:
        return []
    lines = [f"## {heading}", ""]
    for e in rows:
        count = len(e.articles)
        where = f"{count} article{'s' if count != 1 else ''}"
        said = f"{e.mentions} mention{'s' if e.mentions != 1 else ''}"
        role = f", {escape(e.role)}" if e.role else ""
        lines.append(f"- **{escape(e.name)}** ({e.label}{role}): {said} in {where}")
    return [*lines, ""]


def render_overview(overview: Overview) -> str:
    """The overview as CommonMark text."""
    count = len(overview.sources)
    span = ""
    if overview.first_date:
        span = (
            f", {overview.first_date}"
            if overview.first_date == overview.last_date
            else f", {overview.first_date} to {overview.last_date}"
        )
    lines = [
        f"# {escape(overview.title)}",
        "",
        f"{count} article{'s' if count != 1 else ''}{span}.",
        "",
    ]
    lines += _tallies(overview.actors, "Key actors")
    lines += _tallies(overview.places, "Places")
    lines += ["## Sources", ""]
    for ref in overview.sources:
        parts = [ref.date or "undated", escape(ref.title)]
        if ref.source:
            parts.append(escape(ref.source))
        parts.append(escape(ref.location))
        lines.append(f"{ref.number}\\. " + " — ".join(parts) + "  ")
    return "\n".join(lines).rstrip() + "\n"
