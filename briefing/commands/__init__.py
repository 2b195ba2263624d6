"""The headless sub-commands of `briefing`: each takes the parsed arguments (`cli`) and returns
the exit code. Imported only when one runs, so the app's start does not load them.

- `running`: what every command does (config, workspace, sync, exit code, JSON);
- `reading`: ingest, articles, entities, events, analyse, stories;
- `telling`: brief, export;
- `upkeep`: config, cache, sources.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from briefing.commands.reading import (
    cmd_analyse,
    cmd_articles,
    cmd_entities,
    cmd_events,
    cmd_ingest,
    cmd_stories,
)
from briefing.commands.telling import cmd_brief, cmd_export
from briefing.commands.upkeep import cmd_cache, cmd_config, cmd_sources

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
