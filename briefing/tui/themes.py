"""Theme files: a Textual Theme plus one colour per entity label, read from YAML."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.color import Color, ColorParseError
from textual.theme import Theme

from briefing.yamlfile import ParsedFiles, YamlSyntaxError
from briefing.yamlfile import parse as parse_yaml

THEME_FIELDS = (
    "primary", "secondary", "warning", "error", "success", "accent",
    "foreground", "background", "surface", "panel", "boost",
)  # fmt: skip
DEFAULT_ENTITY_COLOURS = {
    "PERSON": "#F2A65A",
    "ORG": "#5AA9E6",
    "GPE": "#7BC47F",
    "LOC": "#5FBFB0",
    "NORP": "#C792EA",
    "FAC": "#E6C35C",
    "EVENT": "#E06C75",
    "DATE": "#B0B8C0",
}


@dataclass(frozen=True)
class ThemeSpec:
    """A theme as a file defines it."""

    theme: Theme
    entities: dict[str, str] = field(default_factory=dict)


def _colour(value: object, where: str) -> str:
    try:
        Color.parse(str(value))
    except ColorParseError:
        raise ValueError(f"{where}: {value!r} is not a colour") from None
    return str(value)


def parse_theme(path: Path, parsed: ParsedFiles | None = None) -> ThemeSpec:
    """Read one theme file (unless `parsed` holds it unchanged).

    Raises:
        ValueError: The file is unreadable or not a valid theme; the message names it.
    """
    known, data = parsed.get(path) if parsed is not None else (False, None)
    if not known:
        try:
            data = parse_yaml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: cannot read theme ({type(exc).__name__})") from None
        except YamlSyntaxError as exc:
            raise ValueError(f"{path}: cannot read theme ({exc})") from None
        if parsed is not None:
            parsed.keep(path, data)
    if not isinstance(data, dict) or not isinstance(data.get("primary"), str):
        raise ValueError(f"{path}: a theme needs at least 'primary: <colour>'")
    unknown = set(data) - {*THEME_FIELDS, "name", "dark", "entities"}
    if unknown:
        raise ValueError(f"{path}: unknown theme key '{sorted(unknown)[0]}'")
    colours: dict[str, Any] = {
        k: _colour(data[k], f"{path}: {k}") for k in THEME_FIELDS if k in data
    }
    entities = data.get("entities") or {}
    if not isinstance(entities, dict):
        raise ValueError(f"{path}: 'entities' must map labels to colours")
    theme = Theme(
        name=str(data.get("name") or path.stem), dark=bool(data.get("dark", True)), **colours
    )
    return ThemeSpec(
        theme=theme,
        entities={str(k).upper(): _colour(v, f"{path}: entities.{k}") for k, v in entities.items()},
    )


def load_themes(
    folders: Iterable[Path], parsed: ParsedFiles | None = None
) -> tuple[dict[str, ThemeSpec], list[str]]:
    """Every theme in `folders` (later folders win on a shared name), and one error per bad
    file. Files unchanged since they were last read are not parsed again."""
    parsed = parsed or ParsedFiles()
    specs: dict[str, ThemeSpec] = {}
    errors: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
            try:
                spec = parse_theme(path, parsed)
            except ValueError as exc:
                errors.append(str(exc))
                continue
            specs[spec.theme.name] = spec
    parsed.save()
    return specs, errors
