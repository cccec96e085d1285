"""An HTML page, parsed once: decoding, the lxml tree, the base URL, and helpers on elements.

Decoding uses bs4's UnicodeDammit (byte-order mark, then ``<meta charset>``,
then a guess), so a page saved in Latin-1 or Windows-1252 reads right; valid
UTF-8 that declares nothing else skips it. The
tree is lxml's: one parse, and everything after works on it with compiled
XPath, because a BeautifulSoup pass per field is ten times slower on a big
listing page.

The tree is built by plain ``lxml.etree.HTMLParser``, not ``lxml.html``: the
libxml2 tree is the same, but ``lxml.html`` gives every element a Python-level
class lookup each time it is touched (half a million lookups on a listing of
10,000 blocks). The three ``lxml.html`` methods the parser needs are the small
helpers :func:`text_content`, :func:`drop_tree` and :func:`drop_tag` here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from lxml import etree

from ...errors import SourceError
from ...textutil import collapse
from ...urls import absolute

# Classes and ids of page furniture: never a story, never story text.
BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|masthead|site-header|header-bar|footer|site-footer|"
    r"colophon|sidebar|widget|widgets|widget-area|aside|related|popular|trending|most-read|mostread|"
    r"most-popular|recommended|recirc|cookie|cookies|consent|banner|gdpr|comment|comments|respond|"
    r"share|sharing|share-bar|social|newsletter|subscribe|signup|sign-up|breadcrumb|breadcrumbs|"
    r"pagination|pager|paging|nav-links|ad|ads|advert|advertisement|ad-slot|adslot|sponsor|promo|"
    r"skip-link|screen-reader-text|sr-only|visually-hidden|tags|article__tags|byline-share|author-bio|bio|"
    r"avatar|profile|author-box)(?:$|[\s_-])",
    re.IGNORECASE,
)
# The heading tags, in order (for ``el.iter(*HEADINGS)``) and as a set (for ``tag in HEADING_TAGS``).
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
HEADING_TAGS = frozenset(HEADINGS)
# Class words that say an element names a section ("section-title", "topic__heading", "rubrik"): shared
# by a block's section label (blocks.py) and a heading over a group of blocks (groups.py).
SECTION_CLASS = re.compile(r"section|secci|topic|categor|kategor|rubri|ressort", re.IGNORECASE)
BOILERPLATE_TAGS = frozenset({"nav", "footer", "aside", "form", "noscript", "template", "dialog"})
_PAGE_LEVEL = frozenset({"html", "body", "main"})
_COMMENTS_PAGE = re.compile(r"(?:^|[\s_-])(?:comment|comments|respond)(?:$|[\s_-])", re.IGNORECASE)
_REMOVE = frozenset(
    {
        "script",
        "style",
        "template",
        "svg",
        "iframe",
        "object",
        "embed",
        "canvas",
        "link",
        "meta",
        "head",
    }
)
_DIGITS = re.compile(r"\d+")
_DECORATIVE = re.compile("logo|avatar|icon|gravatar|emoji|sprite|badge")  # in an image's class, alt or src
_PLACEHOLDER = re.compile(r"^data:|blank\.gif|spacer\.gif|pixel\.gif|placeholder|lazy[-_]?load|1x1", re.I)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SRCSET_ITEM = re.compile(r"\s*(\S+)(?:\s+(\d+(?:\.\d+)?)([wx]))?\s*(?:,|$)")


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed page: its tree (scripts removed), JSON-LD texts, meta tags and base URL."""

    name: str
    root: etree._Element
    base_url: str | None
    page_url: str | None
    jsonld: tuple[str, ...]
    meta: dict[str, tuple[str, ...]]  # property/name (lower-case) -> contents, in page order
    canonical: str | None
    language: str | None
    # Element -> whether it or an ancestor is furniture, filled by in_furniture(): the story blocks of
    # a listing share their ancestors, which are judged once per page rather than once per picture.
    furniture: dict[etree._Element, bool] = field(default_factory=dict, repr=False, compare=False)

    def in_furniture(self, el: etree._Element) -> bool:
        """True when ``el`` or an ancestor is page furniture: :func:`in_boilerplate`, remembered."""
        chain: list[etree._Element] = []
        node: etree._Element | None = el
        inside = False
        while node is not None:
            known = self.furniture.get(node)
            if known is not None:
                inside = known
                break
            chain.append(node)
            node = node.getparent()
        for node in reversed(chain):
            inside = inside or is_boilerplate(node)
            self.furniture[node] = inside
        return inside


