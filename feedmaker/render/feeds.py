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

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from .. import __version__
from ..errors import RenderError
from ..model import Entry, FeedMeta
from . import feed_url

GENERATOR_URI = "https://pypi.org/project/feedmaker/"
EPOCH = datetime.fromisoformat("2000-01-01T00:00:00+00:00")


def newest(entries: Sequence[Entry]) -> datetime:
    """Return the newest ``updated`` of ``entries`` (a fixed epoch for an empty feed, never the clock)."""
    return max((e.updated for e in entries), default=EPOCH)


class XmlFeed:
    """A feed's metadata and entries added to one FeedGenerator once, then written as Atom or RSS.

    Only the links differ between the formats. A large build makes one before
    forking, so that each process writing a format inherits the entries
    instead of adding them again.
    """

    def __init__(self, entries: Sequence[Entry], meta: FeedMeta) -> None:
        """Add ``entries`` to a new FeedGenerator. Raises RenderError naming the entry and field refused."""
        self.meta = meta
        self._fg = _generator(entries, meta)

    def document(self, fmt: str) -> bytes:
        """Return the feed as ``fmt`` ("atom" or "rss"). Raises RenderError when feedgen refuses the feed."""
        _links(self._fg, self.meta, fmt)
        try:
            return bytes(self._fg.atom_str(pretty=True) if fmt == "atom" else self._fg.rss_str(pretty=True))
        except ValueError as exc:
            raise RenderError(f"feed {self.meta.slug!r}: {exc}") from None


def _generator(entries: Sequence[Entry], meta: FeedMeta) -> FeedGenerator:
    fg = FeedGenerator()
    if any(e.authors for e in entries):
        fg.register_extension("dc", _DublinCore, _Creators, atom=False, rss=True)
    if any(i.url for e in entries for i in e.images):  # the entries that have a lead image
        fg.load_extension("media", atom=True, rss=True)
        fg.register_extension("enclosure", BaseExtension, _Enclosure, atom=True, rss=True)
    fg.id(meta.id)
    fg.title(meta.title)
    fg.author({"name": meta.author})
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
    return fg


def _links(fg: FeedGenerator, meta: FeedMeta, fmt: str) -> None:
    """Set the feed's links for ``fmt``: self first, alternate last (RSS's <link> is the last one added)."""
    fg.link([], replace=True)
    self_url = feed_url(meta, fmt)
    if self_url:
        mime = "application/atom+xml" if fmt == "atom" else "application/rss+xml"
        fg.link(href=self_url, rel="self", type=mime)
    site = meta.link or (meta.self_base.rstrip("/") + "/" if meta.self_base else None)
    if site:
        fg.link(href=site, rel="alternate")
    elif fmt == "rss":
        # RSS requires a channel link; without a site or base URL the best is the feed's own address.
        fg.link(href=self_url or "http://localhost/", rel="alternate")


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
        fe.dc.names.append(name)  # RSS <author> must be an e-mail address: names go to dc:creator
    if entry.summary:
        fe.summary(entry.summary)
    content = entry.content or (None if entry.link else f"<p>{_escape(entry.summary or entry.title)}</p>")
    if content:
        fe.content(content, type="html")
    for term in entry.categories:
        fe.category(term=term)
    image = lead_image(entry)
    if image is not None:
        url, mime = image
        # One enclosure (Atom link rel="enclosure", RSS <enclosure>; the size is unknown: length 0)
        # and Media RSS for readers that show pictures.
        fe.enclosure.set(url, mime)
        fe.media.content(url=url, medium="image", type=mime)
        fe.media.thumbnail(url=url)


DC_NS = "http://purl.org/dc/elements/1.1/"


class _DublinCore(BaseExtension):  # type: ignore[misc]
    """The ``dc`` namespace on the RSS channel, for the entries' creators.

    feedgen has a Dublin Core extension, but for each entry it probes fifteen
    elements by name: that took 40 % of writing a 10,000-item RSS feed, to
    write the one element we use.
    """

    def extend_ns(self) -> dict[str, str]:
        return {"dc": DC_NS}


class _Creators(BaseEntryExtension):  # type: ignore[misc]
    """An entry's authors as ``dc:creator`` elements of its RSS item."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def extend_rss(self, item: etree._Element) -> etree._Element:
        for name in self.names:
            etree.SubElement(item, f"{{{DC_NS}}}creator").text = name
        return item


class _Enclosure(BaseEntryExtension):  # type: ignore[misc]
    """The entry's enclosure, written by us: feedgen 1.0 drops the rel and type of entry links in
    Atom (its writer reads them from the new XML element instead of the link's data), which would
    turn an enclosure into a second alternate link."""

    def __init__(self) -> None:
        self.url: str | None = None
        self.mime = "image/jpeg"

    def set(self, url: str, mime: str) -> None:
        self.url, self.mime = url, mime

    def extend_atom(self, entry: etree._Element) -> etree._Element:
        if self.url:
            # feedgen builds Atom elements without a namespace under a default-namespace root: do likewise.
            link = etree.SubElement(entry, "link")
            link.attrib.update({"rel": "enclosure", "href": self.url, "type": self.mime, "length": "0"})
        return entry

    def extend_rss(self, item: etree._Element) -> etree._Element:
        if self.url:
            etree.SubElement(item, "enclosure", url=self.url, length="0", type=self.mime)
        return item


def lead_image(entry: Entry) -> tuple[str, str] | None:
    """Return the URL and MIME type of the entry's first image with a URL, or None."""
    url = next((i.url for i in entry.images if i.url), None)
    if url is None:
        return None
    mime = next((i.mime_type for i in entry.images if i.url == url and i.mime_type), None)
    return url, mime or image_type(url)


# Image types by file extension. A table of our own rather than the mimetypes module, whose
# answers depend on the machine's /etc/mime.types (the same input must give the same feed
# everywhere) and whose first call reads that file.
IMAGE_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "jpe": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "svg": "image/svg+xml",
    "bmp": "image/bmp",
    "ico": "image/vnd.microsoft.icon",
    "tif": "image/tiff",
    "tiff": "image/tiff",
    "heic": "image/heic",
}


def image_type(url: str) -> str:
    """Return the MIME type an image URL's extension names (image/jpeg when it names none we know)."""
    path = url.split("#", 1)[0].split("?", 1)[0]
    name = path.rsplit("/", 1)[-1]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    return IMAGE_TYPES.get(extension, "image/jpeg")


def _escape(text: str) -> str:
    from html import escape

    return escape(text, quote=False)
