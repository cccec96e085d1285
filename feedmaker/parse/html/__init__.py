"""The HTML parser: a listing page or an article page -> RawEntry records.

The cascade, each step free to find nothing:

1. **Structured data first.** A JSON-LD ``ItemList`` of articles gives a
   listing's stories; a page that says it is one article (``og:type`` article,
   or a single JSON-LD article) gives one entry from JSON-LD, then OpenGraph /
   ``article:*`` meta, then the visible markup (``h1``, byline, ``<time>``).
2. **The user's selectors**, when given (``--select item=article.post ...``).
3. **Automatic listing detection** (:mod:`.auto`): the best group of repeated
   sibling blocks that each hold a title, never navigation, footers, widgets,
   related/popular/trending lists, cookie banners or comments.
4. **A page with one main text and an ``h1``** is read as an article even
   without structured data.

Visible blocks and structured items are matched by link, so a listing's
excerpt joins its JSON-LD item and an article keeps its visible byline when
JSON-LD names none.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from lxml import etree

from ...model import Block, DateSource, Image, Origin, RawDate, RawEntry
from ...read import Document
from ...textutil import fold
from ...urls import canonical
from ..profiles import Profile
from ..result import ParseResult
from ..rules import compile_profile
from ..shapes import Context
from . import article as article_text
from .auto import story_blocks
from .blocks import HEADINGS, BlockContext, extract
from .page import Page, decode_html, line_of, load_page, text_of
from .selectors import Selectors, select_stories
from .structured import Structured, articles, is_article_page, opengraph


def parse_html(
    doc: Document,
    *,
    now: datetime,
    zone: tzinfo,
    profile: Profile,
    page_url: str | None = None,
    selectors: Selectors | None = None,
    dayfirst: bool | None = None,
    explain: bool = False,
) -> ParseResult:
    """Return the stories of an HTML page, in page order. Never raises on malformed markup."""
    text = decode_html(doc.data, doc.name) if doc.data else doc.text
    page = load_page(text, doc.name, page_url)
    bc = BlockContext(page, compile_profile(profile), Context(now=now, zone=zone, dayfirst=dayfirst))
    notes: list[str] = []
    structured, from_list = articles(page)

    if selectors:
        entries = select_stories(page.root, selectors, bc)
        notes.append(f"selectors: {len(entries)} blocks matched {selectors.item or 'article'!r}")
        return ParseResult(tuple(_enrich(entries, structured)), explain=tuple(notes))
    if from_list:
        blocks, _ = story_blocks(page.root, bc.rules)
        visible = [e for e in (extract(b, bc) for b in blocks) if e is not None]
        entries = [_from_structured(s, page, visible) for s in structured]
        notes.append(f"JSON-LD ItemList: {len(entries)} articles")
        return ParseResult(tuple(e for e in entries if e.title), explain=tuple(notes))
    if is_article_page(page, structured, from_list):
        notes.append("article page (structured data says so)")
        return ParseResult((_article(page, structured[0] if structured else None, bc),), explain=tuple(notes))

    blocks, candidates = story_blocks(page.root, bc.rules)
    if explain:
        for c in candidates[:8]:
            notes.append(f"candidate {c.signature} x{len(c.members)}: score {c.score:.1f} ({c.reason})")
    entries = [e for e in (extract(b, bc) for b in blocks) if e is not None]
    if entries:
        notes.append(f"listing: {len(entries)} blocks of {candidates[0].signature!r} chosen")
        return ParseResult(tuple(_enrich(entries, structured)), explain=tuple(notes))
    h1 = next(page.root.iter("h1"), None)
    container = article_text.body_container(page.root)
    if h1 is not None and container is not None:
        notes.append("no repeated story blocks; read as one article (an h1 and a main text)")
        return ParseResult((_article(page, None, bc),), explain=tuple(notes))
    notes.append("no story blocks, no structured data, no article text")
    return ParseResult((), explain=tuple(notes))


def _key(url: str | None) -> str | None:
    return canonical(url) if url else None


def _enrich(entries: list[RawEntry], structured: list[Structured]) -> list[RawEntry]:
    """Fill fields of visible blocks from the JSON-LD article with the same link."""
    by_link = {_key(s.url): s for s in structured if s.url}
    out = []
    for entry in entries:
        s = by_link.get(_key(entry.link))
        out.append(entry if s is None else _merge(entry, s))
    return out


def _merge(entry: RawEntry, s: Structured) -> RawEntry:
    return replace(
        entry,
        title=s.headline or entry.title,
        authors=s.authors or entry.authors,
        dates=(s.published,) if s.published else entry.dates,
        updated=(s.modified,) if s.modified else entry.updated,
        section=s.sections[0] if s.sections else entry.section,
        categories=tuple(dict.fromkeys(s.sections + entry.categories + s.tags)),
        images=entry.images or s.images,
        summary=entry.summary or s.description,
    )


def _from_structured(s: Structured, page: Page, visible: list[RawEntry]) -> RawEntry:
    match = next((v for v in visible if _key(v.link) == _key(s.url)), None)
    if match is None and s.headline:
        match = next((v for v in visible if v.title and fold(v.title) == fold(s.headline)), None)
    base = match or RawEntry(
        origin=Origin(page.name, None, "html"), title=s.headline, link=s.url, summary=s.description
    )
    return _merge(replace(base, link=s.url or base.link), s)


def _article(page: Page, s: Structured | None, bc: BlockContext) -> RawEntry:
    og = opengraph(page)
    h1 = next((h for h in page.root.iter("h1") if text_of(h)), None)
    visible_title = text_of(h1) if h1 is not None else None
    scope = _article_scope(h1)
    visible = extract(scope, bc) if scope is not None else None
    container = article_text.body_container(page.root)
    body = (Block("html", article_text.body_html(container)),) if container is not None else ()
    if not body and s is not None and s.body:
        body = (Block("p", s.body),)
    link = page.canonical or og.url or (s.url if s else None) or page.page_url
    dates = _first(s.published if s else None, og.published)
    updated = _first(s.modified if s else None, og.modified)
    sections = (s.sections if s else ()) or og.sections or _breadcrumb(page)
    images = list((s.images if s else ()) + og.images)
    if scope is not None:
        images += [Image(u) for u in _content_images(scope, page)]
    return RawEntry(
        origin=Origin(page.name, line_of(h1) if h1 is not None else None, "html"),
        title=(s.headline if s else None) or visible_title or og.headline,
        link=link,
        authors=(s.authors if s else ()) or og.authors or (visible.authors if visible else ()),
        dates=dates or (visible.dates if visible else ()),
        updated=updated or (visible.updated if visible else ()),
        section=sections[0] if sections else None,
        categories=tuple(dict.fromkeys(sections + (s.tags if s else ()) + og.tags + _topic_links(page))),
        summary=None,
        body=body,
        images=_unique_images(images),
    )


def _first(*dates: RawDate | None) -> tuple[RawDate, ...]:
    return tuple(d for d in dates if d is not None)[:1]


def _article_scope(h1: etree._Element | None) -> etree._Element | None:
    """Return the element around the headline that holds its byline and dates (<article>, <main>...)."""
    if h1 is None:
        return None
    for ancestor in h1.iterancestors():
        if ancestor.tag in ("article", "main", "body"):
            return ancestor
    return h1.getparent()


def _breadcrumb(page: Page) -> tuple[str, ...]:
    for el in page.root.iter():
        if isinstance(el.tag, str) and "breadcrumb" in (el.get("class") or "").lower():
            crumbs = [text_of(a) for a in el.iter("a") if text_of(a)]
            if len(crumbs) >= 2:
                return (crumbs[-1],)
    return ()


def _topic_links(page: Page) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            text_of(a)
            for a in page.root.iter("a")
            if "tag" in (a.get("rel") or "").lower().split() and text_of(a)
        )
    )


def _content_images(container: etree._Element, page: Page) -> list[str]:
    from .page import image_url, is_decorative

    return [
        u
        for u in (image_url(i, page.base_url) for i in container.iter("img") if not is_decorative(i, page))
        if u
    ]


def _unique_images(images: list[Image]) -> tuple[Image, ...]:
    seen: dict[str, Image] = {}
    for image in images:
        if image.url and image.url not in seen:
            seen[image.url] = image
    return tuple(seen.values())


__all__ = ["HEADINGS", "DateSource", "parse_html"]