# The encoding a page declares in its first bytes: <meta charset>, <meta http-equiv> or <?xml encoding>.
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""", re.I
)
_UTF8 = frozenset({b"utf-8", b"utf8"})


def decode_html(data: bytes, name: str) -> str:
    """Return the page's text, its encoding found by UnicodeDammit. Raises SourceError when undecodable.

    A page that declares UTF-8, or nothing, and is valid UTF-8 is decoded at once: UnicodeDammit
    would come to the same answer, and importing bs4 for it costs about 0.1 s, a third of a
    small build. Any other page (another declared encoding, invalid UTF-8, a UTF-16 byte-order
    mark or NUL bytes of UTF-16) goes to UnicodeDammit.
    """
    if b"\x00" not in data[:1024]:  # UTF-16 and UTF-32 (with or without a byte-order mark) have NULs
        declared = _DECLARED.search(data, 0, 4096)
        if declared is None or (declared[1] or declared[2]).lower() in _UTF8:
            try:
                return data.decode("utf-8-sig")  # without a UTF-8 byte-order mark, if there is one
            except UnicodeDecodeError:
                pass
    from bs4.dammit import UnicodeDammit  # lazy: bs4 costs start-up time

    dammit = UnicodeDammit(data, is_html=True)
    if dammit.unicode_markup is None:
        raise SourceError(f"{name}: cannot tell the page's character encoding")
    return str(dammit.unicode_markup)


def load_page(text: str, name: str, page_url: str | None) -> Page:
    """Return the parsed page. Raises SourceError when lxml finds no document at all."""
    # Control characters are illegal in XML and lxml refuses them later on (drop_tag): drop them now.
    text = _CONTROL.sub("", text)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise SourceError(f"{name}: not an HTML page ({exc})") from None
    if root is None:
        raise SourceError(f"{name}: not an HTML page (Document is empty)")
    # One walk over the page finds everything loading needs: a Python pass over a big page costs
    # less than the half a dozen libxml2 passes of one iter(tag) each.
    scripts: list[etree._Element] = []
    metas: list[etree._Element] = []
    links: list[etree._Element] = []
    bases: list[etree._Element] = []
    removed: list[etree._Element] = []
    hidden: list[etree._Element] = []
    for el in root.iter(etree.Element):
        tag = el.tag
        if tag in _REMOVE:
            # Removed whole: whether it is hidden as well does not matter.
            removed.append(el)
            if tag == "script":
                scripts.append(el)
            elif tag == "meta":
                metas.append(el)
            elif tag == "link":
                links.append(el)
            continue
        if tag == "base":
            bases.append(el)
        # Text for screen readers only (tested inline: this runs for every element of the page).
        # A hidden <html> or <body> is an anti-flicker trick that scripts undo, not hidden text;
        # the root could not be dropped anyway.
        cls = el.get("class") or ""
        screen_reader = "screen-reader" in cls or "sr-only" in cls or "visually-hidden" in cls
        if (screen_reader or el.get("hidden") is not None) and tag not in ("html", "body") and el is not root:
            hidden.append(el)
    jsonld = tuple(text_content(s) for s in scripts if (s.get("type") or "").lower() == "application/ld+json")
    meta: dict[str, list[str]] = {}
    for m in metas:
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content and content.strip():
            meta.setdefault(key, []).append(collapse(content))
    canonical = next(
        (link.get("href") for link in links if "canonical" in (link.get("rel") or "").lower().split()),
        None,
    )
    base_href = next((b.get("href") for b in bases if b.get("href")), None)
    base_url = absolute(base_href, page_url) if base_href else page_url
    html_el = root if root.tag == "html" else root.getroottree().getroot()
    language = html_el.get("lang")
    for el in removed:
        drop_tree(el)
    # Text for screen readers only ("Continue reading <span class=screen-reader-text>Title</span>") is not
    # what the page shows: drop it once, so that every later text read is a plain text_of(). (One inside
    # a removed element is dropped from that detached element, which changes nothing.)
    for el in hidden:
        drop_tree(el)
    # Comments are dropped after the noscripts, inside which they may be, but found in the same pass.
    noscripts_and_comments = list(root.iter("noscript", etree.Comment))
    for noscript in (n for n in noscripts_and_comments if isinstance(n.tag, str)):
        # The <noscript> copy of a lazy image repeats it; keep it only when it is the only copy.
        parent = noscript.getparent()
        siblings = [] if parent is None else [i for i in parent.iter("img") if not _inside(i, noscript)]
        if siblings:
            drop_tree(noscript)
        else:
            drop_tag(noscript)
    for comment in (n for n in noscripts_and_comments if not isinstance(n.tag, str)):
        drop_tree(comment)
    return Page(
        name=name,
        root=root,
        base_url=base_url,
        page_url=page_url,
        jsonld=jsonld,
        meta={k: tuple(v) for k, v in meta.items()},
        canonical=absolute(canonical, base_url) if canonical else None,
        language=language,
    )


def _inside(el: etree._Element, container: etree._Element) -> bool:
    return any(a is container for a in el.iterancestors())


@lru_cache(maxsize=1)
def _parser() -> etree.HTMLParser:
    return etree.HTMLParser(encoding="utf-8", remove_comments=False, recover=True)


def text_content(el: etree._Element) -> str:
    """Return all the text inside ``el`` (not its tail), as lxml.html's ``text_content()`` does."""
    # text_content() is XPath's string(); the text serialiser reads the same libxml2 node content
    # without an XPath evaluation, three times faster.
    return etree.tostring(el, method="text", encoding=str, with_tail=False)


