"""Site chrome recognised by its form: menus, pagination, counters, share bars, promos, copyright.

The profile's own chrome phrases are matched in :mod:`.lines`; these tests
catch furniture by how it looks: by form alone (menus, decorated headings),
or by the profile's words in a fixed shape ("Page 2 of 9", "© 2025 … All
rights reserved", "Follow us on …"), compiled in :mod:`.rules`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..textutil import fold
from .rules import Rules
from .shapes import PROSE_END

MENU_SPLIT = re.compile(r"\s+[|•·]\s+")
_PAGE_TOKENS = re.compile(r"[«»‹›←→<>…|·]+|\d+|\.\.\.")
DECORATED = re.compile(r"^[—–\-=*~_#•·]+\s*\S.{0,60}?\s*[—–\-=*~_#•·]+$")
MENU_CHARS = frozenset("|•·")
SPONSOR = "sponsor label"  # its block is an advert (refine.refine makes the rest of it chrome)
PROMO = "newsletter/subscription promo"  # closing a small block, it is a sign-up box's form
_PAGER_MAX = 80  # characters: the longest row of page numbers with its "previous" and "next" words
_THREE_NUMBERS = re.compile(r"[0-9]{1,4}\s+[0-9]{1,4}\s+[0-9]{1,4}")


def chrome_reason(text: str, rules: Rules, prefixed: bool = True) -> str | None:
    """Return why ``text`` is site chrome by its form, or None when it may be story text.

    ``prefixed`` False says the line starts with no profile word, so the tests
    anchored on such words (counters, pagination, breadcrumbs...) are skipped.
    """
    words = text.count(" ") + 1
    lower = text.lower()
    hinted = False
    for hint in rules.chrome_hints:
        if hint in lower:
            hinted = True
            break
    if hinted and rules.copyright.search(text):
        return "copyright or credits line"
    if prefixed:
        reason = _prefixed_chrome(text, rules, words)
        if reason:
            return reason
    if words == 1 and rules.agency.match(text):
        return "news agency credit"
    if words >= 4 and len(text) <= _PAGER_MAX and _number_row(text):
        return "pagination (a row of page numbers)"
    if not MENU_CHARS.isdisjoint(text):
        items = MENU_SPLIT.split(text)
        if (len(items) >= 3 or (len(items) == 2 and "|" in text)) and all(len(i.split()) <= 4 for i in items):
            return "menu"
    if words <= 16 and hinted and rules.promo.search(text):
        return PROMO
    if words <= 5 and len(text) > 12 * words and _camel_humps(text) >= 3 and not PROSE_END.search(text):
        return "menu glued together"
    return None


def _camel_humps(text: str) -> int:
    """Return how often a lower-case letter meets a capital ("NewsSportWeather": 2), in any script."""
    return sum(1 for a, b in pairwise(text) if a.islower() and b.isupper())


def _prefixed_chrome(text: str, rules: Rules, words: int) -> str | None:
    """The chrome tests anchored on a first word or sign ("3 Comments", "Page 2 of 9", "Home ›")."""
    if rules.counter.match(text):
        return "comment/share counter"
    if words <= 12 and rules.sponsor.match(text):
        return SPONSOR
    if rules.reading_time.match(text):
        return "reading time"
    if rules.gallery.match(text):
        return "gallery counter"
    if rules.comment_tools.match(text):
        return "comment buttons"
    if rules.page_of.match(text) or (len(text) <= 60 and _is_pagination(text, rules)):
        return "pagination"
    if rules.contact.match(text):
        return "press contact"
    if rules.download.match(text):
        return "download or filter control"
    if rules.page_heading.match(text):
        return "page heading"
    if rules.breadcrumb.match(text):
        return "breadcrumb"
    if DECORATED.match(text):
        return "decorated heading"
    if rules.call_to_action.match(text) and words <= 6 and not PROSE_END.search(text):
        return "follow-us call to action"
    if rules.share.match(text) and words <= 10 and not PROSE_END.search(text):
        return "share buttons"
    return None


def _number_row(text: str) -> bool:
    """True for a pager in any language ("Előző 1 2 3 … 87 Következő"): three page numbers in a row
    (1 2 3, or 4 5 6), and numbers for half of its words at least."""
    if _THREE_NUMBERS.search(text) is None:  # most lines: one regex in C, no token list
        return False
    tokens = text.split()
    numbers = [int(t) for t in tokens if t.isdigit() and len(t) <= 4]
    if len(numbers) < 3 or len(numbers) * 2 < len(tokens):
        return False
    return numbers[1] == numbers[0] + 1 and numbers[2] == numbers[1] + 1


def _is_pagination(text: str, rules: Rules) -> bool:
    rest = _PAGE_TOKENS.sub(" ", text)
    words = fold(rest).split()
    if len(words) > 4:
        return False
    if not words:
        return bool(re.search(r"\d", text)) and len(text) < 40
    phrase = " ".join(words)
    return phrase in rules.pagination or all(w in rules.pagination or w == "posts" for w in words)
