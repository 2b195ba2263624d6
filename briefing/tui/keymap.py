"""Key remappings from the config: which names are keys Textual can bind, and what is wrong
with a remapping (an unknown binding id, a name that is no key, a key two bindings would
share where both work)."""

from __future__ import annotations

from textual.binding import Binding

_MODIFIERS = frozenset(("ctrl", "shift", "alt", "meta", "super", "hyper"))


def is_key(name: str) -> bool:
    """Whether Textual can bind `name`: a character, a key's name ("enter", "f5", "space",
    "question_mark"), after modifiers ("ctrl+s")."""
    from textual.keys import KEY_ALIASES, REPLACED_KEYS, Keys, key_to_character

    *modifiers, key = name.split("+")
    if not key or any(m not in _MODIFIERS for m in modifiers):
        return False
    if key in KEY_ALIASES or key in {k.value for k in Keys}:
        return True
    # A character, or its name as Textual gives it ("full_stop", "slash" for "solidus"; not
    # "latin_small_letter_a", which no key sends).
    character = key if len(key) == 1 else key_to_character(REPLACED_KEYS.get(key, key))
    if character is None or (len(key) > 1 and key_name(character) != key):
        return False
    # Shift and a printable character arrive as the character itself ("G", not "shift+g").
    return not ("shift" in modifiers and character.isprintable() and character != " ")


def key_name(key: str) -> str:
    """A key as Textual names it: a character by its name ("?" is "question_mark")."""
    from textual.keys import _character_to_key

    return _character_to_key(key) if len(key) == 1 else key


def keymap_problems(
    keys: dict[str, str], placed: list[tuple[str, Binding]]
) -> tuple[list[tuple[str | None, str]], set[str]]:
    """What is wrong with a key remapping (binding id -> keys), one line each with the config
    key it is at ("keys.save"), and the ids whose remapping cannot be applied: an id no
    binding has (with the one it may mean), a name that is no key ("ctrl+zz"), a key that
    another binding already has where both work ("save: q" would take quit's key: the app
    could not be left). `placed`: every binding with an id, with the context it works in
    ("Everywhere", "Lists", ...)."""
    import difflib  # (not before the first paint)

    known = sorted({b.id for _, b in placed if b.id})
    problems: list[tuple[str | None, str]] = []
    refused: set[str] = set()
    for name in sorted(set(keys) - set(known)):
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "the help screen lists the ids"
        problems.append((f"keys.{name}", f"keys: unknown binding id '{name}' ({hint})"))
        refused.add(name)
    for name in sorted(set(keys) - refused):
        wrong = [k for k in (k.strip() for k in keys[name].split(",")) if not is_key(k)]
        if wrong:
            shifted = wrong[0].rpartition("+")[2]
            hint = (
                f"a capital arrives as '{shifted.upper()}'"
                if wrong[0].startswith("shift+") and len(shifted) == 1
                else "e.g. 'x', 'ctrl+x', 'f5'"
            )
            problems.append((f"keys.{name}", f"keys: '{wrong[0]}' ({name}) is no key; {hint}"))
            refused.add(name)

    def bound(binding: Binding) -> set[str]:
        """Its keys as remapped; a remapping refused leaves its own."""
        given = keys.get(binding.id or "", binding.key) if binding.id not in refused else None
        return {key_name(k.strip()) for k in (given or binding.key).split(",")}

    for index, (here, one) in enumerate(placed):
        for there, other in placed[index + 1 :]:
            remapped = {one.id, other.id} & (set(keys) - refused)
            if one.id == other.id or not remapped:
                continue
            if here != there and "Everywhere" not in (here, there):
                continue  # a list's key and a text pane's never work at once
            if {k.strip() for k in one.key.split(",")} & {k.strip() for k in other.key.split(",")}:
                continue  # they share it by design (escape: cancel a save, else the filter)
            if shared := bound(one) & bound(other):
                first = sorted(remapped)[0]  # type: ignore[type-var]
                problems.append(
                    (
                        f"keys.{first}",
                        f"keys: '{sorted(shared)[0]}' would be both {one.id} and {other.id}; "
                        f"{' and '.join(sorted(remapped))} keeps its own key",  # type: ignore[arg-type]
                    )
                )
                refused |= remapped  # type: ignore[arg-type]
    return problems, refused
