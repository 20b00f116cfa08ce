"""Small files that expand enormously: refused in one line, with memory measured in a child.

tracemalloc cannot see python-calamine's own allocations, so the peak memory of reading each
file is measured as the resident set of a separate process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mentordesk.io.readers import limits, read_workbook
from mentordesk.io.readers.refusals import TOO_SLOW
from mentordesk.io.tables import ReadLimits, UnreadableFile
from tests.io import exports, hostile_files

_READ = """
import json, sys
from mentordesk.io.readers import read_workbook
from mentordesk.io.tables import UnreadableFile
try:
    book = read_workbook(sys.argv[1])
    print(json.dumps({"rows": [len(sheet.rows) for sheet in book.sheets]}))
except UnreadableFile as error:
    print(json.dumps({"refused": str(error)}))
"""

_MEASURE = """
import json, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", sys.argv[1], sys.argv[2]], capture_output=True,
                      text=True, check=False)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"peak": peak, "stdout": done.stdout, "stderr": done.stderr}))
"""

MB = 1024 * 1024


def _read_in_child(path: Path) -> tuple[dict[str, object], int]:
    """What reading ``path`` gave, and the peak resident memory of the process that read it
    (the only child of a process of its own, so no other child's peak counts)."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, _READ, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[3],
    )
    report = json.loads(done.stdout)
    assert not report["stderr"], report["stderr"]
    return json.loads(report["stdout"]), int(report["peak"])


def _refused_in_child(path: Path, reason: str, peak_mb: int = 200) -> None:
    outcome, peak = _read_in_child(path)
    message = str(outcome.get("refused", ""))
    assert message.startswith(f"{path.name}: "), outcome
    assert "\n" not in message
    assert reason in message
    assert peak < peak_mb * MB, f"{peak / MB:.0f} MB"


def _refusal(path: Path, limits: ReadLimits | None = None) -> str:
    with pytest.raises(UnreadableFile) as caught:
        read_workbook(path, limits=limits or ReadLimits())
    return str(caught.value)


def test_ods_rows_repeated_are_counted_as_calamine_expands_them(tmp_path: Path) -> None:
    path = hostile_files.repeated_rows_ods(tmp_path / "rep2.ods")
    assert path.stat().st_size < 10_000
    _refused_in_child(path, "more than 750,000 filled cells")


def test_ods_repeated_cells_and_rows_within_limits_are_read(tmp_path: Path) -> None:
    path = hostile_files.repeated_rows_ods(tmp_path / "few.ods", rows=3, cells=4)
    sheet = read_workbook(path).sheets[0]
    assert (
        sheet.rows == [("E-mail", "Role", "Q0", "Q1")] + [("p@example.fr", "Mentor", "x", "x")] * 3
    )
    assert "more than 12 filled cells" in _refusal(path, ReadLimits(max_cells=12))
    wide = tmp_path / "wide.ods"
    exports.ods_file(wide, [["E-mail", "x"]])
    _patch_content(
        wide,
        b"<table:table-row>",
        b'<table:table-row><table:table-cell table:number-columns-repeated="40" '
        b'office:value-type="string"><text:p>y</text:p></table:table-cell>',
    )
    assert "more than 30 columns" in _refusal(wide, ReadLimits(max_columns=30))


def test_ods_trailing_empty_rows_and_columns_cost_nothing(tmp_path: Path) -> None:
    """LibreOffice writes the unused rest of a sheet as empty cells repeated a million times."""
    path = tmp_path / "libreoffice.ods"
    exports.ods_file(path, [["E-mail", "Rôle"], ["a@example.fr", "Mentor"]])
    _patch_content(
        path,
        b"</table:table>",
        b'<table:table-row table:number-rows-repeated="1048574"><table:table-cell '
        b'table:number-columns-repeated="1024"/></table:table-row></table:table>',
    )
    _patch_content(
        path,
        b"</table:table-row>",
        b'<table:table-cell table:number-columns-repeated="16382"/></table:table-row>',
    )
    assert read_workbook(path).sheets[0].rows[1] == ("a@example.fr", "Mentor")


