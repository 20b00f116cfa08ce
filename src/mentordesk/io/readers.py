"""Read any questionnaire export into plain :class:`~mentordesk.io.tables.Sheet` grids, safely.

API (stable; the meetings and feedback importers build on it)::

    from mentordesk.io.readers import read_workbook, list_sheets
    from mentordesk.io.tables import ReadLimits, UnreadableFile

    workbook = read_workbook(path)                 # every sheet; raises UnreadableFile
    workbook = read_workbook(path, sheets=["Mentors"], limits=ReadLimits(max_rows=5_000))
    names = list_sheets(path)                      # cheap: sheet names only

The kind of file is told by its content, never by its name: ``.xlsx``/``.xlsm``/``.xlsb``/
``.xls``/``.ods`` are read with python-calamine (openpyxl only to recover the text of formula
cells), anything else that decodes as text is read as CSV/TSV with its encoding (UTF-8 with or
without BOM, UTF-16, Windows-1252) and delimiter (``,`` ``;`` tab ``|``) detected. A CSV saved
under an ``.xlsx`` name is read as the CSV it is, with a note saying so.

Hostile input is refused with :class:`UnreadableFile` (one line: file and reason) before it
can cost more than :class:`ReadLimits` allows: empty files, random bytes, password-protected
(encrypted) workbooks, archives whose parts expand beyond ``max_expanded_bytes`` (a
decompression bomb is caught from the sizes the archive declares, and a part that lies about
its size fails its check while streamed), sheets with more than ``max_rows`` rows or
``max_columns`` columns or ``max_cells`` filled cells (counted while streaming, before any
parser runs), reading that outlasts ``max_seconds``. Formulas are never evaluated:
a formula cell holds its formula's text; a text beginning with ``=``, ``+``, ``-`` or ``@``
stays text.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import time
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast, overload

from mentordesk.i18n import Text
from mentordesk.io.tables import (
    DEFAULT_LIMITS,
    CellValue,
    ReadLimits,
    Sheet,
    UnreadableFile,
    Workbook,
)

EMPTY_FILE = Text(en="the file is empty", fr="le fichier est vide")
TOO_BIG = Text(
    en="the file is {size} MB, more than the {limit} MB MentorDesk reads",
    fr="le fichier pèse {size} Mo, plus que les {limit} Mo que MentorDesk accepte",
)
NOT_READABLE = Text(
    en="this is neither a spreadsheet (xlsx, ods, xls) nor a text export (csv, tsv)",
    fr="ce n'est ni un classeur (xlsx, ods, xls) ni un export texte (csv, tsv)",
)
DAMAGED = Text(
    en="the spreadsheet is damaged and cannot be read ({detail}); open it in your spreadsheet "
    "program and save it again",
    fr="le classeur est endommagé et illisible ({detail}) ; ouvrez-le dans votre tableur "
    "et enregistrez-le à nouveau",
)
ENCRYPTED = Text(
    en="the workbook is password-protected; save an unprotected copy and import that",
    fr="le classeur est protégé par un mot de passe ; enregistrez-en une copie sans mot de "
    "passe et importez-la",
)
BOMB = Text(
    en="the spreadsheet would expand to {size} MB in memory, more than the {limit} MB allowed "
    "(a damaged or malicious file?)",
    fr="le classeur occuperait {size} Mo une fois décompressé, plus que les {limit} Mo permis "
    "(fichier endommagé ou malveillant ?)",
)
TOO_MANY_ROWS = Text(
    en="a sheet has more than {limit} rows; split the file or import only what you need",
    fr="une feuille dépasse {limit} lignes ; découpez le fichier ou n'importez que l'utile",
)
TOO_MANY_CELLS = Text(
    en="the workbook has more than {limit} filled cells; import only the sheet you need",
    fr="le classeur dépasse {limit} cellules remplies ; n'importez que la feuille utile",
)
TOO_MANY_COLUMNS = Text(
    en="a sheet has more than {limit} columns", fr="une feuille dépasse {limit} colonnes"
)
TOO_SLOW = Text(
    en="reading the file took longer than {limit} s; it is too large or damaged",
    fr="la lecture du fichier a dépassé {limit} s ; il est trop gros ou endommagé",
)
NO_SUCH_SHEET = Text(
    en="there is no sheet named {name!r} (sheets: {sheets})",
    fr="aucune feuille ne s'appelle « {name} » (feuilles : {sheets})",
)
NOT_FOUND = Text(en="no such file", fr="fichier introuvable")
CSV_UNDER_SPREADSHEET_NAME = Text(
    en="{name} is a text (CSV) file despite its name; it was read as CSV",
    fr="{name} est un fichier texte (CSV) malgré son nom ; il a été lu comme tel",
)

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAX_ZIP_ENTRIES = 10_000
_CHUNK = 1 << 20
_SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xltx", ".xltm", ".xls", ".ods"}
_XLSX_PREFIXED = re.compile(rb":(?:row|c|f)[\s>/]")
_XLSX_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_XLSX_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_XLSX_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")


class _Deadline:
    def __init__(self, path: Path, seconds: float) -> None:
        self._path = path
        self._seconds = seconds
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise UnreadableFile(self._path, TOO_SLOW, limit=f"{self._seconds:g}")


def list_sheets(path: Path | str, limits: ReadLimits = DEFAULT_LIMITS) -> list[str]:
    """The names of a file's sheets, without reading their cells (a CSV file has one)."""
    path = Path(path)
    head = _head(path, limits)
    if head.startswith(_ZIP_MAGIC) or head.startswith(_OLE_MAGIC):
        _guard_container(path, head, limits, _Deadline(path, limits.max_seconds))
        return _calamine_sheet_names(path)
    return [path.stem]


