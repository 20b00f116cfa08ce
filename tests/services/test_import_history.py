"""Imports recorded and reverted; one e-mail under two names asked about, never merged."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, Role
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from mentordesk.services.import_kinds import ImportChoice, NewBatch
from mentordesk.services.questionnaire_import import QuestionnairePlan
from mentordesk.services.same_email import SameEmailQuestion
from mentordesk.storage.models import (
    Batch,
    Duo,
    ImportChange,
    Meeting,
    Participation,
    ParticipationTopic,
    Person,
)
from tests.io import exports

BATCH = "Promo janvier 2027"
HEADERS = ["Adresse e-mail", "Prénom", "Nom", "Rôle", "Capacité", "Ville", "Thématiques"]
FIRST = [
    ["romain.rousseau@example.fr", "Romain", "Rousseau", "Mentor", "2", "Lyon", "Fixer son TJM"],
    ["lea.moreau@example.fr", "Léa", "Moreau", "Mentorée", "", "Paris", "GitHub"],
    ["sami.haddad@example.fr", "Sami", "Haddad", "Mentoré", "", "Nantes", "Soft skills"],
]


def write(tmp_path: Path, name: str, rows: list[list[str]]) -> Path:
    return exports.write_csv(tmp_path / name, [HEADERS, *rows])


def dump(context: AppContext, batch: str = BATCH) -> dict[str, Any]:
    """Every person and every answer of the batch, to compare before and after."""
    with context.unit_of_work() as uow:
        session = uow.session
        people = sorted(
            session.execute(select(Person.id, Person.email, Person.first_name, Person.last_name))
        )
        answers = []
        for row in session.scalars(
            select(Participation).join(Batch).where(Batch.name == batch).order_by(Participation.id)
        ):
            columns = {c.key: getattr(row, c.key) for c in Participation.__table__.columns}
            topics = session.scalars(
                select(ParticipationTopic.topic_id)
                .where(ParticipationTopic.participation_id == row.id)
                .order_by(ParticipationTopic.position)
            )
            answers.append((columns, list(topics)))
        return {"people": people, "answers": answers}


def batch_id(context: AppContext, name: str = BATCH) -> int:
    return context.batches.id_of(name)


def names(context: AppContext) -> dict[str, str]:
    return {
        v.email: f"{v.first_name} {v.last_name}"
        for v in context.batches.volunteers(context.batches.id_of(BATCH))
    }


def test_nour_blanc_is_not_merged_into_romain_rousseau_silently(
    any_context: AppContext, tmp_path: Path
) -> None:
    any_context.imports.import_file(write(tmp_path, "inscriptions.csv", FIRST), NewBatch(BATCH))
    nour = ["romain.rousseau@example.fr", "Nour", "Blanc", "Mentorée", "", "Lille", "GitHub"]
    path = write(tmp_path, "relance.csv", [nour])
    service = any_context.imports
    plan = service.plan(service.open(path), NewBatch(BATCH))
    assert isinstance(plan, QuestionnairePlan)
    assert plan.questions == (
        SameEmailQuestion(
            2, "relance", "romain.rousseau@example.fr", "Romain Rousseau", "Nour Blanc"
        ),
    )
    before = dump(any_context)

    with pytest.raises(InvalidInput) as refused:
        service.import_file(path, NewBatch(BATCH))
    message = str(refused.value)
    assert "row 2: romain.rousseau@example.fr is already Romain Rousseau's address" in message
    assert "--same-person 2" in message
    assert dump(any_context) == before

    with pytest.raises(InvalidInput) as refused:
        service.import_file(path, NewBatch(BATCH), same_person={2: False})
    message = str(refused.value)
    assert "row 2: Nour Blanc is not Romain Rousseau" in message
    assert "romain.rousseau@example.fr" in message
    assert dump(any_context) == before
    lea = ["lea.moreau@example.fr", "Léa", "Moreau", "Mentorée", "", "Lyon", "GitHub"]
    both = write(tmp_path, "relance-2.csv", [nour, lea])
    partly = service.import_file(both, NewBatch(BATCH))
    assert (partly.updated, partly.skipped) == (1, 1)
    assert "set aside until you say" in partly.problems[0].message
    assert names(any_context)["romain.rousseau@example.fr"] == "Romain Rousseau"

    same = service.import_file(path, NewBatch(BATCH), same_person={2: True})
    assert (same.updated, same.skipped) == (1, 0)
    assert names(any_context)["romain.rousseau@example.fr"] == "Nour Blanc"


def test_two_names_for_one_email_in_the_same_file_are_asked_about(
    context: AppContext, tmp_path: Path
) -> None:
    nour = ["romain.rousseau@example.fr", "Nour", "Blanc", "Mentorée", "", "Lille", "GitHub"]
    path = write(tmp_path, "doublons.csv", [*FIRST, nour])
    preview = context.imports.preview(context.imports.open(path), ImportChoice(NewBatch(BATCH)))
    assert [(q.row, q.stored_name, q.new_name) for q in preview.questions] == [
        (5, "Romain Rousseau", "Nour Blanc")
    ]
    assert preview.skipped == 1
    answered = context.imports.answer_questions(preview, {5: False})
    assert answered.skipped == 1 and answered.writes == 3
    assert "Nour Blanc is not Romain Rousseau" in answered.problems[0].message
    outcome = context.imports.run(answered)
    assert outcome.created == 3
    assert names(context)["romain.rousseau@example.fr"] == "Romain Rousseau"


def test_the_same_person_keeps_the_latest_answer(context: AppContext, tmp_path: Path) -> None:
    renamed = ["romain.rousseau@example.fr", "Romain", "Rousseau-Blanc", "Mentor", "3", "Lille", ""]
    path = write(tmp_path, "doublons.csv", [*FIRST, renamed])
    different_case = ["sami.haddad@example.fr", "SAMI", "haddad", "Mentoré", "", "Nantes", ""]
    other = write(tmp_path, "casse.csv", [different_case])
    context.imports.import_file(other, NewBatch(BATCH))
    outcome = context.imports.import_file(path, NewBatch(BATCH), same_person={5: True})
    assert outcome.skipped == 0
    found = {v.email: v for v in context.batches.volunteers(context.batches.id_of(BATCH))}
    assert found["romain.rousseau@example.fr"].last_name == "Rousseau-Blanc"
    assert found["romain.rousseau@example.fr"].city == "Lille"
    assert any("more than once" in p.message for p in outcome.problems)


def test_reverting_an_import_restores_the_exact_previous_state(
    any_context: AppContext, tmp_path: Path
) -> None:
    first = any_context.imports.import_file(
        write(tmp_path, "inscriptions.csv", FIRST), NewBatch(BATCH)
    )
    assert first.import_id is not None
    before = dump(any_context)
    second_rows = [
        ["romain.rousseau@example.fr", "Romain", "ROUSSEAU", "Mentor", "3", "Grenoble",
         "GitHub;Soft skills"],
        ["lea.moreau@example.fr", "Léa", "Moreau", "Mentorée", "", "Paris", "GitHub"],
        ["nina.petit@example.fr", "Nina", "Petit", "Mentorée", "", "Lille", "Fixer son TJM"],
        ["omar.diallo@example.fr", "Omar", "Diallo", "Mentor", "1", "Rennes", "GitHub"],
    ]  # fmt: skip
    second = any_context.imports.import_file(
        write(tmp_path, "relance.csv", second_rows), NewBatch(BATCH), coordinator="Claire"
    )
    assert (second.created, second.updated, second.unchanged) == (2, 1, 1)
    assert second.import_id is not None
    with any_context.unit_of_work() as uow:
        actions = sorted(
            uow.session.scalars(
                select(ImportChange.action).where(ImportChange.import_id == second.import_id)
            )
        )
    assert actions == ["participation_created"] * 2 + ["participation_updated"] + [
        "person_created"
    ] * 2 + ["person_updated"]
    history = any_context.import_history
    assert history.revert_problem(second.import_id) is None
    summary = history.revert(second.import_id)
    assert summary.reverted_at is not None and summary.coordinator == "Claire"
    assert dump(any_context) == before

    assert "already reverted" in (history.revert_problem(second.import_id) or "")
    with pytest.raises(Conflict, match="already reverted"):
        history.revert(second.import_id)
    history.revert(first.import_id)
    assert dump(any_context) == {"people": [], "answers": []}


def test_history_lists_the_imports_newest_first(context: AppContext, tmp_path: Path) -> None:
    first = context.imports.import_file(
        write(tmp_path, "a.csv", FIRST), NewBatch(BATCH), coordinator="A"
    )
    second = context.imports.import_file(write(tmp_path, "b.csv", FIRST[:1]), NewBatch(BATCH))
    dry = context.imports.import_file(
        write(tmp_path, "c.csv", FIRST[:1]), NewBatch(BATCH), dry_run=True
    )
    assert dry.import_id is None
    found = context.import_history.history(batch_id(context))
    assert [(s.id, s.file, s.kind) for s in found] == [
        (second.import_id, "b.csv", "questionnaire"),
        (first.import_id, "a.csv", "questionnaire"),
    ]
    assert (found[1].created, found[1].updated, found[1].coordinator) == (3, 0, "A")
    assert found[0].at >= found[1].at and found[0].reverted_at is None
    with pytest.raises(NotFound):
        context.import_history.revert_problem(999)


def _pair(context: AppContext, mentor: str, mentee: str) -> None:
    with context.unit_of_work() as uow:
        session = uow.session
        ids = dict(
            session.execute(select(Person.email, Participation.id).join(Participation.person)).all()
        )
        batch = session.scalars(select(Batch).where(Batch.name == BATCH)).one()
        session.add(Duo(batch_id=batch.id, mentor_id=ids[mentor], mentee_id=ids[mentee]))
        uow.commit()


def test_revert_is_refused_once_a_duo_uses_a_person_it_created(
    any_context: AppContext, tmp_path: Path
) -> None:
    outcome = any_context.imports.import_file(write(tmp_path, "a.csv", FIRST), NewBatch(BATCH))
    assert outcome.import_id is not None
    _pair(any_context, "romain.rousseau@example.fr", "lea.moreau@example.fr")
    before = dump(any_context)
    problem = any_context.import_history.revert_problem(outcome.import_id)
    assert problem is not None and "is now in a duo" in problem
    with pytest.raises(Conflict, match="is now in a duo"):
        any_context.import_history.revert(outcome.import_id)
    assert dump(any_context) == before
    assert any_context.import_history.history(batch_id(any_context))[0].reverted_at is None


def test_revert_is_refused_in_a_closed_batch_and_after_a_later_import(
    context: AppContext, tmp_path: Path
) -> None:
    from mentordesk.i18n import set_language

    first = context.imports.import_file(write(tmp_path, "a.csv", FIRST), NewBatch(BATCH))
    moved = [[*FIRST[1][:5], "Marseille", "GitHub"]]
    later = context.imports.import_file(write(tmp_path, "b.csv", moved), NewBatch(BATCH))
    assert first.import_id is not None and later.import_id is not None
    problem = context.import_history.revert_problem(first.import_id)
    assert problem is not None and "by a later import (b.csv" in problem
    with context.unit_of_work() as uow:
        uow.session.execute(update(Batch).values(status=BatchStatus.CLOSED))
        uow.commit()
    before = dump(context)
    with pytest.raises(Conflict, match="is closed"):
        context.import_history.revert(later.import_id)
    set_language("fr")
    try:
        assert "est close" in (context.import_history.revert_problem(later.import_id) or "")
    finally:
        set_language("en")
    assert dump(context) == before
    with context.unit_of_work() as uow:
        uow.session.execute(update(Batch).values(status=BatchStatus.RUNNING))
        uow.commit()
    context.import_history.revert(later.import_id)
    assert context.import_history.revert_problem(first.import_id) is None


def test_revert_is_refused_when_an_updated_answer_changed_since(
    context: AppContext, tmp_path: Path
) -> None:
    context.imports.import_file(write(tmp_path, "a.csv", FIRST), NewBatch(BATCH))
    moved = [[*FIRST[1][:5], "Marseille", "GitHub"]]
    later = context.imports.import_file(write(tmp_path, "b.csv", moved), NewBatch(BATCH))
    assert later.import_id is not None
    with context.unit_of_work() as uow:
        uow.session.execute(
            update(Participation).values(city="Toulon").where(Participation.role == Role.MENTEE)
        )
        uow.commit()
    problem = context.import_history.revert_problem(later.import_id)
    assert (
        problem == "Léa Moreau was changed since this import: reverting it would lose that change"
    )


def test_a_meetings_import_is_reverted(context: AppContext, tmp_path: Path) -> None:
    from tests.services.running_batch import BATCH as RUNNING
    from tests.services.running_batch import PlannedDuo, build

    build(context, [PlannedDuo("anna.martin", "bob.durand", ("2026-09-15",))])
    rows = [
        ["E-mail du mentor", "E-mail du mentoré", "Date", "Durée"],
        ["anna.martin@example.org", "bob.durand@example.org", "01/10/2026", "45"],
        ["anna.martin@example.org", "bob.durand@example.org", "15/10/2026", "30"],
    ]
    path = exports.write_csv(tmp_path / "rencontres.csv", rows)
    outcome = context.meeting_import.import_file(
        path, context.batches.id_of(RUNNING), today=date(2026, 11, 2)
    )
    assert outcome.created == 2 and outcome.import_id is not None
    summary = context.import_history.history(batch_id(context, RUNNING))[0]
    assert (summary.kind, summary.created) == ("meetings", 2)
    context.import_history.revert(outcome.import_id)
    with context.unit_of_work() as uow:
        dates = uow.session.scalars(select(Meeting.date)).all()
    assert dates == [date(2026, 9, 15)]
