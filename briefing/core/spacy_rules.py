"""spaCy components of our own; importing this module registers them (it imports spaCy).

Kept apart from `nlp.py` so that worker processes which unpickle a pipeline find the
components by importing this module, and so nothing else pays for `import spacy`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "briefing_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    The statistical `senter` reads across paragraph breaks (PERF-NOTES: 7,015 sentences where
    the parser found 9,137); a headline or paragraph never continues over a newline.
    Placed before `senter`, whose `overwrite=False` keeps these starts.
    """
    for token in doc[:-1]:
        if "\n" in token.text and token.is_space:
            doc[token.i + 1].is_sent_start = True
    return doc
