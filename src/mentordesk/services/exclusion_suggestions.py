"""Pairs worth excluding from a batch: colleagues, and people who were a duo before."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from mentordesk.domain.topics import topic_key
from mentordesk.i18n import Text
from mentordesk.services.matching_snapshot import BatchSnapshot, Participant
from mentordesk.storage.models import Batch, Duo, Participation

SAME_COMPANY = Text(en="same company: {company}", fr="même entreprise : {company}")
PAIRED_BEFORE = Text(en="already paired in {batch}", fr="déjà en duo dans « {batch} »")

Pair = tuple[int, int]


@dataclass(frozen=True)
class ExclusionSuggestion:
    mentor: Participant
    mentee: Participant
    reason: str


def suggest_exclusions(
    snapshot: BatchSnapshot, earlier: dict[int, list[tuple[int, str]]], lang: str
) -> list[ExclusionSuggestion]:
    """The active pairs not excluded yet, by mentor then mentee name.

    A pair both colleagues and a former duo is suggested once, as colleagues.
    """
    mentors = [p for p in snapshot.mentors if p.active]
    mentees = [p for p in snapshot.mentees if p.active]
    found = _colleagues(mentors, mentees, lang)
    for pair, suggestion in _former_duos(mentors, mentees, earlier, lang).items():
        found.setdefault(pair, suggestion)
    return sorted(
        (s for pair, s in found.items() if pair not in snapshot.exclusions),
        key=lambda s: (s.mentor.name.casefold(), s.mentee.name.casefold()),
    )


def _colleagues(
    mentors: list[Participant], mentees: list[Participant], lang: str
) -> dict[Pair, ExclusionSuggestion]:
    """Mentors and mentees whose companies have the same accent- and case-free name."""
    by_company: dict[str, list[Participant]] = {}
    for mentee in mentees:
        key = topic_key(mentee.company)
        if key:
            by_company.setdefault(key, []).append(mentee)
    found: dict[Pair, ExclusionSuggestion] = {}
    for mentor in mentors:
        for mentee in by_company.get(topic_key(mentor.company), ()):
            pair = (mentor.participation_id, mentee.participation_id)
            found[pair] = ExclusionSuggestion(
                mentor, mentee, SAME_COMPANY(lang, company=mentor.company)
            )
    return found


def _former_duos(
    mentors: list[Participant],
    mentees: list[Participant],
    earlier: dict[int, list[tuple[int, str]]],
    lang: str,
) -> dict[Pair, ExclusionSuggestion]:
    """Mentors and mentees who formed a duo in another batch, named by the latest one."""
    mentee_of_person = {p.person_id: p for p in mentees}
    found: dict[Pair, ExclusionSuggestion] = {}
    for mentor in mentors:
        for person_id, batch_name in earlier.get(mentor.person_id, ()):
            former = mentee_of_person.get(person_id)
            if former is not None:
                pair = (mentor.participation_id, former.participation_id)
                found.setdefault(
                    pair,
                    ExclusionSuggestion(mentor, former, PAIRED_BEFORE(lang, batch=batch_name)),
                )
    return found


def earlier_pairs(session: Session, batch: Batch) -> dict[int, list[tuple[int, str]]]:
    """For each person, the people they formed a duo with in the programme's other batches.

    Latest batch first.
    """
    mentor = aliased(Participation)
    mentee = aliased(Participation)
    rows = session.execute(
        select(mentor.person_id, mentee.person_id, Batch.name)
        .select_from(Duo)
        .join(mentor, mentor.id == Duo.mentor_id)
        .join(mentee, mentee.id == Duo.mentee_id)
        .join(Batch, Batch.id == Duo.batch_id)
        .where(Batch.programme_id == batch.programme_id, Batch.id != batch.id)
        .order_by(Batch.start_date.desc())
    ).all()
    pairs: dict[int, list[tuple[int, str]]] = {}
    for first, second, name in rows:
        pairs.setdefault(first, []).append((second, name))
        pairs.setdefault(second, []).append((first, name))
    return pairs
