"""The text story-block parser: classified lines -> one RawEntry per story.

Classification is :mod:`feedmaker.parse.lines`; this module runs the cascade
that finds the stories (:func:`parse_text`). Where each step lives:

- titles (step 1) and assembling each story into a RawEntry: here;
- story spans (steps 2 to 4, :func:`~feedmaker.parse.spans.segment`): :mod:`feedmaker.parse.spans`;
- page-level passes (step 5, and the masthead and list headings of steps 1 and 3: which way
  numeric dates read, list headings, the masthead, loose section labels, block headings, day-heading
  times, the footer below the pager or after the last separator, the final consistency checks):
  :mod:`feedmaker.parse.pagelevel`.

The cascade, in the order it is applied:

1. **Titles.** A headline-shaped line is a story title when the page confirms
   it: marker lines follow it (a date, a byline, even bare "Published"/"By"
   whose values the crawler lost), or the same title printed again (image
   alt), or a paragraph follows it in the same block. A bullet headline or a
   glued "Section12.03.2025Title" line is a title by its form. A lone headline
   between paragraphs is a subheading, not a story. A short meta line under a
   title that no marker understood (a time, fields with a number) is no title.
   The page's masthead (its name, tagline, its own date, menus and a cookie
   notice above the first dated story) holds no title; without a menu or a
   breadcrumb, a title over a teaser ending like a sentence is an undated lead
   story, not a masthead.
2. **Where a story starts.** Walking back from its title over a kicker or a
   date line in the same block ("date before the title"), and over a section
   label standing alone just above it (the seed's "World").
3. **Where a story ends.** At a separator ("Continue Reading"), at a list
   heading ("Trending", or any heading over headlines that repeat a story
   title of the page), or where the next story starts. A date line that
   closes a block belongs to the story above it ("date after the excerpt").
4. **Stories without titles.** Text between two separators is one story (the
   seed's lead story); on a page with no titles and no separators at all,
   every paragraph block is a story (excerpt listings). Titles are derived
   later, in :mod:`feedmaker.normalise`.
5. **Page-level consistency.** A section label separated from its title by a
   blank line counts only when most titled stories on the page have one; a
   numeric date is read day-first or month-first the way the whole page reads;
   a bare time of day ("Posted by A at 8:05 PM") is on the day printed above it;
   a block heading ("Local News" above the first of its stories) is the section
   of each story under it; undated blocks below the last pager ("1 2 3",
   "Page 2 of 9", not a bare number) of a dated listing are its footer. A
   story's section comes from section sources only (labels, kickers, markers,
   block headings, breadcrumbs), never from its tags: it goes into its id.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from ..model import Block, Image, Origin, RawDate, RawEntry
from ..read import Document
from ..textutil import fold
from .lines import Kind, Line, opens_block
from .pagelevel import (
    NUMBER_GROUP,
    SENTENCE_DONE,
    block_headings,
    check_loose_sections,
    consistent,
    footer_stories,
    masthead_end,
    page_dayfirst,
    page_heading,
    timed_by_day,
    title_lists,
)
from .profiles import Profile
from .refine import classify_all
from .result import ParseResult
from .rules import compile_profile
from .shapes import DIGIT, Context, Shape
from .spans import Story, segment

_EXCERPT_END = re.compile(r"\s*\[\s*(?:…|\.\.\.)\s*\]$")  # WordPress's " […]"
_MARKER_SCAN = 8  # non-blank lines a title looks ahead for its confirming markers


def parse_text(
    doc: Document,
    *,
    now: datetime,
    zone: tzinfo,
    profile: Profile,
    dayfirst: bool | None = None,
    explain: bool = False,
) -> ParseResult:
    """Return the stories of a plain-text scrape, in page order, with an explanation per line.

    Never raises on any text; a page where nothing reads as a story gives an
    empty result (the caller decides that this is an error).
    """
    rules = compile_profile(profile)
    ctx = Context(
        now=now,
        zone=zone,
        dayfirst=page_dayfirst(doc.text, profile.dayfirst if dayfirst is None else dayfirst),
    )
    lines = classify_all(doc.text, rules, ctx)
    titles = _find_titles(lines)
    title_lists(lines, titles)
    top = masthead_end(lines, titles)
    if top:
        titles = [t for t in titles if t >= top]
    stories = segment(lines, titles, top)
    check_loose_sections(lines, stories)
    block_headings(lines, stories)
    page_heading(lines, stories)
    entries = timed_by_day(stories, [_assemble(doc, lines, story) for story in stories], ctx)
    for _ in range(footer_stories(stories, entries, lines)):
        for k in stories.pop().lines:
            lines[k].role, lines[k].story = "footer", None
        entries.pop()
    kept = tuple(consistent(entries, lines))
    if not explain:
        return ParseResult(entries=kept)
    raw = doc.text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    total = len(raw) - (raw[-1] == "")
    return ParseResult(entries=kept, explain=tuple(_explain(lines, total)))


# -- 1. titles ---------------------------------------------------------------------------------------


def _find_titles(lines: list[Line]) -> list[int]:
    titles: list[int] = []
    last_key: str | None = None
    for i, line in enumerate(lines):
        if line.kind is Kind.HEADER:
            titles.append(i)
            last_key = fold(line.title or "")
            continue
        if line.kind is Kind.TEXT and line.shape is Shape.PROSE:
            last_key = None
        if line.kind is not Kind.TEXT or not (_headline_like(line) or _capital_title(lines, i)):
            continue
        key = fold(line.text)
        if key == last_key:
            line.role = "repeated-title"
            continue
        if titles and titles[-1] == i - 1 and lines[i - 1].group == line.group and _meta_line(line):
            continue  # the unread date or byline line under the title just found, not a title of its own
        if titles and _label_under_markers(lines, titles[-1], i):
            continue  # "Title", "12. marts 2026", "Trafik", the text: the story's section, not a title
        reason = _confirmed(lines, i, key)
        if reason:
            titles.append(i)
            line.notes += (reason,)
            last_key = key
    return titles


def _label_under_markers(lines: list[Line], t: int, i: int) -> bool:
    """True for a label line ``i`` that follows the title ``t`` with only date or byline lines between,
    all in one block, and has the story's paragraph under it: the section printed under the date."""
    line = lines[i]
    if line.shape is not Shape.LABEL or t >= i - 1 or i + 1 >= len(lines):
        return False
    between = lines[t + 1 : i]
    if any(b.group != line.group or b.kind not in (Kind.MARKER, Kind.AUTHOR) for b in between):
        return False
    below = lines[i + 1]
    same_block = lines[t].group == line.group == below.group
    return same_block and below.kind is Kind.TEXT and below.shape is Shape.PROSE


