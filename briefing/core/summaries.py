"""What a listing shows of an article: its row, without the body. Apart from the other
models (core/models.py, which re-exports it) because the app's first paint needs this alone."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """The list data of an article, without its body: what a listing needs."""

    id: str
    path: str
    title: str
    date: str | None
    source: str
    url: str
    words: int


def at_file(stored: str, file: str) -> str:
    """An article's path as found in `file`: its stored path when that is in `file`
    ("file.jsonl#3" is in file.jsonl), else `file` itself (the cache kept the same text from
    another copy, whose path is not where these sources hold it)."""
    if stored == file or stored.rpartition("#")[0] == file:
        return stored
    return file
