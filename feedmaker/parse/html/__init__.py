"""The HTML parser: a listing page or an article page -> RawEntry records.

The cascade, each step free to find nothing:

1. **Structured data first.** A JSON-LD ``ItemList`` of articles gives a
   listing's stories, each filled in by the visible block that shows its link
   (:mod:`.linked`): a thin list of names and links takes its excerpts, bylines,
   dates, pictures and sections from the page, and blocks of the items' kind that
   the list leaves out are stories too; a page that says it is one article (``og:type`` article,
   or a single JSON-LD article) gives one entry from JSON-LD, then OpenGraph /
   ``article:*`` meta, then the visible markup (``h1``, byline, ``<time>``) --
   unless its text is all in three story blocks or more (a category page that
   an SEO plugin calls an article).
2. **The user's selectors**, when given (``--select item=article.post ...``).
3. **Automatic listing detection** (:mod:`.auto`): the best group of repeated
   sibling blocks that each hold a title, never navigation, footers, widgets,
   related/popular/trending lists, cookie banners or comments.
4. **A page with one main text and an ``h1``** is read as an article even
   without structured data.

Visible blocks and structured items are matched by link, so a listing's
excerpt joins its JSON-LD item and an article keeps its visible byline when
JSON-LD names none. Where both give a value the structured one wins, except a
title that differs from the visible one only in typography (straight quotes for
the curly ones the page prints): the page's spelling is kept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, tzinfo
from functools import cache

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
from .auto import signature, story_blocks
from .blocks import BlockContext, extract
from .linked import linked_blocks
from .page import HEADINGS, Page, decode_html, line_of, load_page, text_of
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
    # The article's main text, looked for at most once: finding it walks the whole page.
    main_text = cache(lambda: article_text.body_container(page.root))

    if selectors:
        entries = select_stories(page.root, selectors, bc)
        notes.append(f"selectors: {len(entries)} blocks matched {selectors.item or 'article'!r}")
        return ParseResult(tuple(_enrich(entries, structured)), explain=tuple(notes))
    if from_list:
        # Each item's own visible block (found by its link) fills in what the item lacks.
        listed = {k for k in (_key(s.url) for s in structured) if k}
        shown = linked_blocks(page, listed)
        # A block whose own title links elsewhere (a section heading over a lone story) is not the item's.
        visible = {
            key: e
            for key, e in ((k, extract(b, bc)) for k, b in shown.items())
            if e is not None and _key(e.link) == key
        }
        notes.append(
            f"JSON-LD ItemList: {len(structured)} articles, {len(visible)} with a visible block by link"
        )
        by_title: dict[str, RawEntry] = {}
        if len(visible) < len(structured):
            # The others may show under another link: the page's story blocks, matched by link or title.
            blocks, _ = story_blocks(page.root, bc.rules)
            for e in (extract(b, bc) for b in blocks):
                if e is not None and (key := _key(e.link)):
                    visible.setdefault(key, e)
                if e is not None and e.title:
                    by_title.setdefault(fold(e.title), e)
        entries = [_from_structured(s, page, visible, by_title) for s in structured]
        unlisted = _unlisted(list(shown.values()), listed, bc)
        if unlisted:
            notes.append(f"{len(unlisted)} more blocks of the items' kind beside them, not in the list")
        return ParseResult(tuple(e for e in entries + unlisted if e.title), explain=tuple(notes))
    blocks, candidates = story_blocks(page.root, bc.rules)
    if is_article_page(page, structured, from_list):
        if not _listing_after_all(blocks, main_text):
            notes.append("article page (structured data says so)")
            return ParseResult(
                (_article(page, structured[0] if structured else None, bc, main_text()),),
                explain=tuple(notes),
            )
        notes.append("structured data says article, but the page's text is its story blocks: a listing")

    if explain:
        for c in candidates[:8]:
            notes.append(f"candidate {c.signature} x{len(c.members)}: score {c.score:.1f} ({c.reason})")
    entries = [e for e in (extract(b, bc) for b in blocks) if e is not None]
    if entries:
        # The blocks' own kind: the cards inside grid cells, or the stories inside sections of stories.
        kinds = ", ".join(dict.fromkeys(signature(b) for b in blocks))
        top = candidates[0].signature
        notes.append(f"listing: {len(entries)} blocks of {kinds!r} chosen (top candidate {top!r})")
        return ParseResult(tuple(_enrich(entries, structured)), explain=tuple(notes))
    h1 = next(page.root.iter("h1"), None)
    container = main_text()
    if h1 is not None and container is not None:
        notes.append("no repeated story blocks; read as one article (an h1 and a main text)")
        return ParseResult((_article(page, None, bc, container),), explain=tuple(notes))
    notes.append("no story blocks, no structured data, no article text")
    return ParseResult((), explain=tuple(notes))


def _unlisted(shown: list[etree._Element], listed: set[str], bc: BlockContext) -> list[RawEntry]:
    """Return the stories beside the ItemList's blocks, of their kind, whose links the list does not name.

    An ItemList may name only the first stories of a listing (its "numberOfItems"), or leave
    out the oldest: the blocks of the same kind among the items' blocks are stories too.
    """
    if len(shown) < 2:
        return []
    kind, _ = Counter(signature(b) for b in shown).most_common(1)[0]
    members = set(shown)
    parents = list(
        dict.fromkeys(p for b in shown if signature(b) == kind and (p := b.getparent()) is not None)
    )
    found: list[RawEntry] = []
    for parent in parents:
        for child in parent:
            if child in members or not isinstance(child.tag, str) or signature(child) != kind:
                continue
            entry = extract(child, bc)
            if entry is not None and (key := _key(entry.link)) and key not in listed:
                found.append(entry)
    return found


def _listing_after_all(blocks: list[etree._Element], main_text: Callable[[], etree._Element | None]) -> bool:
    """True when a page that calls itself an article shows a listing: three story blocks or more, and
    no article text outside them.

    SEO plugins give a category page ``og:type`` article, or the first post's JSON-LD. An
    article's text stands beside its related-story cards; a listing's text is in its blocks,
    so the main text found (:func:`article.body_container`) is inside a block, or holds them.
    """
    if len(blocks) < 3:
        return False
    container = main_text()
    if container is None:
        return True
    members = set(blocks)
    if any(a in members for a in container.iterancestors()) or container in members:
        return True
    return sum(1 for b in blocks if any(a is container for a in b.iterancestors())) >= 2


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
    """Return ``entry`` with the structured values where there are some: the site's word for machines wins."""
    return replace(
        entry,
        title=_headline(s.headline, entry.title),
        authors=s.authors or entry.authors,
        dates=(s.published,) if s.published else entry.dates,
        updated=(s.modified,) if s.modified else entry.updated,
        section=s.sections[0] if s.sections else entry.section,
        categories=tuple(dict.fromkeys(s.sections + entry.categories + s.tags)),
        images=entry.images or s.images,
        summary=entry.summary or s.description,
    )


