"""Suggested partners for one volunteer: scored, ranked and explained.

The board ranks from the snapshot it holds; the matching service from a lean read of the
other side (:mod:`mentordesk.services.matching_candidates`). Both rank with
:func:`best_partners`, then explain the chosen few.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from mentordesk.i18n import Text, as_language, current_language
from mentordesk.matching.profiles import People
from mentordesk.matching.reasons import SEPARATOR
from mentordesk.matching.scoring import pair_details, score_matrix
from mentordesk.matching.settings import MatchSettings
from mentordesk.services.matching_snapshot import BatchSnapshot, Participant

MENTOR_FULL = Text(
    en="no place left ({count} of {capacity} taken)",
    fr="plus de place libre ({count} sur {capacity})",
)
MENTEE_PAIRED = Text(en="already paired with {mentor}", fr="déjà en duo avec {mentor}")

DEFAULT_TOP = 10


@dataclass(frozen=True)
class Suggestion:
    mentor: Participant
    mentee: Participant
    score: float
    reasons: tuple[str, ...]
    available: bool
    """The mentor has room left (suggestions for a mentee), or the mentee waits (for a mentor)."""
    room: int
    """The mentor's places left (without this pair)."""
    partner: Participant | None
    """For a suggested mentee who already has a mentor: that mentor."""
    taken: str = ""
    """Why the suggested person is not free, in words ("" when they are)."""

    @property
    def said(self) -> tuple[str, ...]:
        """The reasons, then what makes the suggested person not free, if anything."""
        return (*self.reasons, self.taken) if self.taken else self.reasons

    def as_json(self, *, with_availability: bool = False) -> dict[str, object]:
        found: dict[str, object] = {
            "mentor": self.mentor.email,
            "mentee": self.mentee.email,
            "score": round(self.score, 2),
            "reasons": list(self.said),
        }
        if with_availability:
            found["available"] = self.available
        return found


@dataclass(frozen=True)
class Ranking:
    """How the candidates of one person are chosen and ordered."""

    usable: npt.NDArray[np.bool_]
    """Who may be suggested at all (active, not excluded, not already their partner)."""
    available: npt.NDArray[np.bool_]
    """Who is free: mentors with room, mentees waiting. They come first."""
    include_taken: bool
    top: int | None


def explain(
    snapshot: BatchSnapshot, mentor_id: int, mentee_id: int, language: str | None = None
) -> tuple[float, list[str]]:
    """A pair's score and its reasons."""
    mentor_row, mentee_row = snapshot.mentor_rows[mentor_id], snapshot.mentee_rows[mentee_id]
    details = pair_details(
        snapshot.mentor_people, snapshot.mentee_people, mentor_row, mentee_row, snapshot.settings
    )
    return details.score, snapshot.explainer.reasons(mentor_row, mentee_row, details, language)


def reasons_text(reasons: Sequence[str]) -> str:
    return SEPARATOR.join(reasons)


def suggest_for_mentee(
    snapshot: BatchSnapshot,
    mentee_id: int,
    top: int | None = DEFAULT_TOP,
    *,
    include_taken: bool = False,
    language: str | None = None,
) -> list[Suggestion]:
    """The mentors for this mentee, those with room first, then by score.

    Never suggested: withdrawn mentors, excluded pairs, pairs breaking a hard rule, and
    the mentee's current mentor.
    """
    mentee = snapshot.mentee(mentee_id)
    if not mentee.active:
        return []
    usable = np.array([p.active for p in snapshot.mentors], dtype=bool)
    for mentor_id, excluded_mentee in snapshot.exclusions:
        if excluded_mentee == mentee_id and mentor_id in snapshot.mentor_rows:
            usable[snapshot.mentor_rows[mentor_id]] = False
    for duo in snapshot.duos_of_mentee.get(mentee_id, ()):
        usable[snapshot.mentor_rows[duo.mentor_id]] = False
    rows = best_partners(
        snapshot.mentor_people,
        snapshot.mentee_people.take([snapshot.mentee_rows[mentee_id]]),
        True,
        snapshot.settings,
        Ranking(usable, _mentor_room(snapshot) > 0, include_taken, top),
    )
    return [
        suggestion(snapshot, snapshot.mentors[r].participation_id, mentee_id, language, True)
        for r in rows
    ]


