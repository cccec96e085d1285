"""The shape of a text line (prose, headline, label), and the small text tests the classifier shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum


class Shape(StrEnum):
    """The form of a text line, which decides whether it can be a title."""

    PROSE = "prose"  # ends like a sentence, or is long
    HEADLINE = "headline"  # a title-like line: capitalised, no final full stop
    LABEL = "label"  # one to four words: a section, kicker, or site chrome
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Context:
    """What classification needs besides the profile: the reference time and date conventions."""

    now: datetime
    zone: tzinfo
    dayfirst: bool | None


PROSE_END = re.compile(r"(?:[.!;…]|\[\s*(?:…|\.\.\.)\s*\]|\.\.\.)[\"”’»)\]'\s]*$")
# A sentence ends after a lower-case word (or a number or a quote): "A.M. At" and "J. Smith" do not break.
# Nor does a full stop after a number of one or two digits: German, Nordic and Polish ordinals ("zum 1. Mai",
# "vom 16. bis 27. März") are no sentence end, while a year ("in 2025. The") still is. The regex finds a stop
# before a letter; the cases are told in code (str.islower/isupper know every script: "дом. Мэр", "σπίτι. Ο").
_SENTENCE_BREAK = re.compile(r"(?<=[^\s])(?P<stop>[.!?…])[\"”’»)]*\s+[\"“‘«(]?(?P<next>[^\W\d_])")
_OPENERS = "\"“‘'«¿¡(["  # French quotes take a space: « Nous
DIGIT = re.compile(r"\d")
SENTENCE_ENDS = frozenset('.!?…"”’)»]')
_BREAK_HINTS = (". ", "! ", "? ", "… ", ".” ", '." ')


def starts_upper(text: str) -> bool:
    """True when ``text`` starts with a capital (any script) or a digit, after an opening quote or bracket."""
    i = 1 if text[:1] and text[0] in _OPENERS else 0
    if text[i : i + 1] == " ":
        i += 1
    char = text[i : i + 1]
    return char.isupper() or char.istitle() or "0" <= char <= "9"


def _sentence_break(text: str) -> bool:
    """True when a sentence ends inside ``text``: a stop after a lower-case letter, a quote or a number of
    three digits or more (or ! ? … after any number), then a capital."""
    for m in _SENTENCE_BREAK.finditer(text):
        if not m["next"].isupper():
            continue
        at = m.start()
        before = text[at - 1]
        if before.islower() or before in '"”’)':
            return True
        if "0" <= before <= "9" and (m["stop"] != "." or (at >= 3 and text[at - 3 : at].isdigit())):
            return True
    return False


def is_cjk(char: str) -> bool:
    """True for a Chinese, Japanese or Korean character (ideographs, kana, hangul, full-width forms)."""
    return (
        "\u2e80" <= char <= "\u9fff"
        or "\uac00" <= char <= "\ud7af"
        or "\uf900" <= char <= "\ufaff"
        or "\uff00" <= char <= "\uffef"
    )


# Chinese and Japanese have no capitals and end sentences with "。" (Korean with "."): a line ending
# so is prose, a short one without is a headline. Closing brackets and quotes may follow the stop.
_CJK_CLOSERS = '」』）)】〕"”’'
_CJK_PROSE_ENDS = frozenset("。．.!！…‥")
_CJK_LABEL = 8  # characters: "経済", "地域ニュース"; a Japanese headline is longer
_CJK_LONG = 100  # characters: longer than any headline


def _cjk_shape(text: str) -> Shape:
    stripped = text.rstrip(_CJK_CLOSERS) or text
    if (
        stripped[-1] in _CJK_PROSE_ENDS
        or len(text) > _CJK_LONG
        or ("。" in stripped[:-1] and len(text) > 30)  # two sentences
    ):
        return Shape.PROSE
    if len(text) <= _CJK_LABEL and text.count(" ") <= 1:
        return Shape.LABEL
    return Shape.HEADLINE


def shape_of(text: str) -> Shape:
    """Return the shape of a text line: prose, headline, label or other (OTHER for an empty one)."""
    if not text:
        return Shape.OTHER
    # Two comparisons keep Latin lines off the CJK test ("\u2e80" is the first CJK character).
    if (text[-1] >= "\u2e80" and is_cjk(text[-1])) or (text[0] >= "\u2e80" and is_cjk(text[0])):
        return _cjk_shape(text)
    words = text.count(" ") + 1  # text is whitespace-collapsed
    if (
        len(text) > 170
        or (text[-1] in SENTENCE_ENDS and PROSE_END.search(text, max(0, len(text) - 12)))
        or (words > 8 and any(mark in text for mark in _BREAK_HINTS) and _sentence_break(text))
    ):
        return Shape.PROSE
    if text.endswith("?") and len(text) > 140:
        return Shape.PROSE
    if not starts_upper(text):
        return Shape.OTHER
    if (words <= 3 and len(text) <= 40) or (text.isupper() and words <= 6):
        return Shape.LABEL
    return Shape.HEADLINE


def first_word(text: str) -> str:
    """Return the first word of ``text``, lower-cased, without trailing punctuation.

    A full-width colon ends a word too: Japanese and Chinese write "記者：NAME" without a space.
    """
    word = text.split(None, 1)[0]
    if "：" in word:
        word = word.split("：", 1)[0] or word
    return word.lower().rstrip(":,.;!?»›")
