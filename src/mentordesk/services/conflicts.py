"""What a pair or a current duo breaks: withdrawals, exclusions, capacity, hard rules, and a
mentor who covers none of the mentee's needs.

Pure functions of a :class:`BatchSnapshot`: the window calls them while dragging, the
curation service before it writes a duo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import numpy as np
import numpy.typing as npt

from mentordesk.i18n import Text, as_language, current_language
from mentordesk.matching.reasons import broken_rule_texts
from mentordesk.matching.scoring import PairDetails, pair_details
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
NO_NEED_COVERED = Text(
    en="{mentor} covers none of {mentee}'s needs",
    fr="{mentor} ne couvre aucun des besoins de {mentee}",
)


class ConflictKind(StrEnum):
    WITHDRAWN = "withdrawn"
    EXCLUDED = "excluded"
    ALREADY_DUO = "already_duo"
    CAPACITY = "capacity"
    RULE = "rule"
    SEVERAL_MENTORS = "several_mentors"
    NO_NEED_COVERED = "no_need_covered"


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
    found.extend(_rule_conflicts(_details(snapshot, mentor_id, mentee_id), lang))
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
    details = _details(snapshot, duo.mentor_id, duo.mentee_id)
    found.extend(_rule_conflicts(details, lang))
    found.extend(_need_conflicts(details, mentor, mentee, lang))
    return found


def need_conflicts(
    snapshot: BatchSnapshot, mentor_id: int, mentee_id: int, language: str | None = None
) -> list[PairConflict]:
    """The warning a duo of these two would carry if the mentor covers none of the needs.

    Not among :func:`pair_conflicts`, which decide what a write accepts without being told;
    the board warns of it before a drop, and shows it on the duo after.
    """
    lang = as_language(language) if language else current_language()
    details = _details(snapshot, mentor_id, mentee_id)
    return _need_conflicts(details, snapshot.mentor(mentor_id), snapshot.mentee(mentee_id), lang)


def _need_conflicts(
    details: PairDetails, mentor: Participant, mentee: Participant, lang: str
) -> list[PairConflict]:
    if not details.needs or details.covered or "cover_a_need" in details.broken_rules:
        return []  # no needs given, some covered, or the hard rule says it already
    message = NO_NEED_COVERED(lang, mentor=mentor.name, mentee=mentee.name)
    return [PairConflict(ConflictKind.NO_NEED_COVERED, message)]


def covers_no_need(
    snapshot: BatchSnapshot, mentor_rows: npt.ArrayLike, mentee_rows: npt.ArrayLike
) -> npt.NDArray[np.bool_]:
    """For each pair (mentor_rows[k], mentee_rows[k]): the mentee gave needs and the mentor's
    expertise covers none of them. A warning on a duo, never a refusal: the coordinator may
    pair them for other reasons (the hard rule ``cover_a_need`` is what refuses it)."""
    mentors = snapshot.mentor_people.topics[np.asarray(mentor_rows, dtype=np.intp)]
    mentees = snapshot.mentee_people.topics[np.asarray(mentee_rows, dtype=np.intp)]
    return np.asarray(~(mentors & mentees).any(axis=1) & mentees.any(axis=1), dtype=np.bool_)


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


def _details(snapshot: BatchSnapshot, mentor_id: int, mentee_id: int) -> PairDetails:
    return pair_details(
        snapshot.mentor_people,
        snapshot.mentee_people,
        snapshot.mentor_rows[mentor_id],
        snapshot.mentee_rows[mentee_id],
        snapshot.settings,
    )


def _rule_conflicts(details: PairDetails, lang: str) -> list[PairConflict]:
    return [
        PairConflict(ConflictKind.RULE, text)
        for text in broken_rule_texts(details.broken_rules, lang)
    ]
