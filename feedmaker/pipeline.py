"""Wiring only: read -> parse -> normalise -> merge -> render -> publish.

``build_feed`` takes its I/O as arguments (``read``, ``publish``) so that tests
run the whole pipeline on a temporary folder without patching anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from .errors import EmptyRun
from .ids import authority, feed_id
from .merge import dedupe, newest_first
from .model import Entry, FeedMeta, Problem, RunReport
from .normalise import Settings, normalise_all
from .parse import ParseOptions, parse_document, sniff
from .publish import publish as publish_files
from .read import Document, read_document
from .render import EXTENSIONS, renderer

Reader = Callable[[str], Document]
Publisher = Callable[[Mapping[str, bytes], Path], tuple[tuple[str, ...], tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class FeedSpec:
    """Everything one feed build needs: inputs, metadata, parser options, formats, destination."""

    inputs: tuple[str, ...]
    meta: FeedMeta
    parse: ParseOptions
    formats: tuple[str, ...]
    output: Path
    zone: tzinfo


@dataclass(frozen=True, slots=True)
class Collected:
    """The entries of a feed before rendering, with the problems met and the parsers' explanations."""

    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]
    explain: tuple[tuple[str, tuple[str, ...]], ...]


def feed_meta(spec: FeedSpec) -> FeedMeta:
    """Return the spec's metadata with its Atom id filled in when it was not given."""
    meta = spec.meta
    if meta.id:
        return meta
    from dataclasses import replace

    return replace(meta, id=feed_id(authority(meta.link, meta.self_base, meta.slug), meta.slug))


def collect(spec: FeedSpec, *, now: datetime, read: Reader = read_document) -> Collected:
    """Return the merged entries of every input of ``spec``, newest first.

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
    for path in spec.inputs:
        doc = read(path)
        result = parse_document(doc, spec.parse, now=now, zone=spec.zone)
        explain.append((doc.name, result.explain))
        normalised, rejected = normalise_all(result.entries, settings)
        # Later inputs continue the page order of earlier ones for undated stories.
        entries.extend(normalised)
        problems.extend(result.problems + rejected)
        if not normalised:
            kind = spec.parse.kind if spec.parse.kind != "auto" else sniff(doc)
            tried.append(
                f"{doc.name}: no story found (read as {kind}; "
                f"`feedmaker parse --explain {doc.name}` shows how each line was read)"
            )
    if not entries:
        raise EmptyRun("; ".join(tried) or "no input given")
    return Collected(newest_first(dedupe(entries)), tuple(problems), tuple(explain))


def render(entries: Sequence[Entry], meta: FeedMeta, formats: Sequence[str]) -> dict[str, bytes]:
    """Return every requested format of the feed, file name -> bytes, all rendered before any is written."""
    xml = [f for f in formats if f in ("atom", "rss")]
    rendered: dict[str, bytes] = {}
    if xml:
        from .render.feeds import render_xml

        rendered.update(render_xml(entries, meta, xml))
    for fmt in formats:
        if fmt not in rendered:
            rendered[fmt] = renderer(fmt)(entries, meta)
    return {f"{meta.slug}.{EXTENSIONS[fmt]}": rendered[fmt] for fmt in formats}


def build_feed(
    spec: FeedSpec,
    *,
    now: datetime,
    read: Reader = read_document,
    publish: Publisher = publish_files,
) -> RunReport:
    """Build one feed from its inputs and publish it; return what was done.

    Raises a FeedmakerError subclass when an input cannot be read, nothing is
    found, a value cannot be rendered, or a file cannot be written (earlier
    output is then left as it was).
    """
    collected = collect(spec, now=now, read=read)
    meta = feed_meta(spec)
    files = render(collected.entries, meta, spec.formats)
    written, unchanged = publish(files, spec.output)
    return RunReport(spec.meta.slug, len(collected.entries), written, unchanged, collected.problems)
