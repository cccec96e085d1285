"""Story HTML made safe for feed readers, with nh3 (the Ammonia sanitiser) and an explicit allowlist."""

from __future__ import annotations

from html import escape

from .urls import absolute

TAGS = frozenset(
    {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "q",
        "cite",
        "figure",
        "figcaption",
        "img",
        "a",
        "strong",
        "em",
        "b",
        "i",
        "u",
        "s",
        "sub",
        "sup",
        "small",
        "code",
        "pre",
        "hr",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "caption",
        "abbr",
        "time",
        "dl",
        "dt",
        "dd",
    }
)
ATTRIBUTES = {
    "a": frozenset({"href", "title"}),
    "img": frozenset({"src", "alt", "title", "width", "height"}),
    "time": frozenset({"datetime"}),
    "abbr": frozenset({"title"}),
    "td": frozenset({"colspan", "rowspan"}),
    "th": frozenset({"colspan", "rowspan"}),
}
# nh3 takes sets; they are built once here rather than copied on every call (a story each).
_NH3_TAGS = set(TAGS)
_NH3_ATTRIBUTES = {tag: set(names) for tag, names in ATTRIBUTES.items()}
_NH3_SCHEMES = {"http", "https"}


def sanitise(html: str, base_url: str | None = None) -> str:
    """Return ``html`` with only allowlisted tags/attributes and absolute http(s) URLs.

    Scripts, styles, iframes, forms, event handlers and ``javascript:``/``data:``
    URLs are removed; relative URLs are resolved against ``base_url`` (and
    dropped when there is none and they are not absolute).
    """

    import nh3  # lazy: only HTML and JSON inputs carry markup; text scrapes never need it

    def keep_url(tag: str, attribute: str, value: str) -> str | None:
        if attribute in ("href", "src"):
            return absolute(value, base_url)
        return value

    return nh3.clean(
        html,
        tags=_NH3_TAGS,
        attributes=_NH3_ATTRIBUTES,
        url_schemes=_NH3_SCHEMES,
        attribute_filter=keep_url,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def paragraph(text: str, tag: str = "p") -> str:
    """Return plain ``text`` as one HTML element, escaped exactly once."""
    return f"<{tag}>{escape(text, quote=False)}</{tag}>"
