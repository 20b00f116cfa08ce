"""Fixtures shared by every test: throw-away databases, SQLite and PostgreSQL alike."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mentordesk.app import AppContext, bootstrap

POSTGRES_SERVER = os.environ.get(
    "MENTORDESK_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(autouse=True)
def _isolated_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may touch the real user's database."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("MENTORDESK_DB", f"sqlite:///{(home / 'mentordesk.db').as_posix()}")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'mentordesk.db').as_posix()}"


@pytest.fixture
def context(sqlite_url: str) -> Iterator[AppContext]:
    ctx = bootstrap(sqlite_url)
    yield ctx
    ctx.close()


def _postgres_available() -> str | None:
    """None when the server answers, else why not."""
    try:
        import psycopg

        conninfo = POSTGRES_SERVER.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(conninfo, connect_timeout=3):
            return None
    except Exception as error:
        return f"no PostgreSQL server at {POSTGRES_SERVER}: {error}"


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL on a schema of its own, so concurrent test runs never see each other's rows."""
    reason = _postgres_available()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true requires PostgreSQL: {reason}")
        pytest.skip(reason)
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(POSTGRES_SERVER)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{POSTGRES_SERVER}?options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def postgres_context(postgres_url: str) -> Iterator[AppContext]:
    ctx = bootstrap(postgres_url)
    yield ctx
    ctx.close()


@pytest.fixture(params=["sqlite", "postgres"])
def any_context(request: pytest.FixtureRequest) -> AppContext:
    """The same test on SQLite and on PostgreSQL."""
    name = "context" if request.param == "sqlite" else "postgres_context"
    ctx: AppContext = request.getfixturevalue(name)
    return ctx


@pytest.fixture
def demo_context(context: AppContext) -> AppContext:
    """The demo as ``mentordesk --demo`` builds it: its finished batch (``DEMO_BATCH``, whose
    figures most tests assert) and its current batch, dated from today."""
    context.demo.create()
    return context
