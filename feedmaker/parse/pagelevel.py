"""Page-level judgement for the text story finder (:mod:`feedmaker.parse.text`).

Passes that look at the whole page rather than at one story, in the order the
cascade applies them: which way numeric dates read (day or month first); which
blocks are lists of headlines ("Trending"); how many lines at the top are the
page's masthead; whether loose section labels are sections; block headings over
several stories; bare times of day set on the day printed above them; the footer
below the last pager or after the last separator; and the final consistency
checks (titles without text, a lone story's breadcrumb section).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date
from itertools import islice

from ..dates import parse_clock
from ..model import RawDate, RawEntry
from ..textutil import fold
from .lines import Kind, Line, alone, opens_block
from .shapes import Context, Shape
from .spans import Story, header_start

# A pattern that starts with a plain character range (no \b, no group, ASCII digits) lets the
# regex engine skip ahead to the next digit in C; otherwise it tries every position of the
# page (2.5 times slower on a large one). The character before a match is checked in code.
_NUMERIC_DATE = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{4}|[0-9]{2})\b")
_DATE_PARTS = re.compile(r"[./-]")
SENTENCE_DONE = re.compile(r"[.!?][\"”’»)]*$")
NUMBER_GROUP = re.compile(r"[0-9]+")
_MASTHEAD_LINES = 6  # text lines a masthead may hold: a name, a tagline, a menu or two
_TAGLINE = 160  # characters: the longest tagline or greeting a masthead may hold


def page_dayfirst(text: str, default: bool | None) -> bool | None:
    """Return whether the page writes numeric dates day first, from its unambiguous ones.

    Returns True when some date has a first number above 12 (27/02/2025),
    False when some has a second number above 12, else ``default``.
    """
    first = second = False
    for m in _NUMERIC_DATE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # inside a longer number or word ("123/4/2025"), as \b would have refused
        a, b = (int(part) for part in _DATE_PARTS.split(m[0], 2)[:2])
        first = first or (a > 12 >= b)
        second = second or (b > 12 >= a)
    if first != second:
        return first
    return default


# -- list headings ------------------------------------------------------------------------------------


_RANK = re.compile(r"^#?[0-9]{1,2}[.)]?\s+")  # "1. ", "#1 ", "2  ": a place in a ranking
_LIST_ITEMS = 3  # lines under its heading that make a block a list


def title_lists(lines: list[Line], titles: list[int]) -> None:
    """Make a block that lists headlines, one of them a story title of this page, a list heading and its
    items ("Pilihan Pembaca", "#1 TITLE", "#2 …": a most-read box in any language): it ends the story
    above, and its headlines are no text of any story.

    The block has no title of its own and no paragraph: a heading and three headlines or more.
    """
    if len(titles) < 2:
        return
    titled = {lines[t].group for t in titles}
    blocks: list[list[Line]] = []  # the candidates: untitled blocks of short lines only
    start, count = 0, len(lines)
    while start < count:
        group = lines[start].group
        end = start + 1
        while end < count and lines[end].group == group:
            end += 1
        if (
            end - start > _LIST_ITEMS
            and group not in titled
            and all(ln.kind is Kind.TEXT and ln.shape is not Shape.PROSE for ln in islice(lines, start, end))
        ):
            blocks.append(lines[start:end])
        start = end
    if not blocks:
        return
    keys = {fold(lines[t].title or lines[t].text) for t in titles}
    for block in blocks:
        if any(fold(_RANK.sub("", ln.text, count=1)) in keys for ln in block[1:]):
            block[0].kind, block[0].notes = Kind.WIDGET, (*block[0].notes, "heads a list repeating a title")
            for ln in block[1:]:
                ln.kind = Kind.RELATED_ITEM


# -- the masthead -------------------------------------------------------------------------------------


def masthead_end(lines: list[Line], titles: list[int]) -> int:
    """Return how many lines at the top of the page are its masthead, or 0.

    A blog or a newsletter opens with its name, a tagline or a greeting and a menu, above its first
    story that has a date or a byline; the name looks like a title and the tagline like its text, but
    they are no story. The lines above that first dated story are a masthead when the page dates its
    stories (two date or byline lines at least) and those lines hold no more than a name, a menu and
    one short paragraph: nothing a story has (a date, a byline, an image, a "read more" ending one).
    Without a menu or a breadcrumb among them, a title over a teaser that ends like a sentence is an
    undated lead story, and the page has no masthead.
    """
    dated = (i for i, line in enumerate(lines) if _dated(line) and not _page_date(lines, i))
    first, second = next(dated, None), next(dated, None)
    if first is None or second is None:
        return 0
    k = bisect_left(titles, first) - 1  # the last title above that date
    if lines[first].kind is Kind.HEADER or (
        k >= 0 and not any(_is_prose(lines[j]) for j in range(titles[k] + 1, first))
    ):
        # The date or byline of a title above it (or glued to one): the story starts at that title.
        start = header_start(lines, first if lines[first].kind is Kind.HEADER else titles[k], False)[0]
    elif opens_block(lines, first):
        # A day heading over the text of its story (Blogger), unless it stands alone: then it may be
        # the date that closes the story above it.
        start = first
        if not any(ln.kind is Kind.TEXT for ln in _block_after(lines, first)):
            return 0
    else:  # the date that closes its block: the block is the first dated story
        start = first
        while start > 0 and lines[start - 1].group == lines[first].group:
            start -= 1
    label = lines[start - 1] if start else None
    if (
        label is not None
        and label.kind is Kind.TEXT
        and label.shape is Shape.LABEL
        and alone(lines, start - 1)
    ):
        start -= 1  # a section label standing alone above the story may be its section: it stays
    texts = prose = 0
    navigation = False  # a menu or a breadcrumb: only a masthead holds one above the first story
    titled = set(titles)
    buttons = -1  # the row of buttons under a cookie notice ("Accepter alle   Kun nødvendige")
    for i, line in enumerate(islice(lines, start)):
        if line.kind is Kind.TEXT:
            if line.shape is Shape.PROSE and _notice(lines, i):
                buttons = i + 1
                continue  # a cookie notice over its buttons: furniture, whatever its length
            if i == buttons and line.group == lines[i - 1].group and len(line.columns) >= 2:
                continue  # its buttons are furniture too, not a line of the masthead's text
            texts += 1
            prose += line.shape is Shape.PROSE
            if line.shape is Shape.PROSE and len(line.text) > _TAGLINE:
                return 0
        elif line.kind is Kind.SEP:
            if line.text[0].isalpha():
                return 0  # "Continue reading": a story ended here
        elif line.kind is Kind.CHROME:
            navigation = navigation or any(n.startswith(_NAVIGATION) for n in line.notes)
        elif not _page_date(lines, i):
            return 0
    if not 0 < texts <= _MASTHEAD_LINES or prose > 1:
        return 0
    # Without a menu or a breadcrumb, a title over a teaser that ends like a sentence, and nothing else in
    # its block, is an undated lead story ("Mayor resigns", "The mayor stepped down on Monday."), not a
    # site's name over its tagline.
    if not navigation and any(i in titled and _lead_story(lines, i) for i in range(start)):
        return 0
    return start


_NAVIGATION = ("menu", "breadcrumb", "site chrome", "pagination")  # the notes of chrome that navigates


def _lead_story(lines: list[Line], t: int) -> bool:
    """True when title ``t`` was confirmed by a paragraph in its block that ends like a sentence (an
    undated lead story over the dated ones: "Mayor resigns", "The mayor stepped down on Monday.")."""
    if "title: a paragraph follows in the same block" not in lines[t].notes:
        return False
    rest = _block_after(lines, t)
    return bool(rest) and all(_is_prose(ln) and SENTENCE_DONE.search(ln.text) for ln in rest)


def _page_date(lines: list[Line], i: int) -> bool:
    """True for the page's own date in its masthead ("Thursday, 12 March 2026" between the site's name and
    its menu): a date alone, with no time, right above chrome or a row of links in its block."""
    line = lines[i]
    marker = line.marker
    if line.kind is not Kind.MARKER or marker is None or marker.authors or len(marker.dates) != 1:
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return (
        marker.dates[0].date_only
        and nxt is not None
        and nxt.group == line.group
        and (nxt.kind is Kind.CHROME or len(nxt.columns) >= 2)  # a menu, or a row of links ("Masuk   Daftar")
    )


def _notice(lines: list[Line], i: int) -> bool:
    """True for a paragraph right above a row of buttons in its block (a cookie or consent notice over
    "Accept   Reject"): chrome of a few words, or buttons of two words at most standing in columns (in a
    language no profile knows: "Kabul Et   Reddet"); or one that names cookies."""
    if "cookie" in lines[i].text.lower():
        return True  # the word is the same in most languages ("cookie-uri", "soubory cookie", "cookies")
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.group != lines[i].group:
        return False
    if nxt.kind is not Kind.CHROME:
        return 2 <= len(nxt.columns) <= 3 and all(c.count(" ") <= 1 for c in nxt.columns)
    return bool(nxt.columns) or nxt.text.count(" ") < 4


def _dated(line: Line) -> bool:
    """True for a line that gives a date or a byline."""
    if line.kind is Kind.AUTHOR:
        return True
    marker = line.marker
    return (
        line.kind in (Kind.MARKER, Kind.HEADER)
        and marker is not None
        and bool(marker.dates or marker.updated or marker.authors)
    )


def _is_prose(line: Line) -> bool:
    return line.kind is Kind.TEXT and line.shape is Shape.PROSE


def _block_after(lines: list[Line], i: int) -> list[Line]:
    """Return the lines after ``i`` in its block."""
    group = lines[i].group
    j = i + 1
    while j < len(lines) and lines[j].group == group:
        j += 1
    return lines[i + 1 : j]


# -- sections over stories ----------------------------------------------------------------------------


def check_loose_sections(lines: list[Line], stories: list[Story]) -> None:
    """Keep labels a blank line above their title only where the page's layout says they are sections.

    They are when most titled stories have one, or when the label follows a
    separator ("Continue Reading", blank, "World", blank, title).
    """
    titled = [s for s in stories if s.title_at is not None]
    loose = [s for s in titled if s.loose_section is not None]
    if len(loose) >= 2 and len(loose) * 2 >= len(titled):
        return
    for story in loose:
        assert story.loose_section is not None
        previous = story.loose_section - 1
        if previous >= 0 and lines[previous].kind is Kind.SEP:
            continue
        lines[story.loose_section].role = "page-label"
        story.lines.remove(story.loose_section)
        story.loose_section = None


def block_headings(lines: list[Line], stories: list[Story]) -> None:
    """Give each story without a section label of its own the label standing above an earlier story.

    A home page groups its stories under block headings ("Local News", three stories, "Sports", one):
    the heading stands alone above the first story of its block only, and names the section of every
    story down to the next heading. A list heading ("Trending") ends the block.
    """
    _spread_headings(lines, stories, None, 0)


def _spread_headings(lines: list[Line], stories: list[Story], heading: int | None, end: int) -> None:
    """Set ``heading`` (a line, or None) as the heading of each titled story from line ``end`` on, a
    story's own loose section label taking over from there, until a list heading ends it."""
    for story in stories:
        if not story.lines:
            continue
        first = story.lines[0]
        if heading is not None and any(lines[k].kind is Kind.WIDGET for k in range(end, first)):
            heading = None
        if story.loose_section is not None:
            heading = story.loose_section
        elif heading is not None and story.title_at is not None:
            story.heading = heading
        end = story.lines[-1] + 1


