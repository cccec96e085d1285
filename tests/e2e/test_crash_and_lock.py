"""Builds killed at random moments, failures injected between writes, and builds started together."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import feedparser
import pytest

from feedmaker.config import load_config
from feedmaker.errors import PublishError, RenderError
from feedmaker.pipeline import build_feed, spec_for
from feedmaker.publish import locked
from feedmaker.publish import publish as real_publish
from feedmaker.state import StateStore

NOW = "2026-03-01T08:00:00+00:00"
FEEDS = 6


def make_site(folder: Path, stories: int = 250) -> None:
    """A config of several feeds with inputs big enough for a build to take a moment."""
    config = ['output = "site"\n']
    for f in range(FEEDS):
        blocks = [
            f"Feed {f} story {n} about the harbour wall\nThe council met on day {n} to discuss wall {f}.\n"
            for n in range(stories)
        ]
        (folder / f"page{f}.txt").write_text("News\n\n" + "\n".join(blocks), encoding="utf-8")
        config.append(f'[[feed]]\nslug = "feed{f}"\ninputs = ["page{f}.txt"]\n')
    (folder / "feedmaker.toml").write_text("\n".join(config), encoding="utf-8")


def build(folder: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "feedmaker", "build", "--now", NOW, *extra],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_whole_feeds(site: Path, killed: bool = False) -> None:
    """Every file in the output folder is a complete, valid feed; no temporary file is left over.

    Right after a kill -9 (``killed``) a hidden temporary file may remain: nothing can delete it at
    that moment, hosts ignore dot files, and the next build sweeps it under the lock.
    """
    from lxml import etree

    for path in site.iterdir():
        if killed and path.name.startswith(".") and path.name.endswith(".tmp"):
            continue
        assert not path.name.startswith("."), f"leftover {path.name}"
        if path.suffix == ".json":
            assert json.loads(path.read_bytes())["items"]
        elif path.suffix in (".atom", ".rss"):
            parsed = feedparser.parse(path.read_bytes())
            assert parsed.bozo == 0 and len(parsed.entries) > 0, path.name
        elif path.suffix in (".opml", ".xsl"):
            etree.fromstring(path.read_bytes())  # whole XML
        else:
            assert path.read_bytes().rstrip().endswith(b"</html>"), path.name


def outputs(site: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(site.iterdir())}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The output of an uninterrupted build, to converge to."""
    folder = tmp_path_factory.mktemp("reference")
    make_site(folder)
    assert build(folder).returncode == 0
    return outputs(folder / "site")


def test_killed_builds_leave_whole_feeds_and_converge(tmp_path: Path, reference: dict[str, bytes]) -> None:
    """kill -9 at random moments: after each, every output file is whole; then a run converges."""
    make_site(tmp_path)
    rng = random.Random(20260301)
    env = {**os.environ}
    for attempt in range(6):
        process = subprocess.Popen(
            [sys.executable, "-m", "feedmaker", "build", "--now", NOW],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 2.5))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=60)
        if (tmp_path / "site").is_dir():
            assert_whole_feeds(tmp_path / "site", killed=True)
        if attempt == 2:
            # A killed build never leaves the lock held: the kernel drops it with the process.
            with locked(tmp_path / "site", timeout=1):
                pass
    assert build(tmp_path).returncode == 0
    assert_whole_feeds(tmp_path / "site")
    assert outputs(tmp_path / "site") == reference


def test_failure_between_writes_is_repaired_by_the_next_run(
    tmp_path: Path, reference: dict[str, bytes]
) -> None:
    """A write that fails after the state was saved leaves old or new whole files; the next run converges."""
    make_site(tmp_path)
    config = load_config(tmp_path / "feedmaker.toml")
    now = datetime.fromisoformat(NOW)
    calls = {"n": 0}

    def failing_publish(files, folder):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] % 2 == 0:
            first = dict(list(files.items())[:1])
            real_publish(first, folder)
            raise PublishError(f"{folder}: disk full (injected)")
        return real_publish(files, folder)

    with StateStore(config.state) as state:
        for feed in config.feeds:
            with contextlib.suppress(PublishError):
                build_feed(spec_for(config, feed), now=now, state=state, publish=failing_publish)
    assert_whole_feeds(config.output)
    assert build(tmp_path).returncode == 0
    assert outputs(tmp_path / "site") == reference


