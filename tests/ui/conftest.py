"""Window tests: settings in a temporary folder, English by default, no thread left behind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from pytestqt.qtbot import QtBot

from mentordesk.app import AppContext
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.ui.core import settings
from mentordesk.ui.core.language import apply_language
from mentordesk.ui.core.undo import Writes
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.window.main_window import MainWindow


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform cannot resize windows to hints; it says so on every window."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """QSettings write to a fresh folder: never the real user's preferences."""
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _english(qapp: object) -> Iterator[None]:
    apply_language("en")
    yield
    apply_language("en")


@pytest.fixture
def tasks(qapp: object) -> TaskManager:
    """The test's task manager, as the window's would be: widgets under test are given it."""
    return TaskManager()


@pytest.fixture
def writes(tasks: TaskManager) -> Writes:
    """The test's undoable writes, with an undo history per batch of their own."""
    return Writes(tasks)


@pytest.fixture(autouse=True)
def _no_thread_left(qtbot: QtBot, tasks: TaskManager) -> Iterator[None]:
    """Every background task has finished (and called back) before the test's widgets close."""
    yield
    tasks.wait()
    assert QThreadPool.globalInstance().activeThreadCount() == 0


@pytest.fixture
def settle(tasks: TaskManager) -> Callable[[], None]:
    """Run background work to its end, callbacks included (those that start more work too)."""
    return tasks.wait


@pytest.fixture
def window(
    qtbot: QtBot, demo_context: AppContext, tasks: TaskManager, settle: Callable[[], None]
) -> MainWindow:
    """The main window on a demo database, showing its finished batch, everything loaded."""
    settings.set_value(settings.LAST_BATCH, DEMO_BATCH)
    main = MainWindow(tasks)
    qtbot.addWidget(main)
    main.show()
    main.open_database(demo_context.url, remember=False)
    settle()
    return main
