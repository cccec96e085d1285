"""Dates as printed on a page -> tz-aware datetimes, by a cascade of parsers.

Each parser may decline (return ``None``); the first that accepts wins:

1. relative phrases ("3 hours ago", "vor 5 Stunden", "2 часа назад", "45 menit yang lalu",
   "před 2 hodinami", "2 órája", "2시간 전") and today/yesterday words with an optional time
   ("Yesterday, 18:05", "Сегодня в 14:05", "hôm qua lúc 10:20"), resolved against ``now``;
2. ISO 8601 / RFC 3339 stamps, then RFC 2822 (e-mail and RSS dates);
3. the common printed shapes, after a leading weekday ("Jumat,", "Thứ năm,", "Πέμπτη,"):
   day-month-year ("22 December 2025 at 10:15", "14. März 2025", "12 марта 2026 г., 14:05",
   "ngày 12 tháng 3 năm 2026"), month-day-year ("March 4, 2025"), year-month-day with a month word
   ("2026. március 12. 14:05"), the CJK numeric form ("2026年3月12日 15:30", "2026년 3월 12일"),
   numeric dates ("12/03/2025", "12. 3. 2026", "2026.03.12 오후 4:20"), a day and month without
   the year ("12.3.", "12.3. klo 15.48": the latest such date not after ``now``), and a time
   printed first ("14:05, 12 марта 2026");
4. python-dateutil, strictly: never ``fuzzy`` (it reads "2 hours ago" as today
   at 02:00), always with ``dayfirst`` and ``default`` given.

Languages with month, weekday, filler, relative and day words: English, French, German, Spanish,
Italian, Portuguese, Dutch, Swedish, Polish, Russian, Ukrainian, Turkish, Indonesian, Malay, Czech,
Greek, Finnish, Romanian, Hungarian, Vietnamese and Korean (numbers with signs for Japanese and
Chinese). Month names come in the forms news sites print: nominative, genitive or partitive
("marca", "марта", "Μαρτίου", "maaliskuuta", "března"), abbreviated with or without a dot, in
capitals, and with or without diacritics ("ΜΑΡΤΙΟΥ", "Subat").

A time after the date may follow filler words ("at", "klo", "в", "saat", "pukul", "ora", "lúc",
"στις", "kl.") and carry a zone: an abbreviation ("BST", "WIB"), an offset ("+02:00"), or a UTC
offset in brackets ("10:20 (GMT+7)", "(UTC+02:00)").

Words are matched as letter runs and looked up in tables, so adding a language adds dict entries,
not regular-expression alternatives: the patterns cost the same to compile however many
languages there are. A letter run that is no known word makes the whole phrase no date.

A phrase is only accepted when *all* of it is a date: free text never yields
one. Results before 1995 or more than a day after ``now`` are implausible and
declined. Wall-clock times without a zone take the site's ``zone``; results keep
that zone's offset rather than being moved to UTC, so a date printed without a
time ("4 March 2025", kept as local midnight) stays on its calendar day.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache

from .datewords import (
    AGO_FRAMES,
    AGO_FRAMES_PLAIN,
    AGO_UNITS,
    DAY_FIRST_WORDS,
    DAY_WORDS,
    FILLERS,
    FRAMED_UNITS,
    JUST_NOW,
    LEADING_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ONE_UNITS,
    REGIONAL_ZONES,
    UNITS,
    WEEKDAYS,
    YEAR_WORDS,
    ZONES,
    lookup,
    plain,
)
from .model import DateSource

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)

# Words inside a date, between day, month and year ("7 de mayo de 2025", "12 tháng 3 năm 2026").
_IN_DATE = r"(?:(?:de|del|of|the|năm)(?![^\W\d_])|[,.|–—-])"

# The patterns below match words as letter runs and leave their meaning to the tables (datewords.py).
_WORD = r"[^\W\d_]+"
# A month: a letter run, or Vietnamese "tháng" and the month's number or word(s).
_MONTH = rf"(?P<month>(?:th[aá]ng|thg)\s*(?:\d{{1,2}}|mười\s+(?:một|hai)|{_WORD})|{_WORD})\.?"
_DAY_END = r"(?:st|nd|rd|th|er|º|\.|-(?:án|én|jén|ján|i))?"  # 3rd, 1er, "14.", Hungarian "12-én"
_TIME = (
    r"(?P<hour>\d{1,2})(?:[:h.](?P<minute>\d{2})(?::(?P<second>\d{2}))?|h(?![a-z])|(?=\s*[ap]\.?m))"
    r"\s*(?P<ampm>[ap]\.?m\.?(?![^\W\d_]))?\s*(?:(?:h|uhr|hrs)(?![^\W\d_]))?"
    r"(?:\s*\(?(?P<zone>[a-z]{1,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?"
)
# What may follow a date: words and punctuation (checked against the tables), then a time of day.
# Possessive, so a long run of letters that is not a date fails at once instead of backtracking.
_TAIL = re.compile(rf"\s*(?P<fill>(?:(?:{_WORD}\.?|[,.|–—-])\s*)*+)(?:{_TIME})?\s*", re.IGNORECASE)
_DAY_MONTH_YEAR = re.compile(
    rf"(?P<day>\d{{1,2}}){_DAY_END}\s*(?:{_IN_DATE}\s*)*{_MONTH}\s*(?:{_IN_DATE}\s*)*(?P<year>\d{{4}})?",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"{_MONTH}\s*(?P<day>\d{{1,2}}){_DAY_END}\s*,?\s*(?P<year>\d{{4}})?", re.IGNORECASE
)
_YEAR_MONTH_DAY = re.compile(
    rf"(?P<year>\d{{4}})\.?\s*{_MONTH}\s*(?P<day>\d{{1,2}}){_DAY_END}", re.IGNORECASE
)
# 12/03/2025, 12.03.25, Czech "12. 3. 2026", Korean "2026. 3. 5." (year first takes a one-digit day).
_NUMERIC = re.compile(r"(?P<a>\d{1,4})(?P<sep>[/-]|\.\s?)(?P<b>\d{1,2})(?P=sep)(?P<c>\d{1,4})\.?")
# A day and month without the year, closed by a dot: "12.3.", "12. 3." (never "12.3", a number).
_DAY_MONTH = re.compile(r"(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.")
# Japanese, Chinese and Korean print year, month and day as numbers, each followed by its sign
# ("2026年3月12日", "2026년 3월 12일"), sometimes with the weekday in brackets: "(木)".
_CJK = re.compile(
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    r"(?:\s*[(（][^)）]{1,3}[)）])?"
)
# A time printed before the date: "14:05, 12 марта 2026", "10:20 12/3/2026".
_LEADING_CLOCK = re.compile(r"(\d{1,2}:\d{2})\s*[,|–—-]?\s+(?=\d)")
# "3 hours ago", "vor 5 Stunden", "2시간 전": the words around the number are checked against the frames.
_AGO_NUMBER = re.compile(rf"(?P<pre>\D*?)\s*(?P<n>\d+)\s*(?P<unit>{_WORD})\.?(?P<post>\D*)")
_HAS_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(_WORD)
_DAY_TOKEN = re.compile(rf"{_WORD}(?:['’]{_WORD})?")  # "aujourd'hui" is one word

_Clock = tuple[time, tzinfo | None]


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A date read from a page: the instant, whether only the day was printed, and how it was found."""

    value: datetime
    date_only: bool
    source: DateSource


