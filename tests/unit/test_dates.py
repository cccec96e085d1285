"""Dates as printed -> aware datetimes: each shape, relative phrases, strictness, plausibility."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from feedmaker.dates import parse_date
from feedmaker.model import DateSource

NOW = datetime(2026, 3, 13, 9, 0, tzinfo=timezone(timedelta(hours=1)))
PLUS1 = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "expected", "date_only"),
    [
        ("22 December 2025 at 10:15", datetime(2025, 12, 22, 10, 15, tzinfo=PLUS1), False),
        ("December 22, 2025", datetime(2025, 12, 22, tzinfo=PLUS1), True),
        ("Monday, 3 March 2025", datetime(2025, 3, 3, tzinfo=PLUS1), True),
        ("Oct 13, 2025 22:10", datetime(2025, 10, 13, 22, 10, tzinfo=PLUS1), False),
        ("12 Jan 2026, 3:45 pm", datetime(2026, 1, 12, 15, 45, tzinfo=PLUS1), False),
        ("March 3rd, 2025 at 10am", datetime(2025, 3, 3, 10, 0, tzinfo=PLUS1), False),
        ("7 de mayo de 2025 a las 08:15", datetime(2025, 5, 7, 8, 15, tzinfo=PLUS1), False),
        ("3 février 2026 à 14h05", datetime(2026, 2, 3, 14, 5, tzinfo=PLUS1), False),
        ("1er février 2026", datetime(2026, 2, 1, tzinfo=PLUS1), True),
        ("14. März 2025", datetime(2025, 3, 14, tzinfo=PLUS1), True),
        ("2026-01-14 09:30", datetime(2026, 1, 14, 9, 30, tzinfo=PLUS1), False),
        ("2025-03-12T10:00:00Z", datetime(2025, 3, 12, 10, 0, tzinfo=UTC), False),
        ("2025-03-12", datetime(2025, 3, 12, tzinfo=PLUS1), True),
        ("Tue, 11 Mar 2025 10:00:00 +0000", datetime(2025, 3, 11, 10, 0, tzinfo=UTC), False),
        ("12 mars 2026 kl. 14.05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("torsdag 5 maj 2025", datetime(2025, 5, 5, tzinfo=PLUS1), True),
        ("6 augusti 2025", datetime(2025, 8, 6, tzinfo=PLUS1), True),
        ("12 marca 2026, godz. 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("Czwartek, 12 marca 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("1 października 2025 o 08:30", datetime(2025, 10, 1, 8, 30, tzinfo=PLUS1), False),
        ("3 stycznia 2026", datetime(2026, 1, 3, tzinfo=PLUS1), True),
        ("2026年3月12日 15:30", datetime(2026, 3, 12, 15, 30, tzinfo=PLUS1), False),
        ("2026年3月12日", datetime(2026, 3, 12, tzinfo=PLUS1), True),
    ],
)
def test_absolute_dates(text: str, expected: datetime, date_only: bool) -> None:
    """Printed absolute dates in several languages and shapes give the right instant."""
    found = parse_date(text, now=NOW)
    assert found is not None
    assert found.value == expected
    assert found.date_only is date_only
    assert found.source is DateSource.PAGE


def test_zone_abbreviation_is_honoured() -> None:
    """A printed zone (BST) wins over the site zone."""
    found = parse_date("9 June 2025, 06:45 BST", now=NOW, zone=UTC)
    assert found is not None
    assert found.value == datetime(2025, 6, 9, 5, 45, tzinfo=UTC)


def test_site_zone_applies_to_naive_times() -> None:
    """A time printed without a zone is wall-clock time in the configured zone."""
    zone = timezone(timedelta(hours=-5))
    found = parse_date("March 3, 2025 10:20", now=NOW, zone=zone)
    assert found is not None
    assert found.value.utcoffset() == timedelta(hours=-5)
    assert found.value.hour == 10


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("3 hours ago", timedelta(hours=3)),
        ("17 min ago", timedelta(minutes=17)),
        ("1 hr ago", timedelta(hours=1)),
        ("45 minutes ago", timedelta(minutes=45)),
        ("1 week ago", timedelta(weeks=1)),
        ("an hour ago", timedelta(hours=1)),
        ("vor 5 Stunden", timedelta(hours=5)),
        ("vor 1 Tag", timedelta(days=1)),
        ("il y a 3 heures", timedelta(hours=3)),
        ("hace 2 horas", timedelta(hours=2)),
        ("för 2 timmar sedan", timedelta(hours=2)),
        ("2 timmar sedan", timedelta(hours=2)),
        ("för en vecka sedan", timedelta(weeks=1)),
        ("35 min temu", timedelta(minutes=35)),
        ("35\u00a0min\u00a0temu", timedelta(minutes=35)),
        ("2 godz. temu", timedelta(hours=2)),
        ("3 dni temu", timedelta(days=3)),
        ("godzinę temu", timedelta(hours=1)),
    ],
)
def test_relative_phrases_resolve_against_now(text: str, delta: timedelta) -> None:
    """'N units ago' in six languages is the reference time minus exactly that."""
    found = parse_date(text, now=NOW)
    assert found is not None
    assert found.value == NOW - delta
    assert found.source is DateSource.RELATIVE


def test_yesterday_is_a_day_without_time() -> None:
    """A bare 'Yesterday' gives yesterday's date, marked date-only."""
    found = parse_date("Yesterday", now=NOW)
    assert found is not None
    assert found.date_only
    assert found.value.date() == (NOW - timedelta(days=1)).date()


