"""Labels on a story block that its classes do not explain: flags, and a kicker set above the title.

A card says more than its classes name. A badge may flag the story ("LIVE",
"Premium", "Video") rather than file it under a section; a page whose classes
are hashed (``sc-6t7u8v-0 xYzAbC``) sets its kicker right above the title with
nothing to say what it is. These are read here by their words and their place.
"""

from __future__ import annotations

import re

from lxml import etree

from ...textutil import collapse, fold
from ..markers import parse_marker, person_names
from ..rules import Rules
from ..shapes import Context
from .page import text_of


def label_before(title_el: etree._Element, block: etree._Element, rules: Rules, ctx: Context) -> str | None:
    """Return the kicker set right above the title when no class names it (hashed classes), or None.

    The element just before the title heading (or before the link wrapping it) whose classes
    say nothing (none, or hashed: a class with a word in it, "tagline", is believed) and that
    holds a word or three, no digits and no colon, and is no date or byline, no flag ("LIVE")
    and no person's name (a columnist's name over the headline): "<span class=xYzAbC>Business</span><h3>".
    """
    nodes = [title_el]
    wrapper = title_el.getparent()
    if wrapper is not None and wrapper is not block and wrapper.tag == "a":
        nodes.append(wrapper)
    for node in nodes:
        label = node.getprevious()
        while label is not None and not isinstance(label.tag, str):
            label = label.getprevious()
        if (
            label is None
            or label.tag not in _LABEL_TAGS
            or len(label)
            or _WORDY_CLASS.search(label.get("class") or "")
        ):
            continue
        text = text_of(label)
        if (
            not text
            or len(text.split()) > 3
            or any(c.isdigit() or c == ":" for c in text)
            or not text[0].isalpha()
            or flag(text, rules)
            or parse_marker(text, rules, ctx) is not None
            or (" " in text and person_names(text, rules) is not None)
        ):
            continue
        return collapse(text)
    return None


_LABEL_TAGS = frozenset({"span", "div", "p", "a", "small", "strong", "em", "b"})
_WORDY_CLASS = re.compile(r"[a-z]{4}")


def flag(text: str, rules: Rules) -> bool:
    """True for a label that flags a story rather than filing it, by its words alone: the profile's
    status badges and kinds of media ("LIVE", "Exclusive", "Video") or its page chrome ("Premium")."""
    key = fold(text)
    return key in rules.flags or key in rules.chrome
