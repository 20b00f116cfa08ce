"""Reading exports into plain grids, and refusing hostile files with one clear line."""

from __future__ import annotations

import io
import os
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from mentordesk.io.readers import list_sheets, read_workbook
from mentordesk.io.readers.delimited import sniff_delimiter
from mentordesk.io.tables import ReadLimits, UnreadableFile
from tests.io import exports


def test_xlsx_rows_keep_their_numbers_and_types(tmp_path: Path) -> None:
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    book = read_workbook(path)
    assert book.kind == "excel"
    sheet = book.sheets[0]
    assert sheet.name == "Réponses au formulaire 1"
    assert sheet.row_numbers == [1, 2, 3, 4, 5, 6]
    assert sheet.rows[0][1] == "Adresse e-mail"
    assert isinstance(sheet.rows[1][0], datetime)
    table = sheet.table(0)
    assert table.headers[1] == "Adresse e-mail"
    location = table.location(2, 1)
    assert (location.file, location.sheet, location.row, location.column) == (
        "réponses.xlsx", "Réponses au formulaire 1", 4, "B",
    )  # fmt: skip
    assert location.column_label == "B (Adresse e-mail)"


def test_formulas_are_never_evaluated_and_formula_like_text_stays_text(tmp_path: Path) -> None:
    path = exports.google_forms_fr(tmp_path / "formules.xlsx")
    column = [row[13] if len(row) > 13 else None for row in read_workbook(path).sheets[0].rows]
    assert column[1:] == [
        "=SOMME(A1:A3)",
        "+33 6 12 34 56 78",
        "@équipe merci !",
        "-- rien à ajouter",
        "=1+1",  # a real formula: its text, not 2
    ]


def test_merged_cells_read_as_their_value_everywhere(tmp_path: Path) -> None:
    path = exports.homemade_workbook(tmp_path / "suivi.xlsx")
    sheet = read_workbook(path, sheets=["Mentors"]).sheets[0]
    assert sheet.rows[0] == ("Programme de mentorat — promo printemps 2026",) * 6
    assert sheet.rows[-1][3] == sheet.rows[-2][3] == "Bordeaux"
    assert sheet.row_numbers[:2] == [1, 3]  # the empty row 2 is dropped, numbers kept


def test_sheets_listed_and_chosen_by_name(tmp_path: Path) -> None:
    path = exports.homemade_workbook(tmp_path / "suivi.xlsx")
    assert list_sheets(path) == ["Mode d'emploi", "Mentors", "Mentorés"]
    assert read_workbook(path, sheets=["mentorés"]).sheet_names == ["Mentorés"]
    with pytest.raises(UnreadableFile, match="no sheet named 'Nope'"):
        read_workbook(path, sheets=["Nope"])


def test_ods(tmp_path: Path) -> None:
    path = exports.ods_file(tmp_path / "réponses.ods", [["E-mail", "Ville"], ["a@b.fr", "Lyon"]])
    book = read_workbook(path)
    assert book.kind == "ods"
    assert book.sheets[0].rows == [("E-mail", "Ville"), ("a@b.fr", "Lyon")]


ROWS = [["Nom", "Prénom", "E-mail", "Besoins"], ["Légère", "Élodie", "e@x.fr", "CV, GitHub"]]


@pytest.mark.parametrize(
    ("name", "delimiter", "encoding", "bom"),
    [
        ("utf8.csv", ",", "utf-8", False),
        ("utf8-bom.csv", ",", "utf-8", True),
        ("excel-fr.csv", ";", "cp1252", False),
        ("tab.tsv", "\t", "utf-8", False),
        ("tab-as.txt", "\t", "cp1252", False),
        ("utf16.csv", "\t", "utf-16", False),
    ],
)
def test_csv_encodings_and_delimiters(
    tmp_path: Path, name: str, delimiter: str, encoding: str, bom: bool
) -> None:
    path = exports.write_csv(tmp_path / name, ROWS, delimiter=delimiter, encoding=encoding, bom=bom)
    sheet = read_workbook(path).sheets[0]
    assert sheet.rows == [tuple(ROWS[0]), tuple(ROWS[1])]


