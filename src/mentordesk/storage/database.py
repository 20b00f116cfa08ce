"""Engines for SQLite or PostgreSQL, and the schema brought up to date through Alembic."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from mentordesk.i18n import Text

MIGRATIONS = Path(__file__).with_name("migrations")


NOT_A_URL = Text(
    en="not a database URL: {url!r}", fr="ce n'est pas l'adresse d'une base de données : {url!r}"
)
CANNOT_USE = Text(
    en="cannot use database {url}: {reason}",
    fr="impossible d'utiliser la base de données {url} : {reason}",
)
CANNOT_OPEN = Text(
    en="cannot open the database: {reason}",
    fr="impossible d'ouvrir la base de données : {reason}",
)
TOO_NEW = Text(
    en="the database's schema ({revision}) is newer than this version of MentorDesk knows",
    fr="la base de données ({revision}) vient d'une version de MentorDesk plus récente que"
    " celle-ci",
)
NOT_UPGRADED = Text(
    en="the database could not be upgraded: {reason}",
    fr="la base de données n'a pas pu être mise à jour : {reason}",
)
REFUSED = Text(
    en="the database refused the change: {reason}",
    fr="la base de données a refusé la modification : {reason}",
)
KNOWN_REASONS = {
    "file is not a database": Text(
        en="this file is not a MentorDesk database",
        fr="ce fichier n'est pas une base de données MentorDesk",
    ),
    "unable to open database file": Text(
        en="the file cannot be opened or created there (check the folder and its permissions)",
        fr="le fichier ne peut pas être ouvert ou créé à cet endroit (vérifiez le dossier et"
        " ses droits)",
    ),
    "database is locked": Text(
        en="another program is writing to the database; try again in a moment",
        fr="un autre programme écrit dans la base de données ; réessayez dans un instant",
    ),
}


def _reason(error: BaseException) -> str:
    """The driver's reason, in the interface language when it is a well-known one."""
    raw = str(getattr(error, "orig", None) or error).strip()
    first_line = raw.splitlines()[0] if raw else type(error).__name__
    for known, text in KNOWN_REASONS.items():
        if known in first_line.lower():
            return text()
    return first_line


class DatabaseError(Exception):
    """A database that cannot be opened or upgraded, with a message for people."""


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def explain_database_error(error: SQLAlchemyError) -> str:
    """The database's own reason in one line, without the SQL statement and its parameters."""
    return REFUSED(reason=_reason(error))


def _enable_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:" or parsed.database.startswith("file::memory:"):
        return None
    return Path(parsed.database)


def create_db_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite files get WAL, foreign keys and their folder created."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise DatabaseError(NOT_A_URL(url=url)) from error
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            kwargs.setdefault("poolclass", NullPool)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _enable_sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True, **kwargs)
    except (ArgumentError, ImportError) as error:
        raise DatabaseError(
            CANNOT_USE(url=parsed.render_as_string(), reason=_reason(error))
        ) from error


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(path: Path, tag: str | None) -> Path:
    """Copy a SQLite database beside itself, dated, before its schema changes (``tag``: the
    revision it had) or before a batch is deleted."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}-{tag or 'empty'}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.backup-{stamp}-{counter}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def _known_revision(revision: str) -> bool:
    try:
        return ScriptDirectory(str(MIGRATIONS)).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine, url: str | None = None) -> UpgradeResult:
    """Bring the schema to the newest revision; back up an older SQLite file first.

    A brand-new database is created without a backup; a database whose schema is newer
    than this version of MentorDesk knows is refused rather than damaged.
    """
    head = head_revision()
    try:
        before = current_revision(engine)
    except SQLAlchemyError as error:
        raise DatabaseError(CANNOT_OPEN(reason=_reason(error))) from error
    if before == head:
        return UpgradeResult(before, head, None)
    if before is not None and not _known_revision(before):
        raise DatabaseError(TOO_NEW(revision=before))
    backup = None
    path = sqlite_path(url or engine.url.render_as_string(hide_password=False))
    if before is not None and path is not None and path.exists():
        backup = backup_sqlite(path, before)
    try:
        command.upgrade(alembic_config(engine), "head")
    except SQLAlchemyError as error:
        raise DatabaseError(NOT_UPGRADED(reason=_reason(error))) from error
    return UpgradeResult(before, head, backup)
