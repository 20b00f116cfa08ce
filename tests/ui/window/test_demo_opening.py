"""« Open the demo »: the window opens the demo on its batch in progress, with live work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from pytestqt.qtbot import QtBot

from mentordesk.domain.enums import BatchStatus
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.window.main_window import MainWindow


def test_the_demo_opens_on_its_current_batch(
    qtbot: QtBot, tasks: TaskManager, settle: Callable[[], None]
) -> None:
    window = MainWindow(tasks)
    qtbot.addWidget(window)
    window.show()
    window.start_screen.demo_button.click()
    settle()
    current = window.current_batch
    assert current is not None and current.status is BatchStatus.RUNNING
    assert current.start < date.today() < current.end
    assert window.batch_selector.currentText() == current.name
    names = [window.batch_selector.itemText(i) for i in range(window.batch_selector.count())]
    assert names == [current.name, DEMO_BATCH]
    assert window.windowTitle().endswith("(demo)")
    window.close_database()
