"""The feed validator: one failing fixture per rule, valid feeds pass, the project's own output passes."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

import pytest
from helpers import make_entry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedmaker.errors import SourceError
from feedmaker.model import Entry, FeedMeta, Image
from feedmaker.pipeline import render
from feedmaker.render import feed_url
from feedmaker.textutil import clean
from feedmaker.validate import (
    OTHER_URI,
    PLAIN_RFC822,
    PLAIN_WEB_URL,
    RULES,
    SCHEME,
    Finding,
    validate_bytes,
    validate_path,
)

# Valid feeds, one element per line so that a fixture's expected line is easy to read off.
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:example.org,2026:feed</id>
  <title>Example</title>
  <updated>2026-02-14T09:00:00Z</updated>
  <author><name>Ana Roe</name></author>
  <link rel="self" href="https://feeds.example/x.atom" type="application/atom+xml"/>
  <link href="https://example.org/"/>
  <entry>
    <id>tag:example.org,2026:1</id>
    <title>One</title>
    <updated>2026-02-14T09:00:00+00:00</updated>
    <published>2026-02-14T08:00:00.5+01:00</published>
    <link href="https://example.org/1"/><link rel="alternate" type="text/plain" href="https://example.org/1.txt"/>
    <link rel="enclosure" href="https://example.org/1.jpg" type="image/jpeg" length="0"/><author><name>Ben</name></author>
    <content type="html">&lt;p&gt;One&lt;/p&gt;</content>
  </entry>
  <entry>
    <id>tag:example.org,2026:2</id>
    <title>Two</title>
    <updated>2026-02-14T08:00:00Z</updated>
    <content type="text">Two</content>
  </entry>
</feed>
"""
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Example</title>
    <link>https://example.org/</link>
    <description>Example news</description>
    <atom:link href="https://feeds.example/x.rss" rel="self" type="application/rss+xml"/>
    <lastBuildDate>Sat, 14 Feb 2026 09:00:00 +0000</lastBuildDate>
    <item>
      <title>One</title>
      <link>https://example.org/1</link>
      <guid>https://example.org/1</guid>
      <pubDate>Sat, 14 Feb 2026 09:00:00 GMT</pubDate>
      <author>ana@example.org (Ana Roe)</author>
      <enclosure url="https://example.org/1.jpg" length="1234" type="image/jpeg"/>
    </item>
    <item>
      <description>Two</description>
      <guid isPermaLink="false">tag:example.org,2026:2</guid>
    </item>
  </channel>
