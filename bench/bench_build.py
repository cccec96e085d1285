"""Benchmark ``feedmaker build`` end to end against the python-feedgen floor.

Usage: python bench/bench_build.py [--sizes 100,1000,10000] [--repeat 3] [--json FILE]

Generates deterministic text scrapes of N stories in two layouts (the seed
"gazette" theme and a "listing" category page), builds Atom+RSS from each in a
fresh child process (wall time, best of --repeat; peak RSS of that child via
os.wait4), times feedgen alone writing the same entries in-process, measures
start-up, and prints the figures with the issue's targets marked PASS/FAIL.
It reports; it is not a test: the exit code is always 0.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

NOW = datetime(2026, 1, 1, tzinfo=UTC)
FEEDMAKER = [sys.executable, "-m", "feedmaker"]
LAYOUTS = ("gazette", "listing")
SEED = 20260101

SYLLABLES = ["ka", "lo", "mi", "ren", "tor", "va", "bel", "dun", "fi", "gar", "hol", "jas", "kel", "mor",
             "nes", "pen", "quin", "ros", "sel", "tam"]
SECTIONS = ["Business", "Transport", "Community", "Education", "Sport", "Health", "Environment", "Farming",
            "Politics", "Arts"]
FIRST = ["Nessa", "Gareth", "Bryony", "Dylan", "Tegan", "Alun", "Jenna", "Rhys", "Idris", "Helen", "Elowen"]
LAST = ["Trawlin", "Pendry", "Oldfield", "Carhart", "Lowry", "Merrick", "Holloway", "Tasker", "Polwhele"]
SUBJECTS = ["harbour trust", "parish council", "fish market", "lifeboat crew", "school governors",
            "rowing club", "bus company", "county council", "traders' group", "sailing club"]
PREDICATES = ["backs plan for new pontoons", "wins funding for sea wall repairs", "opens doors to visitors",
              "faces questions over parking charges", "marks a century on the quay",
              "sets out plans for the winter", "calls for volunteers after record summer",
              "agrees deal to keep the ferry running"]
NOUNS = ["quay", "pontoon", "slipway", "breakwater", "market hall", "footbridge", "allotment", "regatta",
         "dredger", "harbour wall", "lifeboat station", "village hall"]
VERBS = ["approved", "rebuilt", "surveyed", "reopened", "repainted", "inspected", "funded", "extended"]
ADJECTIVES = ["old", "eastern", "temporary", "restored", "busy", "flooded", "new", "historic"]
TOPICS = ["Fishing", "Regatta", "Football", "Ferries", "Schools", "Weather"]

# The targets; "at 10,000" ones are judged on the 10,000-story rows only.
TARGET_SECONDS_10K, TARGET_FLOOR_RATIO, TARGET_PEAK_MB = 2.5, 2.0, 400.0
TARGET_VERSION_S, TARGET_SMALL_BUILD_S, TARGET_SLOPE_GROWTH = 0.15, 0.3, 1.5


@dataclass(frozen=True)
class Story:
    title: str
    section: str
    author: str
    published: datetime
    paragraphs: tuple[str, ...]
    topic: str | None
    caption: str | None


@dataclass
class Row:
    size: int
    layout: str
    entries: int
    exit_code: int
    build_s: float
    peak_mb: float
    floor_s: float

    @property
    def ratio(self) -> float:
        return self.build_s / self.floor_s

    @property
    def per_1k(self) -> float:
        return self.build_s / self.size * 1000


# -- generator -------------------------------------------------------------------------------------


def counter_word(i: int) -> str:
    """Return a unique, pronounceable place name for story ``i`` (the counter word of its title).

    Below 20**4 the index is scrambled by a bijection so neighbours look unrelated
    (four syllables); above it the plain base-20 spelling has five or more.
    """
    space = len(SYLLABLES) ** 4
    n = (i * 7919 + 12345) % space if i < space else i
    parts: list[str] = []
    while n or len(parts) < 4:
        n, digit = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
    return "".join(parts).capitalize()


def sentence(rng: random.Random, place: str) -> str:
    return (f"The {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)} at {place} was {rng.choice(VERBS)} "
            f"by the {rng.choice(SUBJECTS)} on {rng.choice(['Monday', 'Tuesday', 'Friday', 'Saturday'])}, "
            f"{rng.choice(['officials said', 'the trust confirmed', 'residents were told', 'it emerged'])}.")


def make_stories(n: int, rng: random.Random) -> list[Story]:
    stories = []
    for i in range(n):
        place = counter_word(i)
        paragraphs = tuple(" ".join(sentence(rng, place) for _ in range(rng.randint(2, 3)))
                           for _ in range(rng.randint(2, 4)))
        stories.append(Story(
            title=f"{place} {rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}",
            section=rng.choice(SECTIONS),
            author=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            published=NOW - timedelta(days=1 + i // 30, hours=rng.randint(0, 20)),
            paragraphs=paragraphs,
            topic=rng.choice(TOPICS) if rng.random() < 0.4 else None,
            caption=f"The {rng.choice(NOUNS)} at {place} last autumn. Pic: {rng.choice(LAST)}"
            if rng.random() < 0.3 else None,
        ))
    return stories


def day(d: datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def render_gazette(stories: list[Story]) -> str:
    out = []
    for s in stories:
        ago = (NOW - s.published).days
        published = "Published" if ago % 3 else f"Published {ago} day{'s' if ago != 1 else ''} ago"
        out += [s.section, "", s.title, "", published, "", f"on {day(s.published)}", "", f"By {s.author}", "",
                s.title, "", s.paragraphs[0], "", s.paragraphs[1], ""]
        if s.caption:
            out += [f"A view of the {s.title.split()[0]} waterfront", "Image:", s.caption, ""]
        if s.topic:
            out += [f"More on {s.topic}", ""]
        for para in s.paragraphs[2:]:
            out += [para, ""]
        out += ["Continue Reading", ""]
    out += ["Trending", *(s.title for s in stories[:3])]
    return "\n".join(out) + "\n"


def render_listing(stories: list[Story]) -> str:
    out = ["Wendle Valley Weekly", "Home | News | Farming | Schools | Sport | Contact", "Search …", "",
           "Browsing: News", ""]
    for s in stories:
        excerpt = " ".join(s.paragraphs)[:220].rsplit(" ", 1)[0].rstrip(",.") + "…"
        out += [s.title, f"{day(s.published)} · {s.section}", excerpt, "Read More »", ""]
    out += ["Pages: 1 2 3 … 31 | Older stories »", "",
            "© 2026 Wendle Valley Weekly · Proudly powered by WordPress"]
    return "\n".join(out) + "\n"


# -- measurements ------------------------------------------------------------------------------------


def run_child(args: list[str]) -> tuple[float, float, int]:
    """Run ``args``; return its wall seconds, its own peak RSS in MB, and its exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)  # this child's rusage only, unlike RUSAGE_CHILDREN
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    peak_bytes = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return seconds, peak_bytes / 2**20, proc.returncode


