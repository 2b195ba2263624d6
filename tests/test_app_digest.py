"""The app's digest: the filtered and everything scopes of many stories, a story cursor,
open a story and come back."""

from __future__ import annotations

from pathlib import Path

from textual import events

from briefing.tui.app import BriefingApp
from briefing.tui.widgets.briefing_pane import BriefingPane
from tests.conftest import SIZE, build, ready, slow_builds
from tests.test_digest import many_stories_in


def _cursor(pane: BriefingPane) -> str:
    """The text of the digest heading under the story cursor."""
    (heading,) = pane.query("MarkdownH2.-cursor")
    return str(heading.content)  # type: ignore[attr-defined]


def _in_view(pane: BriefingPane) -> bool:
    """Whether the heading under the story cursor is on screen."""
    (heading,) = pane.query("MarkdownH2.-cursor")
    top = heading.virtual_region.y
    return pane.scroll_y <= top < pane.scroll_y + pane.scrollable_content_region.height


def _footer(app: BriefingApp) -> list[str]:
    """The descriptions of the keys the footer shows."""
    return [str(getattr(key, "description", "")) for key in app.query("FooterKey")]


async def test_digest_cursor_open_and_back(warm_cache: Path, tmp_path: Path) -> None:
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        assert pane.markdown.startswith("# Digest of ")
        told = len(pane.stories)
        assert told >= 3 and _cursor(pane).startswith("1. ")
        pane.focus()
        await pilot.press("j")
        assert _cursor(pane).startswith("2. ")
        assert "Open the story" in _footer(app) and "Back to the digest" not in _footer(app)
        await pilot.press("j", "j", "j", "j")  # stops at the last story
        assert _cursor(pane).startswith(f"{told}. ")
        await pilot.press("k")
        assert _cursor(pane).startswith(f"{told - 1}. ")
        chosen, members = pane.stories[told - 2]
        await pilot.press("enter")
        await ready(pilot)
        assert not pane.markdown.startswith("# Digest of ") and "## Sources" in pane.markdown
        assert pane.markdown.count("\n1. ") == 1 and f"\n{len(members)}. " in pane.markdown
        assert f"\n{len(members) + 1}. " not in pane.markdown  # the story's articles only
        assert not pane.stories and app.main.opened == (chosen, members)
        scrolled = pane.scroll_y
        assert "Back to the digest" in _footer(app) and "Open the story" not in _footer(app)
        await pilot.press("j")  # a briefing: j scrolls, no cursor
        await pilot.pause()
        assert pane.scroll_y > scrolled and not pane.query("MarkdownH2.-cursor")
        await pilot.press("backspace")
        await ready(pilot)
        assert pane.markdown.startswith("# Digest of ") and pane.current_story == chosen
        assert _cursor(pane).startswith(f"{told - 1}. ")
        await pilot.pause()
        assert _in_view(pane)  # back where the reader left the digest
        await pilot.press("backspace")  # nothing to go back to: no change
        assert pane.markdown.startswith("# Digest of ")


async def test_back_pressed_right_after_enter_comes_back(warm_cache: Path, tmp_path: Path) -> None:
    # Trial E: "enter" then "backspace" sent at once left the story open (3 of 3 tries):
    # the back key came before the story was marked open, and went unheard.
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        pane.focus()
        await pilot.press("j")
        chosen = pane.current_story
        # Both keys queued before either is handled, as a terminal sends keys typed fast.
        app.post_message(events.Key("enter", "\r"))
        app.post_message(events.Key("backspace", "\x7f"))
        await ready(pilot)
        assert app.main.opened is None and pane.markdown.startswith("# Digest of ")
        assert pane.current_story == chosen


async def test_filtered_scope_is_a_digest_too(warm_cache: Path, tmp_path: Path) -> None:
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="filtered")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        assert pane.markdown.startswith("# Digest of ") and pane.stories
        await pilot.press("slash", *"patrushev", "enter")  # the seeds' story only
        await ready(pilot)
        assert not pane.markdown.startswith("# Digest of ") and not pane.stories
        assert "Patrushev" in pane.markdown


async def test_back_from_a_story_shows_the_digest_where_it_was_left(
    warm_cache: Path, tmp_path: Path
) -> None:
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=(120, 24)) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        pane.focus()
        await pilot.press(*["j"] * (len(pane.stories) - 1))  # the last story told
        await pilot.pause()
        assert _in_view(pane) and pane.scroll_y > 0
        slow_builds(app)  # as a digest of many articles takes a second
        await pilot.press("enter")
        await pilot.pause()
        # Said while it is built, from the pane's top (it showed an empty pane).
        assert pane.markdown.startswith("*Building the briefing of") and pane.scroll_y == 0
        await ready(pilot)
        await pilot.press("G")  # read to the story's end
        await pilot.press("backspace")
        await ready(pilot)
        await pilot.pause()
        assert _cursor(pane).startswith(f"{len(pane.stories)}. ") and _in_view(pane)


async def test_the_other_stories_open_too(warm_cache: Path, tmp_path: Path) -> None:
    app = build(
        warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all", digest_stories=1
    )
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        assert "## Other stories" in pane.markdown and len(pane.stories) >= 2
        pane.focus()
        await pilot.press("j")  # past the one story told, onto the first other one
        assert len(pane.query("MarkdownBulletList > .-cursor")) == 1
        assert not pane.query("MarkdownH2.-cursor")
        chosen, members = pane.stories[1]
        await pilot.press("enter")
        await ready(pilot)
        assert app.main.opened == (chosen, members) and "## Sources" in pane.markdown
        assert f"\n{len(members) + 1}. " not in pane.markdown  # its articles only
        await pilot.press("backspace")
        await ready(pilot)
        assert pane.current_story == chosen and pane.query("MarkdownBulletList > .-cursor")


