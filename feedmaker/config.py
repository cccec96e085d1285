"""The configuration file (TOML, read with tomllib) -> a frozen Config, validated once at load.

Every mistake is a ConfigError naming the file, the key and what is wrong,
unknown keys included: a typo must not silently fall back to a default.
Paths (inputs, output, state) are relative to the config file's folder.
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass, field
from datetime import timedelta, tzinfo
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .model import FeedMeta, Retention
from .render import FORMATS
from .tomlfile import read_toml

_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_AGE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$")
_AGE_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}

_TOP_KEYS = {
    "title",
    "output",
    "base_url",
    "timezone",
    "state",
    "lock_timeout",
    "formats",
    "author",
    "language",
    "feed",
}
_FEED_KEYS = {
    "slug",
    "title",
    "link",
    "description",
    "language",
    "author",
    "inputs",
    "formats",
    "parser",
    "filters",
}
_PARSER_KEYS = {"kind", "profile", "page_url", "dayfirst", "select", "map"}
_FILTER_KEYS = {"include", "exclude", "max_items", "max_age"}


@dataclass(frozen=True, slots=True)
class Filters:
    """Which stories a feed keeps: regular expressions on title and text."""

    include: tuple[re.Pattern[str], ...] = ()
    exclude: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """One ``[[feed]]`` table, validated."""

    meta: FeedMeta
    inputs: tuple[str, ...]  # patterns, absolute
    formats: tuple[str, ...]
    kind: str = "auto"
    profile: str | None = None
    page_url: str | None = None
    dayfirst: bool | None = None
    select: tuple[tuple[str, str], ...] = ()
    key_map: tuple[tuple[str, str], ...] = ()
    filters: Filters = field(default_factory=Filters)
    retention: Retention = field(default_factory=Retention)


@dataclass(frozen=True, slots=True)
class Config:
    """The whole file: site-wide settings and the feeds."""

    path: Path
    output: Path
    state: Path
    zone: tzinfo | None
    lock_timeout: float
    feeds: tuple[FeedConfig, ...]
    title: str = "Feeds"  # of the site's index page and OPML list


def load_config(path: Path) -> Config:
    """Return the validated configuration in ``path``. Raises ConfigError (exit 2) on any mistake."""
    data = read_toml(path, "no such configuration file (`feedmaker init` writes a starter one)")
    return parse_config(data, path)


def parse_config(data: dict[str, Any], path: Path) -> Config:
    """Return the Config that ``data`` (parsed TOML) describes; ``path`` names the file in errors."""
    where = _Where(path)
    where.unknown(data, _TOP_KEYS, "")
    base = path.resolve().parent
    output = base / where.string(data, "output", "", default="output")
    state = base / where.string(data, "state", "", default=".feedmaker/state.sqlite")
    if _inside(state, output):
        raise ConfigError(
            f"{path}: key 'state': the state file must not be inside the output folder {output}"
        )
    zone = _zone(where.string(data, "timezone", "", default=""), where)
    lock_timeout = where.number(data, "lock_timeout", "", default=60.0)
    base_url = where.url(data, "base_url", "")
    defaults = {
        "author": where.string(data, "author", "", default="feedmaker"),
        "language": where.string(data, "language", "", default="") or None,
        "formats": where.formats(data, "formats", "", default=FORMATS),
    }
    feeds_raw = data.get("feed", [])
    if not isinstance(feeds_raw, list) or not feeds_raw:
        raise ConfigError(f"{path}: no [[feed]] table: a configuration needs at least one feed")
    feeds = tuple(_feed(raw, i, where, base, base_url, defaults) for i, raw in enumerate(feeds_raw, start=1))
    slugs = [f.meta.slug for f in feeds]
    duplicates = sorted({s for s in slugs if slugs.count(s) > 1})
    if duplicates:
        raise ConfigError(f"{path}: key 'slug': {', '.join(duplicates)} used by more than one feed")
    title = where.string(data, "title", "", default="Feeds")
    return Config(path, output, state, zone, lock_timeout, feeds, title)


def _feed(
    raw: Any, index: int, where: _Where, base: Path, base_url: str | None, defaults: dict[str, Any]
) -> FeedConfig:
    scope = f"feed {index}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where.path}: [{scope}] must be a table")
    where.unknown(raw, _FEED_KEYS, scope)
    slug = where.string(raw, "slug", scope, required=True)
    if not _SLUG.match(slug):
        raise ConfigError(f"{where.path}: [{scope}] key 'slug': {slug!r} is not a usable file name")
    scope = f"feed {slug}"
    inputs_raw = raw.get("inputs")
    if isinstance(inputs_raw, str):
        inputs_raw = [inputs_raw]
    if not isinstance(inputs_raw, list) or not inputs_raw or not all(isinstance(i, str) for i in inputs_raw):
        raise ConfigError(f"{where.path}: [{scope}] key 'inputs': a list of paths or globs is required")
    parser = raw.get("parser", {})
    if not isinstance(parser, dict):
        raise ConfigError(f"{where.path}: [{scope}] key 'parser' must be a table")
    where.unknown(parser, _PARSER_KEYS, f"{scope}.parser")
    filters = raw.get("filters", {})
    if not isinstance(filters, dict):
        raise ConfigError(f"{where.path}: [{scope}] key 'filters' must be a table")
    where.unknown(filters, _FILTER_KEYS, f"{scope}.filters")
    kind = where.string(parser, "kind", f"{scope}.parser", default="auto")
    if kind not in ("auto", "text", "html", "jsonl"):
        raise ConfigError(
            f"{where.path}: [{scope}] key 'parser.kind': {kind!r} is not auto, text, html or jsonl"
        )
    dayfirst = parser.get("dayfirst")
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise ConfigError(f"{where.path}: [{scope}] key 'parser.dayfirst' must be true or false")
    meta = FeedMeta(
        slug=slug,
        title=where.string(raw, "title", scope, default=slug.replace("-", " ").title()),
        link=where.url(raw, "link", scope),
        self_base=base_url,
        description=where.string(raw, "description", scope, default="") or None,
        language=where.string(raw, "language", scope, default="") or defaults["language"],
        author=where.string(raw, "author", scope, default=defaults["author"]),
    )
    return FeedConfig(
        meta=meta,
        inputs=tuple(str(base / p) if not Path(p).is_absolute() else p for p in inputs_raw),
        formats=where.formats(raw, "formats", scope, default=defaults["formats"]),
        kind=kind,
        profile=where.string(parser, "profile", f"{scope}.parser", default="") or None,
        page_url=where.url(parser, "page_url", f"{scope}.parser"),
        dayfirst=dayfirst,
        select=where.pairs(parser, "select", f"{scope}.parser"),
        key_map=where.pairs(parser, "map", f"{scope}.parser"),
        filters=Filters(
            where.patterns(filters, "include", f"{scope}.filters"),
            where.patterns(filters, "exclude", f"{scope}.filters"),
        ),
        retention=Retention(
            where.positive_int(filters, "max_items", f"{scope}.filters"),
            where.age(filters, "max_age", f"{scope}.filters"),
        ),
    )


@dataclass(frozen=True, slots=True)
class _Where:
    """Typed lookups that raise ConfigError naming the file, the table and the key."""

    path: Path

    def fail(self, scope: str, key: str, message: str) -> ConfigError:
        table = f"[{scope}] " if scope else ""
        return ConfigError(f"{self.path}: {table}key '{key}': {message}")

    def unknown(self, table: dict[str, Any], known: set[str], scope: str) -> None:
        for key in table:
            if key not in known:
                raise self.fail(scope, key, f"unknown key (known: {', '.join(sorted(known))})")

    def string(
        self, table: dict[str, Any], key: str, scope: str, default: str = "", required: bool = False
    ) -> str:
        if key not in table:
            if required:
                raise self.fail(scope, key, "missing (required)")
            return default
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(scope, key, f"must be a string, not {type(value).__name__}")
        return value.strip()

    def url(self, table: dict[str, Any], key: str, scope: str) -> str | None:
        value = self.string(table, key, scope)
        if value and not re.match(r"^https?://[^/\s]+", value):
            raise self.fail(scope, key, f"{value!r} is not an absolute http(s) URL")
        return value or None

    def number(self, table: dict[str, Any], key: str, scope: str, default: float) -> float:
        value = table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise self.fail(scope, key, "must be a number of seconds, 0 or more")
        return float(value)

    def positive_int(self, table: dict[str, Any], key: str, scope: str) -> int | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self.fail(scope, key, "must be a whole number, 1 or more")
        return value

    def age(self, table: dict[str, Any], key: str, scope: str) -> timedelta | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return timedelta(days=value)
        m = _AGE.match(value) if isinstance(value, str) else None
        if not m or int(m[1]) == 0:
            raise self.fail(
                scope, key, f'{value!r} is not an age such as "30d", "12h", "2w" or a number of days'
            )
        return timedelta(**{_AGE_UNITS[m[2]]: int(m[1])})

    def formats(
        self, table: dict[str, Any], key: str, scope: str, default: tuple[str, ...]
    ) -> tuple[str, ...]:
        if key not in table:
            return default
        value = table[key]
        if not isinstance(value, list) or not value or any(v not in FORMATS for v in value):
            raise self.fail(scope, key, f"must be a list of formats from {', '.join(FORMATS)}")
        return tuple(dict.fromkeys(value))

    def patterns(self, table: dict[str, Any], key: str, scope: str) -> tuple[re.Pattern[str], ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(scope, key, "must be a list of regular expressions")
        try:
            return tuple(re.compile(v, re.IGNORECASE) for v in value)
        except re.error as exc:
            raise self.fail(scope, key, f"not a valid regular expression ({exc})") from None

    def pairs(self, table: dict[str, Any], key: str, scope: str) -> tuple[tuple[str, str], ...]:
        value = table.get(key, {})
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise self.fail(scope, key, 'must be a table of strings (field = "...")')
        return tuple(value.items())


def _zone(name: str, where: _Where) -> tzinfo | None:
    if not name:
        return None
    from .dates import zone_named

    try:
        return zone_named(name)
    except ValueError:
        raise where.fail(
            "", "timezone", f"unknown time zone {name!r} (use e.g. Europe/Paris or +01:00)"
        ) from None


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def expand_inputs(feed: FeedConfig) -> tuple[str, ...]:
    """Return the feed's input files (globs expanded, sorted), or raise SourceError when none exists."""
    from .errors import SourceError

    paths: list[str] = []
    for pattern in feed.inputs:
        if glob.has_magic(pattern):
            paths.extend(sorted(glob.glob(pattern, recursive=True)))
        else:
            paths.append(pattern)
    if not paths:
        raise SourceError(f"feed {feed.meta.slug!r}: no input file matches {', '.join(feed.inputs)}")
    return tuple(paths)


