"""Dates as printed -> aware datetimes: each shape, relative phrases, strictness, plausibility."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

import pytest

from feedmaker import dates, datewords
from feedmaker.dates import parse_clock, parse_date
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


PLUS2 = timezone(timedelta(hours=2))
PLUS3 = timezone(timedelta(hours=3))
PLUS7 = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("text", "expected", "date_only"),
    [
        # Russian and Ukrainian: genitive months, "г."/"года" after the year, "в" before the time.
        ("12 марта 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("10 марта 2026, 13:30", datetime(2026, 3, 10, 13, 30, tzinfo=PLUS1), False),
        ("12 марта 2026 г.", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12 марта 2026 года в 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("12 мар. 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("Четверг, 12 марта 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("14:05, 12 марта 2026", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("14:05 12.03.2026", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("12 березня 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("П'ятниця, 6 березня 2026 р.", datetime(2026, 3, 6, tzinfo=PLUS1), True),
        # Turkish: a weekday before or after the date, "saat" before the time, capitals with İ/ı.
        ("11 Mart 2026, 19:55", datetime(2026, 3, 11, 19, 55, tzinfo=PLUS1), False),
        ("Perşembe, 12 Mart 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12 Mart 2026 Perşembe 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("12 Mart 2026 saat 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("12 ŞUBAT 2026", datetime(2026, 2, 12, tzinfo=PLUS1), True),
        ("12 NİSAN 2025", datetime(2025, 4, 12, tzinfo=PLUS1), True),
        ("5 ARALIK 2025", datetime(2025, 12, 5, tzinfo=PLUS1), True),
        # Indonesian and Malay: "pukul" before the time, WIB (UTC+7) after it.
        ("Jumat, 13 Mar 2026 09:12 WIB", datetime(2026, 3, 13, 9, 12, tzinfo=PLUS7), False),
        ("13 Maret 2026 pukul 09.12 WIB", datetime(2026, 3, 13, 9, 12, tzinfo=PLUS7), False),
        ("Kamis, 12/03/2026 | 16:30 WIB", datetime(2026, 3, 12, 16, 30, tzinfo=PLUS7), False),
        ("3 Ogos 2025", datetime(2025, 8, 3, tzinfo=PLUS1), True),
        ("Khamis, 12 Mac 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        # Czech: genitive months, spaces after the dots, "v" before the time.
        ("12. března 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12. března 2026 v 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("12. 3. 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12. 3. 2026 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("Čtvrtek 12. 3. 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12 brezna 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),  # typed without diacritics
        # Greek: genitive months, capitals without accents, "στις" before the time.
        ("Πέμπτη, 12 Μαρτίου 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("Πέμπτη, 12/03/2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12 ΜΑΡΤΙΟΥ 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12 Μαρ 2026, 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("12 Μαρτίου 2026 στις 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        # Finnish: partitive months, "klo" and a dot in the time.
        ("12. maaliskuuta 2026 klo 15.48", datetime(2026, 3, 12, 15, 48, tzinfo=PLUS1), False),
        ("10.3.2026 klo 17.55", datetime(2026, 3, 10, 17, 55, tzinfo=PLUS1), False),
        ("Torstai 12.3.2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        # Romanian: "ora" before the time.
        ("Joi, 12 martie 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12 martie 2026, ora 16:05", datetime(2026, 3, 12, 16, 5, tzinfo=PLUS1), False),
        ("12 mar. 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        # Hungarian: year first with a month word, a weekday after the date.
        ("2026. március 12. 14:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
        ("2026. márc. 12.", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("2026. március 12., csütörtök", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("2026. március 12-én", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("március 12.", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        # Vietnamese: "tháng 3" / "tháng Ba", "ngày" and "năm" around the numbers, a two-word weekday.
        ("Thứ năm, 12/3/2026, 10:20 (GMT+7)", datetime(2026, 3, 12, 10, 20, tzinfo=PLUS7), False),
        ("Thứ Năm, ngày 12 tháng 3 năm 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12 tháng 3, 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12 Tháng Ba 2026", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("5 tháng Mười Hai 2025 lúc 10:20", datetime(2025, 12, 5, 10, 20, tzinfo=PLUS1), False),
        ("Chủ nhật, 8/3/2026", datetime(2026, 3, 8, tzinfo=PLUS1), True),
        # Korean: numbers with signs or dots, 오후 (p.m.) before the time, a weekday after the date.
        ("2026년 3월 12일 목요일", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("2026.03.12 오후 4:20", datetime(2026, 3, 12, 16, 20, tzinfo=PLUS1), False),
        ("2026. 3. 5. 14:05", datetime(2026, 3, 5, 14, 5, tzinfo=PLUS1), False),
    ],
)
def test_printed_dates_in_more_languages(text: str, expected: datetime, date_only: bool) -> None:
    """Printed dates in ru, uk, tr, id, ms, cs, el, fi, ro, hu, vi and ko give the right instant and zone."""
    found = parse_date(text, now=NOW)
    assert found is not None, text
    assert (found.value, found.date_only) == (expected, date_only)
    assert found.value.utcoffset() == expected.utcoffset()
    assert found.source is DateSource.PAGE


@pytest.mark.parametrize(
    ("names", "language"),
    [
        ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря", "ru"),
        ("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь", "ru"),
        ("янв фев мар апр мая июн июл авг сен окт ноя дек", "ru"),
        ("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня", "uk"),
        ("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık", "tr"),
        ("Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara", "tr"),
        ("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember", "id"),
        ("Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des", "id"),
        ("Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember", "ms"),
        ("ledna února března dubna května června července srpna září října listopadu prosince", "cs"),
        ("leden únor březen duben květen červen červenec srpen září říjen listopad prosinec", "cs"),
        (
            "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου"
            " Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
            "el",
        ),
        ("Ιαν Φεβ Μαρ Απρ Μαΐ Ιουν Ιουλ Αυγ Σεπ Οκτ Νοε Δεκ", "el"),
        (
            "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta"
            " syyskuuta lokakuuta marraskuuta joulukuuta",
            "fi",
        ),
        (
            "tammik. helmik. maalisk. huhtik. toukok. kesäk. heinäk. elok. syysk. lokak. marrask. jouluk.",
            "fi",
        ),
        (
            "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
            "ro",
        ),
        ("ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec.", "ro"),
        (
            "január február március április május június július augusztus szeptember október november december",
            "hu",
        ),
        ("jan. febr. márc. ápr. máj. jún. júl. aug. szept. okt. nov. dec.", "hu"),
        ("januar februar marts april maj juni juli august september oktober november december", "da"),
        ("januar februar mars april mai juni juli august september oktober november desember", "nb"),
    ],
)
def test_every_month_name(names: str, language: str) -> None:
    """Each language's twelve month names (nominative, genitive, abbreviated) give months 1 to 12."""
    for month, name in enumerate(names.split(), start=1):
        found = parse_date(f"3 {name} 2025", now=NOW)
        assert found is not None, (language, name)
        assert found.value.month == month, (language, name)


