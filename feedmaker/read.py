"""Inputs in, decoded documents out: the only module that reads input files.

Decoding never crashes on bad bytes: a byte-order mark wins, then strict UTF-8,
then Windows-1252 with replacement characters (the usual encoding of old
scrapes that are not UTF-8). What cannot be text at all (a folder, a binary
file, an empty file) is a :class:`~feedmaker.errors.SourceError` naming the file.
"""

from __future__ import annotations

import codecs
import glob
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import SourceError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text a crawler saved; many of them in
# the first few kilobytes mean the file is binary (an image, an archive).
_BINARY_BYTES = frozenset(range(9)) | frozenset(range(14, 32)) - {27}
_BINARY_DELETE = bytes(sorted(_BINARY_BYTES))


@dataclass(frozen=True, slots=True)
class Document:
    """One input: where it came from, its text, and its raw bytes for sniffing."""

    name: str
    text: str
    data: bytes


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Return ``data`` decoded to text.

    Returns the text with a leading BOM removed. Raises SourceError when the
    bytes look binary (NUL or many control bytes without a UTF-16/32 BOM).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    head = data[:8192]
    binary = len(head) - len(head.translate(None, _BINARY_DELETE))  # counted in C, not byte by byte
    if b"\x00" in head or binary > max(8, len(head) // 100):
        raise SourceError(f"{name}: looks like a binary file, not a scraped page")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def expand(patterns: Iterable[str]) -> list[str]:
    """Return the input paths named by ``patterns``, globs expanded, in order.

    ``-`` stands for standard input. A pattern with glob characters that
    matches nothing raises SourceError; plain paths are checked when read.
    """
    paths: list[str] = []
    for pattern in patterns:
        if pattern != "-" and not os.path.exists(pattern) and glob.has_magic(pattern):
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                raise SourceError(f"{pattern}: no file matches this pattern")
            paths.extend(matches)
        else:
            paths.append(pattern)
    return paths


def read_document(path: str) -> Document:
    """Return the decoded document at ``path`` (``-`` reads standard input).

    Raises SourceError when the path is missing, a folder, unreadable, binary,
    or holds nothing but whitespace.
    """
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if p.is_dir():
            raise SourceError(f"{path}: is a folder, not a file (give the files inside it, or a glob)")
        try:
            data = p.read_bytes()
        except FileNotFoundError:
            raise SourceError(f"{path}: no such file") from None
        except PermissionError:
            raise SourceError(f"{path}: permission denied") from None
        except OSError as exc:
            raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = decode(data, path)
    if not text.strip():
        raise SourceError(f"{path}: the file is empty")
    return Document(name=path, text=text, data=data)
