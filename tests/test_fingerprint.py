"""The cache's fingerprint comes from the code: change a module whose output is stored and
every article is analysed again; change nothing and none is."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import briefing
from briefing.core.analysis.pipeline import STORED_BY

PACKAGE = Path(briefing.__file__).resolve().parent
SEEDS = PACKAGE.parent / "seeds" if (PACKAGE.parent / "seeds").is_dir() else PACKAGE / "seeds"


def _closure(roots: list[str]) -> set[str]:
    """The briefing modules these modules import, directly or not, as file paths."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        path = PACKAGE.parent / (name.replace(".", "/") + ".py")
        if not path.is_file() or str(path) in seen:
            continue
        seen.add(str(path))
        text = path.read_text(encoding="utf-8")
        pattern = r"^\s*from (briefing[\w.]*) import (?:\(([^)]*)\)|([\w, ]+))"
        for module, *names in re.findall(pattern, text, re.M):
            todo.append(module)
            todo += [f"{module}.{n.strip()}" for n in "".join(names).split(",")]  # modules too
    return {str(Path(p).relative_to(PACKAGE.parent)) for p in seen}


def test_stored_by_is_the_whole_import_closure_of_the_analysis() -> None:
    roots = ["briefing.core.analysis.analyser", "briefing.core.store.codec"]
    assert set(STORED_BY) == _closure(roots)


def _ingest(package_parent: Path, cache: Path, config: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--config", str(config), "--cache-dir", str(cache),
         "ingest", str(SEEDS)],
        env=env, capture_output=True, text=True, timeout=600, cwd=package_parent,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_editing_an_extractor_has_a_real_ingest_analyse_again(tmp_path: Path) -> None:
    copy = tmp_path / "code"
    shutil.copytree(PACKAGE, copy / "briefing", ignore=shutil.ignore_patterns("__pycache__"))
    cache, config = tmp_path / "cache", tmp_path / "config.yaml"
    assert _ingest(copy, cache, config) == "2 analysed, 0 from cache, 0 failed"
    assert _ingest(copy, cache, config) == "0 analysed, 2 from cache, 0 failed"
    frames = copy / "briefing" / "core" / "extract" / "frames.py"
    frames.write_text(frames.read_text() + "\n# An edit: what is stored may differ now.\n")
    assert _ingest(copy, cache, config) == "2 analysed, 0 from cache, 0 failed"
    # A module whose output is not stored (the briefing) changes nothing in the cache.
    build = copy / "briefing" / "core" / "brief" / "build.py"
    build.write_text(build.read_text() + "\n# An edit of the briefing only.\n")
    assert _ingest(copy, cache, config) == "0 analysed, 2 from cache, 0 failed"


def test_max_words_is_part_of_the_fingerprint(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    config = tmp_path / "config.yaml"
    assert _ingest(PACKAGE.parent, cache, config) == "2 analysed, 0 from cache, 0 failed"
    config.write_text("max_words: 1000\n")
    assert _ingest(PACKAGE.parent, cache, config) == "2 analysed, 0 from cache, 0 failed"
