"""App speed and memory with 10,000 cached articles, as ratios measured in one run.

Usage: python benchmarks/tui.py [--articles 10000] [--keys 200]

Builds a folder of short synthetic articles and analyses them into a fresh cache (real
spaCy, two processes), then, each in its own process (headless, 120x36, driven by an
auto-pilot):

- bare:  a Textual app with one Static: time until its first frame;
- ours:  the `briefing` command as a user starts it (`cli.main`: arguments, config, app) on
         the full cache: time until the first frame showing the article list
         (the warm start: no analysis, no spaCy; the newest screenful, the whole list
         follows), how many articles the list then holds, its peak RSS, whether spaCy was imported,
         and the median time per key press moving down the list --keys times. A key is
         posted as the binding's action and timed until the screen is idle again (Pilot's
         own `press` adds ~43 ms of waiting, PERF-NOTES); then the median CPU of picking an
         entity --picks times (the article list filtered to the articles naming it: here all
         10,000, the dearest case), each until idle, the filter cleared between picks.

Waiting until idle (`pilot.pause`) calls on every widget of the screen, so it costs more on
ours (~50 widgets: panes, footer keys) than on a bare list (3), though no user's key pays it.
Before each key the same wait is timed with no key: `key_own_median_cpu_ms` is the median of
(key + wait) - (wait alone), `key_own_cpu_ratio` compares those; `key_cpu_ratio` the totals.
An entity pick is compared the same two ways with the bare list filtered as a bare app
filters it, its options replaced by the 10,000 rows kept (`entity_own_cpu_ratio`,
`entity_cpu_ratio`), and with the bare list's key (`entity_vs_key_own_cpu_ratio`,
`entity_vs_key_cpu_ratio`): the stricter aim, a filter costing what a key press costs.

First paint is taken --paint-runs times for each app, alternating (these machines are
noisy): the ratio is of the medians. Prints one JSON object with both times, their ratio,
the key figures and peak RSS.
"""

# ruff: noqa: E402  (the clock starts before the imports, which first paint includes)
from __future__ import annotations

import time

PROCESS_START = time.perf_counter()  # before any import: first paint counts imports too

