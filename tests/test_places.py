"""Which place names are broad: countries, continents, world regions."""

from __future__ import annotations

import pytest

from briefing.core.extract.places import is_broad, is_specific


@pytest.mark.parametrize(
    "name", ["Afghanistan", "U.S.", "the United States", "UK", "Middle East", "Guinea-Bissau"]
)
def test_broad(name: str) -> None:
    assert is_broad(name)


@pytest.mark.parametrize("name", ["Mazar-i-Sharif", "Croydon", "Trump Tower", "Hebei", "Paris"])
def test_specific(name: str) -> None:
    assert not is_broad(name) and is_specific(name)


@pytest.mark.parametrize("name", ["North", "the South", "UK", "Middle East"])
def test_not_specific(name: str) -> None:
    assert not is_specific(name)  # a bare direction ("the North" for North Korea) or broad
