"""``person edit`` and ``person remove``, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from mentordesk.app import AppContext
from mentordesk.cli import main
from mentordesk.domain.enums import BatchStatus
from tests.services.volunteer_batch import BATCH, build


def _run(
    capsys: pytest.CaptureFixture[str], context: AppContext, *argv: str
) -> tuple[int, str, str]:
    status = main(["--db", context.url, *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _refused(result: tuple[int, str, str], expected: str) -> None:
    status, out, err = result
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and expected in err, err


def test_person_edit_changes_and_prints_what_changed(
    any_context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = build(any_context)
    status, out, err = _run(
        capsys, any_context, "person", "edit", "THOMAS@example.org", "--batch", BATCH,
        "--first-name", "Tom", "--email", "tom@example.org", "--city", "Bordeaux",
        "--topics", "TJM;Décrocher sa première mission", "--capacity", "3",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        "Tom Leroy: first name Thomas → Tom",
        "Tom Leroy: e-mail thomas@example.org → tom@example.org",
        "Tom Leroy: city Lyon → Bordeaux",
        "Tom Leroy: capacity 2 → 3",
    ]
    fields = any_context.volunteer_edit.details(ids.batch, ids.thomas).fields
    assert (fields.email, fields.city, fields.capacity) == ("tom@example.org", "Bordeaux", 3)

    status, out, _ = _run(
        capsys, any_context, "person", "edit", "tom@example.org", "--batch", BATCH,
        "--topics", "Tarifs", "--json",
    )  # fmt: skip
    assert status == 0
    assert json.loads(out)["topics"] == ["Fixer son TJM"]


def test_person_edit_refusals_exit_2_with_the_reason(
    any_context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    build(any_context)
    edit = ("person", "edit", "nour@example.org", "--batch", BATCH)
    _refused(_run(capsys, any_context, *edit, "--email", "romain@example.org"), "Romain Rousseau")
    _refused(_run(capsys, any_context, *edit, "--capacity", "2"), "only a mentor")
    _refused(_run(capsys, any_context, *edit, "--topics", "Jardinage"), "Jardinage")
    _refused(_run(capsys, any_context, *edit), "nothing to change")
    _refused(
        _run(capsys, any_context, "person", "edit", "nobody@example.org", "--batch", BATCH,
             "--city", "Lyon"),
        "is not a volunteer",
    )  # fmt: skip
    _refused(_run(capsys, any_context, "person", "edit", "nour@example.org", "--batch", "Nope",
                  "--city", "Lyon"), "no batch")  # fmt: skip


def test_person_remove_prints_what_went_with_them(
    any_context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    build(any_context)
    status, out, err = _run(
        capsys, any_context, "person", "remove", "nour@example.org", "--batch", BATCH
    )
    assert (status, err) == (0, "")
    assert out == (
        "Nour Blanc (nour@example.org) removed from 'Promo janvier 2027', with 1 duo, "
        "3 meetings and 1 feedback answer\n"
    )
    _refused(
        _run(capsys, any_context, "person", "remove", "nour@example.org", "--batch", BATCH),
        "not a volunteer",
    )
    status, out, _ = _run(
        capsys, any_context, "person", "remove", "julien@example.org", "--batch", BATCH, "--json"
    )
    assert json.loads(out) == {
        "email": "julien@example.org", "name": "Julien Petit",
        "duos": 0, "meetings": 0, "feedback": 0,
    }  # fmt: skip


def test_person_commands_refused_on_a_closed_batch(
    context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    build(context, BatchStatus.CLOSED)
    _refused(
        _run(capsys, context, "person", "remove", "nour@example.org", "--batch", BATCH),
        "is closed",
    )
    _refused(
        _run(capsys, context, "person", "edit", "nour@example.org", "--batch", BATCH,
             "--city", "Lyon"),
        "is closed",
    )  # fmt: skip