import argparse
import asyncio
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def make_corpus(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for i in range(count):
        day = 1 + i % 28
        (folder / f"{i:05d}.txt").write_text(
            f"date 2021-09-{day:02d} Delegation {i} from Norway visits Geneva. Officials from "
            f"{i % 50} countries met Antonio Guterres in Geneva on Monday to discuss trade, "
            f"the ministry said in a statement.\n\nThe talks will resume in October."
        )


FIRST_FRAME: list[float] = []


def watch_first_frame(ready: Callable[[Any], bool]) -> None:
    """Record when the app first sends a frame to the terminal for which `ready(app)` holds.

    Headless apps still build every frame and hand it to `App._display` (which then skips the
    terminal write): that call is the first paint. Waiting for "idle" instead would also wait
    for the background scan that follows the first paint.
    """
    from textual.app import App

    original = App._display

    def display(self: Any, screen: Any, renderable: Any) -> None:
        if renderable is not None and not FIRST_FRAME and ready(self):
            FIRST_FRAME.append(time.perf_counter() - PROCESS_START)
        original(self, screen, renderable)

    App._display = display  # type: ignore[method-assign]


def rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


class Timings:
    """Wall and CPU seconds of actions, each until the screen is idle, and before each the
    CPU of waiting for idle with no action. Pilot's wait calls on every widget of the screen
    (Footer keys, panes...): an action's own cost is the difference."""

    def __init__(self) -> None:
        self.walls: list[float] = []
        self.cpus: list[float] = []
        self.idles: list[float] = []

    async def take(self, pilot, act) -> None:  # type: ignore[no-untyped-def]
        c0 = time.process_time()
        await pilot.pause()
        self.idles.append(time.process_time() - c0)
        w0, c0 = time.perf_counter(), time.process_time()
        result = act()
        if asyncio.iscoroutine(result):
            await result
        await pilot.pause()
        self.walls.append(time.perf_counter() - w0)
        self.cpus.append(time.process_time() - c0)

    def lists(self) -> dict[str, list[float]]:
        return {"walls": self.walls, "cpus": self.cpus, "idles": self.idles}


async def press_down(pilot, target, keys: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    """`cursor_down` on `target`, --keys times (`Timings`)."""
    timings = Timings()
    for _ in range(keys):
        await timings.take(pilot, lambda: pilot.app.run_action("cursor_down", target))
    return timings.lists()


async def pick_entity(pilot, picks: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds per entity pick (the first entity of the current article), each
    until the screen is idle (its notice shown), and the idle wait alone before each; the
    filter and the notice are cleared (untimed) between picks."""
    from briefing.tui.widgets.entity_list import EntityList

    app = pilot.app
    entities = app.query_one(EntityList)
    for _ in range(1500):  # the article under the cursor is drawn once the cursor rests;
        # the names of all the articles are read in the background after the scan
        if entities.option_count and app.screen.resolution is not None:
            break
        await pilot.pause(0.02)
    timings = Timings()
    for _ in range(picks):
        entities.focus()
        entities.highlighted = 0
        # The last pick's notice gone and its timers run: no reader picks 20 in 4 seconds.
        app.clear_notifications()
        await pilot.pause(0.3)
        await timings.take(pilot, entities.action_select)
        app.screen.action_clear_filter()
        await pilot.pause()
    return timings.lists()


def key_figures(times: dict[str, list[float]], name: str = "key") -> dict[str, float]:
    walls, cpus, idles = times["walls"], times["cpus"], times["idles"]
    if not cpus:
        return {}
    return {
        f"{name}_median_cpu_ms": round(statistics.median(cpus) * 1000, 2),
        f"{name}_p90_cpu_ms": round(sorted(cpus)[int(len(cpus) * 0.9)] * 1000, 2),
        f"{name}_median_wall_ms": round(statistics.median(walls) * 1000, 2),
        f"{name}_idle_wait_median_cpu_ms": round(statistics.median(idles) * 1000, 2),
        f"{name}_own_median_cpu_ms": round(
            statistics.median(k - i for k, i in zip(cpus, idles, strict=True)) * 1000, 2
        ),
    }


async def refill(pilot, target, picks: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    """The bare app's entity filter: its OptionList's rows replaced by the rows a filter
    keeps (here all of them, as in ours), each until idle, with the idle wait alone before."""
    rows = [target.get_option_at_index(i).prompt for i in range(target.option_count)]
    timings = Timings()

    def filtered() -> None:
        target.clear_options()
        target.add_options(rows)

    for _ in range(picks):
        await pilot.pause(0.3)
        await timings.take(pilot, filtered)
    return timings.lists()


def bare(count: int, keys: int, picks: int = 0) -> dict[str, object]:
    """One Static for first paint; then an OptionList of `count` rows for the key baseline,
    and the filter baseline: its rows replaced by those a filter keeps."""
    from textual.app import App, ComposeResult
    from textual.pilot import Pilot
    from textual.widgets import OptionList, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("hello")

    async def first_paint(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        pilot.app.exit()

    watch_first_frame(lambda app: True)
    Bare().run(headless=True, size=(120, 36), auto_pilot=first_paint)
    ready = FIRST_FRAME[0]

    class Listing(App[None]):
        def compose(self) -> ComposeResult:
            yield OptionList(*(f"2021-09-01  source  Article {i}" for i in range(count)))

    figures: dict[str, float] = {}

    async def move(pilot: Pilot[Any]) -> None:
        await pilot.pause(0.3)
        listing = pilot.app.query_one(OptionList)
        figures.update(key_figures(await press_down(pilot, listing, keys)))
        if picks:
            figures.update(key_figures(await refill(pilot, listing, picks), "entity"))
        pilot.app.exit()

    Listing().run(headless=True, size=(120, 36), auto_pilot=move)
    return {"first_paint_s": ready, **figures, "rss_mb": rss_mb()}


def ours(corpus: Path, cache: Path, keys: int, picks: int = 0) -> dict[str, object]:
    """The `briefing` command itself (`cli.main`), as a user starts it, run headless."""
    from textual.app import App
    from textual.pilot import Pilot

    from briefing import cli
    from briefing.tui.widgets.article_list import ArticleList

    # The main screen is composed after the app starts: until then it holds no list.
    watch_first_frame(lambda app: any(listing.shown for listing in app.query(ArticleList)))
    result: dict[str, object] = {}

    async def drive(pilot: Pilot[Any]) -> None:
        app = pilot.app
        while not FIRST_FRAME:
            await asyncio.sleep(0.002)
        listing = app.query_one(ArticleList)
        result.update(first_paint_s=FIRST_FRAME[0], first_paint_rows=len(listing.shown))
        if keys or picks:  # the first screenful came first; the whole listing follows
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            result["articles"] = len(listing.shown)
        if keys:
            result.update(key_figures(await press_down(pilot, listing, keys)))
            result["cursor_at"] = listing.highlighted
        if picks:
            result.update(key_figures(await pick_entity(pilot, picks), "entity"))
            result["entity_filter_rows"] = len(listing.shown)
        app.exit()

    run = App.run

    def headless(app: App[None], **_: object) -> None:
        run(app, headless=True, size=(120, 36), auto_pilot=drive)

    App.run = headless  # type: ignore[assignment,method-assign]
    cli._has_terminal = lambda: True  # headless: the benchmark's own output is a pipe
    # The article scope, as the baseline's list: on a fresh data folder all 10,000 articles
    # are unread, and the default scope would build the digest of what is new meanwhile.
    config = cache / "bench.yaml"
    if not config.exists():  # written once: a config file changed since the last start is
        config.write_text("scope: article\n")  # parsed again, which no warm start pays
    cli.main(["--config", str(config), "--cache-dir", str(cache), "open", str(corpus)])
    if keys or picks:
        result.update(imported_spacy="spacy" in sys.modules, rss_mb=rss_mb())
    return result


def compiled_copy(folder: Path) -> dict[str, str]:
    """The environment for children that import `briefing` as an installed copy: the package
    copied to `folder` with its bytecode compiled, as `pip install` leaves it. (Run from a
    checkout with PYTHONDONTWRITEBYTECODE set, every start would compile our modules from
    source, ~20 ms that no installed user pays, while Textual's bytecode is installed.)"""
    import briefing

    package = Path(briefing.__file__).parent
    shutil.copytree(package, folder / "briefing")
    for data in ("seeds", "themes"):  # shipped inside the package (pyproject's package-dir)
        source = package / data if (package / data).is_dir() else package.parent / data
        shutil.copytree(source, folder / "briefing" / data, dirs_exist_ok=True)
    compileall.compile_dir(str(folder / "briefing"), quiet=1)
    path = os.pathsep.join(p for p in (str(folder), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


CHILD_ENV: dict[str, str] | None = None


def run_child(*args: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True, text=True, check=True, env=CHILD_ENV,
    )  # fmt: skip
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--keys", type=int, default=200)
    parser.add_argument("--picks", type=int, default=20)
    parser.add_argument("--paint-runs", type=int, default=9)
    args = parser.parse_args()
    global CHILD_ENV
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        # Never the user's data folder (read state, fetched pages).
        CHILD_ENV = {**compiled_copy(tmp / "installed"), "BRIEFING_DATA_DIR": str(tmp / "data")}
        corpus, cache = tmp / "corpus", tmp / "cache"
        make_corpus(corpus, args.articles)
        env = {**CHILD_ENV, "BRIEFING_CACHE_DIR": str(cache)}
        subprocess.run(
            [sys.executable, "-m", "briefing", "--config", str(tmp / "none.yaml"), "ingest",
             str(corpus)],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        paints: dict[str, list[float]] = {"bare": [], "ours": []}
        for _ in range(max(args.paint_runs - 1, 0)):
            paints["bare"].append(float(run_child("bare", "0", "0")["first_paint_s"]))  # type: ignore[arg-type]
            paints["ours"].append(
                float(run_child("ours", str(corpus), str(cache), "0")["first_paint_s"])  # type: ignore[arg-type]
            )
        base = run_child("bare", str(args.articles), str(args.keys), str(args.picks))
        ours_result = run_child("ours", str(corpus), str(cache), str(args.keys), str(args.picks))
        for name, result in (("bare", base), ("ours", ours_result)):
            paints[name].append(float(result["first_paint_s"]))  # type: ignore[arg-type]
            result["first_paint_s"] = round(statistics.median(paints[name]), 3)
            result["first_paint_runs_s"] = [round(t, 3) for t in paints[name]]

    def ratio(key: str, base_key: str | None = None) -> float:
        mine, theirs = ours_result[key], base[base_key or key]
        return round(float(mine) / float(theirs), 2)  # type: ignore[arg-type]

    print(
        json.dumps(
            {
                "bare": base,
                "ours": ours_result,
                "first_paint_ratio": ratio("first_paint_s"),
                "key_cpu_ratio": ratio("key_median_cpu_ms"),
                "key_own_cpu_ratio": ratio("key_own_median_cpu_ms"),
                "entity_cpu_ratio": ratio("entity_median_cpu_ms"),
                "entity_own_cpu_ratio": ratio("entity_own_median_cpu_ms"),
                "entity_vs_key_cpu_ratio": ratio("entity_median_cpu_ms", "key_median_cpu_ms"),
                "entity_vs_key_own_cpu_ratio": ratio(
                    "entity_own_median_cpu_ms", "key_own_median_cpu_ms"
                ),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        if sys.argv[2] == "bare":
            picks = int(sys.argv[5]) if len(sys.argv) > 5 else 0
            print(json.dumps(bare(int(sys.argv[3]), int(sys.argv[4]), picks)))
        else:
            corpus, cache, keys = Path(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5])
            picks = int(sys.argv[6]) if len(sys.argv) > 6 else 0
            print(json.dumps(ours(corpus, cache, keys, picks)))
    else:
        main()
