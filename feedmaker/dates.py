"""Dates as printed on a page -> tz-aware datetimes, by a cascade of parsers.

Each parser may decline (return ``None``); the first that accepts wins:

1. relative phrases ("3 hours ago", "vor 5 Stunden", "Yesterday, 18:05"),
   resolved against the reference time ``now``;
2. ISO 8601 / RFC 3339 stamps, then RFC 2822 (e-mail and RSS dates);
3. the common printed shapes, matched by one regular expression each
   ("22 December 2025 at 10:15", "March 4, 2025", "12/03/2025", "14. März 2025"),
   in English, French, German, Spanish, Italian, Portuguese, Dutch, Swedish and
   Polish (with Polish genitives: "12 marca 2026"), and the CJK year-month-day
   form ("2026年3月12日 15:30");
4. python-dateutil, strictly: never ``fuzzy`` (it reads "2 hours ago" as today
   at 02:00), always with ``dayfirst`` and ``default`` given.

A phrase is only accepted when *all* of it is a date: free text never yields
one. Results before 1995 or more than a day after ``now`` are implausible and
declined. Wall-clock times without a zone take the site's ``zone``; results keep
that zone's offset rather than being moved to UTC, so a date printed without a
time ("4 March 2025", kept as local midnight) stays on its calendar day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache

from .model import DateSource

EARLIEST = datetime(1995, 1, 1, tzinfo=UTC)

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv jänner januar jan enero ene gennaio gen janeiro januari"
        " styczeń styczen stycznia sty",
        "february feb février fevrier févr fevr februar feb febrero febbraio fevereiro fev februari"
        " luty lutego lut",
        "march mar mars märz maerz mär marzo março marco maart mrt marzec marca",
        "april apr avril avr abril abr aprile kwiecień kwiecien kwietnia kwi",
        "may mai mayo maggio mag maio mei maj maja",
        "june jun juin juni junio giugno giu junho czerwiec czerwca cze",
        "july jul juillet juil juli julio luglio lug julho lipiec lipca lip",
        "august aug août aout agosto augustus augusti sierpień sierpien sierpnia sie",
        "september sep sept septembre septiembre setiembre settembre set setembro"
        " wrzesień wrzesien września wrzesnia wrz",
        "october oct octobre oktober okt octubre ottobre ott outubro out"
        " październik pazdziernik października pazdziernika paź",
        "november nov novembre noviembre novembro listopad listopada lis",
        "december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro"
        " grudzień grudzien grudnia gru",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_WEEKDAYS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
    "segunda",
    "terça",
    "quarta",
    "quinta",
    "sexta",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "mån",
    "tis",
    "ons",
    "tors",
    "fre",
    "lör",
    "sön",
    "poniedziałek",
    "wtorek",
    "środa",
    "czwartek",
    "piątek",
    "sobota",
    "niedziela",
    "pon",
    "wt",
    "śr",
    "czw",
    "pt",
    "sob",
    "niedz",
]

# Zone abbreviations printed by news sites; dateutil would otherwise drop
# them silently (or guess from the machine's own zone).
ZONES: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 3600,
    "IST": 3600,
    "WEST": 3600,
    "CET": 3600,
    "MEZ": 3600,
    "CEST": 7200,
    "MESZ": 7200,
    "EET": 7200,
    "EEST": 10800,
    "MSK": 10800,
    "EST": -18000,
    "EDT": -14400,
    "CST": -21600,
    "CDT": -18000,
    "MST": -25200,
    "MDT": -21600,
    "PST": -28800,
    "PDT": -25200,
    "AKST": -32400,
    "HST": -36000,
    "AEST": 36000,
    "AEDT": 39600,
    "ACST": 34200,
    "AWST": 28800,
    "NZST": 43200,
    "NZDT": 46800,
    "JST": 32400,
    "KST": 32400,
    "SGT": 28800,
    "HKT": 28800,
}

_MONTH_WORD = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# Zones printed by their region rather than their offset: the offset depends on the date (DST).
REGIONAL_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "UK": "Europe/London",
}
_ZONE_WORD = "|".join(sorted([*ZONES, *REGIONAL_ZONES], key=len, reverse=True))
# Words that join the parts of a printed date in the supported languages ("kl. 14.05", "o 14:05").
_FILLER = r"(?:at|on|the|of|à|a|las|la|le|el|de|del|um|am|om|alle|às|klockan|kl|godz|o|,|\.|-|–|—|\|)"
_TIME = (
    r"(?P<hour>\d{1,2})(?:[:h.](?P<minute>\d{2})(?::(?P<second>\d{2}))?|h(?![a-z])|(?=\s*[ap]\.?m))"
    r"\s*(?P<ampm>[ap]\.?m\.?)?\s*(?:h|uhr|hrs)?"
    rf"(?:\s*\(?(?P<zone>{_ZONE_WORD}|[+-]\d{{2}}:?\d{{2}})\)?)?"
)
_TAIL = rf"(?:\s*(?:{_FILLER}\s*)*{_TIME})?\s*$"
_DAY_MONTH_YEAR = re.compile(
    rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s*(?:{_FILLER}\s*)*(?P<month>{_MONTH_WORD})\.?"
    rf"\s*(?:{_FILLER}\s*)*(?P<year>\d{{4}})?{_TAIL}",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"^(?P<month>{_MONTH_WORD})\.?\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year>\d{{4}})?{_TAIL}",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    rf"^(?P<a>\d{{1,4}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<c>\d{{2,4}})\.?{_TAIL}", re.IGNORECASE
)
# Japanese, Chinese and Korean print year, month and day as numbers, each followed by its sign
# ("2026年3月12日", "2026년 3월 12일"), sometimes with the weekday in brackets: "(木)".
_CJK = re.compile(
    rf"^(?P<year>\d{{4}})\s*[年년]\s*(?P<month>\d{{1,2}})\s*[月월]\s*(?P<day>\d{{1,2}})\s*[日일]"
    rf"(?:\s*[(（][^)）]{{1,3}}[)）])?{_TAIL}",
    re.IGNORECASE,
)
_WEEKDAY_PREFIX = re.compile(
    r"^(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+", re.IGNORECASE
)
_HAS_DIGIT = re.compile(r"\d")

_UNITS: dict[str, str] = {}
for _unit, _words in {
    "seconds": "s sec secs second seconds seconde secondes sekunde sekunden segundo segundos secondi"
    " sek sekund sekunder sekunda sekundy sekundę",
    "minutes": "m min mins minute minutes minuten minuto minutos minuti mn"
    " minut minuter minuta minuty minutę",
    "hours": "h hr hrs hour hours heure heures std stunde stunden hora horas ora ore uur"
    " tim timme timmar godz godzina godziny godzin godzinę",
    "days": "d day days jour jours tag tagen tage día dia días dias giorno giorni dag dagen dagar dzień dni",
    "weeks": "w wk wks week weeks semaine semaines woche wochen semana semanas settimana settimane weken"
    " vecka veckor tydzień tygodnie tygodni tyg",
    "months": "mo month months mois monat monaten monate mes meses mese mesi maand maanden"
    " månad månader miesiąc miesiące miesięcy mies",
    "years": "y yr yrs year years an ans jahr jahren jahre año años anno anni jaar jaren år rok lata lat",
}.items():
    for _w in _words.split():
        _UNITS[_w] = _unit
_UNIT_WORD = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "un": 1,
    "une": 1,
    "ein": 1,
    "einem": 1,
    "einer": 1,
    "uno": 1,
    "una": 1,
    "en": 1,
    "ett": 1,
    "two": 2,
    "three": 3,
    "few": 3,
}
_COUNT = r"(?P<n>\d+|a|an|one|un|une|ein|einem|einer|uno|una|en|ett|two|three|few)"
# Polish says "an hour ago" with the unit alone, in the accusative: "godzinę temu" (n is then 1).
_ONE_UNIT = "sekundę|minutę|godzinę|dzień|tydzień|miesiąc|rok"
_RELATIVE = (
    re.compile(rf"^{_COUNT}\s*(?P<unit>{_UNIT_WORD})\.?\s+(?:ago|back)$", re.IGNORECASE),
    re.compile(rf"^(?:vor|il y a|hace|há|fa)\s+{_COUNT}\s*(?P<unit>{_UNIT_WORD})\.?$", re.IGNORECASE),
    re.compile(rf"^{_COUNT}\s*(?P<unit>{_UNIT_WORD})\.?\s+(?:fa|geleden|sedan|temu)$", re.IGNORECASE),
    re.compile(rf"^för\s+{_COUNT}\s*(?P<unit>{_UNIT_WORD})\.?\s+sedan$", re.IGNORECASE),
    re.compile(rf"^(?P<unit>{_ONE_UNIT})\s+temu$", re.IGNORECASE),
)
DAY_WORDS = {
    "today": 0,
    "heute": 0,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "hoy": 0,
    "oggi": 0,
    "hoje": 0,
    "vandaag": 0,
    "idag": 0,
    "i dag": 0,
    "dzisiaj": 0,
    "dziś": 0,
    "yesterday": 1,
    "gestern": 1,
    "hier": 1,
    "ayer": 1,
    "ieri": 1,
    "ontem": 1,
    "gisteren": 1,
    "igår": 1,
    "i går": 1,
    "wczoraj": 1,
    "i förrgår": 2,
    "förrgår": 2,
    "przedwczoraj": 2,
}
_DAY_WORD = re.compile(
    r"^(?P<word>" + "|".join(re.escape(w) for w in DAY_WORDS) + r")"
    rf"(?:\s*(?:{_FILLER}\s*)*{_TIME})?\s*$",
    re.IGNORECASE,
)
# Phrases that are a date without any digit ("just now"); their first words gate marker parsing.
_JUST_NOW = re.compile(
    r"^(?:just now|now|à l[’']instant|gerade eben|ahora mismo|ahora|alldeles nyss|nyss|przed chwilą)$",
    re.IGNORECASE,
)


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
    return _parse_cached(" ".join(text.split()), now, zone or now.tzinfo, dayfirst)


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
    if _JUST_NOW.match(text):
        return ParsedDate(now, False, DateSource.RELATIVE)
    for pattern in _RELATIVE:
        m = pattern.match(text)
        if m:
            raw = (m.groupdict().get("n") or "1").lower()
            n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
            unit = _UNITS[m["unit"].lower()]
            if unit == "months":
                delta = timedelta(days=30 * n)
            elif unit == "years":
                delta = timedelta(days=365 * n)
            else:
                delta = timedelta(**{unit: n})
            return ParsedDate(now - delta, False, DateSource.RELATIVE)
    m = _DAY_WORD.match(text)
    if m:
        local_now = now.astimezone(zone)
        day = local_now.date() - timedelta(days=DAY_WORDS[m["word"].lower()])
        clock = _clock(m)
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


def _printed(text: str, now: datetime, zone: tzinfo, dayfirst: bool | None) -> ParsedDate | None:
    text = _WEEKDAY_PREFIX.sub("", text)
    m = _DAY_MONTH_YEAR.match(text) or _MONTH_DAY_YEAR.match(text)
    if m:
        year = int(m["year"]) if m["year"] else None
        return _assemble(year, _MONTHS[m["month"].lower()], int(m["day"]), m, now, zone)
    m = _CJK.match(text)
    if m:
        return _assemble(int(m["year"]), int(m["month"]), int(m["day"]), m, now, zone)
    m = _NUMERIC.match(text)
    if not m:
        return None
    a, b, c = int(m["a"]), int(m["b"]), int(m["c"])
    if len(m["a"]) == 4:  # 2025/03/12 or 2025.03.12: year first is always y-m-d
        return _assemble(a, b, c, m, now, zone)
    year = c + 2000 if c < 100 else c
    readings = [(b, a), (a, b)]  # (month, day): day first, then month first
    if dayfirst is False:
        readings.reverse()
    elif dayfirst is None:
        # Neither the page nor the profile knows: take the reading that is a
        # real date and not in the future, preferring day first (most of the world).
        readings.sort(key=lambda md: not _plausible(year, md[0], md[1], now))
    for month, day in readings:
        found = _assemble(year, month, day, m, now, zone)
        if found is not None:
            return found
    return None


def _plausible(year: int, month: int, day: int, now: datetime) -> bool:
    try:
        return date(year, month, day) <= (now + timedelta(days=1)).date()
    except ValueError:
        return False


def _assemble(
    year: int | None, month: int, day: int, m: re.Match[str], now: datetime, zone: tzinfo
) -> ParsedDate | None:
    local_now = now.astimezone(zone)
    guessed_year = year is None
    if year is None:
        year = local_now.year
    clock = _clock(m)
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


def _clock(m: re.Match[str]) -> tuple[time, tzinfo | None] | None:
    """Return the time of day and its zone matched by ``_TIME`` in ``m``, or None when absent/invalid."""
    if m["hour"] is None:
        return None
    hour, minute = int(m["hour"]), int(m["minute"] or 0)
    second = int(m["second"] or 0)
    ampm = (m["ampm"] or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    zone: tzinfo | None = None
    if m["zone"]:
        zone = _zone(m["zone"])
    return time(hour, minute, second), zone


def _zone(name: str) -> tzinfo:
    if name.upper() in REGIONAL_ZONES:
        from zoneinfo import ZoneInfo

        return ZoneInfo(REGIONAL_ZONES[name.upper()])
    if name[0] in "+-":
        digits = name[1:].replace(":", "")
        seconds = int(digits[:2]) * 3600 + int(digits[2:]) * 60
        return timezone(timedelta(seconds=-seconds if name[0] == "-" else seconds))
    offset = ZONES[name.upper()]
    return UTC if offset == 0 else timezone(timedelta(seconds=offset), name.upper())


_TOKENS = re.compile(r"[\s,./:-]+")
_DATE_WORDS = frozenset(
    [
        *_MONTHS,
        *_WEEKDAYS,
        *(z.lower() for z in ZONES),
        "at",
        "on",
        "the",
        "of",
        "a",
        "las",
        "la",
        "le",
        "el",
        "de",
        "del",
        "um",
        "am",
        "pm",
        "a.m",
        "p.m",
        "om",
        "alle",
        "às",
        "à",
        "h",
        "uhr",
        "st",
        "nd",
        "rd",
        "th",
        "er",
        "t",
        "z",
    ]
)
_NUMERIC_PAIR = re.compile(r"\d{1,2}[./-]\d")


def _has_day_and_month(text: str) -> bool:
    """True when ``text`` holds a number and a month (a month name, or a second number: 12/03), and no
    word that cannot be part of a date ("December 30, 2025 by Ana Roe" is left to the byline split)."""
    if not any(c.isdigit() for c in text):
        return False
    words = [t for t in _TOKENS.split(text.lower()) if t and not t[0].isdigit()]
    if any(w not in _DATE_WORDS for w in words):
        return False
    return _NUMERIC_PAIR.search(text) is not None or any(w in _MONTHS for w in words)


def _dateutil(text: str, now: datetime, zone: tzinfo, dayfirst: bool | None) -> ParsedDate | None:
    # Last resort for shapes the patterns above do not know. Only strings that
    # hold a day number and a month (a name or a second number) get here, so a
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


_OFFSET_NAME = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$", re.IGNORECASE)


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


_CLOCK = re.compile(rf"^{_TIME}\s*$", re.IGNORECASE)


def parse_clock(
    text: str, *, now: datetime, zone: tzinfo | None = None, on: date | None = None
) -> ParsedDate | None:
    """Return the time of day ``text`` spells ("15:48", "6:45 p.m. ET", "14:05 Uhr") as a date, or None.

    The day is ``on`` when given (a date printed beside the time), else the
    reference day, or the day before when that would put the time in the future.
    """
    m = _CLOCK.match(" ".join(text.split()))
    if not m or m["hour"] is None:
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
