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
``max_columns`` columns or ``max_cells`` filled cells, or spanning a grid (last row times
last column) of more than ``max_cells`` however few are filled (all counted while
streaming, before any parser runs; ODS rows and cells marked as repeated count as often as
python-calamine repeats them), a cell of more than ``max_cell_chars`` characters, more than
``max_text_bytes`` of text in all (shared strings counted once per cell using them, as
python-calamine copies them), reading that outlasts ``max_seconds`` (checked inside the row
loops too). A CSV file is read as a stream, one line at a time. Formulas are never evaluated:
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
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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
    column_letter,
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
GRID_TOO_BIG = Text(
    en="a sheet spans {rows:,} rows by {columns:,} columns, more than the {limit} cells "
    "MentorDesk reads, however few are filled; delete what lies far below or to the right "
    "of the answers",
    fr="une feuille s'étend sur {rows:,} lignes et {columns:,} colonnes, plus que les "
    "{limit} cellules que MentorDesk lit, même si peu sont remplies ; supprimez ce qui se "
    "trouve loin sous les réponses ou à leur droite",
)
CELL_TOO_LONG = Text(
    en="{where}holds more than {limit} characters, more than a spreadsheet cell can "
    "(a damaged or malicious file?)",
    fr="{where}contient plus de {limit} caractères, plus qu'une cellule de tableur n'en "
    "admet (fichier endommagé ou malveillant ?)",
)
A_CELL = Text(en="a cell ", fr="une cellule ")
THIS_CELL = Text(en="cell {cell} of {sheet} ", fr="la cellule {cell} de {sheet} ")
LINE_TOO_LONG = Text(
    en="line {row:,} is longer than {limit} characters (a damaged or malicious file?)",
    fr="la ligne {row:,} dépasse {limit} caractères (fichier endommagé ou malveillant ?)",
)
TEXT_TOO_BIG = Text(
    en="the cells hold more than {limit} MB of text; import only the sheet you need",
    fr="les cellules contiennent plus de {limit} Mo de texte ; n'importez que la feuille utile",
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
_XLSX_REF = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?\br\s*=\s*[\"']([A-Za-z]{1,3})([0-9]{1,7})[\"']([^>]*)>"
)
_XLSX_PLAIN_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
_XLSX_PLAIN_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})')
_XLSX_SHARED = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?\bt\s*=\s*[\"']s[\"'][^>]*>\s*<(?:\w+:)?v>\s*([0-9]{1,9})\s*<"
)
_XLSX_PLAIN_SHARED = re.compile(rb't="s"[^>]*><v>([0-9]{1,9})<')
_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>"
)
_ODS_ROWS_REPEATED = re.compile(rb'number-rows-repeated="([0-9]+)"')
_ODS_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="([0-9]+)"')
_BYTES_PER_CHAR = 4
_SHEETS = {"xlsx", "ods"}
_SHEET_BYTES_PER_TEXT_BYTE = 6
"""Sheets' XML may be this many times ``max_text_bytes``: a parser holds their text, and a
real export's markup is most of their size (50,000 rows of 14 columns: about 30 MB of
xlsx, 90 MB of ODS)."""
_MAX_LINE_CELLS = 128


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
        sheets = sum(entry.file_size for entry in entries if _part_kind(entry.filename) in _SHEETS)
        if sheets > _SHEET_BYTES_PER_TEXT_BYTE * limits.max_text_bytes:
            limit = _SHEET_BYTES_PER_TEXT_BYTE * limits.max_text_bytes
            raise UnreadableFile(path, BOMB, size=_mb(sheets), limit=_mb(limit))
        names = {entry.filename for entry in entries}
        if "EncryptedPackage" in names:
            raise UnreadableFile(path, ENCRYPTED)
        if not ({"[Content_Types].xml", "content.xml"} & names):
            raise UnreadableFile(path, NOT_READABLE)
        tallies: list[_Tally] = []
        strings = array("q")
        for entry in entries:
            kind = _part_kind(entry.filename)
            if kind is None:
                _stream_part(path, archive, entry, None, deadline, limits)
                continue
            if kind == "strings" and entry.file_size > 2 * limits.max_text_bytes:
                raise UnreadableFile(path, TEXT_TOO_BIG, limit=_mb(limits.max_text_bytes))
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
    grid: tuple[int, int] = (0, 0)
    """The largest row and column a filled cell names (xlsx), or one ODS sheet's extent."""
    run: int = 0
    """Bytes since the last ``<``: a text that long is one cell's (or padding)."""
    ods: _OdsRows | None = None
    shared: array[int] = field(default_factory=lambda: array("q"))
    """Indices of the shared strings the part's cells use (xlsx)."""
    strings: array[int] = field(default_factory=lambda: array("q"))
    """Bytes of each shared string, markup included (the shared strings part)."""
    pending: int = 0


