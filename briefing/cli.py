"""The `briefing` command: the app by default, and headless sub-commands over the same core.

Exit codes: 0 all went well; 1 some files could not be read (the rest were cached);
2 a usage, config, pipeline or cache error, printed as one line; 130 interrupted.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from briefing import paths
from briefing.config import load_config, located, set_at
from briefing.errors import BriefingError, PipelineError
from briefing.printable import printable


def _paths(p: argparse.ArgumentParser, nargs: str = "*") -> None:
    p.add_argument(
        "paths",
        nargs=nargs,
        metavar="PATH",
        help="files, folders or globs (default: the configured sources, else the seeds)",
    )


def _data(nargs: str = "*") -> Callable[[argparse.ArgumentParser], None]:
    def define(p: argparse.ArgumentParser) -> None:
        _paths(p, nargs)
        p.add_argument("--json", action="store_true", help="print JSON")

    return define


def _selection(p: argparse.ArgumentParser) -> None:
    p.add_argument("--story", metavar="ID", help="only this story's articles (see: stories)")
    p.add_argument("--entity", metavar="NAME", help="only the articles that name this actor")
    p.add_argument("--new", action="store_true", help="the digest of what is new: unread articles")
    p.add_argument("--mark-read", action="store_true", help="with --new: then mark them read")


def _ingest(p: argparse.ArgumentParser) -> None:
    _paths(p)
    # For the app, which runs ingest as its analysis child: progress as JSON lines.
    p.add_argument("--progress-jsonl", action="store_true", help=argparse.SUPPRESS)


def _brief(p: argparse.ArgumentParser) -> None:
    _data()(p)
    _selection(p)
    p.add_argument(
        "--markdown",
        action="store_true",
        help="print the Markdown on a terminal too (a pipe or a file always gets it)",
    )


def _export(p: argparse.ArgumentParser) -> None:
    _paths(p)
    _selection(p)
    p.add_argument(
        "--out", metavar="FILE", help="where to write it (a folder: in it, under its usual name)"
    )
    p.add_argument("--force", action="store_true", help="overwrite an existing file")


def _config(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("init", "path", "check"))


def _sources(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("list", "add", "remove", "import"))
    p.add_argument("target", nargs="?", metavar="URL|FILE", help="the URL, or the OPML file")


def _cache(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=("info", "prune"))
    p.add_argument("--json", action="store_true", help="print JSON (info)")
    p.add_argument("--dry-run", action="store_true", help="say what prune would remove")


# Each command: what it does, and its arguments.
COMMAND_LINES: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "open": ("open the app (the default command)", _paths),
    "ingest": ("read and analyse articles into the cache", _ingest),
    "articles": ("list the articles", _data()),
    "entities": ("list the actors, organisations and places, one name each", _data()),
    "events": ("list the events (who did what, when, where), cited", _data()),
    "stories": ("group the articles into stories (the same real-world event)", _data()),
    "analyse": ("print each article's sentences, entities, dates and events", _data("+")),
    "brief": ("print the briefing: bottom line, key points, actors, timeline", _brief),
    "export": ("save the briefing as Markdown (never over an existing file)", _export),
    "config": ("create, locate or check the config file", _config),
    "cache": ("what the cache holds (info), or remove what it no longer needs (prune)", _cache),
    "sources": ("list, add or remove the config's sources, or import feeds from OPML", _sources),
}
COMMANDS = tuple(COMMAND_LINES)


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `only`, of that command alone (a start of the app
    needs no other: building all twelve took ~3 ms of its first paint)."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS keeps a sub-command's absent option from hiding one given before it.
    common.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="config file to use")
    common.add_argument(
        "--cache-dir", type=Path, default=argparse.SUPPRESS, help="folder of the cache"
    )
    common.add_argument(
        "--data-dir", type=Path, default=argparse.SUPPRESS, help="folder of the fetched pages"
    )
    common.add_argument(
        "--offline",
        action="store_true",
        default=argparse.SUPPRESS,
        help="fetch nothing: use the feeds and pages stored",
    )
    parser = argparse.ArgumentParser(
        prog="briefing",
        parents=[common],
        description="Sourced briefings from a folder of news articles, in the terminal.",
        epilog="With no command, opens the app: briefing [PATHS].",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (text, define) in COMMAND_LINES.items():
        if only is None or name == only:
            define(sub.add_parser(name, parents=[common], help=text, description=text))
    return parser


def _normalise_argv(argv: list[str]) -> tuple[list[str], str | None]:
    """`briefing [PATHS]` means `briefing open [PATHS]`: the words, and the command they
    name (None when help is asked for before any).

    Raises:
        _Usage: The word in the command's place is no command and names no sources.
    """
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg in ("-h", "--help"):
            return argv, None
        if arg in ("--config", "--cache-dir", "--data-dir"):
            index += 2
            continue
        if arg.startswith(("--config=", "--cache-dir=", "--data-dir=")) or arg == "--offline":
            index += 1
            continue
        if arg in COMMANDS:
            return argv, arg
        if not arg.startswith("-") and not _names_sources(arg):
            raise _Usage(
                f"'{arg}' is no command, nor a file, folder, matching glob or web address; "
                f"the commands: {', '.join(COMMANDS)} (briefing --help)"
            )
        break
    return [*argv[:index], "open", *argv[index:]], "open"


class _Usage(Exception):
    """A command line that means nothing: said in one line, exit code 2."""


def _names_sources(word: str) -> bool:
    """Whether a word in the command's place names sources: an existing path, a glob that
    matches, a web address."""
    if word.startswith(("http://", "https://")):
        return True
    path = os.path.expanduser(word)
    return os.path.exists(path) or (glob.has_magic(path) and bool(glob.glob(path)))


def _missing(path: Path) -> bool:
    """Whether no file is at `path` (a name too long or a folder unread is said by the
    config's loading)."""
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def _has_terminal() -> bool:
    """Whether the app can run here: it reads keys from a terminal and draws on one."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def cmd_open(args: argparse.Namespace) -> int:
    # Sources none of which is there: said as `briefing PATH` and every command says it, not
    # an empty app (a trial's `briefing open nope` opened one and exited 0).
    if args.paths and not any(_names_sources(p) for p in args.paths):
        for path in args.paths:
            print(f"briefing: {printable(path)}: no such file or folder", file=sys.stderr)
        return 1
    # (The config first: its error, not "needs a terminal", is what to mend: a trial's; and
    # what the app could not apply of it, its keys and theme: a review's.)
    config = load_config(args.config, cache_dir=getattr(args, "cache_dir", None))
    if not _has_terminal():
        if _app_problems(args):
            return 2
        print(
            "briefing: error: the app needs a terminal; for output to a pipe or a file, use a "
            "command such as 'briefing brief' or 'briefing articles' (briefing --help)",
            file=sys.stderr,
        )
        return 2
    from briefing.tui.app import make_app

    app = make_app(
        config,
        sources=list(args.paths),
        config_path=args.config,
        cache_dir=getattr(args, "cache_dir", None),
        data_dir=getattr(args, "data_dir", None),
        offline=getattr(args, "offline", False),
    )
    app.run()
    return app.return_code or 0  # (1 when the app failed: Textual printed why)


def _app_problems(args: argparse.Namespace) -> bool:
    """Print what the app could not apply of the config (keys, theme), a line each."""
    from briefing.tui.app import settings_problems

    cache_dir = getattr(args, "cache_dir", None)
    problems = settings_problems(load_config(args.config, cache_dir=cache_dir), cache_dir)
    for key, problem in problems:
        where = f"{located(args.config, key)}: " if key else ""  # (a theme file names itself)
        print(f"briefing: error: {printable(where + problem)}", file=sys.stderr)
    return bool(problems)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `briefing` command; returns the exit code."""
    try:
        words, command = _normalise_argv(list(sys.argv[1:] if argv is None else argv))
    except _Usage as exc:
        print(f"briefing: error: {printable(str(exc))}", file=sys.stderr)
        return 2
    after = words[words.index(command) + 1 :] if command in words else []
    alone = not any(not word.startswith("-") for word in after)  # (nothing it acts on)
    if command is not None and command in words and alone and Path(command).exists():
        # A folder named like a command ("articles"), and nothing after it: the command
        # runs, as documented. ("briefing export news" means the command: no note.)
        print(
            f"briefing: note: '{command}' runs the command; to open the "
            f"{'folder' if Path(command).is_dir() else 'file'} of that name: "
            f"briefing ./{command}",
            file=sys.stderr,
        )
    # Help lists every command; a command line that names one needs its parser alone.
    args = _parser(command).parse_args(words)
    named = getattr(args, "config", None) is not None  # (--config FILE)
    if getattr(args, "config", None) is None:
        args.config = paths.config_file()
    if named and args.command not in ("config", "sources") and _missing(args.config):
        # A config named on purpose and not there is most likely a typo: say so, go on.
        print(
            f"briefing: note: {printable(str(args.config))}: no such config file; "
            "the defaults apply",
            file=sys.stderr,
        )
    try:
        if args.command == "open":
            return cmd_open(args)
        if args.command == "config" and args.action == "check" and _app_problems(args):
            return 2
        from briefing.commands import HANDLERS  # the headless commands: not for the app's start

        return HANDLERS[args.command](args)
    except PipelineError as exc:  # the pipeline the config names, where it names it
        where = set_at(args.config, "pipeline")
        told = f"{where}: key 'pipeline': {exc}" if where else str(exc)
        print(f"briefing: error: {printable(told)}", file=sys.stderr)
        return 2
    except BriefingError as exc:
        for line in exc.lines or [str(exc)]:  # (a config's problems: a line each)
            print(f"briefing: error: {printable(line)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("briefing: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: nothing is wrong.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
