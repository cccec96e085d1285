"""Structured data in a page: JSON-LD articles and item lists, OpenGraph and ``article:*`` meta.

Structured data is what the site tells machines, so it wins over what the
parser can infer from the visible markup; the visible values stay as
fallbacks (see :mod:`feedmaker.parse.html`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ...model import DateSource, Image, RawDate
from ...textutil import collapse
from ...urls import absolute
from .page import Page

ARTICLE_TYPES = frozenset(
    {
        "newsarticle",
        "article",
        "blogposting",
        "liveblogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "techarticle",
        "scholarlyarticle",
        "socialmediaposting",
        "report",
        "posting",
    }
)


@dataclass(frozen=True, slots=True)
class Structured:
    """One article as structured data describes it (any field may be missing)."""

    headline: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    published: RawDate | None = None
    modified: RawDate | None = None
    sections: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    description: str | None = None
    body: str | None = None  # articleBody, plain text


def jsonld_nodes(page: Page) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Return every JSON-LD object of the page (``@graph`` and arrays flattened) and an ``@id`` index.

    Scripts that are not valid JSON are skipped (sites ship broken JSON-LD).
    """
    nodes: list[dict[str, Any]] = []
    for text in page.jsonld:
        try:
            data = json.loads(text)
        except ValueError:
            continue
        nodes.extend(_flatten(data))
    index = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str)}
    return nodes, index


def _flatten(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Yield every typed object, however deep (a CollectionPage's mainEntity ItemList, say)."""
    if depth > 12:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key, value in data.items():
            if isinstance(value, (dict, list)) and key != "itemListElement":
                yield from _flatten(value, depth + 1)


def types_of(node: dict[str, Any]) -> set[str]:
    """Return the lower-cased @type names of a JSON-LD node."""
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).lower().rsplit("/", 1)[-1] for v in values if v}


def articles(page: Page) -> tuple[list[Structured], bool]:
    """Return the articles the page's JSON-LD describes, and whether they come from an ItemList.

    An ``ItemList`` of articles (a listing page) gives its items in order;
    otherwise every article-typed node is returned (an article page has one).
    """
    nodes, index = jsonld_nodes(page)
    for node in nodes:
        if "itemlist" in types_of(node):
            items = [
                _resolve(el.get("item", el) if isinstance(el, dict) else el, index)
                for el in _as_list(node.get("itemListElement"))
            ]
            found = [_article(i, index, page) for i in items if isinstance(i, dict)]
            found = [a for a in found if a.headline or a.url]
            if found:
                return found, True
    return [_article(n, index, page) for n in nodes if types_of(n) & ARTICLE_TYPES], False


def _resolve(value: Any, index: dict[str, dict[str, Any]]) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
        return index.get(value["@id"], value)
    if isinstance(value, str) and value in index:
        return index[value]
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, (str, int, float)) and str(value).strip():
        return collapse(str(value))
    return None


def _article(node: dict[str, Any], index: dict[str, dict[str, Any]], page: Page) -> Structured:
    url = node.get("url") or _resolve(node.get("mainEntityOfPage"), index)
    if isinstance(url, dict):
        url = url.get("@id") or url.get("url")
    authors = []
    for author in _as_list(node.get("author")) + _as_list(node.get("creator")):
        name = _text(_resolve(author, index))
        if name and name not in authors:
            authors.append(name)
    images = []
    for image in _as_list(node.get("image")) + _as_list(node.get("thumbnailUrl")):
        resolved = _resolve(image, index)
        src = resolved.get("url") or resolved.get("contentUrl") if isinstance(resolved, dict) else resolved
        if isinstance(src, str) and absolute(src, page.base_url):
            caption = _text(resolved.get("caption")) if isinstance(resolved, dict) else None
            images.append(Image(absolute(src, page.base_url), caption))
    keywords = node.get("keywords")
    tags = [t.strip() for t in keywords.split(",")] if isinstance(keywords, str) else _as_list(keywords)
    return Structured(
        headline=_text(node.get("headline")) or _text(node.get("name")),
        url=absolute(url, page.base_url) if isinstance(url, str) else None,
        authors=tuple(authors),
        published=_date(node.get("datePublished") or node.get("dateCreated")),
        modified=_date(node.get("dateModified")),
        sections=tuple(s for s in (_text(x) for x in _as_list(node.get("articleSection"))) if s),
        tags=tuple(t for t in (_text(x) for x in tags) if t),
        images=tuple(images),
        description=_text(node.get("description")),
        body=_text(node.get("articleBody")),
    )


def _date(value: Any) -> RawDate | None:
    text = _text(value)
    return RawDate(text, None, DateSource.STRUCTURED) if text else None


def opengraph(page: Page) -> Structured:
    """Return what OpenGraph, ``article:*`` and plain meta tags say about the page's article."""
    meta = page.meta

    def first(*keys: str) -> str | None:
        return next((meta[k][0] for k in keys if k in meta), None)

    image = first("og:image", "og:image:url", "og:image:secure_url", "twitter:image")
    authors = meta.get("author", ()) or meta.get("article:author", ())
    return Structured(
        headline=first("og:title", "twitter:title"),
        url=absolute(first("og:url"), page.base_url),
        authors=tuple(a for a in authors if not a.startswith("http")),
        published=_date(
            first(
                "article:published_time",
                "og:published_time",
                "date",
                "pubdate",
                "publish-date",
                "dc.date.issued",
                "dcterms.created",
            )
        ),
        modified=_date(first("article:modified_time", "og:updated_time", "dcterms.modified")),
        sections=tuple(meta.get("article:section", ())),
        tags=tuple(meta.get("article:tag", ()))
        + tuple(t.strip() for k in meta.get("keywords", ()) for t in k.split(",") if t.strip()),
        images=(Image(absolute(image, page.base_url)),) if image and absolute(image, page.base_url) else (),
        description=first("og:description", "description", "twitter:description"),
    )


def is_article_page(page: Page, jsonld: list[Structured], from_list: bool) -> bool:
    """True when the page is one article (og:type article, or exactly one JSON-LD article, not a list)."""
    if from_list:
        return False
    og_type = page.meta.get("og:type", ("",))[0].lower()
    return og_type == "article" or len(jsonld) == 1