def _headline_like(line: Line) -> bool:
    """True for headline-shaped lines, and for three-word labels that are not all capitals (short titles)."""
    if line.shape is Shape.HEADLINE:
        return True
    return line.shape is Shape.LABEL and len(line.text.split()) >= 3 and not line.text.isupper()


def _capital_title(lines: list[Line], i: int) -> bool:
    """True for an all-capitals line of two words or more directly above a marker or a paragraph.

    Kickers are in capitals too ("HOUSING"), but a title follows them, not a
    date or the story's text.
    """
    line = lines[i]
    if line.shape is not Shape.LABEL or not line.text.isupper() or len(line.text.split()) < 2:
        return False
    # Its block must go on to a paragraph (after any date or byline lines): a masthead in capitals
    # above the day's date is not a story.
    j = i + 1
    while j < len(lines) and lines[j].group == line.group and lines[j].kind in (Kind.MARKER, Kind.AUTHOR):
        j += 1
    return j < len(lines) and lines[j].group == line.group and lines[j].shape is Shape.PROSE


def _confirmed(lines: list[Line], i: int, key: str) -> str | None:
    """Return why line ``i`` is a title (markers, repeat, or a paragraph below it), or None."""
    seen = 0
    group = lines[i].group
    for j in range(i + 1, len(lines)):
        line = lines[j]
        if line.kind is Kind.CHROME:
            continue
        if line.kind in (Kind.MARKER, Kind.AUTHOR):
            if line.group != group and _leads_a_title(lines, j):
                return None  # "Press release · 12 February" above the next title: that title's date
            return "title: marker lines follow"
        if line.kind is Kind.TEXT and fold(line.text) == key:
            return "title: printed again below"
        if line.group == group and j == i + 1 and line.kind is Kind.TEXT and _meta_line(line):
            seen += 1
            continue  # a meta line the markers could not read, between the title and the text
        if line.group == group and line.kind is Kind.TEXT and line.shape is Shape.PROSE:
            return "title: a paragraph follows in the same block"
        if line.group == group and lines[i].bullet and line.kind is Kind.TEXT and not line.bullet:
            # Its text under it. A bullet with the next bullet under it has none (a menu, a list of
            # links), nor has the last bullet of such a list ("4. Lagaro 47" above "Full table").
            previous = lines[i - 1] if i else None
            if previous is None or previous.group != group or not previous.bullet:
                return "title: bulleted headline"
        seen += 1
        if seen >= _MARKER_SCAN or line.kind is not Kind.CAPTION:
            return None
    return None


