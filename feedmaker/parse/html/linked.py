"""The visible block that shows each item of a structured list, found by the item's link.

A JSON-LD ``ItemList`` may hold no more than each story's link and name; the
page shows the rest (excerpt, byline, date, picture) in a block around that
link. The block of a link is the largest element around it that holds no
other item's link: the story's card stops where its neighbour's begins, so a
group of cards under one section heading is not taken for one card. When most
blocks are of one kind (``div.story``), a block of another kind (a section
holding a single story) gives way to the element of that kind inside it.

Links in page furniture (a "Most read" list repeating a story) are ignored.
One pass over the page's links, then one climb per item link: linear in the page.
"""

from __future__ import annotations

from collections import Counter

from lxml import etree

from ...urls import absolute, canonical
from .auto import signature
from .page import Page

_TOP = frozenset({"html", "body"})


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
    holders: dict[etree._Element, set[str]] = {}
    chains: list[tuple[str, list[etree._Element]]] = []
    for key, anchor in anchors:
        chain = [anchor]
        for ancestor in anchor.iterancestors():
            if ancestor.tag in _TOP:
                break
            chain.append(ancestor)
            holders.setdefault(ancestor, set()).add(key)
        chains.append((key, chain))
    own: dict[str, list[etree._Element]] = {}
    for key, chain in chains:
        if key in own:
            continue  # the first link of a story (its picture or headline) is as good as the next
        mine = [chain[0]]
        for ancestor in chain[1:]:
            if len(holders[ancestor]) > 1:
                break
            mine.append(ancestor)
        own[key] = mine
    common, _ = Counter(signature(mine[-1]) for mine in own.values()).most_common(1)[0]
    return {
        key: next((el for el in reversed(mine) if signature(el) == common), mine[-1])
        for key, mine in own.items()
    }
