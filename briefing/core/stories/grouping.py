"""Stories: the articles that report the same real-world event, grouped as they arrive.

Two articles are about the same event when their words (TF-IDF over title and lead, which
carry the news) and the actors and places they name (canonical entities, rare ones weighing
more) overlap. Rare is measured among the book's articles; a book of fewer than BORROWED
articles also borrows the frequencies of English at large (english.py), so that the words a
small folder's articles all share count. Grouping is average-link: an article joins the
story it is, on average, most similar to, if that is similar enough, so one shared word does
not chain unrelated stories; else it starts a story. Two stories that an article shows to be
one (each similar enough to it, and on average to each other) merge: the larger one's id
survives.

Incremental: the stories, their summed vectors, the document frequencies and an index of
each story's rare words and names live in a `StoryBook` (store/story_book.py: the cache's,
or one in memory). A new article is compared only with the stories that share most of its
keys (its rarest words, its names) within a time window, so adding N articles to M costs
about N. While the book is young, its stories are grouped again as it doubles
(`regroup_due`): early frequencies mislead.
Dates do not otherwise count: penalising distant dates split stories followed for weeks.
Deterministic for a given arrival order; a batch is taken in date order, ties by id.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

from briefing.core.models import Analysis, Article, Resolution, Story
from briefing.core.similarity import Prior, add, idf, tfidf, top, unit, weighed
from briefing.core.sources.text import (
    copyright_lines,
    without_dateline,
    without_kicker,
)
from briefing.core.store.story_book import Member, StoryBook, Sums
from briefing.core.stories.english import in_a_lead
from briefing.core.stories.told import stories_of, summarise
from briefing.core.vocab import ENTITY_LABELS, STORY_STOPWORDS

LEAD_CHARS = 1200  # the title and lead: where a news article says what it is about
# Similarity from which an article joins a story. At 0.08 a week's shared words (a league's
# "season", "head coach"; one town's name) chained two events into one story; 0.1 kept them
# apart and still joined an outlet's follow-up months later; with the frequencies a small
# collection borrows (BORROWED), which make shared words weigh more, 0.11 does (dev ARI at
# 0.1: 0.858, at 0.11: 0.920; the tune half alone tells them apart by less than its noise).
SAME_STORY = 0.11
ENTITY_WEIGHT = 0.2  # share of the similarity that comes from shared actors and places
# Two stories an article joins both merge when their members are, on average, this many
# times SAME_STORY similar to each other: a merge is never undone, and at 1x two stories
# no closer than an article's weakest join merged (dev ARI 0.914 -> 0.854). Merges are what
# mend the stories an arrival order splits (a batch, in date order, rarely needs one): at
# 1.5 the F1 race and Massa's farewell stayed two in one order of five (their members
# 0.161 alike); at 1.4 the lowest arrival ARI of five orders is 0.921 (was 0.908), the tune
# half's orders gain one (0.883 -> 0.888), batch figures and google_news are unchanged;
# at 1.25 an order of the report half falls (0.954 -> 0.868). Found on a report-half story:
# the tune half's one order, within its noise, is the only evidence not fitted to it.
MERGE = 1.4
KEYS = 12  # an article's rarest words, looked up in the index (with its names but COMMON)
KEPT = 20  # ... and those a member keeps and indexes: its story's title and candidates
CANDIDATES = 64  # stories examined per article at most: those sharing most of its keys
# A name in more articles than this (and this share of all) is no key: it would find
# thousands of stories ("United States"), and reading them all costs more than the
# article's rare words and names need.
COMMON, COMMON_SHARE = 50, 0.02
WINDOW = timedelta(days=365)  # a candidate story's articles lie within this of the article
SUM_TERMS = 400  # a story's summed word weights keep the largest (the tail barely counts)
YOUNG = 4096  # the book size up to which stories are grouped again as it doubles
NAME = "@"  # document frequencies and index keys of names: "@" + name (no word starts so)
# A collection of fewer articles weighs its words as if it had this many, those it lacks
# holding each word at its rate in English (similarity.Prior): twelve articles about one
# shooting, all saying "Las Vegas", "gunman", "Mandalay Bay", were four stories when those
# words weighed as little as words every text has.
BORROWED = 300
PRIOR = Prior(BORROWED, lambda term: in_a_lead(term.removeprefix(NAME)))
_WORD = re.compile(r"[a-z][a-z0-9'-]+")


@dataclass
class _Doc:
    article: Article
    words: dict[str, float]  # unit TF-IDF
    names: dict[str, float]  # unit IDF
    keys: list[str]
    idf: dict[str, float]  # of its words and names ("@" + name), as of now

    def plain(self, vector: dict[str, float], prefix: str = "") -> dict[str, float]:
        """The vector without its IDF: what a story sums, so that a comparison weighs
        every member's words by the frequencies of the time it is made."""
        return {k: v / self.idf[prefix + k] for k, v in vector.items()}


