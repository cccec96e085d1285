"""The text story-block parser: classified lines -> one RawEntry per story.

Classification is :mod:`feedmaker.parse.lines`; this module finds the stories.
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
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date, datetime, tzinfo
from itertools import islice

from ..dates import parse_clock
from ..model import Block, Image, Origin, RawDate, RawEntry
from ..read import Document
from ..textutil import fold
from .lines import Kind, Line, alone, classify_all, opens_block
from .profiles import Profile
from .result import ParseResult
from .rules import compile_profile
from .shapes import DIGIT, Context, Shape

# A pattern that starts with a plain character range (no \b, no group, ASCII digits) lets the
# regex engine skip ahead to the next digit in C; otherwise it tries every position of the
# page (2.5 times slower on a large one). The character before a match is checked in code.
_NUMERIC_DATE = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-](?:[0-9]{4}|[0-9]{2})\b")
_DATE_PARTS = re.compile(r"[./-]")
_EXCERPT_END = re.compile(r"\s*\[\s*(?:…|\.\.\.)\s*\]$")  # WordPress's " […]"
_SENTENCE_DONE = re.compile(r"[.!?][\"”’»)]*$")
_MARKER_SCAN = 8  # non-blank lines a title looks ahead for its confirming markers
_MASTHEAD_LINES = 6  # text lines a masthead may hold: a name, a tagline, a menu or two
_TAGLINE = 160  # characters: the longest tagline or greeting a masthead may hold


@dataclass(slots=True)
class _Story:
    """A story being assembled (internal and mutable; becomes a frozen RawEntry)."""

    index: int
    title_at: int | None
    lines: list[int] = field(default_factory=list)
    loose_section: int | None = None
    closed: bool = False  # ended by a separator line
    clock: str | None = None  # a bare time of day its markers gave ("Posted by A at 8:05 PM")
    heading: int | None = None  # the block heading above it ("Local News" over several stories)


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
    _title_lists(lines, titles)
    top = _masthead_end(lines, titles)
    if top:
        titles = [t for t in titles if t >= top]
    stories = _segment(lines, titles, top)
    _check_loose_sections(lines, stories)
    _block_headings(lines, stories)
    entries = _timed_by_day(stories, [_assemble(doc, lines, story) for story in stories], ctx)
    for _ in range(_footer_stories(stories, entries, lines)):
        for k in stories.pop().lines:
            lines[k].role, lines[k].story = "footer", None
        entries.pop()
    kept = tuple(_consistent(entries, lines))
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
        reason = _confirmed(lines, i, key)
        if reason:
            titles.append(i)
            line.notes += (reason,)
            last_key = key
    return titles


_RANK = re.compile(r"^#?[0-9]{1,2}[.)]?\s+")  # "1. ", "#1 ", "2  ": a place in a ranking
_LIST_ITEMS = 3  # lines under its heading that make a block a list


def _title_lists(lines: list[Line], titles: list[int]) -> None:
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
_NUMBER_GROUP = re.compile(r"[0-9]+")
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
    return text[0].isdigit() and len(_NUMBER_GROUP.findall(text)) >= 2


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


def _masthead_end(lines: list[Line], titles: list[int]) -> int:
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
        start = _header_start(lines, first if lines[first].kind is Kind.HEADER else titles[k], False)[0]
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
    for i, line in enumerate(islice(lines, start)):
        if line.kind is Kind.TEXT:
            if line.shape is Shape.PROSE and _notice(lines, i):
                continue  # a cookie notice over its buttons: furniture, whatever its length
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
    return bool(rest) and all(_is_prose(ln) and _SENTENCE_DONE.search(ln.text) for ln in rest)


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


# -- 2 and 3. story spans --------------------------------------------------------------------------


def _header_start(
    lines: list[Line], t: int, dates_lead: bool, titled: frozenset[int] = frozenset()
) -> tuple[int, int | None]:
    """Return the first line of title ``t``'s story, and the line of a loose section label if any."""
    start = t
    group = lines[t].group
    j = t - 1
    while j >= 0 and lines[j].group == group:
        line = lines[j]
        kicker = line.kind is Kind.TEXT and line.shape is Shape.LABEL
        marker = line.kind in (Kind.MARKER, Kind.AUTHOR)
        if not (kicker or marker or line.kind is Kind.CHROME):
            break
        if (
            marker
            and not dates_lead
            and j > 0
            and lines[j - 1].group == group
            and ((lines[j - 1].kind is Kind.TEXT and lines[j - 1].shape is Shape.PROSE) or (j - 1) in titled)
        ):
            break  # a date line closing the block (or the title) above belongs to the story above
        start = j
        j -= 1
    if start != t and any(lines[k].kind is Kind.CHROME for k in range(start, t)):
        # Chrome right above a title is not part of the story: start after it. Labels above a menu or a
        # breadcrumb (a site name over its menu) are the masthead's, not kickers, unless a date or byline is
        # among them; a kicker above a badge ("INTERVIEW", "Premium") stays the story's.
        last = max(k for k in range(start, t) if lines[k].kind is Kind.CHROME)
        if _navigation(lines[last]) and not any(
            lines[k].kind in (Kind.MARKER, Kind.AUTHOR) for k in range(start, last)
        ):
            start = last + 1
        while lines[start].kind is Kind.CHROME:
            start += 1
    j = start - 1
    if j >= 0 and lines[j].group != lines[start].group:  # separated by at least one blank line
        line = lines[j]
        alone = (j == 0 or lines[j - 1].group != line.group) and line.kind is Kind.TEXT
        if alone and line.shape is Shape.LABEL:
            return j, j
    return start, None


