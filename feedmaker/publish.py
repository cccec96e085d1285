"""Files into the output folder, atomically, and only when their bytes changed.

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
from collections.abc import Mapping
from pathlib import Path

from .errors import PublishError


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
