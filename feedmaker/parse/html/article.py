"""The main text of a single article page.

The body container is found by its markup when the site names it
(``itemprop="articleBody"``, ``entry-content``, ``article__body``...), else as
the element whose own paragraphs hold the most text. Inside it, page furniture
(related links, ads, share bars, newsletter boxes) is dropped and what remains
is kept as HTML: paragraphs, subheadings, lists, quotes and figures.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from .page import drop_tree, in_boilerplate, is_boilerplate, text_of

_BODY_CLASS = re.compile(
    r"article[-_]?body|article__body|entry-content|post-content|post-body|story-body|article-content|"
    r"content-body|article-text|story-content|body-text|articlebody|rich-text|prose",
    re.IGNORECASE,
)
_KEEP = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "figure", "pre", "table"})


def body_container(root: etree._Element) -> etree._Element | None:
    """Return the element that holds the article's text, or None when the page has no paragraphs."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        named = (el.get("itemprop") or "").lower() == "articlebody" or _BODY_CLASS.search(
            el.get("class") or ""
        )
        if named and len(text_of(el)) > 80:
            return el
    best: tuple[int, etree._Element] | None = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("p", "a") or in_boilerplate(el):
            continue
        own = sum(len(text_of(p)) for p in el if isinstance(p.tag, str) and p.tag == "p")
        if own and (best is None or own > best[0]):
            best = (own, el)
    return best[1] if best else None


def body_html(container: etree._Element) -> str:
    """Return the container's story blocks as HTML (not yet sanitised), furniture removed."""
    clone = copy.deepcopy(container)
    for node in list(clone.iter()):
        if isinstance(node.tag, str) and node is not clone and is_boilerplate(node):
            drop_tree(node)
    parts: list[str] = []
    _collect(clone, parts)
    return "\n".join(parts)


def _collect(el: etree._Element, parts: list[str]) -> None:
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag in _KEEP:
            if text_of(child) or next(child.iter("img"), None) is not None:
                child.tail = None
                parts.append(etree.tostring(child, encoding="unicode", method="html"))
        else:
            _collect(child, parts)
