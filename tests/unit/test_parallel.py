"""Large feeds are rendered on several cores: same bytes as one core, and failures come back intact."""

from __future__ import annotations

import multiprocessing
import os

import pytest
from helpers import make_entry

import feedmaker.pipeline as pipeline
from feedmaker.errors import RenderError, SourceError
from feedmaker.model import FeedMeta
from feedmaker.parallel import ChildFailed, run_all, usable_cpus

needs_fork = pytest.mark.skipif(
    not hasattr(os, "fork") or usable_cpus() < 2,
    reason="jobs only run in child processes with fork and 2+ CPUs",
)
META = FeedMeta(
    slug="big",
    title="Big",
    link="https://big.example/",
    self_base="https://feeds.example/",
    id="tag:big.example,2026:big",
)


def test_results_come_back_in_order() -> None:
    assert run_all([lambda: 1, lambda: "two", lambda: [3]]) == [1, "two", [3]]


@needs_fork
def test_jobs_after_the_first_run_in_children() -> None:
    pids = run_all([os.getpid, os.getpid, os.getpid])
    assert pids[0] == os.getpid()
    assert len(set(pids)) == 3
    assert not multiprocessing.active_children()


def _fails_with_source_error() -> None:
    raise SourceError("page.html: no such file")


def _has_a_bug() -> None:
    raise KeyError("oops")


def _dies() -> None:
    os._exit(7)


@needs_fork
def test_a_childs_own_error_is_raised_unchanged() -> None:
    with pytest.raises(SourceError, match=r"^page\.html: no such file$"):
        run_all([lambda: 0, _fails_with_source_error])


@needs_fork
def test_a_bug_in_a_child_keeps_its_traceback() -> None:
    with pytest.raises(ChildFailed, match=r"(?s)Traceback.*_has_a_bug.*KeyError: 'oops'"):
        run_all([lambda: 0, _has_a_bug])


@needs_fork
def test_a_child_that_dies_is_an_error_not_a_hang() -> None:
    with pytest.raises(RenderError, match=r"died \(exit code 7\)"):
        run_all([lambda: 0, _dies])


@needs_fork
def test_children_are_reaped_when_the_parents_job_fails() -> None:
    with pytest.raises(SourceError):
        run_all([_fails_with_source_error, lambda: 1])
    assert not multiprocessing.active_children()


def test_a_large_feed_renders_the_same_bytes_on_many_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Splitting the formats between processes changes nothing in what is written."""
    entries = [make_entry(n) for n in range(1, 40)]
    formats = ("atom", "rss", "json")
    one_core = pipeline.render(entries, META, formats)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ENTRIES", 1)
    many = pipeline.render_checked(entries, META, formats)
    assert list(many) == ["big.atom", "big.rss", "big.json"]  # the order asked for
    assert many == one_core


@needs_fork
def test_the_side_job_runs_here_while_the_formats_render_in_children(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build saves its history in this process while children render: same files, side job run once."""
    entries = [make_entry(n) for n in range(1, 40)]
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ENTRIES", 1)
    ran: list[int] = []
    files = pipeline.render_checked(entries, META, ("atom", "rss"), meanwhile=lambda: ran.append(os.getpid()))
    assert ran == [os.getpid()]
    assert files == pipeline.render(entries, META, ("atom", "rss"))


@pytest.mark.skipif(
    not hasattr(os, "fork"), reason="formats render in child processes only where fork exists"
)
def test_an_invalid_document_from_a_child_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check runs where the document was rendered; its verdict reaches the build."""
    import feedmaker.parallel as parallel

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ENTRIES", 1)
    monkeypatch.setattr(parallel, "usable_cpus", lambda: 2)  # children even on a one-CPU machine
    relative = make_entry(2, link="/2026/story-2")  # normalise never lets one through; a bug might
    with pytest.raises(RenderError, match=r"big\.(atom|rss) would not be a valid feed.*not"):
        pipeline.render_checked([make_entry(1), relative], META, ("atom", "rss"))


def _in_a_daemon(send: object) -> None:
    send.send(run_all([os.getpid, os.getpid]))  # type: ignore[attr-defined]


@needs_fork
def test_a_daemonic_process_runs_the_jobs_itself() -> None:
    """Called from a daemonic worker (which may not have children), the jobs run one after the other."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    worker = context.Process(target=_in_a_daemon, args=(send,), daemon=True)
    worker.start()
    send.close()  # ours: recv() then sees EOF should the worker die without an answer
    pids = receive.recv()
    worker.join()
    assert worker.exitcode == 0
    assert pids == [worker.pid, worker.pid]
