"""Line classification for text scrapes: every line gets a kind and a shape.

This is the first half of the text parser (:mod:`feedmaker.parse.text` is the
second: it splits the classified lines into stories). A line is classified in
two passes:

1. *On its own*, from the profile's words and the line's form: chrome (menus,
   pagination, share bars, copyright), separators ("Continue Reading"), list
   headings ("Trending", "Read more:"), date/byline markers, image labels,
   credits, topic links, glued headers, and otherwise text with a *shape*
   (prose, headline, label).
2. *In context*, where only neighbours tell: the alt text before an image
   label and the caption after it, the headlines under a related-links heading,
   an author name on the line after a bare "By", a promo box whose lines are
   mostly chrome, a caption standing alone after an empty video embed.

Everything here is pure: text in, :class:`Line` records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
from functools import lru_cache

from ..dates import DAY_WORDS, parse_clock, parse_date
from ..model import RawDate
from ..textutil import collapse, fold
from .profiles import Profile


class Kind(StrEnum):
    """What a line is, as far as the story structure goes."""

    BLANK = "blank"
    CHROME = "chrome"  # site furniture, never story text
    SEP = "separator"  # ends the story above ("Continue Reading")
    WIDGET = "widget"  # heading of a list that ends the story area ("Trending")
    RELATED = "related"  # in-body heading of related links ("Read more:")
    RELATED_ITEM = "related-item"
    MARKER = "marker"  # dates, bylines, their bare labels ("Published", "on", "By")
    AUTHOR = "author"  # a name on the line after a bare byline marker
    IMAGE_LABEL = "image-label"  # "Image:" between an alt line and a caption
    ALT = "image-alt"
    CAPTION = "caption"
    TOPIC = "topic"  # "More on X" -> category X
    HEADER = "header"  # section, date and title glued on one line
    TEXT = "text"


class Shape(StrEnum):
    """The form of a text line, which decides whether it can be a title."""

    PROSE = "prose"  # ends like a sentence, or is long
    HEADLINE = "headline"  # a title-like line: capitalised, no final full stop
    LABEL = "label"  # one to four words: a section, kicker, or site chrome
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Marker:
    """What a marker line says: dates, authors, a section, and what a bare label waits for."""

    dates: tuple[RawDate, ...] = ()
    updated: tuple[RawDate, ...] = ()
    authors: tuple[str, ...] = ()
    section: str | None = None
    expects_author: bool = False


@dataclass(slots=True)
class Line:
    """One input line and what the parser made of it (mutable only inside the parser)."""

    no: int
    text: str
    group: int
    blanks_before: int
    kind: Kind = Kind.TEXT
    shape: Shape = Shape.OTHER
    marker: Marker | None = None
    title: str | None = None  # HEADER lines and bullets: the title part
    section: str | None = None  # HEADER lines: the glued section
    topic: str | None = None
    bullet: bool = False
    role: str = ""  # final role, for --explain
    story: int | None = None  # index of the story the line went to
    notes: tuple[str, ...] = ()  # why it got its kind, for --explain


@dataclass(frozen=True, slots=True)
class Context:
    """What classification needs besides the profile: the reference time and date conventions."""

    now: datetime
    zone: tzinfo
    dayfirst: bool | None


_PROSE_END = re.compile(r"(?:[.!;…]|\[\s*(?:…|\.\.\.)\s*\]|\.\.\.)[\"”’»)\]'\s]*$")
# A sentence ends after a lower-case word (or a digit or a quote): "A.M. At" and "J. Smith" do not break.
_SENTENCE_BREAK = re.compile(r"(?<=[a-zà-ÿ0-9\"”’)])[.!?…][\"”’»)]*\s+[\"“‘«(]?[A-ZÀ-ÖØ-Þ]")
_STARTS_UPPER = re.compile(r"^[\"“‘'«¿¡(\[]?\s?[A-ZÀ-ÖØ-Þ0-9]")  # French quotes take a space: « Nous
_BULLET = re.compile(
    r"^[•·▪▸►▶■●◆‣○◦*]\s+(?P<rest>\S.*)$|^(?:[-–—]|\d{1,2}[.)])\s+(?P<rest2>[A-ZÀ-ÖØ-Þ0-9\"“‘«].*)$"
)
_WORD = re.compile(r"\w+")
_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
_MENU_SPLIT = re.compile(r"\s+[|•·]\s+")
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|powered by\s+\w+|propulsé par|impulsado por",
    re.IGNORECASE,
)
_PAGE_OF = re.compile(
    r"^(?:page|página|pagina|seite|pág\.?)\s+\d+\s+(?:of|de|sur|von|di|van|/)\s+\d+\b", re.I
)
_PAGE_TOKENS = re.compile(r"[«»‹›←→<>…|·]+|\d+|\.\.\.")
_DECORATED = re.compile(r"^[—–\-=*~_#•·]+\s*\S.{0,60}?\s*[—–\-=*~_#•·]+$")
_BREADCRUMB = re.compile(
    r"^(?:home|accueil|startseite|inicio|portada|start)\s*[›>»/|]\s*(?P<crumbs>.+)$|"
    r"^[^›»>|.!?]{1,30}(?:\s[›»>]\s[^›»>|.!?]{1,30}){1,4}$",  # "News › Council": two to five crumbs
    re.IGNORECASE,
)
_PAGE_HEADING = re.compile(
    r"^(?:category|categories|tag|tags|archives?|topic|catégorie|étiquette|kategorie|schlagwort|rubrik|"
    r"categoría|etiqueta|sección)\s*:\s*\S",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"\b(?:newsletter|unsubscribe|sign up|signup|subscribe|e-?mail address|your e-?mail|inscrivez-vous|"
    r"abonnez-vous|désinscri\w*|abonnieren|abmelden|suscríbete|suscribirse|boletín|darse de baja)\b",
    re.IGNORECASE,
)
# "Follow the Gazette", "Join us on Facebook": calls to action, in the four profile languages.
_CALL_TO_ACTION = re.compile(
    r"^(?:follow|connect with|join|like|find|stay connected with)\s+(?:us|the|our)\b|"
    r"^(?:suivez|rejoignez)(?:-nous|\s+(?:le|la|les|notre|nos))\b|^(?:folgen sie|folge|folgt)\b|"
    r"^(?:síguenos|siguenos|sigue a|únete)\b",
    re.IGNORECASE,
)
_READING_TIME = re.compile(
    r"^(?:\d+\s*(?:min|mins|minutes?|minuten?|minutos?|minuti)\.?\s*(?:read|de lecture|lesezeit|de lectura|"
    r"di lettura|de leitura|leestijd)|(?:lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*\d+\s*\w*\.?)$",
    re.IGNORECASE,
)
_GALLERY = re.compile(
    r"^(?:image|photo|picture|slide|bild|foto|imagen|immagine|imagem)\s+\d+\s+(?:of|de|sur|von|di|/)\s+\d+$",
    re.IGNORECASE,
)
_AGENCY = re.compile(
    r"^\(?(?:dpa|afp|ap|reuters|epa|ansa|efe|apa|sda|anp|kna|epd|belga|lusa|ats)\)?$", re.IGNORECASE
)
_COMMENT_TOOLS = re.compile(
    r"^(?:(?:reply|like|report|share|antworten|répondre|responder|rispondi)\s*\d*\s*){1,4}$", re.IGNORECASE
)
# Headings that open a comment section: everything after them is readers', not the story's.
COMMENTS_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|commentaires?|kommentare?|comentarios?|commenti|comentários|reacties)"
    r"(?:\s*\(\d+\))?$|^(?:sort by|trier par|sortieren nach|ordenar por)\b.{0,20}$|"
    r"^(?:leave a (?:comment|reply)|join the (?:conversation|discussion)|add a comment|"
    r"laisser un commentaire|kommentar schreiben|deja un comentario)$|^load \d+ more comments?$",
    re.IGNORECASE,
)
_SHARE = re.compile(r"^(?:share|partager|teilen|compartir|condividi)\b", re.IGNORECASE)
_GLUED_HEADER = re.compile(
    r"^(?P<section>[^\W\d_][^\d:]{0,28}?[^\W\d_])\s*"
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*"
    r"(?P<title>[\"“‘'«¿¡]?[A-ZÀ-ÖØ-Þ0-9].{8,})$"
)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-ZÀ-ÖØ-Þ]\.)$")
_NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "zu",
        "la",
        "le",
        "du",
        "di",
        "bin",
        "al",
        "el",
        "ter",
        "ten",
        "st.",
        "mac",
    ]
)
_TRAILING_ARROWS = " \t:»›→>…·|"
_DIGIT = re.compile(r"\d")
_RULE = re.compile(r"^(?:[-_=*~#•·—–]\s*){3,}$")
_EXPLICIT_CLOCK = re.compile(
    r"uhr|\d\s*h\b|[ap]\.?m\b|\b(?:ET|CT|MT|PT|UTC|GMT|[A-Z]{2,4}T)\b", re.IGNORECASE
)
_LINK_REFERENCE = re.compile(r"\[\d{1,3}\]")  # lynx/w3m mark links as [12]
_SHORT = 80  # longest line worth looking up among the profile's phrases
_MARKER_MAX = 160  # longest line that can be a date/byline marker
_CHROME_MAX = 200  # longest line that can be chrome by its form (menus, promos, copyright)
_SENTENCE_ENDS = frozenset('.!?…"”’)»]')
_LONG = 100  # a line longer than this that ends like a sentence is a paragraph (or a caption)
_MENU_CHARS = frozenset("|•·")
_MARKER_CHARS = frozenset("|•·—–")
_MARKER_SPLIT = re.compile(r"\s+[|•·—–]\s+")  # "By A · 2 hours ago", "Par A — il y a 2 heures"
# Word stems of copyright lines and promos: substring tests are far cheaper than a
# case-insensitive regular expression, and the exact patterns run only on a hit.
_CHROME_HINTS = (
    "©",
    "(c)",
    "reserv",
    "vorbehalten",
    "powered",
    "propuls",
    "impulsado",
    "newsletter",
    "subscri",
    "sign up",
    "signup",
    "mail",
    "inscri",
    "abonn",
    "abmeld",
    "suscr",
    "bolet",
    "baja",
)
_BREAK_HINTS = (". ", "! ", "? ", "… ", ".” ", '." ')


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
    "kommentare comentarios".split()
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


def _alternation(phrases: tuple[str, ...]) -> str:
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or "(?!)"


@lru_cache(maxsize=16)
def compile_profile(profile: Profile) -> Rules:
    """Return ``profile``'s phrases compiled into the lookups the classifier uses."""
    p = profile
    sep = _alternation(p.separators)
    dm = _alternation(p.date_markers)
    um = _alternation(p.updated_markers)
    jn = _alternation(p.date_joiners)
    by = _alternation(p.byline_markers)
    credit = _alternation(p.credit_labels)
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
            rf"^(?:{sep})(?:\s*[{_TRAILING_ARROWS}]*|\s+(?P<rest>[^.!?]{{1,160}}?))\s*[{_TRAILING_ARROWS}]*$",
            re.IGNORECASE,
        ),
        glued_separator=re.compile(rf"(?<=[.!?…\"”’)])\s*(?:{sep})\s*[{_TRAILING_ARROWS}]*$", re.IGNORECASE),
        related_inline=re.compile(
            rf"^(?:{_alternation(p.related)})(?:\s+\w+){{0,4}}\s*:\s*(?P<item>.*)$", re.IGNORECASE
        ),
        date_prefix=re.compile(rf"^(?:{dm})(?P<joiner>\s+(?:{jn}))?\s*:?\s*(?P<rest>.+)$", re.IGNORECASE),
        updated_prefix=re.compile(rf"^(?:{um})(?P<joiner>\s+(?:{jn}))?\s*:?\s*(?P<rest>.+)$", re.IGNORECASE),
        joiner_prefix=re.compile(rf"^(?:{jn})\s+(?P<rest>.+)$", re.IGNORECASE),
        byline_prefix=re.compile(rf"^(?:{by})\s*:?\s+(?P<rest>.+)$", re.IGNORECASE),
        author_split=re.compile(rf"\s+(?:{_alternation(p.author_joiners)})\s+|\s*&\s*", re.IGNORECASE),
        by_tail=re.compile(rf"^(?P<head>.+?)\s+(?:{by})\s+(?P<tail>[^\d]+)$", re.IGNORECASE),
        section_tail=re.compile(
            rf"^(?P<head>.+?)\s+(?:{_alternation(p.section_joiners)})\s+(?P<tail>[^\d]+)$", re.IGNORECASE
        ),
        topic=re.compile(
            rf"^(?:{_alternation(p.topic_prefixes)})\s+(?P<topic>[^\s.!?].{{0,40}})$", re.IGNORECASE
        ),
        image_label=re.compile(rf"^(?:{_alternation(p.image_labels)})\s*:\s*$", re.IGNORECASE),
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
            rf"^(?:\d+\s+(?:{_alternation(p.counters)})|(?:{_alternation(p.counters)})\s*\(\d+\))$",
            re.IGNORECASE,
        ),
    )


