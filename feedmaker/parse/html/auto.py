"""Finding the story blocks of a listing page without selectors.

A listing is a run of sibling elements of one kind (``article``, ``div.card``,
``li``) that each hold a title: a heading or a link with substantial text. The
page is walked once; siblings are grouped by their *signature* (tag and main
class), and each group of two or more is scored: members with titles, their
text, dates and pictures count for it; living inside page furniture (navigation,
footer, sidebar widgets, "related"/"popular"/"trending" lists, cookie banners,
comments) counts heavily against it. The best group wins, with two corrections:
sections of stories (``section > h2 + div.story + div.story``, each holding
little but its heading and its stories) give the stories inside them, and the
cells of a layout grid (``div.col > div.card``) give the cards they wrap. The
stories are then joined by blocks of the same signature elsewhere on the page
whose heading links to a story (a lead card above the grid), and by siblings
of the grid that show one story in markup of their own (the home page's lead).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

from ..rules import Rules
from .blocks import has_title
from .page import HEADING_TAGS, HEADINGS, in_boilerplate, is_boilerplate, text_of

_SKIP = frozenset(
    {
        "html",
        "head",
        "body",
        "script",
        "style",
        "br",
        "hr",
        "img",
        "a",
        "span",
        "b",
        "i",
        "em",
        "strong",
        "small",
        "time",
        "option",
        "input",
        "button",
        "label",
        "source",
        "picture",
        "p",
        "font",
        "svg",
        "path",
    }
)
_MODIFIER = re.compile(r"--|__|\d|^(?:is|has|js|active|current|odd|even|first|last|clearfix|lazy)")
_SEMANTIC_TAGS = frozenset({"article", "li", "tr", "dt", "dd"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A group of sibling blocks that may be the page's stories, with its score and why."""

    signature: str
    members: tuple[etree._Element, ...]
    score: float
    reason: str


def card_link(el: etree._Element) -> bool:
    """True for a link that wraps a whole card (a heading, or several blocks such as picture and text)."""
    if not len(el):
        return False  # most links hold text only
    children = [c for c in el if isinstance(c.tag, str)]
    if len(children) < 2 and next(el.iter(*HEADINGS), None) is None:
        return False
    return any(c.tag in _CARD_PARTS for c in el.iter())


_CARD_PARTS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "img", "picture", "time", "figure", "span"}
)


def signature(el: etree._Element) -> str:
    """Return what makes siblings 'of one kind': the tag, plus the main class for generic containers."""
    return _signature(str(el.tag), el.get("class"))


@lru_cache(maxsize=4096)
def _signature(tag: str, cls: str | None) -> str:
    """Return the signature of a tag and class attribute; cached, as a page repeats the same few."""
    if tag in _SEMANTIC_TAGS:
        return tag
    classes = [c for c in (cls or "").split() if not _MODIFIER.search(c)]
    return f"{tag}.{classes[0]}" if classes else tag


def candidates(root: etree._Element, rules: Rules) -> list[Candidate]:
    """Return the candidate groups of story blocks, best first."""
    # Keyed by the parent element itself, not its id(): lxml creates an element's Python object on
    # demand and frees it when unused, so a freed parent's id could be reused by a later one.
    groups: dict[tuple[etree._Element, str], list[etree._Element]] = {}
    for el in root.iter(etree.Element):
        tag = el.tag
        if tag in _SKIP and not (tag == "a" and card_link(el)):
            continue
        parent = el.getparent()
        if parent is None:
            continue
        groups.setdefault((parent, _signature(tag, el.get("class"))), []).append(el)
    found: list[Candidate] = []
    for (_, sig), members in groups.items():
        if len(members) < 2:
            continue
        # A member that is itself furniture (a layout's "column sidebar" beside its "column") is no story.
        titled = [m for m in members if not is_boilerplate(m) and has_title(m, rules)]
        if len(titled) < 2:
            continue
        found.append(_score(sig, tuple(titled), len(members)))
    found.sort(key=lambda c: c.score, reverse=True)
    return found


