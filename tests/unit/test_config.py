"""The configuration file: every kind of mistake is named with the file and the key."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from feedmaker.config import STARTER, load_config, parse_config
from feedmaker.errors import ConfigError

GOOD = """
output = "site"
base_url = "https://me.example/feeds/"
timezone = "Europe/Paris"

[[feed]]
slug = "harbour"
title = "Harbour"
link = "https://harbour.example/"
inputs = ["scrapes/*.txt"]
formats = ["atom", "rss"]
[feed.parser]
profile = "fr"
select = { item = "article" }
[feed.filters]
include = ["ferry"]
max_items = 20
max_age = "2w"
"""


def test_a_good_config(tmp_path: Path) -> None:
    path = tmp_path / "feedmaker.toml"
    path.write_text(GOOD, encoding="utf-8")
    config = load_config(path)
    (feed,) = config.feeds
    assert config.output == tmp_path / "site"
    assert config.state == tmp_path / ".feedmaker" / "state.sqlite"
    assert feed.inputs == (str(tmp_path / "scrapes/*.txt"),)
    assert feed.meta.self_base == "https://me.example/feeds/"
    assert feed.retention.max_items == 20 and feed.retention.max_age == timedelta(weeks=2)
    assert feed.select == (("item", "article"),)


def test_the_starter_config_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "feedmaker.toml"
    path.write_text(STARTER, encoding="utf-8")
    assert load_config(path).feeds[0].meta.slug == "example"


FEED = '[[feed]]\nslug = "a"\ninputs = ["x.txt"]\n'


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('outptu = "x"\n' + FEED, "outptu"),
        ('[[feed]]\nslug = "a"\ninputs = ["x.txt"]\ntitel = "A"\n', "titel"),
        (FEED + "[feed.parser]\nselectt = {}\n", "selectt"),
        (FEED + "[feed.filters]\nmax_itemz = 3\n", "max_itemz"),
        ('[[feed]]\ninputs = ["x.txt"]\n', "slug"),
        ('[[feed]]\nslug = "a"\n', "inputs"),
        ('[[feed]]\nslug = "a b"\ninputs = ["x"]\n', "slug"),
        ('[[feed]]\nslug = 3\ninputs = ["x"]\n', "slug"),
        (FEED + 'link = "harbour.example"\n', "link"),
        ('base_url = "ftp://x"\n' + FEED, "base_url"),
        ('timezone = "Mars/Olympus"\n' + FEED, "timezone"),
        ('lock_timeout = "soon"\n' + FEED, "lock_timeout"),
        (FEED + 'formats = ["pdf"]\n', "formats"),
        (FEED + '[feed.parser]\nkind = "xml"\n', "parser.kind"),
        (FEED + '[feed.parser]\ndayfirst = "yes"\n', "parser.dayfirst"),
        (FEED + '[feed.filters]\ninclude = ["(unclosed"]\n', "include"),
        (FEED + "[feed.filters]\nmax_items = 0\n", "max_items"),
        (FEED + '[feed.filters]\nmax_age = "a fortnight"\n', "max_age"),
        (FEED + FEED, "slug"),
        ('state = "output/state.sqlite"\n' + FEED, "state"),
    ],
)
def test_each_mistake_names_the_key(tmp_path: Path, text: str, key: str) -> None:
    import tomllib

    path = tmp_path / "feedmaker.toml"
    with pytest.raises(ConfigError) as caught:
        parse_config(tomllib.loads(text), path)
    message = str(caught.value)
    assert message.startswith(str(path)) and f"'{key}'" in message, message


@pytest.mark.parametrize(
    ("text", "words"), [("not = [valid", "not valid TOML"), ("output = 'x'\n", r"no \[\[feed\]\]")]
)
def test_file_level_mistakes(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "feedmaker.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=words):
        load_config(path)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="feedmaker init"):
        load_config(tmp_path / "nope.toml")


def test_config_error_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "feedmaker.toml").write_text(
        '[[feed]]\nslug = "a"\ninputs = ["x.txt"]\ncolour = "red"\n', encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "feedmaker", "build"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert "feedmaker.toml" in result.stderr and "'colour'" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feedmaker.toml"]


def test_init_writes_a_starter_and_never_overwrites(tmp_path: Path) -> None:
    run = [sys.executable, "-m", "feedmaker", "init"]
    assert subprocess.run(run, cwd=tmp_path, capture_output=True, timeout=60).returncode == 0
    assert (tmp_path / "feedmaker.toml").read_text(encoding="utf-8") == STARTER
    again = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert again.returncode == 2 and "already exists" in again.stderr
