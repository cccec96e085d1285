"""Wiring only: read -> parse -> normalise -> merge (with history) -> render -> publish.

``build_feed`` takes its I/O as arguments (``read``, ``publish``, ``state``) so
tests run the whole pipeline on a temporary folder without patching anything.
``build_all`` runs every feed of a configuration under the output folder's
lock, one feed's failure never stopping the others.

Order of writes, and why: the history is committed *before* the files are
published, and the run's input fingerprint (which lets the next run with the
same inputs skip the feed) only after. The output is a pure function of the
history, so if a crash or a failed write comes between the two, the next run
renders the same bytes from the history and publishes them; the other order
would let a crash forget first-seen times that readers had already seen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .config import Config, FeedConfig, Filters, expand_inputs
from .errors import EmptyRun, FeedmakerError, RenderError
from .ids import authority, feed_id
from .merge import dedupe, merge_history, newest_first
from .model import Entry, FeedMeta, Problem, Retention, RunReport
from .normalise import Settings, normalise_all
from .parse import ParseOptions, parse_document, sniff
from .publish import locked
from .publish import publish as publish_files
from .read import Document, read_document
from .render import EXTENSIONS, XML_FORMATS
from .render.site import STYLESHEET, XSLT, FeedSummary, index_html, opml, with_stylesheet
from .state import StateStore

if TYPE_CHECKING:
    from .render.feeds import XmlFeed

Reader = Callable[[str], Document]
Publisher = Callable[[Mapping[str, bytes], Path], tuple[tuple[str, ...], tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """Everything one feed build needs: inputs, metadata, parser options, formats, destination, rules."""

    inputs: tuple[str, ...]
    meta: FeedMeta
    parse: ParseOptions
    formats: tuple[str, ...]
    output: Path
    zone: tzinfo
    filters: Filters = field(default_factory=Filters)
    retention: Retention = field(default_factory=Retention)
    state_key: str | None = None  # the feed's name in the state store (default: its slug)


@dataclass(frozen=True, slots=True)
class Collected:
    """The entries of a feed before merging (page order), the problems met and the parsers' explanations."""

    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]
    explain: tuple[tuple[str, tuple[str, ...]], ...]


def feed_meta(spec: FeedSpec) -> FeedMeta:
    """Return the spec's metadata with its Atom id filled in when it was not given."""
    meta = spec.meta
    if meta.id:
        return meta
    return replace(meta, id=feed_id(authority(meta.link, meta.self_base, meta.slug), meta.slug))


def collect(
    spec: FeedSpec,
    *,
    now: datetime,
    read: Reader = read_document,
    documents: Sequence[Document] | None = None,
) -> Collected:
    """Return the entries of every input of ``spec``, deduplicated, in page order.

    Raises SourceError for an unreadable input and EmptyRun when no input
    yields a story (the message names each file and how it was read).
    """
    meta = spec.meta
    settings = Settings(
        now=now,
        authority=authority(meta.link, meta.self_base, meta.slug),
        base_url=spec.parse.page_url or meta.link,
        zone=spec.zone,
    )
    entries: list[Entry] = []
    problems: list[Problem] = []
    explain: list[tuple[str, tuple[str, ...]]] = []
    tried: list[str] = []
    for doc in documents if documents is not None else [read(path) for path in spec.inputs]:
        result = parse_document(doc, spec.parse, now=now, zone=spec.zone)
        explain.append((doc.name, result.explain))
        normalised, rejected = normalise_all(result.entries, settings)
        entries.extend(normalised)
        problems.extend(result.problems + rejected)
        if not normalised:
            kind = spec.parse.kind if spec.parse.kind != "auto" else sniff(doc)
            tried.append(
                f"{doc.name}: no story found (read as {kind}; "
                f"`feedmaker parse --explain {doc.name}` shows how it was read)"
            )
    if not entries:
        raise EmptyRun("; ".join(tried) or "no input given")
    return Collected(dedupe(entries), tuple(problems), tuple(explain))


