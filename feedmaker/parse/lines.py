"""Line classification for text scrapes: every line gets a kind and a shape.

This is the first half of the text parser (:mod:`feedmaker.parse.text` is the
second: it splits the classified lines into stories). A line is classified in
two passes:

1. *On its own*, from the profile's words and the line's form: chrome (menus,
   pagination, share bars, copyright), separators ("Continue Reading"), list
   headings ("Trending", "Read more:"), date/byline markers, image labels,
   credits, topic links, tag lines ("Labels: a, b"), glued headers, and
   otherwise text with a *shape* (prose, headline, label).
2. *In context*, where only neighbours tell: the alt text before an image
   label and the caption after it, the headlines under a related-links heading,
   an author name on the line after a bare "By", a promo box whose lines are
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
from .chrome import DECORATED, PROMO, SPONSOR, chrome_reason
from .markers import MARKER_MAX, Marker, parse_marker, parse_names, person_names, raw_date
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
_FORM_HINTS = (
    "mail",
    "courriel",
)  # a sign-up form asks for an address ("Your work e-mail", "Escribe tu email")
_SIGNUP_BOX = 4  # lines: a newsletter's name, its pitch, the form (and a privacy note)
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
                _set(lines[-1], Kind.CAPTION, "Markdown image")
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
            _set(line, Kind.SEP, "horizontal rule between stories")
            return
        if DECORATED.match(text):
            _set(line, Kind.CHROME, "decorated heading")
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
        _set(line, Kind.WIDGET, "comments begin")
    elif key in rules.chrome:
        _set(line, Kind.CHROME, "site chrome")
    elif key in rules.widgets:
        _set(line, Kind.WIDGET, "list heading")
    elif ":" not in text and (m := rules.separator.match(text)):
        if m["rest"] and len(m["rest"].split()) > 14:
            _classify_text(line, rules, ctx)
        else:
            _set(line, Kind.SEP, "ends a story")
    elif key in rules.related or rules.related_inline.match(text):
        inline = rules.related_inline.match(text)
        _set(
            line,
            Kind.RELATED,
            "related links" + (" (with one headline)" if inline and inline["item"] else ""),
        )
    elif rules.image_label.match(text):
        _set(line, Kind.IMAGE_LABEL, "image label")
    elif (m := rules.tags.match(text)) and (tags := _tag_list(m["tags"])):
        # Before the chrome tests: "Tags: …" is also an archive page's heading ("Category: X").
        line.tags = tags
        _set(line, Kind.TAGS, f"tag list -> categories {', '.join(tags)}")
    elif m := rules.topic.match(text):
        topic = m["topic"].strip()
        if len(topic.split()) <= 4 and starts_upper(topic) and not PROSE_END.search(topic):
            line.topic = topic
            _set(line, Kind.TOPIC, f"topic link -> category {topic!r}")
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
        _set(line, Kind.CAPTION, credit)
    elif "©" in text and len(text) < 300:
        _set(line, Kind.CHROME, "copyright or credits line")
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
            _set(line, Kind.MARKER, "date/byline marker")
            return
    chrome = chrome_reason(text, rules, prefixed) if len(text) <= _CHROME_MAX else None
    if chrome is None and line.columns and _menu_columns(line.columns, rules):
        # "Home   Calcio   Serie A   Basket": a menu saved as text keeps its items apart by runs of spaces.
        chrome = "menu (items in columns)"
    if chrome:
        _set(line, Kind.CHROME, chrome)
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
            _set(line, Kind.HEADER, "section, date and title glued together")
            return
    if credit := _picture_credit(text, rules):
        _set(line, Kind.CAPTION, credit)
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


def _set(line: Line, kind: Kind, note: str) -> None:
    line.kind = kind
    line.notes += (note,)


def refine(lines: list[Line], rules: Rules) -> None:
    """Reclassify lines whose kind only their neighbours reveal (see the module docstring)."""
    _promo_boxes(lines)
    _comment_counters(lines)
    count = len(lines)
    for i, line in enumerate(lines):
        if line.kind is Kind.IMAGE_LABEL:
            _image_group(lines, i)
        elif line.kind in (Kind.RELATED, Kind.WIDGET):
            j = i + 1
            while (
                j < count
                and lines[j].group == line.group
                and (
                    (
                        lines[j].kind is Kind.TEXT
                        and (lines[j].shape is not Shape.PROSE or lines[j].text.endswith("?"))
                    )
                    or (line.kind is Kind.WIDGET and lines[j].kind is Kind.MARKER)  # an events list's dates
                )
            ):
                _set(lines[j], Kind.RELATED_ITEM, f"listed under {line.text!r}")
                j += 1
        elif (
            line.kind is Kind.CHROME
            and SPONSOR in line.notes
            and (opens_block(lines, i) or lines[i - 1].kind is Kind.SEP)  # or under a rule in its block
        ):
            _sponsor_box(lines, i)
        elif line.kind is Kind.MARKER and line.marker is not None and line.marker.expects_author:
            nxt = _next_nonblank(lines, i, limit=3)
            if nxt is not None and lines[nxt].kind is Kind.TEXT and lines[nxt].shape is not Shape.PROSE:
                names = parse_names(lines[nxt].text, rules)
                if names and len(names[0].split()) <= 4:
                    lines[nxt].kind = Kind.AUTHOR
                    lines[nxt].marker = Marker(authors=names)
                    lines[nxt].notes += (f"author named by {line.text!r}",)
        elif (
            line.kind is Kind.TEXT
            and line.blanks_before >= 2
            and i > 0
            and alone(lines, i)
            and line.shape is Shape.PROSE
            and len(line.text) <= 200
            and _previous_text_is_prose(lines, i)
        ):
            # Two blank lines then one sentence: the caption of an embed the
            # crawler could not save (a video), not a paragraph of the story.
            _set(line, Kind.CAPTION, "caption of an empty embed (after two blank lines)")
    _bare_bylines(lines, rules)
    _counted_lists(lines)
    _repeated_ends(lines)
    _join_wrapped(lines)


_COUNTED = re.compile(r"\s\(\d+\)$")  # "březen 2026 (3)", "Akce (7)": an archive's or a category's count
_COUNTED_WORDS = 5  # words: the longest item of such a list


def _counted_lists(lines: list[Line]) -> None:
    """Make the items of a blog's archive or category list chrome: three lines or more of one block, each
    a few words and a count in brackets ("březen 2026 (3)", "Akce (7)"): in any language, furniture. A
    label right above them in their block ("Archiv") is their list heading, which ends the story area."""
    runs: list[list[int]] = []  # indices of consecutive counted lines of one block
    for i, line in enumerate(lines):
        if not (
            line.text[-1] == ")"
            and line.kind is Kind.TEXT
            and line.text.count(" ") < _COUNTED_WORDS
            and _COUNTED.search(line.text) is not None
        ):
            continue
        if runs and runs[-1][-1] == i - 1 and lines[i - 1].group == line.group:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < 3:
            continue
        for i in run:
            _set(lines[i], Kind.CHROME, "an item of a list with counts (archive, categories)")
        heading = lines[run[0] - 1] if run[0] else None
        if (
            heading is not None
            and heading.group == lines[run[0]].group
            and heading.kind is Kind.TEXT
            and heading.shape is Shape.LABEL
        ):
            _set(heading, Kind.WIDGET, "heads a list with counts")


_END_WORDS = 4  # words: the longest "read more" line a page repeats under its stories


def _repeated_ends(lines: list[Line]) -> None:
    """Make a short line that closes three stories or more (right under their text) a separator.

    A listing ends each teaser with the same link ("Подробнее →", "Lectură completă →") in any language;
    repeated in that place, it is no subheading, and text after the last one is no part of the last story.
    """
    counts: dict[str, int] = {}
    previous: Line | None = None
    for line in lines:
        if (
            line.kind is Kind.TEXT
            and line.shape is not Shape.PROSE
            and previous is not None
            and previous.group == line.group
            and previous.kind is Kind.TEXT
            and previous.shape is Shape.PROSE
            and line.text.count(" ") < _END_WORDS
        ):
            counts[line.text] = counts.get(line.text, 0) + 1
        previous = line
    repeated = {text for text, n in counts.items() if n >= 3}
    if not repeated:
        return
    for line in lines:
        if line.kind is Kind.TEXT and line.text in repeated:
            _set(line, Kind.SEP, "repeated under three stories or more: ends a story")


_NAME_DASH = re.compile(r"\s+[-–]\s+")  # "Thu Trang - Quốc Bảo": two reporters


def _byline_names(text: str, rules: Rules) -> tuple[str, ...] | None:
    """Return the names of a line that is only names: two words or more each, joined by a joiner, "&", a
    dash or commas, with a role after a comma ("Анна Белозерова, урбанист"); None for anything else."""
    if len(text) > 80 or text[-1] in SENTENCE_ENDS or not text[0].isupper():
        return None
    return person_names(_NAME_DASH.sub(" & ", text) if " " in text else text, rules)


def _bare_bylines(lines: list[Line], rules: Rules) -> None:
    """Make the name lines that carry no byline word authors, where the page's structure says so.

    A line of names next to a story's date line, between its title and its text, is its byline when its
    form says it is no title ("Анна Белозерова, урбанист": a name and a lower-case role; "Thu Trang - Quốc
    Bảo": two names). A line of one name after the lead ("Kovács Eszter") is a byline when the page
    prints one in that place under three stories or more, not all the same.
    """
    count = len(lines)
    after_lead: list[tuple[int, tuple[str, ...]]] = []
    for i in range(1, count):
        line = lines[i]
        if line.kind is not Kind.TEXT or line.shape is Shape.PROSE or line.bullet:
            continue
        prev, nxt = lines[i - 1], lines[i + 1] if i + 1 < count else None
        if prev.group != line.group:
            continue
        same_next = nxt is not None and nxt.group == line.group
        if (
            ":" in line.text
            and _after_the_date(prev, nxt if same_next else None)
            and (labelled := _LABELLED.match(line.text))
            and (names := _byline_names(labelled["names"], rules))
        ):
            # "Текст: Ольга Третьякова", "Bài và ảnh: Hoàng Long" under the date: a label of its own language.
            line.kind, line.marker = Kind.AUTHOR, Marker(authors=names)
            line.notes += ("a label and names under the story's date line",)
            continue
        if same_next and nxt is not None and _beside_a_date(prev, nxt):
            names = _byline_names(line.text, rules)
            if names and (len(names) >= 2 or _role_after_comma(line.text)):
                line.kind, line.marker = Kind.AUTHOR, Marker(authors=names)
                line.notes += ("names beside the story's date line",)
            continue
        if (
            prev.kind is Kind.TEXT
            and prev.shape is Shape.PROSE
            and not (same_next and nxt and nxt.kind is Kind.TEXT and not nxt.text[0].isdigit())
        ):  # the end of its block, or above a count ("14 hozzászólás")
            names = _byline_names(line.text, rules)
            if names:
                after_lead.append((i, names))
    # Under three stories or more, not one line repeated (a label printed under every teaser is no byline).
    if len(after_lead) >= 3 and len({names for _, names in after_lead}) >= 2:
        for i, names in after_lead:
            lines[i].kind, lines[i].marker = Kind.AUTHOR, Marker(authors=names)
            lines[i].notes += (f"a name after the lead, as under {len(after_lead)} stories",)


# "Текст: NAME": one to three words of a label, a colon, the names.
_LABELLED = re.compile(r"^[^\W\d_][\w'’-]*(?:\s[\w'’-]+){0,2}\s?[:：]\s*(?P<names>\S.*)$")


def _after_the_date(prev: Line, nxt: Line | None) -> bool:
    """True for a line right under a date line, above the text (or a caption) of its block, or its end."""
    marker = prev.marker
    if prev.kind is not Kind.MARKER or marker is None or not (marker.dates or marker.updated):
        return False
    return nxt is None or nxt.kind in (Kind.TEXT, Kind.CAPTION, Kind.MARKER)


def _role_after_comma(text: str) -> bool:
    """True for "NAME, role": one to three lower-case words after the last comma ("урбанист")."""
    role = text.rsplit(",", 1)[1].split() if "," in text else []
    return 1 <= len(role) <= 3 and role[0].islower() and ":" not in text


def _beside_a_date(prev: Line, nxt: Line) -> bool:
    """True between a date line and the text, or between a headline (the title) and a date line."""
    dated = (Kind.MARKER, Kind.HEADER)
    if prev.kind in dated:
        return nxt.kind is Kind.TEXT and nxt.shape is Shape.PROSE
    return prev.kind is Kind.TEXT and prev.shape is Shape.HEADLINE and nxt.kind in dated


def _comment_counters(lines: list[Line]) -> None:
    """Make comment headings that count a post's comments ("4 commentaires" in its footer) chrome.

    A comments heading ends the story area (the readers' part begins), but a listing prints a count under
    each post. A heading is a counter when "Read more" follows it; a numbered one, when it closes a post's
    footer (its tags, date, share line or "Read more" right above it, in one block) and another story
    follows it or the page prints other such headings (an article's one "3 Comments" under its tags opens
    its comments), or when the page has others with other counts (an article printing "12 Comments"
    twice has one comment section).
    """
    headings = [
        i for i, line in enumerate(lines) if line.kind is Kind.WIDGET and "comments begin" in line.notes
    ]
    if not headings:
        return
    counts = {i: "".join(c for c in lines[i].text if c.isdigit()) for i in headings}
    several = len({n for n in counts.values() if n}) >= 2
    count = len(lines)
    for i in headings:
        line = lines[i]
        above = lines[i - 1] if i else None
        if (i + 1 < count and lines[i + 1].kind is Kind.SEP) or (
            counts[i]
            and (
                several
                or (
                    above is not None
                    and above.group == line.group
                    and above.kind in (Kind.TAGS, Kind.MARKER, Kind.CHROME, Kind.SEP)
                    and (len(headings) >= 2 or _story_follows(lines, i))
                )
            )
        ):
            line.kind, line.notes = Kind.CHROME, ("comment counter",)


def _story_follows(lines: list[Line], i: int) -> bool:
    """True when the block after line ``i``'s opens like a story: a headline, a label or a date line."""
    j = i + 1
    while j < len(lines) and lines[j].group == lines[i].group:
        j += 1
    if j == len(lines):
        return False
    nxt = lines[j]
    if nxt.kind in (Kind.MARKER, Kind.HEADER):
        return True
    return nxt.kind is Kind.TEXT and nxt.shape in (Shape.HEADLINE, Shape.LABEL)


def _image_group(lines: list[Line], i: int) -> None:
    group = lines[i].group
    # The caption follows the label; the alt text (and a "stills" line) precede it.
    if i + 1 < len(lines) and lines[i + 1].group == group and lines[i + 1].kind in (Kind.TEXT, Kind.CAPTION):
        _set(lines[i + 1], Kind.CAPTION, "caption after the image label")
    taken = 0
    j = i - 1
    while j >= 0 and taken < 2 and lines[j].group == group and lines[j].kind in (Kind.TEXT, Kind.CAPTION):
        if taken == 1 and lines[j].shape is Shape.PROSE:
            break
        _set(lines[j], Kind.ALT, "image alt text before the image label")
        taken += 1
        j -= 1


def opens_block(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is the first of its block (the page's first line, or one after a blank)."""
    return i == 0 or lines[i - 1].group != lines[i].group


def alone(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is a block of its own."""
    return opens_block(lines, i) and (i + 1 == len(lines) or lines[i + 1].group != lines[i].group)


def _sponsor_box(lines: list[Line], i: int) -> None:
    """Make the rest of the block a sponsor label opens ("SPONSORED BY X", the pitch, its link) chrome,
    up to a rule or the block's end: an advert is no story, whatever its lines look like. A block with a
    date or a byline in it is a story after all (an advert has none): it is left as it is."""
    group = lines[i].group
    end = i + 1
    while end < len(lines) and lines[end].group == group and lines[end].kind is not Kind.SEP:
        if lines[end].kind in (Kind.MARKER, Kind.HEADER, Kind.AUTHOR):
            return
        end += 1
    for line in lines[i + 1 : end]:
        if line.kind is not Kind.CHROME:
            _set(line, Kind.CHROME, "inside a sponsor's box")


def _promo_boxes(lines: list[Line]) -> None:
    """Mark a small group that is mostly newsletter/promo chrome as chrome throughout, and a small group
    that ends in a sign-up form ("Your work e-mail   Sign up" under a newsletter's name and pitch: a promo
    asking for an address, or a field and its button side by side). A teaser ending in "Subscribe to
    read more" is no form."""
    chrome_by_group: dict[int, int] = {}
    signup: set[int] = set()  # groups whose last line is a subscription promo
    count = len(lines)
    for i, line in enumerate(lines):
        if line.kind is Kind.CHROME:
            chrome_by_group[line.group] = chrome_by_group.get(line.group, 0) + 1
            if (
                PROMO in line.notes
                and (i + 1 == count or lines[i + 1].group != line.group)
                and (line.columns or any(hint in line.text.lower() for hint in _FORM_HINTS))
            ):
                signup.add(line.group)
    candidates = {g for g, n in chrome_by_group.items() if n >= 2} | signup  # only these can be promo boxes
    if not candidates:
        return
    members_by_group: dict[int, list[Line]] = {}
    for line in lines:
        if line.group in candidates:
            members_by_group.setdefault(line.group, []).append(line)
    for group, members in members_by_group.items():
        # A post's footer (its tags, a comment count, a share bar) is mostly chrome too, but its tag line says
        # it closes a story.
        structural = any(
            ln.kind in (Kind.SEP, Kind.MARKER, Kind.HEADER, Kind.AUTHOR, Kind.TAGS) for ln in members
        )
        mostly_chrome = chrome_by_group[group] * 2 >= len(members) and len(members) <= 8
        if (mostly_chrome or (group in signup and len(members) <= _SIGNUP_BOX)) and not structural:
            for ln in members:
                if ln.kind is not Kind.CHROME:
                    _set(ln, Kind.CHROME, "inside a promo box")


_FIELDS = (" | ", " · ", " • ")  # a line of fields (a byline and a date) is no wrapped sentence's end


def _join_wrapped(lines: list[Line]) -> None:
    """Join hard-wrapped lines back into one: a long line without a final stop followed by a lower-case
    start that is no line of fields; and, on a page saved by a text browser (most long lines end near one
    width), any full-width line followed by more text of its block."""
    width = wrap_width(lines)
    i = 0
    while i < len(lines) - 1:
        a, b = lines[i], lines[i + 1]
        if a.kind is Kind.TEXT and b.kind is Kind.TEXT and a.group == b.group:
            wrapped = (
                a.shape is not Shape.PROSE
                and len(a.text) >= 40
                and b.text[:1].islower()
                and not any(sep in b.text for sep in _FIELDS)  # "de Ana Pop | 9 martie": a meta line
            )
            full = width is not None and len(a.text) >= width - 14
            if wrapped or full:
                a.text = f"{a.text} {b.text}"
                a.shape = shape_of(a.text)
                a.notes += (f"joined with wrapped line {b.no}",)
                del lines[i + 1]
                continue
        i += 1


def wrap_width(lines: list[Line]) -> int | None:
    """Return the width a text browser wrapped this page at (60-100 columns), or None when it was not."""
    lengths = [len(line.text) for line in lines if line.kind is Kind.TEXT and len(line.text) >= 40]
    if len(lengths) < 6:
        return None
    widest = max(lengths)
    near = sum(1 for n in lengths if n >= widest - 12)
    return widest if 60 <= widest <= 100 and near * 2 >= len(lengths) else None


def _next_nonblank(lines: list[Line], i: int, limit: int) -> int | None:
    """Return the index of the line after ``i`` when at most ``limit`` blank lines separate them."""
    j = i + 1
    return j if j < len(lines) and lines[j].blanks_before <= limit else None


def _previous_text_is_prose(lines: list[Line], i: int) -> bool:
    return i > 0 and lines[i - 1].kind is Kind.TEXT and lines[i - 1].shape is Shape.PROSE


def classify_all(text: str, rules: Rules, ctx: Context) -> list[Line]:
    """Return every non-blank line of ``text`` classified, both passes done."""
    lines = split_lines(text, rules)
    # Pass 1 depends on the text and its columns alone, and scrapes repeat lines ("Published",
    # "Continue Reading", section names, a title and its alt): classify each distinct line once and
    # copy the verdict. The columns are part of the key: "Live   Politics   Sport" is a menu, "Live
    # Politics Sport" may be a title.
    seen: dict[tuple[str, tuple[str, ...]], Line] = {}
    for line in lines:
        if line.kind is not Kind.TEXT:
            continue  # already known from its form (a Markdown image)
        key = (line.text, line.columns)
        known = seen.get(key)
        if known is None:
            seen[key] = line
            classify(line, rules, ctx)
        else:
            _copy_verdict(known, line)
    refine(lines, rules)
    return lines


def _copy_verdict(known: Line, line: Line) -> None:
    line.text, line.kind, line.shape, line.marker = known.text, known.kind, known.shape, known.marker
    line.title, line.section, line.topic, line.tags, line.bullet, line.notes = (
        known.title,
        known.section,
        known.topic,
        known.tags,
        known.bullet,
        known.notes,
    )


__all__ = ["Kind", "Line", "alone", "classify", "classify_all", "opens_block", "split_lines", "wrap_width"]
