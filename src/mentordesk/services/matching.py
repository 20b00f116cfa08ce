"""Suggestions, scores and the batch-wide proposal, read from a batch snapshot.

The functions taking a :class:`BatchSnapshot` are pure: the window calls them on the
snapshot it holds (suggestions for the selection, conflicts while dragging), the service
methods call them on a snapshot they read, and the command line prints the result. One
person's suggestions through the service read less than a snapshot (see
:mod:`mentordesk.services.matching_candidates`), then rank with :func:`best_partners`, as
the board does, and explain the chosen few from a snapshot of them alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np
import numpy.typing as npt
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from mentordesk.domain.enums import BatchStatus, Role
from mentordesk.domain.figures import COUNTED_STATES
from mentordesk.domain.topics import topic_key
from mentordesk.i18n import Text, as_language, current_language
from mentordesk.matching.profiles import People
from mentordesk.matching.reasons import SEPARATOR, broken_rule_texts
from mentordesk.matching.scoring import pair_details, score_matrix, score_pairs
from mentordesk.matching.settings import MatchSettings
from mentordesk.matching.solver import solve
from mentordesk.services.errors import InvalidInput
from mentordesk.services.matching_candidates import (
    load_candidates,
    participation_by_email,
    without_collection,
)
from mentordesk.services.matching_snapshot import (
    NOT_A_MENTEE,
    NOT_A_MENTOR,
    BatchSnapshot,
    DuoRecord,
    Participant,
    find_batch_or_fail,
    load_snapshot,
)
from mentordesk.storage.models import Batch, Duo, Participation
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

WITHDRAWN = Text(en="{name} withdrew on {date}", fr="{name} s'est retiré(e) le {date}")
EXCLUDED = Text(en="excluded pair", fr="paire exclue")
EXCLUDED_BECAUSE = Text(en="excluded pair: {reason}", fr="paire exclue : {reason}")
OVER_CAPACITY = Text(
    en="{name} would have {count} mentees for {capacity} {places}",
    fr="{name} aurait {count} mentoré(e)s pour {capacity} {places}",
)
OVER_CAPACITY_NOW = Text(
    en="{name} has {count} mentees for {capacity} {places}",
    fr="{name} a {count} mentoré(e)s pour {capacity} {places}",
)
PLACE = Text(en="place", fr="place")
PLACES = Text(en="places", fr="places")
LIST_SEPARATOR = " · "
"""Between several messages: the same in both languages, unlike "; " (« ; » in French)."""
ALREADY_DUO = Text(en="they already form a duo", fr="ils forment déjà un duo")
SEVERAL_MENTORS = Text(en="{name} has {count} mentors", fr="{name} a {count} mentors")
SAME_COMPANY = Text(en="same company: {company}", fr="même entreprise : {company}")
PAIRED_BEFORE = Text(en="already paired in {batch}", fr="déjà en duo dans « {batch} »")
NEED_ONE_SIDE = Text(
    en="name either a mentee or a mentor", fr="indiquez soit une personne mentorée, soit un mentor"
)
NOT_ACTIVE = Text(en="{name} has withdrawn from the batch", fr="{name} s'est retiré(e) de la promo")
MENTOR_FULL = Text(
    en="no place left ({count} of {capacity} taken)",
    fr="plus de place libre ({count} sur {capacity})",
)
MENTEE_PAIRED = Text(en="already paired with {mentor}", fr="déjà en duo avec {mentor}")

DEFAULT_TOP = 10


class ConflictKind(StrEnum):
    WITHDRAWN = "withdrawn"
    EXCLUDED = "excluded"
    ALREADY_DUO = "already_duo"
    CAPACITY = "capacity"
    RULE = "rule"
    SEVERAL_MENTORS = "several_mentors"


BLOCKING = frozenset({ConflictKind.WITHDRAWN, ConflictKind.EXCLUDED, ConflictKind.ALREADY_DUO})
"""Refused outright. The other conflicts are allowed with a warning: the coordinator decides."""


@dataclass(frozen=True)
class PairConflict:
    kind: ConflictKind
    message: str

    @property
    def blocking(self) -> bool:
        return self.kind in BLOCKING


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
class ProposedPair:
    mentor: Participant
    mentee: Participant
    score: float
    kept: bool
    """An existing duo the proposal keeps (pinned, or already met)."""


@dataclass(frozen=True)
class Proposal:
    batch: str
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


@dataclass(frozen=True)
class ExclusionSuggestion:
    mentor: Participant
    mentee: Participant
    reason: str


# --------------------------------------------------------------------------- pure functions


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


def pair_conflicts(
    snapshot: BatchSnapshot,
    mentor_id: int,
    mentee_id: int,
    language: str | None = None,
    *,
    freed: int = 0,
) -> list[PairConflict]:
    """What pairing this mentor with this mentee would break, most serious first.

    The mentee's current mentor, if any, is left: the pair is a move, not a second duo.
    ``freed`` places of the mentor are about to be given up in the same action (a swap).
    """
    lang = _lang(language)
    mentor, mentee = snapshot.mentor(mentor_id), snapshot.mentee(mentee_id)
    found = _withdrawn(lang, mentor, mentee)
    if (mentor_id, mentee_id) in snapshot.exclusions:
        found.append(_excluded(snapshot, mentor_id, mentee_id, lang))
    if snapshot.current_duo(mentor_id, mentee_id) is not None:
        found.append(PairConflict(ConflictKind.ALREADY_DUO, ALREADY_DUO(lang)))
        return found
    count = snapshot.used(mentor_id) - freed + 1
    if count > mentor.capacity:
        found.append(
            PairConflict(
                ConflictKind.CAPACITY,
                OVER_CAPACITY(
                    lang,
                    name=mentor.name,
                    count=count,
                    capacity=mentor.capacity,
                    places=_places(mentor.capacity, lang),
                ),
            )
        )
    found.extend(_rule_conflicts(snapshot, mentor_id, mentee_id, lang))
    return found


def duo_conflicts(
    snapshot: BatchSnapshot, duo: DuoRecord, language: str | None = None
) -> list[PairConflict]:
    """What is wrong with a current duo as it stands."""
    lang = _lang(language)
    mentor, mentee = snapshot.mentor(duo.mentor_id), snapshot.mentee(duo.mentee_id)
    found: list[PairConflict] = []
    if duo.pair in snapshot.exclusions:
        found.append(_excluded(snapshot, duo.mentor_id, duo.mentee_id, lang))
    used = snapshot.used(duo.mentor_id)
    if used > mentor.capacity:
        found.append(
            PairConflict(
                ConflictKind.CAPACITY,
                OVER_CAPACITY_NOW(
                    lang,
                    name=mentor.name,
                    count=used,
                    capacity=mentor.capacity,
                    places=_places(mentor.capacity, lang),
                ),
            )
        )
    mentors = len(snapshot.duos_of_mentee.get(duo.mentee_id, ()))
    if mentors > 1:
        found.append(
            PairConflict(
                ConflictKind.SEVERAL_MENTORS, SEVERAL_MENTORS(lang, name=mentee.name, count=mentors)
            )
        )
    found.extend(_rule_conflicts(snapshot, duo.mentor_id, duo.mentee_id, lang))
    return found


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
    usable = _mentor_active(snapshot)
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
        _suggestion(snapshot, snapshot.mentors[r].participation_id, mentee_id, language, True)
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
        _suggestion(snapshot, mentor_id, snapshot.mentees[r].participation_id, language, False)
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


@dataclass(frozen=True)
class Ranking:
    """How the candidates of one person are chosen and ordered."""

    usable: npt.NDArray[np.bool_]
    """Who may be suggested at all (active, not excluded, not already their partner)."""
    available: npt.NDArray[np.bool_]
    """Who is free: mentors with room, mentees waiting. They come first."""
    include_taken: bool
    top: int | None


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


def propose(snapshot: BatchSnapshot) -> Proposal:
    """The best duos for the whole batch, keeping pinned duos and duos that already met."""
    mentor_rows = [row for row, p in enumerate(snapshot.mentors) if p.active]
    mentee_rows = [row for row, p in enumerate(snapshot.mentees) if p.active]
    mentor_at = {snapshot.mentors[row].participation_id: k for k, row in enumerate(mentor_rows)}
    mentee_at = {snapshot.mentees[row].participation_id: k for k, row in enumerate(mentee_rows)}
    table = score_matrix(
        snapshot.mentor_people.take(mentor_rows),
        snapshot.mentee_people.take(mentee_rows),
        snapshot.settings,
    )
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
        batch=snapshot.batch_name,
        pairs=pairs,
        unmatched=unmatched,
        total=float(sum(pair.score for pair in pairs)),
        fingerprint=snapshot.fingerprint,
    )


def scores_of(snapshot: BatchSnapshot) -> ScoreTable:
    """Every active mentor (rows) against every active mentee (columns)."""
    mentor_rows = [row for row, p in enumerate(snapshot.mentors) if p.active]
    mentee_rows = [row for row, p in enumerate(snapshot.mentees) if p.active]
    table = score_matrix(
        snapshot.mentor_people.take(mentor_rows),
        snapshot.mentee_people.take(mentee_rows),
        snapshot.settings,
    )
    return ScoreTable(
        mentors=tuple(snapshot.mentors[row] for row in mentor_rows),
        mentees=tuple(snapshot.mentees[row] for row in mentee_rows),
        scores=table.scores,
        allowed=table.allowed,
    )


def board_of(snapshot: BatchSnapshot, language: str | None = None) -> Board:
    lang = _lang(language)
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
    duos = snapshot.current_duos
    mentor_rows = [snapshot.mentor_rows[duo.mentor_id] for duo in duos]
    mentee_rows = [snapshot.mentee_rows[duo.mentee_id] for duo in duos]
    scored = score_pairs(
        snapshot.mentor_people, snapshot.mentee_people, mentor_rows, mentee_rows, snapshot.settings
    )
    views = []
    for k, duo in enumerate(duos):
        clean = (
            bool(scored.allowed[k])
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
    withdrawn = tuple(p for p in (*snapshot.mentors, *snapshot.mentees) if not p.active)
    return Board(snapshot, waiting, mentors, tuple(views), withdrawn, _ended_views(snapshot))


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


def _lang(language: str | None) -> str:
    return as_language(language) if language else current_language()


def _places(count: int, lang: str) -> str:
    return (PLACE if count == 1 else PLACES)(lang)


def _withdrawn(lang: str, *people: Participant) -> list[PairConflict]:
    return [
        PairConflict(
            ConflictKind.WITHDRAWN,
            WITHDRAWN(lang, name=p.name, date=_date(p.withdrawn_on)),
        )
        for p in people
        if p.withdrawn_on is not None
    ]


def _date(value: date) -> str:
    return value.isoformat()


def _excluded(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int, lang: str) -> PairConflict:
    reason = snapshot.exclusions[(mentor_id, mentee_id)]
    text = EXCLUDED_BECAUSE(lang, reason=reason) if reason else EXCLUDED(lang)
    return PairConflict(ConflictKind.EXCLUDED, text)


def _rule_conflicts(
    snapshot: BatchSnapshot, mentor_id: int, mentee_id: int, lang: str
) -> list[PairConflict]:
    details = pair_details(
        snapshot.mentor_people,
        snapshot.mentee_people,
        snapshot.mentor_rows[mentor_id],
        snapshot.mentee_rows[mentee_id],
        snapshot.settings,
    )
    return [
        PairConflict(ConflictKind.RULE, text)
        for text in broken_rule_texts(details.broken_rules, lang)
    ]


def _mentor_active(snapshot: BatchSnapshot) -> npt.NDArray[np.bool_]:
    return np.array([p.active for p in snapshot.mentors], dtype=bool)


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


def _suggestion(
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
        lang = _lang(language)
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


# --------------------------------------------------------------------------- the service


class MatchingService:
    """Reads a batch and answers the matching questions about it."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def snapshot(self, batch: str) -> BatchSnapshot:
        with self._uow() as uow:
            return load_snapshot(uow.session, find_batch_or_fail(uow.session, batch))

    def board(self, batch: str, language: str | None = None) -> Board:
        return board_of(self.snapshot(batch), language)

    def suggest(
        self,
        batch: str,
        *,
        mentee: str | None = None,
        mentor: str | None = None,
        top: int | None = DEFAULT_TOP,
        include_taken: bool = False,
        language: str | None = None,
    ) -> list[Suggestion]:
        """Suggestions for the mentee or the mentor with that e-mail, best first."""
        if (mentee is None) == (mentor is None):
            raise InvalidInput(NEED_ONE_SIDE())
        role = Role.MENTEE if mentee is not None else Role.MENTOR
        email = mentee if mentee is not None else mentor
        assert email is not None
        _, found = self._suggest(batch, email, role, top, include_taken, language)
        return found

    def partner_suggestions(
        self,
        batch: str,
        participation_id: int,
        top: int | None = DEFAULT_TOP,
        language: str | None = None,
    ) -> tuple[Participant, list[Suggestion]]:
        """Someone whose partner withdrew, and their fresh suggestions: people still free
        first, then those already paired (see :func:`partner_suggestions`)."""
        return self._suggest(batch, participation_id, None, top, True, language)

    def _suggest(
        self,
        batch: str,
        who: str | int,
        role: Role | None,
        top: int | None,
        include_taken: bool,
        language: str | None,
    ) -> tuple[Participant, list[Suggestion]]:
        """Suggestions read lean: the other side's scoring columns, then the chosen few."""
        with without_collection(), self._uow() as uow:
            session = uow.session
            target = find_batch_or_fail(session, batch)
            person_id = (
                who if isinstance(who, int) else participation_by_email(session, target, who)
            )
            candidates = load_candidates(session, target, person_id)
            person = candidates.person
            if role is not None and person.role is not role:
                wrong = NOT_A_MENTEE if role is Role.MENTEE else NOT_A_MENTOR
                raise InvalidInput(wrong(email=person.email))
            _require_active(person)
            rows = best_partners(
                candidates.people,
                candidates.person_row,
                candidates.for_mentee,
                candidates.settings,
                Ranking(candidates.usable, candidates.available, include_taken, top),
            )
            chosen = [int(candidates.ids[row]) for row in rows]
            snapshot = load_snapshot(session, target, only=[person_id, *chosen])
        if candidates.for_mentee:
            found = [_suggestion(snapshot, other, person_id, language, True) for other in chosen]
        else:
            found = [_suggestion(snapshot, person_id, other, language, False) for other in chosen]
        return person, found

    def scores(self, batch: str) -> ScoreTable:
        return scores_of(self.snapshot(batch))

    def propose(self, batch: str) -> Proposal:
        return propose(self.snapshot(batch))

    def suggested_exclusions(
        self, batch: str, language: str | None = None
    ) -> list[ExclusionSuggestion]:
        """Pairs the coordinator will likely want to exclude: colleagues, and former duos."""
        lang = _lang(language)
        with self._uow() as uow:
            session = uow.session
            target = find_batch_or_fail(session, batch)
            snapshot = load_snapshot(session, target)
            earlier = _earlier_pairs(session, target)
        found: dict[tuple[int, int], ExclusionSuggestion] = {}
        mentors = [p for p in snapshot.mentors if p.active]
        mentees = [p for p in snapshot.mentees if p.active]
        by_company: dict[str, list[Participant]] = {}
        for mentee in mentees:
            key = topic_key(mentee.company)
            if key:
                by_company.setdefault(key, []).append(mentee)
        for mentor in mentors:
            for mentee in by_company.get(topic_key(mentor.company), ()):
                pair = (mentor.participation_id, mentee.participation_id)
                found[pair] = ExclusionSuggestion(
                    mentor, mentee, SAME_COMPANY(lang, company=mentor.company)
                )
        mentee_of_person = {p.person_id: p for p in mentees}
        for mentor in mentors:
            for person_id, batch_name in earlier.get(mentor.person_id, ()):
                former = mentee_of_person.get(person_id)
                if former is not None:
                    pair = (mentor.participation_id, former.participation_id)
                    found.setdefault(
                        pair,
                        ExclusionSuggestion(mentor, former, PAIRED_BEFORE(lang, batch=batch_name)),
                    )
        return sorted(
            (s for pair, s in found.items() if pair not in snapshot.exclusions),
            key=lambda s: (s.mentor.name.casefold(), s.mentee.name.casefold()),
        )


def _require_active(person: Participant) -> None:
    if not person.active:
        raise InvalidInput(NOT_ACTIVE(name=person.name))


def _earlier_pairs(session: Session, batch: Batch) -> dict[int, list[tuple[int, str]]]:
    """For each person, the people they formed a duo with in the programme's other batches."""
    mentor = aliased(Participation)
    mentee = aliased(Participation)
    rows = session.execute(
        select(mentor.person_id, mentee.person_id, Batch.name)
        .select_from(Duo)
        .join(mentor, mentor.id == Duo.mentor_id)
        .join(mentee, mentee.id == Duo.mentee_id)
        .join(Batch, Batch.id == Duo.batch_id)
        .where(Batch.programme_id == batch.programme_id, Batch.id != batch.id)
        .order_by(Batch.start_date.desc())
    ).all()
    pairs: dict[int, list[tuple[int, str]]] = {}
    for first, second, name in rows:
        pairs.setdefault(first, []).append((second, name))
        pairs.setdefault(second, []).append((first, name))
    return pairs
