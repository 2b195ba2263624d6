"""Hostile text, no network, two processes on one cache, and kills mid-ingest."""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.core.store.cache import CACHE_FILE
from briefing.core.store.codec import decode_analysis

HOSTILE_TITLE = "Talks\x1b[31m red \x1b]0;pwned\x07 \u202eevil\u202c [bold red]loud[/] \x08\rend"
ROUNDS = int(os.environ.get("BRIEFING_KILL_ROUNDS", "4"))  # 20+ in benchmarks/crash.py


def corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{i:03d}.txt").write_text(
            f"date 2021-09-{1 + i % 28:02d} Delegation {i} met officials of Norway in Geneva on "
            f"Monday. Antonio Guterres said talks on trade will resume in October.\n\n"
            + "The ministry said the meeting went well. "
            * 40
        )
    return folder


def run(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, text=True, env=env,
        timeout=600,
    )  # fmt: skip


def test_terminal_controls_never_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hostile\x1b[2J.json"
    record = {"title": HOSTILE_TITLE, "source_domain": "Evil\x07 News", "text": "Body text."}
    path.write_text(json.dumps(record))
    assert main(["articles", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    for bad in ("\x1b", "\x07", "\x08", "\r", "\u202e"):
        assert bad not in out
    assert "[bold red]loud[/]" in out  # shown as it is written, not as markup


async def test_hostile_text_is_inert_in_the_app(tmp_path: Path, warm_cache: Path) -> None:
    from briefing.config import Config
    from briefing.tui.app import make_app
    from briefing.tui.widgets.article_view import ArticleView
    from tests.conftest import ready

    (tmp_path / "news").mkdir()
    record = {"title": HOSTILE_TITLE, "text": "Vladimir Putin said [bold]nothing[/bold] \x1b[5m."}
    (tmp_path / "news" / "x.json").write_text(json.dumps(record))
    app = make_app(
        Config(), sources=[str(tmp_path / "news")], config_path=tmp_path / "c.yaml",
        cache_dir=warm_cache,
    )  # fmt: skip
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(200):  # the child analyses the new article
            await pilot.pause(0.05)
            if app.query_one(ArticleView).analysis is not None and not app.workers:
                break
        await ready(pilot)
        view = app.query_one(ArticleView)
        assert view.article is not None
        assert "[bold]nothing[/bold]" in view.article.body and "\x1b" not in view.article.body
        shown = str(app.query_one("#article-text").render())
        assert "[bold]nothing[/bold]" in shown and "[bold red]loud[/]" in shown
        assert "\x1b" not in shown and "\x07" not in shown


def test_ingest_and_brief_open_no_socket(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network use: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert main(["ingest"]) == 0
    assert main(["brief"]) == 0
    assert main(["export"]) == 0
    assert "Bottom line" in capsys.readouterr().out


def _counts(cache: Path) -> tuple[int, int]:
    db = sqlite3.connect(cache / CACHE_FILE)
    try:
        articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        analyses = db.execute("SELECT COUNT(*), COUNT(DISTINCT article_id) FROM analyses")
        total, distinct = analyses.fetchone()
        assert total == distinct  # no duplicate analysis rows
        for (data,) in db.execute("SELECT data FROM analyses"):
            decode_analysis(data)  # every stored analysis is whole
        return articles, total
    finally:
        db.close()


def test_two_ingests_on_one_cache(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "news", 24)
    cache = tmp_path / "cache"
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "briefing", "ingest", str(folder)]
    first = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    second = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    for process in (first, second):
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err.decode()
        assert b"Traceback" not in err
    assert _counts(cache) == (24, 24)
    assert run("ingest", str(folder), cache=cache).stdout.strip() == (
        "0 analysed, 24 from cache, 0 failed"
    )


def test_killed_mid_ingest_loses_nothing(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "news", 60)
    cache = tmp_path / "cache"
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(cache)}
    rng = random.Random(7)
    for _ in range(ROUNDS):
        process = subprocess.Popen(
            [sys.executable, "-m", "briefing", "ingest", str(folder)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 3.0))
        process.send_signal(signal.SIGKILL)
        process.wait()
        articles, analysed = _counts(cache) if (cache / CACHE_FILE).exists() else (0, 0)
        assert analysed <= articles <= 60
    done = run("ingest", str(folder), cache=cache)
    assert done.returncode == 0, done.stderr
    analysed, cached = (int(w) for w in done.stdout.split()[0:4:2])
    assert analysed + cached == 60
    assert _counts(cache) == (60, 60)  # rows lost: 0
