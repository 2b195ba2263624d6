"""`briefing sources`: the config file's `sources`, edited in place with the user's
comments and layout kept (ruamel.yaml), and feeds taken from an OPML file."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from briefing.config import init_config, load_config
from briefing.errors import ConfigError
from briefing.fileio import write_atomic


def _yaml() -> Any:
    from ruamel.yaml import YAML  # only `briefing sources` needs it

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # a long URL stays on its line
    return yaml


def _load(path: Path) -> tuple[Any, Any]:
    """The config file as an editable document, and its `sources` list (created if absent).

    Raises:
        ConfigError: The file cannot be read, or is not a mapping of settings.
    """
    if not path.exists():
        init_config(path)  # `add` on a fresh machine: the commented file, then the source
    load_config(path)  # the file must be valid as it is: say where it is not
    yaml = _yaml()
    try:
        document = yaml.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc})") from None
    if document is None:
        from ruamel.yaml.comments import CommentedMap

        document = CommentedMap()
    sources = document.get("sources")
    if sources is None or isinstance(sources, str):
        from ruamel.yaml.comments import CommentedSeq

        sources = CommentedSeq([sources] if sources else [])
        document["sources"] = sources
    return document, sources


def _save(path: Path, document: Any) -> None:
    out = io.StringIO()
    _yaml().dump(document, out)
    write_atomic(path, out.getvalue(), overwrite=True)
    load_config(path)  # what was written reads back


def add(path: Path, entries: list[tuple[str, str]]) -> list[str]:
    """Add sources (URL or path, with a title kept as a comment, or ""); returns those added
    (one already listed is not added twice)."""
    document, sources = _load(path)
    sources.fa.set_block_style()  # one source per line, where its comment can go
    listed = {str(s) for s in sources}
    added = []
    for source, title in entries:
        if source in listed:
            continue
        listed.add(source)
        sources.append(source)
        added.append(source)
        if title:
            sources.yaml_add_eol_comment(" ".join(title.split()), len(sources) - 1)
    if added:
        _save(path, document)
    return added


def remove(path: Path, source: str) -> bool:
    """Remove a source from the config; returns whether it was listed. What was fetched
    from it stays stored."""
    if not path.exists():
        return False
    document, sources = _load(path)
    for index, listed in enumerate(sources):
        if str(listed) == source:
            del sources[index]
            _save(path, document)
            return True
    return False


def opml_feeds(file: Path) -> list[tuple[str, str]]:
    """The feeds of an OPML file: (xmlUrl, title), in order.

    Raises:
        ConfigError: The file cannot be read or is not OPML.
    """
    try:
        root = ET.fromstring(file.read_bytes())
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read ({exc.strerror or exc})") from None
    except ET.ParseError as exc:
        raise ConfigError(f"{file}: not an OPML file ({exc})") from None
    if root.tag.lower() != "opml":
        raise ConfigError(f"{file}: not an OPML file (its root is <{root.tag}>)")
    feeds = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if url:
            feeds.append((url, outline.get("title") or outline.get("text") or ""))
    return feeds
