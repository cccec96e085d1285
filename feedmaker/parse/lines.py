"""Line classification for text scrapes: every line gets a kind and a shape.

This is the first half of the text parser (:mod:`feedmaker.parse.text` is the
second: it splits the classified lines into stories). A line is classified in
two passes; this module holds the :class:`Line` record, the splitting and the
first pass, :mod:`feedmaker.parse.refine` the second and
:func:`~feedmaker.parse.refine.classify_all`, which runs both:

1. *On its own*, from the profile's words and the line's form: chrome (menus,
   pagination, share bars, copyright), separators ("Continue Reading"), list
   headings ("Trending", "Read more:"), date/byline markers, image labels,
   credits, topic links, tag lines ("Labels: a, b"), glued headers, and
   otherwise text with a *shape* (prose, headline, label).
2. *In context* (:func:`~feedmaker.parse.refine.refine`), where only neighbours
   tell: the alt text before an image label and the caption after it, the
   headlines under a related-links heading, an author name on the line after a
   bare "By", a promo box whose lines are
   mostly chrome or closed by a sign-up form, a sponsor's box ("Sponsored by X"
   and the rest of its block, unless the block holds a date or a byline), a
   comment count in a post's footer above the next story (a counter, not the
   start of the comments), a caption standing alone after an empty
   video embed, a byline with no byline word (names beside the date line, or
   a name after the lead under three stories), an archive list with counts
   ("březen 2026 (3)"), and a short line repeated under three stories or more
   (a "read more" in a language no profile knows).

Everything here is pure: text in, :class:`Line` records out. The tests live
beside it: :mod:`.shapes` (prose or headline), :mod:`.markers` (dates and
bylines), :mod:`.chrome` (furniture by its form), :mod:`.rules` (the profile,
compiled).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from ..textutil import collapse, fold
from .chrome import DECORATED, chrome_reason
from .markers import MARKER_MAX, Marker, parse_marker, raw_date
from .rules import Rules
from .shapes import DIGIT, PROSE_END, SENTENCE_ENDS, Context, Shape, first_word, shape_of, starts_upper


class Kind(StrEnum):
    """What a line is, as far as the story structure goes."""

    CHROME = "chrome"  # site furniture, never story text
    SEP = "separator"  # ends the story above ("Continue Reading")
    WIDGET = "widget"  # heading of a list that ends the story area ("Trending")
    RELATED = "related"  # in-body heading of related links ("Read more:")
    RELATED_ITEM = "related-item"
    MARKER = "marker"  # dates, bylines, their bare labels ("Published", "on", "By")
    AUTHOR = "author"  # a name on the line after a bare byline marker
    IMAGE_LABEL = "image-label"  # "Image:" between an alt line and a caption
    ALT = "image-alt"
    CAPTION = "caption"
    TOPIC = "topic"  # "More on X" -> category X
    TAGS = "tags"  # "Labels: a, b, c" -> categories a, b, c
    HEADER = "header"  # section, date and title glued on one line
    TEXT = "text"


@dataclass(slots=True)
class Line:
    """One input line and what the parser made of it (mutable only inside the parser)."""

    no: int
    text: str
    group: int
    blanks_before: int
    kind: Kind = Kind.TEXT
    shape: Shape = Shape.OTHER
    marker: Marker | None = None
    title: str | None = None  # HEADER lines and bullets: the title part
    section: str | None = None  # HEADER lines: the glued section
    topic: str | None = None
    tags: tuple[str, ...] = ()  # TAGS lines: the listed tags
    bullet: bool = False
    columns: tuple[str, ...] = ()  # the items of a line whose words stand in columns ("Home   News   Sport")
    link: str | None = None  # a Markdown link the line was (a title's or a "Read more"'s), or an image's URL
    role: str = ""  # final role, for --explain
    story: int | None = None  # index of the story the line went to
    notes: tuple[str, ...] = ()  # why it got its kind, for --explain


_BULLET = re.compile(
    r"^[•·▪▸►▶■●◆‣○◦*]\s+(?P<rest>\S.*)$|^(?:[-–—]|\d{1,2}[.)])\s+(?P<rest2>(?:[^\W_]|[\"“‘«]).*)$"
)
_GLUED_HEADER = re.compile(
    r"^(?P<section>[^\W\d_][^\d:]{0,28}?[^\W\d_])\s*"
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*"
    r"(?P<title>[\"“‘'«¿¡]?[^\W_].{8,})$"  # capitalised: starts_upper
)
_RULE = re.compile(r"^(?:[-_=*~#•·—–]\s*){3,}$")
_LINK_REFERENCE = re.compile(r"\[\d{1,3}\]")  # lynx/w3m mark links as [12]
_COLUMNS = re.compile(r"\s{3,}")  # a run of spaces inside a line: a saved menu's items stand apart so
_MENU_ITEM_WORDS = 4  # words: the longest item of a menu ("Bestuur en organisatie", "Cookie policy")
_IMAGE_PLACEHOLDERS = frozenset({"[img]", "[image]", "[inline]"})  # lynx's and w3m's images without alt text
_SHORT = 80  # longest line worth looking up among the profile's phrases
_CHROME_MAX = 200  # longest line that can be chrome by its form (menus, promos, copyright)
_LONG = 100  # a line longer than this that ends like a sentence is a paragraph (or a caption)


def split_lines(text: str, rules: Rules) -> list[Line]:
    """Return the non-blank lines of ``text``, cleaned, grouped by blank lines, numbered from 1.

    Blank lines get no record of their own (half the lines of a scrape are
    blank): each line counts the blanks above it, and a blank run starts a
    new group. Handles CRLF/CR line ends, a BOM, tabs, no-break and other odd
    spaces, a text browser's link numbers ("[12]") and image placeholders
    ("[IMG]", which count as blank lines), and splits a separator glued to the end of a paragraph
    ("…published.Read more") into a line of its own with the same number.
    """
    lines: list[Line] = []
    group, blanks = 0, 0
    raw_lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()  # the newline that ends the last line does not start another
    search_glued = rules.glued_separator.search
    separator_ends = rules.separator_ends
    for no, raw in enumerate(raw_lines, start=1):
        if not raw or raw.isspace():  # half the lines of a scrape: skip the rest of the loop
            blanks += 1
            continue
        cleaned = _clean(raw)
        if cleaned.lower() in _IMAGE_PLACEHOLDERS:
            blanks += 1  # an image the text browser could not show: no text, no section, no title
            continue
        columns: tuple[str, ...] = ()
        if "   " in raw and len(cells := _COLUMNS.split(raw.strip())) > 1:
            # Each item cleaned as the line is ("By [Ana Roe](url)   11 March 2026": "Ana Roe").
            cells = [_markdown(c)[0] if _has_markdown(c) else c for c in map(_clean, cells)]
            columns = tuple(c for c in cells if c and c.lower() not in _IMAGE_PLACEHOLDERS)
            if len(columns) < 2:
                columns = ()
        link = image = None
        if _has_markdown(cleaned):
            cleaned, link, image = _markdown(cleaned)
        if not cleaned:
            blanks += 1
            continue
        if blanks and lines:
            group += 1
        # Most lines end in a full stop, which no separator does: test one character before the regex.
        glued = search_glued(cleaned, max(0, len(cleaned) - 48)) if cleaned[-1] in separator_ends else None
        if glued and glued.start() > 0:
            lines.append(Line(no, cleaned[: glued.start()].rstrip(), group, blanks))
            lines.append(Line(no, cleaned[glued.start() :].strip(), group, 0))
        else:
            lines.append(Line(no, cleaned, group, blanks, link=link or image, columns=columns))
            if image:
                set_kind(lines[-1], Kind.CAPTION, "Markdown image")
        blanks = 0
    return lines


def _clean(raw: str) -> str:
    """Return ``raw`` with its spaces collapsed, a text browser's link numbers ("[12]") and zero-width
    characters removed (Markdown is read apart, by :func:`_markdown`)."""
    cleaned = " ".join(raw.split())
    if "[" in cleaned and _LINK_REFERENCE.search(cleaned):
        cleaned = " ".join(_LINK_REFERENCE.sub(" ", cleaned).split())
    if "\u200b" in cleaned or "\ufeff" in cleaned:
        cleaned = collapse(cleaned.replace("\u200b", "").replace("\ufeff", ""))
    return cleaned


def _has_markdown(text: str) -> bool:
    """Cheap test before :func:`_markdown`: a heading, emphasis, an image or a link may be in ``text``."""
    return bool(text) and (text[0] in "#*_!" or "](" in text or "*" in text)


_MD_IMAGE = re.compile(r"^!\[(?P<alt>[^\]]*)\]\((?P<url>[^)\s]+)[^)]*\)$")
_MD_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)(?:\s+#+)?$")
_MD_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_MD_ADJACENT_LINKS = re.compile(r"\)\s+\[(?=[^\]]+\]\()")
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def _markdown(text: str) -> tuple[str, str | None, str | None]:
    """Return a line saved as Markdown as plain text, with the URL of a link that was the whole line
    (a title or a "Read more") and of an image that was the whole line.

    Crawlers that save pages as Markdown (headings ``## Title``, ``*By A*``,
    ``[Read more](url)``, ``![alt](url)``) are common; the rest of the parser
    then sees the same words a plain-text scrape would have.
    """
    image = _MD_IMAGE.match(text)
    if image:
        return image["alt"] or "", None, image["url"]
    heading = _MD_HEADING.match(text)
    if heading:
        text = heading["text"]
    link = None
    whole = _MD_LINK.fullmatch(text)
    if whole:
        link = whole["url"]
    if "](" in text:
        # Links side by side are items of a list ("Tags: [dns](…) [guest](…)"): they stay apart.
        text = _MD_LINK.sub(lambda m: m["text"], _MD_ADJACENT_LINKS.sub(") · [", text))
    if "*" in text or "_" in text:
        text = _MD_EMPHASIS.sub(lambda m: m[2], text)
    return " ".join(text.split()), link, None


def classify(line: Line, rules: Rules, ctx: Context) -> None:
    """Set ``line.kind`` (and shape, marker, title...) from the line alone."""
    text = line.text
    if len(text) > _LONG and text[-1] in SENTENCE_ENDS and text[0].isupper():
        _classify_long(line, rules)
        return
    if not text[0].isalpha():
        if _RULE.match(text):
            set_kind(line, Kind.SEP, "horizontal rule between stories")
            return
        if DECORATED.match(text):
            set_kind(line, Kind.CHROME, "decorated heading")
            return
        bullet = _BULLET.match(text)
        if bullet and bullet["rest2"] and not starts_upper(bullet["rest2"]):
            bullet = None  # "- and then": a dash and lower-case text, no list item
        if (
            bullet
            and text[0].isdigit()
            and (raw_date(text, ctx) is not None or parse_marker(text, rules, ctx) is not None)
        ):
            bullet = None  # "14. März 2025" is a date, "12. 3. 2026 · Petr Dvořáček" a date line: no list
        if bullet:
            text = bullet["rest"] or bullet["rest2"]
            line.text, line.bullet = text, True
    # Every profile phrase and marker starts with a word of the profile's own
    # (or a digit or a sign): a line starting with any other word skips them all.
    prefixed = not text[0].isalpha() or first_word(text) in rules.prefix_words
    if not prefixed:
        _classify_text(line, rules, ctx, prefixed=False)
        return
    # Marker, chrome and list phrases are short: long lines skip the lookups.
    key = fold(text) if len(text) <= _SHORT else ""
    if rules.comments_heading.match(text):
        set_kind(line, Kind.WIDGET, "comments begin")
    elif key in rules.chrome:
        set_kind(line, Kind.CHROME, "site chrome")
    elif key in rules.widgets:
        set_kind(line, Kind.WIDGET, "list heading")
    elif ":" not in text and (m := rules.separator.match(text)):
        if m["rest"] and len(m["rest"].split()) > 14:
            _classify_text(line, rules, ctx)
        else:
            set_kind(line, Kind.SEP, "ends a story")
    elif key in rules.related or rules.related_inline.match(text):
        inline = rules.related_inline.match(text)
        set_kind(
            line,
            Kind.RELATED,
            "related links" + (" (with one headline)" if inline and inline["item"] else ""),
        )
    elif rules.image_label.match(text):
        set_kind(line, Kind.IMAGE_LABEL, "image label")
    elif (m := rules.tags.match(text)) and (tags := _tag_list(m["tags"])):
        # Before the chrome tests: "Tags: …" is also an archive page's heading ("Category: X").
        line.tags = tags
        set_kind(line, Kind.TAGS, f"tag list -> categories {', '.join(tags)}")
    elif m := rules.topic.match(text):
        topic = m["topic"].strip()
        if len(topic.split()) <= 4 and starts_upper(topic) and not PROSE_END.search(topic):
            line.topic = topic
            set_kind(line, Kind.TOPIC, f"topic link -> category {topic!r}")
        else:
            _classify_text(line, rules, ctx)
    else:
        _classify_text(line, rules, ctx)


_TAG_SPLIT = re.compile(r"\s*[,;|·•、]\s*")


def _tag_list(value: str) -> tuple[str, ...]:
    """Return the tags a tag line lists ("woodcock, spring migration"), or () when its value is no list.

    Tags are split at commas (or ; | · 、); without any, at spaces when they are hashtags ("#dns
    #guest") or three to eight words none of them capitalised ("backups shell zfs": static-site
    themes print tags as links side by side). A tag is a word or a short phrase: a value with a
    longer piece ("Tags: this post is about the harbour and the ferry fares") is a sentence.
    """
    value = value.rstrip(" .")
    words = value.split()
    if _TAG_SPLIT.search(value) is None and (
        all(w.startswith("#") for w in words)
        or (3 <= len(words) <= 8 and not any(w[0].isupper() for w in words))
    ):
        tags = [w.lstrip("#") for w in words]
    else:
        tags = [t.lstrip("#") for t in _TAG_SPLIT.split(value)]
    tags = [t for t in tags if t]
    if not 1 <= len(tags) <= 20 or any(len(t) > 40 or t.count(" ") > 3 for t in tags):
        return ()
    return tuple(dict.fromkeys(tags))


def _classify_long(line: Line, rules: Rules) -> None:
    """The fast path for long lines ending like a sentence: paragraphs, or captions with a credit.

    Nothing else is that long (markers, chrome, labels and titles are short),
    and a scrape is mostly paragraphs, so they skip every other test.
    """
    text = line.text
    if credit := _picture_credit(text, rules):
        set_kind(line, Kind.CAPTION, credit)
    elif "©" in text and len(text) < 300:
        set_kind(line, Kind.CHROME, "copyright or credits line")
    else:
        line.shape = Shape.PROSE


def _picture_credit(text: str, rules: Rules) -> str | None:
    """Return why ``text`` is a caption by its picture credit or label, or None.

    Credits end a line ("… Pic: Reuters"): only a tail with a colon is searched, and the credit must not
    end like a sentence. A label opening a short line introduces its caption ("Photo : les premières
    orties du talus."), sentence or not; on a long line the label is never in that tail.
    """
    tail = max(0, len(text) - 100)
    if ":" not in text[tail:] or (credit := rules.credit.search(text, tail)) is None:
        return None
    if credit.start() == 0:
        return "caption after a picture label"
    if not PROSE_END.search(text.rsplit(":", 1)[-1]):
        return "ends with a picture credit"
    return None


def _classify_text(line: Line, rules: Rules, ctx: Context, prefixed: bool = True) -> None:
    text = line.text
    if len(text) <= MARKER_MAX:
        # Items in columns are a marker line's parts too ("By Ana Roe   12 March 2026" as "… | …").
        spaced = len(line.columns) >= 2 and not line.bullet
        marker = parse_marker(" | ".join(line.columns) if spaced else text, rules, ctx)
        if marker is not None:
            line.marker = marker
            set_kind(line, Kind.MARKER, "date/byline marker")
            return
    chrome = chrome_reason(text, rules, prefixed) if len(text) <= _CHROME_MAX else None
    if (
        chrome is None
        and line.columns
        and _menu_columns(line.columns, rules)
        and not _dated_columns(line, ctx)
    ):
        # "Home   Calcio   Serie A   Basket": a menu saved as text keeps its items apart by runs of spaces.
        chrome = "menu (items in columns)"
    if chrome:
        set_kind(line, Kind.CHROME, chrome)
        if chrome == "breadcrumb":
            line.section = _crumb_section(text)
        return
    glued = _GLUED_HEADER.match(text) if DIGIT.search(text, 0, 48) else None
    if glued and len(glued["section"].split()) <= 3 and starts_upper(glued["title"]):
        when = raw_date(glued["date"], ctx)
        title = glued["title"].strip()
        if when is not None and shape_of(title) is Shape.HEADLINE:
            line.title, line.section = title, glued["section"].strip()
            line.marker = Marker(dates=(when,))
            set_kind(line, Kind.HEADER, "section, date and title glued together")
            return
    if credit := _picture_credit(text, rules):
        set_kind(line, Kind.CAPTION, credit)
        return
    line.shape = shape_of(text)
    if line.bullet and line.shape in (Shape.HEADLINE, Shape.LABEL):
        line.shape = Shape.HEADLINE
        line.title = text
    line.kind = Kind.TEXT


_CRUMB_SPLIT = re.compile(r"\s*[›>»/＞]\s*")  # no "|": it separates a menu's items ("Home | News | Sport")


def _crumb_section(text: str) -> str | None:
    """Return the last item of a breadcrumb ("Home › Environment") when it is a label, else None.

    Empty items are dropped: a trail may end in its separator ("Home › News ›"). Items kept apart by
    "|" are a menu's, whose last item is no section of the story ("Home | News | Sport | Weather").
    """
    crumbs = [c for c in _CRUMB_SPLIT.split(text) if c]
    return crumbs[-1] if len(crumbs) >= 2 and shape_of(crumbs[-1]) is Shape.LABEL else None


def _menu_columns(columns: tuple[str, ...], rules: Rules) -> bool:
    """True for the items of a menu: three or more short ones, or two that are the profile's chrome
    ("Only necessary cookies   Accept all cookies")."""
    if len(columns) >= 3:
        return all(c.count(" ") < _MENU_ITEM_WORDS for c in columns)
    return len(columns) == 2 and all(fold(c) in rules.chrome for c in columns)


def _dated_columns(line: Line, ctx: Context) -> bool:
    """True when a column is a date ("2026-03-12 14:05   来源：湘江日报   作者：刘晓燕"): a story's meta line
    whose other fields no profile knows, not a menu (a menu names places, never a day)."""
    return any(DIGIT.search(c) and raw_date(c, ctx) is not None for c in line.columns)


def set_kind(line: Line, kind: Kind, note: str) -> None:
    line.kind = kind
    line.notes += (note,)


def opens_block(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is the first of its block (the page's first line, or one after a blank)."""
    return i == 0 or lines[i - 1].group != lines[i].group


def alone(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is a block of its own."""
    return opens_block(lines, i) and (i + 1 == len(lines) or lines[i + 1].group != lines[i].group)


__all__ = ["Kind", "Line", "alone", "classify", "opens_block", "set_kind", "split_lines"]
