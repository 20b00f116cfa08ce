"""Read any questionnaire export into plain :class:`~mentordesk.io.tables.Sheet` grids, safely.

``read_workbook(path)`` and ``list_sheets(path)`` are what the importers call; the modules
beside them hold the refusals, the limits kept while reading, the guard of zip and OLE
containers, the streaming count of a sheet's XML, and the spreadsheet and CSV readers.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from mentordesk.io.readers.containers import OLE_MAGIC, ZIP_MAGIC, guard_container
from mentordesk.io.readers.delimited import read_delimited
from mentordesk.io.readers.limits import Deadline, mb
from mentordesk.io.readers.refusals import (
    CSV_UNDER_SPREADSHEET_NAME,
    DAMAGED,
    EMPTY_FILE,
    NOT_FOUND,
    NOT_READABLE,
    TOO_BIG,
    TOO_SLOW,
)
from mentordesk.io.readers.spreadsheets import find_sheet, read_spreadsheet, sheet_names
from mentordesk.io.tables import DEFAULT_LIMITS, ReadLimits, UnreadableFile, Workbook

__all__ = ["TOO_SLOW", "list_sheets", "read_workbook"]

_SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xltx", ".xltm", ".xls", ".ods"}


def list_sheets(path: Path | str, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """The names of a file's sheets, without reading their cells (a CSV file has one)."""
    path = Path(path)
    head = _head(path, limits)
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        guard_container(path, head, limits, Deadline(path, limits.max_seconds))
        return sheet_names(path)
    return [path.stem]


def read_workbook(
    path: Path | str,
    *,
    sheets: Iterable[str] | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Workbook:
    """Every sheet of ``path`` (or only those named), as plain grids. Raises UnreadableFile.

    The kind of file is told by its content, never by its name: a zip or OLE container
    (``.xlsx``/``.xlsm``/``.xlsb``/``.xls``/``.ods``) is guarded, then read as a spreadsheet;
    anything else is read as CSV/TSV. A CSV saved under a spreadsheet's name is read as the
    CSV it is, with a note saying so. Hostile input is refused with :class:`UnreadableFile`
    (one line: file and reason) before it can cost more than ``limits`` allow, and reading
    that outlasts ``limits.max_seconds`` is refused too.
    """
    path = Path(path)
    deadline = Deadline(path, limits.max_seconds)
    head = _head(path, limits)
    wanted = None if sheets is None else list(sheets)
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        scan = guard_container(path, head, limits, deadline)
        return read_spreadsheet(path, wanted, scan, limits, deadline)
    workbook = read_delimited(path, limits, deadline)
    if wanted is not None:
        for name in wanted:
            find_sheet(path, workbook.sheet_names, name)
    if path.suffix.lower() in _SPREADSHEET_SUFFIXES:
        note = CSV_UNDER_SPREADSHEET_NAME(name=path.name)
        return Workbook(path, "csv", workbook.sheets, (*workbook.notes, note))
    return workbook


def _head(path: Path, limits: ReadLimits) -> bytes:
    """The file's first bytes, once it is known to exist, hold something and be no larger
    than ``limits.max_file_bytes``."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UnreadableFile(path, NOT_READABLE)
    except OSError as error:
        raise UnreadableFile(path, NOT_FOUND) from error
    if size == 0:
        raise UnreadableFile(path, EMPTY_FILE)
    if size > limits.max_file_bytes:
        raise UnreadableFile(path, TOO_BIG, size=mb(size), limit=mb(limits.max_file_bytes))
    try:
        with path.open("rb") as stream:
            return stream.read(4096)
    except OSError as error:
        raise UnreadableFile(path, DAMAGED, detail=error.strerror or str(error)) from error