def test_delimiter_sniffing_ignores_separators_inside_quotes() -> None:
    text = 'a;b;c\n"x, y";"1,5";z\n"p, q";"2,5";r\n'
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("a,b\n1,2\n") == ","


def test_csv_saved_under_an_xlsx_name_is_read_as_csv(tmp_path: Path) -> None:
    path = exports.write_csv(tmp_path / "export.xlsx", ROWS, delimiter=";")
    book = read_workbook(path)
    assert book.kind == "csv"
    assert book.sheets[0].rows[1][2] == "e@x.fr"
    assert "export.xlsx" in book.notes[0]


def test_multiline_cells_count_as_one_row(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('E-mail,Commentaire\na@b.fr,"ligne 1\nligne 2"\nc@d.fr,ok\n', encoding="utf-8")
    sheet = read_workbook(path).sheets[0]
    assert sheet.rows[1] == ("a@b.fr", "ligne 1\nligne 2")
    assert sheet.row_numbers == [1, 2, 3]


# --- hostile files -------------------------------------------------------------------


def _refusal(path: Path, limits: ReadLimits | None = None) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(path, limits=limits or ReadLimits())
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path.name}: ")
    return message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vide.xlsx"
    path.write_bytes(b"")
    assert "empty" in _refusal(path)
    blank = tmp_path / "blanc.csv"
    blank.write_text("\n \n", encoding="utf-8")
    assert "empty" in _refusal(blank)


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in _refusal(tmp_path / "absent.xlsx")


def test_random_bytes_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "random.xlsx"
    path.write_bytes(os.urandom(64 * 1024))
    assert "neither a spreadsheet" in _refusal(path)


