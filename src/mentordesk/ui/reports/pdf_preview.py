"""A PDF shown page by page, as images drawn by pdfium (QtPdf is not part of PySide6-Essentials).

Only the page on screen is drawn, at the width of the view, so a report of any length
previews at once; drawing one page takes a few milliseconds.
"""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

MARGIN = 24


class PdfPreview(QWidget):
    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: bytes | None = None
        self._count = 0
        self._page = 0

        self.previous_page = QToolButton()
        self.previous_page.setObjectName("previewPrevious")
        self.previous_page.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.previous_page.setToolTip(self.tr("Previous page"))
        self.previous_page.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_page = QToolButton()
        self.next_page.setObjectName("previewNext")
        self.next_page.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.next_page.setToolTip(self.tr("Next page"))
        self.next_page.clicked.connect(lambda: self.show_page(self._page + 1))
        self.position = QLabel()
        self.position.setObjectName("previewPageNumber")
        bar = QHBoxLayout()
        bar.addStretch()
        bar.addWidget(self.previous_page)
        bar.addWidget(self.position)
        bar.addWidget(self.next_page)
        bar.addStretch()

        self.image = QLabel()
        self.image.setObjectName("previewPage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("previewScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll_area.setWidget(self.image)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(60)
        self._redraw.timeout.connect(self._draw)
        for keys, step in ((QKeySequence.StandardKey.MoveToPreviousPage, -1),
                           (QKeySequence.StandardKey.MoveToNextPage, 1)):  # fmt: skip
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.show_page(self._page + step))
        self._update_controls()

    @property
    def page_count(self) -> int:
        return self._count

    @property
    def current_page(self) -> int:
        return self._page

    def set_document(self, data: bytes) -> None:
        """Show ``data``; the document is opened only while a page is drawn, never kept open."""
        document = pdfium.PdfDocument(data)
        try:
            self._count = len(document)
        finally:
            document.close()
        self._data = data
        self.show_page(0)

    def clear(self) -> None:
        self._data = None
        self._count = 0
        self._page = 0
        self.image.clear()
        self._update_controls()

    def show_page(self, index: int) -> None:
        if self._data is None:
            return
        self._page = max(0, min(index, self.page_count - 1))
        self._draw()
        self.scroll_area.verticalScrollBar().setValue(0)
        self._update_controls()
        self.page_changed.emit(self._page)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._data is not None:
            self._redraw.start()

    def _draw(self) -> None:
        if self._data is None:
            return
        document = pdfium.PdfDocument(self._data)
        page = document[self._page]
        try:
            width_points = page.get_width()
            ratio = self.devicePixelRatioF()
            available = max(self.scroll_area.viewport().width() - 2 * MARGIN, 200)
            bitmap = page.render(scale=available * ratio / width_points, rev_byteorder=True)
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            ).copy()
        finally:
            page.close()
            document.close()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self.image.setMinimumHeight(int(pixmap.height() / ratio) + MARGIN)

    def _update_controls(self) -> None:
        count = self.page_count
        self.previous_page.setEnabled(count > 0 and self._page > 0)
        self.next_page.setEnabled(count > 0 and self._page < count - 1)
        if count:
            self.position.setText(
                self.tr("Page %1 of %2")
                .replace("%1", str(self._page + 1))
                .replace("%2", str(count))
            )
        else:
            self.position.clear()
