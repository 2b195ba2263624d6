"""Stories in a small collection: the word frequencies it borrows from English at large."""

from __future__ import annotations

import math

import pytest

from briefing.core.analysis.analyser import Analyser
from briefing.core.extract.resolve import resolve
from briefing.core.models import Article
from briefing.core.similarity import Prior, idf
from briefing.core.stories import english
from briefing.core.stories.english import in_a_lead
from briefing.core.stories.grouping import group

# Five outlets' reports of one (invented) ferry sinking: each tells its own details, and they
# share only the event's few words ("ferry", "Tarsela", "missing", "sank").
FERRY = [
    (
        "courier",
        "2021-05-03",
        "Ferry sinks off Tarsela, dozens rescued",
        "A passenger ferry sank off Tarsela on Sunday night. Fishermen pulled forty people "
        "from the water before dawn; nine are missing. Witnesses on the pier described "
        "screams carried by the wind, torches sweeping across black water and a fishing "
        "captain who made six trips through the swell. Hospitals in the province treated "
        "eleven survivors for hypothermia and broken ribs.",
    ),
    (
        "gazette",
        "2021-05-03",
        "Nine missing after Tarsela ferry capsizes",
        "Divers searched the wreck off Tarsela on Monday for nine missing people. One "
        "survivor, a schoolteacher travelling to her sister's wedding, said waves broke over "
        "the deck and the lights failed before the ferry rolled. Her cousin, a nurse, is "
        "among those still unaccounted for. Volunteers brought blankets and soup to the "
        "families gathered outside the town hall.",
    ),
    (
        "wire",
        "2021-05-04",
        "Helicopters join search for ferry victims",
        "Navy helicopters joined the search off Tarsela after the ferry disaster, flying "
        "grids over the strait while patrol boats followed currents toward the reefs. The "
        "governor declared three days of mourning and promised compensation. Weather "
        "forecasters warned of more gales, which could halt the operation by Thursday.",
    ),
    (
        "daily",
        "2021-05-04",
        "Operator questioned over Tarsela sinking",
        "Police questioned managers of the company that ran the ferry which sank off "
        "Tarsela. Inspectors said the vessel had been certified for thirty passengers but "
        "sold fifty tickets, and its lifeboats were chained shut. Records show the hull "
        "failed an inspection last autumn. Lawyers for the company declined to comment.",
    ),
    (
        "herald",
        "2021-05-05",
        "Two more bodies found near Tarsela",
        "Rescuers recovered two more bodies near Tarsela, where the ferry went down. Seven "
        "passengers remain missing. A memorial of candles and photographs has grown along "
        "the harbour wall, and the archbishop will lead a service on Saturday. Shops in the "
        "old quarter closed their shutters at noon in silence.",
    ),
]
OTHERS = [
    (
        "courier",
        "2021-05-06",
        "Vellano wine festival opens despite the rain",
        "The wine festival of Vellano opened on Thursday under umbrellas. Growers from the "
        "hills poured the new vintage in the square, a brass band played, and the mayor "
        "crowned the harvest queen. Organisers expect twenty thousand visitors by Sunday.",
    ),
    (
        "wire",
        "2021-05-06",
        "Finance minister cuts tax on farm diesel",
        "The finance minister cut the tax on farm diesel in a budget that also raises "
        "pensions and trims the defence ministry's spending. Farmers' unions welcomed the "
        "cut; economists said the deficit would widen next year.",
    ),
]


def _stories(analyser: Analyser, rows: list[tuple[str, str, str, str]]) -> list[list[str]]:
    articles = [
        Article(f"{n}{i}", f"{n}{i}", title, day, n, "", body, ())
        for i, (n, day, title, body) in enumerate(rows)
    ]
    analyses = analyser.analyse([a.body for a in articles], [a.date for a in articles])
    items = list(zip(articles, analyses, strict=True))
    found = group(items, resolve([(a.id, a.body, x) for a, x in items]))
    return [sorted(s.articles) for s in found]


def test_a_folder_that_follows_one_event_is_one_story(analyser: Analyser) -> None:
    # Alone, the five share words that all of them hold, which a collection's own counts
    # call common: the wire's report was a story of its own.
    assert _stories(analyser, FERRY) == [sorted(f"{row[0]}{i}" for i, row in enumerate(FERRY))]


def test_other_events_of_a_small_collection_stay_apart(analyser: Analyser) -> None:
    found = _stories(analyser, FERRY + OTHERS)
    assert [len(s) for s in found] == [5, 1, 1]
    assert found[1:] == [["courier5"], ["wire6"]]


def test_a_small_collection_borrows_the_frequencies_of_english() -> None:
    shares = {"vegas": 0.001, "said": 0.5}
    prior = Prior(300, lambda term: shares.get(term, 0.0))
    df = {"vegas": 12, "said": 12}
    # In twelve articles that all hold both words, their own counts weigh them alike, ...
    assert idf(df, 12, "vegas") == idf(df, 12, "said")
    # ... and the borrowed ones tell the name from the word every article has.
    assert idf(df, 12, "vegas", prior) > 2 * idf(df, 12, "said", prior)
    # From the prior's size on, the collection's own counts alone weigh its words.
    assert idf(df, 300, "vegas", prior) == idf(df, 300, "vegas") == math.log(1 + 300 / 12)