def page_heading(lines: list[Line], stories: list[Story]) -> None:
    """Give each titled story without a section the page's own heading over the listing ("Economía" and its
    description line, a blank, then the stories): a category page names the section of all its stories.

    The heading is the block right above the first story, outside every story: a label and at most one
    line of text under it. A list heading ("Trending") or any chrome in that block is no such heading.
    """
    first = next((s for s in stories if s.lines and s.title_at is not None), None)
    if first is None or first is not stories[0] or first.heading is not None:
        return
    if any(s.loose_section is not None or s.heading is not None for s in stories):
        return  # the page groups its stories under block headings of its own (block_headings)
    end = first.lines[0]  # the heading's block ends on the line before the first story's
    if end == 0 or not opens_block(lines, end):
        return
    start = end - 1
    while start > 0 and lines[start - 1].group == lines[end - 1].group:
        start -= 1
    block = lines[start:end]
    head = block[0]
    if (
        len(block) > 2
        or head.kind is not Kind.TEXT
        or head.shape is not Shape.LABEL
        or any(ln.kind is not Kind.TEXT for ln in block)
    ):
        return
    _spread_headings(lines, stories, start, end)  # a list heading ("Trending") ends the listing it names


# -- after assembly: times, footers, consistency --------------------------------------------------------


