"""Profiles: site words as data, compiled into the chrome patterns; a TOML profile adds words."""

from __future__ import annotations

import re
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest

from feedmaker.parse.lines import Kind, classify_all
from feedmaker.parse.profiles import BUILTIN, Profile, load_profile
from feedmaker.parse.rules import Rules, compile_profile
from feedmaker.parse.shapes import Context

NOW = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
CTX = Context(now=NOW, zone=UTC, dayfirst=None)


def kind_of(text: str, rules: Rules) -> Kind:
    (line,) = classify_all(text, rules, CTX)
    return line.kind


def swedish(tmp_path: Path, body: str) -> Rules:
    path = tmp_path / "sv-site.toml"
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
            assert phrase.split()[0].rstrip(".") in rules.prefix_words, (field_name, phrase)


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
    ],
)
def test_each_language_brings_its_chrome_words(name: str, text: str) -> None:
    """A language's own profile knows its furniture words, each in its fixed shape."""
    assert kind_of(text, compile_profile(BUILTIN[name])) is Kind.CHROME


def test_comment_prompts_begin_the_comments() -> None:
    """'Add a comment' and 'Load 12 more comments' open the readers' part, like 'Leave a reply'."""
    rules = compile_profile(BUILTIN["default"])
    assert [kind_of(t, rules) for t in ("Add a comment", "Load 12 more comments")] == [Kind.WIDGET] * 2


def test_toml_copyright_phrase(tmp_path: Path) -> None:
    """A copyright phrase added in TOML makes a line chrome that was text before."""
    line = "Alla rättigheter förbehållna"
    assert kind_of(line, compile_profile(BUILTIN["default"])) is Kind.TEXT
    assert kind_of(line, swedish(tmp_path, 'copyright = ["alla rättigheter förbehållna"]\n')) is Kind.CHROME


def test_toml_call_to_action_opens_a_line(tmp_path: Path) -> None:
    """A call to action added in TOML is found although its first word was no prefix word before."""
    line = "Följ oss på Instagram"
    assert kind_of(line, compile_profile(BUILTIN["default"])) is Kind.TEXT
    rules = swedish(tmp_path, 'follow = ["följ oss"]\n')
    assert "följ" in rules.prefix_words
    assert kind_of(line, rules) is Kind.CHROME


def test_toml_page_words_and_numbers(tmp_path: Path) -> None:
    """Added page words slot into the 'Page 2 of 9' shape; '#' in a comment prompt stands for a number."""
    rules = swedish(
        tmp_path, 'page_words = ["sida"]\ncount_joiners = ["av"]\ncomment_prompts = ["visa # till"]\n'
    )
    assert kind_of("Sida 2 av 9", rules) is Kind.CHROME
    assert kind_of("Visa 14 till", rules) is Kind.WIDGET
    assert kind_of("Visa till", rules) is Kind.TEXT
