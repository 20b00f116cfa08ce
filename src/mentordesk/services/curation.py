"""Hand-curation of a batch's duos: assign, unpair, swap, pin, exclude, withdraw, apply a proposal.

Each action runs in one transaction and returns the :class:`ChangeSet` it applied, which
undoes it once inverted. A closed batch refuses every write; reading stays allowed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from mentordesk.i18n import Text
from mentordesk.matching.settings import SETTINGS_KEY, MatchSettings
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.change_sets import (
    ChangeSet,
    PairChange,
    SettingsChange,
    WithdrawalChange,
    facts_of,
)
from mentordesk.services.change_writer import ALREADY_WITHDRAWN, apply_changes, locked_batch
from mentordesk.services.duo_changes import (
    check_version,
    current,
    expect,
    pair_change,
    proposal_changes,
    require_pair,
    require_person,
    unpair_change,
    withdrawal_ends,
)
from mentordesk.services.errors import Conflict, InvalidInput
from mentordesk.services.exclusion_changes import exclusion, exclusions, inclusion
from mentordesk.services.matching_candidates import participation_by_email
from mentordesk.services.matching_snapshot import (
    BatchSnapshot,
    Participant,
    load_snapshot,
)
from mentordesk.services.proposals import propose
from mentordesk.storage.models import Batch
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

STALE_PROPOSAL = Text(
    en="the batch changed while the proposal was computed; propose again",
    fr="la promo a changé pendant le calcul de la proposition ; relancez-la",
)
HAS_MENTOR = Text(
    en="{mentee} already has a mentor ({mentor}); unpair them first",
    fr="{mentee} a déjà un mentor ({mentor}) ; défaites d'abord ce duo",
)
SAME_MENTOR = Text(
    en="both duos have the same mentor: nothing to swap",
    fr="les deux duos ont le même mentor : rien à échanger",
)

Build = Callable[[BatchSnapshot, date, list[str]], list[PairChange]]
"""Turns a snapshot, today's date and a list to fill with warnings into pair changes."""