def _score(sig: str, members: tuple[etree._Element, ...], total: int) -> Candidate:
    texts = [len(text_of(m)) for m in members]
    average = sum(texts) / len(texts)
    # The tags in each member, from one walk: cheaper than an iter(tag) per question on a big listing.
    tag_sets = [{n.tag for n in m.iter(etree.Element)} for m in members]
    headings = sum(1 for tags in tag_sets if not tags.isdisjoint(HEADINGS))
    dated = sum(1 for tags in tag_sets if "time" in tags)
    pictured = sum(1 for tags in tag_sets if "img" in tags)
    score = (
        len(members)
        * math.log(2 + average)
        * (1 + headings / len(members))
        * (1 + 0.5 * dated / len(members))
    )
    score *= 1 + 0.25 * pictured / len(members)
    score *= len(members) / total  # a group most of whose members are not stories is a layout grid
    reasons = [f"{len(members)} of {total} hold a title", f"{average:.0f} characters each"]
    if headings:
        reasons.append(f"{headings} with a heading")
    if dated:
        reasons.append(f"{dated} dated")
    parent = members[0].getparent()
    if parent is not None and in_boilerplate(parent):
        score *= 0.02
        reasons.append("inside page furniture (navigation, footer, widget, related list)")
    if average > 4000:
        score *= 0.2
        reasons.append("blocks too long for a listing")
    return Candidate(sig, members, score, ", ".join(reasons))


def story_blocks(root: etree._Element, rules: Rules) -> tuple[list[etree._Element], list[Candidate]]:
    """Return the story blocks of a listing page in page order (empty when none), and the candidates seen."""
    found = candidates(root, rules)
    if not found or found[0].score < 1:
        return [], found
    best = _stories_inside(found[0], found)
    chosen, kind = _unwrapped(list(best.members), best.signature)
    if "." in kind:
        # The same kind of block elsewhere (a featured card above the grid) is a story too.
        members = {id(m) for m in chosen}
        for el in root.iter(kind.split(".", 1)[0]):
            if id(el) in members or signature(el) != kind or in_boilerplate(el):
                continue
            if any(_related(el, m) for m in chosen) or not has_title(el, rules) or not _linked_heading(el):
                continue
            chosen.append(el)
            members.add(id(el))
    leads = _leads(chosen, rules)
    if "." in kind or leads:
        chosen.extend(leads)
        order = {id(el): i for i, el in enumerate(root.iter())}
        chosen.sort(key=lambda el: order[id(el)])
    chosen = [el for el in chosen if not in_boilerplate(el, members_parent(best))]
    return chosen, found


def _leads(chosen: list[etree._Element], rules: Rules) -> list[etree._Element]:
    """Return the lead stories beside the listing: siblings of its container that each show one story.

    A home page opens with its lead story above the grid of the others, in markup of its own
    (``article.lead`` beside ``section.grid > article.card``). A sibling of the grid is a lead
    when it is no furniture and shows exactly one story: a heading that links to it, and the
    story's excerpt or date; a box whose heading links nowhere (a newsletter) is none.
    """
    parents = {id(p): p for el in chosen if (p := el.getparent()) is not None}
    if len(parents) != 1:
        return []
    grid = next(iter(parents.values()))
    outer = grid.getparent()
    if outer is None or grid.tag in ("body", "main") or in_boilerplate(grid):
        return []
    found = []
    for sibling in outer:
        if sibling is grid or not isinstance(sibling.tag, str) or is_boilerplate(sibling):
            continue
        if _one_story(sibling, rules):
            found.append(sibling)
    return found


def _one_story(el: etree._Element, rules: Rules) -> bool:
    """True when ``el`` shows one story: one heading, linked, with an excerpt or a date beside it."""
    headings = [h for h in el.iter(*HEADINGS) if text_of(h)]
    if len(headings) != 1 or not has_title(el, rules) or not _linked_heading(el):
        return False
    if next(el.iter("time"), None) is not None:
        return True
    heading_text = len(text_of(headings[0]))
    return any(len(text_of(p).split()) >= 8 for p in el.iter("p")) and len(text_of(el)) > heading_text


