"""Story spans: where each story of a text page starts and ends.

Steps 2 and 3 of the cascade in :mod:`feedmaker.parse.text`.

A story starts at its title, or above it over a kicker, a date line or a loose section label; it ends at
a separator, at a list heading, or where the next story starts. Blocks between separators, and blocks
that open with a date on a page whose dates lead, are stories without titles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice

from .lines import Kind, Line, opens_block
from .shapes import Shape


@dataclass(slots=True)
class Story:
    """A story being assembled (internal and mutable; becomes a frozen RawEntry)."""

    index: int
    title_at: int | None
    lines: list[int] = field(default_factory=list)
    loose_section: int | None = None
    closed: bool = False  # ended by a separator line
    clock: str | None = None  # a bare time of day its markers gave ("Posted by A at 8:05 PM")
    heading: int | None = None  # the block heading above it ("Local News" over several stories)


def header_start(
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


def segment(lines: list[Line], titles: list[int], top: int = 0) -> list[Story]:
    """Return the stories of the page, in order; the first ``top`` lines are its masthead."""
    dates_lead = _dates_lead(lines, titles)
    starts: dict[int, tuple[int, int | None]] = {}
    title_set = frozenset(titles)  # built once: per title it made segmenting quadratic
    for t in titles:
        start, loose = header_start(lines, t, dates_lead, title_set)
        if start < top:  # nothing of the masthead belongs to the first story
            start, loose = top, None
        starts[start] = (t, loose)
    has_separators = any(line.kind is Kind.SEP for line in islice(lines, top, None))
    stories: list[Story] = []
    current: Story | None = None
    closed: Story | None = None  # the story a separator just ended
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
            current = Story(index=len(stories), title_at=t, loose_section=loose)
            stories.append(current)
            skipping = False
        elif i in untitled_starts:
            flush(by_separator=False)
            current = Story(index=len(stories), title_at=None)
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


def _add_untitled(stories: list[Story], members: list[int], lines: list[Line]) -> None:
    if any(lines[k].kind is Kind.TEXT and lines[k].shape is not Shape.LABEL for k in members):
        stories.append(Story(index=len(stories), title_at=None, lines=list(members)))