def _patch_content(path: Path, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_sparse_sheet_refused_for_the_grid_it_spans(tmp_path: Path) -> None:
    path = hostile_files.sparse_xlsx(tmp_path / "sparse.xlsx")
    assert path.stat().st_size < 10_000
    _refused_in_child(path, "spans 50,000 rows by 1,000 columns, more than the 750,000 cells")
    lying = hostile_files.sparse_xlsx(tmp_path / "lying.xlsx", dimension="A1:B2")
    assert "spans 50,000 rows by 1,000 columns" in _refusal(lying)


@pytest.mark.parametrize(
    "cell",
    [
        "<c t='inlineStr' r='ALL50000'><is><t>x</t></is></c>",
        '<c\ns="0"\tr = "ALL50000"><v>1</v></c>',
        '<x:c r="ALL50000" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<x:v>1</x:v></x:c>",
    ],
)
def test_a_far_cell_is_found_however_its_tag_is_written(tmp_path: Path, cell: str) -> None:
    path = exports.xlsx_with_sheet(
        tmp_path / "odd.xlsx",
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="50000">{cell}</row>'
        "</sheetData></worksheet>",
    )
    assert "spans 50,000 rows by 1,000 columns" in _refusal(path)


def test_a_dimension_or_formatting_far_away_is_not_a_grid(tmp_path: Path) -> None:
    """Only cells holding something make the grid a reader builds; a sheet's declared
    dimension and formatted empty cells do not."""
    path = exports.xlsx_with_sheet(
        tmp_path / "formatted.xlsx",
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<dimension ref="A1:XFD1048576"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>E-mail</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a@example.fr</t></is></c></row>'
        '<row r="900000"><c r="XFD900000" s="1"/></row></sheetData></worksheet>',
    )
    assert read_workbook(path).sheets[0].rows == [("E-mail",), ("a@example.fr",)]


def test_a_huge_shared_string_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = hostile_files.big_string_xlsx(tmp_path / "bigstring.xlsx")
    assert path.stat().st_size < 1_000_000
    _refused_in_child(path, "more than 24 MB of text")
    five = hostile_files.big_string_xlsx(tmp_path / "five.xlsx", size=5 * MB)
    _refused_in_child(five, "a cell holds more than 32,767 characters")


def test_one_long_shared_string_in_many_cells_is_refused_before_it_is_copied(
    tmp_path: Path,
) -> None:
    path = hostile_files.repeated_string_xlsx(tmp_path / "copies.xlsx", cells=10_000)
    assert path.stat().st_size < 100_000
    _refused_in_child(path, "more than 24 MB of text", peak_mb=150)
    few = hostile_files.repeated_string_xlsx(tmp_path / "few.xlsx", cells=20, size=1000)
    assert read_workbook(few, limits=ReadLimits(max_text_bytes=25_000)).sheets[0].rows[0][0]
    assert "MB of text" in _refusal(few, ReadLimits(max_text_bytes=19_000))


def test_sheets_holding_more_text_than_memory_allows_are_refused_before_parsing(
    tmp_path: Path,
) -> None:
    path = hostile_files.inline_text_xlsx(tmp_path / "inline.xlsx", cells=6_000)
    assert path.stat().st_size < 1_000_000
    _refused_in_child(path, "would expand to 172 MB in memory, more than the 144 MB allowed")
    small = hostile_files.inline_text_xlsx(tmp_path / "small.xlsx", cells=30, size=1000)
    assert read_workbook(small).sheets[0].rows[0][0] == "a" * 1000
    assert "more than the 0 MB" in _refusal(small, ReadLimits(max_text_bytes=5_000))


def test_a_cell_longer_than_a_spreadsheet_allows_is_named(tmp_path: Path) -> None:
    path = hostile_files.big_string_xlsx(tmp_path / "long.xlsx", size=40_000)
    assert "cell C2 of Feuil1 holds more than 32,767 characters" in _refusal(path)
    fits = hostile_files.big_string_xlsx(tmp_path / "fits.xlsx", size=30_000)
    assert len(str(read_workbook(fits).sheets[0].rows[1][2])) == 30_000


def test_more_text_than_memory_allows_is_refused(tmp_path: Path) -> None:
    rows: list[list[object]] = [["E-mail", "Comment"]]
    rows += [[f"p{n}@example.fr", "z" * 1000] for n in range(50)]
    path = exports.write_csv(tmp_path / "wordy.csv", rows)
    assert "more than 0 MB of text" in _refusal(path, ReadLimits(max_text_bytes=20_000))
    xlsx = exports.write_xlsx(tmp_path / "wordy.xlsx", {"Feuil1": rows})
    assert "more than 0 MB of text" in _refusal(xlsx, ReadLimits(max_text_bytes=20_000))


def test_csv_giant_fields_refused_while_streamed(tmp_path: Path) -> None:
    giant = hostile_files.giant_field_csv(tmp_path / "giant.csv", 20 * MB)
    _refused_in_child(giant, "line 5 is longer than", peak_mb=150)
    long = hostile_files.giant_field_csv(tmp_path / "long.csv", 40_000)
    assert "cell B5 of long holds more than 32,767 characters" in _refusal(long)
    multiline = tmp_path / "multiline.csv"
    multiline.write_text('E-mail,Comment\na@example.fr,"' + "ligne\n" * 40_000 + '"\n')
    assert "holds more than 32,767 characters" in _refusal(multiline)


@pytest.mark.slow
def test_a_csv_just_under_the_size_limit_is_read_as_a_stream(tmp_path: Path) -> None:
    path = hostile_files.large_csv(tmp_path / "big195.csv", 195 * MB)
    _refused_in_child(path, "more than 50,000 rows", peak_mb=250)


def test_the_deadline_is_checked_while_rows_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A deadline that passes once the file's start has been looked at still stops the
    reading of its rows."""
    rows = [["E-mail"], *([f"p{n}@example.fr"] for n in range(5_000))]
    paths = [
        exports.write_csv(tmp_path / "rows.csv", rows),
        exports.streamed_xlsx(tmp_path / "rows.xlsx", rows=5_000),
    ]
    for path in paths:
        calls: list[int] = []

        def check(self: object, calls: list[int] = calls) -> None:
            calls.append(1)

        monkeypatch.setattr(limits.Deadline, "check", check)
        read_workbook(path)
        assert len(calls) >= 5, path.name
        budget = len(calls) - 2

        def late(
            self: limits.Deadline,
            calls: list[int] = calls,
            budget: int = budget,
            path: Path = path,
        ) -> None:
            calls.append(1)
            if len(calls) > budget:
                raise UnreadableFile(path, TOO_SLOW, limit="30")

        calls.clear()
        monkeypatch.setattr(limits.Deadline, "check", late)
        assert "took longer than 30 s" in _refusal(path)
