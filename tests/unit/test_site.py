"""The site files: index.html, feeds.opml, and the XSLT view of a feed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lxml import etree, html

from feedmaker.model import DateSource, Entry, FeedMeta, Origin
from feedmaker.pipeline import render
from feedmaker.render.site import XSLT, FeedSummary, index_html, opml

T0 = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
META = FeedMeta(
    slug="harbour",
    title="Harbour & Quay",
    link="https://harbour.example/",
    self_base="https://f.example/",
    description="News from the quay",
    id="tag:harbour.example,2026:feed/harbour",
)


def story(n: int) -> Entry:
    return Entry(
        id=f"tag:harbour.example,2026:{n}",
        title=f"Story <{n}> & more",
        published=T0 - timedelta(days=n),
        updated=T0 - timedelta(days=n),
        date_source=DateSource.PAGE,
        origin=Origin("p", n),
        link=f"https://harbour.example/{n}",
        summary=f"Summary {n}.",
        content=f"<p>Summary {n}.</p>",
    )


FEED = FeedSummary(
    META,
    ("atom", "rss", "json"),
    tuple(story(n) for n in range(3)),
    tuple(T0 - timedelta(days=n % 5) for n in range(12)),
)


def test_index_lists_feeds_with_autodiscovery_and_a_chart() -> None:
    page = html.fromstring(index_html([FEED], "My feeds"))
    alternates = [(a.get("type"), a.get("href")) for a in page.xpath("//link[@rel='alternate']")]
    assert alternates == [
        ("application/atom+xml", "harbour.atom"),
        ("application/rss+xml", "harbour.rss"),
        ("application/feed+json", "harbour.json"),
    ]
    assert page.findtext(".//h2") == "Harbour & Quay"
    assert [a.text_content() for a in page.xpath("//section//li/a")] == [
        f"Story <{n}> & more" for n in range(3)
    ]
    svg = page.xpath("//svg")
    assert len(svg) == 1 and len(svg[0].xpath(".//rect")) == 31  # background + one bar per day
    assert "12 new stories in the 30 days to 2026-02-14" in page.text_content()
    assert all(not href.startswith("/") for href in page.xpath("//a/@href"))  # works from any sub-path


def test_index_is_deterministic() -> None:
    assert index_html([FEED]) == index_html([FEED])


def test_opml_lists_every_feed_with_absolute_urls() -> None:
    root = etree.fromstring(opml([FEED], "My feeds"))
    assert root.get("version") == "2.0"
    (outline,) = root.iter("outline")
    assert outline.get("xmlUrl") == "https://f.example/harbour.atom"
    assert outline.get("htmlUrl") == "https://harbour.example/" and outline.get("text") == "Harbour & Quay"


def test_xslt_shows_the_stories_of_atom_and_rss() -> None:
    """A browser applying feed.xsl shows the feed title, a subscribe note and every story title."""
    transform = etree.XSLT(etree.fromstring(XSLT))
    files = render(FEED.newest, META, ("atom", "rss"))
    for name in ("harbour.atom", "harbour.rss"):
        data = files[name]
        assert b'<?xml-stylesheet type="text/xsl" href="feed.xsl"?>' in data.splitlines()[1]
        page = html.fromstring(str(transform(etree.fromstring(data))))
        assert "This is a web feed" in page.text_content()
        assert [a.text_content().strip() for a in page.xpath("//a[@class='title']")] == [
            f"Story <{n}> & more" for n in range(3)
        ]