</rss>
"""
JSON = """{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Example",
  "home_page_url": "https://example.org/",
  "feed_url": "https://feeds.example/x.json",
  "items": [
    {"id": "tag:example.org,2026:1", "url": "https://example.org/1", "content_html": "<p>One</p>",
     "date_published": "2026-02-14T09:00:00Z", "image": "https://example.org/1.jpg"},
    {"id": "2", "content_text": "Two", "date_modified": "2026-02-14T08:00:00+00:00"}
  ]
}
"""
BASES = {"x.atom": ATOM, "x.rss": RSS, "x.json": JSON}
SERVED = "https://feeds.example/"


def edit(base: str, old: str, new: str) -> str:
    """Return ``base`` with its only ``old`` replaced by ``new`` (a removal keeps the line, empty)."""
    assert base.count(old) == 1, old
    return base.replace(old, new)


def twice(base: str, element: str) -> str:
    """Return ``base`` with its only ``element`` written twice, on the same line."""
    return edit(base, element, element * 2)


A1 = "<id>tag:example.org,2026:1</id>"
R_ENC = '<enclosure url="https://example.org/1.jpg" length="1234" type="image/jpeg"/>'
J_ITEM2 = '{"id": "2", "content_text": "Two", "date_modified": "2026-02-14T08:00:00+00:00"}'

# (rule, file name, document, line the finding is on)
CASES = [
    ("unknown-format", "x.txt", "Harbour wall repaired\n", None),
    ("unknown-format", "x.xml", "<html><body>Not a feed</body></html>", 1),
    ("unknown-format", "x.json", '[{"title": "x"}]', None),
    ("xml-malformed", "x.atom", edit(ATOM, "<title>One</title>", "<title>One</titel>"), 11),
    ("xml-illegal-char", "x.atom", edit(ATOM, "<title>Two</title>", "<title>Two\x0c</title>"), 20),
    ("xml-illegal-char", "x.rss", edit(RSS, "<title>One</title>", "<title>One &#x1B;</title>"), 10),
    ("atom-feed-id-missing", "x.atom", edit(ATOM, "<id>tag:example.org,2026:feed</id>", ""), 2),
    ("atom-feed-id-repeated", "x.atom", edit(ATOM, "feed</id>", "feed</id><id>tag:a,2026:b</id>"), 3),
    ("atom-feed-title-missing", "x.atom", edit(ATOM, "<title>Example</title>", ""), 2),
    ("atom-feed-title-repeated", "x.atom", edit(ATOM, "<title>Example</title>", "<title>E</title>" * 2), 4),
    ("atom-feed-updated-missing", "x.atom", edit(ATOM, "<updated>2026-02-14T09:00:00Z</updated>", ""), 2),
    ("atom-feed-updated-repeated", "x.atom", twice(ATOM, "<updated>2026-02-14T09:00:00Z</updated>"), 5),
    ("atom-entry-id-missing", "x.atom", edit(ATOM, A1, ""), 9),
    ("atom-entry-id-repeated", "x.atom", edit(ATOM, A1, A1 + "\n<id>tag:example.org,2026:1b</id>"), 11),
    ("atom-entry-title-missing", "x.atom", edit(ATOM, "<title>Two</title>", ""), 18),
    ("atom-entry-title-repeated", "x.atom", twice(ATOM, "<title>Two</title>"), 20),
    ("atom-entry-updated-missing", "x.atom", edit(ATOM, "<updated>2026-02-14T08:00:00Z</updated>", ""), 18),
    ("atom-entry-updated-repeated", "x.atom", twice(ATOM, "<updated>2026-02-14T08:00:00Z</updated>"), 21),
    ("atom-author-missing", "x.atom", edit(ATOM, "<author><name>Ana Roe</name></author>", ""), 18),
    ("atom-alternate-duplicate", "x.atom", edit(ATOM, 'type="text/plain" ', ""), 14),
    ("atom-content-missing", "x.atom", edit(ATOM, '<content type="text">Two</content>', ""), 18),
    ("atom-id-duplicate", "x.atom", edit(ATOM, "2026:2</id>", "2026:1</id>"), 18),
    ("atom-id-not-iri", "x.atom", edit(ATOM, A1, "<id>example-1</id>"), 10),
    (
        "atom-date-invalid",
        "x.atom",
        edit(ATOM, "2026-02-14T08:00:00.5+01:00", "2026-02-30T08:00:00+01:00"),
        13,
    ),
    ("atom-date-invalid", "x.atom", edit(ATOM, "2026-02-14T09:00:00+00:00", "2026-02-14 09:00:00"), 12),
    ("atom-link-not-absolute", "x.atom", edit(ATOM, '"https://example.org/1"', '"/1"'), 14),
    ("atom-enclosure-type", "x.atom", edit(ATOM, 'type="image/jpeg"', 'type="jpeg"'), 15),
    ("atom-self-link-missing", "x.atom", edit(ATOM, 'rel="self"', 'rel="via"'), 2),
    ("atom-self-link-mismatch", "x.atom", edit(ATOM, "feeds.example/x.atom", "feeds.example/y.atom"), 7),
    ("rss-version", "x.rss", edit(RSS, 'version="2.0"', 'version="0.91"'), 2),
    ("rss-channel-missing", "x.rss", '<rss version="2.0">\n  <title>x</title>\n</rss>', 1),
    ("rss-channel-repeated", "x.rss", edit(RSS, "</channel>", "</channel>\n<channel/>"), 22),
    ("rss-channel-title-missing", "x.rss", edit(RSS, "<title>Example</title>", ""), 3),
    ("rss-channel-title-repeated", "x.rss", edit(RSS, "<title>Example</title>", "<title>E</title>" * 2), 4),
    ("rss-channel-link-missing", "x.rss", edit(RSS, "<link>https://example.org/</link>", ""), 3),
    ("rss-channel-link-repeated", "x.rss", twice(RSS, "<link>https://example.org/</link>"), 5),
    ("rss-channel-description-missing", "x.rss", edit(RSS, "<description>Example news</description>", ""), 3),
    ("rss-channel-description-repeated", "x.rss", twice(RSS, "<description>Example news</description>"), 6),
    (
        "rss-link-not-absolute",
        "x.rss",
        edit(RSS, "<link>https://example.org/1</link>", "<link>/1</link>"),
        11,
    ),
    ("rss-item-empty", "x.rss", edit(RSS, "<description>Two</description>", "<description/>"), 17),
    (
        "rss-guid-duplicate",
        "x.rss",
        edit(RSS, 'isPermaLink="false">tag:example.org,2026:2', ">https://example.org/1"),
        19,
    ),
    ("rss-guid-not-url", "x.rss", edit(RSS, ' isPermaLink="false"', ""), 19),
    ("rss-date-invalid", "x.rss", edit(RSS, "Sat, 14 Feb 2026 09:00:00 GMT", "2026-02-14T09:00:00Z"), 13),
    ("rss-date-invalid", "x.rss", edit(RSS, "09:00:00 +0000", "09:00:00"), 8),
    ("rss-author-not-email", "x.rss", edit(RSS, "ana@example.org (Ana Roe)", "Ana Roe"), 14),
    ("rss-enclosure-url", "x.rss", edit(RSS, R_ENC, R_ENC.replace("https://example.org/", "")), 15),
    ("rss-enclosure-length", "x.rss", edit(RSS, R_ENC, R_ENC.replace("1234", "1.2 kB")), 15),
    ("rss-enclosure-type", "x.rss", edit(RSS, R_ENC, R_ENC.replace(' type="image/jpeg"', "")), 15),
    ("rss-self-link-missing", "x.rss", edit(RSS, 'rel="self"', 'rel="hub"'), 3),
    ("rss-self-link-mismatch", "x.rss", edit(RSS, "https://feeds.example/x.rss", "/x.rss"), 7),
    ("json-malformed", "x.json", edit(JSON, J_ITEM2, J_ITEM2 + ","), 10),
    ("json-version", "x.json", edit(JSON, "version/1.1", "version/2"), None),
    ("json-title-missing", "x.json", edit(JSON, '"title": "Example",', ""), None),
    ("json-items-invalid", "x.json", edit(JSON, J_ITEM2, '"2"'), None),
    ("json-item-id-missing", "x.json", edit(JSON, '"id": "2"', '"id": 2'), None),
    ("json-item-id-duplicate", "x.json", edit(JSON, '"id": "2"', '"id": "tag:example.org,2026:1"'), None),
    ("json-item-content-missing", "x.json", edit(JSON, '"content_text": "Two"', '"summary": "Two"'), None),
    ("json-date-invalid", "x.json", edit(JSON, "2026-02-14T08:00:00+00:00", "Sat, 14 Feb 2026"), None),
    ("json-url-not-absolute", "x.json", edit(JSON, '"https://example.org/1.jpg"', '"1.jpg"'), None),
    ("json-feed-url-missing", "x.json", edit(JSON, '"feed_url": "https://feeds.example/x.json",', ""), None),
    ("json-feed-url-mismatch", "x.json", edit(JSON, "feeds.example/x.json", "example.org/x.json"), None),
]


@pytest.mark.parametrize(
    ("rule", "name", "text", "line"), CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)]
)
def test_each_rule(rule: str, name: str, text: str, line: int | None) -> None:
    """A fixture breaking one rule gets exactly that finding, on the right line."""
    findings = validate_bytes(text.encode(), name, served_at=SERVED + name)
    assert [(f.rule, f.line) for f in findings] == [(rule, line)], [str(f) for f in findings]
    assert all(f.path == name and "\n" not in f.message for f in findings)
    assert findings[0].severity == (
        "warning" if rule.endswith(("self-link-missing", "url-missing")) else "error"
    )


def test_every_rule_has_a_fixture() -> None:
    """The table above covers every rule the module lists (file-unreadable is tested below)."""
    assert {case[0] for case in CASES} | {"file-unreadable"} == RULES


@pytest.mark.parametrize("name", sorted(BASES))
def test_valid_feeds_pass(name: str) -> None:
    """The valid fixtures give no finding, with or without the URL they are served from."""
    assert validate_bytes(BASES[name].encode(), name, served_at=SERVED + name) == []
    assert validate_bytes(BASES[name].encode(), name) == []


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + ATOM.encode(),  # a byte-order mark is allowed
        ATOM.replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16"),
        RSS.replace("utf-8", "iso-8859-1").replace("Example news", "Caf\xe9 news").encode("latin-1"),
        edit(RSS, "<title>One</title>", "<title><![CDATA[One &#1; <b>]]></title>").encode(),
        edit(ATOM, 'rel="enclosure"', 'rel="http://www.iana.org/assignments/relation/enclosure"').encode(),
    ],
    ids=["bom", "utf-16", "latin-1", "cdata", "iana-rel"],
)
def test_valid_variants_pass(data: bytes) -> None:
    """Encodings, CDATA holding look-alike character references and full IANA relation URIs are fine."""
    assert validate_bytes(data, "x.xml") == []


def test_a_second_fault_elsewhere_is_reported_too() -> None:
    """An illegal character and an unrelated syntax error on another line are both named."""
    text = edit(
        edit(ATOM, "<title>One</title>", "<title>One</titel>"), "<title>Two</title>", "<title>\x01</title>"
    )
    assert [(f.rule, f.line) for f in validate_bytes(text.encode(), "x.atom")] == [
        ("xml-illegal-char", 20),
        ("xml-malformed", 11),
    ]


def test_entities_are_not_expanded() -> None:
    """An external entity is neither fetched nor read: the document is just not a feed."""
    text = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><r>&e;</r>'
    assert [f.rule for f in validate_bytes(text.encode(), "x.xml")] == ["unknown-format"]


def test_finding_str() -> None:
    """A finding prints as path:line: severity: rule: message, without the line when there is none."""
    assert str(Finding("a.atom", 3, "atom-id-not-iri", "id 'x' has no scheme")) == (
        "a.atom:3: error: atom-id-not-iri: id 'x' has no scheme"
    )
    assert str(Finding("a.json", None, "json-feed-url-missing", "no feed_url", "warning")) == (
        "a.json: warning: json-feed-url-missing: no feed_url"
    )


def test_validate_path_folder(tmp_path: Path) -> None:
    """A folder: every feed file, by name, each checked against base URL + its name; other files skipped."""
    for name, text in BASES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "index.html").write_text("<html/>", encoding="utf-8")
    (tmp_path / "b.xml").write_text(edit(RSS, "<title>One</title>", "<title>One</titel>"), encoding="utf-8")
    (tmp_path / "c.atom").mkdir()  # looks like a feed, cannot be read
    findings = validate_path(tmp_path, base_url="https://feeds.example")
    assert [(Path(f.path).name, f.rule) for f in findings] == [
        ("b.xml", "xml-malformed"),
        ("c.atom", "file-unreadable"),
    ]
    moved = validate_path(tmp_path / "x.json", base_url="https://elsewhere.example/feeds/")
    assert [f.rule for f in moved] == ["json-feed-url-mismatch"]
    assert "https://elsewhere.example/feeds/x.json" in moved[0].message


@pytest.mark.parametrize("where", ["missing.atom", "empty-folder"])
def test_validate_path_nothing_to_check(tmp_path: Path, where: str) -> None:
    """A missing path or a folder without feed files is a SourceError, not a silent pass."""
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(SourceError):
        validate_path(tmp_path / where)


# -- one pass over the children, shortcuts for common shapes: the same findings, in the same order ------------


def rules(text: str, name: str, served_at: str | None = None) -> list[tuple[str, int | None]]:
    """Return the (rule, line) of each finding on ``text``, in the order they are reported."""
    return [(f.rule, f.line) for f in validate_bytes(text.encode(), name, served_at=served_at)]


def test_rss_findings_keep_their_order() -> None:
    """Every item's own findings come first, then the links and dates of the channel and of each item."""
    text = edit(RSS, "<link>https://example.org/</link>", "<link>/</link>")
    text = edit(edit(text, ' isPermaLink="false"', ""), "09:00:00 GMT", "09:00:00")
    assert rules(text, "x.rss") == [
        ("rss-guid-not-url", 19),
        ("rss-link-not-absolute", 5),
        ("rss-date-invalid", 13),
    ]


