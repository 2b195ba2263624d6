"""A briefing's bottom line is dated by what its articles state for that event: a date
written with its month over one counted from an article's own day."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.workspace import Workspace
from tests.test_brief import _record


def test_a_day_written_out_outweighs_a_weekday_counted_a_week_off(
    tmp_path: Path, workspace: Workspace
) -> None:
    folder = tmp_path / "articles"
    # Dated Thursday where they were written; the launch was on Friday where it happened:
    # counted from their day, the Friday before, a week off.
    for name, source, more in (
        ("a", "cnn.com", "Sirens sounded."),
        ("b", "npr.org", "Trains stopped."),
    ):
        _record(
            folder,
            name,
            "2017-09-14",
            source,
            "North Korea fires missile over Japan",
            "North Korea fired a ballistic missile over Hokkaido in northern Japan on Friday, "
            "the Japanese government said. " + more,
        )
    _record(
        folder,
        "c",
        "2017-09-15",
        "reuters.com",
        "Japan protests to Pyongyang",
        "North Korea fired a ballistic missile on September 15, the Japanese government said.",
    )
    workspace.sync([folder])
    line = workspace.briefing(workspace.ids).bottom_line
    assert line is not None
    assert line.text == "North Korea fires missile over Japan on 15 September 2017."


def _missile_over_japan(
    folder: Path, date: str, whens: tuple[str, str], later: str, where: str
) -> None:
    """Two articles of `date` on a launch over Japan told `whens`, and one of `later` that
    states its day, 15 September 2017 (`where`: where it says the missile went)."""
    for name, source, when, more in (
        ("a", "cnn.com", whens[0], "Sirens sounded."),
        ("b", "npr.org", whens[1], "Trains stopped."),
    ):
        _record(
            folder, name, date, source, "North Korea fires missile over Japan",
            f"North Korea fired a ballistic missile over Hokkaido in northern Japan {when}, "
            "the Japanese government said. " + more,
        )  # fmt: skip
    _record(
        folder, "c", later, "reuters.com", "Japan protests to Pyongyang",
        f"North Korea fired a ballistic missile{where} on September 15, the Japanese "
        "government said.",
    )  # fmt: skip


def test_the_timeline_dates_the_bottom_lines_event_as_the_bottom_line_does(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A trial's bottom line said "North Korea launches missile over Japan on 14 September
    2017" while the timeline put the same event, citing the same articles, on 8 September
    (the event's own date, counted from one article's day)."""
    folder = tmp_path / "articles"
    _missile_over_japan(folder, "2017-09-14", ("on Friday", "on Friday"), "2017-09-15", "")
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.bottom_line is not None
    assert briefing.bottom_line.text.endswith("on 15 September 2017.")
    told = [d for d in briefing.timeline if "missile" in d.text]
    assert told and all(d.date == "2017-09-15" for d in told), briefing.timeline


