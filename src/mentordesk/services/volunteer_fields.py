"""A volunteer's editable fields, read from and written to the database, and the rules of
a change: names, e-mail, city (placed by the offline gazetteer), topics, role, capacity.

No transaction here: :mod:`mentordesk.services.volunteer_edit` runs these inside its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, aliased

from mentordesk.domain.emails import is_valid_email, normalise_email
from mentordesk.domain.enums import FormatPreference, Role
from mentordesk.domain.topics import clean_label, topic_key
from mentordesk.io.gazetteer import find_place
from mentordesk.services.errors import Conflict, InvalidInput
from mentordesk.services.volunteer_edit_texts import (
    CAPACITY_FOR_MENTORS,
    CAPACITY_RANGE,
    CITY_TOO_LONG,
    EMAIL_INVALID,
    EMAIL_TAKEN,
    NAME_MISSING,
    NAME_TOO_LONG,
    ROLE_EXCLUDED,
    ROLE_IN_DUO,
    UNKNOWN_CITY,
    UNKNOWN_TOPICS,
)
from mentordesk.storage.models import (
    LABEL_LENGTH,
    Duo,
    ExcludedPair,
    Participation,
    ParticipationTopic,
    Person,
    Topic,
)
from mentordesk.storage.queries import topics_by_key

MAX_CAPACITY = 50
"""The most mentees a mentor may be given: more is a typing slip."""
DEFAULT_CAPACITY = 1
"""A mentee who becomes a mentor takes one mentee unless told otherwise."""
EMAIL_LENGTH = 320


@dataclass(frozen=True)
class VolunteerFields:
    """Everything an edit may change, as stored: what an undo puts back exactly."""

    first_name: str
    last_name: str
    email: str
    role: Role
    capacity: int | None
    city: str
    postcode: str
    region: str
    country: str
    latitude: float | None
    longitude: float | None
    topics: tuple[str, ...]
    """Topic labels, in the volunteer's order."""
    languages: tuple[str, ...]
    format_preference: FormatPreference

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.email