def text_of(el: etree._Element) -> str:
    """Return the text of ``el``, whitespace collapsed (hidden text was removed when the page was loaded)."""
    return " ".join(text_content(el).split())


def line_of(el: etree._Element) -> int | None:
    """Return the source line of ``el``, or None when libxml2 does not know it."""
    return cast("int | None", el.sourceline)  # lxml-stubs leave sourceline untyped


def drop_tree(el: etree._Element) -> None:
    """Remove ``el`` and everything in it; its tail text stays, joined to what precedes it.

    lxml.html's ``drop_tree``; like it, raises AssertionError for the root, which has no parent.
    """
    parent = el.getparent()
    assert parent is not None
    if el.tail:
        previous = el.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    parent.remove(el)


def drop_tag(el: etree._Element) -> None:
    """Remove the tag of ``el`` but keep its text and children in its place (lxml.html's ``drop_tag``)."""
    parent = el.getparent()
    assert parent is not None
    previous = el.getprevious()
    if el.text and isinstance(el.tag, str):
        if previous is None:
            parent.text = (parent.text or "") + el.text
        else:
            previous.tail = (previous.tail or "") + el.text
    if el.tail:
        if len(el):
            last = el[-1]
            last.tail = (last.tail or "") + el.tail
        elif previous is None:
            parent.text = (parent.text or "") + el.tail
        else:
            previous.tail = (previous.tail or "") + el.tail
    index = parent.index(el)
    parent[index : index + 1] = list(el)


def is_boilerplate(el: etree._Element) -> bool:
    """True when ``el`` itself is page furniture by its tag, role, class or id.

    The classes of ``<html>``, ``<body>`` and ``<main>`` describe the whole page: its layout
    ("one-sidebar sidebar-second", "has-cookie-banner") says nothing, but a page that calls
    itself a comments page ("comments-page") is furniture all through.
    """
    tag = el.tag
    if tag in BOILERPLATE_TAGS:  # a comment's tag is a function, never in it
        return True
    if tag in _PAGE_LEVEL:
        return _COMMENTS_PAGE.search(el.get("class") or "") is not None
    role = el.get("role")
    if role and role.lower() in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    # Class and id are judged apart (no furniture word spans the space between them), so that the
    # few class attributes of a listing stay cached. Its ids differ by their numbers ("post-40312"):
    # no furniture word holds a digit or is bounded by one, so every digit run can read "0".
    ident = el.get("id")
    return _furniture_label(el.get("class")) or (
        ident is not None and _furniture_label(_DIGITS.sub("0", ident))
    )


@lru_cache(maxsize=4096)
def _furniture_label(label: str | None) -> bool:
    """True when a class or id attribute names furniture; cached, as listing pages repeat the same few."""
    return label is not None and BOILERPLATE.search(label) is not None


def in_boilerplate(el: etree._Element, stop: etree._Element | None = None) -> bool:
    """True when ``el`` or an ancestor (below ``stop``) is page furniture."""
    node: etree._Element | None = el
    while node is not None and node is not stop:
        if is_boilerplate(node):
            return True
        node = node.getparent()
    return False


def image_url(img: etree._Element, base_url: str | None) -> str | None:
    """Return the real URL of an image: data-src, else a non-placeholder src, else the widest srcset entry."""
    for attribute in ("data-src", "data-lazy-src", "data-original", "data-url"):
        value = img.get(attribute)
        if value and not _PLACEHOLDER.search(value):
            return absolute(value, base_url)
    src = img.get("src")
    if src and not _PLACEHOLDER.search(src):
        return absolute(src, base_url)
    for attribute in ("data-srcset", "srcset", "data-lazy-srcset"):
        widest = widest_candidate(img.get(attribute))
        if widest:
            return absolute(widest, base_url)
    parent = img.getparent()
    if parent is not None and parent.tag == "picture":
        for source in parent.iter("source"):
            widest = widest_candidate(source.get("srcset") or source.get("data-srcset"))
            if widest:
                return absolute(widest, base_url)
    return None


def widest_candidate(srcset: str | None) -> str | None:
    """Return the URL of the widest (or densest) candidate of a srcset, or None when it is empty."""
    if not srcset:
        return None
    best: tuple[float, str] | None = None
    for m in _SRCSET_ITEM.finditer(srcset):
        url = m.group(1)
        if not url or _PLACEHOLDER.search(url):
            continue
        size = float(m.group(2) or 1)
        if best is None or size > best[0]:
            best = (size, url)
    return best[1] if best else None


def is_decorative(img: etree._Element, page: Page) -> bool:
    """True for logos, avatars, icons and tracking pixels: not a story's picture."""
    label = f"{img.get('class') or ''} {img.get('alt') or ''} {img.get('src') or ''}".lower()
    if _DECORATIVE.search(label):
        return True
    for attribute in ("width", "height"):
        value = img.get(attribute) or ""
        if value.isdigit() and int(value) < 80:  # avatars, icons, tracking pixels
            return True
    parent = img.getparent()
    return parent is not None and page.in_furniture(parent)