def test_the_bottom_lines_event_is_on_the_timeline_once(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Told "this month" by the articles the bottom line dates to the day another states,
    the news sat on the timeline twice: on 15 September and across all of September."""
    folder = tmp_path / "articles"
    _missile_over_japan(
        folder, "2017-09-20", ("this month", "in September"), "2017-09-16", " over Japan"
    )
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.bottom_line is not None
    assert briefing.bottom_line.text.endswith("on 15 September 2017.")
    told = [d for d in briefing.timeline if "missile" in d.text]
    assert [(d.date, d.citations) for d in told] == [("2017-09-15", (1, 2, 3))], told


def test_a_related_links_title_is_no_timeline_entry(tmp_path: Path, workspace: Workspace) -> None:
    """A trial's Silverman story had "5 February 2018: Martin Platt returns to Corrie", the
    title of a related article printed in the page (no full stop), on its timeline."""
    folder = tmp_path / "articles"
    for name, source in (("a", "mirror.co.uk"), ("b", "bbc.co.uk")):
        _record(
            folder, name, "2018-02-06", source, "Sarah Silverman and Michael Sheen split",
            "Sarah Silverman announced on Monday that she and Michael Sheen had split after "
            "four years.\n\nMartin Platt returns to the soap on Monday\n\nThe pair met in "
            "2014, friends said.",
        )  # fmt: skip
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.timeline
    assert not any("Martin Platt" in d.text for d in briefing.timeline), briefing.timeline


@pytest.mark.parametrize(
    ("date", "title", "text", "ends"),
    [
        # A trial's bottom line "North Korea launches missile over Japan" cited all eight
        # articles of its story, among them a winter of no tests: half of its words anywhere
        # in a lead ("North Korea", "missile") made a source.
        (
            "2017-11-14", "North Korea's quiet winter",
            "North Korea has launched no missile since September as its army began winter "
            "training, analysts said. Korea's leader visited a farm.",
            None,
        ),
        # A trial's "... on 29 August 2017" cited an article of September 2016 on an earlier
        # launch, told in the same words: none of before its day.
        (
            "2016-09-05", "North Korea test-fires 3 missiles",
            "North Korea fired three ballistic missiles over northern Japan on Monday, the "
            "Japanese government said.",
            "on 15 September 2017.",
        ),
    ],
)  # fmt: skip
def test_the_bottom_line_cites_the_articles_that_tell_it(
    tmp_path: Path, workspace: Workspace, date: str, title: str, text: str, ends: str | None
) -> None:
    folder = tmp_path / "articles"
    _missile_over_japan(folder, "2017-09-15", ("on Friday", "on Friday"), "2017-09-16", "")
    _record(folder, "d", date, "japantimes.co.jp", title, text)
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.bottom_line is not None
    if ends is not None:
        assert briefing.bottom_line.text.endswith(ends), briefing.bottom_line
    other = next(s.number for s in briefing.sources if s.title == title)
    assert other not in briefing.bottom_line.citations, briefing.bottom_line
    assert len(briefing.bottom_line.citations) == 3, briefing.bottom_line


def test_a_bottom_line_still_to_come_cites_the_articles_that_announced_it(
    tmp_path: Path, workspace: Workspace
) -> None:
    folder = tmp_path / "articles"
    for name, date, source in (
        ("a", "2017-09-05", "theverge.com"),
        ("b", "2017-09-08", "cnet.com"),
        ("c", "2017-09-10", "wired.com"),
    ):
        _record(
            folder, name, date, source, "Apple to unveil the iPhone X",
            "Apple will unveil the iPhone X at an event in Cupertino on September 12, the "
            "company said.",
        )  # fmt: skip
    workspace.sync([folder])
    line = workspace.briefing(workspace.ids).bottom_line
    assert line is not None and "12 September 2017" in line.text, line
    assert line.citations == (1, 2, 3), line


def test_the_timeline_tells_the_bottom_lines_news_without_its_dateline(
    tmp_path: Path, workspace: Workspace
) -> None:
    # The second trial's timeline: "BERLIN -- The European Space Agency says putting
    # astronauts into a state of suspended animation could make it easier ...".
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(
        "---\ntitle: 'Snooze cruise: Study sees future for hibernating astronauts'\n"
        "date: 2019-11-18\n---\n"
        "BERLIN -- The European Space Agency says putting astronauts into a state of suspended "
        "animation could make it easier to reach other planets.\nThe agency said Monday that "
        "its researchers examined how hibernation would affect the design of a crewed mission "
        "to Mars and concluded that it could help to significantly shrink the size of "
        "spacecraft.\n"
    )
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.timeline, briefing
    assert not any(d.text.startswith("BERLIN") for d in briefing.timeline), briefing.timeline


def test_the_timeline_tells_deeds_not_what_is_said_or_denied_of_them(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A trial's timeline: "Japan would shoot North Korean missiles out of the sky" (what
    Trump said Japan would do, beside Trump's entry saying it), "United States had any such
    window" (what Tillerson denied), "Washington Post reported Joseph Yun in United States"
    (an outlet), "South Korea agreed to keep in United States" (an action cut short)."""
    folder = tmp_path / "articles"
    for name, source, more in (("a", "kestrel.com", ""), ("b", "harbour.com", " Boats waited.")):
        _record(
            folder, name, "2019-03-09", source, "Fiji closes its ports",
            "Prime Minister Jacinda Arden said on Monday that Fiji would close its ports to "
            "foreign trawlers, suggesting Samoa take the same step. Frank Bainimarama denied "
            "on Friday Tonga had shelled the island. Toyota suspended production at two "
            "plants on Wednesday, the company said. "
            "Ardern was reported by The Kestrel Times as saying on Tuesday that the talks "
            "failed. Norway and Sweden agreed on Thursday to keep working for a deal on "
            "fishing quotas." + more,
        )  # fmt: skip
    workspace.sync([folder])
    told = [d.text for d in workspace.briefing(workspace.ids).timeline]
    unsaid = ("Fiji would", "Tonga", "Kestrel Times", "Samoa")
    assert not any(t.startswith(unsaid) for t in told), told
    assert any("keep working for a deal" in t for t in told), told
    assert any(t.startswith("Jacinda Arden said") for t in told), told
    assert any(t.startswith("Toyota suspended production") for t in told), told  # its own
