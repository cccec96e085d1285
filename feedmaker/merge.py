"""Entries of one build merged: one entry per story, newest first.

Pure functions only. Stories printed twice on a page (or in two inputs) share
an id and become one entry that keeps the richer body. Two *different* stories
that happen to share an id (same title and section, unrelated text) are both
kept: the later one gets an id extended by a hash of its own text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from .model import DateSource, Entry
from .textutil import fold


def dedupe(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """Return ``entries`` with each story once, in order of first appearance."""
    kept: dict[str, Entry] = {}
    for entry in entries:
        twin = kept.get(entry.id)
        if twin is None:
            kept[entry.id] = entry
        elif _same_story(twin, entry):
            kept[entry.id] = _richer(twin, entry)
        else:
            digest = hashlib.sha256(fold(entry.summary or entry.content or "").encode()).hexdigest()[:12]
            distinct = replace(entry, id=f"{entry.id}-{digest}")
            kept.setdefault(distinct.id, distinct)
    return tuple(kept.values())


def newest_first(entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """Return ``entries`` sorted by date, newest first; ties keep their page order."""
    return tuple(sorted(entries, key=lambda e: e.published, reverse=True))


def _same_story(a: Entry, b: Entry) -> bool:
    """True when two entries with one id tell the same story (one's lede is in the other)."""
    lede_a, lede_b = fold(a.summary or ""), fold(b.summary or "")
    if not lede_a or not lede_b:
        return True
    body_a, body_b = fold(a.content or a.summary or ""), fold(b.content or b.summary or "")
    return lede_a[:80] in body_b or lede_b[:80] in body_a


def _richer(a: Entry, b: Entry) -> Entry:
    """Return the entry with more text, completed with what only the other one knows."""
    rich, poor = (b, a) if len(b.content or "") > len(a.content or "") else (a, b)
    # A printed date beats the first-seen fallback; between two fallbacks the
    # first printing's (its page position) wins.
    if rich.date_source is not DateSource.FIRST_SEEN:
        dated = rich
    elif poor.date_source is not DateSource.FIRST_SEEN:
        dated = poor
    else:
        dated = a
    return replace(
        rich,
        published=dated.published,
        date_source=dated.date_source,
        updated=max(rich.updated, poor.updated),
        authors=rich.authors or poor.authors,
        link=rich.link or poor.link,
        categories=tuple(dict.fromkeys(rich.categories + poor.categories)),
        images=rich.images or poor.images,
        summary=rich.summary or poor.summary,
        origin=a.origin,  # where the story first appeared
    )
