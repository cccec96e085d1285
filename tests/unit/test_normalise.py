"""RawEntry -> Entry: titles (derived when missing), date choice, ids, content."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from feedmaker.errors import EntryError
from feedmaker.model import Block, DateSource, RawDate, RawEntry
from feedmaker.normalise import Settings, derive_title, normalise, normalise_all

NOW = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
SETTINGS = Settings(now=NOW, authority="site.example")


def raw(**values: object) -> RawEntry:
    from feedmaker.model import Origin

    return RawEntry(origin=Origin("page.txt", 1), **values)  # type: ignore[arg-type]


def day(d: int, date_only: bool = True, hour: int = 0, source: DateSource = DateSource.PAGE) -> RawDate:
    return RawDate(f"day {d}", datetime(2026, 2, d, hour, tzinfo=UTC), source, date_only)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The city of Hangzhou is one of the most historic in China. But this ancient place...",
            "The city of Hangzhou is one of the most historic in China",
        ),
        ("Is the bridge safe? Engineers disagree.", "Is the bridge safe?"),
        (
            "A very long first sentence " + "that goes on " * 20 + "until it ends.",
            "A very long first sentence that goes on that goes on that goes on that goes on that goes on that goes on…",
        ),
    ],
)
def test_derived_titles(text: str, title: str) -> None:
    """A derived title is the first sentence, without its full stop, cut at a word boundary (≤ 110)."""
    assert derive_title(text) == title
    assert len(derive_title(text)) <= 110


def test_missing_title_is_derived_and_flagged() -> None:
    entry = normalise(raw(body=(Block("p", "Ferries resume on Monday. More later."),)), SETTINGS)
    assert (entry.title, entry.title_derived) == ("Ferries resume on Monday", True)


def test_story_without_words_is_rejected() -> None:
    """Nothing to call it: a Problem for the run, not an entry with an empty title."""
    with pytest.raises(EntryError):
        normalise(raw(body=(Block("p", "."),)), SETTINGS)
    entries, problems = normalise_all([raw(body=(Block("p", "…"),)), raw(title="Real story")], SETTINGS)
    assert [e.title for e in entries] == ["Real story"]
    assert len(problems) == 1 and "page.txt:1" in str(problems[0])


def test_timed_date_wins_when_it_agrees_with_the_printed_day() -> None:
    """'3 hours ago' and 'on 13 February' agree: the precise one is kept."""
    entry = normalise(raw(title="t", dates=(day(13, False, 9, DateSource.RELATIVE), day(13))), SETTINGS)
    assert entry.published == datetime(2026, 2, 13, 9, tzinfo=UTC)
    assert entry.date_source is DateSource.RELATIVE


def test_printed_day_wins_when_the_relative_label_disagrees() -> None:
    entry = normalise(raw(title="t", dates=(day(13, False, 9, DateSource.RELATIVE), day(10))), SETTINGS)
    assert entry.published == datetime(2026, 2, 10, tzinfo=UTC)


def test_structured_date_wins() -> None:
    entry = normalise(
        raw(title="t", dates=(day(13, False, 9), day(12, False, 8, DateSource.STRUCTURED))), SETTINGS
    )
    assert entry.published.day == 12


def test_updated_only_story_is_dated_by_its_update() -> None:
    entry = normalise(raw(title="t", updated=(day(11, False, 7),)), SETTINGS)
    assert entry.published == entry.updated == datetime(2026, 2, 11, 7, tzinfo=UTC)


def test_undated_stories_keep_page_order_a_second_apart() -> None:
    """No date: the reference time, one second earlier per page position."""
    entries, _ = normalise_all([raw(title="a"), raw(title="b")], SETTINGS)
    assert [e.published for e in entries] == [NOW, NOW - timedelta(seconds=1)]
    assert all(e.date_source is DateSource.FIRST_SEEN for e in entries)


def test_ids_ignore_cosmetic_title_changes() -> None:
    """Curly vs straight quotes, dashes, case and spacing keep the id; the section is part of it."""
    a = normalise(raw(title="Trump’s envoy – ‘a part of the US’", section="World"), SETTINGS)
    b = normalise(raw(title="trump's  envoy - 'A part of the US'", section="world"), SETTINGS)
    c = normalise(raw(title="Trump’s envoy – ‘a part of the US’", section="Business"), SETTINGS)
    assert a.id == b.id != c.id
    assert a.id.startswith("tag:site.example,2026:")


def test_link_is_the_id() -> None:
    entry = normalise(raw(title="t", link="https://Site.example/a?utm_source=x&id=3#top"), SETTINGS)
    assert entry.link == "https://site.example/a?id=3"  # readers open the clean link too
    assert entry.id == "https://site.example/a?id=3"
    assert entry.permalink  # RSS guid isPermaLink="true"


def test_content_is_escaped_once() -> None:
    entry = normalise(raw(title="t", body=(Block("p", "Fish & <chips>"), Block("h", "Q & A"))), SETTINGS)
    assert entry.content == "<p>Fish &amp; &lt;chips&gt;</p>\n<h3>Q &amp; A</h3>"
    assert entry.summary == "Fish & <chips>"


def test_control_characters_are_removed() -> None:
    """XML-illegal characters never reach the writers (feedgen would raise)."""
    entry = normalise(raw(title="Bad\x00 title\x0b", body=(Block("p", "Text\x1f here."),)), SETTINGS)
    assert entry.title == "Bad title"
    assert entry.summary == "Text here."
