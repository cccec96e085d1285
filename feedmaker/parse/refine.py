"""The second pass of the line classifier: lines whose kind only their neighbours reveal.

:mod:`feedmaker.parse.lines` classifies each line on its own (pass 1); :func:`refine` looks at the
lines around it (pass 2: image groups, related lists, promo and sponsor boxes, comment counters, bare
bylines, counted lists, repeated "read more" lines, wrapped lines joined), and :func:`classify_all`
runs both. The rules are listed in :mod:`feedmaker.parse.lines`'s docstring.
"""

from __future__ import annotations

import re

from .chrome import PROMO, SPONSOR
from .lines import Kind, Line, alone, classify, opens_block, set_kind, split_lines
from .markers import Marker, parse_names, person_names
from .rules import Rules
from .shapes import SENTENCE_ENDS, Context, Shape, shape_of

_FORM_HINTS = (
    "mail",
    "courriel",
)  # a sign-up form asks for an address ("Your work e-mail", "Escribe tu email")
_SIGNUP_BOX = 4  # lines: a newsletter's name, its pitch, the form (and a privacy note)


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
                set_kind(lines[j], Kind.RELATED_ITEM, f"listed under {line.text!r}")
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
            set_kind(line, Kind.CAPTION, "caption of an empty embed (after two blank lines)")
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
            set_kind(lines[i], Kind.CHROME, "an item of a list with counts (archive, categories)")
        heading = lines[run[0] - 1] if run[0] else None
        if (
            heading is not None
            and heading.group == lines[run[0]].group
            and heading.kind is Kind.TEXT
            and heading.shape is Shape.LABEL
        ):
            set_kind(heading, Kind.WIDGET, "heads a list with counts")


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
            set_kind(line, Kind.SEP, "repeated under three stories or more: ends a story")


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
        set_kind(lines[i + 1], Kind.CAPTION, "caption after the image label")
    taken = 0
    j = i - 1
    while j >= 0 and taken < 2 and lines[j].group == group and lines[j].kind in (Kind.TEXT, Kind.CAPTION):
        if taken == 1 and lines[j].shape is Shape.PROSE:
            break
        set_kind(lines[j], Kind.ALT, "image alt text before the image label")
        taken += 1
        j -= 1


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
            set_kind(line, Kind.CHROME, "inside a sponsor's box")


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
                    set_kind(ln, Kind.CHROME, "inside a promo box")


_FIELDS = (" | ", " · ", " • ")  # a line of fields (a byline and a date) is no wrapped sentence's end


def _join_wrapped(lines: list[Line]) -> None:
    """Join hard-wrapped lines back into one: a long line without a final stop followed by a lower-case
    start that is no line of fields; and, on a page saved by a text browser (most long lines end near one
    width), any full-width line followed by more text of its block.

    Each test looks at the last physical line of a run, not at the text joined so far (which is always
    "long"), and a run is joined and shaped once: one pass, linear in the page.
    """
    width = wrap_width(lines)
    kept: list[Line] = []
    pieces: list[str] = []
    tail: Line | None = None  # the last physical line of the run that kept[-1] heads
    for line in lines:
        head = kept[-1] if kept else None
        if (
            head is not None
            and tail is not None
            and _wraps_into(tail, line, width)
            and head.group == line.group
        ):
            pieces.append(line.text)
            head.notes += (f"joined with wrapped line {line.no}",)
            tail = line
            continue
        _close_run(kept, pieces)
        kept.append(line)
        pieces = [line.text]
        tail = line if line.kind is Kind.TEXT else None
    _close_run(kept, pieces)
    lines[:] = kept


_LIST_ITEM = re.compile(r"\d{1,3}[.)]\s")


def _wraps_into(a: Line, b: Line, width: int | None) -> bool:
    """True when text line ``b`` continues text line ``a`` (both physical lines)."""
    if b.kind is not Kind.TEXT or _LIST_ITEM.match(b.text):
        return False  # "12. https://…" (a text browser's list of links): a new item, never a continuation
    wrapped = (
        a.shape is not Shape.PROSE
        and len(a.text) >= 40
        and b.text[:1].islower()
        and not any(sep in b.text for sep in _FIELDS)  # "de Ana Pop | 9 martie": a meta line
    )
    return wrapped or (width is not None and len(a.text) >= width - 14)


def _close_run(kept: list[Line], pieces: list[str]) -> None:
    if len(pieces) > 1:
        head = kept[-1]
        head.text = " ".join(pieces)
        head.shape = shape_of(head.text)


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


__all__ = ["classify_all", "refine", "wrap_width"]
