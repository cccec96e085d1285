"""The state store: what every feed has published, in SQLite; the only module that touches it.

One database holds every feed's history (one row per story: id, first and
last seen, content hash, whether it is still on the page and still in the
feed, and the entry itself as JSON) and, per feed, a fingerprint of the last
run's inputs so that an unchanged feed costs nothing. The file is opened in WAL
mode with full sync; each feed's run is one transaction, so a crash at any
moment leaves either the previous state or the new one.

The schema has a version (SQLite's ``user_version``) and migrations from day
one: a newer database than this feedmaker knows is refused, never guessed at.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from .errors import StateError
from .model import DateSource, Entry, FeedMeta, Image, Origin, Record

SCHEMA_VERSION = 2
# The fingerprint of a run whose files are not known to be published (no input digest is empty).
_UNPUBLISHED = ""
# MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: dict[int, str] = {
    # An ordinary rowid table: rows hold whole entries, too large for WITHOUT ROWID (three times the file).
    0: """
        CREATE TABLE entries (
            feed TEXT NOT NULL,
            id TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            on_page INTEGER NOT NULL,
            listed INTEGER NOT NULL,
            published TEXT NOT NULL,
            title TEXT NOT NULL,
            entry TEXT NOT NULL,
            PRIMARY KEY (feed, id)
        );
        CREATE TABLE feeds (
            feed TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            last_run TEXT NOT NULL,
            recheck_after TEXT
        ) WITHOUT ROWID;
    """,
    # 2: the feed's metadata and formats, so the site index can list feeds this run did not build.
    1: """
        ALTER TABLE feeds ADD COLUMN meta TEXT;
        ALTER TABLE feeds ADD COLUMN formats TEXT
    """,
}


class StateStore:
    """A feedmaker state database. Use as a context manager, or call close()."""

    def __init__(self, path: Path, timeout: float = 30.0) -> None:
        """Open (creating when missing) the state database at ``path``.

        Raises StateError when the file is not a database, is corrupt, or was
        written by a newer feedmaker.
        """
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StateError(f"{path}: not a usable feedmaker state database ({exc})") from None
        except OSError as exc:
            raise StateError(f"{path}: cannot open the state database ({exc.strerror or exc})") from None

    def __enter__(self) -> StateStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StateError(
                f"{self.path}: written by a newer feedmaker "
                f"(schema {version}, this one knows {SCHEMA_VERSION})"
            )
        while version < SCHEMA_VERSION:
            with self._transaction():
                for statement in MIGRATIONS[version].split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                version += 1
                self._db.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- reading ---------------------------------------------------------------------------------------

    def load(self, feed: str) -> dict[str, Record]:
        """Return the feed's history, id -> Record (empty for a feed never built). Raises StateError."""
        try:
            rows = self._db.execute(
                "SELECT entry, first_seen, last_seen, content_hash, on_page, listed "
                "FROM entries WHERE feed = ?",
                (feed,),
            ).fetchall()
            return {r.entry.id: r for r in (_record(*row) for row in rows)}
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            raise StateError(f"{self.path}: feed {feed!r} has unreadable history ({exc})") from None

    def newest(self, feed: str, count: int) -> tuple[tuple[Entry, ...], tuple[datetime, ...]]:
        """Return the feed's ``count`` newest listed entries (by published, then first seen) and the
        first-seen time of every story it ever had, without decoding the other entries.

        This is what the site index needs; loading the whole history for it
        cost as much as the rest of a large build's bookkeeping. Raises StateError.
        """
        try:
            rows = self._db.execute(
                "SELECT id, published, first_seen, listed FROM entries WHERE feed = ?", (feed,)
            ).fetchall()
            first_seen = tuple(datetime.fromisoformat(row[2]) for row in rows)
            listed = sorted(
                (
                    (datetime.fromisoformat(published), seen, entry_id)
                    for (entry_id, published, _, listed_now), seen in zip(rows, first_seen, strict=True)
                    if listed_now
                ),
                reverse=True,
            )[:count]
            entries = []
            for _, _, entry_id in listed:
                row = self._db.execute(
                    "SELECT entry, first_seen, last_seen, content_hash, on_page, listed FROM entries "
                    "WHERE feed = ? AND id = ?",
                    (feed, entry_id),
                ).fetchone()
                entries.append(_record(*row).entry)
            return tuple(entries), first_seen
        except (sqlite3.DatabaseError, ValueError, KeyError, TypeError) as exc:
            raise StateError(f"{self.path}: feed {feed!r} has unreadable history ({exc})") from None

    def fingerprint(self, feed: str) -> tuple[str, datetime | None] | None:
        """Return the last run's input fingerprint of ``feed`` and when it must run anyway, or None."""
        row = self._db.execute(
            "SELECT fingerprint, recheck_after FROM feeds WHERE feed = ?", (feed,)
        ).fetchone()
        if row is None:
            return None
        return row[0], datetime.fromisoformat(row[1]) if row[1] else None

    def described(self, prefix: str) -> list[tuple[str, FeedMeta, tuple[str, ...]]]:
        """Return (key, metadata, formats) of every feed whose key starts with ``prefix``, by key."""
        rows = self._db.execute(
            "SELECT feed, meta, formats FROM feeds WHERE meta IS NOT NULL AND substr(feed, 1, ?) = ? "
            "ORDER BY feed",
            (len(prefix), prefix),
        ).fetchall()
        return [
            (key, FeedMeta(**json.loads(meta)), tuple(f for f in formats.split(",") if f))
            for key, meta, formats in rows
        ]

    def feeds(self) -> list[str]:
        """Return the names of every feed the store knows."""
        rows = self._db.execute("SELECT DISTINCT feed FROM entries UNION SELECT feed FROM feeds ORDER BY 1")
        return [row[0] for row in rows]

    # -- writing ---------------------------------------------------------------------------------------

    @contextmanager
    def saving(
        self,
        feed: str,
        records: Mapping[str, Record],
        now: datetime,
        recheck_after: datetime | None,
        meta: FeedMeta | None = None,
        formats: tuple[str, ...] = (),
    ) -> Iterator[Callable[[], None]]:
        """Yield a function that replaces the feed's history with ``records`` and notes the run; the
        block must call it once. Commit what it wrote when the block ends, roll it back when the
        block raises.

        This lets a build write its history while its feeds are still being
        rendered in other processes, and keep it only if they all render. The
        run is noted without its input fingerprint: until ``published`` records
        it, the next run with the same inputs builds again (its files may not
        have been written). Raises StateError when the database refuses the write.
        """
        wrote = False

        def write() -> None:
            nonlocal wrote
            rows = [
                (
                    feed,
                    r.entry.id,
                    r.first_seen.isoformat(),
                    r.last_seen.isoformat(),
                    r.content_hash,
                    int(r.on_page),
                    int(r.listed),
                    r.entry.published.isoformat(),
                    r.entry.title,
                    json.dumps(_entry_json(r.entry)),
                )
                for r in records.values()
            ]
            run = (
                feed,
                _UNPUBLISHED,
                now.isoformat(),
                recheck_after.isoformat() if recheck_after else None,
                json.dumps(asdict(meta)) if meta else None,
                ",".join(formats),
            )
            self._db.execute("DELETE FROM entries WHERE feed = ?", (feed,))
            self._db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            self._db.execute("INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?, ?, ?)", run)
            wrote = True

        try:
            with self._transaction():
                yield write
                if not wrote:
                    raise RuntimeError(f"the history of feed {feed!r} was never written")  # a bug
        except sqlite3.DatabaseError as exc:
            raise StateError(f"{self.path}: cannot save feed {feed!r} ({exc})") from None

    def published(self, feed: str, fingerprint: str) -> None:
        """Note that the feed's files for its inputs ``fingerprint`` are written: the next run with the
        same inputs may skip it. Raises StateError when the database refuses the write."""
        try:
            with self._transaction():
                self._db.execute("UPDATE feeds SET fingerprint = ? WHERE feed = ?", (fingerprint, feed))
        except sqlite3.DatabaseError as exc:
            raise StateError(f"{self.path}: cannot save feed {feed!r} ({exc})") from None

    def forget(self, feed: str, ids: tuple[str, ...] = ()) -> int:
        """Remove the given stories (all of the feed's when none is given); return how many were removed."""
        with self._transaction():
            if ids:
                marks = ",".join("?" * len(ids))
                cursor = self._db.execute(
                    f"DELETE FROM entries WHERE feed = ? AND id IN ({marks})", (feed, *ids)
                )
            else:
                cursor = self._db.execute("DELETE FROM entries WHERE feed = ?", (feed,))
            # Forgetting changes what the feed would publish: the next run must not be skipped.
            self._db.execute("DELETE FROM feeds WHERE feed = ?", (feed,))
        return int(cursor.rowcount)


