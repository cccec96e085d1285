"""Profiles: site words as data, compiled into the chrome patterns; a TOML profile adds words."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest

from feedmaker.parse.lines import Kind
from feedmaker.parse.profile_words import BUILTIN
from feedmaker.parse.profiles import Profile, load_profile
from feedmaker.parse.refine import classify_all
from feedmaker.parse.rules import Rules, compile_profile
from feedmaker.parse.shapes import Context

NOW = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
CTX = Context(now=NOW, zone=UTC, dayfirst=None)


def kind_of(text: str, rules: Rules) -> Kind:
    (line,) = classify_all(text, rules, CTX)
    return line.kind


def danish(tmp_path: Path, body: str) -> Rules:
    """Rules of a TOML profile in a language no built-in profile knows (Danish)."""
    path = tmp_path / "da-site.toml"
    path.write_text('extends = "default"\n' + body, encoding="utf-8")
    return compile_profile(load_profile(str(path)))


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_builtin_profiles_compile(name: str) -> None:
    """Every built-in profile compiles, and every chrome pattern of it is a regular expression."""
    rules = compile_profile(BUILTIN[name])
    patterns = ("copyright", "promo", "agency", "page_of", "gallery", "reading_time", "download", "contact")
    patterns += ("breadcrumb", "page_heading", "call_to_action", "share", "comment_tools", "comments_heading")
    assert all(isinstance(getattr(rules, p), re.Pattern) for p in patterns)
    assert rules.chrome_hints[:2] == ("©", "(c)")


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_prefix_words_come_from_the_phrases(name: str) -> None:
    """The first word of every phrase that opens a line is a prefix word (none is kept by hand)."""
    profile = BUILTIN[name]
    rules = compile_profile(profile)
    opening = [f.name for f in fields(Profile) if f.metadata.get("starts_line")]
    assert {"follow", "comment_prompts", "archive_labels", "chrome"} <= set(opening)
    for field_name in opening:
        for phrase in getattr(profile, field_name):
            assert phrase.split()[0].rstrip(":,.;!?»›") in rules.prefix_words, (field_name, phrase)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("en", "Follow us on Mastodon"),
        ("en", "Reading time: 4 min"),
        ("fr", "Suivez-nous sur Instagram"),
        ("fr", "Tous droits réservés"),
        ("fr", "Répondre"),
        ("de", "Seite 2 von 9"),
        ("de", "Lesezeit: 4 Min."),
        ("es", "Categoría: Deportes"),
        ("it", "5 min di lettura"),
        ("pt", "Imagem 2 de 7"),
        ("nl", "Foto 3 van 10"),
        ("sv", "Alla rättigheter förbehållna"),
        ("sv", "Följ oss på Instagram"),
        ("sv", "Sida 2 av 9"),
        ("pl", "© 2026 Wieści Borowca. Wszelkie prawa zastrzeżone."),
        ("pl", "Strona 2 z 9"),
        ("pl", "14 komentarzy"),
        # Paywall badges over a teaser's title.
        ("en", "Premium"),
        ("fr", "Réservé aux abonnés"),
        ("de", "Plus"),
        ("es", "Exclusivo para suscriptores"),
        ("it", "Riservato agli abbonati"),
        ("pt", "Exclusivo para assinantes"),
        ("nl", "Alleen voor abonnees"),
        ("nl", "Ga direct naar de inhoud"),
        ("nl", "Filter op onderwerp: Alle onderwerpen"),
        ("nl", "32 resultaten"),
        ("nl", "Alleen noodzakelijke cookies   Alle cookies accepteren"),
    ],
)
def test_each_language_brings_its_chrome_words(name: str, text: str) -> None:
    """A language's own profile knows its furniture words, each in its fixed shape."""
    assert kind_of(text, compile_profile(BUILTIN[name])) is Kind.CHROME


