"""The digest: a selection of many stories told story by story, each citing its own articles."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.core.brief.digest import rank
from briefing.core.models import Article, Story
from briefing.paths import seeds_dir
from tests.test_brief import _NFL_WEEK


def _story(sid: str, members: list[str], last: str) -> Story:
    return Story(sid, sid, last, last, tuple(members), tuple(members), ())


def _article(aid: str, outlet: str) -> Article:
    return Article(
        id=aid, path=f"/x/{aid}.txt", title=aid, body="", date=None, source=outlet, url=""
    )


def test_larger_stories_lead_and_old_ones_yield_to_news() -> None:
    articles = {a: _article(a, f"outlet-{a}") for a in "abcdefg"}
    big = _story("big", ["a", "b", "c"], "2021-09-10")
    small = _story("small", ["d"], "2021-09-10")
    old = _story("old", ["e", "f", "g"], "2021-05-01")  # as large, four months older
    assert [s.id for s in rank([small, old, big], articles)] == ["big", "small", "old"]
    one_outlet = {**articles, **{a: _article(a, "same") for a in "abc"}}
    two = _story("two", ["d", "e"], "2021-09-10")
    # Three articles of one outlet weigh less than the same count from three outlets.
    assert rank([big, two], one_outlet)[0].id == "big"
    assert rank([big, _story("three", ["e", "f", "g"], "2021-09-10")], one_outlet)[0].id == "three"


def test_a_story_many_outlets_told_leads_a_one_article_story_of_a_later_day() -> None:
    """In a selection of a year, recency weighs within that year: eight outlets' story of
    its start still leads one article of its last day (a trial put it eighth, under three
    one-article stories)."""
    articles = {a: replace(_article(a, f"outlet-{a}"), date="2016-11-10") for a in "abcdefgh"}
    articles["i"] = replace(_article("i", "outlet-i"), date="2017-11-27")
    tram = Story("tram", "tram", "2016-11-09", "2016-11-10", tuple("abcdefgh"), (), ())
    lone = _story("lone", ["i"], "2017-11-27")
    assert [s.id for s in rank([lone, tram], articles)] == ["tram", "lone"]
    # Of a like size, the later story leads.
    later = _story("later", list("abcd"), "2017-11-27")
    later_ones = {**articles, **{a: replace(articles[a], date="2017-11-27") for a in "abcd"}}
    earlier = Story("earlier", "e", "2016-11-09", "2016-11-10", tuple("efgh"), (), ())
    assert [s.id for s in rank([earlier, later], later_ones)] == ["later", "earlier"]
    # Today's news with one archived article: the period is today's, so a large story of
    # three months before yields to today's of a like size.
    news = {f"t{n}": replace(_article(f"t{n}", f"o{n}"), date="2017-11-27") for n in range(10)}
    older = {f"b{n}": replace(_article(f"b{n}", f"o{n}"), date="2017-08-27") for n in range(12)}
    archive = {"x": replace(_article("x", "o"), date="2015-01-01")}
    today = _story("today", list(news), "2017-11-27")
    before = _story("before", list(older), "2017-08-27")
    archived = _story("archived", ["x"], "2015-01-01")
    ranked = rank([before, today, archived], {**news, **older, **archive})
    assert [s.id for s in ranked] == ["today", "before", "archived"]


def test_in_a_selection_of_years_three_outlets_lead_one_article_of_its_end() -> None:
    """Over 2016-2018, a story three outlets told at the start leads one article of the
    last day (a trial saw one-article stories of 2018 above it); of a like size the later
    story still leads."""
    dated = {
        **{a: replace(_article(a, f"outlet-{a}"), date="2016-03-01") for a in "abc"},
        **{a: replace(_article(a, f"outlet-{a}"), date="2017-06-01") for a in "de"},
        "f": replace(_article("f", "outlet-f"), date="2018-03-01"),
        "g": replace(_article("g", "outlet-g"), date="2018-03-01"),
    }
    early = _story("early", list("abc"), "2016-03-01")
    middle = _story("middle", list("de"), "2017-06-01")
    lone = _story("lone", ["f"], "2018-03-01")
    later = _story("later", ["g", "f", "e"], "2018-03-01")
    assert [s.id for s in rank([lone, middle, early], dated)][2] == "lone"
    assert [s.id for s in rank([lone, early], dated)] == ["early", "lone"]
    assert rank([early, later], dated)[0].id == "later"


def test_a_partly_read_story_says_its_bottom_line_once() -> None:
    """In the digest of what is new, a story with a read and an unread article gives its
    bottom line, then what is new without the bottom line again (it was printed twice when
    the newest article gave it), and cites only what it shows."""
    from briefing.core.brief.digest import build_digest
    from briefing.core.models import Briefing, Point, Source
    from briefing.core.render.markdown import render_digest

    articles = {a: _article(a, f"outlet-{a}") for a in "ab"}
    story = _story("s", ["a", "b"], "2021-09-10")
    sources = tuple(
        Source(n, None, a, f"outlet-{a}", f"/x/{a}.txt", "", a) for n, a in ((1, "a"), (2, "b"))
    )
    told = Briefing(
        "t",
        Point("Bottom from b.", (2,)),
        (Point("Old point from a.", (1,)), Point("New point from b.", (2,))),
        (), (), (), sources,
    )  # fmt: skip
    digest = build_digest([story], [told], articles, unread={"b"})
    (shown,) = digest.stories
    assert [p.text for p in shown.new_points] == ["New point from b."]
    assert shown.key_points == () and [s.article for s in digest.sources] == ["b"]
    text = render_digest(digest)
    assert text.count("Bottom from b.") == 1 and "Old point from a." not in text


def many_stories_in(folder: Path) -> list[str]:
    """The seeds (one story, 2021), the NFL week's news (2018) and a tram crash (2016)."""
    folder.mkdir()
    for name, (date, title, text) in _NFL_WEEK.items():
        (folder / f"{name}.txt").write_text(f"date {date} {title}\n\n{text}\n")
    (folder / "tram.txt").write_text(
        "date 2016-11-09 A tram derailed and overturned in Croydon, south London, early on "
        "Wednesday, killing seven passengers. The driver was arrested, the police said."
    )
    return [str(seeds_dir()), str(folder)]