# -- pass 0: lines ---------------------------------------------------------------------------------


def split_lines(text: str, rules: Rules) -> list[Line]:
    """Return the non-blank lines of ``text``, cleaned, grouped by blank lines, numbered from 1.

    Blank lines get no record of their own (half the lines of a scrape are
    blank): each line counts the blanks above it, and a blank run starts a
    new group. Handles CRLF/CR line ends, a BOM, tabs, no-break and other odd
    spaces, and splits a separator glued to the end of a paragraph
    ("…published.Read more") into a line of its own with the same number.
    """
    lines: list[Line] = []
    group, blanks = 0, 0
    raw_lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()  # the newline that ends the last line does not start another
    search_glued = rules.glued_separator.search
    for no, raw in enumerate(raw_lines, start=1):
        cleaned = " ".join(raw.split())
        if "[" in cleaned and _LINK_REFERENCE.search(cleaned):
            cleaned = " ".join(_LINK_REFERENCE.sub(" ", cleaned).split())
        if "\u200b" in cleaned or "\ufeff" in cleaned:
            cleaned = collapse(cleaned.replace("\u200b", "").replace("\ufeff", ""))
        if not cleaned:
            blanks += 1
            continue
        if blanks and lines:
            group += 1
        glued = search_glued(cleaned, max(0, len(cleaned) - 48))
        if glued and glued.start() > 0:
            lines.append(Line(no, cleaned[: glued.start()].rstrip(), group, blanks))
            lines.append(Line(no, cleaned[glued.start() :].strip(), group, 0))
        else:
            lines.append(Line(no, cleaned, group, blanks))
        blanks = 0
    return lines


