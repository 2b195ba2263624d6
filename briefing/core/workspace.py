"""The facade both front ends use: sources in, cached articles and analyses out.

`sync` brings the cache up to date with the sources (reading only changed files, analysing
only articles without an analysis for the current pipeline) and remembers which articles the
sources hold; `articles`, `article` and `analysis` then read from the cache.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import paths
from briefing.config import Config
from briefing.core import intake
from briefing.core.analysis.pipeline import fingerprint
from briefing.core.intake import Scan
from briefing.core.saving import Saving
from briefing.core.sources.urls import is_url
from briefing.core.sources.urls import problem as url_problem
from briefing.core.store.cache import Store, newest_first
from briefing.core.summaries import at_file

__all__ = ["Scan", "Workspace", "is_url", "url_problem"]

# Readers, extractors, the briefing and the models are imported where they are used: a warm
# start that only lists the cache needs none of them, and the app's first paint waits for
# every import.
if TYPE_CHECKING:
    from briefing.core.analysis.analyser import Analyser
    from briefing.core.models import (
        Analysis,
        Article,
        ArticleSummary,
        Briefing,
        Digest,
        Entity,
        Event,
        Facts,
        IngestError,
        Resolution,
        Story,
        SyncReport,
    )
    from briefing.core.store.pages import PageStore
    from briefing.core.store.reads import ReadState
    from briefing.core.store.upkeep import CacheInfo, Pruned

Progress = Callable[[int, int], None]


class Workspace(Saving):
    """One cache and one pipeline, shared by the CLI and the app."""

    def __init__(
        self, config: Config, *, cache_dir: Path | None = None, data_dir: Path | None = None
    ) -> None:
        self.config = config
        self.cache_dir = cache_dir or (
            Path(config.cache_dir) if config.cache_dir else paths.default_cache_dir()
        )
        env = os.environ.get(paths.DATA_ENV)
        self.data_dir = (
            data_dir
            or (Path(env).expanduser() if env else None)
            or (Path(config.data_dir) if config.data_dir else paths.default_data_dir())
        )
        self.store = Store.open(self.cache_dir)
        # Things the user should hear about that are not errors (a damaged cache replaced).
        self.notices: list[str] = [self.store.notice] if self.store.notice else []
        self.fingerprint = fingerprint(config.pipeline, max_words=config.max_words)
        self.ids: list[str] = []
        # What the last scan read afresh (analysed from memory, not the cache), and the file
        # it found each article in (see `intake.read_changed`).
        self.fresh: dict[str, Article] = {}
        self.found_in: dict[str, str] = {}

    @cached_property
    def analyser(self) -> Analyser:
        """The spaCy step (spaCy itself loads on first use)."""
        from briefing.core.analysis.analyser import Analyser

        config = self.config
        return Analyser(
            config.pipeline,
            batch_size=config.batch_size,
            processes=config.processes,
            max_words=config.max_words,
        )

    def twin(self) -> Workspace:
        """Another workspace on the same cache and data folder, with its own connections
        (for another thread), that knows where this one's scan found each article."""
        other = Workspace(self.config, cache_dir=self.cache_dir, data_dir=self.data_dir)
        other.found_in = self.found_in  # (shared: a scan fills a new dict of its own)
        return other

    @cached_property
    def pages(self) -> PageStore:
        """The fetched feeds and pages (opened when a source is a web address)."""
        from briefing.core.store.pages import PageStore

        return PageStore.open(self.data_dir)

    @cached_property
    def reads(self) -> ReadState:
        """Which articles are read, in the data folder."""
        from briefing.core.store.reads import ReadState

        return ReadState.open(self.data_dir)

    def close(self) -> None:
        """Close the cache (and the data folder's file, if opened)."""
        self.store.close()
        for name in ("pages", "reads"):
            if name in vars(self):
                getattr(self, name).close()

    def unread(self, ids: Sequence[str]) -> set[str]:
        """Which of these articles are unread."""
        return self.reads.unread(ids)

    def mark_read(self, ids: Sequence[str], *, read: bool = True) -> None:
        """Mark these articles read (or unread)."""
        self.reads.mark(ids, read=read)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sources(self, given: Sequence[str | Path] = ()) -> list[str]:
        """What to read: the paths given, else the configured sources, else the seeds."""
        if given:
            return [str(p) for p in given]
        if self.config.sources:
            return list(self.config.sources)
        return [str(paths.seeds_dir())]

    def cached(self, given: Sequence[str | Path] = ()) -> list[ArticleSummary]:
        """What the cache held for these sources at the last scan, without reading any file.

        Lets a front end show the list at once and scan in the background. Globs are
        matched by their folder (the scan that follows keeps only true matches).
        """
        summaries = self.store.summaries_under(self._roots(given))
        self.ids = [s.id for s in summaries]
        return newest_first(summaries)

    def newest(self, given: Sequence[str | Path] = (), count: int = 50) -> list[ArticleSummary]:
        """The first `count` articles of `cached(given)`, read in time proportional to
        `count`: what a front end shows before the whole listing."""
        return self.store.newest_under(self._roots(given), count)

    def fetch(
        self, given: Sequence[str | Path] = (), progress: Progress | None = None
    ) -> list[IngestError]:
        """Fetch the sources that are web addresses (feeds: their new items; pages: if
        changed) into the pages store. The only step that uses the network.

        Returns:
            One error per source that failed, in whole or in part.
        """
        return intake.fetch(self, given, progress)

    def source_states(self, sources: Sequence[str]) -> list[tuple[str, str]]:
        """Each source with what is stored of it: files, a feed and its pages, a page and
        its versions, or a web address not fetched yet."""
        return intake.source_states(self, sources)

    def scan(self, given: Sequence[str | Path] = ()) -> Scan:
        """Read the sources (only files changed since the cache saw them); no NLP.

        Args:
            given: Files, folders or globs; empty means the configured sources or the seeds.

        Returns:
            The articles the sources hold, those still to analyse, and the files that failed.
        """
        return intake.scan(self, given)

    def _roots(self, given: Sequence[str | Path]) -> list[str]:
        return intake.roots(self, given)

    def analyse(self, todo: Sequence[str], progress: Progress | None = None) -> list[str]:
        """Analyse these articles with spaCy and cache the results, a few at a time.

        Args:
            todo: Ids of cached articles (e.g. `Scan.todo`).
            progress: Called with (done, total) articles, first with (0, total).

        Returns:
            One notice per article analysed only in part (longer than `max_words`).
        """
        return intake.analyse(self, todo, progress)

    def sync(
        self,
        given: Sequence[str | Path] = (),
        progress: Progress | None = None,
        *,
        fetch: bool = False,
        on_fetched: Callable[[Sequence[IngestError]], None] | None = None,
    ) -> SyncReport:
        """Fetch the web sources (if `fetch`), scan the sources, analyse what the cache lacks.
        `on_fetched` hears the sources that could not be fetched before the analysis starts
        (the app says them then, not once it ends).

        Returns:
            How many articles were analysed, found in the cache, and which sources failed
            (one line each).
        """
        fetched = self.fetch(given) if fetch else []
        if on_fetched is not None and fetched:
            on_fetched(fetched)
        scan = self.scan(given)
        notices = self.analyse(scan.todo, progress)
        from briefing.core.models import SyncReport

        said = {e.path for e in fetched}
        return SyncReport(
            analysed=len(scan.todo),
            cached=len(scan.ids) - len(scan.todo),
            errors=(*fetched, *(e for e in scan.errors if e.path not in said)),
            notices=tuple(notices),
        )

    def cache_info(self) -> CacheInfo:
        """What the cache holds: size, articles, analyses, stale and gone ones."""
        from briefing.core.store.upkeep import info

        return info(self.store, self.fingerprint)

    def prune(self, *, dry_run: bool = False) -> Pruned:
        """Remove replaced stale analyses and the articles of files gone for good, then
        compact the cache (see `store.upkeep`)."""
        from briefing.core.store.upkeep import prune

        return prune(self.store, self.fingerprint, dry_run=dry_run)

    def articles(self) -> list[ArticleSummary]:
        """The articles of the last sync, newest first (undated last), then by title."""
        here = self.found_in
        return newest_first(
            [
                s if s.id not in here else replace(s, path=at_file(s.path, here[s.id]))
                for s in self.store.summaries(self.ids)
            ]
        )

    def article(self, article_id: str) -> Article | None:
        """One whole article from the cache, at the path this workspace's scan found it."""
        return self._here(self.store.article(article_id))

    def _here(self, article: Article | None) -> Article | None:
        """The same text kept from another file (a copy elsewhere) is shown at the file the
        scan of these sources found it in."""
        if article is None:
            return None
        found = self.found_in.get(article.id)
        if found is None:
            return article
        return replace(article, path=at_file(article.path, found))

    def analyses(self, ids: Sequence[str]) -> dict[str, Analysis]:
        """The analyses of many articles with the current pipeline, by id."""
        return self.store.analyses(ids, self.fingerprint)

    def analysed(self, ids: Sequence[str]) -> set[str]:
        """Which of these articles have an analysis to show (a briefing leaves out the rest)."""
        return self.store.with_analysis(ids)

    def analysis(self, article_id: str) -> Analysis | None:
        """The analysis of one article with the current pipeline."""
        return self.store.analysis(article_id, self.fingerprint)

    def stories(self, ids: Sequence[str]) -> list[Story]:
        """The stories of these articles, each limited to them, largest first. Stories are
        global and kept: every analysed article of the cache is placed in one as it arrives
        (see `telling.update`), and a story keeps its id as it grows."""
        from briefing.core import telling

        return telling.stories(self, ids)

    def remembered_stories(self, ids: Sequence[str]) -> list[Story]:
        """The stories of these articles as last placed, without reading any analysis: what
        a front end shows at once (articles analysed since are not in them yet)."""
        from briefing.core import telling

        return telling.remembered(self, ids)

    def story_sizes(self, ids: Sequence[str]) -> dict[str, int]:
        """How many articles each of these articles' story holds (all its articles, of any
        source), as last placed: a screenful's marks, read in time proportional to it."""
        return self.store.story_book.sizes(ids)

    def story_id(self, story: str) -> str:
        """The id a story has now: a story merged into another answers to the other's id."""
        return self.store.story_book.resolve(story)

    def briefing(self, ids: Sequence[str]) -> Briefing:
        """The briefing of these articles as one story (those not analysed yet are left
        out), titled as their story is in `stories` and a digest."""
        from briefing.core import telling

        return telling.briefing(self, ids)

    def summary(self, ids: Sequence[str]) -> Briefing | Digest:
        """What these articles say: the briefing of their story when they tell one, else the
        digest of their stories (the top `digest_stories` told, the others named)."""
        from briefing.core import telling

        return telling.summary(self, ids)

    def news(self, ids: Sequence[str], *, unread: Collection[str] | None = None) -> Digest:
        """The digest of what is new: the stories with unread articles, each saying what
        they add to what was read; no story when nothing is unread. `unread`: the articles
        to tell as unread (the app's, as they were when its reader last looked), else
        those unread now."""
        from briefing.core import telling

        return telling.news(self, ids, unread)

    def briefing_markdown(self, ids: Sequence[str], *, base: str | None = None) -> str:
        """The briefing of these articles as Markdown (paths under `base` relative to it)."""
        return self.render(self.briefing(ids), base=base)

    def overview(self, ids: Sequence[str]) -> tuple[dict[str, str], Resolution, list[Story]]:
        """What a listing needs of these articles, reading each analysis once: the names its
        filter searches (`entity_names`), one name per actor, and their stories."""

        items = self.loaded(ids)
        resolution = self.resolution(items)
        from briefing.core import telling

        stories = telling.stories(self, ids, resolution=resolution)
        return self.entity_names(items), resolution, stories

    def loaded(self, ids: Sequence[str]) -> list[tuple[Article, Analysis]]:
        """Articles with their analyses, in the given order (unanalysed ones left out)."""
        analyses = self.analyses(ids)
        found = []
        for article_id in ids:
            article = self.article(article_id)
            if article is not None and article_id in analyses:
                found.append((article, analyses[article_id]))
        return found

    def evidence(self, items: Sequence[tuple[Article, Analysis]]) -> dict[str, Counter[str]]:
        """What every article analysed says of these articles' names: their label votes."""
        from briefing.core.extract.label_cues import name

        return self.store.name_votes.of(
            {name(m.text) for _, analysis in items for m in analysis.mentions}
        )

    def resolution(
        self,
        items: Sequence[tuple[Article, Analysis]],
        evidence: Mapping[str, Counter[str]] | None = None,
    ) -> Resolution:
        """Canonical entities across these articles, with the config's alias table; each
        name labelled by what every article analysed says of it (`evidence`, read when
        None)."""
        from briefing.core.extract.resolve import resolve

        return resolve(
            [(a.id, a.body, analysis) for a, analysis in items],
            aliases=self.config.aliases,
            evidence=self.evidence(items) if evidence is None else evidence,
        )

    def facts(
        self,
        items: Sequence[tuple[Article, Analysis]],
        evidence: Mapping[str, Counter[str]] | None = None,
    ) -> Facts:
        """Extraction's results for these articles: one resolution of names, then each
        article's events, main event and lead (what the briefing reads)."""
        from briefing.core.extract.facts import selection_facts

        return selection_facts(items, self.resolution(items, evidence))

    @staticmethod
    def events(article: Article, analysis: Analysis, resolution: Resolution) -> list[Event]:
        """One article's events, each actor under its canonical name."""
        from briefing.core.extract.events import article_events

        return article_events(article, analysis, resolution)

    @staticmethod
    def main_event(article: Article, analysis: Analysis, resolution: Resolution) -> Event | None:
        """What one article reports above all: who did what, when, where."""
        from briefing.core.extract.main_event import main_event

        return main_event(article, analysis, resolution)

    @staticmethod
    def timeline(events: Sequence[Event]) -> list[Event]:
        """These events in the order they happened."""
        from briefing.core.extract.events import timeline

        return timeline(events)

    @staticmethod
    def as_named(article_id: str, analysis: Analysis, resolution: Resolution) -> Analysis:
        """The analysis with each mention labelled as the actor it names is across the
        selection: one label per name ("Dauer", which the model read as an organisation
        after "Rich Dauer", is his surname: a person). A mention of no actor keeps the
        model's label."""
        mentions = []
        for m in analysis.mentions:
            index = resolution.by_mention.get((article_id, m.start, m.end))
            label = m.label if index is None else resolution.entities[index].label
            mentions.append(m if label == m.label else replace(m, label=label))
        return replace(analysis, mentions=tuple(mentions))

    @staticmethod
    def entity_names(items: Sequence[tuple[Article, Analysis]]) -> dict[str, str]:
        """For each article, the names it mentions, as one text to search."""
        from briefing.core.extract.names import clean

        return {
            article.id: " ".join(sorted({clean(m.text) for m in analysis.mentions}))
            for article, analysis in items
        }

    def mentioning(self, ids: Sequence[str], entity: Entity) -> set[str]:
        """Which of these articles name `entity`, by its name or any of its aliases."""
        from briefing.core.extract.names import clean, strip_titles

        forms = {f.lower() for f in (entity.name, *entity.aliases)}
        return {
            article_id
            for article_id, analysis in self.analyses(ids).items()
            if any(
                clean(m.text).lower() in forms or strip_titles(clean(m.text)).lower() in forms
                for m in analysis.mentions
            )
        }
