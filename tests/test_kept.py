"""Briefings kept as they were told: read again while nothing they were told from changed,
told anew when anything did (the articles, their names' votes, the aliases, the points)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from briefing.core.brief import build
from briefing.core.brief.build import build_briefing
from briefing.core.models import Briefing
from briefing.core.store import kept
from briefing.core.store.codec import decode_briefing, encode_briefing
from briefing.core.workspace import Workspace

_LATER = """Doval meets Patrushev again
date 2021-09-20

National Security Adviser Ajit Doval met Nikolay Patrushev in Moscow on Monday to review
the talks on Afghanistan they held in New Delhi this month.
"""


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """How many briefings are told (built), not read from the cache."""
    count: list[int] = []

    def counted(*args: Any, **kw: Any) -> Briefing:
        count.append(1)
        return build_briefing(*args, **kw)

    monkeypatch.setattr(build, "build_briefing", counted)
    yield count


def _fresh(ws: Workspace, ids: list[str]) -> Briefing:
    """The briefing told from nothing kept, as `Workspace.briefing` tells it."""
    members = ws.store.story_book.of_articles(ids)
    from briefing.core.stories.told import summarise

    items = ws.loaded(ids)
    return build_briefing(items, ws.facts(items), story=summarise(members)[0])


def test_a_briefing_told_again_is_read_from_the_cache(
    workspace: Workspace, seeds: Path, builds: list[int]
) -> None:
    workspace.sync([seeds])
    ids = workspace.ids
    first = workspace.briefing(ids)
    assert len(builds) == 1 and first.key_points and first.actors and first.timeline
    assert workspace.briefing(ids) == first  # every field, as told
    assert workspace.summary(ids) == first  # one story: the same briefing
    assert len(builds) == 1
    assert decode_briefing(encode_briefing(first)) == first


def test_a_briefing_is_told_anew_when_what_it_was_told_from_changes(
    workspace: Workspace, seeds: Path, tmp_path: Path, builds: list[int]
) -> None:
    workspace.sync([seeds])
    ids = workspace.ids
    workspace.briefing(ids)
    # Another article names the same people: their label votes change.
    later = tmp_path / "later"
    later.mkdir()
    (later / "later.txt").write_text(_LATER)
    votes = workspace.evidence(workspace.loaded(ids))
    workspace.sync([seeds, later])
    assert workspace.evidence(workspace.loaded(ids)) != votes
    assert workspace.briefing(ids) == _fresh(workspace, ids)
    assert len(builds) == 2
    # An alias names an actor otherwise.
    workspace.config = replace(
        workspace.config, aliases={"Doval": ("Ajit K. Doval", "Ajit Doval", "NSA Ajit Doval")}
    )
    aliased = workspace.briefing(ids)
    assert len(builds) == 3
    assert "Doval" in {a.name for a in aliased.actors}
    assert aliased == _fresh(workspace, ids)
    # Fewer points (a digest's story): told anew, not the briefing's points cut.
    from briefing.core import telling

    story = workspace.stories(ids)[0].title
    few = telling.kept_briefing(workspace, workspace.loaded(ids), story=story, points=1)
    assert len(builds) == 4 and len(few.key_points) == 1 < len(aliased.key_points)
    # The articles move: their sources say where they are now.
    moved = shutil.move(seeds, tmp_path / "moved")
    workspace.sync([Path(moved), later])
    paths = {s.path for s in workspace.briefing(ids).sources}
    assert paths == {s.path for s in _fresh(workspace, ids).sources}
    assert all(p.startswith(str(moved)) for p in paths)


def test_the_last_told_are_kept(workspace: Workspace) -> None:
    briefings = workspace.store.briefings
    briefing = Briefing("T", None, (), (), (), (), ())
    for n in range(kept.KEEP + 5):
        briefings.put(f"key-{n}", replace(briefing, title=f"T{n}"))
    briefings.put("key-9", replace(briefing, title="again"))  # the same key: kept as it was
    assert briefings.get("key-4") is None
    assert briefings.get("key-5") == replace(briefing, title="T5")
    assert briefings.get("key-9") == replace(briefing, title="T9")
    assert briefings.get(f"key-{kept.KEEP + 4}") == replace(briefing, title=f"T{kept.KEEP + 4}")


def test_a_busy_cache_keeps_no_briefing_and_does_not_wait(
    workspace: Workspace, tmp_path: Path
) -> None:
    import sqlite3
    import time

    other = sqlite3.connect(workspace.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writes
    start = time.monotonic()
    workspace.store.briefings.put("key", Briefing("T", None, (), (), (), (), ()))
    waited = time.monotonic() - start
    other.execute("ROLLBACK")
    other.close()
    assert workspace.store.briefings.get("key") is None
    assert waited < 5  # (not the 30 s a write waits for another writer)


def test_prune_empties_the_kept_briefings(workspace: Workspace, seeds: Path) -> None:
    from briefing.core.store.upkeep import prune

    workspace.sync([seeds])
    told = workspace.briefing(workspace.ids)
    prune(workspace.store, workspace.fingerprint)
    assert workspace.store.connection.execute("SELECT COUNT(*) FROM told").fetchone() == (0,)
    assert workspace.briefing(workspace.ids) == told
