"""The briefing of the seeds, its Markdown, and export, on real spaCy output."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

import briefing.core.brief.same_fact as same_fact
import briefing.core.brief.timeline as timeline_module
from briefing.cli import main
from briefing.config import Config
from briefing.core.analysis.analyser import Analyser
from briefing.core.brief.build import build_briefing, tells_entry_again
from briefing.core.brief.same_fact import content_words
from briefing.core.brief.wording import (
    is_statement,
    place_words,
    preposition,
    stands_alone,
)
from briefing.core.extract.facts import selection_facts
from briefing.core.extract.resolve import resolve
from briefing.core.models import Article, Briefing, Event
from briefing.core.render.export import file_name, save_at, slug
from briefing.core.render.markdown import render_briefing
from briefing.core.sources.text import without_dateline
from briefing.core.workspace import Workspace
from briefing.paths import seeds_dir

HOSTILE = (
    "date 2021-09-09 # Not a heading\n\nAjit Doval met [Nikolay Patrushev](http://evil.example) "
    "in <script>alert(1)</script> New Delhi on Thursday. **Bold** claims _here_ and `code`.\n\n"
    "<img src=x onerror=alert(1)> Vladimir Putin called Narendra Modi on Thursday.\n\n"
    "1. Not a list\n\n> not a quote\n\n---\n"
)


@pytest.fixture
def seeds_workspace(warm_cache: Path):  # type: ignore[no-untyped-def]
    with Workspace(Config(), cache_dir=warm_cache) as ws:
        ws.cached()
        yield ws


def test_seed_briefing(seeds_workspace: Workspace) -> None:
    briefing = seeds_workspace.briefing(seeds_workspace.ids)
    assert briefing.bottom_line is not None
    bottom = briefing.bottom_line.text
    for part in ("Patrushev", "Doval", "New Delhi", "8 September 2021"):
        assert part in bottom
    assert briefing.key_points
    for point in briefing.key_points:
        assert set(point.citations) <= {1, 2} and point.citations
    said = [briefing.bottom_line.text] + [p.text for p in briefing.key_points]
    said += [c.text for c in briefing.changes]  # what changed: not said again either
    for i, a in enumerate(said):
        for b in said[i + 1 :]:
            wa, wb = set(content_words(a)), set(content_words(b))
            assert len(wa & wb) / len(wa | wb) < 0.6, (a, b)  # no fact said twice
    assert not any("held extensive talks" in p.text for p in briefing.key_points)
    # "Patrushev will be visiting India ..." [1] and "Gen Patrushev who is visiting India at
    # the invitation of NSA Doval ..." [2]: one event, said once, citing both.
    visiting = [p for p in briefing.key_points if "visiting India" in p.text]
    assert len(visiting) == 1 and visiting[0].citations == (1, 2)
    # "The two leaders ... had instructed their senior officials to remain in touch" and the
    # subheading "PM Modi and President Putin instructed their senior officials to keep in
    # touch": one deed, said once.
    assert sum("instructed their senior officials" in p.text for p in briefing.key_points) == 1
    dates = [e.date for e in briefing.timeline]
    assert dates == sorted(dates)
    for needed in ("2021-08-24", "2021-09-06", "2021-09-07", "2021-09-08"):
        assert needed in dates
    assert dates.index("2021-08-24") < dates.index("2021-09-06") < dates.index("2021-09-07")
    call = briefing.timeline[dates.index("2021-08-24")]
    assert "Modi" in call.text and "Putin" in call.text
    # One article says "last month", the other "August 24": one call, citing both, said once.
    assert call.citations == (1, 2)
    assert not any("Modi" in e.text and e.granularity == "month" for e in briefing.timeline)
    visit = briefing.timeline[dates.index("2021-09-07")]
    assert "KC" not in visit.text  # an award after Doval's name, read as a place
    remarks = briefing.timeline[dates.index("2021-09-06")]
    assert "Kudashev" in remarks.text and "ample opportunity" in remarks.text  # what was said
    assert [s.date for s in briefing.sources] == ["2021-09-07", "2021-09-08"]
    assert briefing.changes and all(c.date == "2021-09-08" for c in briefing.changes)
    names = [a.name for a in briefing.actors]
    assert {"Nikolay Patrushev", "Ajit K. Doval", "Narendra Modi", "Vladimir Putin"} <= set(names)


def _citations_resolve(markdown: str) -> None:
    tokens = MarkdownIt("commonmark").parse(markdown)
    items = [t for t in tokens if t.type == "list_item_open" and t.info]  # ordered: info = n
    numbers = {int(t.info) for t in items}
    cited = {int(n) for n in re.findall(r"(?<!\\)\[(\d+)\]", markdown)}
    assert cited and cited <= numbers


def test_markdown_citations_resolve(seeds_workspace: Workspace) -> None:
    markdown = seeds_workspace.briefing_markdown(seeds_workspace.ids)
    _citations_resolve(markdown)
    (story,) = seeds_workspace.stories(seeds_workspace.ids)
    assert markdown.startswith(f"# {story.title}, 2021-09-07 to 2021-09-08\n")


def test_hostile_text_is_inert(tmp_path: Path, workspace: Workspace) -> None:
    (tmp_path / "hostile.txt").write_text(HOSTILE)
    workspace.sync([tmp_path / "hostile.txt"])
    markdown = workspace.briefing_markdown(workspace.ids)
    tokens = MarkdownIt("commonmark").parse(markdown)
    inline = [c for t in tokens if t.children for c in t.children]
    assert not [t for t in tokens if t.type in ("html_block", "blockquote_open", "hr")]
    assert not [c for c in inline if c.type in ("html_inline", "link_open", "image")]
    # The one code span is the source's path, as the Sources list writes it.
    path = str(tmp_path / "hostile.txt")
    assert [c.content for c in inline if c.type == "code_inline"] == [path]
    headings = [
        "".join(c.content for c in tokens[i + 1].children or [])
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    # The article's "# Not a heading" is its title's text in our heading, not a heading.
    assert headings[0] == "# Not a heading, 2021-09-09"
    assert not any("Not a heading" in h for h in headings[1:])
    strong = [c for c in inline if c.type in ("strong_open", "em_open")]
    assert len(strong) == markdown.count("**") // 2  # only our own bold labels
    _citations_resolve(markdown)


def test_export_into_a_file_says_so_in_one_line(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: `export --out afile/x.md` said "too many files named x"."""
    blocked = tmp_path / "afile"
    blocked.write_text("keep me")
    assert main(["export", "--out", str(blocked / "x.md")]) == 2
    said = f"cannot save the briefing as {blocked / 'x.md'}: {blocked} is a file, not a folder"
    assert capsys.readouterr().err == f"briefing: error: {said}\n"
    assert blocked.read_text() == "keep me"


