"""Zip and OLE containers (xlsx, ods, xls) checked before any parser opens them: encryption,
decompression bombs, and sheets beyond the limits, all told from streaming the parts.
"""

from __future__ import annotations

import re
import zipfile
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from mentordesk.io.readers.limits import CHUNK, Deadline, mb
from mentordesk.io.readers.refusals import (
    A_CELL,
    BOMB,
    CELL_TOO_LONG,
    DAMAGED,
    ENCRYPTED,
    GRID_TOO_BIG,
    NOT_READABLE,
    TEXT_TOO_BIG,
    TOO_MANY_CELLS,
    TOO_MANY_COLUMNS,
    TOO_MANY_ROWS,
)
from mentordesk.io.readers.sheet_xml import (
    Tally,
    tally_ods,
    tally_strings,
    tally_xlsx,
    track_text,
)
from mentordesk.io.tables import (
    ReadLimits,
    UnreadableFile,
)

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_ZIP_ENTRIES = 10_000
_BYTES_PER_CHAR = 4
_SHEETS = {"xlsx", "ods"}
_SHEET_BYTES_PER_TEXT_BYTE = 6
"""Sheets' XML may be this many times ``max_text_bytes``: a parser holds their text, and a
real export's markup is most of their size (50,000 rows of 14 columns: about 30 MB of
xlsx, 90 MB of ODS)."""


@dataclass(frozen=True)
class ContainerScan:
    """What streaming an archive's parts told before any parser saw them."""

    kind: str = "excel"
    has_formulas: bool = False


def guard_container(
    path: Path, head: bytes, limits: ReadLimits, deadline: Deadline
) -> ContainerScan:
    """Refuse a container before any parser sees it; what streaming its parts told.

    Refused: encrypted (password-protected) workbooks; archives whose parts would expand
    beyond ``max_expanded_bytes`` (a decompression bomb is caught from the sizes the
    archive declares, and a part that lies about its size fails its check while
    streamed); sheets with more than ``max_rows`` rows, ``max_columns`` columns or
    ``max_cells`` filled cells, or spanning a grid (last row times last column) of more
    than ``max_cells`` however few are filled, all counted while streaming (ODS rows and
    cells marked as repeated count as often as python-calamine repeats them); a cell of
    more than ``max_cell_chars`` characters; more than ``max_text_bytes`` of text in all
    (shared strings counted once per cell using them, as python-calamine copies them).
    """
    if head.startswith(OLE_MAGIC):
        _guard_ole(path)
        return ContainerScan(kind="xls")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise UnreadableFile(path, DAMAGED, detail="zip") from error
    with archive:
        entries = archive.infolist()
        if len(entries) > _MAX_ZIP_ENTRIES:
            raise UnreadableFile(path, DAMAGED, detail="zip")
        declared = sum(entry.file_size for entry in entries)
        if declared > limits.max_expanded_bytes:
            raise UnreadableFile(path, BOMB, size=mb(declared), limit=mb(limits.max_expanded_bytes))
        sheets = sum(entry.file_size for entry in entries if _part_kind(entry.filename) in _SHEETS)
        if sheets > _SHEET_BYTES_PER_TEXT_BYTE * limits.max_text_bytes:
            limit = _SHEET_BYTES_PER_TEXT_BYTE * limits.max_text_bytes
            raise UnreadableFile(path, BOMB, size=mb(sheets), limit=mb(limit))
        names = {entry.filename for entry in entries}
        if "EncryptedPackage" in names:
            raise UnreadableFile(path, ENCRYPTED)
        if not ({"[Content_Types].xml", "content.xml"} & names):
            raise UnreadableFile(path, NOT_READABLE)
        tallies: list[Tally] = []
        strings = array("q")
        for entry in entries:
            kind = _part_kind(entry.filename)
            if kind is None:
                _stream_part(path, archive, entry, None, deadline, limits)
                continue
            if kind == "strings" and entry.file_size > 2 * limits.max_text_bytes:
                raise UnreadableFile(path, TEXT_TOO_BIG, limit=mb(limits.max_text_bytes))
            tally = _stream_part(path, archive, entry, kind, deadline, limits, _cells(tallies))
            if kind == "strings":
                _refuse_over(path, tally, limits)
                strings = tally.strings
                continue
            if tally.over is None or tally.exact or tally.over not in {"rows", "cells"}:
                _refuse_over(path, tally, limits)
                tallies.append(tally)
                continue
            tallies = _count_exactly(path, archive, [*tallies, tally], deadline, limits)
    _refuse_shared_text(path, tallies, strings, limits)
    kind = "ods" if "content.xml" in names else "excel"
    return ContainerScan(kind=kind, has_formulas=any(t.formulas for t in tallies))


def _refuse_shared_text(
    path: Path, tallies: list[Tally], strings: array[int], limits: ReadLimits
) -> None:
    """python-calamine copies a shared string into every cell that uses it: refuse a
    workbook whose cells would so hold more text than allowed (a short file can repeat one
    long string in every cell)."""
    if not strings:
        return
    count = len(strings)
    total = 0
    for tally in tallies:
        total += sum(strings[index] for index in tally.shared if index < count)
        if total > limits.max_text_bytes:
            raise UnreadableFile(path, TEXT_TOO_BIG, limit=mb(limits.max_text_bytes))