def keep(entries: Sequence[Entry], filters: Filters) -> tuple[Entry, ...]:
    """Return the entries the feed's include/exclude patterns let through (title and text are searched)."""
    if not filters.include and not filters.exclude:
        return tuple(entries)
    kept = []
    for entry in entries:
        text = f"{entry.title}\n{entry.summary or ''}\n{entry.content or ''}"
        if filters.include and not any(p.search(text) for p in filters.include):
            continue
        if any(p.search(text) for p in filters.exclude):
            continue
        kept.append(entry)
    return tuple(kept)


def render(
    entries: Sequence[Entry], meta: FeedMeta, formats: Sequence[str], xml_feed: XmlFeed | None = None
) -> dict[str, bytes]:
    """Return every requested format of the feed, file name -> bytes, all rendered before any is written.

    ``xml_feed`` holds the same entries already added to feedgen (made here when not given).
    """
    xml = [f for f in formats if f in XML_FORMATS]
    rendered: dict[str, bytes] = {}
    if xml:
        if xml_feed is None:
            from .render.feeds import XmlFeed

            xml_feed = XmlFeed(entries, meta)
        rendered.update({fmt: with_stylesheet(xml_feed.document(fmt)) for fmt in xml})
    if "json" in formats:
        from .render.jsonfeed import render_json

        rendered["json"] = render_json(entries, meta)
    return {f"{meta.slug}.{EXTENSIONS[fmt]}": rendered[fmt] for fmt in formats}


# Below this many entries a build is too quick for a second process to pay for its start.
PARALLEL_MIN_ENTRIES = 1000
# Heaviest first: feedgen builds RSS's tree more slowly than Atom's, and JSON Feed is cheap.
_WEIGHT_ORDER = ("rss", "atom", "json")


def render_checked(
    entries: Sequence[Entry],
    meta: FeedMeta,
    formats: Sequence[str],
    meanwhile: Callable[[], None] | None = None,
) -> dict[str, bytes]:
    """Return every requested format of the feed, file name -> bytes, each rendered and validated.

    A large feed's formats are rendered and checked in child processes, one
    per core (the Atom and RSS documents do not depend on each other), while
    this process runs ``meanwhile`` (saving the history), or renders the first
    group itself when there is nothing else to do; a small feed's formats are
    rendered here, then ``meanwhile`` runs. Raises RenderError when a value cannot be
    rendered or a document would not be valid, and what ``meanwhile`` raises.
    """
    from .parallel import run_all, usable_cpus

    parallel = len(entries) >= PARALLEL_MIN_ENTRIES and usable_cpus() > 1
    xml_feed = None
    if parallel and any(f in XML_FORMATS for f in formats):
        from .render.feeds import XmlFeed

        xml_feed = XmlFeed(entries, meta)  # entries added to feedgen once: every forked child inherits them

    def job(group: tuple[str, ...]) -> Callable[[], dict[str, bytes]]:
        def run() -> dict[str, bytes]:
            files = render(entries, meta, group, xml_feed)
            check(files, meta)
            return files

        return run

    def side() -> dict[str, bytes]:
        if meanwhile is not None:
            meanwhile()
        return {}

    if not parallel:
        rendered = job(tuple(formats))()
        side()
        return rendered
    ordered = sorted(
        formats, key=lambda f: _WEIGHT_ORDER.index(f) if f in _WEIGHT_ORDER else len(_WEIGHT_ORDER)
    )
    workers = min(usable_cpus(), len(ordered))
    jobs = [job(group) for group in (tuple(ordered[k::workers]) for k in range(workers)) if group]
    files: dict[str, bytes] = {}
    for part in run_all([side, *jobs] if meanwhile is not None else jobs):
        files.update(part)
    return {f"{meta.slug}.{EXTENSIONS[fmt]}": files[f"{meta.slug}.{EXTENSIONS[fmt]}"] for fmt in formats}


