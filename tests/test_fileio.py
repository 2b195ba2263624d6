"""Files written whole: and with the mode a file written in place would have."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefing.fileio import write_atomic


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
