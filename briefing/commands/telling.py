"""The commands that tell a selection: brief (print it) and export (save it as Markdown)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from briefing.as_json import told_json
from briefing.commands.running import exit_code, print_json, sync, workspace_of
from briefing.core.models import Briefing, Digest, SyncReport
from briefing.errors import BriefingError
from briefing.fileio import reason
from briefing.printable import printable_lines


def _selected(ws: Any, name: str | None, story: str | None = None) -> list[str]:
    """The synced articles; those of one story; those that name the entity `name`."""
    ids = list(ws.ids)
    if story:
        grouped = ws.stories(ids)  # (placing what arrived may merge the story: then)
        wanted = ws.story_id(story)  # a story merged since answers to its new id
        found = [s for s in grouped if s.id == wanted]
        if not found:
            raise BriefingError(f"no story '{story}' in these articles (see: briefing stories)")
        ids = list(found[0].articles)
    if not name:
        return ids
    resolution = ws.resolution(ws.loaded(ids))
    wanted = name.casefold()
    exact = [
        e for e in resolution.entities if wanted in {f.casefold() for f in (e.name, *e.aliases)}
    ]
    # "Kudashev" finds "Nikolay Kudashev": every word of the query is a word of the name.
    words = set(wanted.split())
    loose = [e for e in resolution.entities if words <= set(e.name.casefold().split())]
    for entity in exact or loose:
        return sorted(ws.mentioning(ids, entity), key=ids.index)
    raise BriefingError(f"no actor named '{name}' in these articles (see: briefing entities)")


def cmd_brief(args: argparse.Namespace) -> int:
    _check_options(args)
    with workspace_of(args) as ws:
        report, ids, told = _told_of(args, ws)
        if args.new and args.mark_read:
            ws.mark_read(ids)
        if args.json:
            print_json(told_json(told))
        else:
            markdown = printable_lines(ws.render(told, base=os.getcwd()))
            if sys.stdout.isatty() and not args.markdown:
                _print_rendered(markdown)
            else:
                print(markdown, end="")
    return exit_code(report)


def _some_articles(args: argparse.Namespace, ids: list[str], report: SyncReport) -> list[str]:
    """`ids`, unless there are none: no briefing of nothing (an empty file saved)."""
    if not ids:
        where = ", ".join(map(str, args.paths)) or "the configured sources"
        readable = " readable" if report.failed else ""  # each unreadable one said above
        raise BriefingError(f"no{readable} articles in {where}: nothing to brief")
    return ids


def _told_of(args: argparse.Namespace, ws: Any) -> tuple[SyncReport, list[str], Briefing | Digest]:
    """Sync, then tell the articles chosen (`--story`, `--entity`): the briefing of one story,
    the digest of what is new (`--new`), else the briefing or digest the articles call for.
    Returns the sync's report, the articles told and what tells them."""
    report = sync(ws, args.paths)
    ids = _some_articles(args, _selected(ws, args.entity, args.story), report)
    if args.new:
        return report, ids, ws.news(ids)
    return report, ids, ws.briefing(ids) if args.story else ws.summary(ids)


def _check_options(args: argparse.Namespace) -> None:
    """Options that cannot be meant together, or an empty name: said, not ignored."""
    for option, value in (("--entity", args.entity), ("--story", args.story)):
        if value is not None and not value.strip():
            raise BriefingError(f"{option} needs a name (see: briefing entities, stories)")
    out = getattr(args, "out", None)
    if out is not None and not out.strip():
        raise BriefingError("--out needs a file or a folder")
    if getattr(args, "json", False) and getattr(args, "markdown", False):
        raise BriefingError("--json and --markdown do not go together (one output at a time)")
    if args.mark_read and not args.new:
        raise BriefingError("--mark-read goes with --new")
    if args.new and args.story:
        raise BriefingError("--new and --story do not go together (--new tells every story)")


def _print_rendered(markdown: str) -> None:
    """The briefing as a terminal shows Markdown (Rich): headings, bold, lists, links."""
    from rich.console import Console
    from rich.markdown import Markdown

    Console().print(Markdown(markdown))


def cmd_export(args: argparse.Namespace) -> int:
    _check_options(args)
    with workspace_of(args) as ws:
        report, ids, told = _told_of(args, ws)
        if isinstance(told, Digest) and not told.stories:
            print("briefing: nothing is new: nothing saved", file=sys.stderr)
            return exit_code(report)
        title, text = told.title, ws.render(told)
        try:
            path, written = ws.save(title, text, path=args.out, force=args.force)
        except OSError as exc:  # (where it was asked to go: the folder, else the file)
            where = f"as {args.out}" if args.out else f"in {ws.export_path(title).parent}"
            raise BriefingError(f"cannot save the briefing {where}: {reason(exc)}") from None
        if args.new and args.mark_read:
            ws.mark_read(ids)
    if not written:
        print(f"briefing: the same briefing is saved there already: {path}", file=sys.stderr)
    print(path)
    return exit_code(report)