# -- pass 1: each line on its own -----------------------------------------------------------------


def shape_of(text: str) -> Shape:
    """Return the shape of a text line: prose, headline, label or other."""
    words = text.count(" ") + 1  # text is whitespace-collapsed
    if (
        len(text) > 170
        or (text[-1] in _SENTENCE_ENDS and _PROSE_END.search(text, max(0, len(text) - 12)))
        or (words > 8 and any(mark in text for mark in _BREAK_HINTS) and _SENTENCE_BREAK.search(text))
    ):
        return Shape.PROSE
    if text.endswith("?") and len(text) > 140:
        return Shape.PROSE
    if not _STARTS_UPPER.match(text):
        return Shape.OTHER
    if (words <= 3 and len(text) <= 40) or (text.isupper() and words <= 6):
        return Shape.LABEL
    return Shape.HEADLINE


def classify(line: Line, rules: Rules, ctx: Context) -> None:
    """Set ``line.kind`` (and shape, marker, title...) from the line alone."""
    text = line.text
    if len(text) > _LONG and text[-1] in _SENTENCE_ENDS and text[0].isupper():
        _classify_long(line, rules)
        return
    if not text[0].isalpha():
        if _RULE.match(text):
            _set(line, Kind.SEP, "horizontal rule between stories")
            return
        if _DECORATED.match(text):
            _set(line, Kind.CHROME, "decorated heading")
            return
        bullet = _BULLET.match(text)
        if bullet and text[0].isdigit() and _raw_date(text, ctx) is not None:
            bullet = None  # "14. März 2025" is a date, not item 14 of a list
        if bullet:
            text = bullet["rest"] or bullet["rest2"]
            line.text, line.bullet = text, True
    # Every profile phrase and marker starts with a word of the profile's own
    # (or a digit or a sign): a line starting with any other word skips them all.
    prefixed = not text[0].isalpha() or _first_word(text) in rules.prefix_words
    if not prefixed:
        _classify_text(line, rules, ctx, prefixed=False)
        return
    # Marker, chrome and list phrases are short: long lines skip the lookups.
    key = fold(text) if len(text) <= _SHORT else ""
    if COMMENTS_HEADING.match(text):
        _set(line, Kind.WIDGET, "comments begin")
    elif key in rules.chrome:
        _set(line, Kind.CHROME, "site chrome")
    elif key in rules.widgets:
        _set(line, Kind.WIDGET, "list heading")
    elif ":" not in text and (m := rules.separator.match(text)):
        if m["rest"] and len(m["rest"].split()) > 14:
            _classify_text(line, rules, ctx)
        else:
            _set(line, Kind.SEP, "ends a story")
    elif key in rules.related or rules.related_inline.match(text):
        inline = rules.related_inline.match(text)
        _set(
            line,
            Kind.RELATED,
            "related links" + (" (with one headline)" if inline and inline["item"] else ""),
        )
    elif rules.image_label.match(text):
        _set(line, Kind.IMAGE_LABEL, "image label")
    elif m := rules.topic.match(text):
        topic = m["topic"].strip()
        if len(topic.split()) <= 4 and _STARTS_UPPER.match(topic) and not _PROSE_END.search(topic):
            line.topic = topic
            _set(line, Kind.TOPIC, f"topic link -> category {topic!r}")
        else:
            _classify_text(line, rules, ctx)
    else:
        _classify_text(line, rules, ctx)


