"""Property-based: random HTML never raises anything but FeedmakerError, and nothing hostile gets through."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedmaker.errors import FeedmakerError
from feedmaker.model import FeedMeta
from feedmaker.parse import ParseOptions
from feedmaker.pipeline import Collected, FeedSpec, collect, render
from feedmaker.read import Document

NOW = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
META = FeedMeta(slug="h", title="h", id="tag:h.feedmaker.invalid,2026:feed/h")
_PIECES = st.sampled_from(
    [
        "<article>",
        "</article>",
        "<div class=card>",
        "</div>",
        "<h2>",
        "</h2>",
        "<a href='/story/1'>",
        "</a>",
        "<p>",
        "</p>",
        "<li>",
        "</li>",
        "<ul>",
        "</ul>",
        "<time datetime='2026-02-13T10:00:00Z'>",
        "</time>",
        "Harbour wall repaired after storm",
        "The council voted on Monday to repair the wall.",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href='javascript:alert(1)'>Click here to win a prize now</a>",
        "<nav>",
        "</nav>",
        "<table><tr><td>",
        "</td></tr></table>",
        "<br>",
        "By Ana Roe",
        "&amp;",
        "<",
        ">",
        "\x00",
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "JSON-LD story here"}</script>',
        "<meta property='og:type' content='article'>",
        "<h1>",
        "</h1>",
        "<iframe src=//x></iframe>",
        "<div hidden>",
        "<span class='screen-reader-text'>",
        "</span>",
        "<noscript><img src='/lazy.jpg'></noscript>",
    ]
)
# How pages start: plain, a fragment, and the anti-flicker `hidden` on <html>/<body> (a root
# cannot be dropped like other hidden elements: this once raised AssertionError).
_STARTS = st.sampled_from(["<html><body>", "", "<html hidden><body>", "<body hidden>", "<!-- c --><html>"])
_PAGES = st.tuples(_STARTS, st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=60)).map(
    lambda start_parts: start_parts[0] + "".join(start_parts[1])
)


def _collect(page: str) -> Collected:
    """Return what a build collects from ``page`` read as HTML. Raises FeedmakerError."""
    data = page.encode("utf-8", errors="replace")
    doc = Document(name="random.html", text=data.decode("utf-8"), data=data)
    spec = FeedSpec(
        inputs=("random.html",),
        meta=META,
        parse=ParseOptions(kind="html", page_url="https://r.example/"),
        formats=(),
        output=None,
        zone=UTC,
    )  # type: ignore[arg-type]
    return collect(spec, now=NOW, read=lambda _path: doc)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_PAGES)
def test_random_html(page: str) -> None:
    """Any markup: a clean error or valid entries, and no script, handler or javascript: URL in the output."""
    try:
        collected = _collect(page)
    except FeedmakerError:
        return
    for data_out in render(collected.entries, META, ("atom", "rss", "json")).values():
        text = data_out.decode("utf-8").lower()
        assert "<script" not in text and "&lt;script" not in text
        assert "onerror" not in text and "javascript:" not in text and "iframe" not in text


def test_a_hidden_html_element_is_shown() -> None:
    """``<html hidden>``/``<body hidden>`` hide a page only until its scripts run: its stories are read."""
    page = (
        "<html hidden><body hidden>"
        + "".join(
            f"<article><h2><a href='/s/{n}'>Harbour story number {n} is here</a></h2>"
            f"<p>The council met on Monday to talk about story {n} at length.</p></article>"
            for n in range(3)
        )
        + "</body></html>"
    )
    titles = [e.title for e in _collect(page).entries]
    assert titles == [f"Harbour story number {n} is here" for n in range(3)]
