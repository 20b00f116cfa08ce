"""The curation actions on the whole batch: propose for the rest, weights and rules, excluded
pairs."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
)

from mentordesk.matching.settings import MatchSettings
from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.exclusion_suggestions import ExclusionSuggestion
from mentordesk.services.proposals import Proposal
from mentordesk.ui.core.undo import undo_text
from mentordesk.ui.duos.board_actions import BoardActions
from mentordesk.ui.duos.settings_dialog import (
    ExcludedPairsDialog,
    ExcludedRow,
    MatchingSettingsDialog,
)

translate = QCoreApplication.translate


class BatchActions(BoardActions):
    """The batch-wide actions of :class:`~mentordesk.ui.duos.page.DuosPage`."""

    # ------------------------------------------------------------------ batch-wide

    def propose(self) -> None:
        if self.batch is None or self._proposing or not self._ready():
            return
        self._proposing = True
        self._update_buttons()
        self.show_banner(translate("DuosPage", "Looking for the best duos…"))
        batch_id = self.batch.id
        matching = self.context.matching
        self.tasks.run(
            lambda: matching.propose(batch_id),
            on_success=self._proposed,
            on_failure=self._proposal_failed,
            owner=self,
        )

    def _proposed(self, proposal: Proposal) -> None:
        self._proposing = False
        self._update_buttons()
        if self.batch is None or proposal.batch_id != self.batch.id:
            return
        pairs = [(p.mentor.participation_id, p.mentee.participation_id) for p in proposal.pairs]
        batch_id = self.batch.id
        self._act(
            translate("DuosPage", "proposing duos for the rest", "undo"),
            lambda: self.context.curation.apply_proposal(batch_id, pairs, proposal.fingerprint),
            then=partial(self._proposal_saved, proposal),
        )
        self.show_banner(translate("DuosPage", "Saving the proposed duos…"), "saving")

    def _proposal_saved(self, proposal: Proposal, changes: ChangeSet) -> None:
        added = len(changes.added())
        removed = sum(1 for c in changes.pairs if c.after is None)
        waiting = len(proposal.unmatched)
        if not added and not removed and not waiting:
            self.show_banner(translate("DuosPage", "No new duo: every mentee has a mentor."))
            return
        parts = [
            translate("DuosPage", "%n new duo(s)", "", added)
            if added
            else translate("DuosPage", "No new duo")
        ]
        if removed:
            parts.append(translate("DuosPage", "%n unpinned duo(s) replaced", "", removed))
        if waiting:
            parts.append(translate("DuosPage", "%n mentee(s) still without a mentor", "", waiting))
        else:
            parts.append(translate("DuosPage", "every mentee has a mentor"))
        self.show_banner(" · ".join(parts))

    def _proposal_failed(self, error: Exception) -> None:
        self._proposing = False
        self._update_buttons()
        self.show_banner(translate("DuosPage", "Not done: %1").replace("%1", str(error)), "refused")

    def edit_settings(self) -> None:
        if self.board is None or self.batch is None:
            return
        dialog = MatchingSettingsDialog(self.board.snapshot.settings, self)
        dialog.finished.connect(lambda result: self._settings_chosen(dialog, result))
        dialog.open()

    def _settings_chosen(self, dialog: MatchingSettingsDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.batch is None:
            return
        batch_id = self.batch.id
        chosen: MatchSettings = dialog.settings()
        self._act(
            translate("DuosPage", "changing the weights and rules", "undo"),
            lambda: self.context.curation.save_settings(batch_id, chosen),
        )

    def edit_exclusions(self) -> None:
        if self.board is None or self.batch is None:
            return
        batch_id = self.batch.id
        matching = self.context.matching
        self.tasks.run(
            lambda: matching.suggested_exclusions(batch_id),
            on_success=self._show_exclusions,
            owner=self,
        )

    def _show_exclusions(self, suggested: list[ExclusionSuggestion]) -> None:
        if self.board is None:
            return
        snapshot = self.board.snapshot
        excluded = [
            ExcludedRow(m, e, f"{snapshot.mentor(m).name} – {snapshot.mentee(e).name}", reason)
            for (m, e), reason in sorted(snapshot.exclusions.items())
        ]
        worth = [
            ExcludedRow(
                s.mentor.participation_id,
                s.mentee.participation_id,
                f"{s.mentor.name} – {s.mentee.name}",
                s.reason,
            )
            for s in suggested
        ]
        dialog = ExcludedPairsDialog(excluded, worth, self)
        dialog.finished.connect(lambda result: self._exclusions_chosen(dialog, result))
        dialog.open()

    def _exclusions_chosen(self, dialog: ExcludedPairsDialog, result: int) -> None:
        if result != QDialog.DialogCode.Accepted or self.batch is None:
            return
        batch_id = self.batch.id
        curation = self.context.curation
        for row in dialog.to_lift():
            self._act(
                undo_text(
                    translate("DuosPage", "lifting the exclusion of %1", "undo"),
                    row.label,
                ),
                partial(curation.include, batch_id, row.mentor_id, row.mentee_id),
            )
        chosen = dialog.to_exclude()
        if chosen:
            wanted = [(row.mentor_id, row.mentee_id, row.reason) for row in chosen]
            self._act(
                translate("DuosPage", "excluding %n pair(s)", "undo", len(chosen)),
                lambda: curation.exclude_many(batch_id, wanted),
            )