def _classify_long(line: Line, rules: Rules) -> None:
    """The fast path for long lines ending like a sentence: paragraphs, or captions with a credit.

    Nothing else is that long (markers, chrome, labels and titles are short),
    and a scrape is mostly paragraphs, so they skip every other test.
    """
    text = line.text
    tail = len(text) - 100
    if (
        ":" in text[tail:]
        and rules.credit.search(text, tail)
        and not _PROSE_END.search(text.rsplit(":", 1)[-1])
    ):
        _set(line, Kind.CAPTION, "ends with a picture credit")
    elif "©" in text and len(text) < 300:
        _set(line, Kind.CHROME, "copyright or credits line")
    else:
        line.shape = Shape.PROSE


def _first_word(text: str) -> str:
    return text.split(None, 1)[0].lower().rstrip(":,.;!?»›")


def _classify_text(line: Line, rules: Rules, ctx: Context, prefixed: bool = True) -> None:
    text = line.text
    if len(text) <= _MARKER_MAX:
        marker = parse_marker(text, rules, ctx)
        if marker is not None:
            line.marker = marker
            _set(line, Kind.MARKER, "date/byline marker")
            return
    chrome = _chrome_reason(text, rules, prefixed) if len(text) <= _CHROME_MAX else None
    if chrome:
        _set(line, Kind.CHROME, chrome)
        if chrome == "breadcrumb":
            crumbs = re.split(r"\s*[›>»/|]\s*", text)
            line.section = crumbs[-1] if len(crumbs) >= 2 and shape_of(crumbs[-1]) is Shape.LABEL else None
        return
    glued = _GLUED_HEADER.match(text) if _DIGIT.search(text, 0, 48) else None
    if glued and len(glued["section"].split()) <= 3:
        when = parse_date(glued["date"], now=ctx.now, zone=ctx.zone, dayfirst=ctx.dayfirst)
        title = glued["title"].strip()
        if when is not None and shape_of(title) is Shape.HEADLINE:
            line.title, line.section = title, glued["section"].strip()
            line.marker = Marker(dates=(RawDate(glued["date"], when.value, when.source, when.date_only),))
            _set(line, Kind.HEADER, "section, date and title glued together")
            return
    # Credits end a line ("… Pic: Reuters"): only a tail with a colon is searched.
    tail = max(0, len(text) - 100)
    if (
        ":" in text[tail:]
        and rules.credit.search(text, tail)
        and not _PROSE_END.search(text.rsplit(":", 1)[-1])
    ):
        _set(line, Kind.CAPTION, "ends with a picture credit")
        return
    line.shape = shape_of(text)
    if line.bullet and line.shape in (Shape.HEADLINE, Shape.LABEL):
        line.shape = Shape.HEADLINE
        line.title = text
    line.kind = Kind.TEXT


