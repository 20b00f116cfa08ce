"""Scores and the proposal on a batch whose best duos are known by hand."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.app import AppContext
from mentordesk.matching.settings import MatchSettings, Rules
from tests.services.matching_batch import BATCH, build, email


@pytest.fixture
def ids(any_context: AppContext) -> dict[str, int]:
    return build(any_context, earlier_duo=("bruno", "farid"))


def test_scores_have_one_row_per_mentor(any_context: AppContext, ids: dict[str, int]) -> None:
    table = any_context.matching.scores(any_context.batches.id_of(BATCH)).as_json()
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
    proposal = any_context.matching.propose(any_context.batches.id_of(BATCH))
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
    curation.assign(
        any_context.batches.id_of(BATCH), ids["alice"], ids["emma"]
    )  # formed by hand: pinned
    curation.exclude(
        any_context.batches.id_of(BATCH), ids["alice"], ids["gael"], "they know each other"
    )
    curation.withdraw(any_context.batches.id_of(BATCH), ids["farid"], date(2026, 9, 1))
    proposal = any_context.matching.propose(any_context.batches.id_of(BATCH))
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


def test_rules_come_from_the_batch_settings(any_context: AppContext, ids: dict[str, int]) -> None:
    relaxed = MatchSettings(rules=Rules(share_language=False))
    any_context.curation.save_settings(any_context.batches.id_of(BATCH), relaxed)
    assert any_context.matching.snapshot(any_context.batches.id_of(BATCH)).settings == relaxed
    german = any_context.matching.suggest(
        any_context.batches.id_of(BATCH), mentee=email("emma"), include_taken=True
    )
    assert email("chloe") in {s.mentor.email for s in german}
    strict = MatchSettings(rules=Rules(share_language=True, cover_a_need=True))
    any_context.curation.save_settings(any_context.batches.id_of(BATCH), strict)
    proposal = any_context.matching.propose(any_context.batches.id_of(BATCH))
    assert all(p.score > 0 for p in proposal.pairs)