def test_how_common_a_word_or_name_is_in_a_lead(monkeypatch: pytest.MonkeyPatch) -> None:
    said, vegas, las_vegas = (in_a_lead(x) or 0.0 for x in ("said", "vegas", "Las Vegas"))
    assert 0.5 < said < 1
    assert 0 < las_vegas < vegas < said  # a name is rarer than each of its words
    assert in_a_lead("Kwangmyongsong") == 0.0  # not in the list: never seen
    assert in_a_lead("don’t") == in_a_lead("don't")
    # wordfreq that cannot be loaded: no share, so the collection's own counts alone.
    monkeypatch.setattr(english, "_frequency", lambda: None)
    english.in_a_lead.cache_clear()
    try:
        assert english.in_a_lead("said") is None
        prior = Prior(300, english.in_a_lead)
        assert idf({"said": 12}, 12, "said", prior) == idf({"said": 12}, 12, "said")
    finally:
        english.in_a_lead.cache_clear()  # (no None left for the tests after this one)


BRIEFS = [
    "The Federal Reserve held interest rates steady on Tuesday and said inflation had eased "
    "more slowly than its officials expected.",
    "The Treasury added three oil tankers to its sanctions list on Tuesday, saying they had "
    "carried crude for a blacklisted shipping company.",
    "The Pentagon ordered two hundred surveillance drones from a California firm on Tuesday, "
    "officials said, in a contract worth $400 million.",
    "The Senate confirmed the president's nominee for ambassador to Japan on Tuesday by a vote "
    "of 62 to 35.",
    "The aviation regulator grounded a fleet of regional jets on Tuesday after cracks were "
    "found in the engine mounts of two planes.",
    "The Supreme Court agreed on Tuesday to hear a dispute over water rights between two "
    "western states.",
]


def test_a_page_in_another_script_joins_no_story_by_its_few_english_words(
    analyser: Analyser,
) -> None:
    """Trial G: a Japanese page on trademark law that named "iPhone" eight times joined an
    English story on the iPhone X's screen by those words alone."""
    phone = "Owners of the new Orvane X phone report a green line on its screen"
    rows = [
        ("daily", "2017-11-10", "Orvane X owners report green line", f"{phone}. The company "
         "said it was looking into the screen fault on the Orvane X phone."),
        ("wire", "2017-11-11", "Green line on Orvane X screens", f"{phone}, users said. "
         "Orvane said a software update would fix the screen of the Orvane X phone."),
        ("blog", "2017-11-12", "商品の改造が商標法違反に", "Orvane X phone screen: Orvane "
         "の商品を改造して販売することは、商標法違反になる場合があります。改造した商品に元の"
         "商標を付けたまま販売すると、商標権の侵害になることがあります。" * 3),
    ]  # fmt: skip
    assert _stories(analyser, rows) == [["daily0", "wire1"], ["blog2"]]
    # ... whichever comes first (review K: the page first, the others joined it)
    first = [(*rows[2][:1], "2017-11-09", *rows[2][2:]), *rows[:2]]
    assert _stories(analyser, first) == [["daily1", "wire2"], ["blog0"]]


@pytest.mark.parametrize(
    "dateline", ["WASHINGTON (Reuters) - ", "Washington (CNN) — ", "(Bloomberg) -- ", "WASHINGTON—"]
)
def test_one_days_briefs_from_one_city_are_stories_of_their_own(
    analyser: Analyser, dateline: str
) -> None:
    """A review: eight Reuters briefs of a day, each opening "WASHINGTON (Reuters) -" and
    saying "officials" and "Tuesday", were seven in one story; then other outlets' datelines."""
    rows = [
        ("wire", "2021-03-09", text.split(" on Tuesday")[0], f"{dateline}{text}") for text in BRIEFS
    ]
    assert [len(s) for s in _stories(analyser, rows)] == [1] * len(BRIEFS)


def test_an_agency_the_leads_name_as_their_source_is_no_actor_of_the_story(
    analyser: Analyser,
) -> None:
    """A trial's dieselgate story listed "Reuters" among its actors: who reports is no news."""
    rows = [
        (
            "Volkswagen fixes fewer cars in Britain",
            "Volkswagen has not fixed one in three of its diesel cars in Britain, the company "
            "told Reuters on Friday. Volkswagen said owners would be written to again.",
        ),
        (
            "Volkswagen owners wait for a fix",
            "Owners of Volkswagen diesel cars in Britain are still waiting for a fix, a "
            "spokesman told Reuters. Volkswagen said the work would end next year.",
        ),
    ]
    articles = [
        Article(f"a{i}", f"a{i}", title, "2017-11-10", "x", "", body, ())
        for i, (title, body) in enumerate(rows)
    ]
    analyses = analyser.analyse([a.body for a in articles], [a.date for a in articles])
    items = list(zip(articles, analyses, strict=True))
    (story,) = group(items, resolve([(a.id, a.body, x) for a, x in items]))
    assert "Volkswagen" in story.actors and "Reuters" not in story.actors, story.actors
