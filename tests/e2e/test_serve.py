"""The preview server over real loopback HTTP: media types, validators and 304s, and no way out of the folder."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from feedmaker.errors import UsageError
from feedmaker.serve import make_server

SECRET = b"TOP SECRET, outside the served folder"
FILES = {
    "feed.atom": b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
    b"<id>tag:example.org,2026:feed</id><title>T</title><updated>2026-02-14T10:00:00Z</updated></feed>\n",
    "feed.rss": b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>T</title>'
    b"<link>https://example.org/</link><description>D</description></channel></rss>\n",
    "feed.json": b'{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": []}\n',
    "index.html": b"<!doctype html><title>Feeds</title><p>index page</p>\n",
    "feeds.opml": b'<?xml version="1.0"?>\n<opml version="2.0"><head/><body/></opml>\n',
    "feed.xsl": b'<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n',
    "sitemap.xml": b'<?xml version="1.0"?>\n<urlset/>\n',
}
TYPES = {
    "/feed.atom": "application/atom+xml; charset=utf-8",
    "/feed.rss": "application/rss+xml; charset=utf-8",
    "/feed.json": "application/feed+json; charset=utf-8",
    "/index.html": "text/html; charset=utf-8",
    "/feeds.opml": "text/x-opml; charset=utf-8",
    "/feed.xsl": "text/xsl; charset=utf-8",
    "/sitemap.xml": "application/xml",
}
Response = tuple[int, http.client.HTTPMessage, bytes]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """An output folder with one file of each kind, a secret beside it and a symlink inside leading to it."""
    folder = tmp_path / "site"
    (folder / "empty").mkdir(parents=True)
    (folder / "sub").mkdir()
    (folder / "sub" / "index.html").write_bytes(b"<p>sub</p>")
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    (folder / ".feed.atom.x1.tmp").write_bytes(b"<feed")
    (tmp_path / "secret").write_bytes(SECRET)
    (folder / "link").symlink_to(tmp_path / "secret")
    (folder / "alias.atom").symlink_to(folder / "feed.atom")  # a symlink staying inside is fine
    return folder


@pytest.fixture
def port(site: Path) -> Iterator[int]:
    """Serve ``site`` from a background thread on a free loopback port; stop it cleanly afterwards."""
    server = make_server(site, "127.0.0.1", 0)
    # A short poll interval so shutdown() returns at once instead of after up to half a second.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield server.server_port
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    assert not thread.is_alive()


def fetch(port: int, path: str, method: str = "GET", **headers: str) -> Response:
    """Send one request to the loopback server, the path sent as is (no client-side normalising)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request(method, path, headers={k.replace("_", "-"): v for k, v in headers.items()})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()


@pytest.mark.parametrize(("path", "media_type"), TYPES.items())
def test_media_type_per_extension(port: int, path: str, media_type: str) -> None:
    """Each output file goes out with its own media type, its bytes, validators and no-cache."""
    status, headers, body = fetch(port, path)
    assert (status, headers["Content-Type"], body) == (200, media_type, FILES[path[1:]])
    assert headers["ETag"].startswith('"') and headers["Last-Modified"].endswith("GMT")
    assert headers["Cache-Control"] == "no-cache"


def test_a_browser_gets_feeds_as_xml_for_the_stylesheet(port: int) -> None:
    """A request that prefers HTML (a person) gets Atom/RSS as application/xml, which browsers style with XSLT."""
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    for path, media_type in TYPES.items():
        if path.endswith((".atom", ".rss")):
            status, headers, _ = fetch(port, path, Accept=browser)
            assert (status, headers["Content-Type"]) == (200, "application/xml; charset=utf-8")
            assert headers["Vary"] == "Accept"
            _, reader_headers, _ = fetch(
                port, path, Accept="application/atom+xml, application/rss+xml, */*;q=0.1"
            )
            assert reader_headers["Content-Type"] == media_type


def test_root_serves_index_and_folders_never_list(port: int) -> None:
    """``/`` is index.html; a folder without one is a 404, not a listing; hidden files and POST are refused."""
    assert fetch(port, "/")[::2] == (200, FILES["index.html"])
    assert fetch(port, "/.feed.atom.x1.tmp")[0] == 404  # a half-written file from publish
    assert fetch(port, "/empty/")[0] == 404
    status, headers, _ = fetch(port, "/sub")
    assert (status, headers["Location"]) == (301, "/sub/")  # so the page's relative links resolve
    assert fetch(port, "/sub/")[::2] == (200, b"<p>sub</p>")
    assert fetch(port, "/feed.atom", "POST")[0] == 501


def test_head_has_headers_and_no_body(port: int) -> None:
    """HEAD answers with GET's headers and an empty body."""
    status, headers, body = fetch(port, "/feed.rss", "HEAD")
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == str(len(FILES["feed.rss"])) and headers["ETag"]


