"""Changes to a volunteer as undoable commands: each calls the volunteer-edit service.

The writes run off the GUI thread in the order asked (see :mod:`mentordesk.ui.core.undo`).
:attr:`~mentordesk.ui.core.undo.Writes.done` carries a :class:`VolunteerChanged` for the
Volunteers page, which shows the volunteer as they now are without reloading.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mentordesk.services.batches import Volunteer
from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.volunteer_edit import (
    Removal,
    RemovalConsequences,
    VolunteerChanges,
    VolunteerEdit,
    VolunteerEditService,
    VolunteerFields,
)
from mentordesk.ui.core.undo import ServiceCommand

translate = QCoreApplication.translate

AREA = "volunteers"


@dataclass(frozen=True)
class VolunteerChanged:
    """What a command wrote: the volunteer as now stored (None once removed)."""

    batch_id: int
    participation_id: int
    volunteer: Volunteer | None
    warnings: tuple[str, ...] = ()


class _VolunteerCommand(ServiceCommand):
    area = AREA

    def __init__(
        self, text: str, service: VolunteerEditService, batch_id: int, participation_id: int
    ) -> None:
        super().__init__(text)
        self.service = service
        self.batch_id = batch_id
        self.participation_id = participation_id

    def _changed(self, volunteer: Volunteer | None, warnings: tuple[str, ...] = ()) -> object:
        return VolunteerChanged(self.batch_id, self.participation_id, volunteer, warnings)


class EditVolunteer(_VolunteerCommand):
    """Names, e-mail, city, topics, capacity, format, languages or role corrected."""

    def __init__(
        self,
        name: str,
        service: VolunteerEditService,
        batch_id: int,
        participation_id: int,
        changes: VolunteerChanges,
        seen: VolunteerFields,
    ) -> None:
        text = translate("VolunteersPage", "changes to %1").replace("%1", name)
        super().__init__(text, service, batch_id, participation_id)
        self.changes = changes
        self.seen = seen
        self.edit: VolunteerEdit | None = None

    def act(self) -> VolunteerEdit:
        return self.service.edit(self.batch_id, self.participation_id, self.changes, self.seen)

    def acted(self, edit: VolunteerEdit) -> object:
        self.edit = edit
        if not edit.changed:
            self.leave_stack()
        return self._changed(edit.volunteer, edit.warnings)

    def apply(self) -> VolunteerEdit:
        assert self.edit is not None
        return self.service.apply_edit(self.edit)

    def applied(self, edit: VolunteerEdit) -> object:
        return self._changed(edit.volunteer)

    def revert(self) -> VolunteerEdit:
        assert self.edit is not None
        return self.service.apply_edit(self.edit.inverse())

    def reverted(self, edit: VolunteerEdit) -> object:
        return self._changed(edit.volunteer)


class WithdrawVolunteer(_VolunteerCommand):
    """The volunteer leaves the batch: their duos end today (the curation's withdrawal)."""

    def __init__(
        self, name: str, service: VolunteerEditService, batch_id: int, participation_id: int
    ) -> None:
        text = translate("VolunteersPage", "the withdrawal of %1").replace("%1", name)
        super().__init__(text, service, batch_id, participation_id)
        self.done: ChangeSet | None = None
        self.undone: ChangeSet | None = None

    def act(self) -> Volunteer:
        self.done = self.service.withdraw(self.batch_id, self.participation_id)
        return self._volunteer()

    def apply(self) -> Volunteer:
        assert self.undone is not None
        self.done = self.service.apply_changes(self.undone.inverse())
        return self._volunteer()

    def revert(self) -> Volunteer:
        assert self.done is not None
        self.undone = self.service.apply_changes(self.done.inverse())
        return self._volunteer()

    def _volunteer(self) -> Volunteer:
        return self.service.volunteer(self.batch_id, self.participation_id)

    def applied(self, volunteer: Volunteer) -> object:
        return self._changed(volunteer)

    def reverted(self, volunteer: Volunteer) -> object:
        return self._changed(volunteer)


class RemoveVolunteer(_VolunteerCommand):
    """The volunteer taken out of the batch with what goes with them; undo puts all back."""

    def __init__(
        self,
        name: str,
        service: VolunteerEditService,
        batch_id: int,
        participation_id: int,
        told: RemovalConsequences,
    ) -> None:
        text = translate("VolunteersPage", "the removal of %1").replace("%1", name)
        super().__init__(text, service, batch_id, participation_id)
        self.told = told
        self.removal: Removal | None = None

    def apply(self) -> None:
        self.removal = self.service.remove(self.batch_id, self.participation_id, self.told)

    def applied(self, _result: None) -> object:
        return self._changed(None)

    def revert(self) -> Volunteer:
        assert self.removal is not None
        return self.service.restore(self.removal)

    def reverted(self, volunteer: Volunteer) -> object:
        return self._changed(volunteer)
