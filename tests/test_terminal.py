"""End to end: the installed `briefing` command in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

TMUX = shutil.which("tmux")
BRIEFING = shutil.which("briefing")
pytestmark = pytest.mark.skipif(
    (TMUX is None or BRIEFING is None) and not os.environ.get("CI"),
    reason="needs tmux and the installed briefing command (CI installs both)",
)


@pytest.fixture
def open_terminal(tmp_path: Path) -> Iterator[Callable[..., Callable[..., str]]]:
    """Opens `briefing` on the seeds in a tmux session (a cache dir, a width); gives a
    function that sends keys and waits for what the screen should show."""
    assert TMUX and BRIEFING, "tmux and briefing must be installed"
    socket = str(tmp_path / "tmux.sock")
    tmux = [TMUX, "-S", socket]

    def start(
        cache: Path, width: int = 120, height: int = 36, sources: str = "", settings: str = ""
    ) -> Callable[..., str]:
        config = tmp_path / "config.yaml"
        config.write_text(f"export_dir: {tmp_path / 'exports'}\n{settings}")
        env = (
            f"BRIEFING_CONFIG={config} BRIEFING_CACHE_DIR={cache} "
            f"BRIEFING_DATA_DIR={tmp_path / 'data'} TERM=xterm-256color"
        )
        # The short sleep lets tmux give the window its size before the app asks for it.
        command = f"sleep 0.5; env {env} {BRIEFING} {sources}; echo EXITED $?; sleep 60"
        subprocess.run(
            [*tmux, "new-session", "-d", "-s", "e2e", "-x", str(width), "-y", str(height),
             command],
            check=True,
        )  # fmt: skip

        def screen() -> str:
            out = subprocess.run(
                [*tmux, "capture-pane", "-p", "-t", "e2e"],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
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

        return keys

    try:
        yield start
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, capture_output=True)


@pytest.fixture
def terminal(
    open_terminal: Callable[..., Callable[..., str]], warm_cache: Path
) -> Callable[..., str]:
    """`briefing` on the seeds, analysed already, in a 120x36 terminal."""
    return open_terminal(warm_cache)


def test_briefing_in_a_real_terminal(terminal: Callable[..., str], tmp_path: Path) -> None:
    # The list is drawn first, the other panes a frame later.
    shown = terminal(wait_for=("2021-09-07", "Briefing of this article"))
    assert "Articles" in shown and "2021-09-08" in shown and "Briefing of this article" in shown
    shown = terminal("j", wait_for="(Inputs from ANI/ PTI)")
    assert "(Inputs from ANI/ PTI)" in shown and "highlights" in shown
    assert "Briefing of this story" in terminal("b", wait_for="Briefing of this story")
    assert "Saved" in terminal("s", wait_for="Saved")
    saved = list((tmp_path / "exports").glob("*-russian-secretary-of-the-security-council-*.md"))
    assert len(saved) == 1
    text = saved[0].read_text()
    assert text.startswith("# Russian Secretary of the Security Council General Nikolay")
    assert "**Bottom line:**" in text and "2. 2021-09-08" in text
    shown = terminal("?", wait_for="remap them")
    assert "Next mention" in shown
    terminal("Escape")
    shown = terminal("q", wait_for="EXITED")
    assert "EXITED 0" in shown


def _children(cache: Path) -> int:
    """How many analysis children of the app using this cache run now."""
    count = 0
    for entry in Path("/proc").iterdir():
        try:
            words = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        line = [w.decode(errors="replace") for w in words]
        if "ingest" in line and "--progress-jsonl" in line and str(cache) in line:
            count += 1
    return count


def test_a_fresh_start_saves_the_real_briefing_and_runs_one_analysis(
    open_terminal: Callable[..., Callable[..., str]], tmp_path: Path
) -> None:
    cache = tmp_path / "fresh-cache"
    keys = open_terminal(cache, settings="scope: article\n")  # (fresh: else what is new)
    keys(wait_for="2021-09-07")
    shown = keys("j", "s", wait_for="waits for its articles")
    assert "waits for its articles" in shown
    counts = []
    for _ in range(3):  # r pressed during the analysis: still one child
        keys("r")
        counts.append(_children(cache))
        time.sleep(0.3)
        counts.append(_children(cache))
    assert max(counts) <= 1
    keys(wait_for="Briefing saved", timeout=180)
    (saved,) = (tmp_path / "exports").glob("*.md")
    text = saved.read_text()
    assert "**Bottom line:**" in text and "## Key points" in text
    shown = keys("q", wait_for="EXITED")
    assert "EXITED 0" in shown
    assert _children(cache) == 0


def test_at_80_columns_the_tab_takes_the_whole_width(
    open_terminal: Callable[..., Callable[..., str]], warm_cache: Path
) -> None:
    keys = open_terminal(warm_cache, width=80, height=24)
    shown = keys(wait_for="2021-09-07")
    box = [line for line in shown.splitlines() if "Articles" in line and "╭" in line]
    assert box and len(box[0].rstrip()) == 80 and box[0].rstrip().endswith("╮")


def test_a_feed_in_a_real_terminal(
    open_terminal: Callable[..., Callable[..., str]], tmp_path: Path, httpserver: HTTPServer
) -> None:
    """The app fetches a feed source at start (in its analysis child) and lists its articles,
    unread (a fresh install), opening on what is new; `M` reads them all; `r` fetches
    again (the feed unchanged: nothing new)."""
    from tests.test_live_sources import FAST, rss, serve_pages

    items = serve_pages(httpserver)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, items), content_type="application/rss+xml"
    )
    feed = httpserver.url_for("/feed.xml")
    keys = open_terminal(tmp_path / "cache", sources=feed, settings=f"fetch: {FAST}\n")
    shown = keys(wait_for=tuple(f"●{t[:20]}" for t, _ in items), timeout=90)
    assert all(f"●{t[:20]}" in shown for t, _ in items), shown  # marked unread
    # The `new` scope: what is new (the first scan with articles came after the fetch).
    shown = keys(wait_for="Briefing of what is new", timeout=60)
    assert "Briefing of what is new" in shown and "New: " in keys(wait_for="New: "), shown
    shown = keys("M", wait_for="Nothing new", timeout=60)
    assert "●" not in shown and "Nothing new" in shown, shown
    before = sum(1 for r, _ in httpserver.log if r.path == "/feed.xml")
    shown = keys("r", wait_for="Re-scanning")
    deadline = time.monotonic() + 30
    while sum(1 for r, _ in httpserver.log if r.path == "/feed.xml") == before:
        assert time.monotonic() < deadline, "r did not fetch the feed again"
        time.sleep(0.2)
    assert keys("q", wait_for="EXITED").count("EXITED 0") == 1


def test_a_digest_story_opens_and_comes_back(
    open_terminal: Callable[..., Callable[..., str]], warm_cache: Path, tmp_path: Path
) -> None:
    from tests.test_digest import many_stories_in

    sources = " ".join(many_stories_in(tmp_path / "news"))
    keys = open_terminal(warm_cache, sources=sources, settings="scope: all\n")
    shown = keys(wait_for=("Digest of", "Briefing of everything"), timeout=120)
    assert "Digest of" in shown
    keys("Tab", "Tab", "Tab")  # to the briefing pane (the article, its entities, the briefing)
    shown = keys("j", "Enter", wait_for="A digest story")
    assert "A digest story" in shown and "Briefing of everything" not in shown
    shown = keys("BSpace", wait_for="Briefing of everything")
    assert "Briefing of everything" in shown and "A digest story" not in shown
    assert "EXITED 0" in keys("q", wait_for="EXITED")
