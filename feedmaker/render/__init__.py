"""Renderers: entries + feed metadata -> bytes, deterministic (feeds.py: Atom and RSS; jsonfeed.py)."""

from __future__ import annotations

from ..model import FeedMeta

FORMATS = ("atom", "rss", "json")
XML_FORMATS = ("atom", "rss")  # written by feedgen (render/feeds.py)
EXTENSIONS = {"atom": "atom", "rss": "rss", "json": "json"}


def feed_url(meta: FeedMeta, fmt: str) -> str | None:
    """Return where the ``fmt`` file of this feed is served, or None without a base URL."""
    if not meta.self_base:
        return None
    return f"{meta.self_base.rstrip('/')}/{meta.slug}.{EXTENSIONS[fmt]}"
