"""The visible block that shows each item of a structured list, found by the item's link.

A JSON-LD ``ItemList`` may hold no more than each story's link and name; the
page shows the rest (excerpt, byline, date, picture) in a block around that
link. The block of a link is the largest element around it that holds no
other item's link: the story's card stops where its neighbour's begins, so a
group of cards under one section heading is not taken for one card. When most
blocks are of one kind (``div.story``), a block of another kind (a section
holding a single story) gives way to the element of that kind inside it.

Links in page furniture (a "Most read" list repeating a story) are ignored.
One pass over the page's links, then climbs that mark each element at most
twice: linear in the page, however deep.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from ...urls import absolute, canonical
from .auto import signature
from .page import Page

_TOP = frozenset({"html", "body"})
_MULTI = ""  # an ancestor holding the links of several items (no canonical URL is empty)


def linked_blocks(page: Page, keys: set[str]) -> dict[str, etree._Element]:
    """Return the block that shows each item, by the item's canonical link; {} when under two are shown.

    ``keys`` are canonical URLs (:func:`feedmaker.urls.canonical`). An item whose link
    the page does not show has no entry.
    """
    anchors: list[tuple[str, etree._Element]] = []
    for anchor in page.root.iter("a"):
        href = absolute(anchor.get("href"), page.base_url)
        if href is None:
            continue
        key = canonical(href)
        if key in keys and not page.in_furniture(anchor):
            anchors.append((key, anchor))
    if len({key for key, _ in anchors}) < 2:
        return {}  # one link alone would climb to the whole page
    holder = _holders(anchors)
    own: dict[str, list[etree._Element]] = {}
    for key, anchor in anchors:
        if key in own:
            continue  # the first link of a story (its picture or headline) is as good as the next
        mine = [anchor]
        for ancestor in anchor.iterancestors():
            if ancestor.tag in _TOP or holder[ancestor] != key:
                break
            mine.append(ancestor)
        own[key] = mine
    common, _ = Counter(signature(mine[-1]) for mine in own.values()).most_common(1)[0]
    return {
        key: next((el for el in reversed(mine) if signature(el) == common), mine[-1])
        for key, mine in own.items()
    }


def _holders(anchors: list[tuple[str, etree._Element]]) -> dict[etree._Element, str]:
    """Return each ancestor of the item links (below ``<body>``) with the one key it holds, or :data:`_MULTI`.

    A climb stops at an ancestor that holds its key already or holds several: everything above it is
    marked already. Each element is marked at most twice (a key, then several), so the climbs cost
    one step per element plus one per link, however deep the page.
    """
    holder: dict[etree._Element, str] = {}
    for key, anchor in anchors:
        for ancestor in anchor.iterancestors():
            if ancestor.tag in _TOP:
                break
            held = holder.get(ancestor)
            if held is None:
                holder[ancestor] = key
            elif held in (key, _MULTI):
                break
            else:
                holder[ancestor] = _MULTI
    return holder