def test_atom_findings_keep_their_order() -> None:
    """An entry's counts, values, author, content and id findings come in that order, the self link last."""
    text = edit(edit(ATOM, "<title>Two</title>", ""), '<content type="text">Two</content>', "")
    text = edit(edit(text, "2026:2</id>", "2026:1</id>"), "<updated>2026-02-14T08:00:00Z", "<updated>now")
    assert rules(text, "x.atom", SERVED + "y.atom") == [
        ("atom-entry-title-missing", 18),
        ("atom-date-invalid", 21),
        ("atom-content-missing", 18),
        ("atom-id-duplicate", 18),
        ("atom-self-link-mismatch", 7),
    ]


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        (
            "x.atom",
            "<title>Two</title>",
            '<title>Two</title><!-- c --><?pi x?><x:title xmlns:x="urn:x">2</x:title><x:id xmlns:x="urn:x">2</x:id>',
        ),
        ("x.atom", "<author><name>Ana Roe</name></author>", ""),  # the second entry's author is in its source
        (
            "x.rss",
            "<title>One</title>",
            '<title>One</title><!-- c --><x:guid xmlns:x="urn:x">1</x:guid><atom:link href="/1"/>'
            '<x:pubDate xmlns:x="urn:x">today</x:pubDate><x:item xmlns:x="urn:x"/>',
        ),
    ],
    ids=["atom-look-alikes", "atom-source-author", "rss-look-alikes"],
)
def test_only_the_right_children_count(name: str, old: str, new: str) -> None:
    """Comments, processing instructions and same-named elements of another namespace are not checked;
    an author inside an entry's <source> is the entry's author."""
    text = edit(BASES[name], old, new).replace(
        '<content type="text">Two</content>',
        '<content type="text">Two</content><source><author><name>Ann</name></author></source>',
    )
    assert rules(text, name) == []


