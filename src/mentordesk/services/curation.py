"""Hand-curation of a batch's duos: assign, unpair, swap, pin, exclude, withdraw, apply a proposal.

Every action runs in one transaction and returns a :class:`ChangeSet`: the rows it changed,
as they were before and as they are after, with the duos' version counters. Applying a
change set's :meth:`~ChangeSet.inverse` undoes the action, and applying the inverse of that
redoes it; both check first that the rows are still as the action left them, so an undo
never overwrites what someone else changed in the meantime (:class:`Conflict` instead).

A closed batch is history: every write (duos, pins, exclusions, withdrawals, weights and
rules, undo and redo) is refused with :data:`BATCH_CLOSED` until the batch is reopened, so
its figures stay as they were reported. Reading (suggestions, scores, a proposal that is not
saved) stays allowed.

Policy for the rules of a batch:

- refused outright: pairing someone who has withdrawn, an excluded pair, a pair that
  already forms a duo, a second mentor for a mentee (unless the action moves the mentee);
- allowed only when the caller accepts the warnings (``accept_warnings=True``, which the
  board does, showing them on the duo): a mentor over capacity, a hard rule broken.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mentordesk.domain.enums import BatchStatus, DuoState
from mentordesk.i18n import Text
from mentordesk.matching.settings import SETTINGS_KEY, MatchSettings
from mentordesk.services.errors import Conflict, InvalidInput, NotFound
from mentordesk.services.matching import LIST_SEPARATOR, explain, pair_conflicts, propose
from mentordesk.services.matching_candidates import participation_by_email
from mentordesk.services.matching_snapshot import (
    BatchSnapshot,
    DuoRecord,
    Participant,
    find_batch_or_fail,
    load_snapshot,
)
from mentordesk.storage.models import Batch, Duo, ExcludedPair, Meeting, Participation, Person
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

STALE = Text(
    en="{pair} changed elsewhere since this was shown; reload and try again",
    fr="{pair} : modifié ailleurs entre-temps ; rechargez puis réessayez",
)
STALE_SETTINGS = Text(
    en="the batch's weights and rules changed elsewhere; reload and try again",
    fr="les poids et les règles de la promo ont changé ailleurs ; rechargez puis réessayez",
)
STALE_PROPOSAL = Text(
    en="the batch changed while the proposal was computed; propose again",
    fr="la promo a changé pendant le calcul de la proposition ; relancez-la",
)
REFUSED = Text(
    en="{mentor} and {mentee} cannot be paired: {why}",
    fr="{mentor} et {mentee} ne peuvent pas former un duo : {why}",
)
WARNINGS = Text(
    en="{mentor} and {mentee}: {why} (confirm to pair them anyway)",
    fr="{mentor} et {mentee} : {why} (confirmez pour les associer quand même)",
)
HAS_MENTOR = Text(
    en="{mentee} already has a mentor ({mentor}); unpair them first",
    fr="{mentee} a déjà un mentor ({mentor}) ; défaites d'abord ce duo",
)
NOT_A_DUO = Text(
    en="{mentor} and {mentee} are not a duo", fr="{mentor} et {mentee} ne forment pas un duo"
)
SAME_MENTOR = Text(
    en="both duos have the same mentor: nothing to swap",
    fr="les deux duos ont le même mentor : rien à échanger",
)
BATCH_ENDED = Text(
    en="{mentor} and {mentee} met in a batch that has ended: their duo is kept as history",
    fr="{mentor} et {mentee} se sont rencontrés dans une promo terminée :"
    " leur duo reste dans l'historique",
)
HAS_MEETINGS = Text(
    en="{pair} has meetings now: it cannot be removed",
    fr="{pair} a maintenant des rencontres : ce duo ne peut pas être supprimé",
)
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
ALREADY_WITHDRAWN = Text(en="{name} has already withdrawn", fr="{name} s'est déjà retiré(e)")
NOT_WITHDRAWN = Text(en="{name} has not withdrawn", fr="{name} ne s'est pas retiré(e)")
BATCH_CLOSED = Text(
    en="the batch {batch!r} is closed: its duos no longer change. Reopen it on the Batches page"
    ' (or `mentordesk-cli batch set --batch "{batch}" --status running`) to change them',
    fr="la promo « {batch} » est close : ses duos ne changent plus. Rouvrez-la dans la page"
    ' Promos (ou `mentordesk-cli batch set --batch "{batch}" --status running`) pour les modifier',
)
UNKNOWN_PERSON = Text(
    en="no such volunteer in the batch {batch!r}",
    fr="volontaire introuvable dans la promo « {batch} »",
)


@dataclass(frozen=True)
class DuoFacts:
    """What a duo row says, apart from its identity and version."""

    state: DuoState
    pinned: bool
    ended_on: date | None = None
    score: float | None = None

    def same_as(self, other: DuoFacts | None) -> bool:
        return other is not None and (self.state, self.pinned, self.ended_on) == (
            other.state,
            other.pinned,
            other.ended_on,
        )


@dataclass(frozen=True)
class PairChange:
    mentor_id: int
    mentee_id: int
    before: DuoFacts | None
    after: DuoFacts | None
    before_version: int | None = None
    after_version: int | None = None

    def inverse(self) -> PairChange:
        return PairChange(
            self.mentor_id, self.mentee_id, self.after, self.before, self.after_version
        )


@dataclass(frozen=True)
class ExclusionChange:
    mentor_id: int
    mentee_id: int
    before: str | None
    after: str | None

    def inverse(self) -> ExclusionChange:
        return ExclusionChange(self.mentor_id, self.mentee_id, self.after, self.before)


@dataclass(frozen=True)
class WithdrawalChange:
    participation_id: int
    before: date | None
    after: date | None

    def inverse(self) -> WithdrawalChange:
        return WithdrawalChange(self.participation_id, self.after, self.before)


@dataclass(frozen=True)
class SettingsChange:
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def inverse(self) -> SettingsChange:
        return SettingsChange(self.after, self.before)


@dataclass(frozen=True)
class ChangeSet:
    batch: str
    pairs: tuple[PairChange, ...] = ()
    exclusions: tuple[ExclusionChange, ...] = ()
    withdrawals: tuple[WithdrawalChange, ...] = ()
    settings: SettingsChange | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def empty(self) -> bool:
        return not (self.pairs or self.exclusions or self.withdrawals or self.settings)

    def inverse(self) -> ChangeSet:
        return ChangeSet(
            batch=self.batch,
            pairs=tuple(change.inverse() for change in reversed(self.pairs)),
            exclusions=tuple(change.inverse() for change in reversed(self.exclusions)),
            withdrawals=tuple(change.inverse() for change in reversed(self.withdrawals)),
            settings=self.settings.inverse() if self.settings else None,
        )

    def added(self) -> list[tuple[int, int]]:
        """The pairs this change makes current duos (new or brought back)."""
        return [
            (c.mentor_id, c.mentee_id)
            for c in self.pairs
            if c.after is not None
            and c.after.state is not DuoState.ENDED
            and (c.before is None or c.before.state is DuoState.ENDED)
        ]


Build = Callable[[BatchSnapshot, date, list[str]], list[PairChange]]
"""Turns a snapshot, today's date and a list to fill with warnings into pair changes."""


