"""Saving a briefing: atomic, inside its folder, never over an existing file."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from briefing.fileio import write_atomic

SLUG_CHARS = 60


def slug(title: str) -> str:
    """A file-name-safe slug: lowercase ASCII letters, digits and single hyphens."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return words[:SLUG_CHARS].rstrip("-") or "briefing"


def save_new(folder: Path, date: str | None, title: str, text: str) -> Path:
    """Write `text` as `<folder>/<date>-<slug>.md`, or `-2`, `-3`... if that name is taken.

    Raises:
        OSError: The folder cannot be created or written.
    """
    stem = f"{date}-{slug(title)}" if date else slug(title)
    for n in range(1, 1000):
        path = folder / (f"{stem}.md" if n == 1 else f"{stem}-{n}.md")
        try:
            write_atomic(path, text, overwrite=False)
            return path
        except FileExistsError:
            continue
    raise OSError(f"{folder}: too many briefings named {stem}")
