"""The command line in a subprocess, as cron and users run it: outputs, reruns, bad inputs, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "harbour-gazette.txt"
NOW = "2026-03-02T18:00:00+00:00"


def run(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "feedmaker", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        input=stdin.decode() if stdin else None,
        timeout=60,
    )


def test_version_and_help() -> None:
    """--version prints the version; every command's --help ends with an example."""
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("feedmaker ")
    for command in ([], ["build"], ["parse"], ["init"], ["history"], ["forget"]):
        help_text = run(*command, "--help").stdout
        assert "example" in help_text, command


def test_build_writes_valid_feeds_quietly(tmp_path: Path) -> None:
    """A build prints nothing on success and writes Atom, RSS and JSON that parse cleanly."""
    result = run("build", EXAMPLE, "-o", tmp_path, "--now", NOW, "--link", "https://harbour.example/")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "feed.xsl",
        "feeds.opml",
        "harbour-gazette.atom",
        "harbour-gazette.json",
        "harbour-gazette.rss",
        "index.html",
    ]
    for name in ("harbour-gazette.atom", "harbour-gazette.rss"):
        parsed = feedparser.parse(str(tmp_path / name))
        assert parsed.bozo == 0 and len(parsed.entries) == 6
    assert oct((tmp_path / "harbour-gazette.atom").stat().st_mode & 0o777) == "0o644"


def test_default_output_folder_and_slug(tmp_path: Path) -> None:
    """Without -o the feeds go to output/ in the current folder, named after the input."""
    result = run("build", EXAMPLE, "--now", NOW, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "output" / "harbour-gazette.atom").is_file()


def test_rerun_is_byte_identical_and_leaves_files_untouched(tmp_path: Path) -> None:
    """The same input and --now give the same bytes; an unchanged file is not rewritten."""
    run("build", EXAMPLE, "-o", tmp_path / "a", "--now", NOW)
    first = {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()}
    mtimes = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "a").iterdir()}
    result = run("build", EXAMPLE, "-o", tmp_path / "a", "--now", NOW, "-v")
    assert "unchanged" in result.stderr
    assert {p.name: p.read_bytes() for p in (tmp_path / "a").iterdir()} == first
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "a").iterdir()} == mtimes
    run("build", EXAMPLE, "-o", tmp_path / "b", "--now", NOW)
    assert {p.name: p.read_bytes() for p in (tmp_path / "b").iterdir()} == first


def test_source_date_epoch_fixes_the_reference_time(tmp_path: Path) -> None:
    """SOURCE_DATE_EPOCH stands in for --now (reproducible builds)."""
    env = {"SOURCE_DATE_EPOCH": "1772474400"}  # 2026-03-02T18:00:00Z
    run("build", EXAMPLE, "-o", tmp_path / "a", env=env)
    run("build", EXAMPLE, "-o", tmp_path / "b", "--now", NOW)
    assert (tmp_path / "a" / "harbour-gazette.atom").read_bytes() == (
        tmp_path / "b" / "harbour-gazette.atom"
    ).read_bytes()


def test_formats_option(tmp_path: Path) -> None:
    """--format picks the formats written."""
    assert run("build", EXAMPLE, "-o", tmp_path, "--now", NOW, "--format", "rss").returncode == 0
    assert sorted(p.name for p in tmp_path.glob("harbour-gazette.*")) == ["harbour-gazette.rss"]


def test_parse_prints_json_lines_and_explain() -> None:
    """parse prints one JSON object per story; --explain one row per input line."""
    import json

    result = run("parse", EXAMPLE, "--now", NOW)
    assert result.returncode == 0
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(stories) == 6
    assert stories[0]["title_derived"] is True
    explain = run("parse", EXAMPLE, "--now", NOW, "--explain").stdout.splitlines()
    assert len(explain) == 1 + len(EXAMPLE.read_text(encoding="utf-8").splitlines())
    assert any(" title " in row for row in explain)


def test_stdin_input(tmp_path: Path) -> None:
    """'-' reads the scrape from standard input."""
    result = run("build", "-", "-o", tmp_path, "--slug", "piped", "--now", NOW, stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "piped.atom").is_file()


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b"  \n\n \t\n")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp / "nostory.txt").write_text("Home | News | Sport\nSkip to content\n© 2026 Site\n", encoding="utf-8")
    (tmp / "folder").mkdir()
    return {
        "missing": (tmp / "nope.txt", "no such file"),
        "folder": (tmp / "folder", "is a folder"),
        "empty": (tmp / "empty.txt", "empty"),
        "blank": (tmp / "blank.txt", "empty"),
        "binary": (tmp / "binary.txt", "binary"),
        "no story": (tmp / "nostory.txt", "no story found"),
    }


@pytest.mark.parametrize("case", ["missing", "folder", "empty", "blank", "binary", "no story"])
def test_bad_input_is_one_line_and_keeps_old_output(tmp_path: Path, case: str) -> None:
    """Each bad input: one stderr line naming the file, exit 1, no traceback, earlier output untouched."""
    out = tmp_path / "out"
    assert run("build", EXAMPLE, "-o", out, "--slug", "feed", "--now", NOW).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    path, message = _bad_inputs(tmp_path)[case]
    result = run("build", path, "-o", out, "--slug", "feed", "--now", NOW)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0] and message in lines[0]
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--now", "yesterday"], "--now"),
        (["--format", "pdf"], "--format"),
        (["--link", "harbour"], "--link"),
        (["--tz", "Mars/Olympus"], "--tz"),
        (["--profile", "klingon"], "profile"),
        (["--slug", "../x"], "--slug"),
    ],
)
def test_bad_options_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    """A bad option value is a usage error (exit 2) with a one-line message naming the option."""
    result = run("build", EXAMPLE, "-o", tmp_path, *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not any(tmp_path.iterdir())