def _set(line: Line, kind: Kind, note: str) -> None:
    line.kind = kind
    line.notes += (note,)


def _chrome_reason(text: str, rules: Rules, prefixed: bool = True) -> str | None:
    """Return why ``text`` is site chrome by its form, or None when it may be story text.

    ``prefixed`` False says the line starts with no profile word, so the tests
    anchored on such words (counters, pagination, breadcrumbs...) are skipped.
    """
    words = text.count(" ") + 1
    lower = text.lower()
    hinted = False
    for hint in _CHROME_HINTS:
        if hint in lower:
            hinted = True
            break
    if hinted and _COPYRIGHT.search(text):
        return "copyright or credits line"
    if prefixed:
        reason = _prefixed_chrome(text, rules, words)
        if reason:
            return reason
    if words == 1 and _AGENCY.match(text):
        return "news agency credit"
    if not _MENU_CHARS.isdisjoint(text):
        items = _MENU_SPLIT.split(text)
        if (len(items) >= 3 or (len(items) == 2 and "|" in text)) and all(len(i.split()) <= 4 for i in items):
            return "menu"
    if words <= 16 and hinted and _PROMO.search(text):
        return "newsletter/subscription promo"
    if (
        words <= 5
        and len(text) > 12 * words
        and len(_CAMEL.findall(text)) >= 3
        and not _PROSE_END.search(text)
    ):
        return "menu glued together"
    return None


def _prefixed_chrome(text: str, rules: Rules, words: int) -> str | None:
    """The chrome tests anchored on a first word or sign ("3 Comments", "Page 2 of 9", "Home ›")."""
    if rules.counter.match(text):
        return "comment/share counter"
    if _READING_TIME.match(text):
        return "reading time"
    if _GALLERY.match(text):
        return "gallery counter"
    if _COMMENT_TOOLS.match(text):
        return "comment buttons"
    if _PAGE_OF.match(text) or (len(text) <= 60 and _is_pagination(text, rules)):
        return "pagination"
    if _PAGE_HEADING.match(text):
        return "page heading"
    if _BREADCRUMB.match(text):
        return "breadcrumb"
    if _DECORATED.match(text):
        return "decorated heading"
    if _CALL_TO_ACTION.match(text) and words <= 6 and not _PROSE_END.search(text):
        return "follow-us call to action"
    if _SHARE.match(text) and words <= 10 and not _PROSE_END.search(text):
        return "share buttons"
    return None


def _is_pagination(text: str, rules: Rules) -> bool:
    rest = _PAGE_TOKENS.sub(" ", text)
    words = fold(rest).split()
    if len(words) > 4:
        return False
    if not words:
        return bool(re.search(r"\d", text)) and len(text) < 40
    phrase = " ".join(words)
    return phrase in rules.pagination or all(w in rules.pagination or w == "posts" for w in words)


