"""The error types `briefing` raises on purpose; anything else is a bug."""

from __future__ import annotations


class BriefingError(Exception):
    """An error the user can act on; the CLI prints it as one line (each of `lines`, when
    there are several) and exits with code 2."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class ConfigError(BriefingError):
    """The config file is unreadable or holds a bad key or value."""


class PipelineError(BriefingError):
    """The configured spaCy pipeline cannot be loaded."""


class CacheError(BriefingError):
    """The cache cannot be opened or written."""