@pytest.mark.parametrize(
    ("text", "expected", "date_only"),
    [
        ("igår", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("i dag", datetime(2026, 3, 13, tzinfo=PLUS1), True),
        ("igår 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("Igår kl. 14.05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("wczoraj", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("dzisiaj", datetime(2026, 3, 13, tzinfo=PLUS1), True),
        ("wczoraj, 21:10", datetime(2026, 3, 12, 21, 10, tzinfo=PLUS1), False),
    ],
)
def test_swedish_and_polish_day_words(text: str, expected: datetime, date_only: bool) -> None:
    """Swedish and Polish 'today'/'yesterday', with or without a time, give that local day."""
    found = parse_date(text, now=NOW)
    assert found is not None
    assert (found.value, found.date_only) == (expected, date_only)
    assert found.source is DateSource.RELATIVE


def test_today_with_time() -> None:
    """'Today, 09:40' is that wall-clock time on the reference day."""
    found = parse_date("Yesterday, 18:05", now=NOW)
    assert found is not None
    assert found.value == datetime(2026, 3, 12, 18, 5, tzinfo=PLUS1)


@pytest.mark.parametrize(
    ("text", "dayfirst", "expected"),
    [
        ("12/03/2025", None, (2025, 3, 12)),  # 3 December would be in the future
        ("27/02/2025", None, (2025, 2, 27)),
        ("03/04/2025", True, (2025, 4, 3)),
        ("03/04/2025", False, (2025, 3, 4)),
        ("12.02.2026", None, (2026, 2, 12)),
        ("2025/03/12", None, (2025, 3, 12)),
    ],
)
def test_numeric_dates_follow_the_convention(
    text: str, dayfirst: bool | None, expected: tuple[int, ...]
) -> None:
    """Numeric dates are read day first, month first, or as the plausible reading."""
    found = parse_date(text, now=NOW, dayfirst=dayfirst)
    assert found is not None
    assert (found.value.year, found.value.month, found.value.day) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2 hours later",
        "Published 3 hours ago",  # marker words are the parser's business, not the date's
        "2025",
        "12",
        "10:15",
        "The council met on 3 March 2025 to decide",
        "",
        "Posted 3 days ago by the river",
        "31 February 2025",
    ],
)
def test_free_text_is_never_a_date(text: str) -> None:
    """Only a phrase that is wholly a date is accepted (no fuzzy guessing)."""
    assert parse_date(text, now=NOW) is None


def test_implausible_dates_are_declined() -> None:
    """Dates before 1995 or more than a day after the reference time are not believed."""
    assert parse_date("3 March 1990", now=NOW) is None
    assert parse_date("3 March 2027", now=NOW) is None


def test_missing_year_takes_the_last_plausible_one() -> None:
    """'December 22' printed in March is last December."""
    found = parse_date("December 22", now=NOW)
    assert found is not None
    assert found.value.year == 2025


def test_naive_reference_time_is_refused() -> None:
    """The library never guesses a zone for its reference time."""
    with pytest.raises(ValueError):
        parse_date("3 hours ago", now=datetime(2026, 1, 1))