def _stories_inside(best: Candidate, found: list[Candidate]) -> Candidate:
    """Return the stories inside the best blocks when those are sections of stories; else ``best``.

    A home page groups its stories under section headings (``section > h2 + div.story
    + div.story``); the sections, being longer, can outscore the stories. When a best
    block holds a group of blocks of one kind, each with a heading of its own, and every
    best block holds at least one such block, the blocks inside are the stories (and the
    sections' headings their sections).

    Not so when the blocks inside are no listing of their own (scoring under 1, or inside
    page furniture: a "related" box), nor when a best block holds more than its heading
    and the blocks inside: a story with its own excerpt or date that ends in headed
    related links is a story, and its links are not the listing.
    """
    containers = set(best.members)
    holders: dict[str, int] = {}
    for candidate in found:
        if candidate is best or candidate.score < 1:
            continue
        parent = candidate.members[0].getparent()
        if not any(a in containers for a in candidate.members[0].iterancestors()):
            continue
        if parent is not None and in_boilerplate(parent):
            continue
        if all(next(m.iter(*HEADINGS), None) is not None for m in candidate.members):
            holders[candidate.signature] = holders.get(candidate.signature, 0) + 1
    if not holders:
        return best
    sig = max(holders, key=lambda s: holders[s])
    tag = sig.split(".", 1)[0]
    if "." not in sig and tag not in _SEMANTIC_TAGS:
        return best  # a bare <div> inside a section may be the wrapper of all its stories
    members: list[etree._Element] = []
    for container in best.members:
        inside = [
            el
            for el in container.iter(tag)
            if el is not container
            and signature(el) == sig
            and next(el.iter(*HEADINGS), None) is not None
            and not in_boilerplate(el, container)
        ]
        outer = [el for el in inside if not any(signature(a) == sig for a in _up_to(el, container))]
        if not outer or _holds_a_story(container, outer):
            return best
        members.extend(outer)
    reason = f"{len(members)} {sig} inside the {len(containers)} {best.signature} (sections of stories)"
    return Candidate(sig, tuple(members), best.score, reason)


def _holds_a_story(container: etree._Element, inner: list[etree._Element]) -> bool:
    """True when ``container`` shows a story of its own beside the blocks ``inner``: a date, or text.

    What a section of stories holds besides its stories is its heading and perhaps a link to
    the section's page ("More Politics"); an excerpt or a byline makes the container a story.
    One walk of the container that does not enter the blocks inside.
    """
    skip = set(inner)
    own = 0
    heading_seen = False
    stack = [container]
    while stack:
        node = stack.pop()
        if node is not container:
            own += len((node.tail or "").strip())  # the tail is the container's text
        if node in skip or not isinstance(node.tag, str):
            continue
        if node.tag == "time":
            return True
        if node.tag in HEADING_TAGS and not heading_seen:
            heading_seen = True  # the section's name
            continue
        own += len((node.text or "").strip())
        stack.extend(reversed(node))
    return own > _OWN_TEXT


# The most text a section of stories shows outside its heading and stories: a link to the section's page
# ("More Politics", "See all stories in Sport"), not an excerpt (eight words and more, 40 characters).
_OWN_TEXT = 40


def _up_to(el: etree._Element, container: etree._Element) -> list[etree._Element]:
    """Return the ancestors of ``el`` below ``container``."""
    found = []
    for ancestor in el.iterancestors():
        if ancestor is container:
            break
        found.append(ancestor)
    return found


def _linked_heading(el: etree._Element) -> bool:
    """True when the block's heading links somewhere (a story); a box's heading (a donation call) does not.

    A block with no heading at all passes: its title is a link by definition (:func:`has_title`).
    """
    headings = list(el.iter(*HEADINGS))
    if not headings:
        return True
    for heading in headings:
        if any(a.get("href") for a in heading.iter("a")):
            return True
        if any(a.get("href") for a in heading.iterancestors("a")):
            return True
    return False


def _unwrapped(members: list[etree._Element], sig: str) -> tuple[list[etree._Element], str]:
    """Return the blocks inside grid cells, and their signature; the members themselves when not cells.

    A layout grid wraps each card in a cell (``div.col > div.card``): the cells are the
    siblings, but the card is the story, and the lead card above the grid is a card
    without a cell. When every member is a ``div`` whose only element is a classed block
    of one signature, that block is the story.
    """
    while members and all(m.tag == "div" for m in members):
        inner = []
        for member in members:
            children = [c for c in member if isinstance(c.tag, str)]
            if len(children) != 1:
                return members, sig
            inner.append(children[0])
        kinds = {signature(c) for c in inner}
        if len(kinds) != 1 or "." not in next(iter(kinds)):
            return members, sig
        members, sig = inner, kinds.pop()
    return members, sig


def members_parent(candidate: Candidate) -> etree._Element | None:
    return candidate.members[0].getparent()


def _related(a: etree._Element, b: etree._Element) -> bool:
    """True when one element contains the other."""
    return any(x is b for x in a.iterancestors()) or any(x is a for x in b.iterancestors())
