"""Ingest speed and memory, as ratios measured in one run on this machine.

Usage: python benchmarks/ingest.py CORPUS_DIR [--words 200000] [--warm-articles 10000]
                                     [--big-words 1000000]

CORPUS_DIR holds article files (e.g. ../shared/eval-dev/news_clusters); they are repeated,
each copy retitled so it is a new article, until about --words words. Each measurement runs
in its own process, so its peak RSS is its own (spaCy's worker processes included):

- ours_1p:   `briefing ingest` on a fresh cache, one process;
- raw_1p:    bare `nlp.pipe` over the same texts, same pipeline and components, batch size;
- raw_1p_without_lemmatizer: the same without the lemmatizer (`lemmatizer_cost`: how much
             slower the pipe is with it: raw_1p's seconds over these, minus 1);
- ours_2p:   `briefing ingest` on a fresh cache, two processes;
- warm:      wall time of `briefing articles` on a full cache of --warm-articles articles,
             and whether it imported spaCy;
- one_file:  `briefing ingest` of one file of --big-words words (the corpus's texts end to
             end), with the default `max_words`: the whole command's wall time, its stderr
             line, and its peak RSS.

Prints one JSON object with words/s, the ratios ours/raw and 2p/1p, and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(source: Path, target: Path, words: int) -> int:
    """Copy articles from `source` into `target` as news-please JSON until `words` words."""
    from briefing.core.sources.files import discover, read_file

    files, _ = discover([source])
    articles = [a for f in files for a in read_file(f, max_bytes=50_000_000)[0]]
    if not articles:
        sys.exit(f"no articles in {source}")
    total, copy = 0, 0
    while total < words:
        for article in articles:
            title = f"{article.title} (copy {copy})"
            record = {
                "title": title,
                "text": article.body,
                "date_publish": article.date,
                "source_domain": article.source,
            }
            (target / f"{copy:03d}-{article.id}.json").write_text(json.dumps(record))
            total += len(article.body.split()) + len(title.split())
            if total >= words:
                break
        copy += 1
    return total


def peak_rss_mb() -> float:
    """Peak RSS of this process plus its largest waited-for child, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((own + children) / 1024, 1)


def child(kind: str, corpus: Path, cache: Path, processes: int) -> None:
    """One measurement, in its own process; prints a JSON line."""
    from briefing.config import Config

    config = Config(processes=processes)
    if kind in ("raw", "raw_without_lemmatizer"):
        from briefing.core.analysis.analyser import Analyser
        from briefing.core.sources.files import discover, read_file

        files, _ = discover([corpus])
        texts = [a.body for f in files for a in read_file(f, max_bytes=50_000_000)[0]]
        nlp = Analyser(config.pipeline).nlp  # same components as ours
        if kind == "raw_without_lemmatizer" and "lemmatizer" in nlp.pipe_names:
            nlp.disable_pipe("lemmatizer")
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=config.batch_size, n_process=processes):
            pass
        seconds = time.perf_counter() - start
        words = sum(len(t.split()) for t in texts)
    else:
        from briefing.core.workspace import Workspace

        with Workspace(config, cache_dir=cache) as ws:
            _ = ws.analyser.nlp  # load outside the timing, as raw does
            start = time.perf_counter()
            report = ws.sync([corpus])
            seconds = time.perf_counter() - start
            words = sum(s.words for s in ws.articles())
        assert report.failed == 0 and report.cached == 0, report.summary()
    print(json.dumps({"words": words, "seconds": seconds, "rss_mb": peak_rss_mb()}))