def suggest_for_mentor(
    snapshot: BatchSnapshot,
    mentor_id: int,
    top: int | None = DEFAULT_TOP,
    *,
    include_taken: bool = False,
    language: str | None = None,
) -> list[Suggestion]:
    """The mentees for this mentor, those still waiting first, then by score."""
    mentor = snapshot.mentor(mentor_id)
    if not mentor.active:
        return []
    usable = np.array([p.active for p in snapshot.mentees], dtype=bool)
    for excluded_mentor, mentee_id in snapshot.exclusions:
        if excluded_mentor == mentor_id and mentee_id in snapshot.mentee_rows:
            usable[snapshot.mentee_rows[mentee_id]] = False
    for duo in snapshot.duos_of_mentor.get(mentor_id, ()):
        usable[snapshot.mentee_rows[duo.mentee_id]] = False
    waiting = np.array(
        [p.participation_id not in snapshot.duos_of_mentee for p in snapshot.mentees], dtype=bool
    )
    rows = best_partners(
        snapshot.mentee_people,
        snapshot.mentor_people.take([snapshot.mentor_rows[mentor_id]]),
        False,
        snapshot.settings,
        Ranking(usable, waiting, include_taken, top),
    )
    return [
        suggestion(snapshot, mentor_id, snapshot.mentees[r].participation_id, language, False)
        for r in rows
    ]


def partner_suggestions(
    snapshot: BatchSnapshot,
    participation_id: int,
    top: int | None = DEFAULT_TOP,
    language: str | None = None,
) -> list[Suggestion]:
    """Fresh suggestions for someone whose partner withdrew mid-batch.

    People still free come first (mentees waiting, mentors with room); then, so that the
    list is never empty while someone fits, those already paired, each saying so.
    """
    if participation_id in snapshot.mentee_rows:
        return suggest_for_mentee(
            snapshot, participation_id, top, include_taken=True, language=language
        )
    return suggest_for_mentor(
        snapshot, participation_id, top, include_taken=True, language=language
    )


def best_partners(
    candidates: People,
    person: People,
    person_is_mentee: bool,
    settings: MatchSettings,
    ranking: Ranking,
) -> list[int]:
    """The rows of ``candidates`` to suggest to ``person`` (arrays of one row), best first.

    The board's suggestions (from its snapshot) and the service's (read lean from the
    database) both come from here, so they are scored and ranked alike.
    """
    if person_is_mentee:
        table = score_matrix(candidates, person, settings)
        scores, allowed = table.scores[:, 0], table.allowed[:, 0]
    else:
        table = score_matrix(person, candidates, settings)
        scores, allowed = table.scores[0], table.allowed[0]
    allowed = allowed & ranking.usable
    if not ranking.include_taken:
        allowed &= ranking.available
    return _ranked(np.flatnonzero(allowed), scores, ranking.available, ranking.top)


def suggestion(
    snapshot: BatchSnapshot,
    mentor_id: int,
    mentee_id: int,
    language: str | None,
    for_mentee: bool,
) -> Suggestion:
    """For a mentee, a mentor is available with room left; for a mentor, a mentee who waits."""
    score, reasons = explain(snapshot, mentor_id, mentee_id, language)
    partners = snapshot.duos_of_mentee.get(mentee_id, ())
    room = snapshot.room(mentor_id)
    mentor = snapshot.mentor(mentor_id)
    partner = snapshot.mentor(partners[0].mentor_id) if partners else None
    available = room > 0 if for_mentee else partner is None
    taken = ""
    if not available:
        lang = as_language(language) if language else current_language()
        taken = (
            MENTOR_FULL(lang, count=snapshot.used(mentor_id), capacity=mentor.capacity)
            if for_mentee
            else MENTEE_PAIRED(lang, mentor=partner.name if partner else "")
        )
    return Suggestion(
        mentor=mentor,
        mentee=snapshot.mentee(mentee_id),
        score=score,
        reasons=tuple(reasons),
        available=available,
        room=room,
        partner=partner,
        taken=taken,
    )


def _mentor_room(snapshot: BatchSnapshot) -> npt.NDArray[np.intp]:
    capacity = np.array([p.capacity for p in snapshot.mentors], dtype=np.intp)
    used = np.zeros(len(snapshot.mentors), dtype=np.intp)
    for mentor_id, duos in snapshot.duos_of_mentor.items():
        used[snapshot.mentor_rows[mentor_id]] = len(duos)
    return capacity - used


def _ranked(
    rows: npt.NDArray[np.intp],
    scores: npt.NDArray[np.float64],
    available: npt.NDArray[np.bool_],
    top: int | None,
) -> list[int]:
    """Available first, then best score, then the order of application (never chance)."""
    ranked = rows[np.lexsort((rows, -scores[rows], ~available[rows]))]
    chosen: list[int] = (ranked if top is None else ranked[: max(top, 0)]).tolist()
    return chosen