class CurationService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # ------------------------------------------------------------------ generic

    def apply(self, changes: ChangeSet) -> ChangeSet:
        """Apply a change set (an undo or a redo); refused if the rows moved on meanwhile."""
        with self._uow() as uow:
            batch = locked_batch(uow.session, changes.batch_id)
            applied = apply_changes(uow.session, batch, changes)
            uow.commit()
            return applied

    def resolve(self, batch_id: int, first_email: str, second_email: str) -> tuple[int, int]:
        """(mentor, mentee) participation ids for two e-mails given in either order."""
        mentor, mentee = self.resolve_pair(batch_id, first_email, second_email)
        return mentor.participation_id, mentee.participation_id

    def resolve_pair(
        self, batch_id: int, first_email: str, second_email: str
    ) -> tuple[Participant, Participant]:
        """The mentor and the mentee named by two e-mails given in either order."""
        with self._uow() as uow:
            target = batch_or_fail(uow.session, batch_id)
            ids = _ids_by_email(uow.session, target, (first_email, second_email))
            snapshot = load_snapshot(uow.session, target, only=ids)
            return snapshot.pair_by_emails(first_email, second_email)

    def participant(self, batch_id: int, email: str) -> int:
        with self._uow() as uow:
            target = batch_or_fail(uow.session, batch_id)
            return _ids_by_email(uow.session, target, (email,))[0]

    # ------------------------------------------------------------------ duos

    def assign(
        self,
        batch_id: int,
        mentor_id: int,
        mentee_id: int,
        *,
        accept_warnings: bool = False,
        move: bool = False,
        pinned: bool = True,
        expected: dict[int, int] | None = None,
    ) -> ChangeSet:
        """Pair a mentor and a mentee (a duo formed by hand is pinned unless told otherwise).

        A mentee never gets a second mentor: with ``move``, the mentee's current duo is
        undone in the same transaction, else it refuses. ``expected`` maps duo ids to the
        versions the caller saw.
        """

        def build(snapshot: BatchSnapshot, today: date, warnings: list[str]) -> list[PairChange]:
            changes: list[PairChange] = []
            for duo in snapshot.duos_of_mentee.get(mentee_id, ()):
                if duo.mentor_id == mentor_id:
                    continue
                if not move:
                    raise Conflict(
                        HAS_MENTOR(
                            mentee=snapshot.mentee(mentee_id).name,
                            mentor=snapshot.mentor(duo.mentor_id).name,
                        )
                    )
                check_version(snapshot, duo, expected)
                changes.append(unpair_change(snapshot, duo, today))
            changes.append(
                pair_change(snapshot, (mentor_id, mentee_id), pinned, accept_warnings, warnings)
            )
            return changes

        return self._pairs(batch_id, [mentor_id, mentee_id], build)

    def unpair(
        self, batch_id: int, mentor_id: int, mentee_id: int, expected_version: int | None = None
    ) -> ChangeSet:
        """Undo a duo: removed if they never met, else ended today (its meetings stay)."""

        def build(snapshot: BatchSnapshot, today: date, _: list[str]) -> list[PairChange]:
            duo = current(snapshot, mentor_id, mentee_id)
            check_version(snapshot, duo, expect(duo, expected_version))
            return [unpair_change(snapshot, duo, today)]

        return self._pairs(batch_id, [mentor_id, mentee_id], build)

    def set_pinned(
        self,
        batch_id: int,
        mentor_id: int,
        mentee_id: int,
        pinned: bool,
        expected_version: int | None = None,
    ) -> ChangeSet:
        """Pin a duo (every proposal keeps it) or unpin it (a proposal may replace it)."""

        def build(snapshot: BatchSnapshot, today: date, _: list[str]) -> list[PairChange]:
            duo = current(snapshot, mentor_id, mentee_id)
            check_version(snapshot, duo, expect(duo, expected_version))
            if duo.pinned == pinned:
                return []
            before = facts_of(duo)
            return [
                PairChange(
                    mentor_id, mentee_id, before, replace(before, pinned=pinned), duo.version
                )
            ]

        return self._pairs(batch_id, [mentor_id, mentee_id], build)

    def pin(
        self, batch_id: int, mentor_id: int, mentee_id: int, *, accept_warnings: bool = False
    ) -> ChangeSet:
        """Pin their duo, forming it first when they are not a duo yet."""
        with self._uow() as uow:
            target = locked_batch(uow.session, batch_id)
            snapshot = load_snapshot(uow.session, target, only=[mentor_id, mentee_id])
            require_pair(snapshot, mentor_id, mentee_id)
            exists = snapshot.current_duo(mentor_id, mentee_id) is not None
        if exists:
            return self.set_pinned(batch_id, mentor_id, mentee_id, True)
        return self.assign(batch_id, mentor_id, mentee_id, accept_warnings=accept_warnings)

    def swap(
        self,
        batch_id: int,
        first: tuple[int, int],
        second: tuple[int, int],
        *,
        accept_warnings: bool = False,
        expected: dict[int, int] | None = None,
    ) -> ChangeSet:
        """Exchange the mentees of two duos; the two new duos are pinned."""
        (mentor_a, mentee_a), (mentor_b, mentee_b) = first, second

        def build(snapshot: BatchSnapshot, today: date, warnings: list[str]) -> list[PairChange]:
            duo_a = current(snapshot, mentor_a, mentee_a)
            duo_b = current(snapshot, mentor_b, mentee_b)
            if mentor_a == mentor_b:
                raise InvalidInput(SAME_MENTOR())
            for duo in (duo_a, duo_b):
                check_version(snapshot, duo, expected)
            return [
                unpair_change(snapshot, duo_a, today),
                unpair_change(snapshot, duo_b, today),
                pair_change(snapshot, (mentor_a, mentee_b), True, accept_warnings, warnings, 1),
                pair_change(snapshot, (mentor_b, mentee_a), True, accept_warnings, warnings, 1),
            ]

        return self._pairs(batch_id, [mentor_a, mentee_a, mentor_b, mentee_b], build)

    def apply_proposal(
        self,
        batch_id: int,
        pairs: Sequence[tuple[int, int]] | None = None,
        fingerprint: str | None = None,
    ) -> ChangeSet:
        """Make the proposal the batch's duos: kept duos stay, the others are replaced.

        Without ``pairs`` the proposal is computed here, in the same transaction. With
        ``pairs`` (computed earlier, off the window's thread), ``fingerprint`` says which
        state of the batch they were computed from; if the batch moved on, it is refused.
        """

        def build(snapshot: BatchSnapshot) -> ChangeSet:
            if fingerprint is not None and fingerprint != snapshot.fingerprint:
                raise Conflict(STALE_PROPOSAL())
            wanted = pairs
            if wanted is None:
                wanted = [
                    (p.mentor.participation_id, p.mentee.participation_id)
                    for p in propose(snapshot).pairs
                ]
            changes = proposal_changes(snapshot, wanted, _today())
            return ChangeSet(batch_id=snapshot.batch_id, pairs=tuple(changes))

        return self._change(batch_id, None, build)

    # ------------------------------------------------------------------ exclusions

    def exclude(
        self,
        batch_id: int,
        mentor_id: int,
        mentee_id: int,
        reason: str = "",
        *,
        unpair: bool = False,
        expected_version: int | None = None,
    ) -> ChangeSet:
        """Never pair them in this batch; with ``unpair``, undo their duo in the same step."""
        return self._change(
            batch_id,
            [mentor_id, mentee_id],
            lambda snapshot: exclusion(
                snapshot,
                (mentor_id, mentee_id),
                reason,
                _today(),
                unpair=unpair,
                expected_version=expected_version,
            ),
        )

    def exclude_many(self, batch_id: int, pairs: Iterable[tuple[int, int, str]]) -> ChangeSet:
        """Exclude several pairs at once (the suggested exclusions); duos are left alone."""
        wanted = list(pairs)
        people = {pid for m, e, _ in wanted for pid in (m, e)}
        return self._change(batch_id, people, lambda snapshot: exclusions(snapshot, wanted))

    def include(self, batch_id: int, mentor_id: int, mentee_id: int) -> ChangeSet:
        """Remove an exclusion: the pair may be suggested and proposed again."""
        return self._change(
            batch_id,
            [mentor_id, mentee_id],
            lambda snapshot: inclusion(snapshot, mentor_id, mentee_id),
        )

    # ------------------------------------------------------------------ people, settings

    def withdraw(self, batch_id: int, participation_id: int, on: date | None = None) -> ChangeSet:
        """Someone leaves the batch: their current duos end that day, partners become free."""
        day = on or _today()

        def build(snapshot: BatchSnapshot) -> ChangeSet:
            person = require_person(snapshot, participation_id)
            if not person.active:
                raise InvalidInput(ALREADY_WITHDRAWN(name=person.name))
            return ChangeSet(
                batch_id=snapshot.batch_id,
                pairs=withdrawal_ends(snapshot, participation_id, day),
                withdrawals=(WithdrawalChange(participation_id, None, day),),
            )

        return self._change(batch_id, [participation_id], build)

    def save_settings(self, batch_id: int, settings: MatchSettings) -> ChangeSet:
        with self._uow() as uow:
            session = uow.session
            target = locked_batch(session, batch_id)
            before = target.settings.get(SETTINGS_KEY)
            after = settings.as_json()
            if before == after:
                return ChangeSet(batch_id=target.id)
            changes = ChangeSet(
                batch_id=target.id,
                settings=SettingsChange(before=_copy(before), after=after),
            )
            applied = apply_changes(session, target, changes)
            uow.commit()
            return applied

    # ------------------------------------------------------------------ plumbing

    def _change(
        self,
        batch_id: int,
        people: Collection[int] | None,
        build: Callable[[BatchSnapshot], ChangeSet],
    ) -> ChangeSet:
        """Run ``build`` on the people's part of the batch (all of it without ``people``)
        and apply the change set it returns, in one transaction."""
        with self._uow() as uow:
            session = uow.session
            target = locked_batch(session, batch_id)
            snapshot = load_snapshot(session, target, only=people)
            applied = apply_changes(session, target, build(snapshot))
            uow.commit()
            return applied

    def _pairs(self, batch_id: int, people: list[int], build: Build) -> ChangeSet:
        """Run ``build`` on the people's part of the batch and apply the pair changes it
        returns; each two people given are a mentor and a mentee of the batch."""
        warnings: list[str] = []

        def changes(snapshot: BatchSnapshot) -> ChangeSet:
            for mentor_id, mentee_id in zip(people[::2], people[1::2], strict=True):
                require_pair(snapshot, mentor_id, mentee_id)
            built = build(snapshot, _today(), warnings)
            return ChangeSet(batch_id=snapshot.batch_id, pairs=tuple(built))

        applied = self._change(batch_id, people, changes)
        return replace(applied, warnings=tuple(warnings))


def _today() -> date:
    return date.today()


def _copy(value: object) -> dict[str, Any] | None:
    return dict(value) if isinstance(value, dict) else None


def _ids_by_email(session: Session, batch: Batch, emails: Iterable[str]) -> list[int]:
    return [participation_by_email(session, batch, email) for email in emails]
