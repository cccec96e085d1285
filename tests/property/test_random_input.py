"""Property-based: random text never raises anything but FeedmakerError and never yields an invalid feed."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

import feedparser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from feedmaker.dates import parse_date
from feedmaker.errors import FeedmakerError, SourceError
from feedmaker.model import FeedMeta
from feedmaker.parse import ParseOptions
from feedmaker.pipeline import FeedSpec, collect, render
from feedmaker.read import Document, decode
from feedmaker.sanitise import sanitise
from feedmaker.textutil import fold

NOW = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
META = FeedMeta(slug="p", title="Property", id="tag:p.feedmaker.invalid,2026:feed/p")

# Lines a scrape is made of: real theme words, dates, names, sentences, and arbitrary Unicode.
_THEME_LINES = st.sampled_from(
    [
        "Continue Reading",
        "Published",
        "on",
        "By",
        "Image:",
        "Read more:",
        "Trending",
        "More on Ships",
        "World",
        "Published 3 hours ago",
        "on December 22, 2025",
        "By Ana Roe and Ben Ash",
        "Read More »",
        "Leer más",
        "Harbour wall repaired after storm",
        "The council voted on Monday to repair the wall.",
        "• Ferry strike ends",
        "Politics12.03.2025Harbour chair resigns",
        "12/03/2025",
        "Posted on 3 March 2025 by Ana Roe",
        "",
        "Home | News | Sport",
        "© 2026 Site",
        "3 Comments",
        "\u00a0",
        "\t",
        "Pic: Reuters",
        "vor 5 Stunden",
    ]
)
_LINE = st.one_of(
    _THEME_LINES, st.text(max_size=120), st.text(alphabet=st.characters(codec="utf-8"), max_size=40)
)
_PAGES = st.lists(_LINE, max_size=40).map("\n".join)


def _document(text: str) -> Document:
    data = text.encode("utf-8", errors="surrogatepass")
    return Document(name="random.txt", text=decode(data, "random.txt"), data=data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGES)
def test_random_pages_give_valid_feeds_or_a_clean_error(text: str) -> None:
    """Any text: either a FeedmakerError, or feeds that parse cleanly with unique ids and titles."""
    try:
        doc = _document(text)
    except (FeedmakerError, UnicodeEncodeError):
        return
    spec = FeedSpec(
        inputs=("random.txt",),
        meta=META,
        parse=ParseOptions(kind="text"),
        formats=("atom", "rss"),
        output=None,
        zone=UTC,
    )  # type: ignore[arg-type]
    try:
        collected = collect(spec, now=NOW, read=lambda _path: doc)
    except FeedmakerError:
        return
    files = render(collected.entries, META, ("atom", "rss", "json"))
    ids = [e.id for e in collected.entries]
    assert len(ids) == len(set(ids))
    assert all(e.title.strip() for e in collected.entries)
    for name in ("p.atom", "p.rss"):
        etree.fromstring(files[name])  # well-formed XML, no illegal characters
        parsed = feedparser.parse(files[name])
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert len(parsed.entries) == len(ids)


@given(st.binary(max_size=400))
def test_decoding_any_bytes(data: bytes) -> None:
    """Any bytes decode to text or raise SourceError (binary), never anything else."""
    with contextlib.suppress(SourceError):
        assert isinstance(decode(data), str)


@given(st.text(max_size=80))
def test_dates_never_raise(text: str) -> None:
    """The date cascade declines anything it cannot read; it never raises."""
    found = parse_date(text, now=NOW)
    if found is not None:
        assert found.value.tzinfo is not None


@given(st.text(max_size=200))
def test_fold_is_idempotent(text: str) -> None:
    """Folding twice is folding once (identity keys are stable)."""
    assert fold(fold(text)) == fold(text)


_HTML = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<script>alert(1)</script>",
            '<a href="javascript:alert(1)">x</a>',
            "<img src=x onerror=alert(1)>",
            "<b>",
            "</b>",
            "Fish & chips",
            "<iframe src='//evil.example'></iframe>",
            "<h3>Head</h3>",
            '<a href="/rel">r</a>',
            "<style>p{}</style>",
            "<!-- c -->",
            "&amp;",
            "<",
            ">",
        ]
    ),
    max_size=30,
).map("".join)


@given(_HTML)
def test_sanitise_is_idempotent_and_safe(html: str) -> None:
    """Sanitised HTML sanitises to itself and holds no script, handler or javascript: URL."""
    once = sanitise(html, "https://site.example/")
    assert sanitise(once, "https://site.example/") == once
    lowered = once.lower()
    assert "<script" not in lowered and "onerror" not in lowered and "javascript:" not in lowered
    assert "<iframe" not in lowered and "<style" not in lowered
