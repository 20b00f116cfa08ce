"""The three imports driven alike: open, preview (nothing written), run in one transaction."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import MeetingMode
from mentordesk.io.columns import ColumnMapping
from mentordesk.services.errors import InvalidInput
from mentordesk.services.import_kinds import ImportChoice, ImportKind, NewBatch
from mentordesk.services.mapping_profiles import profile_names, read_profile, tagged
from tests.io import exports
from tests.services import report_batch as crafted
from tests.services.running_batch import BATCH, PlannedDuo, build
from tests.services.test_meetings import count_meetings

TODAY = date(2026, 11, 2)
A, B = "anna.martin@example.org", "bob.durand@example.org"
F, G = "fred.simon@example.org", "gil.morel@example.org"


class Stop(Exception):
    pass


def meetings_file(tmp_path: Path) -> Path:
    """A meeting in the future (an error), a good one, and a mode in an unrecognised column."""
    path = tmp_path / "suivi.csv"
    path.write_text(
        f"Mentor;Mentoré;Date;Comment ?\n{A};{B};2026-10-01;Téléphone\n{F};{G};2099-01-01;Visio\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def running(context: AppContext) -> None:
    build(context, [PlannedDuo("anna.martin", "bob.durand"), PlannedDuo("fred.simon", "gil.morel")])


def test_every_import_is_an_import_kind(context: AppContext) -> None:
    kinds: list[ImportKind] = [
        context.imports,
        context.meeting_import,
        context.feedback_import,
    ]
    assert [kind.key for kind in kinds] == ["questionnaire", "meetings", "feedback"]
    assert [kind.creates_batch for kind in kinds] == [True, False, False]
    assert [kind.chooses_role for kind in kinds] == [True, False, False]


def test_meetings_preview_writes_nothing_and_run_uses_the_corrected_columns(
    context: AppContext, running: None, tmp_path: Path
) -> None:
    kind = context.meeting_import
    opened = kind.open(meetings_file(tmp_path))
    sheet = opened.sheets[0]
    assert sheet.importable and sheet.mapping.field_of(3) is None
    mapping = sheet.mapping.with_column(3, "mode", kind.fields)
    batch_id = context.batches.id_of(BATCH)
    choice = ImportChoice(batch_id, (sheet.name,), {sheet.name: mapping}, today=TODAY)
    preview = kind.preview(opened, choice)
    assert preview.counts == (("created", 1), ("unchanged", 0))
    assert (preview.writes, preview.skipped) == (1, 1)
    assert [(p.location.row, p.severity) for p in preview.problems] == [(3, "error")]
    assert count_meetings(context) == 0
    outcome = kind.run(preview)
    assert (outcome.created, outcome.skipped, outcome.batch) == (1, 1, BATCH)
    duo = context.meetings.find_duo(context.batches.id_of(BATCH), A, B)
    assert [m.mode for m in context.meetings.meetings(duo)] == [MeetingMode.PHONE]


def test_strict_dry_run_and_cancel_leave_the_database_as_it_was(
    context: AppContext, running: None, tmp_path: Path
) -> None:
    path = meetings_file(tmp_path)
    service, batch_id = context.meeting_import, context.batches.id_of(BATCH)
    with pytest.raises(InvalidInput, match=r"^suivi.csv: 1 row\(s\) have errors, nothing was"):
        service.import_file(path, batch_id, today=TODAY, strict=True)
    assert service.import_file(path, batch_id, today=TODAY, dry_run=True).created == 1

    def cancel(percent: int) -> None:
        if percent >= 99:
            raise Stop

    with pytest.raises(Stop):
        service.import_file(path, batch_id, today=TODAY, progress=cancel)
    assert count_meetings(context) == 0
    seen: list[int] = []
    service.import_file(path, batch_id, today=TODAY, progress=seen.append)
    assert seen[-1] == 100 and seen == sorted(seen)
    assert count_meetings(context) == 1


def test_a_chosen_sheet_without_a_required_column_is_refused(
    context: AppContext, running: None, tmp_path: Path
) -> None:
    kind = context.meeting_import
    opened = kind.open(meetings_file(tmp_path))
    sheet = opened.sheets[0]
    no_date = sheet.mapping.with_column(2, None)
    batch_id = context.batches.id_of(BATCH)
    choice = ImportChoice(batch_id, (sheet.name,), {sheet.name: no_date}, today=TODAY)
    with pytest.raises(InvalidInput, match="sheet 'suivi' has no column for Date"):
        kind.preview(opened, choice)


def test_feedback_profile_and_kind_checked(context: AppContext, tmp_path: Path) -> None:
    crafted.build(context, answers={})
    kind = context.feedback_import
    path = tmp_path / "r.csv"
    path.write_text("Q1;Q2\nbruno@example.org;8\ninconnu@example.org;9\n", encoding="utf-8")
    profile = tagged({"columns": {"Q1": "email", "Q2": "rating"}}, "feedback")
    saved = tmp_path / "feedback.json"
    saved.write_text(json.dumps(profile), encoding="utf-8")
    assert read_profile(saved, kind) == profile
    with pytest.raises(InvalidInput, match="this mapping profile is for another import"):
        read_profile(saved, context.meeting_import)
    outcome = kind.import_file(
        path, context.batches.id_of(crafted.BATCH), profile=read_profile(saved, kind)
    )
    assert (outcome.created, outcome.skipped) == (1, 1)
    assert outcome.problems[0].location.row == 3


def test_saved_profiles_are_offered_to_their_own_import(context: AppContext) -> None:
    context.imports.save_profile("Ancien", {"columns": {"Ville": "city"}})
    context.imports.save_profile("Suivi", tagged({"columns": {"Jour": "date"}}, "meetings"))
    assert profile_names(context.unit_of_work, "questionnaire") == ["Ancien"]
    assert profile_names(context.unit_of_work, "meetings") == ["Suivi"]
    assert profile_names(context.unit_of_work, "feedback") == []


def test_questionnaire_through_the_protocol(context: AppContext, tmp_path: Path) -> None:
    kind = context.imports
    opened = kind.open(exports.google_forms_fr(tmp_path / "r.xlsx"))
    sheet = opened.sheets[0]
    mapping: ColumnMapping = sheet.mapping
    preview = kind.preview(
        opened, ImportChoice(NewBatch("Promo 2027"), (sheet.name,), {sheet.name: mapping})
    )
    assert dict(preview.counts)["ready"] == preview.writes == 5
    outcome = kind.run(preview)
    assert (outcome.created, outcome.batch_created) == (5, True)
    assert outcome.detail("mentors") + outcome.detail("mentees") == 5