def _unnewsworthy(body: str) -> list[tuple[int, int]]:
    """The spans of a lead that say no news: an agency's copyright line, and a dateline,
    where the story was filed and by whom ("WASHINGTON (Reuters) - " opened eight briefs of
    a day on as many events, which its words and names made one story: a review's)."""
    spans = copyright_lines(body)
    at = 0
    for line in body.split("\n"):
        cut = len(line) - len(without_dateline(line))
        if cut:
            spans.append((at, at + cut))
        at += len(line) + 1
    return spans


def _in_another_script(article: Article) -> bool:
    """Whether an article's lead is written mostly in a script other than the Latin one: its
    few English words are no measure of its story (trial G: a Japanese page on trademark
    law that named "iPhone" eight times joined an English story on the iPhone X's screen)."""
    lead = article.body[:LEAD_CHARS]
    if lead.isascii():  # (most: at once)
        return False
    letters = [c for c in lead if c.isalpha()]
    return sum(c < "\u0250" for c in letters) * 2 < len(letters)


def _counts(article: Article) -> Counter[str]:
    body = article.body[:LEAD_CHARS]
    for start, end in sorted(_unnewsworthy(body), reverse=True):
        body = body[:start] + " " + body[end:]
    lead = (article.title + "\n" + body).lower()
    return Counter(w for w in _WORD.findall(lead) if w not in STORY_STOPWORDS)


def _names(
    article: Article, analysis: Analysis, resolution: Resolution | None, reporters: set[str]
) -> set[str]:
    """The names of the article's lead, as the resolution writes them; not who reports it
    (`reporters`' names: an agency that says "told Reuters" in every story's articles is no
    news)."""
    names: set[str] = set()
    if resolution is not None:
        spans = _unnewsworthy(article.body[:LEAD_CHARS])
        for m in analysis.mentions:
            if any(start <= m.start < end for start, end in spans):
                continue
            if m.label in ENTITY_LABELS and m.start < LEAD_CHARS:
                entity = resolution.entity_at(article.id, m.start, m.end)
                name = entity.name if entity else m.text
                if name not in reporters:
                    names.add(name)
    return names


def _unit_idf(names: Iterable[str], df: dict[str, int], n: int) -> dict[str, float]:
    """The names as a unit vector, rare names weighing more."""
    return unit({x: idf(df, n, NAME + x, PRIOR) for x in sorted(names)})


def _dates(sums: Sums, day: str | None) -> None:
    if day:
        sums.first_date = min(sums.first_date or day, day)
        sums.last_date = max(sums.last_date or day, day)


