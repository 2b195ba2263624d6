"""Where `briefing` keeps things: the only module that asks platformdirs.

Environment variables override the platform defaults, so tests and users can point every
file somewhere else: `BRIEFING_CONFIG` (the config file), `BRIEFING_CACHE_DIR` and
`BRIEFING_EXPORT_DIR`.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "briefing"
CONFIG_ENV = "BRIEFING_CONFIG"
CACHE_ENV = "BRIEFING_CACHE_DIR"
DATA_ENV = "BRIEFING_DATA_DIR"
EXPORT_ENV = "BRIEFING_EXPORT_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def config_file() -> Path:
    """The config file: `$BRIEFING_CONFIG`, else `config.yaml` in the user config dir."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.yaml"


def shown(path: str, base: str | None) -> str:
    """A path as a listing shows it: relative to the folder `base` when it is under it
    (what a command run there shows), else as it is."""
    if base:
        folder = base.rstrip(os.sep) + os.sep
        if path.startswith(folder):
            return path[len(folder) :]
    return path


def user_themes_dir() -> Path:
    """Where users put their own theme files."""
    return Path(platformdirs.user_config_dir(APP_NAME)) / "themes"


def default_cache_dir() -> Path:
    """The cache dir: `$BRIEFING_CACHE_DIR`, else the platform's user cache dir."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_cache_dir(APP_NAME))


def default_data_dir() -> Path:
    """Where fetched pages are kept: `$BRIEFING_DATA_DIR`, else the platform's user data dir."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME))


def default_export_dir() -> Path:
    """Where saved briefings go unless the config says otherwise: `$BRIEFING_EXPORT_DIR`,
    else `briefings/` in the user's documents folder."""
    override = os.environ.get(EXPORT_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_documents_dir()) / "briefings"


def _bundled(name: str) -> Path:
    # Installed: the folder ships inside the package (see pyproject's package-dir).
    # From a checkout or an editable install: it sits beside the package at the top level.
    inside = _PACKAGE_DIR / name
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / name


def seeds_dir() -> Path:
    """The sample articles opened when no sources are given or configured."""
    return _bundled("seeds")


def themes_dir() -> Path:
    """The themes that ship with `briefing`."""
    return _bundled("themes")
