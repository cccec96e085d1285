"""A site profile compiled once into the lookups and regular expressions the classifier uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache

from ..datewords import DAY_WORDS
from ..textutil import fold
from .profiles import Profile
from .shapes import first_word

TRAILING_ARROWS = " \t:»›→>…·|"


@dataclass(frozen=True, slots=True)
class Rules:
    """A profile compiled once into lookups and regular expressions."""

    profile: Profile
    chrome: frozenset[str]
    flags: frozenset[str]  # a teaser's status badges and kinds of media ("LIVE", "Video"), folded
    widgets: frozenset[str]
    related: frozenset[str]
    bare_date: frozenset[str]
    bare_updated: frozenset[str]
    joiners: frozenset[str]
    bare_byline: frozenset[str]
    pagination: frozenset[str]
    separator: re.Pattern[str]
    glued_separator: re.Pattern[str]
    separator_ends: frozenset[str]  # the last characters a separator line can end with (any case, arrows)
    related_inline: re.Pattern[str]
    date_prefix: re.Pattern[str]
    updated_prefix: re.Pattern[str]
    joiner_prefix: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    author_split: re.Pattern[str]
    author_roles: frozenset[str]  # role words after a name ("기자")
    by_tail: re.Pattern[str]
    section_tail: re.Pattern[str]
    topic: re.Pattern[str]
    tags: re.Pattern[str]  # "Labels: a, b, c": the tag list of a post
    image_label: re.Pattern[str]
    credit: re.Pattern[str]
    counter: re.Pattern[str]
    first_words: frozenset[str]  # first words of marker lines without digits ("Published", "By", "Yesterday")
    prefix_words: frozenset[str]  # first words of every phrase and anchored pattern the classifier knows
    # Chrome by its form (parse/chrome.py): the profile's words in language-neutral shapes.
    chrome_hints: tuple[str, ...]  # one of these is in every line `copyright` or `promo` can match
    copyright: re.Pattern[str]
    promo: re.Pattern[str]
    agency: re.Pattern[str]
    page_of: re.Pattern[str]
    gallery: re.Pattern[str]
    reading_time: re.Pattern[str]
    download: re.Pattern[str]
    contact: re.Pattern[str]
    breadcrumb: re.Pattern[str]
    page_heading: re.Pattern[str]
    call_to_action: re.Pattern[str]
    share: re.Pattern[str]
    comment_tools: re.Pattern[str]
    comments_heading: re.Pattern[str]
    sponsor: re.Pattern[str]  # "Sponsored by X" opening an advert's block


def _prefix_words(p: Profile) -> frozenset[str]:
    phrases = [phrase for f in fields(p) if f.metadata.get("starts_line") for phrase in getattr(p, f.name)]
    # The same first word the classifier takes of a line (shapes.first_word), or the lookup would miss.
    return frozenset(first_word(phrase) for phrase in (*phrases, *DAY_WORDS) if phrase.split())


def alternation(phrases: tuple[str, ...]) -> str:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or "(?!)"


def _numbered(phrases: tuple[str, ...]) -> str:
    """Return :func:`alternation` of ``phrases`` with each "#" standing for a number."""
    return alternation(phrases).replace(r"\#", r"\d+")


def _hints(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Return the longest word of each phrase, less those that contain a shorter one.

    Every match of the phrases holds one of them, so a line holding none skips the regex.
    """
    longest = {max(p.lower().split(), key=len) for p in phrases if p.strip()}
    return tuple(sorted(w for w in longest if not any(o != w and o in w for o in longest)))


