"""The JSON the commands print: the models as `dataclasses.asdict` gives them, with dates as
precise as the text gives them (core/when.py) and a briefing or digest marked by its kind."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from briefing.core.models import Briefing, DateMention, Digest, Event
from briefing.core.when import written, written_end


def event_json(event: Event) -> dict[str, Any]:
    data = asdict(event)
    data["what"] = event.what
    data["when_date"] = written(event.when_date, event.when_granularity)
    data["when_end"] = written_end(event.when_end, event.when_granularity)
    return data


def event_date(event: Event) -> str | None:
    """When an event happened, as precise as the text says."""
    return written(event.when_date, event.when_granularity)


def main_event_json(main: Event | None) -> dict[str, Any] | None:
    """An article's main event: who did what, when (as precise as the text), where."""
    if main is None:
        return None
    return {
        "who": main.who,
        "what": main.what,
        "when": main.when,
        "when_date": written(main.when_date, main.when_granularity),
        "when_end": written_end(main.when_end, main.when_granularity),
        "when_granularity": main.when_granularity,
        "where": main.where,
    }


def date_json(date: DateMention) -> dict[str, Any]:
    """A resolved date mention (value and end as precise as the text: core/when.py)."""
    data = asdict(date)
    data["value"] = written(date.value, date.granularity)
    data["end"] = written_end(date.end, date.granularity)
    return data


def dated_json(entries: list[dict[str, Any]]) -> None:
    """Timeline entries or changes, their dates as precise as the text (in place)."""
    for entry in entries:
        entry["end"] = written_end(entry["end"], entry["granularity"])
        entry["date"] = written(entry["date"], entry["granularity"])


def told_json(told: Briefing | Digest) -> dict[str, Any]:
    """A briefing as `{"kind": "story", ...}`, a digest as `{"kind": "digest", ...}`."""
    if isinstance(told, Digest):
        data = asdict(told)
        del data["members"]
        if not data.pop("new"):  # what is new and unread is said in the digest of what is new
            for story in data["stories"]:
                del story["new_points"], story["unread"]
        return {"kind": "digest", **data}
    data = asdict(told)
    dated_json(data["timeline"])
    dated_json(data["changes"])
    return {"kind": "story", **data}
