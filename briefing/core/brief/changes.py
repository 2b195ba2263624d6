"""What later reports add: for a story told on several days, each later day's new facts."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import islice

from briefing.core.brief.same_fact import (
    FactSentence,
)
from briefing.core.brief.wording import as_said
from briefing.core.models import (
    Dated,
    Source,
)

CHANGES_PER_DAY = 2  # the most central new facts of each later day


MAX_CHANGES = 8


def changes(
    facts: list[list[FactSentence]],
    number: dict[str, int],
    sources: Sequence[Source],
    said: Collection[int] = (),
    again: Callable[[list[FactSentence]], bool] = lambda group: False,
) -> tuple[Dated, ...]:
    """For a story reported on several days: what each later day's reports add that is not
    `said` already (ids of their groups: the key points'), nor says a key point `again`
    (asked of the few a day would take, most central first)."""
    days = sorted({s.date for s in sources if s.date})
    if len(days) < 2:
        return ()
    chosen: list[tuple[float, str, list[FactSentence]]] = []
    first_told: dict[str, list[list[FactSentence]]] = {}
    for group in facts:
        first_told.setdefault(min((s.article.date or "") for s in group), []).append(group)
    for day in days[1:]:
        new = [g for g in first_told.get(day, ()) if id(g) not in said]
        new.sort(
            key=lambda g: (
                -max(s.score for s in g),
                number[g[0].article.id],
                g[0].index,
            )
        )
        told = islice((g for g in new if not again(g)), CHANGES_PER_DAY)
        chosen += [(max(s.score for s in g), day, g) for g in told]
    # A long story keeps the days whose news weighs most, told in date order.
    chosen.sort(key=lambda c: -c[0])
    kept = sorted(chosen[:MAX_CHANGES], key=lambda c: (c[1], -c[0]))
    return tuple(
        Dated(
            day,
            None,
            "day",
            as_said(group[0].text),
            tuple(sorted({number[s.article.id] for s in group})),
        )
        for _, day, group in kept
    )
