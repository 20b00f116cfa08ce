"""Build small batches by hand, with answers known in advance, for the tracking tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus, DuoState, MeetingMode, MilestoneKind, Role
from mentordesk.storage.models import (
    Batch,
    Duo,
    Feedback,
    Meeting,
    Milestone,
    Participation,
    ParticipationTopic,
    Person,
)
from mentordesk.storage.queries import ensure_topics, get_or_create_programme

START = date(2026, 9, 7)
END = date(2027, 1, 7)
BATCH = "Promo automne 2026"


@dataclass
class PlannedDuo:
    mentor: str
    mentee: str
    meetings: tuple[str, ...] = ()
    state: DuoState = DuoState.CONFIRMED
    started_on: date | None = None
    ended_on: date | None = None
    mentee_withdrawn_on: date | None = None
    ratings: tuple[int | None, int | None] = (None, None)
    mentee_needs: tuple[str, ...] = ()
    mentee_languages: tuple[str, ...] = ("fr",)


@dataclass
class Built:
    batch: str
    duo_ids: dict[str, int] = field(default_factory=dict)


def build(
    context: AppContext,
    duos: list[PlannedDuo],
    *,
    name: str = BATCH,
    start: date = START,
    end: date = END,
    status: BatchStatus = BatchStatus.RUNNING,
    milestones: bool = True,
    settings: dict[str, object] | None = None,
) -> Built:
    """One batch with the given duos; people are named after their e-mail's local part."""
    built = Built(batch=name)
    with context.unit_of_work() as uow:
        session = uow.session
        programme = get_or_create_programme(session, "Mentorat freelance")
        batch = Batch(
            programme_id=programme.id,
            name=name,
            start_date=start,
            end_date=end,
            status=status,
            settings=dict(settings or {}),
        )
        session.add(batch)
        session.flush()
        if milestones:
            batch.milestones.extend(
                [
                    Milestone(kind=MilestoneKind.KICKOFF, date=start),
                    Milestone(kind=MilestoneKind.CHECKIN, date=date(2026, 11, 7)),
                    Milestone(kind=MilestoneKind.CLOSING, date=end),
                ]
            )
        people: dict[str, Participation] = {}

        def participant(local: str, role: Role) -> Participation:
            if local not in people:
                first, _, last = local.partition(".")
                person = Person(
                    email=f"{local}@example.org",
                    first_name=first.capitalize(),
                    last_name=last.capitalize(),
                )
                people[local] = Participation(
                    batch=batch,
                    person=person,
                    role=role,
                    capacity=2 if role is Role.MENTOR else None,
                    languages=["fr"],
                )
                session.add(people[local])
            return people[local]

        for planned in duos:
            mentor = participant(planned.mentor, Role.MENTOR)
            mentee = participant(planned.mentee, Role.MENTEE)
            mentee.withdrawn_on = planned.mentee_withdrawn_on
            mentee.languages = list(planned.mentee_languages)
            topics = ensure_topics(session, programme.id, planned.mentee_needs)
            mentee.topic_links = [
                ParticipationTopic(topic_id=topic.id, position=position)
                for position, topic in enumerate(topics)
            ]
            session.flush()
            duo = Duo(
                batch_id=batch.id,
                mentor_id=mentor.id,
                mentee_id=mentee.id,
                state=planned.state,
                started_on=planned.started_on or start,
                ended_on=planned.ended_on,
            )
            session.add(duo)
            session.flush()
            built.duo_ids[f"{planned.mentor}/{planned.mentee}"] = duo.id
            for day in planned.meetings:
                session.add(
                    Meeting(
                        duo_id=duo.id,
                        date=date.fromisoformat(day),
                        minutes=60,
                        mode=MeetingMode.VIDEO,
                    )
                )
            for participation, rating in zip((mentor, mentee), planned.ratings, strict=True):
                if rating is not None:
                    session.add(
                        Feedback(participation_id=participation.id, duo_id=duo.id, rating=rating)
                    )
        uow.commit()
    return built
