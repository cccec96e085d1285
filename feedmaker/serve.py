"""Preview an output folder over HTTP, the way a static host would serve it.

Built on :mod:`http.server`, GET and HEAD only (other methods get 501). Every
file goes out with the feed media types, a strong ``ETag``, ``Last-Modified``
and ``Cache-Control: no-cache``, so a feed reader pointed at it revalidates
and gets ``304 Not Modified`` while nothing changed. Nothing outside the
folder is ever served: no ``..``, no encoded slash, no symlink leading out, no
hidden file, no directory listing. Quiet unless ``verbose``: the CLI owns the
terminal.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import io
import os
import socket
from collections.abc import Callable
from datetime import UTC
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .errors import UsageError

MEDIA_TYPES = {
    ".atom": "application/atom+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    # Every .json feedmaker writes is a JSON Feed; the output folder holds no other JSON.
    ".json": "application/feed+json; charset=utf-8",
    ".opml": "text/x-opml; charset=utf-8",
    ".xsl": "text/xsl; charset=utf-8",
    ".xslt": "text/xsl; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
}


_BROWSER_VIEWABLE = frozenset({".atom", ".rss"})


class _Handler(SimpleHTTPRequestHandler):
    """Serve the files of one folder with validators; refuse anything that leaves it."""

    def __init__(
        self, request: Any, client_address: Any, server: Any, *, directory: str, verbose: bool
    ) -> None:
        self.verbose = verbose  # set first: the base __init__ handles the whole request
        super().__init__(request, client_address, server, directory=directory)

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        """Return the media type for ``path``: the feed types above, else the standard library's guess."""
        return MEDIA_TYPES.get(Path(path).suffix.lower()) or super().guess_type(path)

    def media_type(self, path: str | os.PathLike[str]) -> str:
        """Return the Content-Type for ``path`` as this client wants it.

        Browsers show application/atom+xml and application/rss+xml as raw text and
        apply a feed's XSLT only to XML types, so a request that prefers HTML (a
        person opening the feed) gets the feed as application/xml; feed readers,
        which ask for the feed types, get those (``Vary: Accept`` tells caches).
        """
        if Path(path).suffix.lower() in _BROWSER_VIEWABLE and "text/html" in self.headers.get("Accept", ""):
            return "application/xml; charset=utf-8"
        return self.guess_type(path)

    def log_message(self, format: str, *args: Any) -> None:
        if self.verbose:
            super().log_message(format, *args)

    def locate(self, url_path: str) -> Path | None:
        """Return the file or folder ``url_path`` names inside the folder, or None when there is none."""
        root = Path(self.directory)
        parts: list[str] = []
        for raw in url_path.split("/"):
            part = unquote(raw, errors="strict") if raw else ""
            # Checked after decoding, so %2e%2e and %2f are caught too. Hidden names are refused
            # because publish leaves .name.tmp files mid-write and a folder may hold .git.
            if "/" in part or "\\" in part or "\0" in part or part.startswith("."):
                return None
            if part:
                parts.append(part)
        # resolve() follows symlinks, so one that leads out of the folder fails the check below.
        path = root.joinpath(*parts).resolve()
        return path if path.is_relative_to(root) and (path.is_file() or path.is_dir()) else None

    def send_head(self) -> io.BytesIO | None:
        """Send the status and headers; return the body to copy (None for an error or a 304)."""
        url_path = self.path.split("?", 1)[0].split("#", 1)[0]
        try:
            path = self.locate(url_path)
        except (UnicodeDecodeError, OSError, ValueError):
            path = None
        if path is not None and path.is_dir():
            # Listings stay off: a folder is its index.html or a 404.
            path = path / "index.html" if (path / "index.html").is_file() else None
            if path is not None and not url_path.endswith("/"):
                # /sub -> /sub/, as a static host does, so relative links in the page resolve.
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", url_path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
        if path is None:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            # Opened once and stat'ed through the handle, so body and validators describe the same file.
            with open(path, "rb") as handle:
                mtime = int(os.fstat(handle.fileno()).st_mtime)
                body = handle.read()
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        # A hash of the bytes rather than size+mtime_ns: a strong ETag promises identical bytes, and a
        # same-size rewrite within one timestamp tick (coarse file systems, fast rebuilds) would keep a
        # size+mtime tag. Output files are small and read whole anyway, so hashing costs next to nothing.
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        fresh = self.not_modified(etag, mtime)
        self.send_response(HTTPStatus.NOT_MODIFIED if fresh else HTTPStatus.OK)
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", self.date_time_string(mtime))
        self.send_header("Cache-Control", "no-cache")
        if Path(path).suffix.lower() in _BROWSER_VIEWABLE:
            self.send_header("Vary", "Accept")
        if not fresh:
            self.send_header("Content-Type", self.media_type(path))
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return None if fresh else io.BytesIO(body)

    def not_modified(self, etag: str, mtime: int) -> bool:
        """Return True when the request's validators show the client already holds this version."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            # RFC 9110 13.1.2: when present it decides alone (If-Modified-Since is ignored), compared weakly.
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError, IndexError, OverflowError):
            return False  # an invalid date is ignored (RFC 9110 13.1.3)
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return mtime <= since.timestamp()


class _Server(ThreadingHTTPServer):
    # Pinned off whatever the base class says: with SO_REUSEPORT two servers could share a port
    # silently (Linux), and a taken port must be an error instead.
    allow_reuse_port = False


class _Server6(_Server):
    address_family = socket.AF_INET6


def make_server(
    directory: Path, bind: str = "127.0.0.1", port: int = 8000, *, verbose: bool = False
) -> ThreadingHTTPServer:
    """Return a server for ``directory``, bound and listening, not yet serving; ``port=0`` picks a free port.

    Raises UsageError when the folder is missing or not a folder, the port is
    out of range or taken, or ``bind`` is not an address of this machine.
    """
    if not directory.is_dir():
        raise UsageError(f"{directory}: no such folder to serve (build the feeds first, or check the path)")
    if not 0 <= port <= 65535:
        raise UsageError(f"port {port}: must be between 0 and 65535")
    handler = functools.partial(_Handler, directory=str(directory.resolve()), verbose=verbose)
    server_class = _Server6 if ":" in bind else _Server
    try:
        return server_class((bind, port), handler)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(
                f"{bind}:{port}: port already in use (stop the other server or pick --port)"
            ) from None
        raise UsageError(f"{bind}:{port}: cannot listen here ({exc.strerror or exc})") from None


def serve(
    directory: Path,
    bind: str = "127.0.0.1",
    port: int = 8000,
    *,
    announce: Callable[[str], None] = print,
    verbose: bool = False,
) -> None:
    """Serve ``directory`` until interrupted (Ctrl-C), then return; ``announce`` gets the URL once listening.

    The URL carries the real port when ``port=0``. Raises UsageError as :func:`make_server` does.
    """
    server = make_server(directory, bind, port, verbose=verbose)
    host, real_port = server.socket.getsockname()[:2]
    shown = f"[{host}]" if ":" in str(host) else str(host)
    announce(f"Serving {directory} at http://{shown}:{real_port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a preview ends, not an error
    finally:
        server.server_close()