def _navigation(line: Line) -> bool:
    """True for a chrome line that is a menu or a breadcrumb."""
    return any(note.startswith(("menu", "breadcrumb")) for note in line.notes)


def _segment(lines: list[Line], titles: list[int], top: int = 0) -> list[_Story]:
    """Return the stories of the page, in order; the first ``top`` lines are its masthead."""
    dates_lead = _dates_lead(lines, titles)
    starts: dict[int, tuple[int, int | None]] = {}
    title_set = frozenset(titles)  # built once: per title it made segmenting quadratic
    for t in titles:
        start, loose = _header_start(lines, t, dates_lead, title_set)
        if start < top:  # nothing of the masthead belongs to the first story
            start, loose = top, None
        starts[start] = (t, loose)
    has_separators = any(line.kind is Kind.SEP for line in islice(lines, top, None))
    stories: list[_Story] = []
    current: _Story | None = None
    closed: _Story | None = None  # the story a separator just ended
    orphans: list[int] = []
    skipping = False

    def flush(by_separator: bool) -> None:
        if not orphans:
            return
        if by_separator:
            _add_untitled(stories, orphans, lines)
        elif not titles and not has_separators:
            by_group: dict[int, list[int]] = {}
            for k in orphans:
                by_group.setdefault(lines[k].group, []).append(k)
            for members in by_group.values():
                _add_untitled(stories, members, lines)
        for k in orphans:
            if lines[k].story is None and not lines[k].role:
                lines[k].role = "outside-stories"
        orphans.clear()

    untitled_starts = _dated_groups(lines, titles) if dates_lead else set()
    for i, line in enumerate(lines):
        if i < top:
            line.role = "masthead"
            if i == 0:
                line.notes += ("the page's masthead, above its first dated story",)
            continue
        if i in starts:
            flush(by_separator=False)
            t, loose = starts[i]
            current = _Story(index=len(stories), title_at=t, loose_section=loose)
            stories.append(current)
            skipping = False
        elif i in untitled_starts:
            flush(by_separator=False)
            current = _Story(index=len(stories), title_at=None)
            stories.append(current)
            skipping = False
        if line.kind is Kind.SEP:
            if current is not None:
                current.lines.append(i)
                current.closed = True
                closed, current = current, None
            else:
                flush(by_separator=True)
                closed = stories[-1] if stories and stories[-1].lines and stories[-1].lines[-1] < i else None
            line.role = "separator"
            skipping = False
            continue
        if (
            closed is not None
            and current is None
            and line.kind in (Kind.MARKER, Kind.TAGS)
            and line.group == lines[closed.lines[-1]].group
        ):
            # "Posted in Outdoors | Leave a comment" or "Tags: a, b" under "Continue reading":
            # the meta line of the story the separator closed.
            closed.lines.append(i)
            continue
        closed = None
        if line.kind is Kind.WIDGET:
            current = None
            flush(by_separator=False)
            line.role = "list-heading"
            skipping = True
        elif current is not None:
            current.lines.append(i)
        elif skipping:
            if not line.role:
                line.role = "after-list-heading"
        else:
            orphans.append(i)
    flush(by_separator=False)
    return stories


