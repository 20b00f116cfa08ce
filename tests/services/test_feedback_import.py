"""Importing the end-of-batch survey: Google Forms, Typeform, Excel; bad rows; re-import."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from mentordesk.app import AppContext
from mentordesk.io.report_model import ReportOptions
from mentordesk.services.errors import InvalidInput
from mentordesk.services.feedback import FeedbackInput
from mentordesk.services.feedback_import import parse_rating
from mentordesk.storage.models import Feedback, Participation, Person
from tests.io.pdf_report.test_document import ALL_OPTIONS
from tests.io.pdf_text import pdf_text
from tests.services import report_batch as crafted

GOOGLE_FR = [
    "Horodateur",
    "Adresse e-mail",
    "Vous êtes :",
    "Sur 10, comment notez-vous vos échanges ?",
    "Sur quoi avez-vous progressé ?",
    "Avez-vous appris de votre binôme ?",
    "Un commentaire, un témoignage ?",
    "Acceptez-vous que ce commentaire soit cité (anonymement) dans notre bilan ?",
]
ROWS = [
    [
        "10/05/2026 18:02:11",
        "Alice@Example.org ",
        "Mentor",
        "10",
        "",
        "Oui",
        "Super promo !",
        "Oui",
    ],
    [
        "11/05/2026 09:15:00",
        "bruno@example.org",
        "Mentoré",
        "9",
        "CV, Fixer son TJM",
        "",
        "Merci",
        "",
    ],
    ["11/05/2026 10:00:00", "carla@example.org", "Mentorée", "8/10", "GitHub", "Non", "", ""],
    ["12/05/2026 21:30:45", "fanny@example.org", "Mentorée", "10", "CV", "", "Privé", "Non"],
]


def write_csv(path: Path, headers: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


FIELDS = (
    "duo_id", "rating", "progressed_on", "learned_from_partner", "comment", "may_quote",
    "submitted_at", "raw_answers",
)  # fmt: skip


def answers(context: AppContext) -> dict[str, SimpleNamespace]:
    """Each respondent's stored answer (by the local part of their e-mail), as plain values."""
    with context.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Person.email, Feedback)
            .join(Participation, Participation.person_id == Person.id)
            .join(Feedback, Feedback.participation_id == Participation.id)
        ).all()
        return {
            email.split("@")[0]: SimpleNamespace(**{name: getattr(fb, name) for name in FIELDS})
            for email, fb in rows
        }


@pytest.fixture
def batch(context: AppContext) -> crafted.Built:
    return crafted.build(context, answers={})


def test_google_forms_export(context: AppContext, batch: crafted.Built, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "retours.csv", GOOGLE_FR, ROWS)
    result = context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))
    assert (result.created, result.updated, result.unchanged, result.skipped) == (4, 0, 0, 0)
    assert result.problems == ()
    saved = answers(context)
    alice, bruno, carla, fanny = (saved[n] for n in ("alice", "bruno", "carla", "fanny"))
    assert (alice.rating, alice.learned_from_partner, alice.comment, alice.may_quote) == (
        10,
        True,
        "Super promo !",
        True,
    )
    assert alice.duo_id is None  # a mentor of two duos answers for both
    assert bruno.duo_id == batch.duos["alice/bruno"]
    assert bruno.progressed_on == ["CV", "Fixer son TJM"]
    assert (bruno.comment, bruno.may_quote) == ("Merci", False)  # no answer: private
    assert (carla.rating, carla.learned_from_partner) == (8, False)
    assert (fanny.comment, fanny.may_quote) == ("Privé", False)
    assert alice.submitted_at is not None and alice.submitted_at.hour == 18
    assert alice.raw_answers["Vous êtes :"] == "Mentor"


def test_reimport_changes_nothing_and_keeps_corrections(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "retours.csv", GOOGLE_FR, ROWS)
    context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))
    bruno = batch.participations["bruno"]
    entry = context.feedback.entry(context.batches.id_of(crafted.BATCH), bruno)
    context.feedback.save(
        context.batches.id_of(crafted.BATCH),
        FeedbackInput(
            participation_id=bruno,
            rating=entry.rating,
            progressed_on=entry.progressed_on,
            comment=entry.comment,
            may_quote=True,  # the coordinator asked Bruno, who agreed
        ),
    )
    again = context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))
    assert (again.created, again.updated, again.unchanged, again.skipped) == (0, 0, 4, 0)
    assert answers(context)["bruno"].may_quote is True