@settings(max_examples=300, deadline=None)
@given(value=st.from_regex(PLAIN_RFC822, fullmatch=True))
def test_plain_rfc822_dates_are_valid(value: str) -> None:
    """Every date the RFC 822 shortcut accepts, parsedate_to_datetime reads too, with a zone."""
    assert parsedate_to_datetime(value).tzinfo is not None


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("Sat, 29 Feb 2020 09:00:00 +0000", True),  # a leap day: the shortcut leaves every 29 February
        ("Sun, 29 Feb 2026 09:00:00 +0000", False),
        ("Thu, 31 Apr 2026 09:00:00 +0000", False),
        ("Sat, 14 Feb 2026 09:00:00 EST", True),
        ("14 Feb 2026 09:00 +0100", True),
        ("Sat, 4 Feb 26 09:00:00 GMT", True),
        ("Sat,  14 Feb 2026 09:00:00 GMT", True),
        ("Sat, 14 Feb 2126 09:00:00 +0000", True),
        ("Sat, 14 Feb 2026 09:00:00 -0000", False),  # "zone unknown"
        ("Sat, 14 Feb 2026 09:00:00 +2400", False),
        ("Sat, 14 Feb 2026 24:00:00 +0000", False),
        ("Sat, 14 Feb 2026 09:00:00", False),
    ],
)
def test_other_rfc822_dates_get_the_exact_check(value: str, valid: bool) -> None:
    """A date the shortcut does not take is judged by parsedate_to_datetime, valid or not."""
    assert not PLAIN_RFC822.fullmatch(value)
    text = edit(RSS, "Sat, 14 Feb 2026 09:00:00 GMT", value)
    assert rules(text, "x.rss") == ([] if valid else [("rss-date-invalid", 13)])


