"""Snapshot tests of the main screens (pytest-textual-snapshot; update with --snapshot-update)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.test_app import build, ready


def test_main_screen_wide(snap_compare: Any, warm_cache: Path, tmp_path: Path) -> None:
    app = build(warm_cache, tmp_path)
    assert snap_compare(app, terminal_size=(120, 36), run_before=ready)


def test_main_screen_80x24(snap_compare: Any, warm_cache: Path, tmp_path: Path) -> None:
    app = build(warm_cache, tmp_path)
    assert snap_compare(app, terminal_size=(80, 24), run_before=ready)


def test_help_screen(snap_compare: Any, warm_cache: Path, tmp_path: Path) -> None:
    async def open_help(pilot: Any) -> None:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    app = build(warm_cache, tmp_path)
    assert snap_compare(app, terminal_size=(120, 36), run_before=open_help)
