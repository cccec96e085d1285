"""Date and byline marker lines: "Published 3 hours ago", "By A and B", "March 4 · Transport".

A marker line is understood whole or not at all (:func:`parse_marker`): free
text that merely contains a date is never a marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import parse_clock, parse_date
from ..model import RawDate
from ..textutil import fold
from .rules import Rules, alternation
from .shapes import DIGIT, Context, Shape, first_word, shape_of

_NAMES_THEN_DATE = re.compile(
    r"^(?P<names>.+?)(?:\s+(?:on|at|le|am|el|em|op|il)\s+|\s*,\s+)(?P<date>[^,]*\d.*)$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Marker:
    """What a marker line says: dates, authors, a section, and what a bare label waits for."""

    dates: tuple[RawDate, ...] = ()
    updated: tuple[RawDate, ...] = ()
    authors: tuple[str, ...] = ()
    section: str | None = None
    expects_author: bool = False
    clock: str | None = None  # a time of day whose day is printed elsewhere: "Posted by A at 8:05 PM"
    # The names the section label reads as ("Selin Aydoğdu | 3 saat önce"): a story with a section of its
    # own (a kicker above its title) takes them as its authors (parse/text.py).
    section_names: tuple[str, ...] = ()


# A capitalised word, an initial, or a run of CJK ideographs, kana or hangul ("田中健一", "김철수"): those
# scripts have no capitals, and a byline label ("記者：") is what says a name follows.
_NAME_REST = re.compile(r"[\w'’.\-]*")
_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,8}")
_NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "zu",
        "la",
        "le",
        "du",
        "di",
        "bin",
        "al",
        "el",
        "ter",
        "ten",
        "st.",
        "mac",
    ]
)
_EXPLICIT_CLOCK = re.compile(
    r"uhr|\d\s*h\b|[ap]\.?m\b|\b(?:ET|CT|MT|PT|UTC|GMT|[A-Z]{2,4}T)\b", re.IGNORECASE
)
MARKER_MAX = 160  # longest line that can be a date/byline marker
_MARKER_CHARS = frozenset("|•·—–")
_LABELLED_DATE = re.compile(
    r"^[^\W\d_][\w'’-]*(?:\s[^\W\d_][\w'’-]*)?\s?[:：]\s*(?P<date>\S.*)$"
)  # "Label: DATE"
_FIELD = re.compile(r"^[^\W\d_][\w'’-]*\s?[:：]\s*\S")  # "Label: value", one word before the colon
_MARKER_SPLIT = re.compile(r"\s+[|•·—–]\s+")  # "By A · 2 hours ago", "Par A — il y a 2 heures"
# Word stems of copyright lines and promos: substring tests are far cheaper than a
# case-insensitive regular expression, and the exact patterns run only on a hit.


def parse_marker(text: str, rules: Rules, ctx: Context) -> Marker | None:
    """Return what a date/byline marker line says, or None when ``text`` is not one.

    The whole line must be understood: every part between " · " or " | " must be
    a bare marker word, a date (after optional marker words), a byline, a
    "Posted in Section", a chrome phrase ("Leave a comment"), or one short
    section label beside a date or byline ("Council · 2 hours ago"), or two
    with the date between them ("News release | 12 March 2026 | Transport":
    the second is the section).
    """
    if not _could_be_marker(text, rules):
        return None
    parts = _MARKER_SPLIT.split(text) if not _MARKER_CHARS.isdisjoint(text) else [text]
    dates: list[RawDate] = []
    updated: list[RawDate] = []
    authors: list[str] = []
    sections: list[str] = []
    labels: list[str] = []  # the last one first
    dated_first = 0  # dates read before the first label
    expects_author = bare = named_label = False
    clock: str | None = None
    for part in parts:
        part = part.strip()
        key = fold(part)
        if key in rules.bare_date or key in rules.joiners or key in rules.bare_updated:
            bare = True
            continue
        if key in rules.bare_byline:
            expects_author = True
            continue
        if len(parts) > 1 and (
            key in rules.chrome or rules.counter.match(part) or rules.reading_time.match(part)
        ):  # "12 Comments", "7 min read" beside a date: furniture, not a section
            continue
        if (m := rules.byline_prefix.match(part)) and not _particle_opens(part, m):
            names = parse_names(m["rest"], rules)
            if names is None:
                # "Posted by A on 3 March 2026 at 10:15": the names, then the date.
                tail = _NAMES_THEN_DATE.match(m["rest"])
                names = parse_names(tail["names"], rules) if tail else None
                if tail is None or names is None:
                    return None
                when = raw_date(tail["date"], ctx)
                if when is not None:
                    dates.append(when)
                # "Posted by A at 8:05 PM" (Blogger) gives the time of a day printed elsewhere (the
                # day's heading above): kept apart, not taken for today's (parse/pagelevel.py joins them).
                elif parse_clock(tail["date"], now=ctx.now, zone=ctx.zone) is not None:
                    clock = tail["date"].strip()
                else:
                    return None
            authors.extend(names)
            continue
        if m := rules.updated_prefix.match(part):
            found = _date_after_marker(m, rules, ctx)
            if found is None:
                return None
            updated.append(found[0])
            authors.extend(found[1])
            if found[2]:
                sections.append(found[2])
            continue
        if m := (rules.date_prefix.match(part) or rules.joiner_prefix.match(part)):
            found = _date_after_marker(m, rules, ctx)
            if found is None:
                section = _section_only(m["rest"], rules)
                if section is None:
                    return None
                sections.append(section)
                continue
            dates.append(found[0])
            authors.extend(found[1])
            if found[2]:
                sections.append(found[2])
            continue
        when = raw_date(part, ctx)
        if when is not None:
            dates.append(when)
            continue
        if dates and ":" in part and (labelled := _LABELLED_DATE.match(part)):
            when = raw_date(labelled["date"], ctx)
            if when is not None:
                # "12 Mart 2026, 16:42 | Güncelleme: 12 Mart 2026, 17:05": a second date under a label no
                # profile knows, after the date itself, is the time it was updated; the first stays.
                updated.append(when)
                continue
        when = _clock_beside(part, dates, ctx, alone=len(parts) == 1)
        if when is not None:
            if dates and dates[-1].date_only:
                dates[-1] = when  # the day printed before, now with its time
            else:
                dates.append(when)
            continue
        if part[:1].isdigit() and (dated := _date_then_label(part, ctx)) is not None:
            dates.append(dated[0])
            # "12 March 2026 Ana Roe": a name after the date is its byline, not a section.
            if (names := person_names(dated[1], rules)) is not None:
                authors.extend(names)
            else:
                sections.append(dated[1])
            continue
        if rules.author_roles and (names := _role_names(part, rules)):
            authors.extend(names)  # "김민지 기자": a name, then its role
            continue
        if len(parts) > 1 and rules.author_split.search(part) and (names := person_names(part, rules)):
            authors.extend(names)  # "Selin Aydoğdu ve Onur Tekin | 10 Mart 2026": names joined, no label
            continue
        if dates and _FIELD.match(part):
            # "2026-03-12 09:30 | 来源：湘潭发布", "12 March 2026 | Source: Reuters": a field under a label no
            # profile knows, after the date, says where the story came from; it is no section.
            continue
        if shape_of(part) is Shape.LABEL and (not labels or (len(labels) == 1 and len(dates) > dated_first)):
            # "Nieuwsbericht | 12 maart 2026 | Afval en milieu": a content type, the date, then the topic. A
            # second label must follow a date that follows the first; it is the more particular, the section.
            # Of two labels one a person's name and the other not ("Politics | 12 March 2026 | Ana Roe"),
            # the name is the author and the other the section.
            if labels and (named := _one_name(labels[0], part, rules)) is not None:
                authors.extend(named[0])
                labels[0] = named[1]
                named_label = True
                continue
            dated_first = len(dates)
            labels.insert(0, part)
            continue
        if (
            len(labels) == 1
            and shape_of(part) is Shape.LABEL
            and (named := _one_name(labels[0], part, rules)) is not None
        ):
            # "12. 3. 2026 · Petr Dvořáček · Akce": of two labels beside a date, one a person's name (two
            # capitalised words or more) and the other not, the name is the author, the other the section.
            authors.extend(named[0])
            labels[0] = named[1]
            named_label = True
            continue
        return None
    found_something = dates or updated or authors or sections
    if labels and not (dates or updated or (authors and not named_label)):
        return None  # a label alone (or beside chrome, or a name) is not a marker
    if not (found_something or ((bare or expects_author) and len(parts) == 1)):
        return None
    section = (sections + labels)[0] if sections or labels else None
    return Marker(
        tuple(dates),
        tuple(updated),
        tuple(authors),
        section,
        expects_author and not authors,
        clock,
        person_names(section, rules) or () if section and not sections and not authors else (),
    )


def _one_name(first: str, second: str, rules: Rules) -> tuple[tuple[str, ...], str] | None:
    """Return the names of whichever of two labels is a person's name and the other label, the section;
    None when both or neither are names (the form cannot tell "World News" from "Ana Roe")."""
    first_names, second_names = person_names(first, rules), person_names(second, rules)
    if first_names is not None and second_names is None:
        return first_names, second
    if second_names is not None and first_names is None:
        return second_names, first
    return None


def _particle_opens(part: str, m: re.Match[str]) -> bool:
    """True when the byline word is a name particle written with a capital before one word: "De Niro" and
    "Van Gogh" are names, while "de Ana Pop" (Romanian) and "Von Okke Harms" (German) are bylines."""
    word = part[: m.start("rest")].strip().lower()
    return part[0].isupper() and word in _NAME_PARTICLES and " " not in m["rest"].strip()


def _role_names(part: str, rules: Rules) -> tuple[str, ...] | None:
    """Return the names of a part that is names and then a role word ("김민지·최현우 기자"), or None."""
    if " " not in part or part.rsplit(None, 1)[1].lower() not in rules.author_roles:
        return None
    return parse_names(part, rules)


def _date_then_label(part: str, ctx: Context) -> tuple[RawDate, str] | None:
    """Read a date followed by its section on one line ("2026年3月12日 15:30 経済", "12 March 2026
    Politics"): the last word or two are a label, the rest a date. None when it is not both."""
    words = part.split()
    for size in (1, 2):
        if len(words) <= size:
            return None
        label = " ".join(words[-size:])
        if DIGIT.search(label) or shape_of(label) is not Shape.LABEL:
            continue
        when = raw_date(" ".join(words[:-size]), ctx)
        if when is not None:
            return when, label
    return None


def _clock_beside(part: str, dates: list[RawDate], ctx: Context, alone: bool) -> RawDate | None:
    """Read a time of day: the time of a day printed just before it ("13 June 2026 · 18:30"), or,
    standing alone, today's time when it says it is one ("14:05 Uhr", "6:45 p.m. ET")."""
    previous = dates[-1] if dates else None
    if previous is not None and previous.date_only and previous.value is not None:
        found = parse_clock(part, now=ctx.now, zone=ctx.zone, on=previous.value.date())
    elif alone and _EXPLICIT_CLOCK.search(part):
        found = parse_clock(part, now=ctx.now, zone=ctx.zone)
    else:
        return None
    if found is None:
        return None
    return RawDate(part, found.value, found.source, False)


def _section_only(rest: str, rules: Rules) -> str | None:
    """Return X of "Posted in X" (a section named after a date marker), or None."""
    m = re.match(rf"^(?:{alternation(rules.profile.section_joiners)})\s+(?P<section>.+)$", rest.strip(), re.I)
    if m and shape_of(m["section"].strip()) is Shape.LABEL:
        return m["section"].strip()
    return None


def _could_be_marker(text: str, rules: Rules) -> bool:
    """Cheap gate before the full marker parse: a digit, a separator, or a marker/day word first."""
    if len(text) > MARKER_MAX:
        return False
    if first_word(text) in rules.first_words or not _MARKER_CHARS.isdisjoint(text):
        return True
    return DIGIT.search(text) is not None


def raw_date(text: str, ctx: Context) -> RawDate | None:
    found = parse_date(text, now=ctx.now, zone=ctx.zone, dayfirst=ctx.dayfirst)
    if found is None:
        return None
    return RawDate(text, found.value, found.source, found.date_only)


def _date_after_marker(
    m: re.Match[str], rules: Rules, ctx: Context
) -> tuple[RawDate, tuple[str, ...], str | None] | None:
    """Read the date after a marker word; if a joiner word was taken ("Mis à jour il y a…": Italian "il"),
    try again with it given back to the date."""
    found = _date_with_tail(m["rest"], rules, ctx)
    joiner = m.groupdict().get("joiner")
    if found is None and joiner:
        found = _date_with_tail(f"{joiner.strip()} {m['rest']}", rules, ctx)
    return found


def _date_with_tail(
    rest: str, rules: Rules, ctx: Context
) -> tuple[RawDate, tuple[str, ...], str | None] | None:
    """Read "DATE", "DATE by NAME" or "DATE in SECTION"; None when it is none of them."""
    rest = rest.strip()
    when = raw_date(rest, ctx)
    if when is not None:
        return when, (), None
    clock = parse_clock(rest, now=ctx.now, zone=ctx.zone)
    if clock is not None:
        return RawDate(rest, clock.value, clock.source, False), (), None
    if m := rules.by_tail.match(rest):
        when = raw_date(m["head"], ctx)
        names = parse_names(m["tail"], rules)
        if when is not None and names:
            return when, names, None
    if m := rules.section_tail.match(rest):
        when = raw_date(m["head"], ctx)
        tail = m["tail"].strip()
        if when is not None and shape_of(tail) is Shape.LABEL:
            return when, (), tail
    return None


def parse_names(text: str, rules: Rules) -> tuple[str, ...] | None:
    """Return the author names in a byline value, or None when it does not read as names.

    "A and B", "A y B", "A, B and C" give several names; "A, Environment
    correspondent" and "A, Associated Press" give A (a role or agency after a
    comma is dropped). A role word after the names is dropped too ("김민지·최현우 기자": Korean
    "reporter"). Names in capitals are title-cased.
    """
    text = text.strip().strip(".:;").strip()
    if not text or len(text) > 120:
        return None
    if rules.author_roles and " " in text:
        head, last = text.rsplit(None, 1)
        if last.lower() in rules.author_roles:
            text = head
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) > 1 and rules.author_split.search(pieces[-1]):
        # "A, B and C"; but "A, inviata a Montebrenta" is a name and a role ("a" joins Czech names).
        names = _names(pieces[:-1] + rules.author_split.split(pieces[-1]), rules)
        if names is not None:
            return names
    return _names(rules.author_split.split(pieces[0]), rules)


