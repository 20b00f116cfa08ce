"""The questionnaire's answers written into a batch in bulk: people, participations, topics.

A handful of statements whatever the file's size (an import of ten thousand answers takes
seconds); the import's transaction wraps them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from mentordesk.domain.enums import Role
from mentordesk.domain.topics import clean_label, topic_key
from mentordesk.i18n import Text
from mentordesk.io.tables import Location
from mentordesk.services.bulk import bulk_insert, chunks
from mentordesk.services.import_records import (
    PARTICIPATION_CREATED,
    PARTICIPATION_UPDATED,
    PERSON_CREATED,
    PERSON_UPDATED,
    ImportChangeRow,
    changed_fields,
)
from mentordesk.services.problems import ROLE_NAMES, Problem
from mentordesk.services.questionnaire_answers import Answer
from mentordesk.services.row_import import Writing, Written
from mentordesk.storage.models import Batch, Duo, Participation, ParticipationTopic, Person
from mentordesk.storage.queries import ensure_topics, topics_by_key

CHECK_DUPLICATE = Text(
    en="nothing to do if the kept answer is the right one",
    fr="rien à faire si la réponse gardée est la bonne",
)
OLDER_ANSWER = Text(
    en="{email} already has a later answer in this batch ({stored}): this older one is ignored",
    fr="{email} a déjà une réponse plus récente dans cette promo ({stored}) : celle-ci, plus "
    "ancienne, est ignorée",
)
ROLE_IN_DUO = Text(
    en="{email} is already in a duo as {old}; the file says {new}: row skipped",
    fr="{email} est déjà en duo comme {old} ; le fichier indique {new} : ligne ignorée",
)
UNDO_DUO = Text(
    en="end or remove the duo first if the role really changed",
    fr="terminez ou supprimez d'abord le duo si le rôle a vraiment changé",
)

_PARTICIPATION: tuple[tuple[str, Callable[[Answer], Any]], ...] = (
    ("role", attrgetter("role")),
    ("capacity", lambda a: a.capacity if a.role is Role.MENTOR else None),
    ("city", lambda a: a.city[:200]),
    ("postcode", lambda a: a.postcode[:20]),
    ("region", lambda a: a.region[:200]),
    ("country", lambda a: a.country[:2]),
    ("latitude", attrgetter("latitude")),
    ("longitude", attrgetter("longitude")),
    ("languages", attrgetter("languages")),
    ("format_preference", attrgetter("format_preference")),
    ("availability", attrgetter("availability")),
    ("consent", attrgetter("consent")),
    ("comment", attrgetter("comment")),
    ("experience_years", attrgetter("experience_years")),
    ("company", lambda a: a.company[:200]),
    ("answered_at", attrgetter("answered_at")),
    ("raw_answers", attrgetter("raw_answers")),
)
"""Each participation column an answer fills, and how (the JSON ones as they are written)."""
_COMPARED = tuple(name for name, _ in _PARTICIPATION)
NAMES = ("first_name", "last_name")


def write_answers(writing: Writing, answers: Sequence[Answer]) -> Written:
    """Bulk upsert of people, participations and topic links: a handful of statements.

    Reports, in ``problems``, the answers older than the one the batch holds (left alone)
    and the role changes of people already in a duo (refused). ``details`` counts the
    mentors and mentees among the answers not refused.
    """
    session, batch, progress = writing.session, writing.batch, writing.progress
    people, new_people = _people(session, answers)
    if progress is not None:
        progress(55)
    changes = _Changes(session, batch, answers)
    changes.written.changes.extend(
        ImportChangeRow(PERSON_CREATED, person_id=pid) for pid in new_people
    )
    if progress is not None:
        progress(65)
    for answer in answers:
        changes.add(answer, people[answer.email], writing.problems)
    changes.update(session)
    if progress is not None:
        progress(75)
    changes.insert(session, batch)
    session.flush()
    refused = changes.refused
    kept = [a for a in answers if a.location not in refused] if refused else answers
    mentors = sum(1 for a in kept if a.role is Role.MENTOR)
    mentees = sum(1 for a in kept if a.role is Role.MENTEE)
    written = changes.written
    written.details = (("mentors", mentors), ("mentees", mentees))
    return written


def stored_names(session: Session, emails: Sequence[str]) -> dict[str, str]:
    """The full name of each person among ``emails`` already known, by e-mail."""
    return {
        email: f"{first} {last}".strip()
        for email, (_, first, last) in _people_by_email(session, emails).items()
    }


def _people(
    session: Session, answers: Sequence[Answer]
) -> tuple[dict[str, tuple[int, str, str]], list[int]]:
    """Everyone who answered, by e-mail: their id and stored names (the new ones inserted);
    and the ids of the people inserted."""
    people = _people_by_email(session, [a.email for a in answers])
    inserted: list[int] = []
    names = {
        a.email: (a.first_name[:200], a.last_name[:200]) for a in answers if a.email not in people
    }
    if names:
        bulk_insert(
            session,
            Person.__table__,
            {
                "email": list(names),
                "first_name": [first for first, _ in names.values()],
                "last_name": [last for _, last in names.values()],
            },
        )
        for email, pid in _by_email(session, list(names), Person.id):
            people[email] = (pid, *names[email])
            inserted.append(pid)
    return people, inserted


class _Changes:
    """What the answers change in the batch, gathered answer by answer, then written in bulk.

    The batch's own rows are read whole first: one query each, whatever the file's size.
    """

    def __init__(self, session: Session, batch: Batch, answers: Sequence[Answer]) -> None:
        self.written = Written()
        self.stored, self.in_duos, self.links = _stored(session, batch)
        self.topic_ids = _topic_ids(session, batch, answers)
        self.new_answers: list[Answer] = []
        self.new_people: list[int] = []
        self.insert_topics: list[list[int]] = []
        self.to_update: list[dict[str, Any]] = []
        self.update_topics: dict[int, list[int]] = {}
        self.renamed: list[dict[str, Any]] = []
        self.refused: set[Location] = set()
        """Where the refused answers are."""
        self.topic_lists: dict[tuple[str, ...], list[int]] = {}
        """Answers share their topics' tuples (read once per distinct cell), so do their ids."""

    def _topics(self, answer: Answer) -> list[int]:
        wanted = self.topic_lists.get(answer.topics)
        if wanted is None:
            ids = self.topic_ids
            wanted = list(dict.fromkeys(ids[label] for label in answer.topics if label in ids))
            self.topic_lists[answer.topics] = wanted
        return wanted

    def add(self, answer: Answer, person: tuple[int, str, str], problems: list[Problem]) -> None:
        """Count ``answer`` as created, updated, unchanged or refused, and note its writes.

        An answer older than the stored one is left alone (and its names too); a role change
        of someone in a duo is refused."""
        pid, first, last = person
        wanted = self._topics(answer)
        renamed = (answer.first_name and answer.first_name != first) or (
            answer.last_name and answer.last_name != last
        )
        current = self.stored.get(pid)
        if current is None:
            self.new_answers.append(answer)
            self.new_people.append(pid)
            self.insert_topics.append(wanted)
            self.written.created += 1
        elif not self._accepted(answer, current, problems):
            return
        elif renamed or not self._unchanged(answer, current, wanted):
            self._update(answer, current, wanted)
        if renamed:
            names = {
                "first_name": (answer.first_name or first)[:200],
                "last_name": (answer.last_name or last)[:200],
            }
            self.renamed.append({"id": pid, **names})
            previous = changed_fields({"first_name": first, "last_name": last}, names, NAMES)
            self.written.changes.append(ImportChangeRow(PERSON_UPDATED, pid, previous=previous))

    def _accepted(self, answer: Answer, current: dict[str, Any], problems: list[Problem]) -> bool:
        stored_at = current["answered_at"]
        if (
            stored_at is not None
            and answer.answered_at is not None
            and answer.answered_at < stored_at
        ):
            self.written.unchanged += 1
            message = OLDER_ANSWER(email=answer.email, stored=stored_at.isoformat(sep=" "))
            problems.append(Problem(answer.location, message, CHECK_DUPLICATE(), "warning"))
            return False
        if current["role"] != answer.role and current["id"] in self.in_duos:
            old, new = ROLE_NAMES[current["role"]](), ROLE_NAMES[answer.role]()
            message = ROLE_IN_DUO(email=answer.email, old=old, new=new)
            problems.append(Problem(answer.location, message, UNDO_DUO()))
            self.refused.add(answer.location)
            return False
        return True

    def _unchanged(self, answer: Answer, current: dict[str, Any], wanted: list[int]) -> bool:
        values = _participation_values(answer)
        same = all(_same(current[name], values[name]) for name in _COMPARED)
        if same and self.links.get(current["id"], []) == wanted:
            self.written.unchanged += 1
            return True
        return False

    def _update(self, answer: Answer, current: dict[str, Any], wanted: list[int]) -> None:
        values = _participation_values(answer)
        self.to_update.append({"id": current["id"], **values})
        self.update_topics[current["id"]] = wanted
        self.written.updated += 1
        before = {**current, "topics": self.links.get(current["id"], [])}
        previous = changed_fields(before, {**values, "topics": wanted}, (*_COMPARED, "topics"))
        self.written.changes.append(
            ImportChangeRow(
                PARTICIPATION_UPDATED, current["person_id"], current["id"], previous=previous
            )
        )

    def update(self, session: Session) -> None:
        """The names and the stored participations changed; their topic links removed."""
        if self.renamed:
            session.execute(update(Person), self.renamed)
        if self.to_update:
            session.execute(update(Participation), self.to_update)
            for chunk in chunks(list(self.update_topics)):
                session.execute(
                    delete(ParticipationTopic).where(ParticipationTopic.participation_id.in_(chunk))
                )

    def insert(self, session: Session, batch: Batch) -> None:
        """The new participations, then every topic link to write."""
        links: list[tuple[int, list[int]]] = list(self.update_topics.items())
        if self.new_answers:
            columns = {"batch_id": [batch.id] * len(self.new_answers), "person_id": self.new_people}
            columns.update((name, list(map(get, self.new_answers))) for name, get in _PARTICIPATION)
            bulk_insert(session, Participation.__table__, columns)
            inserted = dict(
                session.connection()
                .execute(
                    select(Participation.person_id, Participation.id).where(
                        Participation.batch_id == batch.id
                    )
                )
                .all()
            )
            new = [inserted[pid] for pid in self.new_people]
            links[:0] = zip(new, self.insert_topics, strict=True)
            self.written.changes.extend(
                ImportChangeRow(PARTICIPATION_CREATED, pid, participation_id)
                for pid, participation_id in zip(self.new_people, new, strict=True)
            )
        columns = {"participation_id": [], "topic_id": [], "position": []}
        for participation_id, topic_list in links:
            columns["participation_id"].extend([participation_id] * len(topic_list))
            columns["topic_id"].extend(topic_list)
            columns["position"].extend(range(len(topic_list)))
        if columns["topic_id"]:
            bulk_insert(session, ParticipationTopic.__table__, columns)


