"""The command line: argparse over the library; the only module that prints, reads the clock or exits.

Commands: ``build`` (one-off from inputs, or every feed of a config file),
``parse`` (what the parser understood), ``init`` (a starter config),
``history`` and ``forget`` (the state store). Exit codes are in EXIT_CODES.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import EXIT_FAILURE, EXIT_OK, EXIT_PARTIAL, FeedmakerError, UsageError

if TYPE_CHECKING:
    from .model import Entry, RunReport
    from .parse import ParseOptions
    from .pipeline import Outcome

EXIT_CODES = """exit codes:
  0  success (including: nothing changed)
  1  failure: an input unreadable or without stories, a feed not written (old files kept),
     or every feed of a config failed
  2  usage or configuration error (nothing written)
  3  partial: some feed failed or some input was skipped (the others were written)
  4  another build holds the output folder (lock timeout)"""

BUILD_EXAMPLE = """examples:
  feedmaker build examples/harbour-gazette.txt --title "Harbour Gazette" \\
      --link https://harbour-gazette.example/ --now 2026-03-02T18:00:00+00:00
  feedmaker build                      # every feed of ./feedmaker.toml
  feedmaker build -c site.toml --feed harbour --json
"""
DEFAULT_CONFIG = "feedmaker.toml"  # what `build`, `history` and `init` use without -c
STATE_HELP = "state database (default: .feedmaker/state.sqlite beside the config, or in the current folder)"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: sys.argv[1:]); return the exit code."""
    if argv is None:  # run as a program, not called from Python (a test suite keeps its collector)
        _tune_gc()
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
    except BrokenPipeError:
        # The reader of our output went away (`feedmaker parse ... | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return code


