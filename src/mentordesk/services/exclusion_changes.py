"""The changes that exclude pairs from a batch, or lift an exclusion, built from a snapshot."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from mentordesk.i18n import Text
from mentordesk.services.change_sets import ChangeSet, ExclusionChange, PairChange
from mentordesk.services.duo_changes import check_version, expect, require_pair, unpair_change
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from mentordesk.services.matching_snapshot import BatchSnapshot

ALREADY_EXCLUDED = Text(
    en="{mentor} and {mentee} are already excluded", fr="{mentor} et {mentee} sont déjà exclus"
)
NOT_EXCLUDED = Text(
    en="{mentor} and {mentee} are not excluded", fr="{mentor} et {mentee} ne sont pas exclus"
)
EXCLUDE_A_DUO = Text(
    en="{mentor} and {mentee} form a duo; unpair them first",
    fr="{mentor} et {mentee} forment un duo ; défaites-le d'abord",
)


def exclusion(
    snapshot: BatchSnapshot,
    pair: tuple[int, int],
    reason: str,
    today: date,
    *,
    unpair: bool,
    expected_version: int | None,
) -> ChangeSet:
    """Never pair them in this batch; with ``unpair``, their duo is undone in the same step
    (else a duo of theirs refuses the exclusion)."""
    mentor_id, mentee_id = pair
    mentor, mentee = require_pair(snapshot, mentor_id, mentee_id)
    if (mentor_id, mentee_id) in snapshot.exclusions:
        raise InvalidInput(ALREADY_EXCLUDED(mentor=mentor.name, mentee=mentee.name))
    pairs: list[PairChange] = []
    duo = snapshot.current_duo(mentor_id, mentee_id)
    if duo is not None:
        if not unpair:
            raise Conflict(EXCLUDE_A_DUO(mentor=mentor.name, mentee=mentee.name))
        check_version(snapshot, duo, expect(duo, expected_version))
        pairs.append(unpair_change(snapshot, duo, today))
    return ChangeSet(
        batch_id=snapshot.batch_id,
        pairs=tuple(pairs),
        exclusions=(ExclusionChange(mentor_id, mentee_id, None, reason.strip()),),
    )


def exclusions(snapshot: BatchSnapshot, wanted: Sequence[tuple[int, int, str]]) -> ChangeSet:
    """Several pairs excluded at once; pairs already excluded, duos and strangers are skipped."""
    changes = tuple(
        ExclusionChange(mentor_id, mentee_id, None, reason.strip())
        for mentor_id, mentee_id, reason in dict.fromkeys(wanted)
        if (mentor_id, mentee_id) not in snapshot.exclusions
        and snapshot.current_duo(mentor_id, mentee_id) is None
        and mentor_id in snapshot.mentor_rows
        and mentee_id in snapshot.mentee_rows
    )
    return ChangeSet(batch_id=snapshot.batch_id, exclusions=changes)


def inclusion(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int) -> ChangeSet:
    """An exclusion lifted: the pair may be suggested and proposed again."""
    mentor, mentee = require_pair(snapshot, mentor_id, mentee_id)
    reason = snapshot.exclusions.get((mentor_id, mentee_id))
    if reason is None:
        raise NotFound(NOT_EXCLUDED(mentor=mentor.name, mentee=mentee.name))
    return ChangeSet(
        batch_id=snapshot.batch_id,
        exclusions=(ExclusionChange(mentor_id, mentee_id, reason, None),),
    )
