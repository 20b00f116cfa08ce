"""The schema comes from Alembic alone, upgrades old databases, and backs SQLite up first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from mentordesk.app import bootstrap
from mentordesk.storage.database import (
    DatabaseError,
    alembic_config,
    create_db_engine,
    current_revision,
    head_revision,
    upgrade,
)
from mentordesk.storage.models import Base


def _differences(engine: sa.Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_fresh_sqlite_database_is_created_at_head_without_backup(sqlite_url: str) -> None:
    engine = create_db_engine(sqlite_url)
    result = upgrade(engine, sqlite_url)
    assert (result.from_revision, result.to_revision, result.backup) == (
        None,
        head_revision(),
        None,
    )
    assert _differences(engine) == []
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_opening_an_older_sqlite_database_backs_it_up_then_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    url = f"sqlite:///{path.as_posix()}"
    engine = create_db_engine(url)
    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO programme (name) VALUES ('Programme de 2025')")
    engine.dispose()

    context = bootstrap(url)
    result = context.upgrade_result
    assert result is not None and result.from_revision == "0001"
    assert current_revision(context.engine) == head_revision()
    assert result.backup is not None and result.backup.parent == tmp_path
    context.close()

    with sqlite3.connect(result.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT name FROM programme").fetchall() == [("Programme de 2025",)]
        tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
        assert "mapping_profile" not in tables


def test_opening_an_up_to_date_database_makes_no_backup(sqlite_url: str, tmp_path: Path) -> None:
    bootstrap(sqlite_url).close()
    again = bootstrap(sqlite_url)
    assert again.upgrade_result is not None and again.upgrade_result.backup is None
    again.close()
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def test_a_schema_newer_than_the_application_is_refused(sqlite_url: str) -> None:
    engine = create_db_engine(sqlite_url)
    upgrade(engine, sqlite_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'from_the_future'")
    with pytest.raises(DatabaseError, match="newer"):
        upgrade(engine, sqlite_url)
    engine.dispose()


def test_every_migration_downgrades_and_upgrades_again(sqlite_url: str) -> None:
    engine = create_db_engine(sqlite_url)
    upgrade(engine, sqlite_url)
    command.downgrade(alembic_config(engine), "base")
    assert current_revision(engine) is None
    upgrade(engine, sqlite_url)
    assert _differences(engine) == []
    engine.dispose()


@pytest.mark.postgres
def test_postgres_database_is_created_and_migrated_both_ways(postgres_url: str) -> None:
    engine = create_db_engine(postgres_url)
    result = upgrade(engine, postgres_url)
    assert (result.to_revision, result.backup) == (head_revision(), None)
    assert _differences(engine) == []
    command.downgrade(alembic_config(engine), "0001")
    assert current_revision(engine) == "0001"
    assert upgrade(engine, postgres_url).from_revision == "0001"
    assert _differences(engine) == []
    engine.dispose()


def test_a_file_that_is_not_a_database_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot open the database"):
        bootstrap(f"sqlite:///{path.as_posix()}")
    assert path.read_bytes().startswith(b"these are my notes")


def test_upgrading_a_filled_sqlite_database_keeps_every_row(tmp_path: Path) -> None:
    """Migrations that rebuild a table on SQLite must not cascade into the rows that refer to it."""
    url = f"sqlite:///{(tmp_path / 'filled.db').as_posix()}"
    context = bootstrap(url)
    context.demo.create()
    with context.engine.begin() as connection:  # a table 0002 did not have yet: rows go with it
        connection.execute(sa.text("DELETE FROM message_sent"))
    counts_before = _row_counts(context.engine)
    command.downgrade(alembic_config(context.engine), "0002")
    context.close()

    reopened = bootstrap(url)
    assert reopened.upgrade_result is not None and reopened.upgrade_result.from_revision == "0002"
    assert _row_counts(reopened.engine) == counts_before
    with reopened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    reopened.close()


def _row_counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: connection.execute(sa.text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            for table in Base.metadata.tables
        }


def test_database_messages_speak_the_interface_language(tmp_path: Path) -> None:
    from mentordesk.i18n import current_language, set_language

    path = tmp_path / "notes.db"
    path.write_bytes(b"not a database at all" * 100)
    before = current_language()
    set_language("fr")
    try:
        with pytest.raises(DatabaseError) as caught:
            bootstrap(f"sqlite:///{path.as_posix()}")
    finally:
        set_language(before)
    assert str(caught.value) == (
        "impossible d'ouvrir la base de données : "
        "ce fichier n'est pas une base de données MentorDesk"
    )
