"""The `briefing` command, run as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.paths import seeds_dir

RECORD = {"title": "Tram derails", "text": "A tram came off the tracks in Croydon on Monday."}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed module as a separate process, as the shell would."""
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def test_ingest_seeds_then_cache(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "2 analysed, 0 from cache, 0 failed"
    assert main(["ingest"]) == 0
    assert capsys.readouterr().out.strip() == "0 analysed, 2 from cache, 0 failed"


def test_bad_files_among_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text("Vladimir Putin called Narendra Modi on Tuesday.")
    (tmp_path / "good.json").write_text(json.dumps(RECORD))
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "broken.json").write_text('{"title": "x"')
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(60_000_000)
    assert main(["ingest", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out.strip() == "2 analysed, 0 from cache, 4 failed"
    lines = err.strip().splitlines()
    assert len(lines) == 4
    for name in ("binary.txt", "empty.md", "broken.json", "huge.txt"):
        assert sum(name in line for line in lines) == 1
    assert main(["ingest", str(tmp_path / "good.txt"), str(tmp_path / "good.json")]) == 0
    assert capsys.readouterr().out.strip() == "0 analysed, 2 from cache, 0 failed"


def test_analyse_json(capsys: pytest.CaptureFixture[str]) -> None:
    from briefing.paths import seeds_dir

    seed = sorted(seeds_dir().iterdir())[1]
    assert main(["analyse", str(seed), "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert set(item) >= {"id", "path", "title", "date", "entities", "sentences"}
    assert item["date"] == "2021-09-07"
    assert {"text": "Vladimir Putin", "label": "PERSON"}.items() <= item["entities"][
        [e["text"] for e in item["entities"]].index("Vladimir Putin")
    ].items()
    first = item["sentences"][0]
    assert first["text"].startswith("Russian Secretary of the Security Council")
    main_event = item["main_event"]
    assert set(main_event) == {
        "who", "what", "when", "when_date", "when_end", "when_granularity", "where"
    }  # fmt: skip
    assert main_event["who"] == "Nikolay Patrushev" and main_event["when_date"] == "2021-09-07"
    assert item["events"] and {"who", "action", "whom"} <= set(item["events"][0])


_DAUER = (
    "date 2017-12-27\nAstros coach recovering\n\nThe first base coach of the Houston Astros "
    "collapsed during the parade on Friday. Astros officials said he was stable. First base "
    "coach Rich Dauer was in surgery on Friday. Dauer is recovering, the team said.\n"
)


def test_analyse_labels_a_name_as_its_entity_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: `analyse` gave "Dauer" as an organisation (the model's label) where
    `entities` and the briefing listed Rich Dauer, a person: one label per name."""
    (tmp_path / "dauer.txt").write_text(_DAUER)
    assert main(["analyse", str(tmp_path / "dauer.txt"), "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    labels = {(e["text"], e["label"]) for e in item["entities"]}
    assert ("Dauer", "PERSON") in labels and ("Dauer", "ORG") not in labels


def test_dates_are_as_precise_as_the_text_gives_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "harbour.md"
    article.write_text(
        "---\ntitle: Harbour reopens\ndate: 2021-09-07\n---\n\nThe harbour of Dunmore reopened "
        "on Tuesday. It was built in 1908. Repairs began last month. Ferries will run again "
        "next week.\n"
    )
    assert main(["analyse", str(article), "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    dates = {d["text"]: (d["value"], d["end"], d["granularity"]) for d in item["dates"]}
    assert dates["1908"] == ("1908", None, "year")
    assert dates["last month"] == ("2021-08", None, "month")
    assert dates["Tuesday"] == ("2021-09-07", None, "day")
    assert dates["next week"] == ("2021-09-13", "2021-09-19", "week")
    main_event = item["main_event"]
    assert main_event["when_date"] == "2021-09-07" and main_event["when_granularity"] == "day"
    assert main(["events", str(article), "--json"]) == 0
    events = {
        e["when"]: (e["when_date"], e["when_end"]) for e in json.loads(capsys.readouterr().out)
    }
    assert events["last month"] == ("2021-08", None)
    assert events["next week"] == ("2021-09-13", "2021-09-19")


def test_events_say_a_place_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A trial: "... raided the offices of automaker BMW in Munich in Munich".
    article = tmp_path / "raid.md"
    article.write_text(
        "---\ntitle: Regulators raid carmaker\ndate: 2017-10-24\n---\n\nEU regulators raided "
        "the offices of the carmaker in Munich on Monday.\n"
    )
    assert main(["events", str(article)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("raided the offices of the carmaker in Munich  [raid.md]" in x for x in lines)
    assert not any("Munich in Munich" in x for x in lines), lines


def test_events_without_a_date_are_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Trial D: the timeline of an article whose events had no date printed nothing."""
    article = tmp_path / "vote.md"
    article.write_text(
        "---\ntitle: Council backs plan\n---\n\nThe council backed the harbour plan. "
        "The mayor praised the vote.\n"
    )
    assert main(["events", str(article)]) == 0
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.startswith("no dated events in this article; "), said.err
    assert "without one: --json lists them" in said.err


def test_articles_and_entities(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["articles", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["date"] for r in rows] == ["2021-09-08", "2021-09-07"]
    assert main(["entities", "--json"]) == 0
    entities = json.loads(capsys.readouterr().out)
    putin = next(e for e in entities if e["name"] == "Vladimir Putin")
    assert putin["label"] == "PERSON" and len(putin["articles"]) == 2
    assert putin["role"] == "Russian President" and "Putin" in putin["aliases"]
    assert set(putin) == {"name", "label", "aliases", "role", "roles", "mentions", "articles"}
    assert main(["entities"]) == 0
    assert "PERSON\n" in capsys.readouterr().out
    assert main(["events", "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert all({"who", "what", "when_date", "where", "path", "sentence"} <= set(e) for e in events)
    assert main(["events"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == sorted(lines, key=lambda line: line.split()[0])  # a dated timeline


def test_config_errors_are_one_line_exit_2(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = isolated / "config.yaml"
    config.write_text("theme: dark\nsorces: [x]\n")
    assert main(["articles"]) == 2
    err = capsys.readouterr().err
    assert err == f"briefing: error: {config}:2: unknown key 'sorces' (did you mean 'sources'?)\n"


def test_every_problem_of_a_config_is_said_a_line_each(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: `config check` said only the first of two problems; mended, the next."""
    config = isolated / "config.yaml"
    config.write_text("digest_stories: -1\nsourcse: [x]\nmax_file_mb: lots\n")
    assert main(["config", "check"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[2] for line in lines] == [f"{config}:{n}" for n in (1, 2, 3)], lines
    assert all(line.startswith("briefing: error: ") for line in lines)


def test_a_setting_given_twice_is_an_error_not_the_last_one_silently(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A trial: `config check` said "ok" for a config with `theme: dark` and `theme: light`.
    config = isolated / "config.yaml"
    config.write_text("theme: dark\nmax_words: 900\ntheme: light\n")
    assert main(["config", "check"]) == 2
    err = capsys.readouterr().err
    assert err == f"briefing: error: {config}:3: 'theme' is set twice (first on line 1)\n"


def test_an_empty_out_or_an_unknown_users_home_is_said_or_taken_as_written(
    isolated: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A review: `--out ''` saved in the current folder; `--out '~nosuchuser/x.md'` ended in a
    # traceback (no such user's home).
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--out", ""]) == 2
    assert capsys.readouterr().err == "briefing: error: --out needs a file or a folder\n"
    assert main(["export", "--out", "~nosuchuserxyz/x.md"]) == 0
    assert (tmp_path / "~nosuchuserxyz" / "x.md").read_text().startswith("# ")


@pytest.mark.parametrize(
    "options",
    [["--entity", ""], ["--entity", "  "], ["--story", ""], ["--json", "--markdown"]],
)
def test_options_that_mean_nothing_together_are_said_not_ignored(
    isolated: Path, capsys: pytest.CaptureFixture[str], options: list[str]
) -> None:
    # A trial: `brief --entity ''` printed the whole digest; `--json --markdown` the JSON.
    assert main(["brief", *options]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: --") and err.count("\n") == 1


def test_unknown_pipeline_is_one_line(isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (isolated / "config.yaml").write_text("theme: dark\npipeline: en_core_web_xx\n")
    assert main(["ingest"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "en_core_web_xx" in err and "installed:" in err
    # ... naming the file and line that set it, as other config errors do (trial G)
    assert err.startswith(f"briefing: error: {isolated / 'config.yaml'}:2: key 'pipeline': ")


def test_config_init_path_check(isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = isolated / "config.yaml"
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out.strip() == str(config)
    assert main(["config", "init"]) == 0
    assert config.exists()
    assert main(["config", "init"]) == 2
    assert main(["config", "check"]) == 0
    assert capsys.readouterr().out.strip().endswith(": ok")


def test_warm_start_never_imports_spacy(tmp_path: Path) -> None:
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    assert run("ingest", env=env).returncode == 0
    probe = (
        "import sys; from briefing.cli import main; code = main(['articles']); "
        "assert 'spacy' not in sys.modules, 'spaCy was imported'; sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "2021-09-08" in done.stdout


def test_real_command_exit_codes(tmp_path: Path) -> None:
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    missing = run("ingest", str(tmp_path / "nope"), env=env)
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"briefing: {tmp_path / 'nope'}: no such file or folder"
    assert "Traceback" not in missing.stderr
    usage = run("articles", "--no-such-flag", env=env)
    assert usage.returncode == 2


@pytest.mark.parametrize("words", [["cahce", "info"], ["frobnicate"], ["--cache-dir", "x", "lst"]])
def test_a_word_that_is_no_command_nor_source_is_refused(
    words: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)  # none of these words is a file here
    word = words[-2] if words[0] == "cahce" else words[-1]
    assert main(words) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"'{word}' is no command" in err
    assert "ingest, articles" in err  # the commands are listed


def test_a_path_glob_or_web_address_opens_the_app_with_it(tmp_path: Path) -> None:
    from briefing.cli import _names_sources

    (tmp_path / "news.txt").write_text("A tram came off the tracks in Croydon on Monday.")
    assert _names_sources(str(tmp_path / "news.txt")) and _names_sources(str(tmp_path))
    assert _names_sources(str(tmp_path / "*.txt")) and not _names_sources(str(tmp_path / "*.md"))
    assert _names_sources("https://example.org/feed.xml")


def test_the_app_on_sources_none_of_which_is_there_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: `briefing open nope` opened an empty app and exited 0."""
    assert main(["--cache-dir", str(tmp_path), "open", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err
    assert err == f"briefing: {tmp_path / 'nope'}: no such file or folder\n"


def test_the_app_without_a_terminal_says_it_needs_one(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--cache-dir", str(tmp_path), "seeds"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=30,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("them: dark\n", "them"),
        # A review's: a theme or a key the app cannot apply, which only the app checked.
        ("theme: nosuch\n", "nosuch"),
        ("keys: {nosuch_id: x}\n", "nosuch_id"),
    ],
)
def test_the_app_without_a_terminal_says_first_what_is_wrong_in_its_config(
    tmp_path: Path, written: str, named: str
) -> None:
    """A trial: with a broken config and no terminal, the app said only that it needs one."""
    config = tmp_path / "config.yaml"
    config.write_text(written)
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--config", str(config), "--cache-dir",
         str(tmp_path), "seeds"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    assert result.returncode == 2
    assert named in result.stderr and "needs a terminal" not in result.stderr, result.stderr


def test_stories_text_lists_each_storys_paths(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.paths import seeds_dir

    assert main(["stories", str(seeds_dir())]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "  2 articles  " in lines[0]
    paths = [line.strip() for line in lines if line.strip().endswith(".txt")]
    assert sorted(Path(p).name for p in paths) == sorted(p.name for p in seeds_dir().glob("*.txt"))


def test_an_undated_story_and_a_one_sentence_article_read_as_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial's title-only text file: `stories` printed "None  1 article", `analyse` "1
    sentences"."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "titleonly.txt").write_text("Just a title\n")
    assert main(["stories", str(folder)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "  undated  1 article  Just a title" in first and "None" not in first
    assert main(["analyse", str(folder)]) == 0
    assert "  1 sentence; " in capsys.readouterr().out


@pytest.mark.parametrize(
    ("title", "text", "said"),
    [
        # A third trial's: "main event: Barack Obama Donald Trump and Barack Obama meet ...".
        (
            "Donald Trump and Barack Obama meet at White House",
            "President Barack Obama describes the handover talks with Donald Trump as "
            '"excellent". Mr Obama said he was "encouraged" by their talks on Thursday.',
            "main event: Donald Trump and Barack Obama meet at White House",
        ),
        (  # (a later review's: the headline's label before it)
            "Analysis: Donald Trump and Barack Obama meet at White House",
            "President Barack Obama describes the handover talks with Donald Trump as "
            '"excellent". Mr Obama said he was "encouraged" by their talks on Thursday.',
            "main event: Donald Trump and Barack Obama meet at White House",
        ),
        # A review's: a who named in its what, not first, is still said ("main event:
        # recalls 500,000 Ford trucks over brake fault").
        (
            "Ford recalls 500,000 Ford trucks over brake fault",
            "Ford is recalling 500,000 of its Ford trucks over a brake fault, the carmaker "
            "said on Tuesday. Owners will be told by letter.",
            "main event: Ford recalls",
        ),
    ],
)
def test_a_main_event_names_its_who_once(
    title: str, text: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    record = {"title": title, "text": text, "date_publish": "2016-11-10 20:00:00"}
    (folder / "meet.json").write_text(json.dumps(record))
    assert main(["--cache-dir", str(tmp_path / "cache"), "analyse", str(folder)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "main event:" in x)
    assert said in line, line


def test_a_copy_of_cached_articles_is_listed_at_its_own_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The cache keeps one copy of a text; listing another folder holding it gives that
    folder's file (a trial's `articles bad --json` gave the seeds' path)."""
    from briefing.config import Config
    from briefing.core.workspace import Workspace
    from briefing.paths import default_cache_dir, seeds_dir

    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        folder.mkdir()
        for seed in seeds_dir().glob("*.txt"):
            (folder / seed.name).write_bytes(seed.read_bytes())
    assert main(["articles", str(first)]) == 0
    capsys.readouterr()
    assert main(["articles", "--json", str(second)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2 and all(Path(r["path"]).parent == second for r in rows)
    with Workspace(Config(), cache_dir=default_cache_dir()) as ws:  # the app, before its scan
        assert all(Path(s.path).parent == second for s in ws.cached([second]))


def test_help_lists_every_command_and_each_command_parses_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A command line that names a command builds that command's parser alone (the app's
    start), yet help before a command lists them all, and each command's help is its own."""
    from briefing.cli import COMMANDS

    for words in (["--help"], ["--config", "x.yaml", "-h"]):
        with pytest.raises(SystemExit):
            main(words)
        out = capsys.readouterr().out
        assert all(f"    {name}" in out for name in COMMANDS), out
    with pytest.raises(SystemExit):
        main(["brief", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: briefing brief") and "--mark-read" in out
    # A value that is a command's name is no command ("--config open").
    with pytest.raises(SystemExit):
        main(["--config", "brief", "stories", "--help"])
    assert capsys.readouterr().out.startswith("usage: briefing stories")


def test_a_folder_named_like_a_command_is_pointed_out(
    isolated: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A trial: `briefing articles` in a folder holding ./articles listed the cache's
    articles (the command), and nothing said how to open the folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    assert main(["articles"]) == 0
    err = capsys.readouterr().err
    assert (
        "'articles' runs the command; to open the folder of that name: briefing ./articles" in err
    )
    # Given what to act on, the command is meant: no note (a trial's came on every
    # `briefing export news` run from a folder holding ./export).
    main(["articles", str(seeds_dir())])
    assert "runs the command" not in capsys.readouterr().err
    (tmp_path / "articles").rmdir()
    main(["articles"])
    assert "runs the command" not in capsys.readouterr().err


def test_the_app_that_fails_exits_with_an_error_code(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trial: the app failed on a key with a traceback, and the shell saw exit code 0."""
    from textual.app import App

    import briefing.cli
    import briefing.tui.app

    class Failing(App[None]):
        def on_mount(self) -> None:
            raise RuntimeError("a bug")

        def run(self, **kwargs: object) -> None:
            super().run(headless=True)

    monkeypatch.setattr(briefing.cli, "_has_terminal", lambda: True)
    monkeypatch.setattr(briefing.tui.app, "make_app", lambda *a, **k: Failing())
    assert main(["open"]) == 1


def test_a_config_that_is_a_folder_is_said_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review's: "adir: cannot read the config file ([Errno 21] Is a directory: 'adir')"."""
    folder = tmp_path / "adir"
    folder.mkdir()
    assert main(["--config", str(folder), "config", "check"]) == 2
    said = f"briefing: error: {folder}: cannot read the config file (is a directory)\n"
    assert capsys.readouterr().err == said


def test_a_config_named_on_the_command_line_and_missing_is_said(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = isolated / "confg.yaml"  # (a typo)
    assert main(["--config", str(missing), "articles"]) == 0
    out, err = capsys.readouterr()
    assert err.strip() == f"briefing: note: {missing}: no such config file; the defaults apply"
    assert "2021-09-08" in out  # the defaults apply: the sample articles are listed
    assert main(["--config", str(missing), "config", "check"]) == 0  # says it itself
    assert capsys.readouterr().err == ""
    assert main(["articles"]) == 0  # the default config's place, missing: the defaults, quietly
    assert capsys.readouterr().err == ""
    # A name too long for the system: a line that says so, no traceback (a review's).
    assert main(["--config", str(isolated / ("a" * 300 + ".yaml")), "articles"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: error: ") and "name too long" in err, err


def test_a_config_path_with_a_line_break_is_said_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A review: a config's problems said a line each split an error at any line break, a
    path's too."""
    config = tmp_path / "bad\nname.yaml"
    config.write_text("sorces: [x]\n")
    assert main(["--config", str(config), "articles"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "bad?name.yaml:1: unknown key 'sorces'" in lines[0], lines
