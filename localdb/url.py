"""Turn what the user typed (``--db`` or ``SUNSHINE_DB``) into a SQLAlchemy URL."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from localdb.errors import StoreError

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def to_url(text: str) -> URL:
    """A SQLAlchemy URL as given, or a plain file path as a SQLite URL.

    ``postgresql://`` is read as psycopg 3, the only PostgreSQL driver we ship.
    """
    text = text.strip()
    if not text:
        raise StoreError("bad_url", url=text)
    if not _SCHEME.match(text):
        return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:  # ValueError: non-numeric port
        raise StoreError("bad_url", url=text) from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError("bad_url", url=text)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        url = url.set(database=str(Path(url.database).expanduser().resolve()))
    return url


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None (PostgreSQL, in-memory)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def describe(url: URL) -> str:
    """A form safe to show and log: never the password."""
    return url.render_as_string(hide_password=True)
