"""Check Atom 1.0, RSS 2.0 and JSON Feed 1.1 files against their specifications, the way a reader would.

The checks follow RFC 4287, the RSS 2.0 specification and JSON Feed 1.1, in
the spirit of the W3C feed validator: each problem is a :class:`Finding` with
a short stable rule id (listed in :data:`RULES`), a one-line message and,
for XML, the line it is on. Nothing here raises on bad bytes: a file that is
not even well-formed is one more finding. XML is parsed with entity
expansion and network access off, so a hostile file cannot make the
validator fetch URLs or blow up memory.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from .errors import SourceError

# Every rule id a finding can carry; stable, so that scripts and tests can rely on them.
RULES = frozenset(
    """
    unknown-format file-unreadable xml-malformed xml-illegal-char
    atom-feed-id-missing atom-feed-id-repeated atom-feed-title-missing atom-feed-title-repeated
    atom-feed-updated-missing atom-feed-updated-repeated atom-entry-id-missing atom-entry-id-repeated
    atom-entry-title-missing atom-entry-title-repeated atom-entry-updated-missing atom-entry-updated-repeated
    atom-author-missing atom-alternate-duplicate atom-content-missing atom-id-duplicate atom-id-not-iri
    atom-date-invalid atom-link-not-absolute atom-enclosure-type atom-self-link-missing
    atom-self-link-mismatch
    rss-version rss-channel-missing rss-channel-repeated rss-channel-title-missing rss-channel-title-repeated
    rss-channel-link-missing rss-channel-link-repeated rss-channel-description-missing
    rss-channel-description-repeated rss-link-not-absolute rss-item-empty rss-guid-duplicate rss-guid-not-url
    rss-date-invalid rss-author-not-email rss-enclosure-url rss-enclosure-length rss-enclosure-type
    rss-self-link-missing rss-self-link-mismatch
    json-malformed json-version json-title-missing json-items-invalid json-item-id-missing
    json-item-id-duplicate json-item-content-missing json-date-invalid json-url-not-absolute
    json-feed-url-missing json-feed-url-mismatch
    """.split()
)

ATOM = "{http://www.w3.org/2005/Atom}"
IANA_RELATIONS = "http://www.iana.org/assignments/relation/"
JSONFEED_VERSIONS = ("https://jsonfeed.org/version/1.1", "https://jsonfeed.org/version/1")
FEED_SUFFIXES = (".atom", ".rss", ".xml", ".json")

RFC3339 = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)")
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
MIME = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*(?:\s*;.*)?", re.S)
EMAIL = re.compile(r"[^@\s<>()]+@[^@\s<>()]+\.[^@\s<>().]+")
# Raw characters XML 1.0 forbids: C0 controls but tab/LF/CR, and U+FFFE/U+FFFF in UTF-8.
ILLEGAL_RAW = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
CHAR_REF = re.compile(rb"&#(?:x([0-9A-Fa-f]{1,8})|([0-9]{1,10}));")

Hit = tuple[int | None, str, str, str]  # line, rule, message, severity


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one feed file: where it is, which rule it breaks, and what is wrong."""

    path: str
    line: int | None
    rule: str
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.rule}: {self.message}"


def validate_bytes(data: bytes, name: str, *, served_at: str | None = None) -> list[Finding]:
    """Sniff the format of ``data`` (Atom, RSS, JSON Feed) and return its findings ([] when valid).

    ``name`` is the file name the findings carry; ``served_at`` is the URL the
    file is served from, which its self link (JSON: ``feed_url``) must equal.
    Never raises: unusable bytes give an ``xml-malformed``, ``json-malformed``
    or ``unknown-format`` finding.
    """
    head = data.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head[:1] in (b"{", b"["):
        hits = _check_json(data, served_at)
    elif head[:1] == b"<" or _utf16(data):
        hits = _check_xml(data, served_at)
    else:
        hits = [_hit(None, "unknown-format", "neither XML nor JSON (an empty file, text or HTML?)")]
    return [Finding(name, line, rule, message, severity) for line, rule, message, severity in hits]


