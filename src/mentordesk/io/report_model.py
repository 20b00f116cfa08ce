"""What the end-of-batch PDF prints, as plain data.

The report service fills it from the database; the PDF writer only lays it out. Anything
private stays out of it by construction: a :class:`Quote` exists only for a comment its
author allowed to be quoted, a subject progressed on is named only when it is one of the
programme's topics or of the survey's choices, and names are ``None`` unless the coordinator
chose to show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mentordesk.domain.enums import DuoState, Role
from mentordesk.domain.figure_definitions import SubjectCount
from mentordesk.domain.figures import BatchFigures
from mentordesk.i18n import Language


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"


class Phase(StrEnum):
    """Where the batch stands on the report's day, which sets the report's title and tense."""

    ENDED = "ended"
    RUNNING = "running"
    UPCOMING = "upcoming"

    @property
    def interim(self) -> bool:
        return self is not Phase.ENDED


@dataclass(frozen=True)
class ReportOptions:
    language: Language = "fr"
    paper: Paper = Paper.A4
    show_names: bool = False
    duo_table: bool = False
    certificates: bool = False
    max_quotes: int = 12


@dataclass(frozen=True)
class Quote:
    text: str
    role: Role
    author: str | None = None


@dataclass(frozen=True)
class DuoLine:
    number: int
    mentor: str | None
    mentee: str | None
    state: DuoState
    meetings: int
    first_meeting: date | None
    last_meeting: date | None
    mentor_rating: int | None
    mentee_rating: int | None


@dataclass(frozen=True)
class Certificate:
    name: str
    role: Role
    duos: int


@dataclass(frozen=True)
class Report:
    options: ReportOptions
    programme: str
    batch: str
    start: date
    end: date
    generated_on: date
    mentors: int
    mentees: int
    cities: int
    figures: BatchFigures
    mentors_in_duos: int
    mentees_in_duos: int
    respondents_by_role: dict[Role, int]
    learned_from_partner: float | None
    learned_answers: int
    mentee_respondents: int
    progress: tuple[SubjectCount, ...]
    quotes: tuple[Quote, ...]
    quotable: int
    duos: tuple[DuoLine, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    response_rate: float | None = None
    phase: Phase = Phase.ENDED
    progress_other: int = 0
    """Mentees who named a subject outside the programme's topics and the survey's choices:
    counted, never named (their words may be private)."""

    @property
    def volunteers(self) -> int:
        return self.mentors + self.mentees

    @property
    def participants(self) -> int:
        """Mentors and mentees of the duos formed: who could answer the survey."""
        return self.mentors_in_duos + self.mentees_in_duos

    @property
    def respondents(self) -> int:
        return self.figures.respondents
