"""Editing, withdrawing and removing a volunteer: each rule, each refusal, each undo."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, FormatPreference, Role
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from mentordesk.services.volunteer_edit import VolunteerChanges
from mentordesk.storage.models import Base
from tests.services.volunteer_batch import Ids, build


def dump(context: AppContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, to compare a database before and after."""
    with context.unit_of_work() as uow:
        return {
            table.name: sorted((tuple(row) for row in uow.session.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def ids(any_context: AppContext) -> Ids:
    return build(any_context)


def test_edit_names_email_city_topics_capacity_format_languages(
    any_context: AppContext, ids: Ids
) -> None:
    service = any_context.volunteer_edit
    before = dump(any_context)
    edit = service.edit(
        ids.batch,
        ids.thomas,
        VolunteerChanges(
            first_name="  Thomas ",
            last_name="Le Roy",
            email=" Thomas.LEROY@Example.org ",
            city="bordeaux",
            topics=["tjm", "Décrocher sa première mission", "TARIFS"],
            capacity=3,
            format_preference=FormatPreference.REMOTE,
            languages=["fr", "en"],
        ),
    )
    after = edit.after
    assert (after.first_name, after.last_name) == ("Thomas", "Le Roy")
    assert after.email == "thomas.leroy@example.org"
    assert after.city == "Bordeaux"
    assert after.country == "FR" and after.latitude is not None
    assert after.topics == ("Fixer son TJM", "Décrocher sa première mission")
    assert after.capacity == 3
    assert after.format_preference is FormatPreference.REMOTE
    assert after.languages == ("fr", "en")
    assert edit.volunteer.email == "thomas.leroy@example.org"
    assert edit.volunteer.topics == after.topics
    details = service.details(ids.batch, ids.thomas)
    assert details.fields == after

    service.apply_edit(edit.inverse())
    assert dump(any_context) == before
    service.apply_edit(edit)
    assert service.details(ids.batch, ids.thomas).fields == after


def test_unknown_city_is_kept_as_written_with_a_warning(any_context: AppContext, ids: Ids) -> None:
    edit = any_context.volunteer_edit.edit(ids.batch, ids.nour, VolunteerChanges(city="Zzyzxville"))
    assert edit.after.city == "Zzyzxville"
    assert edit.after.latitude is None and edit.after.country == ""
    assert "Zzyzxville" in edit.warnings[0]


def test_an_email_held_by_another_person_is_refused(any_context: AppContext, ids: Ids) -> None:
    before = dump(any_context)
    with pytest.raises(Conflict, match="Romain Rousseau"):
        any_context.volunteer_edit.edit(
            ids.batch, ids.nour, VolunteerChanges(email="ROMAIN@example.org")
        )
    with pytest.raises(InvalidInput, match="not a valid e-mail"):
        any_context.volunteer_edit.edit(ids.batch, ids.nour, VolunteerChanges(email="nour@"))
    assert dump(any_context) == before


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (VolunteerChanges(first_name=" ", last_name=""), "first or a last name"),
        (VolunteerChanges(topics=["Fixer son TJM", "Jardinage"]), "Jardinage: not a topic"),
        (VolunteerChanges(capacity=2), "only a mentor has a capacity"),
        (VolunteerChanges(first_name="x" * 201), "at most 200"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    context: AppContext, changes: VolunteerChanges, message: str
) -> None:
    ids = build(context)
    before = dump(context)
    with pytest.raises(InvalidInput, match=message):
        context.volunteer_edit.edit(ids.batch, ids.julien, changes)
    assert dump(context) == before


def test_capacity_out_of_range_is_refused(context: AppContext) -> None:
    ids = build(context)
    with pytest.raises(InvalidInput, match="between 0 and 50"):
        context.volunteer_edit.edit(ids.batch, ids.thomas, VolunteerChanges(capacity=-1))


def test_role_changes_only_outside_any_duo(any_context: AppContext, ids: Ids) -> None:
    service = any_context.volunteer_edit
    with pytest.raises(Conflict, match="in a duo with Thomas Leroy"):
        service.edit(ids.batch, ids.nour, VolunteerChanges(role=Role.MENTOR))
    with pytest.raises(Conflict, match="excluded pair with Nour Blanc"):
        service.edit(ids.batch, ids.claire, VolunteerChanges(role=Role.MENTEE))
    assert service.details(ids.batch, ids.nour).role_locked_by is not None
    assert service.details(ids.batch, ids.julien).role_locked_by is None

    before = dump(any_context)
    edit = service.edit(ids.batch, ids.julien, VolunteerChanges(role=Role.MENTOR, capacity=2))
    assert (edit.after.role, edit.after.capacity) == (Role.MENTOR, 2)
    back = service.apply_edit(edit.inverse())
    assert (back.after.role, back.after.capacity) == (Role.MENTEE, None)
    assert dump(any_context) == before


def test_an_edit_never_overwrites_a_change_made_meanwhile(context: AppContext) -> None:
    ids = build(context)
    service = context.volunteer_edit
    seen = service.details(ids.batch, ids.julien).fields
    first = service.edit(ids.batch, ids.julien, VolunteerChanges(city="Rennes"), expected=seen)
    with pytest.raises(Conflict, match="changed elsewhere"):
        service.edit(ids.batch, ids.julien, VolunteerChanges(last_name="Grand"), expected=seen)
    service.edit(ids.batch, ids.julien, VolunteerChanges(last_name="Grand"))
    with pytest.raises(Conflict, match="changed elsewhere"):
        service.apply_edit(first.inverse())


def test_a_closed_batch_refuses_every_write(context: AppContext) -> None:
    ids = build(context, BatchStatus.CLOSED)
    service = context.volunteer_edit
    before = dump(context)
    for write in (
        lambda: service.edit(ids.batch, ids.nour, VolunteerChanges(first_name="N")),
        lambda: service.withdraw(ids.batch, ids.nour),
        lambda: service.remove(ids.batch, ids.nour),
    ):
        with pytest.raises(Conflict, match="is closed"):
            write()
    assert dump(context) == before


def test_withdraw_reuses_the_curation_and_is_undone(any_context: AppContext, ids: Ids) -> None:
    service = any_context.volunteer_edit
    before = dump(any_context)
    changes = service.withdraw(ids.batch, ids.julien)
    assert service.details(ids.batch, ids.julien).withdrawn_on is not None
    with pytest.raises(InvalidInput, match="already withdrawn"):
        service.withdraw(ids.batch, ids.julien)
    service.apply_changes(changes.inverse())
    assert dump(any_context) == before


def test_removal_states_its_consequences_and_is_undone_exactly(
    any_context: AppContext, ids: Ids
) -> None:
    service = any_context.volunteer_edit
    consequences = service.removal_consequences(ids.batch, ids.nour)
    assert (consequences.duos, consequences.meetings, consequences.feedback) == (1, 3, 1)
    assert consequences.describe("fr") == "1 duo, 3 rencontres et 1 retour"
    assert consequences.describe("en") == "1 duo, 3 meetings and 1 feedback answer"
    assert service.removal_consequences(ids.batch, ids.julien).describe("fr") == "rien d'autre"

    before = dump(any_context)
    removal = service.remove(ids.batch, ids.nour, expected=consequences)
    gone = dump(any_context)
    assert len(gone["participation"]) == len(before["participation"]) - 1
    assert gone["meeting"] == [] and gone["duo"] == [] and gone["message_sent"] == []
    assert gone["excluded_pair"] == []
    assert len(gone["feedback"]) == 1  # Thomas's answer stays, without its duo
    assert len(gone["person"]) == len(before["person"])  # Nour stays known
    with pytest.raises(NotFound):
        service.details(ids.batch, ids.nour)

    volunteer = service.restore(removal)
    assert volunteer.email == "nour@example.org"
    assert dump(any_context) == before


def test_removal_refuses_when_its_consequences_changed(context: AppContext) -> None:
    ids = build(context)
    service = context.volunteer_edit
    told = service.removal_consequences(ids.batch, ids.julien)
    context.curation.assign(ids.batch, ids.claire, ids.julien, accept_warnings=True)
    with pytest.raises(Conflict, match="changed since it was counted"):
        service.remove(ids.batch, ids.julien, expected=told)


def test_restore_refused_once_the_person_is_back(context: AppContext) -> None:
    ids = build(context)
    service = context.volunteer_edit
    removal = service.remove(ids.batch, ids.julien)
    with context.unit_of_work() as uow:
        from mentordesk.storage.models import Participation, Person

        person = uow.session.scalars(
            select(Person).where(Person.email == "julien@example.org")
        ).one()
        uow.session.add(Participation(batch_id=ids.batch, person_id=person.id, role=Role.MENTEE))
        uow.commit()
    with pytest.raises(Conflict, match="cannot be undone"):
        service.restore(removal)


def test_unknown_volunteer_and_email(context: AppContext) -> None:
    ids = build(context)
    service = context.volunteer_edit
    assert service.participation_id(ids.batch, " NOUR@example.org") == ids.nour
    with pytest.raises(NotFound, match="not a volunteer"):
        service.participation_id(ids.batch, "romain@example.org")
    with pytest.raises(NotFound):
        service.details(ids.batch, 9999)
