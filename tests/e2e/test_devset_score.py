"""The shared development set, scored by its own tool as a reader would see the feeds."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import shared_path


def _score(only: str) -> dict[str, str]:
    truth = shared_path("devset", "truth.json")
    tool = shared_path("tools", "score_scrapes.py")
    result = subprocess.run(
        [
            sys.executable,
            str(tool),
            str(truth),
            "--only",
            only,
            "--feedmaker",
            f"{sys.executable} -m feedmaker",
            "-v",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("score"), result.stdout + result.stderr
    print(result.stdout)
    return dict(re.findall(r"([a-z-]+) (\S+)", summary.split(":", 1)[1]))


@pytest.mark.shared
def test_text_devset_is_perfect() -> None:
    """Every story, every title, body start, date and author; no noise, no duplicate id, no failure."""
    figures = _score("text")
    for key in ("recall", "precision", "titles", "bodies", "dates", "authors"):
        assert figures[key] == "100%", (key, figures)
    for key in ("noise", "dup-ids", "failed", "tracebacks"):
        assert figures[key] == "0", (key, figures)
