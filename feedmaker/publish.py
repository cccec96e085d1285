"""Files into the output folder, atomically, only when their bytes changed, one build at a time.

Each file goes to a temporary file in the destination folder (same file
system, so the rename is atomic), is flushed to disk, made world-readable
(mkstemp creates 0600, which a web server cannot read), then renamed over the
old one. A reader or a static host sees the old file or the new one, never a
half-written one. Unchanged files are not touched at all, so their
modification times (and HTTP validators) stay put.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

from .errors import LockTimeout, PublishError


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; return False (and write nothing) when it already holds it.

    Raises PublishError when the folder cannot be created or the write fails;
    the previous file is then left as it was and no temporary file remains.
    """
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass  # unreadable old file: try to replace it
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PublishError(f"{folder}: cannot write here ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise PublishError(
            f"{path}: cannot write ({exc.strerror or exc}); the previous file is unchanged"
        ) from None
    return True


def sweep(folder: Path) -> int:
    """Remove temporary files a killed build left in ``folder``; return how many. Call it under the lock."""
    removed = 0
    for leftover in folder.glob(".*.tmp") if folder.is_dir() else ():
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed


def publish(files: Mapping[str, bytes], folder: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Write every file of ``files`` (name -> bytes) into ``folder``; return (written, unchanged) names.

    All bytes are rendered before this is called, so a failure in rendering
    never leaves some formats new and others old.
    """
    written: list[str] = []
    unchanged: list[str] = []
    for name, data in files.items():
        (written if write_atomic(folder / name, data) else unchanged).append(name)
    return tuple(written), tuple(unchanged)


def lock_path(folder: Path) -> Path:
    """Return the lock file of an output folder: a hidden file *beside* it, so it is never published."""
    folder = folder.resolve()
    return folder.parent / f".{folder.name}.feedmaker-lock"


@contextlib.contextmanager
def locked(folder: Path, timeout: float) -> Iterator[None]:
    """Hold the output folder's lock for the duration; wait up to ``timeout`` seconds for another build.

    The lock is an advisory ``flock`` on :func:`lock_path`: the kernel
    releases it when its holder dies, even by ``kill -9``, so a crashed build
    never blocks the next one. Raises LockTimeout when it stays busy, and
    PublishError when the folder cannot be created.
    """
    import fcntl
    import time

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(lock_path(folder), "a+b")  # noqa: SIM115 - held open for the lock's lifetime
    except OSError as exc:
        raise PublishError(
            f"{folder}: cannot create the output folder's lock ({exc.strerror or exc})"
        ) from None
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"{folder}: another feedmaker build is writing here; gave up after {timeout:g} s "
                        "(raise lock_timeout or --wait, or space the cron runs further apart)"
                    ) from None
                time.sleep(0.1)
        sweep(folder)  # a build killed mid-write (kill -9) leaves its temporary file behind
        yield
    finally:
        handle.close()  # closing the file releases the lock