def read_workbook(
    path: Path | str,
    *,
    sheets: Iterable[str] | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Workbook:
    """Every sheet of ``path`` (or only those named), as plain grids. Raises UnreadableFile."""
    path = Path(path)
    deadline = _Deadline(path, limits.max_seconds)
    head = _head(path, limits)
    wanted = None if sheets is None else list(sheets)
    if head.startswith(_ZIP_MAGIC) or head.startswith(_OLE_MAGIC):
        scan = _guard_container(path, head, limits, deadline)
        return _read_spreadsheet(path, wanted, scan, limits, deadline)
    workbook = _read_delimited(path, limits, deadline)
    if wanted is not None:
        for name in wanted:
            _find_sheet(path, workbook.sheet_names, name)
    if path.suffix.lower() in _SPREADSHEET_SUFFIXES:
        note = CSV_UNDER_SPREADSHEET_NAME(name=path.name)
        return Workbook(path, "csv", workbook.sheets, (*workbook.notes, note))
    return workbook


def _head(path: Path, limits: ReadLimits) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UnreadableFile(path, NOT_READABLE)
    except OSError as error:
        raise UnreadableFile(path, NOT_FOUND) from error
    if size == 0:
        raise UnreadableFile(path, EMPTY_FILE)
    if size > limits.max_file_bytes:
        raise UnreadableFile(path, TOO_BIG, size=_mb(size), limit=_mb(limits.max_file_bytes))
    try:
        with path.open("rb") as stream:
            return stream.read(4096)
    except OSError as error:
        raise UnreadableFile(path, DAMAGED, detail=error.strerror or str(error)) from error


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f}"


# --- zip and OLE containers -------------------------------------------------------------


@dataclass(frozen=True)
class _ContainerScan:
    """What streaming an archive's parts told before any parser saw them."""

    kind: str = "excel"
    has_formulas: bool = False


def _guard_container(
    path: Path, head: bytes, limits: ReadLimits, deadline: _Deadline
) -> _ContainerScan:
    if head.startswith(_OLE_MAGIC):
        _guard_ole(path)
        return _ContainerScan(kind="xls")
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
            raise UnreadableFile(
                path, BOMB, size=_mb(declared), limit=_mb(limits.max_expanded_bytes)
            )
        names = {entry.filename for entry in entries}
        if "EncryptedPackage" in names:
            raise UnreadableFile(path, ENCRYPTED)
        if not ({"[Content_Types].xml", "content.xml"} & names):
            raise UnreadableFile(path, NOT_READABLE)
        tallies: list[_Tally] = []
        for entry in entries:
            kind = _part_kind(entry.filename)
            if kind is None:
                _stream_part(path, archive, entry, None, deadline, limits)
                continue
            tally = _stream_part(path, archive, entry, kind, deadline, limits, _cells(tallies))
            if tally.over is None or tally.exact:
                _refuse_over(path, tally, limits)
                tallies.append(tally)
                continue
            tallies = _count_exactly(path, archive, [*tallies, tally], deadline, limits)
    kind = "ods" if "content.xml" in names else "excel"
    return _ContainerScan(kind=kind, has_formulas=any(t.formulas for t in tallies))