def _headline(structured: str | None, visible: str | None) -> str | None:
    """Return the structured headline, or the visible one when the two differ only in typography.

    Structured data often flattens what the page prints (straight quotes for curly ones,
    hyphens for dashes); the page's own spelling is the better title then. A different
    wording, or a different case, is the site's choice for machines: the structured one wins.
    """
    if not structured or not visible:
        return structured or visible
    if structured != visible and fold(structured) == fold(visible) and _case(structured) == _case(visible):
        return visible
    return structured


def _case(text: str) -> list[bool]:
    return [c.isupper() for c in text if c.isalpha()]


def _from_structured(
    s: Structured, page: Page, by_link: dict[str, RawEntry], by_title: dict[str, RawEntry]
) -> RawEntry:
    """Return the entry of an ItemList item: the visible block with its link or title, filled in by it."""
    key = _key(s.url)
    match = by_link.get(key) if key else None
    if match is None and s.headline:
        match = by_title.get(fold(s.headline))
    base = match or RawEntry(
        origin=Origin(page.name, None, "html"), title=s.headline, link=s.url, summary=s.description
    )
    return _merge(replace(base, link=s.url or base.link), s)


def _article(
    page: Page, s: Structured | None, bc: BlockContext, container: etree._Element | None
) -> RawEntry:
    """Return the page read as one article; ``container`` is its main text (``article.body_container``)."""
    og = opengraph(page)
    h1 = next((h for h in page.root.iter("h1") if text_of(h)), None)
    visible_title = text_of(h1) if h1 is not None else None
    scope = _article_scope(h1)
    visible = extract(scope, bc) if scope is not None else None
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
        title=_headline(s.headline if s else None, visible_title) or og.headline,
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
