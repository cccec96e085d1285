"""Atom 1.0 and RSS 2.0 through python-feedgen: the only module that imports feedgen.

feedgen 1.0 is called in a fixed order that avoids its pitfalls: the self link
is added before the alternate one (the RSS channel <link> is whichever came
last); entries are appended, not prepended; the feed's updated/lastBuildDate
are set to the newest entry (feedgen defaults them to the clock); content is
typed HTML and the summary set on purpose; name-only authors go to dc:creator
in RSS (RSS <author> must be an e-mail address and feedgen drops the rest).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from feedgen.feed import FeedGenerator

from .. import __version__
from ..errors import RenderError
from ..model import Entry, FeedMeta
from . import feed_url

GENERATOR_URI = "https://pypi.org/project/feedmaker/"
EPOCH = datetime.fromisoformat("2000-01-01T00:00:00+00:00")


def render_atom(entries: Sequence[Entry], meta: FeedMeta) -> bytes:
    """Return the Atom 1.0 document of ``entries``. Raises RenderError naming a refused field."""
    return _generate(entries, meta, "atom")


def render_rss(entries: Sequence[Entry], meta: FeedMeta) -> bytes:
    """Return the RSS 2.0 document of ``entries``. Raises RenderError naming a refused field."""
    return _generate(entries, meta, "rss")


def newest(entries: Sequence[Entry]) -> datetime:
    """Return the newest ``updated`` of ``entries`` (a fixed epoch for an empty feed, never the clock)."""
    return max((e.updated for e in entries), default=EPOCH)


def _generate(entries: Sequence[Entry], meta: FeedMeta, fmt: str) -> bytes:
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)
    fg.id(meta.id)
    fg.title(meta.title)
    fg.author({"name": meta.author})
    self_url = feed_url(meta, fmt)
    if self_url:
        fg.link(
            href=self_url, rel="self", type="application/atom+xml" if fmt == "atom" else "application/rss+xml"
        )
    site = meta.link or (meta.self_base.rstrip("/") + "/" if meta.self_base else None)
    if site:
        fg.link(href=site, rel="alternate")
    elif fmt == "rss":
        fg.link(href=self_url or "http://localhost/", rel="alternate")
    fg.description(meta.description or meta.title)
    fg.subtitle(meta.description or meta.title)
    if meta.language:
        fg.language(meta.language)
    fg.generator("feedmaker", version=__version__, uri=GENERATOR_URI)
    stamp = newest(entries)
    fg.updated(stamp)
    fg.lastBuildDate(stamp)
    for entry in entries:
        try:
            _add(fg, entry)
        except ValueError as exc:
            raise RenderError(f"{entry.origin}: feedgen refused entry {entry.title!r}: {exc}") from None
    try:
        data: bytes = fg.atom_str(pretty=True) if fmt == "atom" else fg.rss_str(pretty=True)
    except ValueError as exc:
        raise RenderError(f"feed {meta.slug!r}: {exc}") from None
    return data


def _add(fg: FeedGenerator, entry: Entry) -> None:
    fe = fg.add_entry(order="append")
    fe.id(entry.id)
    fe.guid(entry.id, permalink=entry.permalink)
    fe.title(entry.title)
    if entry.link:
        fe.link(href=entry.link, rel="alternate")
    fe.published(entry.published)
    fe.updated(entry.updated)
    for name in entry.authors:
        fe.author({"name": name})
        fe.dc.dc_creator(name)
    if entry.summary:
        fe.summary(entry.summary)
    content = entry.content or (None if entry.link else f"<p>{_escape(entry.summary or entry.title)}</p>")
    if content:
        fe.content(content, type="html")
    for term in entry.categories:
        fe.category(term=term)


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
