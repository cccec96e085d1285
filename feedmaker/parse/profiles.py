"""Site words as data: the marker strings a text scrape uses, per language.

A :class:`Profile` holds no code, only phrases. The text parser compiles each
profile once into regular expressions (:func:`compile_profile`). The built-in
profiles cover the common WordPress-style news themes in English, French,
German, Spanish, Italian, Portuguese, Dutch, Swedish, Polish and Japanese; ``default`` is
their union, so a page in any of these languages parses without choosing. A site
with its own words gets a TOML file:

.. code-block:: toml

    # my-site.toml: every key is optional; lists extend the base profile
    extends = "default"                # or "en", "fr", "de", "es", "it", "pt", "nl", "sv", "pl", "ja"
    separators = ["Keep reading"]      # lines that end a story
    chrome = ["Follow our live blog"]  # lines that are never story text
    widgets = ["Hot right now"]        # headings of lists that end the stories
    related = ["See also"]             # in-body headings of related-link lists
    date_markers = ["Filed"]           # words before a date ("Filed 3 May")
    byline_markers = ["Words by"]      # words before an author name
    topic_prefixes = ["Explore"]       # "Explore Ferries" -> category "Ferries"
    tag_labels = ["Keywords"]          # "Keywords: ferries, harbour" -> two categories
    image_labels = ["Picture"]         # a line "Picture:" before a caption
    dayfirst = true                    # 03/04/2025 is 3 April
    # Furniture told by its form: the words go into fixed shapes ("#" is a number)
    copyright = ["alle rettigheder forbeholdes"]  # anywhere in a line
    powered_by = ["drevet af"]         # anywhere, before a name
    promos = ["nyhedsbrev"]            # in a short subscription box
    page_words = ["side"]              # "Side 2 af 9" is pagination...
    count_joiners = ["af"]             # ...and "af" its "of"
    follow = ["følg os"]               # calls to action opening a line
    comment_prompts = ["skriv en kommentar", "vis # kommentarer"]
    # also: agencies, showing, gallery, minutes, read_time, read_time_labels, downloads,
    # sort_by, filter_by, contacts, home_crumbs, archive_labels, share, comment_tools,
    # comment_headings, sponsors (see the Profile fields for one example each)

Matching ignores case, accents are kept, and whitespace is collapsed first.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from ..errors import ConfigError
from ..tomlfile import read_toml

# Fields whose phrases open a line: their first words make up Rules.prefix_words, the cheap test that lets
# a line starting with any other word skip every anchored lookup and pattern.
_STARTS_LINE = {"starts_line": True}


def _opens(default: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A phrase field whose phrases open a line (see _STARTS_LINE)."""
    return field(default=default, metadata=_STARTS_LINE)