SWEDISH_AND_POLISH_LINES = [
    ("sv", "Hoppa till huvudinnehåll", Kind.CHROME),
    ("sv", "Läs mer", Kind.SEP),
    ("sv", "Läs mer om Vattenläcka på Storgatan", Kind.SEP),
    ("sv", "Senaste nytt", Kind.WIDGET),
    ("sv", "Läs också", Kind.RELATED),
    ("sv", "Publicerad 6 februari 2026", Kind.MARKER),
    ("sv", "Uppdaterad igår 14:05", Kind.MARKER),
    ("sv", "Av Anna Lindqvist", Kind.MARKER),
    ("sv", "Bild:", Kind.IMAGE_LABEL),
    ("pl", "Przejdź do treści", Kind.CHROME),
    ("pl", "Czytaj więcej", Kind.SEP),
    ("pl", "Najczęściej czytane", Kind.WIDGET),
    ("pl", "Zobacz też", Kind.RELATED),
    ("pl", "Opublikowano 12 lutego 2026", Kind.MARKER),
    ("pl", "2 godz. temu · Autor: Tomasz Zieliński", Kind.MARKER),
    ("pl", "Zdjęcie:", Kind.IMAGE_LABEL),
]


@pytest.mark.parametrize("profile", ["own", "default"])
@pytest.mark.parametrize(("name", "text", "kind"), SWEDISH_AND_POLISH_LINES)
def test_swedish_and_polish_lines(profile: str, name: str, text: str, kind: Kind) -> None:
    """Swedish and Polish marker, separator, widget and chrome lines read so in their profile and the union."""
    assert kind_of(text, compile_profile(BUILTIN[name if profile == "own" else "default"])) is kind


JAPANESE_LINES = [
    ("続きを読む", Kind.SEP),
    ("もっと見る", Kind.CHROME),
    ("この記事をシェア", Kind.CHROME),
    ("ホーム ＞ 地域ニュース", Kind.CHROME),
    ("1\u30002\u30003\u3000…\u3000次へ ›", Kind.CHROME),
    ("アクセスランキング", Kind.WIDGET),
    ("関連記事", Kind.RELATED),
    ("記者：田中健一", Kind.MARKER),
    ("更新日：2026年2月12日", Kind.MARKER),
]


@pytest.mark.parametrize("profile", ["ja", "default"])
@pytest.mark.parametrize(("text", "kind"), JAPANESE_LINES)
def test_japanese_lines(profile: str, text: str, kind: Kind) -> None:
    """Japanese separator, widget, chrome and marker lines (full-width colon and >) read so in 'ja' and the union."""
    assert kind_of(text, compile_profile(BUILTIN[profile])) is kind


@pytest.mark.parametrize(
    ("text", "published", "authors"),
    [
        ("Publicerad 6 februari 2026", datetime(2026, 2, 6, tzinfo=UTC), ()),
        ("Av Anna Lindqvist", None, ("Anna Lindqvist",)),
        (
            "35 min temu · Autor: Katarzyna Wilczek",
            datetime(2026, 2, 14, 9, 25, tzinfo=UTC),
            ("Katarzyna Wilczek",),
        ),
        (
            "wczoraj, 21:10 · Autor: Michał Dudek",
            datetime(2026, 2, 13, 21, 10, tzinfo=UTC),
            ("Michał Dudek",),
        ),
    ],
)
def test_swedish_and_polish_markers_say_when_and_who(
    text: str, published: datetime | None, authors: tuple[str, ...]
) -> None:
    """A Swedish or Polish marker line gives its date and its authors under the default profile."""
    (line,) = classify_all(text, compile_profile(BUILTIN["default"]), CTX)
    assert line.marker is not None
    assert [d.value for d in line.marker.dates] == ([published] if published else [])
    assert line.marker.authors == authors


