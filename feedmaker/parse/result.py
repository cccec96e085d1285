"""What every parser returns."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Problem, RawEntry


@dataclass(frozen=True, slots=True)
class ParseResult:
    """The stories a parser found, in page order, the problems it met, and its explanation lines."""

    entries: tuple[RawEntry, ...]
    problems: tuple[Problem, ...] = ()
    explain: tuple[str, ...] = ()
