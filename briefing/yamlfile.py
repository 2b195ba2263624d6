"""YAML for the config and theme files, parsed once.

What a file parses to is kept in the cache dir (`yaml.json`), keyed by the file's path, size
and modification time, so that a start with unchanged files reads them without importing
PyYAML: about 10 ms, a twentieth of the app's first paint. An edited file is parsed again.
The kept copy is only a speed-up: when it cannot be read or written, files are parsed as
usual. PyYAML is imported where it is needed, never at module level.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from briefing import paths
from briefing.fileio import write_atomic

CACHE_NAME = "yaml.json"
_VERSION = 2  # 2: a key set twice is an error (a file kept parsed before says it again)


class YamlSyntaxError(ValueError):
    """Text that is not valid YAML.

    Attributes:
        line: The 1-based line of the problem, if known.
        problem: What is wrong, in PyYAML's words.
    """

    def __init__(self, line: int | None, problem: str) -> None:
        super().__init__(problem if line is None else f"line {line}: {problem}")
        self.line = line
        self.problem = problem


class KeySetTwice(YamlSyntaxError):
    """A mapping that sets one key twice (valid to PyYAML, which keeps the last)."""


def _loader() -> Any:
    """libyaml's safe loader when PyYAML was built with it (~10x faster), else PyYAML's."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse(text: str) -> Any:
    """The data of a YAML text (safe: plain data only).

    Raises:
        YamlSyntaxError: The text is not valid YAML, or sets a key twice in one mapping
            (YAML forbids it; PyYAML would keep the last silently).
    """
    import yaml

    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _no_key_twice(node)
        return loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        # Where what was left open began ("while scanning a quoted scalar" on line 4): the
        # parser notices it only where it gives up (the end of the file, line 8).
        context, began = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and began is not None and line is not None and began.line + 1 < line:
            problem, line = f"{context}: {problem} on line {line}", began.line + 1
        raise YamlSyntaxError(line, problem) from None
    finally:
        loader.dispose()


def _no_key_twice(node: Any) -> None:
    """Raise KeySetTwice at a key a mapping (at any depth) sets a second time."""
    import yaml

    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _no_key_twice(item)
    if not isinstance(node, yaml.MappingNode):
        return
    first: dict[tuple[str, str], int] = {}
    for key, value in node.value:
        # A key as it parses (its tag: 1 and '1' are two keys); merge keys ("<<") may repeat.
        if isinstance(key, yaml.ScalarNode) and not key.tag.endswith(":merge"):
            line, seen = key.start_mark.line + 1, (key.tag, key.value)
            if seen in first:
                raise KeySetTwice(line, f"'{key.value}' is set twice (first on line {first[seen]})")
            first[seen] = line
        _no_key_twice(value)


def key_lines(text: str) -> dict[str, int]:
    """The 1-based line of each top-level key of a YAML mapping, and of each key of a mapping
    under one ("keys.scope"), for error messages."""
    import yaml

    try:
        node = yaml.compose(text, Loader=_loader())
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    lines: dict[str, int] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        lines[str(key.value)] = key.start_mark.line + 1
        if isinstance(value, yaml.MappingNode):
            for inner, _ in value.value:
                if isinstance(inner, yaml.ScalarNode):
                    lines[f"{key.value}.{inner.value}"] = inner.start_mark.line + 1
    return lines


def flow(value: object) -> str:
    """`value` as one line of YAML in flow style."""
    import yaml

    return str(yaml.safe_dump(value, default_flow_style=True, width=1000)).strip()


def _key(path: Path) -> tuple[str, list[int]] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return str(path.resolve()), [stat.st_size, stat.st_mtime_ns]


def _plain(data: object) -> bool:
    """Whether JSON keeps `data` as it is (YAML also has dates and non-string keys)."""
    if data is None or isinstance(data, (str, bool, int, float)):
        return True
    if isinstance(data, list):
        return all(_plain(item) for item in data)
    if isinstance(data, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in data.items())
    return False


class ParsedFiles:
    """The data of YAML files as last parsed, kept in `cache_dir`."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        self.path = (cache_dir or paths.default_cache_dir()) / CACHE_NAME
        self._entries: dict[str, Any] | None = None
        self._changed = False

    def _read(self) -> dict[str, Any]:
        if self._entries is None:
            try:
                kept = json.loads(self.path.read_text(encoding="utf-8"))
                valid = isinstance(kept, dict) and kept.get("version") == _VERSION
                self._entries = kept["files"] if valid and isinstance(kept["files"], dict) else {}
            except (OSError, ValueError, KeyError):
                self._entries = {}
        return self._entries

    def get(self, path: Path) -> tuple[bool, Any]:
        """(True, data) when `path` is unchanged since it was kept, else (False, None)."""
        key = _key(path)
        if key is None:
            return False, None
        entry = self._read().get(key[0])
        if isinstance(entry, dict) and entry.get("stamp") == key[1]:
            return True, entry.get("data")
        return False, None

    def keep(self, path: Path, data: Any) -> None:
        """Remember what `path` parses to (written by `save`)."""
        key = _key(path)
        if key is not None and _plain(data):
            self._read()[key[0]] = {"stamp": key[1], "data": data}
            self._changed = True

    def save(self) -> None:
        """Write what was kept, if anything changed; quietly not when it cannot be written."""
        if not self._changed:
            return
        text = json.dumps({"version": _VERSION, "files": self._read()})
        try:
            write_atomic(self.path, text, overwrite=True)
        except OSError:
            return
        self._changed = False
