"""Undoable changes to the feedback: each command calls the feedback service, never widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from mentordesk.services.feedback import FeedbackEntry, FeedbackInput, FeedbackService
from mentordesk.ui.undo import ServiceCommand

translate = QCoreApplication.translate


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
    def __init__(
        self,
        text: str,
        service: FeedbackService,
        batch: str,
        participation_id: int,
        on_change: Callable[[int], None],
    ) -> None:
        super().__init__(text)
        self.service = service
        self.batch = batch
        self.participation_id = participation_id
        self.on_change = on_change

    def _restore(self, answer: FeedbackInput | None) -> None:
        if answer is None:
            self.service.delete(self.batch, self.participation_id)
        else:
            self.service.save(self.batch, answer)
        self.on_change(self.participation_id)


class SaveFeedback(_FeedbackCommand):
    """An answer entered (``before`` is None) or corrected."""

    def __init__(
        self,
        name: str,
        service: FeedbackService,
        batch: str,
        before: FeedbackInput | None,
        after: FeedbackInput,
        on_change: Callable[[int], None],
    ) -> None:
        text = (
            translate("Feedback", "enter %1's feedback")
            if before is None
            else translate("Feedback", "correct %1's feedback")
        ).replace("%1", name)
        super().__init__(text, service, batch, after.participation_id, on_change)
        self.before = before
        self.after = after

    def apply(self) -> None:
        self._restore(self.after)

    def revert(self) -> None:
        self._restore(self.before)


class DeleteFeedback(_FeedbackCommand):
    def __init__(
        self,
        name: str,
        service: FeedbackService,
        batch: str,
        before: FeedbackInput,
        on_change: Callable[[int], None],
    ) -> None:
        text = translate("Feedback", "delete %1's feedback").replace("%1", name)
        super().__init__(text, service, batch, before.participation_id, on_change)
        self.before = before

    def apply(self) -> None:
        self._restore(None)

    def revert(self) -> None:
        self._restore(self.before)
