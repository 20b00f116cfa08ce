"""Importing questionnaire exports: every shape, every problem, one transaction."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mentordesk.app import AppContext
from mentordesk.domain.enums import FormatPreference, Role
from mentordesk.services.errors import InvalidInput
from mentordesk.services.import_kinds import NewBatch
from mentordesk.services.mapping_profiles import read_profile_file, write_profile_file
from mentordesk.services.questionnaire_answers import Answer
from mentordesk.services.questionnaire_import import QuestionnaireImportService
from mentordesk.storage.models import (
    Batch,
    Duo,
    Participation,
    ParticipationTopic,
    Person,
    Topic,
)
from tests.io import exports

BATCH = "Promo printemps 2026"
EMAILS = {
    "camille.martin@example.fr": ("Camille", "Martin", "mentor", "Lyon"),
    "hélène.durand@example.fr": ("Hélène", "Durand", "mentee", "Paris"),
    "ines.benali@example.com": ("Inès", "Benali", "mentee", "Paris"),
    "jean-pierre.leroy@example.org": ("Jean-Pierre", "Le Roy", "mentor", "Saint-Étienne"),
    "zoe.nguyen@example.net": ("Zoé", "Nguyen", "mentee", "Nantes"),
}
TOPICS = {
    "camille.martin@example.fr": ["Fixer son TJM", "GitHub"],
    "hélène.durand@example.fr": ["Décrocher sa première mission", "Améliorer mon CV / profil"],
    "ines.benali@example.com": ["Fixer son TJM"],
    "jean-pierre.leroy@example.org": ["Soft skills", "Méthodes de travail"],
    "zoe.nguyen@example.net": ["GitHub", "Se former à une nouvelle technologie"],
}


def snapshot(context: AppContext) -> dict[str, Any]:
    """Everything an import may touch, to prove a refusal left it alone."""
    with context.unit_of_work() as uow:
        session = uow.session
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Batch, Person, Participation, Topic, ParticipationTopic)
        } | {
            "people": sorted(
                session.execute(select(Person.email, Person.first_name, Person.last_name)).all()
            ),
            "participations": sorted(
                (str(row[0]), str(row[1]), row[2])
                for row in session.execute(
                    select(Participation.person_id, Participation.role, Participation.city)
                )
            ),
        }


def volunteers(context: AppContext, batch: str = BATCH) -> dict[str, Any]:
    return {v.email: v for v in context.batches.volunteers(context.batches.id_of(batch))}


def check_people(context: AppContext, *, capacities: bool = True) -> None:
    found = volunteers(context)
    assert set(found) == set(EMAILS)
    for email, (first, last, role, city) in EMAILS.items():
        person = found[email]
        assert (person.first_name, person.last_name, person.role.value, person.city) == (
            first, last, role, city,
        ), email  # fmt: skip
        assert list(person.topics) == TOPICS[email], email
    if capacities:
        assert found["camille.martin@example.fr"].capacity == 2
    assert found["hélène.durand@example.fr"].capacity is None


def test_google_forms_french_xlsx(any_context: AppContext, tmp_path: Path) -> None:
    path = exports.google_forms_fr(tmp_path / "Questionnaire mentorat (réponses).xlsx")
    report = any_context.imports.import_file(path, NewBatch(BATCH))
    assert report.as_json() == {
        "created": 5, "updated": 0, "unchanged": 0, "skipped": 0, "mentors": 2, "mentees": 3,
        "warnings": [],
    }  # fmt: skip
    assert report.batch_created
    check_people(any_context)
    with any_context.unit_of_work() as uow:
        camille = uow.session.scalars(
            select(Participation).join(Person).where(Person.email == "camille.martin@example.fr")
        ).one()
        assert camille.languages == ["fr", "en"]
        assert camille.format_preference is FormatPreference.IN_PERSON
        assert camille.consent is True
        assert camille.answered_at == datetime(2026, 3, 2, 9, 15)
        assert camille.region == "Auvergne-Rhône-Alpes" and camille.country == "FR"
        assert camille.latitude == pytest.approx(45.75, abs=0.05)
        assert camille.raw_answers["Adresse e-mail"] == "camille.martin@example.fr"
        assert camille.raw_answers["Un mot pour l'équipe ?"] == "=SOMME(A1:A3)"
        helene = uow.session.scalars(
            select(Participation).join(Person).where(Person.email == "hélène.durand@example.fr")
        ).one()
        assert helene.raw_answers["Ville"] == "paris 11e"
        assert helene.raw_answers["Un mot pour l'équipe ?"] == "+33 6 12 34 56 78"
        assert helene.capacity is None


def test_planned_answers_hold_every_field(context: AppContext, tmp_path: Path) -> None:
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    plan = context.imports.plan(context.imports.open(path), batch=NewBatch(BATCH))
    names = {answer_field.name for answer_field in dataclasses.fields(Answer)}
    for answer in plan.rows:
        assert vars(answer).keys() == names
        assert answer == Answer(**vars(answer))
        with pytest.raises(dataclasses.FrozenInstanceError):
            answer.email = "x@example.fr"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("export.csv", {}),
        ("export-bom.csv", {"bom": True}),
        ("export-excel-fr.csv", {"delimiter": ";", "encoding": "cp1252"}),
        ("export.tsv", {"delimiter": "\t"}),
    ],
)
def test_google_forms_english_csv(
    context: AppContext, tmp_path: Path, name: str, options: dict[str, Any]
) -> None:
    path = exports.google_forms_en(tmp_path / name, **options)
    report = context.imports.import_file(path, NewBatch(BATCH))
    assert (report.created, report.skipped, report.mentors, report.mentees) == (5, 0, 2, 3)
    check_people(context)
    with context.unit_of_work() as uow:
        stamp = uow.session.scalar(
            select(Participation.answered_at)
            .join(Person)
            .where(Person.email == "zoe.nguyen@example.net")
        )
    assert stamp == datetime(2026, 3, 2, 13, 15)


def test_microsoft_forms_anonymous(context: AppContext, tmp_path: Path) -> None:
    report = context.imports.import_file(
        exports.microsoft_forms(tmp_path / "Form1.xlsx"), NewBatch(BATCH)
    )
    assert (report.created, report.skipped) == (5, 0)
    check_people(context)


def test_typeform_one_column_per_choice(context: AppContext, tmp_path: Path) -> None:
    report = context.imports.import_file(
        exports.typeform(tmp_path / "typeform.csv"), NewBatch(BATCH)
    )
    assert (report.created, report.skipped) == (5, 0)
    check_people(context, capacities=False)
    assert volunteers(context)["camille.martin@example.fr"].capacity == 1
    assert any("no capacity column" in p.message for p in report.problems)


def test_homemade_workbook_roles_from_sheet_names(context: AppContext, tmp_path: Path) -> None:
    path = exports.homemade_workbook(tmp_path / "suivi promo.xlsx")
    report = context.imports.import_file(path, NewBatch(BATCH))
    assert (report.created, report.mentors, report.mentees, report.skipped) == (9, 4, 5, 0)
    found = volunteers(context)
    assert found["rose.roux.mentor@example.fr"].city == "Bordeaux"  # from the merged cell
    assert found["rose.roux.mentor@example.fr"].capacity == 3
    assert found["rose.roux.mentee@example.fr"].role is Role.MENTEE
    assert found["camille.martin@example.fr"].capacity == 2


def test_role_from_file_name_and_forced_role(context: AppContext, tmp_path: Path) -> None:
    rows = [["Prénom", "Nom", "E-mail", "Ville"], ["Ana", "Lima", "ana@x.fr", "Lille"]]
    mentees = exports.write_csv(tmp_path / "mentorés-2026.csv", rows)
    context.imports.import_file(mentees, NewBatch(BATCH))
    assert volunteers(context)["ana@x.fr"].role is Role.MENTEE
    unnamed = exports.write_csv(tmp_path / "inscriptions.csv", rows)
    with pytest.raises(InvalidInput, match="cannot tell mentors from mentees"):
        context.imports.import_file(unnamed, NewBatch(BATCH))
    report = context.imports.import_file(unnamed, NewBatch(BATCH), role=Role.MENTOR)
    assert report.updated == 1
    assert volunteers(context)["ana@x.fr"].capacity == 1


def test_ods_export(context: AppContext, tmp_path: Path) -> None:
    rows = [["Adresse e-mail", "Nom complet", "Rôle", "Code postal"],
            ["ana@x.fr", "Ana Lima", "Mentorée", "69003"],
            ["bo@x.fr", "DUPONT Bo", "Mentor", "33000"]]  # fmt: skip
    report = context.imports.import_file(
        exports.ods_file(tmp_path / "r.ods", rows), NewBatch(BATCH)
    )
    assert report.created == 2
    found = volunteers(context)
    assert (found["ana@x.fr"].first_name, found["ana@x.fr"].last_name) == ("Ana", "Lima")
    assert (found["bo@x.fr"].first_name, found["bo@x.fr"].last_name) == ("Bo", "DUPONT")
    assert found["ana@x.fr"].city == "Lyon"


def test_reimport_changes_nothing_then_updates_what_changed(
    any_context: AppContext, tmp_path: Path
) -> None:
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    any_context.imports.import_file(path, NewBatch(BATCH))
    before = snapshot(any_context)
    again = any_context.imports.import_file(path, NewBatch(BATCH))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert snapshot(any_context) == before

    rows = exports.google_forms_fr_rows()
    for row in rows:
        row[13] = ""
    plain = exports.write_xlsx(tmp_path / "plain.xlsx", {"R": [exports.GF_FR_HEADERS, *rows]})
    assert any_context.imports.import_file(plain, NewBatch(BATCH)).updated == 5
    rows[0][5] = "Grenoble"
    rows[1][6] = "GitHub"
    changed = exports.write_xlsx(
        tmp_path / "réponses-2.xlsx", {"Réponses": [exports.GF_FR_HEADERS, *rows]}
    )
    report = any_context.imports.import_file(changed, NewBatch(BATCH))
    assert (report.created, report.updated, report.unchanged) == (0, 2, 3)
    found = volunteers(any_context)
    assert found["camille.martin@example.fr"].city == "Grenoble"
    assert found["hélène.durand@example.fr"].topics == ("GitHub",)


def test_duplicate_answers_latest_timestamp_wins(context: AppContext, tmp_path: Path) -> None:
    rows = exports.google_forms_fr_rows()
    late = list(rows[0])
    late[0] = datetime(2026, 3, 20, 8, 0)
    late[5] = "Marseille"
    early = list(rows[0])
    early[0] = datetime(2026, 3, 1, 8, 0)
    early[5] = "Brest"
    path = exports.write_xlsx(
        tmp_path / "doublons.xlsx", {"R": [exports.GF_FR_HEADERS, late, *rows[1:], early]}
    )
    report = context.imports.import_file(path, NewBatch(BATCH))
    assert report.created == 5
    assert volunteers(context)["camille.martin@example.fr"].city == "Marseille"
    warnings = [p for p in report.problems if "more than once" in p.message]
    assert len(warnings) == 1
    assert warnings[0].location.row == 7 and "row 2" in warnings[0].message


def test_duplicate_answers_without_timestamp_last_row_wins(
    context: AppContext, tmp_path: Path
) -> None:
    rows = [
        ["E-mail", "Rôle", "Ville"],
        ["a@x.fr", "Mentor", "Lille"],
        ["A@X.fr", "Mentor", "Metz"],
    ]
    report = context.imports.import_file(
        exports.write_csv(tmp_path / "d.csv", rows), NewBatch(BATCH)
    )
    assert report.created == 1
    assert volunteers(context)["a@x.fr"].city == "Metz"
    assert report.as_json()["warnings"][-1]["row"] == 2  # type: ignore[index]


BAD_ROWS = [
    ["Adresse e-mail", "Rôle", "Capacité", "Ville"],
    ["ok@x.fr", "Mentor", "2", "Lille"],
    ["pas-une-adresse", "Mentor", "1", "Lille"],
    ["", "Mentoré", "", "Lille"],
    ["role@x.fr", "Les deux", "", "Lille"],
    ["cap@x.fr", "Mentor", "beaucoup", "Lille"],
    ["blank@x.fr", "Mentor", "", "Atlantis-sur-Mer"],
    ["mentee@x.fr", "Mentorée", "", "Lille"],
]


def test_row_problems_are_reported_and_rows_skipped(context: AppContext, tmp_path: Path) -> None:
    path = exports.write_csv(tmp_path / "erreurs.csv", BAD_ROWS)
    report = context.imports.import_file(path, NewBatch(BATCH))
    assert (report.created, report.skipped, report.mentors, report.mentees) == (3, 4, 2, 1)
    data = report.as_json()
    warnings = data["warnings"]
    assert isinstance(warnings, list)
    assert [set(w) for w in warnings] == [{"sheet", "row", "column", "message"}] * len(warnings)
    by_row: dict[object, dict[str, str]] = {}
    for w in warnings:
        by_row.setdefault(w["row"], {"message": "", "column": w["column"], "sheet": w["sheet"]})
        by_row[w["row"]]["message"] += w["message"] + " | "
    assert "not a valid e-mail address" in by_row[3]["message"]
    assert by_row[3]["column"] == "A (Adresse e-mail)" and by_row[3]["sheet"] == "erreurs"
    assert "no e-mail address" in by_row[4]["message"]
    assert "unknown role 'Les deux'" in by_row[5]["message"]
    assert "capacity 'beaucoup' is not a number" in by_row[6]["message"]
    assert "1 mentee assumed" in by_row[7]["message"]
    assert "not found in the offline gazetteer" in " ".join(
        w["message"] for w in warnings if w["row"] == 7
    )
    found = volunteers(context)
    assert found["blank@x.fr"].capacity == 1
    assert found["blank@x.fr"].city == "Atlantis-sur-Mer"


def test_messages_in_french(context: AppContext, tmp_path: Path) -> None:
    from mentordesk.i18n import current_language, set_language

    previous = current_language()
    set_language("fr")
    try:
        path = exports.write_csv(tmp_path / "erreurs.csv", BAD_ROWS)
        report = context.imports.import_file(path, NewBatch(BATCH))
    finally:
        set_language(previous)
    messages = " ".join(p.message for p in report.problems)
    assert "n'est pas une adresse e-mail valide" in messages
    assert "rôle inconnu « Les deux »" in messages


def test_strict_refuses_the_whole_file(any_context: AppContext, tmp_path: Path) -> None:
    any_context.imports.import_file(exports.google_forms_fr(tmp_path / "a.xlsx"), NewBatch(BATCH))
    before = snapshot(any_context)
    path = exports.write_csv(tmp_path / "erreurs.csv", BAD_ROWS)
    with pytest.raises(InvalidInput) as caught:
        any_context.imports.import_file(path, NewBatch(BATCH), strict=True)
    message = str(caught.value)
    assert message.startswith("erreurs.csv: 4 row(s) have errors, nothing was imported")
    assert "row 3" in message
    assert snapshot(any_context) == before


def test_dry_run_counts_without_writing(context: AppContext, tmp_path: Path) -> None:
    before = snapshot(context)
    report = context.imports.import_file(
        exports.google_forms_fr(tmp_path / "a.xlsx"), NewBatch("Nouvelle promo"), dry_run=True
    )
    assert (report.created, report.dry_run) == (5, True)
    assert snapshot(context) == before


@pytest.mark.parametrize(
    ("maker", "reason"),
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(bytes(range(256)) * 200), "neither a spreadsheet"),
        (lambda p: exports.streamed_xlsx(p, rows=200, padding=20_000), "would expand"),
    ],
)
def test_refused_files_leave_the_database_untouched(
    any_context: AppContext, tmp_path: Path, maker: Any, reason: str
) -> None:
    from mentordesk.io.tables import ReadLimits

    any_context.imports.import_file(exports.google_forms_fr(tmp_path / "a.xlsx"), NewBatch(BATCH))
    before = snapshot(any_context)
    path = tmp_path / "hostile.xlsx"
    maker(path)
    service = QuestionnaireImportService(
        any_context.unit_of_work, ReadLimits(max_expanded_bytes=1_000_000)
    )
    with pytest.raises(InvalidInput, match=reason) as caught:
        service.import_file(path, NewBatch("Une autre promo"))
    assert str(caught.value).startswith("hostile.xlsx: ")
    assert snapshot(any_context) == before


def test_no_email_column_is_refused(context: AppContext, tmp_path: Path) -> None:
    path = exports.write_csv(tmp_path / "notes.csv", [["Nom", "Note"], ["Ana", "12"]])
    with pytest.raises(InvalidInput, match="no column of e-mail addresses"):
        context.imports.import_file(path, NewBatch(BATCH))


def test_a_failure_mid_import_rolls_everything_back(
    any_context: AppContext, tmp_path: Path
) -> None:
    any_context.imports.import_file(exports.google_forms_fr(tmp_path / "a.xlsx"), NewBatch(BATCH))
    before = snapshot(any_context)

    def explode(percent: int) -> None:
        if percent >= 75:
            raise RuntimeError("power cut")

    path = exports.homemade_workbook(tmp_path / "suivi.xlsx")
    with pytest.raises(RuntimeError, match="power cut"):
        any_context.imports.import_file(path, NewBatch("Promo automne"), progress=explode)
    assert snapshot(any_context) == before


def test_topics_matched_by_label_or_alias(context: AppContext, tmp_path: Path) -> None:
    context.demo.create()
    with context.unit_of_work() as uow:
        topic = uow.session.scalars(select(Topic).where(Topic.key == "fixer son tjm")).one()
        topic.aliases = ["Mon taux journalier"]
        uow.commit()
        topics_before = uow.session.scalar(select(func.count()).select_from(Topic))
    rows = [["E-mail", "Rôle", "Besoins"], ["ana@x.fr", "Mentorée", "mon taux journalier, GITHUB"]]
    context.imports.import_file(
        exports.write_csv(tmp_path / "t.csv", rows), NewBatch("Promo printemps 2026")
    )
    ana = volunteers(context, "Promo printemps 2026")["ana@x.fr"]
    assert ana.topics == ("Fixer son TJM", "GitHub")
    with context.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Topic)) == topics_before


def test_role_change_of_someone_in_a_duo_is_refused(context: AppContext, tmp_path: Path) -> None:
    rows = [["E-mail", "Rôle"], ["m@x.fr", "Mentor"], ["e@x.fr", "Mentoré"]]
    context.imports.import_file(exports.write_csv(tmp_path / "a.csv", rows), NewBatch(BATCH))
    with context.unit_of_work() as uow:
        ids = dict(
            uow.session.execute(select(Person.email, Participation.id).join(Participation)).all()
        )
        uow.session.add(Duo(batch_id=1, mentor_id=ids["m@x.fr"], mentee_id=ids["e@x.fr"]))
        uow.commit()
    swapped = [["E-mail", "Rôle"], ["m@x.fr", "Mentoré"], ["e@x.fr", "Mentoré"]]
    report = context.imports.import_file(
        exports.write_csv(tmp_path / "b.csv", swapped), NewBatch(BATCH)
    )
    assert (report.skipped, report.unchanged) == (1, 1)
    assert any("already in a duo as mentor" in p.message for p in report.problems)
    assert volunteers(context)["m@x.fr"].role is Role.MENTOR


def test_mapping_profiles_saved_and_reused(context: AppContext, tmp_path: Path) -> None:
    rows = [["Q1", "Q2", "Q3"], ["ana@x.fr", "Mentorée", "Rennes"]]
    path = exports.write_csv(tmp_path / "q.csv", rows)
    source = context.imports.open(path)
    mapping = source.sheets[0].mapping.with_column(2, "company")
    profile = mapping.to_profile()
    context.imports.save_profile("Formulaire maison", profile)
    assert context.imports.profiles() == ["Formulaire maison"]
    saved = context.imports.profile("Formulaire maison")
    assert saved["columns"]["Q3"] == "company"
    context.imports.import_file(path, NewBatch(BATCH), profile=saved)
    with context.unit_of_work() as uow:
        company = uow.session.scalar(select(Participation.company))
    assert company == "Rennes"
    profile_file = tmp_path / "profil.json"
    write_profile_file(profile_file, saved)
    assert read_profile_file(profile_file) == saved
    bad = tmp_path / "bad.json"
    bad.write_text('{"columns": {"Q1": "shoe size"}}', encoding="utf-8")
    with pytest.raises(InvalidInput, match="unknown field 'shoe size'"):
        read_profile_file(bad)
    context.imports.delete_profile("Formulaire maison")
    assert context.imports.profiles() == []


def test_latest_batch_used_when_none_named(context: AppContext, tmp_path: Path) -> None:
    rows = [["E-mail", "Rôle"], ["a@x.fr", "Mentor"]]
    path = exports.write_csv(tmp_path / "a.csv", rows)
    with pytest.raises(InvalidInput, match="there is no batch yet"):
        context.imports.import_file(path)
    context.batches.create_batch("Ancienne", date(2025, 1, 1))
    context.batches.create_batch("Récente", date(2026, 1, 1))
    assert context.imports.import_file(path).batch == "Récente"


def test_csv_saved_under_an_xlsx_name_is_imported(context: AppContext, tmp_path: Path) -> None:
    path = exports.google_forms_en(tmp_path / "export.xlsx", delimiter=";")
    report = context.imports.import_file(path, NewBatch(BATCH))
    assert (report.created, report.skipped) == (5, 0)
    check_people(context)


def test_an_older_export_never_overwrites_a_later_answer(
    context: AppContext, tmp_path: Path
) -> None:
    rows = exports.google_forms_fr_rows()
    newer = exports.write_xlsx(tmp_path / "new.xlsx", {"R": [exports.GF_FR_HEADERS, *rows]})
    older_rows = [list(row) for row in rows]
    older_rows[0][0] = datetime(2026, 1, 1, 8, 0)
    older_rows[0][5] = "Brest"
    older = exports.write_xlsx(tmp_path / "old.xlsx", {"R": [exports.GF_FR_HEADERS, *older_rows]})
    context.imports.import_file(newer, NewBatch(BATCH))
    report = context.imports.import_file(older, NewBatch(BATCH))
    assert (report.updated, report.unchanged) == (0, 5)
    assert volunteers(context)["camille.martin@example.fr"].city == "Lyon"
    assert any("already has a later answer" in p.message for p in report.problems)


def test_one_topics_question_for_both_roles_keeps_the_mentors_expertise(
    context: AppContext, tmp_path: Path
) -> None:
    header = (
        "Sur quelles thématiques ? (besoins si vous êtes mentoré, expertise si vous êtes mentor)"
    )
    rows = [
        ["Adresse e-mail", "Prénom", "Nom", "Vous êtes", header],
        ["ana@example.fr", "Ana", "Roux", "Mentor", "Fixer son TJM, GitHub"],
        ["leo@example.fr", "Léo", "Blanc", "Mentoré(e)", "Fixer son TJM"],
    ]
    path = exports.write_xlsx(tmp_path / "reponses.xlsx", {"Réponses": rows})
    context.imports.import_file(path, NewBatch(BATCH))
    topics = {v.email: v.topics for v in context.batches.volunteers(context.batches.id_of(BATCH))}
    assert topics == {
        "ana@example.fr": ("Fixer son TJM", "GitHub"),
        "leo@example.fr": ("Fixer son TJM",),
    }
