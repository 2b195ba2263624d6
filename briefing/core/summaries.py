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
