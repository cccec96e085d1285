"""Config-driven builds: `-c FILE`, `--feed SLUG` and each feed's include/exclude filters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import feedparser

PAGE = """Harbour News

Ferry fares to rise in the spring
Fares on the island ferry will rise by 8% from April, the operator said.

Sponsored: the best ferry travel insurance
Compare quotes for your boat in two minutes with our partner.

Library opens a new reading room
The old court room above the library is now a reading room for the town.

Swing bridge to close for three weeks
Engineers will replace the turning gear; the ferry runs extra crossings meanwhile.
"""

CONFIG = """
output = "site"

[[feed]]
slug = "all"
title = "Everything"
inputs = ["page.txt"]
formats = ["atom"]

[[feed]]
slug = "ferry"
title = "Ferry news"
inputs = ["page.txt"]
formats = ["atom"]
[feed.filters]
include = ["(?i)ferry"]
exclude = ["^Sponsored"]
"""


def build(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "feedmaker",
            "build",
            "-c",
            str(config),
            "--now",
            "2026-03-01T12:00:00Z",
            *args,
        ],
        cwd=config.parent.parent,  # not the config's folder: paths must resolve against the file
        capture_output=True,
        text=True,
        timeout=60,
    )


def titles(path: Path) -> list[str]:
    return [e.title for e in feedparser.parse(path.read_bytes()).entries]


def setup(tmp_path: Path, config: str = CONFIG) -> Path:
    folder = tmp_path / "site-config"
    folder.mkdir()
    (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "feedmaker.toml").write_text(config, encoding="utf-8")
    return folder / "feedmaker.toml"


def test_filters_match_title_or_text_and_exclude_wins(tmp_path: Path) -> None:
    config = setup(tmp_path)
    result = build(config)
    assert result.returncode == 0, result.stderr
    site = config.parent / "site"
    assert len(titles(site / "all.atom")) == 4
    # "Swing bridge…" mentions the ferry only in its text; the sponsored post is excluded by its title.
    assert titles(site / "ferry.atom") == [
        "Ferry fares to rise in the spring",
        "Swing bridge to close for three weeks",
    ]


def test_feed_option_builds_only_that_feed(tmp_path: Path) -> None:
    config = setup(tmp_path)
    result = build(config, "--feed", "ferry")
    assert result.returncode == 0, result.stderr
    site = config.parent / "site"
    assert (site / "ferry.atom").exists()
    assert not (site / "all.atom").exists()


def test_unknown_feed_slug_is_a_usage_error(tmp_path: Path) -> None:
    config = setup(tmp_path)
    result = build(config, "--feed", "ferries")
    assert result.returncode == 2
    assert "ferries" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (config.parent / "site").exists()