_TIME = re.compile(r"(?<![0-9])[0-9]{1,2}[:.][0-9]{2}(?![0-9])")
_FIELD_SEPARATORS = (" | ", " · ", " / ", " • ")
_META_WORDS = 12  # words: the longest date, byline or issue line under a title


def _meta_line(line: Line) -> bool:
    """True for a short line that reads as a story's meta line though no marker was understood: a time
    of day ("Thứ năm, 12/3/2026, 10:20 (GMT+7)"), fields with a number ("Sayı 2026/11 · Sayfa 4"), or a
    number opening a line with another ("12.3. klo 15.48"); a title with a number ("10 things to do")
    has one."""
    text = line.text
    if line.shape is Shape.PROSE or text.count(" ") >= _META_WORDS or not DIGIT.search(text):
        return False
    if _TIME.search(text) or any(sep in text for sep in _FIELD_SEPARATORS):
        return True
    return text[0].isdigit() and len(NUMBER_GROUP.findall(text)) >= 2


def _leads_a_title(lines: list[Line], j: int) -> bool:
    """True when the marker line ``j`` opens its block and a headline follows it there (after one kicker
    or section label at most: "12.03.2026", "Energie", the title)."""
    if not opens_block(lines, j):
        return False
    group = lines[j].group
    k = j + 1
    while k < len(lines) and lines[k].group == group and lines[k].kind in (Kind.MARKER, Kind.AUTHOR):
        k += 1
    if (
        k + 1 < len(lines)
        and lines[k].group == group
        and lines[k].kind is Kind.TEXT
        and lines[k].shape is Shape.LABEL
    ):
        k += 1
    return k < len(lines) and lines[k].group == group and lines[k].shape is Shape.HEADLINE