def _stored(
    session: Session, batch: Batch
) -> tuple[dict[int, dict[str, Any]], set[int], dict[int, list[int]]]:
    """The batch's participations by person id, the participations in a duo, and each
    participation's topic ids in order."""
    stored: dict[int, dict[str, Any]] = {
        row.person_id: dict(row._mapping)
        for row in session.execute(
            select(
                Participation.id,
                Participation.person_id,
                *[getattr(Participation, name) for name in _COMPARED],
            ).where(Participation.batch_id == batch.id)
        )
    }
    in_duos: set[int] = set()
    links: dict[int, list[int]] = {}
    if stored:
        for mentor_id, mentee_id in session.execute(
            select(Duo.mentor_id, Duo.mentee_id).where(Duo.batch_id == batch.id)
        ):
            in_duos.update((mentor_id, mentee_id))
        for pid, topic_id in session.execute(
            select(ParticipationTopic.participation_id, ParticipationTopic.topic_id)
            .join(Participation, Participation.id == ParticipationTopic.participation_id)
            .where(Participation.batch_id == batch.id)
            .order_by(ParticipationTopic.participation_id, ParticipationTopic.position)
        ):
            links.setdefault(pid, []).append(topic_id)
    return stored, in_duos, links


def _topic_ids(session: Session, batch: Batch, answers: Sequence[Answer]) -> dict[str, int]:
    """The id of each topic the answers name, the programme's new topics created."""
    index = topics_by_key(session, batch.programme_id)
    all_labels = list(dict.fromkeys(label for a in answers for label in a.topics))
    ensure_topics(session, batch.programme_id, all_labels, index)
    topic_ids: dict[str, int] = {}
    for label in all_labels:
        topic = index.get(topic_key(clean_label(label)))
        if topic is not None:
            topic_ids[label] = topic.id
    return topic_ids


