"""Section headings over groups of story blocks: ``<h2><a href="/politics/">Politics</a></h2>`` then stories.

A home page often sorts its stories into groups, each under a heading that names
the section (a link to the section's page, a class such as ``topic__heading``);
the stories themselves then name no section. The group's heading is their
section. Headings that name no section ("Latest news", "Most read", a date)
end the group above them and give nothing.
"""

from __future__ import annotations

import re

from lxml import etree

from ...textutil import fold
from ..markers import parse_marker
from ..rules import Rules
from ..shapes import Context
from .page import text_of

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def section_headings(parent: etree._Element, rules: Rules, ctx: Context) -> dict[etree._Element, str]:
    """Return the children of ``parent`` that follow a section heading, with the heading's text.

    A section heading is short (one to four words), names no widget ("Most read") or
    chrome, and says it is a section: it links to the section's page or its class names
    one (``topic__heading``, ``section-title``). Any other heading ends the group above it.
    """
    found: dict[etree._Element, str] = {}
    current: str | None = None
    for child in parent:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag in _HEADINGS:
            current = _section_heading(child, rules, ctx)
        elif current is not None:
            found[child] = current
    return found


def _section_heading(heading: etree._Element, rules: Rules, ctx: Context) -> str | None:
    text = text_of(heading)
    if not text or len(text.split()) > 4 or fold(text) in rules.widgets or fold(text) in rules.chrome:
        return None
    if (marker := parse_marker(text, rules, ctx)) is not None and marker.dates:
        return None  # an archive's day heading ("<a href=/2026/03/12/>12 March 2026</a>", "Yesterday")
    linked = any(a.get("href") for a in heading.iter("a"))
    if linked or _SECTION_HEADING.search(heading.get("class") or ""):
        return text
    return None


# The classes of a heading that names a section (not every section-field class: an "uppercase" or
# "label" heading is styling, and says nothing about what the heading names).
_SECTION_HEADING = re.compile(r"section|secci|topic|categor|kategor|rubri|ressort", re.IGNORECASE)
