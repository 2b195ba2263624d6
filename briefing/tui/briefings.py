"""The briefing pane's scopes, their briefings built off the UI thread and kept per scope,
and saving them: a save waits until its scope's articles are analysed and it is built."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.widgets import Static

from briefing.config import SCOPES
from briefing.fileio import make_folder, reason, write_atomic
from briefing.tui.controller import Built, Save, counted, scope_key
from briefing.tui.messages import BriefingReady, SavesSettled
from briefing.tui.state import ScreenState, key_names
from briefing.tui.widgets.article_list import ArticleList
from briefing.tui.widgets.briefing_pane import BriefingPane

if TYPE_CHECKING:
    from briefing.core.models import ArticleSummary


KEPT_NEWS = 16  # what is new's unread sets kept, by their briefings' keys


class BriefingsMixin(ScreenState):
    """Part of `MainScreen` (main.py); its state is declared in `ScreenState`."""

    # The briefing ---------------------------------------------------------------------

    def _scope_selection(self) -> tuple[str, list[ArticleSummary]]:
        """A name for the scope (it keys the briefing cache) and its articles."""
        listing = self.query_one(ArticleList)
        if self.scope == "article":
            current = listing.current_id
            return "article", [a for a in listing.shown if a.id == current]
        if self.scope == "story":
            current = listing.current_id
            story = self.story_of.get(current or "")
            members = set(story.articles) if story else {current}
            return f"story:{story.id if story else current}", [
                a for a in listing.articles if a.id in members
            ]
        if self.opened is not None:  # a story opened from the digest
            story_id, opened = self.opened
            return f"opened:{story_id}", [a for a in listing.articles if a.id in set(opened)]
        if self.scope == "filtered":
            return "filtered", list(listing.shown)
        if self.scope == "new":  # keyed by what is unread: reading changes it
            unread = sorted(self._news_told())
            return f"new:{scope_key('unread', unread)}", list(listing.articles)
        return "all", list(listing.articles)

    def _update_scope_title(self) -> None:
        names = {
            "article": "this article",
            "story": "this story",
            "filtered": "the filtered list",
            "all": "everything",
            "new": "what is new",
        }
        key = key_names(self.keys.get("scope", "b"))
        title = f"Briefing of {names[self.scope]}  ({key})"
        if self.opened is not None:
            back = key_names(self.keys.get("back", "backspace"))
            title = f"A digest story  ({back}: back)"
        self.query_one("#scope-title", Static).update(title)

    def action_cycle_scope(self) -> None:
        self.read_quietly.clear()  # (another scope: what is new as it is now)
        self.scope = SCOPES[(SCOPES.index(self.scope) + 1) % len(SCOPES)]
        self._leave_story()
        self._update_scope_title()
        # Another scope's briefing is read from its top, not where the last one was left.
        self._to_top = True
        self.query_one(BriefingPane).scroll_home(animate=False)
        self._refresh_briefing(moved=True)

    def _leave_story(self) -> None:
        self.opened = None
        self.query_one(BriefingPane).can_go_back = False

    @on(BriefingPane.OpenStory, "#briefing")
    def _open_story(self, message: BriefingPane.OpenStory) -> None:
        self.opened = (message.story, message.members)
        message.pane.can_go_back = True
        self._update_scope_title()
        self._to_top = True
        self._refresh_briefing(moved=True)

    @on(BriefingPane.Back, "#briefing")
    def _back(self) -> None:
        if self.opened is None:
            return
        self._return_to = self.opened[0]
        self._leave_story()
        self._update_scope_title()
        self._refresh_briefing(moved=True)

    def _scope_key(self) -> tuple[str, list[str], str]:
        """The key of the current scope's briefing (scope and its articles), its ids, and
        how it is told (`controller.MODES`)."""
        name, chosen = self._scope_selection()
        ids = [a.id for a in chosen]
        mode = {"filtered": "summary", "all": "summary"}.get(name, "briefing")
        key = scope_key(name, ids)
        if name.startswith("new:"):
            mode = "news"
            self.news_unread.pop(key, None)  # (to the end: the one just asked is kept)
            self.news_unread[key] = self._news_told()  # (which unread articles it tells)
            while len(self.news_unread) > KEPT_NEWS:  # (the least recently asked first)
                del self.news_unread[next(iter(self.news_unread))]
        return key, ids, mode

    def _news_told(self) -> frozenset[str]:
        """The articles what is new tells: the unread ones, and those read by resting on
        them since the reader last turned to the briefing."""
        return frozenset(self.query_one(ArticleList).unread | self.read_quietly)

    def _refresh_briefing(self, *, moved: bool = False) -> None:
        """Show the current scope's briefing, building it if need be; `moved`: the user
        changed scope, so until it is built the pane says so (not the last scope's)."""
        if not self.is_attached:
            return
        key, ids, mode = self._scope_key()
        built = self.briefings.want(key)
        if built is not None:
            self.post_message(BriefingReady(built))
            return
        self.build_briefing(key, ids, mode)
        if moved and ids:
            self.call_later(self._building, key, len(ids))

    async def _building(self, key: str, articles: int) -> None:
        if self.briefings.current == key and key not in self.briefings.built:
            pane = self.query_one(BriefingPane)
            await pane.show(f"*Building the briefing of {counted(articles)}…*")
            # From its top: a story opened from far down a digest showed an empty pane.
            pane.scroll_home(animate=False)

    def _built(self, key: str, ids: list[str], mode: str) -> BriefingReady:
        """The briefing (or digest) of these articles (off the UI thread: it takes a while)."""
        from briefing.core.models import Briefing, Digest  # (not before the first paint)

        with self.ws.twin() as ws:
            # Counted first: an analysis written meanwhile can only make the briefing more
            # complete than the count says, never less.
            analysed = len(ws.analysed(ids))
            told: Briefing | Digest = (
                ws.news(ids, unread=self.news_unread.get(key))
                if mode == "news"
                else ws.summary(ids)
                if mode == "summary"
                else ws.briefing(ids)
            )
            markdown = ws.render(told)
        stories = (
            tuple(
                (s, told.members[s])
                for s in [*(t.id for t in told.stories), *(o.id for o in told.other_stories)]
            )
            if isinstance(told, Digest)
            else ()
        )
        built = Built(
            key,
            told.title,
            markdown,
            complete=analysed == len(ids),
            analysed=analysed,
            stories=stories,
            told=len(told.stories) if isinstance(told, Digest) else 0,
            articles=len(ids),
        )
        return BriefingReady(built)

    @work(thread=True, exclusive=True, group="briefing", exit_on_error=False)
    def build_briefing(self, key: str, ids: list[str], mode: str) -> None:
        """Build the current scope's briefing; a newer scope's build cancels this one."""
        self.post_message(self._built(key, ids, mode))

    @work(thread=True, group="pending", exit_on_error=False)
    def build_pending(self, key: str, ids: list[str], mode: str) -> None:
        """Build the briefing a waiting save asked for, when it is no longer the scope shown."""
        self.post_message(self._built(key, ids, mode))

    async def on_briefing_ready(self, message: BriefingReady) -> None:
        built = message.built
        outcome = self.briefings.arrived(built, more_coming=self._analysis_coming())
        if outcome.show:
            pane = self.query_one(BriefingPane)
            filtered = bool(self.filter_text or self.entity_filter or self.unread_only)
            shown = built.shown(analysing=self._analysis_coming(), filtered=filtered)
            await pane.show(shown, built.stories, told=built.told)
            if self._to_top:  # a new scope: from its top, the cursor on its first story
                self._to_top = False
                pane.to_top()
            if self._return_to is not None:  # back from a story: the cursor on it again
                pane.select_story(self._return_to)
                self._return_to = None
        if outcome.refused:
            self.notify(
                "Not saved: no article of that briefing could be analysed (l: problems).",
                severity="error",
                markup=False,
            )
        if outcome.partial:
            self.notify(
                f"Saving the briefing of the {built.analysed} analysed articles of that "
                "scope; the others could not be analysed (l: problems).",
                severity="warning",
                markup=False,
            )
        for save in outcome.saves:
            save(built.title, built.markdown)
        if (outcome.saves or outcome.refused) and not self.briefings.pending:
            self.post_message(SavesSettled())

    def _analysis_coming(self) -> bool:
        """Whether an analysis is under way, or the first scan (which starts one): a briefing
        may still grow. Not the scan that follows an analysis, which only brings the names
        (counted, a briefing built meanwhile said "being analysed" for good)."""
        return any(
            (worker.group == "analyse" or (worker.group == "scan" and not self._scanned))
            and not worker.is_finished
            for worker in self.workers
        )

    def _nothing_to_save(self, ids: list[str], mode: str) -> bool:
        """Whether a scope of these articles, told so, has nothing to save (said to the
        user)."""
        if not ids:
            self.notify("Nothing to save: no article is in this scope yet.", markup=False)
            return True
        if mode == "news" and not self._news_told() & set(ids):  # never a briefing of nothing
            self.notify("Nothing to save: nothing is new.", markup=False)
            return True
        return False

    def _when_built(self, act: Save, meanwhile: str) -> None:
        """Do `act` with the current scope's briefing (title, Markdown): now if it is built of
        analysed articles, else once it is, saying `meanwhile` what will happen. A briefing of
        many articles is built off the UI thread, which stays free in the meantime."""
        key, ids, mode = self._scope_key()
        if self._nothing_to_save(ids, mode):
            return
        built = self.briefings.save(key, ids, act, mode=mode)
        if built is not None:
            act(built.title, built.markdown)
            return
        # (An analysis of other files says nothing of this scope's: they may all be in.)
        unanalysed = self._analysis_coming() and not set(ids) <= self.ws.analysed(ids)
        waits = (
            "waits for its articles to be analysed"
            if unanalysed
            else "is being built"  # everything analysed: the scope's briefing is on its way
        )
        self.notify(
            f"The briefing {waits}: {meanwhile} once it is built (escape cancels).",
            markup=False,
        )
        known = self.briefings.built.get(key)
        if known is not None and not self._analysis_coming():
            self.post_message(BriefingReady(known))  # nothing more will come: act on it
        elif known is None and key != self.briefings.building:
            self._refresh_briefing()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.panes_ready:  # a key typed ahead, before the panes it acts on exist
            return False
        if getattr(self.app, "closing", False):  # a key typed after `q` (trial G)
            return False
        if action == "cancel_save":
            return bool(self.briefings.pending)  # else escape goes on to clear the filters
        return True

    def action_cancel_save(self) -> None:
        self.briefings.cancel()
        self.notify("Save cancelled.", markup=False)
        self.post_message(SavesSettled())

    def action_save(self) -> None:
        self._when_built(self._save, "saving it")

    def _save(self, title: str, markdown: str) -> None:
        try:
            path, written = self.ws.save(title, markdown)
        except OSError as exc:
            folder = self.ws.export_path(title).parent
            said = f"Cannot save in {folder}: {reason(exc)}"
            self.notify(said, severity="error", markup=False)
            return
        if written:
            self.notify(f"Saved {path}", title="Briefing saved", markup=False)
        else:
            self.notify(f"Saved already as {path}", title="Not saved again", markup=False)

    def action_save_as(self) -> None:
        """Ask where to save the scope's briefing at once, and save it there once it is built
        (a trial: asked only when it was built, 18 s on, the dialog took the keys then typed
        for the main screen)."""
        key, ids, mode = self._scope_key()
        if self._nothing_to_save(ids, mode):
            return
        known = self.briefings.built.get(key)
        title = known.title if known else self._provisional_title()
        suggestion = self.ws.free_export_path(title)

        def chosen(path: Path) -> None:
            make_folder(path.parent)  # (refused now, not once built)
            if not os.access(path.parent, os.W_OK):
                raise PermissionError(f"cannot write in {path.parent}")
            self._when_built(
                lambda title, markdown: self._write_as(path, markdown), f"saving it as {path}"
            )

        from briefing.tui.screens.save_as import SaveAsScreen

        def where(typed: str) -> Path:  # (in a folder: its first free name, "-2" only if taken)
            return self.ws.save_as_path(typed, self.ws.export_path(title))

        self.app.push_screen(SaveAsScreen(suggestion, chosen, where))

    def _provisional_title(self) -> str:
        """What the scope's briefing will be titled, near enough to name its file: its
        article's or story's title, else "digest"."""
        name, chosen = self._scope_selection()
        current = self.query_one(ArticleList).current_id
        if name.startswith("story:") and (story := self.story_of.get(current or "")):
            return story.title
        if name == "article" and chosen:
            return chosen[0].title
        return "digest"

    def _write_as(self, path: Path, markdown: str) -> None:
        try:
            write_atomic(path, markdown, overwrite=False)
        except FileExistsError:
            self.notify(f"Not saved: {path} exists already.", severity="error", markup=False)
        except OSError as exc:
            self.notify(f"Cannot save {path}: {reason(exc)}", severity="error", markup=False)
        else:
            self.notify(f"Saved {path}", title="Briefing saved", markup=False)