def _participation_values(answer: Answer) -> dict[str, Any]:
    """The columns as read back from the database, to compare and update (languages a list)."""
    values = {name: get(answer) for name, get in _PARTICIPATION}
    values["languages"] = list(answer.languages)
    values["raw_answers"] = dict(answer.raw_answers)
    return values


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, float) and isinstance(new, float):
        return abs(old - new) < 1e-9
    return bool(old == new)


def _people_by_email(session: Session, emails: Sequence[str]) -> dict[str, tuple[int, str, str]]:
    """The people among ``emails`` already known: their id and names."""
    rows = _by_email(session, emails, Person.id, Person.first_name, Person.last_name)
    return {email: (pid, first, last) for email, pid, first, last in rows}


def _by_email(session: Session, emails: Sequence[str], *columns: Any) -> list[Any]:
    """``columns`` of the people among ``emails``, each row led by the e-mail: everyone read
    at once when that is cheaper than many ``IN`` lists, else by chunks through one cached
    statement."""
    connection = session.connection()
    total = connection.scalar(select(func.count()).select_from(Person)) or 0
    wanted = set(emails)
    if total <= 4 * len(wanted):
        rows = connection.execute(select(Person.email, *columns)).all()
        return [row for row in rows if row[0] in wanted]
    found: list[Any] = []
    statement = select(Person.email, *columns).where(
        Person.email.in_(bindparam("emails", expanding=True))
    )
    for chunk in chunks(list(wanted)):
        found.extend(connection.execute(statement, {"emails": list(chunk)}).all())
    return found
