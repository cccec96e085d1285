"""The input that started the project: the seed scrape, compared field by field with a reviewed file."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from conftest import shared_path
from helpers import body_text, parse_file

EXPECTED = Path(__file__).with_name("seed.expected.json")


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    data: dict[str, object] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def entries(expected: dict[str, object]) -> list[object]:
    seed = shared_path("seeds", "000_5cdd64b684e0baff.txt")
    return list(parse_file(seed, datetime.fromisoformat(str(expected["now"]))))


def test_four_entries_in_page_order(entries: list, expected: dict) -> None:
    """Exactly the four stories, in the order the page prints them."""
    assert [e.title for e in entries] == [x["title"] for x in expected["entries"]]


@pytest.mark.parametrize("index", range(4))
def test_each_entry_field_by_field(entries: list, expected: dict, index: int) -> None:
    """Title (derived or as printed, curly quotes kept), categories, summary, paragraphs, subheadings."""
    entry, want = entries[index], expected["entries"][index]
    paragraphs = re.findall(r"<p>(.*?)</p>", entry.content, re.S)
    assert entry.title == want["title"]
    assert entry.title_derived is want["title_derived"]
    assert list(entry.categories) == want["categories"]
    assert entry.summary == want["summary"]
    assert len(paragraphs) == want["paragraphs"]
    assert re.findall(r"<h3>(.*?)</h3>", entry.content) == want["subheadings"]
    assert paragraphs[0] == want["first_paragraph"]
    assert paragraphs[-1] == want["last_paragraph"]


def test_no_noise_anywhere(entries: list, expected: dict) -> None:
    """No chrome, marker, alt, caption or related-link text in any title, summary or body."""
    for entry in entries:
        text = "\n".join([entry.title, entry.summary or "", body_text(entry)])
        for noise in expected["noise_absent"]:
            assert noise not in text, (entry.title, noise)
        lines = {line.strip() for line in text.split("\n")}
        for noise in expected["noise_lines_absent"]:
            assert noise not in lines, (entry.title, noise)


def test_distinct_ids_for_the_two_greenland_stories(entries: list) -> None:
    """The two Greenland stories share paragraphs but never an id."""
    assert len({e.id for e in entries}) == 4