@dataclass(frozen=True, slots=True)
class Profile:
    """The marker words of one site family. Every field is a tuple of phrases."""

    name: str
    chrome: tuple[str, ...] = _opens()
    separators: tuple[str, ...] = _opens()
    widgets: tuple[str, ...] = _opens()
    related: tuple[str, ...] = _opens()
    date_markers: tuple[str, ...] = _opens()
    updated_markers: tuple[str, ...] = _opens()
    date_joiners: tuple[str, ...] = _opens()
    byline_markers: tuple[str, ...] = _opens()
    author_joiners: tuple[str, ...] = ()
    section_joiners: tuple[str, ...] = ()
    topic_prefixes: tuple[str, ...] = _opens()
    tag_labels: tuple[str, ...] = _opens()  # "Labels: a, b, c" under a post: its categories
    image_labels: tuple[str, ...] = _opens()
    credit_labels: tuple[str, ...] = ()
    counters: tuple[str, ...] = _opens()
    pagination: tuple[str, ...] = _opens()
    # Chrome told by its form (parse/chrome.py): the words slot into patterns kept in rules.py; "#" in a
    # phrase stands for a number.
    copyright: tuple[str, ...] = ()  # anywhere in a line: "All rights reserved"
    powered_by: tuple[str, ...] = ()  # anywhere, before a name: "Powered by WordPress"
    promos: tuple[str, ...] = ()  # words of a short newsletter/subscription box: "sign up"
    agencies: tuple[str, ...] = ()  # a line that is only a news agency: "(dpa)"
    page_words: tuple[str, ...] = _opens()  # "Page 2 of 9"
    showing: tuple[str, ...] = _opens()  # "Showing 1-4 of 118"
    gallery: tuple[str, ...] = _opens()  # "Image 3 of 12"
    count_joiners: tuple[str, ...] = ()  # the "of" of the three above
    minutes: tuple[str, ...] = ()  # "4 min read"
    read_time: tuple[str, ...] = ()  # "4 min read"
    read_time_labels: tuple[str, ...] = _opens()  # "Lesezeit: 4 Min."
    downloads: tuple[str, ...] = _opens()  # "Download the report (PDF)"
    sort_by: tuple[str, ...] = _opens()  # "Sort by newest": a filter bar, or the top of comments
    filter_by: tuple[str, ...] = _opens()  # "Filter by topic"
    contacts: tuple[str, ...] = _opens()  # "Media contact: ..."
    home_crumbs: tuple[str, ...] = _opens()  # "Home › News › Council"
    archive_labels: tuple[str, ...] = _opens()  # "Category: Politics"
    follow: tuple[str, ...] = _opens()  # calls to action: "Follow us on ..."
    share: tuple[str, ...] = _opens()  # "Share on ..."
    comment_tools: tuple[str, ...] = _opens()  # "Reply Like Report"
    comment_headings: tuple[str, ...] = _opens()  # "12 Comments": the readers' part begins
    comment_prompts: tuple[str, ...] = _opens()  # "Leave a reply", "Load # more comments"
    sponsors: tuple[str, ...] = _opens()  # "Sponsored by X" opening a block: the block is an advert
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
        "no comments",
        # Paywall badges on a teaser ("INTERVIEW", "Premium", the title).
        "premium",
        "subscribers only",
        "subscriber only",
        "for subscribers",
        "members only",
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
        "icymi",
        "in case you missed it",
        "blog archive",
        "about me",
        "popular posts",
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
    byline_markers=(
        "by",
        "written by",
        "words by",
        "reporting by",
        "posted by",
        "published by",
        "guest post by",
        "author",
    ),
    author_joiners=("and", "&"),
    section_joiners=("in",),
    topic_prefixes=("more on", "more about"),
    tag_labels=("labels", "tags", "tagged", "tagged with"),
    sponsors=("sponsored by", "presented by", "brought to you by", "in partnership with", "paid for by"),
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
    counters=(
        "comment",
        "comments",
        "reply",
        "replies",
        "response",
        "responses",
        "shares",
        "views",
        "results",
    ),
    pagination=("previous", "prev", "next", "older", "newer", "next page", "previous page", "page"),
    copyright=("all rights reserved",),
    powered_by=("powered by",),
    promos=(
        "newsletter",
        "unsubscribe",
        "sign up",
        "signup",
        "subscribe",
        "email address",
        "e-mail address",
        "your email",
        "your e-mail",
        # The header and footer of an e-mail newsletter archived on the web.
        "view this email",
        "view in browser",
        "view in your browser",
        "view it in your browser",
        "receiving this email",
        "receiving this because",
        "receiving this newsletter",
        "forward to a friend",
        "forward it to a friend",
        "update your preferences",
        "manage your preferences",
    ),
    agencies=("ap", "reuters", "epa"),
    page_words=("page",),
    showing=("showing",),
    gallery=("image", "photo", "picture", "slide"),
    count_joiners=("of",),
    minutes=("min", "mins", "minute", "minutes"),
    read_time=("read",),
    read_time_labels=("reading time",),
    downloads=("download",),
    sort_by=("sort by",),
    filter_by=("filter by",),
    contacts=tuple(
        f"{who} {what}"
        for who in ("media", "press")
        for what in ("contact", "contacts", "enquiries", "inquiries")
    ),
    home_crumbs=("home", "start"),
    archive_labels=("category", "categories", "tag", "tags", "archive", "archives", "topic"),
    follow=tuple(
        f"{verb} {whom}"
        for verb in ("follow", "connect with", "join", "like", "find", "stay connected with")
        for whom in ("us", "the", "our")
    ),
    share=("share",),
    comment_tools=("reply", "like", "report", "share"),
    comment_headings=("comment", "comments"),
    comment_prompts=(
        "leave a comment",
        "leave a reply",
        "join the conversation",
        "join the discussion",
        "add a comment",
        "load # more comment",
        "load # more comments",
    ),
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
        "aucun commentaire",
        "abonnés",
        "réservé aux abonnés",
        "article réservé aux abonnés",
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
        # A blog's sidebar (Blogger's French headings).
        "qui sommes-nous ?",
        "qui suis-je ?",
        "qui êtes-vous ?",
        "à propos de moi",
        "libellés",
        "archives du blog",
        "articles les plus consultés",
    ),
    related=("lire aussi", "à lire aussi", "voir aussi", "sur le même sujet", "à lire également"),
    date_markers=("publié", "publiée", "publié le", "mis en ligne", "posté"),
    updated_markers=("mis à jour", "modifié", "actualisé"),
    date_joiners=("le", "à"),
    byline_markers=("par", "écrit par", "publié par", "publiée par", "posté par"),
    author_joiners=("et", "&"),
    section_joiners=("dans",),
    topic_prefixes=("plus sur", "plus d'infos sur", "en savoir plus sur"),
    tag_labels=("étiquettes", "mots-clés", "mots clés", "libellés", "tags"),
    sponsors=("sponsorisé par", "présenté par", "en partenariat avec"),
    image_labels=("image", "photo", "illustration", "vidéo"),
    credit_labels=("photo", "crédit", "crédits", "crédit photo", "illustration", "image"),
    counters=("commentaire", "commentaires", "réponse", "réponses", "partages"),
    pagination=("précédent", "suivant", "page précédente", "page suivante", "page"),
    copyright=("tous droits réservés",),
    powered_by=("propulsé par", "fourni par"),
    promos=(
        "newsletter",
        "inscrivez-vous",
        "abonnez-vous",
        "désinscription",
        "désinscrire",
        "désinscrivez",
        "désinscris",
        "désinscrit",
        "désinscrite",
    ),
    agencies=("afp", "belga", "ats"),
    page_words=("page",),
    showing=("affichage",),
    gallery=("image", "photo"),
    count_joiners=("sur", "de"),
    minutes=("min", "minute", "minutes"),
    read_time=("de lecture",),
    read_time_labels=("temps de lecture",),
    downloads=("télécharger",),
    sort_by=("trier par",),
    contacts=("presse contact", "presse contacts"),
    home_crumbs=("accueil",),
    archive_labels=("catégorie", "étiquette"),
    follow=tuple(
        f"{verb}{whom}"
        for verb in ("suivez", "rejoignez")
        for whom in ("-nous", " le", " la", " les", " notre", " nos")
    ),
    share=("partager",),
    comment_tools=("répondre",),
    comment_headings=("commentaire", "commentaires"),
    comment_prompts=("laisser un commentaire",),
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
        "keine kommentare",
        "plus",
        "nur für abonnenten",
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
        "blog-archiv",
        "über mich",
        "beliebte posts",
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
    byline_markers=("von", "autor", "autorin", "veröffentlicht von", "gepostet von"),
    author_joiners=("und", "&"),
    section_joiners=("in", "im"),
    topic_prefixes=("mehr zu", "mehr zum thema", "mehr über"),
    tag_labels=("schlagwörter", "schlagworte", "stichwörter", "stichworte", "tags"),
    sponsors=("gesponsert von", "präsentiert von", "in zusammenarbeit mit"),
    image_labels=("bild", "foto", "abbildung", "video"),
    credit_labels=("bild", "foto", "fotos", "quelle", "abbildung"),
    counters=("kommentar", "kommentare", "antworten"),
    pagination=("zurück", "weiter", "vorherige seite", "nächste seite", "seite"),
    copyright=("alle rechte vorbehalten",),
    promos=("newsletter", "abonnieren", "abmelden"),
    agencies=("dpa", "apa", "sda", "kna", "epd"),
    page_words=("seite",),
    showing=("zeige",),
    gallery=("bild", "foto"),
    count_joiners=("von",),
    minutes=("min", "minute", "minuten"),
    read_time=("lesezeit",),
    read_time_labels=("lesezeit",),
    downloads=("herunterladen",),
    sort_by=("sortieren nach",),
    filter_by=("filtern nach",),
    contacts=("presse kontakt",),
    home_crumbs=("startseite", "start"),
    archive_labels=("kategorie", "schlagwort", "rubrik"),
    follow=("folgen sie", "folge", "folgt"),
    share=("teilen",),
    comment_tools=("antworten",),
    comment_headings=("kommentar", "kommentare"),
    comment_prompts=("kommentar schreiben",),
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
        "sin comentarios",
        "no hay comentarios",
        "exclusivo para suscriptores",
        "solo para suscriptores",
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
        "archivo del blog",
        "datos personales",
        "sobre mí",
        "entradas populares",
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
    byline_markers=("por", "escrito por", "publicado por", "autor"),
    author_joiners=("y", "e", "&"),
    section_joiners=("en",),
    topic_prefixes=("más sobre", "más de", "más noticias de"),
    tag_labels=("etiquetas",),
    sponsors=("patrocinado por", "presentado por", "en colaboración con"),
    image_labels=("imagen", "foto", "fotografía", "vídeo", "video"),
    credit_labels=("foto", "fotografía", "imagen", "crédito", "fuente"),
    counters=("comentario", "comentarios", "respuestas"),
    pagination=("anterior", "siguiente", "página anterior", "página siguiente", "página"),
    copyright=("todos los derechos reservados",),
    powered_by=("impulsado por",),
    promos=("suscríbete", "suscribirse", "boletín", "darse de baja"),
    agencies=("efe",),
    page_words=("página", "pág", "pág."),
    showing=("mostrando",),
    gallery=("imagen", "foto"),
    count_joiners=("de",),
    minutes=("min", "minuto", "minutos"),
    read_time=("de lectura",),
    read_time_labels=("tiempo de lectura",),
    downloads=("descargar",),
    sort_by=("ordenar por",),
    filter_by=("filtrar por",),
    contacts=("prensa contacto",),
    home_crumbs=("inicio", "portada"),
    archive_labels=("categoría", "etiqueta", "sección"),
    follow=("síguenos", "siguenos", "sigue a", "únete"),
    share=("compartir",),
    comment_tools=("responder",),
    comment_headings=("comentario", "comentarios"),
    comment_prompts=("deja un comentario",),
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
        "riservato agli abbonati",
    ),
    separators=("leggi tutto", "leggi di più", "continua a leggere", "leggi l'articolo"),
    widgets=(
        "i più letti",
        "più letti",
        "più lette",
        "di tendenza",
        "potrebbe interessarti",
        "archivio blog",
        "informazioni personali",
        "chi sono",
        "post più popolari",
    ),
    related=("leggi anche", "vedi anche", "approfondimenti"),
    date_markers=("pubblicato", "pubblicato il", "pubblicata"),
    updated_markers=("aggiornato", "aggiornato il", "ultimo aggiornamento"),
    date_joiners=("il", "alle"),
    byline_markers=("di", "a cura di", "pubblicato da"),
    author_joiners=("e",),
    section_joiners=("in",),
    topic_prefixes=("altro su", "leggi di più su"),
    tag_labels=("etichette", "argomenti"),
    sponsors=("sponsorizzato da", "offerto da", "in collaborazione con"),
    image_labels=("foto", "immagine"),
    credit_labels=("foto", "credit", "fonte"),
    counters=("commento", "commenti"),
    pagination=("precedente", "successivo", "pagina"),
    agencies=("ansa",),
    page_words=("pagina",),
    gallery=("immagine", "foto"),
    count_joiners=("di",),
    minutes=("min", "minuti"),
    read_time=("di lettura",),
    downloads=("scarica",),
    share=("condividi",),
    comment_tools=("rispondi",),
    comment_headings=("commenti",),
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
        "exclusivo para assinantes",
    ),
    separators=("leia mais", "continue lendo", "continuar a ler", "ler mais", "saiba mais"),
    widgets=(
        "mais lidas",
        "mais lidos",
        "em alta",
        "você pode gostar",
        "arquivo do blog",
        "quem sou eu",
        "postagens populares",
    ),
    related=("leia também", "veja também", "saiba mais sobre"),
    date_markers=("publicado", "publicado em", "publicada"),
    updated_markers=("atualizado", "atualizado em", "actualizado"),
    date_joiners=("em", "às"),
    byline_markers=("por", "publicado por", "postado por"),
    author_joiners=("e",),
    section_joiners=("em",),
    topic_prefixes=("mais sobre",),
    tag_labels=("marcadores", "etiquetas", "tags"),
    sponsors=("patrocinado por", "oferecido por", "em parceria com"),
    image_labels=("foto", "imagem"),
    credit_labels=("foto", "crédito", "fonte"),
    counters=("comentário", "comentários"),
    pagination=("anterior", "próxima", "página"),
    agencies=("lusa",),
    page_words=("página",),
    gallery=("imagem", "foto"),
    count_joiners=("de",),
    minutes=("min", "minuto", "minutos"),
    read_time=("de leitura",),
    comment_headings=("comentários",),
    dayfirst=True,
)
DUTCH = Profile(
    name="nl",
    chrome=(
        "volg ons",
        "naar de inhoud",
        "ga naar de inhoud",
        "ga direct naar de inhoud",
        "direct naar de inhoud",
        "naar de hoofdinhoud",
        "ga naar de hoofdinhoud",
        "voorlezen",
        "accepteren",
        "weigeren",
        "cookies accepteren",
        "alle cookies accepteren",
        "alleen noodzakelijke cookies",
        "cookie-instellingen",
        "zoeken",
        "inloggen",
        "abonneren",
        "advertentie",
        "delen",
        "meer laden",
        "laatste nieuws",
        "alleen voor abonnees",
    ),
    separators=("lees meer", "lees verder", "verder lezen"),
    widgets=(
        "meest gelezen",
        "populair",
        "trending",
        "blogarchief",
        "over mij",
        "populaire posts",
    ),
    related=("lees ook", "zie ook"),
    date_markers=("gepubliceerd", "geplaatst"),
    updated_markers=("bijgewerkt", "laatst bijgewerkt"),
    date_joiners=("op", "om"),
    byline_markers=("door", "geplaatst door"),
    author_joiners=("en",),
    section_joiners=("in",),
    topic_prefixes=("meer over",),
    tag_labels=("trefwoorden", "labels", "tags"),
    sponsors=("gesponsord door", "aangeboden door", "in samenwerking met"),
    image_labels=("foto", "afbeelding"),
    credit_labels=("foto", "beeld", "bron"),
    counters=("reactie", "reacties", "resultaat", "resultaten"),
    pagination=("vorige", "volgende", "pagina"),
    agencies=("anp", "belga"),
    page_words=("pagina",),
    gallery=("foto",),
    count_joiners=("van",),
    minutes=("min", "minuten"),
    read_time=("leestijd",),
    sort_by=("sorteer op", "sorteren op"),
    filter_by=("filter op", "filteren op"),
    comment_headings=("reacties",),
    dayfirst=True,
)

