"""Suggestions on a batch whose best duos are known by hand, from the service and the board."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, Role
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.services.suggestions import (
    partner_suggestions,
    suggest_for_mentee,
    suggest_for_mentor,
)
from mentordesk.storage.models import Participation, ParticipationTopic, Person
from mentordesk.storage.queries import find_batch
from tests.services.matching_batch import BATCH, EARLIER, build, email


@pytest.fixture
def ids(any_context: AppContext) -> dict[str, int]:
    return build(any_context, earlier_duo=("bruno", "farid"))


def test_suggestions_for_a_mentee_rank_mentors_with_room_and_explain(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    suggestions = any_context.matching.suggest(
        any_context.batches.id_of(BATCH), mentee=email("emma"), language="fr"
    )
    assert [s.as_json() for s in suggestions] == [
        {
            "mentor": email("alice"),
            "mentee": email("emma"),
            "score": 80.0,
            "reasons": [
                "couvre 2 besoins sur 3 : Fixer son TJM, GitHub",
                "tous deux à Lyon",
                "parlent français",
            ],
        },
        {
            "mentor": email("bruno"),
            "mentee": email("emma"),
            "score": 52.0,
            "reasons": [
                "couvre 1 besoin sur 3 : Améliorer son CV",
                "Paris et Lyon, à 391 km",
                "parlent français",
            ],
        },
    ]
    assert [s.room for s in suggestions] == [2, 1]
    english = any_context.matching.suggest(
        any_context.batches.id_of(BATCH), mentee=email("emma"), top=1, language="en"
    )
    assert english[0].reasons == (
        "covers 2 of 3 needs: Fixer son TJM, GitHub",
        "both in Lyon",
        "both speak French",
    )


def test_full_excluded_and_rule_breaking_mentors_are_not_suggested(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.assign(any_context.batches.id_of(BATCH), ids["bruno"], ids["farid"])
    any_context.curation.exclude(any_context.batches.id_of(BATCH), ids["alice"], ids["emma"])
    suggest = any_context.matching.suggest
    assert (
        suggest(any_context.batches.id_of(BATCH), mentee=email("emma")) == []
    )  # bruno full, alice excluded, chloe German
    taken = suggest(any_context.batches.id_of(BATCH), mentee=email("emma"), include_taken=True)
    assert [(s.mentor.email, s.available, s.room) for s in taken] == [(email("bruno"), False, 0)]


def test_mid_batch_withdrawal_gives_the_partner_fresh_suggestions_waiting_first(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.apply_proposal(any_context.batches.id_of(BATCH))
    changes = any_context.curation.withdraw(
        any_context.batches.id_of(BATCH), ids["farid"], date(2026, 10, 12)
    )
    assert [(c.mentor_id, c.mentee_id) for c in changes.pairs] == [(ids["bruno"], ids["farid"])]
    fresh = any_context.matching.suggest(
        any_context.batches.id_of(BATCH), mentor=email("bruno"), include_taken=True
    )
    assert fresh[0].mentee.email == email("emma")  # the one still waiting comes first
    assert fresh[0].available and fresh[0].partner is None
    assert all(not s.available and s.partner is not None for s in fresh[1:])
    assert email("farid") not in {s.mentee.email for s in fresh}
    board = any_context.matching.board(any_context.batches.id_of(BATCH))
    assert [p.email for p in board.waiting] == [email("emma")]
    assert [p.email for p in board.withdrawn] == [email("farid")]
    assert {m.mentor.email: m.room for m in board.mentors}[email("bruno")] == 1


def test_a_partner_with_nobody_free_left_still_gets_suggestions_saying_who_is_taken(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.apply_proposal(
        any_context.batches.id_of(BATCH)
    )  # alice: gael, hugo · bruno: farid · chloe: ines
    any_context.curation.withdraw(
        any_context.batches.id_of(BATCH), ids["bruno"], date(2026, 10, 12)
    )
    # farid is free again, and no mentor has room left: the taken ones are suggested, marked
    farid, fresh = any_context.matching.partner_suggestions(
        any_context.batches.id_of(BATCH), ids["farid"], language="en"
    )
    assert farid.email == email("farid")
    assert [(s.mentor.email, s.available) for s in fresh] == [(email("alice"), False)]
    assert fresh[0].as_json(with_availability=True) == {
        "mentor": email("alice"),
        "mentee": email("farid"),
        "score": fresh[0].as_json()["score"],
        "reasons": [*fresh[0].reasons, "no place left (2 of 2 taken)"],
        "available": False,
    }
    assert fresh[0].reasons[0].startswith("does not cover the need")
    snapshot = any_context.matching.snapshot(any_context.batches.id_of(BATCH))
    assert partner_suggestions(snapshot, ids["farid"], language="en") == fresh
    assert (
        any_context.matching.suggest(any_context.batches.id_of(BATCH), mentee=email("farid")) == []
    )  # free ones only


def test_a_mentor_whose_mentee_left_sees_who_waits_then_who_is_paired(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.apply_proposal(any_context.batches.id_of(BATCH))
    any_context.curation.withdraw(
        any_context.batches.id_of(BATCH), ids["farid"], date(2026, 10, 12)
    )
    bruno, fresh = any_context.matching.partner_suggestions(
        any_context.batches.id_of(BATCH), ids["bruno"], language="fr"
    )
    assert bruno.email == email("bruno")
    assert [(s.mentee.email, s.available, s.taken) for s in fresh] == [
        (email("emma"), True, ""),
        (email("gael"), False, "déjà en duo avec Alice Test"),
        (email("hugo"), False, "déjà en duo avec Alice Test"),
    ]
    snapshot = any_context.matching.snapshot(any_context.batches.id_of(BATCH))
    assert partner_suggestions(snapshot, ids["bruno"], language="fr") == fresh


def _every_suggestion(context: AppContext, batch: str, include_taken: bool) -> None:
    """The service (reading lean) suggests exactly what the board (on its snapshot) does."""
    snapshot = context.matching.snapshot(context.batches.id_of(batch))
    for mentee in snapshot.mentees:
        if mentee.active:
            assert context.matching.suggest(
                context.batches.id_of(batch),
                mentee=mentee.email,
                top=None,
                include_taken=include_taken,
                language="fr",
            ) == suggest_for_mentee(
                snapshot, mentee.participation_id, None, include_taken=include_taken, language="fr"
            ), mentee.email
    for mentor in snapshot.mentors:
        if mentor.active:
            assert context.matching.suggest(
                context.batches.id_of(batch),
                mentor=mentor.email,
                top=5,
                include_taken=include_taken,
                language="en",
            ) == suggest_for_mentor(
                snapshot, mentor.participation_id, 5, include_taken=include_taken, language="en"
            ), mentor.email


@pytest.mark.slow
@pytest.mark.parametrize("include_taken", [False, True])
def test_the_service_suggests_what_the_board_suggests(
    demo_context: AppContext, include_taken: bool
) -> None:
    with demo_context.unit_of_work() as uow:  # the demo batch is closed: reopen it to exclude
        demo = find_batch(uow.session, DEMO_BATCH)
        assert demo is not None
        demo.status = BatchStatus.RUNNING
        uow.commit()
    demo_context.curation.exclude_many(
        demo_context.batches.id_of(DEMO_BATCH),
        [
            (s.mentor.participation_id, s.mentee.participation_id, s.reason)
            for s in demo_context.matching.suggested_exclusions(
                demo_context.batches.id_of(DEMO_BATCH)
            )
        ],
    )
    _every_suggestion(demo_context, DEMO_BATCH, include_taken)


def test_suggestions_ignore_other_batches_volunteers_read_along_the_way(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    """Another batch's volunteer whose id falls among this batch's, with topics of their own."""
    with any_context.unit_of_work() as uow:
        session = uow.session
        earlier, batch = find_batch(session, EARLIER), find_batch(session, BATCH)
        assert earlier is not None and batch is not None
        topics = sorted(set(session.scalars(select(ParticipationTopic.topic_id))))
        # zed (earlier batch) offers every topic; yan, read after zed, offers the first only
        for key, target, offered in (("zed", earlier, topics), ("yan", batch, topics[:1])):
            person = Person(email=f"{key}@example.org", first_name=key.title(), last_name="Test")
            participation = Participation(
                batch=target, person=person, role=Role.MENTOR, capacity=1, city="Lyon"
            )
            participation.languages = ["fr"]
            participation.topic_links = [
                ParticipationTopic(topic_id=topic, position=k) for k, topic in enumerate(offered)
            ]
            session.add(participation)
            session.flush()
        uow.commit()
    _every_suggestion(any_context, BATCH, True)


def test_roles_come_from_the_batch_never_from_an_email(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    matching = any_context.matching
    with pytest.raises(InvalidInput, match="is not a mentor"):
        matching.suggest(any_context.batches.id_of(BATCH), mentor="mentor.fan@example.org")
    found = matching.suggest(any_context.batches.id_of(BATCH), mentee="Mentor.Fan@Example.org ")
    assert found[0].mentee.email == "mentor.fan@example.org"
    with pytest.raises(NotFound, match=r"nobody@example\.org"):
        matching.suggest(any_context.batches.id_of(BATCH), mentee="nobody@example.org")
    with pytest.raises(NotFound, match="Nowhere"):
        matching.propose(any_context.batches.id_of("Nowhere"))
