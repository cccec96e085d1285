"""The visible block that shows each item of a structured list, found by the item's link.

A JSON-LD ``ItemList`` may hold no more than each story's link and name; the
page shows the rest (excerpt, byline, date, picture) in a block around that
link. The block of a link is the largest element around it that holds no
other item's link: the story's card stops where its neighbour's begins, so a
group of cards under one section heading is not taken for one card. When most
blocks are of one kind (``div.story``), a block of another kind (a section
holding a single story) gives way to the element of that kind inside it.

Links in page furniture (a "Most read" list repeating a story) are ignored. An
item linked more than once (a ticker of headlines above the cards) takes the
block that shows the most of it; a bare link among other items' links (the
ticker's; a link wrapping a whole card is no bare link) shows none of it.
One pass over the page's links, then climbs that mark each element at most
twice: linear in the page, however deep.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from ...urls import absolute, canonical
from .auto import card_link, signature
from .page import HEADING_TAGS, HEADINGS, Page, text_of

_TOP = frozenset({"html", "body"})
_MULTI = ""  # an ancestor holding the links of several items (no canonical URL is empty)


def linked_blocks(page: Page, keys: set[str]) -> dict[str, etree._Element]:
    """Return the block that shows each item, by the item's canonical link; {} when under two are shown.

    ``keys`` are canonical URLs (:func:`feedmaker.urls.canonical`). An item whose link
    the page does not show, or shows only as a bare link among other items' links, has no entry.
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
    # Every link of an item gives a block: its headline and its picture in the card, and again in a
    # ticker of headlines above the cards. The block that shows the most (a heading, then text) is the
    # item's; a bare link that stands among other items' links (the ticker's) shows nothing of it.
    own: dict[str, list[etree._Element]] = {}
    shown: dict[str, tuple[bool, int]] = {}
    for key, anchor in anchors:
        mine = [anchor]
        for ancestor in anchor.iterancestors():
            if ancestor.tag in _TOP or holder[ancestor] != key:
                break
            mine.append(ancestor)
        if len(mine) == 1 and not card_link(anchor):
            continue
        content = _content(mine[-1])
        if key not in own or content > shown[key]:
            own[key], shown[key] = mine, content
    if not own:
        return {}
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


def _content(block: etree._Element) -> tuple[bool, int]:
    """Return how much a block shows: whether it holds a heading, then the length of its text."""
    heading = block.tag in HEADING_TAGS or next(block.iter(*HEADINGS), None) is not None
    return heading, len(text_of(block))