class CurationService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    # ------------------------------------------------------------------ generic

    def apply(self, changes: ChangeSet) -> ChangeSet:
        """Apply a change set (an undo or a redo); refused if the rows moved on meanwhile."""
        with self._uow() as uow:
            batch = _locked_batch(uow.session, changes.batch)
            applied = _apply(uow.session, batch, changes)
            uow.commit()
            return applied

    def resolve(self, batch: str, first_email: str, second_email: str) -> tuple[int, int]:
        """(mentor, mentee) participation ids for two e-mails given in either order."""
        mentor, mentee = self.resolve_pair(batch, first_email, second_email)
        return mentor.participation_id, mentee.participation_id

    def resolve_pair(
        self, batch: str, first_email: str, second_email: str
    ) -> tuple[Participant, Participant]:
        """The mentor and the mentee named by two e-mails given in either order."""
        with self._uow() as uow:
            target = find_batch_or_fail(uow.session, batch)
            ids = _ids_by_email(uow.session, target, (first_email, second_email))
            snapshot = load_snapshot(uow.session, target, only=ids)
            return snapshot.pair_by_emails(first_email, second_email)

    def participant(self, batch: str, email: str) -> int:
        with self._uow() as uow:
            target = find_batch_or_fail(uow.session, batch)
            return _ids_by_email(uow.session, target, (email,))[0]

    # ------------------------------------------------------------------ duos

    def assign(
        self,
        batch: str,
        mentor_id: int,
        mentee_id: int,
        *,
        accept_warnings: bool = False,
        move: bool = False,
        pinned: bool = True,
        expected: dict[int, int] | None = None,
    ) -> ChangeSet:
        """Pair a mentor and a mentee (a duo formed by hand is pinned unless told otherwise).

        With ``move``, the mentee's current duo is undone in the same transaction.
        ``expected`` maps duo ids to the versions the caller saw.
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
                _check_version(snapshot, duo, expected)
                changes.append(_unpair_change(snapshot, duo, today))
            changes.append(
                _pair_change(snapshot, (mentor_id, mentee_id), pinned, accept_warnings, warnings)
            )
            return changes

        return self._pairs(batch, [mentor_id, mentee_id], build)

    def unpair(
        self, batch: str, mentor_id: int, mentee_id: int, expected_version: int | None = None
    ) -> ChangeSet:
        """Undo a duo: removed if they never met, else ended today (its meetings stay)."""

        def build(snapshot: BatchSnapshot, today: date, _: list[str]) -> list[PairChange]:
            duo = _current(snapshot, mentor_id, mentee_id)
            _check_version(snapshot, duo, _expect(duo, expected_version))
            return [_unpair_change(snapshot, duo, today)]

        return self._pairs(batch, [mentor_id, mentee_id], build)

    def set_pinned(
        self,
        batch: str,
        mentor_id: int,
        mentee_id: int,
        pinned: bool,
        expected_version: int | None = None,
    ) -> ChangeSet:
        """Pin a duo (every proposal keeps it) or unpin it (a proposal may replace it)."""

        def build(snapshot: BatchSnapshot, today: date, _: list[str]) -> list[PairChange]:
            duo = _current(snapshot, mentor_id, mentee_id)
            _check_version(snapshot, duo, _expect(duo, expected_version))
            if duo.pinned == pinned:
                return []
            before = _facts(duo)
            return [
                PairChange(
                    mentor_id, mentee_id, before, replace(before, pinned=pinned), duo.version
                )
            ]

        return self._pairs(batch, [mentor_id, mentee_id], build)

    def pin(
        self, batch: str, mentor_id: int, mentee_id: int, *, accept_warnings: bool = False
    ) -> ChangeSet:
        """Pin their duo, forming it first when they are not a duo yet."""
        with self._uow() as uow:
            target = _locked_batch(uow.session, batch)
            snapshot = load_snapshot(uow.session, target, only=[mentor_id, mentee_id])
            _require_pair(snapshot, mentor_id, mentee_id)
            exists = snapshot.current_duo(mentor_id, mentee_id) is not None
        if exists:
            return self.set_pinned(batch, mentor_id, mentee_id, True)
        return self.assign(batch, mentor_id, mentee_id, accept_warnings=accept_warnings)

    def swap(
        self,
        batch: str,
        first: tuple[int, int],
        second: tuple[int, int],
        *,
        accept_warnings: bool = False,
        expected: dict[int, int] | None = None,
    ) -> ChangeSet:
        """Exchange the mentees of two duos; the two new duos are pinned."""
        (mentor_a, mentee_a), (mentor_b, mentee_b) = first, second

        def build(snapshot: BatchSnapshot, today: date, warnings: list[str]) -> list[PairChange]:
            duo_a = _current(snapshot, mentor_a, mentee_a)
            duo_b = _current(snapshot, mentor_b, mentee_b)
            if mentor_a == mentor_b:
                raise InvalidInput(SAME_MENTOR())
            for duo in (duo_a, duo_b):
                _check_version(snapshot, duo, expected)
            return [
                _unpair_change(snapshot, duo_a, today),
                _unpair_change(snapshot, duo_b, today),
                _pair_change(snapshot, (mentor_a, mentee_b), True, accept_warnings, warnings, 1),
                _pair_change(snapshot, (mentor_b, mentee_a), True, accept_warnings, warnings, 1),
            ]

        return self._pairs(batch, [mentor_a, mentee_a, mentor_b, mentee_b], build)

    def apply_proposal(
        self,
        batch: str,
        pairs: Sequence[tuple[int, int]] | None = None,
        fingerprint: str | None = None,
    ) -> ChangeSet:
        """Make the proposal the batch's duos: kept duos stay, the others are replaced.

        Without ``pairs`` the proposal is computed here, in the same transaction. With
        ``pairs`` (computed earlier, off the window's thread), ``fingerprint`` says which
        state of the batch they were computed from; if the batch moved on, it is refused.
        """
        with self._uow() as uow:
            session = uow.session
            target = _locked_batch(session, batch)
            snapshot = load_snapshot(session, target)
            if fingerprint is not None and fingerprint != snapshot.fingerprint:
                raise Conflict(STALE_PROPOSAL())
            if pairs is None:
                pairs = [
                    (p.mentor.participation_id, p.mentee.participation_id)
                    for p in propose(snapshot).pairs
                ]
            changes = _proposal_changes(snapshot, pairs, _today())
            applied = _apply(session, target, ChangeSet(batch=target.name, pairs=tuple(changes)))
            uow.commit()
            return applied

    # ------------------------------------------------------------------ exclusions

    def exclude(
        self,
        batch: str,
        mentor_id: int,
        mentee_id: int,
        reason: str = "",
        *,
        unpair: bool = False,
        expected_version: int | None = None,
    ) -> ChangeSet:
        """Never pair them in this batch; with ``unpair``, undo their duo in the same step."""
        with self._uow() as uow:
            session = uow.session
            target = _locked_batch(session, batch)
            snapshot = load_snapshot(session, target, only=[mentor_id, mentee_id])
            mentor, mentee = _require_pair(snapshot, mentor_id, mentee_id)
            if (mentor_id, mentee_id) in snapshot.exclusions:
                raise InvalidInput(ALREADY_EXCLUDED(mentor=mentor.name, mentee=mentee.name))
            pairs: list[PairChange] = []
            duo = snapshot.current_duo(mentor_id, mentee_id)
            if duo is not None:
                if not unpair:
                    raise Conflict(EXCLUDE_A_DUO(mentor=mentor.name, mentee=mentee.name))
                _check_version(snapshot, duo, _expect(duo, expected_version))
                pairs.append(_unpair_change(snapshot, duo, _today()))
            changes = ChangeSet(
                batch=target.name,
                pairs=tuple(pairs),
                exclusions=(ExclusionChange(mentor_id, mentee_id, None, reason.strip()),),
            )
            applied = _apply(session, target, changes)
            uow.commit()
            return applied

    def exclude_many(self, batch: str, pairs: Iterable[tuple[int, int, str]]) -> ChangeSet:
        """Exclude several pairs at once (the suggested exclusions); duos are left alone."""
        wanted = list(pairs)
        with self._uow() as uow:
            session = uow.session
            target = _locked_batch(session, batch)
            snapshot = load_snapshot(
                session, target, only={pid for m, e, _ in wanted for pid in (m, e)}
            )
            changes = tuple(
                ExclusionChange(mentor_id, mentee_id, None, reason.strip())
                for mentor_id, mentee_id, reason in dict.fromkeys(wanted)
                if (mentor_id, mentee_id) not in snapshot.exclusions
                and snapshot.current_duo(mentor_id, mentee_id) is None
                and mentor_id in snapshot.mentor_rows
                and mentee_id in snapshot.mentee_rows
            )
            applied = _apply(session, target, ChangeSet(batch=target.name, exclusions=changes))
            uow.commit()
            return applied

    def include(self, batch: str, mentor_id: int, mentee_id: int) -> ChangeSet:
        """Remove an exclusion: the pair may be suggested and proposed again."""
        with self._uow() as uow:
            session = uow.session
            target = _locked_batch(session, batch)
            snapshot = load_snapshot(session, target, only=[mentor_id, mentee_id])
            mentor, mentee = _require_pair(snapshot, mentor_id, mentee_id)
            reason = snapshot.exclusions.get((mentor_id, mentee_id))
            if reason is None:
                raise NotFound(NOT_EXCLUDED(mentor=mentor.name, mentee=mentee.name))
            changes = ChangeSet(
                batch=target.name,
                exclusions=(ExclusionChange(mentor_id, mentee_id, reason, None),),
            )
            applied = _apply(session, target, changes)
            uow.commit()
            return applied

    # ------------------------------------------------------------------ people, settings

    def withdraw(self, batch: str, participation_id: int, on: date | None = None) -> ChangeSet:
        """Someone leaves the batch: their current duos end that day, partners become free."""
        day = on or _today()
        with self._uow() as uow:
            session = uow.session
            target = _locked_batch(session, batch)
            snapshot = load_snapshot(session, target, only=[participation_id])
            person = _require_person(snapshot, participation_id)
            if not person.active:
                raise InvalidInput(ALREADY_WITHDRAWN(name=person.name))
            ended = tuple(
                PairChange(
                    duo.mentor_id,
                    duo.mentee_id,
                    _facts(duo),
                    DuoFacts(DuoState.ENDED, duo.pinned, day, duo.score),
                    duo.version,
                )
                for duo in snapshot.current_duos
                if participation_id in duo.pair
            )
            changes = ChangeSet(
                batch=target.name,
                pairs=ended,
                withdrawals=(WithdrawalChange(participation_id, None, day),),
            )
            applied = _apply(session, target, changes)
            uow.commit()
            return applied

    def save_settings(self, batch: str, settings: MatchSettings) -> ChangeSet:
        with self._uow() as uow:
            session = uow.session
            target = _locked_batch(session, batch)
            before = target.settings.get(SETTINGS_KEY)
            after = settings.as_json()
            if before == after:
                return ChangeSet(batch=target.name)
            changes = ChangeSet(
                batch=target.name,
                settings=SettingsChange(before=_copy(before), after=after),
            )
            applied = _apply(session, target, changes)
            uow.commit()
            return applied

    # ------------------------------------------------------------------ plumbing

    def _pairs(self, batch: str, people: list[int], build: Build) -> ChangeSet:
        """Run ``build`` on the people's part of the batch and apply what it returns."""
        with self._uow() as uow:
            session = uow.session
            target = _locked_batch(session, batch)
            snapshot = load_snapshot(session, target, only=people)
            for mentor_id, mentee_id in zip(people[::2], people[1::2], strict=True):
                _require_pair(snapshot, mentor_id, mentee_id)
            warnings: list[str] = []
            changes = build(snapshot, _today(), warnings)
            applied = _apply(session, target, ChangeSet(batch=target.name, pairs=tuple(changes)))
            uow.commit()
            return replace(applied, warnings=tuple(warnings))


# ---------------------------------------------------------------------- building changes


def _today() -> date:
    return date.today()


def _facts(duo: DuoRecord) -> DuoFacts:
    return DuoFacts(duo.state, duo.pinned, duo.ended_on, duo.score)


def _copy(value: object) -> dict[str, Any] | None:
    return dict(value) if isinstance(value, dict) else None


def _expect(duo: DuoRecord, version: int | None) -> dict[int, int] | None:
    return None if version is None else {duo.id: version}


def _check_version(
    snapshot: BatchSnapshot, duo: DuoRecord, expected: dict[int, int] | None
) -> None:
    if expected is not None and duo.id in expected and expected[duo.id] != duo.version:
        raise Conflict(STALE(pair=_pair_name(snapshot, duo.mentor_id, duo.mentee_id)))


def _pair_name(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int) -> str:
    return f"{snapshot.participant(mentor_id).name} – {snapshot.participant(mentee_id).name}"


def _require_person(snapshot: BatchSnapshot, participation_id: int) -> Participant:
    if (
        participation_id not in snapshot.mentor_rows
        and participation_id not in snapshot.mentee_rows
    ):
        raise NotFound(UNKNOWN_PERSON(batch=snapshot.batch_name))
    return snapshot.participant(participation_id)


def _require_pair(
    snapshot: BatchSnapshot, mentor_id: int, mentee_id: int
) -> tuple[Participant, Participant]:
    if mentor_id not in snapshot.mentor_rows or mentee_id not in snapshot.mentee_rows:
        raise NotFound(UNKNOWN_PERSON(batch=snapshot.batch_name))
    return snapshot.mentor(mentor_id), snapshot.mentee(mentee_id)


def _current(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int) -> DuoRecord:
    duo = snapshot.current_duo(mentor_id, mentee_id)
    if duo is None:
        raise NotFound(
            NOT_A_DUO(
                mentor=snapshot.mentor(mentor_id).name, mentee=snapshot.mentee(mentee_id).name
            )
        )
    return duo


def _unpair_change(snapshot: BatchSnapshot, duo: DuoRecord, today: date) -> PairChange:
    before = _facts(duo)
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


def _pair_change(
    snapshot: BatchSnapshot,
    pair: tuple[int, int],
    pinned: bool,
    accept_warnings: bool,
    warnings_out: list[str],
    freed: int = 0,
) -> PairChange:
    """A new duo for ``pair``, refused on a blocking conflict or on unaccepted warnings."""
    mentor_id, mentee_id = pair
    conflicts = pair_conflicts(snapshot, mentor_id, mentee_id, freed=freed)
    mentor, mentee = snapshot.mentor(mentor_id), snapshot.mentee(mentee_id)
    blocking = [c.message for c in conflicts if c.blocking]
    if blocking:
        raise Conflict(
            REFUSED(mentor=mentor.name, mentee=mentee.name, why=LIST_SEPARATOR.join(blocking))
        )
    warnings = [c.message for c in conflicts]
    if warnings and not accept_warnings:
        raise Conflict(
            WARNINGS(mentor=mentor.name, mentee=mentee.name, why=LIST_SEPARATOR.join(warnings))
        )
    warnings_out.extend(warnings)
    score, _ = explain(snapshot, mentor_id, mentee_id)
    after = DuoFacts(DuoState.CONFIRMED, pinned, None, round(score, 4))
    old = snapshot.duo_by_pair.get((mentor_id, mentee_id))
    if old is None:
        return PairChange(mentor_id, mentee_id, None, after)
    return PairChange(mentor_id, mentee_id, _facts(old), after, old.version)


def _proposal_changes(
    snapshot: BatchSnapshot, pairs: Sequence[tuple[int, int]], today: date
) -> list[PairChange]:
    wanted = dict.fromkeys(pairs)
    changes: list[PairChange] = []
    for duo in snapshot.current_duos:
        if not duo.fixed and duo.pair not in wanted:
            changes.append(_unpair_change(snapshot, duo, today))
    for mentor_id, mentee_id in wanted:
        if snapshot.current_duo(mentor_id, mentee_id) is not None:
            continue
        _require_pair(snapshot, mentor_id, mentee_id)
        conflicts = pair_conflicts(snapshot, mentor_id, mentee_id)
        blocking = [c.message for c in conflicts if c.blocking]
        if blocking:
            raise Conflict(
                REFUSED(
                    mentor=snapshot.mentor(mentor_id).name,
                    mentee=snapshot.mentee(mentee_id).name,
                    why=LIST_SEPARATOR.join(blocking),
                )
            )
        score, _ = explain(snapshot, mentor_id, mentee_id)
        after = DuoFacts(DuoState.CONFIRMED, False, None, round(score, 4))
        old = snapshot.duo_by_pair.get((mentor_id, mentee_id))
        if old is None:
            changes.append(PairChange(mentor_id, mentee_id, None, after))
        else:
            changes.append(PairChange(mentor_id, mentee_id, _facts(old), after, old.version))
    return changes


# ---------------------------------------------------------------------- writing


def _locked_batch(session: Session, name: str) -> Batch:
    """The batch row, locked on PostgreSQL so that two coordinators' edits queue up.

    Every write goes through here, so a closed batch refuses them all at once.
    """
    batch = find_batch_or_fail(session, name)
    session.execute(select(Batch.id).where(Batch.id == batch.id).with_for_update())
    if batch.status is BatchStatus.CLOSED:
        raise Conflict(BATCH_CLOSED(batch=batch.name))
    return batch


def _ids_by_email(session: Session, batch: Batch, emails: Iterable[str]) -> list[int]:
    return [participation_by_email(session, batch, email) for email in emails]


def _names(session: Session, *participation_ids: int) -> str:
    names = dict(
        session.execute(
            select(Participation.id, Person.first_name + " " + Person.last_name)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.id.in_(participation_ids))
        ).all()
    )
    return " – ".join(names.get(pid, str(pid)).strip() for pid in participation_ids)