STARTER = """# feedmaker configuration: `feedmaker build` reads this file from the current folder.
# Paths are relative to this file. Every key is documented in the README.

title = "My feeds"                     # title of output/index.html and feeds.opml
output = "output"                      # folder to publish (serve it, or rsync it to a static host)
# base_url = "https://example.org/feeds/"  # where `output` is served: gives feeds a correct self link
# timezone = "Europe/London"           # zone of times printed without one (default: UTC)
# state = ".feedmaker/state.sqlite"    # history of every feed (never inside `output`)
# lock_timeout = 60                    # seconds a build waits for another one to finish

[[feed]]
slug = "example"                       # file names: output/example.atom, .rss, .json
title = "Example news"
# link = "https://news.example/"       # the site the feed is about
# description = "Local news from the example site"
# language = "en"
inputs = ["scrapes/example*.txt"]      # paths and globs: text, HTML or JSON lines
# formats = ["atom", "rss", "json"]

# [feed.parser]
# kind = "auto"                        # auto, text, html or jsonl
# profile = "default"                  # default, en, fr, de, es, it, pt, nl, sv, pl, or a .toml profile file
# page_url = "https://news.example/latest/"  # HTML: where the page was scraped from
# select = { item = "article.post", title = "h2 a", date = "time@datetime" }

# [feed.filters]
# include = ["harbour", "ferry"]       # keep only stories whose title or text matches one
# exclude = ["^Sponsored"]             # drop stories whose title or text matches one
# max_items = 50                       # stories kept in the feed
# max_age = "30d"                      # drop stories older than this (m, h, d, w)
"""
