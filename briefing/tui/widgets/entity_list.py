"""The entity side list: the article's entities with their mention counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.core.models import Analysis
from briefing.core.overview import surface_name


class EntityList(OptionList):
    """Entities of one article, most mentioned first. Enter posts `EntityList.Picked`."""

    @dataclass
    class Picked(Message):
        """The user asked for the articles that mention this entity."""

        name: str
        label: str

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.entries: list[tuple[str, str]] = []

    def show(
        self, analysis: Analysis | None, labels: tuple[str, ...], colours: dict[str, str]
    ) -> None:
        """List the entities of `analysis` whose label is in `labels` (dates left out)."""
        counts: Counter[tuple[str, str]] = Counter(
            (surface_name(m.text, m.label), m.label)
            for m in (analysis.mentions if analysis else ())
            if m.label in labels and m.label not in ("DATE", "TIME")
        )
        ranked = sorted(counts, key=lambda k: (-counts[k], k[0]))
        self.entries = ranked
        self.clear_options()
        options = []
        for name, label in ranked:
            prompt = Text(no_wrap=True, overflow="ellipsis")
            prompt.append(f"{counts[(name, label)]:>3} ", style="dim")
            prompt.append(name, style=colours.get(label, ""))
            prompt.append(f" {label}", style="dim")
            options.append(Option(prompt))
        self.add_options(options)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        name, label = self.entries[event.option_index]
        self.post_message(self.Picked(name, label))