def measure(kind: str, corpus: Path, cache: Path, processes: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(corpus), str(cache), str(processes)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    result["words_per_s"] = round(result["words"] / result["seconds"])
    return result


def warm_listing(tmp: Path, count: int) -> dict[str, object]:
    """Fill a cache with `count` short real articles, then time `briefing articles` on it."""
    folder = tmp / "warm"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:05d}.txt").write_text(
            f"Delegation {i} visits Geneva\n\nOfficials from {i % 50} countries met in Geneva "
            f"on Monday to discuss trade, the ministry said in a statement on day {i}."
        )
    env = {
        **os.environ,
        "BRIEFING_CACHE_DIR": str(tmp / "warm-cache"),
        "BRIEFING_DATA_DIR": str(tmp / "data"),  # never the user's
    }
    ingest = [sys.executable, "-m", "briefing", "--config", str(tmp / "none.yaml")]
    subprocess.run([*ingest, "ingest", str(folder)], env=env, check=True, capture_output=True)
    probe = (
        "import sys, time; t = time.perf_counter(); from briefing.cli import main; "
        f"code = main(['--config', {str(tmp / 'none.yaml')!r}, 'articles', {str(folder)!r}]); "
        "sys.stderr.write(f'{time.perf_counter() - t} {\"spacy\" in sys.modules}')"
    )
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
        )
        wall = time.perf_counter() - start
        inside_s, spacy_s = done.stderr.split()[-2:]
        runs.append((wall, float(inside_s), spacy_s == "True"))
    runs.sort()
    wall, inside, spacy = runs[1]
    return {
        "articles": count,
        "wall_s": round(wall, 3),
        "in_process_s": round(inside, 3),
        "imported_spacy": spacy,
    }


def one_big_file(tmp: Path, corpus: Path, words: int) -> dict[str, object]:
    """Time `briefing ingest` of one file of `words` words, as a user runs it."""
    texts = [json.loads(p.read_text())["text"] for p in sorted(corpus.glob("*.json"))]
    parts: list[str] = []
    total = 0
    while total < words:
        for text in texts:
            parts.append(text)
            total += len(text.split())
            if total >= words:
                break
    big = tmp / "big.txt"
    big.write_text("One file of many words\n\n" + "\n\n".join(parts))
    env = {
        **os.environ,
        "BRIEFING_CACHE_DIR": str(tmp / "big-cache"),
        "BRIEFING_DATA_DIR": str(tmp / "data"),  # never the user's
    }
    command = [sys.executable, "-m", "briefing", "--config", str(tmp / "none.yaml")]
    start = time.perf_counter()
    done = subprocess.run(
        [*command, "ingest", str(big)], env=env, capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - start
    return {
        "words": total,
        "wall_s": round(seconds, 1),
        "stderr": done.stderr.strip(),
        "summary": done.stdout.strip().splitlines()[-1],
        "rss_mb": peak_rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--warm-articles", type=int, default=10_000)
    parser.add_argument("--big-words", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus = tmp / "corpus"
        corpus.mkdir()
        words = build_corpus(args.corpus, corpus, args.words)
        raw = measure("raw", corpus, tmp / "unused", 1)
        unlemmatized = measure("raw_without_lemmatizer", corpus, tmp / "unused", 1)
        ours = measure("ours", corpus, tmp / "cache1", 1)
        ours2 = measure("ours", corpus, tmp / "cache2", 2)
        warm = warm_listing(tmp, args.warm_articles)
        big = one_big_file(tmp, corpus, args.big_words)
    print(
        json.dumps(
            {
                "corpus_words": words,
                "raw_1p": raw,
                "raw_1p_without_lemmatizer": unlemmatized,
                "lemmatizer_cost": round(unlemmatized["words_per_s"] / raw["words_per_s"] - 1, 3),
                "ours_1p": ours,
                "ours_2p": ours2,
                "ours_over_raw": round(ours["words_per_s"] / raw["words_per_s"], 3),
                "two_over_one_process": round(ours2["words_per_s"] / ours["words_per_s"], 3),
                "peak_rss_mb": max(raw["rss_mb"], ours["rss_mb"], ours2["rss_mb"]),
                "warm_articles": warm,
                "one_file": big,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))
    else:
        main()
