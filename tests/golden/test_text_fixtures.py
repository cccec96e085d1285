"""Our own test scrapes, one per layout, against their hand-checked expected results."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from conftest import FIXTURES
from helpers import body_text, parse_file

from feedmaker.model import Entry
from feedmaker.textutil import fold

# text/: one scrape per layout the foundation issue names. blind/, blind2/, blind3/: sets written later by
# someone who had not seen the parser, to check that it generalises (known limitations are marked below).
# Known limitations, as strict xfails (an entry fails the suite once it is fixed).
STORY_LIMITS: dict[str, str] = {
    "blind2/regional-daily-mixed": "a columnist's name above an opinion title is read as a section, not the author",
    "blind7/poltava-uk-strichka": (
        "'Автори: Ірина Бондар, Сергій Ткаченко' (a plural byline label, two names joined by a comma) gives"
        " only the first author"
    ),
    "blind7/xiangjiang-zh-difang": (
        "'作者：王建军 陈思': two Chinese names parted by a space read as one name (a space also parts a"
        " Japanese family name from the given name, so it cannot split names by itself)"
    ),
}
NOISE_LIMITS: dict[str, str] = {}
NAMES = [
    f"{folder}/{p.stem}"
    for folder in ("text", "blind", "blind2", "blind3", "blind4", "blind5", "blind7")
    for p in sorted((FIXTURES / folder).glob("*.txt"))
]


def _cases(limits: dict[str, str]) -> list[object]:
    return [
        pytest.param(n, marks=[pytest.mark.xfail(reason=limits[n], strict=True)] if n in limits else [])
        for n in NAMES
    ]


def _date_matches(entry: Entry, want: str) -> bool:
    if len(want) == 10:
        return entry.published.date().isoformat() == want
    return abs((entry.published - datetime.fromisoformat(want)).total_seconds()) <= 60


@pytest.mark.parametrize("name", _cases(STORY_LIMITS))
def test_fixture(name: str) -> None:
    """Every story once, in page order, with its title, body start, authors, date, section and topics."""
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    entries = parse_file(FIXTURES / f"{name}.txt", datetime.fromisoformat(expected["capture_time"]))
    stories = expected["stories"]
    assert len(entries) == len(stories), [e.title for e in entries]
    for entry, want in zip(entries, stories, strict=True):
        if want["title"]:
            assert fold(entry.title) == fold(want["title"])
            assert not entry.title_derived
        else:
            assert entry.title_derived
        if want["body_start"]:
            assert " ".join((entry.summary or "").split()).startswith(want["body_start"])
        authors = want.get("author") or []
        # Names printed in capitals come out title-cased ("BY ANA ROE" -> "Ana Roe"): compare folded.
        assert [fold(a) for a in entry.authors] == [
            fold(a) for a in ([authors] if isinstance(authors, str) else authors)
        ]
        if want.get("published"):
            assert _date_matches(entry, want["published"]), (entry.title, entry.published, want["published"])
        if want.get("section"):
            assert want["section"] in entry.categories
        for category in want.get("categories_include", []):
            assert category in entry.categories


@pytest.mark.parametrize("name", _cases(NOISE_LIMITS))
def test_fixture_has_no_noise(name: str) -> None:
    """No chrome string of the page appears in a title or body (short ones only as a whole line)."""
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    entries = parse_file(FIXTURES / f"{name}.txt", datetime.fromisoformat(expected["capture_time"]))
    for entry in entries:
        lines = [entry.title, *body_text(entry).split("\n")]
        for noise in expected["noise"]:
            if len(noise) <= 4 or " " not in noise:
                assert noise not in (line.strip() for line in lines), (entry.title, noise)
            else:
                assert not any(noise in line for line in lines), (entry.title, noise)


def test_every_fixture_has_an_expected_file() -> None:
    """A scrape without its expected result would silently test nothing."""
    for folder in ("text", "blind", "blind2", "blind3", "blind4", "blind5", "blind7"):
        scrapes = {p.stem for p in (FIXTURES / folder).iterdir() if p.suffix in (".txt", ".html")}
        assert scrapes == {
            p.name.removesuffix(".expected.json") for p in (FIXTURES / folder).glob("*.expected.json")
        }
    assert len(NAMES) >= 40


def test_examples_parse(tmp_path: Path) -> None:
    """The README's example scrapes give their stories (6 and 5)."""
    root = Path(__file__).resolve().parents[2] / "examples"
    now = datetime.fromisoformat("2026-03-02T18:00:00+00:00")
    assert len(parse_file(root / "harbour-gazette.txt", now)) == 6
    assert len(parse_file(root / "valley-listing.txt", now)) == 5