# -- markers ---------------------------------------------------------------------------------------


def parse_marker(text: str, rules: Rules, ctx: Context) -> Marker | None:
    """Return what a date/byline marker line says, or None when ``text`` is not one.

    The whole line must be understood: every part between " · " or " | " must be
    a bare marker word, a date (after optional marker words), a byline, a
    "Posted in Section", a chrome phrase ("Leave a comment"), or one short
    section label beside a date or byline ("Council · 2 hours ago").
    """
    if not _could_be_marker(text, rules):
        return None
    parts = _MARKER_SPLIT.split(text) if not _MARKER_CHARS.isdisjoint(text) else [text]
    dates: list[RawDate] = []
    updated: list[RawDate] = []
    authors: list[str] = []
    sections: list[str] = []
    labels: list[str] = []
    expects_author = bare = False
    for part in parts:
        part = part.strip()
        key = fold(part)
        if key in rules.bare_date or key in rules.joiners or key in rules.bare_updated:
            bare = True
            continue
        if key in rules.bare_byline:
            expects_author = True
            continue
        if len(parts) > 1 and (key in rules.chrome or rules.counter.match(part)):
            continue
        if m := rules.byline_prefix.match(part):
            names = parse_names(m["rest"], rules)
            if names is None:
                return None
            authors.extend(names)
            continue
        if m := rules.updated_prefix.match(part):
            found = _date_after_marker(m, rules, ctx)
            if found is None:
                return None
            updated.append(found[0])
            authors.extend(found[1])
            if found[2]:
                sections.append(found[2])
            continue
        if m := (rules.date_prefix.match(part) or rules.joiner_prefix.match(part)):
            found = _date_after_marker(m, rules, ctx)
            if found is None:
                section = _section_only(m["rest"], rules)
                if section is None:
                    return None
                sections.append(section)
                continue
            dates.append(found[0])
            authors.extend(found[1])
            if found[2]:
                sections.append(found[2])
            continue
        when = _raw_date(part, ctx)
        if when is not None:
            dates.append(when)
            continue
        when = _clock_beside(part, dates, ctx, alone=len(parts) == 1)
        if when is not None:
            if dates and dates[-1].date_only:
                dates[-1] = when  # the day printed before, now with its time
            else:
                dates.append(when)
            continue
        if shape_of(part) is Shape.LABEL and not labels:
            labels.append(part)
            continue
        return None
    found_something = dates or updated or authors or sections
    if labels and not (dates or updated or authors):
        return None  # a label alone (or beside chrome) is not a marker
    if not (found_something or ((bare or expects_author) and len(parts) == 1)):
        return None
    return Marker(
        tuple(dates),
        tuple(updated),
        tuple(authors),
        (sections + labels)[0] if sections or labels else None,
        expects_author and not authors,
    )


def _clock_beside(part: str, dates: list[RawDate], ctx: Context, alone: bool) -> RawDate | None:
    """Read a time of day: the time of a day printed just before it ("13 June 2026 · 18:30"), or,
    standing alone, today's time when it says it is one ("14:05 Uhr", "6:45 p.m. ET")."""
    previous = dates[-1] if dates else None
    if previous is not None and previous.date_only and previous.value is not None:
        found = parse_clock(part, now=ctx.now, zone=ctx.zone, on=previous.value.date())
    elif alone and _EXPLICIT_CLOCK.search(part):
        found = parse_clock(part, now=ctx.now, zone=ctx.zone)
    else:
        return None
    if found is None:
        return None
    return RawDate(part, found.value, found.source, False)


def _section_only(rest: str, rules: Rules) -> str | None:
    """Return X of "Posted in X" (a section named after a date marker), or None."""
    m = re.match(
        rf"^(?:{_alternation(rules.profile.section_joiners)})\s+(?P<section>.+)$", rest.strip(), re.I
    )
    if m and shape_of(m["section"].strip()) is Shape.LABEL:
        return m["section"].strip()
    return None


def _could_be_marker(text: str, rules: Rules) -> bool:
    """Cheap gate before the full marker parse: a digit, a separator, or a marker/day word first."""
    if len(text) > _MARKER_MAX:
        return False
    if _first_word(text) in rules.first_words or not _MARKER_CHARS.isdisjoint(text):
        return True
    return _DIGIT.search(text) is not None


def _raw_date(text: str, ctx: Context) -> RawDate | None:
    found = parse_date(text, now=ctx.now, zone=ctx.zone, dayfirst=ctx.dayfirst)
    if found is None:
        return None
    return RawDate(text, found.value, found.source, found.date_only)


