"""The climb from each ItemList link to its visible block costs the same however deep the page is."""

from __future__ import annotations

import time

from feedmaker.parse.html.linked import linked_blocks
from feedmaker.parse.html.page import load_page
from feedmaker.urls import canonical

SITE = "https://news.example/"


def _seconds(items: int, depth: int) -> float:
    """Return the best of three CPU times of linked_blocks on ``items`` cards nested ``depth`` divs deep."""
    cards = "".join(
        f'<div class="story"><h3><a href="/s/{n}">Story number {n} about the harbour</a></h3><p>Text {n}.</p></div>'
        for n in range(items)
    )
    page = load_page(f"<html><body>{'<div>' * depth}{cards}{'</div>' * depth}</body></html>", "p.html", SITE)
    keys = {canonical(f"{SITE}s/{n}") for n in range(items)}
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        blocks = linked_blocks(page, keys)
        best = min(best, time.process_time() - start)
    assert len(blocks) == items
    return best


def test_the_climbs_do_not_grow_with_the_depth_of_the_page() -> None:
    """3,000 cards under 240 wrappers cost about what they cost under one (climbing to <body> each: 8 times)."""
    assert _seconds(3000, 240) < 3 * _seconds(3000, 1)