@pytest.mark.skipif(
    not hasattr(os, "fork"), reason="formats render in child processes only where fork exists"
)
def test_a_render_that_fails_in_a_child_keeps_the_old_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large feed's history is written while its formats render in child processes; when one of
    them fails, that write is rolled back and the files stay as they were."""
    import feedmaker.parallel as parallel
    import feedmaker.pipeline as pipeline

    make_site(tmp_path, stories=40)
    config = load_config(tmp_path / "feedmaker.toml")
    feed = config.feeds[0]
    with StateStore(config.state) as state:
        build_feed(spec_for(config, feed), now=datetime.fromisoformat(NOW), state=state)
        history = state.load(feed.meta.slug)
        old_print = state.fingerprint(feed.meta.slug)
        before = outputs(config.output)
        (tmp_path / "page0.txt").write_text(
            "News\n\nA new story about the pier\nThe pier reopened today after repairs.\n", encoding="utf-8"
        )
        monkeypatch.setattr(pipeline, "PARALLEL_MIN_ENTRIES", 1)  # the parallel path, with 41 entries
        monkeypatch.setattr(parallel, "usable_cpus", lambda: 2)  # even on a one-CPU machine
        parent, wrote = os.getpid(), []
        real_render_checked = pipeline.render_checked

        def spying(entries, meta, formats, meanwhile=None):  # type: ignore[no-untyped-def]
            def write() -> None:
                assert meanwhile is not None
                meanwhile()
                wrote.append(os.getpid())

            return real_render_checked(entries, meta, formats, meanwhile=write)

        def broken_check(files: object, meta: object) -> None:
            raise RenderError(f"injected failure in process {os.getpid()}")

        monkeypatch.setattr(pipeline, "render_checked", spying)
        monkeypatch.setattr(pipeline, "check", broken_check)
        with pytest.raises(RenderError, match="injected failure in process") as failure:
            build_feed(spec_for(config, feed), now=datetime.fromisoformat(NOW), state=state)
        assert wrote == [parent]  # the new history was written here...
        assert str(parent) not in str(failure.value)  # ...while a child failed to render
        assert state.load(feed.meta.slug) == history  # and rolled back
        assert state.fingerprint(feed.meta.slug) == old_print
    assert outputs(config.output) == before


def test_a_failed_publish_is_redone_by_the_next_run_with_the_same_inputs(tmp_path: Path) -> None:
    """The history is kept when publishing fails, but the run is not marked done: the next run with
    the same inputs is not skipped and writes the files."""
    make_site(tmp_path, stories=5)
    config = load_config(tmp_path / "feedmaker.toml")
    feed = config.feeds[0]
    now = datetime.fromisoformat(NOW)

    def refusing(files: object, folder: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
        raise PublishError(f"{folder}: disk full (injected)")

    with StateStore(config.state) as state:
        build_feed(spec_for(config, feed), now=now, state=state)
        (tmp_path / "page0.txt").write_text(
            "News\n\nA new story about the pier\nThe pier reopened today after repairs.\n", encoding="utf-8"
        )
        with pytest.raises(PublishError):
            build_feed(spec_for(config, feed), now=now, state=state, publish=refusing)
        assert "new story about the pier" not in (config.output / "feed0.atom").read_text(encoding="utf-8")
        report = build_feed(spec_for(config, feed), now=now, state=state)
    assert not report.skipped
    assert "new story about the pier" in (config.output / "feed0.atom").read_text(encoding="utf-8")


def test_a_second_build_waits_then_gives_up_clearly(tmp_path: Path) -> None:
    """While another build holds the folder, a build with a short --wait exits 4 with a clear message."""
    make_site(tmp_path, stories=5)
    with locked(tmp_path / "site", timeout=1):
        result = build(tmp_path, "--wait", "0.5")
    assert result.returncode == 4
    assert "another feedmaker build" in result.stderr and "Traceback" not in result.stderr


def test_two_builds_at_once_both_finish(tmp_path: Path, reference: dict[str, bytes]) -> None:
    """Two cron runs starting together: one waits for the other; both succeed; nothing lost."""
    make_site(tmp_path)
    first = subprocess.Popen(
        [sys.executable, "-m", "feedmaker", "build", "--now", NOW], cwd=tmp_path, stderr=subprocess.PIPE
    )
    second = subprocess.Popen(
        [sys.executable, "-m", "feedmaker", "build", "--now", NOW], cwd=tmp_path, stderr=subprocess.PIPE
    )
    assert first.wait(timeout=120) == 0 and second.wait(timeout=120) == 0
    assert outputs(tmp_path / "site") == reference


def test_state_is_never_inside_the_output(tmp_path: Path) -> None:
    make_site(tmp_path, stories=3)
    result = build(tmp_path, "--state", "site/state.sqlite")
    assert result.returncode == 2 and "inside the output folder" in result.stderr


def test_newer_state_schema_is_refused(tmp_path: Path) -> None:
    import sqlite3

    make_site(tmp_path, stories=3)
    (tmp_path / ".feedmaker").mkdir()
    db = sqlite3.connect(tmp_path / ".feedmaker" / "state.sqlite")
    db.execute("PRAGMA user_version = 99")
    db.close()
    result = build(tmp_path)
    assert result.returncode == 1 and "newer feedmaker" in result.stderr


def test_corrupt_state_is_a_clear_error(tmp_path: Path) -> None:
    make_site(tmp_path, stories=3)
    (tmp_path / ".feedmaker").mkdir()
    (tmp_path / ".feedmaker" / "state.sqlite").write_bytes(b"this is not a database" * 100)
    result = build(tmp_path)
    assert result.returncode == 1 and "state" in result.stderr and "Traceback" not in result.stderr
