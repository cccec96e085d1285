"""Site words as data: the marker strings a text scrape uses, per language.

A :class:`Profile` holds no code, only phrases. The text parser compiles each
profile once into regular expressions (:func:`compile_profile`). The built-in
profiles cover the common WordPress-style news themes in English, French,
German and Spanish; ``default`` is their union, so a page in any of these
languages parses without choosing. A site with its own words gets a TOML file:

.. code-block:: toml

    # my-site.toml: every key is optional; lists extend the base profile
    extends = "default"                # or "en", "fr", "de", "es"
    separators = ["Keep reading"]      # lines that end a story
    chrome = ["Follow our live blog"]  # lines that are never story text
    widgets = ["Hot right now"]        # headings of lists that end the stories
    related = ["See also"]             # in-body headings of related-link lists
    date_markers = ["Filed"]           # words before a date ("Filed 3 May")
    byline_markers = ["Words by"]      # words before an author name
    topic_prefixes = ["Explore"]       # "Explore Ferries" -> category "Ferries"
    image_labels = ["Picture"]         # a line "Picture:" before a caption
    dayfirst = true                    # 03/04/2025 is 3 April

Matching ignores case, accents are kept, and whitespace is collapsed first.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path

from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class Profile:
    """The marker words of one site family. Every field is a tuple of phrases."""

    name: str
    chrome: tuple[str, ...] = ()
    separators: tuple[str, ...] = ()
    widgets: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    date_markers: tuple[str, ...] = ()
    updated_markers: tuple[str, ...] = ()
    date_joiners: tuple[str, ...] = ()
    byline_markers: tuple[str, ...] = ()
    author_joiners: tuple[str, ...] = ()
    section_joiners: tuple[str, ...] = ()
    topic_prefixes: tuple[str, ...] = ()
    image_labels: tuple[str, ...] = ()
    credit_labels: tuple[str, ...] = ()
    counters: tuple[str, ...] = ()
    pagination: tuple[str, ...] = ()
    dayfirst: bool | None = None

    def merged(self, other: Profile, name: str | None = None) -> Profile:
        """Return a profile with the phrases of both (``other``'s dayfirst wins when set)."""
        values: dict[str, object] = {}
        for f in fields(Profile):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, tuple):
                values[f.name] = tuple(dict.fromkeys(mine + theirs))
        values["dayfirst"] = other.dayfirst if other.dayfirst is not None else self.dayfirst
        return replace(self, name=name or f"{self.name}+{other.name}", **values)  # type: ignore[arg-type]


ENGLISH = Profile(
    name="en",
    chrome=(
        "connect with us",
        "follow us",
        "follow us on",
        "join us",
        "find us on",
        "stay connected",
        "stay in touch",
        "skip to content",
        "skip to main content",
        "jump to content",
        "menu",
        "main menu",
        "search",
        "search for:",
        "search this site",
        "home",
        "log in",
        "login",
        "sign in",
        "sign up",
        "register",
        "subscribe",
        "subscribe now",
        "advertisement",
        "advertising",
        "sponsored",
        "sponsored content",
        "promoted",
        "share",
        "share this",
        "share this article",
        "share on facebook",
        "tweet",
        "print",
        "email",
        "copy link",
        "leave a comment",
        "leave a reply",
        "comments",
        "load more",
        "load more stories",
        "show more",
        "view all",
        "see all",
        "older posts",
        "newer posts",
        "older entries",
        "newer entries",
        "posts navigation",
        "post navigation",
        "back to top",
        "proudly powered by wordpress",
        "powered by wordpress",
        "privacy policy",
        "cookie policy",
        "terms of use",
        "terms and conditions",
        "contact us",
        "about us",
        "accept cookies",
        "accept all",
        "top story",
        "top stories",
        "breaking news",
        "latest",
        "latest news",
        "latest stories",
        "news in brief",
        "watch live",
        "listen",
        "play video",
        "more headlines",
    ),
    separators=(
        "continue reading",
        "keep reading",
        "read more",
        "read the full story",
        "read the full article",
        "read full story",
        "read full article",
        "full story",
        "read article",
        "read story",
    ),
    widgets=(
        "trending",
        "trending now",
        "trending stories",
        "most read",
        "most popular",
        "popular",
        "popular posts",
        "popular stories",
        "recent posts",
        "recent stories",
        "recent comments",
        "you may like",
        "you might also like",
        "you may also like",
        "recommended",
        "recommended for you",
        "editor's picks",
        "editors' picks",
        "related posts",
        "related stories",
        "related articles",
        "more stories",
        "more from this section",
        "most viewed",
        "most shared",
        "what to read next",
        "upcoming events",
        "events",
        "what's on",
        "key events",
        "highlights",
    ),
    related=(
        "read more",
        "related",
        "see also",
        "also read",
        "read also",
        "more on this story",
        "related content",
        "related coverage",
        "related links",
    ),
    date_markers=("published", "posted", "first published", "filed", "date"),
    updated_markers=("updated", "last updated", "modified", "last modified"),
    date_joiners=("on", "at"),
    byline_markers=("by", "written by", "words by", "reporting by", "posted by", "author"),
    author_joiners=("and", "&"),
    section_joiners=("in",),
    topic_prefixes=("more on", "more about"),
    image_labels=("image", "images", "photo", "photos", "picture", "pic", "illustration", "video"),
    credit_labels=(
        "pic",
        "pics",
        "photo",
        "photos",
        "photograph",
        "picture",
        "image",
        "credit",
        "illustration",
    ),
    counters=("comment", "comments", "reply", "replies", "response", "responses", "shares", "views"),
    pagination=("previous", "prev", "next", "older", "newer", "next page", "previous page", "page"),
    dayfirst=None,
)

