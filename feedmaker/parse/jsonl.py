"""Scraper exports: JSON lines (Scrapy's ``-o items.jsonl``) or one JSON array -> RawEntry records.

Each item's fields are found under the common key names scrapers use
(``title``/``headline``, ``url``/``link``, ``date``/``published``/``datePublished``...),
or under the keys a user maps (``--map title=story_name``). Scrapy's ItemLoader
without ``TakeFirst`` wraps every value in a list: single-valued fields take the
first element. A line that is not JSON, or an item with neither a title nor any
text, becomes a Problem naming its line; the other items are still published.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime, tzinfo
from html import unescape
from typing import Any

from ..dates import parse_date
from ..model import Block, DateSource, Image, Origin, Problem, RawDate, RawEntry
from ..read import Document
from ..textutil import collapse
from .markers import parse_marker, parse_names
from .profiles import Profile
from .result import ParseResult
from .rules import compile_profile
from .shapes import Context

# Field -> key names, most specific first. Lower-cased keys are compared.
KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name", "heading"),
    "link": ("url", "link", "href", "permalink", "canonical_url", "canonical", "article_url"),
    "guid": ("guid", "id", "uid", "uuid", "_id"),
    "date": (
        "datepublished",
        "published",
        "published_at",
        "publish_date",
        "pubdate",
        "date",
        "created_at",
        "created",
        "time",
        "timestamp",
    ),
    "updated": ("datemodified", "updated", "updated_at", "modified", "modified_at", "last_modified"),
    "author": ("author", "authors", "byline", "creator", "writer", "by"),
    "summary": ("summary", "description", "excerpt", "teaser", "dek", "abstract", "standfirst", "lede"),
    "content": ("content", "body", "html", "content_html", "articlebody", "article", "text", "body_html"),
    "image": ("image", "image_url", "image_urls", "images", "thumbnail", "og_image", "lead_image", "picture"),
    "categories": ("tags", "categories", "category", "section", "sections", "keywords", "topics"),
}
FIELDS = tuple(KEYS)
_TAG = re.compile(r"<[a-zA-Z][^>]*>")


def parse_key_map(specs: list[str] | tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Return ``FIELD=KEY`` strings as pairs. Raises UsageError on an unknown field."""
    from ..errors import UsageError

    pairs = []
    for spec in specs:
        name, _, key = spec.partition("=")
        if name.strip().lower() not in KEYS or not key.strip():
            raise UsageError(f"--map: {spec!r} must be FIELD=KEY with FIELD one of {', '.join(FIELDS)}")
        pairs.append((name.strip().lower(), key.strip()))
    return tuple(pairs)


def parse_jsonl(
    doc: Document,
    *,
    now: datetime,
    zone: tzinfo,
    profile: Profile,
    key_map: tuple[tuple[str, str], ...] = (),
    dayfirst: bool | None = None,
) -> ParseResult:
    """Return the stories of a JSON-lines or JSON-array export, in file order, and a Problem per bad item."""
    ctx = Context(now=now, zone=zone, dayfirst=dayfirst)
    keys = {field: (mapped,) + KEYS[field] for field, mapped in key_map} | {
        f: KEYS[f] for f in KEYS if f not in dict(key_map)
    }
    entries: list[RawEntry] = []
    problems: list[Problem] = []
    for line, item, error in _items(doc):
        origin = Origin(doc.name, line, "jsonl")
        if error:
            problems.append(Problem(origin, error))
            continue
        entry = _entry(item, origin, keys, profile, ctx)
        if entry is None:
            problems.append(Problem(origin, "item has neither a title nor any text; skipped"))
        else:
            entries.append(entry)
    return ParseResult(tuple(entries), tuple(problems))


def _items(doc: Document) -> Iterator[tuple[int, Mapping[str, Any], str | None]]:
    """Yield (line number, item, error): every object of a JSON array, or one per JSON line."""
    text = doc.text.lstrip("\ufeff")
    if text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except ValueError as exc:
            line = getattr(exc, "lineno", None) or 1
            yield line, {}, f"not valid JSON ({exc}); the whole array is unreadable"
            return
        starts = _object_lines(text)
        for index, item in enumerate(data if isinstance(data, list) else [data]):
            line = starts[index] if index < len(starts) else 1
            if isinstance(item, dict):
                yield line, item, None
            else:
                yield line, {}, "array element is not an object; skipped"
        return
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except ValueError as exc:
            yield number, {}, f"not valid JSON ({exc.args[0] if exc.args else exc}); line skipped"
            continue
        if not isinstance(item, dict):
            yield number, {}, "line is JSON but not an object; skipped"
            continue
        yield number, item, None


