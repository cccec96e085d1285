"""Parsers: one per input kind, each returning RawEntry records (see :mod:`.result`).

``parse_document`` picks the parser from the kind the user asked for, or by
sniffing the content when the kind is ``auto``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from ..errors import SourceError
from ..read import Document
from .html.selectors import Selectors
from .profiles import Profile, load_profile
from .result import ParseResult

KINDS = ("auto", "text", "html")
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


def sniff(doc: Document) -> str:
    """Return the kind of ``doc`` judged by its content: ``html`` or ``text``."""
    head = doc.data[:2048].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or (doc.name.lower().endswith((".html", ".htm")) and b"<" in head):
        return "html"
    return "text"


def parse_document(doc: Document, options: ParseOptions, *, now: datetime, zone: tzinfo) -> ParseResult:
    """Return the stories in ``doc``.

    Raises SourceError for an input kind this version cannot read.
    """
    kind = sniff(doc) if options.kind == "auto" else options.kind
    if kind == "text":
        from .text import parse_text

        profile = options.profile or load_profile(None)
        return parse_text(
            doc, now=now, zone=zone, profile=profile, dayfirst=options.dayfirst, explain=options.explain
        )
    if kind == "html":
        from .html import parse_html

        return parse_html(
            doc,
            now=now,
            zone=zone,
            profile=options.profile or load_profile(None),
            page_url=options.page_url,
            selectors=options.selectors,
            dayfirst=options.dayfirst,
            explain=options.explain,
        )
    raise SourceError(f"{doc.name}: {kind} input is not supported yet")


__all__ = ["KINDS", "ParseOptions", "ParseResult", "parse_document", "sniff"]
