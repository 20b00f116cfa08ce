"""What the Volunteers page does to the selected volunteer: edit, withdraw, remove.

Each change is an undoable command on the batch's undo stack (:mod:`.commands`); what a
dialog or a confirmation needs is read off the GUI thread first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from mentordesk.app import AppContext
from mentordesk.services.batches import Volunteer
from mentordesk.services.volunteer_edit import (
    RemovalConsequences,
    VolunteerDetails,
    VolunteerEditService,
)
from mentordesk.ui.core.undo import Writes, show_refusal
from mentordesk.ui.volunteers.commands import EditVolunteer, RemoveVolunteer, WithdrawVolunteer
from mentordesk.ui.volunteers.edit_dialog import VolunteerDialog

translate = QCoreApplication.translate


def full_name(volunteer: Volunteer) -> str:
    return f"{volunteer.first_name} {volunteer.last_name}".strip() or volunteer.email


def consequences_text(consequences: RemovalConsequences) -> str:
    """« 1 duo, 3 rencontres et 1 retour seront supprimés. », or that nothing else goes."""
    parts = [
        translate("VolunteersPage", "%n duo(s)", "", consequences.duos),
        translate("VolunteersPage", "%n meeting(s)", "", consequences.meetings),
        translate("VolunteersPage", "%n feedback answer(s)", "", consequences.feedback),
    ]
    counts = (consequences.duos, consequences.meetings, consequences.feedback)
    kept = [part for part, count in zip(parts, counts, strict=True) if count]
    if not kept:
        return translate("VolunteersPage", "They have no duo, meeting or feedback in this batch.")
    listed = kept[0]
    if len(kept) > 1:
        listed = translate("VolunteersPage", "%1 and %2").replace("%1", ", ".join(kept[:-1]))
        listed = listed.replace("%2", kept[-1])
    total = sum(counts)
    return translate("VolunteersPage", "%1 will be deleted with them.", "", total).replace(
        "%1", listed
    )


class VolunteerActions(QObject):
    """The undoable actions of the Volunteers page on one volunteer of its batch."""

    def __init__(
        self,
        page: QWidget,
        context: AppContext,
        writes: Writes,
        may_change: Callable[[], bool] = lambda: True,
    ) -> None:
        """``may_change`` says whether the batch takes changes (and, if not, tells why)."""
        super().__init__(page)
        self.may_change = may_change
        self.page = page
        self.context = context
        self.writes = writes
        self.dialog: VolunteerDialog | None = None
        self.confirmation: QMessageBox | None = None

    @property
    def service(self) -> VolunteerEditService:
        return self.context.volunteer_edit

    def menu(self, volunteer: Volunteer, batch_id: int, at: QPoint) -> QMenu:
        """The context menu of a volunteer's row (shown at ``at``, global)."""
        menu = QMenu(self.page)
        menu.setObjectName("volunteerMenu")
        menu.addAction(translate("VolunteersPage", "Edit…"), lambda: self.edit(volunteer, batch_id))
        withdraw = menu.addAction(
            translate("VolunteersPage", "Withdraw…"), lambda: self.withdraw(volunteer, batch_id)
        )
        withdraw.setEnabled(volunteer.withdrawn_on is None)
        menu.addAction(
            translate("VolunteersPage", "Remove from the batch…"),
            lambda: self.remove(volunteer, batch_id),
        )
        menu.popup(at)
        return menu

    # ------------------------------------------------------------------ edit

    def edit(self, volunteer: Volunteer, batch_id: int) -> None:
        """Read the volunteer and the programme's topics, then open the dialog."""
        if not self.may_change():
            return
        service = self.service
        pid = volunteer.participation_id
        self.writes.tasks.run(
            lambda: (service.details(batch_id, pid), service.topics(batch_id)),
            on_success=lambda found: self._open_dialog(volunteer, *found),
            on_failure=lambda error: show_refusal(self.page, error),
            owner=self,
        )

    def _open_dialog(
        self, volunteer: Volunteer, details: VolunteerDetails, topics: list[str]
    ) -> None:
        dialog = VolunteerDialog(details, topics, self.page)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._edited(volunteer, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _edited(self, volunteer: Volunteer, dialog: VolunteerDialog) -> None:
        changes = dialog.changes()
        details = dialog.details
        if changes == type(changes)():
            return
        self.writes.push(
            EditVolunteer(
                full_name(volunteer),
                self.service,
                details.batch_id,
                details.participation_id,
                changes,
                details.fields,
            ),
            self.writes.stack_for(details.batch_id),
        )

    # ------------------------------------------------------------------ withdraw

    def withdraw(self, volunteer: Volunteer, batch_id: int) -> None:
        if volunteer.withdrawn_on is not None or not self.may_change():
            return
        name = full_name(volunteer)
        box = self._question(
            "withdrawConfirmation",
            translate("VolunteersPage", "Mark %1 as withdrawn from the batch?").replace("%1", name),
            translate(
                "VolunteersPage",
                "Their current duos end today and their partners become free. Undo takes it back.",
            ),
            translate("VolunteersPage", "Withdraw"),
            lambda: self.writes.push(
                WithdrawVolunteer(name, self.service, batch_id, volunteer.participation_id),
                self.writes.stack_for(batch_id),
            ),
        )
        box.open()

    # ------------------------------------------------------------------ remove

    def remove(self, volunteer: Volunteer, batch_id: int) -> None:
        """Count what goes with the volunteer, then ask."""
        if not self.may_change():
            return
        service = self.service
        pid = volunteer.participation_id
        self.writes.tasks.run(
            lambda: service.removal_consequences(batch_id, pid),
            on_success=lambda told: self._confirm_removal(volunteer, batch_id, told),
            on_failure=lambda error: show_refusal(self.page, error),
            owner=self,
        )

    def _confirm_removal(
        self, volunteer: Volunteer, batch_id: int, told: RemovalConsequences
    ) -> None:
        name = full_name(volunteer)
        box = self._question(
            "removeConfirmation",
            translate("VolunteersPage", "Remove %1 from the batch?").replace("%1", name),
            consequences_text(told)
            + " "
            + translate("VolunteersPage", "Edit ▸ Undo puts everything back."),
            translate("VolunteersPage", "Remove"),
            lambda: self.writes.push(
                RemoveVolunteer(name, self.service, batch_id, volunteer.participation_id, told),
                self.writes.stack_for(batch_id),
            ),
        )
        box.open()

    def _question(
        self, name: str, text: str, details: str, verb: str, on_yes: Callable[[], None]
    ) -> QMessageBox:
        """A confirmation whose ``verb`` button runs ``on_yes``; Cancel is the default."""
        box = QMessageBox(self.page)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("VolunteersPage", "MentorDesk"))
        box.setText(text)
        box.setInformativeText(details)
        yes = box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: on_yes() if button is yes else None)
        self.confirmation = box
        box.finished.connect(box.deleteLater)
        return box
