"""feedmaker: turn scraped news pages into valid Atom, RSS and JSON feeds with stable GUIDs.

The public API is what ``__all__`` lists; everything else is private. Names
are imported on first use, so that ``feedmaker --version`` and small cron
builds start fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "build_feed": "pipeline",
    "collect": "pipeline",
    "render": "pipeline",
    "FeedSpec": "pipeline",
    "parse_document": "parse",
    "ParseOptions": "parse",
    "ParseResult": "parse.result",
    "load_profile": "parse.profiles",
    "Profile": "parse.profiles",
    "read_document": "read",
    "Document": "read",
    "parse_date": "dates",
    "Entry": "model",
    "RawEntry": "model",
    "FeedMeta": "model",
    "Origin": "model",
    "Image": "model",
    "Problem": "model",
    "RunReport": "model",
    "DateSource": "model",
    "FeedmakerError": "errors",
    "ConfigError": "errors",
    "UsageError": "errors",
    "SourceError": "errors",
    "EntryError": "errors",
    "EmptyRun": "errors",
    "RenderError": "errors",
    "PublishError": "errors",
    "main": "cli",
}

__all__ = [
    "ConfigError",
    "DateSource",
    "Document",
    "EmptyRun",
    "Entry",
    "EntryError",
    "FeedMeta",
    "FeedSpec",
    "FeedmakerError",
    "Image",
    "Origin",
    "ParseOptions",
    "ParseResult",
    "Problem",
    "Profile",
    "PublishError",
    "RawEntry",
    "RenderError",
    "RunReport",
    "SourceError",
    "UsageError",
    "__version__",
    "build_feed",
    "collect",
    "load_profile",
    "main",
    "parse_date",
    "parse_document",
    "read_document",
    "render",
]

if TYPE_CHECKING:
    from .cli import main
    from .dates import parse_date
    from .errors import (
        ConfigError,
        EmptyRun,
        EntryError,
        FeedmakerError,
        PublishError,
        RenderError,
        SourceError,
        UsageError,
    )
    from .model import DateSource, Entry, FeedMeta, Image, Origin, Problem, RawEntry, RunReport
    from .parse import ParseOptions, parse_document
    from .parse.profiles import Profile, load_profile
    from .parse.result import ParseResult
    from .pipeline import FeedSpec, build_feed, collect, render
    from .read import Document, read_document


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'feedmaker' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
