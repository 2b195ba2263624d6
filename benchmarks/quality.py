"""Extraction and briefing quality against third-party gold data, beside a baseline.

Usage:
    python benchmarks/quality.py fivew DATA_DIR    # e.g. ../shared/eval-dev/giveme5w1h_gold
    python benchmarks/quality.py stories DATA_DIR  # e.g. ../shared/eval-dev/news_clusters
    python benchmarks/quality.py summary DATA_DIR  # e.g. ../shared/eval-dev/multidoc_summaries
    python benchmarks/quality.py labels EVAL_DIR   # e.g. ../shared/eval-dev
    python benchmarks/quality.py digest DATA_DIR   # e.g. ../shared/eval-dev/google_news

fivew: for who, what, when and where, the share of articles whose main-event answer has a
token F1 >= 0.5 with some gold phrase, and the mean best token F1 (tokens: lowercase
alphanumeric runs, minus a few function words); for articles with a gold resolved date, the
share whose `when_date` equals it. The same figures for a lead baseline (who = first
PERSON/ORG/NORP of headline + lede + text, what = the headline, when = first DATE/TIME,
where = first GPE/LOC/FAC, when_date = the publish date), and our/baseline ratios. Articles
whose coders found no answer for a field are left out of that field. `date_ceiling` says how
far a resolver that never guesses can go on the data: the share of dated articles whose gold
date is the publish date or a day that the text states (any day-granular date we resolve,
an oracle's pick), and the share whose gold dates all lie after the publish date.

stories: adjusted Rand index and B-cubed F1 of our story grouping against
`newsCluster.EventId`, beside a baseline that groups by TF-IDF cosine of the same words alone
(same grouping, same threshold, no entities, no dates); and `arrival`: ours when the articles
arrive one at a time in 5 seeded shuffled orders (the spread of ARI and B-cubed F1, and the
candidate stories examined per article); and `alone`: each gold event of 3 articles or more
grouped by itself, as a folder that follows one story is (the share of such events kept as
one story, and the share of their articles in their event's largest story); and `mixed`:
seeded random samples of 12 and 40 articles, each grouped by itself, as a small folder of
several stories is (the mean ARI).

summary: ROUGE-1, ROUGE-2 and ROUGE-L F1 (rouge-score, stemming on; mean over the reference
summaries) of our key points cut to 250 words, beside a lead baseline (the articles' first
sentences in turn, to 250 words) and the cluster's two system summaries; the briefing as it
is shown (bottom line and key points, `briefing_words` long) beside the lead cut to the same
length (`briefing_rouge2_ratio_to_lead_same_length`); and the number of near-duplicate
sentence pairs among the key points used and the share of them with a citation.

labels: the share of the names in benchmarks/gold_labels.tsv (412 names of the dev articles,
each with the label a reader gives it after reading its sentences, written before any tuning;
NONE for what is no name) to which our entities (one name per actor across each corpus, as
`briefing entities` lists them) give that label, a name found as an entity's name or else
as one of its other forms ("China Daily Information Co" of "China Daily Information"); a
name we do not list counts as labelled NONE. With the commonest confusions (gold -> ours).

digest: the digest of every article of the folder (8 stories told): for each told story its
size, its majority gold event, that event's size rank and purity, and whether it cites its
own articles only; and the share of the top k told stories that are among the k largest gold
events (do the largest stories lead?).

Every figure is given on the whole data and on two halves fixed before any tuning: a seeded
hash of each article's file name (fivew) or of each gold event (stories) puts it in `tune` or
`report`. Tune rules on the tune half, read the report half only to see whether they carry
over. `stories` on ../shared/eval-dev/google_news (same format) is a second report set.

Each prints one JSON object.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from briefing.config import Config
from briefing.core.analysis.analyser import Analyser
from briefing.core.extract.main_event import main_event
from briefing.core.extract.resolve import resolve
from briefing.core.models import Analysis, Article
from briefing.core.sources.files import discover, read_file
from briefing.core.store.story_book import StoryBook
from briefing.core.stories.grouping import Grouper, group, regroup, regroup_due
from briefing.core.stories.told import stories_of

FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "and",
        "for",
        "by",
        "with",
        "from",
        "as",
        "is",
        "was",
        "were",
    ]
)
FIELDS = ("who", "what", "when", "where")


def tokens(text: str | None) -> list[str]:
    words = re.findall(r"[a-z0-9]+", (text or "").lower())
    return [w for w in words if w not in FUNCTION_WORDS]


def f1(found: str | None, gold: str) -> float:
    got, want = tokens(found), tokens(gold)
    if not got or not want:
        return 0.0
    common = sum(min(got.count(w), want.count(w)) for w in set(got))
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


# Fixed on 2026-12-03, before any rule was tuned on either half: never change it to move a
# figure.
SPLIT_SEED = "briefing-eval-2026-12-03"
HALVES = ("tune", "report")


def half(key: str) -> str:
    """The half (`tune` or `report`) of an article or event, by a seeded hash of its key:
    the same on every machine and in every run, whatever else the data holds."""
    digest = hashlib.sha256(f"{SPLIT_SEED}:{key}".encode()).digest()
    return HALVES[digest[0] % 2]


def load(folder: Path) -> list[tuple[Article, dict[str, Any]]]:
    files, errors = discover([folder])
    pairs = []
    for file in files:
        articles, failures = read_file(file, max_bytes=50_000_000)
        gold = json.loads(Path(file.path).read_text(encoding="utf-8"))["fiveWoneH"]
        pairs += [(a, gold) for a in articles]
        errors += failures
    if errors:
        sys.exit(f"could not read: {errors[0]}")
    return pairs


def baseline(article: Article, analysis: Analysis) -> dict[str, str | None]:
    def first(labels: Iterable[str]) -> str | None:
        return next((m.text for m in analysis.mentions if m.label in labels), None)

    return {
        "who": first(("PERSON", "ORG", "NORP")),
        "what": article.title,
        "when": first(("DATE", "TIME")),
        "where": first(("GPE", "LOC", "FAC")),
        "when_date": article.date,
    }


def ours(article: Article, analysis: Analysis) -> dict[str, str | None]:
    event = main_event(article, analysis, resolve([(article.id, article.body, analysis)]))
    if event is None:
        return {"who": None, "what": None, "when": None, "where": None, "when_date": article.date}
    return {
        "who": event.who,
        "what": event.what,
        "when": event.when,
        "where": event.where,
        "when_date": event.when_date,
    }


def score(answers: list[dict[str, str | None]], golds: list[dict[str, Any]]) -> dict[str, float]:
    result: dict[str, float] = {}
    for field in FIELDS:
        hits, bests, counted = 0, 0.0, 0
        for answer, gold in zip(answers, golds, strict=True):
            phrases = [a["text"] for a in gold[field]["annotated"] if a.get("text")]
            if not phrases:
                continue
            counted += 1
            best = max(f1(answer[field], p) for p in phrases)
            bests += best
            hits += best >= 0.5
        result[f"{field}_share"] = round(hits / counted, 3)
        result[f"{field}_mean_f1"] = round(bests / counted, 3)
    dated = [
        (answer, {a["parsed"] for a in gold["when"]["annotated"] if a.get("parsed")})
        for answer, gold in zip(answers, golds, strict=True)
    ]
    dated = [(a, d) for a, d in dated if d]
    result["date_share"] = round(sum(a["when_date"] in d for a, d in dated) / len(dated), 3)
    return result


def date_ceiling(
    articles: list[Article], analyses: list[Analysis], golds: list[dict[str, Any]]
) -> dict[str, float]:
    stated, later, dated = 0, 0, 0
    for article, analysis, gold in zip(articles, analyses, golds, strict=True):
        wanted = {a["parsed"] for a in gold["when"]["annotated"] if a.get("parsed")}
        if not wanted:
            continue
        dated += 1
        days = {d.value for d in analysis.dates if d.granularity == "day"} | {article.date}
        stated += bool(wanted & days)
        later += article.date is not None and all(w > article.date for w in wanted)
    return {
        "stated_or_publish_day": round(stated / dated, 3),
        "all_gold_after_publish": round(later / dated, 3),
    }


def _fivew_figures(
    articles: list[Article], analyses: list[Analysis], golds: list[dict[str, Any]]
) -> dict[str, Any]:
    our = score([ours(a, x) for a, x in zip(articles, analyses, strict=True)], golds)
    base = score([baseline(a, x) for a, x in zip(articles, analyses, strict=True)], golds)
    ratios = {k: round(our[k] / base[k], 2) if base[k] else None for k in our}
    return {
        "articles": len(articles),
        "ours": our,
        "baseline": base,
        "ours_over_baseline": ratios,
        "date_ceiling": date_ceiling(articles, analyses, golds),
    }


def fivew(folder: Path) -> dict[str, Any]:
    pairs = load(folder)
    analyser = Analyser(Config().pipeline)
    articles = [a for a, _ in pairs]
    analyses = list(analyser.analyse([a.body for a in articles], [a.date for a in articles]))
    golds = [g for _, g in pairs]
    result = _fivew_figures(articles, analyses, golds)
    result["halves"] = {}
    for name in HALVES:
        chosen = [i for i, a in enumerate(articles) if half(Path(a.path).name) == name]
        result["halves"][name] = _fivew_figures(
            [articles[i] for i in chosen], [analyses[i] for i in chosen], [golds[i] for i in chosen]
        )
    return result


def _pairs(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand(found: list[int], gold: list[str]) -> float:
    """Adjusted Rand index of two labelings of the same items."""
    table = Counter(zip(found, gold, strict=True))
    rows, cols = Counter(found), Counter(gold)
    index = sum(_pairs(v) for v in table.values())
    a, b = sum(_pairs(v) for v in rows.values()), sum(_pairs(v) for v in cols.values())
    expected = a * b / _pairs(len(found)) if len(found) > 1 else 0.0
    top = (a + b) / 2 - expected
    return (index - expected) / top if top else 1.0


def bcubed_f1(found: list[int], gold: list[str]) -> float:
    """B-cubed F1: per item, precision and recall of its cluster against its gold class."""
    precision = recall = 0.0
    for i in range(len(found)):
        same_found = {j for j in range(len(found)) if found[j] == found[i]}
        same_gold = {j for j in range(len(gold)) if gold[j] == gold[i]}
        both = len(same_found & same_gold)
        precision += both / len(same_found)
        recall += both / len(same_gold)
    p, r = precision / len(found), recall / len(found)
    return 2 * p * r / (p + r)


def stories(folder: Path) -> dict[str, Any]:
    files, errors = discover([folder])
    articles, gold = [], []
    for file in files:
        found, failures = read_file(file, max_bytes=50_000_000)
        event = json.loads(Path(file.path).read_text(encoding="utf-8"))["newsCluster"]["EventId"]
        articles += found
        gold += [str(event)] * len(found)
        errors += failures
    if errors:
        sys.exit(f"could not read: {errors[0]}")
    analyser = Analyser(Config().pipeline)
    analyses = list(analyser.analyse([a.body for a in articles], [a.date for a in articles]))
    items = list(zip(articles, analyses, strict=True))
    result = _grouping_figures(items, gold)
    result["halves"] = {}
    for name in HALVES:
        chosen = [i for i, event in enumerate(gold) if half(event) == name]
        result["halves"][name] = _grouping_figures(
            [items[i] for i in chosen], [gold[i] for i in chosen]
        )
    return result


def _grouping_figures(items: list[tuple[Article, Analysis]], gold: list[str]) -> dict[str, Any]:
    """Our grouping and the TF-IDF baseline's, of these articles, against the gold events."""
    resolution = resolve([(a.id, a.body, x) for a, x in items])
    result: dict[str, Any] = {"articles": len(items), "gold_events": len(set(gold))}
    for name, kwargs in (("ours", {}), ("tfidf_baseline", {"use_entities": False})):
        start = time.perf_counter()
        grouped = group(items, resolution, **kwargs)
        seconds = time.perf_counter() - start
        label = {aid: n for n, s in enumerate(grouped) for aid in s.articles}
        grouping = [label[a.id] for a, _ in items]
        result[name] = {
            "stories": len(grouped),
            "ari": round(adjusted_rand(grouping, gold), 3),
            "bcubed_f1": round(bcubed_f1(grouping, gold), 3),
            "seconds": round(seconds, 3),
        }
    result["ari_ratio"] = round(
        result["ours"]["ari"] / max(result["tfidf_baseline"]["ari"], 1e-9), 2
    )
    result["arrival"] = _arrival_figures(items, gold)
    result["alone"] = _alone_figures(items, gold)
    result["mixed"] = _mixed_figures(items, gold)
    return result