def test_vietnamese_months_by_number_and_by_word() -> None:
    """Vietnamese months are "tháng" and a number or a numeral word, "Mười Một" being two words."""
    words = "Một Hai Ba Tư Năm Sáu Bảy Tám Chín Mười Mười_Một Mười_Hai".split()
    for month, word in enumerate(words, start=1):
        for name in (f"tháng {month}", f"tháng {word.replace('_', ' ')}"):
            found = parse_date(f"3 {name} 2025", now=NOW)
            assert found is not None, name
            assert found.value.month == month, name


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("2 часа назад", timedelta(hours=2)),
        ("5 минут назад", timedelta(minutes=5)),
        ("час назад", timedelta(hours=1)),
        ("3 дня назад", timedelta(days=3)),
        ("2 ч. назад", timedelta(hours=2)),
        ("2 години тому", timedelta(hours=2)),
        ("2 год тому", timedelta(hours=2)),  # Ukrainian hours, not the Russian year
        ("3 saat önce", timedelta(hours=3)),
        ("bir saat önce", timedelta(hours=1)),
        ("10 dk önce", timedelta(minutes=10)),
        ("45 menit yang lalu", timedelta(minutes=45)),
        ("2 jam yang lalu", timedelta(hours=2)),
        ("3 hari lalu", timedelta(days=3)),
        ("sejam yang lalu", timedelta(hours=1)),
        ("30 saat yang lalu", timedelta(seconds=30)),  # Malay seconds, not the Turkish hour
        ("před 2 hodinami", timedelta(hours=2)),
        ("před hodinou", timedelta(hours=1)),
        ("před 3 dny", timedelta(days=3)),
        ("πριν από 2 ώρες", timedelta(hours=2)),
        ("πριν 5 λεπτά", timedelta(minutes=5)),
        ("πριν από μία ώρα", timedelta(hours=1)),
        ("ΠΡΙΝ ΑΠΟ 2 ΩΡΕΣ", timedelta(hours=2)),
        ("2 tuntia sitten", timedelta(hours=2)),
        ("tunti sitten", timedelta(hours=1)),
        ("acum 2 ore", timedelta(hours=2)),
        ("acum o oră", timedelta(hours=1)),
        ("2 órája", timedelta(hours=2)),
        ("5 perce", timedelta(minutes=5)),
        ("2 órával ezelőtt", timedelta(hours=2)),
        ("2 giờ trước", timedelta(hours=2)),
        ("10 phút trước", timedelta(minutes=10)),
        ("2시간 전", timedelta(hours=2)),
        ("3일 전", timedelta(days=3)),
        ("5분전", timedelta(minutes=5)),
    ],
)
def test_relative_phrases_in_more_languages(text: str, delta: timedelta) -> None:
    """'N units ago' in the added languages is the reference time minus exactly that."""
    found = parse_date(text, now=NOW)
    assert found is not None, text
    assert found.value == NOW - delta
    assert found.source is DateSource.RELATIVE