def validate_path(path: Path, *, base_url: str | None = None) -> list[Finding]:
    """Return the findings of a feed file, or of every feed file in a folder (``*.atom``, ``*.rss``,
    ``*.xml``, ``*.json``, by name); ``base_url`` + a file's name is the URL it is served from.

    A file that cannot be read is a ``file-unreadable`` finding. Raises
    SourceError when ``path`` is neither a file nor a folder, or is a folder
    without a feed file (an empty output folder is a mistake, not a pass).
    """
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in FEED_SUFFIXES and p.name[0] != ".")
        if not files:
            raise SourceError(f"{path}: no feed file here (*.atom, *.rss, *.xml, *.json)")
    elif path.exists():
        files = [path]
    else:
        raise SourceError(f"{path}: no such file or folder")
    findings: list[Finding] = []
    for file in files:
        served_at = f"{base_url.rstrip('/')}/{file.name}" if base_url else None
        try:
            data = file.read_bytes()
        except OSError as exc:
            findings.append(Finding(str(file), None, "file-unreadable", exc.strerror or str(exc)))
            continue
        findings.extend(validate_bytes(data, str(file), served_at=served_at))
    return findings


def _hit(where: etree._Element | None, rule: str, message: str, severity: str = "error") -> Hit:
    line = where.sourceline if where is not None else None
    return (line if isinstance(line, int) else None, rule, message, severity)


def _q(value: object) -> str:
    """Return ``value`` quoted on one line and cut short, for a message (a JSON list or object: its type)."""
    if not isinstance(value, str):
        value = type(value).__name__ if isinstance(value, list | dict) else json.dumps(value)
    return repr(value if len(value) <= 80 else value[:77] + "...")


def _text(el: etree._Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


_SPACE = re.compile(r"\s")


# An http(s) URL that urlsplit takes apart without a doubt: an ASCII host of letters, digits, dots and dashes
# (no user, no brackets), an optional port, and no white space. Most URLs in a feed look like this, and
# _is_url accepts them without calling urlsplit, which is slow; any other value gets the exact check.
PLAIN_WEB_URL = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9.-]+(?::[0-9]*)?(?:[/?#]\S*)?")
# A URI of any other scheme (tag:, urn:, mailto:...) without white space: absolute, but not a web URL.
OTHER_URI = re.compile(r"(?![Hh][Tt][Tt][Pp][Ss]?:)[A-Za-z][A-Za-z0-9+.-]*:\S*")
# The RFC 822 date feed writers use, with a day the month surely has (the 29th to the 31st in the months
# that have them; 29 February is left to the exact check), a year from 1900 to 2099 and a zone that
# parsedate_to_datetime turns into a valid offset ("-0000" means "zone unknown": no). A date of this
# shape is valid; any other one gets parsedate_to_datetime, which is slow.
PLAIN_RFC822 = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), "
    r"(?:(?:0[1-9]|1[0-9]|2[0-8]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|(?:29|30) (?:Jan|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|31 (?:Jan|Mar|May|Jul|Aug|Oct|Dec)) "
    r"(?:19|20)[0-9][0-9] (?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9] "
    r"(?:GMT|\+(?:[01][0-9]|2[0-3])[0-5][0-9]|-(?!0000)(?:[01][0-9]|2[0-3])[0-5][0-9])"
)


def _is_url(value: str, *, web: bool = False) -> bool:
    """Return True when ``value`` is an absolute URI; an http(s) one needs a host, and ``web`` demands one."""
    if PLAIN_WEB_URL.fullmatch(value):
        return True
    if OTHER_URI.fullmatch(value):
        return not web  # tag:, mailto:... are absolute URIs (the common case here is tag:)
    # What is left is no URI at all, or an http(s) URL of a rarer shape (a user, an IPv6 or non-ASCII
    # host...), which urlsplit judges.
    if not SCHEME.match(value) or _SPACE.search(value):
        return False
    try:
        return bool(urlsplit(value).hostname)
    except ValueError:  # a malformed IPv6 host, say
        return False


# Dates repeat in a feed (an entry's published is often its updated, stories share a day): a cache hit
# costs a tenth of a check. Both checks are pure functions of the string.
@functools.lru_cache(maxsize=4096)
def _is_rfc3339(value: str) -> bool:
    # The regex pins the RFC 3339 shape (fromisoformat alone also takes "2026-02-14" or a space);
    # fromisoformat then rejects impossible dates such as February 30.
    try:
        return bool(RFC3339.fullmatch(value)) and bool(datetime.fromisoformat(value.upper()))
    except ValueError:
        return False


