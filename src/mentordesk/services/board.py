"""The curation board of a batch, built from its snapshot: who waits, who has room, the duos."""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.domain.enums import BatchStatus
from mentordesk.domain.figures import COUNTED_STATES
from mentordesk.i18n import as_language, current_language
from mentordesk.matching.scoring import score_pairs
from mentordesk.services.conflicts import PairConflict, covers_no_need, duo_conflicts
from mentordesk.services.matching_snapshot import BatchSnapshot, DuoRecord, Participant


@dataclass(frozen=True)
class MentorView:
    mentor: Participant
    used: int

    @property
    def room(self) -> int:
        return self.mentor.capacity - self.used


@dataclass(frozen=True)
class DuoView:
    duo: DuoRecord
    mentor: Participant
    mentee: Participant
    score: float
    conflicts: tuple[PairConflict, ...]


@dataclass(frozen=True)
class Board:
    """The curation board of a batch: who waits, who has room, the current duos.

    ``ended`` holds the duos that ended early (someone withdrew, or a duo that had met was
    unpaired): no longer current, but formed all the same, so that the board counts the
    duos formed as the figures do (:mod:`mentordesk.domain.figures`).
    """

    snapshot: BatchSnapshot
    waiting: tuple[Participant, ...]
    mentors: tuple[MentorView, ...]
    duos: tuple[DuoView, ...]
    withdrawn: tuple[Participant, ...]
    ended: tuple[DuoView, ...] = ()

    @property
    def closed(self) -> bool:
        """A closed batch is read only: its duos no longer change."""
        return self.snapshot.status is BatchStatus.CLOSED

    @property
    def formed(self) -> int:
        """The duos formed, as the figures count them: confirmed or ended, early or not."""
        return sum(1 for view in (*self.duos, *self.ended) if view.duo.state in COUNTED_STATES)


def board_of(snapshot: BatchSnapshot, language: str | None = None) -> Board:
    waiting = tuple(
        p
        for p in snapshot.mentees
        if p.active and p.participation_id not in snapshot.duos_of_mentee
    )
    mentors = tuple(
        MentorView(mentor=p, used=snapshot.used(p.participation_id))
        for p in snapshot.mentors
        if p.active
    )
    withdrawn = tuple(p for p in (*snapshot.mentors, *snapshot.mentees) if not p.active)
    return Board(
        snapshot,
        waiting,
        mentors,
        _current_views(snapshot, language),
        withdrawn,
        _ended_views(snapshot),
    )


def _current_views(snapshot: BatchSnapshot, language: str | None) -> tuple[DuoView, ...]:
    """The current duos, scored; conflicts are worded only for the duos that have some."""
    lang = as_language(language) if language else current_language()
    duos = snapshot.current_duos
    mentor_rows = [snapshot.mentor_rows[duo.mentor_id] for duo in duos]
    mentee_rows = [snapshot.mentee_rows[duo.mentee_id] for duo in duos]
    scored = score_pairs(
        snapshot.mentor_people, snapshot.mentee_people, mentor_rows, mentee_rows, snapshot.settings
    )
    uncovered = covers_no_need(snapshot, mentor_rows, mentee_rows)
    views = []
    for k, duo in enumerate(duos):
        clean = (
            bool(scored.allowed[k])
            and not uncovered[k]
            and duo.pair not in snapshot.exclusions
            and snapshot.used(duo.mentor_id) <= snapshot.mentor(duo.mentor_id).capacity
            and len(snapshot.duos_of_mentee.get(duo.mentee_id, ())) == 1
        )
        views.append(
            DuoView(
                duo=duo,
                mentor=snapshot.mentor(duo.mentor_id),
                mentee=snapshot.mentee(duo.mentee_id),
                score=float(scored.scores[k]),
                conflicts=() if clean else tuple(duo_conflicts(snapshot, duo, lang)),
            )
        )
    return tuple(views)


def _ended_views(snapshot: BatchSnapshot) -> tuple[DuoView, ...]:
    """The duos formed that ended early, as history: scored, never in conflict."""
    ended = [d for d in snapshot.duos if not d.current and d.state in COUNTED_STATES]
    scored = score_pairs(
        snapshot.mentor_people,
        snapshot.mentee_people,
        [snapshot.mentor_rows[duo.mentor_id] for duo in ended],
        [snapshot.mentee_rows[duo.mentee_id] for duo in ended],
        snapshot.settings,
    )
    return tuple(
        DuoView(
            duo=duo,
            mentor=snapshot.mentor(duo.mentor_id),
            mentee=snapshot.mentee(duo.mentee_id),
            score=float(scored.scores[k]),
            conflicts=(),
        )
        for k, duo in enumerate(ended)
    )