@lru_cache(maxsize=16)
def compile_profile(profile: Profile) -> Rules:
    """Return ``profile``'s phrases compiled into the lookups the classifier uses."""
    p = profile
    sep = alternation(p.separators)
    dm = alternation(p.date_markers)
    um = alternation(p.updated_markers)
    jn = alternation(p.date_joiners)
    by = alternation(p.byline_markers)
    credit = alternation(p.credit_labels)
    of, sort_by = _numbered(p.count_joiners), _numbered(p.sort_by)
    # A colon may be full-width: Japanese and Chinese write "記者：NAME", "更新日：DATE" without a space.
    colon = r"\s*[:：]?\s*"
    return Rules(
        profile=p,
        chrome=frozenset(fold(c) for c in p.chrome),
        flags=frozenset(fold(w) for w in p.flags + p.image_labels),
        widgets=frozenset(fold(w) for w in p.widgets),
        related=frozenset(fold(r) for r in p.related),
        bare_date=frozenset(fold(d) for d in p.date_markers),
        bare_updated=frozenset(fold(u) for u in p.updated_markers),
        joiners=frozenset(fold(j) for j in p.date_joiners),
        bare_byline=frozenset(fold(b) for b in p.byline_markers),
        pagination=frozenset(fold(w) for w in p.pagination),
        # "Continue reading", "Read More »", "Continue reading Title →" (screen-reader text).
        separator=re.compile(
            rf"^(?:{sep})(?:\s*[{TRAILING_ARROWS}]*|\s+(?P<rest>[^.!?]{{1,160}}?))\s*[{TRAILING_ARROWS}]*$",
            re.IGNORECASE,
        ),
        glued_separator=re.compile(rf"(?<=[.!?…\"”’)])\s*(?:{sep})\s*[{TRAILING_ARROWS}]*$", re.IGNORECASE),
        separator_ends=frozenset(
            TRAILING_ARROWS + "".join(s[-1].lower() + s[-1].upper() for s in p.separators if s)
        ),
        related_inline=re.compile(
            rf"^(?:{alternation(p.related)})(?:\s+\w+){{0,4}}\s*:\s*(?P<item>.*)$", re.IGNORECASE
        ),
        date_prefix=re.compile(rf"^(?:{dm})(?P<joiner>\s+(?:{jn}))?{colon}(?P<rest>.+)$", re.IGNORECASE),
        updated_prefix=re.compile(rf"^(?:{um})(?P<joiner>\s+(?:{jn}))?{colon}(?P<rest>.+)$", re.IGNORECASE),
        joiner_prefix=re.compile(rf"^(?:{jn})\s+(?P<rest>.+)$", re.IGNORECASE),
        byline_prefix=re.compile(rf"^(?:{by})(?:\s*:?\s+|\s*：\s*)(?P<rest>.+)$", re.IGNORECASE),
        # "A and B", "A & B", and "A·B" (Korean and Japanese put a middle dot between names, no spaces).
        author_split=re.compile(
            rf"\s+(?:{alternation(p.author_joiners)})\s+|\s*&\s*|(?<=\S)·(?=\S)", re.IGNORECASE
        ),
        author_roles=frozenset(r.lower() for r in p.author_roles),
        by_tail=re.compile(rf"^(?P<head>.+?)\s+(?:{by})\s+(?P<tail>[^\d]+)$", re.IGNORECASE),
        section_tail=re.compile(
            rf"^(?P<head>.+?)\s+(?:{alternation(p.section_joiners)})\s+(?P<tail>[^\d]+)$", re.IGNORECASE
        ),
        topic=re.compile(
            rf"^(?:{alternation(p.topic_prefixes)})\s+(?P<topic>[^\s.!?].{{0,40}})$", re.IGNORECASE
        ),
        tags=re.compile(rf"^(?:{alternation(p.tag_labels)})\s*[:：]\s*(?P<tags>\S.*)$", re.IGNORECASE),
        image_label=re.compile(rf"^(?:{alternation(p.image_labels)})\s*:\s*$", re.IGNORECASE),
        # A credit follows the end of the caption's sentence ("… the pier. Pic: Ana Roe") or stands alone.
        credit=re.compile(rf"(?:^|[.;,|(/–—]\s*)(?:{credit})s?\s?:\s?[^\s.][^:]{{0,80}}$", re.IGNORECASE),
        first_words=frozenset(
            phrase.split()[0]
            for phrase in (
                *p.date_markers,
                *p.updated_markers,
                *p.date_joiners,
                *p.byline_markers,
                *DAY_WORDS,
            )
        ),
        prefix_words=_prefix_words(p),
        counter=re.compile(
            rf"^(?:\d+\s+(?:{alternation(p.counters)})|(?:{alternation(p.counters)})\s*\(\d+\))\s*:?$",
            re.IGNORECASE,
        ),
        chrome_hints=("©", "(c)", *_hints(p.copyright + p.powered_by + p.promos)),
        copyright=re.compile(
            rf"©|\(c\)\s*\d{{4}}|{_numbered(p.copyright)}|(?:{_numbered(p.powered_by)})\s+\w+", re.IGNORECASE
        ),
        promo=re.compile(rf"\b(?:{_numbered(p.promos)})\b", re.IGNORECASE),
        agency=re.compile(rf"^\(?(?:{_numbered(p.agencies)})\)?$", re.IGNORECASE),
        page_of=re.compile(
            rf"^(?:{_numbered(p.page_words)})\s+\d+\s+(?:{of}|/)\s+\d+\b|"
            rf"^(?:{_numbered(p.showing)})\s+\d+\s*[–—-]\s*\d+\s+(?:{of})\s+\d+",
            re.IGNORECASE,
        ),
        gallery=re.compile(rf"^(?:{_numbered(p.gallery)})\s+\d+\s+(?:{of}|/)\s+\d+$", re.IGNORECASE),
        # "4 min read", "Lesezeit: 4 Min."
        reading_time=re.compile(
            rf"^(?:\d+\s*(?:{_numbered(p.minutes)})\.?\s*(?:{_numbered(p.read_time)})|"
            rf"(?:{_numbered(p.read_time_labels)})\s*:?\s*\d+\s*\w*\.?)$",
            re.IGNORECASE,
        ),
        download=re.compile(
            rf"^(?:{_numbered(p.downloads)})\b.{{0,40}}(?:pdf|docx?|\(\s*\d+\s*[kmg]i?b\s*\))|"
            rf"^(?:{sort_by}|{_numbered(p.filter_by)})\b",
            re.IGNORECASE,
        ),
        # "Media contact: …", "Press enquiries: …": the contact block under a press release.
        contact=re.compile(rf"^(?:{_numbered(p.contacts)})\b", re.IGNORECASE),
        # "Home › News", and "News › Council": two to five crumbs (＞ is the full-width >).
        breadcrumb=re.compile(
            rf"^(?:{_numbered(p.home_crumbs)})\s*[›>»/|＞]\s*(?P<crumbs>.+)$|"
            r"^[^›»>＞|.!?]{1,30}(?:\s[›»>＞]\s[^›»>＞|.!?]{1,30}){1,4}$",
            re.IGNORECASE,
        ),
        page_heading=re.compile(rf"^(?:{_numbered(p.archive_labels)})\s*:\s*\S", re.IGNORECASE),
        # "Follow the Gazette", "Join us on Facebook".
        call_to_action=re.compile(rf"^(?:{_numbered(p.follow)})\b", re.IGNORECASE),
        share=re.compile(rf"^(?:{_numbered(p.share)})\b", re.IGNORECASE),
        comment_tools=re.compile(rf"^(?:(?:{_numbered(p.comment_tools)})\s*\d*\s*){{1,4}}$", re.IGNORECASE),
        # Headings that open a comment section: everything after them is readers', not the story's.
        comments_heading=re.compile(
            rf"^(?:\d+\s+)?(?:{_numbered(p.comment_headings)})(?:\s*\(\d+\))?$|"
            rf"^(?:{sort_by})\b.{{0,20}}$|^(?:{_numbered(p.comment_prompts)})$",
            re.IGNORECASE,
        ),
        # "Sponsored by X", "協賛：X": the label, then the sponsor's name.
        sponsor=re.compile(rf"^(?:{alternation(p.sponsors)})(?:\s*[:：]\s*|\s+)\S.{{0,60}}$", re.IGNORECASE),
    )