MIXED_SIZES, MIXED_SAMPLES = (12, 40), 60  # a small folder of several stories


def _mixed_figures(items: list[tuple[Article, Analysis]], gold: list[str]) -> dict[str, Any]:
    """Seeded random samples of MIXED_SIZES articles, each grouped by itself, as a small
    folder of several stories is: the mean ARI of each size."""
    rng = random.Random(7)
    result: dict[str, Any] = {}
    for size in MIXED_SIZES:
        if size > len(items):
            continue
        total = 0.0
        for _ in range(MIXED_SAMPLES):
            chosen = rng.sample(range(len(items)), size)
            sample = [items[i] for i in chosen]
            grouped = group(sample, resolve([(a.id, a.body, x) for a, x in sample]))
            label = {aid: n for n, s in enumerate(grouped) for aid in s.articles}
            total += adjusted_rand([label[a.id] for a, _ in sample], [gold[i] for i in chosen])
        result[f"ari_{size}"] = round(total / MIXED_SAMPLES, 3)
    return result


ALONE_FROM = 3  # articles of a gold event grouped by itself


def _alone_figures(items: list[tuple[Article, Analysis]], gold: list[str]) -> dict[str, Any]:
    """Each gold event of ALONE_FROM articles or more grouped by itself, as a folder that
    follows one story is: how often it stays one story, and how much of it the largest
    story it makes holds."""
    events: dict[str, list[tuple[Article, Analysis]]] = {}
    for item, event in zip(items, gold, strict=True):
        events.setdefault(event, []).append(item)
    whole = articles = in_largest = 0
    chosen = [members for members in events.values() if len(members) >= ALONE_FROM]
    for members in chosen:
        grouped = group(members, resolve([(a.id, a.body, x) for a, x in members]))
        whole += len(grouped) == 1
        articles += len(members)
        in_largest += len(grouped[0].articles)
    return {
        "events": len(chosen),
        "kept_whole": round(whole / max(len(chosen), 1), 3),
        "articles_in_largest": round(in_largest / max(articles, 1), 3),
    }


