"""The changes to a batch's duos that each curation action asks for, built from a snapshot.

Nothing here writes: the curation service applies what these functions return.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from mentordesk.domain.enums import DuoState
from mentordesk.i18n import Text
from mentordesk.services.change_sets import DuoFacts, PairChange, facts_of
from mentordesk.services.change_writer import STALE, UNKNOWN_PERSON
from mentordesk.services.conflicts import LIST_SEPARATOR, pair_conflicts
from mentordesk.services.errors import Conflict, NotFound
from mentordesk.services.matching_snapshot import BatchSnapshot, DuoRecord, Participant
from mentordesk.services.suggestions import explain

REFUSED = Text(
    en="{mentor} and {mentee} cannot be paired: {why}",
    fr="{mentor} et {mentee} ne peuvent pas former un duo : {why}",
)
WARNINGS = Text(
    en="{mentor} and {mentee}: {why} (confirm to pair them anyway)",
    fr="{mentor} et {mentee} : {why} (confirmez pour les associer quand même)",
)
NOT_A_DUO = Text(
    en="{mentor} and {mentee} are not a duo", fr="{mentor} et {mentee} ne forment pas un duo"
)
BATCH_ENDED = Text(
    en="{mentor} and {mentee} met in a batch that has ended: their duo is kept as history",
    fr="{mentor} et {mentee} se sont rencontrés dans une promo terminée :"
    " leur duo reste dans l'historique",
)


def expect(duo: DuoRecord, version: int | None) -> dict[int, int] | None:
    """The versions a caller saw, for :func:`check_version`, from one duo's."""
    return None if version is None else {duo.id: version}


def check_version(snapshot: BatchSnapshot, duo: DuoRecord, expected: dict[int, int] | None) -> None:
    """Refuse to act on a duo that changed since the caller saw it at ``expected[duo.id]``."""
    if expected is not None and duo.id in expected and expected[duo.id] != duo.version:
        raise Conflict(STALE(pair=_pair_name(snapshot, duo.mentor_id, duo.mentee_id)))


def _pair_name(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int) -> str:
    return f"{snapshot.participant(mentor_id).name} – {snapshot.participant(mentee_id).name}"


def require_person(snapshot: BatchSnapshot, participation_id: int) -> Participant:
    if (
        participation_id not in snapshot.mentor_rows
        and participation_id not in snapshot.mentee_rows
    ):
        raise NotFound(UNKNOWN_PERSON(batch=snapshot.batch_name))
    return snapshot.participant(participation_id)


def require_pair(
    snapshot: BatchSnapshot, mentor_id: int, mentee_id: int
) -> tuple[Participant, Participant]:
    if mentor_id not in snapshot.mentor_rows or mentee_id not in snapshot.mentee_rows:
        raise NotFound(UNKNOWN_PERSON(batch=snapshot.batch_name))
    return snapshot.mentor(mentor_id), snapshot.mentee(mentee_id)


def current(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int) -> DuoRecord:
    """Their current duo; refused when they are not one."""
    duo = snapshot.current_duo(mentor_id, mentee_id)
    if duo is None:
        raise NotFound(
            NOT_A_DUO(
                mentor=snapshot.mentor(mentor_id).name, mentee=snapshot.mentee(mentee_id).name
            )
        )
    return duo


def unpair_change(snapshot: BatchSnapshot, duo: DuoRecord, today: date) -> PairChange:
    """Undo a duo: removed if they never met, else ended today (its meetings stay).

    A duo that met is never undone once its batch has ended: it is history.
    """
    before = facts_of(duo)
    if duo.meetings == 0:
        return PairChange(duo.mentor_id, duo.mentee_id, before, None, duo.version)
    if today >= snapshot.end:
        raise Conflict(
            BATCH_ENDED(
                mentor=snapshot.mentor(duo.mentor_id).name,
                mentee=snapshot.mentee(duo.mentee_id).name,
            )
        )
    after = DuoFacts(DuoState.ENDED, False, today, duo.score)
    return PairChange(duo.mentor_id, duo.mentee_id, before, after, duo.version)


