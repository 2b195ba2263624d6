"""End to end: the installed `briefing` command in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")
BRIEFING = shutil.which("briefing")
pytestmark = pytest.mark.skipif(
    (TMUX is None or BRIEFING is None) and not os.environ.get("CI"),
    reason="needs tmux and the installed briefing command (CI installs both)",
)


@pytest.fixture
def terminal(tmp_path: Path, warm_cache: Path) -> Iterator[Callable[..., str]]:
    """A tmux session running `briefing` on the seeds; yields a function that sends keys."""
    assert TMUX and BRIEFING, "tmux and briefing must be installed"
    socket = str(tmp_path / "tmux.sock")
    config = tmp_path / "config.yaml"
    config.write_text(f"export_dir: {tmp_path / 'exports'}\n")
    env = f"BRIEFING_CONFIG={config} BRIEFING_CACHE_DIR={warm_cache} TERM=xterm-256color"
    # The short sleep lets tmux give the window its size before the app asks for it.
    command = f"sleep 0.5; env {env} {BRIEFING}; echo EXITED $?; sleep 60"
    tmux = [TMUX, "-S", socket]
    subprocess.run(
        [*tmux, "new-session", "-d", "-s", "e2e", "-x", "120", "-y", "36", command], check=True
    )

    def screen() -> str:
        out = subprocess.run(
            [*tmux, "capture-pane", "-p", "-t", "e2e"], capture_output=True, text=True, check=True
        )
        return out.stdout

    def keys(*names: str, wait_for: str | tuple[str, ...] = "", timeout: float = 30) -> str:
        """Send keys, then wait until the screen shows `wait_for` (every one of them)."""
        wanted = (wait_for,) if isinstance(wait_for, str) else wait_for
        for name in names:
            subprocess.run([*tmux, "send-keys", "-t", "e2e", name], check=True)
            time.sleep(0.2)
        deadline = time.monotonic() + timeout
        while True:
            shown = screen()
            if all(w in shown for w in wanted) or time.monotonic() > deadline:
                return shown
            time.sleep(0.2)

    try:
        yield keys
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)


def test_briefing_in_a_real_terminal(terminal: Callable[..., str], tmp_path: Path) -> None:
    # The list is drawn first, the other panes a frame later.
    shown = terminal(wait_for=("2021-09-07", "Briefing of this article"))
    assert "Articles" in shown and "2021-09-08" in shown and "Briefing of this article" in shown
    shown = terminal("j", wait_for="(Inputs from ANI/ PTI)")
    assert "(Inputs from ANI/ PTI)" in shown and "highlights" in shown
    assert "Briefing of this story" in terminal("b", wait_for="Briefing of this story")
    assert "Saved" in terminal("s", wait_for="Saved")
    saved = list((tmp_path / "exports").glob("*-nikolay-patrushev-and-ajit-k-doval-*.md"))
    assert len(saved) == 1
    text = saved[0].read_text()
    assert text.startswith("# Nikolay Patrushev and Ajit K. Doval")
    assert "**Bottom line:**" in text and "2. 2021-09-08" in text
    shown = terminal("?", wait_for="remap them")
    assert "Next mention" in shown
    terminal("Escape")
    shown = terminal("q", wait_for="EXITED")
    assert "EXITED 0" in shown