@dataclass
class _Tally:
    """One sheet part's rows and cells: counted exactly, or (``exact`` False) bounded above;
    ``over`` names the limit a count passed, where counting stopped."""

    entry: zipfile.ZipInfo
    kind: str
    rows: int = 0
    cells: int = 0
    formulas: bool = False
    exact: bool = True
    over: str | None = None


def _part_kind(name: str) -> str | None:
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return "xlsx"
    return "ods" if name == "content.xml" else None


def _cells(tallies: list[_Tally]) -> int:
    return sum(tally.cells for tally in tallies)


def _count_exactly(
    path: Path,
    archive: zipfile.ZipFile,
    tallies: list[_Tally],
    deadline: _Deadline,
    limits: ReadLimits,
) -> list[_Tally]:
    """``tallies`` (one of whose bounds passed a limit) counted exactly, each part only up to
    where a count passes a limit, which refuses the file."""
    counted: list[_Tally] = []
    for tally in tallies:
        if not tally.exact:
            cells_before = _cells(counted)
            tally = _stream_part(
                path, archive, tally.entry, tally.kind, deadline, limits, cells_before, exact=True
            )
        _refuse_over(path, tally, limits)
        counted.append(tally)
    return counted


def _refuse_over(path: Path, tally: _Tally, limits: ReadLimits) -> None:
    if tally.over == "rows":
        raise UnreadableFile(path, TOO_MANY_ROWS, limit=f"{limits.max_rows:,}")
    if tally.over == "cells":
        raise UnreadableFile(path, TOO_MANY_CELLS, limit=f"{limits.max_cells:,}")


@overload
def _stream_part(
    path: Path,
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    kind: None,
    deadline: _Deadline,
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
    deadline: _Deadline,
    limits: ReadLimits,
    cells_before: int = 0,
    exact: bool = False,
) -> _Tally: ...


