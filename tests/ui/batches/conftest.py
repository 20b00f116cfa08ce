"""The Batches page of the demo window, shown and loaded."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mentordesk.ui.batches.page import BatchesPage
from mentordesk.ui.window.main_window import MainWindow

Settle = Callable[[], None]


@pytest.fixture
def page(window: MainWindow, settle: Settle) -> BatchesPage:
    window.show_page("batches")
    settle()
    batches = window.pages["batches"]
    assert isinstance(batches, BatchesPage)
    return batches