def person_names(text: str, rules: Rules) -> tuple[str, ...] | None:
    """Return the names ``text`` reads as when each has two words or more ("Selin Aydoğdu ve Onur Tekin"),
    or None: one capitalised word ("Council", "Akce") is a label as often as a name."""
    names = parse_names(text, rules)
    if names is None or any(" " not in name for name in names):
        return None
    return names


def _names(candidates: list[str], rules: Rules) -> tuple[str, ...] | None:
    names: list[str] = []
    for candidate in candidates:
        name = candidate.strip()
        if not _is_name(name) or name.split()[0].lower() in rules.bare_byline:
            return None
        if name.isupper():
            name = name.title()
        names.append(name)
    return tuple(names) or None


def _is_name(text: str) -> bool:
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or len(text) > 60:
        return False
    if not _name_token(tokens[0]) or not _name_token(tokens[-1]):
        return False
    return all(_name_token(t) or t.lower() in _NAME_PARTICLES for t in tokens)


def _name_token(token: str) -> bool:
    """True for a capitalised word or an initial of any script ("Ana", "J.", "Ковалёв", "Παπαδόπουλος"),
    or a run of CJK ideographs, kana or hangul ("田中健一", "김철수")."""
    if token[0].isupper() or token[0].istitle():
        return _NAME_REST.fullmatch(token, 1) is not None
    return _CJK_NAME.fullmatch(token) is not None
