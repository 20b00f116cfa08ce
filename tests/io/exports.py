# ruff: noqa: E501
"""Questionnaire exports shaped like the real tools', written by the tests themselves."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl

START = datetime(2026, 3, 2, 9, 15, 0)

PEOPLE = [
    # e-mail, first, last, role (fr words), city, needs/expertise, capacity, languages
    ("camille.martin@example.fr", "Camille", "Martin", "mentor", "Lyon", ["Fixer son TJM", "GitHub"], 2, "Français, Anglais"),
    ("Hélène.Durand@Example.fr ", "Hélène", "Durand", "mentee", "paris 11e", ["Décrocher sa première mission", "Améliorer mon CV / profil"], None, "Français"),
    ("ines.benali@example.com", "Inès", "Benali", "mentee", "75011", ["Fixer son TJM"], None, "Français, Arabe"),
    ("jean-pierre.leroy@example.org", "Jean-Pierre", "Le Roy", "mentor", "St Etienne", ["Soft skills", "Méthodes de travail"], 1, "Français"),
    ("zoe.nguyen@example.net", "Zoé", "Nguyen", "mentee", "Nantes", ["GitHub", "Se former à une nouvelle technologie"], None, "Français, Anglais"),
]  # fmt: skip

GF_FR_ROLES = {
    "mentor": "Je veux accompagner (mentor)",
    "mentee": "Je veux être accompagné(e) (mentoré)",
}
GF_FR_HEADERS = [
    "Horodateur",
    "Adresse e-mail",
    "Prénom",
    "Nom",
    "Vous souhaitez participer en tant que",
    "Ville",
    "Vos besoins (si vous êtes mentoré·e)",
    "Vos domaines d'expertise (si vous êtes mentor)",
    "Combien de mentorés pouvez-vous accompagner ?",
    "Langues parlées",
    "Format préféré pour les rencontres",
    "Vos disponibilités",
    "J'accepte que mes réponses soient utilisées pour former les duos",
    "Un mot pour l'équipe ?",
]


def google_forms_fr_rows(people: Sequence[tuple[object, ...]] = PEOPLE) -> list[list[object]]:
    rows: list[list[object]] = []
    for index, (email, first, last, role, city, topics, capacity, languages) in enumerate(people):
        joined = ", ".join(topics)  # type: ignore[arg-type]
        rows.append(
            [
                START + timedelta(hours=index),
                email,
                first,
                last,
                GF_FR_ROLES[str(role)],
                city,
                joined if role == "mentee" else "",
                joined if role == "mentor" else "",
                capacity if capacity is not None else "",
                languages,
                "Les deux" if index % 2 else "Présentiel",
                "Soirs de semaine",
                "Oui",
                "=SOMME(A1:A3)" if index == 0 else "",
            ]
        )
    return rows


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    first = True
    for name, rows in sheets.items():
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        sheet.title = name
        first = False
        for row in rows:
            sheet.append([None if v == "" else v for v in row])
    book.save(path)
    return path


def google_forms_fr(path: Path) -> Path:
    """Google Forms' French export: « Horodateur », checkbox answers joined by ", "."""
    rows = google_forms_fr_rows()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Réponses au formulaire 1"
    sheet.append(GF_FR_HEADERS)
    for row in rows:
        sheet.append([None if v == "" else v for v in row])
    # A text that starts with "=" stays text; openpyxl would store it as a formula otherwise.
    sheet["N2"].value = "=SOMME(A1:A3)"
    sheet["N2"].data_type = "s"
    sheet["N3"].value = "+33 6 12 34 56 78"
    sheet["N4"].value = "@équipe merci !"
    sheet["N5"].value = "-- rien à ajouter"
    sheet["N6"].value = "=1+1"  # a real formula, never evaluated
    book.save(path)
    return path


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
    bom: bool = False,
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    data = buffer.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)
    return path


def google_forms_en(path: Path, **options: object) -> Path:
    """Google Forms' English CSV: "Timestamp", "Email Address", choices joined by ", "."""
    headers = [
        "Timestamp",
        "Email Address",
        "First name",
        "Last name",
        "I want to",
        "City",
        "What do you need help with?",
        "Your areas of expertise",
        "How many mentees can you take?",
        "Languages you speak",
        "Preferred format",
        "Consent",
    ]
    roles = {"mentor": "Be a mentor", "mentee": "Be mentored"}
    rows: list[list[object]] = [headers]
    for index, (email, first, last, role, city, topics, capacity, languages) in enumerate(PEOPLE):
        joined = ", ".join(topics)  # type: ignore[arg-type]
        stamp = START + timedelta(hours=index)
        rows.append(
            [
                stamp.strftime("%Y/%m/%d %I:%M:%S %p GMT+1"),
                email,
                first,
                last,
                roles[str(role)],
                city,
                joined if role == "mentee" else "",
                joined if role == "mentor" else "",
                capacity if capacity is not None else "",
                str(languages)
                .replace("Français", "French")
                .replace("Anglais", "English")
                .replace("Arabe", "Arabic"),
                "Remote" if index % 2 else "In person",
                "Yes",
            ]
        )
    return write_csv(path, rows, **options)  # type: ignore[arg-type]


