"""The briefings controller: when a briefing is shown, built, and saved (no app needed)."""

from __future__ import annotations

from briefing.tui.controller import Briefings, Built, Save, scope_key


def saver() -> tuple[list[str], Save]:
    saved: list[str] = []
    return saved, lambda title, markdown: saved.append(title)


def test_a_scope_key_names_its_scope_and_articles() -> None:
    assert scope_key("story:1", ["a", "b"]) == scope_key("story:1", ["a", "b"])
    assert scope_key("story:1", ["a", "b"]) != scope_key("filtered", ["a", "b"])
    assert scope_key("all", ["a", "b"]) != scope_key("all", ["ab"])


def test_a_built_briefing_is_reused_until_the_articles_change() -> None:
    briefings = Briefings()
    assert briefings.want("k") is None and briefings.building == "k"
    outcome = briefings.arrived(Built("k", "T", "# T", analysed=2), more_coming=False)
    assert outcome.show and briefings.building is None
    assert briefings.want("k") is not None
    briefings.forget()
    assert briefings.want("k") is None


def test_a_briefing_of_another_scope_is_kept_not_shown() -> None:
    briefings = Briefings()
    briefings.want("shown")
    outcome = briefings.arrived(Built("other", "T", "# T", analysed=1), more_coming=False)
    assert not outcome.show and "other" in briefings.built


def test_a_save_waits_until_its_articles_are_analysed() -> None:
    briefings = Briefings()
    saved, save = saver()
    briefings.want("k")
    assert briefings.save("k", ["a", "b"], save) is None
    early = Built("k", "Early", "# Early", complete=False, analysed=1)
    assert briefings.arrived(early, more_coming=True).saves == []  # still analysing
    assert briefings.pending
    done = briefings.arrived(Built("k", "Full", "# Full", analysed=2), more_coming=False)
    for act in done.saves:
        act("Full", "# Full")
    assert saved == ["Full"] and not briefings.pending and not done.partial


def test_a_save_of_a_complete_briefing_is_at_once() -> None:
    briefings = Briefings()
    _, save = saver()
    briefings.arrived(Built("k", "T", "# T", analysed=1), more_coming=False)
    assert briefings.save("k", ["a"], save) is not None
    assert not briefings.pending


def test_a_save_of_nothing_analysed_is_refused_and_one_in_part_says_so() -> None:
    briefings = Briefings()
    _, save = saver()
    briefings.save("k", ["a"], save)
    refused = briefings.arrived(Built("k", "T", "", complete=False), more_coming=False)
    assert refused.refused and not refused.saves and not briefings.pending
    briefings.save("k", ["a", "b"], save)
    partial = briefings.arrived(
        Built("k", "T", "# T", complete=False, analysed=1), more_coming=False
    )
    assert partial.partial and len(partial.saves) == 1


def test_saves_waiting_elsewhere_and_cancel() -> None:
    briefings = Briefings()
    _, save = saver()
    briefings.want("shown")
    briefings.save("shown", ["a"], save)
    briefings.save("left", ["b"], save)
    assert [p.key for p in briefings.waiting_elsewhere()] == ["left"]
    briefings.cancel()
    assert not briefings.pending


def test_what_the_pane_shows_of_a_briefing() -> None:
    """Its text once built of all its articles; else why not, the filters named only when
    there are some."""
    done = Built("k", "T", "# T\n", analysed=2, articles=2)
    assert done.shown(analysing=True) == "# T\n"
    empty = Built("k", "T", "", articles=0)
    assert "escape" not in empty.shown(analysing=False)
    assert "escape clears the filters" in empty.shown(analysing=False, filtered=True)
    waiting = Built("k", "T", "", complete=False, analysed=0, articles=3)
    assert "3 articles being analysed" in waiting.shown(analysing=True)
    assert "could be analysed" in waiting.shown(analysing=False)
    growing = Built("k", "T", "# T\n", complete=False, analysed=1, articles=3)
    assert growing.shown(analysing=True).startswith("*1 of 3 articles analysed so far")
    assert growing.shown(analysing=False) == "# T\n"