def _assemble(doc: Document, lines: list[Line], story: Story) -> RawEntry:
    title_line = lines[story.title_at] if story.title_at is not None else None
    title = (title_line.title or title_line.text) if title_line else None
    title_key = fold(title) if title else None
    link = title_line.link if title_line else None
    dates: list[RawDate] = []
    updated: list[RawDate] = []
    authors: list[str] = []
    categories: list[str] = []
    section: str | None = None  # from section sources only: tags and topics are no section (ids use it)
    blocks: list[Block] = []
    images: list[Image] = []
    topics = 0  # categories that are topics and tags, not sections
    pending_heading: Line | None = None
    in_header = title_line is not None
    before_title = title_line is not None

    for k in story.lines:
        line = lines[k]
        line.story = story.index
        if k == story.title_at:
            line.role = "title"
            if line.section:
                categories.append(line.section)
                section = section or line.section
            if line.marker:
                dates.extend(line.marker.dates)
            before_title = False
            continue
        kind = line.kind
        marker = line.marker
        if marker is not None and (kind is Kind.MARKER or kind is Kind.AUTHOR or kind is Kind.HEADER):
            line.role = "author" if kind is Kind.AUTHOR else "marker"
            dates.extend(marker.dates)
            updated.extend(marker.updated)
            if marker.authors:
                authors.extend(a for a in marker.authors if a not in authors)
            if marker.section_names and categories and not authors:
                # "Tarım" above the title, then "Selin Aydoğdu | 3 saat önce": the label is the author.
                authors.extend(marker.section_names)
            elif marker.section:
                categories.append(marker.section)
                section = section or marker.section
            if marker.clock:
                story.clock = marker.clock
            continue
        if kind is Kind.TEXT and (
            before_title
            or (in_header and line.shape is Shape.LABEL and k == story.loose_section)
            or (story.title_at is not None and _label_under_markers(lines, story.title_at, k))
        ):
            line.role = "section" if line.shape is Shape.LABEL else "kicker"
            categories.append(line.text)
            section = section or line.text
            continue
        if k == story.loose_section:
            line.role = "section"
            categories.append(line.text)
            section = section or line.text
            continue
        if (
            kind is Kind.TEXT
            and title_key is not None
            and abs(len(line.text) - len(title_key)) <= 8  # cheap test before folding
            and fold(line.text) == title_key
        ):
            line.role = "repeated-title"
            continue
        if kind is Kind.TOPIC and line.topic:
            line.role = "topic"
            categories.append(line.topic)
            topics += 1
            continue
        if kind is Kind.TAGS:
            line.role = "tags"
            categories.extend(line.tags)
            topics += len(line.tags)
            continue
        if kind is Kind.CAPTION:
            line.role = "caption"
            images.append(Image(url=line.link, caption=line.text or None))
            continue
        if kind is Kind.SEP and line.link and link is None:
            link = line.link  # "[Read more](url)": the story's own address
        if kind is not Kind.TEXT:
            if not line.role:
                line.role = kind.value
            continue
        in_header = False
        if line.shape in (Shape.HEADLINE, Shape.LABEL):
            if pending_heading is not None:
                pending_heading.role = "dropped-heading"
            # A heading is a subheading only between paragraphs; above the
            # first one it is page furniture ("Latest News", a site name).
            pending_heading = line if blocks else None
            line.role = "dropped-heading"
            continue
        if pending_heading is not None:
            pending_heading.role = "subheading"
            blocks.append(Block("h", pending_heading.text))
            pending_heading = None
        line.role = "paragraph"
        blocks.append(Block("p", _excerpt_text(line.text)))
    if pending_heading is not None:
        pending_heading.role = "dropped-heading"
    if story.heading is not None and len(categories) == topics:  # no section of its own: its block's
        section = lines[story.heading].text
        categories.insert(0, section)

    first_line = (
        title_line.no
        if title_line
        else next((lines[k].no for k in story.lines if lines[k].role == "paragraph"), None)
    )
    return RawEntry(
        origin=Origin(doc.name, first_line, "text"),
        title=title,
        link=link,
        authors=tuple(authors),
        dates=tuple(dates),
        updated=tuple(updated),
        section=section,
        categories=tuple(dict.fromkeys(categories)),
        body=tuple(blocks),
        images=tuple(images),
    )


def _excerpt_text(text: str) -> str:
    """Return ``text`` with a trailing "[…]" made "…" (or dropped after a full sentence)."""
    match = _EXCERPT_END.search(text)
    if not match:
        return text
    head = text[: match.start()]
    return head if SENTENCE_DONE.search(head) else head + "…"


def _explain(lines: list[Line], total: int) -> list[str]:
    """Return one row per input line (``total`` of them): number, role, story, text, and why."""
    rows = []
    expected = 1
    for line in lines:
        for blank in range(expected, line.no):
            rows.append(f"{blank:>5}  {'blank':<18} {'-':>4}  ")
        expected = max(expected, line.no + 1)
        role = line.role or line.kind.value
        story = f"#{line.story + 1}" if line.story is not None else "-"
        why = f"  ({'; '.join(line.notes)})" if line.notes else ""
        rows.append(f"{line.no:>5}  {role:<18} {story:>4}  {line.text}{why}")
    for blank in range(expected, total + 1):
        rows.append(f"{blank:>5}  {'blank':<18} {'-':>4}  ")
    return rows