@dataclass(frozen=True)
class VolunteerChanges:
    """What the coordinator asks to change; None keeps a field as it is."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    city: str | None = None
    topics: Sequence[str] | None = None
    capacity: int | None = None
    format_preference: FormatPreference | None = None
    languages: Sequence[str] | None = None
    role: Role | None = None


def read_fields(session: Session, participation: Participation) -> VolunteerFields:
    person = participation.person
    return VolunteerFields(
        first_name=person.first_name,
        last_name=person.last_name,
        email=person.email,
        role=participation.role,
        capacity=participation.capacity,
        city=participation.city,
        postcode=participation.postcode,
        region=participation.region,
        country=participation.country,
        latitude=participation.latitude,
        longitude=participation.longitude,
        topics=tuple(topic.label for topic in participation.topics),
        languages=tuple(participation.languages),
        format_preference=participation.format_preference,
    )


def write_fields(session: Session, participation: Participation, fields: VolunteerFields) -> None:
    """Store ``fields`` (already checked) on the participation and its person."""
    person = participation.person
    person.first_name, person.last_name, person.email = (
        fields.first_name,
        fields.last_name,
        fields.email,
    )
    for name in ("role", "capacity", "city", "postcode", "region", "country"):
        setattr(participation, name, getattr(fields, name))
    participation.latitude, participation.longitude = fields.latitude, fields.longitude
    participation.languages = list(fields.languages)
    participation.format_preference = fields.format_preference
    session.flush()
    if fields.topics != tuple(topic.label for topic in participation.topics):
        _write_topics(session, participation, fields.topics)


def _write_topics(session: Session, participation: Participation, labels: Sequence[str]) -> None:
    ids = resolve_topics(session, participation.batch.programme_id, labels)
    session.execute(
        delete(ParticipationTopic).where(ParticipationTopic.participation_id == participation.id)
    )
    session.add_all(
        ParticipationTopic(participation_id=participation.id, topic_id=topic_id, position=index)
        for index, topic_id in enumerate(ids)
    )
    session.flush()
    session.expire(participation, ["topics", "topic_links"])


def resolve_topics(session: Session, programme_id: int, labels: Sequence[str]) -> list[int]:
    """The ids of the programme's topics named by ``labels`` (by label or alias, accents and
    case ignored), in order and once each; refused when one is not a topic of the programme."""
    index = topics_by_key(session, programme_id)
    ids: list[int] = []
    unknown: list[str] = []
    for raw in labels:
        label = clean_label(raw)
        if not label:
            continue
        topic = index.get(topic_key(label))
        if topic is None:
            unknown.append(label)
        elif topic.id not in ids:
            ids.append(topic.id)
    if unknown:
        known = sorted({topic.label for topic in index.values()}, key=topic_key)
        raise InvalidInput(UNKNOWN_TOPICS(topics=", ".join(unknown), known=", ".join(known) or "—"))
    return ids


def programme_topics(session: Session, programme_id: int) -> list[str]:
    labels = session.scalars(select(Topic.label).where(Topic.programme_id == programme_id))
    return sorted(labels, key=topic_key)


def changed_fields(
    session: Session,
    participation: Participation,
    before: VolunteerFields,
    changes: VolunteerChanges,
    warnings: list[str],
) -> VolunteerFields:
    """``before`` with ``changes`` applied and checked; a warning for an unknown city."""
    after = before
    if changes.first_name is not None or changes.last_name is not None:
        after = _names(after, changes)
    if changes.email is not None:
        after = replace(after, email=_email(session, participation.person_id, changes.email))
    if changes.city is not None and " ".join(changes.city.split()) != before.city:
        after = _place(after, changes.city, warnings)
    if changes.topics is not None:
        ids = resolve_topics(session, participation.batch.programme_id, changes.topics)
        labels = dict(session.execute(select(Topic.id, Topic.label).where(Topic.id.in_(ids))).all())
        after = replace(after, topics=tuple(labels[i] for i in ids))
    if changes.languages is not None:
        wanted = (" ".join(code.split()) for code in changes.languages)
        after = replace(after, languages=tuple(dict.fromkeys(c for c in wanted if c)))
    if changes.format_preference is not None:
        after = replace(after, format_preference=changes.format_preference)
    if changes.role is not None and changes.role is not before.role:
        require_no_duo(session, participation, before.full_name)
        capacity = DEFAULT_CAPACITY if changes.role is Role.MENTOR else None
        after = replace(after, role=changes.role, capacity=capacity)
    if changes.capacity is not None:
        after = replace(after, capacity=_capacity(after, changes.capacity))
    return after


def _names(fields: VolunteerFields, changes: VolunteerChanges) -> VolunteerFields:
    first = " ".join((changes.first_name or "").split()) if changes.first_name is not None else None
    last = " ".join((changes.last_name or "").split()) if changes.last_name is not None else None
    first = fields.first_name if first is None else first
    last = fields.last_name if last is None else last
    if not (first or last):
        raise InvalidInput(NAME_MISSING())
    if max(len(first), len(last)) > LABEL_LENGTH:
        raise InvalidInput(NAME_TOO_LONG(limit=LABEL_LENGTH))
    return replace(fields, first_name=first, last_name=last)


def _email(session: Session, person_id: int, raw: str) -> str:
    email = normalise_email(raw)
    if not is_valid_email(email) or len(email) > EMAIL_LENGTH:
        raise InvalidInput(EMAIL_INVALID(value=raw.strip()))
    holder = session.scalars(
        select(Person).where(Person.email == email, Person.id != person_id)
    ).one_or_none()
    if holder is not None:
        raise Conflict(EMAIL_TAKEN(email=email, name=holder.full_name or holder.email))
    return email


def _place(fields: VolunteerFields, raw: str, warnings: list[str]) -> VolunteerFields:
    """The city placed as the questionnaire import places it: the gazetteer's name, postcode,
    region, country and coordinates, or the city as written, without them."""
    city = " ".join(raw.split())
    if len(city) > LABEL_LENGTH:
        raise InvalidInput(CITY_TOO_LONG(limit=LABEL_LENGTH))
    place = find_place(city) if city else None
    if place is None:
        if city:
            warnings.append(UNKNOWN_CITY(value=city))
        return replace(
            fields, city=city, postcode="", region="", country="", latitude=None, longitude=None
        )
    return replace(
        fields,
        city=place.name[:LABEL_LENGTH],
        postcode=(place.postcode or "")[:20],
        region=place.region[:LABEL_LENGTH],
        country=place.country[:2],
        latitude=place.latitude,
        longitude=place.longitude,
    )


def _capacity(fields: VolunteerFields, capacity: int) -> int:
    if fields.role is not Role.MENTOR:
        raise InvalidInput(CAPACITY_FOR_MENTORS(name=fields.full_name))
    if not 0 <= capacity <= MAX_CAPACITY:
        raise InvalidInput(CAPACITY_RANGE(limit=MAX_CAPACITY))
    return capacity


def require_no_duo(session: Session, participation: Participation, name: str) -> None:
    """Refuse a role change for someone in a duo (even an ended one) or an excluded pair:
    the database ties both sides of those to their roles."""
    for model, text in ((Duo, ROLE_IN_DUO), (ExcludedPair, ROLE_EXCLUDED)):
        partner = _partner_name(session, model, participation.id)
        if partner is not None:
            raise Conflict(text(name=name, partner=partner))


def _partner_name(session: Session, model: type[Duo] | type[ExcludedPair], pid: int) -> str | None:
    other = aliased(Participation)
    row = session.execute(
        select(Person.first_name, Person.last_name, Person.email)
        .select_from(model)
        .join(
            other,
            or_(
                (model.mentor_id == pid) & (other.id == model.mentee_id),
                (model.mentee_id == pid) & (other.id == model.mentor_id),
            ),
        )
        .join(Person, Person.id == other.person_id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return f"{row.first_name} {row.last_name}".strip() or row.email
