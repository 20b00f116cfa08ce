"""``mentordesk``: which database it opens, and ``--demo`` showing the demo volunteers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from mentordesk.config import DB_ENV, default_db_url, demo_db_url
from mentordesk.domain.enums import BatchStatus
from mentordesk.ui.core import settings
from mentordesk.ui.launcher import build_parser, main, startup_database
from mentordesk.ui.volunteers.page import VolunteersPage
from mentordesk.ui.window.main_window import MainWindow


def test_the_database_comes_from_the_option_then_the_environment_then_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DB_ENV, raising=False)
    assert startup_database(None) == (default_db_url(), True)
    settings.remember_database("sqlite:///last.db")
    assert startup_database(None) == ("sqlite:///last.db", True)
    monkeypatch.setenv(DB_ENV, "sqlite:///from-env.db")
    assert startup_database(None) == ("sqlite:///from-env.db", False)
    assert startup_database("sqlite:///given.db") == ("sqlite:///given.db", True)


def test_options() -> None:
    args = build_parser().parse_args(["--demo", "--lang", "fr"])
    assert args.demo and args.lang == "fr" and args.db is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "de"])


def test_demo_opens_the_window_on_the_demo_volunteers(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, object] = {}
    earlier = set(QApplication.topLevelWidgets())

    def run_until_idle() -> int:
        (window,) = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w not in earlier
        ]
        window.tasks.wait()
        page = window.pages["volunteers"]
        assert isinstance(page, VolunteersPage)
        seen.update(
            url=window.context.url if window.context else None,
            rows=page.proxy.rowCount(),
            visible=window.isVisible(),
            status=window.current_batch.status if window.current_batch else None,
        )
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(run_until_idle))
    assert main(["--demo", "--lang", "en"]) == 0
    # the demo opens on its batch in progress: 24 mentors and 39 mentees
    assert seen == {
        "url": demo_db_url(),
        "rows": 63,
        "visible": True,
        "status": BatchStatus.RUNNING,
    }
    assert settings.text_value(settings.LAST_DATABASE) == ""
