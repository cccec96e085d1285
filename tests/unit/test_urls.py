"""Story URLs: made absolute, and canonical for ids (the same story always gets the same id)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedmaker.urls import _canonical_parsed, absolute, canonical


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example", "https://news.example/"),
        ("  https://news.example/2026/story  ", "https://news.example/2026/story"),
        ("HTTPS://News.Example:443/a#comments", "https://news.example/a"),
        ("http://news.example:80/a", "http://news.example/a"),
        ("http://news.example:8080/a", "http://news.example:8080/a"),
        ("https://news.example/a?id=7&utm_source=x&fbclid=y", "https://news.example/a?id=7"),
        ("https://news.example/a?utm_medium=feed", "https://news.example/a"),
        ("https://editor@news.example/a", "https://editor@news.example/a"),
    ],
)
def test_canonical(url: str, expected: str) -> None:
    assert canonical(url) == expected


_host = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9.-]{0,20}", fullmatch=True)
_path = st.text(st.sampled_from("abcXYZ019/.-_~%;:@!$&'()*+,=?#ü "), max_size=30).map(
    lambda p: "/" + p
) | st.just("")


@given(
    st.sampled_from(["http", "https", "HTTP", "Https"]),
    _host,
    st.sampled_from(["", ":80", ":443", ":8080"]),
    _path,
)
def test_the_fast_path_agrees_with_parsing(scheme: str, host: str, port: str, path: str) -> None:
    """canonical() skips the parse for URLs that are canonical already; it must not change any result."""
    url = f"{scheme}://{host}{port}{path}"
    assert canonical(url) == _canonical_parsed(url.strip())


@pytest.mark.parametrize(
    ("url", "base", "expected"),
    [
        ("/2026/story", "https://news.example/news/", "https://news.example/2026/story"),
        ("story", "https://news.example/news/", "https://news.example/news/story"),
        ("https://other.example/x", "https://news.example/", "https://other.example/x"),
        ("javascript:alert(1)", "https://news.example/", None),
        ("#top", "https://news.example/", None),
        ("mailto:desk@news.example", None, None),
        ("/relative-without-base", None, None),
        ("   ", "https://news.example/", None),
    ],
)
def test_absolute(url: str, base: str | None, expected: str | None) -> None:
    assert absolute(url, base) == expected
