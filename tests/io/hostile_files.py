"""Small files that cost a reader far more than their size: written by the tests themselves.

Each is what a review measured against the readers; ``python -m tests.io.hostile_files DIR``
writes them all (the two large CSV files too) to measure the command line on them.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from tests.io.exports import _CONTENT_TYPES, _ROOT_RELS, _WORKBOOK, _WORKBOOK_RELS, ods_file

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xlsx(path: Path, sheet: bytes, shared_strings: bytes | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        types = _CONTENT_TYPES
        if shared_strings is not None:
            types = types.replace(
                "</Types>",
                '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            )
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        rels = _WORKBOOK_RELS
        if shared_strings is not None:
            rels = rels.replace(
                "</Relationships>",
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
            )
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                part.write(shared_strings)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def repeated_rows_ods(path: Path, rows: int = 20_000, cells: int = 900) -> Path:
    """A header, then one ODS row of ``cells`` filled cells marked as repeated ``rows`` times."""
    header = ["E-mail", "Role", *(f"Q{n}" for n in range(cells - 2))]
    ods_file(path, [header, ["p@example.fr", "Mentor", *["x"] * (cells - 2)]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["content.xml"] = (
        parts["content.xml"]
        .replace(b"<table:table-row>", b'<table:table-row table:number-rows-repeated="%d">' % rows)
        .replace(
            b'<table:table-row table:number-rows-repeated="%d">' % rows, b"<table:table-row>", 1
        )
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, method)
    return path


def sparse_xlsx(path: Path, last: str = "ALL50000", dimension: str | None = None) -> Path:
    """A header, one answer, and one cell at ``last``: five filled cells spanning a huge grid."""
    ref = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        f'<worksheet xmlns="{_MAIN}">{ref}<sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>E-mail</t></is></c>'
        '<c r="B1" t="inlineStr"><is><t>Role</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>p@example.fr</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>Mentor</t></is></c></row>'
        f'<row r="{last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{last}" t="inlineStr">'
        "<is><t>x@example.fr</t></is></c></row></sheetData></worksheet>"
    )
    return _xlsx(path, sheet.encode())


def big_string_xlsx(path: Path, size: int = 250 * 1024 * 1024) -> Path:
    """An answer whose comment is one shared string of ``size`` characters; the file stays
    small."""
    head = (
        f'<sst xmlns="{_MAIN}" count="6" uniqueCount="6"><si><t>E-mail</t></si><si><t>Role</t>'
        "</si><si><t>p@example.fr</t></si><si><t>Comment</t></si><si><t>Mentor</t></si><si><t>"
    ).encode()
    chunk = b"a" * (1 << 20)
    body = b"".join(
        [head, chunk * (size // len(chunk)), chunk[: size % len(chunk)], b"</t></si></sst>"]
    )
    sheet = (
        f'<worksheet xmlns="{_MAIN}"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>3</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c>'
        '<c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c></row></sheetData></worksheet>'
    )
    return _xlsx(path, sheet.encode(), body)


def repeated_string_xlsx(path: Path, cells: int, size: int = 32_000) -> Path:
    """One shared string of ``size`` characters used by ``cells`` cells (ten a row): small
    on disk, ``cells * size`` bytes once each cell holds its own copy."""
    strings = f'<sst xmlns="{_MAIN}" count="1" uniqueCount="1"><si><t>'.encode()
    strings += b"a" * size + b"</t></si></sst>"
    rows = b"".join(
        b'<row r="%d">' % r
        + b"".join(
            b'<c r="%s%d" t="s"><v>0</v></c>' % (c, r)
            for c in (b"A", b"B", b"C", b"D", b"E", b"F", b"G", b"H", b"I", b"J")
        )
        + b"</row>"
        for r in range(1, cells // 10 + 1)
    )
    sheet = f'<worksheet xmlns="{_MAIN}"><sheetData>'.encode() + rows + b"</sheetData></worksheet>"
    return _xlsx(path, sheet, strings)


def inline_text_xlsx(path: Path, cells: int, size: int = 30_000) -> Path:
    """``cells`` cells (three a row) each holding its own text of ``size`` characters."""
    text = b"a" * size
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, part in _PARTS.items():
            archive.writestr(name, part)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(f'<worksheet xmlns="{_MAIN}"><sheetData>'.encode())
            for r in range(1, cells // 3 + 1):
                sheet.write(b'<row r="%d">' % r)
                for c in (b"A", b"B", b"C"):
                    sheet.write(b'<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (c, r, text))
                sheet.write(b"</row>")
            sheet.write(b"</sheetData></worksheet>")
    return path


_PARTS = {
    "[Content_Types].xml": _CONTENT_TYPES,
    "_rels/.rels": _ROOT_RELS,
    "xl/workbook.xml": _WORKBOOK,
    "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
}


def giant_field_csv(path: Path, size: int, rows: int = 3) -> Path:
    """A small CSV one of whose fields holds ``size`` characters."""
    with path.open("wb") as stream:
        stream.write(b"E-mail,Comment\n")
        for n in range(rows):
            stream.write(b"p%d@example.fr,ok\n" % n)
        stream.write(b'x@example.fr,"')
        block = b"b" * (1 << 20)
        for _ in range(size // len(block)):
            stream.write(block)
        stream.write(b"b" * (size % len(block)) + b'"\n')
    return path


def large_csv(path: Path, size: int) -> Path:
    """About ``size`` bytes of plausible answers (far more rows than a sheet may hold)."""
    with path.open("wb") as stream:
        stream.write(b"Horodateur,Adresse e-mail,Prenom,Nom,Role,Ville,Commentaire\n")
        written, n = 0, 0
        while written < size:
            lines = b"".join(
                b"2026-03-02 09:15:00,p%d@example.fr,Camille,Martin,Mentor,Lyon,%s\n"
                % (i, b"Un mot pour l'equipe " * 3)
                for i in range(n, n + 10_000)
            )
            n += 10_000
            stream.write(lines)
            written += len(lines)
    return path


def write_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [
        repeated_rows_ods(folder / "rep2.ods"),
        sparse_xlsx(folder / "sparse.xlsx"),
        big_string_xlsx(folder / "bigstring.xlsx"),
        large_csv(folder / "big195.csv", 195 * 1024 * 1024),
        giant_field_csv(folder / "giant150.csv", 150 * 1024 * 1024),
        inline_text_xlsx(folder / "inline.xlsx", 9_000),
    ]


if __name__ == "__main__":
    for written in write_all(Path(sys.argv[1])):
        print(written, written.stat().st_size)