def _stream_part(
    path: Path,
    archive: zipfile.ZipFile,
    entry: zipfile.ZipInfo,
    kind: str | None,
    deadline: _Deadline,
    limits: ReadLimits,
    cells_before: int = 0,
    exact: bool = False,
) -> _Tally | None:
    """Decompress one part in chunks; for a sheet (``kind``), count rows and cells and spot
    formulas, exactly or (the default) as cheap upper bounds, and stop once the rows or the
    cells (``cells_before`` counted in the parts before) pass the limits.

    zipfile stops at the size the archive declares and checks the CRC at the end, so a
    part that lies about its size is caught here rather than inside a parser.
    """
    tally = None if kind is None else _Tally(entry, kind)
    carry = b""
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                deadline.check()
                if tally is None:
                    continue
                buffer = carry + chunk
                cut = buffer.rfind(b">") + 1
                scanned, carry = buffer[:cut], buffer[cut:]
                if tally.kind == "xlsx":
                    _tally_xlsx(scanned, tally, exact)
                else:
                    _tally_ods(scanned, tally)
                if tally.rows > limits.max_rows + 1:
                    tally.over = "rows"
                elif cells_before + tally.cells > limits.max_cells:
                    tally.over = "cells"
                if tally.over:
                    break
                if len(carry) > _CHUNK:
                    carry = carry[-64:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise UnreadableFile(path, DAMAGED, detail=entry.filename) from error
    except RuntimeError as error:
        raise UnreadableFile(path, ENCRYPTED) from error
    return tally


def _tally_xlsx(data: bytes, tally: _Tally, exact: bool) -> None:
    """Rows, cells and formulas of a stretch of worksheet XML.

    Tags with a namespace prefix (``<x:c>``), rare, are matched by regular expressions;
    otherwise, unless ``exact``, a plain count of ``<row`` and of ``<c`` bounds the rows and
    cells from above (``<rowBreaks>``, ``<cols>``, ``<cfRule>`` count too; a tag is never
    missed, whatever whitespace follows its name) at a fraction of the cost.
    """
    if exact or _XLSX_PREFIXED.search(data) is not None:
        tally.rows += _matches(_XLSX_ROW, data)
        tally.cells += _matches(_XLSX_CELL, data)
        tally.formulas = tally.formulas or _XLSX_FORMULA.search(data) is not None
        return
    tally.exact = False
    tally.rows += data.count(b"<row")
    tally.cells += data.count(b"<c")
    if not tally.formulas and b"<f" in data:
        tally.formulas = _XLSX_FORMULA.search(data) is not None


def _matches(pattern: re.Pattern[bytes], data: bytes) -> int:
    return sum(1 for _ in pattern.finditer(data))


def _tally_ods(data: bytes, tally: _Tally) -> None:
    tally.rows += data.count(b"<table:table-row ") + data.count(b"<table:table-row>")
    tally.cells += data.count(b"<table:table-cell")


def _guard_ole(path: Path) -> None:
    """An OLE compound file is a legacy .xls or an encrypted Office file; refuse the latter."""
    marker = "EncryptedPackage".encode("utf-16-le")
    info = "EncryptionInfo".encode("utf-16-le")
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            if marker in chunk or info in chunk:
                raise UnreadableFile(path, ENCRYPTED)


# --- spreadsheets via python-calamine ----------------------------------------------------


def _calamine_sheet_names(path: Path) -> list[str]:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            return [
                meta.name
                for meta in book.sheets_metadata
                if str(meta.typ).rsplit(".", 1)[-1] in {"WorkSheet", "DialogSheet"}
            ]
    except PasswordError as error:
        raise UnreadableFile(path, ENCRYPTED) from error
    except (CalamineError, OSError, ValueError) as error:
        raise UnreadableFile(path, DAMAGED, detail=type(error).__name__) from error


def _find_sheet(path: Path, names: Iterable[str], wanted: str) -> str:
    available = list(names)
    if wanted in available:
        return wanted
    folded = wanted.strip().casefold()
    for name in available:
        if name.strip().casefold() == folded:
            return name
    raise UnreadableFile(path, NO_SUCH_SHEET, name=wanted, sheets=", ".join(available))


def _read_spreadsheet(
    path: Path,
    wanted: list[str] | None,
    scan: _ContainerScan,
    limits: ReadLimits,
    deadline: _Deadline,
) -> Workbook:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            available = [
                meta.name
                for meta in book.sheets_metadata
                if str(meta.typ).rsplit(".", 1)[-1] in {"WorkSheet", "DialogSheet"}
            ]
            names = (
                available
                if wanted is None
                else [_find_sheet(path, available, name) for name in wanted]
            )
            grids: dict[str, list[list[CellValue]]] = {}
            for name in names:
                deadline.check()
                sheet = book.get_sheet_by_name(name)
                if sheet.height > limits.max_rows + 1:
                    raise UnreadableFile(path, TOO_MANY_ROWS, limit=f"{limits.max_rows:,}")
                if sheet.width > limits.max_columns:
                    raise UnreadableFile(path, TOO_MANY_COLUMNS, limit=f"{limits.max_columns:,}")
                grid = cast(list[list[CellValue]], sheet.to_python(skip_empty_area=False))
                _fill_merged(grid, sheet.merged_cell_ranges or [])
                grids[name] = grid
    except PasswordError as error:
        raise UnreadableFile(path, ENCRYPTED) from error
    except (CalamineError, OSError, ValueError) as error:
        raise UnreadableFile(path, DAMAGED, detail=type(error).__name__) from error
    if scan.has_formulas:
        _restore_formulas(path, grids, deadline)
    return Workbook(
        path, scan.kind, [_sheet(path, name, grid, deadline) for name, grid in grids.items()]
    )


def _fill_merged(
    grid: list[list[CellValue]], ranges: list[tuple[tuple[int, int], tuple[int, int]]]
) -> None:
    """A merged area reads as its top-left value in every one of its cells."""
    for (top, left), (bottom, right) in ranges:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            row = grid[r]
            for c in range(left, right + 1):
                if c < len(row):
                    row[c] = value
                elif c == len(row) and value is not None:
                    row.append(value)


def _restore_formulas(
    path: Path, grids: dict[str, list[list[CellValue]]], deadline: _Deadline
) -> None:
    """Put each formula's own text where calamine would show a cached result (or nothing)."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds on odd files
        raise UnreadableFile(path, DAMAGED, detail="formulas") from error
    try:
        for name, grid in grids.items():
            if name not in book.sheetnames:
                continue
            for r, row in enumerate(book[name].iter_rows()):
                if r % 1000 == 0:
                    deadline.check()
                for cell in row:
                    if getattr(cell, "data_type", None) != "f":
                        continue
                    column = cell.column - 1
                    line = cell.row - 1
                    while len(grid) <= line:
                        grid.append([])
                    target = grid[line]
                    while len(target) <= column:
                        target.append(None)
                    target[column] = str(cell.value)
    finally:
        book.close()


def _sheet(path: Path, name: str, grid: list[list[CellValue]], deadline: _Deadline) -> Sheet:
    rows: list[tuple[CellValue, ...]] = []
    numbers: list[int] = []
    for index, raw in enumerate(grid):
        if index % 5000 == 0:
            deadline.check()
        cells = [
            None if value == "" or (value.__class__ is str and value.isspace()) else value
            for value in raw
        ]
        while cells and cells[-1] is None:
            cells.pop()
        if cells:
            rows.append(tuple(cells))
            numbers.append(index + 1)
    return Sheet(path, name, rows, numbers)


# --- delimited text ----------------------------------------------------------------------


def _decode(path: Path, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _decode_as(path, data[len(codecs.BOM_UTF8) :], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(path, data, "utf-16")
    if b"\x00" in data:
        raise UnreadableFile(path, NOT_READABLE)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    controls = sum(1 for char in text[:65536] if ord(char) < 32 and char not in "\t\r\n\f")
    if controls > max(2, len(text[:65536]) // 200):
        raise UnreadableFile(path, NOT_READABLE)
    return text


def _decode_as(path: Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UnreadableFile(path, NOT_READABLE) from error


def sniff_delimiter(text: str, preferred: str | None = None) -> str:
    """The separator whose split gives the most consistent number of fields (at least two)."""
    sample_lines = text[:65536].splitlines()[:50]
    if len(sample_lines) > 1 and len(text) > 65536:
        sample_lines = sample_lines[:-1]
    sample = "\n".join(sample_lines)
    best = (-1.0, 0, preferred or ",")
    for delimiter in ("\t", ";", ",", "|"):
        try:
            counts = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        except csv.Error:
            continue
        counts = [count for count in counts if count > 0]
        if not counts:
            continue
        modal = max(set(counts), key=lambda n: (counts.count(n), n))
        if modal < 2:
            continue
        consistency = counts.count(modal) / len(counts)
        bonus = 0.05 if delimiter == preferred else 0.0
        candidate = (consistency + bonus, modal, delimiter)
        if candidate[:2] > best[:2]:
            best = candidate
    return best[2]


def _read_delimited(path: Path, limits: ReadLimits, deadline: _Deadline) -> Workbook:
    data = path.read_bytes()
    text = _decode(path, data)
    if not text.strip():
        raise UnreadableFile(path, EMPTY_FILE)
    preferred = "\t" if path.suffix.lower() in {".tsv", ".tab"} else None
    delimiter = sniff_delimiter(text, preferred)
    rows: list[tuple[CellValue, ...]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    total_cells = 0
    try:
        for index, record in enumerate(reader):
            if index % 5000 == 0:
                deadline.check()
            if index > limits.max_rows:
                raise UnreadableFile(path, TOO_MANY_ROWS, limit=f"{limits.max_rows:,}")
            if len(record) > limits.max_columns:
                raise UnreadableFile(path, TOO_MANY_COLUMNS, limit=f"{limits.max_columns:,}")
            total_cells += len(record)
            if total_cells > limits.max_cells:
                raise UnreadableFile(path, TOO_MANY_CELLS, limit=f"{limits.max_cells:,}")
            cells: list[CellValue] = [value if value.strip() else None for value in record]
            while cells and cells[-1] is None:
                cells.pop()
            if cells:
                rows.append(tuple(cells))
                numbers.append(index + 1)
    except csv.Error as error:
        raise UnreadableFile(path, DAMAGED, detail=str(error)) from error
    if not rows:
        raise UnreadableFile(path, EMPTY_FILE)
    return Workbook(path, "csv", [Sheet(path, path.stem, rows, numbers)])
