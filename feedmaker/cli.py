"""The command line: argparse over the library; the only module that prints or exits.

Exit codes (also in ``feedmaker --help``):
  0  success
  1  failure: an input unreadable or without stories, a feed not written
  2  usage or configuration error
  3  partial: feeds written, but some input was skipped (see the messages)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import EXIT_OK, EXIT_PARTIAL, FeedmakerError, UsageError

if TYPE_CHECKING:
    from .model import Entry
    from .parse import ParseOptions

EXIT_CODES = """exit codes:
  0  success
  1  failure: an input unreadable or without stories, or a feed not written (old files kept)
  2  usage or configuration error
  3  partial: feeds written, but some input was skipped"""

BUILD_EXAMPLE = """example:
  feedmaker build examples/harbour-gazette.txt --title "Harbour Gazette" \\
      --link https://harbour-gazette.example/ --now 2026-03-02T18:00:00+00:00
"""
PARSE_EXAMPLE = """example:
  feedmaker parse examples/harbour-gazette.txt --explain | less
"""
_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$", re.IGNORECASE)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: sys.argv[1:]); return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        code: int = args.run(args)
    except FeedmakerError as exc:
        print(f"feedmaker: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("feedmaker: interrupted", file=sys.stderr)
        return 130
    return code


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="feedmaker",
        description="Turn scraped news pages into Atom, RSS and JSON feeds with stable GUIDs.",
        epilog=EXIT_CODES + "\n\n" + BUILD_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"feedmaker {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser(
        "build",
        help="build feeds from scraped pages",
        description="Build one feed from scraped pages "
        "and write it into the output folder (Atom, RSS and JSON Feed by default).",
        epilog=EXIT_CODES + "\n\n" + BUILD_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="scraped page(s): files, globs, or - for stdin"
    )
    build.add_argument(
        "-o", "--output", default="output", metavar="DIR", help="output folder (default: output/)"
    )
    build.add_argument("--slug", help="file name of the feed (default: the first input's name)")
    build.add_argument("--title", help="feed title (default: from the slug)")
    build.add_argument(
        "--link", metavar="URL", help="the site the feed is about (alternate link, id authority)"
    )
    build.add_argument("--base-url", metavar="URL", help="URL the output folder is served at (self links)")
    build.add_argument("--description", help="feed description")
    build.add_argument("--language", metavar="CODE", help="feed language, e.g. en or fr-CA")
    build.add_argument("--author", default="feedmaker", help="feed-level author (default: feedmaker)")
    build.add_argument(
        "--format",
        default="atom,rss,json",
        metavar="LIST",
        help="comma-separated formats: atom, rss, json (default: all three)",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    build.add_argument("-v", "--verbose", action="store_true", help="say which files were written")
    _common(build)
    build.set_defaults(run=_run_build)

    parse = sub.add_parser(
        "parse",
        help="print what the parser understood, as JSON lines",
        description="Parse scraped pages and print one JSON object per story (or, with --explain, every "
        "input line with the class the parser gave it and the story it went to).",
        epilog=PARSE_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="scraped page(s): files, globs, or - for stdin"
    )
    parse.add_argument("--explain", action="store_true", help="print each line's class and story instead")
    parse.add_argument("--link", metavar="URL", help="site URL (used for ids, as in build)")
    parse.add_argument("--base-url", metavar="URL", help="URL the output is served at (used for ids)")
    parse.add_argument("--slug", help="feed slug (used for ids when no URL is given)")
    _common(parse)
    parse.set_defaults(run=_run_parse)
    return parser


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--now",
        metavar="ISO-8601",
        help="reference time for relative and missing dates (default: $SOURCE_DATE_EPOCH, else now)",
    )
    p.add_argument(
        "--tz",
        metavar="ZONE",
        help="zone of times printed without one: IANA name or +HH:MM (default: --now's offset, else UTC)",
    )
    p.add_argument(
        "--profile",
        metavar="NAME|FILE",
        help="site words: default, en, fr, de, es, or a .toml profile file (default: default)",
    )
    p.add_argument(
        "--kind", default="auto", choices=["auto", "text", "html", "jsonl"], help="input kind (default: auto)"
    )
    p.add_argument(
        "--page-url", metavar="URL", help="URL the page was scraped from (resolves relative links)"
    )
    p.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="FIELD=CSS",
        help="HTML input: CSS selector of the story block (item) or of a field inside it (title, link, date, "
        "author, summary, content, image, category); name an attribute with @, as in date=time@datetime. "
        "Repeat for each field; fields without one are found automatically.",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=KEY",
        help="JSON input: the key holding a field (title, link, date, author, summary, content, "
        "image, categories, guid) when it is not one of the usual names. Repeat for each field.",
    )
    order = p.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst", dest="dayfirst", action="store_const", const=True, help="read 03/04/2025 as 3 April"
    )
    order.add_argument(
        "--monthfirst", dest="dayfirst", action="store_const", const=False, help="read 03/04/2025 as 4 March"
    )


# -- commands -----------------------------------------------------------------------------------------


def _run_build(args: argparse.Namespace) -> int:
    from .model import FeedMeta
    from .pipeline import FeedSpec, build_feed
    from .read import expand
    from .render import FORMATS

    now, zone = _reference_time(args.now), None
    zone = _zone(args.tz, now)
    inputs = tuple(expand(args.inputs))
    formats = tuple(dict.fromkeys(f.strip().lower() for f in args.format.split(",") if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"--format: unknown format {', '.join(unknown) or '(none)'}; use {', '.join(FORMATS)}"
        )
    slug = args.slug or _slug_of(inputs[0])
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", slug):
        raise UsageError(f"--slug: {slug!r} is not a usable file name (letters, digits, . _ -)")
    meta = FeedMeta(
        slug=slug,
        title=args.title or slug.replace("-", " ").replace("_", " ").strip().title(),
        link=_url(args.link, "--link"),
        self_base=_url(args.base_url, "--base-url"),
        description=args.description,
        language=args.language,
        author=args.author,
    )
    spec = FeedSpec(
        inputs=inputs,
        meta=meta,
        parse=_parse_options(args),
        formats=formats,
        output=Path(args.output),
        zone=zone,
    )
    report = build_feed(spec, now=now)
    if not args.quiet:
        for problem in report.problems:
            print(str(problem), file=sys.stderr)
    if args.verbose:
        for name in report.written:
            print(f"wrote {Path(args.output) / name}", file=sys.stderr)
        for name in report.unchanged:
            print(f"unchanged {Path(args.output) / name}", file=sys.stderr)
        print(f"{report.entries} entries in feed {report.slug!r}", file=sys.stderr)
    return EXIT_PARTIAL if report.problems else EXIT_OK


def _run_parse(args: argparse.Namespace) -> int:
    from .model import FeedMeta
    from .pipeline import FeedSpec, collect
    from .read import expand

    now = _reference_time(args.now)
    zone = _zone(args.tz, now)
    inputs = tuple(expand(args.inputs))
    slug = args.slug or _slug_of(inputs[0])
    meta = FeedMeta(
        slug=slug, title=slug, link=_url(args.link, "--link"), self_base=_url(args.base_url, "--base-url")
    )
    spec = FeedSpec(
        inputs=inputs, meta=meta, parse=_parse_options(args), formats=(), output=Path("."), zone=zone
    )
    if args.explain:
        from .parse import parse_document
        from .read import read_document

        for path in inputs:
            doc = read_document(path)
            result = parse_document(doc, replace(spec.parse, explain=True), now=now, zone=zone)
            print(f"# {doc.name}: {len(result.entries)} stories; columns: line, class, story, text (why)")
            for row in result.explain:
                print(row)
        return EXIT_OK
    collected = collect(spec, now=now)
    for entry in collected.entries:
        print(json.dumps(_entry_json(entry), ensure_ascii=False))
    for problem in collected.problems:
        print(str(problem), file=sys.stderr)
    return EXIT_PARTIAL if collected.problems else EXIT_OK


def _entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "title": entry.title,
        "title_derived": entry.title_derived,
        "link": entry.link,
        "authors": list(entry.authors),
        "published": entry.published.isoformat(),
        "updated": entry.updated.isoformat(),
        "date_source": entry.date_source.value,
        "categories": list(entry.categories),
        "summary": entry.summary,
        "content": entry.content,
        "images": [{"url": i.url, "caption": i.caption} for i in entry.images],
        "source": str(entry.origin),
    }


# -- option values --------------------------------------------------------------------------------------


def _parse_options(args: argparse.Namespace) -> ParseOptions:
    from .parse import ParseOptions
    from .parse.html.selectors import parse_selectors
    from .parse.jsonl import parse_key_map
    from .parse.profiles import load_profile

    return ParseOptions(
        kind=args.kind,
        profile=load_profile(args.profile),
        dayfirst=args.dayfirst,
        page_url=_url(args.page_url, "--page-url"),
        selectors=parse_selectors(args.select) if args.select else None,
        key_map=parse_key_map(args.map) if args.map else (),
    )


def _reference_time(value: str | None) -> datetime:
    """Return --now, else $SOURCE_DATE_EPOCH, else the clock; always timezone-aware."""
    if value:
        try:
            now = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise UsageError(
                f"--now: {value!r} is not an ISO 8601 time (e.g. 2026-03-02T18:00:00+00:00)"
            ) from None
        return now if now.tzinfo else now.replace(tzinfo=UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (ValueError, OverflowError):
            raise UsageError(f"SOURCE_DATE_EPOCH: {epoch!r} is not a number of seconds") from None
    return datetime.now(UTC)


def _zone(name: str | None, now: datetime) -> tzinfo:
    """Return the zone for times printed without one: --tz, else the reference time's own zone."""
    if not name:
        assert now.tzinfo is not None
        return now.tzinfo
    m = _OFFSET.match(name.strip())
    if m:
        sign = -1 if m[1] == "-" else 1
        return timezone(sign * timedelta(hours=int(m[2]), minutes=int(m[3] or 0)))
    if name.upper() in ("UTC", "Z", "GMT"):
        return UTC
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"--tz: unknown time zone {name!r} (use e.g. Europe/Paris or +01:00)") from None


def _url(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    if not re.match(r"^https?://[^/\s]+", value.strip()):
        raise UsageError(f"{option}: {value!r} is not an absolute http(s) URL")
    return value.strip()


def _slug_of(path: str) -> str:
    stem = Path(path).stem if path != "-" else "feed"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")
    return slug.lower() or "feed"
