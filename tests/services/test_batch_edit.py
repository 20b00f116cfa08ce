"""Changing a batch's name, dates, status and programme's name at once, all or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus
from mentordesk.services.batch_edit import BatchChanges
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from tests.services.running_batch import BATCH, END, START, PlannedDuo, build


def test_a_batch_is_renamed_with_the_rules_of_a_new_name(any_context: AppContext) -> None:
    any_context.batches.create_batch("Promo printemps", date(2026, 3, 2))
    any_context.batches.create_batch("Promo automne", date(2026, 9, 7))
    renamed = any_context.batches.rename_batch(
        any_context.batches.id_of("promo automne"), "  Promo   automne 2026 "
    )
    assert renamed.name == "Promo automne 2026"
    assert renamed.start == date(2026, 9, 7)
    assert any_context.batches.rename_batch(
        any_context.batches.id_of(renamed.name), "PROMO AUTOMNE 2026"
    ).name == ("PROMO AUTOMNE 2026")
    for name, message in [
        ("", "a batch needs a name"),
        ("y" * 201, "at most 200 characters"),
        ("promo PRINTEMPS", "a batch named 'promo PRINTEMPS' already exists"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            any_context.batches.rename_batch(any_context.batches.id_of("PROMO AUTOMNE 2026"), name)
    assert [b.name for b in any_context.batches.list_batches()] == [
        "PROMO AUTOMNE 2026",
        "Promo printemps",
    ]
    with pytest.raises(NotFound):
        any_context.batches.rename_batch(any_context.batches.id_of("Promo automne"), "Autre")


def test_everything_changes_at_once(any_context: AppContext) -> None:
    build(any_context, [PlannedDuo("anna.martin", "bob.durand", meetings=("2026-09-20",))])
    summary = any_context.batch_edit.edit(
        any_context.batches.id_of(BATCH),
        BatchChanges(
            name="Promo automne 2026-27",
            start=date(2026, 9, 14),
            end=date(2027, 1, 31),
            status=BatchStatus.CLOSED,
            programme="Freelances & Co",
        ),
    )
    assert (summary.name, summary.programme, summary.start, summary.end, summary.status) == (
        "Promo automne 2026-27",
        "Freelances & Co",
        date(2026, 9, 14),
        date(2027, 1, 31),
        BatchStatus.CLOSED,
    )
    timeline = any_context.timeline.timeline(any_context.batches.id_of("Promo automne 2026-27"))
    assert (timeline.start, timeline.kickoff, timeline.programme) == (
        date(2026, 9, 14),
        date(2026, 9, 14),
        "Freelances & Co",
    )


def test_only_a_name_leaves_the_dates_alone(context: AppContext) -> None:
    build(context, [PlannedDuo("anna.martin", "bob.durand", meetings=("2026-09-01",))])
    summary = context.batch_edit.edit(context.batches.id_of(BATCH), BatchChanges(name="Promo A"))
    assert (summary.name, summary.start, summary.end) == ("Promo A", START, END)


@pytest.mark.parametrize(
    ("changes", "refusal", "message"),
    [
        (
            BatchChanges(name="Promo B", start=date(2026, 10, 1)),
            Conflict,
            "before moving the batch.s start",
        ),
        (
            BatchChanges(name="Promo B", end=date(2026, 9, 1)),
            InvalidInput,
            "is before the start date",
        ),
        (BatchChanges(name="Promo B", programme="   "), InvalidInput, "a programme needs a name"),
        (BatchChanges(name="Promo B", programme="Rival"), InvalidInput, "already named 'Rival'"),
        (BatchChanges(name="Other", status=BatchStatus.CLOSED), InvalidInput, "already exists"),
    ],
)
def test_a_refused_change_keeps_nothing(
    any_context: AppContext, changes: BatchChanges, refusal: type[Exception], message: str
) -> None:
    build(any_context, [PlannedDuo("anna.martin", "bob.durand", meetings=("2026-09-20",))])
    any_context.batches.create_batch("Other", date(2026, 1, 5), programme="Rival")
    before = any_context.batches.get(any_context.batches.id_of(BATCH))
    with pytest.raises(refusal, match=message):
        any_context.batch_edit.edit(any_context.batches.id_of(BATCH), changes)
    assert any_context.batches.get(any_context.batches.id_of(BATCH)) == before
    assert any_context.timeline.timeline(any_context.batches.id_of(BATCH)).kickoff == START