def test_comment_prompts_begin_the_comments() -> None:
    """'Add a comment' and 'Load 12 more comments' open the readers' part, like 'Leave a reply'."""
    rules = compile_profile(BUILTIN["default"])
    assert [kind_of(t, rules) for t in ("Add a comment", "Load 12 more comments")] == [Kind.WIDGET] * 2


def test_toml_copyright_phrase(tmp_path: Path) -> None:
    """A copyright phrase added in TOML makes a line chrome that was text before."""
    line = "Alle rettigheder forbeholdes"
    assert kind_of(line, compile_profile(BUILTIN["default"])) is Kind.TEXT
    assert kind_of(line, danish(tmp_path, 'copyright = ["alle rettigheder forbeholdes"]\n')) is Kind.CHROME


def test_toml_call_to_action_opens_a_line(tmp_path: Path) -> None:
    """A call to action added in TOML is found although its first word was no prefix word before."""
    line = "Følg os på Instagram"
    assert kind_of(line, compile_profile(BUILTIN["default"])) is Kind.TEXT
    rules = danish(tmp_path, 'follow = ["følg os"]\n')
    assert "følg" in rules.prefix_words
    assert kind_of(line, rules) is Kind.CHROME


def test_toml_page_words_and_numbers(tmp_path: Path) -> None:
    """Added page words slot into the 'Page 2 of 9' shape; '#' in a comment prompt stands for a number."""
    rules = danish(
        tmp_path, 'page_words = ["side"]\ncount_joiners = ["af"]\ncomment_prompts = ["vis # svar"]\n'
    )
    assert kind_of("Side 2 af 9", rules) is Kind.CHROME
    assert kind_of("Vis 14 svar", rules) is Kind.WIDGET
    assert kind_of("Vis svar", rules) is Kind.TEXT


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("gone.toml", None, r"gone\.toml: profile file not found$"),
        ("bad.toml", "separators = [", r"bad\.toml: not valid TOML \("),
        ("typo.toml", 'separaters = ["Keep reading"]', r"typo\.toml: unknown key 'separaters' \(known: "),
        ("kind.toml", 'chrome = "Follow us"', r"kind\.toml: key 'chrome' must be a list of strings$"),
        ("base.toml", 'extends = "xx"', r"base\.toml: key 'extends': unknown profile 'xx'$"),
        ("day.toml", 'dayfirst = "yes"', r"day\.toml: key 'dayfirst' must be true or false$"),
        ("words", None, r"^unknown profile 'words': use one of cs, de, default, el, en, "),
    ],
)
def test_a_bad_profile_is_one_line_naming_the_file(
    tmp_path: Path, name: str, body: str | None, message: str
) -> None:
    """A profile that cannot be used stops the run with one line saying which file and what is wrong."""
    from feedmaker.errors import ConfigError

    if body is not None:
        (tmp_path / name).write_text(body, encoding="utf-8")
    target = str(tmp_path / name) if name.endswith(".toml") else name
    with pytest.raises(ConfigError, match=message) as caught:
        load_profile(target)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("ru", "Подробнее →", Kind.SEP),
        ("tr", "Devamını Oku", Kind.SEP),
        ("id", "Selengkapnya", Kind.SEP),
        ("cs", "Číst dál", Kind.SEP),
        ("el", "Περισσότερα »", Kind.SEP),
        ("fi", "Lue lisää", Kind.SEP),
        ("ro", "Citește mai mult", Kind.SEP),
        ("hu", "Tovább", Kind.SEP),
        ("vi", "Xem tiếp »", Kind.SEP),
        ("ko", "더보기", Kind.SEP),
        ("ru", "Самое читаемое", Kind.WIDGET),
        ("tr", "En çok okunanlar", Kind.WIDGET),
        ("id", "Terpopuler", Kind.WIDGET),
        ("cs", "Nejčtenější", Kind.WIDGET),
        ("el", "Δημοφιλή", Kind.WIDGET),
        ("fi", "Luetuimmat", Kind.WIDGET),
        ("ro", "Cele mai citite", Kind.WIDGET),
        ("hu", "Legolvasottabb", Kind.WIDGET),
        ("vi", "Đọc nhiều nhất", Kind.WIDGET),
        ("ko", "많이 본 뉴스", Kind.WIDGET),
        ("ro", "31 de comentarii", Kind.CHROME),
        ("hu", "14 hozzászólás", Kind.CHROME),
        ("tr", "Yorum (3)", Kind.CHROME),
        ("fi", "Hyväksy kaikki", Kind.CHROME),
        ("el", "Μετάβαση στο κύριο περιεχόμενο", Kind.CHROME),
        ("cs", "Štítky: mapy, trasy", Kind.TAGS),
    ],
)
def test_words_of_the_new_languages(name: str, text: str, kind: Kind) -> None:
    """Separators, list headings, counters, consent buttons and tag labels in ten more languages."""
    assert kind_of(text, compile_profile(BUILTIN[name])) is kind
    assert kind_of(text, compile_profile(BUILTIN["default"])) is kind


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Текст: Ольга Третьякова", ("Ольга Третьякова",)),
        ("de Mihai Lungu și Ana-Maria Rus | 9 martie 2026, 08:00", ("Mihai Lungu", "Ana-Maria Rus")),
        ("Bài và ảnh: Hoàng Long", ("Hoàng Long",)),
        ("Reporter: Rahmat Hidayat", ("Rahmat Hidayat",)),
        ("지역 | 김민지·최현우 기자 | 2026.03.12 16:20", ("김민지", "최현우")),
        ("Von Okke Harms", ("Okke Harms",)),
    ],
)
def test_bylines_of_the_new_languages(text: str, authors: tuple[str, ...]) -> None:
    """Byline words, joiners ('și', 'và') and a role after the name ('기자') in the default profile."""
    ctx = Context(now=datetime(2026, 3, 12, 20, 0, tzinfo=UTC), zone=UTC, dayfirst=True)
    (line,) = classify_all(text, compile_profile(BUILTIN["default"]), ctx)
    assert line.kind is Kind.MARKER and line.marker is not None
    assert line.marker.authors == authors


