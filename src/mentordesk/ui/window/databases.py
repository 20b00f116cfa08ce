"""Opening a database for the window: plain functions, run off the GUI thread by the window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from mentordesk.app import AppContext, bootstrap
from mentordesk.config import demo_db_url
from mentordesk.storage.database import DatabaseError, sqlite_path

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def open_context(url: str) -> AppContext:
    """Open (and upgrade) the database at ``url``; failures say why in one sentence."""
    try:
        return bootstrap(url)
    except (SQLAlchemyError, OSError) as error:
        raise DatabaseError(_reason(error)) from error


def _reason(error: SQLAlchemyError | OSError) -> str:
    original = getattr(error, "orig", None)
    return str(original or error).strip().splitlines()[0]


@dataclass(frozen=True)
class FreshDemo:
    context: AppContext
    current_batch: int | None
    """The demo's batch in progress, the one the window opens on."""


def fresh_demo(url: str | None = None) -> FreshDemo:
    """Delete the demo database and build it again: the demo always starts the same (its
    current batch dated from today)."""
    url = url or demo_db_url()
    path = sqlite_path(url)
    if path is not None:
        for candidate in (path, *(Path(f"{path}{suffix}") for suffix in SQLITE_SIDE_FILES)):
            candidate.unlink(missing_ok=True)
    context = open_context(url)
    try:
        result = context.demo.create()
    except BaseException:
        context.close()
        raise
    return FreshDemo(context, result.current.id if result.current else None)


def fresh_demo_context(url: str | None = None) -> AppContext:
    return fresh_demo(url).context


def sqlite_url_for(path: Path | str) -> str:
    return f"sqlite:///{Path(path).resolve().as_posix()}"


def database_label(url: str) -> str:
    """A short name for people: the file's name, or ``host/database`` for a server."""
    path = sqlite_path(url)
    if path is not None:
        return path.name
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.get_backend_name() == "sqlite":
        return "SQLite (memory)"
    host = parsed.host or "localhost"
    return f"{host}/{parsed.database or ''}"


def database_location(url: str) -> str:
    """The full place, password hidden: a file path or a server URL."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
