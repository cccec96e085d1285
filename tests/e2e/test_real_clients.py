"""Real clients on the served output: newsboat (a feed reader) and headless Chromium (a browser).

Both are Debian packages that `.ci/run` installs; a developer machine without
them skips these tests with the reason (CI fails instead).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedmaker.serve import make_server

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"

STORIES = [
    ("Ferry fares to rise in the spring", "Fares on the island ferry will rise by 8% from April."),
    ("Library opens a new reading room", "The old court room above the library is now a reading room."),
    ("Swing bridge to close for three weeks", "Engineers will replace the turning gear of the bridge."),
]
CONFIG = """title = "Harbour feeds"
output = "site"
[[feed]]
slug = "harbour"
title = "Harbour News"
link = "https://harbour.example/"
inputs = ["page.txt"]
"""


def need(program: str) -> str:
    path = shutil.which(program)
    if path is None:
        reason = f"{program} is not installed (Debian package; .ci/run installs it)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return path


def write_page(folder: Path, stories: list[tuple[str, str]]) -> None:
    text = "Harbour News\n\n" + "\n".join(f"{title}\n{body}\n" for title, body in stories)
    (folder / "page.txt").write_text(text, encoding="utf-8")


def build(folder: Path, now: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "feedmaker", "build", "--now", now],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A built site served on 127.0.0.1 (a free port) for the test's duration."""
    (tmp_path / "feedmaker.toml").write_text(CONFIG, encoding="utf-8")
    write_page(tmp_path, STORIES)
    build(tmp_path, "2026-03-01T08:00:00+00:00")
    server = make_server(tmp_path / "site", "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def newsboat_reload(newsboat: str, folder: Path, urls: list[str]) -> None:
    (folder / "urls").write_text("\n".join(urls) + "\n", encoding="utf-8")
    (folder / "config").write_text("reload-threads 2\nshow-read-feeds yes\n", encoding="utf-8")
    env = {**os.environ, "HOME": str(folder), "XDG_CONFIG_HOME": str(folder), "XDG_DATA_HOME": str(folder)}
    result = subprocess.run(
        [
            newsboat,
            "-u",
            str(folder / "urls"),
            "-c",
            str(folder / "cache.db"),
            "-C",
            str(folder / "config"),
            "-x",
            "reload",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def cached(folder: Path) -> list[tuple[str, str, str, int, int]]:
    """(feed url, guid, title, pubDate, unread) of every item in newsboat's cache."""
    db = sqlite3.connect(folder / "cache.db")
    try:
        return list(
            db.execute("SELECT feedurl, guid, title, pubDate, unread FROM rss_item ORDER BY feedurl, pubDate")
        )
    finally:
        db.close()


@pytest.mark.parametrize("fmt", ["atom", "rss"])
def test_newsboat_sees_each_story_once_and_nothing_old_comes_back(site: tuple[Path, str], fmt: str) -> None:
    """One reader per format (newsboat keys its cache by GUID, so one cache would merge the two feeds)."""
    newsboat = need("newsboat")
    folder, base = site
    reader = folder / f"reader-{fmt}"
    reader.mkdir()
    urls = [f"{base}/harbour.{fmt}"]
    newsboat_reload(newsboat, reader, urls)
    first = cached(reader)
    assert sorted(title for _, _, title, _, _ in first) == sorted(t for t, _ in STORIES)
    assert len({guid for _, guid, _, _, _ in first}) == 3
    dates = {title: date for _, _, title, date, _ in first}
    assert dates["Ferry fares to rise in the spring"] == 1772352000  # 2026-03-01T08:00:00Z, first seen

    # The user reads everything; then the page changes: a new story on top, one story edited, one
    # retitled cosmetically (case).
    db = sqlite3.connect(reader / "cache.db")
    db.execute("UPDATE rss_item SET unread = 0")
    db.commit()
    db.close()
    changed = [
        ("School wins a national reading prize", "Pupils read with the nursery class every Friday."),
        (STORIES[0][0], "Fares on the island ferry will rise by 9% from April, not 8%."),
        ("Library Opens A New Reading Room", STORIES[1][1]),
        STORIES[2],
    ]
    write_page(folder, changed)
    build(folder, "2026-03-01T09:00:00+00:00")
    newsboat_reload(newsboat, reader, urls)
    second = cached(reader)
    assert len(second) == 4, [row[2] for row in second]  # one new story, no duplicate of an old one
    assert len({guid for _, guid, _, _, _ in second}) == 4
    assert [title for _, _, title, _, unread in second if unread] == ["School wins a national reading prize"]
    assert {title: date for _, _, title, date, _ in second}[STORIES[0][0]] == dates[STORIES[0][0]]


def test_chromium_shows_the_index_and_a_readable_feed(site: tuple[Path, str]) -> None:
    chromium = need("chromium")
    pytest.importorskip("playwright", reason="the playwright package is in the test extras")
    from playwright.sync_api import sync_playwright

    _, base = site
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            profile,
            executable_path=chromium,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            page = browser.new_page()
            page.goto(f"{base}/index.html")
            assert page.inner_text("h1") == "Harbour feeds"
            assert page.inner_text("section h2") == "Harbour News"
            assert next(a.inner_text() for a in page.query_selector_all("section li")).startswith(
                STORIES[0][0]
            )
            alternates = page.eval_on_selector_all("link[rel=alternate]", "els => els.map(e => e.type)")
            assert alternates == ["application/atom+xml", "application/rss+xml", "application/feed+json"]
            assert page.query_selector("svg.chart") is not None
            page.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)

            for name in ("harbour.atom", "harbour.rss"):
                page.goto(f"{base}/{name}")
                text = page.inner_text("body")
                assert "This is a web feed" in text, text[:200]
                titles = [a.inner_text() for a in page.query_selector_all("a.title")]
                assert sorted(titles) == sorted(t for t, _ in STORIES)
            page.screenshot(path=str(ARTIFACTS / "feed.png"), full_page=True)
        finally:
            browser.close()
