"""End-of-batch feedback: each participant's answer, entered or corrected by the coordinator.

One answer per participant of a batch (mentor or mentee): a rating out of 10, what they
progressed on, whether they learned from their partner, a comment and whether it may be
quoted. A comment that may not be quoted is private: it leaves the application only in the
coordinator's own Excel export.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mentordesk.domain.enums import Role
from mentordesk.domain.figures import COUNTED_STATES
from mentordesk.domain.topics import clean_label, topic_key
from mentordesk.i18n import Text
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.storage.models import Batch, Duo, Feedback, Participation, Person
from mentordesk.storage.queries import topics_by_key
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

BAD_RATING = Text(
    en="a rating is a whole number from 0 to 10, not {value}",
    fr="une note est un nombre entier de 0 à 10, pas {value}",
)
NOT_A_PARTICIPANT = Text(
    en="this volunteer is not part of the batch {batch!r}",
    fr="cette personne ne fait pas partie de la promo « {batch} »",
)
NOT_THEIR_DUO = Text(en="{name} is not in that duo", fr="{name} ne fait pas partie de ce duo")
NO_ANSWER = Text(en="{name} has no feedback to delete", fr="{name} n'a pas de retour à supprimer")
SURVEY_CHOICES = "survey_choices"
"""The key, in a batch's settings, of the survey's fixed choices for what mentees progressed on."""


@dataclass(frozen=True)
class FeedbackEntry:
    """A participant and their answer (``answered`` is False until there is one)."""

    participation_id: int
    email: str
    first_name: str
    last_name: str
    role: Role
    partners: tuple[str, ...]
    duo_ids: tuple[int, ...]
    answered: bool
    duo_id: int | None = None
    rating: int | None = None
    progressed_on: tuple[str, ...] = ()
    learned_from_partner: bool | None = None
    comment: str = ""
    may_quote: bool = False
    submitted_at: datetime | None = None
    imported: bool = False

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.email


@dataclass(frozen=True)
class FeedbackInput:
    """What the coordinator typed; ``duo_id`` None means the participant's only duo, if any."""

    participation_id: int
    rating: int | None
    progressed_on: tuple[str, ...] = ()
    learned_from_partner: bool | None = None
    comment: str = ""
    may_quote: bool = False
    duo_id: int | None = None
    submitted_at: datetime | None = None


