"""Sources into the cache, for the facade (`Workspace.fetch`, `scan`, `analyse`,
`source_states`): fetching web sources into the data folder, finding the files and stored
pages the sources hold, reading those that changed since the cache saw them, and analysing
what the cache lacks."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.config import FETCH_KEYS
from briefing.core.sources.urls import is_url
from briefing.core.store.cache import FileEntry

# Readers and fetching are imported where they are used (a warm start needs none of them).
if TYPE_CHECKING:
    from briefing.core.models import Analysis, Article, IngestError
    from briefing.core.sources.files import SourceFile
    from briefing.core.workspace import Progress, Workspace


@dataclass(frozen=True, slots=True)
class Scan:
    """What a scan of the sources found."""

    ids: tuple[str, ...]
    todo: tuple[str, ...]
    errors: tuple[IngestError, ...]


def fetch(
    ws: Workspace, given: Sequence[str | Path] = (), progress: Progress | None = None
) -> list[IngestError]:
    """Fetch the sources that are web addresses (feeds: their new items; pages: if
    changed) into the pages store. The only step that uses the network.

    Returns:
        One error per source that failed, in whole or in part.
    """
    from briefing.core.sources.fetch import Fetcher, Settings
    from briefing.core.sources.live import refresh

    urls = [s for s in ws.sources(given) if is_url(s)]
    if not urls:
        return []
    wanted = {**FETCH_KEYS, **ws.config.fetch}
    fetcher = Fetcher(
        Settings(
            timeout_s=float(wanted["timeout_s"]),
            per_host_delay_s=float(wanted["per_host_delay_s"]),
            max_items_per_feed=int(wanted["max_items_per_feed"]),
            max_bytes=int(ws.config.max_file_mb * 1_000_000),
        )
    )
    try:  # each page is written as it comes: a run cut short keeps what it fetched
        return refresh(urls, ws.pages, fetcher, progress)
    finally:
        fetcher.close()


def roots(ws: Workspace, given: Sequence[str | Path]) -> list[str]:
    from briefing.core.sources.urls import canonical

    roots = []
    for source in ws.sources(given):
        if is_url(str(source)):
            roots.append(canonical(str(source)))
            continue
        path = os.path.abspath(os.path.expanduser(str(source)))
        if glob.has_magic(path):
            path = os.path.dirname(path.split("*")[0].split("?")[0].split("[")[0])
        roots.append(path)
    return roots


def source_states(ws: Workspace, sources: Sequence[str]) -> list[tuple[str, str]]:
    """Each source with what is stored of it: a path, a feed and its pages, a page and
    its versions, or a web address not fetched yet; and what went wrong with its last fetch."""
    from briefing.core.sources.urls import canonical

    states = []
    for source in sources:
        if not is_url(source):
            states.append((source, "files"))
            continue
        key = canonical(source)
        kind = ws.pages.kind(key)
        if kind == "feed":
            count = len(ws.pages.items(key))
            state = f"feed, {count} page{'s' if count != 1 else ''} stored"
        elif kind == "page":
            count = ws.pages.versions(key)
            state = f"page, {count} version{'s' if count != 1 else ''} stored"
        else:
            state = "not fetched yet"
        failure = ws.pages.failure(key)
        if failure:
            state += f"; its last fetch: {failure}"
        states.append((source, state))
    return states


def scan(ws: Workspace, given: Sequence[str | Path] = ()) -> Scan:
    """Read the sources (only files changed since the cache saw them); no NLP.

    Args:
        given: Files, folders or globs; empty means the configured sources or the seeds.

    Returns:
        The articles the sources hold, those still to analyse, and the files that failed.
    """
    from briefing.core.sources.files import discover
    from briefing.core.store.upkeep import note_scan

    sources = ws.sources(given)
    ws.found_in = {}
    files, errors = discover([s for s in sources if not is_url(s)])
    urls = [s for s in sources if is_url(s)]
    if urls:
        from briefing.core.sources.live import web_files

        web, failed = web_files(urls, ws.pages)
        files += web
        errors += failed
    known = ws.store.files()
    # Read state begins: what the cache held before counts as read (see store.reads).
    before = () if ws.reads.migrated else ws.store.article_ids()
    ids, ws.fresh = read_changed(ws, files, errors, known)
    note_scan(ws.store, roots(ws, given), {f.path for f in files}, known)
    ws.ids = list(dict.fromkeys(ids))
    ws.reads.arrive(ws.ids, before=before)
    done = ws.store.analysed_ids(ws.fingerprint)
    todo = tuple(i for i in ws.ids if i not in done)
    return Scan(ids=tuple(ws.ids), todo=todo, errors=tuple(errors))


def read_changed(
    ws: Workspace,
    files: list[SourceFile],
    errors: list[IngestError],
    known_files: dict[str, FileEntry],
) -> tuple[list[str], dict[str, Article]]:
    """Read the files that changed since the cache saw them; keep the rest as cached."""
    from briefing.core.sources.files import read_file
    from briefing.core.sources.live import read_web
    from briefing.core.sources.readers import READER_VERSION

    known_ids = ws.store.article_ids()
    max_bytes = int(ws.config.max_file_mb * 1_000_000)
    ids: list[str] = []
    fresh: dict[str, Article] = {}
    updates: list[tuple[SourceFile, list[str]]] = []
    dropped: list[str] = []
    for file in files:
        entry = known_files.get(file.path)
        if (
            _unchanged(entry, file, READER_VERSION)
            and entry is not None
            and known_ids.issuperset(entry.ids)
        ):
            ids += entry.ids
            if not is_url(file.path):
                for article_id in entry.ids:
                    ws.found_in.setdefault(article_id, file.path)
            continue
        if is_url(file.path):
            articles, failures = read_web(file, ws.pages)
        else:
            articles, failures = read_file(file, max_bytes=max_bytes)
        errors += failures
        if not articles:
            dropped.append(file.path)
            continue
        for article in articles:
            fresh.setdefault(article.id, article)
        file_ids = [a.id for a in articles]
        ids += file_ids
        if not is_url(file.path):  # (a feed's articles are at their pages' addresses)
            for article_id in file_ids:
                ws.found_in.setdefault(article_id, file.path)
        # A file with a bad record is read again next time, so its error shows again.
        if not failures:
            updates.append((file, file_ids))
    # An article known by its web address whose text changed: its new version replaces
    # the old one (same id), and is analysed again.
    changed = [
        a
        for i, a in fresh.items()
        if i in known_ids
        and (old := ws.store.article(i)) is not None
        and (old.title, old.date, old.body) != (a.title, a.date, a.body)
    ]
    if fresh or updates or dropped:
        with ws.store.transaction():
            ws.store.put_articles(a for i, a in fresh.items() if i not in known_ids)
            ws.store.replace_articles(changed)
            for file, file_ids in updates:
                ws.store.put_file(file, READER_VERSION, file_ids)
            for path in dropped:
                ws.store.forget_file(path)
    return ids, fresh


def _unchanged(entry: FileEntry | None, file: SourceFile, reader: int) -> bool:
    return (
        entry is not None
        and entry.size == file.size
        and entry.mtime_ns == file.mtime_ns
        and entry.reader == reader
    )


# Analyses are written in transactions of this many articles: a crash loses at most these.
WRITE_EVERY = 16


def analyse(ws: Workspace, todo: Sequence[str], progress: Progress | None = None) -> list[str]:
    """Analyse these articles with spaCy and cache the results, a few at a time; one notice
    per article analysed only in part (see `Workspace.analyse`)."""
    notices: list[str] = []
    if not todo:
        return notices
    articles = [ws.fresh.get(i) or ws.store.article(i) for i in todo]
    bodies = [a.body if a else "" for a in articles]
    dates = [a.date if a else None for a in articles]
    batch: list[tuple[str, Analysis]] = []
    if progress:
        progress(0, len(todo))
    for count, (article_id, analysis) in enumerate(
        zip(todo, ws.analyser.analyse(bodies, dates), strict=True), start=1
    ):
        batch.append((article_id, analysis))
        article = articles[count - 1]
        if analysis.analysed_chars is not None and article is not None:
            notices.append(
                f"{article.path}: {article.words:,} words; analysed the first "
                f"{ws.config.max_words:,} (max_words), the rest is shown unhighlighted"
            )
        if len(batch) >= WRITE_EVERY or count == len(todo):
            with ws.store.transaction():
                ws.store.put_analyses(ws.fingerprint, batch)
            batch = []
        if progress:
            progress(count, len(todo))
    return notices
