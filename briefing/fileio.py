"""Writing files safely: a whole new file or nothing, never a half-written one."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path


def reason(exc: Exception) -> str:
    """Why a file could not be read or written, as a user reads it: "permission denied",
    not "[Errno 13] Permission denied: '/x/.a.md.3bbd7034.tmp'" (the errno, and a temporary
    file's name, say nothing to a user; the path is said beside it). Another error (a
    database's, a decoding's) says itself."""
    if not isinstance(exc, OSError):
        return str(exc)
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno is not None and exc.strerror == os.strerror(exc.errno):  # the system's
        return exc.strerror[:1].lower() + exc.strerror[1:]  # "Permission denied"
    return exc.strerror or str(exc) or type(exc).__name__  # ours: "Notes is a file, ..."


def make_folder(folder: Path) -> None:
    """Make `folder` and the folders above it that are missing.

    Raises:
        NotADirectoryError: A file stands where one of them would be ("afile/x.md": made a
            FileExistsError, that a caller took for a taken name).
        OSError: A folder cannot be made.
    """
    blocked = next((f for f in (folder, *folder.parents) if f.exists() and not f.is_dir()), None)
    if blocked is not None:
        raise NotADirectoryError(errno.ENOTDIR, f"{blocked} is a file, not a folder")
    folder.mkdir(parents=True, exist_ok=True)


def write_atomic(path: Path, text: str, *, overwrite: bool) -> None:
    """Write `text` to `path` through a temporary file in the same folder.

    With `overwrite=False` the final step is a hard link, which fails if `path` exists, so a
    file that appeared meanwhile is never replaced.

    Raises:
        FileExistsError: `overwrite` is False and `path` exists.
        NotADirectoryError: A file stands where the folder would be (`make_folder`).
        OSError: The folder cannot be created or written.
    """
    make_folder(path.parent)
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
