"""Saving a briefing: atomic, inside its folder, never over an existing file."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from briefing.fileio import write_atomic

SLUG_CHARS = 60


def slug(title: str) -> str:
    """A file-name-safe slug: lowercase letters (accents off: "cafe"; other scripts kept:
    "путин-встретился-с-моди", "東京で地震"), digits and single hyphens, at most SLUG_CHARS
    long, cut between words ("...-tech-addiction", not "...-addiction-20" of
    "2018-01-08")."""
    kept: list[str] = []
    base = ""
    for c in unicodedata.normalize("NFKD", title):
        if unicodedata.category(c).startswith("M"):  # a mark: part of its letter's word
            if not base.isascii():  # ("é" is "e"; "й", "で", "मोदी" keep theirs)
                kept.append(c)
            continue
        base = c
        kept.append(c if c.isalnum() else "-")
    bare = unicodedata.normalize("NFC", "".join(kept)).lower()
    words = re.sub(r"-+", "-", bare).strip("-")
    if len(words) > SLUG_CHARS:
        cut = words[: SLUG_CHARS + 1]
        words = cut.rsplit("-", 1)[0] if "-" in cut else cut[:SLUG_CHARS]
    return words.rstrip("-") or "briefing"


# The dates a briefing's title ends on ("..., 2017-09-03 to 2017-09-05"): in the file, not
# in its name, which the app may offer before the briefing is told (a trial's `s` saved
# "...-debate-2019.md" while `ctrl+s` offered "...-debate.md").
_SPAN = re.compile(r",[ \t]*\d{4}-\d{2}-\d{2}(?:[ \t]+to[ \t]+\d{4}-\d{2}-\d{2})?[ \t]*\Z")


def file_name(date: str | None, title: str) -> str:
    """A briefing's file name, `<date>-<slug>.md`: the slug keeps it inside its folder."""
    name = slug(_SPAN.sub("", title) or title)
    return f"{date}-{name}.md" if date else f"{name}.md"


def in_folder(given: str | Path, name: str) -> Path:
    """Where a path the user gave saves: itself (`~` expanded), or `name` inside it when it
    names a folder (`names_folder`)."""
    path = Path(os.path.expanduser(str(given).strip()))  # ("~nobody/x" stays as written)
    return path / name if names_folder(given) else path


def names_folder(given: str | Path) -> bool:
    """Whether a path the user gave is a folder, or is written with a slash at its end
    ("briefings/": one to make)."""
    written = str(given).strip()
    return written.endswith(("/", os.sep)) or Path(os.path.expanduser(written)).is_dir()


def save_at(path: Path, text: str, *, force: bool = False) -> tuple[Path, bool]:
    """Write `text` at `path`; if it exists, at `<stem>-2<suffix>`, `-3`... unless `force`.
    A file among those that holds `text` already is where it is saved: no copy is written.

    Returns:
        The path, and whether it was written now.

    Raises:
        OSError: The folder cannot be created or written.
    """
    if force:
        write_atomic(path, text, overwrite=True)
        return path, True
    for candidate in _candidates(path):
        try:
            write_atomic(candidate, text, overwrite=False)
            return candidate, True
        except FileExistsError:
            if _holds(candidate, text):
                return candidate, False
            continue
    raise OSError(f"{path.parent}: too many files named {path.stem}")


def free(path: Path) -> Path:
    """`path`, or the first of `<stem>-2<suffix>`, `-3`... that does not exist."""
    return next((c for c in _candidates(path) if not c.exists()), path)


def _candidates(path: Path) -> Iterator[Path]:
    """`path`, then `<stem>-2<suffix>`, `-3`... (999 in all)."""
    yield path
    for n in range(2, 1000):
        yield path.with_name(f"{path.stem}-{n}{path.suffix}")


def _holds(path: Path, text: str) -> bool:
    """Whether the file at `path` holds exactly `text`."""
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False
