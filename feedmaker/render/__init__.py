"""Renderers: entries + feed metadata -> bytes, one function per format, deterministic."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Entry, FeedMeta

Renderer = Callable[[Sequence[Entry], FeedMeta], bytes]
FORMATS = ("atom", "rss", "json")
XML_FORMATS = ("atom", "rss")  # written by feedgen (render/feeds.py)
EXTENSIONS = {"atom": "atom", "rss": "rss", "json": "json"}


def renderer(fmt: str) -> Renderer:
    """Return the renderer of format ``fmt`` (one of FORMATS); imports it lazily for start-up time."""
    if fmt == "atom":
        from .feeds import render_atom

        return render_atom
    if fmt == "rss":
        from .feeds import render_rss

        return render_rss
    if fmt == "json":
        from .jsonfeed import render_json

        return render_json
    raise ValueError(f"unknown format {fmt!r}")


def feed_url(meta: FeedMeta, fmt: str) -> str | None:
    """Return where the ``fmt`` file of this feed is served, or None without a base URL."""
    if not meta.self_base:
        return None
    return f"{meta.self_base.rstrip('/')}/{meta.slug}.{EXTENSIONS[fmt]}"
