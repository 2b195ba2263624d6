"""What every headless command does: its config and workspace, the sync with progress and
failures said on stderr, the exit code, JSON out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from briefing.config import Config, load_config
from briefing.core.models import IngestError, SyncReport
from briefing.printable import printable


def config_of(args: argparse.Namespace) -> Config:
    """The config the arguments name (`--config`), parsed."""
    return load_config(args.config, cache_dir=getattr(args, "cache_dir", None))


def workspace_of(args: argparse.Namespace) -> Any:
    """The workspace of the arguments' config, cache and data folders."""
    from briefing.core.workspace import Workspace

    return Workspace(
        config_of(args),
        cache_dir=getattr(args, "cache_dir", None),
        data_dir=getattr(args, "data_dir", None),
    )


def _jsonl_progress(done: int, total: int) -> None:
    print(json.dumps({"done": done, "total": total}), flush=True)


def sync(ws: Any, given: Sequence[str], *, jsonl: bool = False, fetch: bool = False) -> SyncReport:
    """Sync with a progress bar on a terminal; print each failure as one line on stderr.
    Only `ingest` fetches (`fetch`): the other commands read what is stored."""
    for notice in ws.notices:
        print(f"briefing: {printable(notice)}", file=sys.stderr)
    said: set[str] = set()  # (the app's child: what failed to fetch, said before analysing)

    def fetched(errors: Sequence[IngestError]) -> None:
        for error in errors:
            print(json.dumps({"error": str(error)}), flush=True)
            said.add(str(error))

    if jsonl:
        report: SyncReport = ws.sync(
            given, progress=_jsonl_progress, fetch=fetch, on_fetched=fetched
        )
    elif sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("Analysing", total=None)
            report = ws.sync(
                given,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                fetch=fetch,
            )
    else:
        report = ws.sync(given, fetch=fetch)
    for error in report.errors:
        print(f"briefing: {printable(str(error))}", file=sys.stderr)
        if jsonl and str(error) not in said:
            print(json.dumps({"error": str(error)}), flush=True)
    for notice in report.notices:
        print(f"briefing: {printable(notice)}", file=sys.stderr)
        if jsonl:  # the app's analysis child: the app hears it too
            print(json.dumps({"notice": notice}), flush=True)
    return report


def exit_code(report: SyncReport) -> int:
    """1 when a source could not be read, else 0."""
    return 1 if report.failed else 0


def print_json(data: Any) -> None:
    """`data` as indented JSON on stdout."""
    print(json.dumps(data, ensure_ascii=False, indent=2))
