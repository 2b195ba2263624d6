"""The config file edited in place with the user's comments and layout kept (ruamel.yaml):
`briefing sources` (its `sources`, and feeds taken from an OPML file), and a setting the app
keeps (the theme picked)."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from briefing.config import init_config, load_config
from briefing.errors import ConfigError
from briefing.fileio import reason, write_atomic


def _yaml(text: str = "") -> Any:
    from ruamel.yaml import YAML  # only editing the config needs it

    yaml = YAML()
    yaml.preserve_quotes = True
    # "scope: null" stays so (ruamel writes an empty value: a needless change of the file).
    yaml.representer.add_representer(
        type(None),
        lambda representer, _: representer.represent_scalar("tag:yaml.org,2002:null", "null"),
    )
    yaml.width = 4096  # a long URL stays on its line
    # The list's indentation as the user wrote it ("  - a" or "- a").
    found = re.search(r"^sources:[^\n]*\n( *)- ", text, re.MULTILINE)
    offset = len(found.group(1)) if found else 0
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    return yaml


def _document(path: Path, cache_dir: Path | None = None) -> tuple[Any, Any]:
    """The config file as an editable document, and the YAML writer that keeps its layout
    (a fresh machine's: the commented file written first).

    Raises:
        ConfigError: The file cannot be read, or is not a mapping of settings.
    """
    if not path.exists():
        init_config(path)
    load_config(path, cache_dir=cache_dir)  # the file must be valid as it is: say where not
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config file ({reason(exc)})") from None
    yaml = _yaml(text)
    document = yaml.load(text)
    if document is None:
        from ruamel.yaml.comments import CommentedMap

        document = CommentedMap()
    return document, yaml


def _load(path: Path) -> tuple[Any, Any, Any]:
    """The config file as an editable document, its `sources` list (created if absent),
    and the YAML writer that keeps its layout.

    Raises:
        ConfigError: The file cannot be read, or is not a mapping of settings.
    """
    document, yaml = _document(path)
    sources = document.get("sources")
    if sources is None or isinstance(sources, str):
        from ruamel.yaml.comments import CommentedSeq

        sources = CommentedSeq([sources] if sources else [])
        document["sources"] = sources
    return document, sources, yaml


def _save(path: Path, document: Any, yaml: Any) -> None:
    """Write the document back (a read-only file is left as it is: ConfigError)."""
    out = io.StringIO()
    yaml.dump(document, out)
    target = path.resolve()  # a config that is a link: the file it points to is edited
    mode = target.stat().st_mode & 0o777
    if not mode & 0o222:  # (by its mode: root may write anything, but the user said no)
        raise ConfigError(f"{path}: the config file is read-only; left as it is")
    write_atomic(target, out.getvalue(), overwrite=True)
    target.chmod(mode)
    load_config(path)  # what was written reads back


# ruamel.yaml keeps the comments that follow a list (the next key's) on its last item: an
# item added or removed at the end moves them, so they stay above the next key.


def _tail(sources: Any, index: int) -> str:
    """Take the comment lines after item `index` (not its own end-of-line comment)."""
    entry = sources.ca.items.get(index)
    if not entry or entry[0] is None:
        return ""
    text: str = entry[0].value
    head, sep, rest = text.partition("\n")
    if not rest.strip():
        return ""
    entry[0].value = head + sep
    return rest


def _put_tail(sources: Any, index: int, tail: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    if not tail:
        return
    slot = sources.ca.items.setdefault(index, [None, None, None, None])
    if slot[0] is None:
        slot[0] = CommentToken("\n" + tail, CommentMark(0), None)
    else:
        value = slot[0].value
        slot[0].value = (value if value.endswith("\n") else value + "\n") + tail


def set_setting(path: Path, key: str, value: str, *, cache_dir: Path | None = None) -> None:
    """Set one top-level setting (a new file is the commented one, then the setting);
    `cache_dir`: where parsed files are kept.

    Raises:
        ConfigError: The file cannot be read, is not valid as it is, or is read-only.
        OSError: It cannot be written.
    """
    document, yaml = _document(path, cache_dir)
    document[key] = value
    _save(path, document, yaml)


def add(path: Path, entries: list[tuple[str, str]]) -> list[str]:
    """Add sources (URL or path, with a title kept as a comment, or ""); returns those added
    (one already listed is not added twice)."""
    document, sources, yaml = _load(path)
    sources.fa.set_block_style()  # one source per line, where its comment can go
    listed = {str(s) for s in sources}
    added = []
    for source, title in entries:
        if source in listed:
            continue
        listed.add(source)
        tail = _tail(sources, len(sources) - 1) if len(sources) else ""
        sources.append(source)
        if title:
            sources.yaml_add_eol_comment(" ".join(title.split()), len(sources) - 1)
        _put_tail(sources, len(sources) - 1, tail)
        added.append(source)
    if added:
        _save(path, document, yaml)
    return added


def remove(path: Path, source: str) -> bool:
    """Remove a source from the config; returns whether it was listed. What was fetched
    from it stays stored."""
    if not path.exists():
        return False
    document, sources, yaml = _load(path)
    for index, listed in enumerate(sources):
        if str(listed) == source:
            last = index == len(sources) - 1
            tail = _tail(sources, index) if last else ""
            del sources[index]
            if tail and len(sources):
                _put_tail(sources, len(sources) - 1, tail)
            elif tail:  # the list is empty now: `sources: []`, the comments after it
                sources.fa.set_flow_style()
                _put_tail_after_key(document, "sources", tail)
            _save(path, document, yaml)
            return True
    return False


def _put_tail_after_key(document: Any, key: str, tail: str) -> None:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    document.ca.items[key] = [None, None, CommentToken("\n" + tail, CommentMark(0), None), None]


def opml_feeds(file: Path) -> list[tuple[str, str]]:
    """The feeds of an OPML file: (xmlUrl, title), in order.

    Raises:
        ConfigError: The file cannot be read or is not OPML.
    """
    try:
        root = ET.fromstring(file.read_bytes())
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read ({reason(exc)})") from None
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
