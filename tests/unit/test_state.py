"""The state store: its reads for the site index, and saves that keep all or nothing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
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
        with state.saving("feed", records, "print", T0, None) as write:
            write()
        newest, first_seen = state.newest("feed", 5)
        assert state.newest("other", 5) == ((), ())
    assert [e.title for e in newest] == [make_entry(n).title for n in (2, 20, 3, 5, 6)]
    assert newest[0] == records[make_entry(2).id].entry  # decoded whole
    assert sorted(first_seen) == sorted(r.first_seen for r in records.values())


def test_a_save_whose_block_raises_is_rolled_back(tmp_path: Path) -> None:
    """``saving`` keeps what it wrote only when the block around it ends without an exception."""
    first = {e.id: Record(e, T0, T0, "h1") for e in (make_entry(1),)}
    second = {e.id: Record(e, T0, T0, "h2") for e in (make_entry(2), make_entry(3))}
    with StateStore(tmp_path / "state.sqlite") as state:
        with state.saving("feed", first, "print-1", T0, None) as write:
            write()
        with pytest.raises(RuntimeError), state.saving("feed", second, "print-2", T0, None) as write:
            write()
            raise RuntimeError("the render failed")
        assert state.load("feed") == first
        assert state.fingerprint("feed") == ("print-1", None)
        with state.saving("feed", second, "print-2", T0, None) as write:
            write()
        assert state.load("feed") == second