@functools.lru_cache(maxsize=4096)
def _is_rfc822(value: str) -> bool:
    if PLAIN_RFC822.fullmatch(value):
        return True
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):  # OverflowError: a zone such as +99999999999
        return False
    return when.tzinfo is not None  # no zone, or "-0000" (RFC 2822's "zone unknown"), gives a naive time


def _miscount(parent: etree._Element, found: list[etree._Element], tag: str, rule: str) -> Hit:
    """Return the ``rule-missing`` hit when ``found``, the ``tag`` children of ``parent``, is empty, else
    ``rule-repeated`` (call it only when they are not exactly one)."""
    label = tag.rpartition("}")[2]
    if not found:
        return _hit(parent, f"{rule}-missing", f"<{etree.QName(parent).localname}> has no <{label}>")
    return _hit(found[1], f"{rule}-repeated", f"a second <{label}> (there must be exactly one)")


def _self_link(parent: etree._Element, links: list[etree._Element], served_at: str, fmt: str) -> list[Hit]:
    """Return the findings on the atom:link rel="self" among ``links``, the atom:link children of an
    Atom feed or RSS channel (``parent``)."""
    hits: list[Hit] = []
    selves = [link for link in links if _rel(link) == "self"]
    if not selves:
        hits.append(
            _hit(parent, f"{fmt}-self-link-missing", f"no self link (expected {served_at})", "warning")
        )
    for link in selves:
        if link.get("href") != served_at:
            message = f"self link {_q(link.get('href') or '')} is not where the file is served ({served_at})"
            hits.append(_hit(link, f"{fmt}-self-link-mismatch", message))
    return hits


def _check_xml(data: bytes, served_at: str | None) -> list[Hit]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        return list(_malformed(data, exc))
    if root.tag == f"{ATOM}feed":
        return _check_atom(root, served_at)
    if root.tag == "rss":
        return _check_rss(root, served_at)
    return [_hit(root, "unknown-format", f"root element {_q(root.tag)} is neither Atom's feed nor rss")]


def _malformed(data: bytes, exc: etree.XMLSyntaxError) -> Iterator[Hit]:
    """Yield why lxml refused ``data``: its first illegal character when it has one, else lxml's message.

    libxml2 reports illegal characters as plain syntax errors; naming the
    character tells the user what to strip. lxml's own error is given too
    when it is on another line (a second, unrelated fault).
    """
    line = exc.lineno or None
    illegal = None if _utf16(data) else _first_illegal(data)  # the byte scan assumes an ASCII superset
    if illegal is not None:
        yield illegal
    if illegal is None or illegal[0] != line:
        yield (line, "xml-malformed", (str(exc.msg) or "not XML").splitlines()[0], "error")


def _utf16(data: bytes) -> bool:
    """Return True when ``data`` starts like UTF-16 or UTF-32 XML: a byte-order mark, or "<" beside a NUL."""
    return data[:2] in (b"\xff\xfe", b"\xfe\xff", b"\x00<", b"<\x00") or data[:4] == b"\x00\x00\xfe\xff"


def _first_illegal(data: bytes) -> Hit | None:
    raw = ILLEGAL_RAW.search(data)
    ref = next((m for m in CHAR_REF.finditer(data) if not _xml_char(m)), None)
    first = min((m for m in (raw, ref) if m is not None), key=lambda m: m.start(), default=None)
    if first is None:
        return None
    line = data.count(b"\n", 0, first.start()) + 1
    text = first.group().decode("utf-8", "backslashreplace")
    return (line, "xml-illegal-char", f"{text!r} is not allowed in XML 1.0 (strip it)", "error")


def _xml_char(ref: re.Match[bytes]) -> bool:
    hex_digits, digits = ref.groups()
    code = int(hex_digits, 16) if hex_digits else int(digits)
    # XML 1.0's Char production, as arithmetic (a regex over these ranges costs ~10 ms to compile).
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


A_ID, A_TITLE, A_UPDATED, A_PUBLISHED = (f"{ATOM}{tag}" for tag in ("id", "title", "updated", "published"))
A_LINK, A_AUTHOR, A_CONTENT, A_ENTRY = (f"{ATOM}{tag}" for tag in ("link", "author", "content", "entry"))
# The children a feed or an entry has exactly one of (id, title, updated), with the rule prefix of each.
ATOM_COUNTED = {
    scope: [(f"{ATOM}{tag}", f"atom-{scope}-{tag}") for tag in ("id", "title", "updated")]
    for scope in ("feed", "entry")
}
Elements = list[etree._Element]