@pytest.mark.parametrize("text", ["De Niro", "Van Gogh"])
def test_a_capitalised_particle_before_one_word_is_a_name_not_a_byline(text: str) -> None:
    """Romanian 'de' is a byline word, but 'De Niro' is a name, not 'by Niro'."""
    assert kind_of(text, compile_profile(BUILTIN["default"])) is not Kind.MARKER


def test_a_role_after_a_comma_is_dropped_even_with_a_joiner_word_in_it() -> None:
    """'A, inviata a Montebrenta': Czech 'a' joins names, but a role after a comma is still a role."""
    rules = compile_profile(BUILTIN["default"])
    (line,) = classify_all("di Elena Righetti, inviata a Montebrenta", rules, CTX)
    assert line.marker is not None and line.marker.authors == ("Elena Righetti",)


@pytest.mark.parametrize("text", ["Theo Walcott", "Από Αθήνα"])
def test_words_that_open_names_or_places_are_no_byline_words(text: str) -> None:
    """Vietnamese 'Theo' (according to) and Greek 'Από' (from) open names and places too: no bylines."""
    assert kind_of(text, compile_profile(BUILTIN["default"])) is not Kind.MARKER


def test_a_sites_own_badge_words_join_the_profiles(tmp_path: Path) -> None:
    """HTML status badges ("LIVE", a site's own "Heiß") are profile words, so a site's TOML can add one."""
    from feedmaker.parse.html.labels import flag

    rules = danish(tmp_path, 'flags = ["Heiß"]\n')
    assert flag("HEIß", rules) and flag("LIVE", rules) and flag("Video", rules)
    assert not flag("Politics", rules) and not flag("Heiß", compile_profile(load_profile("default")))
