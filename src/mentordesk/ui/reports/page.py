"""The Reports page: the end-of-batch PDF, previewed before it is saved, and the Excel export.

The PDF is made off the GUI thread (with its progress shown) into memory; the preview shows
exactly those bytes, and « Save » writes them, so what the coordinator saw is what the
sponsors get. Changing an option makes the preview out of date until it is made again.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentordesk.app import AppContext
from mentordesk.i18n import Language
from mentordesk.io.report_model import Paper, ReportOptions
from mentordesk.services.batches import BatchSummary
from mentordesk.services.exports import ExportResult
from mentordesk.services.output import output_file
from mentordesk.ui.core.language import current_language
from mentordesk.ui.core.page import LoadingPage, Page
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.widgets import MessagePanel
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.reports.pdf_preview import PdfPreview

OPTIONS_WIDTH = 360


@dataclass(frozen=True)
class Generated:
    batch: str
    options: ReportOptions
    data: bytes
    pages: int


class ProgressRelay(QObject):
    """Carries the report's progress from the worker thread to the GUI thread.

    :attr:`progressed` is emitted on the GUI thread, so that whatever listens to it, a
    callable with no thread of its own included, is called there and only while connected.
    """

    progressed = Signal(int, int)
    _reported = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reported.connect(self.progressed, Qt.ConnectionType.QueuedConnection)

    def report(self, done: int, total: int) -> None:
        """Called on the worker thread."""
        self._reported.emit(done, total)


class ReportsPage(LoadingPage):
    def __init__(
        self, context: AppContext, tasks: TaskManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, tasks, parent)
        self.generated: Generated | None = None
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._progressed)

        report_box = self._build_report_box()
        export_box = self._build_export_box()
        options_scroll = self._build_options_scroll(report_box, export_box)
        self._build_preview()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(options_scroll)
        layout.addWidget(self.right, 1)

        for signal in (
            self.language.currentIndexChanged,
            self.paper.currentIndexChanged,
            self.hide_names.toggled,
            self.duo_table.toggled,
            self.certificates.toggled,
        ):
            signal.connect(self._options_changed)
        self._show_empty()

    def _build_option_fields(self) -> None:
        """The report's options: language, paper, names hidden or shown, what to add."""
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_language() == "fr" else 1)
        self.paper = QComboBox()
        self.paper.setObjectName("reportPaper")
        self.paper.addItem(self.tr("A4"), Paper.A4)
        self.paper.addItem(self.tr("US Letter"), Paper.LETTER)
        self.hide_names = QRadioButton(self.tr("Hidden (for sponsors)"))
        self.hide_names.setObjectName("hideNames")
        self.show_names = QRadioButton(self.tr("Shown"))
        self.show_names.setObjectName("showNames")
        self.hide_names.setChecked(True)
        names = QButtonGroup(self)
        names.addButton(self.hide_names)
        names.addButton(self.show_names)
        self.duo_table = QCheckBox(self.tr("A table of every duo"))
        self.duo_table.setObjectName("duoTable")
        self.certificates = QCheckBox(self.tr("Certificates of participation"))
        self.certificates.setObjectName("certificates")
        self.certificates.setToolTip(
            self.tr("One page per volunteer of a duo, with their name, even when names are hidden.")
        )

    def _build_options_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Paper:"), self.paper)
        names_box = QVBoxLayout()
        names_box.addWidget(self.hide_names)
        names_box.addWidget(self.show_names)
        form.addRow(self.tr("Names:"), names_box)
        extras = QVBoxLayout()
        extras.addWidget(self.duo_table)
        extras.addWidget(self.certificates)
        form.addRow(self.tr("Add:"), extras)
        return form

    def _build_report_box(self) -> QGroupBox:
        """The PDF's options, Preview, its progress and status, and Save."""
        self._build_option_fields()
        form = self._build_options_form()
        privacy = self._note(
            self.tr(
                "Only the comments whose authors allowed it are quoted; the others never"
                " appear in the PDF."
            )
        )
        self.generate = QPushButton(self.tr("&Preview the report"))
        self.generate.setObjectName("generateReport")
        self.generate.setDefault(True)
        self.generate.clicked.connect(self.make_report)
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.save = QPushButton(self.tr("&Save the PDF…"))
        self.save.setObjectName("saveReport")
        self.save.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.save.setEnabled(False)
        self.save.clicked.connect(self.save_report)
        report_box = QGroupBox(self.tr("End-of-batch report (PDF)"))
        report_layout = QVBoxLayout(report_box)
        report_layout.addLayout(form)
        report_layout.addWidget(privacy)
        report_layout.addSpacing(6)
        report_layout.addWidget(self.generate)
        report_layout.addWidget(self.progress)
        report_layout.addWidget(self.status)
        report_layout.addWidget(self.save)
        return report_box

    def _build_export_box(self) -> QGroupBox:
        """The Excel export of the whole batch, and what that file holds."""
        self.export = QPushButton(self.tr("&Export to Excel…"))
        self.export.setObjectName("exportExcel")
        self.export.clicked.connect(self.export_workbook)
        self.export_status = QLabel()
        self.export_status.setObjectName("exportStatus")
        self.export_status.setWordWrap(True)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.export_status.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        export_box = QGroupBox(self.tr("Whole batch (Excel)"))
        export_layout = QVBoxLayout(export_box)
        export_layout.addWidget(
            self._note(
                self.tr(
                    "Volunteers, duos, meetings and feedback on separate sheets, with e-mail"
                    " addresses and every comment, private ones included. This file is for you:"
                    " do not send it to sponsors."
                )
            )
        )
        export_layout.addWidget(self.export)
        export_layout.addWidget(self.export_status)
        return export_box

    def _build_options_scroll(self, report_box: QGroupBox, export_box: QGroupBox) -> QScrollArea:
        """The left column: both boxes, scrolled when the window is short."""
        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 8, 0)
        options_layout.addWidget(report_box)
        options_layout.addSpacing(8)
        options_layout.addWidget(export_box)
        options_layout.addStretch()
        options_scroll = QScrollArea()
        options_scroll.setWidget(options)
        options_scroll.setWidgetResizable(True)
        options_scroll.setFrameShape(QFrame.Shape.NoFrame)
        options_scroll.setFixedWidth(OPTIONS_WIDTH)
        options_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return options_scroll

    def _build_preview(self) -> None:
        """The right side: the preview, or a message until there is one."""
        self.preview = PdfPreview()
        self.preview.setObjectName("reportPreview")
        self.empty = MessagePanel(QStyle.StandardPixmap.SP_FileIcon)
        self.empty.setObjectName("reportEmpty")
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.preview)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        palette = label.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        label.setPalette(palette)
        return label

    # -- state ------------------------------------------------------------------------------

    def options(self) -> ReportOptions:
        language: Language = "fr" if self.language.currentData() == "fr" else "en"
        return ReportOptions(
            language=language,
            paper=Paper(self.paper.currentData()),
            show_names=self.show_names.isChecked(),
            duo_table=self.duo_table.isChecked(),
            certificates=self.certificates.isChecked(),
        )

    def set_batch(self, batch: BatchSummary | None) -> None:
        changed = (batch.id if batch else None) != (self.batch.id if self.batch else None)
        self.batch = batch
        self.generate.setEnabled(batch is not None)
        self.export.setEnabled(batch is not None)
        if changed:
            self._load.cancel()
            self.generated = None
            self.preview.clear()
            self.progress.hide()
            self.status.clear()
            self.export_status.clear()
            self._show_empty()
        elif self.generated is not None:
            self._mark_outdated(self.tr("The batch's data changed since this preview."))

    def _show_empty(self) -> None:
        if self.batch is None:
            self.empty.set_text(
                self.tr("No batch"),
                self.tr("Create or import a batch first: its report will be made here."),
            )
        else:
            self.empty.set_text(
                self.tr("End-of-batch report"),
                self.tr(
                    "Choose the report's options, then preview it. Nothing is saved until you"
                    " choose where."
                ),
            )
        self.right.setCurrentWidget(self.empty)
        self.save.setEnabled(False)

    def _options_changed(self) -> None:
        if self.generated is not None and self.generated.options != self.options():
            self._mark_outdated(self.tr("The options changed since this preview."))
        elif self.generated is not None:
            self.save.setEnabled(True)
            self._show_ready(self.generated)

    def _mark_outdated(self, why: str) -> None:
        self.save.setEnabled(False)
        self.status.setText(why + " " + self.tr("Preview the report again to save it."))

    # -- the PDF ----------------------------------------------------------------------------

    def make_report(self) -> None:
        if self.batch is None:
            return
        batch_id, name, options = self.batch.id, self.batch.name, self.options()
        service, relay = self.context.reports, self.relay
        self.generate.setEnabled(False)
        self.save.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Making the report…"))

        def work() -> Generated:
            stream = io.BytesIO()
            result = service.write_pdf(batch_id, stream, options, progress=relay.report)
            return Generated(name, options, stream.getvalue(), result.pages)

        self._load.start(work, self._generated, self._failed)

    def _progressed(self, done: int, total: int) -> None:
        if self.progress.isVisible():
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _generated(self, generated: Generated) -> None:
        self.generated = generated
        self.generate.setEnabled(True)
        self.progress.hide()
        self.preview.set_document(generated.data)
        self.right.setCurrentWidget(self.preview)
        if generated.options == self.options():
            self.save.setEnabled(True)
            self._show_ready(generated)
        else:
            self._mark_outdated(self.tr("The options changed while the report was made."))

    def _show_ready(self, generated: Generated) -> None:
        self.status.setText(self.tr("%n page(s), ready to save.", "", generated.pages))

    def _failed(self, error: Exception) -> None:
        from mentordesk.ui.core.errors import show_error

        self.generate.setEnabled(True)
        self.progress.hide()
        self.status.setText(self.tr("The report could not be made."))
        show_error(self, error)

    def default_report_name(self) -> str:
        assert self.generated is not None
        stem = "Bilan" if self.generated.options.language == "fr" else "Report"
        return f"{stem} - {_file_safe(self.generated.batch)}.pdf"

    def save_report(self) -> None:
        generated = self.generated
        if generated is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report"),
            str(Path.home() / self.default_report_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf")

        def write() -> Path:
            with output_file(target) as temporary:
                temporary.write_bytes(generated.data)
            return target

        self.tasks.run(write, on_success=self._saved, owner=self)

    def _saved(self, path: Path) -> None:
        link = QUrl.fromLocalFile(str(path)).toString()
        self.status.setText(
            self.tr('Saved as %1. <a href="%2">Open it</a>')
            .replace("%1", _escape(path.name))
            .replace("%2", link)
        )

    # -- the workbook -----------------------------------------------------------------------

    def export_workbook(self) -> None:
        if self.batch is None:
            return
        language = current_language()
        stem = "Promo" if language == "fr" else "Batch"
        suggested = Path.home() / f"{stem} - {_file_safe(self.batch.name)} - {date.today()}.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the batch to Excel"),
            str(suggested),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path) if path.lower().endswith(".xlsx") else Path(f"{path}.xlsx")
        batch_id, service = self.batch.id, self.context.exports
        self.export.setEnabled(False)
        self.export_status.setText(self.tr("Exporting…"))

        def done(result: ExportResult) -> None:
            self.export.setEnabled(True)
            link = QUrl.fromLocalFile(str(target)).toString()
            self.export_status.setText(
                self.tr('Saved as %1. <a href="%2">Open it</a>')
                .replace("%1", _escape(target.name))
                .replace("%2", link)
            )

        def failed(error: Exception) -> None:
            from mentordesk.ui.core.errors import show_error

            self.export.setEnabled(True)
            self.export_status.clear()
            show_error(self, error)

        self.tasks.run(
            lambda: service.export_xlsx(batch_id, target, language),
            on_success=done,
            on_failure=failed,
            owner=self,
        )


def _file_safe(name: str) -> str:
    return "".join("-" if char in '<>:"/\\|?*' else char for char in name).strip() or "batch"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def create_page(context: AppContext, writes: Writes, parent: QWidget) -> Page:
    return ReportsPage(context, writes.tasks, parent)
