"""Plain, frozen data that flows through the core: articles, their analysis, reports.

Everything here is built from standard types only, so it pickles across processes, turns
into JSON with `dataclasses.asdict`, and never needs spaCy to be imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    """What the NLP step found in one article; cached per article and pipeline fingerprint."""

    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    dates: tuple[DateMention, ...] = ()
    events: tuple[EventFrame, ...] = ()
    dateline: Phrase | None = None


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

    @property
    def failed(self) -> int:
        """Number of files or lines that could not be read."""
        return len(self.errors)

    def summary(self) -> str:
        """The one-line summary the CLI prints last."""
        return f"{self.analysed} analysed, {self.cached} from cache, {self.failed} failed"
