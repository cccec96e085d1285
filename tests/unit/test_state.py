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
        with state.saving("feed", records, T0, None) as write:
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
        with state.saving("feed", first, T0, None) as write:
            write()
        state.published("feed", "print-1")
        with (
            pytest.raises(ValueError, match="render failed"),
            state.saving("feed", second, T0, None) as write,
        ):
            write()
            raise ValueError("the render failed")
        assert state.load("feed") == first
        assert state.fingerprint("feed") == ("print-1", None)
        with state.saving("feed", second, T0, None) as write:
            write()
        assert state.load("feed") == second


def test_a_run_counts_as_done_only_once_its_files_are_published(tmp_path: Path) -> None:
    """Until ``published`` records the inputs' fingerprint, the next run with those inputs builds again:
    the files of a run whose publishing failed are rewritten, not skipped."""
    records = {e.id: Record(e, T0, T0, "h1") for e in (make_entry(1),)}
    with StateStore(tmp_path / "state.sqlite") as state:
        with state.saving("feed", records, T0, None) as write:
            write()
        assert state.fingerprint("feed") == ("", None)  # no input digest is empty: never "unchanged"
        state.published("feed", "print-1")
        assert state.fingerprint("feed") == ("print-1", None)
        with state.saving("feed", records, T0, None) as write:
            write()
        assert state.fingerprint("feed") == ("", None)


def test_a_save_block_that_never_writes_is_a_bug(tmp_path: Path) -> None:
    records = {e.id: Record(e, T0, T0, "h1") for e in (make_entry(1),)}
    with StateStore(tmp_path / "state.sqlite") as state:
        with pytest.raises(RuntimeError, match="never written"), state.saving("feed", records, T0, None):
            pass
        assert state.load("feed") == {}