@settings(max_examples=300, deadline=None)
@given(value=st.from_regex(PLAIN_WEB_URL, fullmatch=True))
def test_plain_web_urls_have_a_host(value: str) -> None:
    """Every URL the http(s) shortcut accepts has no white space, and urlsplit finds http(s) and a host in it."""
    parts = urlsplit(value)
    assert parts.scheme in ("http", "https") and parts.hostname and not re.search(r"\s", value)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("https://ana@example.org/1", True),
        ("http://[::1]:8080/1", True),
        ("https://ex\u00e4mple.org/1", True),
        ("https://ex_ample.org/1", True),
        ("https:///1", False),
        ("https://:80/1", False),
        ("https://ana@/1", False),
        ("https://[::1/1", False),
        ("https://example.org/a b", False),
        ("//example.org/1", False),
        ("tag:example.org,2026:1", False),
    ],
)
def test_other_urls_get_the_exact_check(value: str, valid: bool) -> None:
    """A URL the shortcut does not take is judged by urlsplit, valid or not."""
    assert not PLAIN_WEB_URL.fullmatch(value)
    text = edit(RSS, "<link>https://example.org/1</link>", f"<link>{escape(value)}</link>")
    assert rules(text, "x.rss") == ([] if valid else [("rss-link-not-absolute", 11)])


