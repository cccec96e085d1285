"""CPU-bound work on more than one core: forked children that send their result back through a pipe.

A large build spends most of its time in pure Python (feedgen building each
format's tree, then validating it), which one process runs on one core. The
formats do not depend on each other, so each can be rendered in a child. A
forked child starts with the parent's memory: nothing is pickled on the way
in, and only the finished bytes travel back.

Where fork is unavailable (Windows, macOS defaults aside) or only one CPU is
usable, the jobs simply run one after the other here; the results are the same.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .errors import FeedmakerError, RenderError

T = TypeVar("T")


class ChildFailed(RuntimeError):
    """A job raised an unexpected exception in a child; the message is the child's traceback."""


def usable_cpus() -> int:
    """Return how many CPUs this process may run on (1 when that cannot be told)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def run_all(jobs: Sequence[Callable[[], T]]) -> list[T]:
    """Return the results of ``jobs`` in order, the first run here and each other one in a forked child.

    Raises what a job raised: a FeedmakerError from a child is raised here
    unchanged; any other exception (a bug) as a ChildFailed carrying the
    child's traceback; a child that died without a word, as a RenderError.
    """
    if len(jobs) < 2 or usable_cpus() < 2 or not hasattr(os, "fork"):
        return [job() for job in jobs]
    import multiprocessing

    if multiprocessing.current_process().daemon:  # a daemonic process may not start children
        return [job() for job in jobs]

    context = multiprocessing.get_context("fork")
    children = []
    for job in jobs[1:]:
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(job, send), daemon=True)
        child.start()
        send.close()  # the parent's copy: recv() then sees EOF if the child dies without sending
        children.append((child, receive))
    try:
        results: list[Any] = [jobs[0]()]
    finally:
        # Collect every child even when the parent's own job failed, so none is left behind.
        outcomes = [_collect(child, receive) for child, receive in children]
    for ok, value in outcomes:
        if not ok:
            raise value
        results.append(value)
    return results


def _child(job: Callable[[], Any], send: Any) -> None:
    try:
        outcome: tuple[bool, Any] = (True, job())
    except FeedmakerError as exc:
        outcome = (False, exc)
    except Exception:  # a bug: the parent raises it with this traceback
        outcome = (False, ChildFailed(traceback.format_exc()))
    send.send(outcome)
    send.close()


def _collect(child: Any, receive: Any) -> tuple[bool, Any]:
    # Receive before joining: a child blocks on a full pipe until its result is read.
    try:
        outcome: tuple[bool, Any] = receive.recv()
    except EOFError:
        outcome = (False, None)
    finally:
        receive.close()
    child.join()
    if outcome[1] is None and not outcome[0]:
        return False, RenderError(f"a worker process died (exit code {child.exitcode})")
    return outcome