def _tune_gc() -> None:
    """Make the cycle collector run rarely: a build allocates ~10 objects per input line and frees
    them in bulk at the end, with almost no reference cycles, and CPython's default thresholds
    (a collection per 700 allocations, rescanning everything alive) spent ~10 % of a
    10,000-story build collecting nothing. What start-up made so far is collected, then frozen
    out of later scans; cycles are still collected, only less often."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)


# -- arguments -------------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="feedmaker",
        description="Turn scraped news pages into Atom, RSS and JSON feeds with stable GUIDs.",
        epilog=EXIT_CODES + "\n\n" + BUILD_EXAMPLE,
        formatter_class=raw,
    )
    parser.add_argument("--version", action="version", version=f"feedmaker {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = sub.add_parser(
        "build",
        help="build feeds from scraped pages",
        formatter_class=raw,
        description="Build feeds and write them into the output folder. With INPUTs: one feed from those "
        "files. Without: every feed of the configuration file (./feedmaker.toml or -c FILE).",
        epilog=EXIT_CODES + "\n\n" + BUILD_EXAMPLE,
    )
    build.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="scraped page(s): files, globs, or - for stdin"
    )
    build.add_argument(
        "-c", "--config", metavar="FILE", help="configuration file (default: ./feedmaker.toml)"
    )
    build.add_argument(
        "--feed", action="append", default=[], metavar="SLUG", help="build only this feed (repeat)"
    )
    build.add_argument("-o", "--output", metavar="DIR", help="output folder (default: output/)")
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
    build.add_argument("--state", metavar="PATH", help=STATE_HELP)
    build.add_argument(
        "--wait",
        type=float,
        metavar="SECONDS",
        help="how long to wait for another build of the same output folder (default: 60)",
    )
    build.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    build.add_argument("--json", action="store_true", help="print a JSON summary of the run on stdout")
    build.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    build.add_argument("-v", "--verbose", action="store_true", help="say what was added, updated, written")
    _parse_arguments(build)
    build.set_defaults(run=_run_build)

    parse = sub.add_parser(
        "parse",
        help="print what the parser understood, as JSON lines",
        formatter_class=raw,
        description="Parse scraped pages and print one JSON object per story (or, with --explain, every "
        "input line with the class the parser gave it and the story it went to).",
        epilog="example:\n  feedmaker parse examples/harbour-gazette.txt --explain | less\n",
    )
    parse.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="scraped page(s): files, globs, or - for stdin"
    )
    parse.add_argument("--explain", action="store_true", help="print each line's class and story instead")
    parse.add_argument("--link", metavar="URL", help="site URL (used for ids, as in build)")
    parse.add_argument("--base-url", metavar="URL", help="URL the output is served at (used for ids)")
    parse.add_argument("--slug", help="feed slug (used for ids when no URL is given)")
    _parse_arguments(parse)
    parse.set_defaults(run=_run_parse)

    init = sub.add_parser(
        "init",
        help="write a commented starter configuration",
        formatter_class=raw,
        description="Write a commented starter feedmaker.toml (never overwrites a file).",
        epilog="example:\n  feedmaker init && $EDITOR feedmaker.toml\n",
    )
    init.add_argument("path", nargs="?", default=DEFAULT_CONFIG, metavar="FILE")
    init.set_defaults(run=_run_init)

    history = sub.add_parser(
        "history",
        help="list what the state store holds for a feed",
        formatter_class=raw,
        description="List every story the state store remembers for feed SLUG: id, "
        "title, first seen, last seen and status.",
        epilog="example:\n  feedmaker history harbour -c site.toml\n",
    )
    history.add_argument("slug", metavar="SLUG")
    _store_arguments(history)
    history.add_argument("--json", action="store_true", help="one JSON object per story")
    history.set_defaults(run=_run_history)

    serve = sub.add_parser(
        "serve",
        help="preview the output folder over HTTP on this machine",
        formatter_class=raw,
        description="Serve DIR (default: output/) on 127.0.0.1 with the right content types, "
        "ETag/Last-Modified and 304 answers, as a static host would. Ctrl-C stops it.",
        epilog="example:\n  feedmaker serve output --port 0\n",
    )
    serve.add_argument("directory", nargs="?", default="output", metavar="DIR")
    serve.add_argument(
        "--bind", default="127.0.0.1", metavar="ADDR", help="address to listen on (default: 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    serve.add_argument("-v", "--verbose", action="store_true", help="log each request")
    serve.set_defaults(run=_run_serve)

    validate = sub.add_parser(
        "validate",
        help="check feeds the way the W3C validator and RFC 4287 do",
        formatter_class=raw,
        description="Check Atom, RSS and JSON Feed files (or every feed in a folder): one "
        "line per finding (file, line, rule, message); exit 1 when any is an error.",
        epilog="example:\n  feedmaker validate output/ --base-url https://me.example/feeds/\n",
    )
    validate.add_argument("paths", nargs="+", metavar="FILE|DIR")
    validate.add_argument("--base-url", metavar="URL", help="where the files are served (checks self links)")
    validate.add_argument("-q", "--quiet", action="store_true", help="print errors only, not warnings")
    validate.set_defaults(run=_run_validate)

    forget = sub.add_parser(
        "forget",
        help="remove stories from a feed's history on purpose",
        formatter_class=raw,
        description="Remove the stories with the given ids (all of the feed's when none "
        "is given) from the state store. The next build rebuilds the feed without them "
        "unless they are still on the page.",
        epilog="example:\n  feedmaker forget harbour tag:harbour.example,2026:3b06...\n",
    )
    forget.add_argument("slug", metavar="SLUG")
    forget.add_argument("ids", nargs="*", metavar="ID")
    _store_arguments(forget)
    forget.set_defaults(run=_run_forget)
    return parser


def _store_arguments(p: argparse.ArgumentParser) -> None:
    """The options that find a feed's history: its configuration, or a state file."""
    p.add_argument("-c", "--config", metavar="FILE", help="configuration file (default: ./feedmaker.toml)")
    p.add_argument("--state", metavar="PATH", help=STATE_HELP)


def _parse_arguments(p: argparse.ArgumentParser) -> None:
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
        help="site words: default (all) en fr de es it pt nl sv pl ja ru tr id cs el fi ro hu vi ko, a .toml",
    )
    p.add_argument(
        "--kind",
        default="auto",
        choices=["auto", "text", "html", "jsonl"],
        help="input kind (default: auto, from the content)",
    )
    p.add_argument(
        "--page-url", metavar="URL", help="URL the page was scraped from (resolves relative links)"
    )
    p.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="FIELD=CSS",
        help="HTML input: CSS selector of the story block (item) or of a field inside it (title, link, "
        "date, author, summary, content, image, category); name an attribute with @, as in "
        "date=time@datetime. Repeat for each field; fields without one are found automatically.",
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


# -- build -------------------------------------------------------------------------------------------------


def _run_build(args: argparse.Namespace) -> int:
    now = _reference_time(args.now)
    if not args.inputs:
        return _build_config(args, now)
    return _build_inputs(args, now)


