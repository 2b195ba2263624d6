"""The desk at scale: stories and the digest over caches of 10,000 and 100,000 articles.

Usage: python benchmarks/scale.py CORPUS_DIR [--sizes 10000 100000] [--runs 3]

CORPUS_DIR holds real articles (e.g. ../shared/eval-dev/news_clusters); spaCy analyses them
once. Each size's cache is then filled without spaCy: copy k of an article is the same text
with three in four of its words and names (in title, body and mentions alike) replaced by
pseudo-words of the same length that are the same within copy k and differ between copies,
dated k weeks later. So each copy of an event is a story of its own, its words and many of
its names are rare, and the names left as they were (one in four) are actors shared by the
copies of a story across the years: a story's candidates are not trivially few.

Reported per size (seconds; the median and spread of --runs runs where it says so):
- place_all: placing every article in a story from nothing (once);
- listing: a warm listing of every article (the baseline: `briefing articles`' read);
- stories: warm `Workspace.stories` of every article (all placed, nothing to do), and its
  ratio to the listing;
- digest_told: the first `Workspace.summary` of every article (the digest), each top
  story's briefing told, none kept yet: as after new articles change what a story's
  briefing is told from (its articles, its names' votes);
- digest: warm `Workspace.summary` of every article (the digest: the top stories'
  briefings kept as they were told, `store/told.py`), and its ratio;
- first_frame: the newest screenful and its story marks, read as the app's first frame;
- add_100: placing 100 new articles (their analysis apart), with the candidate stories
  examined per article;
- peak RSS of this process (MB).
The scan of the sources is not measured here (`benchmarks/ingest.py` has the warm listing).
Run it alone: the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import re
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import briefing.core.brief.build  # noqa: F401  (imported before the first digest is timed)
from briefing.config import Config
from briefing.core import telling
from briefing.core.analysis.analyser import Analyser
from briefing.core.analysis.pipeline import core_hash
from briefing.core.models import Analysis, Article
from briefing.core.sources.files import discover, read_file
from briefing.core.workspace import Workspace

_WORD = re.compile(r"[A-Za-z]{4,}")


def _pseudo(word: str, copy: int) -> str:
    """A pseudo-word of the same length, the same for a word within a copy."""
    digest = hashlib.blake2b(f"{copy}\x1f{word.lower()}".encode(), digest_size=32).digest()
    letters = "".join(chr(97 + b % 26) for b in digest)
    while len(letters) < len(word):
        letters += letters
    out = letters[: len(word)]
    return out.capitalize() if word[0].isupper() else out


def _varied(word: str) -> bool:
    """Three words in four vary between copies (the same ones in every copy)."""
    return hashlib.blake2b(word.lower().encode(), digest_size=1).digest()[0] < 192


def vary(text: str, copy: int) -> str:
    return _WORD.sub(lambda m: _pseudo(m[0], copy) if _varied(m[0]) else m[0], text)


def copy_of(article: Article, analysis: Analysis, copy: int) -> tuple[Article, Analysis]:
    body = vary(article.body, copy)
    day = date.fromisoformat(article.date or "2017-01-01") + timedelta(weeks=copy)
    mentions = tuple(dataclasses.replace(m, text=body[m.start : m.end]) for m in analysis.mentions)
    return (
        dataclasses.replace(
            article,
            id=f"{article.id}-{copy}",
            path=f"/scale/{copy}/{article.id}.json",
            title=vary(article.title, copy),
            date=day.isoformat(),
            body=body,
        ),
        dataclasses.replace(analysis, mentions=mentions),
    )


def timed(action: Any, runs: int) -> dict[str, Any]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        seconds.append(time.perf_counter() - start)
    return {"median": round(statistics.median(seconds), 3), "runs": [round(s, 3) for s in seconds]}


def fill(ws: Workspace, dev: list[tuple[Article, Analysis]], first: int, count: int) -> list[str]:
    """Copies `first` .. `first + count` of the dev articles into the cache; their ids."""
    ids = []
    batch: list[tuple[Article, Analysis]] = []
    for n in range(first, first + count):
        article, analysis = dev[n % len(dev)]
        batch.append(copy_of(article, analysis, n // len(dev)))
        if len(batch) == 2000 or n == first + count - 1:
            with ws.store.transaction():
                ws.store.put_articles(a for a, _ in batch)
                ws.store.put_analyses(ws.fingerprint, [(a.id, x) for a, x in batch])
            ids += [a.id for a, _ in batch]
            batch = []
    return ids


def measure(dev: list[tuple[Article, Analysis]], size: int, runs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFING_DATA_DIR"] = str(Path(tmp) / "data")
        ws = Workspace(Config(), cache_dir=Path(tmp) / "cache")
        ids = fill(ws, dev, 0, size)
        start = time.perf_counter()
        placed = telling.update(ws)
        result: dict[str, Any] = {
            "articles": size,
            "place_all": round(time.perf_counter() - start, 1),
            "stories_found": len(ws.stories(ids)),
        }
        assert placed.articles == size, placed
        result["listing"] = timed(lambda: ws.store.summaries(ids), runs)
        result["stories"] = timed(lambda: ws.stories(ids), runs)
        core_hash()  # (read once per process, as the import above: not a telling's cost)
        start = time.perf_counter()
        ws.summary(ids)  # every top story told, none kept yet (as after its articles change)
        result["digest_told"] = round(time.perf_counter() - start, 3)
        result["digest"] = timed(lambda: ws.summary(ids), runs)
        for key in ("stories", "digest"):
            result[key]["ratio"] = round(result[key]["median"] / result["listing"]["median"], 1)

        def first_frame() -> None:
            screen = ws.newest([], count=40)
            ws.story_sizes([a.id for a in screen])

        result["first_frame"] = timed(first_frame, runs)
        new = fill(ws, dev, size, 100)
        start = time.perf_counter()
        added = telling.update(ws)
        result["add_100"] = {
            "seconds": round(time.perf_counter() - start, 3),
            "placed": added.articles,
            "candidates_per_article": round(added.examined / max(added.articles, 1), 1),
        }
        assert set(new) <= {a for s in ws.stories(ids + new) for a in s.articles}
        ws.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    files, _ = discover([args.corpus])
    articles = [a for f in files for a in read_file(f, max_bytes=50_000_000)[0]]
    if not articles:
        sys.exit(f"{args.corpus}: no articles")
    analyses = list(
        Analyser(Config().pipeline).analyse([a.body for a in articles], [a.date for a in articles])
    )
    dev = list(zip(articles, analyses, strict=True))
    out = {"dev_articles": len(dev), "sizes": [measure(dev, n, args.runs) for n in args.sizes]}
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