def microsoft_forms(path: Path) -> Path:
    """Microsoft Forms, anonymous: "Email" and "Name" say "anonymous", choices end with ";"."""
    headers = [
        "ID",
        "Start time",
        "Completion time",
        "Email",
        "Name",
        "Votre adresse e-mail",
        "Prénom et nom",
        "Rôle",
        "Ville",
        "Thématiques",
        "Capacité (mentors)",
    ]
    rows: list[list[object]] = []
    for index, (email, first, last, role, city, topics, capacity, _l) in enumerate(PEOPLE):
        stamp = START + timedelta(days=index)
        rows.append(
            [
                index + 1,
                stamp - timedelta(minutes=4),
                stamp,
                "anonymous",
                "anonymous",
                email,
                f"{first} {last}",
                "Mentor" if role == "mentor" else "Mentoré(e)",
                city,
                "".join(f"{t};" for t in topics),  # type: ignore[union-attr]
                capacity if capacity is not None else "",
            ]
        )
    return write_xlsx(path, {"Form1": [headers, *rows]})


TYPEFORM_CHOICES = [
    "Décrocher sa première mission",
    "Fixer son TJM",
    "GitHub",
    "Améliorer mon CV / profil",
    "Soft skills",
    "Méthodes de travail",
    "Se former à une nouvelle technologie",
]


def typeform(path: Path) -> Path:
    """Typeform's CSV: one column per choice, holding the choice's text when ticked."""
    headers = ["#", "Prénom", "Nom", "E-mail", "Vous êtes ?", *TYPEFORM_CHOICES, "Ville",
               "Submit Date (UTC)", "Network ID"]  # fmt: skip
    rows: list[list[object]] = [headers]
    for index, (email, first, last, role, city, topics, _c, _l) in enumerate(PEOPLE):
        choices = [choice if choice in topics else "" for choice in TYPEFORM_CHOICES]  # type: ignore[operator]
        stamp = START + timedelta(hours=index)
        rows.append(
            [
                f"tf{index}",
                first,
                last,
                email,
                "Mentor" if role == "mentor" else "Mentoré",
                *choices,
                city,
                stamp.strftime("%Y-%m-%d %H:%M:%S"),
                "a1b2c3",
            ]
        )
    return write_csv(path, rows)


def homemade_workbook(path: Path) -> Path:
    """The coordinator's own workbook: a title row, merged cells, one sheet per role."""
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Mode d'emploi"
    notes.append(["Remplir une ligne par personne."])
    for title, role in (("Mentors", "mentor"), ("Mentorés", "mentee")):
        sheet = book.create_sheet(title)
        sheet.append(["Programme de mentorat — promo printemps 2026"])
        sheet.merge_cells("A1:F1")
        sheet.append([])
        sheet.append(["Nom", "Prénom", "Mail", "Ville", "Sujets", "Nb de mentorés"])
        people = [p for p in PEOPLE if p[3] == role]
        for email, first, last, _r, city, topics, capacity, _l in people:
            sheet.append([last, first, email, city, " ; ".join(topics), capacity])  # type: ignore[arg-type]
        # Two people of the same city, the city typed once in a merged cell.
        sheet.append(
            [
                "Petit",
                "Paul",
                f"paul.petit.{role}@example.fr",
                "Bordeaux",
                "GitHub",
                1 if role == "mentor" else None,
            ]
        )
        sheet.append(
            [
                "Roux",
                "Rose",
                f"rose.roux.{role}@example.fr",
                None,
                "Soft skills",
                3 if role == "mentor" else None,
            ]
        )
        last_row = sheet.max_row
        sheet.merge_cells(f"D{last_row - 1}:D{last_row}")
    book.save(path)
    return path


def ods_file(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    """A minimal OpenDocument spreadsheet, strings only."""
    body = []
    for row in rows:
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{_xml(v)}</text:p></table:table-cell>'
            for v in row
        )
        body.append(f"<table:table-row>{cells}</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Réponses">'
        + "".join(body)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_TAIL = "</sheetData></worksheet>"


def streamed_xlsx(path: Path, rows: int, *, padding: int = 0) -> Path:
    """A minimal .xlsx written row by row without openpyxl (fast for huge sheets).

    ``padding`` adds that many bytes of spaces inside every row: a tiny file whose sheet
    expands enormously (a decompression bomb) when ``rows * padding`` is large.
    """
    level = 1 if padding else 6
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD.encode())
            pad = b" " * padding
            block: list[bytes] = []
            for number in range(1, rows + 1):
                block.append(
                    b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>p%d@example.fr</t></is></c>%s</row>'
                    % (number, number, number, pad)
                )
                if len(block) == 10_000:
                    sheet.write(b"".join(block))
                    block.clear()
            sheet.write(b"".join(block))
            sheet.write(_SHEET_TAIL.encode())
    return path


def xlsx_with_sheet(path: Path, sheet_xml: str) -> Path:
    """A minimal .xlsx whose only sheet is ``sheet_xml``, written as given (odd markup too)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path
