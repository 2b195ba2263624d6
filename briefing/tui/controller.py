"""The briefings the app has built, one per scope key, and the saves waiting for theirs.

A plain class, without Textual: the main screen asks it what to do (show a built briefing,
build one, save now or later) and does it. Every rule about when a briefing may be saved is
here, so it is tested without an app.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

Save = Callable[[str, str], None]  # (title, Markdown) -> None
# How a scope is told: one briefing (an article, a story), the briefing or digest its
# articles call for (filtered, all), the digest of what is new (new).
MODES = ("briefing", "summary", "news")


# Plain classes, not dataclasses: their creation is on the app's start (~1 ms each).


class Built:
    """A briefing built for a scope key: `complete` when every article of the scope was
    analysed (else it leaves some out), `analysed` how many were."""

    __slots__ = ("analysed", "articles", "complete", "key", "markdown", "stories", "title", "told")

    def __init__(
        self,
        key: str,
        title: str,
        markdown: str,
        *,
        complete: bool = True,
        analysed: int = 0,
        stories: tuple[tuple[str, tuple[str, ...]], ...] = (),
        told: int = 0,
        articles: int = 0,
    ) -> None:
        self.key, self.title, self.markdown = key, title, markdown
        self.complete, self.analysed = complete, analysed
        self.articles = articles  # in the scope, analysed or not
        # A digest's stories, with their articles: the `told` top ones, then the others.
        self.stories, self.told = stories, told

    @property
    def saveable(self) -> bool:
        return self.complete and self.analysed > 0

    def shown(self, *, analysing: bool, filtered: bool = False) -> str:
        """What the pane shows of it: the briefing, said to be growing while its articles are
        analysed; instead of a briefing of nothing, why there is none (`filtered`: the list
        is filtered, which escape undoes)."""
        if not self.articles:
            undo = " (escape clears the filters)" if filtered else ""
            return f"# No articles\n\nNo article is in this scope{undo}.\n"
        if not self.analysed:
            if analysing:
                return f"# {counted(self.articles)} being analysed\n\nThe briefing follows.\n"
            return (
                f"# No briefing\n\nNone of the {counted(self.articles)} of this scope could be "
                "analysed (l: problems).\n"
            )
        if not self.complete and analysing:
            return (
                f"*{self.analysed} of {counted(self.articles)} analysed so far: the briefing grows "
                f"as the others are.*\n\n{self.markdown}"
            )
        return self.markdown


def counted(articles: int) -> str:
    return "1 article" if articles == 1 else f"{articles} articles"


class Pending:
    """A save asked for before its briefing was built of analysed articles (`mode`: how the
    scope is told, see `MODES`)."""

    __slots__ = ("ids", "key", "mode", "save")

    def __init__(self, key: str, ids: list[str], save: Save, *, mode: str = "briefing") -> None:
        self.key, self.ids, self.save, self.mode = key, ids, save, mode


class Outcome:
    """What a newly built briefing asks of the screen."""

    __slots__ = ("partial", "refused", "saves", "show")

    def __init__(self, *, show: bool) -> None:
        self.show = show  # it is the scope shown
        self.saves: list[Save] = []  # saves to do now, with this briefing
        self.refused = False  # saves dropped: none of its articles could be analysed
        self.partial = False  # saves done though some of its articles could not be analysed


def scope_key(name: str, ids: Iterable[str]) -> str:
    """The key of a scope's briefing: its name and its articles."""
    return hashlib.blake2b("\x1f".join([name, *ids]).encode(), digest_size=8).hexdigest()


class Briefings:
    """Built briefings by scope key, the one being built, the one shown, and waiting saves."""

    def __init__(self) -> None:
        self.built: dict[str, Built] = {}
        self.building: str | None = None
        self.current: str | None = None
        self.pending: list[Pending] = []

    def want(self, key: str) -> Built | None:
        """The scope `key` is shown now: its briefing if built, else None (build it)."""
        self.current = key
        built = self.built.get(key)
        if built is None:
            self.building = key
        return built

    def forget(self) -> None:
        """The articles changed (a scan, an analysis): every briefing is to be built again."""
        self.built.clear()

    def arrived(self, built: Built, *, more_coming: bool) -> Outcome:
        """A briefing was built. Saves waiting for it are done now unless its articles are
        still being analysed (`more_coming`), in which case they wait for the next build."""
        self.built[built.key] = built
        if built.key == self.building:
            self.building = None
        outcome = Outcome(show=built.key == self.current)
        due = [p for p in self.pending if p.key == built.key]
        if not due or (not built.complete and more_coming):
            return outcome
        self.pending = [p for p in self.pending if p.key != built.key]
        if not built.analysed:
            outcome.refused = True
            return outcome
        outcome.partial = not built.complete
        outcome.saves = [p.save for p in due]
        return outcome

    def save(self, key: str, ids: list[str], save: Save, *, mode: str = "briefing") -> Built | None:
        """Save the briefing of `key`: returns it if it can be saved now; else the save waits
        (see `arrived`) and None is returned."""
        built = self.built.get(key)
        if built is not None and built.saveable:
            return built
        self.pending.append(Pending(key, ids, save, mode=mode))
        return None

    def waiting_elsewhere(self) -> list[Pending]:
        """Saves waiting for a briefing that is not the scope shown (built apart)."""
        return [p for p in self.pending if p.key != self.current]

    def cancel(self) -> None:
        self.pending.clear()
