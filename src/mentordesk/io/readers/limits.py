"""What keeps a read within its :class:`~mentordesk.io.tables.ReadLimits` while it runs: the
deadline and the budget of text.
"""

from __future__ import annotations

import time
from pathlib import Path

from mentordesk.io.readers.refusals import (
    CELL_TOO_LONG,
    TEXT_TOO_BIG,
    THIS_CELL,
    TOO_SLOW,
)
from mentordesk.io.tables import (
    CellValue,
    ReadLimits,
    UnreadableFile,
    column_letter,
)

CHUNK = 1 << 20


class Deadline:
    """Refuse a read that outlasts ``max_seconds``; checked between the steps of a read and
    every thousand rows inside its loops."""

    def __init__(self, path: Path, seconds: float) -> None:
        self._path = path
        self._seconds = seconds
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise UnreadableFile(self._path, TOO_SLOW, limit=f"{self._seconds:g}")


def mb(size: int) -> str:
    """``size`` bytes in whole megabytes, as a refusal says it."""
    return f"{size / (1024 * 1024):,.0f}"


class TextBudget:
    """Refuse a cell longer than a spreadsheet cell may be, or more text than memory allows,
    while rows are read."""

    def __init__(self, path: Path, limits: ReadLimits) -> None:
        self._path = path
        self._limits = limits
        self._left = limits.max_text_bytes

    def check(self, sheet: str, row: int, cells: list[CellValue]) -> None:
        lengths = [len(value) for value in cells if value.__class__ is str]
        if not lengths:
            return
        self._left -= sum(lengths)
        longest = self._limits.max_cell_chars
        if max(lengths) > longest:
            column = next(
                i
                for i, value in enumerate(cells)
                if isinstance(value, str) and len(value) > longest
            )
            where = THIS_CELL(cell=f"{column_letter(column)}{row + 1}", sheet=sheet)
            raise UnreadableFile(self._path, CELL_TOO_LONG, where=where, limit=f"{longest:,}")
        if self._left < 0:
            limit = mb(self._limits.max_text_bytes)
            raise UnreadableFile(self._path, TEXT_TOO_BIG, limit=limit)
