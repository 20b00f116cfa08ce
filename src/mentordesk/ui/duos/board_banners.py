"""The curation board's banners: what a drop would do (a hint laid over the board while the
mentee is dragged, so that nothing moves under the cursor), and what a saved or refused change
did (a banner above the lists, cleared when that change is undone or the batch changes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.conflicts import LIST_SEPARATOR, need_conflicts, pair_conflicts
from mentordesk.services.suggestions import explain
from mentordesk.ui.core.errors import is_expected, show_error
from mentordesk.ui.duos.board_selection import BoardSelection
from mentordesk.ui.duos.commands import AREA
from mentordesk.ui.duos.models import (
    DraggedMentee,
    DropVerdict,
)

translate = QCoreApplication.translate

BANNER_STYLES = {
    "info": "background: #e8f1fb; color: #17324d; border: 1px solid #b9d3ee;",
    "warning": "background: #fff3dc; color: #5a3b00; border: 1px solid #f0c36d;",
    "refused": "background: #fde7ea; color: #7a0016; border: 1px solid #f1a7b2;",
    "saving": "background: #e8f1fb; color: #17324d; border: 1px solid #b9d3ee;",
}


class BoardBanners(BoardSelection):
    """The banner and the drop checks of :class:`~mentordesk.ui.duos.page.DuosPage`."""

    # ------------------------------------------------------------------ feedback

    def show_banner(self, text: str, kind: str = "info") -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_STYLES[kind])
        self.banner.setProperty("kind", kind)
        self.banner.setVisible(bool(text))

    def show_drag_hint(self, text: str, kind: str = "info") -> None:
        """Over the top of the suggestions, below the lists: in no layout, so the lists stay
        where they are while the mentee is dragged (a banner pushed them down, and the drop
        landed on the row above the one aimed at)."""
        hint = self.drag_hint
        hint.setText(text)
        hint.setStyleSheet(BANNER_STYLES[kind])
        hint.setProperty("kind", kind)
        if not text:
            hint.hide()
            return
        panel = self.suggestions_panel
        top_left = panel.mapTo(self, panel.rect().topLeft())
        width = panel.width()
        title = self.suggestions_title  # covered whole, however many lines it takes
        height = max(hint.heightForWidth(width), title.geometry().bottom() + 1)
        hint.setGeometry(top_left.x(), top_left.y(), width, height)
        hint.show()
        hint.raise_()

    def check_drop(self, mentor_id: int, dragged: DraggedMentee) -> DropVerdict:
        """Asked by the views while a mentee is dragged over a row: hinted at once, as well."""
        if self._closed():
            closed = DropVerdict(False, self.closed_banner.text())
            self.show_drag_hint(closed.message, "refused")
            return closed
        if self.writes.is_busy():  # the board is about to change: no drop on it
            saving = DropVerdict(False, translate("DuosPage", "Saving the last change…"))
            self.show_drag_hint(saving.message, "saving")
            return saving
        verdict, warned = self._verdict(mentor_id, dragged)
        kind = "refused" if not verdict.allowed else "warning" if warned else "info"
        self.show_drag_hint(verdict.message, kind)
        return verdict

    def _verdict(self, mentor_id: int, dragged: DraggedMentee) -> tuple[DropVerdict, bool]:
        """What a drop would do, and whether it comes with a warning.

        The services enforce the same policy: pairing someone who withdrew, an excluded pair
        or a pair that already exists is refused; a mentor over capacity or a hard rule
        broken is allowed, because the coordinator decides, but warned of first, and the duo
        keeps a visible warning.
        """
        board = self.board
        if board is None:
            return DropVerdict(False, ""), False
        snapshot = board.snapshot
        mentee = snapshot.mentee(dragged.mentee_id)
        if mentor_id == 0:
            if dragged.mentor_id is None:
                return DropVerdict(False, ""), False
            text = translate("DuosPage", "Drop to unpair %1 from %2").replace("%1", mentee.name)
            return DropVerdict(
                True, text.replace("%2", snapshot.mentor(dragged.mentor_id).name)
            ), False
        mentor = snapshot.mentor(mentor_id)
        conflicts = [
            *pair_conflicts(snapshot, mentor_id, dragged.mentee_id),
            *need_conflicts(snapshot, mentor_id, dragged.mentee_id),
        ]
        blocking = [c.message for c in conflicts if c.blocking]
        if blocking:
            return DropVerdict(
                False,
                translate("DuosPage", "Refused: %1").replace("%1", LIST_SEPARATOR.join(blocking)),
            ), False
        score, _ = explain(snapshot, mentor_id, dragged.mentee_id)
        text = (
            translate("DuosPage", "Drop to pair %1 with %2 (score %3)")
            .replace("%1", mentee.name)
            .replace("%2", mentor.name)
            .replace("%3", f"{score:.0f}")
        )
        if conflicts:
            text += " — " + translate("DuosPage", "warning: %1").replace(
                "%1", LIST_SEPARATOR.join(c.message for c in conflicts)
            )
        return DropVerdict(True, text), bool(conflicts)

    def _drag_finished(self) -> None:
        self.show_drag_hint("")

    def _action_undone(self) -> None:
        """The change the banner speaks of is being undone: the banner goes with it."""
        if self.banner.property("kind") != "saving":
            self.show_banner("")

    def _command_done(self, area: str, changes: object) -> None:
        if area == AREA:
            self._applied(changes)

    def _refused(self, area: str, batch_id: object, error: object) -> None:
        if area == AREA:
            self._failed(batch_id, error)

    def _applied(self, changes: object) -> None:
        if not isinstance(changes, ChangeSet) or self.batch is None:
            return
        if changes.batch_id != self.batch.id:
            return
        if changes.warnings:
            self.show_banner(
                translate("DuosPage", "Done, with a warning: %1").replace(
                    "%1", LIST_SEPARATOR.join(changes.warnings)
                ),
                "warning",
            )
        self.reload()
        self.data_changed.emit()

    def _failed(self, batch_id: object, error: object) -> None:
        if self.batch is None or batch_id != self.batch.id:
            return
        self.show_banner(translate("DuosPage", "Not done: %1").replace("%1", str(error)), "refused")
        self.reload()
        if isinstance(error, Exception) and not is_expected(error):
            show_error(self, error)

    def _saving_changed(self, saving: bool) -> None:
        self._update_buttons()
        if not saving and self.banner.property("kind") == "saving":
            self.show_banner("")