def _object_lines(text: str) -> list[int]:
    """Return the line where each top-level object of a JSON array starts (for messages)."""
    lines, depth, line, in_string, escape = [], 0, 1, False, False
    for char in text:
        if char == "\n":
            line += 1
        if in_string:
            escape = not escape and char == "\\"
            if char == '"' and not escape:
                in_string = False
            continue
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth == 2 and char == "{":
                lines.append(line)
        elif char in "]}":
            depth -= 1
    return lines


def _lookup(item: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    lowered = {str(k).lower(): v for k, v in item.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, "", [], {}):
            return value
    return None


def _first(value: Any) -> Any:
    while isinstance(value, list):
        value = next((v for v in value if v not in (None, "")), None)
    return value


def _text(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("name") or value.get("url") or value.get("@value")
    if isinstance(value, (str, int, float)) and str(value).strip():
        return collapse(unescape(str(value)))
    return None


def _entry(
    item: Mapping[str, Any], origin: Origin, keys: dict[str, tuple[str, ...]], profile: Profile, ctx: Context
) -> RawEntry | None:
    title = _text(_lookup(item, keys["title"]))
    summary = _text(_lookup(item, keys["summary"]))
    body = _body(_first(_lookup(item, keys["content"])))
    if not title and not summary and not body:
        return None
    return RawEntry(
        origin=origin,
        title=title,
        link=_text(_lookup(item, keys["link"])),
        guid=_text(_lookup(item, keys["guid"])),
        authors=_authors(_lookup(item, keys["author"]), profile, ctx),
        dates=_dates(_lookup(item, keys["date"]), ctx),
        updated=_dates(_lookup(item, keys["updated"]), ctx),
        section=None,
        categories=_terms(_lookup(item, keys["categories"])),
        summary=summary,
        body=body,
        images=tuple(Image(url) for url in _terms(_lookup(item, keys["image"]), urls=True)),
    )


def _body(value: Any) -> tuple[Block, ...]:
    if not isinstance(value, str) or not value.strip():
        return ()
    if _TAG.search(value):
        return (Block("html", value),)
    return tuple(Block("p", collapse(p)) for p in re.split(r"\n\s*\n", value) if p.strip())


def _authors(value: Any, profile: Profile, ctx: Context) -> tuple[str, ...]:
    rules = compile_profile(profile)
    values = value if isinstance(value, list) else [value]
    names: list[str] = []
    for v in values:
        text = _text(v)
        if not text:
            continue
        marker = parse_marker(text, rules, ctx)
        found = (
            marker.authors if marker is not None and marker.authors else parse_names(text, rules) or (text,)
        )
        names.extend(n for n in found if n not in names)
    return tuple(names)


def _dates(value: Any, ctx: Context) -> tuple[RawDate, ...]:
    text = _text(value)
    if not text:
        return ()
    if isinstance(_first(value), (int, float)) and float(_first(value)) > 10**8:
        stamp = datetime.fromtimestamp(
            float(_first(value)) / (1000 if float(_first(value)) > 10**11 else 1), ctx.now.tzinfo
        )
        return (RawDate(text, stamp, DateSource.STRUCTURED),)
    found = parse_date(text, now=ctx.now, zone=ctx.zone, dayfirst=ctx.dayfirst)
    if found is None:
        return ()
    source = DateSource.RELATIVE if found.source is DateSource.RELATIVE else DateSource.STRUCTURED
    return (RawDate(text, found.value, source, found.date_only),)


def _terms(value: Any, urls: bool = False) -> tuple[str, ...]:
    values = value if isinstance(value, list) else [value]
    out: list[str] = []
    for v in values:
        if isinstance(v, dict):
            v = v.get("url") if urls else v.get("name")
        if isinstance(v, str):
            parts = [v] if urls else v.split(",") if "," in v and not urls else [v]
            out.extend(collapse(unescape(p)) for p in parts if p.strip())
    return tuple(dict.fromkeys(out))
