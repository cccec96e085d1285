"""JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): a small dict, written deterministically."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..model import Entry, FeedMeta
from . import feed_url

VERSION = "https://jsonfeed.org/version/1.1"


def render_json(entries: Sequence[Entry], meta: FeedMeta) -> bytes:
    """Return the JSON Feed 1.1 document of ``entries`` (UTF-8, keys in a fixed order)."""
    feed: dict[str, Any] = {"version": VERSION, "title": meta.title}
    if meta.link:
        feed["home_page_url"] = meta.link
    url = feed_url(meta, "json")
    if url:
        feed["feed_url"] = url
    if meta.description:
        feed["description"] = meta.description
    if meta.language:
        feed["language"] = meta.language
    feed["authors"] = [{"name": meta.author}]
    # One item per line: diffs stay readable, and each json.dumps call without
    # ``indent`` runs in the C encoder (``indent=2`` on the whole feed took
    # about 0.5 s for 10,000 items).
    head = json.dumps(feed, ensure_ascii=False)[:-1]  # the object without its closing brace
    items = ",\n".join(json.dumps(_item(e), ensure_ascii=False) for e in entries)
    body = f'{head}, "items": [\n{items}\n]}}\n' if items else f'{head}, "items": []}}\n'
    return body.encode("utf-8")


def _item(entry: Entry) -> dict[str, Any]:
    item: dict[str, Any] = {"id": entry.id}
    if entry.link:
        item["url"] = entry.link
    item["title"] = entry.title
    if entry.content:
        item["content_html"] = entry.content
    else:
        item["content_text"] = entry.summary or entry.title
    if entry.summary:
        item["summary"] = entry.summary
    image = next((i.url for i in entry.images if i.url), None)
    if image:
        item["image"] = image
    item["date_published"] = entry.published.isoformat()
    item["date_modified"] = entry.updated.isoformat()
    if entry.authors:
        item["authors"] = [{"name": a} for a in entry.authors]
    if entry.categories:
        item["tags"] = list(entry.categories)
    return item
