"""The queue of writes: one at a time, in order, off the GUI thread; skipped when unwanted."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from mentordesk.services.errors import Conflict
from mentordesk.ui.core.undo import WriteQueue
from mentordesk.ui.core.workers import TaskManager


def test_writes_run_one_at_a_time_in_order(
    qtbot: QtBot, tasks: TaskManager, settle: Callable[[], None]
) -> None:
    queue = WriteQueue(tasks)
    running = threading.Semaphore(1)
    seen: list[tuple[str, object]] = []

    def write(name: str) -> Callable[[], str]:
        def run() -> str:
            assert running.acquire(blocking=False), "two writes at once"
            try:
                assert threading.current_thread() is not threading.main_thread()
                return name
            finally:
                running.release()

        return run

    def refuse() -> str:
        raise Conflict("changed meanwhile")

    busy: list[bool] = []
    queue.busy_changed.connect(busy.append)
    for name in ("a", "b"):
        queue.run(write(name), on_success=lambda r: seen.append(("ok", r)), on_failure=print)
    queue.run(refuse, on_success=print, on_failure=lambda e: seen.append(("refused", str(e))))
    queue.run(write("skipped"), on_success=print, on_failure=print, still_wanted=lambda: False)
    queue.run(write("c"), on_success=lambda r: seen.append(("ok", r)), on_failure=print)
    assert queue.is_busy()
    qtbot.waitUntil(lambda: not queue.is_busy())
    settle()
    assert busy == [True, False]
    assert seen == [("ok", "a"), ("ok", "b"), ("refused", "changed meanwhile"), ("ok", "c")]
    assert not queue.is_busy()


def test_a_gone_owner_hears_nothing_and_the_queue_goes_on(
    tasks: TaskManager, settle: Callable[[], None]
) -> None:
    queue = WriteQueue(tasks)
    owner = QObject()
    heard: list[str] = []
    queue.run(lambda: "first", on_success=heard.append, on_failure=print, owner=owner)
    queue.run(lambda: "second", on_success=heard.append, on_failure=print)
    shiboken6.delete(owner)
    settle()
    assert heard == ["second"]