def test_changed_answer_is_updated(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    context.feedback_import.import_file(
        write_csv(tmp_path / "v1.csv", GOOGLE_FR, ROWS), context.batches.id_of(crafted.BATCH)
    )
    changed = [row[:] for row in ROWS]
    changed[2][3] = "9"
    result = context.feedback_import.import_file(
        write_csv(tmp_path / "v2.csv", GOOGLE_FR, changed), context.batches.id_of(crafted.BATCH)
    )
    assert (result.created, result.updated, result.unchanged) == (0, 1, 3)
    assert answers(context)["carla"].rating == 9


def test_bad_rows_are_reported_with_sheet_row_and_column(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    rows = [
        *ROWS[:2],
        ["", "inconnu@example.org", "Mentoré", "9", "", "", "", ""],
        ["", "carla@example.org", "Mentorée", "11", "", "", "", ""],
        ["", "pas-une-adresse", "Mentorée", "7", "", "", "", ""],
        ["", "fanny@example.org", "Mentorée", "bien", "", "peut-être", "Top", "on verra"],
        ["", "emil@example.org", "Mentor", "", "GitHub", "", "", ""],
    ]
    path = write_csv(tmp_path / "retours.csv", GOOGLE_FR, rows)
    result = context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))
    assert (result.created, result.skipped) == (3, 4)
    found = {
        (p.location.row, p.location.column, p.severity == "error"): p.message
        for p in result.problems
    }
    assert (
        found[(4, "B", True)]
        == "inconnu@example.org is not a volunteer of the batch 'Promo hiver 2026'"
    )
    assert found[(5, "D", True)] == "'11' is not a rating from 0 to 10"
    assert found[(6, "B", True)] == "'pas-une-adresse' is not an e-mail address"
    assert found[(7, "D", True)] == "'bien' is not a rating from 0 to 10"
    assert "the batch's role is kept" in found[(8, "", False)]
    assert all(p.location.sheet == "retours" for p in result.problems)
    assert (
        result.problems[1].location.column_label == "D (Sur 10, comment notez-vous vos échanges ?)"
    )
    emil = answers(context)["emil"]
    assert (emil.rating, emil.progressed_on) == (None, ["GitHub"])


def test_unclear_quote_permission_keeps_the_comment_private(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    rows = [["", "fanny@example.org", "Mentorée", "10", "", "peut-être", "Top", "on verra"]]
    result = context.feedback_import.import_file(
        write_csv(tmp_path / "r.csv", GOOGLE_FR, rows), context.batches.id_of(crafted.BATCH)
    )
    assert result.created == 1
    messages = [p.message for p in result.problems]
    assert "'on verra' is neither yes nor no: the comment stays private" in messages
    assert "'peut-être' is neither yes nor no: read as no" in messages
    fanny = answers(context)["fanny"]
    assert (fanny.comment, fanny.may_quote, fanny.learned_from_partner) == ("Top", False, False)


def test_typeform_one_column_per_choice_and_partner(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Réponses"
    sheet.append(["Bilan de la promo hiver"])
    sheet.append(
        ["#", "Your email", "Your partner's email", "Rating", "CV", "TJM", "GitHub",
         "Anything to add?", "May we quote you?", "Submitted At"]
    )  # fmt: skip
    sheet.append(["a1", "dora@example.org", "fanny@example.org", 7, None, None, None,
                  "Bien", "yes", "2026-05-20 10:00:00"])  # fmt: skip
    sheet.append(["a2", "fanny@example.org", None, 9.0, "CV", "TJM", None, None, None,
                  "2026-05-21 11:00:00"])  # fmt: skip
    sheet.append(["a3", "emil@example.org", None, 6, None, None, "GitHub", None, None,
                  "2026-05-21 12:00:00"])  # fmt: skip
    path = tmp_path / "typeform.xlsx"
    workbook.save(path)
    result = context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))
    assert (result.created, result.skipped, result.problems) == (3, 0, ())
    saved = answers(context)
    assert saved["dora"].duo_id == batch.duos["dora/fanny"]
    assert (saved["dora"].comment, saved["dora"].may_quote) == ("Bien", True)
    assert saved["fanny"].progressed_on == ["CV", "TJM"]
    assert saved["emil"].progressed_on == ["GitHub"]
    sheet = context.feedback_import.open(path).sheets[0]
    assert sheet.name == "Réponses" and sheet.mapping.field_of(4) == "progressed_on"


def test_answered_twice_keeps_the_latest(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    rows = [
        ["12/05/2026 10:00:00", "carla@example.org", "Mentorée", "6", "", "", "", ""],
        ["11/05/2026 10:00:00", "carla@example.org", "Mentorée", "9", "", "", "", ""],
    ]
    result = context.feedback_import.import_file(
        write_csv(tmp_path / "r.csv", GOOGLE_FR, rows), context.batches.id_of(crafted.BATCH)
    )
    assert result.created == 1
    assert answers(context)["carla"].rating == 6
    assert (
        result.problems[0].message
        == "carla@example.org answered twice: the answer of row 2 is kept"
    )
    assert result.problems[0].location.row == 3


def test_dry_run_writes_nothing(context: AppContext, batch: crafted.Built, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "retours.csv", GOOGLE_FR, ROWS)
    preview = context.feedback_import.import_file(
        path, context.batches.id_of(crafted.BATCH), dry_run=True
    )
    assert preview.created == 4 and preview.dry_run
    assert answers(context) == {}


def test_a_file_without_ratings_is_refused(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "inscrits.csv", ["Adresse e-mail", "Ville"], [["a@b.fr", "Lyon"]])
    with pytest.raises(InvalidInput, match=r"^inscrits.csv: no sheet gives Rating out of 10"):
        context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))


