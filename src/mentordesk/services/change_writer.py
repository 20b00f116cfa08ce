"""Writing a change set to the database, checking first that each row is still as it was.

These checks are optimistic locking: an action, an undo or a redo never overwrites what
someone else changed in the meantime, it fails with :class:`Conflict` instead.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from mentordesk.domain.enums import BatchStatus
from mentordesk.i18n import Text
from mentordesk.matching.settings import SETTINGS_KEY
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.change_sets import (
    ChangeSet,
    DuoFacts,
    ExclusionChange,
    PairChange,
    SettingsChange,
    WithdrawalChange,
)
from mentordesk.services.errors import Conflict, NotFound
from mentordesk.storage.models import Batch, Duo, ExcludedPair, Meeting, Participation, Person

STALE = Text(
    en="{pair} changed elsewhere since this was shown; reload and try again",
    fr="{pair} : modifié ailleurs entre-temps ; rechargez puis réessayez",
)
STALE_SETTINGS = Text(
    en="the batch's weights and rules changed elsewhere; reload and try again",
    fr="les poids et les règles de la promo ont changé ailleurs ; rechargez puis réessayez",
)
HAS_MEETINGS = Text(
    en="{pair} has meetings now: it cannot be removed",
    fr="{pair} a maintenant des rencontres : ce duo ne peut pas être supprimé",
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


def locked_batch(session: Session, batch_id: int) -> Batch:
    """The batch row, locked on PostgreSQL so that two coordinators' edits queue up.

    Every write goes through here, so a closed batch refuses them all at once: a closed
    batch is history, its figures stay as they were reported until it is reopened.
    """
    batch = batch_or_fail(session, batch_id)
    session.execute(select(Batch.id).where(Batch.id == batch.id).with_for_update())
    if batch.status is BatchStatus.CLOSED:
        raise Conflict(BATCH_CLOSED(batch=batch.name))
    return batch


def apply_changes(session: Session, batch: Batch, changes: ChangeSet) -> ChangeSet:
    """Write ``changes``; the result carries the duos' new version counters.

    A row that no longer is as the change set says it was before (or whose version moved
    on, or that a concurrent write made stale) refuses the whole change set.
    """
    try:
        for withdrawal in changes.withdrawals:
            _write_withdrawal(session, batch, withdrawal)
        pairs = tuple(_write_pair(session, batch, change) for change in changes.pairs)
        for exclusion in changes.exclusions:
            _write_exclusion(session, batch, exclusion)
        if changes.settings is not None:
            _write_settings(batch, changes.settings)
        session.flush()
    except StaleDataError as error:
        raise Conflict(STALE(pair=batch.name)) from error
    return replace(changes, pairs=pairs)


def _names(session: Session, *participation_ids: int) -> str:
    names = dict(
        session.execute(
            select(Participation.id, Person.first_name + " " + Person.last_name)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.id.in_(participation_ids))
        ).all()
    )
    return " – ".join(names.get(pid, str(pid)).strip() for pid in participation_ids)


def _write_settings(batch: Batch, change: SettingsChange) -> None:
    current = batch.settings.get(SETTINGS_KEY)
    if current != change.before:
        raise Conflict(STALE_SETTINGS())
    settings = dict(batch.settings)
    if change.after is None:
        settings.pop(SETTINGS_KEY, None)
    else:
        settings[SETTINGS_KEY] = change.after
    batch.settings = settings


def _write_pair(session: Session, batch: Batch, change: PairChange) -> PairChange:
    row = session.scalars(
        select(Duo).where(
            Duo.batch_id == batch.id,
            Duo.mentor_id == change.mentor_id,
            Duo.mentee_id == change.mentee_id,
        )
    ).one_or_none()
    _check_pair_row(session, row, change)
    after = change.after
    if after is None:
        if row is not None:
            _delete_duo(session, row, change)
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


def _check_pair_row(session: Session, row: Duo | None, change: PairChange) -> None:
    """The duo row is as the change found it: absent, or the same facts and version."""
    stale = Conflict(STALE(pair=_names(session, change.mentor_id, change.mentee_id)))
    if row is None:
        if change.before is not None:
            raise stale
        return
    facts = DuoFacts(row.state, row.pinned, row.ended_on, row.score)
    if change.before is None or not facts.same_as(change.before):
        raise stale
    if change.before_version is not None and row.version != change.before_version:
        raise stale


def _delete_duo(session: Session, row: Duo, change: PairChange) -> None:
    """A duo that has meetings is never deleted (it can only end)."""
    meetings = session.scalar(select(func.count()).where(Meeting.duo_id == row.id))
    if meetings:
        raise Conflict(HAS_MEETINGS(pair=_names(session, change.mentor_id, change.mentee_id)))
    session.delete(row)
    session.flush()


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
