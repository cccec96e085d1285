"""The central, immutable types that flow through the pipeline.

``RawEntry`` is what a parser saw: untrusted strings plus where they came from.
``Entry`` is what everything after :mod:`feedmaker.normalise` speaks: cleaned,
typed, tz-aware. Both are frozen; change them with :func:`dataclasses.replace`.
Absent values are ``None`` (or an empty tuple), never ``""``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum


class DateSource(StrEnum):
    """Where an entry's date came from; it decides which source wins."""

    PAGE = "page"  # an absolute date printed on the page
    STRUCTURED = "structured"  # machine-readable: <time datetime>, JSON-LD, feed field
    RELATIVE = "relative"  # "3 hours ago", resolved against the reference time
    FIRST_SEEN = "first-seen"  # no date on the page: when feedmaker first saw it


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a story was read: a file and line, or a URL, and which parser read it."""

    source: str
    line: int | None = None
    parser: str = "text"

    def __str__(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


@dataclass(frozen=True, slots=True)
class Image:
    """An image of a story: its URL (absent in text scrapes) and/or its caption."""

    url: str | None = None
    caption: str | None = None
    mime_type: str | None = None


@dataclass(frozen=True, slots=True)
class RawDate:
    """A date as printed, before it is trusted.

    ``text`` is the printed phrase ("3 hours ago", "12/03/2025"); ``value`` is set
    when the parser already resolved it (a relative phrase against the reference
    time, or a glued date it split off).
    """

    text: str
    value: datetime | None = None
    source: DateSource = DateSource.PAGE
    date_only: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of a story body: a paragraph, a subheading or a figure caption."""

    kind: str  # "p", "h", "caption", "html"
    text: str


@dataclass(frozen=True, slots=True)
class RawEntry:
    """A story as a parser saw it; every value still untrusted text."""

    origin: Origin
    title: str | None = None
    title_derived: bool = False
    link: str | None = None
    guid: str | None = None
    authors: tuple[str, ...] = ()
    dates: tuple[RawDate, ...] = ()
    updated: tuple[RawDate, ...] = ()
    section: str | None = None
    categories: tuple[str, ...] = ()
    summary: str | None = None
    body: tuple[Block, ...] = ()
    images: tuple[Image, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    """A normalised story, ready to be merged, rendered and published."""

    id: str
    title: str
    published: datetime
    updated: datetime
    date_source: DateSource
    origin: Origin
    title_derived: bool = False
    link: str | None = None
    authors: tuple[str, ...] = ()
    summary: str | None = None
    content: str | None = None
    categories: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()

    @property
    def permalink(self) -> bool:
        """True when the id is a URL of the story (its canonical link): RSS ``isPermaLink``."""
        return self.id.startswith(("https://", "http://"))


@dataclass(frozen=True, slots=True)
class FeedMeta:
    """The feed's own metadata, as the writers need it."""

    slug: str
    title: str
    link: str | None = None
    self_base: str | None = None  # base URL the output folder is served from
    description: str | None = None
    language: str | None = None
    author: str = "feedmaker"
    id: str | None = None  # the Atom feed id; derived from link/slug when absent


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one part of the input; the run goes on without it."""

    origin: Origin
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True, slots=True)
class RunReport:
    """What a build did, for the CLI to print and for tests to check."""

    slug: str
    entries: int  # in the feed; -1 when the build was skipped
    written: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()  # off the page, still in the feed
    expired: tuple[str, ...] = ()  # out of the feed by retention
    skipped: bool = False  # inputs unchanged since the last run: nothing to do
    dry_run: bool = False


@dataclass(frozen=True, slots=True)
class Record:
    """What the state store remembers of one story of a feed."""

    entry: Entry
    first_seen: datetime
    last_seen: datetime
    content_hash: str
    on_page: bool = True  # seen in the latest run's input
    listed: bool = True  # in the feed as last published (False: retention took it out)


@dataclass(frozen=True, slots=True)
class Retention:
    """How long stories stay in a feed after they drop off the page (None: no limit)."""

    max_items: int | None = None
    max_age: timedelta | None = None
