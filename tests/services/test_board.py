"""The curation board of the demo batch, its suggestions and its proposal."""

from __future__ import annotations

from mentordesk.app import AppContext
from mentordesk.services.board import board_of
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.services.proposals import propose
from mentordesk.services.suggestions import (
    suggest_for_mentee,
)


def test_the_demo_batch_board(demo_context: AppContext) -> None:
    snapshot = demo_context.matching.snapshot(demo_context.batches.id_of(DEMO_BATCH))
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