def _part_kind(name: str) -> str | None:
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return "xlsx"
    if name == "xl/sharedStrings.xml":
        return "strings"
    return "ods" if name == "content.xml" else None


def _cells(tallies: list[Tally]) -> int:
    return sum(tally.cells for tally in tallies)


def _count_exactly(
    path: Path,
    archive: zipfile.ZipFile,
    tallies: list[Tally],
    deadline: Deadline,
    limits: ReadLimits,
) -> list[Tally]:
    """``tallies`` (one of whose bounds passed a limit) counted exactly, each part only up to
    where a count passes a limit, which refuses the file."""
    counted: list[Tally] = []
    for tally in tallies:
        if not tally.exact:
            cells_before = _cells(counted)
            tally = _stream_part(
                path, archive, tally.entry, tally.kind, deadline, limits, cells_before, exact=True
            )
        _refuse_over(path, tally, limits)
        counted.append(tally)
    return counted


def _refuse_over(path: Path, tally: Tally, limits: ReadLimits) -> None:
    if tally.over == "rows":
        raise UnreadableFile(path, TOO_MANY_ROWS, limit=f"{limits.max_rows:,}")
    if tally.over == "cells":
        raise UnreadableFile(path, TOO_MANY_CELLS, limit=f"{limits.max_cells:,}")
    if tally.over == "columns":
        raise UnreadableFile(path, TOO_MANY_COLUMNS, limit=f"{limits.max_columns:,}")
    if tally.over == "grid":
        rows, columns = tally.grid
        raise UnreadableFile(
            path, GRID_TOO_BIG, rows=rows, columns=columns, limit=f"{limits.max_cells:,}"
        )
    if tally.over == "text":
        raise UnreadableFile(
            path, CELL_TOO_LONG, where=A_CELL(), limit=f"{limits.max_cell_chars:,}"
        )


def _over(tally: Tally, limits: ReadLimits, cells_before: int) -> str | None:
    """The limit the counts so far pass, if any."""
    rows, columns = tally.grid
    if tally.run > limits.max_cell_chars * _BYTES_PER_CHAR:
        return "text"
    if tally.rows > limits.max_rows + 1 or rows > limits.max_rows + 1:
        return "rows"
    if columns > limits.max_columns:
        return "columns"
    if cells_before + tally.cells > limits.max_cells:
        return "cells"
    if rows * columns > limits.max_cells:
        return "grid"
    return None


@overload
def _stream_part(
    path: Path,
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    kind: None,
    deadline: Deadline,
    limits: ReadLimits,
    cells_before: int = 0,
    exact: bool = False,
) -> None: ...


@overload
def _stream_part(
    path: Path,
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    kind: str,
    deadline: Deadline,
    limits: ReadLimits,
    cells_before: int = 0,
    exact: bool = False,
) -> Tally: ...


def _stream_part(
    path: Path,
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    kind: str | None,
    deadline: Deadline,
    limits: ReadLimits,
    cells_before: int = 0,
    exact: bool = False,
) -> Tally | None:
    """Decompress one part in chunks; for a sheet (``kind``), count rows and cells and spot
    formulas, exactly or (the default) as cheap upper bounds, and stop once the rows or the
    cells (``cells_before`` counted in the parts before) pass the limits.

    zipfile stops at the size the archive declares and checks the CRC at the end, so a
    part that lies about its size is caught here rather than inside a parser.
    """
    tally = None if kind is None else Tally(entry, kind)
    carry = b""
    longest = limits.max_cell_chars * _BYTES_PER_CHAR
    long_text = re.compile(b"<[^<]{%d}" % longest)
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(CHUNK):
                deadline.check()
                if tally is None:
                    continue
                track_text(chunk, tally, long_text, longest)
                buffer = carry + chunk
                cut = buffer.rfind(b">") + 1
                scanned, carry = buffer[:cut], buffer[cut:]
                if tally.kind == "xlsx":
                    tally_xlsx(scanned, tally, exact)
                elif tally.kind == "ods":
                    tally_ods(scanned, tally, limits)
                else:
                    tally_strings(scanned, tally)
                tally.over = tally.over or _over(tally, limits, cells_before)
                if tally.over:
                    break
                if len(carry) > CHUNK:
                    carry = carry[-64:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise UnreadableFile(path, DAMAGED, detail=entry.filename) from error
    except RuntimeError as error:
        raise UnreadableFile(path, ENCRYPTED) from error
    return tally


def _guard_ole(path: Path) -> None:
    """An OLE compound file is a legacy .xls or an encrypted Office file; refuse the latter."""
    marker = "EncryptedPackage".encode("utf-16-le")
    info = "EncryptionInfo".encode("utf-16-le")
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            if marker in chunk or info in chunk:
                raise UnreadableFile(path, ENCRYPTED)
