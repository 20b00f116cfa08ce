"""The batch-wide view of the matching: every active pair's score, and the best set of duos."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from mentordesk.matching.scoring import ScoreMatrix, score_matrix
from mentordesk.matching.solver import solve
from mentordesk.services.matching_snapshot import BatchSnapshot, Participant


@dataclass(frozen=True)
class ProposedPair:
    mentor: Participant
    mentee: Participant
    score: float
    kept: bool
    """An existing duo the proposal keeps (pinned, or already met)."""


@dataclass(frozen=True)
class Proposal:
    batch_id: int
    pairs: tuple[ProposedPair, ...]
    unmatched: tuple[Participant, ...]
    total: float
    fingerprint: str

    @property
    def matched(self) -> int:
        return len(self.pairs)

    def as_json(self) -> dict[str, object]:
        return {
            "pairs": [
                {"mentor": p.mentor.email, "mentee": p.mentee.email, "score": round(p.score, 2)}
                for p in self.pairs
            ],
            "matched": self.matched,
            "unmatched": [person.email for person in self.unmatched],
            "total": round(self.total, 2),
        }


@dataclass(frozen=True)
class ScoreTable:
    mentors: tuple[Participant, ...]
    mentees: tuple[Participant, ...]
    scores: npt.NDArray[np.float64]
    allowed: npt.NDArray[np.bool_]

    def as_json(self) -> dict[str, object]:
        return {
            "mentors": [p.email for p in self.mentors],
            "mentees": [p.email for p in self.mentees],
            "scores": np.round(self.scores, 2).tolist(),
        }


def propose(snapshot: BatchSnapshot) -> Proposal:
    """The best duos for the whole batch, keeping pinned duos and duos that already met.

    Excluded pairs are never proposed; a mentor keeps every fixed duo even beyond their
    capacity.
    """
    mentor_rows, mentee_rows, table = _active_scores(snapshot)
    mentor_at = {snapshot.mentors[row].participation_id: k for k, row in enumerate(mentor_rows)}
    mentee_at = {snapshot.mentees[row].participation_id: k for k, row in enumerate(mentee_rows)}
    allowed = table.allowed
    for mentor_id, mentee_id in snapshot.exclusions:
        if mentor_id in mentor_at and mentee_id in mentee_at:
            allowed[mentor_at[mentor_id], mentee_at[mentee_id]] = False
    kept: dict[int, tuple[int, int]] = {}
    for duo in snapshot.current_duos:
        if duo.fixed and duo.mentee_id not in kept:
            kept[duo.mentee_id] = (mentor_at[duo.mentor_id], mentee_at[duo.mentee_id])
    capacity = np.array([snapshot.mentors[row].capacity for row in mentor_rows], dtype=np.intp)
    pins_per_mentor = np.bincount(
        np.array([k for k, _ in kept.values()], dtype=np.intp), minlength=len(mentor_rows)
    )
    capacity = np.maximum(capacity, pins_per_mentor)
    chosen = solve(table.scores, capacity, allowed, list(kept.values()))
    kept_pairs = set(kept.values())
    pairs = tuple(
        ProposedPair(
            mentor=snapshot.mentors[mentor_rows[i]],
            mentee=snapshot.mentees[mentee_rows[j]],
            score=float(table.scores[i, j]),
            kept=(i, j) in kept_pairs,
        )
        for i, j in chosen
    )
    matched = {j for _, j in chosen}
    unmatched = tuple(
        snapshot.mentees[row] for k, row in enumerate(mentee_rows) if k not in matched
    )
    return Proposal(
        batch_id=snapshot.batch_id,
        pairs=pairs,
        unmatched=unmatched,
        total=float(sum(pair.score for pair in pairs)),
        fingerprint=snapshot.fingerprint,
    )


def scores_of(snapshot: BatchSnapshot) -> ScoreTable:
    """Every active mentor (rows) against every active mentee (columns)."""
    mentor_rows, mentee_rows, table = _active_scores(snapshot)
    return ScoreTable(
        mentors=tuple(snapshot.mentors[row] for row in mentor_rows),
        mentees=tuple(snapshot.mentees[row] for row in mentee_rows),
        scores=table.scores,
        allowed=table.allowed,
    )


def _active_scores(snapshot: BatchSnapshot) -> tuple[list[int], list[int], ScoreMatrix]:
    """The rows of the active mentors and mentees, and the scores between them."""
    mentor_rows = [row for row, p in enumerate(snapshot.mentors) if p.active]
    mentee_rows = [row for row, p in enumerate(snapshot.mentees) if p.active]
    table = score_matrix(
        snapshot.mentor_people.take(mentor_rows),
        snapshot.mentee_people.take(mentee_rows),
        snapshot.settings,
    )
    return mentor_rows, mentee_rows, table