def test_if_none_match_gives_304(port: int) -> None:
    """A matching tag (exact, in a list, weak, or ``*``) is a 304 without body; a stale one is a 200."""
    etag = fetch(port, "/feed.atom")[1]["ETag"]
    for value in (etag, f'"nope", {etag}', f"W/{etag}", "*"):
        status, headers, body = fetch(port, "/feed.atom", If_None_Match=value)
        assert (status, body, headers["ETag"]) == (304, b"", etag), value
    assert fetch(port, "/feed.atom", If_None_Match='"stale"')[0] == 200


def test_if_modified_since_gives_304_unless_if_none_match_disagrees(port: int) -> None:
    """If-Modified-Since at or after the file's time is a 304, but a non-matching If-None-Match wins."""
    stamp = fetch(port, "/feed.json")[1]["Last-Modified"]
    assert fetch(port, "/feed.json", If_Modified_Since=stamp)[::2] == (304, b"")
    assert fetch(port, "/feed.json", If_Modified_Since="Mon, 01 Jan 1996 00:00:00 GMT")[0] == 200
    assert fetch(port, "/feed.json", If_Modified_Since="not a date")[0] == 200
    assert fetch(port, "/feed.json", If_Modified_Since=stamp, If_None_Match='"stale"')[0] == 200


def test_a_changed_file_is_a_200_again(port: int, site: Path) -> None:
    """After the file changes, the old ETag and the old date no longer give 304."""
    _, old, _ = fetch(port, "/feed.atom")
    path = site / "feed.atom"
    before = path.stat()
    path.write_bytes(FILES["feed.atom"].replace(b"<title>T", b"<title>U"))
    # Same size and same mtime_ns, as a fast rebuild on a coarse clock can leave: only the bytes differ.
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    status, new, _ = fetch(port, "/feed.atom", If_None_Match=old["ETag"])
    assert status == 200 and new["ETag"] != old["ETag"]
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))
    assert fetch(port, "/feed.atom", If_Modified_Since=old["Last-Modified"])[0] == 200


@pytest.mark.parametrize(
    "path",
    [
        "/../secret",
        "/%2e%2e/secret",
        "/%2E%2E%2Fsecret",
        "/..%2fsecret",
        "/empty/..%2f..%2fsecret",
        "/%5c..%5csecret",
        "//etc/passwd",
        "/etc/passwd",
        "/link",
        "/link/",
        "/.%2e/secret",
    ],
)
def test_nothing_outside_the_folder_is_served(port: int, path: str) -> None:
    """Traversal, encoded slashes, absolute paths and an outward symlink are all refused."""
    status, _, body = fetch(port, path)
    assert status in (403, 404) and SECRET not in body and b"root:" not in body


def test_absolute_paths_are_inside_the_folder_and_inner_symlinks_work(port: int, site: Path) -> None:
    """The secret's absolute path on disk is looked up inside the folder; a symlink staying inside is served."""
    assert fetch(port, str(site.parent / "secret"))[0] == 404
    assert fetch(port, "/alias.atom")[::2] == (200, FILES["feed.atom"])


def test_quiet_unless_verbose(site: Path, port: int, capfd: pytest.CaptureFixture[str]) -> None:
    """Requests, even failing ones, write nothing to stderr by default; verbose=True logs each one."""
    for path in ("/feed.atom", "/missing"):
        fetch(port, path)
    assert capfd.readouterr().err == ""
    server = make_server(site, "127.0.0.1", 0, verbose=True)
    thread = threading.Thread(target=server.handle_request)
    thread.start()
    fetch(server.server_port, "/missing")
    thread.join(timeout=5)
    server.server_close()
    assert '"GET /missing HTTP/1.1" 404' in capfd.readouterr().err


def test_missing_folder_and_taken_port_are_usage_errors(tmp_path: Path, site: Path, port: int) -> None:
    """A folder that is not there and a port another server holds are one-line UsageErrors."""
    with pytest.raises(UsageError, match="no such folder"):
        make_server(tmp_path / "nowhere", "127.0.0.1", 0)
    with pytest.raises(UsageError, match="already in use"):
        make_server(site, "127.0.0.1", port)


def test_serve_announces_the_real_port_and_stops_on_ctrl_c(site: Path) -> None:
    """serve() with port 0 announces the URL with the port it got, serves, and returns on SIGINT."""
    code = "import sys; from pathlib import Path; from feedmaker.serve import serve; serve(Path(sys.argv[1]), port=0)"
    proc = subprocess.Popen(
        [sys.executable, "-u", "-c", code, str(site)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "http://127.0.0.1:" in line and ":0/" not in line, line
        port = int(line.split("http://127.0.0.1:", 1)[1].split("/", 1)[0])
        assert fetch(port, "/feed.rss")[0] == 200
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)  # generous: a loaded CI machine is slow to start Python
        assert (proc.returncode, err) == (0, "")
    finally:
        proc.kill()
        proc.wait()
