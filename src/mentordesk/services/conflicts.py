"""What a pair or a current duo breaks: withdrawals, exclusions, capacity, hard rules.

Pure functions of a :class:`BatchSnapshot`: the window calls them while dragging, the
curation service before it writes a duo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mentordesk.i18n import Text, as_language, current_language
from mentordesk.matching.reasons import broken_rule_texts
from mentordesk.matching.scoring import pair_details
from mentordesk.services.matching_snapshot import BatchSnapshot, DuoRecord, Participant

WITHDRAWN = Text(en="{name} withdrew on {date}", fr="{name} s'est retiré(e) le {date}")
EXCLUDED = Text(en="excluded pair", fr="paire exclue")
EXCLUDED_BECAUSE = Text(en="excluded pair: {reason}", fr="paire exclue : {reason}")
OVER_CAPACITY = Text(
    en="{name} would have {count} mentees for {capacity} {places}",
    fr="{name} aurait {count} mentoré(e)s pour {capacity} {places}",
)
OVER_CAPACITY_NOW = Text(
    en="{name} has {count} mentees for {capacity} {places}",
    fr="{name} a {count} mentoré(e)s pour {capacity} {places}",
)
PLACE = Text(en="place", fr="place")
PLACES = Text(en="places", fr="places")
LIST_SEPARATOR = " · "
"""Between several messages: the same in both languages, unlike "; " (« ; » in French)."""
ALREADY_DUO = Text(en="they already form a duo", fr="ils forment déjà un duo")
SEVERAL_MENTORS = Text(en="{name} has {count} mentors", fr="{name} a {count} mentors")


class ConflictKind(StrEnum):
    WITHDRAWN = "withdrawn"
    EXCLUDED = "excluded"
    ALREADY_DUO = "already_duo"
    CAPACITY = "capacity"
    RULE = "rule"
    SEVERAL_MENTORS = "several_mentors"


BLOCKING = frozenset({ConflictKind.WITHDRAWN, ConflictKind.EXCLUDED, ConflictKind.ALREADY_DUO})
"""Refused outright. The other conflicts are allowed with a warning: the coordinator decides."""


@dataclass(frozen=True)
class PairConflict:
    kind: ConflictKind
    message: str

    @property
    def blocking(self) -> bool:
        return self.kind in BLOCKING


def pair_conflicts(
    snapshot: BatchSnapshot,
    mentor_id: int,
    mentee_id: int,
    language: str | None = None,
    *,
    freed: int = 0,
) -> list[PairConflict]:
    """What pairing this mentor with this mentee would break, most serious first.

    The mentee's current mentor, if any, is left: the pair is a move, not a second duo.
    ``freed`` places of the mentor are about to be given up in the same action (a swap).
    """
    lang = as_language(language) if language else current_language()
    mentor, mentee = snapshot.mentor(mentor_id), snapshot.mentee(mentee_id)
    found = _withdrawn(lang, mentor, mentee)
    if (mentor_id, mentee_id) in snapshot.exclusions:
        found.append(_excluded(snapshot, mentor_id, mentee_id, lang))
    if snapshot.current_duo(mentor_id, mentee_id) is not None:
        found.append(PairConflict(ConflictKind.ALREADY_DUO, ALREADY_DUO(lang)))
        return found
    count = snapshot.used(mentor_id) - freed + 1
    if count > mentor.capacity:
        found.append(_over_capacity(OVER_CAPACITY, mentor, count, lang))
    found.extend(_rule_conflicts(snapshot, mentor_id, mentee_id, lang))
    return found


def duo_conflicts(
    snapshot: BatchSnapshot, duo: DuoRecord, language: str | None = None
) -> list[PairConflict]:
    """What is wrong with a current duo as it stands."""
    lang = as_language(language) if language else current_language()
    mentor, mentee = snapshot.mentor(duo.mentor_id), snapshot.mentee(duo.mentee_id)
    found: list[PairConflict] = []
    if duo.pair in snapshot.exclusions:
        found.append(_excluded(snapshot, duo.mentor_id, duo.mentee_id, lang))
    used = snapshot.used(duo.mentor_id)
    if used > mentor.capacity:
        found.append(_over_capacity(OVER_CAPACITY_NOW, mentor, used, lang))
    mentors = len(snapshot.duos_of_mentee.get(duo.mentee_id, ()))
    if mentors > 1:
        found.append(
            PairConflict(
                ConflictKind.SEVERAL_MENTORS, SEVERAL_MENTORS(lang, name=mentee.name, count=mentors)
            )
        )
    found.extend(_rule_conflicts(snapshot, duo.mentor_id, duo.mentee_id, lang))
    return found


def _over_capacity(text: Text, mentor: Participant, count: int, lang: str) -> PairConflict:
    places = (PLACE if mentor.capacity == 1 else PLACES)(lang)
    message = text(lang, name=mentor.name, count=count, capacity=mentor.capacity, places=places)
    return PairConflict(ConflictKind.CAPACITY, message)


def _withdrawn(lang: str, *people: Participant) -> list[PairConflict]:
    return [
        PairConflict(
            ConflictKind.WITHDRAWN,
            WITHDRAWN(lang, name=p.name, date=_date(p.withdrawn_on)),
        )
        for p in people
        if p.withdrawn_on is not None
    ]


def _date(value: date) -> str:
    return value.isoformat()


def _excluded(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int, lang: str) -> PairConflict:
    reason = snapshot.exclusions[(mentor_id, mentee_id)]
    text = EXCLUDED_BECAUSE(lang, reason=reason) if reason else EXCLUDED(lang)
    return PairConflict(ConflictKind.EXCLUDED, text)


def _rule_conflicts(
    snapshot: BatchSnapshot, mentor_id: int, mentee_id: int, lang: str
) -> list[PairConflict]:
    details = pair_details(
        snapshot.mentor_people,
        snapshot.mentee_people,
        snapshot.mentor_rows[mentor_id],
        snapshot.mentee_rows[mentee_id],
        snapshot.settings,
    )
    return [
        PairConflict(ConflictKind.RULE, text)
        for text in broken_rule_texts(details.broken_rules, lang)
    ]
