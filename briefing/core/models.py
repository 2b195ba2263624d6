"""Plain, frozen data that flows through the core, and every type the front ends see:
articles and their analysis, entities and the resolution of names, events and facts,
stories, the briefing, listings and reports. One home, so a front end imports types from
here and reaches everything else through the workspace facade.

Everything here is built from standard types only, so it pickles across processes, turns
into JSON with `dataclasses.asdict`, and never needs spaCy to be imported.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# A listing's row has a module of its own: the app's first paint needs it and nothing else
# here (creating these classes takes ~12 ms).
from briefing.core.summaries import ArticleSummary as ArticleSummary


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from a file.

    Attributes:
        id: Hash of the normalised content (title, date and body): the cache key.
        path: The file the article came from (for JSONL, with `#line` appended).
        title: The headline, or one derived from the first sentence.
        date: Publication date as `YYYY-MM-DD`, or None when the file does not say.
        source: Publisher or outlet, or "" when unknown.
        url: Where the article was published, or "".
        body: The text that is shown and analysed, normalised.
        credits: Credit lines taken out of the body ("(Inputs from ANI/ PTI)").
    """

    id: str
    path: str
    title: str
    date: str | None
    source: str
    url: str
    body: str
    credits: tuple[str, ...] = ()

    @property
    def words(self) -> int:
        """Number of whitespace-separated words in the body."""
        return len(self.body.split())


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as character offsets into `Article.body`."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention found by spaCy, as character offsets into `Article.body`."""

    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Phrase:
    """A stretch of the article body: its text and character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateMention:
    """A DATE mention with its value resolved against the article date (see core/extract/dates.py).

    Attributes:
        value: First day as YYYY-MM-DD, or None when it could not be placed.
        end: Last day for weeks, months, years and ranges, else None.
        granularity: "day", "week", "month", "year" or "range", or None.
        tense: Tense of the clause it belongs to ("past", "present", "future"), if known.
    """

    text: str
    start: int
    end_char: int
    value: str | None
    end: str | None
    granularity: str | None
    tense: str | None


@dataclass(frozen=True, slots=True)
class EventFrame:
    """Who did what to whom, where, when, about what: one clause or event noun of a sentence.

    Attributes:
        sentence: Index of the sentence in `Analysis.sentences`.
        who: The actor (a mention's span where one covers the subject).
        action: The predicate phrase ("held extensive talks", "will visit", "phone call").
        whom: The other party, if any.
        link: The word joining the other party to the action ("with", "to"), if any; ""
            when the action's own words already name the other party.
        where: A place named in the clause or sentence, if any.
        when: The date of the clause or sentence, if any.
        topic: What it was about ("Afghanistan"), if the sentence says.
        said_by: Who the statement is attributed to ("X said that ...", "according to X").
        kind: "verb" for a clause, "noun" for an event noun ("Modi's call with Putin").
    """

    sentence: int
    who: Phrase | None
    action: str
    whom: Phrase | None
    where: Phrase | None
    when: DateMention | None
    topic: str | None
    said_by: Phrase | None
    kind: str
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the NLP step found in one article; cached per article and pipeline fingerprint.

    Attributes:
        analysed_chars: Where the analysis stopped in a body longer than `max_words` words
            (the end of the last word analysed); None when the whole body was analysed.
        cues: (index of a mention, the label the words around it give it: "ORG", "PERSON"
            or "PLACE"), see core/extract/label_cues.py.
        lemmas: (word, lemma) for the words whose lemma (spaCy's lemmatizer) is not what
            the suffix rule cuts them to, lower case: the article's `words.Lexicon`.
    """

    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...] = ()
    events: tuple[EventFrame, ...] = ()
    dateline: Phrase | None = None
    analysed_chars: int | None = None
    cues: tuple[tuple[int, str], ...] = ()
    lemmas: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class IngestError:
    """One file (or one line of a file) that could not be read, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class SyncReport:
    """The outcome of bringing the cache up to date with a set of sources."""

    analysed: int = 0
    cached: int = 0
    errors: tuple[IngestError, ...] = field(default_factory=tuple)
    # What the user should hear that is no failure: an article analysed only in part.
    notices: tuple[str, ...] = field(default_factory=tuple)

    @property
    def failed(self) -> int:
        """Number of files or lines that could not be read."""
        return len(self.errors)

    def summary(self) -> str:
        """The one-line summary the CLI prints last."""
        return f"{self.analysed} analysed, {self.cached} from cache, {self.failed} failed"


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor, organisation or place under one canonical name.

    Attributes:
        name: The canonical name.
        label: The spaCy label most of its mentions carry (PERSON, ORG, GPE ...).
        aliases: Every other form it is named by.
        role: The role or title the text gives it most ("Prime Minister"), or None.
        roles: Every role the text gives it.
        mentions: How many times it is mentioned.
        articles: Ids of the articles that mention it.
    """

    name: str
    label: str
    aliases: tuple[str, ...]
    role: str | None
    roles: tuple[str, ...]
    mentions: int
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entities of a selection, and which entity each mention belongs to."""

    entities: tuple[Entity, ...]
    by_mention: dict[tuple[str, int, int], int]
    # (article, end) -> entity indexes of mentions ending there: finds "the envoy X" by X.
    by_end: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    # article -> entity index of each of its mentions (the entity list of one article).
    by_article: dict[str, list[int]] = field(default_factory=dict)
    # The entities named mostly as who reports the news, not as who acts in it: an agency
    # ("(Reuters) -", "told Reuters", "Kim Kyung Hoon / Reuters"), an outlet ("The
    # Telegraph reported"). Sources, not actors: of a briefing, nor of a story.
    reporters: frozenset[int] = frozenset()
    # article -> head word -> its organisations with that head word; filled as asked.
    org_heads: dict[str, dict[str, set[int]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def in_article(self, article_id: str) -> list[tuple[Entity, int]]:
        """The entities one article names, with how often it names each, most first."""
        counts: Counter[int] = Counter(self.by_article.get(article_id, ()))
        return [
            (self.entities[i], n) for i, n in sorted(counts.items(), key=lambda p: (-p[1], p[0]))
        ]

    def entity_at(self, article_id: str, start: int, end: int) -> Entity | None:
        """The entity a span names: a mention at exactly these offsets, or one that ends the
        span ("the visiting envoy Nikolay Kudashev"); a modifier inside it ("the Russian
        ambassador") does not name it."""
        index = self.by_mention.get((article_id, start, end))
        if index is None:
            ending = self.by_end.get((article_id, end))
            index = ending[0] if ending else None
        return None if index is None else self.entities[index]


@dataclass(frozen=True, slots=True)
class Story:
    """A group of articles about one event.

    Attributes:
        id: A short, stable id (a hash of the member article ids).
        title: The headline of the article most typical of the story (no "BREAKING NEWS:").
        first_date: The earliest article date, or None.
        last_date: The latest article date, or None.
        articles: Member article ids, oldest first.
        paths: Their paths, in the same order.
        actors: The canonical names its articles share most.
    """

    id: str
    title: str
    first_date: str | None
    last_date: str | None
    articles: tuple[str, ...]
    paths: tuple[str, ...]
    actors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """One event, with canonical names and its source.

    Attributes:
        when_date: The day (YYYY-MM-DD) it happened, or the first day of a wider span.
        when_from_article: True when the sentence gives no date and `when_date` is the
            article's publication date instead.
        where_from_dateline: True when the place is the article's dateline, not the sentence.
        kind: "verb" (a clause), "noun" (an event noun), or "headline": a main event whose
            headline no event could be read from, so `action` is the headline itself.
    """

    article: str
    path: str
    sentence: str
    who: str | None
    action: str
    whom: str | None
    where: str | None
    where_from_dateline: bool
    when: str | None
    when_date: str | None
    when_end: str | None
    when_granularity: str | None
    when_from_article: bool
    topic: str | None
    said_by: str | None
    kind: str
    link: str | None

    @property
    def what(self) -> str:
        """The predicate with its other party: "held extensive talks with Ajit K. Doval"."""
        if not self.whom or self.link == "":
            return self.action
        return " ".join(w for w in (self.action, self.link, self.whom) if w)


@dataclass(frozen=True, slots=True)
class Source:
    """An article, numbered as the briefing cites it; `article` is its id."""

    number: int
    date: str | None
    title: str
    source: str
    path: str
    url: str
    article: str = ""


@dataclass(frozen=True, slots=True)
class Point:
    """A statement with the numbers of the sources that report it."""

    text: str
    citations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Dated:
    """A timeline entry or a change: a date (with granularity) and a cited statement."""

    date: str
    end: str | None
    granularity: str
    text: str
    citations: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Actor:
    """A key actor: canonical name, label, role, and how widely named."""

    name: str
    label: str
    role: str | None
    mentions: int
    articles: int


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the briefing says, as data (rendered by `render.markdown.render_briefing`)."""

    title: str
    bottom_line: Point | None
    key_points: tuple[Point, ...]
    actors: tuple[Actor, ...]
    timeline: tuple[Dated, ...]
    changes: tuple[Dated, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class DigestStory:
    """One of a digest's top stories: its bottom line and a few key points, cited with the
    digest's source numbers, and how many articles and outlets report it."""

    id: str
    title: str
    bottom_line: Point | None
    key_points: tuple[Point, ...]
    articles: int
    outlets: int
    first_date: str | None
    last_date: str | None
    # In a digest of what is new (`Digest.new`): what the unread articles add to what was
    # read (every point if all of it is new), and how many articles are unread.
    new_points: tuple[Point, ...] = ()
    unread: int = 0


@dataclass(frozen=True, slots=True)
class StoryLine:
    """A story the digest names in one line."""

    id: str
    title: str
    articles: int
    last_date: str | None


@dataclass(frozen=True, slots=True)
class Digest:
    """A selection of many stories: the top ones told briefly, the others in a line each
    (`more_stories` beyond those), and the articles cited, numbered as a briefing's."""

    title: str
    first_date: str | None
    last_date: str | None
    stories: tuple[DigestStory, ...]
    other_stories: tuple[StoryLine, ...]
    more_stories: int
    sources: tuple[Source, ...]
    new: bool = False  # the digest of the stories with unread articles (`new_points`)
    # story id -> its selected articles, for the stories told and the others (a front end
    # opens a story's briefing with them; the JSON leaves them out)
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What extraction tells of one article, its actors under their canonical names.

    Attributes:
        events: Every event of the article, in reading order.
        main_event: The event of its lead that best answers who did what, when, where.
        lead_end: Where its lead (its first sentences, scraps of the page not counted) ends.
    """

    events: tuple[Event, ...]
    main_event: Event | None
    lead_end: int


@dataclass(frozen=True, slots=True)
class Facts:
    """Extraction's results for a selection: what the briefing reads, and all it reads of
    extraction.

    Attributes:
        resolution: The selection's entities under one canonical name each.
        articles: Each article's facts, by article id.
        lexicon: The lemmas of the selection's words where they correct the suffix rule
            (`words.Lexicon`), so that its sentences' words meet across articles.
    """

    resolution: Resolution
    articles: dict[str, ArticleFacts]
    lexicon: dict[str, str] = field(default_factory=dict)

    @property
    def reporters(self) -> frozenset[int]:
        """The entities named mostly as who reports the news (`Resolution.reporters`)."""
        return self.resolution.reporters
