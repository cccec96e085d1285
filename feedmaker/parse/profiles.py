"""Site words as data: the marker strings a text scrape uses, per language.

A :class:`Profile` holds no code, only phrases. The text parser compiles each
profile once into regular expressions (:func:`compile_profile`). This module
holds the type, its merging and :func:`load_profile`; the built-in profiles'
words are data in :mod:`feedmaker.parse.profile_words`. They cover the common
WordPress-style news themes in English, French, German, Spanish, Italian,
Portuguese, Dutch, Swedish, Polish, Japanese, Russian, Turkish, Indonesian,
Czech, Greek, Finnish, Romanian, Hungarian, Vietnamese and Korean; ``default`` is
their union, so a page in any of these languages parses without choosing. A site
with its own words gets a TOML file:

.. code-block:: toml

    # my-site.toml: every key is optional; lists extend the base profile
    extends = "default"                # or "en", "fr", "de", "es", "it", "pt", "nl", "sv", "pl", "ja", "ru",
                                       # "tr", "id", "cs", "el", "fi", "ro", "hu", "vi", "ko"
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
    author_roles: tuple[str, ...] = ()  # a role word after a name: "김민지 기자" (Korean "reporter")
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
    # "Sponsored by X" opening a block: the block is an advert. Only words that name a payment: "presented
    # by" opens a podcast's teaser, "in partnership with" a headline, "提供" a photo credit.
    sponsors: tuple[str, ...] = _opens()
    # One-word status badges on an HTML teaser ("LIVE", "Exclusive"): they flag a story, never file it.
    flags: tuple[str, ...] = ()
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


_LIST_KEYS = {f.name for f in fields(Profile) if f.name not in {"name", "dayfirst"}}


def load_profile(name_or_path: str | None) -> Profile:
    """Return the built-in profile called ``name_or_path``, or one loaded from a TOML file.

    ``None`` gives ``default``. Raises ConfigError naming the file and key when
    the file is missing, is not TOML, or has an unknown key or a wrong type.
    """
    # The word lists are Profiles, so their module imports this one: import it here, not at the top.
    from .profile_words import BUILTIN

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
