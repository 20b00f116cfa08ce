"""The window's remembered settings: one INI file per user, in Qt's usual place.

INI on every platform (not the Windows registry) so that a test can point Qt at a
temporary folder with ``QSettings.setPath`` and never touch the real user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "MentorDesk"
APPLICATION = "MentorDesk"

LANGUAGE = "ui/language"
LAST_DATABASE = "database/last"
RECENT_DATABASES = "database/recent"
LAST_BATCH = "batch/last"
GEOMETRY = "window/geometry"
STATE = "window/state"
PAGE = "window/page"

MAX_RECENT = 6


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def text_value(key: str, default: str = "") -> str:
    value = settings().value(key, default)
    return value if isinstance(value, str) else default


def set_value(key: str, value: object) -> None:
    store = settings()
    store.setValue(key, value)
    store.sync()


def recent_databases() -> list[str]:
    value = settings().value(RECENT_DATABASES, [])
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(item) for item in value if item]
    return []


def remember_database(url: str) -> None:
    """``url`` becomes the database opened next time, and the first of the recent ones."""
    recent = [url, *(item for item in recent_databases() if item != url)][:MAX_RECENT]
    store = settings()
    store.setValue(LAST_DATABASE, url)
    store.setValue(RECENT_DATABASES, recent)
    store.sync()


def forget_database(url: str) -> None:
    store = settings()
    store.setValue(RECENT_DATABASES, [item for item in recent_databases() if item != url])
    if text_value(LAST_DATABASE) == url:
        store.remove(LAST_DATABASE)
    store.sync()