def test_export_command_writes_and_never_overwrites(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    (isolated / "config.yaml").write_text(f"export_dir: {folder}\n")
    assert main(["export"]) == 0
    first = capsys.readouterr().out.strip()
    # The same briefing again: no copy, the path where it is saved already.
    assert main(["export"]) == 0
    again = capsys.readouterr()
    assert again.out.strip() == first and "saved there already" in again.err
    (written,) = sorted(folder.iterdir())
    assert re.fullmatch(
        r"\d{4}-\d{2}-\d{2}-russian-secretary-of-the-security-council-.*\.md", written.name
    )
    # Another briefing under the same name: a numbered one, the first kept.
    written.write_text("an older briefing of the same day and title")
    assert main(["export"]) == 0
    assert len(list(folder.iterdir())) == 2 and capsys.readouterr().out.strip().endswith("-2.md")
    out = tmp_path / "mine.md"
    out.write_text("keep me")
    assert main(["export", "--out", str(out)]) == 0
    assert out.read_text() == "keep me" and (tmp_path / "mine-2.md").exists()
    assert main(["export", "--out", str(out), "--force"]) == 0
    assert out.read_text().startswith("# ")
    # A folder (a trial's became a file of its name): in it, under the usual name.
    capsys.readouterr()
    for given in (f"{tmp_path / 'new'}/", str(folder)):
        assert main(["export", "--out", given]) == 0
        saved = Path(capsys.readouterr().out.strip())
        assert saved.parent == Path(given) and saved.name.startswith(written.name[:-3])
        assert saved.read_text().startswith("# ")


def test_no_briefing_of_nothing_from_the_command_line(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export` of a folder without articles wrote "# Briefing" and "## Sources" and said
    nothing (the app refuses); `brief` printed an empty briefing. Both now say why in one
    line and exit 2, and nothing is written. Nothing new to save says so, and writes
    nothing either."""
    folder, empty = tmp_path / "exports", tmp_path / "empty"
    empty.mkdir()
    (isolated / "config.yaml").write_text(f"export_dir: {folder}\n")
    for command in (["export", str(empty)], ["brief", str(empty)], ["brief", "--json", str(empty)]):
        assert main(command) == 2
        said = capsys.readouterr()
        assert said.out == "" and f"no articles in {empty}" in said.err, said
    assert not folder.exists()
    (empty / "broken.json").write_text("{not json")
    assert main(["brief", str(empty)]) == 2  # the file's line, then why nothing is briefed
    said = capsys.readouterr()
    assert "broken.json" in said.err and f"no readable articles in {empty}" in said.err, said
    assert main(["export", "--new", "--mark-read"]) == 0  # the seeds: all new
    capsys.readouterr()
    assert main(["export", "--new"]) == 0
    said = capsys.readouterr()
    assert said.out == "" and "nothing is new" in said.err
    assert len(list(folder.iterdir())) == 1


def test_brief_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["brief", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {
        "kind", "title", "bottom_line", "key_points", "actors", "timeline", "changes", "sources",
    }  # fmt: skip
    assert data["kind"] == "story"  # the seeds tell one story
    assert all(set(p) == {"text", "citations"} for p in data["key_points"])
    assert all("path" in s for s in data["sources"])
    assert main(["brief", "--entity", "Kudashev", "--json"]) == 0
    assert main(["brief", "--entity", "Nobody"]) == 2


@pytest.mark.parametrize(
    "title", ["../../x", "a/b\\c", "bell\x07and\x1b[31mred", "é" * 300, "", "..", "/etc/passwd"]
)
def test_export_names_stay_in_their_folder(tmp_path: Path, title: str) -> None:
    folder = tmp_path / "out"
    path, _ = save_at(folder / file_name("2021-09-08", title), "text\n")
    assert path.parent == folder and path.read_text() == "text\n"
    assert re.fullmatch(r"2021-09-08-[a-z0-9-]{1,60}\.md", path.name)
    assert slug(title) == slug(title).strip("-")


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Путин встретился с Моди в Дели", "путин-встретился-с-моди-в-дели"),
        ("東京で地震", "東京で地震"),
        ("Ёлка й", "ёлка-й"),
        ("Café in Kraków, naïve", "cafe-in-krakow-naive"),
        ("मोदी ने पुतिन से मुलाकात की", "मोदी-ने-पुतिन-से-मुलाकात-की"),
        ("ประเทศไทย เลือกตั้ง", "ประเทศไทย-เลือกตั้ง"),
    ],
)
def test_a_title_in_another_script_keeps_its_words_in_the_file_name(title: str, name: str) -> None:
    # A trial: both became "briefing", then "briefing-2": no telling them apart.
    assert slug(title) == name


def test_a_file_name_leaves_out_the_dates_its_title_ends_on() -> None:
    """A trial: `s` saved "...-democratic-debate-2019.md" (the title's date span, cut) while
    `ctrl+s` offered "...-democratic-debate.md" for the same briefing. The file name starts
    with the day it was saved; the dates are in the file."""
    debate = "7 key questions heading into the 2020 Democratic debate"
    assert file_name("2026-12-07", f"{debate}, 2019-11-20") == file_name("2026-12-07", debate)
    assert file_name("2026-12-07", "Floods, 2017-09-03 to 2017-09-05") == "2026-12-07-floods.md"
    assert file_name(None, "Talks resume, 2019") == "talks-resume-2019.md"


def test_a_long_title_is_cut_between_words() -> None:
    title = "Former Facebook and Google employees unite to fight tech addiction, 2018-01-08"
    assert slug(title) == "former-facebook-and-google-employees-unite-to-fight-tech"
    assert slug("x" * 80) == "x" * 60  # one word longer than a slug: cut


def test_seeds_are_one_story_and_unrelated_news_another(
    seeds_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (story,) = seeds_workspace.stories(seeds_workspace.ids)
    assert story.first_date == "2021-09-07" and story.last_date == "2021-09-08"
    assert "Nikolay Patrushev" in story.actors and len(story.articles) == 2
    other = tmp_path / "tram.txt"
    other.write_text(
        "date 2016-11-09 A tram derailed and overturned in Croydon, south London, early on "
        "Wednesday, killing seven passengers. The driver was arrested, the police said."
    )
    assert main(["stories", "--json", str(seeds_dir()), str(other)]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert sorted(len(s["articles"]) for s in stories) == [1, 2]
    seeds_story = next(s for s in stories if len(s["articles"]) == 2)
    assert (
        main(["brief", "--json", "--story", seeds_story["id"], str(seeds_dir()), str(other)]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert len(data["sources"]) == 2 and "Patrushev" in data["bottom_line"]["text"]
    assert main(["brief", "--story", "nope", str(seeds_dir())]) == 2


_NFL_WEEK = {
    "bears1": (
        "2017-12-31",
        "Chicago Bears fire coach John Fox after 5-11 season",
        "The Chicago Bears fired head coach John Fox on Monday after a 5-11 season, his third "
        "losing season in a row. General manager Ryan Pace said the team needed a new "
        "direction. Fox went 14-34 in three seasons with the Bears and never reached the playoffs.",
    ),
    "bears2": (
        "2018-01-01",
        "Bears part ways with John Fox",
        "The Bears have fired John Fox after three seasons in Chicago. The NFL team finished "
        "5-11 and last in its division. Ryan Pace will lead the search for a new head coach, the "
        "Bears said on Monday, a day after the season ended with a loss to the Minnesota Vikings.",
    ),
    "packers": (
        "2017-12-30",
        "Packers sign center Corey Linsley to contract extension",
        "The Green Bay Packers signed center Corey Linsley to a three-year contract extension on "
        "Saturday. Linsley has started every game this season for the NFL team. General manager "
        "Ted Thompson said the Packers wanted to keep their offensive line together for next "
        "season.\nThe Packers finished 7-9 and missed the playoffs this season, and head coach "
        "Mike McCarthy will keep his job, the team said on Monday.",
    ),
}


def test_two_teams_news_of_one_week_are_two_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The words of a league's week (season, head coach, playoffs, general manager) are not one
    event: a team firing its coach and another extending a player's contract stay apart."""
    for name, (date, title, text) in _NFL_WEEK.items():
        (tmp_path / f"{name}.txt").write_text(f"date {date} {title}\n\n{text}\n")
    assert main(["stories", "--json", str(tmp_path)]) == 0
    stories = json.loads(capsys.readouterr().out)
    grouped = sorted(sorted(Path(p).stem for p in s["paths"]) for s in stories)
    assert grouped == [["bears1", "bears2"], ["packers"]]


_AP_LINE = (
    "Copyright {year} The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed."
)


def test_an_agencys_copyright_line_makes_no_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two short agency items of unrelated news, each with the agency's line under it, are
    two stories (the line's words and the agency's name made them one), and the line is no
    key point."""
    items = {
        "bears": ("2018-01-01", "Chicago Bears fire coach", "Chicago Bears fire coach John Fox "
                  "after a 5-11 season."),
        "subway": ("2018-01-03", "Subway trains collide", "Two New York City subway work "
                   "trains collided in a tunnel under the East River, injuring one worker. "
                   "The Metropolitan Transportation Authority said the trains did not derail. "
                   "Firefighters removed the worker from the tunnel near 53rd Street."),
    }  # fmt: skip
    for name, (date, title, text) in items.items():
        line = _AP_LINE.format(year=date[:4])
        (tmp_path / f"{name}.txt").write_text(f"date {date} {title}\n\n{text}\n{line}\n")
    assert main(["stories", "--json", str(tmp_path)]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert sorted(sorted(Path(p).stem for p in s["paths"]) for s in stories) == [
        ["bears"],
        ["subway"],
    ]
    assert main(["brief", "--json", str(tmp_path / "subway.txt")]) == 0
    told = json.loads(capsys.readouterr().out)
    assert told["key_points"]
    assert not any("Copyright" in p["text"] for p in told["key_points"])


def test_same_articles_same_briefing_whatever_the_hash_seed(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "BRIEFING_CACHE_DIR": str(tmp_path / "c")}
        done = subprocess.run(
            [sys.executable, "-m", "briefing", "brief", "--json"],
            capture_output=True, text=True, env=env, timeout=300, check=True,
        )  # fmt: skip
        stories = subprocess.run(
            [sys.executable, "-m", "briefing", "stories", "--json"],
            capture_output=True, text=True, env=env, timeout=300, check=True,
        )  # fmt: skip
        outputs.append(done.stdout + stories.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize(
    ("title", "text", "date", "said"),
    [
        (  # from a headline, its actor and place said once
            "Lady Gaga protests outside Trump Tower",
            "The singer stood on a sanitation truck outside Trump Tower in New York.",
            "2016-11-10",
            "Lady Gaga protests outside Trump Tower",
        ),
        (  # every actor of its subject, not "Sarah Silverman split"
            "Sarah Silverman and Michael Sheen split after four years",
            "The comedian told her followers that the couple had parted over Christmas.",
            "2018-02-05",
            "Sarah Silverman and Michael Sheen split",
        ),
    ],
)
def test_bottom_line_from_a_headline(
    tmp_path: Path, workspace: Workspace, title: str, text: str, date: str, said: str
) -> None:
    record = {"title": title, "text": text, "date_publish": f"{date} 08:00:00"}
    (tmp_path / "record.json").write_text(json.dumps(record))
    workspace.sync([tmp_path / "record.json"])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.bottom_line is not None
    bottom = briefing.bottom_line.text
    assert bottom.startswith(said)
    assert all(bottom.count(word) == 1 for word in said.split() if word[0].isupper())
    assert not any(said in p.text for p in briefing.key_points)  # not said again


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (  # a trial's "Taliban rose in Mazar-i-Sharif"
            "date 2016-11-11\nBlast at German consulate in Afghanistan\n\nThe death toll from "
            "a Taliban suicide attack on the German consulate in Mazar-i-Sharif rose to six on "
            "Friday, officials said. The Taliban said it carried out the attack.",
            "Taliban rose",
        ),
        (  # a trial's "Houston Astros began to stagger on stage"
            "date 2017-12-27\nAstros coach recovering\n\nThe first base coach of the Houston "
            "Astros collapsed during the team's victory parade in Houston on Friday. Doctors "
            "said he was recovering well.",
            "Houston Astros collapsed",
        ),
        (
            "date 2016-11-04\nCubs fans celebrate\n\nSupporters of the Chicago Cubs filled "
            "Grant Park in Chicago on Friday for a parade. The team's owner thanked the fans.",
            "Chicago Cubs filled",
        ),
        (  # its actor and another, the actor by a short name ("Trump" of Donald Trump)
            "date 2016-11-10\nObama hosts successor\n\nTrump and Obama met at the White House "
            "on Thursday for 90 minutes in a meeting both men later called cordial and "
            "productive. President-elect Donald Trump said he looked forward to working with "
            "President Barack Obama.",
            "Donald Trump met",
        ),
    ],
)
def test_a_subject_that_is_more_than_its_actor_is_said_as_written(
    tmp_path: Path, workspace: Workspace, text: str, wrong: str
) -> None:
    bottom = _bottom_line_of_file(tmp_path / "a.txt", workspace, text)
    assert not bottom.startswith(wrong)
    lead = text.split("\n\n")[1]
    assert bottom == lead[: lead.index(". ") + 1]  # as the outlet wrote it


def test_a_role_before_its_actors_name_is_no_subject_about_something_else(
    workspace: Workspace,
) -> None:
    # "Secretary of the Security Council of Russia Gen Nikolay Patrushev held ...": one of
    # his aliases holds the role ("Security Council of Russia Gen Nikolay Patrushev"),
    # whose "of" says nothing of the subject (the snapshot test found 46799a5 told it as written).
    seed = sorted(seeds_dir().iterdir())[0]
    workspace.sync([seed])
    bottom = workspace.briefing(workspace.ids).bottom_line
    assert bottom is not None
    assert bottom.text.startswith("Nikolay Patrushev, Secretary of the Security Council of Russia")


def test_a_place_said_in_the_action_is_not_said_again_as_topic(
    tmp_path: Path, workspace: Workspace
) -> None:
    bottom = _bottom_line_of_file(
        tmp_path / "gaga.txt",
        workspace,
        "date 2016-11-10\nLady Gaga protests outside Trump Tower\n\n"
        "The singer stood on a sanitation truck outside Trump Tower in New York on Wednesday.",
    )
    assert bottom.count("sanitation truck") == 1


def _record(folder: Path, name: str, date: str, source: str, title: str, text: str) -> None:
    """A news-please record in `folder` (made if need be)."""
    folder.mkdir(exist_ok=True)
    record = {
        "title": title,
        "text": text,
        "date_publish": f"{date} 08:00:00",
        "source_domain": source,
    }
    (folder / f"{name}.json").write_text(json.dumps(record))


def _actors_of(workspace: Workspace, path: Path) -> list[str]:
    """The key actors' names of the briefing of the articles at `path`."""
    workspace.sync([path])
    return [a.name for a in workspace.briefing(workspace.ids).actors]


def test_a_story_told_by_what_its_articles_report_without_page_furniture(
    tmp_path: Path, workspace: Workspace
) -> None:
    folder = tmp_path / "equifax"
    template = "Advertisement Continue reading the main story"
    _record(
        folder, "a", "2017-09-09", "www.thesun.co.uk",
        "Hackers feared to have stolen personal data from up to 44million Brits",
        "Hackers feared to have stolen personal data from up to 44million Brits.\n\n"
        "Equifax said the breach hit customers of BT and British Gas.\n\n"
        "http://www.facebook.com/TheSunNewspaper",
    )  # fmt: skip
    _record(
        folder, "b", "2017-10-02", "www.nytimes.com",
        "Equifax says 2.5 million more Americans were affected",
        f"Equifax said on Monday that 2.5 million more Americans were affected by the "
        f"breach of its systems.\n\n{template}\n\nRichard Smith apologised to Congress.",
    )  # fmt: skip
    _record(
        folder, "c", "2017-10-11", "www.nytimes.com",
        "Equifax admits 15 million Britons had details stolen",
        f"Equifax admitted on Wednesday that 15 million Britons had details stolen by "
        f"hackers.\n\n{template}\n\nThe company's shares fell sharply in New York.",
    )  # fmt: skip
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.title.startswith("Equifax")
    assert briefing.bottom_line is not None and "Equifax" in briefing.bottom_line.text
    told = [p.text for p in briefing.key_points] + [c.text for c in briefing.changes]
    assert not any("Continue reading" in t or "facebook.com" in t for t in told)
    assert len(briefing.changes) <= 8
    per_day = Counter(c.date for c in briefing.changes)
    assert max(per_day.values(), default=0) <= 2  # (each later fact is a key point here)


def test_bottom_line_is_what_the_story_reports_not_one_outlets_side_story(
    tmp_path: Path, workspace: Workspace
) -> None:
    folder = tmp_path / "vegas"
    _record(
        folder, "a", "2017-10-02", "www.cnn.com",
        "Gunman kills 58 at Las Vegas music festival",
        "A gunman killed 58 people at a music festival in Las Vegas on Sunday night, police "
        "said. Hundreds were injured.",
    )  # fmt: skip
    _record(
        folder, "b", "2017-10-02", "www.reuters.com",
        "Las Vegas shooting: 58 dead at music festival",
        "At least 58 people died when a gunman opened fire on a music festival in Las Vegas "
        "on Sunday. Police said the gunman killed himself.",
    )  # fmt: skip
    _record(
        folder, "c", "2017-10-03", "www.nytimes.com",
        "Stephen Paddock, the suspect, was a gambler",
        "Stephen Paddock, 64, was a retired accountant who liked to gamble, his brother Eric "
        "Paddock told reporters in Florida on Monday. Stephen Paddock had no criminal record. "
        "Eric Paddock spoke on Monday.",
    )  # fmt: skip
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.bottom_line is not None
    bottom = briefing.bottom_line.text
    assert "music festival" in bottom and "gambl" not in bottom
    assert 3 not in briefing.bottom_line.citations  # the side story does not report it
    # Named for what happened (its bottom line's own words: "Gunman" alone says nothing).
    assert briefing.title.startswith("Gunman kills 58 at Las Vegas music festival")
    assert not any(e.text == "Eric Paddock spoke" for e in briefing.timeline)  # a bare verb


def test_bottom_line_is_not_a_sentence_the_feed_cut_short(
    tmp_path: Path, workspace: Workspace
) -> None:
    folder = tmp_path / "costa-rica"
    _record(
        folder, "a", "2017-12-31", "www.cnn.com",
        "Costa Rica mourns 12 killed in Nature Air crash",
        "The Nature Air crash kills 12 in Costa Rica, including 10 US citizens.",
    )  # fmt: skip
    _record(
        folder, "b", "2018-01-01", "www.dailymail.co.uk",
        "Nature Air crash kills 12 in Costa Rica, including...",
        "Nature Air crash kills 12 in Costa Rica, including... A plane crash in Costa Rica "
        "killed 12 people, including 10 US citizens.",
    )  # fmt: skip
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.bottom_line is not None
    assert briefing.bottom_line.text == "Costa Rica mourns 12 killed in Nature Air crash."


def test_bottom_line_is_no_question_and_opens_as_a_sentence(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A trial's bottom lines: "How Much Will Equifax Pay?" (a question tells no news) and
    "latest iPhone X problem is ..." (its subject's "The" left out)."""
    folder = tmp_path / "orvane"
    _record(
        folder, "a", "2017-09-19", "www.reuters.com", "Orvane to pay $500 million over breach",
        "Orvane agreed to pay much of the $500 million its breach cost, the company said.",
    )  # fmt: skip
    _record(
        folder, "b", "2017-09-20", "www.money.com", "How much will Orvane pay for its breach?",
        "How much will Orvane pay for its breach? Lawyers for the people whose data hackers "
        "stole want more than $500 million.",
    )  # fmt: skip
    workspace.sync([folder])
    bottom = workspace.briefing(workspace.ids).bottom_line
    assert bottom is not None and "?" not in bottom.text and "500 million" in bottom.text
    phone = tmp_path / "phone"
    _record(
        phone, "a", "2017-11-10", "www.nypost.com",
        "The latest iPhone X problem is a green line down the side of its screen",
        "The latest iPhone X problem is a green line down the side of its screen, owners "
        "said on Friday.",
    )  # fmt: skip
    workspace.sync([phone])
    bottom = workspace.briefing(workspace.ids).bottom_line
    assert bottom is not None
    assert bottom.text[0].isupper(), bottom.text


def test_the_bottom_line_does_not_depend_on_the_order_the_articles_are_given(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A trial: the app (articles newest first) and `brief --story` (oldest first) gave one
    story two bottom lines: two main events alike in all but their words tied."""
    folder = tmp_path / "crash"
    _record(
        folder, "a", "2018-01-01", "www.cnn.com", "Ten Americans among 12 dead in plane crash",
        "Ten Americans were among 12 people killed when a small plane crashed in Costa Rica, "
        "officials said.",
    )  # fmt: skip
    _record(
        folder, "b", "2018-01-01", "www.nbcnews.com",
        "New York family among 12 killed in plane crash",
        "A New York family of five was among 12 people killed when a small plane crashed in "
        "Costa Rica, relatives said.",
    )  # fmt: skip
    workspace.sync([folder])
    ids = list(workspace.ids)
    told = {str(workspace.briefing(order).bottom_line) for order in (ids, list(reversed(ids)))}
    assert len(told) == 1, told


def test_who_reports_the_news_is_not_a_key_actor(tmp_path: Path, workspace: Workspace) -> None:
    folder = tmp_path / "equifax"
    _record(
        folder, "a", "2017-09-07", "www.reuters.com", "Equifax says hackers stole data",
        "ATLANTA, Sept 7 (Reuters) - Equifax said on Thursday that hackers stole the data of "
        "143 million Americans. Equifax chief Richard Smith told Reuters the breach was "
        "found in July.",
    )  # fmt: skip
    _record(
        folder, "b", "2017-09-08", "www.theguardian.com", "Equifax breach hits millions",
        "Hackers stole the data of 143 million Americans from Equifax, Reuters reported. "
        "Equifax said Richard Smith would testify.",
    )  # fmt: skip
    actors = _actors_of(workspace, folder)
    assert "Equifax" in actors and "Richard Smith" in actors
    assert "Reuters" not in actors


def test_the_bottom_line_is_the_news_most_told_not_the_latest_side_story(
    tmp_path: Path, workspace: Workspace
) -> None:
    # A trial's Equifax story led with the Sun's later angle, "15 million Brits have had
    # personal details stolen": as well told as a main event goes, and the latest.
    folder = tmp_path / "breach"
    for name, date, source, title, text in (
        ("a", "2017-09-07", "www.reuters.com",
         "Equifax says hackers stole data of 143 million Americans",
         "Equifax said on Thursday that hackers stole the personal data of 143 million "
         "Americans in the United States."),
        ("b", "2017-09-08", "www.theguardian.com",
         "Equifax says hackers stole data of 143 million",
         "Hackers stole the personal data of 143 million Americans from Equifax in the United "
         "States, the company said on Thursday."),
        ("c", "2017-09-08", "www.cnn.com",
         "Equifax says hackers stole data of 143 million people",
         "Equifax said on Thursday that hackers stole the data of 143 million people in the "
         "United States."),
        ("d", "2017-09-12", "www.thesun.co.uk",
         "Equifax says hackers stole data of 143 million and of Britons",
         "Equifax said on Monday that hackers stole the personal data of 400,000 Britons in "
         "the UK, besides that of 143 million Americans."),
    ):  # fmt: skip
        _record(folder, name, date, source, title, text)
    workspace.sync([folder])
    line = workspace.briefing(workspace.ids).bottom_line
    assert line is not None and "Britons" not in line.text, line


def test_a_pages_call_to_watch_is_no_bottom_line(tmp_path: Path, workspace: Workspace) -> None:
    # A trial's: "Watch the SpaceX Falcon Heavy Rocket Launch Today on 6 February 2018."
    folder = tmp_path / "launch"
    watch = "Watch the SpaceX Falcon Heavy rocket launch from Cape Canaveral in Florida today"
    _record(
        folder, "a", "2018-02-06", "www.nbcnews.com", watch,
        f"{watch}.\n\nThe launch window opens at 1:30 p.m.",
    )  # fmt: skip
    for name, source, title in (
        ("b", "www.bbc.co.uk", "Musk's big rocket lifts off"),
        ("c", "www.cnn.com", "A new heavy lifter flies"),
    ):
        _record(
            folder, name, "2018-02-06", source, title,
            "SpaceX launched its Falcon Heavy rocket from Cape Canaveral in Florida on Tuesday, "
            "the company said.",
        )  # fmt: skip
    workspace.sync([folder])
    line = workspace.briefing(workspace.ids).bottom_line
    assert line is not None and not line.text.startswith("Watch"), line


def test_presenters_footers_and_agencies_credited_are_not_key_actors(
    tmp_path: Path, workspace: Workspace
) -> None:
    # A radio transcript: its presenter's label and greeting, the footer under its copyright
    # line; a tabloid's gallery, each picture credited to its agency on the caption's line.
    folder = tmp_path / "bill"
    _record(
        folder, "a", "2017-12-28", "www.npr.org", "Homeowner questions a huge electric bill",
        "Mary Horomanski of Erie received a bill of $284 billion.\n"
        "DAVID GREENE, HOST:\nGood morning. I'm David Greene. Mary Horomanski of Erie was "
        "in that boat. Penelec said the bill was a mistake.\n"
        "MARY HOROMANSKI: I was shocked.\n"
        "Copyright © 2017 NPR. All rights reserved. Visit our website terms of use.\n"
        "NPR transcripts are created on a rush deadline by Verb8tm, Inc., an NPR contractor.",
    )  # fmt: skip
    _record(
        folder, "b", "2017-12-27", "www.thesun.co.uk", "Woman gets $284 billion power bill",
        "Mary Horomanski got a bill for $284 billion from Penelec.\n"
        "The bill arrived before Christmas\nReuters Penelec said a decimal point was wrong.\n"
        "Erie under snow\nReuters Mary Horomanski said she was shocked.",
    )  # fmt: skip
    actors = _actors_of(workspace, folder)
    assert "Mary Horomanski" in actors
    left = [a for a in actors if any(w in a.casefold() for w in ("greene", "verb8tm", "reuters"))]
    assert not left, actors


def test_a_presenter_called_by_part_of_their_name_is_no_key_actor(
    tmp_path: Path, workspace: Workspace
) -> None:
    # A second trial's NPR transcript: "Renee", "Soraya" and "Sarhaddi Nelson" were key
    # actors (the labels in capitals were read as no names; the greetings were).
    folder = tmp_path / "cologne"
    _record(
        folder, "a", "2016-01-08", "www.npr.org", "Cologne police chief is suspended",
        "The police chief of Cologne was suspended on Friday over the New Year's Eve "
        "assaults, Interior Minister Thomas de Maiziere said.\n"
        "RENEE MONTAGNE, HOST:\nLet's go to NPR's Soraya Sarhaddi Nelson in Berlin. Good "
        "morning, Renee.\nSORAYA SARHADDI NELSON, BYLINE: Good morning, Renee.\n"
        "MONTAGNE: And Soraya, what about suspects?\nNELSON: Police in Cologne have named "
        "no suspects, Thomas de Maiziere said.",
    )  # fmt: skip
    _record(  # (the review's: a presenter's surname is another's too)
        folder, "b", "2016-01-08", "www.npr.org", "Kelly defends the chief of staff's office",
        "White House chief of staff John Kelly defended his office on Friday.\n"
        "MARY LOUISE KELLY, HOST:\nKelly told reporters the staff would stay. Kelly said the "
        "president trusted them.",
    )  # fmt: skip
    actors = _actors_of(workspace, folder)
    assert "Thomas de Maiziere" in actors and "John Kelly" in actors
    assert not {"Renee", "Soraya", "Sarhaddi Nelson", "Soraya Sarhaddi Nelson"} & set(actors)
    resolution = workspace.resolution(workspace.loaded(workspace.ids))
    reporters = {resolution.entities[i].name for i in resolution.reporters}
    assert "Kelly" not in reporters and "John Kelly" not in reporters  # a surname, shared


@pytest.mark.parametrize(
    ("written", "presenting"),
    [
        # A trial: the model read "Nelson" alone of the whole name, which a bare surname
        # does not present (a review's "Kelly").
        ("That's NPR's Soraya Sarhaddi Nelson speaking to us from Berlin.", True),
        ("Police chief Anna Nelson said so.", False),
        ("Nelson said so.", False),
    ],
)
def test_a_presenters_surname_in_their_whole_name_is_theirs(written: str, presenting: bool) -> None:
    from briefing.core.extract.reporting import presenters, presents

    body = f"SORAYA SARHADDI NELSON, BYLINE: Good morning.\n{written}"
    start = body.index("Nelson")
    assert presents(body, start, start + len("Nelson"), presenters(body)) is presenting


def test_a_timeline_entry_says_the_words_quoted_before_who_said_them(
    tmp_path: Path, workspace: Workspace
) -> None:
    folder = tmp_path / "nice"
    _record(
        folder, "a", "2016-07-15", "www.nytimes.com", "Truck attack in Nice kills 84",
        "A truck plowed into a crowd in Nice, killing 84 people. “The horror has, once "
        "again, hit France,” President François Hollande said in a televised address on "
        "Friday.",
    )  # fmt: skip
    workspace.sync([folder])
    timeline = [e.text for e in workspace.briefing(workspace.ids).timeline]
    assert any(t.startswith("“The horror has, once again, hit France,”") for t in timeline)


@pytest.mark.parametrize(
    "said",
    [
        "said on Friday on Instagram.",  # where it was said is no other party
        "said Friday in an interview with CBS News.",  # a day inside the action's words
    ],
)
def test_a_timeline_entry_says_what_was_said_not_only_where(
    tmp_path: Path, workspace: Workspace, said: str
) -> None:
    folder = tmp_path / "launch"
    _record(
        folder, "a", "2018-02-05", "www.cbsnews.com", "SpaceX readies Falcon Heavy launch",
        "SpaceX readied the Falcon Heavy rocket in Florida. “Test flights of new rockets "
        f"usually carry blocks of concrete,” Elon Musk {said}",
    )  # fmt: skip
    workspace.sync([folder])
    timeline = [e.text for e in workspace.briefing(workspace.ids).timeline]
    assert any(t.startswith("“Test flights of new rockets") for t in timeline), timeline
    assert not any(t.startswith("Elon Musk said") for t in timeline)


@pytest.mark.parametrize(
    "text",
    [
        # Trial G's timeline: "Trump tweeted on Saturday." (the tweet, a question, was a
        # sentence of its own before it) and "said Mr Comey in a letter to Congress today."
        "Tom Vance mocked Kim Ortiz on Saturday. The Korean leader had called Vance old. "
        "Vance tweeted on Saturday.",
    ],
)
def test_a_saying_whose_words_are_not_in_its_sentence_is_no_timeline_entry(
    tmp_path: Path, workspace: Workspace, text: str
) -> None:
    folder = tmp_path / "row"
    _record(folder, "a", "2017-11-13", "www.daily.example", "Vance and Ortiz trade insults", text)
    workspace.sync([folder])
    timeline = [e.text for e in workspace.briefing(workspace.ids).timeline]
    assert "Vance tweeted on Saturday." not in timeline, timeline


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # Review K: words said before the speaker, quoted or not, are the entry.
        ("Tom Vance mocked Kim Ortiz on Saturday. “Ortiz is old and short,” Vance tweeted on "
         "Saturday.", "old and short"),
        ("Tom Vance mocked Kim Ortiz on Saturday. No deal yet, Vance said on Saturday.",
         "No deal yet"),
    ],
)  # fmt: skip
def test_a_saying_whose_words_come_before_the_speaker_is_a_timeline_entry(
    tmp_path: Path, workspace: Workspace, text: str, entry: str
) -> None:
    folder = tmp_path / "row"
    _record(folder, "a", "2017-11-13", "www.daily.example", "Vance and Ortiz trade insults", text)
    workspace.sync([folder])
    timeline = [e.text for e in workspace.briefing(workspace.ids).timeline]
    assert any(entry in t for t in timeline), timeline


@pytest.mark.parametrize(
    ("sentence", "alone"),
    [
        ("Which is where Pixel Visual Core comes in.", False),
        ("That’s change even this south Sider can believe in.", False),
        ("And we need to see more co-operation from smaller platforms like this.", False),
        ("What’s more, any app developer can make use of these features.", False),
        ("Google's Pixel Visual Core now works in Instagram and Snapchat.", True),
        ("Andrew Harris said the chip works in third-party apps.", True),
        ("Thatcher's government fell in 1990.", True),
        # A time counted from the sentence before, or what it named taken up.
        ("Only days later, that optimism seemed premature.", False),
        ("Hours later the ferry sank.", False),
        ("Shortly after, the police arrived.", False),
        ("However, the ministry said the talks would go on.", False),
        ("These missiles can reach the island.", False),
        ("That decision angered the unions.", False),
        ("Shortly after the launch, Japan protested.", True),
        ("This week, the council voted to close the port.", True),
        ("This year's budget cuts farm subsidies.", True),
        ("Those who fled the fire returned home on Sunday.", False),  # (and another)
        # Connectives that go on from the sentence before (a trial's, from five outlets).
        ("But the council and the port's tests have tailed off.", False),
        ("On top of this, other phone owners report a pink tint.", False),
        ("There, he shot a neighbour before driving to the school.", False),
        ("Eventually, two officers stopped the truck near the bridge.", False),
        ("Moreover, the ferry carried twice as many passengers as allowed.", False),
        ("In addition, the company will refund every ticket.", False),
        ("Yet the mayor refused to close the beach.", False),
        ("Nevertheless, the airline kept its forecast.", False),
        ("There are 40 people still missing, the coast guard said.", True),
        ("Butler County deputies found the car on Monday.", True),
        ("Eventual winners Chelsea were held 1-1 at home.", True),
        ("In addition to the fine, the bank must hire a monitor.", True),
        ("Therefore, the court dismissed the case.", False),
        ("Afterward, the two leaders walked in the garden.", False),
        ("Yet another earthquake struck central Italy on Sunday.", True),  # (a review's)
        ("Yet more rain is forecast for the flooded valley.", True),
        # Instead of what the sentence before said (the second trial's Falcon Heavy point).
        ("Rather the second stage will fly on towards Mars.", False),
        ("Rather than wait, the crew launched on Tuesday.", True),
        ("Rather unusually, the court sat on Sunday.", True),
        ("Rather few lawmakers attended Monday's session.", True),
        # An example or a contrast of what the sentence before said (a trial's What changed:
        # "For instance, to draw attention to Equifax's folly ...").
        ("For instance, to draw attention to the site's flaws, a developer built a copy.", False),
        ("In fact, the plant had closed two years earlier.", False),
        ("By contrast, exports to China rose 4 percent.", False),
        ("For instance Software Ltd said on Monday it would cut 200 jobs.", True),
        # What someone says of what came before (a trial's "Dale Robinson says that will
        # allow ...", of Erie's snow).
        ("County executive Dale Robinson says that will allow crews to clear the roads.", False),
        ("The mayor said this was the worst storm since 1958.", False),
        ("Officials added that would take at least a week.", False),
        ("The minister said that did not happen.", False),  # (every auxiliary, from vocab)
        ("The mayor said that the storm was the worst since 1958.", True),
        ("Police say that man was never a suspect.", True),
        ("The airline said this week it would drop the dress code.", True),
        # (the review's: a noun before "that", a hyphenated word after the verb)
        ("The company sold $500 million of notes that will mature in 2027.", True),
        ("It was a thought that had never occurred to the regulators.", True),
        ("Police said that would-be attackers had been arrested in Lyon.", True),
        # An answer to what came before (a trial's Samsung key point).
        ("Well, that's great, assuming it's true.", False),
        ("Yes, the phone will ship with a larger battery.", False),
        ("Wells Fargo said on Monday it would cut 200 jobs.", True),
        # Someone named before (a second trial's key points and timeline).
        ("The 37-year-old Finnish driver lost control on the wet track.", False),
        ("The teenager was belittled by her coach.", False),
        ("Her father Bassem has said the family will appeal.", False),
        ("'The bird is flying around the cockpit,' he announced to the passengers.", False),
        # (a trial's key point, its speaker named in the sentence before)
        ('"Once we have protections in place we expect the apps back," he tweeted.', False),
        ("'It was a great day,' she posted on Instagram.", False),
        ("'It was a great day,' Durov posted on Instagram.", True),
        ("The 2016 season ended in Abu Dhabi.", True),
        ("'We will appeal,' the family's lawyer said on Monday.", True),
        ("Heritage groups opposed the plan.", True),
        # (the review's)
        ("The 100-year-old bridge collapsed after the storm.", True),
        ("Her Majesty's Revenue and Customs said it would appeal.", True),
        ("His Holiness Pope Francis will visit Myanmar in November.", True),
    ],
)
def test_a_key_point_does_not_point_back_at_the_sentence_before(sentence: str, alone: bool) -> None:
    assert stands_alone(sentence) is alone


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("BEIRUT (Reuters) - Lebanon's army said on Sunday it had closed the border.",
         "Lebanon's army said on Sunday it had closed the border."),
        ("SEOUL/WASHINGTON (Reuters) - North Korea said on Wednesday it had tested a missile.",
         "North Korea said on Wednesday it had tested a missile."),
        ("NEW YORK — The mayor closed the schools.", "The mayor closed the schools."),
        ("LONDON (AP) -- Rail workers went on strike.", "Rail workers went on strike."),
        ("SAN JOSE, Costa Rica - Investigators are looking into the crash.",
         "Investigators are looking into the crash."),
        ("ERIE, Pa. (AP) - The city got five feet of snow.", "The city got five feet of snow."),
        ("WASHINGTON, Nov 6 (Reuters) - The Senate voted.", "The Senate voted."),
        ("US-China talks - a timeline of the trade war.", None),
        ("NATO - the alliance - met in Brussels.", None),
        ("The UN - and its agencies - sent aid.", None),
        # Other outlets' datelines (a review's): a place in Title Case or none before the
        # agency, no space after the dash.
        ("Washington (CNN) — The Senate voted.", "The Senate voted."),
        ("(Bloomberg) -- Oil rose 2 percent.", "Oil rose 2 percent."),
        ("WASHINGTON (Reuters)-The Senate voted.", "The Senate voted."),
        ("WASHINGTON—The Senate voted.", "The Senate voted."),
        ("U.S.—China talks resumed in Geneva.", None),
        ("Trump (R) — who won the state — spoke.", None),
        # A place in Title Case and a spaced dash (a trial's wheels24.co.za, AFP's copies).
        ("Brussels - EU antitrust regulators have raided BMW.",
         "EU antitrust regulators have raided BMW."),
        ("Kabul — A bomb exploded near the airport.", "A bomb exploded near the airport."),
        ("Harry Kane - England's captain - scored twice.", None),
        ("Jeremy Corbyn – 'We will win this election,' he said.", None),
        ("Boris Johnson – The prime minister said he would resign.", None),
        # An outlet in brackets, no dash: CNN's dateline, or the credit of what came before
        # run into the next sentence (trial G's key points "(The Washington Post) President-
        # elect Donald Trump ...", "(Reuters) Life changed ...").
        ("(CNN) Residents of the coast were woken by sirens on Friday.",
         "Residents of the coast were woken by sirens on Friday."),
        ("(The Daily Courier) The surprise announcement came late on Friday.",
         "The surprise announcement came late on Friday."),
        ("(Reuters) Fans soaked each other with champagne.",
         "Fans soaked each other with champagne."),
        ("[Ann Ray: At last, a night to savour] They did it in ten innings.",
         "They did it in ten innings."),
        ("(and it was raining) The game went on.", None),
        ("(2) The second rule says more.", None),
    ],
)  # fmt: skip
def test_a_key_point_is_said_without_its_dateline(sentence: str, said: str | None) -> None:
    assert without_dateline(sentence) == (said or sentence)


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        # Pieces of quotations in single marks, which the sentence splitter cut apart.
        ("'They keep saying the person had a United ticket.", False),
        ("Guaranteed to be exciting, one way or another,' Musk posted.", False),
        ("'I mean, not \"over Christmas\" - like that wasn't the fight that ended it.", False),
        # Whole quotations with who said them, and apostrophes that close nothing.
        ("'I am deeply sorry that this occurred,' Smith said in his prepared remarks.", True),
        ("‘We are shocked,’ she said.", True),
        # Cut off, as a feed's summary is.
        ("The blast killed 12 people, including 10 U.S....", False),
        ("Rescuers searched the rubble of the town …", False),
        ("“We will not give up ...” the mayor said.", True),
        ("He said it was 'a tragedy' for the town.", True),
        ("The fans' anger grew after the Cubs' win.", True),
        ("Sheen, who is based in the U.K., has yet to comment.", True),
        # What the page says to its reader.
        ("Sorry, this zipcode is not in our deliverable area for this subscription.", False),
        ("Sign up for our newsletter to get the latest news.", False),
        ("Netflix raised its subscription prices on Monday.", True),
        ("Note: Browsers with 1024*768 or higher resolution are suggested for this site.", False),
        ("This website is best viewed in Chrome or Firefox.", False),
        ("Archaeologists suggested this site was a temple.", True),
        # What a writer or a product says to its reader (a trial's key point).
        ("If a green line has appeared down your screen, then you're not alone.", False),
        ("After the update, you'll be able to hide apps in the library.", False),
        ("“You will see,” Trump told reporters on Friday.", True),
        ("The Yukon is a territory of Canada.", True),
        ("You can now hide apps in the library.", False),
        ("Taylor Swift's Look What You Made Me Do topped the charts on Monday.", True),
        ("The show Curb Your Enthusiasm returns in October.", True),
        ("Police urged residents: if you see the suspect, call 911.", True),
        # An interview's answer as a Q&A page prints it (a trial's key points).
        ("A: We had no idea the dam would break that night.", False),
        ("A spokesman said the dam would hold.", True),
        # A notice without its year, a column's postal address (a trial's key points).
        ("Copyright ⓒ Entermedia.co.kr.", False),
        ("Contact Dear Abby at www.DearAbby.com or P.O. Box 69440, Los Angeles, CA.", False),
        ("Copyright lawyers said the ruling would stand.", True),
        ("Police said the package was addressed to P.O. Box 1234 in Austin.", True),
        # What a programme's page says to bring its viewer in (a trial's key points).
        ("Find out what Hadley Heath Manning has to say about it.", False),
        ("We've got that and more on this episode of Boom Bust!", False),
        ("Danielle DiMartino Booth weighs in.", False),
        ("Tune in tonight at 9pm for the full interview with the minister.", False),
        ("Watch the full interview with the governor above.", False),
        ("Finding out who set the fire took investigators three weeks.", True),
        # (a second trial's)
        ("Join Mia Dune and Tom Hale on Gamebox News to get today's scoops.", False),
        ("Join the talks on Monday to hear the minister, the union urged its members.", True),
        ("The senator weighs in on the tax bill in a letter to colleagues.", True),
        ("Watch sales rose by a fifth in the first quarter.", True),
        ("“Find out who did this,” the mayor told the police chief.", True),
        ("The Sun said in today's edition that the minister would resign.", True),
        ("Kimmel mocked the senator on tonight's episode of his show.", True),
        ("Merriam-Webster will add the word in the next edition of its dictionary.", True),
        ("Listen to the people, the Labour leader told the prime minister.", True),
        ("Copyright 2018 The Associated Press.", False),
        ("© 2017 Reuters. Some material may not be reproduced.", False),
        ("Copyright infringement claims against the site rose in 2017.", True),
        ("Copyright Office officials said on Monday that the rule stands.", True),
        ("(c) The agency shall publish its findings.", True),
        ("Copyright © 2018 Reuters.", False),
        ("ⓒ 2019 Yonhap News Agency. All rights reserved.", False),
        # Someone's own words with no one said to say them: an embedded post, its reply.
        ("The great @michaelsheen & I consciously uncoupled over Christmas.", False),
        ("I mean, not “over Christmas” - like that wasn't the fight that ended it.", False),
        ("My heart goes out to the families of the victims.", False),
        ("Thanks to everyone who came out tonight, we love you all @Cubs", False),
        ("I was terrified, said a passenger who asked not to be named.", True),
        ("“My son is safe,” his mother told reporters.", True),
        ("Silverman wrote on Twitter that she and Sheen had split.", True),
        ("The band thanked fans on @Twitter, the company said.", True),
        ("Iraq said it had retaken the town.", True),
        ("The museum tells the story of World War I through letters.", True),
        ("Patients with Type I diabetes need insulin every day.", True),
        # A numeral or a name that reads as "I" or "my", and words whose speaker is named.
        ("The drug passed its phase I trial in May.", True),
        ("Most patients with stage I cancer survive.", True),
        ("A crash closed I-95 near Baltimore on Monday.", True),
        ("Survivors of the My Lai massacre gathered on Friday.", True),
        ("The series is based on My Brilliant Friend by Elena Ferrante.", True),
        ("He warned me the bridge would fall, Jones recalled.", True),
        ("'I will not resign,' Mr Smith insisted on Monday.", True),
        ("When I visited Kabul the markets were empty.", False),
        ("Yesterday I lost my job.", False),
        ("Elizabeth I was crowned in 1559.", True),
        ("I can't say I'm surprised.", False),
        ("I warned about this for years!", False),
        ("So proud of my Boys tonight.", False),
        # "We" with no one said to say it: an embedded post's words as a page prints them (a
        # trial's key point, cited by three outlets that each named Durov as its speaker).
        ("Once we have protections in place we expect the apps to be back.", False),
        ("We were alerted by Apple that content was made available to our users.", False),
        ("We are so proud of everyone who stood with us tonight.", False),
        ("Mr Durov added: “Once we have protections in place we expect it back.”", True),
        ("We will not pay, the company said in a statement.", True),
        ("US troops left the base, and Iraq took it over on Monday.", True),
        # Words in capitals run into a sentence: a graphic's labels, a related story's kicker
        # (a trial's key point: "Direction of concert venue MANDALAY BAY RESORT AND CASINO
        # Hallway Stairs ..."; the Sun's "... scientists say MOVE TO MARS? Nasa finds ...").
        ("Direction of concert venue MANDALAY BAY RESORT AND CASINO Hallway Stairs.", False),
        ("Rock found in Egypt, scientists say OUT OF THIS WORLD Nasa finds ice.", False),
        ("Officials from the FBI, CIA and NSA met in Washington on Monday.", True),
        ("Fans chanted “LOCK HER UP NOW” outside the hall.", True),
        ("'IF HE IS ELECTED, I'M MOVING TO JUPITER,' she wrote on Twitter last year.", True),
        ("He joined the U.S. FBI office in Boston.", True),
        ("BRITAIN'S NIGHT SKIES will be lit by two supermoons in January.", True),
        # (the review's: a speaker by another verb, by a colon, in straight single quotes;
        # a title)
        ("We will respond, Iran's foreign minister warned.", True),
        ("We have nothing to hide, Huawei claimed in a statement.", True),
        ("'We will appeal,' the lawyer announced.", True),
        ("Macron: We are at war with the virus.", True),
        ("Biden pledged: We will rebuild.", True),
        ("Merkel stressed that we must stand together.", True),
        # A page's note before its colon is no speaker (the review's).
        ("Editor's note: We have updated this story to correct the date of the vote.", False),
        ("UPDATE: We are no longer accepting comments on this article.", False),
        ("Read more: our coverage of the election.", False),
        # (a later review's: more of a page's labels; a name, not any words, before it)
        ("Clarification: We have changed the headline of this story.", False),
        ("Disclosure: We own shares in the company.", False),
        ("In the end the answer was simple: we lost.", False),
        ("Prime Minister Theresa May: We will leave the EU in March.", True),
        ("Ursula von der Leyen: We will act.", True),
        ("Editorial: We must act on climate now.", False),
        ("Statement: We regret the error in this story.", False),
        ("Paid Post: We make the best mattresses.", False),
        ("Transcript: We are live from Kyiv.", False),
        ("Our View: We must act on climate now.", False),
        ("Netflix's We Own This City drew 2 million viewers.", True),
        ("Save our Seas raised $2m for the reef.", True),
        ("The US and its allies met in Ourense on Tuesday.", True),
        # A site's copyright notice; a piece of a caption the splitter cut off.
        ("Without written authorization from CDIC, such content shall not be republished.", False),
        ("The content published in this site belongs to China Daily Information Co.", False),
        ("This material may not be published, broadcast, rewritten or redistributed.", False),
        ("The court ruled the papers may not be published until June.", True),
        ("in Las Vegas on Saturday, Nov. 11, 2017.", False),
        ("de Blasio said the city would sue.", True),
        ("dos Santos ruled Angola for 38 years.", True),
        ("d'Alema said the coalition would hold.", True),
        ("dot-com stocks collapsed in 2000.", True),
        ("iPhone sales fell in May, Apple said.", True),
        # What the writer put into a quotation the splitter cut after its ellipsis (a
        # trial's); not a bracket further on.
        ("[15 billion lei] is a lot of money for a private television station to raise.", False),
        ("[The minister] will not resign, he told reporters.", False),
        ("The firm [Acme] raised prices in May, its chief said.", True),
        ("[Updated at 3:45 p.m. ET] The Senate voted 51-49 to pass the bill.", True),
        # A page's own call (a trial's key points from a local paper's site).
        ("Celebrating 125 years of Progress!", False),
        ("Look back at the history of Charlottesville each day in 2017.", False),
        ("The plane left Los Angeles at 11:36 and arrived (safely!)", False),
        ('The crowd chanted "Lock her up!"', True),
        ("Verizon completed its $4.5 billion purchase of Yahoo!", True),  # (the review's)
        ("Ken Jennings won again on Monday's episode of Jeopardy!", True),
        ("Look at the numbers: exports fell 4 percent, the ministry said.", True),
        # Trial F: an events listing's time, a menu's path, a syndicated copy's footer.
        ("7:30 p.m.", False),
        ("Sat., Jan. 6, 10 a.m.", False),
        ("Select Theme > Custom > Select Image > USB Storage Device.", False),
        ("Home » World » Asia", False),
        ("The index rose to 5,000 > 4,000 > 3,000 in May.", True),  # (review H)
        ("Read the original article on Business Insider.", False),
        ("Read the full story at The Verge.", False),
        ("Read more at straitstimes.com.", False),
        ("Mugabe resigns.", True),
        ("PS4 System Update 5.50 Features Fully Detailed.", True),  # (Title Case)
        ("Astronauts Identify Unknown Microbes In Space For First Time.", True),
        ("Shares rose 5% > analysts' forecasts, it said.", True),
        ("Read the riot act by her coach, the teenager quit on Monday.", True),
    ],
)
def test_a_key_point_is_no_piece_of_a_quotation_nor_page_furniture(
    sentence: str, whole: bool
) -> None:
    assert is_statement(sentence) is whole


def _key_points_of_two_outlets(
    workspace: Workspace, folder: Path, date: str, titles: tuple[str, str], text: str
) -> list[str]:
    """The key points of one text that two outlets print under their own titles."""
    for name, source, title in zip("ab", ("www.one.com", "www.two.com"), titles, strict=True):
        _record(folder, name, date, source, title, text)
    workspace.sync([folder])
    return [p.text for p in workspace.briefing(workspace.ids).key_points]


def test_key_points_stand_alone(tmp_path: Path, workspace: Workspace) -> None:
    folder = tmp_path / "pixel"
    text = (
        "Google enabled the Pixel Visual Core chip for Instagram and Snapchat photos. "
        "The chip runs the HDR+ algorithm in third-party apps. Which is where Pixel Visual "
        "Core comes in. Pixel Visual Core processes images while using less power."
    )
    titles = ("Google enables Pixel Visual Core", "Pixel Visual Core works in apps")
    points = _key_points_of_two_outlets(workspace, folder, "2018-02-05", titles, text)
    assert points and not any(p.startswith("Which") for p in points)


def test_a_key_point_opening_on_a_pronoun_names_something(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A sentence like "It's guaranteed to be exciting, one way or another" says nothing without the
    sentence before; "They met in Geneva on Monday" says where and when."""
    folder = tmp_path / "talks"
    text = (
        "Ministers from Norway and Chile agreed a fishing treaty in Geneva. "
        "It is guaranteed to be controversial, one way or another. "
        "They met in Geneva on Monday for six hours. "
        "That remains to be seen. "
        # After a word that says when (a trial's "Now it wants its money back.").
        "Now it wants the fishing treaty changed. "
        "The treaty covers 14 species of fish."
    )
    titles = ("Norway and Chile agree treaty", "Fishing treaty agreed")
    points = _key_points_of_two_outlets(workspace, folder, "2021-09-07", titles, text)
    assert any(p.startswith("They met in Geneva") for p in points)
    assert not any(p.startswith(("It is guaranteed", "That remains", "Now it")) for p in points)


def test_a_surname_two_actors_share_is_not_an_actor_of_its_own(
    tmp_path: Path, workspace: Workspace
) -> None:
    (tmp_path / "vegas.txt").write_text(
        "date 2017-10-03\n\nGunman opened fire on a concert in Las Vegas\n\n"
        "Stephen Paddock opened fire on a crowd in Las Vegas. His brother Eric Paddock said "
        "the family was stunned. Paddock had no criminal record, police said. Eric Paddock "
        "spoke from Orlando. Stephen Paddock was 64."
    )
    names = _actors_of(workspace, tmp_path / "vegas.txt")
    assert "Stephen Paddock" in names and "Eric Paddock" in names
    assert "Paddock" not in names


def test_the_signature_of_an_embedded_post_is_no_key_point(
    tmp_path: Path, workspace: Workspace
) -> None:
    record = {
        "title": "Elon Musk will send his Tesla Roadster to Mars",
        "text": (
            "Elon Musk said on Saturday that SpaceX will launch his Tesla Roadster to Mars.\n"
            "Destination is Mars orbit. Will be in deep space for a billion years or so.\n"
            "— Elon Musk (@elonmusk) December 2, 2017\n"
            "The Falcon Heavy rocket is due to fly in January from Cape Canaveral."
        ),
        "date_publish": "2017-12-02 08:00:00",
    }
    (tmp_path / "musk.json").write_text(json.dumps(record))
    workspace.sync([tmp_path / "musk.json"])
    points = [p.text for p in workspace.briefing(workspace.ids).key_points]
    assert any("Falcon Heavy" in p for p in points)
    assert not any("@elonmusk" in p for p in points)


@pytest.mark.parametrize(
    ("post", "actor"),
    [
        # Review J: a signature with a full stop, a tweet's "via Twitter" after its date, an
        # Instagram post's time; and a name that a sentence goes on from is an actor.
        ("Drills are off. — Carol Murphy (@anncarol) December 27, 2017.", False),
        (
            "Drills are off pic.twitter.com/x8Yq — Carol Murphy (@anncarol) Dec 27, 2017 via "
            "Twitter",
            False,
        ),
        ("A post shared by Carol Murphy (@anncarol) on Dec 27, 2017 at 3:15pm PST", False),
        ("Drills are off. — Carol Murphy (@anncarol) December 27, 2017", False),
        ("Senator Carol Murphy (@anncarol) on January 4, 2018 called the delay a mistake.", True),
    ],
)
def test_an_embedded_posts_signature_names_no_actor(
    tmp_path: Path, workspace: Workspace, post: str, actor: bool
) -> None:
    folder = tmp_path / "drills"
    _record(
        folder, "a", "2018-01-05", "www.tv.example", "Drills put off",
        "Seoul and Washington put off their joint drills on Thursday, Minister Ana Soto said.",
    )  # fmt: skip
    _record(
        folder, "b", "2018-01-05", "www.daily.example", "Joint drills put off",
        "Ana Soto said the joint drills were put off on Thursday until after the Games.",
    )  # fmt: skip
    _record(
        folder, "c", "2018-01-05", "www.third.example", "Drills",
        f"Ana Soto said the drills were put off on Thursday.\n\n{post}\n\nThe drills will "
        "resume in April.",
    )  # fmt: skip
    actors = _actors_of(workspace, folder)
    assert "Ana Soto" in actors
    assert ("Carol Murphy" in actors) is actor, actors


def test_a_post_signed_in_a_paragraph_hides_no_other_name_of_it(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Review K: a body of one paragraph with a post in it had all its names taken for
    the post's signature's."""
    folder = tmp_path / "drills"
    for name, site in (("a", "www.tv.example"), ("b", "www.daily.example")):
        _record(
            folder, name, "2018-01-05", site, "Drills put off",
            "Minister Ana Soto said the drills were put off on Thursday. Drills are off. — "
            "Carol Murphy (@anncarol) December 27, 2017. General Tom Reyes said the troops "
            "would rest until April.",
        )  # fmt: skip
    actors = _actors_of(workspace, folder)
    assert {"Ana Soto", "Tom Reyes"} <= set(actors) and "Carol Murphy" not in actors, actors


def test_a_headline_its_lead_says_in_full_is_one_key_point(
    tmp_path: Path, workspace: Workspace
) -> None:
    folder = tmp_path / "telegram"
    _record(
        folder, "a", "2018-02-01", "www.bbc.com",
        "Apple removes Telegram from app store",
        "Apple removes Telegram from app store\n\nThe messaging app was missing from the "
        "store for a day. Its founder Pavel Durov said a fix was on the way.",
    )  # fmt: skip
    _record(
        folder, "b", "2018-02-02", "www.theverge.com",
        "Telegram is back on the App Store",
        "Apple removed Telegram from the App Store because of inappropriate content, the "
        "company said. Telegram returned to the store on Friday after the content was removed.",
    )  # fmt: skip
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    told = [briefing.bottom_line, *briefing.key_points]
    removal = [p for p in told if p is not None and re.search(r"remove[sd] Telegram", p.text)]
    # Said once, citing both: the headline of one and the lead of the other.
    assert [p.citations for p in removal] == [(1, 2)], [p.text for p in removal]


def test_the_storys_news_is_on_its_timeline_whoever_its_actor(
    tmp_path: Path, workspace: Workspace
) -> None:
    # "A tram derailed": no named actor, yet the day's news belongs on the story's timeline,
    # first on its day, citing the articles that report it.
    text = (
        "A tram derailed in Croydon on Wednesday morning, killing seven people. "
        "Andy Nias said on Wednesday that he had reported the incident to British Transport "
        "Police."
    )
    _record(tmp_path / "articles", "a", "2016-11-10", "bbc.co.uk", "Tram derails in Croydon", text)
    _record(tmp_path / "articles", "b", "2016-11-10", "itv.com", "Seven die as tram derails", text)
    workspace.sync([tmp_path / "articles"])
    timeline = workspace.briefing(workspace.ids).timeline
    first = timeline[0]
    assert (first.date, first.citations) == ("2016-11-09", (1, 2))
    assert "derail" in first.text and "Croydon" in first.text
    assert len(timeline) == len({(d.date, d.text) for d in timeline})


@pytest.mark.parametrize(
    ("title", "text", "date", "bottom"),
    [
        (  # the lead's actor is not the sentence's subject: told as written
            "A small bird managed to take over a Delta flight",
            "A small bird in Detroit managed to take over a Delta flight on Saturday. Delta Air "
            "Lines said the plane was delayed for an hour.",
            "2017-12-31",
            "A small bird managed to take over a Delta flight on 30 December 2017.",
        ),
        (  # a short sentence says it best as written, not "Elon Musk, SpaceX founder, to
            # send Tesla Roadster in Cape Canaveral on 2 December 2017": "next month" is no day
            "Elon Musk to send a Tesla Roadster to Mars",
            "SpaceX founder Elon Musk said his Tesla Roadster will fly on a rocket from Cape "
            "Canaveral next month.",
            "2017-12-02",
            "Elon Musk to send a Tesla Roadster to Mars.",
        ),
        (  # not "Donald Trump, US President, accuses China in West Palm Beach"
            "Trump accuses China of allowing oil into North Korea",
            "US President Donald Trump said on Thursday in West Palm Beach that China was "
            "caught red handed.",
            "2017-12-29",
            "Trump accuses China of allowing oil into North Korea on 28 December 2017.",
        ),
        (  # a headline's question is no bottom line: its lead tells (trial D's)
            "Is this Samsung's Galaxy S9?",
            "Samsung showed a phone in Seoul on Tuesday. Leaked pictures show the Galaxy S9.",
            "2017-12-22",
            "Samsung showed a phone in Seoul on Tuesday.",
        ),
    ],
)
def test_bottom_line_says_what_the_sentence_says(
    tmp_path: Path, workspace: Workspace, title: str, text: str, date: str, bottom: str
) -> None:
    _record(tmp_path / "articles", "a", date, "example.com", title, text)
    workspace.sync([tmp_path / "articles"])
    line = workspace.briefing(workspace.ids).bottom_line
    assert line is not None and line.text == bottom


def test_a_place_is_told_with_the_preposition_the_text_gives_it() -> None:
    body = "A man from Cupertino watched. Engineers met at the App Store offices."
    assert preposition("Apple removes Telegram from app store", body, "App Store") == "from"
    assert preposition("Apple pulls Telegram", body, "App Store") == "at"
    assert preposition("Apple pulls Telegram", body, "Cupertino") == "in"  # not "from"


def test_key_points_are_statements_not_questions_links_or_unattributed_quotes(
    tmp_path: Path, workspace: Workspace
) -> None:
    noise = [
        "And how many people have been killed or injured?",
        "World Series 2016 Game 7: Cubs beat Indians – as it happened Read more",
        "“We had put up Christmas lights and I wondered if we had put them up wrong.”",
        "There will never be a friendly solution to the North Korea problem if this goes on!”",
        "(Hyung Min-woo/Yonhap via AP, File)",
        "and we are turning around because we have a passenger who is not supposed to be here.",
        "Justin Trudeau tweeted on Wednesday: “Canadians are shocked by the crash in Croydon.",
        "Deadliest tram crashes in British history",  # a related video's title: no full stop
    ]
    text = (
        "A tram derailed in Croydon on Wednesday morning, killing seven people.\n"
        + "\n".join(noise)
        + "\nThe Rail Accident Investigation Branch said the tram was going too fast."
    )
    _record(tmp_path / "articles", "a", "2016-11-10", "bbc.co.uk", "Tram derails in Croydon", text)
    _record(tmp_path / "articles", "b", "2016-11-10", "itv.com", "Seven die as tram derails", text)
    workspace.sync([tmp_path / "articles"])
    briefing = workspace.briefing(workspace.ids)
    points = [p.text for p in briefing.key_points]
    assert any("Rail Accident Investigation Branch" in p for p in points)
    assert not any(n in p or p in n for p in points for n in noise), points
    assert not any("Trudeau" in d.text for d in briefing.timeline)  # a piece of a quotation


def test_a_timeline_keeps_the_storys_events_not_its_history(
    tmp_path: Path, workspace: Workspace
) -> None:
    """What happened from a month before the first article; not the history recalled (a
    trial's Cubs story listed 1908, 1945, 1985... when there was room)."""
    history = " ".join(
        f"The Chicago Cubs beat the {rival} in {year}."
        for year, rival in zip(
            range(1906, 1920), ["Detroit Tigers", "New York Giants"] * 7, strict=True
        )
    )
    text = (
        "The Chicago Cubs won the World Series on Wednesday night in Cleveland. "
        "Barack Obama congratulated the Chicago Cubs on Thursday. " + history
    )
    _record(
        tmp_path / "articles", "a", "2016-11-03", "bbc.co.uk", "Cubs win the World Series", text
    )
    workspace.sync([tmp_path / "articles"])
    timeline = workspace.briefing(workspace.ids).timeline
    dates = [d.date for d in timeline]
    assert dates == sorted(dates) and {"2016-11-02", "2016-11-03"} <= set(dates), dates
    assert all(date >= "2016-10-03" for date in dates), dates  # none of 1906-1919
    # However few entries the history leaves room for.
    short = text.split(" The Chicago Cubs beat")[0] + " The Chicago Cubs beat the Tigers in 1908."
    _record(tmp_path / "short", "b", "2016-11-03", "bbc.co.uk", "Cubs win", short)
    with Workspace(workspace.config, cache_dir=tmp_path / "c2") as other:
        other.sync([tmp_path / "short"])
        dates = [d.date for d in other.briefing(other.ids).timeline]
    assert dates and all(date >= "2016-10-03" for date in dates), dates


def test_a_timeline_has_no_stretch_of_years_that_reaches_the_news(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Trial D: "1980 to 2017: ..." of "who has ruled the country for the last 37 years",
    a span of history that ends on the article's day."""
    text = (
        "The army of Kestrel took control of the capital on Wednesday. General Orvane Dune "
        "has ruled Kestrel for the past 37 years. Soldiers held him at his home on Wednesday."
    )
    _record(tmp_path / "articles", "a", "2017-11-15", "bbc.co.uk", "Army takes Kestrel", text)
    workspace.sync([tmp_path / "articles"])
    timeline = workspace.briefing(workspace.ids).timeline
    assert timeline and all(d.date >= "2017-10-15" for d in timeline), timeline
    assert not any("37 years" in d.text or "ruled" in d.text for d in timeline), timeline


def test_the_year_before_a_story_is_no_stretch_of_its_history(
    tmp_path: Path, workspace: Workspace
) -> None:
    # The review of session 32's second reading: the cut for stretches took every date with
    # an end, a year too.
    text = (
        "Orvane Motors cut 3,000 jobs on Friday. In 2017 Orvane Motors lost $2 billion. "
        "The union called a strike on Friday."
    )
    _record(tmp_path / "articles", "a", "2018-01-20", "bbc.co.uk", "Orvane cuts jobs", text)
    workspace.sync([tmp_path / "articles"])
    timeline = workspace.briefing(workspace.ids).timeline
    lost = [d for d in timeline if "lost $2 billion" in d.text]
    assert lost and lost[0].date.startswith("2017"), timeline


def test_a_deed_told_without_its_actors_and_with_them_is_one_key_point(
    tmp_path: Path, workspace: Workspace
) -> None:
    told = (
        'The ministry stated, "The two leaders had expressed the view that it was important to '
        "work together, and had instructed their senior officials to remain in touch on "
        'Afghanistan."'
    )
    named = (
        "Prime Minister Narendra Modi and President Vladimir Putin instructed their senior "
        "officials to keep in touch on Afghanistan."
    )
    visit = " Russian officials will visit India next week for consultations on Afghanistan."
    _record(
        tmp_path / "articles", "a", "2021-08-25", "mea.gov.in", "Afghanistan talks", told + visit
    )
    _record(
        tmp_path / "articles",
        "b",
        "2021-08-25",
        "ani.in",
        "Leaders agree on Afghanistan",
        named + visit,
    )
    workspace.sync([tmp_path / "articles"])
    points = workspace.briefing(workspace.ids).key_points
    deed = [p for p in points if "instructed their senior officials" in p.text]
    assert len(deed) == 1 and deed[0].citations == (1, 2), points


def _letters(n: int) -> str:
    """A made-up word for `n` ("ba", "bb", ...): distinct words for distinct numbers."""
    word = ""
    while True:
        n, digit = divmod(n, 20)
        word += "bcdfghjklmnpqrstvwz"[digit % 19] + "aeiou"[digit % 5]
        if n == 0:
            return word


def test_a_fact_is_found_again_among_many_others_at_a_bounded_cost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Grouping the sentences of a large selection compares each sentence with a bounded
    number of groups (so "everything" over thousands of articles stays linear), yet a fact
    told again after hundreds of other sentences sharing its common words is still found by
    its rare ones."""
    first = "Nikolay Patrushev held talks with Ajit Doval in New Delhi on Wednesday."
    others = [
        f"The minister {_letters(i)} held talks with officials in {_letters(i + 1000)} on "
        f"Wednesday about {_letters(i + 2000)} and {_letters(i + 3000)}."
        for i in range(800)
    ]
    again = "Patrushev held talks with Doval in New Delhi on Wednesday, officials said."
    texts = [first, *others, again]
    articles = [
        Article(f"a{i}", f"a{i}.txt", t, "2021-09-08", "", "", t) for i, t in enumerate(texts)
    ]
    compared = 0
    likeness = same_fact._likeness

    def counted(a: dict[str, float], b: dict[str, float]) -> float:
        nonlocal compared
        compared += 1
        return likeness(a, b)

    monkeypatch.setattr(same_fact, "_likeness", counted)
    sentences = same_fact.vectors([(a, 0, a.body) for a in articles])
    groups = same_fact.group_facts(sentences)
    together = next(g for g in groups if any(s.text == first for s in g))
    assert again in [s.text for s in together]
    assert len(groups) > 100  # the others are facts of their own, not one
    bound = same_fact.CANDIDATES * same_fact.COMPARED  # all with all: about 2 * this
    assert compared <= len(texts) * bound


def test_a_briefing_about_one_actor_is_titled_by_the_headline_that_tells_the_news(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A title such as "Donald Trump, 2017-12-28" says little; the bottom line's short
    headline says the news."""
    folder = tmp_path / "oil"
    headline = "Trump accuses China of allowing oil into North Korea"
    _record(
        folder, "a", "2017-12-28", "www.bbc.co.uk", headline,
        f"{headline}\n\nUS President Donald Trump has accused China of allowing oil to reach "
        "North Korea, in breach of UN sanctions.\n\nChina denied the reports on Friday.",
    )  # fmt: skip
    _record(
        folder, "b", "2017-12-29", "www.reuters.com",
        "China denies selling oil to North Korea",
        "China denies selling oil to North Korea\n\nChina said on Friday it had not sold oil "
        "to North Korea, after President Donald Trump accused it of doing so.",
    )  # fmt: skip
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.bottom_line is not None and "Trump" in briefing.bottom_line.text
    assert briefing.title == f"{headline}, 2017-12-28 to 2017-12-29"


@pytest.mark.parametrize(
    ("story", "title"),
    [
        (
            "Paddock's brother says he did nothing wrong.",
            "Paddock's brother says he did nothing wrong",
        ),
        ("Troops leave the U.S.", "Troops leave the U.S."),
        ("Talks go on...", "Talks go on..."),
        ("Curfew begins at 10 p.m.", "Curfew begins at 10 p.m."),
        ("Charges against Donald Trump Jr.", "Charges against Donald Trump Jr."),
        ("Shares of Apple Inc.", "Shares of Apple Inc."),
        ("Tax bill passes in 2017.", "Tax bill passes in 2017"),
    ],
)
def test_a_story_title_ends_before_its_dates_without_a_full_stop(story: str, title: str) -> None:
    """A trial's "...did anything wrong., 2017-12-28 to 2018-01-10"."""
    from briefing.core.brief.build import _title
    from briefing.core.models import Source

    sources = [Source(1, "2017-12-28", "t", "s", "p", "", "a")]
    assert _title(story, sources) == f"{title}, 2017-12-28"


def test_a_story_title_that_asks_or_exclaims_takes_its_dates_without_a_comma() -> None:
    """Trial D: "Is Samsung Display to blame for iPhone X's screen defect?, 2017-09-13"."""
    from briefing.core.brief.build import _title
    from briefing.core.models import Source

    sources = [Source(1, "2017-12-28", "t", "s", "p", "", "a")]
    assert _title("Is Orvane to blame?", sources) == "Is Orvane to blame? 2017-12-28"
    assert _title("'Not again!'", sources) == "'Not again!' 2017-12-28"


@pytest.mark.parametrize(
    ("what", "bare"),
    [
        ("is allowing", True),
        ("boasts one", True),
        ("could subject", True),
        ("shared", True),
        ("hired he", True),
        ("put forward which", True),
        ("threatened to overrun Kunduz", False),
        ("has not carried out threat", False),
        ("denied the report", False),
    ],
)
def test_a_timeline_entry_says_what_was_done_to_what(what: str, bare: bool) -> None:
    """ "China is allowing", "Pixel 2 boasts one": a verb with only auxiliaries and pronouns
    around it tells a reader nothing, and is no timeline entry."""
    assert timeline_module._bare(what) is bare


@pytest.mark.parametrize(
    ("text", "added"),
    [
        ("Lady Gaga protests outside Trump Tower", " in New York City"),
        ("Lady Gaga protests in New York City", " at Trump Tower"),
        ("Lady Gaga protests", " at Trump Tower, New York City"),
        ("Lady Gaga protests outside Trump Tower in New York City", ""),
    ],
)
def test_a_place_is_said_once_with_its_town(text: str, added: str) -> None:
    assert place_words(text, "Trump Tower, New York City", "at") == added


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # Trial E: "Trahson Burrell played in Sioux Falls in Memphis"
        ("Dale Morrow played in Sioux Falls", ""),
        ("Dale Morrow spoke at Kestrel Hall", ""),
        ("Dale Morrow played in the final", " in Memphis"),
        ("Dale Morrow played in Monday's final", " in Memphis"),
        ("Dale Morrow played in March", " in Memphis"),
        ("Dale Morrow played on the resort island of Jeju", ""),  # trial G
        ("Dale Morrow played in the city of Dresden", ""),
        ("Dale Morrow played", " in Memphis"),
    ],
)
def test_no_second_place_where_a_text_says_one(text: str, added: str) -> None:
    assert place_words(text, "Memphis", "in") == added


def test_a_timeline_says_a_long_stretch_as_loosely_as_its_words(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = (
        "Nikolay Patrushev met Ajit Doval in New Delhi on Tuesday. "
        "Over the past 40 years, India bought Russian arms. "
        "In the last three months, India bought Russian oil. "
        "In the last four days, Russia sent two frigates to India."
    )
    _record(tmp_path / "articles", "a", "2021-09-07", "thehindu.com", "Talks in Delhi", text)
    workspace.sync([tmp_path / "articles"])
    markdown = render_briefing(workspace.briefing(workspace.ids))
    timeline = markdown.split("## Timeline", 1)[1].split("## Sources", 1)[0]
    # (trial D's: a stretch of history that reaches the news is no entry of its timeline)
    assert "India bought Russian arms" not in timeline
    assert "**June 2021 to September 2021**: India bought Russian oil" in timeline
    assert "**3 September 2021 to 7 September 2021**: Russia sent" in timeline
    assert "**7 September 2021**: " in timeline  # the talks, the story's news


def test_the_news_is_not_put_on_a_day_the_text_gives_something_else(
    tmp_path: Path, workspace: Workspace
) -> None:
    # A trial's timeline put "North Korea's winter training means fewer missile launches"
    # on the Friday on which, paragraphs on, "Tillerson denied" a report.
    text = (
        "North Korea hasn't fired a missile for 60 days, but that may have more to do with "
        "its own winter training cycle than with Pyongyang easing off on provocations.\n"
        "Since Kim Jong Un took power in late 2011, only five of the isolated nation's 85 "
        "rocket launches have taken place in the October-December quarter, according to a "
        "missile test database.\n"
        "The Korean People's Army regularly enters its training cycle every winter, said Van "
        "Jackson, a strategy fellow at Victoria University of Wellington.\n"
        "North Korea's last launch was on Sept. 15, when the isolated state fired its second "
        "missile over Japan in as many months.\n"
        "Secretary of State Rex Tillerson on Friday denied a report that he had opened a "
        "channel to Pyongyang."
    )
    _record(
        tmp_path / "articles", "a", "2017-11-14", "www.example-news.com",
        "North Korea's winter training means fewer missile launches", text,
    )  # fmt: skip
    workspace.sync([tmp_path / "articles"])
    briefing = workspace.briefing(workspace.ids)
    assert briefing.bottom_line is not None and "November" not in briefing.bottom_line.text
    assert not [e.text for e in briefing.timeline if "winter training" in e.text]


def test_the_news_keeps_the_month_its_sentence_states(tmp_path: Path, workspace: Workspace) -> None:
    # The review's: a month is no day the bottom line states, but the news's all the same.
    _record(
        tmp_path / "articles", "a", "2017-11-03", "www.example-news.com",
        "US unemployment falls to 4.1 percent in October",
        "Employers added 261,000 jobs as the economy recovered from two hurricanes. Wages "
        "barely grew.",
    )  # fmt: skip
    workspace.sync([tmp_path / "articles"])
    timeline = workspace.briefing(workspace.ids).timeline
    assert [(e.date, e.granularity) for e in timeline if "4.1 percent" in e.text] == [
        ("2017-10-01", "month")
    ]


def test_a_copy_elsewhere_does_not_change_where_a_briefing_says_an_article_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    copy = tmp_path / "mixed"
    shutil.copytree(seeds_dir(), copy)
    assert main(["ingest", str(copy)]) == 0  # the same texts, read from another folder first
    capsys.readouterr()
    assert main(["brief", "--json", str(seeds_dir())]) == 0
    sources = json.loads(capsys.readouterr().out)["sources"]
    assert sources and all(s["path"].startswith(str(seeds_dir())) for s in sources)


def test_the_story_title_is_no_key_point_and_a_sites_call_to_follow_is_none(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A trial's briefing gave its own title again as a key point ("Erie smashes snowfall
    record with flakes still falling") and a site's call to its reader ("Add Weather as an
    interest to stay up to date on the latest Weather news")."""
    folder = tmp_path / "snow"
    _record(
        folder, "a", "2017-12-27", "www.example-news.com",
        "Lakeside smashes snowfall record with flakes still falling",
        "Snow continues to fall in Lakeside.\n\nThe storm brought 34 inches of snow on "
        "Christmas Day, a record for Lakeside.\n\nAdd Climate as an interest to stay up to "
        "date on the latest Climate news.",
    )  # fmt: skip
    _record(
        folder, "b", "2017-12-28", "www.example-post.com", "Lakeside declares a snow emergency",
        "Lakeside declared a snow emergency on Thursday after a record snowfall, officials "
        "said. Schools closed.\n\nFollow our page to stay up to date with our coverage.",
    )  # fmt: skip
    workspace.sync([folder])
    (story,) = workspace.stories(workspace.ids)
    briefing = workspace.briefing(workspace.ids)
    said = [p.text for p in briefing.key_points]
    assert said and not any(p.rstrip(".").casefold() == story.title.casefold() for p in said)
    assert not any("stay up to date" in p for p in said)
    # A sentence of the news that says it stays.
    from briefing.core.brief.wording import is_statement

    assert is_statement("The app helps farmers stay up to date on weather warnings, he said.")


def test_a_caption_that_opens_an_article_is_no_key_point(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A page's text can open on a picture's caption, after the headline the reader takes
    as the title (a Wikinews page: "Countries affected by the 2004 Indian Ocean tsunami").
    It was a key point, or the bottom line. A headline that opens a text may still be one."""
    folder = tmp_path / "floods"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "date 2019-07-22 Bangladeshis raise aid for flood victims\n"
        "Satellite image of the swollen Brahmaputra river basin in July\n"
        "Through a telethon, Bangladeshis raised 2 million dollars for the victims of the "
        "floods on Sunday, the organisers said."
    )
    (folder / "b.txt").write_text(
        "date 2019-07-23 Monsoon floods in Bangladesh killed 40 people in Sylhet on Monday, "
        "officials said.\n\nThe army evacuated 10,000 people from the affected districts of "
        "Bangladesh."
    )
    (folder / "c.txt").write_text(
        "date 2019-07-24 Floods in Bangladesh\n\nFloods in Bangladesh\n\nRescuers reached "
        "the flooded districts of Sylhet on Tuesday as the monsoon floods in Bangladesh "
        "receded, officials said."
    )
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    told = [p.text for p in (briefing.bottom_line, *briefing.key_points) if p is not None]
    assert len(told) >= 3 and not any("Satellite image" in t for t in told), told
    assert any(t.startswith("Floods in Bangladesh") for t in told), told  # the bottom line


def test_a_sentence_with_a_pictures_credit_after_it_is_no_key_point(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A trial: "Chicago Cubs players celebrate on the field after defeating ... (Photo: Ken
    Blaze-USA TODAY Sports)" was a key point: a caption, as its credit says."""
    folder = tmp_path / "final"
    for name, source, caption, credit in (
        (
            "a",
            "www.example-today.com",
            "Harbor City players celebrate on the field after "
            "winning the cup final at Riverside Park.",
            "(Photo: Jane Roe-Example Today Sports)",
        ),
        (
            "b",
            "www.example-ap.com",
            "Harbor City fans wave flags in the main square after the cup final.",
            "(AP Photo/John Doe, File)",
        ),
    ):
        _record(
            folder, name, "2016-11-03", source, "Harbor City win the cup",
            f"{caption} {credit}\nHarbor City won the cup on Wednesday, beating Lakeside 2-1 in "
            "extra time, the league said. The club's first title in 40 years drew thousands "
            "of fans to the streets.",
        )  # fmt: skip
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    told = [p.text for p in (briefing.bottom_line, *briefing.key_points) if p is not None]
    assert told and not any("celebrate on the field" in t or "wave flags" in t for t in told)


def test_a_headline_is_no_key_point(tmp_path: Path, workspace: Workspace) -> None:
    """A trial's key points were seven headlines of eight, the texts opening on their titles
    ("North Korea's winter training means fewer missile launches"), beside the lead that
    says the same as a whole statement."""
    folder = tmp_path / "korea"
    for name, date, source, title, lead in (
        (
            "a",
            "2017-11-14",
            "japantimes.co.jp",
            "North Korea's winter training means fewer missile launches",
            "North Korea has launched fewer missiles since September as its "
            "army began winter training, analysts said.",
        ),
        (
            "b",
            "2017-11-15",
            "cnbc.com",
            "Two months without a missile test, longest pause in 2017",
            "North Korea has gone two months without test firing a missile, the "
            "longest such dry spell this year.",
        ),
        (
            "c",
            "2017-11-16",
            "reuters.com",
            "U.S. envoy says no signal from North Korea",
            "A U.S. envoy said on Thursday that North Korea had sent no signal that it wanted "
            "talks, despite two months without a missile launch.",
        ),
    ):
        _record(folder, name, date, source, title, f"{title}\n\n{lead} The army drilled.")
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    points = [p.text for p in briefing.key_points]
    assert points and all(p.endswith(".") for p in points), points


def test_a_bottom_line_is_an_event_the_parse_read_before_an_unread_headline() -> None:
    """A trial: once "EA lowers ... costs after Reddit outcry" lost the wrong day it had, a
    review's headline the parse could not read ("... review: Nope, nope, nope"), dated by
    its details box, won the bottom line for having a day."""
    from briefing.core.brief.bottom_line import _most_reported
    from briefing.core.models import Event

    def event(article: str, sentence: str, kind: str, day: str | None) -> Event:
        return Event(
            article, f"{article}.json", sentence, "Studio", sentence.split(" ", 1)[1], None,
            None, False, day and "November 17, 2017", day or "2017-11-13", None, "day",
            day is None, None, None, kind, None,
        )  # fmt: skip

    review = event("a", "Starfall review: nope, nope, nope", "headline", "2017-11-17")
    cut = event("b", "Studio lowers Starfall hero costs after outcry", "verb", None)
    leads = {
        "a": {"starfall", "review", "nope", "studio", "hero", "cost"},
        "b": {"studio", "lower", "starfall", "hero", "cost", "outcry", "review", "nope"},
        "c": {"studio", "lower", "starfall", "hero", "cost", "outcry", "review", "nope"},
    }
    assert _most_reported([review, cut], leads, {}, lambda e: 1) is cut


@pytest.mark.parametrize(
    "alone",
    [
        "He asked for it",
        "In case you are living in Portmouth, chances are you have an app or two for the ferry",
    ],
)
def test_a_bottom_line_says_something_alone(alone: str) -> None:
    """A third trial's bottom lines: "He asked for it on 14 November 2019." (a headline of
    pronouns), "In case you are living in Delhi-NCR, chances are ..." (a line to the
    reader). What would be no key point is no bottom line either."""
    from briefing.core.brief.bottom_line import _most_reported
    from briefing.core.brief.same_fact import content_words
    from briefing.core.models import Event

    def event(article: str, sentence: str) -> Event:
        return Event(
            article, f"{article}.json", sentence, None, sentence, None, None, False, None,
            "2019-11-18", None, "day", True, None, None, "headline", None,
        )  # fmt: skip

    first = event("c", alone)  # (which would win on its article's id alone)
    other = event("b", "Ferry firm Harbor Lines cuts fares for Portmouth riders")
    lead = set(content_words(first.sentence)) | set(content_words(other.sentence))
    leads = {"a": lead, "b": lead, "c": lead}
    nameless = {id(first)} if alone.startswith("He") else set()  # (see the test below)
    assert _most_reported([first, other], leads, {}, lambda e: 2, nameless) is other
    # Alone (trial F: a one-article story from a feed), it is no bottom line either.
    assert _most_reported([first], leads, {}, lambda e: 2, nameless) is None


def _dated(article: str, sentence: str, when: str | None, day: str | None) -> Event:
    return Event(
        article, f"{article}.json", sentence, None, sentence, None, None, False, when,
        day, None, "day" if day else None, False, None, None, "verb", None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "when", "day", "published", "others", "stated"),
    [
        # A trial's "North Korea launches rocket on 12 December 2012": articles of 2016 recall
        # the launch of 2012.
        (
            "Kestrel launches rocket", None, None, "2016-02-07",
            [("Kestrel launches a rocket on December 12, 2012.", "December 12, 2012",
              "2012-12-12")],
            None,
        ),
        # ... and "New Trailer: 'Avengers: Infinity War' on 4 May 2018", the film's release.
        ("New trailer for Kestrel Wars out on May 4", "May 4", "2018-05-04", "2018-02-05", [],
         None),
        # (a later review's: "to" and "due" in other senses)
        ("New trailer for Kestrel Wars shown to fans, out on May 4", "May 4", "2018-05-04",
         "2018-02-05", [], None),
        ("Kestrel Wars trailer thrills fans due to its villain, out on May 4", "May 4",
         "2018-05-04", "2018-02-05", [], None),
        # The review of session 31: past events moved "to" somewhere are not to come.
        ("Kestrel Wars trailer shown to fans, out on May 4", "May 4", "2018-05-04",
         "2018-02-05", [], None),
        ("Fans flocked to cinemas on May 4", "May 4", "2018-05-04", "2018-02-05", [], None),
        ("Orvane returned to Portmouth on May 4", "May 4", "2018-05-04", "2018-02-05", [],
         None),
        ("Rocket launched to space station on May 4", "May 4", "2018-05-04", "2018-02-05",
         [], None),
        # (the review of session 32's: a past form before "to" only; Title Case says no verb)
        ("Man charged over attack to appear in court on February 9", "February 9",
         "2018-02-09", "2018-02-05", [], "2018-02-09"),
        ("Trump Travels To Asia On May 4", "May 4", "2018-05-04", "2018-02-05", [], None),
        # Days to come, more than a day after the paper's (its review: one day after passed
        # without a word of the future).
        ("Orvane to launch its rocket on February 9", "February 9", "2018-02-09",
         "2018-02-05", [], "2018-02-09"),
        ("Orvane set to launch its rocket on February 9", "February 9", "2018-02-09",
         "2018-02-05", [], "2018-02-09"),
        ("The Orvane launch is scheduled for February 9", "February 9", "2018-02-09",
         "2018-02-05", [], "2018-02-09"),
        ("The verdict in the Orvane case is expected on February 9", "February 9",
         "2018-02-09", "2018-02-05", [], "2018-02-09"),
        # (not a plan that was: the news is its end, on the paper's day)
        ("The Kestrel vote, planned for February 9, was called off", "February 9",
         "2018-02-09", "2018-02-05", [], None),
        ("The Kestrel vote, which was scheduled for February 9, was called off", "February 9",
         "2018-02-09", "2018-02-05", [], None),
        # Guard: a day of the week before.
        ("Orvane launched its rocket on February 2", "February 2", "2018-02-02", "2018-02-05",
         [], "2018-02-02"),
    ],
)  # fmt: skip
def test_a_bottom_line_is_dated_by_its_news_not_by_what_it_recalls(
    sentence: str,
    when: str | None,
    day: str | None,
    published: str,
    others: list[tuple[str, str, str]],
    stated: str | None,
) -> None:
    from briefing.core.brief.bottom_line import _stated_day

    event = _dated("a", sentence, when, day)
    events = [event, *(_dated("b", *other) for other in others)]
    assert _stated_day(event, events, {}, sentence, published) == stated


@pytest.mark.parametrize(
    ("headline", "nameless"),
    [
        ("He asked for it", True),
        # A review's: a headline in Title Case names no one for its capitals.
        ("He Asked for It", True),
        ("They Said No", True),
        ("He Met Vladimir Putin in Moscow", False),
        ("It Rained 40 Inches in Portmouth", False),
    ],
)
def test_a_headline_of_pronouns_names_nothing(
    analyser: Analyser, headline: str, nameless: bool
) -> None:
    from briefing.core.brief.bottom_line import _nameless
    from briefing.core.models import Event

    body = f"{headline}\n\nThe ferry firm Harbor Lines cut fares on Monday, its boss said."
    article = Article("a", "a.txt", headline, "2019-11-18", "a", "", body)
    (analysis,) = analyser.analyse([body], ["2019-11-18"])
    event = Event(
        "a", "a.txt", headline, None, headline, None, None, False, None,
        "2019-11-18", None, "day", True, None, None, "headline", None,
    )  # fmt: skip
    assert _nameless(event, article, analysis) is nameless


def test_captions_run_together_are_no_key_point(tmp_path: Path, workspace: Workspace) -> None:
    """Trial D: a page's captions, run together without their stops, made one 297-word key
    point cited by five articles, which told bits of it."""
    folder = tmp_path / "final"
    run = (
        "The players of Harbor City celebrate the win over Lakeside with their fans The fans "
        "of Harbor City cheer the cup win at Riverside Park."
    )
    told = {
        "a": run,
        "b": "The players of Harbor City celebrated the win with their fans.",
        "c": "The fans of Harbor City cheered the cup win at Riverside Park.",
    }
    for name, text in told.items():
        _record(
            folder, name, "2016-11-03", f"www.{name}.com", "Harbor City win the cup final",
            "Harbor City won the cup final on Wednesday, beating Lakeside 2-1 at Riverside "
            f"Park. {text} The mayor said the city was proud of its team.",
        )  # fmt: skip
    workspace.sync([folder])
    points = [p.text for p in workspace.briefing(workspace.ids).key_points]
    assert points and not any("with their fans The fans" in p for p in points), points


def test_a_phrase_written_as_a_sentence_is_no_key_point(
    tmp_path: Path, workspace: Workspace
) -> None:
    """A third trial's key point: "For a 17-minute rain delay." (the text: "Next, it
    rained. Honest. For a 17-minute rain delay.")."""
    folder = tmp_path / "final"
    for name, source in (("a", "www.one.com"), ("b", "www.two.com")):
        _record(
            folder, name, "2016-11-03", source, "Harbor City win the cup final",
            "Harbor City won the cup final on Wednesday, beating Lakeside 2-1 at Riverside "
            "Park. Then the lights failed. For a two-hour stadium power cut. After the break, "
            "Lakeside scored first, and the fans in the north stand fell silent.",
        )  # fmt: skip
    workspace.sync([folder])
    points = [p.text for p in workspace.briefing(workspace.ids).key_points]
    assert points and not any(p.startswith("For a") for p in points), points


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("For a 17-minute rain delay.", True),
        ("With no end in sight.", True),
        # (the review of session 32's: "that" after a noun in lower case is a relative)
        ("With the deal that was signed on Monday.", True),
        ("In the town that was destroyed.", True),
        # A review's: clauses of "to be" and "to have", in which the parse reads no event.
        ("By noon the fire was out.", False),
        ("At the scene there was chaos and broken glass.", False),
        ("In all there were 12 arrests.", False),
        ("After the vote the party had no majority.", False),
        # (a later review's: "to be" in a clause that hangs on the phrase)
        ("Until it was too late.", True),
        ("For those who have lost loved ones.", True),
        ("Before it was over.", True),
        # (the review of session 31's: a main clause after the phrase's own; "that" as a
        # word that points)
        ("Until they were rescued the miners survived on rainwater.", False),
        ("In France that is a crime punishable by a fine.", False),
        ("In Japan that was once unthinkable for a prime minister.", False),
        # (the review of session 32's second reading: "that" after a phrase of time or way)
        ("In practice that is a crime.", False),
        ("At the time that was a record.", False),
        ("By then that was too late.", False),
        ("In the end that was enough.", False),
        ("For now that is the plan.", False),
        ("Of the ships that were seized on Friday.", True),
        # (the review of session 33's: a word that begins with "a", a number)
        ("Of the men that were arrested.", True),
        ("Of the 40 people that were hurt.", True),
        # (the review of session 33's second part: a number of more than one digit)
        ("In the first quarter of the year that was 12 percent.", False),
        ("By the end of the day that was 150 people.", False),
    ],
)
def test_a_fragment_is_a_phrase_with_no_verb(text: str, fragment: bool) -> None:
    from briefing.core.brief.build import is_fragment

    assert is_fragment(text) is fragment


def test_a_number_in_words_is_its_digits_when_facts_are_compared() -> None:
    """One outlet's "Seven killed as ferry sinks" is another's "Killing at Least 7" (a third
    trial's bottom line was cited by its own article alone); "one" and "two" stay function
    words ("two sides")."""
    assert content_words("Seven killed as ferry sinks") == content_words("7 killed as ferry sinks")
    assert content_words("Twelve hurt") == ["12", "hurt"]
    assert "2" not in content_words("The two sides met")


def test_a_bottom_line_is_one_the_articles_tell_not_one_outlets_words() -> None:
    """A third trial: "Tram Derails in Croydon, Near London, Killing at Least 7", the
    words of one outlet's headline that the other leads hold between them but no sentence
    of theirs tells, was the bottom line, cited by its article alone, over a headline that
    three articles tell. Of the central events, one told by at least half as many articles
    as the most told one."""
    from briefing.core.brief.bottom_line import _most_reported
    from briefing.core.brief.same_fact import content_words
    from briefing.core.models import Event

    def event(article: str, sentence: str) -> Event:
        return Event(
            article, f"{article}.json", sentence, "At least six people", "drowned", None,
            None, False, None, "2024-03-05", None, "day", True, "Portmouth", None,
            "headline", None,
        )  # fmt: skip

    titled = event("a", "Ferry Capsizes in Storm Near Portmouth, Drowning at Least 6")
    told = event("b", "At least 6 drowned in ferry sinking off Portmouth")
    # Every lead holds the first headline's words; not all hold the second's.
    lead = set(content_words(titled.sentence))
    leads = {"a": lead, "b": lead | {"sink", "off"}, "c": lead | {"sink", "off"}, "d": lead}
    assert _most_reported([titled, told], leads, {}, lambda e: 1) is titled  # (as before)
    tellers = {"a": 1, "b": 3}
    assert _most_reported([titled, told], leads, {}, lambda e: tellers[e.article]) is told


@pytest.mark.parametrize(
    "dateline",
    [
        "WASHINGTON — ",
        "WASHINGTON (Reuters) - ",
        "Washington (CNN) — ",
        "WASHINGTON, Nov 17 (Reuters) - ",
    ],
)
def test_a_bottom_line_said_as_written_leaves_its_dateline_out(
    tmp_path: Path, workspace: Workspace, dateline: str
) -> None:
    # A lead as outlets write it: the bottom line tells it as written (its subject is more
    # than its named actor), without where the story was filed.
    bottom = _bottom_line_of_file(
        tmp_path / "drones.md",
        workspace,
        "---\ntitle: Senators question Pentagon over drone strikes\ndate: 2026-11-20\n---\n"
        f"{dateline}Senators from both parties questioned officials from the Department of "
        "Defense about a series of drone strikes in Somalia on Tuesday.\n\n"
        "Defense Secretary Lloyd Austin told the Senate Armed Services Committee that the "
        "strikes were lawful.\n",
    )
    assert bottom.startswith("Senators from both parties questioned officials"), bottom


@pytest.mark.parametrize(
    ("lead", "date", "said"),
    [
        # Not "Siemens are feeling the pinch": a named actor and others, in a clause that
        # does not open the sentence.
        ("Factory orders in Germany rose last month, official data showed on Friday, but that "
         "Siemens and the country's other big exporters are feeling the pinch of tariffs.",
         "2026-11-20", "Siemens and the country's other big exporters are feeling"),
        ("Train services across France were cancelled on Thursday as Macron and the unions "
         "are refusing to resume talks over pensions.", "2026-11-20",
         "Macron and the unions are refusing"),
        ("Shipping through the Suez Canal slowed this week while Egypt and the insurers of the "
         "large tankers argue over fees.", "2026-11-20",
         "Egypt and the insurers of the large tankers argue"),
        # Not "Kai Wegner, Berlin mayor, said on 2 March 2026.": the news is what was said.
        ("Berlin mayor Kai Wegner said on Monday that the city would close two of its airports "
         "to night flights from next year.", "2026-03-03", "would close two of its airports"),
        ("The carmaker Renault has admitted that its engines broke the emissions rules in "
         "four countries, a spokesman said on Tuesday.", "2026-03-03",
         "broke the emissions rules"),
    ],
)  # fmt: skip
def test_a_bottom_line_is_told_as_written_where_a_retelling_would_lose_it(
    tmp_path: Path, workspace: Workspace, lead: str, date: str, said: str
) -> None:
    bottom = _bottom_line_of(tmp_path, workspace, lead, date)
    assert said in bottom, bottom


def test_a_bottom_line_dates_its_event_only_by_a_day_an_article_states(
    tmp_path: Path, workspace: Workspace
) -> None:
    # No sentence says when he resigned: the paper's own day is no day it states.
    bottom = _bottom_line_of_file(
        tmp_path / "mayor.md",
        workspace,
        "---\ntitle: Mayor quits\ndate: 2026-11-20\n---\nSpringfield's long-serving mayor Joe "
        "Quimby resigned from his office after a corruption inquiry into city contracts that "
        "lasted more than two years.\n\nHis deputy will take over until an election is held.\n",
    )
    assert "resigned" in bottom and "November" not in bottom, bottom


def test_a_bottom_line_is_not_dated_by_a_day_the_text_names_later_for_something_else(
    tmp_path: Path, workspace: Workspace
) -> None:
    # The lead says no day; ten paragraphs on, a Friday is the day of another event.
    later = " ".join(
        f"Analysts in the region counted {n} reasons for the change in the pattern."
        for n in range(3, 9)
    )
    bottom = _bottom_line_of_file(
        tmp_path / "rain.md",
        workspace,
        "---\ntitle: Monsoon season means fewer flights out of Mumbai\ndate: 2026-07-15\n---\n"
        "Airlines have cut their schedules from the western city, as they do every summer.\n\n"
        "The rains close one of the airport's two runways for hours at a time.\n\n"
        "Travel agents said bookings for the season were lower than last year.\n\n"
        f"{later}\n\nThe transport minister on Friday opened a new highway in the north.\n",
    )
    assert "July" not in bottom, bottom


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Two were hurt, local media said.. Read more",
            "Two were hurt, local media said. Read more",
        ),
        ("He paused... then  spoke.", "He paused... then spoke."),
        ("It fell to 4.5.", "It fell to 4.5."),
    ],
)
def test_a_sentence_is_said_with_one_full_stop(sentence: str, said: str) -> None:
    # Trial F's key point: "..., Australian media said.." (a feed's description).
    from briefing.core.brief.wording import as_said

    assert as_said(sentence) == said


def _bottom_line_of(tmp_path: Path, workspace: Workspace, lead: str, date: str) -> str:
    """The bottom line of one article: `lead`, then a sentence of no news."""
    markdown = f"---\ntitle: News\ndate: {date}\n---\n{lead}\n\nThe figures surprised many.\n"
    return _bottom_line_of_file(tmp_path / "lead.md", workspace, markdown)


def _bottom_line_of_file(path: Path, workspace: Workspace, text: str) -> str:
    """The bottom line of the one article `text` writes at `path` (its reader by its end)."""
    path.write_text(text)
    workspace.sync([path])
    bottom = workspace.briefing(workspace.ids).bottom_line
    assert bottom is not None
    return bottom.text


def test_what_changed_says_no_key_point_again(tmp_path: Path, workspace: Workspace) -> None:
    # A trial: the second day's facts were key points and what changed, word for word.
    first = (
        "---\ntitle: Lisbon plans tram line\ndate: 2026-05-04\n---\nLisbon's mayor Carlos "
        "Moedas said on Monday that the city would build a tram line to the airport.\n\n"
        "The line would cost 200 million euros, Carlos Moedas said.\n"
    )
    second = (
        "---\ntitle: Lisbon council backs airport tram\ndate: 2026-05-05\n---\nLisbon's "
        "mayor Carlos Moedas said on Monday that the city would build a tram line to the "
        "airport. The council approved the plan on Tuesday by 20 votes to 13, a spokesman "
        "said. Critics in the opposition called the line a vanity project.\n"
    )
    (tmp_path / "a.md").write_text(first)
    (tmp_path / "b.md").write_text(second)
    workspace.sync([tmp_path / "a.md", tmp_path / "b.md"])
    briefing = workspace.briefing(workspace.ids)
    points = {p.text for p in briefing.key_points}
    assert "The council approved the plan on Tuesday by 20 votes to 13, a spokesman said." in points
    assert not points & {c.text for c in briefing.changes}, briefing.changes


def test_one_fact_in_two_outlets_wordings_is_one_key_point(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Outlets word one fact apart ("killed ... injured", "killed ... wounded"; "a dam",
    "the dam"): a reader reads it once, not once for each outlet."""
    folder = tmp_path / "dam"
    facts = (
        "Engineers said cracks had been seen in the dam wall in March.",
        "The regional governor declared a state of emergency in three districts.",
        "Rescue boats from the army reached the flooded villages on Tuesday.",
    )
    leads = {
        "one": "At least 41 people were killed and 300 injured when the Kariba dam burst "
        "near the town of Siavonga on Sunday night, flooding eleven farming villages.",
        "two": "At least 41 people were killed and over 300 others wounded after the dam "
        "burst on Sunday night outside Siavonga, sending water through farming villages.",
        "three": "A dam collapse near Siavonga left at least 41 dead, and rescue boats were "
        "searching flooded farmland on Monday.",
    }
    for n, (source, lead) in enumerate(leads.items()):
        _record(
            folder, source, "2023-05-08", f"www.{source}.com", f"Dam burst in Zambia ({source})",
            f"{lead}\n\n{facts[n]}\n\nThe dam was built in 1959 by a British company.",
        )  # fmt: skip
    workspace.sync([folder])
    points = [p.text for p in workspace.briefing(workspace.ids).key_points]
    assert sum(p.startswith("At least 41 people were killed") for p in points) == 1, points
    assert all(any(p == fact for p in points) for fact in facts), points


def test_a_key_point_is_not_the_first_sentence_of_the_storys_title(analyser: Analyser) -> None:
    """A trial's key point was "After repeated tests, North Korea hasn't launched a missile
    in 56 days." under the title "After repeated tests, ... in 56 days. What's going on?"."""
    text = (
        "Leeds city council opened three shelters for families in Leeds on Monday, the mayor "
        "said. The storm flooded 300 homes across the north of England. The river Aire rose "
        "two metres in six hours. Engineers said the flood walls held along most of the river."
    )
    articles = [
        Article(name, f"{name}.txt", "Leeds opens shelters", "2021-10-04", name, "", text)
        for name in ("one", "two")
    ]
    items = list(zip(articles, analyser.analyse([text, text], ["2021-10-04"] * 2), strict=True))
    facts = selection_facts(items, resolve([(a.id, a.body, x) for a, x in items]))
    title = "The storm flooded 300 homes across the north of England. What happens next?"
    points = [p.text for p in build_briefing(items, facts, story=title).key_points]
    assert "The river Aire rose two metres in six hours." in points
    assert not any(p.startswith("The storm flooded 300 homes") for p in points), points


def test_what_changed_does_not_say_a_key_point_again_in_other_words(analyser: Analyser) -> None:
    """What later reports add is not a key point's fact told by a later outlet (the review's:
    a repeat ranked past the key points the briefing shows came back there)."""
    first = (
        "Engineers warned of cracks in the Kariba dam wall in March, the regional water board "
        "said. At least 41 people were killed and 300 injured when the dam burst near the town "
        "of Siavonga, flooding eleven farming villages. The regional governor declared a "
        "state of emergency in three districts."
    )
    later = (
        "Rescue boats from the army reached the flooded villages near Siavonga on Tuesday. At "
        "least 41 people were killed and over 300 others wounded after the dam burst outside "
        "Siavonga, sending water through farming villages. The World Bank offered a loan to "
        "rebuild the dam."
    )
    articles = [
        Article("a", "a.txt", "Dam bursts in Zambia", "2023-05-08", "one", "", first),
        Article("b", "b.txt", "Army boats reach villages", "2023-05-10", "two", "", later),
    ]
    analyses = analyser.analyse([first, later], ["2023-05-08", "2023-05-10"])
    items = list(zip(articles, analyses, strict=True))
    facts = selection_facts(items, resolve([(a.id, a.body, x) for a, x in items]))
    briefing = build_briefing(items, facts, max_points=1)
    assert [p.text[:28] for p in briefing.key_points] == ["At least 41 people were kill"]
    changed = [c.text for c in briefing.changes]
    assert "The World Bank offered a loan to rebuild the dam." in changed
    assert not any(c.startswith("At least 41") for c in changed), changed


def _two_days_of_a_dam(analyser: Analyser, first: str, later: str) -> Briefing:
    """The briefing of `first`, told by two outlets on 8 May, and `later`, on 10 May."""
    articles = [
        Article("a", "a.txt", "Dam bursts in Zambia", "2023-05-08", "one", "", first),
        Article("c", "c.txt", "Dam burst kills 41", "2023-05-08", "three", "", first),
        Article("b", "b.txt", "News from the dam", "2023-05-10", "two", "", later),
    ]
    analyses = analyser.analyse([first, first, later], ["2023-05-08"] * 2 + ["2023-05-10"])
    items = list(zip(articles, analyses, strict=True))
    facts = selection_facts(items, resolve([(a.id, a.body, x) for a, x in items]))
    return build_briefing(items, facts, max_points=1)


def test_what_changed_does_not_tell_a_timeline_entry_again(analyser: Analyser) -> None:
    # Trial F: What changed repeated timeline entries word for word ("Zhao Zicong fell down
    # the 130ft deep well on Sunday ...").
    briefing = _two_days_of_a_dam(
        analyser,
        "At least 41 people were killed when the Kariba dam burst near the town of Siavonga, "
        "flooding eleven farming villages. The regional governor declared a state of "
        "emergency in three districts.",
        "Army engineer Ann Lee reached the flooded villages near Siavonga on Tuesday. The "
        "dam burst outside Siavonga, sending water through farming villages.",
    )
    entries = [t.text for t in briefing.timeline]
    assert any("reached the flooded villages" in t for t in entries), entries
    changed = [c.text for c in briefing.changes]
    assert not any("reached the flooded villages" in c for c in changed), changed
    # (review I: a later count in the same words is news, not the entry again)
    briefing = _two_days_of_a_dam(
        analyser,
        "At least 41 people were killed when the Kariba dam burst near the town of Siavonga "
        "on Monday, flooding eleven farming villages.",
        "At least 97 people were killed in Siavonga, the governor said on Wednesday as "
        "rescuers found more bodies.",
    )
    told = [c.text for c in briefing.changes] + [p.text for p in briefing.key_points]
    assert any(t.startswith("At least 97") for t in told), (told, briefing.timeline)


_DAM_FIRST = (
    "At least 41 people were killed when the Kariba dam burst near the town of Siavonga, "
    "flooding eleven farming villages. The regional governor declared a state of emergency "
    "in three districts."
)


@pytest.mark.parametrize(
    "later",
    [
        # Review J: the entry names her in full ("Ann Lee reached ..."), her sentence by her
        # surname; the entry's own sentence says more than a few words besides it.
        "Engineer Ann Lee, who leads the army team, spoke to reporters. Lee reached the "
        "flooded villages near Siavonga on Tuesday.",
        "Army engineer Ann Lee reached the flooded villages near Siavonga on Tuesday, her "
        "spokesman said.",
        "Army engineer Ann Lee on Tuesday reached the flooded villages near Siavonga, where "
        "hundreds were stranded.",
    ],
)
def test_what_changed_does_not_tell_a_timeline_entrys_own_sentence_again(
    analyser: Analyser, later: str
) -> None:
    briefing = _two_days_of_a_dam(analyser, _DAM_FIRST, later)
    entries = [t.text for t in briefing.timeline]
    assert any("reached the flooded villages" in t for t in entries), entries
    changed = [c.text for c in briefing.changes]
    assert not any("reached the flooded villages" in c for c in changed), changed


@pytest.mark.parametrize(
    ("fact", "entry", "again"),
    [
        ("Army engineer Ann Lee reached Siavonga Tuesday", "Ann Lee reached Siavonga", True),
        ("Ann Lee reached Siavonga", "Ann Lee reached Siavonga", True),
        # Review I: a later count in the same words is news; and a fact that lacks a word
        # of the entry tells something else.
        ("least 97 people killed Siavonga governor said", "least 41 people killed Siavonga", False),
        ("least 41 people killed", "least 41 people killed Siavonga", False),
        ("army engineer said more rain came Tuesday night", "", False),
    ],
)
def test_a_fact_tells_an_entry_again_in_its_words_and_a_few_more(
    fact: str, entry: str, again: bool
) -> None:
    assert tells_entry_again(set(fact.lower().split()), set(entry.lower().split())) is again


def test_a_transcripts_speaker_label_and_a_copyright_notice_name_no_actor(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Trials' key actors held "HOST" (an NPR transcript's "DAVID GREENE, HOST:") and "CDIC"
    (China Daily's notice "Without written authorization from CDIC")."""
    folder = tmp_path / "bill"
    _record(
        folder, "a", "2018-01-05", "www.radio.example",
        "Woman gets $284 billion electric bill",
        "ANNA PARK, HOST:\nA woman in Erie got an electric bill for $284 billion.\n"
        "ANNA PARK, HOST:\nPenelec said the bill was an error and apologised on Thursday.",
    )  # fmt: skip
    _record(
        folder, "b", "2018-01-05", "www.daily.example",
        "Erie woman's bill was $284 billion",
        "Mary Horomanski of Erie was billed $284 billion by Penelec. Penelec corrected the "
        "bill on Thursday.\nCopyright 1995 - . All rights reserved. The content published in "
        "this site belongs to Daily Media Holdings Ltd (DMHL). Without written authorization "
        "from DMHL, such content shall not be republished.",
    )  # fmt: skip
    actors = _actors_of(workspace, folder)
    assert "Mary Horomanski" in actors
    assert not {"HOST", "DMHL", "Daily Media Holdings Ltd"} & set(actors), actors


def test_a_menu_and_a_sites_call_name_no_actor_a_list_does(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Trial F's key actors held "Archives Archives Select" (a menu) and "Add Interest" (a
    button after "Add Weather as an interest to stay up to date ..."); not the people of a
    list (review H)."""
    folder = tmp_path / "drills"
    _record(
        folder, "a", "2018-01-05", "www.tv.example", "Drills put off until after the Games",
        "Seoul and Washington put off their joint drills on Thursday, Minister Ana Soto "
        "said.\nJUST WATCHED Drills on hold Replay More Videos ... MUST WATCH Drills on "
        "hold 01:46\nInterested in Asia? Add Asia as an interest to stay up to date on the "
        "latest Asia news. Add Interest",
    )  # fmt: skip
    _record(
        folder, "b", "2018-01-05", "www.daily.example", "Joint drills put off",
        "Ana Soto said the joint drills were put off on Thursday until after the Games.\n"
        "Archives Archives Select Month January 2018 December 2017",
    )  # fmt: skip
    _record(
        folder, "c", "2018-01-05", "www.third.example", "Three charged over drills leak",
        "Ana Soto said the drills were put off on Thursday. Those charged are:\n\n- Daniel "
        "Whitcombe, 52, a former officer\n- Laura Feeney\n- Mark Oakes",
    )  # fmt: skip
    # (review J: a menu written as a list names no actor)
    _record(
        folder, "d", "2018-01-05", "www.fourth.example", "Drills are off",
        "Ana Soto said the drills were put off on Thursday.\n\n- Home\n- Fox Nation\n- Apple "
        "News\n- Reuters Plus\n\nThe drills will resume in April.",
    )  # fmt: skip
    actors = _actors_of(workspace, folder)
    assert {"Ana Soto", "Daniel Whitcombe", "Laura Feeney", "Mark Oakes"} <= set(actors), actors
    assert not {"Fox Nation", "Reuters Plus"} & set(actors), actors
    assert not {"Add Interest", "Archives Archives Select"} & set(actors), actors


@pytest.mark.parametrize("source", ["www.npr.org", "www.daily.example"])
def test_an_outlet_of_the_selection_or_with_its_own_correspondent_is_no_actor(
    tmp_path: Path, workspace: Workspace, source: str
) -> None:
    """A trial's Nice briefing listed "NPR" and "CNN" among its key actors: outlets of its
    articles, named with their correspondents ("NPR's White House correspondent")."""
    folder = tmp_path / "summit"
    _record(
        folder, "a", "2019-06-30", source, "Trump meets Kim at the border",
        "Donald Trump met Kim Jong Un at the border on Sunday, NPR's White House "
        "correspondent Ann Lee said. Kim Jong Un invited Donald Trump to Pyongyang.",
    )  # fmt: skip
    _record(
        folder, "b", "2019-06-30", "www.other.example", "Trump steps into North Korea",
        "Donald Trump stepped into North Korea on Sunday to meet Kim Jong Un, NPR's "
        "correspondent Ann Lee reported. The talks lasted an hour.",
    )  # fmt: skip
    actors = _actors_of(workspace, folder)
    assert "Donald Trump" in actors and "NPR" not in actors, actors


def test_tolls_of_two_attacks_are_two_key_points(tmp_path: Path, workspace: Workspace) -> None:
    """The review: once one toll was shown, every other count of the dead was passed over,
    one of another attack in another city too (and the point after it, "Russia denied
    carrying out the strike", was left with nothing it refers to)."""
    folder = tmp_path / "talks"
    stories = {
        "a": ("www.one.com", "Peace talks open in Geneva",
              "Envoys opened peace talks in Geneva on Monday. An airstrike on a market in "
              "Aleppo killed 12 people and wounded 30 on Sunday. Shelling of a hospital in "
              "Idlib killed 5 people and injured 20, medics said."),
        "b": ("www.two.com", "Geneva talks begin",
              "Peace talks began in Geneva on Monday as envoys met. An airstrike on a market "
              "in Aleppo killed 12 people and wounded 30, monitors said. Shelling of a "
              "hospital in Idlib killed 5 people and injured 20."),
        "c": ("www.three.com", "Envoys meet in Geneva",
              "Envoys met in Geneva on Monday for peace talks. The opposition walked out "
              "after an hour. The talks resume on Tuesday."),
    }  # fmt: skip
    for name, (source, title, text) in stories.items():
        _record(folder, name, "2018-02-12", source, title, text)
    workspace.sync([folder])
    points = [p.text for p in workspace.briefing(workspace.ids).key_points]
    assert any("Aleppo" in p for p in points) and any("Idlib" in p for p in points), points


_ALEPPO = "An airstrike on a market in Aleppo killed 12 people on Sunday."


@pytest.mark.parametrize(
    ("toll", "other", "same"),
    [
        # The review's: a shared day, who said so, a shared kind of attack, a place that
        # opens the sentence made two attacks' tolls one.
        (_ALEPPO, "Shelling of a hospital in Idlib killed 5 people on Sunday.", False),
        (
            "An airstrike on a market in Aleppo killed 12 people, the Syrian Observatory said.",
            "Shelling of a hospital in Idlib killed 5 people, the Syrian Observatory said.",
            False,
        ),
        (_ALEPPO, "An airstrike on a school in Idlib killed 5 people.", False),
        ("Idlib was shelled on Sunday, killing five people.", _ALEPPO, False),
        # ... and one crash's tolls were two: the same count, in other words and places.
        (
            "At least 7 people were killed when a tram derailed in Croydon.",
            "The crash in south London left seven dead, Transport for London said.",
            True,
        ),
        # A later review's: a shared number that is no count of the dead (the hurt, a day,
        # "1,200" read as "1"); an update of a toll told in other names.
        (
            "A car bomb in Kabul killed 12 people and wounded 30.",
            "An airstrike in Aleppo killed 30 people.",
            False,
        ),
        (
            "A car bomb in Kabul killed 12 people on 3 May.",
            "An airstrike in Aleppo killed 3.",
            False,
        ),
        (
            "An earthquake in Nepal killed 1,200 people.",
            "Floods in Dhaka killed 1,500 people.",
            False,
        ),
        (
            "A truck attack in Nice killed 84 people.",
            "The death toll from the Bastille Day attack in France rose to 85.",
            True,
        ),
        # The review of session 31: counts in words of two parts; a day's or a time's
        # number before the dead; a recount smaller than the other toll updates no toll.
        (
            "Two hundred people died in the quake in Nepal.",
            "Floods in Dhaka killed two people.",
            False,
        ),
        (
            "Twenty-five people died in the fire in Lagos.",
            "A bus crash in Accra killed five.",
            False,
        ),
        (
            "Over 3 days the shelling killed 40 people in Aleppo.",
            "Gunmen in Idlib killed 3.",
            False,
        ),
        (
            "On 3 May the suspect died in custody in Lahore.",
            "Gunmen in Karachi killed 3 guards.",
            False,
        ),
        (
            "A suicide bombing in Kabul killed 40 people.",
            "The death toll from a suicide bombing in Baghdad rose to 30.",
            False,
        ),
        # Guards (one toll, before and after): the same place, an update, a vague count.
        (
            "The fire killed twenty-five people in Lagos.",
            "Twenty-five died in the Lagos fire.",
            True,
        ),
        # (the review of session 32's: a year or a clock time before the count)
        (
            "On 14 July 2016 86 people were killed in France.",
            "A truck attack in Nice killed 86.",
            True,
        ),
        (  # (names of their own: a name in common made the counts moot)
            "At 9 pm the gunman killed 12 people in Portmouth.",
            "The shooting at a Kent school killed 12.",
            True,
        ),
        ("Truck driver kills 84 in Nice.", "Death toll in Nice attack rises to 85.", True),
        ("7 killed when a tram derailed in Croydon.", "The death toll rose to 8 on Friday.", True),
        (
            "At least 59 people were killed, and 527 were injured in Las Vegas.",
            "Dozens were killed and hundreds injured.",
            True,
        ),
    ],
)
def test_two_tolls_count_the_same_deaths(toll: str, other: str, same: bool) -> None:
    from briefing.core.brief.same_fact import same_toll

    assert same_toll(toll, other) is same
    assert same_toll(other, toll) is same


@pytest.mark.parametrize(
    ("sentence", "toll"),
    [
        ("At least 59 people were killed, and 527 were injured in the shooting.", True),
        ("Nearly 80 people were killed when a truck ploughed into the crowd.", True),
        ("Scores of people were killed in Nice on Thursday night.", True),
        ("More Than 70 People Killed In Truck Attack In Nice, France", True),
        ("AT least 84 dead after truck attack in Nice.", True),
        ("Two of the dead were Americans, the State Department said.", False),
        ("The driver was shot dead by police after a gunfight.", False),
        ("Police said 12 people were arrested after the protest.", False),
        # The review's: numbers in words, a verb that counts, the toll named; not a count
        # of the dead, nor an age.
        ("Seven people were killed in the blast.", True),
        ("The gunman killed 17 people.", True),
        ("The death toll rose to 84 on Friday.", True),
        ("2 of the dead were Americans.", False),
        ("He was 54 when he died in 2010.", False),
        # A later review's: a year, an age, a time ago; numbers in words past twelve.
        ("In 2010 the singer died of cancer.", False),
        ("Aged 90, the actor died in his sleep.", False),
        ("He was 54 and died in hospital.", False),
        ("Her son was killed 12 years ago in a crash.", False),
        ("Eighteen people were killed in the blast.", True),
        ("A dozen people were killed.", True),
        ("The blast killed eighteen people.", True),
        # (a later review's: what the year and "and" rules had cost)
        ("12 soldiers and civilians were killed.", True),
        ("30 passengers and crew were killed.", True),
        ("2000 people died in the quake.", True),
        ("The quake killed 2000 people.", True),
        # The review of session 31: a time's, a day's or a year's number before "the"; a
        # road's toll.
        ("At 9 the gunman was killed by police.", False),
        ("On 3 May the suspect died in custody.", False),
        ("In March 2010 the singer died in Paris.", False),
        ("During 2010 the singer died.", False),
        ("The toll on the Severn bridge rose to 6 pounds.", False),
        ("The toll road is 12 miles long.", False),
        ("Over 3 days the shelling killed 40 people.", True),
        ("Two hundred people died in the quake.", True),
        # (the review of session 32's second reading: an age after the count)
        ("Two 15-year-old boys were killed in the crash.", True),
        ("Five 16-year-old students died in the fire.", True),
        # (every hedge of a count, one list in vocab: not only five of them)
        ("The blast killed roughly 40 people.", True),
        ("The toll stood at some 85 on Friday.", True),
    ],
)
def test_a_toll_is_a_count_of_the_dead(sentence: str, toll: bool) -> None:
    from briefing.core.brief.same_fact import is_toll

    assert is_toll(sentence) is toll


def test_a_toll_counted_three_ways_is_one_key_point(tmp_path: Path, workspace: Workspace) -> None:
    """A trial's Las Vegas briefing: 5 of its 8 key points told the shooting and its toll,
    each outlet's count in its own words ("At least 59 people were killed, and 527 were
    injured", "Dozens were killed and hundreds injured", "left at least 50 people dead and
    hundreds more injured"), too unlike as word vectors to be said once."""
    folder = tmp_path / "tram"
    stories = {
        "a": ("www.one.com", "Tram derails in Ashford",
              "At least seven people were killed and dozens more were injured when a tram "
              "derailed in Ashford on Wednesday, police said. The tram driver was arrested at "
              "the scene. Investigators said the tram was going too fast on a sharp bend."),
        "b": ("www.two.com", "Ashford tram crash",
              "Several people died and 51 were taken to hospital after a tram overturned in "
              "Ashford. The line will stay closed until next week, the operator said. "
              "Engineers began lifting the carriages on Thursday."),
        "c": ("www.three.com", "Deadly tram crash in Ashford",
              "The crash left seven passengers dead and more than 50 hurt, the ambulance "
              "service said. The mayor of Ashford visited the site on Thursday morning. "
              "Flowers were laid near the tram stop."),
    }  # fmt: skip
    for name, (source, title, text) in stories.items():
        _record(folder, name, "2016-11-09", source, title, text)
    workspace.sync([folder])
    points = [p.text for p in workspace.briefing(workspace.ids).key_points]
    tolls = [p for p in points if re.search(r"killed|died|dead", p)]
    assert len(tolls) <= 1, points
    assert any("arrested" in p for p in points), points


@pytest.mark.parametrize(
    "title",
    [
        "Zoo shoots gorilla after boy falls into moat (VIDEO)",
        "VIDEO: Zoo shoots gorilla after boy falls into moat",
    ],
)
def test_a_headlines_media_tag_is_no_part_of_the_bottom_line(
    tmp_path: Path, workspace: Workspace, title: str
) -> None:
    """A trial's bottom line: "Cincinnati Zoo gorilla killed after 4yo kid falls into
    exhibit moat (VIDEO) on 25 November 2017."."""
    folder = tmp_path / "zoo"
    for name, source in (("a", "www.one.com"), ("b", "www.two.com"), ("c", "www.three.com")):
        _record(
            folder, name, "2016-05-29", source, title,
            "Keepers at Portmouth zoo shot a gorilla on Saturday after a boy fell into its "
            "moat. The boy was taken to hospital with minor injuries, the zoo said.",
        )  # fmt: skip
    workspace.sync([folder])
    bottom = workspace.briefing(workspace.ids).bottom_line
    assert bottom is not None and "VIDEO" not in bottom.text, bottom


@pytest.mark.parametrize(
    ("headline", "told"),
    [
        ("Zoo shoots gorilla (VIDEO, PHOTOS)", "Zoo shoots gorilla"),
        ("Zoo shoots gorilla [VIDEO + PHOTOS]", "Zoo shoots gorilla"),
        ("Watch: Zoo shoots gorilla", "Zoo shoots gorilla"),
        ("WATCH LIVE: Zoo shoots gorilla", "Zoo shoots gorilla"),
        ("Zoo shoots gorilla | Video", "Zoo shoots gorilla"),
        ("Zoo shoots gorilla (graphic video)", "Zoo shoots gorilla"),
        ("Live music returns to Portmouth", "Live music returns to Portmouth"),
    ],
)
def test_every_form_of_a_media_tag_goes(headline: str, told: str) -> None:
    """A later review's: the tag's other forms were left as written."""
    from briefing.core.brief.bottom_line import _MEDIA_TAG

    assert _MEDIA_TAG.sub("", headline) == told


def test_sentences_worded_alike_that_state_other_amounts_are_other_facts(
    tmp_path: Path, workspace: Workspace
) -> None:
    """Trial E: the key point "Equifax said Monday that an additional 2.5 million Americans
    may have been affected" cited The Sun's "almost 700,000 UK consumers had personal
    information accessed": other amounts, told in the same words."""
    folder = tmp_path / "breach"
    _record(
        folder, "a", "2017-10-02", "www.one.com", "Orvane breach grows",
        "Orvane Credit said on Monday that 2.5 million more Americans had their personal data "
        "stolen in the cyber attack on its servers. The firm apologised to its customers.",
    )  # fmt: skip
    _record(
        folder, "b", "2017-10-11", "www.two.com", "Orvane breach hits Britain",
        "Orvane Credit said on Monday that almost 700,000 more Britons had their personal "
        "data stolen in the cyber attack on its servers. Regulators opened an inquiry.",
    )  # fmt: skip
    _record(
        folder, "c", "2017-10-03", "www.three.com", "Orvane breach grows again",
        "Orvane Credit said on Monday that some 2.5 million more Americans had their personal "
        "data stolen in the cyber attack on its servers. Shares fell on the news.",
    )  # fmt: skip
    workspace.sync([folder])
    briefing = workspace.briefing(workspace.ids)
    number = {s.title: s.number for s in briefing.sources}
    said = [briefing.bottom_line, *briefing.key_points]
    americans = [p for p in said if p is not None and "Americans" in p.text]
    britons = [p for p in said if p is not None and "Britons" in p.text]
    assert americans and britons, said
    assert number["Orvane breach hits Britain"] not in americans[0].citations, said
    assert number["Orvane breach grows again"] in americans[0].citations, said  # the same amount
    assert britons[0].citations == (number["Orvane breach hits Britain"],), said


@pytest.mark.parametrize(
    ("one", "other", "apart"),
    [
        ("2.5 million more Americans were hit", "more than 15 million Britons were hit", True),
        ("almost 700,000 customers got a letter", "693,665 customers got a letter", False),
        ("15 million records were taken", "15.2 million records were taken", False),
        ("143 million people were exposed", "145.5 million people were exposed", True),
        ("The firm lost $2bn in 2017", "The firm lost $2 billion in 2017", False),
        ("Shares fell 4%", "Shares fell 4 per cent", False),
        ("Shares fell 4%", "Shares fell 7 percent", True),
        ("In 2016 seven were killed", "In 2017 9 were killed", False),  # no amounts
        ("The 44million Britons", "Some 44 million Britons", False),
        # (the review of session 33's: a sum is no count, a year no amount, a scale's zeros
        # count, halves round up)
        ("cancelled 1,200 flights", "cancelled flights at a cost of $40 million", False),
        ("The bridge, built in 1889, fell", "The fall cut off 3,000 homes", False),
        ("10 million people were hit", "14 million people were hit", True),
        ("2.5 million people were hit", "2 million people were hit", True),
        ("a £5m fine", "a fine of 5 million pounds", False),
        # (numbers in words: review F's)
        ("Two million people were hit", "3 million people were hit", True),
        ("Two million people were hit", "2 million people were hit", False),
        ("twenty-five per cent voted", "25% voted", False),
        ("five per cent voted", "Seven percent voted", True),
        ("It cost ten million dollars", "It cost $14 million", True),
        ("two people were hurt", "three people were hurt", False),  # small counts
        # (the review of session 33's second part: four digits are a year only as one; a
        # hedged figure's zeros are rough; half a step is not agreement; a long number)
        ("1500 people were evacuated", "1800 people were evacuated", True),
        ("In 1500 the town was built", "1800 people were evacuated", False),
        ("Around 1500 people were evacuated", "1800 people were evacuated", True),
        ("A total of 1500 people left", "A total of 1800 people left", True),
        ("nearly 20 million users", "19.4 million users", False),
        ("about 100 million users", "96 million users", False),
        ("almost 700 thousand users", "693,665 users", False),
        ("2.5 million people were hit", "3 million people were hit", True),
        (
            "a transfer of 123456789012345678901234567890 pounds",
            "a transfer of 223456789012345678901234567890 pounds",
            True,
        ),
    ],
)
def test_amounts_told_alike_or_apart(one: str, other: str, apart: bool) -> None:
    from briefing.core.brief.amounts import other_amounts

    assert other_amounts(one, other) is apart
    assert other_amounts(other, one) is apart
