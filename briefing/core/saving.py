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

    @staticmethod
    def save_as_path(given: str, suggestion: Path) -> Path:
        """Where a save-as to the path the user typed writes, made absolute (a relative one
        from the folder the app started in): that path, or, given a folder (or a path with
        a slash at its end), the first free name like `suggestion`'s in it."""
        from briefing.core.render.export import free, in_folder, names_folder

        path = in_folder(given, suggestion.name)
        return (free(path) if names_folder(given) else path).absolute()

    def save(
        self, title: str, markdown: str, *, path: str | Path | None = None, force: bool = False
    ) -> tuple[Path, bool]:
        """Save a briefing's Markdown at `path` (`~` expanded; a folder, or a path written
        with a slash at its end: in it, under `export_path`'s file name), else at
        `export_path(title)`; a name that is taken is followed by `-2`, `-3`... unless `force`
        (then it is written over). The same briefing saved already under one of those names
        is not written again.

        Returns:
            The path, and whether it was written (False: that file held it already).

        Raises:
            OSError: The folder cannot be created or written.
        """
        from briefing.core.render.export import in_folder, save_at

        target = self.export_path(title)
        if path is not None:
            target = in_folder(path, target.name)
        return save_at(target, markdown, force=force)