@dataclass
class _OdsRows:
    """Where an ODS sheet's filled cells reach once its repeated rows and cells are expanded
    (python-calamine expands them, except empty ones at the end)."""

    height: int = 0
    width: int = 0
    empty_rows: int = 0
    repeat: int = 1
    column: int = 0
    row_width: int = 0
    row_cells: int = 0


def _refuse_shared_text(
    path: Path, tallies: list[_Tally], strings: array[int], limits: ReadLimits
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
            raise UnreadableFile(path, TEXT_TOO_BIG, limit=_mb(limits.max_text_bytes))


def _part_kind(name: str) -> str | None:
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        return "xlsx"
    if name == "xl/sharedStrings.xml":
        return "strings"
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


def _over(tally: _Tally, limits: ReadLimits, cells_before: int) -> str | None:
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
    longest = limits.max_cell_chars * _BYTES_PER_CHAR
    long_text = re.compile(b"<[^<]{%d}" % longest)
    try:
        with archive.open(entry) as stream:
            while chunk := stream.read(_CHUNK):
                deadline.check()
                if tally is None:
                    continue
                _track_text(chunk, tally, long_text, longest)
                buffer = carry + chunk
                cut = buffer.rfind(b">") + 1
                scanned, carry = buffer[:cut], buffer[cut:]
                if tally.kind == "xlsx":
                    _tally_xlsx(scanned, tally, exact)
                elif tally.kind == "ods":
                    _tally_ods(scanned, tally, limits)
                else:
                    _tally_strings(scanned, tally)
                tally.over = tally.over or _over(tally, limits, cells_before)
                if tally.over:
                    break
                if len(carry) > _CHUNK:
                    carry = carry[-64:]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise UnreadableFile(path, DAMAGED, detail=entry.filename) from error
    except RuntimeError as error:
        raise UnreadableFile(path, ENCRYPTED) from error
    return tally


def _track_text(chunk: bytes, tally: _Tally, long_text: re.Pattern[bytes], limit: int) -> None:
    """Spot a stretch without markup longer than a cell's text may be, across chunks."""
    first = chunk.find(b"<")
    if first < 0:
        tally.run += len(chunk)
        return
    tally.run += first
    if long_text.search(chunk, first) is not None:
        tally.run = 1 << 62
    elif tally.run <= limit:
        tally.run = len(chunk) - chunk.rfind(b"<") - 1


def _tally_strings(data: bytes, tally: _Tally) -> None:
    """Each shared string's bytes (``pending`` holds those of the one not closed yet)."""
    pieces = data.split(b"</si>")
    if len(pieces) == 1:
        tally.pending += len(data)
        return
    tally.strings.append(tally.pending + len(pieces[0]))
    tally.strings.extend(map(len, pieces[1:-1]))
    tally.pending = len(pieces[-1])


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


def _tally_grid(data: bytes, tally: _Tally, prefixed: bool) -> None:
    """The largest row and column named by a cell holding something (an empty, formatted
    cell such as ``<c r="XFD9" s="1"/>`` is not read into the grid), and the shared strings
    cells use.

    Cells written as Excel and most tools write them are matched by plain patterns; a
    stretch where these do not account for every cell tag and every ``"s"`` is matched by
    patterns allowing any quoting, spacing and attribute order."""
    shared = _XLSX_PLAIN_SHARED.findall(data)
    if prefixed or len(shared) != data.count(b'"s"') or b"'s'" in data:
        shared = _XLSX_SHARED.findall(data)
    tally.shared.extend(map(int, shared))
    cells = data.count(b"<c")
    if not prefixed and cells == data.count(b'<c r="') and b'"/>' not in data:
        numbers = _XLSX_PLAIN_ROW.findall(data)
        if len(numbers) == cells:
            _extend_grid(tally, set(_XLSX_PLAIN_COLUMN.findall(data)), set(numbers))
            return
    found = [
        (column, row) for column, row, end in _XLSX_REF.findall(data) if not end.endswith(b"/")
    ]
    if found:
        _extend_grid(tally, {column for column, _ in found}, {row for _, row in found})


def _extend_grid(tally: _Tally, letters: set[bytes], digits: set[bytes]) -> None:
    if not letters or not digits:
        return
    rows, columns = tally.grid
    rows = max(rows, max(map(int, digits)))
    columns = max(columns, max(map(_column_number, letters)))
    tally.grid = (rows, columns)


def _tally_xlsx(data: bytes, tally: _Tally, exact: bool) -> None:
    """Rows, cells and formulas of a stretch of worksheet XML.

    Tags with a namespace prefix (``<x:c>``), rare, are matched by regular expressions;
    otherwise, unless ``exact``, a plain count of ``<row`` and of ``<c`` bounds the rows and
    cells from above (``<rowBreaks>``, ``<cols>``, ``<cfRule>`` count too; a tag is never
    missed, whatever whitespace follows its name) at a fraction of the cost.
    """
    prefixed = _XLSX_PREFIXED.search(data) is not None
    _tally_grid(data, tally, prefixed)
    if exact or prefixed:
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


def _tally_ods(data: bytes, tally: _Tally, limits: ReadLimits) -> None:
    """Rows and filled cells of a stretch of ODS content, repeated ones counted as often as
    they are repeated; ``grid`` is the largest extent of a sheet so far."""
    state = tally.ods = tally.ods or _OdsRows()
    for closing, name, attributes, empty in _ODS_TAG.findall(data):
        if name == b"table":
            if not closing:
                tally.ods = state = _OdsRows()
        elif name == b"table-row":
            if not closing:
                found = _ODS_ROWS_REPEATED.search(attributes)
                state.repeat = int(found.group(1)) if found else 1
                state.column = state.row_width = state.row_cells = 0
            if closing or empty:
                _end_ods_row(tally, state)
        elif not closing:
            found = _ODS_COLUMNS_REPEATED.search(attributes)
            repeat = int(found.group(1)) if found else 1
            state.column += repeat
            if not empty or b"value-type" in attributes:
                state.row_width = state.column
                state.row_cells += repeat
        if tally.rows > limits.max_rows + 1 or tally.cells > limits.max_cells:
            return


def _end_ods_row(tally: _Tally, state: _OdsRows) -> None:
    if not state.row_cells:
        state.empty_rows += state.repeat
        return
    state.height += state.empty_rows + state.repeat
    state.empty_rows = 0
    state.width = max(state.width, state.row_width)
    tally.cells += state.row_cells * state.repeat
    tally.rows = max(tally.rows, state.height)
    rows, columns = tally.grid
    if state.height * state.width > rows * columns:
        tally.grid = (state.height, state.width)


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
            text = _TextBudget(path, limits)
            for name in names:
                deadline.check()
                sheet = book.get_sheet_by_name(name)
                if sheet.height > limits.max_rows + 1:
                    raise UnreadableFile(path, TOO_MANY_ROWS, limit=f"{limits.max_rows:,}")
                if sheet.width > limits.max_columns:
                    raise UnreadableFile(path, TOO_MANY_COLUMNS, limit=f"{limits.max_columns:,}")
                if sheet.height * sheet.width > limits.max_cells:
                    raise UnreadableFile(
                        path,
                        GRID_TOO_BIG,
                        rows=sheet.height,
                        columns=sheet.width,
                        limit=f"{limits.max_cells:,}",
                    )
                grid: list[list[CellValue]] = []
                for raw in sheet.iter_rows():
                    if len(grid) % 1000 == 0:
                        deadline.check()
                    text.check(name, len(grid), cast(list[CellValue], raw))
                    grid.append(cast(list[CellValue], raw))
                _fill_merged(grid, sheet.merged_cell_ranges or [], sheet.width)
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


class _TextBudget:
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
            limit = _mb(self._limits.max_text_bytes)
            raise UnreadableFile(self._path, TEXT_TOO_BIG, limit=limit)


def _fill_merged(
    grid: list[list[CellValue]],
    ranges: list[tuple[tuple[int, int], tuple[int, int]]],
    width: int,
) -> None:
    """A merged area reads as its top-left value in every one of its cells (clipped to the
    sheet's grid, so a merged area declared huge costs no more than the grid)."""
    for (top, left), (bottom, right) in ranges:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            row = grid[r]
            for c in range(left, min(right, width - 1) + 1):
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
        if index % 1000 == 0:
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


def _encoding(path: Path, deadline: _Deadline) -> str:
    """The file's encoding, told from its byte-order mark or by decoding it in chunks:
    UTF-8 when all of it decodes as such, else Windows-1252, else Latin-1."""
    with path.open("rb") as stream:
        head = stream.read(4)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in ("utf-8", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as stream:
                while chunk := stream.read(_CHUNK):
                    deadline.check()
                    if b"\x00" in chunk:
                        raise UnreadableFile(path, NOT_READABLE)
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def _open_text(path: Path, encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(path.open("rb"), encoding=encoding, newline="")


def _prefix(path: Path, encoding: str) -> str:
    """The start of the file as text, enough to tell whether it is text and its delimiter."""
    try:
        with _open_text(path, encoding) as stream:
            text = stream.read(65536 * 2)
            more = bool(stream.read(1))
    except UnicodeDecodeError as error:
        raise UnreadableFile(path, NOT_READABLE) from error
    controls = sum(1 for char in text[:65536] if ord(char) < 32 and char not in "\t\r\n\f")
    if "\x00" in text or controls > max(2, len(text[:65536]) // 200):
        raise UnreadableFile(path, NOT_READABLE)
    if more and "\n" in text:
        text = text[: text.rfind("\n")]
    return text


def _lines(path: Path, stream: io.TextIOWrapper, longest: int) -> Iterator[str]:
    """The file's lines, none longer than ``longest`` characters (a longer one is refused
    before it is held whole)."""
    number = 0
    while line := stream.readline(longest + 1):
        number += 1
        if len(line) > longest:
            raise UnreadableFile(path, LINE_TOO_LONG, row=number, limit=f"{longest:,}")
        yield line


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
    """A CSV/TSV file read as a stream: encoding and delimiter told from the file and its
    start, then one line at a time, so that memory holds the cells and one line."""
    encoding = _encoding(path, deadline)
    sample = _prefix(path, encoding)
    if not sample.strip():
        raise UnreadableFile(path, EMPTY_FILE)
    preferred = "\t" if path.suffix.lower() in {".tsv", ".tab"} else None
    delimiter = sniff_delimiter(sample, preferred)
    rows: list[tuple[CellValue, ...]] = []
    numbers: list[int] = []
    text = _TextBudget(path, limits)
    total_cells = 0
    try:
        with _open_text(path, encoding) as stream:
            longest = limits.max_cell_chars * _MAX_LINE_CELLS
            reader = csv.reader(_lines(path, stream, longest), delimiter=delimiter)
            for index, record in enumerate(reader):
                if index % 1000 == 0:
                    deadline.check()
                if index > limits.max_rows:
                    raise UnreadableFile(path, TOO_MANY_ROWS, limit=f"{limits.max_rows:,}")
                if len(record) > limits.max_columns:
                    raise UnreadableFile(path, TOO_MANY_COLUMNS, limit=f"{limits.max_columns:,}")
                total_cells += len(record)
                if total_cells > limits.max_cells:
                    raise UnreadableFile(path, TOO_MANY_CELLS, limit=f"{limits.max_cells:,}")
                text.check(path.stem, index, cast(list[CellValue], record))
                cells: list[CellValue] = [value if value.strip() else None for value in record]
                while cells and cells[-1] is None:
                    cells.pop()
                if cells:
                    rows.append(tuple(cells))
                    numbers.append(index + 1)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            raise UnreadableFile(
                path, CELL_TOO_LONG, where=A_CELL(), limit=f"{limits.max_cell_chars:,}"
            ) from error
        raise UnreadableFile(path, DAMAGED, detail=str(error)) from error
    except UnicodeDecodeError as error:
        raise UnreadableFile(path, NOT_READABLE) from error
    if not rows:
        raise UnreadableFile(path, EMPTY_FILE)
    return Workbook(path, "csv", [Sheet(path, path.stem, rows, numbers)])