def timed_by_day(stories: list[Story], entries: list[RawEntry], ctx: Context) -> list[RawEntry]:
    """Return ``entries`` with each bare time of day ("Posted by A at 8:05 PM") set on its day.

    Blogger prints the day once, as a heading over all of that day's posts, and the time under each
    post. The day is the story's own when it printed only a day, else the last day printed above it
    on the page; a time with no day above it stays unused (it is not today's).
    """
    if not any(story.clock for story in stories):
        return entries
    day: date | None = None
    out = []
    for story, entry in zip(stories, entries, strict=True):
        own = next((d.value for d in entry.dates if d.date_only and d.value is not None), None)
        if own is not None:
            day = own.date()
        if story.clock and day is not None and all(d.date_only for d in entry.dates):
            found = parse_clock(story.clock, now=ctx.now, zone=ctx.zone, on=day)
            if found is not None:
                timed = RawDate(story.clock, found.value, found.source, False)
                entry = replace(entry, dates=(*entry.dates, timed))
        out.append(entry)
    return out


def footer_stories(stories: list[Story], entries: list[RawEntry], lines: list[Line]) -> int:
    """Return how many of the last "stories" are the page's footer (a contact box, a sidebar), or 0.

    They are when every story above them is dated and they are not: either the last one, after the last
    separator on a page whose stories all end with one; or all of those below the last pager ("Previous
    1 2 3 Next"), which ends a listing.
    """
    if _trailing_footer(stories, entries):
        return 1
    pager = next(
        (i for i in range(len(lines) - 1, -1, -1) if lines[i].kind is Kind.CHROME and _real_pager(lines[i])),
        None,
    )
    if pager is None:
        return 0
    below = sum(1 for s in stories if s.lines and s.lines[0] > pager)
    above = len(stories) - below
    if not below or above < 2:
        return 0
    if all(e.dates or e.updated for e in entries[:above]) and not any(
        e.dates or e.updated for e in entries[above:]
    ):
        return below
    return 0