def measure_build(src: Path, out: Path, repeat: int) -> tuple[float, float, int, int]:
    """Return best seconds, highest peak MB, first non-zero exit code and <entry> count of a build.

    Each run writes into a fresh folder with a fresh state database, so every
    run is a first build and takes the real write path (feedmaker skips files
    whose bytes did not change, and a feed whose inputs did not change).
    """
    runs = []
    for k in range(repeat):
        folder = out / f"{src.stem}-{k}"
        runs.append(run_child([*FEEDMAKER, "build", str(src), "-o", str(folder), "--format", "atom,rss",
                               "--now", NOW.isoformat(), "--state", f"{folder}.sqlite"]))
    atom = folder / f"{src.stem}.atom"
    entries = atom.read_text(encoding="utf-8").count("<entry>") if atom.exists() else 0
    return min(r[0] for r in runs), max(r[1] for r in runs), next((r[2] for r in runs if r[2]), 0), entries


def feedgen_floor(stories: list[Story], repeat: int) -> float:
    """Return the best in-process seconds for feedgen alone to write ``stories`` as Atom and RSS strings."""
    from feedgen.feed import FeedGenerator

    contents = ["".join(f"<p>{p}</p>" for p in s.paragraphs) for s in stories]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fg = FeedGenerator()
        fg.id("tag:bench.example,2026:feed")
        fg.title("Bench")
        fg.link(href="https://bench.example/", rel="alternate")
        fg.description("Bench")
        fg.author({"name": "feedmaker"})
        for i, (s, content) in enumerate(zip(stories, contents, strict=True)):
            fe = fg.add_entry(order="append")
            fe.id(f"tag:bench.example,2026:{i}")
            fe.title(s.title)
            fe.published(s.published)
            fe.updated(s.published)
            fe.author({"name": s.author})
            fe.content(content, type="html")
        fg.atom_str(pretty=True)
        fg.rss_str(pretty=True)
        best = min(best, time.perf_counter() - start)
    return best


# -- report ------------------------------------------------------------------------------------------


