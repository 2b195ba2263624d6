"""Text made safe to show on a terminal, for the CLI and the app.

Kept apart from `core.text` (the readers' clean-up, with many patterns to compile) so that
the app's first paint does not wait for those.
"""

from __future__ import annotations

import re

# C0 and C1 controls, bidi overrides and isolates, and lone surrogates (which cannot be
# encoded): each could spoof or break what a terminal shows.
_UNPRINTABLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ud800-\udfff]"
)


def printable(text: str) -> str:
    """`text` safe to print on a terminal: every control character shown as '?'."""
    return _UNPRINTABLE.sub("?", text)


def printable_lines(text: str) -> str:
    """Like `printable`, keeping line breaks."""
    return "\n".join(printable(line) for line in text.split("\n"))