@settings(max_examples=300, deadline=None)
@given(value=st.from_regex(OTHER_URI, fullmatch=True))
def test_other_scheme_uris_are_absolute_but_not_web(value: str) -> None:
    """Every URI the other-scheme shortcut accepts has a scheme, no white space, and is not http(s)."""
    assert SCHEME.match(value) and not re.search(r"\s", value)
    assert not value[:8].lower().startswith(("http:", "https:"))


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("urn:uuid:0b1e", True),
        ("httpx:story-1", True),  # a scheme that only starts like http
        ("HTTP:story-1", False),  # http without a host: judged by urlsplit
        ("Https:/story-1", False),
        ("tag: example.org,2026:1", False),
        ("1tag:example.org,2026:1", False),
    ],
)
def test_atom_ids_of_any_scheme(value: str, valid: bool) -> None:
    """An id of another scheme is an IRI; one that starts like http(s) needs a host, as urlsplit sees it."""
    text = edit(ATOM, A1, f"<id>{value}</id>")
    assert rules(text, "x.atom") == ([] if valid else [("atom-id-not-iri", 10)])


def test_json_item_findings_keep_their_order() -> None:
    """A JSON item's findings come as id, content, dates, URLs; the feed's own before its items'."""
    item = '{"id": 2, "date_published": "today", "url": "2", "image": "3.jpg", "date_modified": 5}'
    text = edit(edit(JSON, J_ITEM2, item), '"https://example.org/",', '"/",')
    assert [f.message for f in validate_bytes(text.encode(), "x.json")] == [
        "home_page_url '/' is not an absolute URL",
        "items[1] has no id (a non-empty string)",
        "items[1] has neither content_html nor content_text",
        "items[1].date_published 'today' is not an RFC 3339 date-time",
        "items[1].date_modified '5' is not an RFC 3339 date-time",
        "items[1].url '2' is not an absolute URL",
        "items[1].image '3.jpg' is not an absolute URL",
    ]


# -- what the project writes ---------------------------------------------------------------------------------

T0 = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
META = FeedMeta(
    slug="harbour",
    title="Harbour <Gazette> & Co",
    link="https://harbour.example/",
    self_base="https://feeds.example/news/",
    id="tag:harbour.example,2026:feed/harbour",
)


def entry(n: int, **changes: object) -> Entry:
    """A story whose title carries markup-like and non-ASCII text, published a microsecond apart."""
    values: dict[str, object] = {
        "title": f"Story {n} & <more> — ünïcode",
        "published": T0 - timedelta(hours=n, microseconds=n),
    }
    values.update(changes)
    return make_entry(n, **values)


ENTRIES = (
    entry(1),
    entry(2, link="https://harbour.example/2026/02/story-2", id="https://harbour.example/2026/02/story-2"),
    entry(3, authors=(), content=None),
    entry(4, content=None, summary=None, images=(Image(url="https://harbour.example/4.png", caption="A"),)),
    entry(
        5,
        link="https://harbour.example/5",
        images=(Image(url="https://cdn.example/5", mime_type="image/webp"),),
    ),
    entry(6, authors=("Ana Roe", "Ben Ash"), categories=(), title_derived=True),
)
PROJECT_FEEDS = [
    ("full", META, ENTRIES),
    ("no-base-url", FeedMeta(slug="bare", title="Bare", id="tag:bare.example,2026:feed/bare"), ENTRIES),
    (
        "no-site-link",
        FeedMeta(slug="b", title="B", self_base="https://feeds.example", id="tag:b,2026:b"),
        ENTRIES,
    ),
    ("one-entry", META, ENTRIES[2:3]),
    ("no-entries", META, ()),
]


@pytest.mark.parametrize(
    ("meta", "entries"), [c[1:] for c in PROJECT_FEEDS], ids=[c[0] for c in PROJECT_FEEDS]
)
def test_every_feed_the_project_writes_passes(meta: FeedMeta, entries: tuple[Entry, ...]) -> None:
    """The project's renderer output has no error finding, self links included."""
    for name, data in render(entries, meta, ("atom", "rss", "json")).items():
        served_at = feed_url(meta, name.rsplit(".", 1)[1])
        errors = [str(f) for f in validate_bytes(data, name, served_at=served_at) if f.severity == "error"]
        assert errors == [], data.decode()


