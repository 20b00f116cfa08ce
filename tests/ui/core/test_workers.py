"""Background tasks: results and failures come back on the GUI thread, and only to live owners."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from mentordesk.services.errors import InvalidInput
from mentordesk.ui.core.workers import TaskManager


def test_result_arrives_on_the_gui_thread(tasks: TaskManager, settle: Callable[[], None]) -> None:
    threads: dict[str, int] = {}
    results: list[int] = []

    def work() -> int:
        threads["work"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        threads["callback"] = threading.get_ident()
        results.append(value)

    tasks.run(work, on_success=done)
    settle()
    assert results == [42]
    assert threads["work"] != threading.get_ident()
    assert threads["callback"] == threading.get_ident()


def test_failure_reaches_the_failure_callback(
    tasks: TaskManager, settle: Callable[[], None]
) -> None:
    errors: list[Exception] = []
    successes: list[object] = []

    def refuse() -> None:
        raise InvalidInput("no such thing")

    tasks.run(refuse, on_success=successes.append, on_failure=errors.append)
    settle()
    assert successes == []
    assert [str(error) for error in errors] == ["no such thing"]
    assert isinstance(errors[0], InvalidInput)


def test_callbacks_of_a_deleted_owner_are_dropped(
    tasks: TaskManager, settle: Callable[[], None]
) -> None:
    owner = QObject()
    results: list[int] = []
    tasks.run(lambda: 1, on_success=results.append, owner=owner)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(owner, QEvent.Type.DeferredDelete)
    settle()
    assert results == []


def test_a_cancelled_task_does_not_call_back(
    tasks: TaskManager, settle: Callable[[], None]
) -> None:
    results: list[int] = []
    task = tasks.run(lambda: 1, on_success=results.append)
    task.cancel()
    settle()
    assert results == []
    assert task.done


def test_busy_while_tasks_run(qtbot: QtBot, tasks: TaskManager, settle: Callable[[], None]) -> None:
    manager = tasks
    states: list[bool] = []
    manager.busy_changed.connect(states.append)
    try:
        tasks.run(lambda: 1)
        tasks.run(lambda: 2)
        assert manager.is_busy()
        settle()
    finally:
        manager.busy_changed.disconnect(states.append)
    assert states == [True, False]
    assert not manager.is_busy()


def test_a_manager_of_its_own_delivers_every_result(settle: Callable[[], None]) -> None:
    manager = TaskManager()
    seen: list[int] = []
    for number in range(20):
        manager.run(lambda n=number: n, on_success=seen.append)
    manager.wait()
    assert sorted(seen) == list(range(20))
