"""``mentordesk-cli`` demo, batches, people and db upgrade, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mentordesk.cli import main
from mentordesk.services.demo import DEMO_BATCH

PEOPLE_KEYS = {"email", "first_name", "last_name", "role", "city", "topics", "capacity"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_demo_then_people_lists_93_volunteers(
    backend: str, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
    assert _run(capsys, "--db", url, "demo")[0] == 0
    status, out, _ = _run(capsys, "--db", url, "people", "--batch", DEMO_BATCH, "--json")
    assert status == 0
    people = json.loads(out)
    assert len(people) == 93
    assert all(set(person) == PEOPLE_KEYS for person in people)
    assert {person["role"] for person in people} == {"mentor", "mentee"}
    for person in people:
        assert isinstance(person["topics"], list)
        if person["role"] == "mentor":
            assert isinstance(person["capacity"], int)
        else:
            assert person["capacity"] is None


def test_batches_json_has_name_dates_and_status(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "--db", sqlite_url, "demo")
    status, out, _ = _run(capsys, "--db", sqlite_url, "batches", "--json")
    assert status == 0
    [current, batch] = json.loads(
        out
    )  # newest first: the demo's current batch, then its finished one
    assert batch["name"] == DEMO_BATCH
    assert (batch["start"], batch["end"], batch["status"]) == ("2026-03-02", "2026-07-02", "closed")
    assert set(current) == set(batch)
    assert current["status"] == "running" and current["programme"] == batch["programme"]
    assert current["start"] < date.today().isoformat() < current["end"]


def test_db_upgrade_reports_an_up_to_date_schema(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "--db", sqlite_url, "db", "upgrade")[0] == 0
    status, out, _ = _run(capsys, "--db", sqlite_url, "db", "upgrade")
    assert status == 0 and "up to date" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["people", "--batch", "Nowhere"], "no batch named 'Nowhere'"),
        (["people"], "--batch"),
        (["frobnicate"], "invalid choice"),
        (["--db", "not a url", "batches"], "not a database URL"),
        (["--db", "postgresql+psycopg://postgres@127.0.0.1:1/test", "batches"], "cannot open"),
    ],
)
def test_failures_are_one_line_with_status_2(
    argv: list[str], expected: str, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if "--db" not in argv:
        argv = ["--db", sqlite_url, *argv]
    status, out, err = _run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and expected in err
    assert "Traceback" not in err


def test_a_database_refusal_is_one_line_without_sql(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from mentordesk.app import bootstrap
    from mentordesk.storage.models import Programme

    context = bootstrap(postgres_url)
    with context.unit_of_work() as uow:
        uow.session.add(Programme(name="p" * 300))
        with pytest.raises(Exception) as caught:
            uow.session.flush()
    context.close()
    from mentordesk.storage.database import explain_database_error

    message = explain_database_error(caught.value)  # type: ignore[arg-type]
    assert message.startswith("the database refused the change: value too long")
    assert "INSERT" not in message and "\n" not in message


def test_demo_says_what_it_created_then_that_it_is_there(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "--db", sqlite_url, "demo")
    finished, current = out.splitlines()
    assert status == 0
    assert finished.startswith(f"{DEMO_BATCH} (closed): created — 93 volunteers, 50 duos")
    assert "(running): created — 63 volunteers, 33 duos" in current
    again = _run(capsys, "--db", sqlite_url, "demo")[1].splitlines()
    assert [line.split(": ")[1][:15] for line in again] == ["already present"] * 2