ORDERS = 5


def _arrival_figures(items: list[tuple[Article, Analysis]], gold: list[str]) -> dict[str, Any]:
    """Our grouping when the articles arrive one at a time (each placed with its own names,
    as an article fetched alone is), in ORDERS seeded shuffled orders: the spread."""
    position = {a.id: i for i, (a, _) in enumerate(items)}
    aris, f1s, examined = [], [], []
    for seed in range(ORDERS):
        order = list(items)
        random.Random(seed).shuffle(order)
        book = StoryBook.in_memory()
        grouper = Grouper(book)
        for n, (article, analysis) in enumerate(order, 1):
            grouper.add([(article, analysis, 0)], resolve([(article.id, article.body, analysis)]))
            if regroup_due(book):  # as `telling.update` does
                now = [(a, x, 0) for a, x in order[:n]]
                regroup(book, now, resolve([(a.id, a.body, x) for a, x in order[:n]]))
        grouped = stories_of(book, [a.id for a, _ in items])
        label = {aid: n for n, s in enumerate(grouped) for aid in s.articles}
        grouping = [label[a.id] for a, _ in sorted(items, key=lambda p: position[p[0].id])]
        aris.append(round(adjusted_rand(grouping, gold), 3))
        f1s.append(round(bcubed_f1(grouping, gold), 3))
        examined.append(round(grouper.examined / max(len(items), 1), 1))
    return {
        "orders": ORDERS,
        "ari": aris,
        "ari_min": min(aris),
        "ari_max": max(aris),
        "bcubed_f1_min": min(f1s),
        "bcubed_f1_max": max(f1s),
        "candidates_per_article": examined,
    }


