from __future__ import annotations

from pathlib import Path

import pytest

from briefing.config import Config, init_config, load_config, parse_config, template
from briefing.errors import ConfigError


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


def test_broken_yaml_names_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: dark\nsources: [news\nlabels: x\n")
    with pytest.raises(ConfigError, match=r"config.yaml:\d+: .*YAML"):
        load_config(path)


def test_not_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="expected a mapping"):
        parse_config("- a\n- b\n", tmp_path / "c.yaml")


def test_template_lists_every_key_and_loads_as_defaults(tmp_path: Path) -> None:
    text = template()
    for name in Config.__dataclass_fields__:
        assert f"\n{name}:" in text
    assert parse_config(text, tmp_path / "c.yaml") == Config()


def test_init_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.yaml"
    init_config(path)
    assert load_config(path) == Config()
    path.write_text("theme: light\n")
    with pytest.raises(ConfigError, match="exists already"):
        init_config(path)
    assert path.read_text() == "theme: light\n"
