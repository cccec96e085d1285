"""Atom, RSS and JSON Feed output, checked on the parsed documents (lxml, feedparser), not by string search."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import pytest
from helpers import make_entry
from lxml import etree

from feedmaker.model import FeedMeta
from feedmaker.pipeline import render

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
T0 = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
META = FeedMeta(
    slug="harbour",
    title="Harbour Gazette",
    link="https://harbour.example/",
    self_base="https://feeds.example/news/",
    id="tag:harbour.example,2026:feed/harbour",
)


entry = make_entry


ENTRIES = (
    entry(1),
    entry(
        2,
        link="https://harbour.example/2026/02/story-2",
        id="https://harbour.example/2026/02/story-2",
        authors=(),
        content=None,
    ),
    entry(3),
)


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return render(ENTRIES, META, ("atom", "rss", "json"))


def test_file_names(files: dict[str, bytes]) -> None:
    """One file per format, named after the slug."""
    assert sorted(files) == ["harbour.atom", "harbour.json", "harbour.rss"]


@pytest.mark.parametrize("name", ["harbour.atom", "harbour.rss"])
def test_feedparser_reads_it_cleanly(files: dict[str, bytes], name: str) -> None:
    """feedparser finds no error and every entry, with the right titles."""
    parsed = feedparser.parse(files[name])
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert [e.title for e in parsed.entries] == [e.title for e in ENTRIES]
    assert parsed.entries[0].author == "Ana Roe"


def test_atom_entries_are_complete(files: dict[str, bytes]) -> None:
    """Each Atom entry has one id, title and updated (RFC 3339), and an alternate link or content."""
    root = etree.fromstring(files["harbour.atom"])
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    ids = []
    for el in entries:
        for tag in ("id", "title", "updated"):
            assert len(el.findall(f"{ATOM}{tag}")) == 1, tag
        assert RFC3339.match(el.findtext(f"{ATOM}updated") or "")
        assert RFC3339.match(el.findtext(f"{ATOM}published") or "")
        alternate = [
            link for link in el.findall(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"
        ]
        assert alternate or el.find(f"{ATOM}content") is not None
        ids.append(el.findtext(f"{ATOM}id"))
    assert len(set(ids)) == 3


def test_atom_feed_level(files: dict[str, bytes]) -> None:
    """Feed id, author, self and alternate links, and updated = newest entry (not the clock)."""
    root = etree.fromstring(files["harbour.atom"])
    assert root.findtext(f"{ATOM}id") == META.id
    assert root.findtext(f"{ATOM}author/{ATOM}name") == "feedmaker"
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{ATOM}link")}
    assert links == {
        "self": "https://feeds.example/news/harbour.atom",
        "alternate": "https://harbour.example/",
    }
    assert datetime.fromisoformat(root.findtext(f"{ATOM}updated") or "") == ENTRIES[0].updated


def test_html_is_escaped_exactly_once(files: dict[str, bytes]) -> None:
    """'&' in a paragraph is '&amp;' inside the HTML, and the title is plain text."""
    root = etree.fromstring(files["harbour.atom"])
    first = root.find(f"{ATOM}entry")
    assert first is not None
    content = first.find(f"{ATOM}content")
    assert content is not None and content.get("type") == "html"
    assert content.text == "<p>Fish &amp; chips 1.</p>"
    assert first.findtext(f"{ATOM}title") == "Story 1 & more"


def test_rss_items(files: dict[str, bytes]) -> None:
    """RSS items: guid (permalink only for links), title, description, RFC 822 dates, dc:creator."""
    root = etree.fromstring(files["harbour.rss"])
    channel = root.find("channel")
    assert channel is not None
    assert channel.findtext("link") == "https://harbour.example/"
    self_link = channel.find(f"{ATOM}link")
    assert self_link is not None and self_link.get("href") == "https://feeds.example/news/harbour.rss"
    assert parsedate_to_datetime(channel.findtext("lastBuildDate") or "") == ENTRIES[0].updated
    items = channel.findall("item")
    assert len(items) == 3
    for item, source in zip(items, ENTRIES, strict=True):
        guid = item.find("guid")
        assert guid is not None and guid.text == source.id
        assert guid.get("isPermaLink") == ("true" if source.permalink else "false")
        assert item.findtext("title") == source.title
        assert item.findtext("description")
        assert parsedate_to_datetime(item.findtext("pubDate") or "") == source.published
        assert [c.text for c in item.findall(f"{DC}creator")] == list(source.authors)
        assert item.find("author") is None  # RSS <author> must be an e-mail address


def test_json_feed(files: dict[str, bytes]) -> None:
    """JSON Feed 1.1: version, feed_url, unique ids, RFC 3339 dates, content."""
    feed = json.loads(files["harbour.json"])
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://feeds.example/news/harbour.json"
    items = feed["items"]
    assert [i["id"] for i in items] == [e.id for e in ENTRIES]
    assert all(RFC3339.match(i["date_published"]) for i in items)
    assert items[0]["content_html"] == "<p>Fish &amp; chips 1.</p>"
    assert items[1]["url"] == "https://harbour.example/2026/02/story-2"


def test_rendering_is_deterministic(files: dict[str, bytes]) -> None:
    """The same entries give byte-identical files."""
    assert render(ENTRIES, META, ("atom", "rss", "json")) == files


def test_feed_without_base_url_has_no_self_link() -> None:
    """Without a base URL there is no self link (a wrong one would be worse), and it still validates."""
    meta = FeedMeta(slug="x", title="X", id="tag:x.feedmaker.invalid,2026:feed/x")
    atom = render(ENTRIES, meta, ("atom",))["x.atom"]
    root = etree.fromstring(atom)
    assert [link.get("rel") for link in root.findall(f"{ATOM}link")] == []
    assert feedparser.parse(atom).bozo == 0


def test_golden_example_build(tmp_path: Path, update_golden: bool) -> None:
    """The bundled example builds to exactly the reviewed bytes (regenerate with --update-golden)."""
    from feedmaker.cli import main

    root = Path(__file__).resolve().parents[2]
    golden = root / "tests" / "golden" / "cases" / "harbour-gazette"
    out = golden if update_golden else tmp_path
    code = main(
        [
            "build",
            str(root / "examples" / "harbour-gazette.txt"),
            "-o",
            str(out),
            "--title",
            "Harbour Gazette",
            "--link",
            "https://harbour-gazette.example/",
            "--base-url",
            "https://feeds.example/",
            "--now",
            "2026-03-02T18:00:00+00:00",
            "-q",
        ]
    )
    assert code == 0
    for name in (
        "harbour-gazette.atom",
        "harbour-gazette.rss",
        "harbour-gazette.json",
        "index.html",
        "feeds.opml",
        "feed.xsl",
    ):
        assert (out / name).read_bytes() == (golden / name).read_bytes(), name


def test_lead_image_as_enclosure_and_media_rss() -> None:
    """The first image: Atom link rel=enclosure with a MIME type (one alternate link only), RSS enclosure + Media RSS."""
    from feedmaker.model import Image

    pictured = (
        entry(
            1,
            link="https://harbour.example/a",
            id="https://harbour.example/a",
            images=(Image("https://img.harbour.example/a.png"), Image("https://img.harbour.example/b.jpg")),
        ),
    )
    files = render(pictured, META, ("atom", "rss"))
    atom_entry = etree.fromstring(files["harbour.atom"]).find(f"{ATOM}entry")
    assert atom_entry is not None
    links = [
        (link.get("rel", "alternate"), link.get("href"), link.get("type"))
        for link in atom_entry.findall(f"{ATOM}link")
    ]
    assert links == [
        ("alternate", "https://harbour.example/a", None),
        ("enclosure", "https://img.harbour.example/a.png", "image/png"),
    ]
    item = etree.fromstring(files["harbour.rss"]).find("channel/item")
    assert item is not None
    enclosures = item.findall("enclosure")
    assert [(e.get("url"), e.get("type"), e.get("length")) for e in enclosures] == [
        ("https://img.harbour.example/a.png", "image/png", "0")
    ]
    media = item.find(".//{http://search.yahoo.com/mrss/}content")
    assert media is not None and media.get("url") == "https://img.harbour.example/a.png"
    for name in ("harbour.atom", "harbour.rss"):
        assert feedparser.parse(files[name]).bozo == 0


@pytest.mark.parametrize(
    ("url", "mime"),
    [
        ("https://img.example/a/b.PNG?w=300", "image/png"),
        ("https://img.example/a.webp#top", "image/webp"),
        ("https://img.example/p.gif?fallback=a.png", "image/gif"),
        ("https://img.example/p.svg", "image/svg+xml"),
        ("https://img.example/photo", "image/jpeg"),
        ("https://img.example/dir.v2/photo", "image/jpeg"),
        ("https://img.example/report.pdf", "image/jpeg"),
    ],
)
def test_enclosure_type_from_the_extension(url: str, mime: str) -> None:
    """The lead image's MIME type comes from its extension, the same on every machine (JPEG when unknown)."""
    from feedmaker.render.feeds import image_type

    assert image_type(url) == mime