FRENCH = Profile(
    name="fr",
    chrome=(
        "rejoignez-nous",
        "suivez-nous",
        "suivez-nous sur",
        "aller au contenu",
        "accueil",
        "rechercher",
        "recherche",
        "se connecter",
        "connexion",
        "s'abonner",
        "abonnez-vous",
        "publicité",
        "partager",
        "partager cet article",
        "imprimer",
        "laisser un commentaire",
        "commentaires",
        "voir plus",
        "charger plus",
        "articles plus anciens",
        "articles précédents",
        "à la une",
        "dernières nouvelles",
        "fil info",
        "en continu",
        "fièrement propulsé par wordpress",
    ),
    separators=("lire la suite", "lire plus", "en savoir plus", "lire l'article", "voir l'article"),
    widgets=(
        "tendances",
        "les plus lus",
        "les plus populaires",
        "à lire aussi",
        "articles récents",
        "populaires",
        "sur le même sujet",
        "nos articles les plus lus",
    ),
    related=("lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "à lire également"),
    date_markers=("publié", "publiée", "publié le", "mis en ligne", "posté"),
    updated_markers=("mis à jour", "modifié", "actualisé"),
    date_joiners=("le", "à"),
    byline_markers=("par", "écrit par"),
    author_joiners=("et", "&"),
    section_joiners=("dans",),
    topic_prefixes=("plus sur", "plus d'infos sur", "en savoir plus sur"),
    image_labels=("image", "photo", "illustration", "vidéo"),
    credit_labels=("photo", "crédit", "crédits", "crédit photo", "illustration", "image"),
    counters=("commentaire", "commentaires", "réponse", "réponses", "partages"),
    pagination=("précédent", "suivant", "page précédente", "page suivante", "page"),
    dayfirst=True,
)

GERMAN = Profile(
    name="de",
    chrome=(
        "folgen sie uns",
        "folge uns",
        "zum inhalt springen",
        "startseite",
        "suche",
        "anmelden",
        "einloggen",
        "registrieren",
        "abonnieren",
        "jetzt abonnieren",
        "newsletter abonnieren",
        "anzeige",
        "werbung",
        "teilen",
        "artikel teilen",
        "drucken",
        "kommentieren",
        "kommentare",
        "mehr laden",
        "mehr anzeigen",
        "ältere beiträge",
        "neuere beiträge",
        "aktuell",
        "neueste artikel",
        "stolz präsentiert von wordpress",
    ),
    separators=(
        "weiterlesen",
        "mehr lesen",
        "mehr dazu",
        "zum artikel",
        "artikel lesen",
        "ganzen artikel lesen",
    ),
    widgets=(
        "im trend",
        "meistgelesen",
        "meistgelesene artikel",
        "beliebt",
        "beliebte artikel",
        "neueste beiträge",
        "das könnte sie auch interessieren",
        "empfehlungen",
        "top-artikel",
    ),
    related=(
        "lesen sie auch",
        "mehr zum thema",
        "auch interessant",
        "siehe auch",
        "das könnte sie interessieren",
    ),
    date_markers=("veröffentlicht", "veröffentlicht am", "erschienen", "gepostet"),
    updated_markers=("aktualisiert", "zuletzt aktualisiert", "geändert"),
    date_joiners=("am", "um"),
    byline_markers=("von", "autor", "autorin"),
    author_joiners=("und", "&"),
    section_joiners=("in", "im"),
    topic_prefixes=("mehr zu", "mehr zum thema", "mehr über"),
    image_labels=("bild", "foto", "abbildung", "video"),
    credit_labels=("bild", "foto", "fotos", "quelle", "abbildung"),
    counters=("kommentar", "kommentare", "antworten"),
    pagination=("zurück", "weiter", "vorherige seite", "nächste seite", "seite"),
    dayfirst=True,
)

SPANISH = Profile(
    name="es",
    chrome=(
        "síguenos",
        "siguenos",
        "síguenos en",
        "saltar al contenido",
        "ir al contenido",
        "portada",
        "inicio",
        "buscar",
        "iniciar sesión",
        "suscríbete",
        "suscribirse",
        "publicidad",
        "compartir",
        "imprimir",
        "deja un comentario",
        "comentarios",
        "cargar más",
        "ver más",
        "entradas anteriores",
        "últimas noticias",
        "lo último",
        "orgullosamente impulsado por wordpress",
    ),
    separators=("leer más", "seguir leyendo", "continuar leyendo", "leer artículo", "ver artículo"),
    widgets=(
        "lo más leído",
        "lo más visto",
        "más leídos",
        "más leídas",
        "tendencias",
        "te puede interesar",
        "entradas recientes",
        "populares",
        "noticias relacionadas",
    ),
    related=(
        "lee también",
        "leer también",
        "te puede interesar",
        "más información",
        "relacionado",
        "noticias relacionadas",
        "ver también",
    ),
    date_markers=("publicado", "publicada", "publicado el", "fecha"),
    updated_markers=("actualizado", "actualizada", "última actualización"),
    date_joiners=("el", "a las"),
    byline_markers=("por", "escrito por", "autor"),
    author_joiners=("y", "e", "&"),
    section_joiners=("en",),
    topic_prefixes=("más sobre", "más de", "más noticias de"),
    image_labels=("imagen", "foto", "fotografía", "vídeo", "video"),
    credit_labels=("foto", "fotografía", "imagen", "crédito", "fuente"),
    counters=("comentario", "comentarios", "respuestas"),
    pagination=("anterior", "siguiente", "página anterior", "página siguiente", "página"),
    dayfirst=True,
)

# Italian, Portuguese and Dutch: the theme words of the next most common scrape languages, so that
# their pages parse by their words, not only by structure.
ITALIAN = Profile(
    name="it",
    chrome=(
        "seguici",
        "seguici su",
        "vai al contenuto",
        "cerca",
        "accedi",
        "abbonati",
        "pubblicità",
        "condividi",
        "commenta",
        "carica altri",
        "ultime notizie",
    ),
    separators=("leggi tutto", "leggi di più", "continua a leggere", "leggi l'articolo"),
    widgets=("i più letti", "più letti", "più lette", "di tendenza", "potrebbe interessarti"),
    related=("leggi anche", "vedi anche", "approfondimenti"),
    date_markers=("pubblicato", "pubblicato il", "pubblicata"),
    updated_markers=("aggiornato", "aggiornato il", "ultimo aggiornamento"),
    date_joiners=("il", "alle"),
    byline_markers=("di", "a cura di"),
    author_joiners=("e",),
    section_joiners=("in",),
    topic_prefixes=("altro su", "leggi di più su"),
    image_labels=("foto", "immagine"),
    credit_labels=("foto", "credit", "fonte"),
    counters=("commento", "commenti"),
    pagination=("precedente", "successivo", "pagina"),
    dayfirst=True,
)
PORTUGUESE = Profile(
    name="pt",
    chrome=(
        "siga-nos",
        "ir para o conteúdo",
        "pesquisar",
        "entrar",
        "assine",
        "publicidade",
        "compartilhar",
        "partilhar",
        "carregar mais",
        "últimas notícias",
    ),
    separators=("leia mais", "continue lendo", "continuar a ler", "ler mais", "saiba mais"),
    widgets=("mais lidas", "mais lidos", "em alta", "você pode gostar"),
    related=("leia também", "veja também", "saiba mais sobre"),
    date_markers=("publicado", "publicado em", "publicada"),
    updated_markers=("atualizado", "atualizado em", "actualizado"),
    date_joiners=("em", "às"),
    byline_markers=("por",),
    author_joiners=("e",),
    section_joiners=("em",),
    topic_prefixes=("mais sobre",),
    image_labels=("foto", "imagem"),
    credit_labels=("foto", "crédito", "fonte"),
    counters=("comentário", "comentários"),
    pagination=("anterior", "próxima", "página"),
    dayfirst=True,
)
DUTCH = Profile(
    name="nl",
    chrome=(
        "volg ons",
        "naar de inhoud",
        "zoeken",
        "inloggen",
        "abonneren",
        "advertentie",
        "delen",
        "meer laden",
        "laatste nieuws",
    ),
    separators=("lees meer", "lees verder", "verder lezen"),
    widgets=("meest gelezen", "populair", "trending"),
    related=("lees ook", "zie ook"),
    date_markers=("gepubliceerd", "geplaatst"),
    updated_markers=("bijgewerkt", "laatst bijgewerkt"),
    date_joiners=("op", "om"),
    byline_markers=("door",),
    author_joiners=("en",),
    section_joiners=("in",),
    topic_prefixes=("meer over",),
    image_labels=("foto", "afbeelding"),
    credit_labels=("foto", "beeld", "bron"),
    counters=("reactie", "reacties"),
    pagination=("vorige", "volgende", "pagina"),
    dayfirst=True,
)

BUILTIN: dict[str, Profile] = {
    p.name: p for p in (ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN, PORTUGUESE, DUTCH)
}
BUILTIN["default"] = (
    ENGLISH.merged(FRENCH)
    .merged(GERMAN)
    .merged(SPANISH)
    .merged(ITALIAN)
    .merged(PORTUGUESE)
    .merged(DUTCH, name="default")
)

_LIST_KEYS = {f.name for f in fields(Profile) if f.name not in {"name", "dayfirst"}}


def load_profile(name_or_path: str | None) -> Profile:
    """Return the built-in profile called ``name_or_path``, or one loaded from a TOML file.

    ``None`` gives ``default``. Raises ConfigError naming the file and key when
    the file is missing, is not TOML, or has an unknown key or a wrong type.
    """
    if name_or_path is None:
        return BUILTIN["default"]
    if name_or_path in BUILTIN:
        return BUILTIN[name_or_path]
    path = Path(name_or_path)
    if path.suffix != ".toml":
        known = ", ".join(sorted(BUILTIN))
        raise ConfigError(f"unknown profile {name_or_path!r}: use one of {known} or a .toml file")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: profile file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read profile ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    base_name = data.pop("extends", "default")
    if base_name not in BUILTIN:
        raise ConfigError(f"{path}: key 'extends': unknown profile {base_name!r}")
    values: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        if key == "dayfirst":
            continue
        if key not in _LIST_KEYS:
            raise ConfigError(f"{path}: unknown key {key!r} (known: {', '.join(sorted(_LIST_KEYS))})")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{path}: key {key!r} must be a list of strings")
        values[key] = tuple(v.strip().lower() for v in value if v.strip())
    dayfirst = data.get("dayfirst")
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise ConfigError(f"{path}: key 'dayfirst' must be true or false")
    own = Profile(name=path.stem, dayfirst=dayfirst, **values)
    return BUILTIN[base_name].merged(own, name=path.stem)
