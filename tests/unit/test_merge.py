"""Merging a run into the feed's history: ids and dates stay put, changes move `updated`, retention."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from feedmaker.merge import MergeResult, merge_history
from feedmaker.model import DateSource, Entry, Origin, Record, Retention

T0 = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
NONE = Retention()


def story(
    n: int,
    title: str | None = None,
    text: str | None = None,
    source: DateSource = DateSource.FIRST_SEEN,
    published: datetime = T0,
) -> Entry:
    return Entry(
        id=f"tag:x,2026:{n}",
        title=title or f"Story number {n} about the harbour",
        published=published,
        updated=published,
        date_source=source,
        origin=Origin("p.txt", n),
        summary=text or f"Paragraph of story {n}.",
        content=f"<p>{text or f'Paragraph of story {n}.'}</p>",
    )


def run(
    history: dict[str, Record], fresh: list[Entry], now: datetime, retention: Retention = NONE
) -> MergeResult:
    return merge_history(history, fresh, now, retention)


def test_new_stories_are_staggered_in_page_order() -> None:
    """Undated stories first seen together: now, now - 1 s, ... (top story newest)."""
    result = run({}, [story(1), story(2), story(3)], T0)
    assert [e.published for e in result.entries] == [T0, T0 - timedelta(seconds=1), T0 - timedelta(seconds=2)]
    assert [e.id for e in result.entries] == ["tag:x,2026:1", "tag:x,2026:2", "tag:x,2026:3"]
    assert len({e.updated for e in result.entries}) == 3
    assert result.added == ("tag:x,2026:1", "tag:x,2026:2", "tag:x,2026:3")


def test_a_second_run_changes_nothing() -> None:
    first = run({}, [story(1), story(2)], T0)
    second = run(first.records, [story(1), story(2)], T0 + timedelta(hours=1))
    assert second.entries == first.entries
    assert (second.added, second.updated, second.dropped) == ((), (), ())


def test_known_story_keeps_its_date_when_the_page_moves_it() -> None:
    """Reordered on the page: first-seen dates do not move."""
    first = run({}, [story(1), story(2)], T0)
    second = run(first.records, [story(2), story(1)], T0 + timedelta(hours=1))
    assert {e.id: e.published for e in second.entries} == {e.id: e.published for e in first.entries}


def test_edited_story_keeps_id_and_published_and_moves_updated() -> None:
    first = run({}, [story(1)], T0)
    later = T0 + timedelta(hours=2)
    second = run(first.records, [story(1, text="Corrected paragraph of story 1.")], later)
    (entry,) = second.entries
    assert (entry.id, entry.published, entry.updated) == ("tag:x,2026:1", T0, later)
    assert entry.summary == "Corrected paragraph of story 1."
    assert second.updated == ("tag:x,2026:1",)


def test_cosmetic_differences_do_not_count_as_an_edit() -> None:
    first = run({}, [story(1, text="It’s the “harbour” plan.")], T0)
    second = run(first.records, [story(1, text='It\'s the "harbour"  plan.')], T0 + timedelta(hours=1))
    assert second.updated == ()


def test_retitled_with_a_site_name_keeps_its_id() -> None:
    """'Title' and 'Title - The Gazette' are one story, even though the new one got another id."""
    first = run({}, [story(1, title="Ferry fares rise in spring")], T0)
    renamed = replace(story(1, title="Ferry fares rise in spring - The Gazette"), id="tag:x,2026:other")
    second = run(first.records, [renamed], T0 + timedelta(hours=1))
    assert [e.id for e in second.entries] == ["tag:x,2026:1"]
    assert second.added == ()


def test_story_off_the_page_stays_until_retention() -> None:
    first = run({}, [story(1), story(2)], T0)
    second = run(first.records, [story(1)], T0 + timedelta(hours=1))
    assert len(second.entries) == 2
    assert second.dropped == ("tag:x,2026:2",)
    third = run(second.records, [story(3), story(1)], T0 + timedelta(hours=2), Retention(max_items=2))
    assert [e.id for e in third.entries] == ["tag:x,2026:3", "tag:x,2026:1"]
    assert third.expired == ("tag:x,2026:2",)


def test_reappearing_story_keeps_its_old_id_and_dates() -> None:
    first = run({}, [story(1), story(2)], T0)
    gone = run(first.records, [story(1)], T0 + timedelta(hours=1), Retention(max_items=1))
    back = run(gone.records, [story(1), story(2)], T0 + timedelta(hours=2), Retention(max_items=5))
    old = {e.id: e.published for e in first.entries}
    assert {e.id: e.published for e in back.entries} == old
    assert back.added == ()


def test_max_age_drops_old_stories() -> None:
    old = story(1, source=DateSource.PAGE, published=T0 - timedelta(days=40))
    result = run(
        {},
        [story(2, source=DateSource.PAGE, published=T0 - timedelta(days=1)), old],
        T0,
        Retention(max_age=timedelta(days=30)),
    )
    assert [e.id for e in result.entries] == ["tag:x,2026:2"]


def test_relative_date_does_not_drift() -> None:
    """'3 hours ago' resolved at first sight stays that instant on later runs."""
    first_sight = story(1, source=DateSource.RELATIVE, published=T0 - timedelta(hours=3))
    first = run({}, [first_sight], T0)
    later = story(1, source=DateSource.RELATIVE, published=T0 + timedelta(hours=5) - timedelta(hours=3))
    second = run(first.records, [later], T0 + timedelta(hours=5))
    assert second.entries[0].published == T0 - timedelta(hours=3)


def test_new_story_sharing_paragraphs_is_distinct() -> None:
    shared = "Greenland is a semi-autonomous part of Denmark."
    first = run({}, [story(1, title="Trump says the US needs Greenland", text=shared)], T0)
    second = run(
        first.records,
        [
            story(1, title="Trump says the US needs Greenland", text=shared),
            story(2, title="New envoy named for Greenland", text=shared),
        ],
        T0 + timedelta(hours=1),
    )
    assert [e.id for e in second.entries] == ["tag:x,2026:2", "tag:x,2026:1"]
    assert second.added == ("tag:x,2026:2",)
