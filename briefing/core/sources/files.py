"""Finding article files and reading them, one clear error per file that cannot be read."""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing.core.models import Article, IngestError
from briefing.core.sources.feeds import MalformedFeed, item_draft, parse_feed
from briefing.core.sources.readers import (
    Draft,
    finish,
    json_records,
    read_html,
    read_markdown,
    read_text,
)
from briefing.core.sources.text import ReadError, decode
from briefing.fileio import reason

Reader = Callable[[str, str], list[Draft]]
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}
RECORD_SUFFIXES = frozenset({".json", ".jsonl"})
FEED_SUFFIXES = frozenset({".rss", ".atom"})  # (and any other file that holds XML)
_HTML_SUFFIXES = frozenset({".html", ".htm"})  # (XHTML opens as XML does)
SUFFIXES = frozenset(READERS) | RECORD_SUFFIXES | FEED_SUFFIXES


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file found under the sources, with the stat data that tells whether it changed."""

    path: str
    size: int
    mtime_ns: int


def _stat_file(path: str) -> tuple[SourceFile, tuple[int, int]] | IngestError:
    """Stat one file: its SourceFile and (device, inode) identity, or why it cannot be read."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return IngestError(path, f"cannot read: {reason(exc)}")
    if stat.S_ISDIR(info.st_mode):
        return IngestError(path, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        return IngestError(path, "not a regular file")
    return SourceFile(path, info.st_size, info.st_mtime_ns), (info.st_dev, info.st_ino)


def _walk(folder: str, errors: list[IngestError]) -> Iterator[str]:
    """Article files under `folder`, sorted; hidden entries skipped, folder links not followed."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        errors.append(IngestError(folder, f"cannot read folder: {reason(exc)}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path, errors)
        elif os.path.splitext(entry.name)[1].lower() in SUFFIXES:
            yield entry.path


def discover(paths: Iterable[str | Path]) -> tuple[list[SourceFile], list[IngestError]]:
    """Expand files, folders (recursively) and globs into the files to read, in order.

    A file named twice, or reached twice (through a link, say), is read once.
    """
    found: list[SourceFile] = []
    errors: list[IngestError] = []
    seen: set[tuple[int, int]] = set()
    for given in paths:
        # Absolute paths: the cache knows a file by one name, whatever the working folder.
        text = os.path.abspath(os.path.expanduser(str(given)))
        if glob.has_magic(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                errors.append(IngestError(text, "no file matches this pattern"))
        else:
            matches = [text]
        for path in matches:
            if os.path.isdir(path):
                candidates: Iterable[str] = _walk(path, errors)
            elif os.path.lexists(path):
                candidates = [path]
            else:
                errors.append(IngestError(path, "no such file or folder"))
                continue
            for candidate in candidates:
                result = _stat_file(candidate)
                if isinstance(result, IngestError):
                    errors.append(result)
                elif result[1] not in seen:
                    seen.add(result[1])
                    found.append(result[0])
    return found, errors


def read_file(file: SourceFile, *, max_bytes: int) -> tuple[list[Article], list[IngestError]]:
    """Read every article in one file; each failure becomes one IngestError, the rest go on."""
    path = file.path
    if file.size > max_bytes:
        limit = max_bytes / 1_000_000
        return [], [
            IngestError(
                path,
                f"too large ({file.size / 1_000_000:.1f} MB, the limit is {limit:g} MB; "
                "raise max_file_mb in the config to read it)",
            )
        ]
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ReadError(f"grew past the size limit of {max_bytes / 1_000_000:g} MB")
        if not data.strip():
            raise ReadError("empty file")
        text = decode(data)
        if not text.strip():
            raise ReadError("empty file (only white space)")
    except ReadError as exc:
        return [], [IngestError(path, str(exc))]
    except OSError as exc:
        return [], [IngestError(path, f"cannot read: {reason(exc)}")]
    suffix = Path(path).suffix.lower()
    if suffix in RECORD_SUFFIXES:
        return _read_records(text, path)
    if suffix in FEED_SUFFIXES or (suffix not in _HTML_SUFFIXES and _XML.match(text)):
        return _read_feed(data, path)
    try:
        drafts = READERS.get(suffix, read_text)(text, path)
        return [finish(d) for d in drafts], []
    except ReadError as exc:
        return [], [IngestError(path, str(exc))]
    except Exception as exc:  # a third-party parser (trafilatura, lxml) failing on odd input
        return [], [IngestError(path, f"cannot parse: {type(exc).__name__}: {exc}")]


# How XML opens (past a byte order mark, comments and a doctype): a feed saved as a file
# (RSS, RDF, Atom), or other XML, no article's text.
_XML = re.compile(
    r"\A\ufeff?\s*(?:<\?xml\b|(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)\b)",
    re.IGNORECASE | re.DOTALL,
)


def _read_feed(data: bytes, path: str) -> tuple[list[Article], list[IngestError]]:
    """The items of a feed saved as a file, each from the feed's own words (nothing is
    fetched; `briefing sources add` follows a feed's links). A trial's `briefing brief
    feed.xml` read the XML as plain text: a briefing of "<?xml version=...", exit 0."""
    try:
        feed = parse_feed(data, path)
    except MalformedFeed as exc:
        return [], [IngestError(path, str(exc))]
    if feed is None:
        return [], [IngestError(path, "XML that holds no feed: not an article")]
    articles: list[Article] = []
    errors = [IngestError(path, flaw) for flaw in feed.flaws]
    for item in feed.items:
        try:
            articles.append(finish(item_draft(item, path)))
        except ReadError as exc:
            errors.append(IngestError(f"{path}: {item.link}", str(exc)))
    return articles, errors


def _read_records(text: str, path: str) -> tuple[list[Article], list[IngestError]]:
    """The records of a news-please file. Two records with one web address are one article
    (an article is its address): the later one, its newer version, is kept, and said."""
    found: dict[str, tuple[str, Article]] = {}
    errors: list[IngestError] = []
    try:
        for where, thunk in json_records(text, path):
            try:
                article = finish(thunk())
            except ReadError as exc:
                errors.append(IngestError(where, str(exc)))
                continue
            if article.id in found:
                earlier = found.pop(article.id)[0]
                errors.append(
                    IngestError(
                        where,
                        f"the same web address as {earlier} ({article.url}): one article, "
                        "read as this newer version",
                    )
                )
            found[article.id] = (where, article)
    except ReadError as exc:
        errors.append(IngestError(path, str(exc)))
    return [article for _, article in found.values()], _once_per_reason(errors, path)


SAID_RECORDS = 3  # records a grouped reason names before "and N more"


def _once_per_reason(errors: list[IngestError], path: str) -> list[IngestError]:
    """One line for the records of a file that fail for one reason, naming the first few
    ("a.json: 3 records (#1, #2, #3): expected a JSON object ..."): trial E's `[1, 2, 3]`
    was three lines, and a file of a thousand such records would be a thousand."""
    by_reason: dict[str, list[IngestError]] = {}
    for error in errors:
        by_reason.setdefault(error.reason, []).append(error)
    said: list[IngestError] = []
    for why, alike in by_reason.items():
        if len(alike) == 1:
            said += alike
            continue
        marks = [e.path.removeprefix(path) or e.path for e in alike]
        more = len(marks) - SAID_RECORDS
        names = ", ".join(marks[:SAID_RECORDS]) + (f" and {more} more" if more > 0 else "")
        said.append(IngestError(path, f"{len(alike)} records ({names}): {why}"))
    return said
