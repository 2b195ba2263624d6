"""HTML ingestion quality: token F1 of our extracted body against hand-checked article text.

Usage: python benchmarks/html_extraction.py ../shared/eval-dev/html_extraction

Reads `html/<id>.html.gz` and `ground-truth.json` ({id: {articleBody}}); prints one JSON
object: mean token precision, recall and F1 of `briefing`'s HTML reader, beside a baseline
that keeps all the page's visible text (so the ratio shows what extraction gains).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from briefing.core.sources.readers import finish, read_html
from briefing.core.sources.text import ReadError, decode

TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in TOKEN.findall(text))


def prf(found: str, gold: str) -> tuple[float, float, float]:
    got, want = tokens(found), tokens(gold)
    overlap = sum((got & want).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def all_text(html: str) -> str:
    from lxml import html as lxml_html

    root = lxml_html.fromstring(html)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return " ".join(root.itertext())


def main(folder: Path) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    ours: list[tuple[float, float, float]] = []
    base: list[tuple[float, float, float]] = []
    failed = 0
    for key, item in sorted(truth.items()):
        html = decode(gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()))
        gold = item["articleBody"]
        try:
            article = finish(read_html(html, key)[0])
            # Our body holds the text; the title is kept apart (the gold has no headline).
            ours.append(prf(article.body, gold))
        except ReadError:
            failed += 1
            ours.append((0.0, 0.0, 0.0))
        base.append(prf(all_text(html), gold))

    def mean(rows: list[tuple[float, float, float]], i: int) -> float:
        return round(sum(r[i] for r in rows) / len(rows), 4)

    result: dict[str, Any] = {
        "pages": len(ours),
        "failed": failed,
        "ours": {"precision": mean(ours, 0), "recall": mean(ours, 1), "f1": mean(ours, 2)},
        "all_text_baseline": {
            "precision": mean(base, 0),
            "recall": mean(base, 1),
            "f1": mean(base, 2),
        },
    }
    result["f1_ratio"] = round(
        result["ours"]["f1"] / max(result["all_text_baseline"]["f1"], 1e-9), 2
    )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]))
