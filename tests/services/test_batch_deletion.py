"""Deleting a batch: what it takes with it, the copy made first, and the other batch untouched."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentordesk.app import AppContext
from mentordesk.services import batch_deletion
from mentordesk.services.demo import DEMO_BATCH, DemoBatch
from mentordesk.services.errors import MentorDeskError, NotFound
from mentordesk.storage.database import sqlite_path
from mentordesk.storage.models import Person

TODAY = date(2026, 12, 7)


def _demo(context: AppContext) -> tuple[int, DemoBatch]:
    result = context.demo.create(today=TODAY, language="fr")
    assert result.current is not None
    return result.finished.id, result.current


def _people(context: AppContext) -> int:
    with context.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Person)) or 0


def test_counts_say_what_goes_with_the_finished_batch(any_context: AppContext) -> None:
    finished, _ = _demo(any_context)
    counts = any_context.batch_deletion.deletion_counts(finished)
    assert (counts.batch, counts.volunteers, counts.duos, counts.feedback) == (
        DEMO_BATCH,
        93,
        50,
        82,
    )
    assert counts.meetings == any_context.demo.create().finished.meetings
    assert counts.people == 93 - 6  # six mentors came back for the current batch


def test_deleting_a_batch_keeps_the_other_one_whole(any_context: AppContext) -> None:
    finished, current = _demo(any_context)
    before = any_context.batches.volunteers(current.id)
    people = _people(any_context)

    deletion = any_context.batch_deletion.delete_batch(finished)

    assert deletion.counts.volunteers == 93
    assert [b.id for b in any_context.batches.list_batches()] == [current.id]
    after = any_context.batches.volunteers(current.id)
    assert after == before
    assert _people(any_context) == people - deletion.counts.people


def test_sqlite_is_copied_beside_itself_first(context: AppContext) -> None:
    finished, _ = _demo(context)
    deletion = context.batch_deletion.delete_batch(finished)
    path = sqlite_path(context.url)
    assert path is not None and deletion.backup is not None
    assert deletion.backup.parent == path.parent
    assert "before-deletion" in deletion.backup.name
    copy = sqlite3.connect(deletion.backup)
    try:
        names = {name for (name,) in copy.execute("SELECT name FROM batch")}
    finally:
        copy.close()
    assert DEMO_BATCH in names


def test_a_server_database_is_not_copied(postgres_context: AppContext) -> None:
    finished, _ = _demo(postgres_context)
    assert postgres_context.batch_deletion.delete_batch(finished).backup is None


def test_an_unknown_batch_is_refused_before_any_copy(context: AppContext, tmp_path: Path) -> None:
    _demo(context)
    with pytest.raises(NotFound):
        context.batch_deletion.delete_batch(999)
    assert not list(tmp_path.glob("*backup*"))


def test_no_copy_no_deletion(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    finished, _ = _demo(context)

    def refuse(_path: Path, _tag: str | None) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(batch_deletion, "backup_sqlite", refuse)
    with pytest.raises(MentorDeskError, match="disk full"):
        context.batch_deletion.delete_batch(finished)
    assert len(context.batches.list_batches()) == 2
