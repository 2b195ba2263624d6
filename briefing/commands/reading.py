"""The commands that read the articles: ingest, articles, entities, events, analyse, stories."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

from briefing.as_json import date_json, event_date, event_json, main_event_json
from briefing.commands.running import config_of, exit_code, print_json, sync, workspace_of
from briefing.core.models import SyncReport
from briefing.paths import shown
from briefing.printable import printable


def cmd_ingest(args: argparse.Namespace) -> int:
    with workspace_of(args) as ws:
        report = sync(
            ws, args.paths, jsonl=args.progress_jsonl, fetch=not getattr(args, "offline", False)
        )
    print(report.summary())
    return exit_code(report)


def cmd_articles(args: argparse.Namespace) -> int:
    with workspace_of(args) as ws:
        report = sync(ws, args.paths)
        rows = ws.articles()
    if args.json:
        print_json([asdict(row) for row in rows])
    else:
        for row in rows:
            source = row.source or Path(row.path.split("#")[0]).name
            line = f"{row.date or '----------'}  {source[:24]:<24}  {row.title}"
            print(printable(line))
    return exit_code(report)


def _resolved(args: argparse.Namespace) -> tuple[SyncReport, Any, list[Any], Any]:
    """Sync, then load the articles with their analyses and name each actor once."""
    with workspace_of(args) as ws:
        report = sync(ws, args.paths)
        items = ws.loaded(ws.ids)
        return report, ws, items, ws.resolution(items)


def cmd_entities(args: argparse.Namespace) -> int:
    labels = config_of(args).labels
    report, _, items, resolution = _resolved(args)
    paths = {article.id: article.path for article, _ in items}
    entities = [e for e in resolution.entities if e.label in labels]
    if args.json:
        print_json(
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
        return exit_code(report)
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
    return exit_code(report)


def cmd_events(args: argparse.Namespace) -> int:
    report, ws, items, resolution = _resolved(args)
    events = [e for a, analysis in items for e in ws.events(a, analysis, resolution)]
    if args.json:
        print_json([event_json(e) for e in events])
        return exit_code(report)
    timeline = ws.timeline(events)
    if not timeline:  # (trial D: an article of 19 events printed nothing)
        undated = f"; {len(events)} without one: --json lists them" if events else ""
        print(f"no dated events in {_articles(len(items))}{undated}", file=sys.stderr)
    for e in timeline:
        said = not e.where or e.where_from_dateline or e.where in e.what  # ("in Munich")
        place = "" if said else f" in {e.where}"
        line = f"{event_date(e)}  {e.who or '?'} {e.what}{place}  [{Path(e.path).name}]"
        print(printable(line))
    return exit_code(report)


def _articles(count: int) -> str:
    return "this article" if count == 1 else f"these {count} articles"


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
                "entities": [
                    asdict(m) for m in ws.as_named(article.id, analysis, resolution).mentions
                ],
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
        print_json(out)
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
                said = main["what"]  # (a headline told whole names its who already)
                if main["who"] and not _same_words(said, item["title"]):
                    said = f"{main['who']} {said}"
                line = f"  main event: {said}"
                line += f" ({main['when_date'] or 'undated'}, {main['where'] or 'no place'})"
                print(printable(line))
    return exit_code(report)


def _same_words(what: str, title: str) -> bool:
    """Whether a main event's what is its headline told whole (the same words), or the
    headline's part after its label ("Analysis: Donald Trump and Barack Obama meet")."""
    words = re.findall(r"\w+", what.lower())
    return any(
        words == re.findall(r"\w+", part.lower()) for part in (title, title.rsplit(": ")[-1])
    )


def cmd_stories(args: argparse.Namespace) -> int:
    with workspace_of(args) as ws:
        report = sync(ws, args.paths)
        stories = ws.stories(ws.ids)
    if args.json:
        print_json([asdict(s) for s in stories])
        return exit_code(report)
    for s in stories:
        first, last = s.first_date or "undated", s.last_date or "undated"
        span = first if first == last else f"{first} to {last}"
        n = len(s.articles)
        print(printable(f"{s.id}  {span}  {n} article{'s' if n != 1 else ''}  {s.title}"))
        if s.actors:
            print(printable(f"          {', '.join(s.actors)}"))
        for path in s.paths:
            print(printable(f"          {shown(path, os.getcwd())}"))
    return exit_code(report)