def _build_inputs(args: argparse.Namespace, now: datetime) -> int:
    """One feed from the inputs on the command line, with history in the current folder's state store."""
    from .model import FeedMeta
    from .pipeline import FeedSpec, Outcome, build_feed, feed_meta, publish_site, summarise
    from .publish import locked
    from .read import expand
    from .render import FORMATS
    from .state import StateStore

    if args.config or args.feed:
        raise UsageError("give INPUT files or a configuration (-c/--feed), not both")
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
    output = Path(args.output or "output")
    # One-off builds keep history too, keyed by output folder and slug, so two
    # folders built from the same file never share (or pollute) a history.
    spec = FeedSpec(
        inputs=inputs,
        meta=meta,
        parse=_parse_options(args),
        formats=formats,
        output=output,
        zone=_zone(args.tz, now),
        state_key=f"{output.resolve()}::{slug}",
    )
    state_path = Path(args.state) if args.state else Path(".feedmaker") / "state.sqlite"
    _refuse_state_inside(state_path, output)
    with locked(output, 60.0 if args.wait is None else args.wait), StateStore(state_path) as state:
        report = build_feed(spec, now=now, state=state, dry_run=args.dry_run)
        if not args.dry_run:
            # The folder's index lists every one-off feed built into it (their metadata is in the state).
            described = state.described(f"{output.resolve()}::")
            summaries = [
                summarise(state, key, feed_meta(replace(spec, meta=m)), f) for key, m, f in described
            ]
            publish_site(output, summaries, "Feeds")
    return _finish(args, [Outcome(slug, report=report)], output)


def _build_config(args: argparse.Namespace, now: datetime) -> int:
    """Every feed (or the --feed ones) of the configuration file."""
    from .config import load_config
    from .pipeline import build_all

    path = Path(args.config or DEFAULT_CONFIG)
    config = load_config(path)
    if args.state:
        config = replace(config, state=Path(args.state))
    if args.output:
        config = replace(config, output=Path(args.output))
    _refuse_state_inside(config.state, config.output)
    show = sys.stderr.isatty() and not args.quiet and not args.json and len(config.feeds) > 1

    def progress(number: int, total: int, slug: str) -> None:
        print(f"\r\x1b[K[{number}/{total}] {slug}", end="", file=sys.stderr, flush=True)

    outcomes = build_all(
        config,
        now=now,
        slugs=args.feed,
        dry_run=args.dry_run,
        lock_timeout=args.wait,
        progress=progress if show else None,
    )
    if show:
        print("\r\x1b[K", end="", file=sys.stderr)
    return _finish(args, outcomes, config.output)


def _finish(args: argparse.Namespace, outcomes: list[Outcome], output: Path) -> int:
    """Print what the run did (quietly by default) and return the exit code."""
    failed = [o for o in outcomes if o.error]
    problems = [p for o in outcomes if o.report for p in o.report.problems]
    if args.json:
        print(json.dumps(_summary(outcomes, output), ensure_ascii=False, indent=2))
    for outcome in failed:
        print(
            f"feedmaker: feed {outcome.slug!r} failed (its last good output is kept): {outcome.error}",
            file=sys.stderr,
        )
    if not args.quiet:
        for problem in problems:
            print(str(problem), file=sys.stderr)
    if args.verbose or args.dry_run:
        for outcome in outcomes:
            if outcome.report is not None:
                print(_describe(outcome.report, output), file=sys.stderr)
    if failed and len(failed) == len(outcomes):
        return EXIT_FAILURE
    return EXIT_PARTIAL if failed or problems else EXIT_OK


def _describe(report: RunReport, output: Path) -> str:
    if report.skipped:
        return f"{report.slug}: inputs unchanged, nothing to do"
    verb = "would write" if report.dry_run else "wrote"
    files = ", ".join(str(output / n) for n in report.written) or "nothing (unchanged)"
    return (
        f"{report.slug}: {report.entries} entries; {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.dropped)} off the page, {len(report.expired)} expired; {verb} {files}"
    )


def _summary(outcomes: list[Outcome], output: Path) -> dict[str, Any]:
    feeds: list[dict[str, Any]] = []
    for o in outcomes:
        if o.report is None:
            feeds.append({"slug": o.slug, "status": "failed", "error": o.error})
            continue
        r = o.report
        status = "skipped" if r.skipped else "changed" if r.written else "unchanged"
        feeds.append(
            {
                "slug": r.slug,
                "status": status,
                "dry_run": r.dry_run,
                "entries": max(r.entries, 0),
                "added": list(r.added),
                "updated": list(r.updated),
                "removed": list(r.expired),
                "off_page": list(r.dropped),
                "written": [str(output / n) for n in r.written],
                "problems": [str(p) for p in r.problems],
            }
        )
    return {"output": str(output), "feeds": feeds}


