"""The entity side list: the article's actors and places, one name each, with counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

if TYPE_CHECKING:
    from briefing.core.models import Entity


class EntityList(OptionList):
    """Entities of one article, most mentioned first. Enter posts `EntityList.Picked`."""

    # The same ids as the article list's: one remapping moves through every list.
    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False, id="down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="up"),
        Binding("g,home", "first", "First", show=False, id="first"),
        Binding("G,end", "last", "Last", show=False, id="last"),
    ]

    class Picked(Message):
        """The user asked for the articles that mention this entity."""

        def __init__(self, entities: EntityList, entity: Entity) -> None:
            super().__init__()
            self.entities = entities
            self.entity = entity

        @property
        def control(self) -> EntityList:
            return self.entities

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.entities: list[Entity] = []

    @property
    def entries(self) -> list[tuple[str, str]]:
        """(name, label) of each listed entity, in order."""
        return [(e.name, e.label) for e in self.entities]

    def show(
        self,
        entities: list[tuple[Entity, int]],
        labels: tuple[str, ...],
        colours: dict[str, str],
    ) -> None:
        """List (entity, mentions in this article) whose label is in `labels`, dates left out."""
        shown = [
            (e, n) for e, n in entities if e.label in labels and e.label not in ("DATE", "TIME")
        ]
        self.entities = [e for e, _ in shown]
        self.clear_options()
        options = []
        for e, count in shown:
            prompt = Text(no_wrap=True, overflow="ellipsis")
            prompt.append(f"{count:>3} ", style="dim")
            prompt.append(e.name, style=colours.get(e.label, ""))
            prompt.append(f" {e.label}", style="dim")
            if e.role:
                prompt.append(f" · {e.role}", style="dim italic")
            options.append(Option(prompt))
        self.add_options(options)

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0  # a list shows where its cursor is as soon as it has focus

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Picked(self, self.entities[event.option_index]))
