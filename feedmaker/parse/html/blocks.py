"""One story block of a listing page (an ``<article>``, a card, a list item) -> RawEntry.

Each field is found by the first rule that finds anything: a machine-readable
value (``<time datetime>``, ``rel="author"``, ``rel="tag"``), then elements whose
class names the field (``entry-title``, ``byline``, ``excerpt``, ``kicker``...),
then structure (the first heading, the longest link, the first long paragraph).
A ``data-testid`` names a field as a class does (React pages with hashed
classes). A block that names no section takes the word set right above its
title (:mod:`.labels`), else the heading of the group it is in, when that
heading names a section (a link to the section's page, or a section class).
A badge that flags the story ("LIVE", "Premium") is no section. A block the
site marks as paid (``rel="sponsored"`` title link, ``data-sponsored``) or a
newsletter sign-up box is no story.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from ...model import Block as BodyBlock
from ...model import DateSource, Image, Origin, RawDate, RawEntry
from ...textutil import collapse, fold
from ...urls import absolute
from ..markers import parse_marker, parse_names
from ..rules import Rules
from ..shapes import Context
from .groups import section_headings
from .labels import flag, label_before
from .page import (
    HEADING_TAGS,
    HEADINGS,
    SECTION_CLASS,
    Page,
    drop_tree,
    image_url,
    in_boilerplate,
    is_boilerplate,
    is_decorative,
    line_of,
    text_of,
)

_CLASS = {
    "title": re.compile(r"(?:^|[\s_-])(?:title|headline|heading|entry-title|post-title)(?:$|[\s_-])", re.I),
    "date": re.compile(r"date|time|posted|timestamp|dateline|published|meta|infos?\b|datum|fecha", re.I),
    # "autor" (de, es, pl...), "auteur", "autore"; Italian and Spanish papers sign with a "firma".
    "author": re.compile(
        r"author|autor|auteur|byline|vcard|writer|reporter|verfasser|(?:^|\s)fn(?:\s|$)|(?:^|[\s_-])firma(?:$|[\s_-])",
        re.I,
    ),
    "summary": re.compile(
        r"excerpt|summary|dek|teaser|standfirst|description|intro|lede|entry-content|chapo|chapeau|resume|"
        r"résumé|extracto|entradilla|sumario|vorspann|anriss|"
        r"post-content|abstract|snippet|blurb",
        re.I,
    ),
    "section": re.compile(
        rf"{SECTION_CLASS.pattern}|kicker|eyebrow|overline|cat-links|label|\buppercase\b|"
        # The kicker in other languages: it, fr, de, es/pt, nl.
        r"occhiello|surtitre|dachzeile|spitzmarke|antet[ií]tulo|sobret[ií]tulo|bovenkop|"
        # A card's tag or badge ("post-card-primary-tag", Bootstrap's "badge"): a word of its own, so that
        # a list of "tags" or a "tagline" is not one.
        r"(?:^|[\s_-])(?:tag|badge)(?:$|[\s_-])",
        re.I,
    ),
}
_UPDATED = re.compile(r"updated|modified", re.I)


@lru_cache(maxsize=8192)
def _kinds(cls: str) -> frozenset[str]:
    """Return the fields (title, date, author, summary, section) a class attribute names.

    Cached: a listing repeats the same few class attributes thousands of times.
    """
    return frozenset(kind for kind, pattern in _CLASS.items() if pattern.search(cls))


_NOT_FROM_TEST_IDS = frozenset({"section"})
_PUBLISHED = re.compile(r"published|pubdate|date-published", re.I)
_LINE_TAGS = ("p", "span", "div", "small", "font", "td", "li", "em", "footer", "header", "dd", "address")
_BLOCK_TAGS = frozenset({"p", "div", "ul", "ol", "table", "section", "article", "header", "footer", "figure"})
_SECTION_PREFIX = re.compile(
    r"^(?:posted in|filed under|published in|in|category|categories|catégorie|kategorie|rubrik|categoría)"
    r"(?:\s*:\s*|\s+)",
    re.IGNORECASE,
)
_META_SPLIT = re.compile(r"\s*[·|•—–,]\s*")


@dataclass(frozen=True, slots=True)
class BlockContext:
    """What block extraction needs: the page, the profile's compiled rules, and the date context."""

    page: Page
    rules: Rules
    ctx: Context
    # Byline text -> the names it gives: a listing names the same few authors over and over.
    bylines: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    # Container -> {child: the section heading above it}: judged once per container, not once per block.
    groups: dict[etree._Element, dict[etree._Element, str]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def names(self, text: str) -> tuple[str, ...]:
        """Return the authors a byline text names (a marker's authors, else plain names), or ()."""
        names = self.bylines.get(text)
        if names is None:
            marker = parse_marker(text, self.rules, self.ctx)
            names = marker.authors if marker is not None and marker.authors else parse_names(text, self.rules)
            names = self.bylines[text] = names or ()
        return names

    def group_heading(self, el: etree._Element) -> str | None:
        """Return the section heading of the group that block ``el`` is in, or None.

        A home page groups its stories under headings that name their section
        (``<section><h2><a href="/politics/">Politics</a></h2><div class=story>…``);
        the heading is the last one before the block among its siblings, or among
        its parent's siblings (a heading above the grid that holds the blocks).
        """
        node: etree._Element | None = el
        for _ in range(2):
            parent = node.getparent() if node is not None else None
            if node is None or parent is None:
                return None
            headings = self.groups.get(parent)
            if headings is None:
                headings = self.groups[parent] = section_headings(parent, self.rules, self.ctx)
            heading = headings.get(node)
            if heading is not None:
                return heading
            node = parent
        return None


@dataclass(frozen=True, slots=True)
class _Walk:
    """A block's elements in page order (the block first), with their tags and the fields their classes name.

    One walk, shared by every field finder: touching lxml's elements from Python (each ``.tag`` and
    ``.get()``, each ``iter()``) is what a listing of 10,000 blocks spends its time on.
    """

    el: etree._Element
    nodes: list[etree._Element]
    tags: list[str]
    kinds: list[frozenset[str]]
    by_tag: dict[str, list[etree._Element]]
    classed: list[int]  # the indexes of the elements whose class names a field, in page order

    @classmethod
    def of(cls, el: etree._Element) -> _Walk:
        nodes = list(el.iter(etree.Element))
        tags = [n.tag for n in nodes]
        kinds = [_kinds(n.get("class") or "") for n in nodes]
        # A React page names its parts for its tests ("authorName", "storyPublishDate") where its hashed
        # classes say nothing: the test id names a field as a class does, but never a section (its
        # "pinnedLabel" and "memberOnlyLabel" are flags).
        for i, node in enumerate(nodes):
            test_id = node.get("data-testid")
            if test_id:
                kinds[i] = kinds[i] | (_kinds(test_id) - _NOT_FROM_TEST_IDS)
        by_tag: dict[str, list[etree._Element]] = {}
        for node, tag in zip(nodes, tags, strict=True):
            if tag in by_tag:
                by_tag[tag].append(node)
            else:
                by_tag[tag] = [node]
        return cls(el, nodes, tags, kinds, by_tag, [i for i, kind in enumerate(kinds) if kind])

    def tagged(self, tag: str) -> list[etree._Element]:
        """Return the ``tag`` elements, in page order (as ``el.iter(tag)``)."""
        return self.by_tag.get(tag, [])

    def first_inside(self, index: int, tag: str) -> etree._Element | None:
        """Return the first ``tag`` element inside ``nodes[index]`` (as ``next(node.iter(tag))``), or None."""
        container = self.nodes[index]
        if self.tags[index] == tag:
            return container
        # An element's descendants follow it in page order: the first ``tag`` after it is inside it or
        # there is none inside.
        try:
            found = self.nodes[self.tags.index(tag, index + 1)]
        except ValueError:
            return None
        return found if _contains(container, found, self.el) else None


def _contains(container: etree._Element, node: etree._Element, stop: etree._Element) -> bool:
    """True when ``node`` is ``container`` or inside it; both are in ``stop``, where the search ends."""
    current: etree._Element | None = node
    while current is not None:
        if current is container:
            return True
        if current is stop:
            return False
        current = current.getparent()
    return False


def has_title(el: etree._Element, rules: Rules) -> bool:
    """True when ``el`` holds something that can be a story title (a heading or a substantial link)."""
    for heading in el.iter(*HEADINGS):
        if len(text_of(heading).split()) >= 2:
            return True
    return _best_link(el, rules) is not None


def extract(el: etree._Element, bc: BlockContext, known: frozenset[str] = frozenset()) -> RawEntry | None:
    """Return the story in block ``el``, or None when it has no title.

    Fields named in ``known`` (the user's selectors give them) are not looked for.
    """
    w = _Walk.of(el)
    title_el, link = _title(w, bc)
    if title_el is None:
        if "title" not in known:
            return None
        title_el = el
    title = text_of(title_el)
    if not title or _signup_box(w, link, bc) or _advert(w, link, bc):
        return None
    dates, updated, date_authors = _dates(w, bc) if "date" not in known else ((), (), ())
    authors = (_authors(w, bc) or date_authors) if "author" not in known else ()
    kicker: str | None = None
    summary_el = _summary(w, title, title_el, bc) if not known & {"summary", "content"} else el
    body: tuple[BodyBlock, ...] = ()
    summary = None
    if known & {"summary", "content"}:
        pass  # the selectors give the text
    elif summary_el is not None:
        cleaned = _clean_copy(summary_el, bc)
        summary = text_of(cleaned) or None
        if summary:
            body = (BodyBlock("html", etree.tostring(cleaned, encoding="unicode", method="html")),)
    else:
        # No element holds the excerpt (old table layouts: text between <br>s): read the
        # block as text lines, with the text parser's own line classification.
        paragraphs, line_dates, line_authors, label = _text_lines(el, title, bc)
        if paragraphs:
            summary = paragraphs[0]
            body = tuple(BodyBlock("p", p) for p in paragraphs)
        dates = dates or line_dates
        authors = authors or line_authors
        kicker = label
    section, categories = _sections(w, bc.rules) if "category" not in known else (None, ())
    if section is None and not kicker and "category" not in known and title_el is not el:
        kicker = label_before(title_el, el, bc.rules, bc.ctx)
    if section is None and kicker:
        section, categories = kicker, (kicker, *categories)
    if section is None and "category" not in known:
        section = bc.group_heading(el)
        if section is not None:
            categories = (section, *categories)
    return RawEntry(
        origin=Origin(bc.page.name, line_of(el), "html"),
        title=title,
        link=link,
        authors=authors,
        dates=dates,
        updated=updated,
        section=section,
        categories=categories,
        summary=summary,
        body=body,
        images=_images(w, bc) if "image" not in known else (),
    )


def _signup_box(w: _Walk, link: str | None, bc: BlockContext) -> bool:
    """True for a newsletter sign-up box: a field for an e-mail address, and no link or a promo's words.

    A story card never asks for an address; the words matter only when the box links somewhere
    (its privacy notice, say), so that a story about a newsletter is still a story.
    """
    for field_ in w.tagged("input"):
        label = " ".join(
            v for v in (field_.get(a) for a in ("type", "name", "id", "placeholder", "aria-label")) if v
        )
        if _EMAIL_FIELD.search(label):
            return link is None or bc.rules.promo.search(text_of(w.el)) is not None
    return False


_EMAIL_FIELD = re.compile(r"e-?mail", re.IGNORECASE)


def _advert(w: _Walk, link: str | None, bc: BlockContext) -> bool:
    """True for an advert among the stories: the site says so to machines, as it must for search engines.

    Its title links with ``rel="sponsored"`` (a paid link), or the block carries a data attribute
    that names it sponsored or a native ad (``data-sponsored="true"``, ``data-native-ad``).
    """
    for key, value in w.el.attrib.items():
        if _AD_ATTRIBUTE.search(str(key)) and str(value).lower() not in ("false", "0", "no"):
            return True
    return link is not None and any(
        "sponsored" in (a.get("rel") or "").lower().split()
        and absolute(a.get("href"), bc.page.base_url) == link
        for a in w.tagged("a")
    )


_AD_ATTRIBUTE = re.compile(
    r"^data-(?:.*[-_])?(?:sponsored|native-?ad|advert|advertisement|paid)$", re.IGNORECASE
)


def _title(w: _Walk, bc: BlockContext) -> tuple[etree._Element | None, str | None]:
    el, base = w.el, bc.page.base_url
    for index, heading in enumerate(w.nodes):
        if w.tags[index] not in HEADING_TAGS or not text_of(heading) or in_boilerplate(heading, el):
            continue
        anchor = w.first_inside(index, "a")
        if anchor is None:
            anchor = next((a for a in heading.iterancestors("a")), None)
        href = absolute(anchor.get("href"), base) if anchor is not None else None
        return heading, href or _any_link(w, base)
    for index in w.classed:
        candidate = w.nodes[index]
        if "title" in w.kinds[index] and text_of(candidate):
            anchor = w.first_inside(index, "a")
            href = absolute(anchor.get("href"), base) if anchor is not None else None
            return candidate, href or _any_link(w, base)
    best = _best_link(el, bc.rules)
    if best is None:
        return None, None
    return best, absolute(best.get("href"), base)


def _text_lines(
    el: etree._Element, title: str, bc: BlockContext
) -> tuple[list[str], tuple[RawDate, ...], tuple[str, ...], str | None]:
    """Return the prose paragraphs, dates, authors and a label above the title, of a block read as lines."""
    from ..lines import Kind, Line, classify
    from ..shapes import Shape

    chunks: list[str] = []
    _line_texts(el, chunks, bc.rules)
    title_key = fold(title)
    paragraphs: list[str] = []
    dates: list[RawDate] = []
    authors: list[str] = []
    labels: list[str] = []
    above_title = True
    for number, chunk in enumerate(" ".join(c.split()) for c in "".join(chunks).split("\n")):
        if not chunk:
            continue
        if fold(chunk) == title_key:
            above_title = False
            continue
        line = Line(number, chunk, number, 1)
        classify(line, bc.rules, bc.ctx)
        if above_title and line.kind is Kind.TEXT and line.shape is Shape.LABEL:
            labels.append(line.text)
        elif line.kind is Kind.MARKER and line.marker is not None:
            dates.extend(line.marker.dates)
            authors.extend(a for a in line.marker.authors if a not in authors)
        elif line.kind is Kind.TEXT and line.shape is Shape.PROSE:
            paragraphs.append(line.text)
    return paragraphs, tuple(dates), tuple(authors), labels[-1] if labels else None


_BREAKING = frozenset(
    {
        "br",
        "p",
        "div",
        "li",
        "tr",
        "td",
        "th",
        "table",
        "ul",
        "ol",
        "dd",
        "dt",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "blockquote",
    }
)


def _line_texts(el: etree._Element, out: list[str], rules: Rules) -> None:
    """Append the text of ``el`` to ``out`` with a newline wherever the page breaks a line.

    A 'Read more' link is left out: it often shares the excerpt's line ("... the mayor said. [read more]").
    """
    tag = el.tag if isinstance(el.tag, str) else ""
    hidden = bool(tag) and (
        "screen-reader" in (el.get("class") or "")
        or tag in ("img", "script", "style")
        or (tag == "a" and _read_more(text_of(el), rules))
    )
    if tag in _BREAKING:
        out.append("\n")
    if el.text and not hidden:
        out.append(el.text)
    if not hidden:
        for child in el:
            _line_texts(child, out, rules)
    if tag in _BREAKING:
        out.append("\n")
    if el.tail:
        out.append(el.tail)


_NAVIGATION_TEXT = re.compile(r"^\s*(?:«|<<|‹|←)|(?:»|>>|›|→)\s*$")


def _best_link(el: etree._Element, rules: Rules) -> etree._Element | None:
    """Return the link with the longest text (four words or more) that is not a 'Read more' link."""
    best: tuple[int, etree._Element] | None = None
    anchors = [el] if el.tag == "a" else list(el.iter("a"))
    for anchor in anchors:
        text = text_of(anchor)
        words = len(text.split())
        if (
            words < 4
            or _read_more(text, rules)
            or _NAVIGATION_TEXT.search(text)
            or in_boilerplate(anchor, el)
        ):
            continue
        if best is None or len(text) > best[0]:
            best = (len(text), anchor)
    return best[1] if best else None


def _read_more(text: str, rules: Rules) -> bool:
    """True for a 'Read more' link's text, also in brackets ("[leia mais]", "(more)")."""
    return rules.separator.match(text.strip().strip("[](){}").strip()) is not None


def _any_link(w: _Walk, base: str | None) -> str | None:
    for anchor in [w.el] if w.tags[0] == "a" else w.tagged("a"):
        href = absolute(anchor.get("href"), base)
        if href:
            return href
    return None


def _dates(w: _Walk, bc: BlockContext) -> tuple[tuple[RawDate, ...], tuple[RawDate, ...], tuple[str, ...]]:
    """Return the block's published and updated dates, and authors read off its meta line.

    Machine-readable ``<time datetime>`` and ``itemprop`` values first; else the
    first short line that reads as a date/byline marker ("Par A — il y a 2
    heures", "Posted on 3 May by A"), wherever it is in the block.
    """
    published: list[RawDate] = []
    updated: list[RawDate] = []
    for t in w.tagged("time"):
        stamp = t.get("datetime") or t.get("content")
        cls = t.get("class") or ""
        date = RawDate(stamp, None, DateSource.STRUCTURED) if stamp else _printed(text_of(t), bc)
        if date is None:
            continue
        (updated if _UPDATED.search(cls) and not _PUBLISHED.search(cls) else published).append(date)
    for meta in w.tagged("meta"):
        prop = (meta.get("itemprop") or "").lower()
        if prop in ("datepublished", "datemodified") and meta.get("content"):
            target = published if prop == "datepublished" else updated
            target.append(RawDate(meta.get("content") or "", None, DateSource.STRUCTURED))
    authors: tuple[str, ...] = ()
    if published or updated:
        return tuple(published), tuple(updated), authors  # authors come from _authors then
    for line in _meta_lines(w.el):
        marker = parse_marker(text_of(line), bc.rules, bc.ctx)
        if marker is None and len(line):
            # "12 marzo 2026 | 16:48 <span>Aggiornato alle 17:10</span>": the line's own text, its
            # inner elements (read as lines of their own) left out.
            own = " ".join(t for t in (line.text, *(c.tail for c in line)) if t and t.strip())
            marker = parse_marker(" ".join(own.split()), bc.rules, bc.ctx) if own.strip() else None
        if marker is None or not (marker.dates or marker.updated or marker.authors):
            continue
        if not published and not updated:
            published.extend(marker.dates)
            updated.extend(marker.updated)
        authors = authors or marker.authors
        if (published or updated) and authors:
            break
    return tuple(published), tuple(updated), authors


def _meta_lines(el: etree._Element) -> Iterator[etree._Element]:
    """Yield the block's short leaf lines (no heading inside, at most ~20 words): where meta lives."""
    for candidate in el.iter(*_LINE_TAGS):
        if candidate.tag in HEADINGS or any(True for _ in candidate.iter(*HEADINGS)):
            continue
        if any(True for child in candidate if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS):
            continue
        text = text_of(candidate)
        if text and len(text) <= 140:
            yield candidate


def _printed(text: str, bc: BlockContext) -> RawDate | None:
    marker = parse_marker(text, bc.rules, bc.ctx) if text else None
    if marker is not None and marker.dates:
        return marker.dates[0]
    return None


def _authors(w: _Walk, bc: BlockContext) -> tuple[str, ...]:
    """Return the block's authors: rel=author links, author-classed elements, or a name beside a <time>."""
    found: list[str] = []
    candidates = [a for a in w.tagged("a") if "author" in (a.get("rel") or "").lower()]
    candidates += [
        c
        for c, tag, kind in zip(w.nodes, w.tags, w.kinds, strict=True)
        if ("author" in kind or c.get("itemprop") == "author") and tag not in HEADING_TAGS
    ]
    for candidate in candidates:
        text = text_of(candidate)
        if not text or len(text) > 120:
            continue
        for name in _linked_names(candidate, bc) or bc.names(text) or bc.names(_unlabelled(text)):
            if name not in found:
                found.append(name)
    if found:
        return tuple(found)
    # "Nadia Farrell · <time>Friday</time>": a name sharing the meta line with a time.
    for t in w.tagged("time"):
        line = t.getparent()
        if line is None or line is w.el:
            continue
        rest = text_of(line).replace(text_of(t), " ")
        for part in _META_SPLIT.split(rest):
            marker = parse_marker(part.strip(), bc.rules, bc.ctx) if part.strip() else None
            names = marker.authors if marker is not None else parse_names(part.strip(), bc.rules)
            if names and all(2 <= len(n.split()) <= 4 for n in names):
                return names
    return ()


def _unlabelled(byline: str) -> str:
    """Return a byline without its label: "Autorin/Autor: A" and "oprac. A" give "A".

    The element says it holds the author, so a short label ending in a colon, or a first word
    in lower case (a byline word the profile lacks: Polish "oprac.", "compiled by"), is no name.
    """
    label, colon, rest = byline.partition(":")
    if colon and rest.strip() and len(label.split()) <= 3:
        return rest.strip()
    first, _, rest = byline.partition(" ")
    if rest and first[:1].islower() and len(first) <= 8:
        return rest.strip()
    return byline


def _linked_names(byline: etree._Element, bc: BlockContext) -> tuple[str, ...]:
    """Return the names of a byline that links each author to their page ("<a>A</a>, <a>B</a>"), or ().

    As text, "A, B" reads as a name and a role ("A, Political Editor"); two links to pages of one
    kind (``/author/a/``, ``/author/b/``) that each hold one name are two authors.
    """
    links = list(byline.iter("a")) if len(byline) else []
    if len(links) < 2 or not all(a.get("href") for a in links):
        return ()
    folders = {(a.get("href") or "").split("?")[0].rstrip("/").rpartition("/")[0] for a in links}
    if len(folders) != 1:
        return ()
    names: list[str] = []
    for anchor in links:
        found = bc.names(text_of(anchor))
        if len(found) != 1:
            return ()
        names.append(found[0])
    return tuple(dict.fromkeys(names))


def _summary(w: _Walk, title: str, title_el: etree._Element, bc: BlockContext) -> etree._Element | None:
    el = w.el
    for index in w.classed:
        candidate = w.nodes[index]
        if candidate is el or w.tags[index] in HEADING_TAGS:
            continue
        if (
            "summary" in w.kinds[index]
            and len(text_of(candidate).split()) >= 4
            and not _contains(candidate, title_el, el)  # a wrapper of the whole card
        ):
            return candidate
    title_key = fold(title)
    for p, tag, kind in zip(w.nodes, w.tags, w.kinds, strict=True):
        if tag not in ("p", "div"):
            continue
        if any(True for _ in p.iter(*HEADINGS)) or (tag == "div" and any(True for _ in p.iter("p", "div"))):
            continue
        text = text_of(p)
        if (
            len(text.split()) >= 8
            and fold(text) != title_key
            and next(p.iter("time"), None) is None
            and parse_marker(text, bc.rules, bc.ctx) is None
            and "date" not in kind
            and "author" not in kind
            and not in_boilerplate(p, el)
        ):
            return p
    # A subtitle set as a heading under the title ("<h2>Title</h2><h3>A sentence of a dek</h3>").
    after = False
    for node, tag in zip(w.nodes, w.tags, strict=True):
        if node is title_el:
            after = True
        elif (
            after and tag in HEADING_TAGS and len(text_of(node).split()) >= 8 and not in_boilerplate(node, el)
        ):
            return node
    return None


def _clean_copy(el: etree._Element, bc: BlockContext) -> etree._Element:
    """Return a copy of ``el`` without 'Read more' links, hidden text and page furniture."""
    # Hidden text is gone already: load_page dropped it from the whole page.
    clone = copy.deepcopy(el)
    clone.tail = None
    for anchor in list(clone.iter("a")):
        if _read_more(text_of(anchor), bc.rules) or "more-link" in (anchor.get("class") or ""):
            parent = anchor.getparent()
            drop_tree(anchor)
            if parent is not None and parent is not clone and not text_of(parent):
                drop_tree(parent)
    # Furniture inside furniture goes with it: dropping each furniture element is enough (a
    # descendant of one dropped earlier is dropped from the detached copy, which is harmless).
    for node in list(clone.iter(etree.Element))[1:]:
        if is_boilerplate(node):
            drop_tree(node)
    return clone


def _sections(w: _Walk, rules: Rules) -> tuple[str | None, tuple[str, ...]]:
    """Return the block's section (its first section label, else its first tag link) and its categories.

    A badge that flags the story rather than filing it ("LIVE", "Premium", "Video") is no section: the
    next label, or the group's heading, names it. Only a badge: a kicker saying "Live" is the site's
    section of live pages, and a badge is where Bootstrap themes put status flags.
    """
    categories: list[str] = []
    for anchor in w.tagged("a"):
        rel = (anchor.get("rel") or "").lower().split()
        if "tag" in rel or "category" in rel:
            text = text_of(anchor)
            if text and text not in categories:
                categories.append(text)
    section = None
    for index in w.classed:
        candidate = w.nodes[index]
        if w.tags[index] in HEADING_TAGS or (w.tags[index] == "a" and candidate is w.el):
            continue
        if "section" in w.kinds[index] and "title" not in w.kinds[index]:
            link = w.first_inside(index, "a")
            text = text_of(link if link is not None else candidate)
            text = _SECTION_PREFIX.sub("", text)
            # A badge that counts ("3", "12+") labels no section, nor one that flags the story.
            if (
                text
                and len(text.split()) <= 4
                and any(c.isalpha() for c in text)
                and not (_BADGE.search(candidate.get("class") or "") and flag(text, rules))
            ):
                section = collapse(text)
                break
    if section and section not in categories:
        categories.insert(0, section)
    return section or (categories[0] if categories else None), tuple(categories)


_BADGE = re.compile(r"(?:^|[\s_-])badge(?:$|[\s_-])", re.IGNORECASE)


def _images(w: _Walk, bc: BlockContext) -> tuple[Image, ...]:
    found: list[Image] = []
    for img in w.tagged("img"):
        if is_decorative(img, bc.page):
            continue
        url = image_url(img, bc.page.base_url)
        if url and all(i.url != url for i in found):
            found.append(Image(url, None))
    return tuple(found)