@pytest.fixture
def many_stories(tmp_path: Path) -> list[str]:
    return many_stories_in(tmp_path / "news")


def test_a_selection_of_many_stories_is_a_digest(
    many_stories: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stories", "--json", *many_stories]) == 0
    members = {s["id"]: set(s["articles"]) for s in json.loads(capsys.readouterr().out)}
    assert len(members) >= 3
    assert main(["brief", "--json", *many_stories]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "digest"
    assert set(data) >= {
        "kind", "title", "first_date", "last_date", "stories", "other_stories", "sources",
    }  # fmt: skip
    assert data["title"] == f"Digest of {len(members)} stories, 2016-11-09 to 2021-09-08"
    assert (data["first_date"], data["last_date"]) == ("2016-11-09", "2021-09-08")
    assert len(data["stories"]) == len(members) and data["other_stories"] == []
    assert {s["id"] for s in data["stories"]} == set(members)
    first = data["stories"][0]  # the seeds: as large as any, and the newest by years
    assert first["articles"] == 2 and first["last_date"] == "2021-09-08"
    assert "Patrushev" in first["bottom_line"]["text"]
    listed = [s["number"] for s in data["sources"]]
    assert listed == list(range(1, len(listed) + 1))
    article_of = {s["number"]: s["article"] for s in data["sources"]}
    cited: set[int] = set()
    for story in data["stories"]:
        assert set(story) == {
            "id", "title", "bottom_line", "key_points", "articles", "outlets", "first_date",
            "last_date",
        }  # fmt: skip
        assert story["articles"] == len(members[story["id"]])
        assert len(story["key_points"]) <= 3
        points = [story["bottom_line"], *story["key_points"]]
        numbers = {n for p in points if p for n in p["citations"]}
        assert numbers  # every story told cites its articles
        # Each story cites its own articles only.
        assert {article_of[n] for n in numbers} <= members[story["id"]]
        cited |= numbers
    assert cited == set(article_of)  # only cited articles are sources


def test_the_digest_tells_the_top_stories_and_names_the_others(
    many_stories: list[str], isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (isolated / "config.yaml").write_text("digest_stories: 1\n")
    assert main(["brief", "--markdown", *many_stories]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# Digest of ") and "2016-11-09 to 2021-09-08\n" in text
    assert text.count("\n## 1. ") == 1 and "\n## 2. " not in text
    assert "*2 articles from 2 outlets, 2021-09-07 to 2021-09-08*" in text
    others = text.split("## Other stories\n\n")[1].split("\n\n")[0].splitlines()
    assert len(others) >= 2 and all(line.startswith("- ") for line in others)
    assert text.startswith(f"# Digest of {len(others) + 1} stories, ")
    assert "Croydon" in text.split("## Other stories")[1]  # the tram: a line, not told
    sources = text.split("## Sources\n\n")[1].splitlines()
    assert len(sources) == 2  # the told story's articles only


def test_a_story_has_one_title_in_stories_the_digest_and_its_briefing(
    many_stories: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The headline of the story's most central article, wherever the story is named: its
    briefing adds the dates its articles span (it was titled by its actors, "Nikolay
    Patrushev and Ajit K. Doval", where `stories` and the digest gave the headline)."""
    assert main(["stories", "--json", *many_stories]) == 0
    listed = {s["id"]: s for s in json.loads(capsys.readouterr().out)}
    assert main(["brief", "--json", *many_stories]) == 0
    digest = json.loads(capsys.readouterr().out)
    assert {s["id"]: s["title"] for s in digest["stories"]} == {
        sid: s["title"] for sid, s in listed.items()
    }
    for sid, story in listed.items():
        assert main(["brief", "--json", "--story", sid, *many_stories]) == 0
        told = json.loads(capsys.readouterr().out)
        first, last = story["first_date"], story["last_date"]
        span = first if first == last else f"{first} to {last}"
        assert told["title"] == f"{story['title']}, {span}"
    # Of articles that have no headline of their own (a lead cut to a title), the title is
    # the central one's cut lead; a headline of its own comes first when any has one.
    (seeds,) = [s for s in listed.values() if s["first_date"] == "2021-09-07"]
    assert seeds["title"].startswith("Russian Secretary of the Security Council")


def test_one_story_keeps_its_briefing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", "--json", str(seeds_dir())]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "story" and "timeline" in data and len(data["sources"]) == 2


def test_a_top_story_is_told_from_its_newest_articles(
    many_stories: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.core.brief import digest

    monkeypatch.setattr(digest, "TOLD_ARTICLES", 1)
    assert main(["brief", "--json", *many_stories]) == 0
    out = json.loads(capsys.readouterr().out)
    dates = {s["number"]: s["date"] for s in out["sources"]}
    for story in out["stories"]:
        cited = {
            dates[n] for p in [story["bottom_line"], *story["key_points"]] for n in p["citations"]
        }
        assert cited <= {story["last_date"]}  # its newest article alone
        assert story["articles"] >= 1
    seeds = [s for s in out["stories"] if s["first_date"] == "2021-09-07"]
    assert seeds and seeds[0]["articles"] == 2  # counts are still of all its articles
