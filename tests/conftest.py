"""Shared fixtures. Every test runs with its own config path and cache dir, never the user's."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefing import paths
from briefing.config import Config
from briefing.core.analysis.analyser import Analyser
from briefing.core.workspace import Workspace

SEEDS = paths.seeds_dir()


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the config file, cache dir and export dir at fresh temporary places."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(paths.CONFIG_ENV, str(home / "config.yaml"))
    monkeypatch.setenv(paths.CACHE_ENV, str(home / "cache"))
    monkeypatch.setenv(paths.EXPORT_ENV, str(home / "exports"))
    return home


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    """One real spaCy pipeline for the whole session (loading it takes about a second)."""
    return Analyser(Config().pipeline)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A private copy of the seed articles, free to edit."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def seeded_cache(tmp_path_factory: pytest.TempPathFactory, analyser: Analyser) -> Path:
    """A cache holding the analysed seeds, made once; tests copy it (see `warm_cache`)."""
    folder = tmp_path_factory.mktemp("seeded-cache")
    with Workspace(Config(), cache_dir=folder) as ws:
        ws.analyser = analyser
        ws.sync([SEEDS])
    return folder


@pytest.fixture
def warm_cache(tmp_path: Path, seeded_cache: Path) -> Path:
    """A private copy of the seeded cache."""
    target = tmp_path / "warm-cache"
    shutil.copytree(seeded_cache, target)
    return target


@pytest.fixture
def workspace(tmp_path: Path, analyser: Analyser) -> Iterator[Workspace]:
    """A workspace on a fresh cache that reuses the session's loaded pipeline."""
    ws = Workspace(Config(), cache_dir=tmp_path / "cache")
    ws.analyser = analyser
    yield ws
    ws.close()
