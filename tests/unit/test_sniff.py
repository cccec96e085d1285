"""Input kinds are recognised by content, not only by file name."""

from __future__ import annotations

import pytest

from feedmaker.parse import sniff
from feedmaker.read import Document


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("page.txt", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("page", b"\xef\xbb\xbf  <html lang=en>", "html"),
        ("fragment.html", b"<div class=card>x</div>", "html"),
        ("items.txt", b'{"title": "x"}\n{"title": "y"}\n', "jsonl"),
        ("export", b'[\n  {"title": "x"}\n]', "jsonl"),
        ("scrape.html", b"Connect with us\n\nPublished\n", "text"),
        ("scrape.txt", b"[Breaking] Storm hits the coast\n", "text"),
    ],
)
def test_sniff(name: str, data: bytes, kind: str) -> None:
    assert sniff(Document(name=name, text=data.decode("utf-8-sig"), data=data)) == kind
