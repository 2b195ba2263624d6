"""Stories are stored: the same analysed articles are not grouped again, and the app shows
story marks in its first frame from what was last grouped."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.core.stories import grouping
from briefing.core.workspace import Workspace
from briefing.paths import seeds_dir
from briefing.tui.widgets.article_list import ArticleList
from tests.conftest import SIZE, build, ready


def test_the_same_articles_are_not_grouped_again(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = grouping.group

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(grouping, "group", counted)
    workspace.sync([seeds_dir()])
    first = workspace.stories(workspace.ids)
    assert calls == [1] and len(first) == 1
    assert workspace.stories(workspace.ids) == first and calls == [1]  # stored
    with Workspace(Config(), cache_dir=workspace.cache_dir) as other:  # another run
        other.sync([seeds_dir()])
        assert other.stories(other.ids) == first and calls == [1]
    extra = tmp_path / "tram.txt"
    extra.write_text(
        "date 2016-11-09 A tram derailed and overturned in Croydon, south London, early on "
        "Wednesday, killing seven passengers. The driver was arrested, the police said."
    )
    workspace.sync([seeds_dir(), extra])
    both = [seeds_dir(), extra]
    assert len(workspace.stories(workspace.ids, both)) == 2 and calls == [1, 1]  # new article
    remembered = workspace.remembered_stories(both)  # what a front end shows at once
    assert remembered[0].articles == first[0].articles and len(remembered) == 2


async def test_story_marks_are_in_the_first_frame(
    warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace(Config(), cache_dir=warm_cache) as ws:
        ws.scan([seeds_dir()])
        ws.stories(ws.ids, [seeds_dir()])  # as a run before this one did
    slow = Workspace.overview

    def overview(self: Workspace, *args: object) -> object:
        time.sleep(1.0)  # the names and stories of this run come late
        return slow(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Workspace, "overview", overview)
    app = build(warm_cache, tmp_path, [str(seeds_dir())])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        listing = app.query_one(ArticleList)
        assert listing.story_sizes and set(listing.story_sizes.values()) == {2}
        assert "◆2" in listing.render_line(0).text
        await ready(pilot)