def _dated_groups(lines: list[Line], titles: list[int]) -> set[int]:
    """Return the first lines of blocks that open with a date and hold text but no title (a live ticker's
    untitled entries, on a page whose dates lead its stories)."""
    titled_groups = {lines[t].group for t in titles}
    starts = set()
    for i, line in enumerate(lines):
        if not opens_block(lines, i) or line.kind is not Kind.MARKER or line.group in titled_groups:
            continue
        if line.marker is None or not (line.marker.dates or line.marker.updated):
            continue
        j = i + 1
        while j < len(lines) and lines[j].group == line.group:
            if lines[j].kind is Kind.TEXT and lines[j].shape is Shape.PROSE:
                starts.add(i)
                break
            j += 1
    return starts


def _dates_lead(lines: list[Line], titles: list[int]) -> bool:
    """True when this page prints dates above titles and never below them.

    Titles with nothing but markers under them (a live blog's headline and
    byline above its "Key events" list) are no story's and say nothing here.
    """
    # The first title decides: a date line closing the block above a later
    # title may close the previous story, but nothing precedes the first story.
    title_set = set(titles)
    titles = [t for t in titles if not _bodyless(lines, t, title_set)]
    below = 0
    for t in titles:
        j = t + 1
        while j < len(lines) and lines[j].kind is Kind.CHROME:
            j += 1
        below += j < len(lines) and lines[j].kind is Kind.MARKER
    first = titles[0] if titles else 0
    return below == 0 and first > 0 and lines[first - 1].kind is Kind.MARKER


def _bodyless(lines: list[Line], t: int, titles: set[int]) -> bool:
    """True when title ``t`` has only markers and chrome under it, then a list heading, a title or the end."""
    j = t + 1
    while j < len(lines) and lines[j].kind in (Kind.MARKER, Kind.AUTHOR, Kind.CHROME):
        j += 1
    return j == len(lines) or j in titles or lines[j].kind is Kind.WIDGET


def _add_untitled(stories: list[_Story], members: list[int], lines: list[Line]) -> None:
    if any(lines[k].kind is Kind.TEXT and lines[k].shape is not Shape.LABEL for k in members):
        stories.append(_Story(index=len(stories), title_at=None, lines=list(members)))


def _check_loose_sections(lines: list[Line], stories: list[_Story]) -> None:
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


def _block_headings(lines: list[Line], stories: list[_Story]) -> None:
    """Give each story without a section label of its own the label standing above an earlier story.

    A home page groups its stories under block headings ("Local News", three stories, "Sports", one):
    the heading stands alone above the first story of its block only, and names the section of every
    story down to the next heading. A list heading ("Trending") ends the block.
    """
    heading: int | None = None
    end = 0  # the line after the previous story
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


# -- assembly -------------------------------------------------------------------------------------------


def _assemble(doc: Document, lines: list[Line], story: _Story) -> RawEntry:
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
            before_title or (in_header and line.shape is Shape.LABEL and k == story.loose_section)
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


def _timed_by_day(stories: list[_Story], entries: list[RawEntry], ctx: Context) -> list[RawEntry]:
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


def _footer_stories(stories: list[_Story], entries: list[RawEntry], lines: list[Line]) -> int:
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
    return any(c.isalpha() for c in text) or len(_NUMBER_GROUP.findall(text)) >= 2


def _trailing_footer(stories: list[_Story], entries: list[RawEntry]) -> bool:
    """True when the last "story" is the page footer: every other titled story is dated and closed by a
    separator, and this one, after the last separator, has neither a date nor a separator of its own."""
    titled = [(s, e) for s, e in zip(stories, entries, strict=True) if s.title_at is not None]
    if len(titled) < 3 or titled[-1][0] is not stories[-1]:
        return False
    *others, (last, last_entry) = titled
    pattern = all(s.closed and e.dates for s, e in others)
    return pattern and not last.closed and not last_entry.dates and not last_entry.updated


def _consistent(entries: list[RawEntry], lines: list[Line]) -> list[RawEntry]:
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


def _excerpt_text(text: str) -> str:
    """Return ``text`` with a trailing "[…]" made "…" (or dropped after a full sentence)."""
    match = _EXCERPT_END.search(text)
    if not match:
        return text
    head = text[: match.start()]
    return head if _SENTENCE_DONE.search(head) else head + "…"


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
