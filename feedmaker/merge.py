"""Merging, in pure functions: the stories of one build, then the build into the feed's history.

``dedupe``: stories printed twice on a page (or in two inputs) share an id and
become one entry that keeps the richer body; two *different* stories that
happen to share an id (same title and section, unrelated text) are both kept,
the later one with an id extended by a hash of its own text.

``merge_history``: this run's stories against what the state store remembers
(see its docstring for the rules), then retention (``max_items``, ``max_age``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from .model import DateSource, Entry, Record, Retention
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
    return _same_title_twins(tuple(kept.values()))


def _same_title_twins(entries: tuple[Entry, ...]) -> tuple[Entry, ...]:
    """Merge stories printed twice under titles that differ only by a site name ("Title | Gazette").

    Only entries without a link of their own (their ids come from the title) are
    merged, and only when they tell the same story; the plainer title is kept.
    """
    first: dict[str, int] = {}
    merged: list[Entry | None] = list(entries)
    for index, entry in enumerate(entries):
        if entry.link is not None:
            continue
        key = loose_title(entry.title)
        other = first.get(key)
        if other is None:
            first[key] = index
            continue
        twin = merged[other]
        if twin is None or not _same_story(twin, entry):
            continue
        keep = _richer(twin, entry)
        plain = min((twin, entry), key=lambda e: len(e.title))
        merged[other] = replace(keep, id=plain.id, title=plain.title)
        merged[index] = None
    return tuple(e for e in merged if e is not None)


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


# -- history: one run's stories merged into what the feed published before ------------------------------

_SITE_SUFFIX = re.compile(r"\s+[-–—|·:]\s+[^-–—|·:]{1,40}$")


@dataclass(frozen=True, slots=True)
class MergeResult:
    """The feed's new history, the entries to publish (newest first), and what changed."""

    records: dict[str, Record]
    entries: tuple[Entry, ...]
    added: tuple[str, ...]
    updated: tuple[str, ...]
    dropped: tuple[str, ...]  # went off the page this run (still in the feed until retention)
    expired: tuple[str, ...]  # taken out of the feed by retention this run


def content_hash(entry: Entry) -> str:
    """Return a hash of what a reader sees of a story, blind to cosmetic changes (quotes, case, spaces)."""
    parts = [
        entry.title,
        entry.summary or "",
        entry.content or "",
        *entry.authors,
        *entry.categories,
        entry.link or "",
    ]
    return hashlib.sha256("\x1f".join(fold(p) for p in parts).encode("utf-8")).hexdigest()


def loose_title(title: str) -> str:
    """Return the folded title without a trailing site name ("Title - The Gazette"), a cosmetic retitle."""
    folded = fold(title)
    stripped = _SITE_SUFFIX.sub("", folded)
    return stripped if len(stripped.split()) >= 3 else folded


def merge_history(
    history: Mapping[str, Record], fresh: Sequence[Entry], now: datetime, retention: Retention
) -> MergeResult:
    """Merge this run's stories (page order, deduplicated) into the feed's history.

    A story seen before keeps its id, first-seen time and published date; its
    ``updated`` moves to ``now`` when what a reader sees of it changed. A new
    story's first-seen time is ``now``, one second earlier per place on the page
    (the top story newest), and dates a story the page gave no date. Stories
    missing from the page stay until retention removes them; a story that
    comes back keeps its old id and dates. Pure: the same inputs give the same result.
    """
    records = dict(history)
    unmatched = dict(history)
    by_title: dict[str, str] = {}
    for key, record in history.items():
        by_title.setdefault(loose_title(record.entry.title), key)
    added: list[str] = []
    changed: list[str] = []
    seen: set[str] = set()
    for position, entry in enumerate(fresh):
        stamp = now - timedelta(seconds=position)
        match = entry.id if entry.id in records else _match(entry, unmatched, by_title)
        if match is None or match in seen:
            first = (
                replace(entry, published=stamp, updated=stamp)
                if entry.date_source is DateSource.FIRST_SEEN
                else entry
            )
            records[first.id] = Record(first, stamp, now, content_hash(first))
            seen.add(first.id)
            added.append(first.id)
            continue
        key = match
        old = records[key]
        unmatched.pop(key, None)
        seen.add(key)
        digest = content_hash(entry)
        updated = old.entry.updated
        if digest != old.content_hash:
            updated = max(updated, stamp)
            changed.append(key)
        updated = max(updated, entry.updated if entry.date_source is not DateSource.FIRST_SEEN else updated)
        merged = replace(
            entry,
            id=old.entry.id,
            published=old.entry.published,
            date_source=old.entry.date_source,
            updated=updated,
        )
        records[key] = Record(merged, old.first_seen, now, digest, on_page=True, listed=old.listed)
    dropped = []
    for key, record in records.items():
        if key not in seen and record.on_page:
            records[key] = replace(record, on_page=False)
            dropped.append(key)
    return _retain(records, now, retention, tuple(added), tuple(changed), tuple(dropped))


def _match(entry: Entry, unmatched: Mapping[str, Record], by_title: Mapping[str, str]) -> str | None:
    """Find the history record of a story whose id changed cosmetically (or whose derived title moved)."""
    key = by_title.get(loose_title(entry.title))
    if (
        key is not None
        and key in unmatched
        and not (entry.link and unmatched[key].entry.link and entry.link != unmatched[key].entry.link)
    ):
        return key
    if entry.title_derived and entry.content:
        mine = _paragraphs(entry)
        for key, record in unmatched.items():
            theirs = _paragraphs(record.entry)
            if (
                record.entry.title_derived
                and mine
                and theirs
                and len(mine & theirs) * 2 >= max(len(mine), len(theirs))
            ):
                return key
    return None


def _paragraphs(entry: Entry) -> set[str]:
    return {fold(p) for p in re.split(r"</?p>", entry.content or "") if len(p) > 20}


def _retain(
    records: dict[str, Record],
    now: datetime,
    retention: Retention,
    added: tuple[str, ...],
    changed: tuple[str, ...],
    dropped: tuple[str, ...],
) -> MergeResult:
    ordered = sorted(
        records.values(), key=lambda r: (r.entry.published, r.first_seen, r.entry.id), reverse=True
    )
    keep = [r for r in ordered if retention.max_age is None or r.entry.published >= now - retention.max_age]
    if retention.max_items is not None:
        keep = keep[: retention.max_items]
    listed = {r.entry.id for r in keep}
    expired = []
    for key, record in records.items():
        now_listed = record.entry.id in listed
        if record.listed and not now_listed and key not in added:
            expired.append(key)
        if record.listed != now_listed:
            records[key] = replace(record, listed=now_listed)
    return MergeResult(records, tuple(r.entry for r in keep), added, changed, dropped, tuple(expired))
