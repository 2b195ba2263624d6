"""The headless sub-commands of `briefing`: each takes the parsed arguments (`cli`) and returns
the exit code. Imported only when one runs, so the app's start does not load them."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from briefing.as_json import date_json, event_date, event_json, main_event_json, told_json
from briefing.config import Config, init_config, load_config, located
from briefing.core.models import Briefing, Digest, SyncReport
from briefing.core.workspace import is_url, url_problem
from briefing.errors import BriefingError, ConfigError
from briefing.paths import shown
from briefing.printable import printable, printable_lines


def _load(args: argparse.Namespace) -> Config:
    return load_config(args.config, cache_dir=getattr(args, "cache_dir", None))


def _workspace(args: argparse.Namespace) -> Any:
    from briefing.core.workspace import Workspace

    return Workspace(
        _load(args),
        cache_dir=getattr(args, "cache_dir", None),
        data_dir=getattr(args, "data_dir", None),
    )


def _jsonl_progress(done: int, total: int) -> None:
    print(json.dumps({"done": done, "total": total}), flush=True)


def _sync(ws: Any, given: Sequence[str], *, jsonl: bool = False, fetch: bool = False) -> SyncReport:
    """Sync with a progress bar on a terminal; print each failure as one line on stderr.
    Only `ingest` fetches (`fetch`): the other commands read what is stored."""
    for notice in ws.notices:
        print(f"briefing: {printable(notice)}", file=sys.stderr)
    if jsonl:
        report: SyncReport = ws.sync(given, progress=_jsonl_progress, fetch=fetch)
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
        if jsonl:
            print(json.dumps({"error": str(error)}), flush=True)
    for notice in report.notices:
        print(f"briefing: {printable(notice)}", file=sys.stderr)
        if jsonl:  # the app's analysis child: the app hears it too
            print(json.dumps({"notice": notice}), flush=True)
    return report


def _exit_code(report: SyncReport) -> int:
    return 1 if report.failed else 0


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_ingest(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
        report = _sync(
            ws, args.paths, jsonl=args.progress_jsonl, fetch=not getattr(args, "offline", False)
        )
    print(report.summary())
    return _exit_code(report)


def cmd_articles(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
        report = _sync(ws, args.paths)
        rows = ws.articles()
    if args.json:
        _print_json([asdict(row) for row in rows])
    else:
        for row in rows:
            source = row.source or Path(row.path.split("#")[0]).name
            line = f"{row.date or '----------'}  {source[:24]:<24}  {row.title}"
            print(printable(line))
    return _exit_code(report)


def _resolved(args: argparse.Namespace) -> tuple[SyncReport, Any, list[Any], Any]:
    """Sync, then load the articles with their analyses and name each actor once."""
    with _workspace(args) as ws:
        report = _sync(ws, args.paths)
        items = ws.loaded(ws.ids)
        return report, ws, items, ws.resolution(items)


def cmd_entities(args: argparse.Namespace) -> int:
    labels = _load(args).labels
    report, _, items, resolution = _resolved(args)
    paths = {article.id: article.path for article, _ in items}
    entities = [e for e in resolution.entities if e.label in labels]
    if args.json:
        _print_json(
            [
                {
                    "name": e.name,
                    "label": e.label,
                    "aliases": list(e.aliases),
                    "role": e.role,
                    "roles": list(e.roles),
                    "mentions": e.mentions,
                    "articles": [paths[a] for a in e.articles],
                }
                for e in entities
            ]
        )
        return _exit_code(report)
    for label in labels:
        chosen = [e for e in entities if e.label == label]
        if chosen:
            print(label)
        for e in chosen:
            role = f", {e.role}" if e.role else ""
            n = len(e.articles)
            line = f"  {e.mentions:>5}  {e.name}{role}  ({n} article{'s' if n != 1 else ''})"
            if e.aliases:
                line += f"  also: {'; '.join(e.aliases)}"
            print(printable(line))
    return _exit_code(report)


def cmd_events(args: argparse.Namespace) -> int:
    report, ws, items, resolution = _resolved(args)
    events = [e for a, analysis in items for e in ws.events(a, analysis, resolution)]
    if args.json:
        _print_json([event_json(e) for e in events])
        return _exit_code(report)
    for e in ws.timeline(events):
        said = not e.where or e.where_from_dateline or e.where in e.what  # ("in Munich")
        place = "" if said else f" in {e.where}"
        line = f"{event_date(e)}  {e.who or '?'} {e.what}{place}  [{Path(e.path).name}]"
        print(printable(line))
    return _exit_code(report)


def cmd_analyse(args: argparse.Namespace) -> int:
    out: list[dict[str, Any]] = []
    report, ws, items, resolution = _resolved(args)
    for article, analysis in items:
        body = article.body
        main = ws.main_event(article, analysis, resolution)
        out.append(
            {
                "id": article.id,
                "path": article.path,
                "title": article.title,
                "date": article.date,
                "source": article.source,
                "url": article.url,
                "credits": list(article.credits),
                "entities": [asdict(m) for m in analysis.mentions],
                "dates": [date_json(d) for d in analysis.dates],
                "sentences": [
                    {"start": s.start, "end": s.end, "text": body[s.start : s.end]}
                    for s in analysis.sentences
                ],
                "events": [event_json(e) for e in ws.events(article, analysis, resolution)],
                "main_event": main_event_json(main),
            }
        )
    if args.json:
        _print_json(out)
    else:
        for item in out:
            labels = Counter(e["label"] for e in item["entities"])
            counts = ", ".join(f"{n} {label}" for label, n in labels.most_common())
            print(printable(item["path"]))
            print(printable(f"  {item['date'] or 'undated'}  {item['title']}"))
            n = len(item["sentences"])
            print(f"  {n} sentence{'s' if n != 1 else ''}; {counts or 'no entities'}")
            main = item["main_event"]
            if main:
                line = f"  main event: {main['who']} {main['what']}"
                line += f" ({main['when_date'] or 'undated'}, {main['where'] or 'no place'})"
                print(printable(line))
    return _exit_code(report)


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


def cmd_stories(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
        report = _sync(ws, args.paths)
        stories = ws.stories(ws.ids)
    if args.json:
        _print_json([asdict(s) for s in stories])
        return _exit_code(report)
    for s in stories:
        first, last = s.first_date or "undated", s.last_date or "undated"
        span = first if first == last else f"{first} to {last}"
        n = len(s.articles)
        print(printable(f"{s.id}  {span}  {n} article{'s' if n != 1 else ''}  {s.title}"))
        if s.actors:
            print(printable(f"          {', '.join(s.actors)}"))
        for path in s.paths:
            print(printable(f"          {shown(path, os.getcwd())}"))
    return _exit_code(report)


def cmd_brief(args: argparse.Namespace) -> int:
    _check_options(args)
    with _workspace(args) as ws:
        report = _sync(ws, args.paths)
        ids = _some_articles(args, _selected(ws, args.entity, args.story), report)
        told = _told(ws, ids, one_story=bool(args.story), new=args.new)
        if args.new and args.mark_read:
            ws.mark_read(ids)
        if args.json:
            _print_json(told_json(told))
        else:
            markdown = printable_lines(ws.render(told, base=os.getcwd()))
            if sys.stdout.isatty() and not args.markdown:
                _print_rendered(markdown)
            else:
                print(markdown, end="")
    return _exit_code(report)


def _some_articles(args: argparse.Namespace, ids: list[str], report: SyncReport) -> list[str]:
    """`ids`, unless there are none: no briefing of nothing (an empty file saved)."""
    if not ids:
        where = ", ".join(map(str, args.paths)) or "the configured sources"
        readable = " readable" if report.failed else ""  # each unreadable one said above
        raise BriefingError(f"no{readable} articles in {where}: nothing to brief")
    return ids


def _told(ws: Any, ids: list[str], *, one_story: bool, new: bool = False) -> Briefing | Digest:
    """The briefing of one story (`--story`), the digest of what is new (`--new`), else the
    briefing or digest the articles call for."""
    if new:
        fresh: Digest = ws.news(ids)
        return fresh
    told: Briefing | Digest = ws.briefing(ids) if one_story else ws.summary(ids)
    return told


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
    with _workspace(args) as ws:
        report = _sync(ws, args.paths)
        ids = _some_articles(args, _selected(ws, args.entity, args.story), report)
        told = _told(ws, ids, one_story=bool(args.story), new=args.new)
        if isinstance(told, Digest) and not told.stories:
            print("briefing: nothing is new: nothing saved", file=sys.stderr)
            return _exit_code(report)
        title, text = told.title, ws.render(told)
        try:
            path, written = ws.save(title, text, path=args.out, force=args.force)
        except OSError as exc:
            raise BriefingError(f"cannot save the briefing: {exc}") from None
        if args.new and args.mark_read:
            ws.mark_read(ids)
    if not written:
        print(f"briefing: the same briefing is saved there already: {path}", file=sys.stderr)
    print(path)
    return _exit_code(report)


def cmd_config(args: argparse.Namespace) -> int:
    path: Path = args.config
    if args.action == "path":
        print(path)
    elif args.action == "init":
        init_config(path)
        print(f"wrote {path}")
    else:
        from briefing.core.analysis.pipeline import untagged

        config = _load(args)
        unknown = untagged(config.pipeline, config.labels)
        if unknown:  # highlighted nowhere: the pipeline never tags them
            raise ConfigError(f"{located(path, 'labels')}: key 'labels': {unknown}")
        state = "ok" if path.exists() else "ok (no file: the defaults apply)"
        print(f"{path}: {state}")
    return 0


def _count(n: int, word: str) -> str:
    """ "1 file", "2 files", "1 analysis", "0 analyses"."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {word[:-2] + 'es' if word.endswith('is') else word + 's'}"


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def cmd_cache(args: argparse.Namespace) -> int:
    if args.json and args.action != "info":
        raise BriefingError("--json goes with 'cache info' (prune prints one line)")
    if args.dry_run and args.action != "prune":
        raise BriefingError("--dry-run goes with 'cache prune'")
    with _workspace(args) as ws:
        if args.action == "info":
            info = ws.cache_info()
            if args.json:
                _print_json(asdict(info))
                return 0
            print(printable(f"{info.path}: {_megabytes(info.size_bytes)}"))
            print(f"  {_count(info.articles, 'article')} from {_count(info.files, 'file')}")
            print(f"  {_count(info.analyses, 'analysis')} by this code and pipeline")
            print(
                f"  {_count(info.stale_analyses, 'stale analysis')} (other code or pipeline), "
                f"{info.replaced_analyses} of them replaced by a new one"
            )
            gone = _count(info.gone_articles, "article")
            print(f"  {_count(info.gone_files, 'file')} gone, holding {gone}")
            return 0
        pruned = ws.prune(dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    line = (
        f"{verb} {_count(pruned.analyses, 'analysis')} and {_count(pruned.articles, 'article')} "
        f"of {_count(pruned.files, 'file')} gone"
    )
    if not args.dry_run:
        line += f"; {_megabytes(pruned.size_before)} -> {_megabytes(pruned.size_after)}"
    print(line)
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    from briefing import config_sources

    path: Path = args.config
    target = args.target
    if args.action == "list":
        if target:
            raise BriefingError("'sources list' takes no argument")
        config = _load(args)
        with _workspace(args) as ws:
            for source, state in ws.source_states(list(config.sources)):
                print(printable(f"{source}  ({state})"))
        if not config.sources:
            print(f"no sources in {path}: the sample articles are read", file=sys.stderr)
        return 0
    if not target:
        raise BriefingError(
            f"'sources {args.action}' needs a {'file' if args.action == 'import' else 'URL'}"
        )
    if args.action == "import":
        feeds = []
        for url, title in config_sources.opml_feeds(Path(target).expanduser()):
            wrong = url_problem(url)
            if wrong:
                print(printable(f"briefing: {target}: {url}: {wrong}; left out"), file=sys.stderr)
            else:
                feeds.append((url, title))
        added = config_sources.add(path, feeds)
        print(f"added {len(added)} of the {len(feeds)} feeds of {target} to {path}")
        return 0
    if not is_url(target):
        raise BriefingError(f"'{target}' is not a web address (http:// or https://)")
    wrong = url_problem(target)
    if wrong and args.action == "add":
        raise BriefingError(f"{target}: {wrong}")
    if args.action == "add":
        added = config_sources.add(path, [(target, "")])
        print(f"{'added' if added else 'already listed'}: {target} ({path})")
        return 0
    if config_sources.remove(path, target):
        print(f"removed: {target} ({path}); what was fetched from it stays stored")
        return 0
    raise BriefingError(f"{target} is not among the sources of {path}")


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "ingest": cmd_ingest,
    "articles": cmd_articles,
    "entities": cmd_entities,
    "events": cmd_events,
    "stories": cmd_stories,
    "brief": cmd_brief,
    "export": cmd_export,
    "analyse": cmd_analyse,
    "config": cmd_config,
    "cache": cmd_cache,
    "sources": cmd_sources,
}
