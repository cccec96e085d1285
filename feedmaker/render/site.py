"""The people's side of ``output/``: index.html, feeds.opml, and the XSLT that shows a feed readably.

Everything here is pure and deterministic: the same feeds give the same bytes,
so a run with nothing new rewrites nothing. Links inside the site are
relative (the folder works from any sub-path); absolute URLs appear only where
a reader needs them (OPML, when the base URL is known).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

from ..model import Entry, FeedMeta
from . import EXTENSIONS, feed_url

STYLESHEET = "feed.xsl"


def quoteattr(value: str) -> str:
    """Return ``value`` as a double-quoted, escaped attribute (not xml.sax: it costs 25 ms to import)."""
    return f'"{escape(value, quote=True)}"'


CHART_DAYS = 30
MIME = {"atom": "application/atom+xml", "rss": "application/rss+xml", "json": "application/feed+json"}
LABEL = {"atom": "Atom", "rss": "RSS", "json": "JSON Feed"}


@dataclass(frozen=True, slots=True)
class FeedSummary:
    """What the index shows of one feed: its metadata, formats, newest stories, and new stories per day."""

    meta: FeedMeta
    formats: tuple[str, ...]
    newest: tuple[Entry, ...]
    first_seen: tuple[datetime, ...]  # one per story the feed ever had, for the chart


def with_stylesheet(xml: bytes) -> bytes:
    """Return a feed document with the ``<?xml-stylesheet?>`` that browsers use to show it readably."""
    declaration_end = xml.find(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    instruction = f'\n<?xml-stylesheet type="text/xsl" href="{STYLESHEET}"?>'.encode()
    return xml[:declaration_end] + instruction + xml[declaration_end:]


def index_html(feeds: Sequence[FeedSummary], title: str = "Feeds") -> bytes:
    """Return the site's index page: each feed, its newest stories, its formats, and a 30-day chart."""
    last_day = max((d.date() for f in feeds for d in f.first_seen), default=None)
    head = [
        f'<link rel="alternate" type="{MIME[fmt]}" title={quoteattr(f"{f.meta.title} ({LABEL[fmt]})")} '
        f'href="{f.meta.slug}.{EXTENSIONS[fmt]}">'
        for f in feeds
        for fmt in f.formats
    ]
    sections = [_feed_section(f, last_day) for f in feeds]
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
{chr(10).join(head)}
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ font-size: 1.6rem; }} h2 {{ font-size: 1.25rem; margin-bottom: .2rem; }}
section {{ border-top: 1px solid #ddd; padding: 1rem 0; }}
.formats a {{ display: inline-block; margin-right: .6rem; padding: .1rem .5rem; border: 1px solid #bbb;
  border-radius: .3rem; text-decoration: none; font-size: .9rem; }}
.chart {{ display: block; margin: .6rem 0; }} .muted {{ color: #666; font-size: .9rem; }}
ul {{ padding-left: 1.2rem; }}
</style>
</head>
<body>
<h1>{escape(title)}</h1>
<p class="muted">Subscribe by copying a feed link into your feed reader, or import
<a href="feeds.opml">feeds.opml</a> to get them all.</p>
{chr(10).join(sections)}
</body>
</html>
"""
    return page.encode("utf-8")


def _feed_section(feed: FeedSummary, last_day: date | None) -> str:
    meta = feed.meta
    links = " ".join(
        f'<a href="{meta.slug}.{EXTENSIONS[fmt]}" type="{MIME[fmt]}">{LABEL[fmt]}</a>' for fmt in feed.formats
    )
    items = "\n".join(_story(e) for e in feed.newest) or '<li class="muted">No stories yet.</li>'
    description = f"<p>{escape(meta.description)}</p>" if meta.description else ""
    site = f' <a class="muted" href={quoteattr(meta.link)}>{escape(meta.link)}</a>' if meta.link else ""
    return f"""<section id={quoteattr(meta.slug)}>
<h2>{escape(meta.title)}</h2>{site}
{description}
<p class="formats">{links}</p>
{_chart(feed.first_seen, last_day)}
<ul>
{items}
</ul>
</section>"""


def _story(entry: Entry) -> str:
    day = entry.published.date().isoformat()
    title = escape(entry.title)
    linked = f"<a href={quoteattr(entry.link)}>{title}</a>" if entry.link else title
    return f'<li>{linked} <span class="muted">{day}</span></li>'


def _chart(first_seen: Sequence[datetime], last_day: date | None) -> str:
    """Return an inline SVG bar chart of new stories per day over the 30 days ending ``last_day``."""
    if last_day is None:
        return ""
    days = [last_day - timedelta(days=CHART_DAYS - 1 - i) for i in range(CHART_DAYS)]
    counts = dict.fromkeys(days, 0)
    for seen in first_seen:
        if seen.date() in counts:
            counts[seen.date()] += 1
    peak = max(counts.values()) or 1
    width, height = 8, 40
    bars = []
    for i, day in enumerate(days):
        bar = round(height * counts[day] / peak)
        bars.append(
            f'<rect x="{i * (width + 2)}" y="{height - bar}" width="{width}" height="{bar}" fill="#3a7">'
            f"<title>{day.isoformat()}: {counts[day]}</title></rect>"
        )
    total = sum(counts.values())
    label = f"{total} new stories in the 30 days to {last_day.isoformat()}"
    return (
        f'<svg class="chart" role="img" aria-label="{label}" width="{CHART_DAYS * (width + 2)}" '
        f'height="{height}" viewBox="0 0 {CHART_DAYS * (width + 2)} {height}">'
        f'<rect width="100%" height="100%" fill="#f4f4f4"/>{"".join(bars)}</svg>'
        f'<span class="muted">{label}</span>'
    )


def opml(feeds: Sequence[FeedSummary], title: str = "Feeds") -> bytes:
    """Return an OPML 2.0 subscription list of every feed (its Atom file, else its first format)."""
    outlines = []
    for feed in feeds:
        fmt = "atom" if "atom" in feed.formats else feed.formats[0]
        url = feed_url(feed.meta, fmt) or f"{feed.meta.slug}.{EXTENSIONS[fmt]}"
        html_url = f" htmlUrl={quoteattr(feed.meta.link)}" if feed.meta.link else ""
        kind = "rss" if fmt != "json" else "json"
        outlines.append(
            f'    <outline type="{kind}" text={quoteattr(feed.meta.title)} '
            f"title={quoteattr(feed.meta.title)} xmlUrl={quoteattr(url)}{html_url}/>"
        )
    body = "\n".join(outlines)
    head = f"  <head>\n    <title>{escape(title)}</title>\n  </head>\n"
    declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
    return f'{declaration}<opml version="2.0">\n{head}  <body>\n{body}\n  </body>\n</opml>\n'.encode()


# A browser opening a feed shows this page instead of raw XML. It reads Atom and RSS.
XSLT = b"""<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:feed/atom:title | rss/channel/title"/> (web feed)</title>
        <style>
          body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
          .about { background: #fff8dc; border: 1px solid #e5d9a8; padding: .8rem 1rem; }
          li { margin: .6rem 0; } .muted { color: #666; font-size: .9rem; }
        </style>
      </head>
      <body>
        <p class="about"><strong>This is a web feed.</strong> Subscribe by copying the address of this page
          into your feed reader (Miniflux, FreshRSS, NetNewsWire, newsboat...). New stories then come to you.
          <a href="index.html">All feeds</a></p>
        <h1><xsl:value-of select="atom:feed/atom:title | rss/channel/title"/></h1>
        <ul>
          <xsl:for-each select="atom:feed/atom:entry">
            <li>
              <a class="title" href="{atom:link[not(@rel) or @rel='alternate']/@href}">
                <xsl:value-of select="atom:title"/></a>
              <div class="muted"><xsl:value-of select="substring(atom:published, 1, 10)"/></div>
              <div><xsl:value-of select="atom:summary"/></div>
            </li>
          </xsl:for-each>
          <xsl:for-each select="rss/channel/item">
            <li>
              <a class="title" href="{link}"><xsl:value-of select="title"/></a>
              <div class="muted"><xsl:value-of select="pubDate"/></div>
              <div><xsl:value-of select="description"/></div>
            </li>
          </xsl:for-each>
        </ul>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
"""
