"""Analysis for the app, in a child process: spaCy never runs inside the app's own process.

PERF-NOTES: spaCy in a thread of the app doubled start-up, made single keys spike to ~90 ms
and once crashed the process at exit; in a child process keys stay at 2-4 ms. The child is
`briefing ingest` itself, reporting progress as JSON lines on stdout.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing.fileio import reason


def ingest_command(
    config_path: Path, cache_dir: Path, data_dir: Path, paths: Sequence[str], *, fetch: bool
) -> list[str]:
    """The command line of the child: the same config, cache, data folder and sources as the
    app; it fetches feeds and pages only when asked (`fetch`)."""
    return [
        sys.executable, "-m", "briefing",
        "--config", str(config_path), "--cache-dir", str(cache_dir), "--data-dir", str(data_dir),
        *(() if fetch else ("--offline",)),
        "ingest", "--progress-jsonl", *paths,
    ]  # fmt: skip


def run_ingest(
    command: list[str],
    on_progress: Callable[[int, int], None],
    on_start: Callable[[subprocess.Popen[str]], None] | None = None,
    on_notice: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> str | None:
    """Run the child to the end, passing its progress and notices on; return an error line,
    or None (also when it was `cancelled`: stopped on purpose, to start again).

    The child speaks JSON lines: `{"done": n, "total": m}` as it goes, `{"notice": text}` for
    what the user should hear (an article analysed in part), `{"error": text}` for a source
    that failed.
    """
    try:
        # Its own process group: spaCy's worker processes (two-process analysis) are ended
        # with it, and cannot keep its output open after it has gone.
        child = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
    except OSError as exc:
        return f"cannot start the analysis ({command[0]}): {reason(exc)}"
    if on_start:
        on_start(child)
    assert child.stdout is not None and child.stderr is not None
    for line in child.stdout:
        if cancelled():
            stop(child)
            return None
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if not isinstance(event, dict):
            continue
        if "done" in event:
            on_progress(int(event["done"]), int(event["total"]))
        for key in ("notice", "error"):
            if key in event and on_notice is not None:
                on_notice(str(event[key]))
    errors = child.stderr.read()
    code = child.wait()
    if cancelled():
        return None
    if code in (0, 1):  # 1: some files failed, which the app's own scan has reported already
        return None
    if code < 0:
        return "the analysis was stopped"
    last = errors.strip().splitlines()[-1:] or [f"exit code {code}"]
    return f"analysis failed: {last[0]}"


def stop(child: subprocess.Popen[str], timeout: float = 5) -> None:
    """End a child and the processes it started (its group), and wait for it; killed if it
    will not end in `timeout` seconds."""
    _signal_group(child, signal.SIGTERM)
    try:
        child.wait(timeout)
    except subprocess.TimeoutExpired:
        _signal_group(child, signal.SIGKILL)
        child.wait()
    _signal_group(child, signal.SIGKILL)  # a worker that outlived its parent


def _signal_group(child: subprocess.Popen[str], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(child.pid, sig)  # the child leads its own group (start_new_session)
