"""RawEntry -> Entry: trusted text, one date, an id, safe HTML.

Each step is a pure helper called in a fixed order: title (or a derived one),
link, id, dates, authors, categories, summary, content. A story that cannot
become an entry (no title and no text to derive one from) raises EntryError,
which the pipeline turns into a Problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from html import unescape

from .dates import parse_date
from .errors import EntryError
from .ids import entry_id, tag_uri
from .model import Block, DateSource, Entry, Image, Problem, RawDate, RawEntry
from .sanitise import paragraph, sanitise
from .textutil import clean, fold, shorten
from .urls import absolute, canonical

TITLE_LIMIT = 110  # derived titles: a first sentence cut at a word boundary
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’»)]*\s+(?=[\"“‘«(¿¡]?[A-ZÀ-ÖØ-Þ0-9])")
_HEADING_TAG = "h3"
_WORD = re.compile(r"\w")
_FIRST_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Settings:
    """What normalising needs to know about the feed and the run."""

    now: datetime
    authority: str
    base_url: str | None = None  # resolves relative story links and image URLs
    zone: tzinfo | None = None  # for printed times without a zone (default: now's)


def normalise_all(
    raws: Iterable[RawEntry], settings: Settings
) -> tuple[tuple[Entry, ...], tuple[Problem, ...]]:
    """Return the entries made from ``raws`` (in the same order) and a Problem per rejected story.

    Stories without any date get the reference time, one second earlier per
    position on the page, so page order survives sorting and no two share a date.
    """
    entries: list[Entry] = []
    problems: list[Problem] = []
    for position, raw in enumerate(raws):
        try:
            entries.append(normalise(raw, settings, position))
        except EntryError as exc:
            problems.append(Problem(raw.origin, str(exc)))
    return tuple(entries), tuple(problems)


def normalise(raw: RawEntry, settings: Settings, position: int = 0) -> Entry:
    """Return the entry for ``raw``; ``position`` is its place on the page (0 = top).

    Raises EntryError when the story has neither a title nor any text.
    """
    body = tuple(Block(b.kind, text) for b in raw.body if (text := clean(b.text)))
    title, derived = _title(raw, body)
    link = absolute(raw.link, settings.base_url)
    link = canonical(link) if link else None  # no fragment, no utm_* noise in what readers open
    section = clean(raw.section) if raw.section else None
    dates, updates = _resolve(raw.dates, settings), _resolve(raw.updated, settings)
    published, source = _published(dates, updates, settings.now - timedelta(seconds=position))
    updated = max([published, *(d.value for d in updates if d.value is not None)])
    summary = clean(raw.summary) if raw.summary else _summary(body)
    return Entry(
        id=_id(raw, link, title, section, settings),
        title=title,
        title_derived=derived,
        link=link,
        authors=_unique(clean(a) for a in raw.authors),
        published=published,
        updated=updated,
        date_source=source,
        summary=summary or None,
        content=_content(body, raw.images, settings.base_url) or None,
        categories=_unique(clean(c) for c in raw.categories),
        images=tuple(
            Image(absolute(i.url, settings.base_url), clean(i.caption) if i.caption else None, i.mime_type)
            for i in raw.images
        ),
        origin=raw.origin,
    )


def _id(raw: RawEntry, link: str | None, title: str, section: str | None, settings: Settings) -> str:
    """Return the GUID: the canonical link; else the source's own id (made a URI); else a tag URI."""
    if link or not raw.guid:
        return entry_id(link, title, section, settings.authority)
    guid = clean(raw.guid)
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", guid):
        return guid
    return tag_uri(settings.authority, f"guid\x1f{guid}")


def derive_title(text: str) -> str:
    """Return a title made from the first sentence of ``text``, at most TITLE_LIMIT characters."""
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    if first.endswith(".") and not first.endswith(".."):
        first = first[:-1]
    return shorten(first, TITLE_LIMIT)


def _title(raw: RawEntry, body: Sequence[Block]) -> tuple[str, bool]:
    title = clean(raw.title) if raw.title else ""
    if title:
        return title, raw.title_derived
    text = next((b.text for b in body if b.kind == "p"), None) or (raw.summary and clean(raw.summary))
    derived = derive_title(text) if text else ""
    if not _WORD.search(derived):
        raise EntryError("story has no title and no words to derive one from")
    return derived, True


def _published(
    dates: Sequence[RawDate], updates: Sequence[RawDate], fallback: datetime
) -> tuple[datetime, DateSource]:
    """Pick the story's date from what the page printed.

    Machine-readable dates win. A printed day ("on 22 December") and a time
    from elsewhere ("3 hours ago") agree when they fall on the same day: the
    timed one is kept, being more precise; when they disagree the printed day
    wins, a relative label being the less reliable. Published dates beat
    updated ones; no date at all gives ``fallback``.
    """
    for candidates in (dates, updates):
        known = [d for d in candidates if d.value is not None]
        if not known:
            continue
        structured = [d for d in known if d.source is DateSource.STRUCTURED]
        if structured:
            return _value(structured[0]), structured[0].source
        timed = [d for d in known if not d.date_only]
        days = [d for d in known if d.date_only]
        if timed and days:
            day = _value(days[0]).date()
            agreeing = [d for d in timed if _value(d).astimezone(_value(days[0]).tzinfo).date() == day]
            chosen = agreeing[0] if agreeing else days[0]
        else:
            chosen = (timed or days)[0]
        return _value(chosen), chosen.source
    return fallback, DateSource.FIRST_SEEN


def _resolve(dates: tuple[RawDate, ...], settings: Settings) -> tuple[RawDate, ...]:
    """Return ``dates`` with the ones a parser left as text (machine-readable stamps) read."""
    if all(d.value is not None for d in dates):
        return dates
    out = []
    for d in dates:
        if d.value is None:
            found = parse_date(d.text, now=settings.now, zone=settings.zone)
            if found is None:
                continue
            d = RawDate(d.text, found.value, d.source, found.date_only)
        out.append(d)
    return tuple(out)


def _value(d: RawDate) -> datetime:
    assert d.value is not None
    return d.value


def _summary(body: Sequence[Block]) -> str | None:
    """Return the first paragraph as plain text (from HTML content when there is no plain paragraph)."""
    for block in body:
        if block.kind == "p":
            return block.text
        if block.kind == "html":
            first = _FIRST_PARAGRAPH.search(block.text)
            text = clean(unescape(_TAGS.sub(" ", first.group(1) if first else block.text)))
            if text:
                return text
    return None


def _content(body: Sequence[Block], images: Sequence[Image], base_url: str | None) -> str:
    parts: list[str] = []
    for block in body:
        if block.kind == "p":
            parts.append(paragraph(block.text))
        elif block.kind == "h":
            parts.append(paragraph(block.text, _HEADING_TAG))
        elif block.kind == "html":
            parts.append(sanitise(block.text, base_url))
    # Captions of images the scrape kept no URL for are dropped from the
    # content: a figure without a picture reads as a stray paragraph.
    return "\n".join(p for p in parts if p)


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for value in values:
        if value:
            seen.setdefault(fold(value), value)
    return tuple(seen.values())
