"""Scraper exports (JSON lines and JSON arrays) against their hand-checked expected results."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from conftest import FIXTURES

from feedmaker.model import FeedMeta
from feedmaker.parse import ParseOptions
from feedmaker.pipeline import FeedSpec, collect

JSONL = FIXTURES / "jsonl"
CASES = {
    "scrapy-items": "scrapy-items.jsonl",
    "with-bad-lines": "with-bad-lines.jsonl",
    "array": "array.json",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_export(name: str) -> None:
    """Every good item once with its title, clean link, date, authors and tags; bad lines named."""
    expected = json.loads((JSONL / f"{name}.expected.json").read_text(encoding="utf-8"))
    now = datetime.fromisoformat(expected["capture_time"])
    assert now.tzinfo is not None
    spec = FeedSpec(
        inputs=(str(JSONL / CASES[name]),),
        meta=FeedMeta(slug=name, title=name),
        parse=ParseOptions(),
        formats=(),
        output=Path("."),
        zone=now.tzinfo,
    )
    collected = collect(spec, now=now)
    by_title = {e.title: e for e in collected.entries}
    assert len(by_title) == len(expected["stories"])
    for want in expected["stories"]:
        entry = by_title[want["title"]]
        assert entry.link == want["link"]
        published = want["published"]
        if len(published) == 10:
            assert entry.published.date().isoformat() == published
        else:
            assert entry.published == datetime.fromisoformat(published)
        authors = want["author"] or []
        assert list(entry.authors) == ([authors] if isinstance(authors, str) else authors)
        assert list(entry.categories) == want["tags"]
        if want.get("body_start"):
            assert " ".join((entry.summary or "").split()).startswith(want["body_start"])
    assert sorted(p.origin.line for p in collected.problems) == expected.get("bad_lines", [])


def test_bad_lines_are_reported_and_the_rest_published(tmp_path: Path) -> None:
    """A bad line is named with its line number, the others are written, and the exit code says partial (3)."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "feedmaker",
            "build",
            str(JSONL / "with-bad-lines.jsonl"),
            "-o",
            str(tmp_path),
            "--now",
            "2026-02-14T10:00:00+00:00",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert [line.split(":")[1] for line in lines] == ["3", "4"]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "with-bad-lines.atom").read_text(encoding="utf-8").count("<entry>") == 3


def test_key_map(tmp_path: Path) -> None:
    """--map names the key of a field that has an unusual name."""
    source = tmp_path / "odd.jsonl"
    source.write_text(
        '{"story_name": "Odd keys work too", "story_text": "Body text here.", '
        '"addr": "https://odd.example/a"}\n',
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "feedmaker",
            "parse",
            str(source),
            "--map",
            "title=story_name",
            "--map",
            "content=story_text",
            "--map",
            "link=addr",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    item = json.loads(result.stdout)
    assert (item["title"], item["link"], item["summary"]) == (
        "Odd keys work too",
        "https://odd.example/a",
        "Body text here.",
    )
