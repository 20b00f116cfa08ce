"""Where the database lives: ``--db``, then ``MENTORDESK_DB``, then the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "MentorDesk"
DB_ENV = "MENTORDESK_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=False)


def default_db_url() -> str:
    return f"sqlite:///{(data_dir() / 'mentordesk.db').as_posix()}"


def demo_db_url() -> str:
    return f"sqlite:///{(data_dir() / 'demo.db').as_posix()}"


def resolve_db_url(explicit: str | None = None) -> str:
    return explicit or os.environ.get(DB_ENV) or default_db_url()
