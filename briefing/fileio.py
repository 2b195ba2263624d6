"""Writing files safely: a whole new file or nothing, never a half-written one."""

from __future__ import annotations

import contextlib
import os
import secrets
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
    fd, tmp = _new_file(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            with contextlib.suppress(OSError):  # the mode of the file it replaces (a nicety
                os.chmod(tmp, os.stat(path).st_mode & 0o7777)  # that some mounts refuse)
            os.replace(tmp, path)
        else:
            os.link(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _new_file(path: Path) -> tuple[int, str]:
    """A new temporary file beside `path`, open for writing, made as any new file is: the
    kernel applies the umask (and a folder's default ACL). `tempfile.mkstemp` makes it
    private (0600), and a trial's saved briefings were readable by their owner alone."""
    for _ in range(100):
        tmp = str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {path}")  # 100 taken: never
