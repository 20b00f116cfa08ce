"""The batch's workbook re-opens with the batch's rows; formula-like answers stay inert."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from mentordesk.app import AppContext
from mentordesk.services.demo import DEMO_BATCH
from mentordesk.storage.models import Feedback, Person
from tests.services import report_batch as crafted


def test_demo_workbook_has_the_batch_rows(demo_context: AppContext, tmp_path: Path) -> None:
    target = tmp_path / "demo.xlsx"
    result = demo_context.exports.export_xlsx(demo_context.batches.id_of(DEMO_BATCH), target, "fr")
    figures = demo_context.stats.figures(demo_context.batches.id_of(DEMO_BATCH))
    assert result.rows == {
        "Volontaires": 93,
        "Duos": 50,
        "Rencontres": figures.meetings,
        "Retours": 82,
    }
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["Volontaires", "Duos", "Rencontres", "Retours"]
    for title, count in result.rows.items():
        assert workbook[title].max_row == count + 1
        assert workbook[title].freeze_panes == "A2"
    volunteers = workbook["Volontaires"]
    emails = [row[3] for row in volunteers.iter_rows(min_row=2, values_only=True)]
    assert emails == [
        v.email for v in demo_context.batches.volunteers(demo_context.batches.id_of(DEMO_BATCH))
    ]
    feedback = workbook["Retours"]
    headers = [cell.value for cell in feedback[1]]
    assert headers[:4] == ["Rôle", "Prénom", "Nom", "E-mail"]
    ratings = [
        row[headers.index("Note /10")] for row in feedback.iter_rows(min_row=2, values_only=True)
    ]
    assert sum(r > 8 for r in ratings) == 73


def test_private_comments_are_in_the_coordinators_file(context: AppContext, tmp_path: Path) -> None:
    crafted.build(context)
    target = tmp_path / "batch.xlsx"
    context.exports.export_xlsx(context.batches.id_of(crafted.BATCH), target, "en")
    sheet = load_workbook(target)["Feedback"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    headers = [cell.value for cell in sheet[1]]
    comments = {row[headers.index("Comment")]: row[headers.index("May be quoted")] for row in rows}
    assert comments[crafted.PRIVATE_MENTOR] == "no"
    assert comments[crafted.QUOTE_MENTOR] == "yes"
    duos = load_workbook(target)["Duos"]
    assert duos.max_row == 1 + 5  # the proposed duo too: it is the coordinator's whole batch


def test_formula_like_answers_are_inert(context: AppContext, tmp_path: Path) -> None:
    crafted.build(context)
    with context.unit_of_work() as uow:
        person = uow.session.scalars(
            select(Person).where(Person.email == "bruno@example.org")
        ).one()
        person.first_name = '=HYPERLINK("http://evil.example","x")'
        answer = uow.session.scalars(
            select(Feedback).where(Feedback.participation_id == person.participations[0].id)
        ).one()
        answer.comment = "@SUM(1+1)*cmd|' /C calc'!A0"
        uow.commit()
    target = tmp_path / "batch.xlsx"
    context.exports.export_xlsx(context.batches.id_of(crafted.BATCH), target, "fr")
    workbook = load_workbook(target)
    cells = [
        cell
        for sheet in workbook
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value[:1] in "=+-@"
    ]
    assert {cell.value for cell in cells} >= {
        '=HYPERLINK("http://evil.example","x")',
        "@SUM(1+1)*cmd|' /C calc'!A0",
    }
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)
    with zipfile.ZipFile(target) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert "<f>" not in xml and "<f " not in xml
