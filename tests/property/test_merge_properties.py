"""Property-based: merging is idempotent and never loses or duplicates a story."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from helpers import make_entry
from hypothesis import given, settings
from hypothesis import strategies as st

from feedmaker.merge import dedupe, merge_history
from feedmaker.model import DateSource, Retention

T0 = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
_PAGES = st.lists(
    st.lists(st.integers(min_value=1, max_value=12), max_size=8, unique=True), min_size=1, max_size=5
)


@settings(max_examples=120, deadline=None)
@given(_PAGES, st.sampled_from([None, 3, 6]))
def test_runs_keep_ids_dates_and_are_idempotent(pages: list[list[int]], max_items: int | None) -> None:
    """Over any sequence of pages: ids unique, a story's published date never moves, and running the
    same page twice changes nothing."""
    history: dict = {}
    published: dict[str, datetime] = {}
    for run, page in enumerate(pages):
        now = T0 + timedelta(hours=run)
        fresh = dedupe(
            make_entry(n, date_source=DateSource.FIRST_SEEN, published=now, updated=now) for n in page
        )
        result = merge_history(history, fresh, now, Retention(max_items=max_items))
        ids = [e.id for e in result.entries]
        assert len(ids) == len(set(ids))
        for entry in result.entries:
            assert published.setdefault(entry.id, entry.published) == entry.published
        assert all(n in {int(i.rsplit(":", 1)[1], 16) for i in result.records} for n in page)
        again = merge_history(
            result.records, fresh, now + timedelta(minutes=5), Retention(max_items=max_items)
        )
        assert again.entries == result.entries and again.added == () and again.updated == ()
        history = result.records