def test_garbage_is_refused_in_one_line(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    path = tmp_path / "retours.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 20)
    with pytest.raises(InvalidInput) as error:
        context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))
    assert "\n" not in str(error.value) and str(error.value).startswith("retours.xlsx: ")


def test_mapping_profile_names_the_columns(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "r.csv", ["Q1", "Q2", "Q3"], [["bruno@example.org", "8", "Vraiment top"]]
    )
    profile = {"version": 1, "columns": {"Q1": "email", "Q2": "rating", "Q3": "comment"}}
    result = context.feedback_import.import_file(
        path, context.batches.id_of(crafted.BATCH), profile=profile
    )
    assert result.created == 1
    assert answers(context)["bruno"].comment == "Vraiment top"


@pytest.mark.parametrize(
    ("value", "rating"),
    [(9, 9), (9.0, 9), ("9", 9), ("9/10", 9), ("9 / 10", 9), ("9 sur 10", 9), ("10", 10),
     ("0", 0), (8.5, None), ("11", None), (-1, None), ("bien", None), (True, None), ("4/5", None)],
)  # fmt: skip
def test_parse_rating(value: object, rating: int | None) -> None:
    assert parse_rating(value) == rating  # type: ignore[arg-type]


def test_a_file_without_a_question_keeps_that_answer(context: AppContext, tmp_path: Path) -> None:
    crafted.build(context)
    path = write_csv(tmp_path / "notes.csv", ["E-mail", "Note"], [["alice@example.org", "9"]])
    result = context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))
    assert (result.created, result.updated) == (0, 1)
    alice = answers(context)["alice"]
    assert (alice.rating, alice.comment, alice.may_quote, alice.learned_from_partner) == (
        9,
        crafted.QUOTE_MENTOR,
        True,
        True,
    )


def test_a_private_subject_in_the_progress_answer_never_reaches_a_pdf(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    """Google Forms' "Other: …" lands in the progress answer, in the respondent's own words."""
    private = "Mon burn-out et mes dettes personnelles"
    rows = [
        ["11/05/2026 09:15:00", "bruno@example.org", "Mentoré", "9",
         f"Fixer son TJM, {private}", "", "Merci", "Non"],
        ["11/05/2026 10:00:00", "carla@example.org", "Mentorée", "8", "CV", "", "", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "retours.csv", GOOGLE_FR, rows)
    context.feedback_import.import_file(path, context.batches.id_of(crafted.BATCH))
    assert answers(context)["bruno"].progressed_on == ["Fixer son TJM", private]
    assert private not in context.feedback.progress_choices(context.batches.id_of(crafted.BATCH))
    for options in ALL_OPTIONS:
        stream = io.BytesIO()
        context.reports.write_pdf(
            context.batches.id_of(crafted.BATCH), stream, options, today=crafted.TODAY
        )
        text = pdf_text(stream.getvalue())
        assert "burn-out" not in text and "dettes" not in text, options
        other = "Autre 50 % (1)" if options.language == "fr" else "Other 50% (1)"
        assert other in text, options
        assert ("Fixer son TJM 50" in text) and ("Améliorer son CV 50" in text), options


def test_typeform_choices_are_printed_and_its_other_column_is_not(
    context: AppContext, batch: crafted.Built, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Your email", "Rating", "Réseau", "TJM", "Other", "Submitted At"])
    sheet.append(["bruno@example.org", 9, "Réseau", None, "Ma dépression", "2026-05-20 10:00"])
    sheet.append(["carla@example.org", 8, "Réseau", "TJM", None, "2026-05-21 10:00"])
    path = tmp_path / "typeform.xlsx"
    workbook.save(path)
    service = context.feedback_import
    opened = service.open(path)
    sheet = opened.sheets[0]
    assert [sheet.mapping.field_of(c) for c in (2, 3)] == ["progressed_on"] * 2
    mapping = sheet.mapping.with_column(4, "progressed_on")  # the coordinator adds "Other"
    batch_id = context.batches.id_of(crafted.BATCH)
    service.apply(service.plan(opened, batch_id, mappings={sheet.name: mapping}), batch_id)
    assert answers(context)["bruno"].progressed_on == ["Réseau", "Ma dépression"]
    assert context.feedback.progress_choices(context.batches.id_of(crafted.BATCH)) == [
        "Améliorer son CV",
        "Fixer son TJM",
        "GitHub",
        "Réseau",  # the survey's choice; its "TJM" is the programme's topic
    ]
    report = context.reports.build(
        context.batches.id_of(crafted.BATCH), ReportOptions(), crafted.TODAY
    )
    assert [(row.label, row.count) for row in report.progress] == [
        ("Réseau", 2),
        ("Fixer son TJM", 1),
    ]
    assert report.progress_other == 1
