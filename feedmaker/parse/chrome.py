"""Site chrome recognised by its form: menus, pagination, counters, share bars, promos, copyright.

The profile's own chrome phrases are matched in :mod:`.lines`; these tests
catch the furniture no profile lists, in any language, by how it looks.
"""

from __future__ import annotations

import re

from ..textutil import fold
from .rules import Rules
from .shapes import PROSE_END

_WORD = re.compile(r"\w+")
_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")
MENU_SPLIT = re.compile(r"\s+[|•·]\s+")
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|all rights reserved|tous droits réservés|alle rechte vorbehalten|"
    r"todos los derechos reservados|powered by\s+\w+|propulsé par|impulsado por",
    re.IGNORECASE,
)
_PAGE_OF = re.compile(
    r"^(?:page|página|pagina|seite|pág\.?)\s+\d+\s+(?:of|de|sur|von|di|van|/)\s+\d+\b|"
    r"^(?:showing|affichage|zeige|mostrando)\s+\d+\s*[–—-]\s*\d+\s+(?:of|de|sur|von)\s+\d+",
    re.I,
)
_DOWNLOAD = re.compile(
    r"^(?:download|télécharger|herunterladen|descargar|scarica)\b.{0,40}(?:pdf|docx?|\(\s*\d+\s*[kmg]i?b\s*\))|"
    r"^(?:filter|sort|trier|filtern|sortieren|filtrar|ordenar)\s+(?:by|par|nach|por)\b",
    re.IGNORECASE,
)
# "Media contact: …", "Press enquiries: …": the contact block under a press release.
_CONTACT = re.compile(
    r"^(?:media|press|presse|prensa)\s+(?:contacts?|enquiries|inquiries|kontakt|contacto)\b", re.IGNORECASE
)
_PAGE_TOKENS = re.compile(r"[«»‹›←→<>…|·]+|\d+|\.\.\.")
DECORATED = re.compile(r"^[—–\-=*~_#•·]+\s*\S.{0,60}?\s*[—–\-=*~_#•·]+$")
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
MENU_CHARS = frozenset("|•·")
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


def chrome_reason(text: str, rules: Rules, prefixed: bool = True) -> str | None:
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
    if not MENU_CHARS.isdisjoint(text):
        items = MENU_SPLIT.split(text)
        if (len(items) >= 3 or (len(items) == 2 and "|" in text)) and all(len(i.split()) <= 4 for i in items):
            return "menu"
    if words <= 16 and hinted and _PROMO.search(text):
        return "newsletter/subscription promo"
    if (
        words <= 5
        and len(text) > 12 * words
        and len(_CAMEL.findall(text)) >= 3
        and not PROSE_END.search(text)
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
    if _CONTACT.match(text):
        return "press contact"
    if _DOWNLOAD.match(text):
        return "download or filter control"
    if _PAGE_HEADING.match(text):
        return "page heading"
    if _BREADCRUMB.match(text):
        return "breadcrumb"
    if DECORATED.match(text):
        return "decorated heading"
    if _CALL_TO_ACTION.match(text) and words <= 6 and not PROSE_END.search(text):
        return "follow-us call to action"
    if _SHARE.match(text) and words <= 10 and not PROSE_END.search(text):
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
