"""The cache's JSON form of an analysis: compact lists, a blob per article (it loads fastest:
PERF-NOTES); and of a briefing, kept as it was told (`store/kept.py`)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from briefing.core.models import (
    Actor,
    Analysis,
    Briefing,
    Dated,
    DateMention,
    EventFrame,
    Mention,
    Phrase,
    Point,
    Sentence,
    Source,
)


def _phrase(p: Phrase | None) -> list[Any] | None:
    return None if p is None else [p.text, p.start, p.end]


def _unphrase(raw: list[Any] | None) -> Phrase | None:
    return None if raw is None else Phrase(*raw)


def _date(d: DateMention | None) -> list[Any] | None:
    return (
        None if d is None else [d.text, d.start, d.end_char, d.value, d.end, d.granularity, d.tense]
    )


def _undate(raw: list[Any] | None) -> DateMention | None:
    return None if raw is None else DateMention(*raw)


def encode_analysis(analysis: Analysis) -> str:
    """Compact JSON for one analysis."""
    return json.dumps(
        {
            "s": [[s.start, s.end] for s in analysis.sentences],
            "m": [[m.text, m.label, m.start, m.end] for m in analysis.mentions],
            "d": [_date(d) for d in analysis.dates],
            "e": [
                [
                    e.sentence,
                    _phrase(e.who),
                    e.action,
                    _phrase(e.whom),
                    _phrase(e.where),
                    _date(e.when),
                    e.topic,
                    _phrase(e.said_by),
                    e.kind,
                    e.link,
                ]
                for e in analysis.events
            ],
            "l": _phrase(analysis.dateline),
            **({"c": analysis.analysed_chars} if analysis.analysed_chars is not None else {}),
            "q": [list(c) for c in analysis.cues],
            "w": dict(analysis.lemmas),
        },
        separators=(",", ":"),
        ensure_ascii=False,
    )


def decode_analysis(data: str) -> Analysis:
    """The inverse of `encode_analysis`."""
    raw = json.loads(data)
    return Analysis(
        sentences=tuple(Sentence(a, b) for a, b in raw["s"]),
        mentions=tuple(Mention(t, lab, a, b) for t, lab, a, b in raw["m"]),
        dates=tuple(DateMention(*d) for d in raw.get("d", [])),
        events=tuple(
            EventFrame(
                sentence,
                _unphrase(who),
                action,
                _unphrase(whom),
                _unphrase(where),
                _undate(when),
                topic,
                _unphrase(said_by),
                kind,
                link,
            )
            for sentence, who, action, whom, where, when, topic, said_by, kind, link in raw.get(
                "e", []
            )
        ),
        dateline=_unphrase(raw.get("l")),
        analysed_chars=raw.get("c"),
        cues=tuple((i, c) for i, c in raw.get("q", [])),
        lemmas=tuple(raw.get("w", {}).items()),
    )


def encode_briefing(briefing: Briefing) -> str:
    """Compact JSON for one briefing (what `kept.KeptBriefings` keeps)."""
    return json.dumps(
        [
            briefing.title,
            _point(briefing.bottom_line),
            [_point(p) for p in briefing.key_points],
            [list(dataclasses.astuple(a)) for a in briefing.actors],
            [_dated(d) for d in briefing.timeline],
            [_dated(d) for d in briefing.changes],
            [list(dataclasses.astuple(s)) for s in briefing.sources],
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )


def decode_briefing(data: str) -> Briefing:
    """The inverse of `encode_briefing`."""
    title, bottom, points, actors, timeline, changes, sources = json.loads(data)
    return Briefing(
        title=title,
        bottom_line=None if bottom is None else _unpoint(bottom),
        key_points=tuple(_unpoint(p) for p in points),
        actors=tuple(Actor(*a) for a in actors),
        timeline=tuple(_undated(d) for d in timeline),
        changes=tuple(_undated(d) for d in changes),
        sources=tuple(Source(*s) for s in sources),
    )


def _point(p: Point | None) -> list[Any] | None:
    return None if p is None else [p.text, list(p.citations)]


def _unpoint(raw: list[Any]) -> Point:
    return Point(raw[0], tuple(raw[1]))


def _dated(d: Dated) -> list[Any]:
    return [d.date, d.end, d.granularity, d.text, list(d.citations)]


def _undated(raw: list[Any]) -> Dated:
    date, end, granularity, text, citations = raw
    return Dated(date, end, granularity, text, tuple(citations))
