"""Stories: the articles that report the same real-world event, grouped.

Two articles are about the same event when their words (TF-IDF over title and lead, which
carry the news) and the actors and places they name (canonical entities, rare ones weighing
more) overlap. Dates are not used: on the evaluation data, penalising distant dates split
stories that were followed for weeks. Grouping is average-link: an article joins the story
it is, on average, most similar to, if that is similar enough; so one shared word does not
chain unrelated stories.
Deterministic: articles are taken in date order, ties by id.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.core.models import Analysis, Article, Resolution, Story
from briefing.core.similarity import tfidf
from briefing.core.sources.text import without_kicker
from briefing.core.vocab import ENTITY_LABELS, STORY_STOPWORDS

LEAD_CHARS = 1200  # the title and lead: where a news article says what it is about
# Similarity from which an article joins a story. At 0.08 a week's shared words (a league's
# "season", "head coach"; one town's name) chained two events into one story; 0.1 keeps them
# apart and still joins an outlet's follow-up months later.
SAME_STORY = 0.1
ENTITY_WEIGHT = 0.2  # share of the similarity that comes from shared actors and places
_WORD = re.compile(r"[a-z][a-z0-9'-]+")


def _vector(text: str, df: Counter[str], n: int) -> dict[str, float]:
    counts = Counter(w for w in _WORD.findall(text.lower()) if w not in STORY_STOPWORDS)
    return tfidf(counts, df, n, sublinear=True)


@dataclass
class _Doc:
    article: Article
    words: dict[str, float]
    names: frozenset[str]


def _names_vector(names: frozenset[str], idf: dict[str, float]) -> dict[str, float]:
    """The names as a unit vector, rare names weighing more."""
    norm = math.sqrt(sum(idf[n] ** 2 for n in sorted(names))) or 1.0
    return {n: idf[n] / norm for n in sorted(names)}


def _docs(items: Sequence[tuple[Article, Analysis]], resolution: Resolution | None) -> list[_Doc]:
    leads = [a.title + "\n" + a.body[:LEAD_CHARS] for a, _ in items]
    df: Counter[str] = Counter()
    for lead in leads:
        df.update({w for w in _WORD.findall(lead.lower()) if w not in STORY_STOPWORDS})
    docs = []
    for (article, analysis), lead in zip(items, leads, strict=True):
        names: set[str] = set()
        if resolution is not None:
            for m in analysis.mentions:
                if m.label in ENTITY_LABELS and m.start < LEAD_CHARS:
                    entity = resolution.entity_at(article.id, m.start, m.end)
                    names.add(entity.name if entity else m.text)
        docs.append(_Doc(article, _vector(lead, df, len(leads)), frozenset(names)))
    return docs


@dataclass
class _Cluster:
    """A story being built: its members and the sums of their unit vectors."""

    members: list[int]
    words: Counter[str]
    names: Counter[str]

    def add(self, index: int, doc: _Doc, names: dict[str, float]) -> None:
        self.members.append(index)
        self.words.update(doc.words)
        self.names.update(names)

    def mean_similarity(self, doc: _Doc, names: dict[str, float], weight: float) -> float:
        """The mean similarity of `doc` to the members: with unit vectors, the mean of the
        cosines is the dot product with the sum, over the count (average-link in O(|doc|))."""
        words = sum(v * self.words.get(w, 0.0) for w, v in doc.words.items())
        shared = sum(v * self.names.get(n, 0.0) for n, v in names.items())
        return ((1 - weight) * words + weight * shared) / len(self.members)


def group(
    items: Sequence[tuple[Article, Analysis]],
    resolution: Resolution | None,
    *,
    threshold: float = SAME_STORY,
    use_entities: bool = True,
) -> list[Story]:
    """Group the articles into stories, largest first.

    Args:
        items: Articles with their analyses.
        resolution: Canonical entities across the articles (None: words only).
        threshold: Similarity from which an article joins a story.
        use_entities: Whether shared actors and places count (False: a words-only baseline).
    """
    docs = sorted(_docs(items, resolution), key=lambda d: (d.article.date or "", d.article.id))
    df = Counter(n for d in docs for n in d.names)
    idf = {n: math.log(1 + len(docs) / c) for n, c in df.items()}
    weight = ENTITY_WEIGHT if use_entities else 0.0
    clusters: list[_Cluster] = []
    # word or name -> the stories holding it: a story sharing nothing is never compared.
    index: defaultdict[str, set[int]] = defaultdict(set)
    for i, doc in enumerate(docs):
        names = _names_vector(doc.names, idf) if use_entities else {}
        top = sorted(doc.words, key=lambda w: (-doc.words[w], w))[:12] + sorted(names)
        best, best_score = None, threshold
        for c in sorted({c for w in top for c in index.get(w, ())}):
            score = clusters[c].mean_similarity(doc, names, weight)
            if score >= best_score:
                best, best_score = c, score
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster([], Counter(), Counter()))
        clusters[best].add(i, doc, names)
        for key in (*doc.words, *names):
            index[key].add(best)
    stories = [_story(c, docs, idf, weight) for c in clusters]
    stories.sort(key=lambda s: (-len(s.articles), s.first_date or "", s.id))
    return stories


def _story(cluster: _Cluster, docs: list[_Doc], idf: dict[str, float], weight: float) -> Story:
    members = [docs[i] for i in cluster.members]
    ids = sorted(d.article.id for d in members)
    central = max(
        members,
        key=lambda d: (
            cluster.mean_similarity(d, _names_vector(d.names, idf), weight),
            -len(d.article.title),
        ),
    )
    dates = sorted(d.article.date for d in members if d.article.date)
    names: Counter[str] = Counter(n for d in members for n in d.names)
    ordered = sorted(members, key=lambda d: (d.article.date or "", d.article.id))
    return Story(
        id=hashlib.blake2b("\x1f".join(ids).encode(), digest_size=4).hexdigest(),
        title=without_kicker(central.article.title),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
        articles=tuple(d.article.id for d in ordered),
        paths=tuple(d.article.path for d in ordered),
        # Ties broken by name: the same articles give the same story, whatever the hash seed.
        actors=tuple(sorted(names, key=lambda n: (-names[n], n))[:5]),
    )
