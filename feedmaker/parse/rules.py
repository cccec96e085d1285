"""A site profile compiled once into the lookups and regular expressions the classifier uses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates import DAY_WORDS
from ..textutil import fold
from .profiles import Profile

TRAILING_ARROWS = " \t:»›→>…·|"


@dataclass(frozen=True, slots=True)
class Rules:
    """A profile compiled once into lookups and regular expressions."""

    profile: Profile
    chrome: frozenset[str]
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
    by_tail: re.Pattern[str]
    section_tail: re.Pattern[str]
    topic: re.Pattern[str]
    image_label: re.Pattern[str]
    credit: re.Pattern[str]
    counter: re.Pattern[str]
    first_words: frozenset[str]  # first words of marker lines without digits ("Published", "By", "Yesterday")
    prefix_words: frozenset[str]  # first words of every phrase and anchored pattern the classifier knows


# First words of the built-in anchored patterns (calls to action, share bars, page headings,
# breadcrumbs): they must stay in step with those regular expressions.
_PATTERN_FIRST_WORDS = frozenset(
    "follow connect join like find stay suivez rejoignez suivez-nous rejoignez-nous folgen folge folgt "
    "síguenos siguenos sigue únete share partager teilen compartir condividi category categories tag tags "
    "archive archives topic catégorie étiquette kategorie schlagwort rubrik categoría etiqueta sección home "
    "accueil startseite inicio portada start page página pagina seite pág comments comment commentaires "
    "kommentare comentarios showing affichage zeige mostrando media press presse prensa reading lesezeit "
    "temps tiempo image photo picture slide bild foto imagen immagine imagem reply like report download "
    "télécharger herunterladen descargar scarica filter sort trier filtern sortieren filtrar ordenar".split()
)


def _prefix_words(p: Profile) -> frozenset[str]:
    phrases = (
        *p.chrome,
        *p.separators,
        *p.widgets,
        *p.related,
        *p.date_markers,
        *p.updated_markers,
        *p.date_joiners,
        *p.byline_markers,
        *p.topic_prefixes,
        *p.image_labels,
        *p.counters,
        *p.pagination,
        *DAY_WORDS,
    )
    return frozenset(phrase.split()[0].lower().rstrip(":,.;!?»›") for phrase in phrases if phrase.split()) | (
        _PATTERN_FIRST_WORDS
    )


def alternation(phrases: tuple[str, ...]) -> str:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or "(?!)"


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
    return Rules(
        profile=p,
        chrome=frozenset(fold(c) for c in p.chrome),
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
        date_prefix=re.compile(rf"^(?:{dm})(?P<joiner>\s+(?:{jn}))?\s*:?\s*(?P<rest>.+)$", re.IGNORECASE),
        updated_prefix=re.compile(rf"^(?:{um})(?P<joiner>\s+(?:{jn}))?\s*:?\s*(?P<rest>.+)$", re.IGNORECASE),
        joiner_prefix=re.compile(rf"^(?:{jn})\s+(?P<rest>.+)$", re.IGNORECASE),
        byline_prefix=re.compile(rf"^(?:{by})\s*:?\s+(?P<rest>.+)$", re.IGNORECASE),
        author_split=re.compile(rf"\s+(?:{alternation(p.author_joiners)})\s+|\s*&\s*", re.IGNORECASE),
        by_tail=re.compile(rf"^(?P<head>.+?)\s+(?:{by})\s+(?P<tail>[^\d]+)$", re.IGNORECASE),
        section_tail=re.compile(
            rf"^(?P<head>.+?)\s+(?:{alternation(p.section_joiners)})\s+(?P<tail>[^\d]+)$", re.IGNORECASE
        ),
        topic=re.compile(
            rf"^(?:{alternation(p.topic_prefixes)})\s+(?P<topic>[^\s.!?].{{0,40}})$", re.IGNORECASE
        ),
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
            rf"^(?:\d+\s+(?:{alternation(p.counters)})|(?:{alternation(p.counters)})\s*\(\d+\))$",
            re.IGNORECASE,
        ),
    )