def _refuse_state_inside(state: Path, output: Path) -> None:
    try:
        state.resolve().relative_to(output.resolve())
    except ValueError:
        return
    raise UsageError(
        f"--state: {state} is inside the output folder {output}; keep history out of what you publish"
    )


# -- parse -------------------------------------------------------------------------------------------------


def _run_parse(args: argparse.Namespace) -> int:
    from .model import FeedMeta
    from .parse import parse_document
    from .pipeline import FeedSpec, collect
    from .read import expand, read_document

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


# -- init, history, forget ------------------------------------------------------------------------


def _run_init(args: argparse.Namespace) -> int:
    from .config import STARTER

    path = Path(args.path)
    try:
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(STARTER)
    except FileExistsError:
        raise UsageError(f"{path}: already exists; not overwriting it") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from None
    print(f"wrote {path}: edit the [[feed]] table, then run `feedmaker build`", file=sys.stderr)
    return EXIT_OK


def _state_for(args: argparse.Namespace) -> tuple[Path, str]:
    """Return the state path and the feed's key in it: the config's feed, or a one-off build's."""
    if args.state and not args.config:
        path = Path(args.state)
        from .state import StateStore

        with StateStore(path) as state:
            keys = [k for k in state.feeds() if k == args.slug or k.endswith(f"::{args.slug}")]
        if len(keys) > 1:
            raise UsageError(f"{args.slug!r} names {len(keys)} feeds in {path}: {', '.join(keys)}")
        return path, keys[0] if keys else args.slug
    from .config import load_config

    config = load_config(Path(args.config or DEFAULT_CONFIG))
    if args.slug not in {f.meta.slug for f in config.feeds}:
        raise UsageError(f"{config.path}: no feed called {args.slug!r}")
    return (Path(args.state) if args.state else config.state), args.slug


def _run_history(args: argparse.Namespace) -> int:
    from .state import StateStore

    path, key = _state_for(args)
    with StateStore(path) as state:
        records = sorted(
            state.load(key).values(), key=lambda r: (r.entry.published, r.first_seen), reverse=True
        )
    for record in records:
        status = "on page" if record.on_page else "in feed" if record.listed else "expired"
        if args.json:
            print(
                json.dumps(
                    {
                        "id": record.entry.id,
                        "title": record.entry.title,
                        "status": status,
                        "published": record.entry.published.isoformat(),
                        "first_seen": record.first_seen.isoformat(),
                        "last_seen": record.last_seen.isoformat(),
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(
                f"{record.entry.id}\t{record.entry.title}\tfirst seen {record.first_seen.isoformat()}\t"
                f"last seen {record.last_seen.isoformat()}\t{status}"
            )
    return EXIT_OK


def _run_validate(args: argparse.Namespace) -> int:
    from .validate import validate_path

    base_url = _url(args.base_url, "--base-url")
    errors = 0
    for path in args.paths:
        for finding in validate_path(Path(path), base_url=base_url):
            errors += finding.severity == "error"
            if finding.severity == "error" or not args.quiet:
                print(finding)
    return EXIT_FAILURE if errors else EXIT_OK


def _run_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    serve(
        Path(args.directory),
        args.bind,
        args.port,
        announce=lambda line: print(line, flush=True),
        verbose=args.verbose,
    )
    return EXIT_OK


def _run_forget(args: argparse.Namespace) -> int:
    from .state import StateStore

    path, key = _state_for(args)
    with StateStore(path) as state:
        removed = state.forget(key, tuple(args.ids))
    print(f"forgot {removed} stor{'y' if removed == 1 else 'ies'} of {args.slug!r}", file=sys.stderr)
    return EXIT_OK


# -- option values ---------------------------------------------------------------------------------


def _parse_options(args: argparse.Namespace) -> ParseOptions:
    from .parse import ParseOptions
    from .parse.profiles import load_profile

    if args.select:  # the HTML parser loads lxml: only when a selector asks for it
        from .parse.html.selectors import parse_selectors
    if args.map:
        from .parse.jsonl import parse_key_map

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
    from .dates import zone_named

    try:
        return zone_named(name)
    except ValueError:
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
