"""GUIDs that never lie: the same story always gets the same id, two stories never share one.

A story with a link is identified by its canonical link. A story without one
gets a ``tag:`` URI (RFC 4151) from the feed's authority, a fixed date and a
sha256 of its *identity key*: the folded title and section, so that cosmetic
changes (curly vs straight quotes, dashes, case, spacing, Unicode forms) keep
the id. Never Python's ``hash()`` (it changes per process), never the
current year.
"""

from __future__ import annotations

import hashlib
import re

from .textutil import fold
from .urls import canonical, host_of

# The date part of every tag URI feedmaker mints. It is part of each id, so it
# must never change: changing it would show every story again as new.
TAG_DATE = "2026"
# Authority for feeds that name no site (no --link / --base-url): a reserved
# name, plus the feed's slug so two such feeds never share ids.
DEFAULT_AUTHORITY = "feedmaker.invalid"
_SAFE = re.compile(r"[^a-z0-9.-]+")


def authority(link: str | None, base_url: str | None, slug: str) -> str:
    """Return the tag authority: the host of ``link`` or ``base_url``, else ``<slug>.feedmaker.invalid``."""
    host = host_of(link) or host_of(base_url)
    if host:
        return host
    label = _SAFE.sub("-", slug.lower()).strip("-.") or "feed"
    return f"{label}.{DEFAULT_AUTHORITY}"


def identity_key(title: str, section: str | None) -> str:
    """Return the folded title and section that identify a story without a link."""
    return f"{fold(title)}\x1f{fold(section or '')}"


def tag_uri(authority_name: str, key: str) -> str:
    """Return the ``tag:`` URI for identity ``key`` under ``authority_name``."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"tag:{authority_name},{TAG_DATE}:{digest}"


def entry_id(link: str | None, title: str, section: str | None, authority_name: str) -> str:
    """Return a story's GUID: its canonical link when it has one, else a tag URI from title and section."""
    if link:
        return canonical(link)
    return tag_uri(authority_name, identity_key(title, section))


def feed_id(authority_name: str, slug: str) -> str:
    """Return the Atom id of the feed ``slug``: a tag URI that does not depend on the run."""
    return f"tag:{authority_name},{TAG_DATE}:feed/{slug}"
