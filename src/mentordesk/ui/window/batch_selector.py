"""The main window's current batch: the toolbar's batch selector and the list behind it.

A part of :class:`~mentordesk.ui.window.main_window.MainWindow`: every page shows the batch
chosen here. Texts keep the ``MainWindow`` context of the translations.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from mentordesk.services.batches import BatchSummary
from mentordesk.ui.core import settings
from mentordesk.ui.core.labels import date_label, status_label
from mentordesk.ui.window.base import WindowBase

translate = QCoreApplication.translate


class BatchSelection(WindowBase):
    """Which batch the pages show, chosen in the toolbar or asked for by a page."""

    def _create_batch_selector(self) -> None:
        self.batch_label = QLabel()
        self.batch_label.setContentsMargins(6, 0, 6, 0)
        self.batch_selector = QComboBox()
        self.batch_selector.setObjectName("batchSelector")
        self.batch_selector.setMinimumContentsLength(26)
        self.batch_selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.batch_selector.currentIndexChanged.connect(self._batch_chosen)
        self.batch_label.setBuddy(self.batch_selector)

    def _apply_batch_selector_texts(self) -> None:
        self.batch_label.setText(translate("MainWindow", "&Batch:"))
        self.batch_selector.setPlaceholderText(translate("MainWindow", "No batch yet"))
        self.batch_selector.setToolTip(translate("MainWindow", "The batch every page shows"))

    def reload(self) -> None:
        """Read the batches again, then tell the pages (data may have changed)."""
        if self.context is None:
            return
        self.tasks.run(
            self.context.batches.list_batches, on_success=self._batches_loaded, owner=self
        )

    def _batches_loaded(self, batches: list[BatchSummary]) -> None:
        """The current batch stays if it still exists (renamed or not), else the batch asked
        for, else the last one chosen (remembered by name), else the first."""
        self.batches = batches
        self._batches_ready = True
        wanted = self.current_batch.id if self.current_batch else self._wanted_batch
        self._wanted_batch = None
        current = next((b for b in batches if b.id == wanted), None)
        if current is not None:
            settings.set_value(settings.LAST_BATCH, current.name)
        else:
            remembered = settings.text_value(settings.LAST_BATCH)
            named = (b for b in batches if b.name == remembered)
            current = next(named, batches[0] if batches else None)
        self.current_batch = current
        self._fill_batch_selector()
        self._show_history()
        self._notify_pages()
        self.batch_changed.emit(self.current_batch)

    def _fill_batch_selector(self) -> None:
        selector = self.batch_selector
        selector.blockSignals(True)
        selector.clear()
        for batch in self.batches:
            selector.addItem(batch.name, batch.id)
            selector.setItemData(
                selector.count() - 1,
                translate("MainWindow", "%1 – %2 · %3")
                .replace("%1", date_label(batch.start))
                .replace("%2", date_label(batch.end))
                .replace("%3", status_label(batch.status)),
                Qt.ItemDataRole.ToolTipRole,
            )
        if self.current_batch is not None:
            selector.setCurrentIndex(selector.findData(self.current_batch.id))
        selector.setEnabled(bool(self.batches))
        selector.blockSignals(False)

    def _batch_chosen(self, index: int) -> None:
        if index >= 0:
            self.select_batch(self.batch_selector.itemData(index))

    def select_batch(self, batch_id: int) -> None:
        """Make the batch with that id the current one, for every page."""
        batch = next((b for b in self.batches if b.id == batch_id), None)
        if batch is None:
            self.reload_then_select(batch_id)
            return
        if batch == self.current_batch:
            return
        self.current_batch = batch
        settings.set_value(settings.LAST_BATCH, batch.name)
        index = self.batch_selector.findData(batch_id)
        if index != self.batch_selector.currentIndex():
            self.batch_selector.setCurrentIndex(index)
        self._show_history()
        self._notify_pages()
        self.batch_changed.emit(batch)

    def _show_history(self) -> None:
        """Edit ▸ Undo and Redo act on the current batch's history, and only on it."""
        self.writes.show_batch(self.current_batch.id if self.current_batch else None)

    def reload_then_select(self, batch_id: int) -> None:
        """A page created (or imported into) a batch: read the list again and make it
        current."""
        self._wanted_batch = batch_id
        self.current_batch = None
        self.reload()
