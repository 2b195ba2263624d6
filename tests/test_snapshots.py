"""Snapshot tests of the main screens (pytest-textual-snapshot; update with --snapshot-update).

The sources list shows file paths, so the seeds are copied to a path that is the same on
every machine and every run, and analysed into a cache of their own.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from briefing.config import Config
from briefing.core.analysis.analyser import Analyser
from briefing.core.workspace import Workspace
from briefing.paths import seeds_dir
from briefing.tui.app import BriefingApp, make_app
from tests.conftest import ready

FIXED = Path(tempfile.gettempdir()) / "briefing-snapshot-seeds"


@pytest.fixture(scope="module")
def fixed_seeds(analyser: Analyser) -> tuple[Path, Path]:
    """The seeds at a fixed path, and a cache made from them there."""
    shutil.rmtree(FIXED, ignore_errors=True)
    shutil.copytree(seeds_dir(), FIXED / "seeds")
    # (Its own data dir: made before `isolated` points the user's elsewhere.)
    with Workspace(Config(), cache_dir=FIXED / "cache", data_dir=FIXED / "data") as ws:
        ws.analyser = analyser
        ws.sync([FIXED / "seeds"])
    return FIXED / "seeds", FIXED / "cache"


def build(fixed_seeds: tuple[Path, Path], tmp_path: Path) -> BriefingApp:
    folder, cache = fixed_seeds
    copy = tmp_path / "cache"
    shutil.copytree(cache, copy)
    config = Config(export_dir=str(tmp_path / "exports"))
    return make_app(
        config, sources=[str(folder)], config_path=tmp_path / "config.yaml", cache_dir=copy
    )


def test_main_screen_wide(
    snap_compare: Any, fixed_seeds: tuple[Path, Path], tmp_path: Path
) -> None:
    assert snap_compare(build(fixed_seeds, tmp_path), terminal_size=(120, 36), run_before=ready)


def test_main_screen_80x24(
    snap_compare: Any, fixed_seeds: tuple[Path, Path], tmp_path: Path
) -> None:
    assert snap_compare(build(fixed_seeds, tmp_path), terminal_size=(80, 24), run_before=ready)


def test_help_screen(snap_compare: Any, fixed_seeds: tuple[Path, Path], tmp_path: Path) -> None:
    async def open_help(pilot: Any) -> None:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    app = build(fixed_seeds, tmp_path)
    assert snap_compare(app, terminal_size=(120, 36), run_before=open_help)
