"""The state store's reads for the site index: the newest listed entries, without decoding the rest."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from helpers import T0, make_entry

from feedmaker.model import Record
from feedmaker.state import StateStore


def test_newest_lists_the_listed_entries_newest_first_and_every_first_seen(tmp_path: Path) -> None:
    """Five newest by published date (first seen breaks ties); unlisted ones are left out of those
    five but their first-seen times still count for the chart."""
    records = {}
    for n in range(1, 9):
        entry = make_entry(n)
        listed = n not in (1, 4)  # retention took stories 1 and 4 out of the feed
        records[entry.id] = Record(entry, T0 - timedelta(minutes=n), T0, f"h{n}", listed=listed)
    tie = make_entry(20, published=make_entry(3).published)  # as new as story 3, first seen later
    records[tie.id] = Record(tie, T0, T0, "h20")
    with StateStore(tmp_path / "state.sqlite") as state:
        state.save("feed", records, "print", T0, None)
        newest, first_seen = state.newest("feed", 5)
        assert state.newest("other", 5) == ((), ())
    assert [e.title for e in newest] == [make_entry(n).title for n in (2, 20, 3, 5, 6)]
    assert newest[0] == records[make_entry(2).id].entry  # decoded whole
    assert sorted(first_seen) == sorted(r.first_seen for r in records.values())