def _entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "title": entry.title,
        "published": entry.published.isoformat(),
        "updated": entry.updated.isoformat(),
        "date_source": entry.date_source.value,
        "origin": [entry.origin.source, entry.origin.line, entry.origin.parser],
        "title_derived": entry.title_derived,
        "link": entry.link,
        "authors": list(entry.authors),
        "summary": entry.summary,
        "content": entry.content,
        "categories": list(entry.categories),
        "images": [[i.url, i.caption, i.mime_type] for i in entry.images],
    }


def _record(entry: str, first_seen: str, last_seen: str, digest: str, on_page: int, listed: int) -> Record:
    data = json.loads(entry)
    source, line, parser = data["origin"]
    return Record(
        entry=Entry(
            id=data["id"],
            title=data["title"],
            published=datetime.fromisoformat(data["published"]),
            updated=datetime.fromisoformat(data["updated"]),
            date_source=DateSource(data["date_source"]),
            origin=Origin(source, line, parser),
            title_derived=data["title_derived"],
            link=data["link"],
            authors=tuple(data["authors"]),
            summary=data["summary"],
            content=data["content"],
            categories=tuple(data["categories"]),
            images=tuple(Image(*i) for i in data["images"]),
        ),
        first_seen=datetime.fromisoformat(first_seen),
        last_seen=datetime.fromisoformat(last_seen),
        content_hash=digest,
        on_page=bool(on_page),
        listed=bool(listed),
    )