# Swedish and Polish: the words of Swedish municipal and news sites and of Polish local portals. Words
# that also open English lines are left out or narrowed ("Text Size", "Dela Cruz"); "Av" only acts
# before a capitalised name.
SWEDISH = Profile(
    name="sv",
    chrome=(
        "hoppa till huvudinnehåll",
        "hoppa till innehållet",
        "gå till huvudinnehåll",
        "gå till innehållet",
        "meny",
        "huvudmeny",
        "sök",
        "sök på webbplatsen",
        "logga in",
        "prenumerera",
        "prenumerera nu",
        "annons",
        "dela",
        "dela artikeln",
        "skriv ut",
        "kommentera",
        "kommentarer",
        "visa fler",
        "visa fler nyheter",
        "ladda fler",
        "till toppen",
        "lyssna",
        "kontakt",
        "kontakta oss",
        "godkänn alla",
        "godkänn alla kakor",
        "endast nödvändiga kakor",
        "nyhetsbrev",
        "drivs med wordpress",
    ),
    separators=("läs mer", "läs hela artikeln", "läs artikeln", "läs vidare", "fortsätt läsa"),
    widgets=(
        "senaste nytt",
        "senaste nyheterna",
        "mest läst",
        "mest lästa",
        "mest delat",
        "populärt",
        "populära artiklar",
        "rekommenderat",
    ),
    related=("läs också", "läs även", "relaterat", "relaterade artiklar", "relaterade nyheter", "se även"),
    date_markers=("publicerad", "publicerat", "publ."),
    updated_markers=("uppdaterad", "uppdaterat", "senast uppdaterad"),
    date_joiners=("den",),
    byline_markers=("av", "skriven av"),  # not "Text:": a "Text Size" line would become a byline
    author_joiners=("och", "&"),
    section_joiners=("i",),
    topic_prefixes=("mer om", "fler nyheter om"),
    tag_labels=("taggar", "etiketter"),
    sponsors=("sponsrad av", "presenteras av", "i samarbete med"),
    image_labels=("bild", "foto", "video"),
    credit_labels=("foto", "bild", "fotograf", "källa"),
    counters=("kommentar", "kommentarer", "svar"),
    pagination=("nästa", "föregående", "nästa sida", "föregående sida", "sida"),
    copyright=("alla rättigheter förbehållna",),
    promos=("nyhetsbrev", "nyhetsbrevet", "prenumerera"),
    agencies=("tt",),
    page_words=("sida",),
    showing=("visar",),
    gallery=("bild", "foto"),
    count_joiners=("av",),
    minutes=("min", "minuter"),
    read_time=("läsning", "lästid"),
    read_time_labels=("lästid",),
    downloads=("ladda ner",),
    sort_by=("sortera efter",),
    filter_by=("filtrera",),
    contacts=("presskontakt", "presskontakter"),
    home_crumbs=("start", "startsida", "hem"),
    archive_labels=("kategori", "etikett", "ämne", "arkiv"),
    follow=("följ oss", "gilla oss"),
    share=("dela på", "dela artikeln", "dela sidan"),  # not "dela" alone: "Dela Cruz wins"
    comment_tools=("svara", "gilla", "anmäl"),
    comment_headings=("kommentarer",),
    comment_prompts=("skriv en kommentar", "lämna en kommentar", "visa # kommentarer"),
    dayfirst=True,
)
POLISH = Profile(
    name="pl",
    chrome=(
        "przejdź do treści",
        "przejdź do głównej treści",
        "przejdź do menu",
        "szukaj",
        "wyszukaj",
        "zaloguj się",
        "zaloguj",
        "zarejestruj się",
        "subskrybuj",
        "reklama",
        "udostępnij",
        "drukuj",
        "komentarze",
        "skomentuj",
        "pokaż więcej",
        "zobacz więcej",
        "załaduj więcej",
        "wróć na górę",
        "strona główna",
        "kontakt",
        "akceptuję",
        "newsletter",
        "najnowsze",
        "dumnie wspierane przez wordpress",
    ),
    separators=("czytaj więcej", "czytaj dalej", "czytaj całość", "przeczytaj więcej", "więcej »"),
    widgets=(
        "najczęściej czytane",
        "najpopularniejsze",
        "popularne",
        "polecane",
        "polecamy",
        "najnowsze wiadomości",
    ),
    related=("zobacz też", "zobacz także", "czytaj także", "czytaj też", "przeczytaj też", "powiązane"),
    date_markers=("opublikowano", "publikacja", "data publikacji", "dodano"),
    updated_markers=("aktualizacja", "zaktualizowano", "ostatnia aktualizacja"),
    date_joiners=("dnia",),
    byline_markers=("autor", "autorka", "autorzy", "tekst"),
    author_joiners=("i", "oraz", "&"),
    section_joiners=("w",),
    topic_prefixes=("więcej o", "więcej na temat"),
    tag_labels=("tagi", "etykiety"),
    sponsors=("sponsorowane przez", "we współpracy z"),
    image_labels=("zdjęcie", "foto", "fot", "wideo"),
    credit_labels=("fot", "foto", "zdjęcie", "źródło"),
    counters=("komentarz", "komentarze", "komentarzy", "odpowiedzi"),
    pagination=("następna", "poprzednia", "następna strona", "poprzednia strona", "strona"),
    copyright=("wszelkie prawa zastrzeżone",),
    promos=("newsletter", "newslettera", "zapisz się"),
    agencies=("pap",),
    page_words=("strona",),
    gallery=("zdjęcie", "foto"),
    count_joiners=("z",),
    minutes=("min", "minut", "minuty"),
    read_time=("czytania",),
    read_time_labels=("czas czytania",),
    downloads=("pobierz",),
    sort_by=("sortuj według", "sortuj"),
    filter_by=("filtruj",),
    contacts=("kontakt dla mediów", "biuro prasowe"),
    home_crumbs=("strona główna",),
    archive_labels=("kategoria", "tag", "tagi", "archiwum", "dział"),
    follow=("obserwuj nas", "śledź nas", "dołącz do nas"),
    share=("udostępnij",),
    comment_tools=("odpowiedz", "zgłoś"),
    comment_headings=("komentarze",),
    comment_prompts=("dodaj komentarz", "napisz komentarz"),
    dayfirst=True,
)