def test_zip_that_is_not_a_spreadsheet(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8" * 100)
    assert "neither a spreadsheet" in _refusal(path)


def test_truncated_workbook(tmp_path: Path) -> None:
    whole = exports.google_forms_fr(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "damaged" in _refusal(path)


def test_password_protected_workbook(tmp_path: Path) -> None:
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = exports.google_forms_fr(tmp_path / "plain.xlsx")
    path = tmp_path / "protégé.xlsx"
    with plain.open("rb") as source, path.open("wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    assert "password-protected" in _refusal(path)
    with pytest.raises(UnreadableFile, match="password"):
        list_sheets(path)


def test_legacy_ole_without_encryption_is_not_called_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    message = _refusal(path)
    assert "damaged" in message


def test_file_too_big(tmp_path: Path) -> None:
    path = exports.write_csv(tmp_path / "big.csv", ROWS * 100)
    assert "more than the" in _refusal(path, ReadLimits(max_file_bytes=1000))


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ~1 MB .xlsx whose sheet expands to about 1 GB."""
    path = tmp_path_factory.mktemp("bomb") / "bombe.xlsx"
    return exports.streamed_xlsx(path, rows=10_000, padding=100_000)


@pytest.mark.slow
def test_decompression_bomb_refused_from_declared_sizes(bomb: Path) -> None:
    assert bomb.stat().st_size < 5_000_000
    tracemalloc.start()
    started = time.perf_counter()
    message = _refusal(bomb)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "would expand to 95" in message or "would expand to 1" in message
    assert elapsed < 5
    assert peak < 50_000_000


def test_a_part_lying_about_its_size_is_caught(tmp_path: Path) -> None:
    """Declared sizes patched down: streaming the part fails its check, nothing parses it."""
    import struct
    import zipfile

    path = exports.streamed_xlsx(tmp_path / "liar.xlsx", rows=2_000, padding=2_000)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    real = info.file_size
    assert real > 1_000_000
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if struct.unpack_from("<I", data, start + offset)[0] == real:
                struct.pack_into("<I", data, start + offset, 1000)
            start += 4
    index = data.find(struct.pack("<Q", real))
    while index >= 0:
        struct.pack_into("<Q", data, index, 1000)
        index = data.find(struct.pack("<Q", real), index + 8)
    path.write_bytes(bytes(data))
    message = _refusal(path, ReadLimits(max_expanded_bytes=500_000))
    assert "damaged" in message or "expand" in message


@pytest.mark.slow
def test_million_row_sheet_refused_quickly(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = exports.streamed_xlsx(tmp_path_factory.mktemp("huge") / "million.xlsx", rows=1_000_000)
    tracemalloc.start()
    started = time.perf_counter()
    message = _refusal(path)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "more than 50,000 rows" in message
    assert elapsed < 30
    assert peak < 100_000_000


def test_row_limit_on_csv(tmp_path: Path) -> None:
    path = exports.write_csv(
        tmp_path / "rows.csv", [["E-mail"], *[[f"p{i}@x.fr"] for i in range(50)]]
    )
    assert "more than 10 rows" in _refusal(path, ReadLimits(max_rows=10))
    xlsx = exports.streamed_xlsx(tmp_path / "rows.xlsx", rows=50)
    assert "more than 10 rows" in _refusal(xlsx, ReadLimits(max_rows=10))


def test_cell_limit(tmp_path: Path) -> None:
    xlsx = exports.streamed_xlsx(tmp_path / "cells.xlsx", rows=50)
    assert "more than 20 filled cells" in _refusal(xlsx, ReadLimits(max_cells=20))
    csv_path = exports.write_csv(tmp_path / "cells.csv", [["a", "b", "c"]] * 10)
    assert "more than 20 filled cells" in _refusal(csv_path, ReadLimits(max_cells=20))
    assert read_workbook(xlsx, limits=ReadLimits(max_cells=50)).sheets[0].rows[0] == (
        "p1@example.fr",
    )


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


_INLINE_CELL = '<c r="A{n}" t="inlineStr"><is><t>p{n}@example.fr</t></is></c>'


def _cells_xml(rows: int, cell: str = _INLINE_CELL) -> str:
    return "".join(f'<row r="{n}">{cell.format(n=n)}</row>' for n in range(1, rows + 1))


def test_cells_are_counted_whatever_follows_their_name(tmp_path: Path) -> None:
    spaced = exports.xlsx_with_sheet(
        tmp_path / "spaced.xlsx",
        f'<worksheet xmlns="{_MAIN}"><sheetData>'
        + _cells_xml(30, '<c\nr="A{n}"\tt="inlineStr"><is><t>p{n}@example.fr</t></is></c>')
        + "</sheetData></worksheet>",
    )
    assert "more than 20 filled cells" in _refusal(spaced, ReadLimits(max_cells=20))
    prefixed = exports.xlsx_with_sheet(
        tmp_path / "prefixed.xlsx",
        f'<x:worksheet xmlns:x="{_MAIN}"><x:sheetData>'
        + _cells_xml(30, "<x:c><x:v>{n}</x:v></x:c>")
        .replace("<row", "<x:row")
        .replace("</row>", "</x:row>")
        + "</x:sheetData></x:worksheet>",
    )
    assert "more than 20 filled cells" in _refusal(prefixed, ReadLimits(max_cells=20))


def test_a_sheet_exactly_at_the_limits_is_read(tmp_path: Path) -> None:
    """Column widths and page breaks are not cells nor rows, however the limits are checked."""
    path = exports.xlsx_with_sheet(
        tmp_path / "at-limits.xlsx",
        f'<worksheet xmlns="{_MAIN}"><cols><col min="1" max="1" width="30"/></cols>'
        f"<sheetData>{_cells_xml(20)}</sheetData>"
        '<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>'
        "</worksheet>",
    )
    sheet = read_workbook(path, limits=ReadLimits(max_cells=20, max_rows=19)).sheets[0]
    assert len(sheet.rows) == 20
    assert sheet.rows[-1] == ("p20@example.fr",)
    assert "more than 19 filled cells" in _refusal(path, ReadLimits(max_cells=19))
    assert "more than 18 rows" in _refusal(path, ReadLimits(max_rows=18))


def test_binary_text_refused(tmp_path: Path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(b"E-mail\x00\x01\x02" * 100)
    assert "neither a spreadsheet" in _refusal(path)