class AtomKids(NamedTuple):
    """The children of an Atom feed or entry that the checks read, each kind in document order."""

    ids: Elements
    titles: Elements
    updated: Elements
    published: Elements
    links: Elements
    authored: bool  # it has an <author> child
    content: bool  # it has a <content> child
    entries: Elements


# The children the checks read, tag -> its place in a _by_tag() result (AtomKids' and RssKids' order,
# except that RSS's two date tags are joined afterwards).
_ATOM_TAGS = {
    tag: k
    for k, tag in enumerate((A_ID, A_TITLE, A_UPDATED, A_PUBLISHED, A_LINK, A_AUTHOR, A_CONTENT, A_ENTRY))
}
_RSS_TAGS = {
    tag: k
    for k, tag in enumerate(
        (
            "title",
            "link",
            "description",
            "pubDate",
            "lastBuildDate",
            "guid",
            "author",
            "enclosure",
            A_LINK,
            "item",
        )
    )
}


def _by_tag(el: etree._Element, tags: dict[str, int]) -> list[Elements]:
    """Return the children of ``el`` sorted into one list per tag of ``tags``, each in document order.

    One pass over the children stands in for a findall per tag: on a large feed those calls,
    and the element proxies each of them made again, were most of the validator's time.
    """
    found: list[Elements] = [[] for _ in tags]
    for child in el:
        k = tags.get(child.tag)  # a comment's or processing instruction's tag is a function: never a key
        if k is not None:
            found[k].append(child)
    return found


def _atom_children(el: etree._Element) -> AtomKids:
    """Return the children of the Atom feed or entry ``el`` that the checks read."""
    ids, titles, updated, published, links, authors, contents, entries = _by_tag(el, _ATOM_TAGS)
    return AtomKids(ids, titles, updated, published, links, bool(authors), bool(contents), entries)


def _check_atom(feed: etree._Element, served_at: str | None) -> list[Hit]:
    top = _atom_children(feed)
    hits = _atom_element(feed, top, "feed")
    seen: set[str] = set()
    for entry in top.entries:
        kids = _atom_children(entry)
        hits += _atom_element(entry, kids, "entry")
        # Its own author, or its <source>'s: the search at any depth runs only for an entry without one.
        if not top.authored and not kids.authored and entry.find(f".//{A_AUTHOR}") is None:
            hits.append(_hit(entry, "atom-author-missing", "entry has no <author> and neither has the feed"))
        if not kids.content and not any(_rel(link) == "alternate" for link in kids.links):
            hits.append(
                _hit(entry, "atom-content-missing", "entry has neither an alternate link nor <content>")
            )
        entry_id = _text(kids.ids[0]) if kids.ids else ""
        if entry_id in seen:
            hits.append(_hit(entry, "atom-id-duplicate", f"id {_q(entry_id)} is used by an earlier entry"))
        seen.add(entry_id)
    if served_at is not None:
        hits += _self_link(feed, top.links, served_at, "atom")
    return hits


def _rel(link: etree._Element) -> str:
    return (link.get("rel") or "alternate").strip().removeprefix(IANA_RELATIONS)


def _atom_element(el: etree._Element, kids: AtomKids, scope: str) -> list[Hit]:
    """Return the findings on the ids, titles, dates and links of a feed or entry element (``scope``),
    given its children (``kids``)."""
    hits: list[Hit] = []
    if len(kids.ids) != 1 or len(kids.titles) != 1 or len(kids.updated) != 1:
        for found, (tag, rule) in zip(
            (kids.ids, kids.titles, kids.updated), ATOM_COUNTED[scope], strict=True
        ):
            if len(found) != 1:
                hits.append(_miscount(el, found, tag, rule))
    for id_el in kids.ids:
        if not _is_url(_text(id_el)):
            hits.append(
                _hit(id_el, "atom-id-not-iri", f"id {_q(_text(id_el))} has no scheme (use tag: or a URL)")
            )
    for date in kids.updated + kids.published:
        if not _is_rfc3339(_text(date)):
            hits.append(_hit(date, "atom-date-invalid", f"{_q(_text(date))} is not an RFC 3339 date-time"))
    alternates: set[tuple[str, str]] = set()
    for link in kids.links:
        href, mime, rel = link.get("href"), link.get("type") or "", _rel(link)
        if href is None or not _is_url(href):
            wrong = "has no href" if href is None else f"href {_q(href)} is not absolute"
            hits.append(_hit(link, "atom-link-not-absolute", f"link {wrong}"))
        if rel == "enclosure" and not MIME.fullmatch(mime):
            hits.append(_hit(link, "atom-enclosure-type", f"enclosure type {_q(mime)} is not a MIME type"))
        if rel == "alternate":
            key = (mime.lower(), (link.get("hreflang") or "").lower())
            if key in alternates:
                message = "another alternate link of this type and hreflang"
                hits.append(_hit(link, "atom-alternate-duplicate", message))
            alternates.add(key)
    return hits