def check_rating(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise InvalidInput(BAD_RATING(value=value))
    return value


def clean_progress(labels: Iterable[str]) -> list[str]:
    """Labels trimmed, each subject once (compared by :func:`topic_key`), in their order."""
    seen: set[str] = set()
    result: list[str] = []
    for raw in labels:
        label = clean_label(raw)
        key = topic_key(label)
        if key and key not in seen:
            seen.add(key)
            result.append(label)
    return result


def survey_choices(batch: Batch) -> list[str]:
    """The fixed choices the survey offered for what mentees progressed on (see
    :func:`remember_survey_choices`)."""
    return [str(label) for label in batch.settings.get(SURVEY_CHOICES, [])]


def remember_survey_choices(batch: Batch, labels: Iterable[str]) -> None:
    """Keep the survey's fixed choices with the batch, beside those already known."""
    known = survey_choices(batch)
    merged = clean_progress([*known, *labels])
    if merged != known:
        batch.settings = {**batch.settings, SURVEY_CHOICES: merged}


def printable_subjects(session: Session, batch: Batch) -> dict[str, str]:
    """The subjects a printed report may name, by :func:`topic_key`, with the label to print.

    The programme's topics (under their label and each alias, printed with the topic's
    label) and the survey's fixed choices: words the coordinator wrote. A respondent's own
    words (a form's "Other: …" answer) are not among them, since they may be private.
    """
    subjects = {
        key: topic.label for key, topic in topics_by_key(session, batch.programme_id).items()
    }
    for label in survey_choices(batch):
        subjects.setdefault(topic_key(label), clean_label(label))
    return subjects


class FeedbackService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def entries(self, batch_id: int) -> list[FeedbackEntry]:
        """Every participant of a duo formed, and anyone else who answered; mentors first."""
        with self._uow() as uow:
            batch = batch_or_fail(uow.session, batch_id)
            return _entries(uow.session, batch)

    def entry(self, batch_id: int, participation_id: int) -> FeedbackEntry:
        with self._uow() as uow:
            batch = batch_or_fail(uow.session, batch_id)
            for entry in _entries(uow.session, batch, participation_id):
                return entry
            return _outsider_entry(uow.session, batch, participation_id)

    def progress_choices(self, batch_id: int) -> list[str]:
        """The subjects to offer: the programme's topics and the survey's choices.

        Other answers stay with their author's entry: one respondent's own words are never
        offered as a choice for another.
        """
        with self._uow() as uow:
            batch = batch_or_fail(uow.session, batch_id)
            topics = topics_by_key(uow.session, batch.programme_id)
            choices = [label for label in survey_choices(batch) if topic_key(label) not in topics]
            labels = {topic.label for topic in topics.values()}
        return clean_progress([*sorted(labels, key=topic_key), *sorted(choices, key=topic_key)])

    def save(self, batch_id: int, answer: FeedbackInput) -> FeedbackEntry:
        """Create or correct a participant's answer."""
        rating = check_rating(answer.rating)
        with self._uow() as uow:
            session = uow.session
            batch = batch_or_fail(session, batch_id)
            participation = _participation(session, batch, answer.participation_id)
            duo_id = _duo_for(session, participation, answer.duo_id)
            feedback = participation.feedback or Feedback(participation_id=participation.id)
            comment = answer.comment.strip()
            feedback.duo_id = duo_id
            feedback.rating = rating
            feedback.progressed_on = clean_progress(answer.progressed_on)
            feedback.learned_from_partner = answer.learned_from_partner
            feedback.comment = comment
            feedback.may_quote = bool(answer.may_quote and comment)
            if answer.submitted_at is not None or feedback.submitted_at is None:
                feedback.submitted_at = answer.submitted_at or datetime.now().replace(microsecond=0)
            session.add(feedback)
            uow.commit()
        return self.entry(batch_id, answer.participation_id)

    def delete(self, batch_id: int, participation_id: int) -> None:
        with self._uow() as uow:
            session = uow.session
            batch = batch_or_fail(session, batch_id)
            participation = _participation(session, batch, participation_id)
            if participation.feedback is None:
                raise NotFound(NO_ANSWER(name=participation.person.full_name))
            session.delete(participation.feedback)
            uow.commit()


def _participation(session: Session, batch: Batch, participation_id: int) -> Participation:
    participation = session.get(Participation, participation_id)
    if participation is None or participation.batch_id != batch.id:
        raise NotFound(NOT_A_PARTICIPANT(batch=batch.name))
    return participation


def formed_duos(session: Session, participation: Participation) -> list[Duo]:
    return list(
        session.scalars(
            select(Duo)
            .where(
                or_(Duo.mentor_id == participation.id, Duo.mentee_id == participation.id),
                Duo.state.in_(COUNTED_STATES),
            )
            .order_by(Duo.id)
        )
    )


def _duo_for(session: Session, participation: Participation, duo_id: int | None) -> int | None:
    """The duo an answer is tied to: the one named, else the participant's only duo formed.

    A mentor with several duos and no duo named answers for all of them (None).
    """
    if duo_id is None:
        duos = formed_duos(session, participation)
        return duos[0].id if len(duos) == 1 else None
    duo = session.get(Duo, duo_id)
    if duo is None or participation.id not in (duo.mentor_id, duo.mentee_id):
        raise InvalidInput(NOT_THEIR_DUO(name=participation.person.full_name))
    return duo.id


def _entries(session: Session, batch: Batch, only: int | None = None) -> list[FeedbackEntry]:
    people: dict[int, tuple[str, str, str, Role]] = {}
    query = (
        select(
            Participation.id,
            Person.email,
            Person.first_name,
            Person.last_name,
            Participation.role,
        )
        .join(Person, Participation.person_id == Person.id)
        .where(Participation.batch_id == batch.id)
    )
    for pid, email, first, last, role in session.execute(query):
        people[pid] = (email, first, last, role)
    partners: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for duo_id, mentor_id, mentee_id in session.execute(
        select(Duo.id, Duo.mentor_id, Duo.mentee_id).where(
            Duo.batch_id == batch.id, Duo.state.in_(COUNTED_STATES)
        )
    ):
        partners[mentor_id].append((duo_id, mentee_id))
        partners[mentee_id].append((duo_id, mentor_id))
    answers = {
        feedback.participation_id: feedback
        for feedback in session.scalars(
            select(Feedback)
            .join(Participation, Feedback.participation_id == Participation.id)
            .where(Participation.batch_id == batch.id)
        )
    }
    wanted: Sequence[int] = [only] if only is not None else list(people)
    entries = []
    for pid in wanted:
        if pid not in people or (pid not in partners and pid not in answers):
            continue
        email, first, last, role = people[pid]
        duo_partners = sorted(partners.get(pid, []))
        names = tuple(
            f"{people[other][1]} {people[other][2]}".strip() or people[other][0]
            for _, other in duo_partners
        )
        entry = FeedbackEntry(
            participation_id=pid,
            email=email,
            first_name=first,
            last_name=last,
            role=role,
            partners=names,
            duo_ids=tuple(duo_id for duo_id, _ in duo_partners),
            answered=False,
        )
        answer = answers.get(pid)
        entries.append(entry if answer is None else _with_answer(entry, answer))
    order = {Role.MENTOR: 0, Role.MENTEE: 1}
    entries.sort(
        key=lambda e: (order[e.role], topic_key(e.last_name), topic_key(e.first_name), e.email)
    )
    return entries


def _with_answer(entry: FeedbackEntry, answer: Feedback) -> FeedbackEntry:
    return replace(
        entry,
        answered=True,
        duo_id=answer.duo_id,
        rating=answer.rating,
        progressed_on=tuple(answer.progressed_on or ()),
        learned_from_partner=answer.learned_from_partner,
        comment=answer.comment or "",
        may_quote=answer.may_quote,
        submitted_at=answer.submitted_at,
        imported=bool(answer.raw_answers),
    )


def _outsider_entry(session: Session, batch: Batch, participation_id: int) -> FeedbackEntry:
    """A volunteer of the batch who is in no duo and has not answered (yet)."""
    participation = _participation(session, batch, participation_id)
    person = participation.person
    return FeedbackEntry(
        participation_id=participation.id,
        email=person.email,
        first_name=person.first_name,
        last_name=person.last_name,
        role=participation.role,
        partners=(),
        duo_ids=(),
        answered=False,
    )
