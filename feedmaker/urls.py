"""URLs: made absolute, http(s) only, and canonical (for ids) without tracking noise."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# A path from the site's root that urljoin keeps as it is: segments neither empty nor starting with "."
# (so no "//host" and no "." or ".." to resolve), no query, fragment or params, no tab or newline
# (urlsplit drops those).
_PLAIN_ROOT_PATH = re.compile(r"(?:/(?![./])[^/?#;\t\r\n]*)+")
# Query parameters that say how a reader arrived, not which page it is.
_TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "at_", "_hs")
_TRACKING = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "yclid",
        "_ga",
        "ocid",
        "cmpid",
        "ref_src",
        "ref_url",
        "s_cid",
        "wt.mc_id",
        "ito",
        "spm",
    }
)


def absolute(url: str | None, base: str | None) -> str | None:
    """Return ``url`` made absolute against ``base``, or None when it is empty or not http(s).

    ``javascript:``, ``data:``, ``mailto:`` and bare fragments give None.
    """
    if url is None:
        return None
    url = url.strip()
    if not url or url.startswith("#"):
        return None
    if url.startswith(("https://", "http://")) and len(url) > 8 and url.find("/", 8) != 8:
        return url  # already absolute: the common case, without parsing it twice
    if base and _PLAIN_ROOT_PATH.fullmatch(url) and (origin := _origin(base)):
        # A root-relative path ("/2025/05/story/") is the other common case on a listing page, one
        # per link and picture: urljoin gives the base's scheme://host plus the path unchanged when
        # it has no dot segments, query, fragment, params or characters urlsplit removes.
        return origin + url
    joined = urljoin(base, url) if base else url
    parts = urlsplit(joined)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return joined


# An http(s) URL that is canonical already: lower-case scheme and host, no port, user,
# query or fragment, nothing urlsplit would strip. Most story links are; they skip the parse.
_PLAIN = re.compile(r"https?://[a-z0-9.-]+(?:/[^\s?#]*)?")


@lru_cache(maxsize=64)
def _origin(base: str) -> str | None:
    """Return ``scheme://host`` of an http(s) ``base``, or None for any other base (urljoin decides)."""
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None


def canonical(url: str) -> str:
    """Return ``url`` as an id: scheme and host lower-cased, default port, fragment and tracking removed."""
    url = url.strip()
    if _PLAIN.fullmatch(url):
        return url if url.find("/", 8) > 0 else url + "/"
    return _canonical_parsed(url)


def _canonical_parsed(url: str) -> str:
    """Return what canonical() returns, always by parsing ``url`` (its fast path must agree with this)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not (k.lower().startswith(_TRACKING_PREFIXES) or k.lower() in _TRACKING)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query, doseq=True), ""))


def host_of(url: str | None) -> str | None:
    """Return the lower-cased host name of ``url``, or None when it has none."""
    if not url:
        return None
    host = urlsplit(url.strip()).hostname
    return host.lower() if host else None