class RssKids(NamedTuple):
    """The children of an RSS channel or item that the checks read, each kind in document order."""

    titles: Elements
    links: Elements
    descriptions: Elements
    dates: Elements  # <pubDate> and then <lastBuildDate>
    guids: Elements
    authors: Elements
    enclosures: Elements
    atom_links: Elements  # atom:link, whatever its rel (a channel's self link is one)
    items: Elements


def _rss_children(el: etree._Element) -> RssKids:
    """Return the children of the RSS channel or item ``el`` that the checks read."""
    titles, links, descriptions, pub, built, guids, authors, enclosures, atom_links, items = _by_tag(
        el, _RSS_TAGS
    )
    return RssKids(titles, links, descriptions, pub + built, guids, authors, enclosures, atom_links, items)


def _check_rss(rss: etree._Element, served_at: str | None) -> list[Hit]:
    hits: list[Hit] = []
    if rss.get("version") != "2.0":
        hits.append(_hit(rss, "rss-version", f'version {_q(rss.get("version") or "")}, expected "2.0"'))
    channels = rss.findall("channel")
    if len(channels) != 1:
        hits.append(_miscount(rss, channels, "channel", "rss-channel"))
    if not channels:
        return hits
    channel = channels[0]
    top = _rss_children(channel)
    for found, tag in ((top.titles, "title"), (top.links, "link"), (top.descriptions, "description")):
        if len(found) != 1:
            hits.append(_miscount(channel, found, tag, f"rss-channel-{tag}"))
    if served_at is not None:
        hits += _self_link(channel, top.atom_links, served_at, "rss")
    # Links and dates, the channel's first, are reported after every item's other findings: the
    # order findings have always come in, kept while each item's children are read only once.
    later = _rss_links_and_dates(top)
    seen: set[str] = set()  # the guids of the items so far
    for item in top.items:
        kids = _rss_children(item)
        hits += _rss_item(item, kids, seen)
        later += _rss_links_and_dates(kids)
    return hits + later


def _rss_links_and_dates(kids: RssKids) -> list[Hit]:
    """Return the findings on the <link>, <pubDate> and <lastBuildDate> children (``kids``) of a channel
    or item."""
    hits: list[Hit] = []
    for link in kids.links:
        if not _is_url(_text(link), web=True):
            hits.append(_hit(link, "rss-link-not-absolute", f"link {_q(_text(link))} is not an http(s) URL"))
    for date in kids.dates:
        if not _is_rfc822(_text(date)):
            message = f"{_q(_text(date))} is not an RFC 822 date with a zone"
            hits.append(_hit(date, "rss-date-invalid", message))
    return hits


def _rss_item(item: etree._Element, kids: RssKids, seen: set[str]) -> list[Hit]:
    """Return the findings on one item, given its children (``kids``) and the guids of the items before
    it (``seen``, updated here)."""
    hits: list[Hit] = []
    for el in kids.titles + kids.descriptions:
        if _text(el) or len(el):
            break
    else:
        hits.append(_hit(item, "rss-item-empty", "item has neither a <title> nor a <description>"))
    for guid in kids.guids:
        value = _text(guid)
        if value in seen:
            hits.append(_hit(guid, "rss-guid-duplicate", f"guid {_q(value)} is used by an earlier item"))
        seen.add(value)
        # isPermaLink defaults to true: a bare <guid> claims to be the story's URL.
        if (guid.get("isPermaLink") or "true").strip() != "false" and not _is_url(value, web=True):
            message = f'guid {_q(value)} is not a URL; add isPermaLink="false"'
            hits.append(_hit(guid, "rss-guid-not-url", message))
    for author in kids.authors:
        if not EMAIL.fullmatch(parseaddr(_text(author))[1]):
            hits.append(_hit(author, "rss-author-not-email", f"{_q(_text(author))} is not an e-mail address"))
    for enclosure in kids.enclosures:
        url, length, mime = (enclosure.get(key) or "" for key in ("url", "length", "type"))
        if not _is_url(url):
            hits.append(_hit(enclosure, "rss-enclosure-url", f"enclosure url {_q(url)} is not absolute"))
        if not (length.isascii() and length.isdigit()):
            message = f"enclosure length {_q(length)} is not an integer"
            hits.append(_hit(enclosure, "rss-enclosure-length", message))
        if not MIME.fullmatch(mime):
            message = f"enclosure type {_q(mime)} is not a MIME type"
            hits.append(_hit(enclosure, "rss-enclosure-type", message))
    return hits


