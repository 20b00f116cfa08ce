"""CSV and TSV files read as a stream, their encoding and delimiter told from the file."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from mentordesk.io.readers.limits import CHUNK, Deadline, TextBudget
from mentordesk.io.readers.refusals import (
    A_CELL,
    CELL_TOO_LONG,
    DAMAGED,
    EMPTY_FILE,
    LINE_TOO_LONG,
    NOT_READABLE,
    TOO_MANY_CELLS,
    TOO_MANY_COLUMNS,
    TOO_MANY_ROWS,
)
from mentordesk.io.tables import (
    CellValue,
    ReadLimits,
    Sheet,
    UnreadableFile,
    Workbook,
)

_MAX_LINE_CELLS = 128


def _encoding(path: Path, deadline: Deadline) -> str:
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
                while chunk := stream.read(CHUNK):
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
    """The separator (``,`` ``;`` tab ``|``) whose split gives the most consistent number of
    fields (at least two)."""
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


def read_delimited(path: Path, limits: ReadLimits, deadline: Deadline) -> Workbook:
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
    text = TextBudget(path, limits)
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
