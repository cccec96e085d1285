"""Helpers shared by the tests: parse a scrape the way the pipeline does."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from feedmaker.merge import dedupe
from feedmaker.model import DateSource, Entry, Origin
from feedmaker.normalise import Settings, normalise_all
from feedmaker.parse.profiles import load_profile
from feedmaker.parse.text import parse_text
from feedmaker.read import Document, decode


def parse_entries(text: str | bytes, now: datetime, name: str = "page.txt") -> tuple[Entry, ...]:
    """Return the merged entries of a text scrape, in page order (not sorted by date)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    doc = Document(name=name, text=decode(data, name), data=data)
    assert now.tzinfo is not None
    result = parse_text(doc, now=now, zone=now.tzinfo, profile=load_profile(None))
    entries, problems = normalise_all(result.entries, Settings(now=now, authority="test.example"))
    assert not problems, problems
    return dedupe(entries)


def parse_file(path: Path, now: datetime) -> tuple[Entry, ...]:
    """Return the merged entries of the scrape at ``path``."""
    return parse_entries(path.read_bytes(), now, name=str(path))


def body_text(entry: Entry) -> str:
    """Return the entry's content as plain text, paragraphs joined by newlines."""
    import re
    from html import unescape

    html = entry.content or ""
    return unescape(re.sub(r"<[^>]+>", "", re.sub(r"</(p|h\d)>", "\n", html))).strip()


T0 = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)


def make_entry(n: int, **changes: object) -> Entry:
    """Return the n-th story of a test feed (n hours before T0, with text that needs escaping); override any field."""
    values: dict[str, object] = {
        "id": f"tag:harbour.example,2026:{n:032x}",
        "title": f"Story {n} & more",
        "published": T0 - timedelta(hours=n),
        "updated": T0 - timedelta(hours=n),
        "date_source": DateSource.PAGE,
        "origin": Origin("page.txt", n),
        "summary": f"Fish & chips {n}.",
        "content": f"<p>Fish &amp; chips {n}.</p>",
        "authors": ("Ana Roe",),
        "categories": ("Harbour",),
    }
    values.update(changes)
    return Entry(**values)  # type: ignore[arg-type]
