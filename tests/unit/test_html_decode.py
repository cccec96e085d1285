"""Decoding HTML bytes: UTF-8 at once when that is certain, UnicodeDammit for everything else."""

from __future__ import annotations

import subprocess
import sys

from bs4.dammit import UnicodeDammit
from hypothesis import given
from hypothesis import strategies as st

from feedmaker.parse.html.page import decode_html

HEAD = [
    "",
    '<meta charset="utf-8">',
    "<meta charset=UTF8>",
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
]


def _page(head: str, body: str) -> str:
    return f"<!doctype html><html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


@given(head=st.sampled_from(HEAD), body=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"))))
def test_valid_utf8_reads_as_unicode_dammit_reads_it(head: str, body: str) -> None:
    """The shortcut gives UnicodeDammit's answer for every page it takes."""
    data = _page(head, body).encode("utf-8")
    assert decode_html(data, "page.html") == UnicodeDammit(data, is_html=True).unicode_markup


def test_other_declared_encodings_and_wide_pages_still_go_to_unicode_dammit() -> None:
    latin = _page('<meta charset="iso-8859-1">', "Café à Lisboa").encode("latin-1")
    assert "Café à Lisboa" in decode_html(latin, "page.html")
    # Bytes that are valid UTF-8 under a page that says windows-1252: the declaration decides, as before.
    mislabelled = _page('<meta charset="windows-1252">', "Café").encode("utf-8")
    assert decode_html(mislabelled, "page.html") == UnicodeDammit(mislabelled, is_html=True).unicode_markup
    wide = _page("", "Grüße aus Köln").encode("utf-16")
    assert "Grüße aus Köln" in decode_html(wide, "page.html")
    bom = b"\xef\xbb\xbf" + _page("", "naïve").encode("utf-8")
    assert decode_html(bom, "page.html").startswith("<!doctype html>")


def test_a_utf8_page_is_read_without_importing_bs4() -> None:
    """bs4 costs ~0.1 s to import: a small UTF-8 build must not pay it."""
    code = (
        "import sys\n"
        "from feedmaker.parse.html.page import decode_html\n"
        "decode_html('<html><head><meta charset=utf-8></head><body>Ünïcode</body></html>'.encode(), 'p')\n"
        "print('bs4' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
