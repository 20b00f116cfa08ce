"""Feedback entered and corrected in the window: one answer per participant, checked."""

from __future__ import annotations

import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import Role
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.services.feedback import FeedbackInput
from tests.services import report_batch as crafted


def test_entries_list_every_participant_of_a_duo(any_context: AppContext) -> None:
    crafted.build(any_context)
    entries = any_context.feedback.entries(any_context.batches.id_of(crafted.BATCH))
    assert [(e.name, e.role, e.answered) for e in entries] == [
        ("Alice Mentor", Role.MENTOR, True),
        ("Dora Mentor", Role.MENTOR, True),
        ("Bruno Mentee", Role.MENTEE, True),
        ("Carla Mentee", Role.MENTEE, True),
        ("Emil Mentee", Role.MENTEE, True),
        ("Fanny Mentee", Role.MENTEE, True),
    ]
    alice = entries[0]
    assert alice.partners == ("Bruno Mentee", "Carla Mentee")
    assert (alice.rating, alice.comment, alice.may_quote) == (10, crafted.QUOTE_MENTOR, True)
    assert not alice.imported


def test_enter_then_correct_an_answer(context: AppContext) -> None:
    built = crafted.build(context, answers={})
    carla = built.participations["carla"]
    assert not context.feedback.entry(context.batches.id_of(crafted.BATCH), carla).answered
    entry = context.feedback.save(
        context.batches.id_of(crafted.BATCH),
        FeedbackInput(carla, rating=8, progressed_on=("CV", " cv ", "GitHub"), comment="  Top  "),
    )
    assert entry.answered and entry.duo_id == built.duos["alice/carla"]
    assert (entry.rating, entry.progressed_on, entry.comment) == (8, ("CV", "GitHub"), "Top")
    assert entry.submitted_at is not None
    corrected = context.feedback.save(
        context.batches.id_of(crafted.BATCH),
        FeedbackInput(carla, rating=9, comment="Top", may_quote=True),
    )
    assert (corrected.rating, corrected.may_quote) == (9, True)
    assert corrected.submitted_at == entry.submitted_at
    assert context.stats.figures(context.batches.id_of(crafted.BATCH)).respondents == 1


def test_may_quote_needs_a_comment(context: AppContext) -> None:
    built = crafted.build(context, answers={})
    entry = context.feedback.save(
        context.batches.id_of(crafted.BATCH),
        FeedbackInput(built.participations["bruno"], rating=9, may_quote=True),
    )
    assert entry.may_quote is False


@pytest.mark.parametrize("rating", [-1, 11, 7.5, True])
def test_ratings_out_of_ten_only(context: AppContext, rating: object) -> None:
    built = crafted.build(context, answers={})
    with pytest.raises(InvalidInput, match="whole number from 0 to 10"):
        context.feedback.save(
            context.batches.id_of(crafted.BATCH),
            FeedbackInput(built.participations["bruno"], rating=rating),  # type: ignore[arg-type]
        )


def test_duo_must_be_the_participants(context: AppContext) -> None:
    built = crafted.build(context, answers={})
    alice = built.participations["alice"]
    entry = context.feedback.save(
        context.batches.id_of(crafted.BATCH),
        FeedbackInput(alice, rating=9, duo_id=built.duos["alice/carla"]),
    )
    assert entry.duo_id == built.duos["alice/carla"]
    assert (
        context.feedback.save(
            context.batches.id_of(crafted.BATCH), FeedbackInput(alice, rating=9)
        ).duo_id
        is None
    )
    with pytest.raises(InvalidInput, match="Alice Mentor is not in that duo"):
        context.feedback.save(
            context.batches.id_of(crafted.BATCH),
            FeedbackInput(alice, rating=9, duo_id=built.duos["dora/emil"]),
        )


def test_other_batch_participants_are_refused(context: AppContext) -> None:
    built = crafted.build(context, answers={})
    context.demo.create()
    with pytest.raises(NotFound):
        context.feedback.save(
            context.batches.id_of("Promo printemps 2026"),
            FeedbackInput(built.participations["bruno"], 9),
        )


def test_delete(context: AppContext) -> None:
    built = crafted.build(context)
    dora = built.participations["dora"]
    context.feedback.delete(context.batches.id_of(crafted.BATCH), dora)
    assert not context.feedback.entry(context.batches.id_of(crafted.BATCH), dora).answered
    with pytest.raises(NotFound, match="Dora Mentor has no feedback to delete"):
        context.feedback.delete(context.batches.id_of(crafted.BATCH), dora)


def test_progress_choices(context: AppContext) -> None:
    crafted.build(context)
    context.demo.create()
    choices = context.feedback.progress_choices(context.batches.id_of("Promo printemps 2026"))
    assert "Fixer son TJM" in choices and "GitHub" in choices
    assert len(choices) == len({c.casefold() for c in choices})