def check(files: Mapping[str, bytes], meta: FeedMeta) -> None:
    """Validate the rendered feeds as `feedmaker validate` would; raise RenderError on any error.

    A feed that fails is not published: its previous files stay.
    """
    from .validate import validate_bytes

    for name, data in files.items():
        served_at = f"{meta.self_base.rstrip('/')}/{name}" if meta.self_base else None
        errors = [f for f in validate_bytes(data, name, served_at=served_at) if f.severity == "error"]
        if errors:
            raise RenderError(
                f"{name} would not be a valid feed, not publishing it: {errors[0]}"
                + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else "")
            )


def fingerprint(spec: FeedSpec, documents: Sequence[Document]) -> str:
    """Return a digest of everything a feed's output depends on except the clock: inputs, options, version."""
    digest = hashlib.sha256(f"{__version__}\x1f{spec!r}".encode())
    for doc in documents:
        digest.update(doc.name.encode("utf-8", "surrogateescape") + b"\x1f")
        digest.update(hashlib.sha256(doc.data).digest())
    return digest.hexdigest()


def build_feed(
    spec: FeedSpec,
    *,
    now: datetime,
    read: Reader = read_document,
    publish: Publisher = publish_files,
    state: StateStore | None = None,
    dry_run: bool = False,
) -> RunReport:
    """Build one feed from its inputs, merge it into its history, and publish it; return what was done.

    With a ``state``, a feed whose inputs and options did not change since its
    last run is not rebuilt (its files are already right), unless retention
    has stories to expire. ``dry_run`` computes everything and writes nothing.
    Raises a FeedmakerError subclass when an input cannot be read, nothing is
    found, a value cannot be rendered, or a file cannot be written (earlier
    output is then left as it was).
    """
    meta = feed_meta(spec)
    key = spec.state_key or meta.slug
    documents = [read(path) for path in spec.inputs]
    print_ = fingerprint(spec, documents)
    if state is not None and not dry_run and _unchanged(state, key, print_, now, spec, meta):
        return RunReport(meta.slug, -1, skipped=True)
    collected = collect(spec, now=now, documents=documents)
    history = state.load(key) if state is not None else {}
    merged = merge_history(history, keep(collected.entries, spec.filters), now, spec.retention)
    report = RunReport(
        meta.slug,
        len(merged.entries),
        problems=collected.problems,
        added=merged.added,
        updated=merged.updated,
        dropped=merged.dropped,
        expired=merged.expired,
        dry_run=dry_run,
    )
    if dry_run or state is None:
        files = render_checked(merged.entries, meta, spec.formats)
    else:
        # The history is written while the feeds render in child processes, and committed only
        # when every format rendered and validated (a failed render leaves the old history).
        recheck = _recheck_after(merged.entries, spec.retention)
        with state.saving(key, merged.records, now, recheck, meta, spec.formats) as write:
            files = render_checked(merged.entries, meta, spec.formats, meanwhile=write)
    if dry_run:
        changed = tuple(n for n, data in files.items() if _differs(spec.output / n, data))
        return replace(report, written=changed, unchanged=tuple(n for n in files if n not in changed))
    written, unchanged = publish(files, spec.output)
    if state is not None:
        state.published(key, print_)
    return replace(report, written=written, unchanged=unchanged)


def _unchanged(
    state: StateStore, key: str, print_: str, now: datetime, spec: FeedSpec, meta: FeedMeta
) -> bool:
    previous = state.fingerprint(key)
    if previous is None or previous[0] != print_:
        return False
    recheck = previous[1]
    if recheck is not None and now >= recheck:
        return False
    return all((spec.output / f"{meta.slug}.{EXTENSIONS[fmt]}").is_file() for fmt in spec.formats)


def _recheck_after(entries: Sequence[Entry], retention: Retention) -> datetime | None:
    """Return when the oldest listed story will be too old (a feed with unchanged inputs must run then)."""
    if retention.max_age is None or not entries:
        return None
    return min(e.published for e in entries) + retention.max_age


