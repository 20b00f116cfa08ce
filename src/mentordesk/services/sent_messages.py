"""When introductions and nudges were given to their duos: copied, opened in the mail program
or written as ``.eml`` files, by whom.

MentorDesk cannot know whether a message left the mail program; it remembers what the
coordinator did with it, so that the window can say « sent on 2 Mar 2026 (copied) » and put
the duos not nudged lately first.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from mentordesk.i18n import Text
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.storage.models import Duo, MessageSent
from mentordesk.storage.unit_of_work import UnitOfWorkFactory


class MessageKind(StrEnum):
    INTRODUCTION = "introduction"
    NUDGE = "nudge"


class SendChannel(StrEnum):
    COPIED = "copied"
    MAIL = "mail"
    EML = "eml"


UNKNOWN_KIND = Text(
    en="unknown kind of message {kind!r}: use one of {kinds}",
    fr="type de message inconnu « {kind} » : utilisez l'un de {kinds}",
)
UNKNOWN_CHANNEL = Text(
    en="unknown way of sending {channel!r}: use one of {channels}",
    fr="façon d'envoyer inconnue « {channel} » : utilisez l'une de {channels}",
)
DUOS_NOT_FOUND = Text(
    en="no duo numbered {ids}: it may have been deleted meanwhile",
    fr="aucun duo numéro {ids} : il a peut-être été supprimé entre-temps",
)
COORDINATOR_LENGTH = 200


def system_user() -> str:
    """Who is sending, as the front ends say it for now: the login name, or "" unknown."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


@dataclass(frozen=True)
class SentMessage:
    """One introduction or nudge given to a duo."""

    duo_id: int
    kind: MessageKind
    channel: SendChannel
    sent_at: datetime
    coordinator: str


def _kind(value: str) -> MessageKind:
    try:
        return MessageKind(value)
    except ValueError:
        kinds = ", ".join(k.value for k in MessageKind)
        raise InvalidInput(UNKNOWN_KIND(kind=value, kinds=kinds)) from None


def _channel(value: str) -> SendChannel:
    try:
        return SendChannel(value)
    except ValueError:
        channels = ", ".join(c.value for c in SendChannel)
        raise InvalidInput(UNKNOWN_CHANNEL(channel=value, channels=channels)) from None


def _record(row: MessageSent) -> SentMessage:
    return SentMessage(
        duo_id=row.duo_id,
        kind=MessageKind(row.kind),
        channel=SendChannel(row.channel),
        sent_at=row.sent_at,
        coordinator=row.coordinator,
    )


class SentMessageService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def record_sent(
        self,
        duo_ids: Iterable[int],
        kind: str,
        channel: str,
        coordinator: str = "",
        at: datetime | None = None,
    ) -> list[SentMessage]:
        """Remember that each duo of ``duo_ids`` was given its ``kind`` message through
        ``channel`` (now unless ``at``); nothing is written when one duo is unknown."""
        message_kind, send_channel = _kind(kind), _channel(channel)
        ids = list(dict.fromkeys(duo_ids))
        sent_at = (at or datetime.now()).replace(microsecond=0)
        who = coordinator.strip()[:COORDINATOR_LENGTH]
        with self._uow() as uow:
            known = set(uow.session.scalars(select(Duo.id).where(Duo.id.in_(ids))))
            missing = [str(duo_id) for duo_id in ids if duo_id not in known]
            if missing:
                raise NotFound(DUOS_NOT_FOUND(ids=", ".join(missing)))
            rows = [
                MessageSent(
                    duo_id=duo_id,
                    kind=message_kind.value,
                    channel=send_channel.value,
                    sent_at=sent_at,
                    coordinator=who,
                )
                for duo_id in ids
            ]
            uow.session.add_all(rows)
            uow.commit()
            return [_record(row) for row in rows]

    def last_sent(self, duo_ids: Iterable[int], kind: str) -> dict[int, SentMessage]:
        """The latest ``kind`` message given to each of ``duo_ids`` that was ever given one."""
        message_kind = _kind(kind)
        ids = list(set(duo_ids))
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(MessageSent)
                .where(MessageSent.kind == message_kind.value, MessageSent.duo_id.in_(ids))
                .order_by(MessageSent.sent_at, MessageSent.id)
            )
            return {row.duo_id: _record(row) for row in rows}

    def history(self, duo_id: int) -> list[SentMessage]:
        """Every message given to the duo, the latest first."""
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(MessageSent)
                .where(MessageSent.duo_id == duo_id)
                .order_by(MessageSent.sent_at.desc(), MessageSent.id.desc())
            )
            return [_record(row) for row in rows]
