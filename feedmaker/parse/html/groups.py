"""Section headings over groups of story blocks: ``<h2><a href="/politics/">Politics</a></h2>`` then stories.

A home page often sorts its stories into groups, each under a heading that names
the section (a link to the section's page, a class such as ``topic__heading``);
the stories themselves then name no section. The group's heading is their
section. Headings that name no section ("Latest news", "Most read", a date)
end the group above them and give nothing.
"""

from __future__ import annotations

from lxml import etree

from ...textutil import fold
from ..markers import parse_marker
from ..rules import Rules
from ..shapes import Context
from .page import HEADING_TAGS, SECTION_CLASS, text_of


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
        if tag in HEADING_TAGS:
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
    # Only the class words that name a section (page.SECTION_CLASS), not every section-field class of a
    # block: an "uppercase" or "label" heading is styling, and says nothing about what the heading names.
    if linked or SECTION_CLASS.search(heading.get("class") or ""):
        return text
    return None