def revision() -> str:
    """Return the checkout's short commit, "+dirty" when feedmaker/ has local changes."""
    git = ["git", "-C", str(Path(__file__).resolve().parent.parent)]
    try:
        commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                check=True).stdout.strip()
        dirty = subprocess.run([*git, "status", "--porcelain", "--", "feedmaker"], capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return commit + ("+dirty" if dirty else "")


def arguments(doc: str | None) -> argparse.ArgumentParser:
    """Return a parser with the options every benchmark shares (--repeat, --json); callers add theirs."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best time is kept")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    return parser


def print_targets(found: list[tuple[str, str, str]]) -> None:
    """Print one PASS/FAIL line per target."""
    for name, value, mark in found:
        print(f"  {mark:<4}  {name:<62} {value}")


def write_figures(
    path: Path | None, found: list[tuple[str, str, str]], repeat: int, **figures: object
) -> None:
    """Write ``figures``, the machine, the commit and the targets as JSON to ``path`` (nothing if None)."""
    if path is None:
        return
    document = {
        "commit": revision(), "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(), "repeat": repeat, **figures,
        "targets": [{"target": n, "value": v, "result": m} for n, v, m in found],
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def slopes(rows: list[Row], layout: str) -> list[tuple[int, int, float]]:
    """Return the marginal seconds per 1,000 stories between consecutive sizes of ``layout``."""
    mine = sorted((r for r in rows if r.layout == layout), key=lambda r: r.size)
    return [(a.size, b.size, (b.build_s - a.build_s) / (b.size - a.size) * 1000) for a, b in pairwise(mine)]


def targets(rows: list[Row], version_s: float, small_s: float) -> list[tuple[str, str, str]]:
    big = [r for r in rows if r.size == 10_000]
    found: list[tuple[str, str, str]] = []
    for layout in LAYOUTS:
        r = next((r for r in big if r.layout == layout), None)
        found.append((f"10,000 stories end-to-end <= {TARGET_SECONDS_10K} s [{layout}]",
                      f"{r.build_s:.2f} s" if r else "-",
                      verdict(r.build_s <= TARGET_SECONDS_10K if r else None)))
        found.append((f"10,000 stories <= {TARGET_FLOOR_RATIO:g}x feedgen floor [{layout}]",
                      f"{r.ratio:.2f}x" if r else "-", verdict(r.ratio <= TARGET_FLOOR_RATIO if r else None)))
        s = slopes(rows, layout)
        growth = s[-1][2] / s[0][2] if len(s) >= 2 and s[0][2] > 0 else None
        found.append((f"linear growth: last/first marginal s per 1k <= {TARGET_SLOPE_GROWTH} [{layout}]",
                      f"{growth:.2f}" if growth is not None else "-",
                      verdict(growth <= TARGET_SLOPE_GROWTH if growth is not None else None)))
    peak = max((r.peak_mb for r in rows), default=0.0)
    found.append((f"peak RSS < {TARGET_PEAK_MB:g} MB (all builds)", f"{peak:.0f} MB",
                  verdict(peak < TARGET_PEAK_MB)))
    found.append((f"feedmaker --version <= {TARGET_VERSION_S} s", f"{version_s:.3f} s",
                  verdict(version_s <= TARGET_VERSION_S)))
    found.append((f"10-story build <= {TARGET_SMALL_BUILD_S} s", f"{small_s:.3f} s",
                  verdict(small_s <= TARGET_SMALL_BUILD_S)))
    complete = all(r.entries == r.size and r.exit_code == 0 for r in rows)
    found.append(("every build exited 0 with N <entry> elements", "", verdict(complete)))
    return found


def print_report(rows: list[Row], version_s: float, small_s: float) -> list[tuple[str, str, str]]:
    print(f"{'size':>6} {'layout':<8} {'entries':>8} {'build s':>8} {'peak MB':>8} {'floor s':>8} "
          f"{'ratio':>6} {'s/1k':>7}")
    for r in rows:
        flag = "" if r.entries == r.size and r.exit_code == 0 else f" !exit {r.exit_code}"
        print(f"{r.size:>6} {r.layout:<8} {r.entries:>8} {r.build_s:>8.3f} {r.peak_mb:>8.1f} "
              f"{r.floor_s:>8.3f} {r.ratio:>5.2f}x {r.per_1k:>7.3f}{flag}")
    for layout in LAYOUTS:
        marginal = ", ".join(f"{a}->{b}: {v:.3f}" for a, b, v in slopes(rows, layout))
        print(f"marginal s per 1k stories [{layout}]: {marginal or '-'}")
    print(f"\nstart-up: feedmaker --version {version_s:.3f} s (best of 10); 10-story build {small_s:.3f} s\n")
    found = targets(rows, version_s, small_s)
    print_targets(found)
    return found


def main() -> int:
    parser = arguments(__doc__)
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated story counts")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    repeat = max(1, args.repeat)
    renderers = {"gazette": render_gazette, "listing": render_listing}

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="feedmaker-bench-") as tmp:
        work = Path(tmp)
        for size in sizes:
            stories = make_stories(size, random.Random(SEED + size))
            floor = feedgen_floor(stories, repeat)
            for layout in LAYOUTS:
                src = work / f"{layout}-{size}.txt"
                src.write_text(renderers[layout](stories), encoding="utf-8")
                build_s, peak_mb, code, entries = measure_build(src, work / "out", repeat)
                rows.append(Row(size, layout, entries, code, build_s, peak_mb, floor))
                print(f"measured {layout} x {size}: {build_s:.3f} s", file=sys.stderr)
        version_s = min(run_child([*FEEDMAKER, "--version"])[0] for _ in range(10))
        small = work / "gazette-10.txt"
        small.write_text(render_gazette(make_stories(10, random.Random(SEED))), encoding="utf-8")
        small_s = measure_build(small, work / "out", max(repeat, 5))[0]

    print(f"\nfeedmaker build benchmark: commit {revision()}, Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs, best of {repeat}\n")
    found = print_report(rows, version_s, small_s)
    write_figures(args.json, found, repeat,
                  rows=[{**asdict(r), "ratio": r.ratio, "s_per_1k": r.per_1k} for r in rows],
                  startup={"version_s": version_s, "build_10_s": small_s})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
