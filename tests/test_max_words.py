"""An article longer than `max_words` is analysed up to that many words: said once, on one
line; its whole text stays readable, and the app says where highlights stop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing.config import Config
from briefing.core.analysis.analyser import Analyser, words_end
from briefing.core.workspace import Workspace
from briefing.tui.app import make_app
from briefing.tui.widgets.article_view import ArticleView
from tests.conftest import SIZE, ready

SENTENCE = "Vladimir Putin met Narendra Modi in Moscow on Monday to talk trade. "  # 12 words
LIMIT = 300


def _long_article(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "long.txt"
    path.write_text("Putin and Modi meet\n\n" + SENTENCE * 100)  # a title, then 1,200 words
    return path


def _workspace(cache: Path, analyser: Analyser) -> Workspace:
    ws = Workspace(Config(max_words=LIMIT), cache_dir=cache)
    limited = Analyser(analyser.name, max_words=LIMIT)
    limited._nlp = analyser.nlp  # the session's loaded pipeline, limited
    ws.analyser = limited
    return ws


def test_words_end() -> None:
    assert words_end("one two  three four", 2) == len("one two")
    assert words_end("one two", 2) is None  # no more words: nothing cut
    assert words_end("one two ", 3) is None


def test_a_long_article_is_analysed_up_to_max_words(tmp_path: Path, analyser: Analyser) -> None:
    path = _long_article(tmp_path / "news")
    with _workspace(tmp_path / "cache", analyser) as ws:
        report = ws.sync([path])
        assert report.summary() == "1 analysed, 0 from cache, 0 failed"
        (notice,) = report.notices
        assert notice.startswith(f"{path}: 1,200 words; analysed the first {LIMIT:,}")
        (article_id,) = ws.ids
        analysis = ws.analysis(article_id)
        article = ws.article(article_id)
        assert analysis is not None and article is not None
        assert article.words == 1200  # the whole text is kept
        cut = analysis.analysed_chars
        assert cut is not None and len(article.body[:cut].split()) == LIMIT
        assert analysis.mentions and all(m.end <= cut for m in analysis.mentions)
        assert ws.sync([path]).notices == ()  # from the cache: said when it was analysed


def test_the_command_says_it_once_and_ends_on_the_summary(tmp_path: Path) -> None:
    path = _long_article(tmp_path / "news")
    config = tmp_path / "config.yaml"
    config.write_text(f"max_words: {LIMIT}\n")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--config", str(config),
         "--cache-dir", str(tmp_path / "cache"), "ingest", str(path)],
        capture_output=True, text=True, timeout=300, env=dict(os.environ),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "1 analysed, 0 from cache, 0 failed"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "max_words" in lines[0]


async def test_the_article_pane_says_where_highlights_stop(
    tmp_path: Path, analyser: Analyser
) -> None:
    path = _long_article(tmp_path / "news")
    with _workspace(tmp_path / "cache", analyser) as ws:
        ws.sync([path])
    app = make_app(
        Config(max_words=LIMIT, export_dir=str(tmp_path / "exports")),
        sources=[str(path)],
        config_path=tmp_path / "config.yaml",
        cache_dir=tmp_path / "cache",
    )
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        view = app.query_one(ArticleView)
        assert view.article is not None and view.article.words == 1200
        shown = str(view.query_one("#article-text").render())
        assert f"highlights stop at word {LIMIT} of 1,200 (max_words)" in shown
        assert shown.rstrip().endswith("to talk trade.")  # the whole text is there
        assert app.main.child is None  # nothing was analysed again