class Grouper:
    """Places articles into the stories of a book.

    Args:
        book: Where the stories are kept.
        threshold: Similarity from which an article joins a story.
        use_entities: Whether shared actors and places count (False: a words-only baseline).
    """

    def __init__(
        self, book: StoryBook, *, threshold: float = SAME_STORY, use_entities: bool = True
    ):
        self.book = book
        self.threshold = threshold
        self.weight = ENTITY_WEIGHT if use_entities else 0.0
        self.use_entities = use_entities
        self._sums: dict[str, Sums] = {}  # the stories read or changed in this batch
        self._dirty: set[str] = set()
        self.examined = 0  # candidate stories compared, over this grouper's life

    def add(
        self, items: Sequence[tuple[Article, Analysis, int]], resolution: Resolution | None
    ) -> None:
        """Place these articles (with the id of the analysis each is grouped from), in date
        order; the frequencies count them all first, as a batch would."""
        items = sorted(items, key=lambda x: (x[0].date or "", x[0].id))
        counts = [_counts(a) for a, _, _ in items]
        reporters = (
            {resolution.entities[i].name for i in resolution.reporters} if resolution else set()
        )
        names = [
            _names(a, x, resolution, reporters) if self.use_entities else set() for a, x, _ in items
        ]
        self.book.count(
            [[*c, *(NAME + n for n in ns)] for c, ns in zip(counts, names, strict=True)]
        )
        n = self.book.documents()
        df = self.book.frequencies(
            {t for c in counts for t in c} | {NAME + x for s in names for x in s}
        )
        for (article, _, analysis), words, found in zip(items, counts, names, strict=True):
            vector = tfidf(words, df, n, sublinear=True, prior=PRIOR)
            keys = sorted(vector, key=lambda w: (-vector[w], w))[:KEYS]
            common = max(COMMON, n * COMMON_SHARE)
            keys += [NAME + x for x in sorted(found) if df.get(NAME + x, 0) <= common]
            terms = [*words, *(NAME + x for x in found)]
            doc = _Doc(
                article,
                vector,
                _unit_idf(found, df, n),
                keys,
                {t: idf(df, n, t, PRIOR) for t in terms},
            )
            self._place(doc, analysis)
        self.flush()

    def forget(self, articles: Sequence[str]) -> None:
        """Take these articles out of their stories (gone, or to be grouped again): what
        their names and kept words added goes; the small weights of their other words stay
        until the stories are grouped anew."""
        for member in self.book.forget(articles):
            sums = self._load([member.story]).get(member.story)
            if sums is None:
                continue
            sums.size -= 1
            add(sums.words, member.added_words, -1.0)
            add(sums.names, member.added_names, -1.0)
            self._dirty.add(member.story)
        self.flush()

    def flush(self) -> None:
        """Write the changed stories with their titles and actors."""
        for story in sorted(self._dirty):
            sums = self._sums[story]
            members = self.book.members(story)
            if sums.size <= 0 or not members:
                self.book.drop(story)
                continue
            days = sorted(m.date for m in members if m.date)
            sums.first_date, sums.last_date = (days[0], days[-1]) if days else (None, None)
            sums.words = top({k: v for k, v in sums.words.items() if v > 1e-9}, SUM_TERMS)
            sums.names = {k: v for k, v in sums.names.items() if v > 1e-9}
            title, actors = summarise(members)
            self.book.put(story, sums, title, actors)
        self._dirty.clear()
        self._sums.clear()

    def _load(self, ids: Sequence[str]) -> dict[str, Sums]:
        wanted = [i for i in ids if i not in self._sums]
        if wanted:
            self._sums.update(self.book.sums(wanted))
        return {i: self._sums[i] for i in ids if i in self._sums}

    def _score(self, doc: _Doc, sums: Sums) -> float:
        words = weighed(doc.words, sums.words, doc.idf)
        shared = weighed(doc.names, sums.names, doc.idf, NAME)
        return ((1 - self.weight) * words + self.weight * shared) / max(sums.size, 1)

    def _between(self, a: Sums, b: Sums) -> float:
        """The mean similarity of the members of two stories to each other."""
        common = [k for k in a.words if k in b.words] + [NAME + k for k in a.names if k in b.names]
        df, n = self.book.frequencies(common), self.book.documents()
        square = {t: idf(df, n, t, PRIOR) ** 2 for t in common}
        words = weighed(a.words, b.words, square)
        shared = weighed(a.names, b.names, square, NAME)
        return ((1 - self.weight) * words + self.weight * shared) / max(a.size * b.size, 1)

    def _place(self, doc: _Doc, analysis: int) -> None:
        found = self._load(self.book.candidates(doc.keys, window(doc.article.date), CANDIDATES))
        self.examined += len(found)
        scores = {story: self._score(doc, sums) for story, sums in found.items()}
        fits = sorted(
            (s for s in scores if scores[s] >= self.threshold),
            key=lambda s: (-scores[s], -found[s].size, s),
        )
        foreign = _in_another_script(doc.article)
        if foreign:
            fits = []
        if fits:
            story = fits[0]
        else:
            story = _new_id(self.book, doc.article.id)
            self._sums[story] = Sums(0, None, None)
        kept = top(doc.words, KEPT)
        member = Member(
            doc.article.id,
            story,
            doc.article.date,
            doc.article.path,
            without_kicker(doc.article.title),
            kept,
            doc.names,
            analysis,
            doc.plain(kept),
            doc.plain(doc.names, NAME),
        )
        sums = self._sums[story]
        sums.size += 1
        add(sums.words, doc.plain(doc.words))  # all its words (summing only the kept
        add(sums.names, member.added_names)  # ones: dev ARI 0.914 -> 0.768)
        _dates(sums, doc.article.date)
        self._dirty.add(story)
        # (Nor is a page in another script found by its few English words: review K.)
        self.book.join(
            member, [] if foreign else [*kept, *(NAME + x for x in sorted(member.names))]
        )
        for other in fits[1:]:
            if (
                other in self._sums
                and self._between(sums, self._sums[other]) >= MERGE * self.threshold
            ):
                story = self._merge(story, other)
                sums = self._sums[story]

    def _merge(self, a: str, b: str) -> str:
        """Merge two stories; the larger one's id survives (ties: the smaller id)."""
        big, small = sorted((a, b), key=lambda s: (-self._sums[s].size, s))
        into, gone = self._sums[big], self._sums.pop(small)
        into.size += gone.size
        add(into.words, gone.words)
        add(into.names, gone.names)
        for day in (gone.first_date, gone.last_date):
            _dates(into, day)
        self.book.merge(small, big)
        self._dirty.discard(small)
        self._dirty.add(big)
        return big


