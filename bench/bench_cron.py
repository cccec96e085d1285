"""Benchmark ``feedmaker build`` of a many-feed configuration, run after run, as cron runs it.

Usage: python bench/bench_cron.py [--feeds 100] [--stories 100] [--repeat 3] [--json FILE]

Writes a feedmaker.toml with --feeds feeds of --stories listing-layout stories each
into a temporary folder, then times four builds in a row, each in a fresh child process
(``python -m feedmaker build -q`` with that folder as its working directory): the first
build (empty state), a no-change rebuild, a rebuild after 10 % of the stories of every
feed changed their excerpt, and another no-change rebuild. Wall time is the best of
--repeat; peak RSS is that child's own (os.wait4). Every repeat of a run starts from
the same prior state, restored in place: the state's fingerprints hold absolute paths,
so a moved folder would rebuild every feed. It checks the .atom files and which output
files were rewritten (mtime), and marks the < 1 s no-change target PASS/FAIL.
It reports; it is not a test: the exit code is always 0.
The story generator and the helpers come from bench_build.py beside this file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import platform
import random
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

import bench_build as bb  # beside this file: the story generator and the shared measurements

EXTENSIONS = ("atom", "rss", "json")  # the default formats of a configured feed
CHANGE_EVERY = 10  # run 3 edits stories 5, 15, 25, ... of every feed: 10 %
TARGET_NO_CHANGE_S = 1.0


@dataclass
class Run:
    name: str
    now: str
    build_s: float
    peak_mb: float
    exit_code: int
    atom_ok: int  # .atom files holding exactly --stories <entry> elements
    updated: int  # entries whose <updated> is later than the first build's --now (edited stories)
    feed_touched: int  # feed files (.atom/.rss/.json) written: mtime changed or new
    site_touched: tuple[str, ...]  # other output files written (index.html, feeds.opml, feed.xsl)


# -- the folder --------------------------------------------------------------------------------------


def slug(k: int) -> str:
    return f"feed{k:03d}"


def write_config(root: Path, feeds: int) -> None:
    lines = ['title = "Bench feeds"', 'output = "site"', 'base_url = "https://bench.example/feeds/"', ""]
    for k in range(feeds):
        lines += ["[[feed]]", f'slug = "{slug(k)}"', f'title = "Bench feed {k:03d}"',
                  f'link = "https://{slug(k)}.bench.example/"', f'inputs = ["pages/{slug(k)}.txt"]', ""]
    (root / "feedmaker.toml").write_text("\n".join(lines), encoding="utf-8")


def write_pages(root: Path, pages: list[list[bb.Story]]) -> None:
    (root / "pages").mkdir(exist_ok=True)
    for k, stories in enumerate(pages):
        (root / "pages" / f"{slug(k)}.txt").write_text(bb.render_listing(stories), encoding="utf-8")


def edited(pages: list[list[bb.Story]]) -> list[list[bb.Story]]:
    """Return ``pages`` with a new excerpt (new sentences, same title and date) for every tenth story."""
    rng = random.Random(bb.SEED - 1)

    def edit(s: bb.Story) -> bb.Story:
        place = s.title.split()[0]
        return dataclasses.replace(s, paragraphs=tuple(bb.sentence(rng, place) for _ in range(3)))

    return [[edit(s) if i % CHANGE_EVERY == CHANGE_EVERY // 2 else s for i, s in enumerate(stories)]
            for stories in pages]


def mtimes(site: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in site.iterdir()} if site.is_dir() else {}


# -- measurements ------------------------------------------------------------------------------------


def measure(name: str, root: Path, now: datetime, stories: int, repeat: int, prior: Path | None,
            prepare: Callable[[Path], None] | None = None) -> Run:
    """Time ``feedmaker build -q --now NOW`` in ``root``, best of ``repeat``; check the output.

    Before each repeat ``root`` is reset: with no ``prior``, its state and output are
    deleted; otherwise it is replaced by a copy of ``prior`` (copytree keeps mtimes).
    ``prepare`` then edits the inputs (not timed).
    """
    runs = []
    for _ in range(repeat):
        if prior is None:
            shutil.rmtree(root / ".feedmaker", ignore_errors=True)
            shutil.rmtree(root / "site", ignore_errors=True)
        else:
            shutil.rmtree(root)
            shutil.copytree(prior, root, symlinks=True)
        if prepare is not None:
            prepare(root)
        before = mtimes(root / "site")
        with contextlib.chdir(root):
            runs.append(bb.run_child([*bb.FEEDMAKER, "build", "-q", "--now", now.isoformat()]))
    after = mtimes(root / "site")
    touched = {n for n, t in after.items() if before.get(n) != t}
    atoms = [(root / "site" / n).read_text(encoding="utf-8") for n in sorted(after) if n.endswith(".atom")]
    return Run(
        name, now.isoformat(), min(r[0] for r in runs), max(r[1] for r in runs),
        next((r[2] for r in runs if r[2]), 0),
        atom_ok=sum(a.count("<entry>") == stories for a in atoms),
        updated=sum(e.partition("<updated>")[2].partition("<")[0] > bb.NOW.isoformat()  # all UTC
                    for a in atoms for e in a.split("<entry>")[1:]),
        feed_touched=sum(n.rsplit(".", 1)[-1] in EXTENSIONS for n in touched),
        site_touched=tuple(sorted(n for n in touched if n.rsplit(".", 1)[-1] not in EXTENSIONS)),
    )


# -- report ------------------------------------------------------------------------------------------


def targets(runs: list[Run], feeds: int, stories: int) -> list[tuple[str, str, str]]:
    first, change, *quiet = runs[0], runs[2], runs[1], runs[3]
    files = feeds * len(EXTENSIONS)
    found = [(f"no-change rebuild < {TARGET_NO_CHANGE_S:g} s [{r.name}]", f"{r.build_s:.3f} s",
              bb.verdict(r.build_s < TARGET_NO_CHANGE_S)) for r in quiet]
    found.append((f"every run exited 0 with {feeds} .atom files of N <entry>", "",
                  bb.verdict(all(r.exit_code == 0 and r.atom_ok == feeds for r in runs))))
    found.append(("first build wrote every feed file", f"{first.feed_touched}/{files}",
                  bb.verdict(first.feed_touched == files)))
    for r in quiet:
        found.append((f"no file's mtime changed [{r.name}]",
                      f"{r.feed_touched + len(r.site_touched)} changed",
                      bb.verdict(r.feed_touched == 0 and not r.site_touched)))
    found.append(("10 % edit rewrote every changed feed's files", f"{change.feed_touched}/{files}",
                  bb.verdict(change.feed_touched == files)))
    edits = feeds * len(range(CHANGE_EVERY // 2, stories, CHANGE_EVERY))
    found.append(("10 % edit: exactly the edited entries have a new <updated>", f"{change.updated}/{edits}",
                  bb.verdict(change.updated == edits)))
    return found


def print_report(runs: list[Run], feeds: int, stories: int) -> list[tuple[str, str, str]]:
    print(f"{'run':<26} {'--now':<25} {'wall s':>7} {'peak MB':>8} {'exit':>4} {'atom ok':>8} "
          f"{'updated':>8} {'feed files':>10}  site files written")
    for r in runs:
        print(f"{r.name:<26} {r.now:<25} {r.build_s:>7.3f} {r.peak_mb:>8.1f} {r.exit_code:>4} "
              f"{r.atom_ok:>4}/{feeds:<3} {r.updated:>8} {r.feed_touched:>10}  "
              f"{', '.join(r.site_touched) or '-'}")
    print(f"\n'atom ok': .atom files with {stories} <entry>; 'updated': entries with an <updated> after "
          f"run 1's --now;\n'feed files': .atom/.rss/.json files written (mtime changed), "
          f"of {feeds * len(EXTENSIONS)}\n")
    found = targets(runs, feeds, stories)
    bb.print_targets(found)
    return found


def main() -> int:
    parser = bb.arguments(__doc__)
    parser.add_argument("--feeds", type=int, default=100, help="feeds in the configuration")
    parser.add_argument("--stories", type=int, default=100, help="stories per feed")
    args = parser.parse_args()
    feeds, stories, repeat = max(1, args.feeds), max(1, args.stories), max(1, args.repeat)

    # One pool of feeds x stories, so every title (its counter word) is unique across all feeds.
    pool = bb.make_stories(feeds * stories, random.Random(bb.SEED))
    pages = [pool[k * stories:(k + 1) * stories] for k in range(feeds)]
    changed = edited(pages)
    hour = timedelta(hours=1)
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="feedmaker-bench-cron-") as tmp:
        root, snap = Path(tmp) / "feeds", Path(tmp) / "snapshot"
        root.mkdir()
        write_config(root, feeds)
        write_pages(root, pages)
        plan: list[tuple[str, timedelta, Callable[[Path], None] | None]] = [
            ("1 first build (empty)", 0 * hour, None),
            ("2 no change", 1 * hour, None),
            ("3 10% stories edited", 2 * hour, lambda r: write_pages(r, changed)),
            ("4 no change again", 3 * hour, None),
        ]
        for number, (name, offset, prepare) in enumerate(plan):
            if number:  # the prior state: what the previous run's last repeat left
                shutil.rmtree(snap, ignore_errors=True)
                shutil.copytree(root, snap, symlinks=True)
            runs.append(measure(name, root, bb.NOW + offset, stories, repeat, snap if number else None,
                                prepare))
            print(f"measured {name}: {runs[-1].build_s:.3f} s", file=sys.stderr)

    print(f"\nfeedmaker cron benchmark: commit {bb.revision()}, Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} CPUs, {feeds} feeds x {stories} stories, "
          f"best of {repeat}\n")
    found = print_report(runs, feeds, stories)
    bb.write_figures(args.json, found, repeat, feeds=feeds, stories=stories,
                     runs=[asdict(r) for r in runs])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
