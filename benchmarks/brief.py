"""How fast a briefing of a 50-article story is built from the cache, beside the cost of just
loading those articles and analyses from the cache (measured in the same run).

Usage: python benchmarks/brief.py CORPUS_DIR [--articles 50]
(e.g. ../shared/eval-dev/news_clusters). Prints one JSON object: median seconds of 5 runs
for loading, for resolving and building the briefing, and for rendering its Markdown.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from briefing.config import Config
from briefing.core.brief.build import build_briefing
from briefing.core.render.markdown import render_briefing
from briefing.core.workspace import Workspace


def median_time(action, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=50)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as cache,
        Workspace(Config(), cache_dir=Path(cache), data_dir=Path(cache) / "data") as ws,
    ):
        files = sorted(p for p in args.corpus.iterdir() if p.suffix == ".json")[: args.articles]
        ws.sync(files)
        ids = list(ws.ids)
        load = median_time(lambda: ws.loaded(ids))
        items = ws.loaded(ids)
        facts = median_time(lambda: ws.facts(items))
        build = median_time(lambda: build_briefing(items, ws.facts(items)))
        briefing = build_briefing(items, ws.facts(items))
        render = median_time(lambda: render_briefing(briefing))
        total = median_time(lambda: ws.briefing_markdown(ids))
    print(
        json.dumps(
            {
                "articles": len(ids),
                "words": sum(len(a.body.split()) for a, _ in items),
                "load_s": load,
                "facts_s": facts,
                "facts_and_build_s": build,
                "render_s": render,
                "total_from_cache_s": total,
                "total_over_load": round(total / load, 2) if load else None,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
