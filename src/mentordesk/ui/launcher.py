"""``mentordesk`` and ``python -m mentordesk``: open the window.

The window shows at once; the database is opened (and upgraded, or the demo built)
off the GUI thread, and a database that cannot be opened is explained in a dialog.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mentordesk import __version__
from mentordesk.config import DB_ENV, default_db_url
from mentordesk.i18n import LANGUAGES
from mentordesk.resources import resources_dir
from mentordesk.ui.core import settings
from mentordesk.ui.core.errors import report_uncaught
from mentordesk.ui.core.language import apply_language, preferred_language
from mentordesk.ui.core.workers import TaskManager
from mentordesk.ui.window.main_window import MainWindow


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="MentorDesk: the desktop application of a mentoring programme's coordinator.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a fresh demo database (rebuilt each time; your own database is not touched)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"SQLAlchemy database URL (default: ${DB_ENV}, else the last database opened, "
        "else one in your user data folder)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="interface language for this run (default: preferences)"
    )
    return parser


def startup_database(explicit: str | None) -> tuple[str, bool]:
    """The database to open and whether to remember it for next time.

    ``--db`` first (remembered), then ``MENTORDESK_DB`` (a setting of the machine, not
    remembered), then the last database opened, then the default file in the user's data folder.
    """
    if explicit:
        return explicit, True
    from_environment = os.environ.get(DB_ENV)
    if from_environment:
        return from_environment, False
    return settings.text_value(settings.LAST_DATABASE) or default_db_url(), True


def configure_application(app: QApplication) -> None:
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("MentorDesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("mentordesk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "mentordesk.svg")))


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args, qt_arguments = build_parser().parse_known_args(arguments)
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0], *qt_arguments])
    )
    configure_application(app)
    apply_language(preferred_language(args.lang))
    tasks = TaskManager()
    window = MainWindow(tasks)
    window.show()
    if args.demo:
        window.open_demo()
    else:
        url, remember = startup_database(args.db)
        window.open_database(url, remember=remember)
    app.aboutToQuit.connect(tasks.wait)
    previous_hook, sys.excepthook = sys.excepthook, report_uncaught
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        window.close_database()
