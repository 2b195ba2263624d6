"""The spaCy step: load the pipeline lazily, once; analyse texts in batches into plain data.

Nothing here imports spaCy at module level; which pipeline and its fingerprint are read
from its `meta.json` by `core/analysis/pipeline.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from briefing.core.analysis.pipeline import pipeline_info
from briefing.core.extract.dateline import cut_at_dateline, dateline
from briefing.core.extract.dates import names_a_holiday
from briefing.core.extract.dates import resolve as resolve_date
from briefing.core.extract.frames import extract as extract_events
from briefing.core.extract.label_cues import cues
from briefing.core.extract.mentions import corroborated
from briefing.core.extract.sentence import ORIGINAL, original_text
from briefing.core.extract.tense import governing_verb, tense_of
from briefing.core.models import Analysis, DateMention, EventFrame, Mention, Sentence
from briefing.core.sources.text import is_title_case
from briefing.core.words import corrections
from briefing.errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language

# Longer texts are cut at paragraph breaks into pieces of about this many characters, so
# memory stays bounded and spaCy's max_length is never hit.
PIECE_CHARS = 100_000
# From this many words on, two processes pay for their start-up (PERF-NOTES: 1.66x at 2).
TWO_PROCESS_WORDS = 60_000


# What the extractors read: entities, the dependency parse (which also gives sentences), the
# part-of-speech tags the parse is read with, and the lemmas (`words.Lexicon`). The senter
# is left out.
WANTED = ("ner", "parser", "tagger", "attribute_ruler", "morphologizer", "lemmatizer")


def _load(name: str) -> Language:
    """Load `name` with only the components the extractors use."""
    pipeline_info(name)  # a clear error before spaCy's own, for a name that is not installed
    import spacy

    from briefing.core.analysis import spacy_rules

    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, ImportError) as exc:
        raise PipelineError(f"cannot load spaCy pipeline '{name}': {exc}") from None
    if nlp.lang == "en":
        spacy_rules.keep_title_abbreviations(nlp)
    if "ner" not in nlp.component_names:
        raise PipelineError(f"spaCy pipeline '{name}' has no 'ner' component; pick another")
    wanted = set(WANTED) & set(nlp.component_names)
    # Without a parser, sentences come from the senter (events then need a parser: none).
    sentences = "parser" if "parser" in wanted else "senter"
    if sentences == "senter" and "senter" in nlp.component_names:
        wanted.add("senter")
    for listened_name in ("tok2vec", "transformer"):
        if listened_name in nlp.component_names:
            listeners = getattr(nlp.get_pipe(listened_name), "listening_components", [])
            if wanted & set(listeners):
                wanted.add(listened_name)
    for component in nlp.component_names:
        if component in wanted:
            nlp.enable_pipe(component)
        else:
            nlp.disable_pipe(component)
    first = next((c for c in nlp.pipe_names if c in ("parser", "senter")), None)
    if first is None:
        nlp.add_pipe("sentencizer", first=True)
        first = "sentencizer"
    nlp.add_pipe(spacy_rules.PARAGRAPHS, before=first)
    nlp.add_pipe(spacy_rules.CLOCK_TIMES, after="ner")
    nlp.add_pipe(spacy_rules.HYPHENATED, after=spacy_rules.CLOCK_TIMES)
    nlp.add_pipe(spacy_rules.CONSISTENT, after=spacy_rules.HYPHENATED)
    nlp.max_length = max(nlp.max_length, PIECE_CHARS * 2)
    return nlp


def pieces(body: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Cut `body` into (offset, text) pieces of at most `limit` characters, at paragraph breaks
    where possible, else at a space, else anywhere."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(body) - start > limit:
        window = body[start : start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut <= 0:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = limit
        out.append((start, body[start : start + cut]))
        start += cut
    out.append((start, body[start:]))
    return out


Parts = tuple[
    list[Sentence], list[Mention], list[DateMention], list[EventFrame], list[tuple[str, str]]
]


def _plain(doc: Any, offset: int, article_date: str | None, first_sentence: int) -> Parts:
    """A Doc as plain data, offsets shifted by the piece's place in the article body; its
    texts as the article writes them (`original_text`)."""
    text_of = original_text(doc) or doc.text
    sentences = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if stripped:
            # A sentence ends before the line break that follows it, not after.
            start = sent.start_char + offset + len(text) - len(text.lstrip())
            sentences.append(Sentence(start, start + len(stripped)))
    mentions = [
        Mention(
            text_of[e.start_char : e.end_char], e.label_, e.start_char + offset, e.end_char + offset
        )
        for e in doc.ents
        if e.text.strip()
    ]
    parsed = doc.has_annotation("DEP")
    dates = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") and not names_a_holiday(ent.text):
            continue  # ("New Year's Eve", which the model reads as an event, is a day)
        verb = governing_verb(ent.root) if parsed else None
        tense = tense_of(verb) if verb is not None else None
        following = doc[ent.end].text if ent.end < len(doc) else ""
        value = resolve_date(ent.text, article_date, tense, following)
        if ent.label_ == "TIME" and value.value is None:
            continue  # a time of day is a date only when it names its day ("late Thursday")
        dates.append(
            DateMention(
                text_of[ent.start_char : ent.end_char],
                ent.start_char + offset,
                ent.end_char + offset,
                value.value,
                value.end,
                value.granularity,
                tense,
            )
        )
    events = (
        extract_events(doc, offset=offset, first_sentence=first_sentence, dates=dates)
        if parsed
        else []
    )
    lemmatized = doc.has_annotation("LEMMA")
    lemmas = [(t.text, t.lemma_) for t in doc if lemmatized and t.is_alpha and not t.is_stop]
    return sentences, mentions, dates, events, lemmas


class Analyser:
    """Runs one spaCy pipeline over texts; the pipeline is loaded on first use, then kept."""

    def __init__(
        self, name: str, *, batch_size: int = 16, processes: int = 0, max_words: int | None = None
    ) -> None:
        self.name = name
        self.batch_size = batch_size
        self.processes = processes
        self.max_words = max_words
        self.piece_chars = PIECE_CHARS
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """The loaded pipeline (loads it on first use).

        Raises:
            PipelineError: The pipeline is not installed or cannot be loaded.
        """
        if self._nlp is None:
            self._nlp = _load(self.name)
        return self._nlp

    def processes_for(self, words: int) -> int:
        """How many processes to use for `words` words of text."""
        if self.processes:
            return self.processes
        return 2 if words >= TWO_PROCESS_WORDS else 1

    def analyse(
        self, texts: Sequence[str], dates: Sequence[str | None] | None = None
    ) -> Iterator[Analysis]:
        """Analyse `texts` in order, yielding one Analysis per text as soon as it is done. A
        text longer than `max_words` words is analysed up to its last word within them
        (`Analysis.analysed_chars` says where).

        Args:
            texts: Article bodies.
            dates: Each article's date (YYYY-MM-DD or None), to resolve relative dates.
        """
        article_dates = list(dates) if dates is not None else [None] * len(texts)
        cuts = [words_end(t, self.max_words) if self.max_words else None for t in texts]
        texts = [t if cut is None else t[:cut] for t, cut in zip(texts, cuts, strict=True)]
        words = sum(len(t.split()) for t in texts)
        # The pieces the pipeline reads otherwise (their apostrophes straight), kept here
        # until read (not sent to the pipeline's processes beside their straight text).
        originals: dict[tuple[int, int], str] = {}

        def straight(index: int, offset: int, piece: str) -> str:
            text = straight_apostrophes(piece)
            if text != piece:
                originals[index, offset] = piece
            return text

        jobs: Iterable[tuple[str, tuple[int, int]]] = (
            (straight(index, offset, piece), (index, offset))
            for index, text in enumerate(texts)
            for offset, piece in pieces(text, self.piece_chars)
        )
        docs = self.nlp.pipe(
            jobs,
            as_tuples=True,
            batch_size=self.batch_size,
            n_process=self.processes_for(words),
        )
        current = -1
        parts: Parts = ([], [], [], [], [])
        for doc, (index, offset) in docs:
            if (index, offset) in originals:  # what it was read from: the article's own
                doc.user_data[ORIGINAL] = originals.pop((index, offset))
            if index != current:
                if current >= 0:
                    yield _assemble(texts[current], parts, cuts[current])
                # Every text gives at least one piece, and pipe keeps order: indices ascend.
                current, parts = index, ([], [], [], [], [])
            more = _plain(doc, offset, article_dates[index], len(parts[0]))
            for collected, new in zip(parts, more, strict=True):
                collected += new  # type: ignore[operator]
        if current >= 0:
            yield _assemble(texts[current], parts, cuts[current])


_WORD = re.compile(r"\S+")
# An apostrophe within a word, typeset ("didn’t", "O’Brien", "Trump’s"): the small model
# learned English from straight ones, and of 114 dev sentences with a typeset "n’t", 18 of
# their negations went unread ("trains slowed but didn’t derail" became "trains did
# derail"), none once straightened. The pipeline reads it straight; what the analysis keeps
# is the article's own text (`extract.sentence.original_text`), at the same offsets.
_TYPESET_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")


def straight_apostrophes(text: str) -> str:
    """The text with each typeset apostrophe within a word straight (the same length)."""
    return _TYPESET_APOSTROPHE.sub("'", text)


def words_end(text: str, limit: int) -> int | None:
    """Where the `limit`-th word of `text` ends, when more words follow; else None."""
    for count, word in enumerate(_WORD.finditer(text), start=1):
        if count == limit:
            return word.end() if text[word.end() :].strip() else None
    return None


def _assemble(body: str, parts: Parts, cut: int | None = None) -> Analysis:
    sentences, mentions, dates, events, lemmas = parts
    if sentences and is_title_case(body[sentences[0].start : sentences[0].end]):
        mentions = corroborated(mentions, sentences[0].end, body)
    found = dateline(body, [(m.start, m.end) for m in mentions if m.label in ("GPE", "LOC", "FAC")])
    if found is not None:
        mentions = cut_at_dateline(mentions, found, body)
        # "CAIRO -- An Egyptian court sentenced ...": the parse may take the dateline for the
        # subject; it says where the story was filed, not who acted.
        events = [
            replace(f, who=None) if f.who and found.start <= f.who.start < found.end else f
            for f in events
        ]
    return Analysis(
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        dates=tuple(dates),
        events=tuple(events),
        dateline=found,
        analysed_chars=cut,
        cues=tuple(cues(body, mentions)),
        lemmas=tuple(corrections(lemmas).items()),
    )
