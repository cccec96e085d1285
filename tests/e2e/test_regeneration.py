"""Cron regeneration over many runs, as a feed reader sees it: ids, dates, counts and order after each run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import feedparser

CONFIG = """
output = "site"
base_url = "https://me.example/feeds/"

[[feed]]
slug = "harbour"
title = "Harbour"
link = "https://harbour.example/"
inputs = ["page.txt"]
[feed.filters]
max_items = 4
"""

STORIES = {
    "ferry": ("Ferry fares to rise in the spring", "Fares on the island ferry will rise by 8% from April."),
    "library": (
        "Library opens a new reading room",
        "The old court room above the library is now a reading room.",
    ),
    "bridge": (
        "Swing bridge to close for three weeks",
        "Engineers will replace the turning gear of the bridge.",
    ),
    "school": ("School wins a national reading prize", "Pupils read with the nursery class every Friday."),
    "market": ("Fish market opens to the public", "Shoppers can buy straight from the quay on Saturdays."),
}


def page(*names: str, edits: dict[str, str] | None = None, titles: dict[str, str] | None = None) -> str:
    blocks = []
    for name in names:
        title, text = STORIES[name]
        title = (titles or {}).get(name, title)
        text = (edits or {}).get(name, text)
        blocks.append(f"{title}\n{text}\n")
    return "Harbour News\n\n" + "\n".join(blocks)


def build(folder: Path, text: str, now: str) -> dict:
    (folder / "page.txt").write_text(text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "feedmaker", "build", "--now", now, "--json"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    summary: dict = json.loads(result.stdout)
    return summary


def reader_view(folder: Path) -> list[tuple[str, str, str]]:
    """(id, title, published) of each entry, as feedparser reads the Atom feed, in feed order."""
    parsed = feedparser.parse(str(folder / "site" / "harbour.atom"))
    assert parsed.bozo == 0
    rss = feedparser.parse(str(folder / "site" / "harbour.rss"))
    assert rss.bozo == 0 and [e.id for e in rss.entries] == [e.id for e in parsed.entries]
    return [(e.id, e.title, e.published) for e in parsed.entries]


def test_six_runs(tmp_path: Path) -> None:
    (tmp_path / "feedmaker.toml").write_text(CONFIG, encoding="utf-8")

    # Run 1: three stories, no dates on the page: first-seen times, a second apart, top story newest.
    build(tmp_path, page("ferry", "library", "bridge"), "2026-03-01T08:00:00+00:00")
    run1 = reader_view(tmp_path)
    assert [t for _, t, _ in run1] == [STORIES[n][0] for n in ("ferry", "library", "bridge")]
    assert [p for _, _, p in run1] == [
        "2026-03-01T08:00:00+00:00",
        "2026-03-01T07:59:59+00:00",
        "2026-03-01T07:59:58+00:00",
    ]
    ids = {t: i for i, t, _ in run1}

    # Run 2: nothing changed, an hour later: same bytes, files untouched.
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "site").iterdir()}
    summary = build(tmp_path, page("ferry", "library", "bridge"), "2026-03-01T09:00:00+00:00")
    assert summary["feeds"][0]["status"] in ("skipped", "unchanged")
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in (tmp_path / "site").iterdir()} == before

    # Run 3: a new story on top, the library story edited, the page reordered.
    build(
        tmp_path,
        page(
            "school",
            "bridge",
            "ferry",
            "library",
            edits={"library": "The old court room is now a quiet reading room, open daily."},
        ),
        "2026-03-01T10:00:00+00:00",
    )
    run3 = reader_view(tmp_path)
    assert run3[0][1] == STORIES["school"][0] and run3[0][2] == "2026-03-01T10:00:00+00:00"
    assert {t: i for i, t, _ in run3 if t != STORIES["school"][0]} == ids  # ids never change
    assert [p for _, t, p in run3 if t != STORIES["school"][0]] == [p for _, _, p in run1]  # nor dates
    atom = feedparser.parse(str(tmp_path / "site" / "harbour.atom"))
    updated = {e.title: e.updated for e in atom.entries}
    from datetime import datetime

    seen_at = datetime.fromisoformat("2026-03-01T10:00:00+00:00")
    # The edit moved `updated` to when it was seen (staggered by page position, so no two are equal).
    assert abs((datetime.fromisoformat(updated[STORIES["library"][0]]) - seen_at).total_seconds()) < 10
    assert updated[STORIES["ferry"][0]] == "2026-03-01T08:00:00+00:00"

    # Run 4: the ferry story drops off the page; a cosmetic retitle of the library story (site name,
    # case); a new story sharing the ferry's paragraph under another title. Five stories are known and
    # max_items is 4: the oldest (bridge) leaves the feed; ferry, off the page, stays until retention.
    build(
        tmp_path,
        page(
            "market",
            "school",
            "bridge",
            "library",
            titles={"library": "Library Opens a New Reading Room - Harbour News"},
            edits={"market": STORIES["ferry"][1]},
        ),
        "2026-03-01T11:00:00+00:00",
    )
    run4 = reader_view(tmp_path)
    by_title = {t: i for i, t, _ in run4}
    assert len(run4) == 4
    assert by_title["Library Opens a New Reading Room - Harbour News"] == ids[STORIES["library"][0]]
    assert by_title[STORIES["market"][0]] not in ids.values()  # shared paragraph, distinct story
    assert by_title[STORIES["ferry"][0]] == ids[STORIES["ferry"][0]]  # off the page, still in the feed
    assert STORIES["bridge"][0] not in by_title

    # Run 5: max_items raised; the bridge story (out of the feed) is on the page again: old id, old date.
    (tmp_path / "feedmaker.toml").write_text(
        CONFIG.replace("max_items = 4", "max_items = 10"), encoding="utf-8"
    )
    build(tmp_path, page("bridge", "market", "school", "library"), "2026-03-01T12:00:00+00:00")
    run5 = {t: (i, p) for i, t, p in reader_view(tmp_path)}
    assert run5[STORIES["bridge"][0]] == (ids[STORIES["bridge"][0]], "2026-03-01T07:59:58+00:00")
    assert len(run5) == 5

    # Run 6: the same page again, a day later: nothing moves.
    before6 = reader_view(tmp_path)
    build(tmp_path, page("bridge", "market", "school", "library"), "2026-03-02T12:00:00+00:00")
    assert reader_view(tmp_path) == before6
    ids6 = [i for i, _, _ in before6]
    assert len(ids6) == len(set(ids6))


def test_history_and_forget(tmp_path: Path) -> None:
    """`history` lists what the state holds; `forget` removes a story on purpose."""
    (tmp_path / "feedmaker.toml").write_text(CONFIG, encoding="utf-8")
    build(tmp_path, page("ferry", "library"), "2026-03-01T08:00:00+00:00")
    history = subprocess.run(
        [sys.executable, "-m", "feedmaker", "history", "harbour", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    rows = [json.loads(line) for line in history.stdout.splitlines()]
    assert [r["title"] for r in rows] == [STORIES["ferry"][0], STORIES["library"][0]]
    assert {r["status"] for r in rows} == {"on page"}
    forget = subprocess.run(
        [sys.executable, "-m", "feedmaker", "forget", "harbour", rows[1]["id"]],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert forget.returncode == 0 and "forgot 1 story" in forget.stderr
    build(tmp_path, page("ferry"), "2026-03-01T09:00:00+00:00")
    assert [t for _, t, _ in reader_view(tmp_path)] == [STORIES["ferry"][0]]


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "feedmaker.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "page.txt").write_text(page("ferry"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "feedmaker", "build", "--dry-run", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["feeds"][0]["added"]
    assert not any((tmp_path / "site").glob("harbour.*"))
    assert (
        not (tmp_path / ".feedmaker").exists()
        or os.path.getsize(tmp_path / ".feedmaker" / "state.sqlite") >= 0
    )


def test_one_bad_feed_does_not_stop_the_others(tmp_path: Path) -> None:
    """A feed whose input is missing fails alone: exit 3, the other feed written, its message names it."""
    (tmp_path / "feedmaker.toml").write_text(
        CONFIG + '\n[[feed]]\nslug = "broken"\ninputs = ["missing.txt"]\n', encoding="utf-8"
    )
    (tmp_path / "page.txt").write_text(page("ferry"), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "feedmaker", "build"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3
    assert "'broken'" in result.stderr and "missing.txt" in result.stderr
    assert (tmp_path / "site" / "harbour.atom").is_file()
