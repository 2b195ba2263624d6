"""The commands that keep the setup: config, cache, sources."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from briefing.commands.running import config_of, print_json, workspace_of
from briefing.config import init_config, located
from briefing.core.workspace import is_url, url_problem
from briefing.errors import BriefingError, ConfigError
from briefing.printable import printable


def cmd_config(args: argparse.Namespace) -> int:
    path: Path = args.config
    if args.action == "path":
        print(path)
    elif args.action == "init":
        init_config(path)
        print(f"wrote {path}")
    else:
        from briefing.core.analysis.pipeline import untagged

        config = config_of(args)
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
    with workspace_of(args) as ws:
        if args.action == "info":
            info = ws.cache_info()
            if args.json:
                print_json(asdict(info))
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
        config = config_of(args)
        with workspace_of(args) as ws:
            for source, state in ws.source_states(list(config.sources)):
                print(printable(f"{source}  ({state})"))
        if not config.sources:
            print(f"no sources in {path}: the sample articles are read", file=sys.stderr)
        return 0
    if not target:
        raise BriefingError(
            f"'sources {args.action}' needs "
            + ("a file" if args.action == "import" else "a URL, a folder or a file")
        )
    if args.action == "import":
        listed = config_sources.opml_feeds(Path(target).expanduser())
        feeds: dict[str, str] = {}  # url -> title, each once
        wrong_ones = twice = 0
        for url, title in listed:
            wrong = url_problem(url)
            if wrong:
                wrong_ones += 1
                print(printable(f"briefing: {target}: {url}: {wrong}; left out"), file=sys.stderr)
            elif url in feeds:
                twice += 1
            else:
                feeds[url] = title
        added = config_sources.add(path, list(feeds.items()))
        # Of all the file lists: those left out are said above, the others are counted.
        note = [f"{wrong_ones} left out"] if wrong_ones else []
        if twice:
            note.append(f"{twice} listed twice")
        if len(feeds) > len(added):
            note.append(f"{len(feeds) - len(added)} there already")
        told = f" ({', '.join(note)})" if note else ""
        print(
            printable(f"added {len(added)} of the {len(listed)} feeds of {target} to {path}{told}")
        )
        return 0
    if not is_url(target):
        return _local_source(args.action, path, target)
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


def _local_source(action: str, path: Path, target: str) -> int:
    """`sources add|remove` of a folder or file: listed by its absolute path (a trial's
    `sources add ~/news` was refused as no web address)."""
    from briefing import config_sources

    local = Path(target).expanduser().resolve()
    if action == "add":
        if not local.exists():
            raise BriefingError(f"'{target}' is neither a web address nor a file or folder")
        added = config_sources.add(path, [(str(local), "")])
        print(printable(f"{'added' if added else 'already listed'}: {local} ({path})"))
        return 0
    for listed in (target, str(local)):
        if config_sources.remove(path, listed):
            print(printable(f"removed: {listed} ({path}); its files are left as they are"))
            return 0
    raise BriefingError(f"{target} is not among the sources of {path}")
