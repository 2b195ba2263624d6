"""Words as lemmas: spaCy's lemmatizer, run at analysis, corrects the suffix rule where it goes
wrong, and the briefing's sentences meet on those lemmas (sentences written for the test)."""

from __future__ import annotations

from briefing.core.analysis.analyser import Analyser
from briefing.core.brief.same_fact import content_words
from briefing.core.store.codec import decode_analysis, encode_analysis
from briefing.core.words import corrections, merged, stem, stems, verb_stem


def lexicon_of(analyser: Analyser, *texts: str) -> dict[str, str]:
    return merged(a.lemmas for a in analyser.analyse(list(texts)))


def test_the_lemmatizer_corrects_the_rule_and_is_stored(analyser: Analyser) -> None:
    text = (
        "The news agencies said on Monday that officials cancelled the summit. "
        "Thomas Jones went to the meetings in Brussels."
    )
    (analysis,) = analyser.analyse([text])
    lexicon = dict(analysis.lemmas)
    assert lexicon["news"] == "news"  # the rule cut it to "new"
    assert lexicon["agencies"] == "agency"  # "agenci"
    assert lexicon["cancelled"] == "cancel"  # "cancell"
    assert lexicon["went"] == "go"
    assert "visits" not in lexicon and "meetings" not in lexicon  # the rule says as much
    assert decode_analysis(encode_analysis(analysis)).lemmas == analysis.lemmas


def test_words_meet_on_their_lemmas_across_articles(analyser: Analyser) -> None:
    lexicon = lexicon_of(
        analyser,
        "The news conference was cancelled after the agencies objected.",
        "A new conference will be held, the agency says, and officials cancel nothing.",
        "Officials said the meeting went ahead. The candidate ran for office.",
    )
    assert stem("news", lexicon) != stem("new", lexicon)
    assert stem("agencies", lexicon) == stem("agency", lexicon)
    assert stem("cancelled", lexicon) == stem("cancel", lexicon)
    assert stem("said", lexicon) == stem("says", lexicon) == "say"
    # A gerund still meets its verb: "Thursday's meeting" under "Trump and Obama meet".
    assert stem("meeting", lexicon) == stem("meet", lexicon)
    assert "new" not in content_words("The news conference", lexicon)
    ran, runs = stems("Kim ran for office", lexicon), stems("Kim runs for office", lexicon)
    assert ran == runs == {"kim", "run", "office"}
    assert verb_stem("went", lexicon) == "go"
    # A headline is not analysed: its "cancelling" meets the body's "cancelled" still.
    assert stem("cancelling", lexicon) == stem("cancelled", lexicon) == "cancel"


def test_a_word_with_two_lemmas_takes_its_most_frequent() -> None:
    pairs = [("saw", "see"), ("saw", "see"), ("saw", "saw"), ("Visits", "visit")]
    assert corrections(pairs) == {"saw": "see"}  # "visits" is what the rule cuts anyway
