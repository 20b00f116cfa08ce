"""The files and folders the coordinator asks for (a report, a workbook, a calendar, drafts).

Each file is written whole or not at all (see :func:`mentordesk.io.files.replaced_atomically`);
when it cannot be, the failure is an :class:`InvalidInput` naming the path and the reason in
plain words, for the CLI's one line and the window's message box alike. No folder is created
that the coordinator did not name: a file's folder must exist, and a folder of drafts is
created inside an existing one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from mentordesk.io.files import CANNOT_WRITE, NOT_A_FOLDER, replaced_atomically, why_not_written
from mentordesk.services.errors import InvalidInput


def cannot_write(path: Path, error: OSError) -> InvalidInput:
    return InvalidInput(CANNOT_WRITE(path=path, reason=why_not_written(error, path)))


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[Path]:
    """A temporary path to write; it replaces ``path`` once the block succeeds."""
    try:
        with replaced_atomically(path) as temporary:
            yield temporary
    except OSError as error:
        raise cannot_write(path, error) from None


def output_folder(folder: Path) -> Path:
    """``folder``, created when missing (its parent must exist)."""
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(CANNOT_WRITE(path=folder, reason=NOT_A_FOLDER(folder=folder)))
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise cannot_write(folder, error) from None
    return folder
