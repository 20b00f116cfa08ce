"""Alembic environment: the engine comes from MentorDesk, never from an ini file.

SQLite changes a table by copying it into a new one and dropping the old; with foreign keys
enforced, that drop would cascade into every row that refers to the table. So foreign keys
are switched off for the migration (outside any transaction, as SQLite requires), checked
once it is done, and the migration is refused whole if anything no longer holds.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from mentordesk.storage.models import Base

config = context.config
engine = config.attributes["engine"]


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"the migration would break {len(broken)} references")


if engine.dialect.name == "sqlite":
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            _migrate(connection)
            connection.commit()
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
else:
    with engine.begin() as connection:
        _migrate(connection)
