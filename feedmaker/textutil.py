"""Small pure helpers on strings, shared by the parsers, ids and normalise."""

from __future__ import annotations

import re
import unicodedata

# Quotes, dashes and spaces that differ between two printings of one title
# (link text vs image alt, curly vs straight) and mean nothing for identity.
# Applied as a chain of str.replace: str.translate with a table that maps
# non-ASCII characters takes a slow per-character path (~20x slower on a
# story's text), while replace only scans for characters that are there.
_FOLD = tuple(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
    }.items()
)
# C0/C1 controls and the non-characters XML 1.0 forbids; feedgen raises on them.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def collapse(text: str) -> str:
    """Return ``text`` with every whitespace run (no-break spaces too) made one space, trimmed."""
    return " ".join(text.split())


def clean(text: str) -> str:
    """Return ``text`` in NFC with XML-illegal and invisible characters removed and spaces collapsed."""
    if not text.isprintable():  # the cheap test first: most text has nothing to remove
        text = _INVISIBLE.sub("", _ILLEGAL_XML.sub("", text))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.split())


def fold(text: str) -> str:
    """Return the comparison key of ``text``: NFKC, quotes/dashes/spaces unified, case folded.

    Trailing punctuation is dropped too, so "Title." and "Title" compare equal.
    """
    if text.isascii():
        text = text.lower()
    else:
        for odd, plain in _FOLD:
            if odd in text:
                text = text.replace(odd, plain)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = text.casefold()
    return " ".join(text.split()).rstrip(" .:;,!…»›→")


def shorten(text: str, limit: int) -> str:
    """Return ``text`` cut at a word boundary to at most ``limit`` characters, with "…" when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"
