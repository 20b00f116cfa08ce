"""The matching questions about a stored batch: its board, suggestions, scores, a proposal."""

from __future__ import annotations

from mentordesk.domain.enums import Role
from mentordesk.i18n import Text, as_language, current_language
from mentordesk.services.batches import batch_or_fail
from mentordesk.services.board import Board, board_of
from mentordesk.services.bulk import without_collection
from mentordesk.services.errors import InvalidInput
from mentordesk.services.exclusion_suggestions import (
    ExclusionSuggestion,
    earlier_pairs,
    suggest_exclusions,
)
from mentordesk.services.matching_candidates import load_candidates, participation_by_email
from mentordesk.services.matching_snapshot import (
    NOT_A_MENTEE,
    NOT_A_MENTOR,
    BatchSnapshot,
    Participant,
    load_snapshot,
)
from mentordesk.services.proposals import Proposal, ScoreTable, propose, scores_of
from mentordesk.services.suggestions import (
    DEFAULT_TOP,
    Ranking,
    Suggestion,
    best_partners,
    suggestion,
)
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

NEED_ONE_SIDE = Text(
    en="name either a mentee or a mentor", fr="indiquez soit une personne mentorée, soit un mentor"
)
NOT_ACTIVE = Text(en="{name} has withdrawn from the batch", fr="{name} s'est retiré(e) de la promo")


class MatchingService:
    """Reads a batch and answers the matching questions about it."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def snapshot(self, batch_id: int) -> BatchSnapshot:
        with self._uow() as uow:
            return load_snapshot(uow.session, batch_or_fail(uow.session, batch_id))

    def board(self, batch_id: int, language: str | None = None) -> Board:
        return board_of(self.snapshot(batch_id), language)

    def suggest(
        self,
        batch_id: int,
        *,
        mentee: str | None = None,
        mentor: str | None = None,
        top: int | None = DEFAULT_TOP,
        include_taken: bool = False,
        language: str | None = None,
    ) -> list[Suggestion]:
        """Suggestions for the mentee or the mentor with that e-mail, best first."""
        if (mentee is None) == (mentor is None):
            raise InvalidInput(NEED_ONE_SIDE())
        role = Role.MENTEE if mentee is not None else Role.MENTOR
        email = mentee if mentee is not None else mentor
        assert email is not None
        _, found = self._suggest(batch_id, email, role, top, include_taken, language)
        return found

    def partner_suggestions(
        self,
        batch_id: int,
        participation_id: int,
        top: int | None = DEFAULT_TOP,
        language: str | None = None,
    ) -> tuple[Participant, list[Suggestion]]:
        """Someone whose partner withdrew, and their fresh suggestions: people still free
        first, then those already paired (see
        :func:`~mentordesk.services.suggestions.partner_suggestions`)."""
        return self._suggest(batch_id, participation_id, None, top, True, language)

    def _suggest(
        self,
        batch_id: int,
        who: str | int,
        role: Role | None,
        top: int | None,
        include_taken: bool,
        language: str | None,
    ) -> tuple[Participant, list[Suggestion]]:
        """Suggestions read lean: the other side's scoring columns, then the chosen few.

        Reading thousands of volunteers as a snapshot costs far more than scoring them, so
        only the people suggested are read in full, and no garbage collection runs meanwhile.
        """
        with without_collection(), self._uow() as uow:
            session = uow.session
            target = batch_or_fail(session, batch_id)
            person_id = (
                who if isinstance(who, int) else participation_by_email(session, target, who)
            )
            candidates = load_candidates(session, target, person_id)
            person = candidates.person
            if role is not None and person.role is not role:
                wrong = NOT_A_MENTEE if role is Role.MENTEE else NOT_A_MENTOR
                raise InvalidInput(wrong(email=person.email))
            _require_active(person)
            rows = best_partners(
                candidates.people,
                candidates.person_row,
                candidates.for_mentee,
                candidates.settings,
                Ranking(candidates.usable, candidates.available, include_taken, top),
            )
            chosen = [int(candidates.ids[row]) for row in rows]
            snapshot = load_snapshot(session, target, only=[person_id, *chosen])
        if candidates.for_mentee:
            found = [suggestion(snapshot, other, person_id, language, True) for other in chosen]
        else:
            found = [suggestion(snapshot, person_id, other, language, False) for other in chosen]
        return person, found

    def scores(self, batch_id: int) -> ScoreTable:
        return scores_of(self.snapshot(batch_id))

    def propose(self, batch_id: int) -> Proposal:
        return propose(self.snapshot(batch_id))

    def suggested_exclusions(
        self, batch_id: int, language: str | None = None
    ) -> list[ExclusionSuggestion]:
        """Pairs the coordinator will likely want to exclude: colleagues, and former duos."""
        lang = as_language(language) if language else current_language()
        with self._uow() as uow:
            session = uow.session
            target = batch_or_fail(session, batch_id)
            snapshot = load_snapshot(session, target)
            earlier = earlier_pairs(session, target)
        return suggest_exclusions(snapshot, earlier, lang)


def _require_active(person: Participant) -> None:
    if not person.active:
        raise InvalidInput(NOT_ACTIVE(name=person.name))