def _differs(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() != data
    except OSError:
        return True


# -- the site: index.html, feeds.opml, feed.xsl ----------------------------------------------------------


def summarise(state: StateStore, key: str, meta: FeedMeta, formats: Sequence[str]) -> FeedSummary:
    """Return what the site index shows of one feed, from its history."""
    newest, first_seen = state.newest(key, 5)
    return FeedSummary(meta, tuple(formats), newest, first_seen)


def publish_site(
    output: Path, feeds: Sequence[FeedSummary], title: str, publish: Publisher = publish_files
) -> tuple[str, ...]:
    """Write the site files (only those whose bytes changed); return the names written."""
    files = {"index.html": index_html(feeds, title), "feeds.opml": opml(feeds, title), STYLESHEET: XSLT}
    written, _ = publish(files, output)
    return written


# -- many feeds --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """One feed's result in a multi-feed run: its report, or the error that stopped it."""

    slug: str
    report: RunReport | None = None
    error: str | None = None


def spec_for(config: Config, feed: FeedConfig) -> FeedSpec:
    """Return the build spec of one configured feed."""

    from .parse.html.selectors import parse_selectors
    from .parse.jsonl import parse_key_map
    from .parse.profiles import load_profile

    options = ParseOptions(
        kind=feed.kind,
        profile=load_profile(feed.profile),
        dayfirst=feed.dayfirst,
        page_url=feed.page_url,
        selectors=parse_selectors([f"{k}={v}" for k, v in feed.select], f"feed {feed.meta.slug}: select")
        if feed.select
        else None,
        key_map=parse_key_map([f"{k}={v}" for k, v in feed.key_map]) if feed.key_map else (),
    )
    return FeedSpec(
        inputs=expand_inputs(feed),
        meta=feed.meta,
        parse=options,
        formats=feed.formats,
        output=config.output,
        zone=config.zone or UTC,
        filters=feed.filters,
        retention=feed.retention,
    )


def build_all(
    config: Config,
    *,
    now: datetime,
    slugs: Sequence[str] = (),
    dry_run: bool = False,
    lock_timeout: float | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Outcome]:
    """Build every feed of ``config`` (or those named in ``slugs``) under the output folder's lock.

    A feed that fails is reported and keeps its last good output; the others
    go on. Raises ConfigError for an unknown slug, LockTimeout when another
    build holds the folder, StateError when the state store is unusable.
    """
    from .errors import ConfigError

    feeds = [f for f in config.feeds if not slugs or f.meta.slug in slugs]
    unknown = sorted(set(slugs) - {f.meta.slug for f in config.feeds})
    if unknown:
        raise ConfigError(f"{config.path}: no feed called {', '.join(unknown)}")
    outcomes: list[Outcome] = []
    timeout = config.lock_timeout if lock_timeout is None else lock_timeout
    with locked(config.output, timeout), StateStore(config.state) as state:
        for number, feed in enumerate(feeds, start=1):
            if progress is not None:
                progress(number, len(feeds), feed.meta.slug)
            try:
                report = build_feed(spec_for(config, feed), now=now, state=state, dry_run=dry_run)
            except FeedmakerError as exc:
                outcomes.append(Outcome(feed.meta.slug, error=str(exc)))
            else:
                outcomes.append(Outcome(feed.meta.slug, report=report))
        if not dry_run and _site_needs_update(config.output, outcomes):
            summaries = [summarise(state, f.meta.slug, _meta_of(f), f.formats) for f in config.feeds]
            publish_site(config.output, summaries, config.title)
    return outcomes


__all__ = [
    "Collected",
    "FeedSpec",
    "Outcome",
    "build_all",
    "build_feed",
    "collect",
    "keep",
    "newest_first",
    "render",
]


def _site_needs_update(output: Path, outcomes: Sequence[Outcome]) -> bool:
    """True unless every feed was skipped or left unchanged and the site files are there: the index only
    changes when a feed does (a no-change cron run must cost next to nothing)."""
    if not all((output / name).is_file() for name in ("index.html", "feeds.opml", STYLESHEET)):
        return True
    return any(o.report is None or o.report.written for o in outcomes)


def _meta_of(feed: FeedConfig) -> FeedMeta:
    """The feed's metadata with its Atom id, as its files carry it."""
    meta = feed.meta
    return (
        meta
        if meta.id
        else replace(meta, id=feed_id(authority(meta.link, meta.self_base, meta.slug), meta.slug))
    )
