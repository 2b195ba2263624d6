"""Files written whole: and with the mode a file written in place would have."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from briefing.core.render.export import save_at
from briefing.fileio import reason, write_atomic


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_has_the_mode_the_umask_gives(tmp_path: Path) -> None:
    """A trial: saved briefings were written 0600 (the temporary file's), readable by their
    owner alone."""
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "a.md", "# Briefing\n", overwrite=False)
        os.umask(0o027)
        write_atomic(tmp_path / "b.md", "# Briefing\n", overwrite=False)
    finally:
        os.umask(umask)
    assert _mode(tmp_path / "a.md") == 0o644
    assert _mode(tmp_path / "b.md") == 0o640


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("theme: dark\n")
    path.chmod(0o640)
    write_atomic(path, "theme: light\n", overwrite=True)
    assert _mode(path) == 0o640 and path.read_text() == "theme: light\n"


def test_a_file_where_the_folder_would_be_is_said_not_taken_for_a_taken_name(
    tmp_path: Path,
) -> None:
    """A trial: `export --out afile/x.md` said "afile: too many files named x": the file in
    the folder's place raised FileExistsError, read as a taken name 999 times."""
    blocked = tmp_path / "A-File"
    blocked.write_text("not a folder")
    for path in (blocked / "x.md", blocked / "sub" / "x.md"):
        with pytest.raises(NotADirectoryError) as caught:
            save_at(path, "# Briefing\n")
        assert reason(caught.value) == f"{blocked} is a file, not a folder"
    assert blocked.read_text() == "not a folder"


def test_an_os_error_is_said_as_its_reason_not_its_errno_and_temporary_file() -> None:
    """A trial: "[Errno 2] No such file or directory: '/proc/.x.md.3bbd7034.tmp'"."""
    error = FileNotFoundError(2, "No such file or directory", "/proc/.x.md.3bbd7034.tmp")
    assert reason(error) == "no such file or directory"
    assert reason(OSError("disk on fire")) == "disk on fire"
    # (the review's: a message of ours keeps its capitals, "Notes" a relative folder)
    ours = NotADirectoryError(errno.ENOTDIR, "Notes is a file, not a folder")
    assert reason(ours) == "Notes is a file, not a folder"
