"""Shared fixtures. Every test runs with its own config path and cache dir, never the user's."""

from __future__ import annotations

import shutil
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from briefing import paths
from briefing.config import Config
from briefing.core.analysis.analyser import Analyser
from briefing.core.workspace import Workspace
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.main import ARTICLE_DELAY
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.briefing_pane import BriefingPane

SEEDS = paths.seeds_dir()


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the config file, cache, data and export dirs at fresh temporary places."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(paths.CONFIG_ENV, str(home / "config.yaml"))
    monkeypatch.setenv(paths.CACHE_ENV, str(home / "cache"))
    monkeypatch.setenv(paths.DATA_ENV, str(home / "data"))
    monkeypatch.setenv(paths.EXPORT_ENV, str(home / "exports"))
    return home


@pytest.fixture(scope="session")
def analyser() -> Analyser:
    """One real spaCy pipeline for the whole session (loading it takes about a second)."""
    return Analyser(Config().pipeline)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A private copy of the seed articles, free to edit."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def seeded_cache(tmp_path_factory: pytest.TempPathFactory, analyser: Analyser) -> Path:
    """A cache holding the analysed seeds, placed in their story as a run before this one
    left them, made once; tests copy it (see `warm_cache`). (Without the placing, the app's
    first frames had no story until its own placing ended: the terminal test's story scope,
    pressed before, briefed one article on a slow machine.)"""
    folder = tmp_path_factory.mktemp("seeded-cache")
    # (Its own data dir: a session's fixture is made before `isolated` points the user's
    # elsewhere, and wrote the read state of the real one.)
    data = tmp_path_factory.mktemp("seeded-data")
    with Workspace(Config(), cache_dir=folder, data_dir=data) as ws:
        ws.analyser = analyser
        ws.sync([SEEDS])
        ws.stories(ws.ids)
    return folder


@pytest.fixture
def warm_cache(tmp_path: Path, seeded_cache: Path) -> Path:
    """A private copy of the seeded cache."""
    target = tmp_path / "warm-cache"
    shutil.copytree(seeded_cache, target)
    return target


@pytest.fixture
def workspace(tmp_path: Path, analyser: Analyser) -> Iterator[Workspace]:
    """A workspace on a fresh cache that reuses the session's loaded pipeline."""
    ws = Workspace(Config(), cache_dir=tmp_path / "cache")
    ws.analyser = analyser
    yield ws
    ws.close()


# Pilot helpers, shared by the app's tests ---------------------------------------------

SIZE = (120, 36)


def build(
    warm_cache: Path, tmp_path: Path, sources: list[str] | None = None, **settings: object
) -> BriefingApp:
    config = Config(export_dir=str(tmp_path / "exports"), **settings)  # type: ignore[arg-type]
    return listen(
        make_app(
            config,
            sources=sources or [],
            config_path=tmp_path / "config.yaml",
            cache_dir=warm_cache,
        )
    )


class Heard(NamedTuple):
    message: str
    title: str
    severity: str


_HEARD: weakref.WeakKeyDictionary[BriefingApp, list[Heard]] = weakref.WeakKeyDictionary()


def listen(app: BriefingApp) -> BriefingApp:
    """Keep what the app notifies (every widget's `notify` goes through the app's)."""
    heard = _HEARD.setdefault(app, [])
    notify = app.notify

    def kept(message: str, *, title: str = "", severity: str = "information", **kw: Any) -> None:
        heard.append(Heard(message, title, severity))
        notify(message, title=title, severity=severity, **kw)  # type: ignore[arg-type]

    app.notify = kept  # type: ignore[method-assign]
    return app


def heard(app: BriefingApp) -> list[Heard]:
    """What the app has notified since `listen` (which `build` calls)."""
    return _HEARD[app]


async def wait_until(pilot, condition, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    """Wait until `condition()` holds, however loaded the machine (a fixed pause is not
    enough on a busy one)."""
    for _ in range(int(seconds / 0.1)):
        if condition():
            return
        await pilot.pause(0.1)
    raise AssertionError("waited in vain")


async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the scan has filled the list and the workers are idle."""
    app = pilot.app
    for _ in range(200):
        await pilot.pause(0.05)
        if app.query_one(ArticleList).shown and not app.workers and briefed(app):
            break
    await app.workers.wait_for_complete()
    await pilot.pause()


def briefed(app: BriefingApp) -> bool:
    """Whether the briefing pane shows the current scope (it is debounced and built off-thread)."""
    briefings = app.main.briefings
    key = briefings.current
    built = briefings.built.get(key) if key is not None else None
    pane = app.query_one(BriefingPane)
    if built is None:
        # A scan forgets the briefings built; an article's or a story's is built again
        # when the cursor settles, so with none on its way the pane shows it still (`ready`
        # had waited its whole 10 s after each `r`).
        return briefings.building != key and bool(pane.markdown) and not app.workers
    told = {built.shown(analysing=a, filtered=f) for a in (True, False) for f in (True, False)}
    if pane.markdown not in told:
        return False
    from textual.widgets import Markdown

    rendered = pane.query(Markdown)  # its blocks are mounted after the text is set
    return not built.markdown or bool(rendered and rendered.first().children)


async def settled(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the article pane, which is drawn once the list cursor rests."""
    await pilot.pause(ARTICLE_DELAY * 3)


def titles(app: BriefingApp) -> list[str]:
    return [a.title for a in app.query_one(ArticleList).shown]


def slow_builds(app: BriefingApp, seconds: float = 0.5) -> None:
    """Make each briefing build take `seconds` longer, as one of many articles does."""
    build_now = app.main._built

    def slowly(*args: Any) -> Any:
        time.sleep(seconds)
        return build_now(*args)

    app.main._built = slowly  # type: ignore[method-assign,assignment]


def burst(app: Any, *keys: str) -> None:
    """Keys typed in one instant (a paste, `tmux send-keys`), as the terminal's driver
    posts them: all queued before the first is handled."""
    from textual import events

    names = {"/": "slash", "\n": "enter", "\b": "backspace", "\x1b": "escape", "\t": "tab"}
    for key in keys:
        typed = events.Key(names.get(key, key), key if key not in "\n\b\x1b" else None)
        typed.set_sender(app)
        app.post_message(typed)
