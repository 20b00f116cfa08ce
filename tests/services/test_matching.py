"""Suggestions, scores and the proposal on a batch whose best duos are known by hand."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, Role
from mentordesk.matching.settings import MatchSettings, Rules
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.services.matching import (
    ConflictKind,
    board_of,
    pair_conflicts,
    partner_suggestions,
    propose,
    suggest_for_mentee,
    suggest_for_mentor,
)
from mentordesk.storage.models import Participation, ParticipationTopic, Person
from mentordesk.storage.queries import find_batch
from tests.services.matching_batch import BATCH, EARLIER, build, email


@pytest.fixture
def ids(any_context: AppContext) -> dict[str, int]:
    return build(any_context, earlier_duo=("bruno", "farid"))


def test_scores_have_one_row_per_mentor(any_context: AppContext, ids: dict[str, int]) -> None:
    table = any_context.matching.scores(BATCH).as_json()
    assert table["mentors"] == [email(k) for k in ("alice", "bruno", "chloe")]
    assert table["mentees"] == [email(k) for k in ("emma", "farid", "gael", "hugo", "ines")]
    scores = table["scores"]
    assert isinstance(scores, list) and len(scores) == 3 and all(len(row) == 5 for row in scores)
    # alice covers 2 of emma's 3 needs, same city, same language and format: 4 + 2 + 1 + 1
    assert scores[0][0] == 80.0
    assert scores[1][1] == 100.0


def test_the_proposal_is_the_best_one_known_by_hand(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    proposal = any_context.matching.propose(BATCH)
    pairs = {(p.mentor.email, p.mentee.email) for p in proposal.pairs}
    # chloe and ines speak only German: they must be together; alice takes gael and hugo
    # (100 + 92) rather than emma (80); everyone but emma is matched.
    assert pairs == {
        (email("alice"), email("gael")),
        (email("alice"), email("hugo")),
        (email("bruno"), email("farid")),
        (email("chloe"), email("ines")),
    }
    assert proposal.as_json() == {
        "pairs": [
            {"mentor": email("alice"), "mentee": email("gael"), "score": 100.0},
            {"mentor": email("alice"), "mentee": email("hugo"), "score": 92.0},
            {"mentor": email("bruno"), "mentee": email("farid"), "score": 100.0},
            {"mentor": email("chloe"), "mentee": email("ines"), "score": 100.0},
        ],
        "matched": 4,
        "unmatched": [email("emma")],
        "total": 392.0,
    }


def test_the_proposal_keeps_pins_and_obeys_exclusions_and_withdrawals(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    curation = any_context.curation
    curation.assign(BATCH, ids["alice"], ids["emma"])  # formed by hand: pinned
    curation.exclude(BATCH, ids["alice"], ids["gael"], "they know each other")
    curation.withdraw(BATCH, ids["farid"], date(2026, 9, 1))
    proposal = any_context.matching.propose(BATCH)
    pairs = {(p.mentor.email, p.mentee.email): p for p in proposal.pairs}
    assert pairs[(email("alice"), email("emma"))].kept
    assert (email("alice"), email("gael")) not in pairs
    assert email("farid") not in {p.mentee.email for p in proposal.pairs}
    assert email("farid") not in {p.email for p in proposal.unmatched}
    assert set(pairs) == {
        (email("alice"), email("emma")),
        (email("alice"), email("hugo")),
        (email("bruno"), email("gael")),
        (email("chloe"), email("ines")),
    }


def test_suggestions_for_a_mentee_rank_mentors_with_room_and_explain(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    suggestions = any_context.matching.suggest(BATCH, mentee=email("emma"), language="fr")
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
    english = any_context.matching.suggest(BATCH, mentee=email("emma"), top=1, language="en")
    assert english[0].reasons == (
        "covers 2 of 3 needs: Fixer son TJM, GitHub",
        "both in Lyon",
        "both speak French",
    )


def test_full_excluded_and_rule_breaking_mentors_are_not_suggested(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.assign(BATCH, ids["bruno"], ids["farid"])
    any_context.curation.exclude(BATCH, ids["alice"], ids["emma"])
    suggest = any_context.matching.suggest
    assert suggest(BATCH, mentee=email("emma")) == []  # bruno full, alice excluded, chloe German
    taken = suggest(BATCH, mentee=email("emma"), include_taken=True)
    assert [(s.mentor.email, s.available, s.room) for s in taken] == [(email("bruno"), False, 0)]


def test_mid_batch_withdrawal_gives_the_partner_fresh_suggestions_waiting_first(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.apply_proposal(BATCH)
    changes = any_context.curation.withdraw(BATCH, ids["farid"], date(2026, 10, 12))
    assert [(c.mentor_id, c.mentee_id) for c in changes.pairs] == [(ids["bruno"], ids["farid"])]
    fresh = any_context.matching.suggest(BATCH, mentor=email("bruno"), include_taken=True)
    assert fresh[0].mentee.email == email("emma")  # the one still waiting comes first
    assert fresh[0].available and fresh[0].partner is None
    assert all(not s.available and s.partner is not None for s in fresh[1:])
    assert email("farid") not in {s.mentee.email for s in fresh}
    board = any_context.matching.board(BATCH)
    assert [p.email for p in board.waiting] == [email("emma")]
    assert [p.email for p in board.withdrawn] == [email("farid")]
    assert {m.mentor.email: m.room for m in board.mentors}[email("bruno")] == 1


def test_a_partner_with_nobody_free_left_still_gets_suggestions_saying_who_is_taken(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.apply_proposal(BATCH)  # alice: gael, hugo · bruno: farid · chloe: ines
    any_context.curation.withdraw(BATCH, ids["bruno"], date(2026, 10, 12))
    # farid is free again, and no mentor has room left: the taken ones are suggested, marked
    farid, fresh = any_context.matching.partner_suggestions(BATCH, ids["farid"], language="en")
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
    snapshot = any_context.matching.snapshot(BATCH)
    assert partner_suggestions(snapshot, ids["farid"], language="en") == fresh
    assert any_context.matching.suggest(BATCH, mentee=email("farid")) == []  # free ones only


def test_a_mentor_whose_mentee_left_sees_who_waits_then_who_is_paired(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.apply_proposal(BATCH)
    any_context.curation.withdraw(BATCH, ids["farid"], date(2026, 10, 12))
    bruno, fresh = any_context.matching.partner_suggestions(BATCH, ids["bruno"], language="fr")
    assert bruno.email == email("bruno")
    assert [(s.mentee.email, s.available, s.taken) for s in fresh] == [
        (email("emma"), True, ""),
        (email("gael"), False, "déjà en duo avec Alice Test"),
        (email("hugo"), False, "déjà en duo avec Alice Test"),
    ]
    snapshot = any_context.matching.snapshot(BATCH)
    assert partner_suggestions(snapshot, ids["bruno"], language="fr") == fresh


def _every_suggestion(context: AppContext, batch: str, include_taken: bool) -> None:
    """The service (reading lean) suggests exactly what the board (on its snapshot) does."""
    snapshot = context.matching.snapshot(batch)
    for mentee in snapshot.mentees:
        if mentee.active:
            assert context.matching.suggest(
                batch, mentee=mentee.email, top=None, include_taken=include_taken, language="fr"
            ) == suggest_for_mentee(
                snapshot, mentee.participation_id, None, include_taken=include_taken, language="fr"
            ), mentee.email
    for mentor in snapshot.mentors:
        if mentor.active:
            assert context.matching.suggest(
                batch, mentor=mentor.email, top=5, include_taken=include_taken, language="en"
            ) == suggest_for_mentor(
                snapshot, mentor.participation_id, 5, include_taken=include_taken, language="en"
            ), mentor.email


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
        DEMO_BATCH,
        [
            (s.mentor.participation_id, s.mentee.participation_id, s.reason)
            for s in demo_context.matching.suggested_exclusions(DEMO_BATCH)
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


def test_conflicts_say_what_is_refused_and_what_is_only_a_warning(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    any_context.curation.assign(BATCH, ids["bruno"], ids["farid"])
    any_context.curation.exclude(BATCH, ids["alice"], ids["gael"], "voisins")
    snapshot = any_context.matching.snapshot(BATCH)
    kinds = {
        pair: [(c.kind, c.blocking) for c in pair_conflicts(snapshot, *pair, "en")]
        for pair in [
            (ids["bruno"], ids["emma"]),
            (ids["chloe"], ids["emma"]),
            (ids["alice"], ids["gael"]),
            (ids["bruno"], ids["farid"]),
            (ids["alice"], ids["emma"]),
        ]
    }
    assert kinds[(ids["bruno"], ids["emma"])] == [(ConflictKind.CAPACITY, False)]
    assert kinds[(ids["chloe"], ids["emma"])] == [(ConflictKind.RULE, False)]
    assert kinds[(ids["alice"], ids["gael"])] == [(ConflictKind.EXCLUDED, True)]
    assert kinds[(ids["bruno"], ids["farid"])] == [(ConflictKind.ALREADY_DUO, True)]
    assert kinds[(ids["alice"], ids["emma"])] == []
    messages = [c.message for c in pair_conflicts(snapshot, ids["alice"], ids["gael"], "fr")]
    assert messages == ["paire exclue : voisins"]
    capacity = pair_conflicts(snapshot, ids["bruno"], ids["emma"], "fr")[0].message
    assert capacity == "Bruno Test aurait 2 mentoré(e)s pour 1 place"


def test_rules_come_from_the_batch_settings(any_context: AppContext, ids: dict[str, int]) -> None:
    relaxed = MatchSettings(rules=Rules(share_language=False))
    any_context.curation.save_settings(BATCH, relaxed)
    assert any_context.matching.snapshot(BATCH).settings == relaxed
    german = any_context.matching.suggest(BATCH, mentee=email("emma"), include_taken=True)
    assert email("chloe") in {s.mentor.email for s in german}
    strict = MatchSettings(rules=Rules(share_language=True, cover_a_need=True))
    any_context.curation.save_settings(BATCH, strict)
    proposal = any_context.matching.propose(BATCH)
    assert all(p.score > 0 for p in proposal.pairs)


def test_roles_come_from_the_batch_never_from_an_email(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    matching = any_context.matching
    with pytest.raises(InvalidInput, match="is not a mentor"):
        matching.suggest(BATCH, mentor="mentor.fan@example.org")
    found = matching.suggest(BATCH, mentee="Mentor.Fan@Example.org ")
    assert found[0].mentee.email == "mentor.fan@example.org"
    with pytest.raises(NotFound, match=r"nobody@example\.org"):
        matching.suggest(BATCH, mentee="nobody@example.org")
    with pytest.raises(NotFound, match="Nowhere"):
        matching.propose("Nowhere")


def test_suggested_exclusions_find_colleagues_and_former_duos(
    any_context: AppContext, ids: dict[str, int]
) -> None:
    found = any_context.matching.suggested_exclusions(BATCH, "fr")
    assert [(s.mentor.email, s.mentee.email, s.reason) for s in found] == [
        (email("alice"), email("emma"), "même entreprise : Acme"),
        (email("bruno"), email("farid"), "déjà en duo dans « Promo précédente »"),
    ]
    applied = any_context.curation.exclude_many(
        BATCH, [(s.mentor.participation_id, s.mentee.participation_id, s.reason) for s in found]
    )
    assert len(applied.exclusions) == 2
    assert any_context.matching.suggested_exclusions(BATCH) == []


def test_the_demo_batch_board(demo_context: AppContext) -> None:
    snapshot = demo_context.matching.snapshot(DEMO_BATCH)
    board = board_of(snapshot, "fr")
    assert len(board.duos) == 48  # two duos ended early: their mentees wait again
    assert len(board.waiting) == 2 and len(board.withdrawn) == 5
    for mentee in board.waiting:
        suggestions = suggest_for_mentee(snapshot, mentee.participation_id, 3, language="fr")
        assert suggestions and all(s.room > 0 for s in suggestions)
        assert suggestions == sorted(suggestions, key=lambda s: -s.score)
    proposal = propose(snapshot)
    assert proposal.matched == 50 and proposal.unmatched == ()
    assert sum(p.kept for p in proposal.pairs) == 48