def _real_pager(line: Line) -> bool:
    """True for a pager line: "Page 2 of 9", pagination words ("Older posts", "Next »"), or two page numbers
    or more ("1 2 3"). A bare number ("1", "2026") is chrome too, but no pager: a score, a year heading."""
    if not any(note.startswith("pagination") for note in line.notes):
        return False
    text = line.text
    return any(c.isalpha() for c in text) or len(NUMBER_GROUP.findall(text)) >= 2


def _trailing_footer(stories: list[Story], entries: list[RawEntry]) -> bool:
    """True when the last "story" is the page footer: every other titled story is dated and closed by a
    separator, and this one, after the last separator, has neither a date nor a separator of its own."""
    titled = [(s, e) for s, e in zip(stories, entries, strict=True) if s.title_at is not None]
    if len(titled) < 3 or titled[-1][0] is not stories[-1]:
        return False
    *others, (last, last_entry) = titled
    pattern = all(s.closed and e.dates for s, e in others)
    return pattern and not last.closed and not last_entry.dates and not last_entry.updated


def consistent(entries: list[RawEntry], lines: list[Line]) -> list[RawEntry]:
    """Apply page-level judgement to the assembled stories.

    A title without any text, on a page where most stories have text, is a
    masthead or a widget line, not a story. A page holding one story takes the
    section its breadcrumb names ("Home › Environment").
    """
    entries = [e for e in entries if e.title or e.body]
    with_text = sum(1 for e in entries if e.body)
    if with_text * 3 >= len(entries) * 2:
        entries = [e for e in entries if e.body]
    if len(entries) == 1 and entries[0].section is None:
        crumb = next((ln.section for ln in lines if ln.section and "breadcrumb" in ln.notes), None)
        if crumb:
            entries = [replace(entries[0], section=crumb, categories=(crumb, *entries[0].categories))]
    return entries
