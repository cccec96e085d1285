"""The public surface: what `feedmaker` exports is exactly what __all__ lists, and it all resolves."""

from __future__ import annotations

import subprocess
import sys

import feedmaker


def test_every_name_in_all_resolves() -> None:
    for name in feedmaker.__all__:
        assert getattr(feedmaker, name) is not None, name


def test_all_is_sorted_and_has_no_private_names() -> None:
    names = [n for n in feedmaker.__all__ if n != "__version__"]
    assert names == sorted(names)
    assert not any(n.startswith("_") for n in names)


def test_importing_the_package_stays_light() -> None:
    """`import feedmaker` (and so `feedmaker --version`) loads none of the heavy libraries."""
    code = "import sys, feedmaker; print(sorted(m for m in ('feedgen', 'lxml', 'bs4', 'dateutil', 'nh3') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]"