def _check_json(data: bytes, served_at: str | None) -> list[Hit]:
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError) as exc:  # also bad UTF-8, a 5000-digit number, nesting too deep
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else None
        return [(line, "json-malformed", (str(exc) or "not JSON").splitlines()[0], "error")]
    if not isinstance(doc, dict) or not ("version" in doc or "items" in doc):
        return [_hit(None, "unknown-format", "JSON, but not a JSON Feed (no version, no items)")]
    hits: list[Hit] = []
    if doc.get("version") not in JSONFEED_VERSIONS:
        message = f"version {_q(doc.get('version'))}, expected {JSONFEED_VERSIONS[0]}"
        hits.append(_hit(None, "json-version", message))
    if not isinstance(doc.get("title"), str) or not doc["title"].strip():
        hits.append(_hit(None, "json-title-missing", "the feed has no title"))
    hits += _json_urls(doc, ("home_page_url", "feed_url", "icon", "favicon"), "")
    if served_at is not None and "feed_url" not in doc:
        hits.append(_hit(None, "json-feed-url-missing", f"no feed_url (expected {served_at})", "warning"))
    elif served_at is not None and doc["feed_url"] != served_at:
        message = f"feed_url {_q(doc['feed_url'])} is not where the file is served ({served_at})"
        hits.append(_hit(None, "json-feed-url-mismatch", message))
    items = doc.get("items")
    if not isinstance(items, list):
        hits.append(_hit(None, "json-items-invalid", "items is missing or not a list"))
        return hits
    seen: set[str] = set()
    for n, item in enumerate(items):
        if isinstance(item, dict):
            hits += _json_item(item, f"items[{n}]", seen)
        else:
            hits.append(_hit(None, "json-items-invalid", f"items[{n}] is not an object"))
    return hits


def _json_item(item: dict[str, object], where: str, seen: set[str]) -> list[Hit]:
    """Return the findings on one item, given the ids of the items before it (updated here)."""
    hits: list[Hit] = []
    item_id = item.get("id")
    if not isinstance(item_id, str) or not item_id.strip():
        hits.append(_hit(None, "json-item-id-missing", f"{where} has no id (a non-empty string)"))
    elif item_id in seen:
        message = f"{where}: id {_q(item_id)} is used by an earlier item"
        hits.append(_hit(None, "json-item-id-duplicate", message))
    else:
        seen.add(item_id)
    if not (isinstance(item.get("content_html"), str) or isinstance(item.get("content_text"), str)):
        message = f"{where} has neither content_html nor content_text"
        hits.append(_hit(None, "json-item-content-missing", message))
    for key in ("date_published", "date_modified"):
        if key in item:
            value = item[key]
            if not (isinstance(value, str) and _is_rfc3339(value)):
                message = f"{where}.{key} {_q(value)} is not an RFC 3339 date-time"
                hits.append(_hit(None, "json-date-invalid", message))
    return hits + _json_urls(item, ("url", "external_url", "image", "banner_image"), f"{where}.")


def _json_urls(obj: dict[str, object], keys: tuple[str, ...], where: str) -> list[Hit]:
    """Return a finding for each of ``keys`` that ``obj`` has but whose value is not an absolute URL."""
    hits: list[Hit] = []
    for key in keys:
        if key in obj:
            value = obj[key]
            if not (isinstance(value, str) and _is_url(value)):
                message = f"{where}{key} {_q(value)} is not an absolute URL"
                hits.append(_hit(None, "json-url-not-absolute", message))
    return hits