# Japanese: the words of Japanese news and blog themes. Japanese writes no spaces between words, so a
# phrase is a whole line or ends at a full-width colon ("記者：NAME"); titles and prose are told apart by
# the full stop "。" (parse/shapes.py), not by capitals.
JAPANESE = Profile(
    name="ja",
    chrome=(
        "ログイン",
        "会員登録",
        "新規登録",
        "メニュー",
        "検索",
        "ホーム",
        "トップ",
        "もっと見る",
        "さらに表示",
        "シェア",
        "この記事をシェア",
        "ツイート",
        "印刷",
        "広告",
        "ページの先頭へ",
        "ページトップへ",
        "トップへ戻る",
        "お問い合わせ",
        "プライバシーポリシー",
        "利用規約",
    ),
    separators=("続きを読む", "続きを見る", "もっと読む", "全文を読む", "記事を読む", "記事全文を読む"),
    widgets=(
        "アクセスランキング",
        "ランキング",
        "人気記事",
        "人気の記事",
        "よく読まれている記事",
        "最新記事",
        "新着記事",
        "おすすめ記事",
        "注目記事",
    ),
    related=("関連記事", "あわせて読みたい", "こちらもおすすめ"),
    date_markers=("公開", "公開日", "投稿日", "掲載日"),
    updated_markers=("更新", "更新日", "最終更新", "最終更新日"),
    byline_markers=("記者", "筆者", "執筆", "文"),
    tag_labels=("タグ", "キーワード"),
    image_labels=("写真", "画像"),
    credit_labels=("写真", "撮影", "提供", "出典"),
    counters=("コメント",),
    pagination=("次へ", "前へ", "次のページ", "前のページ"),
    copyright=("無断転載を禁じます", "無断転載禁止"),
    promos=("メールマガジン", "メルマガ", "ニュースレター"),
    agencies=("共同", "時事"),
    home_crumbs=("ホーム", "トップ"),
    archive_labels=("カテゴリー", "カテゴリ"),
    share=("シェア",),
    comment_headings=("コメント",),
    sponsors=("提供", "協賛"),
    dayfirst=None,  # year, month, day: 2026年3月12日
)

BUILTIN: dict[str, Profile] = {
    p.name: p
    for p in (ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN, PORTUGUESE, DUTCH, SWEDISH, POLISH, JAPANESE)
}
BUILTIN["default"] = (
    ENGLISH.merged(FRENCH)
    .merged(GERMAN)
    .merged(SPANISH)
    .merged(ITALIAN)
    .merged(PORTUGUESE)
    .merged(DUTCH)
    .merged(SWEDISH)
    .merged(POLISH)
    .merged(JAPANESE, name="default")
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
    data = read_toml(path, "profile file not found", " profile")
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