def regroup_due(book: StoryBook) -> bool:
    """Whether the stories should be grouped again at once: while a book is young its
    frequencies are too (at 20 articles, a word two of them share looks rare), so the
    articles placed meanwhile are grouped again each time the book doubles, up to YOUNG;
    the cost is about one placement per article in all."""
    n = book.documents()
    return n <= YOUNG and n >= 2 * max(book.regrouped(), 8)


def regroup(
    book: StoryBook,
    items: Sequence[tuple[Article, Analysis, int]],
    resolution: Resolution | None,
) -> None:
    """Group these articles (the book's) anew, in date order; each story takes the old id
    of the story most of its articles were in (ids that find no story answer for the story
    holding most of their articles)."""
    old, aliases = book.assignments(), book.aliases()
    book.reset()
    book.grouped_at_once(len(items))
    Grouper(book).add(items, resolution)
    book.clear_aliases()  # merges while grouping anew name ids that the renaming reuses
    new = book.assignments()
    overlap: Counter[tuple[str, str]] = Counter(
        (story, old[a]) for a, story in new.items() if a in old
    )
    taken: set[str] = set()
    renamed: dict[str, str] = {}
    for (story, before), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if story not in renamed and before not in taken:
            renamed[story] = before
            taken.add(before)
    stories = sorted(set(new.values()))
    for story in stories:  # out of the way first: two stories may swap ids
        book.rename(story, "\x00" + story)
    for story in stories:
        target = renamed.get(story, story)
        if story not in renamed and target in taken:
            target = _new_id(book, story + "\x1f", avoid=taken)
        taken.add(target)
        book.rename("\x00" + story, target)
    # Every old id that no story has now answers for the story holding most of its
    # articles, and so does each id that answered for it.
    now = book.assignments()
    holders: Counter[tuple[str, str]] = Counter(
        (before, now[a]) for a, before in old.items() if a in now
    )
    went: dict[str, str] = {}
    for (before, story), _ in sorted(holders.items(), key=lambda kv: (-kv[1], kv[0])):
        went.setdefault(before, story)
    for before, story in sorted(went.items()):
        if before not in taken:
            book.alias(before, story)
    for before, after in sorted(aliases.items()):
        if before not in taken and after in went:
            book.alias(before, went[after])


def _new_id(book: StoryBook, article: str, avoid: Iterable[str] = ()) -> str:
    """A short id for a story that an article starts (stable: it names that article)."""
    for salt in range(100):
        text = article if not salt else f"{article}\x1f{salt}"
        story = hashlib.blake2b(text.encode(), digest_size=4).hexdigest()
        if not book.taken(story) and story not in avoid:
            return story
    raise RuntimeError(f"no free story id for {article}")  # 100 collisions: never


def window(day: str | None) -> tuple[str, str] | None:
    """The dates a candidate story must reach into for an article of `day` (None: any)."""
    try:
        when = Date.fromisoformat((day or "")[:10])
    except ValueError:
        return None
    return (when - WINDOW).isoformat(), (when + WINDOW).isoformat() + "\uffff"


def group(
    items: Sequence[tuple[Article, Analysis]],
    resolution: Resolution | None,
    *,
    threshold: float = SAME_STORY,
    use_entities: bool = True,
) -> list[Story]:
    """Group these articles alone, at once, into stories (a book in memory), largest first.

    Args:
        items: Articles with their analyses.
        resolution: Canonical entities across the articles (None: words only).
        threshold: Similarity from which an article joins a story.
        use_entities: Whether shared actors and places count (False: a words-only baseline).
    """
    book = StoryBook.in_memory()
    grouper = Grouper(book, threshold=threshold, use_entities=use_entities)
    grouper.add([(a, x, 0) for a, x in items], resolution)
    return stories_of(book, [a.id for a, _ in items])