def _apply(session: Session, batch: Batch, changes: ChangeSet) -> ChangeSet:
    try:
        for withdrawal in changes.withdrawals:
            _write_withdrawal(session, batch, withdrawal)
        pairs = tuple(_write_pair(session, batch, change) for change in changes.pairs)
        for exclusion in changes.exclusions:
            _write_exclusion(session, batch, exclusion)
        if changes.settings is not None:
            current = batch.settings.get(SETTINGS_KEY)
            if current != changes.settings.before:
                raise Conflict(STALE_SETTINGS())
            settings = dict(batch.settings)
            if changes.settings.after is None:
                settings.pop(SETTINGS_KEY, None)
            else:
                settings[SETTINGS_KEY] = changes.settings.after
            batch.settings = settings
        session.flush()
    except StaleDataError as error:
        raise Conflict(STALE(pair=batch.name)) from error
    return replace(changes, pairs=pairs)


def _write_pair(session: Session, batch: Batch, change: PairChange) -> PairChange:
    row = session.scalars(
        select(Duo).where(
            Duo.batch_id == batch.id,
            Duo.mentor_id == change.mentor_id,
            Duo.mentee_id == change.mentee_id,
        )
    ).one_or_none()
    stale = Conflict(STALE(pair=_names(session, change.mentor_id, change.mentee_id)))
    if row is None:
        if change.before is not None:
            raise stale
    else:
        facts = DuoFacts(row.state, row.pinned, row.ended_on, row.score)
        if change.before is None or not facts.same_as(change.before):
            raise stale
        if change.before_version is not None and row.version != change.before_version:
            raise stale
    after = change.after
    if after is None:
        if row is not None:
            meetings = session.scalar(select(func.count()).where(Meeting.duo_id == row.id))
            if meetings:
                raise Conflict(
                    HAS_MEETINGS(pair=_names(session, change.mentor_id, change.mentee_id))
                )
            session.delete(row)
            session.flush()
        return replace(change, after_version=None)
    if row is None:
        row = Duo(
            batch_id=batch.id,
            mentor_id=change.mentor_id,
            mentee_id=change.mentee_id,
            state=after.state,
            pinned=after.pinned,
            ended_on=after.ended_on,
            score=after.score,
        )
        session.add(row)
    else:
        row.state = after.state
        row.pinned = after.pinned
        row.ended_on = after.ended_on
        row.score = after.score
    session.flush()
    return replace(change, after_version=row.version)


def _write_exclusion(session: Session, batch: Batch, change: ExclusionChange) -> None:
    row = session.scalars(
        select(ExcludedPair).where(
            ExcludedPair.batch_id == batch.id,
            ExcludedPair.mentor_id == change.mentor_id,
            ExcludedPair.mentee_id == change.mentee_id,
        )
    ).one_or_none()
    if (row is None) != (change.before is None):
        raise Conflict(STALE(pair=_names(session, change.mentor_id, change.mentee_id)))
    if change.after is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(
            ExcludedPair(
                batch_id=batch.id,
                mentor_id=change.mentor_id,
                mentee_id=change.mentee_id,
                reason=change.after,
            )
        )
    else:
        row.reason = change.after
    session.flush()


def _write_withdrawal(session: Session, batch: Batch, change: WithdrawalChange) -> None:
    row = session.get(Participation, change.participation_id)
    if row is None or row.batch_id != batch.id:
        raise NotFound(UNKNOWN_PERSON(batch=batch.name))
    if row.withdrawn_on != change.before:
        name = _names(session, change.participation_id)
        raise Conflict((ALREADY_WITHDRAWN if change.before is None else NOT_WITHDRAWN)(name=name))
    row.withdrawn_on = change.after
