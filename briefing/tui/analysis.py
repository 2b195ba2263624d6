"""Analysis for the app, in a child process: spaCy never runs inside the app's own process.

PERF-NOTES: spaCy in a thread of the app doubled start-up, made single keys spike to ~90 ms
and once crashed the process at exit; in a child process keys stay at 2-4 ms. The child is
`briefing ingest` itself, reporting progress as JSON lines on stdout.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path


def ingest_command(config_path: Path, cache_dir: Path, paths: Sequence[str]) -> list[str]:
    """The command line of the child: the same config, cache and sources as the app."""
    return [
        sys.executable, "-m", "briefing",
        "--config", str(config_path), "--cache-dir", str(cache_dir),
        "ingest", "--progress-jsonl", *paths,
    ]  # fmt: skip


def run_ingest(
    command: list[str],
    on_progress: Callable[[int, int], None],
    on_start: Callable[[subprocess.Popen[str]], None] | None = None,
) -> str | None:
    """Run the child to the end, passing its progress on; return an error line, or None."""
    try:
        child = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    except OSError as exc:
        return f"cannot start the analysis: {exc}"
    if on_start:
        on_start(child)
    assert child.stdout is not None and child.stderr is not None
    for line in child.stdout:
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if "done" in event:
            on_progress(int(event["done"]), int(event["total"]))
    errors = child.stderr.read()
    code = child.wait()
    if code in (0, 1):  # 1: some files failed, which the app's own scan has reported already
        return None
    if code < 0:
        return "the analysis was stopped"
    last = errors.strip().splitlines()[-1:] or [f"exit code {code}"]
    return f"analysis failed: {last[0]}"
