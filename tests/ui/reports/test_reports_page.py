"""The Reports page: options, the PDF made in the background, its preview, save, Excel export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.io.report_model import Paper, ReportOptions
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.ui.core import errors as errors_module
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.reports.page import ReportsPage
from mentordesk.ui.window.pages import reports as reports_module
from tests.io.pdf_text import pdf_text


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext, tasks: TaskManager) -> ReportsPage:
    widget = ReportsPage(demo_context, tasks)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    widget.set_batch(demo_context.batches.get(demo_context.batches.id_of(DEMO_BATCH)))
    return widget


def test_options_read_from_the_widgets(page: ReportsPage) -> None:
    assert page.options() == ReportOptions(language="en", paper=Paper.A4)
    page.language.setCurrentIndex(0)
    page.paper.setCurrentIndex(1)
    page.show_names.setChecked(True)
    page.duo_table.setChecked(True)
    page.certificates.setChecked(True)
    assert page.options() == ReportOptions(
        language="fr", paper=Paper.LETTER, show_names=True, duo_table=True, certificates=True
    )


def test_preview_made_in_the_background_then_saved(
    page: ReportsPage,
    qtbot: QtBot,
    settle: Callable[[], None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not page.save.isEnabled()
    assert page.right.currentWidget() is page.empty
    page.language.setCurrentIndex(0)
    with qtbot.waitSignal(page.relay.progressed, timeout=20_000):
        page.generate.click()
        assert not page.generate.isEnabled()
        assert page.progress.isVisible()
    settle()
    assert page.right.currentWidget() is page.preview
    assert page.preview.page_count == page.generated.pages >= 3  # type: ignore[union-attr]
    assert page.preview.position.text() == f"Page 1 of {page.preview.page_count}"
    pixmap = page.preview.image.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 400
    page.preview.next_page.click()
    assert page.preview.current_page == 1
    assert page.save.isEnabled() and not page.progress.isVisible()

    target = tmp_path / "bilan.pdf"
    monkeypatch.setattr(
        reports_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    page.save.click()
    settle()
    assert "Saved as bilan.pdf" in page.status.text()
    assert target.read_bytes() == page.generated.data  # type: ignore[union-attr]
    text = pdf_text(target)
    assert "96 % des duos se sont vus au moins une fois" in text

    shown: list[str] = []
    monkeypatch.setattr(
        errors_module, "show_error", lambda _parent, error: shown.append(str(error))
    )
    missing = tmp_path / "missing" / "bilan.pdf"
    monkeypatch.setattr(
        reports_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), "")
    )
    page.save.click()
    settle()
    assert shown == [f"cannot write {missing}: the folder {missing.parent} does not exist"]


def test_changed_options_make_the_preview_outdated(
    page: ReportsPage, settle: Callable[[], None]
) -> None:
    page.generate.click()
    settle()
    assert page.save.isEnabled()
    page.duo_table.setChecked(True)
    assert not page.save.isEnabled()
    assert "options changed" in page.status.text()
    page.duo_table.setChecked(False)
    assert page.save.isEnabled()


def test_another_batch_clears_the_preview(
    page: ReportsPage, demo_context: AppContext, settle: Callable[[], None]
) -> None:
    page.generate.click()
    settle()
    other = demo_context.batches.create_batch("Promo automne 2026", page.batch.start)  # type: ignore[union-attr]
    page.set_batch(other)
    assert page.generated is None and page.right.currentWidget() is page.empty
    page.set_batch(None)
    assert not page.generate.isEnabled() and not page.export.isEnabled()


def test_excel_export(
    page: ReportsPage, settle: Callable[[], None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "promo"
    monkeypatch.setattr(
        reports_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    page.export.click()
    settle()
    written = tmp_path / "promo.xlsx"
    assert load_workbook(written).sheetnames == ["Volunteers", "Duos", "Meetings", "Feedback"]
    assert "Saved as promo.xlsx" in page.export_status.text()
    assert page.export.isEnabled()