def _date_after_marker(
    m: re.Match[str], rules: Rules, ctx: Context
) -> tuple[RawDate, tuple[str, ...], str | None] | None:
    """Read the date after a marker word; if a joiner word was taken ("Mis à jour il y a…": Italian "il"),
    try again with it given back to the date."""
    found = _date_with_tail(m["rest"], rules, ctx)
    joiner = m.groupdict().get("joiner")
    if found is None and joiner:
        found = _date_with_tail(f"{joiner.strip()} {m['rest']}", rules, ctx)
    return found


def _date_with_tail(
    rest: str, rules: Rules, ctx: Context
) -> tuple[RawDate, tuple[str, ...], str | None] | None:
    """Read "DATE", "DATE by NAME" or "DATE in SECTION"; None when it is none of them."""
    rest = rest.strip()
    when = _raw_date(rest, ctx)
    if when is not None:
        return when, (), None
    clock = parse_clock(rest, now=ctx.now, zone=ctx.zone)
    if clock is not None:
        return RawDate(rest, clock.value, clock.source, False), (), None
    if m := rules.by_tail.match(rest):
        when = _raw_date(m["head"], ctx)
        names = parse_names(m["tail"], rules)
        if when is not None and names:
            return when, names, None
    if m := rules.section_tail.match(rest):
        when = _raw_date(m["head"], ctx)
        tail = m["tail"].strip()
        if when is not None and shape_of(tail) is Shape.LABEL:
            return when, (), tail
    return None


def parse_names(text: str, rules: Rules) -> tuple[str, ...] | None:
    """Return the author names in a byline value, or None when it does not read as names.

    "A and B", "A y B", "A, B and C" give several names; "A, Environment
    correspondent" and "A, Associated Press" give A (a role or agency after a
    comma is dropped). Names in capitals are title-cased.
    """
    text = text.strip().strip(".:;").strip()
    if not text or len(text) > 120:
        return None
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) > 1 and rules.author_split.search(pieces[-1]):
        candidates = pieces[:-1] + rules.author_split.split(pieces[-1])
    else:
        candidates = rules.author_split.split(pieces[0])
    names: list[str] = []
    for candidate in candidates:
        name = candidate.strip()
        if not _is_name(name) or name.split()[0].lower() in rules.bare_byline:
            return None
        if name.isupper():
            name = name.title()
        names.append(name)
    return tuple(names) or None


def _is_name(text: str) -> bool:
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or len(text) > 60:
        return False
    if not _NAME_TOKEN.match(tokens[0]) or not _NAME_TOKEN.match(tokens[-1]):
        return False
    return all(_NAME_TOKEN.match(t) or t.lower() in _NAME_PARTICLES for t in tokens)


# -- pass 2: context ---------------------------------------------------------------------------------


def refine(lines: list[Line], rules: Rules) -> None:
    """Reclassify lines whose kind only their neighbours reveal (see the module docstring)."""
    _promo_boxes(lines)
    count = len(lines)
    for i, line in enumerate(lines):
        if (
            line.kind is Kind.WIDGET
            and "comments begin" in line.notes
            and i + 1 < count
            and lines[i + 1].kind is Kind.SEP
        ):
            line.kind, line.notes = Kind.CHROME, ("comment counter above 'read more'",)
    for i, line in enumerate(lines):
        if line.kind is Kind.IMAGE_LABEL:
            _image_group(lines, i)
        elif line.kind in (Kind.RELATED, Kind.WIDGET):
            j = i + 1
            while (
                j < count
                and lines[j].group == line.group
                and lines[j].kind is Kind.TEXT
                and (lines[j].shape is not Shape.PROSE or lines[j].text.endswith("?"))
            ):
                _set(lines[j], Kind.RELATED_ITEM, f"listed under {line.text!r}")
                j += 1
        elif line.kind is Kind.MARKER and line.marker is not None and line.marker.expects_author:
            nxt = _next_nonblank(lines, i, limit=3)
            if nxt is not None and lines[nxt].kind is Kind.TEXT and lines[nxt].shape is not Shape.PROSE:
                names = parse_names(lines[nxt].text, rules)
                if names and len(names[0].split()) <= 4:
                    lines[nxt].kind = Kind.AUTHOR
                    lines[nxt].marker = Marker(authors=names)
                    lines[nxt].notes += (f"author named by {line.text!r}",)
        elif (
            line.kind is Kind.TEXT
            and line.blanks_before >= 2
            and i > 0
            and _alone_in_group(lines, i)
            and line.shape is Shape.PROSE
            and len(line.text) <= 200
            and _previous_text_is_prose(lines, i)
        ):
            # Two blank lines then one sentence: the caption of an embed the
            # crawler could not save (a video), not a paragraph of the story.
            _set(line, Kind.CAPTION, "caption of an empty embed (after two blank lines)")
    _join_wrapped(lines)


