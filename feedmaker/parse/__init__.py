"""Parsers: one per input kind, each returning RawEntry records (see :mod:`.result`).

``parse_document`` picks the parser from the kind the user asked for, or by
sniffing the content when the kind is ``auto``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from ..errors import SourceError
from ..read import Document
from .profiles import Profile, load_profile
from .result import ParseResult

if TYPE_CHECKING:  # the HTML parser (and lxml) load only when a page is read
    from .html.selectors import Selectors

KINDS = ("auto", "text", "html", "jsonl")
_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<\?xml[^>]*>\s*<html)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """How to read inputs: kind, site profile, date conventions, page URL."""

    kind: str = "auto"
    profile: Profile | None = None
    dayfirst: bool | None = None
    page_url: str | None = None
    selectors: Selectors | None = None
    explain: bool = False  # keep the per-line explanation (costs time on big pages)
    key_map: tuple[tuple[str, str], ...] = ()  # JSON: field -> the scraper's key name


def sniff(doc: Document) -> str:
    """Return the kind of ``doc`` judged by its content: ``html``, ``jsonl`` or ``text``.

    The content decides; the file name only breaks a tie (a page fragment
    without ``<html>`` saved as ``.html``).
    """
    head = doc.data[:2048].lstrip(b"\xef\xbb\xbf").lstrip()
    if _HTML_START.match(head) or (doc.name.lower().endswith((".html", ".htm")) and b"<" in head):
        return "html"
    if head[:1] in (b"{", b"[") and (
        b'":' in head or (head[:1] == b"[" and head[1:2] in (b"]", b"{", b"\n"))
    ):
        return "jsonl"
    return "text"


def parse_document(doc: Document, options: ParseOptions, *, now: datetime, zone: tzinfo) -> ParseResult:
    """Return the stories in ``doc``.

    Raises SourceError for an input kind this version cannot read.
    """
    kind = sniff(doc) if options.kind == "auto" else options.kind
    profile = options.profile or load_profile(None)
    if kind == "text":
        from .text import parse_text

        return parse_text(
            doc, now=now, zone=zone, profile=profile, dayfirst=options.dayfirst, explain=options.explain
        )
    if kind == "html":
        from .html import parse_html

        return parse_html(
            doc,
            now=now,
            zone=zone,
            profile=profile,
            page_url=options.page_url,
            selectors=options.selectors,
            dayfirst=options.dayfirst,
            explain=options.explain,
        )
    if kind == "jsonl":
        from .jsonl import parse_jsonl

        return parse_jsonl(
            doc,
            now=now,
            zone=zone,
            profile=profile,
            key_map=options.key_map,
            dayfirst=options.dayfirst,
        )
    raise SourceError(f"{doc.name}: unknown input kind {kind!r}")


__all__ = ["KINDS", "ParseOptions", "ParseResult", "parse_document", "sniff"]