def _cut(sentences: Iterable[str], words: int = 250) -> str:
    out: list[str] = []
    for sentence in sentences:
        out += sentence.split()
        if len(out) >= words:
            break
    return " ".join(out[:words])


def _near_duplicates(sentences: list[str]) -> int:
    """Pairs of sentences whose content words overlap by half or more (Jaccard)."""
    bags = [set(tokens(s)) for s in sentences]
    return sum(
        1
        for i in range(len(bags))
        for j in range(i + 1, len(bags))
        if bags[i] and bags[j] and len(bags[i] & bags[j]) / len(bags[i] | bags[j]) >= 0.5
    )


def _wikinews_date(line: str) -> str | None:
    """ "Saturday, January 8, 2005" or "December 29, 2004" as "2005-01-08"."""
    for layout in ("%A, %B %d, %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(line.strip(), layout).date().isoformat()
        except ValueError:
            continue
    return None


def summary(folder: Path) -> dict[str, Any]:
    from rouge_score import rouge_scorer

    from briefing.core.brief.build import build_briefing
    from briefing.core.extract.facts import selection_facts
    from briefing.core.sources.readers import Draft, finish

    clusters = json.loads((folder / "clusters.json").read_text(encoding="utf-8"))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    analyser = Analyser(Config().pipeline)
    totals: dict[str, dict[str, float]] = {}
    extra = {"near_duplicate_pairs": 0, "cited_share": 0.0, "key_points": 0, "briefing_words": 0.0}
    for cluster in clusters:
        articles = []
        for doc in cluster["documents"]:
            # The data's format (its README): the title, then the date line, then the body.
            body = doc["text"].split("\n", 2)[-1]
            date = _wikinews_date(doc["date_line"])
            articles.append(finish(Draft(doc["filename"], body, doc["title"], date)))
        analyses = list(analyser.analyse([a.body for a in articles], [a.date for a in articles]))
        items = list(zip(articles, analyses, strict=True))
        resolution = resolve([(a.id, a.body, x) for a, x in items])
        briefing = build_briefing(items, selection_facts(items, resolution), max_points=40)
        ours = [p.text for p in briefing.key_points]
        # Each article's title and its body's sentences, not its date line.
        lead_sentences = [[d["sentences"][0], *d["sentences"][2:]] for d in cluster["documents"]]
        round_robin = [
            s[i] for i in range(max(map(len, lead_sentences))) for s in lead_sentences if i < len(s)
        ]
        # The briefing as a reader gets it: its bottom line and key points (as many as it
        # shows), beside the lead cut to the same number of words.
        shown = build_briefing(items, selection_facts(items, resolution))
        told = [p.text for p in (shown.bottom_line, *shown.key_points) if p is not None]
        length = len(" ".join(told).split())
        extra["briefing_words"] += length / len(clusters)
        candidates = {
            "ours": _cut(ours),
            "lead_baseline": _cut(round_robin),
            "briefing": " ".join(told),
            "lead_same_length": _cut(round_robin, length),
            **{f"system_{k}": v for k, v in cluster["peer_summaries_2011_systems"].items()},
        }
        references = list(cluster["reference_summaries"].values())
        for name, text in candidates.items():
            scores = [scorer.score(ref, text) for ref in references]
            for metric in ("rouge1", "rouge2", "rougeL"):
                value = sum(s[metric].fmeasure for s in scores) / len(scores)
                totals.setdefault(name, {}).setdefault(metric, 0.0)
                totals[name][metric] += value / len(clusters)
        kept = _cut(ours).split()
        used, words = [], 0
        for p in briefing.key_points:
            if words >= len(kept):
                break
            used.append(p)
            words += len(p.text.split())
        extra["near_duplicate_pairs"] += _near_duplicates([p.text for p in used])
        extra["key_points"] += len(used)
        extra["cited_share"] += (
            sum(1 for p in used if p.citations) / max(len(used), 1) / len(clusters)
        )
    result: dict[str, Any] = {k: {m: round(v, 4) for m, v in d.items()} for k, d in totals.items()}
    result.update({k: round(v, 3) for k, v in extra.items()})
    result["rouge2_ratio_to_lead"] = round(
        totals["ours"]["rouge2"] / max(totals["lead_baseline"]["rouge2"], 1e-9), 2
    )
    result["briefing_rouge2_ratio_to_lead_same_length"] = round(
        totals["briefing"]["rouge2"] / max(totals["lead_same_length"]["rouge2"], 1e-9), 2
    )
    return result


GOLD_LABELS = Path(__file__).with_name("gold_labels.tsv")


def labels(folder: Path) -> dict[str, Any]:
    rows = [line.split("\t") for line in GOLD_LABELS.read_text(encoding="utf-8").splitlines()[1:]]
    ours: dict[tuple[str, str], str] = {}
    analyser = Analyser(Config().pipeline)
    for corpus in sorted({corpus for _, _, corpus in rows}):
        files, _ = discover([folder / corpus])
        articles = [a for f in files for a in read_file(f, max_bytes=50_000_000)[0]]
        analyses = analyser.analyse([a.body for a in articles], [a.date for a in articles])
        items = list(zip(articles, analyses, strict=True))
        entities = resolve([(a.id, a.body, x) for a, x in items]).entities
        for entity in entities:  # a gold name is found as an entity's name, else an alias
            for alias in entity.aliases:
                ours.setdefault((corpus, alias), entity.label)
        for entity in entities:
            ours[corpus, entity.name] = entity.label

    def figures(chosen: list[list[str]]) -> dict[str, Any]:
        found = [(gold, ours.get((corpus, name), "NONE")) for name, gold, corpus in chosen]
        confusions = Counter(f"{g} -> {o}" for g, o in found if g != o)
        return {
            "names": len(found),
            "label_accuracy": round(sum(g == o for g, o in found) / len(found), 3),
            "confusions": dict(confusions.most_common(8)),
        }

    result = figures(rows)
    result["halves"] = {n: figures([r for r in rows if half(r[0]) == n]) for n in HALVES}
    return result


def digest(folder: Path) -> dict[str, Any]:
    """The digest of every article of the folder: do the largest gold stories lead, is each
    told story one gold event, and does each cite its own articles only."""
    import tempfile
    from collections import Counter

    from briefing.core.models import Digest
    from briefing.core.workspace import Workspace

    gold_of = {}
    for file in sorted(folder.glob("*.json")):
        record = json.loads(file.read_text(encoding="utf-8"))
        gold_of[str(file.resolve())] = str(record["newsCluster"]["EventId"])
    with (
        tempfile.TemporaryDirectory() as tmp,
        Workspace(
            Config(digest_stories=8), cache_dir=Path(tmp) / "cache", data_dir=Path(tmp) / "data"
        ) as ws,
    ):
        ws.sync([folder])
        paths = {a.id: a.path.split("#")[0] for a in ws.articles()}
        event = {i: gold_of[p] for i, p in paths.items() if p in gold_of}
        told = ws.summary(ws.ids)
    assert isinstance(told, Digest)
    sizes = Counter(event.values())
    ranked = [e for e, _ in sizes.most_common()]
    article_of = {s.number: s.article for s in told.sources}
    rows: list[dict[str, Any]] = []
    for story in told.stories:
        members = told.members[story.id]
        events = Counter(event.get(a, "?") for a in members)
        main_event, count = events.most_common(1)[0]
        cited = {
            article_of[n]
            for p in (story.bottom_line, *story.key_points)
            if p is not None
            for n in p.citations
        }
        rows.append(
            {
                "articles": len(members),
                "gold_event": main_event,
                "gold_size_rank": ranked.index(main_event) + 1,
                "purity": round(count / len(members), 2),
                "cites_own_only": cited <= set(members),
            }
        )
    k = min(len(rows), len(ranked))
    leading = sum(1 for r in rows[:k] if int(r["gold_size_rank"]) <= k)
    return {
        "articles": len(event),
        "gold_events": len(sizes),
        "told_stories": len(rows),
        f"top_{k}_among_{k}_largest_gold": round(leading / max(k, 1), 2),
        "all_cite_own_only": all(r["cites_own_only"] for r in rows),
        "stories": rows,
    }


COMMANDS = {
    "fivew": fivew,
    "stories": stories,
    "summary": summary,
    "labels": labels,
    "digest": digest,
}


def main() -> None:
    if len(sys.argv) != 3 or sys.argv[1] not in COMMANDS:
        sys.exit(__doc__)
    print(json.dumps(COMMANDS[sys.argv[1]](Path(sys.argv[2])), indent=2))


if __name__ == "__main__":
    main()