def _image_group(lines: list[Line], i: int) -> None:
    group = lines[i].group
    # The caption follows the label; the alt text (and a "stills" line) precede it.
    if i + 1 < len(lines) and lines[i + 1].group == group and lines[i + 1].kind in (Kind.TEXT, Kind.CAPTION):
        _set(lines[i + 1], Kind.CAPTION, "caption after the image label")
    taken = 0
    j = i - 1
    while j >= 0 and taken < 2 and lines[j].group == group and lines[j].kind in (Kind.TEXT, Kind.CAPTION):
        if taken == 1 and lines[j].shape is Shape.PROSE:
            break
        _set(lines[j], Kind.ALT, "image alt text before the image label")
        taken += 1
        j -= 1


def _promo_boxes(lines: list[Line]) -> None:
    """Mark a small group that is mostly newsletter/promo chrome as chrome throughout."""
    chrome_by_group: dict[int, int] = {}
    for line in lines:
        if line.kind is Kind.CHROME:
            chrome_by_group[line.group] = chrome_by_group.get(line.group, 0) + 1
    candidates = {g for g, n in chrome_by_group.items() if n >= 2}  # only these groups can be promo boxes
    if not candidates:
        return
    members_by_group: dict[int, list[Line]] = {}
    for line in lines:
        if line.group in candidates:
            members_by_group.setdefault(line.group, []).append(line)
    for group, members in members_by_group.items():
        structural = any(ln.kind in (Kind.SEP, Kind.MARKER, Kind.HEADER, Kind.AUTHOR) for ln in members)
        if chrome_by_group[group] * 2 >= len(members) and len(members) <= 8 and not structural:
            for ln in members:
                if ln.kind is not Kind.CHROME:
                    _set(ln, Kind.CHROME, "inside a promo box")


def _join_wrapped(lines: list[Line]) -> None:
    """Join hard-wrapped lines back into one: a long line without a final stop followed by a lower-case
    start; and, on a page saved by a text browser (most long lines end near one width), any full-width
    line followed by more text of its block."""
    width = wrap_width(lines)
    i = 0
    while i < len(lines) - 1:
        a, b = lines[i], lines[i + 1]
        if a.kind is Kind.TEXT and b.kind is Kind.TEXT and a.group == b.group:
            wrapped = a.shape is not Shape.PROSE and len(a.text) >= 40 and b.text[:1].islower()
            full = width is not None and len(a.text) >= width - 14
            if wrapped or full:
                a.text = f"{a.text} {b.text}"
                a.shape = shape_of(a.text)
                a.notes += (f"joined with wrapped line {b.no}",)
                del lines[i + 1]
                continue
        i += 1


def wrap_width(lines: list[Line]) -> int | None:
    """Return the width a text browser wrapped this page at (60-100 columns), or None when it was not."""
    lengths = [len(line.text) for line in lines if line.kind is Kind.TEXT and len(line.text) >= 40]
    if len(lengths) < 6:
        return None
    widest = max(lengths)
    near = sum(1 for n in lengths if n >= widest - 12)
    return widest if 60 <= widest <= 100 and near * 2 >= len(lengths) else None


def _next_nonblank(lines: list[Line], i: int, limit: int) -> int | None:
    """Return the index of the line after ``i`` when at most ``limit`` blank lines separate them."""
    j = i + 1
    return j if j < len(lines) and lines[j].blanks_before <= limit else None


def _alone_in_group(lines: list[Line], i: int) -> bool:
    group = lines[i].group
    before = i == 0 or lines[i - 1].group != group
    after = i + 1 >= len(lines) or lines[i + 1].group != group
    return before and after


def _previous_text_is_prose(lines: list[Line], i: int) -> bool:
    return i > 0 and lines[i - 1].kind is Kind.TEXT and lines[i - 1].shape is Shape.PROSE


def classify_all(text: str, rules: Rules, ctx: Context) -> list[Line]:
    """Return every non-blank line of ``text`` classified, both passes done."""
    lines = split_lines(text, rules)
    # Pass 1 depends on the text alone, and scrapes repeat lines ("Published",
    # "Continue Reading", section names, a title and its alt): classify each
    # distinct text once and copy the verdict.
    seen: dict[str, Line] = {}
    for line in lines:
        known = seen.get(line.text)
        if known is None:
            seen[line.text] = line
            classify(line, rules, ctx)
        else:
            _copy_verdict(known, line)
    refine(lines, rules)
    return lines


def _copy_verdict(known: Line, line: Line) -> None:
    line.text, line.kind, line.shape, line.marker = known.text, known.kind, known.shape, known.marker
    line.title, line.section, line.topic, line.bullet, line.notes = (
        known.title,
        known.section,
        known.topic,
        known.bullet,
        known.notes,
    )


__all__ = [
    "Context",
    "Kind",
    "Line",
    "Marker",
    "Rules",
    "Shape",
    "classify_all",
    "compile_profile",
    "parse_marker",
    "parse_names",
    "shape_of",
]
