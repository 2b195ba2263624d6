"""The cache keeps itself: stale analyses are shown until replaced, then go; files gone for
two scans lose their articles on `briefing cache prune`; `cache info` says what is there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.config import Config
from briefing.core.analysis.analyser import Analyser
from briefing.core.store.cache import Store
from briefing.core.workspace import Workspace

TEXTS = {
    "a.txt": "Tram derails in Croydon\n\nA tram came off the tracks in Croydon on Monday.",
    "b.txt": "Storm hits Erie\n\nA snow storm hit Erie, Pennsylvania, on Tuesday.",
}


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text)
    return folder


def _workspace(cache: Path, analyser: Analyser) -> Workspace:
    ws = Workspace(Config(), cache_dir=cache)
    ws.analyser = analyser
    return ws


def test_a_file_gone_for_two_scans_loses_its_article_on_prune(
    tmp_path: Path, news: Path, analyser: Analyser
) -> None:
    cache = tmp_path / "cache"
    with _workspace(cache, analyser) as ws:
        ws.sync([news])
        assert ws.cache_info().articles == 2
        (news / "b.txt").unlink()
        ws.sync([news])
        once = ws.cache_info()
        assert (once.gone_files, once.gone_articles) == (0, 0)  # once may be a moved file
        assert ws.prune().articles == 0
        ws.sync([news])
        twice = ws.cache_info()
        assert (twice.gone_files, twice.gone_articles) == (1, 1)
        assert ws.prune(dry_run=True).articles == 1
        assert ws.cache_info().articles == 2  # a dry run removes nothing
        pruned = ws.prune()
        assert (pruned.articles, pruned.files, pruned.analyses) == (1, 1, 1)
        after = ws.cache_info()
        assert (after.articles, after.files, after.analyses, after.gone_files) == (1, 1, 1, 0)
        assert [a.title for a in ws.articles()] == ["Tram derails in Croydon"]


def test_a_file_back_before_the_second_scan_is_kept(
    tmp_path: Path, news: Path, analyser: Analyser
) -> None:
    with _workspace(tmp_path / "cache", analyser) as ws:
        ws.sync([news])
        (news / "b.txt").rename(tmp_path / "b.txt")
        ws.sync([news])
        (tmp_path / "b.txt").rename(news / "b.txt")
        ws.sync([news])
        ws.sync([news])
        assert ws.cache_info().gone_files == 0
        assert ws.prune().articles == 0 and ws.cache_info().articles == 2


def test_prune_keeps_a_stale_analysis_until_it_is_replaced(
    tmp_path: Path, news: Path, analyser: Analyser
) -> None:
    with _workspace(tmp_path / "cache", analyser) as ws:
        ws.sync([news])
        a, b = ws.ids
        db = ws.store.connection
        # One article analysed by older code only, one by both (as two installs sharing a
        # cache leave it).
        db.execute("UPDATE analyses SET fingerprint = 'old' WHERE article_id = ?", (a,))
        db.execute(
            "INSERT INTO analyses SELECT article_id, 'old', data FROM analyses "
            "WHERE article_id = ?",
            (b,),
        )
        info = ws.cache_info()
        assert (info.analyses, info.stale_analyses, info.replaced_analyses) == (1, 2, 1)
        assert ws.prune().analyses == 1
        info = ws.cache_info()
        assert (info.analyses, info.stale_analyses) == (1, 1)
        assert ws.analysis(a) is not None  # still shown, until analysed again
        ws.sync([news])
        assert ws.cache_info().stale_analyses == 0  # analysed again: the old row went


def test_prune_while_another_process_has_the_cache_open(
    tmp_path: Path, news: Path, analyser: Analyser
) -> None:
    cache = tmp_path / "cache"
    with _workspace(cache, analyser) as ws:
        ws.sync([news])
        (news / "b.txt").unlink()
        ws.sync([news])
        ws.sync([news])
        with Store.open(cache) as app_store:  # the app's connection, reading as it does
            before = app_store.article_ids()
            ws.prune()
            assert len(before) == 2 and len(app_store.article_ids()) == 1


def test_cache_commands(tmp_path: Path, news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = ["--cache-dir", str(tmp_path / "cache")]
    assert main([*cache, "ingest", str(news)]) == 0
    capsys.readouterr()
    assert main([*cache, "cache", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["articles"] == 2 and info["analyses"] == 2 and info["size_bytes"] > 0
    assert set(info) >= {"path", "stale_analyses", "gone_files", "gone_articles"}
    assert main([*cache, "cache", "info"]) == 0
    shown = capsys.readouterr().out
    assert "2 articles from 2 files" in shown and "0 files gone, holding 0 articles" in shown
    (news / "gone.txt").write_text("date 2021-09-09 A lone article about a harbour in Kestrel.")
    assert main([*cache, "ingest", str(news)]) == 0
    (news / "gone.txt").unlink()
    for _ in range(2):  # two scans that do not find it
        assert main([*cache, "ingest", str(news)]) == 0
    capsys.readouterr()
    assert main([*cache, "cache", "info"]) == 0
    assert "1 file gone, holding 1 article\n" in capsys.readouterr().out
    assert main([*cache, "cache", "prune", "--dry-run"]) == 0
    said = "1 analysis and 1 article of 1 file gone"  # (its analysis goes with it)
    assert capsys.readouterr().out.startswith(f"would remove {said}")
    assert main([*cache, "cache", "prune"]) == 0
    assert capsys.readouterr().out.startswith(f"removed {said}")


def test_a_folder_gone_as_a_whole_loses_nothing(
    tmp_path: Path, news: Path, analyser: Analyser
) -> None:
    """An unmounted drive or a renamed folder: its files are not counted as gone."""
    with _workspace(tmp_path / "cache", analyser) as ws:
        ws.sync([news])
        news.rename(tmp_path / "elsewhere")
        for _ in range(3):
            ws.sync([news])
        assert ws.cache_info().gone_files == 0
        assert ws.prune().articles == 0 and ws.cache_info().articles == 2


def test_cache_options_go_with_their_action(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cache = ["--cache-dir", str(tmp_path / "cache")]
    assert main([*cache, "cache", "prune", "--json"]) == 2
    assert main([*cache, "cache", "info", "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert "--json goes with 'cache info'" in err and "--dry-run goes with 'cache prune'" in err
