"""Closed vocabularies of the programme, stored by value in the database."""

from __future__ import annotations

from enum import StrEnum


class BatchStatus(StrEnum):
    DRAFT = "draft"
    MATCHING = "matching"
    RUNNING = "running"
    CLOSED = "closed"


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class FormatPreference(StrEnum):
    IN_PERSON = "in_person"
    REMOTE = "remote"
    EITHER = "either"


class DuoState(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    ENDED = "ended"


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class MilestoneKind(StrEnum):
    KICKOFF = "kickoff"
    CHECKIN = "checkin"
    CLOSING = "closing"
    CUSTOM = "custom"