async def test_top_and_bottom_move_the_story_cursor_too(warm_cache: Path, tmp_path: Path) -> None:
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=SIZE) as pilot:
        pane = await _at_the_end(pilot)
        assert pane.current_story == pane.stories[-1][0]
        await pilot.press("k")  # from the last story, not from the first
        assert pane.current_story == pane.stories[-2][0]
        await pilot.press("g")
        assert pane.current_story == pane.stories[0][0] and _cursor(pane).startswith("1. ")


async def test_the_story_cursor_stays_in_view_across_resizes(
    warm_cache: Path, tmp_path: Path
) -> None:
    """A trial: after 120 -> 80 -> 120 -> 80 columns the cursor's story was scrolled out
    of view, and enter opened a story the reader could not see."""
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)
        pane.focus()
        await pilot.press(*["j"] * (len(pane.stories) - 1))
        await pilot.pause()
        assert _in_view(pane)
        for size in ((80, 24), (120, 36), (80, 24), (120, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.3)
            assert _in_view(pane), size


async def test_the_palette_opens_a_story_and_goes_back(warm_cache: Path, tmp_path: Path) -> None:
    """A trial: the palette, which the help says holds every action, had neither."""
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        pane = app.query_one(BriefingPane)

        def command(title: str):  # type: ignore[no-untyped-def]
            found = [c for c in app.get_system_commands(app.screen) if c.title == title]
            return found[0] if found else None

        assert command("Back to the digest") is None  # offered only where it works
        chosen, members = pane.stories[0]
        await command("Open the story").callback()
        await ready(pilot)
        assert app.main.opened == (chosen, members) and command("Open the story") is None
        await command("Back to the digest").callback()
        await ready(pilot)
        assert pane.markdown.startswith("# Digest of ")


async def test_the_palette_shows_the_story_it_opens_in_a_narrow_terminal(
    warm_cache: Path, tmp_path: Path
) -> None:
    """A review: in tabs, the story opened in the hidden briefing pane, the list still
    shown; and the command was offered over the log, acting on the pane beneath."""
    from textual.widgets import Tabs

    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=(80, 30)) as pilot:
        await ready(pilot)
        found = [c for c in app.get_system_commands(app.screen) if c.title == "Open the story"]
        await found[0].callback()
        await ready(pilot)
        assert app.main.opened is not None
        assert app.query_one("#pane-tabs", Tabs).active == "tab-briefing-pane"
        await pilot.press("l")
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert "Back to the digest" not in titles


async def test_a_digest_rebuilt_under_the_cursor_keeps_it_on_its_story(
    warm_cache: Path, tmp_path: Path
) -> None:
    """A trial: back from a story whose article was read meanwhile, the digest (rebuilt:
    its stories' articles changed) showed no cursor where the reader left it."""
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=SIZE) as pilot:
        pane = await _on_third_story(pilot)
        chosen = pane.current_story
        first, *rest = pane.stories
        fewer = ((first[0], first[1][:1]), *rest)  # the first story lost an article
        await pane.show(pane.markdown.replace("# Digest", "# Digest again"), fewer)
        await pilot.pause()
        assert pane.current_story == chosen and _cursor(pane).startswith("3. ")
        await pane.show(pane.markdown, tuple(rest))  # the first story gone: still on it
        assert pane.current_story == chosen


async def test_a_new_scope_starts_its_digest_at_the_first_story(
    warm_cache: Path, tmp_path: Path
) -> None:
    """Back in a scope whose digest is built already (shown at once, no "Building"): from
    its top, the cursor on the first story, not on the story left there before."""
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="all")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        for _ in range(4):  # all -> new -> article -> story -> filtered (all is built)
            await pilot.press("b")
            await ready(pilot)
        pane = await _on_third_story(pilot)
        await pilot.press("b")  # filtered -> all: the same stories, shown at once
        await ready(pilot)
        assert app.main.scope == "all" and _cursor(pane).startswith("1. ")
        assert pane.scroll_y == 0


async def _on_third_story(pilot) -> BriefingPane:  # type: ignore[no-untyped-def]
    """The digest's pane, focused, its cursor on its third story."""
    await ready(pilot)
    pane: BriefingPane = pilot.app.query_one(BriefingPane)
    pane.focus()
    await pilot.press("j", "j")
    assert _cursor(pane).startswith("3. ")
    return pane


async def test_a_new_filter_shows_its_briefing_from_the_top(
    warm_cache: Path, tmp_path: Path
) -> None:
    """A trial: the digest scrolled to its sources, then `/Equifax`: the new briefing opened
    scrolled to its sources too."""
    app = build(warm_cache, tmp_path, many_stories_in(tmp_path / "news"), scope="filtered")
    async with app.run_test(size=SIZE) as pilot:
        pane = await _at_the_end(pilot)
        await pilot.pause()
        assert pane.scroll_y > 0
        await pilot.press("slash", *"patrushev", "enter")
        await ready(pilot)
        await pilot.pause()
        assert "Patrushev" in pane.markdown and pane.scroll_y == 0


async def _at_the_end(pilot) -> BriefingPane:  # type: ignore[no-untyped-def]
    """The digest's pane, focused, gone to its end (G)."""
    await ready(pilot)
    pane: BriefingPane = pilot.app.query_one(BriefingPane)
    pane.focus()
    await pilot.press("G")
    return pane
