"""HTML input from the command line: selectors, page URL, explanation of the automatic choice."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES

PAGE = FIXTURES / "html" / "wp-category.html"
URL = "https://wrenfield-echo.example/category/schools/"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "feedmaker", *map(str, args)], capture_output=True, text=True, timeout=60
    )


def test_selectors_pick_the_blocks_and_fields() -> None:
    """--select item/title/date/author override the automatic rules; other fields still found."""
    result = run(
        "parse",
        PAGE,
        "--page-url",
        URL,
        "--now",
        "2026-02-14T10:00:00+00:00",
        "--select",
        "item=article.type-post",
        "--select",
        "title=.post-title a",
        "--select",
        "date=time.published@datetime",
        "--select",
        "author=.byline",
    )
    assert result.returncode == 0, result.stderr
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(stories) == 4
    first = next(s for s in stories if s["title"].startswith("Wrenfield Primary"))
    assert first["published"] == "2026-02-13T16:25:00+00:00"
    assert first["authors"] == ["Harriet Penrose"]
    assert first["link"] == "https://wrenfield-echo.example/2026/02/13/wrenfield-primary-library-opens/"


def test_item_selector_matching_nothing_is_a_clear_error(tmp_path: Path) -> None:
    """A selector that matches nothing: one line naming the file, exit 1."""
    result = run(
        "build",
        PAGE,
        "-o",
        tmp_path,
        "--select",
        "item=article.nothing-here",
        "--now",
        "2026-02-14T10:00:00+00:00",
    )
    assert result.returncode == 1
    assert str(PAGE) in result.stderr and "no story found" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_selector_is_a_usage_error(tmp_path: Path) -> None:
    result = run("build", PAGE, "-o", tmp_path, "--select", "item=article[[")
    assert result.returncode == 2 and "--select" in result.stderr


def test_explain_shows_the_candidates() -> None:
    """parse --explain on HTML lists the candidate block groups and which one won."""
    result = run("parse", PAGE, "--page-url", URL, "--explain")
    assert result.returncode == 0
    assert "candidate" in result.stdout and "listing:" in result.stdout
