"""Undoable changes to the feedback: each command calls the feedback service, never widgets.

The writes run off the GUI thread in the order asked (see :mod:`mentordesk.ui.core.undo`); the
Feedback page hears of an undo or a redo through :attr:`~mentordesk.ui.core.undo.Writes.done`,
keyed by the participant's number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.services.feedback import FeedbackEntry, FeedbackInput, FeedbackService
from mentordesk.ui.core.undo import ServiceCommand, undo_text

translate = QCoreApplication.translate

AREA = "feedback"


def as_input(entry: FeedbackEntry) -> FeedbackInput:
    return FeedbackInput(
        participation_id=entry.participation_id,
        rating=entry.rating,
        progressed_on=entry.progressed_on,
        learned_from_partner=entry.learned_from_partner,
        comment=entry.comment,
        may_quote=entry.may_quote,
        duo_id=entry.duo_id,
        submitted_at=entry.submitted_at,
    )


class _FeedbackCommand(ServiceCommand):
    area = AREA

    def __init__(
        self, text: str, service: FeedbackService, batch_id: int, participation_id: int
    ) -> None:
        super().__init__(text)
        self.service = service
        self.batch_id = batch_id
        self.participation_id = participation_id

    def _restore(self, answer: FeedbackInput | None) -> None:
        if answer is None:
            self.service.delete(self.batch_id, self.participation_id)
        else:
            self.service.save(self.batch_id, answer)

    def applied(self, _result: None) -> int:
        return self.participation_id

    def reverted(self, _result: None) -> int:
        return self.participation_id


class SaveFeedback(_FeedbackCommand):
    """An answer entered (``before`` is None) or corrected."""

    def __init__(
        self,
        name: str,
        service: FeedbackService,
        batch_id: int,
        before: FeedbackInput | None,
        after: FeedbackInput,
    ) -> None:
        text = undo_text(
            translate("Feedback", "%1's feedback", "undo")
            if before is None
            else translate("Feedback", "correcting %1's feedback", "undo"),
            name,
        )
        super().__init__(text, service, batch_id, after.participation_id)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self._restore(self.after)

    def revert(self) -> None:
        self._restore(self.before)


class DeleteFeedback(_FeedbackCommand):
    def __init__(
        self, name: str, service: FeedbackService, batch_id: int, before: FeedbackInput
    ) -> None:
        text = undo_text(translate("Feedback", "deleting %1's feedback", "undo"), name)
        super().__init__(text, service, batch_id, before.participation_id)
        self.before = before

    def apply(self) -> None:
        self._restore(None)

    def revert(self) -> None:
        self._restore(self.before)
