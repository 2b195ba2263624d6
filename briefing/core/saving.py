"""Telling a selection as Markdown and saving it: the part of the `Workspace` facade
(core/workspace.py) that writes briefings out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from briefing import paths

if TYPE_CHECKING:
    from briefing.config import Config
    from briefing.core.models import Briefing, Digest


class Saving:
    """Rendering and saving briefings; `Workspace` is one (it gives the config)."""

    config: Config

    @staticmethod
    def render(told: Briefing | Digest, *, base: str | None = None) -> str:
        """A briefing or a digest as Markdown (paths under `base` relative to it)."""
        from briefing.core.models import Digest
        from briefing.core.render.markdown import render_briefing, render_digest

        if isinstance(told, Digest):
            return render_digest(told, base=base)
        return render_briefing(told, base=base)

    def export_path(self, title: str) -> Path:
        """Where `save` puts a briefing of this title first: `<export dir>/<today>-<slug>.md`."""
        from briefing.core.render.export import file_name

        given = self.config.export_dir
        folder = Path(given) if given else paths.default_export_dir()
        return folder / file_name(dt.date.today().isoformat(), title)

    def free_export_path(self, title: str) -> Path:
        """`export_path`, or the first `-2`, `-3`... beside it that no file has: what a
        save-as offers."""
        from briefing.core.render.export import free

        return free(self.export_path(title))

    def save(
        self, title: str, markdown: str, *, path: Path | None = None, force: bool = False
    ) -> tuple[Path, bool]:
        """Save a briefing's Markdown at `path`, else at `export_path(title)`; a name that is
        taken is followed by `-2`, `-3`... unless `force` (then it is written over). The same
        briefing saved already under one of those names is not written again.

        Returns:
            The path, and whether it was written (False: that file held it already).

        Raises:
            OSError: The folder cannot be created or written.
        """
        from briefing.core.render.export import save_at

        return save_at(path or self.export_path(title), markdown, force=force)