_TEXT = st.text(max_size=40).map(clean).filter(bool)  # what normalise makes of any scraped text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    titles=st.lists(_TEXT, min_size=1, max_size=4),
    summary=st.none() | _TEXT,
    author=st.none() | _TEXT,
    path=st.text("abc/-._~%20", max_size=10),
)
def test_project_feeds_pass_for_any_text(
    titles: list[str], summary: str | None, author: str | None, path: str
) -> None:
    """Arbitrary (normalised) titles, summaries, authors and link paths still render to valid feeds."""
    entries = [
        entry(
            n,
            title=title,
            summary=summary,
            content=None,
            authors=(author,) if author else (),
            link=f"https://harbour.example/{path}{n}" if n % 2 else None,
        )
        for n, title in enumerate(titles, start=1)
    ]
    for name, data in render(entries, META, ("atom", "rss", "json")).items():
        served_at = feed_url(META, name.rsplit(".", 1)[1])
        assert [str(f) for f in validate_bytes(data, name, served_at=served_at)] == []


# -- never raises ----------------------------------------------------------------------------------------------

_SEEDS = [text.encode() for text in BASES.values()] + [
    b"",
    b"<",
    b"{",
    b"<?xml version='1.0'?>",
    b"\xff\xfe<",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.sampled_from(_SEEDS),
    cut=st.integers(min_value=0, max_value=2000),
    noise=st.binary(max_size=40),
    served_at=st.none() | st.just(SERVED + "x"),
)
def test_random_bytes_never_raise(seed: bytes, cut: int, noise: bytes, served_at: str | None) -> None:
    """Valid feeds with random bytes spliced in, truncated feeds and plain noise all give a list, never raise."""
    cut = min(cut, len(seed))
    for data in (noise, seed[:cut] + noise + seed[cut:], seed[:cut]):
        findings = validate_bytes(data, "fuzz", served_at=served_at)
        assert all(f.rule in RULES and f.severity in ("error", "warning") for f in findings)


_ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
_FIELDS = {
    "x.atom": ["tag:example.org,2026:1", "2026-02-14T09:00:00+00:00", "https://example.org/1", "image/jpeg"],
    "x.rss": ["https://example.org/1", "Sat, 14 Feb 2026 09:00:00 GMT", "ana@example.org (Ana Roe)", "1234"],
}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(_FIELDS)), field=st.integers(0, 3), value=st.text(max_size=30))
def test_random_field_values_never_raise(name: str, field: int, value: str) -> None:
    """Any text in an id, date, URL, address, MIME type or length of a well-formed feed is checked, not raised on."""
    old = _FIELDS[name][field]
    text = BASES[name].replace(f'"{old}"', quoteattr(value)).replace(old, escape(value))
    assert all(f.rule in RULES for f in validate_bytes(text.encode("utf-8", "surrogatepass"), name))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    key=st.sampled_from(["version", "title", "feed_url", "items", "id", "url", "date_published"]),
    value=_ANY_JSON,
)
def test_random_json_values_never_raise(key: str, value: object) -> None:
    """Any JSON value in any field of a JSON Feed is checked, not raised on."""
    doc = json.loads(JSON)
    target = doc["items"][0] if key in ("id", "url", "date_published") else doc
    target[key] = value
    assert all(f.rule in RULES for f in validate_bytes(json.dumps(doc).encode(), "x.json"))


def test_build_refuses_to_publish_an_invalid_feed() -> None:
    """The pipeline runs the same checks before publishing: an invalid document is a RenderError."""
    import pytest

    from feedmaker.errors import RenderError
    from feedmaker.model import FeedMeta
    from feedmaker.pipeline import check

    meta = FeedMeta(slug="x", title="x", id="tag:x.feedmaker.invalid,2026:feed/x")
    with pytest.raises(RenderError, match=r"x\.atom would not be a valid feed"):
        check({"x.atom": b"<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title></feed>"}, meta)


def test_validate_command(tmp_path: Path) -> None:
    """`feedmaker validate` prints one line per finding and exits 1 on an error, 0 on a clean folder."""
    import subprocess
    import sys

    good = Path(__file__).resolve().parents[1] / "golden" / "cases" / "harbour-gazette"
    ok = subprocess.run(
        [sys.executable, "-m", "feedmaker", "validate", str(good), "--base-url", "https://feeds.example/"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ok.returncode == 0 and ok.stdout == ""
    bad = tmp_path / "bad.rss"
    bad.write_text(
        '<rss version="2.0"><channel><title>t</title><link>/relative</link>'
        "<description>d</description></channel></rss>",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "feedmaker", "validate", str(bad)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stdout.startswith(f"{bad}:1: error: rss-link-not-absolute:")