def parse_date(
    text: str, *, now: datetime, zone: tzinfo | None = None, dayfirst: bool | None = None
) -> ParsedDate | None:
    """Return the date that ``text`` spells out in full, or ``None``.

    ``now`` (aware) resolves relative phrases and bounds plausibility; ``zone``
    applies to wall-clock times printed without one (default: ``now``'s zone);
    ``dayfirst`` decides numeric dates such as 03/04/2025 (``None``: the reading
    that is not in the future, day first when both are possible).
    Never raises on any input text.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    text = " ".join(text.split())
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # letters with separate accents break letter runs
    return _parse_cached(text, now, zone or now.tzinfo, dayfirst)


@lru_cache(maxsize=4096)
def _parse_cached(text: str, now: datetime, zone: tzinfo, dayfirst: bool | None) -> ParsedDate | None:
    if not text or len(text) > 80 or not (_HAS_DIGIT.search(text) or text.isalpha() or " " in text):
        return None
    for parser in (_relative, _iso, _rfc2822, _printed, _dateutil):
        found = parser(text, now, zone, dayfirst)
        if found is not None:
            value = found.value
            if value < EARLIEST or value > now + timedelta(days=1):
                return None
            return found
    return None


def _relative(text: str, now: datetime, zone: tzinfo, dayfirst: bool | None) -> ParsedDate | None:
    lowered = text.lower()
    if lowered in JUST_NOW:
        return ParsedDate(now, False, DateSource.RELATIVE)
    ago = _ago(lowered)
    if ago is not None:
        n, unit = ago
        try:
            if unit == "months":
                delta = timedelta(days=30 * n)
            elif unit == "years":
                delta = timedelta(days=365 * n)
            else:
                delta = timedelta(**{unit: n})
            return ParsedDate(now - delta, False, DateSource.RELATIVE)
        except OverflowError:
            return None
    return _day_word(text, now, zone)


def _ago(text: str) -> tuple[int, str] | None:
    """Return (count, unit) of a lower-cased "N units ago" phrase in any of its languages, or None."""
    m = _AGO_NUMBER.fullmatch(text)
    if m:
        return _framed(int(m["n"]), m["unit"], m["pre"].strip(), m["post"].strip())
    words = text.split()
    if len(words) > 6 or _HAS_DIGIT.search(text):
        return None
    for i, word in enumerate(words):  # "an hour ago", "för en vecka sedan", "час назад"
        word = word.rstrip(".")
        after = " ".join(words[i + 1 :])
        count = lookup(NUMBER_WORDS, words[i - 1]) if i else None
        if count is not None and (found := _framed(count, word, " ".join(words[: i - 1]), after)):
            return found
        if lookup(ONE_UNITS, word) and (found := _framed(1, word, " ".join(words[:i]), after)):
            return found
    return None


def _framed(n: int, word: str, before: str, after: str) -> tuple[int, str] | None:
    """Return (n, unit) when ``word`` is a unit and the words around it say "ago", else None."""
    unit = FRAMED_UNITS.get((word, after)) or lookup(UNITS, word)
    if unit is not None:
        if (before, after) in AGO_FRAMES or (plain(before), plain(after)) in AGO_FRAMES_PLAIN:
            return n, unit
        return None
    unit = lookup(AGO_UNITS, word)
    if unit is not None and not before and not after:
        return n, unit
    return None


def _day_word(text: str, now: datetime, zone: tzinfo) -> ParsedDate | None:
    """Read "Yesterday", "Сегодня, 14:05", "hôm qua lúc 10:20": a day word, then optionally a time."""
    first = _DAY_TOKEN.match(text)
    if first is None or lookup(DAY_FIRST_WORDS, first[0]) is None:
        return None
    ends = [m.end() for _, m in zip(range(3), _DAY_TOKEN.finditer(text), strict=False)]
    for end in reversed(ends):  # the longest day word first: "i förrgår", not "i"
        days = lookup(DAY_WORDS, text[:end])
        if days is None:
            continue
        ok, clock = _tail(text, end, closers=False)
        if not ok:
            return None
        day = now.astimezone(zone).date() - timedelta(days=days)
        if clock is None:
            return ParsedDate(datetime.combine(day, time(), zone), True, DateSource.RELATIVE)
        return ParsedDate(datetime.combine(day, clock[0], clock[1] or zone), False, DateSource.RELATIVE)
    return None


def _iso(text: str, now: datetime, zone: tzinfo, dayfirst: bool | None) -> ParsedDate | None:
    if not (len(text) >= 10 and text[4] == "-" and text[:4].isdigit()):
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    date_only = len(text) == 10
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return ParsedDate(value, date_only, DateSource.PAGE)


def _rfc2822(text: str, now: datetime, zone: tzinfo, dayfirst: bool | None) -> ParsedDate | None:
    if "," not in text[:5] or ":" not in text:
        return None
    try:
        value = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return ParsedDate(value, False, DateSource.PAGE)


def _strip_leading(text: str) -> str:
    """Return ``text`` without a leading weekday ("Jumat, ", "Thứ năm, ") and Vietnamese "ngày"."""
    for _round in range(2):
        if not text[:1].isalpha():
            break
        first, _, rest = text.partition(" ")
        second, _, rest2 = rest.partition(" ")
        # Two words first: "Thứ năm" is Thursday, but "Thứ" alone would pass for English "Thu".
        if rest2 and lookup(LEADING_WORDS, f"{first} {second.rstrip(',.')}") is not None:
            text = rest2
        elif rest and lookup(LEADING_WORDS, first.rstrip(",.")) is not None:
            text = rest
        else:
            break
    return text


def _printed(text: str, now: datetime, zone: tzinfo, dayfirst: bool | None) -> ParsedDate | None:
    text = _strip_leading(text)
    m = _LEADING_CLOCK.match(text)
    if m:
        text = f"{text[m.end() :]} {m[1]}"
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_MONTH_DAY):
        m = pattern.match(text)
        if m is None or (month := lookup(MONTHS, " ".join(m["month"].split()))) is None:
            continue
        ok, clock = _tail(text, m.end())
        if ok:
            return _assemble(int(m["year"]) if m["year"] else None, month, int(m["day"]), clock, now, zone)
    m = _CJK.match(text)
    if m:
        ok, clock = _tail(text, m.end())
        return _assemble(int(m["year"]), int(m["month"]), int(m["day"]), clock, now, zone) if ok else None
    m = _NUMERIC.match(text)
    if m:
        return _numeric(m, text, now, zone, dayfirst)
    m = _DAY_MONTH.match(text)
    if m:
        ok, clock = _tail(text, m.end())
        return _assemble(None, int(m["month"]), int(m["day"]), clock, now, zone) if ok else None
    return None


def _numeric(
    m: re.Match[str], text: str, now: datetime, zone: tzinfo, dayfirst: bool | None
) -> ParsedDate | None:
    ok, clock = _tail(text, m.end())
    if not ok:
        return None
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    if len(m["a"]) == 4:  # 2025/03/12 or 2025.03.12: year first is always y-m-d
        return _assemble(a, b, c, clock, now, zone) if len(m["c"]) <= 2 else None
    if len(m["c"]) not in (2, 4):  # "3.12.1" is a version number
        return None
    year = c + 2000 if c < 100 else c
    readings = [(b, a), (a, b)]  # (month, day): day first, then month first
    if dayfirst is False:
        readings.reverse()
    elif dayfirst is None:
        # Neither the page nor the profile knows: take the reading that is a
        # real date and not in the future, preferring day first (most of the world).
        readings.sort(key=lambda md: not _plausible(year, md[0], md[1], now))
    for month, day in readings:
        found = _assemble(year, month, day, clock, now, zone)
        if found is not None:
            return found
    return None


def _plausible(year: int, month: int, day: int, now: datetime) -> bool:
    try:
        return date(year, month, day) <= (now + timedelta(days=1)).date()
    except ValueError:
        return False


def _assemble(
    year: int | None, month: int, day: int, clock: _Clock | None, now: datetime, zone: tzinfo
) -> ParsedDate | None:
    local_now = now.astimezone(zone)
    guessed_year = year is None
    if year is None:
        year = local_now.year
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    if guessed_year and day_value > local_now.date() + timedelta(days=1):
        # "March 4" printed in January is last year's March.
        try:
            day_value = day_value.replace(year=year - 1)
        except ValueError:
            return None
    if clock is None:
        return ParsedDate(datetime.combine(day_value, time(), zone), True, DateSource.PAGE)
    return ParsedDate(datetime.combine(day_value, clock[0], clock[1] or zone), False, DateSource.PAGE)


def _tail(text: str, pos: int, *, closers: bool = True) -> tuple[bool, _Clock | None]:
    """Read what follows a date in ``text`` from ``pos``: (True, None) for nothing (or, with ``closers``,
    the year's word or a weekday: "2026 г.", "12 Mart 2026 Perşembe"), (True, (time, zone or None)) for a
    time of day after filler words ("at", "klo", "в", "saat"), and (False, None) for anything else."""
    m = _TAIL.fullmatch(text, pos)
    if m is None:
        return False, None
    kinds = [_fill_kind(word.lower(), closers) for word in _LETTERS.findall(m["fill"])]
    if None in kinds:
        return False, None
    if m["hour"] is None:
        if m["fill"].strip() and not (kinds and all(kind == "close" for kind in kinds)):
            return False, None
        return True, None
    clock = _clock(m, "pm" if "pm" in kinds else "am" if "am" in kinds else "")
    return (False, None) if clock is None else (True, clock)


def _fill_kind(word: str, closers: bool) -> str | None:
    """Return "" for a filler word, "am"/"pm" for Korean 오전/오후, "close" for a closing word, else None."""
    kind = lookup(FILLERS, word)
    if kind is not None:
        return kind
    if closers and (word in YEAR_WORDS or lookup(WEEKDAYS, word)):
        return "close"
    return None


def _clock(m: re.Match[str], ampm: str = "") -> _Clock | None:
    """Return the time of day and its zone matched by ``_TIME`` in ``m``, or None when absent/invalid."""
    if m["hour"] is None:
        return None
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    second = int(m["second"] or 0)
    ampm = (m["ampm"] or ampm).lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    if not m["zone"]:
        return time(hour, minute, second), None
    zone = _zone(m["zone"])
    return None if zone is None else (time(hour, minute, second), zone)


_OFFSET_NAME = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$", re.IGNORECASE)


def _zone(name: str) -> tzinfo | None:
    """Return the zone a printed name or offset stands for ("BST", "ET", "+0100", "GMT+7"), or None."""
    upper = name.upper()
    if upper in REGIONAL_ZONES:
        from zoneinfo import ZoneInfo

        return ZoneInfo(REGIONAL_ZONES[upper])
    m = _OFFSET_NAME.match(name)
    if m:
        hours, minutes = int(m[2]), int(m[3] or 0)
        if hours > 14 or minutes > 59:
            return None
        return timezone((-1 if m[1] == "-" else 1) * timedelta(hours=hours, minutes=minutes))
    offset = ZONES.get(upper)
    if offset is None:
        return None
    return UTC if offset == 0 else timezone(timedelta(seconds=offset), upper)


_TOKENS = re.compile(r"[\s,./:-]+")
# The words python-dateutil itself understands around a date: not the fillers of datewords.py
# ("klo", "saat"), which it does not know and which the printed shapes above already read.
_DATE_WORDS = frozenset(
    [
        *(z.lower() for z in ZONES),
        *"at on the of a las la le el de del um am pm a.m p.m om alle às à h uhr st nd rd th er t z".split(),
    ]
)
_NUMERIC_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{2,4}")


def _has_day_and_month(text: str) -> bool:
    """True when ``text`` holds a month name, or a full numeric date (12/03/2025), and no word that cannot
    be part of a date ("December 30, 2025 by Ana Roe" is left to the byline split); "12.3" is a number."""
    if not any(c.isdigit() for c in text):
        return False
    words = [t for t in _TOKENS.split(text.lower()) if t and not t[0].isdigit()]
    if any(w not in _DATE_WORDS and not lookup(MONTHS, w) and not lookup(WEEKDAYS, w) for w in words):
        return False
    return _NUMERIC_DATE.search(text) is not None or any(lookup(MONTHS, w) for w in words)


def _dateutil(text: str, now: datetime, zone: tzinfo, dayfirst: bool | None) -> ParsedDate | None:
    # Last resort for shapes the patterns above do not know. Only strings that
    # hold a day number and a month (a name or a full numeric date) get here, so a
    # lone "2025" or "12" is never read as a date. Dates are a few tokens long. (Token tests, not one
    # regular expression over the text: that backtracked for half a millisecond a line.)
    if len(text.split()) > 7 or not _has_day_and_month(text):
        return None
    from dateutil import parser as dateutil_parser  # lazy: it costs start-up time

    local_now = now.astimezone(zone).replace(tzinfo=None)
    default = datetime.combine(local_now.date(), time())
    try:
        value = dateutil_parser.parse(
            text, default=default, dayfirst=dayfirst is not False, fuzzy=False, tzinfos=ZONES
        )
    except (ValueError, OverflowError, TypeError):
        return None
    has_time = bool(re.search(r"\d[:h]\d\d|\d\s*[ap]\.?m", text, re.IGNORECASE))
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return ParsedDate(value, not has_time, DateSource.PAGE)


def zone_named(name: str) -> tzinfo:
    """Return the time zone called ``name``: an IANA name (Europe/Paris), UTC, or an offset (+01:00).

    Raises ValueError for a name no zone database knows.
    """
    name = name.strip()
    m = _OFFSET_NAME.match(name)
    if m:
        sign = -1 if m[1] == "-" else 1
        return timezone(sign * timedelta(hours=int(m[2]), minutes=int(m[3] or 0)))
    if name.upper() in ("UTC", "Z", "GMT"):
        return UTC
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {name!r}") from None


def parse_clock(
    text: str, *, now: datetime, zone: tzinfo | None = None, on: date | None = None
) -> ParsedDate | None:
    """Return the time of day ``text`` spells ("15:48", "6:45 p.m. ET", "14:05 Uhr", "10:20 (GMT+7)") as a
    date, or None.

    The day is ``on`` when given (a date printed beside the time), else the
    reference day, or the day before when that would put the time in the future.
    """
    m = _TAIL.fullmatch(" ".join(text.split()))
    if not m or m["hour"] is None or m["fill"]:
        return None
    clock = _clock(m)
    if clock is None:
        return None
    tz = clock[1] or zone or now.tzinfo
    assert tz is not None
    day = on or now.astimezone(tz).date()
    value = datetime.combine(day, clock[0], tz)
    if on is None and value > now + timedelta(minutes=5):
        value = datetime.combine(day - timedelta(days=1), clock[0], tz)
    source = DateSource.PAGE if on is not None else DateSource.RELATIVE
    return ParsedDate(value, False, source)
