"""Benchmark ``feedmaker build`` on HTML listing pages, with and without --select.

Usage: python bench/bench_html.py [--sizes 100,1000,10000] [--repeat 3] [--json FILE]

Generates deterministic WordPress-like category pages of N story blocks, builds
Atom+RSS from each in a fresh child process, once with automatic detection and
once with CSS selectors (wall time, best of --repeat; peak RSS of that child via
os.wait4), times the floors in-process (lxml.html parsing the page alone, feedgen
alone writing N entries), and prints the figures with the issue's targets marked
PASS/FAIL. It reports; it is not a test: the exit code is always 0.
The story generator and the helpers come from bench_build.py beside this file.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import random
import re
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from html import escape
from itertools import pairwise
from pathlib import Path

import bench_build as bb  # beside this file: the story generator and the shared measurements

SITE = "https://bench.example"
PAGE_URL = f"{SITE}/category/news/"
MODES = ("auto", "select")
SELECTORS = ["item=article.post", "title=h2.entry-title", "link=h2.entry-title a@href",
             "date=time.published@datetime", "author=.author", "summary=.entry-summary p",
             "image=img@data-src"]
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAAAAACw="

# The targets, judged on the 10,000-block rows of each mode.
TARGET_SECONDS_10K, TARGET_PEAK_MB, TARGET_PER_1K_GROWTH = 2.5, 400.0, 1.5


@dataclass
class Row:
    size: int
    mode: str
    page_mb: float
    entries: int
    exit_code: int
    build_s: float
    peak_mb: float

    @property
    def per_1k(self) -> float:
        return self.build_s / self.size * 1000


# -- generator -------------------------------------------------------------------------------------


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def render_post(i: int, s: bb.Story, rng: random.Random) -> str:
    """Return one ``<article class="post">`` block; links are root-relative, as --page-url resolves them."""
    words = s.title.split()  # the first word is the story's unique counter word
    date, href = s.published, f"/{slug(' '.join(words[:4]))}/"
    image = f"/wp-content/uploads/{date:%Y/%m}/{slug(words[0])}-{i}.jpg"
    lazy = rng.random() < 0.5
    src = f'src="{PLACEHOLDER}" data-src="{image}" class="lazyload"' if lazy else f'src="{image}"'
    excerpt = " ".join(s.paragraphs)[:120].rsplit(" ", 1)[0].rstrip(",.")
    cats = ", ".join(f'<a href="/category/{slug(c)}/" rel="category tag">{c}</a>'
                     for c in [s.section, *([s.topic] if s.topic else [])])
    return (
        f'<article id="post-{40000 + i}" class="post hentry category-{slug(s.section)}">\n'
        f'<header class="entry-header"><h2 class="entry-title"><a href="{href}">{escape(s.title)}</a></h2>\n'
        '<div class="entry-meta"><time class="entry-date published" '
        f'datetime="{date.isoformat()}">{bb.day(date)}</time> by <span class="author vcard">'
        f'<a>{escape(s.author)}</a></span></div></header>\n'
        f'<img {src} alt="">\n'
        f'<div class="entry-summary"><p>{escape(excerpt)} …</p><a class="more-link" href="{href}">'
        f'Continue reading</a></div>\n<footer class="entry-footer">Posted in {cats}</footer>\n</article>'
    )


def render_page(stories: list[bb.Story], rng: random.Random) -> str:
    menu = "".join(f'<li><a href="{SITE}/category/{slug(s)}/">{s}</a></li>' for s in bb.SECTIONS[:6])
    popular = "".join(f'<li><a href="{SITE}/{s.published:%Y/%m/%d}/{slug(s.title)}/">{escape(s.title)}</a>'
                      f"</li>" for s in stories[:5])
    topics = "".join(f'<li><a href="{SITE}/tag/{slug(t)}/">{t}</a></li>' for t in bb.TOPICS)
    return "\n".join([
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="UTF-8">',
        "<title>News Archives – Wendle Valley Weekly</title>",
        f'<link rel="canonical" href="{PAGE_URL}"></head>',
        '<body class="archive category category-news"><div id="page" class="site">',
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="{SITE}/" rel="home">'
        "Wendle Valley Weekly</a></p>",
        f'<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul>'
        "</nav></header>",
        '<div id="content" class="site-content"><main id="main" class="site-main">',
        '<header class="page-header"><h1 class="page-title">Category: <span>News</span></h1></header>',
        *(render_post(i, s, rng) for i, s in enumerate(stories)),
        '<nav class="navigation pagination"><div class="nav-links"><span class="page-numbers">1</span>'
        f' <a class="page-numbers" href="{PAGE_URL}page/2/">2</a> <a class="next page-numbers" '
        f'href="{PAGE_URL}page/2/">Older posts</a></div></nav></main>',
        '<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" '
        f'action="{SITE}/"><input type="search" name="s"></form></section>',
        f'<section class="widget popular-posts"><h2 class="widget-title">Popular posts</h2><ul>{popular}</ul>'
        f'</section><section class="widget widget_tag_cloud"><h2 class="widget-title">Tags</h2><ul>{topics}'
        "</ul></section></aside></div>",
        '<footer id="colophon" class="site-footer"><div class="site-info">© 2026 Wendle Valley Weekly · '
        '<a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div>',
        "</body></html>",
    ]) + "\n"


# -- measurements ------------------------------------------------------------------------------------


def measure_build(src: Path, out: Path, mode: str, repeat: int) -> tuple[float, float, int, int]:
    """Return best seconds, highest peak MB, first non-zero exit code and <entry> count of a build.

    Each run writes into a fresh folder with a fresh state database, so every
    run is a first build and takes the real write path.
    """
    extra = [a for spec in SELECTORS for a in ("--select", spec)] if mode == "select" else []
    runs = []
    for k in range(repeat):
        folder = out / f"{src.stem}-{mode}-{k}"
        runs.append(bb.run_child([*bb.FEEDMAKER, "build", str(src), "-o", str(folder), "--format",
                                  "atom,rss", "--now", bb.NOW.isoformat(), "--page-url", PAGE_URL,
                                  "--state", f"{folder}.sqlite", *extra]))
    atom = folder / f"{src.stem}.atom"
    entries = atom.read_text(encoding="utf-8").count("<entry>") if atom.exists() else 0
    return min(r[0] for r in runs), max(r[1] for r in runs), next((r[2] for r in runs if r[2]), 0), entries


def lxml_floor(src: Path, repeat: int) -> float:
    """Return the best in-process seconds for lxml.html to parse ``src`` (bytes already read)."""
    from lxml import html

    data = src.read_bytes()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        html.document_fromstring(data)
        best = min(best, time.perf_counter() - start)
    return best


# -- report ------------------------------------------------------------------------------------------


def growth(rows: list[Row], mode: str) -> float | None:
    """Return s per 1k blocks at 10,000 over s per 1k at 1,000 for ``mode``, when both were measured."""
    per = {r.size: r.per_1k for r in rows if r.mode == mode}
    return per[10_000] / per[1_000] if 10_000 in per and 1_000 in per else None


def targets(rows: list[Row]) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    for mode in MODES:
        r = next((r for r in rows if r.size == 10_000 and r.mode == mode), None)
        found.append((f"10,000 blocks end-to-end <= {TARGET_SECONDS_10K} s [{mode}]",
                      f"{r.build_s:.2f} s" if r else "-",
                      bb.verdict(r.build_s <= TARGET_SECONDS_10K if r else None)))
        found.append((f"10,000 blocks peak RSS <= {TARGET_PEAK_MB:g} MB [{mode}]",
                      f"{r.peak_mb:.0f} MB" if r else "-",
                      bb.verdict(r.peak_mb <= TARGET_PEAK_MB if r else None)))
        g = growth(rows, mode)
        found.append((f"linear: s/1k at 10,000 <= {TARGET_PER_1K_GROWTH} x s/1k at 1,000 [{mode}]",
                      f"{g:.2f}x" if g is not None else "-",
                      bb.verdict(g <= TARGET_PER_1K_GROWTH if g is not None else None)))
    complete = all(r.entries == r.size and r.exit_code == 0 for r in rows)
    found.append(("every build exited 0 with N <entry> elements", "", bb.verdict(complete)))
    return found


def print_report(rows: list[Row], floors: dict[int, tuple[float, float]]) -> list[tuple[str, str, str]]:
    print(f"{'size':>6} {'mode':<7} {'page MB':>8} {'entries':>8} {'build s':>8} {'peak MB':>8} {'s/1k':>7}")
    for r in rows:
        flag = "" if r.entries == r.size and r.exit_code == 0 else f" !exit {r.exit_code}"
        print(f"{r.size:>6} {r.mode:<7} {r.page_mb:>8.2f} {r.entries:>8} {r.build_s:>8.3f} "
              f"{r.peak_mb:>8.1f} {r.per_1k:>7.3f}{flag}")
    for mode in MODES:
        mine = sorted((r for r in rows if r.mode == mode), key=lambda r: r.size)
        marginal = ", ".join(f"{a.size}->{b.size}: {(b.build_s - a.build_s) / (b.size - a.size) * 1000:.3f}"
                             for a, b in pairwise(mine))
        print(f"marginal s per 1k blocks [{mode}]: {marginal or '-'}")
    print("\nfloors (in-process, best of --repeat):")
    for size, (parse_s, feedgen_s) in sorted(floors.items()):
        print(f"{size:>6} blocks: lxml.html parse {parse_s:.3f} s, feedgen Atom+RSS {feedgen_s:.3f} s")
    print()
    found = targets(rows)
    bb.print_targets(found)
    return found


def main() -> int:
    parser = bb.arguments(__doc__)
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated block counts")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    repeat = max(1, args.repeat)

    rows: list[Row] = []
    floors: dict[int, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory(prefix="feedmaker-bench-html-") as tmp:
        work = Path(tmp)
        for size in sizes:
            stories = bb.make_stories(size, random.Random(bb.SEED + size))
            src = work / f"news-{size}.html"
            src.write_text(render_page(stories, random.Random(bb.SEED - size)), encoding="utf-8")
            page_mb = src.stat().st_size / 2**20
            floors[size] = (lxml_floor(src, repeat), bb.feedgen_floor(stories, repeat))
            for mode in MODES:
                build_s, peak_mb, code, entries = measure_build(src, work / "out", mode, repeat)
                rows.append(Row(size, mode, page_mb, entries, code, build_s, peak_mb))
                print(f"measured {mode} x {size}: {build_s:.3f} s", file=sys.stderr)

    spec = importlib.util.find_spec("feedmaker")  # the children import the same one (PYTHONPATH too)
    source = str(Path(spec.origin).parent) if spec and spec.origin else "?"
    print(f"\nfeedmaker HTML benchmark: commit {bb.revision()}, feedmaker from {source}, Python "
          f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs, best of {repeat}\n")
    found = print_report(rows, floors)
    bb.write_figures(args.json, found, repeat, feedmaker=source,
                     rows=[{**asdict(r), "s_per_1k": r.per_1k} for r in rows],
                     floors={str(n): {"lxml_parse_s": p, "feedgen_s": f} for n, (p, f) in floors.items()})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
