"""Stories found with the user's CSS selectors: one for the block, one per field inside it.

A field selector may name an attribute after ``@`` (``time@datetime``,
``img@data-src``, ``a@href``). Selectors are translated to XPath once (with
cssselect) and compiled, so a page of 10,000 blocks costs one tree walk per
selector, not one per block and field. Fields without a selector fall back to
the automatic rules of :mod:`.blocks`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import TypeGuard, cast

from lxml import etree

from ...errors import UsageError
from ...model import Block, DateSource, Image, Origin, RawDate, RawEntry
from ...urls import absolute
from ..markers import parse_marker, parse_names
from .blocks import BlockContext, extract
from .page import image_url, line_of, text_of

FIELDS = ("item", "title", "link", "date", "author", "summary", "content", "image", "category")


@dataclass(frozen=True, slots=True)
class Selectors:
    """CSS selectors (with an optional ``@attribute``) for the story block and its fields."""

    item: str | None = None
    title: str | None = None
    link: str | None = None
    date: str | None = None
    author: str | None = None
    summary: str | None = None
    content: str | None = None
    image: str | None = None
    category: str | None = None

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


def parse_selectors(specs: list[str] | tuple[str, ...], origin: str = "--select") -> Selectors:
    """Return the selectors of ``FIELD=SELECTOR`` strings. Raises UsageError on a bad field or CSS."""
    values: dict[str, str] = {}
    for spec in specs:
        name, _, selector = spec.partition("=")
        name = name.strip().lower()
        if name not in FIELDS or not selector.strip():
            raise UsageError(
                f"{origin}: {spec!r} must be FIELD=SELECTOR with FIELD one of {', '.join(FIELDS)}"
            )
        compile_selector(selector.strip(), origin)
        values[name] = selector.strip()
    return Selectors(**values)


@dataclass(frozen=True, slots=True)
class _Compiled:
    xpath: etree.XPath
    attribute: str | None


def compile_selector(spec: str, origin: str = "--select") -> _Compiled:
    """Return ``css[@attr]`` compiled to XPath. Raises UsageError when the CSS is not valid."""
    from cssselect import HTMLTranslator, SelectorError

    css, _, attribute = spec.rpartition("@") if "@" in spec and not spec.endswith("]") else (spec, "", "")
    try:
        expression = HTMLTranslator().css_to_xpath(css.strip(), prefix="descendant-or-self::")
        return _Compiled(etree.XPath(expression), attribute.strip() or None)
    except (SelectorError, etree.XPathSyntaxError) as exc:
        raise UsageError(f"{origin}: {spec!r} is not a CSS selector I can use ({exc})") from None


def select_stories(root: etree._Element, selectors: Selectors, bc: BlockContext) -> list[RawEntry]:
    """Return one entry per element matching the item selector (page order), fields by their selectors."""
    item = compile_selector(selectors.item or "article")
    compiled = {
        name: compile_selector(getattr(selectors, name)) for name in FIELDS[1:] if getattr(selectors, name)
    }
    entries: list[RawEntry] = []
    for el in cast(list[object], item.xpath(root)):
        if not _is_element(el):
            continue
        entry = extract(el, bc, frozenset(compiled))
        found = {name: _matches(c, el) for name, c in compiled.items()}
        title = _first_text(found.get("title"), compiled.get("title"))
        if entry is None and not title:
            continue
        entry = entry or RawEntry(origin=_origin(el, bc), title=title)
        entry = _override(entry, found, compiled, bc)
        if entry.title:
            entries.append(entry)
    return entries


def _origin(el: etree._Element, bc: BlockContext) -> Origin:
    return Origin(bc.page.name, line_of(el), "html")


def _is_element(node: object) -> TypeGuard[etree._Element]:
    """True for an element; comments and processing instructions are etree._Element too, but no match."""
    return isinstance(node, etree._Element) and isinstance(node.tag, str)


def _matches(c: _Compiled, el: etree._Element) -> list[etree._Element]:
    return [m for m in cast(list[object], c.xpath(el)) if _is_element(m)]


def _value(el: etree._Element, c: _Compiled | None) -> str:
    if c is not None and c.attribute:
        return (el.get(c.attribute) or "").strip()
    return text_of(el)


def _first_text(els: list[etree._Element] | None, c: _Compiled | None) -> str | None:
    for el in els or ():
        value = _value(el, c)
        if value:
            return value
    return None


def _override(
    entry: RawEntry,
    found: dict[str, list[etree._Element]],
    compiled: dict[str, _Compiled],
    bc: BlockContext,
) -> RawEntry:
    base = bc.page.base_url
    changes: dict[str, object] = {}
    if "title" in found and (title := _first_text(found["title"], compiled["title"])):
        changes["title"] = title
    if "link" in found:
        for el in found["link"]:
            href = (
                el.get(compiled["link"].attribute or "href")
                if el.tag == "a" or compiled["link"].attribute
                else next((a.get("href") for a in el.iter("a")), None)
            )
            if absolute(href, base):
                changes["link"] = absolute(href, base)
                break
    if "date" in found and (text := _first_text(found["date"], compiled["date"])):
        changes["dates"] = (_date(text, compiled["date"], bc),)
    if "author" in found:
        names: list[str] = []
        for el in found["author"]:
            text = _value(el, compiled["author"])
            marker = parse_marker(text, bc.rules, bc.ctx) if text else None
            for name in (marker.authors if marker and marker.authors else parse_names(text, bc.rules)) or (
                text,
            ):
                if name and name not in names:
                    names.append(name)
        changes["authors"] = tuple(names)
    if "summary" in found and (text := _first_text(found["summary"], compiled["summary"])):
        changes["summary"] = text
    if found.get("content"):
        changes["body"] = tuple(
            Block("html", etree.tostring(el, encoding="unicode", method="html")) for el in found["content"]
        )
    if "image" in found:
        urls = []
        for el in found["image"]:
            attr = compiled["image"].attribute
            url = absolute(el.get(attr), base) if attr and el.get(attr) else None
            if url is None and el.tag == "img":  # the named attribute is missing: the usual rules
                url = image_url(el, base)
            if url and url not in urls:
                urls.append(url)
        changes["images"] = tuple(Image(u) for u in urls)
    if "category" in found:
        terms = tuple(
            dict.fromkeys(t for t in (_value(el, compiled["category"]) for el in found["category"]) if t)
        )
        changes["categories"] = terms
        changes["section"] = terms[0] if terms else None
    return replace(entry, **changes)  # type: ignore[arg-type]


def _date(text: str, c: _Compiled, bc: BlockContext) -> RawDate:
    if c.attribute:
        return RawDate(text, None, DateSource.STRUCTURED)
    marker = parse_marker(text, bc.rules, bc.ctx)
    if marker is not None and marker.dates:
        return marker.dates[0]
    return RawDate(text)
