from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.config import Config, init_config, load_config, template
from briefing.errors import ConfigError
from briefing.yamlfile import ParsedFiles


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path / "none.yaml") == Config()


def test_values_and_relative_paths(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("sources: [news, /abs/more]\ntheme: light\nlabels: [person, org]\n")
    config = load_config(path)
    assert config.sources == (str(tmp_path / "news"), "/abs/more")
    assert config.theme == "light"
    assert config.labels == ("PERSON", "ORG")


def test_unknown_key_names_file_line_and_hint(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: dark\n\nsorces: [news]\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}:3: unknown key 'sorces' (did you mean 'sources'?)"


def test_bad_value_names_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: dark\nbatch_size: lots\n")
    with pytest.raises(ConfigError, match=r"config.yaml:2: key 'batch_size': expected a whole"):
        load_config(path)


def test_scope_is_one_of_the_app_scopes(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("scope: story\n")
    assert load_config(path).scope == "story"
    path.write_text("theme: dark\nscope: everything\n")
    with pytest.raises(ConfigError, match=r"config.yaml:2: key 'scope': expected one of: article"):
        load_config(path)


def test_broken_yaml_names_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: dark\nsources: [news\nlabels: x\n")
    with pytest.raises(ConfigError, match=r"config.yaml:\d+: .*YAML"):
        load_config(path)


def test_not_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="expected a mapping"):
        path = tmp_path / "c.yaml"
        path.write_text("- a\n- b\n")
        load_config(path)


def test_template_lists_every_key_and_loads_as_defaults(tmp_path: Path) -> None:
    text = template()
    for name in Config.__dataclass_fields__:
        assert f"\n{name}:" in text
    path = tmp_path / "c.yaml"
    path.write_text(text)
    assert load_config(path) == Config()


def test_init_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.yaml"
    init_config(path)
    assert load_config(path) == Config()
    path.write_text("theme: light\n")
    with pytest.raises(ConfigError, match="exists already"):
        init_config(path)
    assert path.read_text() == "theme: light\n"


def test_an_unchanged_file_is_not_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: light\nsources: [news]\n")
    load_config(path)  # parses the file, keeps its data
    # A new process: the unchanged file is read without importing PyYAML.
    code = (
        "import sys\nfrom pathlib import Path\nfrom briefing.config import load_config\n"
        f"config = load_config(Path({str(path)!r}))\n"
        "print(config.theme, config.sources[0], 'yaml' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.stdout.split() == ["light", str(tmp_path / "news"), "False"], run.stderr
    path.write_text("theme: dark\n")  # edited: parsed again
    assert load_config(path).theme == "dark"


def test_kept_data_that_cannot_be_read_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: light\n")
    parsed = ParsedFiles(tmp_path / "cache")
    parsed.path.parent.mkdir()
    parsed.path.write_text("{not json")
    assert load_config(path, parsed).theme == "light"
    assert ParsedFiles(tmp_path / "cache").get(path) == (True, {"theme": "light"})


def test_a_key_set_twice_in_a_file_kept_parsed_before_is_said_too(tmp_path: Path) -> None:
    """A review: a file that sets a key twice, kept parsed by a version that let it pass
    (the last value), said nothing until it was edited."""
    path = tmp_path / "config.yaml"
    path.write_text("theme: dark\ntheme: light\n")
    stat = path.stat()
    kept = {
        str(path.resolve()): {"stamp": [stat.st_size, stat.st_mtime_ns], "data": {"theme": "light"}}
    }
    (tmp_path / "cache").mkdir()  # as the version before kept it
    (tmp_path / "cache" / "yaml.json").write_text(json.dumps({"version": 1, "files": kept}))
    with pytest.raises(ConfigError, match="'theme' is set twice"):
        load_config(path, ParsedFiles(tmp_path / "cache"))


def test_yaml_that_json_cannot_hold_is_not_kept(tmp_path: Path) -> None:
    path = tmp_path / "dated.yaml"
    path.write_text("when: 2021-09-08\n")
    parsed = ParsedFiles(tmp_path / "cache")
    parsed.keep(path, {"when": dt.date(2021, 9, 8)})
    parsed.save()
    assert parsed.get(path) == (False, None)
    assert not parsed.path.exists()


def test_nothing_is_written_outside_the_chosen_cache_dir(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    config = tmp_path / "config.yaml"
    config.write_text("theme: light\n")
    home, env_dir, chosen = tmp_path / "home", tmp_path / "env", tmp_path / "chosen"
    base = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "XDG_"))}
    base |= {"HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}

    def check(*options: str, env: dict[str, str]) -> None:
        command = [sys.executable, "-m", "briefing", *options, "--config", str(config)]
        result = subprocess.run(
            [*command, "config", "check"], env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr

    # --cache-dir wins over $BRIEFING_CACHE_DIR, which wins over the user cache dir.
    check("--cache-dir", str(chosen), env=base | {"BRIEFING_CACHE_DIR": str(env_dir)})
    assert (chosen / "yaml.json").exists()
    assert not env_dir.exists() and not (home / ".cache").exists()
    check(env=base | {"BRIEFING_CACHE_DIR": str(env_dir)})
    assert (env_dir / "yaml.json").exists() and not (home / ".cache").exists()
    check(env=base)
    assert (home / ".cache" / "briefing" / "yaml.json").exists()


def test_check_refuses_keys_and_a_theme_the_app_could_not_apply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    path = tmp_path / "config.yaml"
    path.write_text(
        'theme: lihgt\nkeys:\n  scope: "x"\n  scpoe: "z"\n  save: "q"\n  help: "ctrl+zz"\n'
    )
    assert main(["--config", str(path), "config", "check"]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert errors == [  # each at its file, line and key
        f"briefing: error: {path}:4: keys: unknown binding id 'scpoe' (did you mean 'scope'?)",
        f"briefing: error: {path}:6: keys: 'ctrl+zz' (help) is no key; e.g. 'x', 'ctrl+x', 'f5'",
        f"briefing: error: {path}:5: keys: 'q' would be both quit and save; save keeps its own key",
        f"briefing: error: {path}:1: theme: no theme named 'lihgt' (did you mean 'light'?)",
    ]
    path.write_text(
        'theme: light\nkeys: {scope: "x", clear_filter: "escape,ctrl+l", filter: "slash,f5"}\n'
    )
    assert main(["--config", str(path), "config", "check"]) == 0
    assert capsys.readouterr().out == f"{path}: ok\n"
    from briefing.tui.app import _CONTEXTS, _bindings
    from briefing.tui.keymap import is_key

    # Every key the app binds itself is one the check takes.
    assert all(is_key(k) for _, o in _CONTEXTS for b in _bindings(o) for k in b.key.split(","))
    # A character and its name are one key ("?" is help's question_mark); no key sends
    # shift with a printable character ("G" comes, not "shift+g"), nor a name Textual never
    # gives ("latin_small_letter_a").
    from briefing.tui.app import keymap_problems

    assert keymap_problems({"save": "?"})[1] == {"save"}
    # Help's remapping refused, help keeps "?": save cannot take it (a trial saw it pass).
    problems, refused = keymap_problems({"save": "?", "help": "ctrl+zz"})
    assert refused == {"save", "help"}, problems
    (shifted,) = keymap_problems({"previous_article": "shift+k"})[0]
    assert shifted[1].endswith("a capital arrives as 'K'")
    assert not any(map(is_key, ("shift+g", "latin_small_letter_a", "ctrl+zz", "zz")))
    assert all(map(is_key, ("?", "G", "slash", "full_stop", "shift+tab", "ctrl+s", "f5")))


def test_config_check_names_a_label_the_pipeline_never_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: `labels: [PERSON, FOO]` passed the check, and FOO was highlighted nowhere."""
    from briefing.cli import main

    path = tmp_path / "config.yaml"
    path.write_text("theme: dark\nlabels: [PERSON, FOO, product]\n")
    assert main(["--config", str(path), "config", "check"]) == 2
    (error,) = capsys.readouterr().err.splitlines()
    assert error.startswith(f"briefing: error: {path}:2: key 'labels': ")
    assert "tags no FOO (it tags " in error and "PRODUCT" in error
    path.write_text("labels: [PERSON, product, WORK_OF_ART]\n")
    assert main(["--config", str(path), "config", "check"]) == 0


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "fetch: {timeout_s: abc}\n",
            "fetch setting 'timeout_s' must be a number, 0 or more, got 'abc'",
        ),
        ("fetch: {max_items_per_feed: 2.5}\n", "must be a whole number, got 2.5"),
        ("theme: 3\n", "got 3"),
    ],
)
def test_a_bad_value_is_quoted_alone(tmp_path: Path, text: str, said: str) -> None:
    """A trial: a bad fetch setting was reported with its whole mapping, "got {'timeout_s':
    'abc'}", the bad value lost in it."""
    from briefing.config import load_config
    from briefing.errors import ConfigError

    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value).endswith(said), str(raised.value)


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        ('theme: dark\nscope: all\nexport_dir: "unclosed\nmax_words: 100\nkeys: {}\n', 3,
         "while scanning a quoted scalar: found unexpected end of stream on line 6"),
        ("theme: dark\nlabels: [PERSON, ORG\nscope: all\n", 2,
         "while parsing a flow sequence: did not find expected ',' or ']' on line 3"),
        ("theme: dark\n  scope: all\n", 2, "mapping values are not allowed in this context"),
    ],
)  # fmt: skip
def test_a_yaml_fault_is_named_at_the_line_it_begins(
    tmp_path: Path, text: str, line: int, said: str
) -> None:
    """A trial: an unclosed quote on line 4 was reported at line 7, where the file ended."""
    from briefing.config import load_config
    from briefing.errors import ConfigError

    path = tmp_path / "config.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value).startswith(f"{path}:{line}: {said}"), str(raised.value)


@pytest.mark.parametrize(
    "text",
    [
        "1: x\n'1': y\n",  # two keys: the number 1 and the text "1"
        "base: &b {theme: dark}\nother:\n  <<: *b\n  <<: *b\n",  # merge keys may repeat
    ],
)
def test_keys_that_differ_as_parsed_are_not_set_twice(text: str) -> None:
    # A review: the check compared the keys' text, not what they parse to.
    from briefing.yamlfile import parse

    assert parse(text)