def pair_change(
    snapshot: BatchSnapshot,
    pair: tuple[int, int],
    pinned: bool,
    accept_warnings: bool,
    warnings_out: list[str],
    freed: int = 0,
) -> PairChange:
    """A new duo for ``pair``, refused on a blocking conflict or on unaccepted warnings.

    Refused outright: pairing someone who has withdrawn, an excluded pair, a pair that
    already forms a duo. Allowed only when the caller accepts the warnings (the board
    does, showing them on the duo): a mentor over capacity, a hard rule broken.
    """
    mentor_id, mentee_id = pair
    conflicts = pair_conflicts(snapshot, mentor_id, mentee_id, freed=freed)
    mentor, mentee = snapshot.mentor(mentor_id), snapshot.mentee(mentee_id)
    _refuse_blocking(snapshot, mentor_id, mentee_id, [c.message for c in conflicts if c.blocking])
    warnings = [c.message for c in conflicts]
    if warnings and not accept_warnings:
        raise Conflict(
            WARNINGS(mentor=mentor.name, mentee=mentee.name, why=LIST_SEPARATOR.join(warnings))
        )
    warnings_out.extend(warnings)
    return _confirmed(snapshot, mentor_id, mentee_id, pinned)


def proposal_changes(
    snapshot: BatchSnapshot, pairs: Sequence[tuple[int, int]], today: date
) -> list[PairChange]:
    """Make ``pairs`` the batch's duos: fixed duos stay, the others not wanted are undone.

    The new duos are not pinned; warnings are accepted, blocking conflicts refused.
    """
    wanted = dict.fromkeys(pairs)
    changes: list[PairChange] = []
    for duo in snapshot.current_duos:
        if not duo.fixed and duo.pair not in wanted:
            changes.append(unpair_change(snapshot, duo, today))
    for mentor_id, mentee_id in wanted:
        if snapshot.current_duo(mentor_id, mentee_id) is not None:
            continue
        require_pair(snapshot, mentor_id, mentee_id)
        conflicts = pair_conflicts(snapshot, mentor_id, mentee_id)
        _refuse_blocking(
            snapshot, mentor_id, mentee_id, [c.message for c in conflicts if c.blocking]
        )
        changes.append(_confirmed(snapshot, mentor_id, mentee_id, False))
    return changes


def withdrawal_ends(
    snapshot: BatchSnapshot, participation_id: int, day: date
) -> tuple[PairChange, ...]:
    """Someone leaves the batch: their current duos end that day."""
    return tuple(
        PairChange(
            duo.mentor_id,
            duo.mentee_id,
            facts_of(duo),
            DuoFacts(DuoState.ENDED, duo.pinned, day, duo.score),
            duo.version,
        )
        for duo in snapshot.current_duos
        if participation_id in duo.pair
    )


def _refuse_blocking(
    snapshot: BatchSnapshot, mentor_id: int, mentee_id: int, blocking: list[str]
) -> None:
    if blocking:
        raise Conflict(
            REFUSED(
                mentor=snapshot.mentor(mentor_id).name,
                mentee=snapshot.mentee(mentee_id).name,
                why=LIST_SEPARATOR.join(blocking),
            )
        )


def _confirmed(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int, pinned: bool) -> PairChange:
    """Their duo confirmed with its score: a new row, or their old one brought back."""
    score, _ = explain(snapshot, mentor_id, mentee_id)
    after = DuoFacts(DuoState.CONFIRMED, pinned, None, round(score, 4))
    old = snapshot.duo_by_pair.get((mentor_id, mentee_id))
    if old is None:
        return PairChange(mentor_id, mentee_id, None, after)
    return PairChange(mentor_id, mentee_id, facts_of(old), after, old.version)