@pytest.mark.parametrize(
    ("text", "expected", "date_only"),
    [
        ("Сегодня, 14:05", datetime(2026, 3, 13, 14, 5, tzinfo=PLUS1), False),
        ("Вчера в 21:40", datetime(2026, 3, 12, 21, 40, tzinfo=PLUS1), False),
        ("вчера", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("Сьогодні о 14:05", datetime(2026, 3, 13, 14, 5, tzinfo=PLUS1), False),
        ("bugün 14:05", datetime(2026, 3, 13, 14, 5, tzinfo=PLUS1), False),
        ("dün, 21:40", datetime(2026, 3, 12, 21, 40, tzinfo=PLUS1), False),
        ("hari ini, 09:12", datetime(2026, 3, 13, 9, 12, tzinfo=PLUS1), False),
        ("kemarin", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("dnes 14:05", datetime(2026, 3, 13, 14, 5, tzinfo=PLUS1), False),
        ("včera v 10:20", datetime(2026, 3, 12, 10, 20, tzinfo=PLUS1), False),
        ("σήμερα, 10:20", datetime(2026, 3, 13, 10, 20, tzinfo=PLUS1), False),
        ("χθες", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("tänään klo 15.48", datetime(2026, 3, 13, 15, 48, tzinfo=PLUS1), False),
        ("eilen", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("azi, 10:20", datetime(2026, 3, 13, 10, 20, tzinfo=PLUS1), False),
        ("ieri, 21:15", datetime(2026, 3, 12, 21, 15, tzinfo=PLUS1), False),
        ("ma 14:05", datetime(2026, 3, 13, 14, 5, tzinfo=PLUS1), False),
        ("tegnap", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("hôm nay", datetime(2026, 3, 13, tzinfo=PLUS1), True),
        ("hôm qua lúc 10:20", datetime(2026, 3, 12, 10, 20, tzinfo=PLUS1), False),
        ("오늘 14:05", datetime(2026, 3, 13, 14, 5, tzinfo=PLUS1), False),
        ("어제", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("어제 오후 2:05", datetime(2026, 3, 12, 14, 5, tzinfo=PLUS1), False),
    ],
)
def test_day_words_in_more_languages(text: str, expected: datetime, date_only: bool) -> None:
    """'Today'/'yesterday' in the added languages, with or without a time, give that local day."""
    found = parse_date(text, now=NOW)
    assert found is not None, text
    assert (found.value, found.date_only) == (expected, date_only)
    assert found.source is DateSource.RELATIVE


@pytest.mark.parametrize(
    ("text", "expected", "date_only"),
    [
        ("12.3.", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12.3. 15:48", datetime(2026, 3, 12, 15, 48, tzinfo=PLUS1), False),
        ("12.3. klo 15.48", datetime(2026, 3, 12, 15, 48, tzinfo=PLUS1), False),
        ("12. 3.", datetime(2026, 3, 12, tzinfo=PLUS1), True),
        ("12.11.", datetime(2025, 11, 12, tzinfo=PLUS1), True),  # November this year is still to come
        ("31.12. klo 23.59", datetime(2025, 12, 31, 23, 59, tzinfo=PLUS1), False),
    ],
)
def test_day_and_month_without_year(text: str, expected: datetime, date_only: bool) -> None:
    """'12.3.' takes the year that puts the date not after the reference time."""
    found = parse_date(text, now=NOW)
    assert found is not None, text
    assert (found.value, found.date_only) == (expected, date_only)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("12/03/2026 10:20 (GMT+7)", timedelta(hours=7)),
        ("12/03/2026 10:20 (UTC+02:00)", timedelta(hours=2)),
        ("12/03/2026 10:20 GMT+7", timedelta(hours=7)),
        ("12/03/2026 10:20 GMT-03:30", -timedelta(hours=3, minutes=30)),
        ("12 March 2026 10:20 UTC+5:30", timedelta(hours=5, minutes=30)),
    ],
)
def test_utc_offset_after_the_time(text: str, offset: timedelta) -> None:
    """A UTC offset after the time, bracketed or not, is the zone of that time."""
    found = parse_date(text, now=NOW, zone=UTC)
    assert found is not None, text
    assert found.value.utcoffset() == offset
    assert (found.value.hour, found.value.minute) == (10, 20)


def test_clock_with_a_bracketed_offset() -> None:
    """A time alone with its offset in brackets ("10:20 (GMT+7)") is read in that offset."""
    found = parse_clock("10:20 (GMT+7)", now=NOW, on=datetime(2026, 3, 12).date())
    assert found is not None
    assert found.value == datetime(2026, 3, 12, 10, 20, tzinfo=PLUS7)


@pytest.mark.parametrize(
    "text",
    [
        "12.3",  # a plain number
        "3.12.1",  # a version number
        "1.2.3",
        "Version 3.12.1",
        "1-1",  # a score
        "2 hours",  # no "ago"
        "I waited 2 hours",
        "2 часа",
        "2 saat",
        "3 saat sonra",  # "3 hours later"
        "2 órája múlva",
        "в марте 2026 года прошли выборы",  # free text with a month word
        "12 марта было холодно",
        "Mart ayında ihracat arttı",
        "Σήμερα ο δήμαρχος μίλησε",
        "Hôm nay trời đẹp",
        "Vào ngày 12 tháng 3 năm 2026 có mưa",
        "Ma a sindaco",
        "12 marzec wieczorem",
        "tháng 3",  # a month without a day
        "12 tháng",
        "12 March 2025 25:00",  # no such time
        "12/03/2026 10:20 (GMT+25)",  # no such offset
        "12/03/2026 10:20 (FOO)",  # no such zone
        "99999999999999 days ago",
        "12 Mart 2026 Perşembe akşamı",
        "Thứ năm là ngày 12/3/2026",
    ],
)
def test_more_free_text_is_never_a_date(text: str) -> None:
    """Text that merely contains a month word, a number or a unit is no date."""
    assert parse_date(text, now=NOW) is None


def test_weekday_abbreviations_are_no_month_names() -> None:
    """No weekday word is a month name ("mar" for Tuesday would eat "Mar 12, 2026")."""
    assert not set(datewords.WEEKDAYS) & set(datewords.MONTHS)
    found = parse_date("Mar 12, 2026", now=NOW)
    assert found is not None
    assert found.value == datetime(2026, 3, 12, tzinfo=PLUS1)


def test_patterns_do_not_grow_with_languages() -> None:
    """Words live in tables, not in the patterns, so a new language adds no compile time at import."""
    patterns = [value for value in vars(dates).values() if isinstance(value, re.Pattern)]
    assert patterns
    for pattern in patterns:
        assert len(pattern.pattern) < 400, pattern.pattern
        assert not re.search(r"march|марта|mart\b|dicembre", pattern.pattern, re.IGNORECASE)
