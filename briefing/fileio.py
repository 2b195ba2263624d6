"""Writing files safely: a whole new file or nothing, never a half-written one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, text: str, *, overwrite: bool) -> None:
    """Write `text` to `path` through a temporary file in the same folder.

    With `overwrite=False` the final step is a hard link, which fails if `path` exists, so a
    file that appeared meanwhile is never replaced.

    Raises:
        FileExistsError: `overwrite` is False and `path` exists.
        OSError: The folder cannot be created or written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        # The mode of the file it replaces, else a new file's (a temporary file is private:
        # a trial's saved briefings were readable by their owner alone).
        try:
            mode = os.stat(path).st_mode & 0o7777 if overwrite else _new_file_mode()
        except FileNotFoundError:
            mode = _new_file_mode()
        os.chmod(tmp, mode)
        if overwrite:
            os.replace(tmp, path)
        else:
            os.link(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _new_file_mode() -> int:
    """The mode a new file gets: 0o666 less the process's umask, read from /proc (setting
    the umask to learn it would race other threads' files); 0o644 where there is none."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o644
