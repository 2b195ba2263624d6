"""An article's lead: its first sentences, where a reporter says what happened."""

from __future__ import annotations

from briefing.core.models import (
    Analysis,
)

# The main event is looked for in the lead: the headline (when the body starts with it), the
# standfirst and the first paragraph's sentences.
LEAD_SENTENCES = 4


MIN_LEAD_WORDS = 3  # a shorter "sentence" is a scrap of the page, not part of the lead


def lead_size(analysis: Analysis, body: str) -> int:
    """How many sentences make the article's lead: its first LEAD_SENTENCES sentences of
    MIN_LEAD_WORDS words or more, and the scraps between them ("President", "COLUMN", "|":
    a page's line breaks and labels)."""
    real = 0
    for index, sentence in enumerate(analysis.sentences):
        real += len(body[sentence.start : sentence.end].split()) >= MIN_LEAD_WORDS
        if real == LEAD_SENTENCES:
            return index + 1
    return len(analysis.sentences)


def lead_end(analysis: Analysis, body: str) -> int:
    """Where the article's lead ends (see `lead_size`)."""
    return end_of(analysis, lead_size(analysis, body))


def end_of(analysis: Analysis, size: int) -> int:
    """Where the first `size` sentences end."""
    return analysis.sentences[size - 1].end if size else 0
