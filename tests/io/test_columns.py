"""Column detection from headers and values, with any set of fields."""

from __future__ import annotations

import json
from pathlib import Path

from mentordesk.i18n import Text
from mentordesk.io.columns import (
    ColumnMapping,
    FieldSet,
    FieldSpec,
    detect_mapping,
    find_header_row,
    fold,
)
from mentordesk.io.readers import read_workbook
from mentordesk.io.tables import Sheet
from mentordesk.io.values import looks_like_bool, looks_like_email
from tests.io import exports

FIELDS = FieldSet(
    (
        FieldSpec("email", Text(en="E-mail", fr="E-mail"), ("email", "e mail", "courriel"),
                  looks_like_email, values_decide=True, marks_data=True, required=True),
        FieldSpec("first", Text(en="First name", fr="Prénom"), ("prenom", "first name")),
        FieldSpec("last", Text(en="Last name", fr="Nom"), ("nom", "last name")),
        FieldSpec("quote", Text(en="May quote", fr="Citable"), ("citer", "may quote"),
                  looks_like_bool),
        FieldSpec("topics", Text(en="Topics", fr="Sujets"), ("sujets",), multiple=True),
    ),
    choices_field="topics",
)  # fmt: skip


def _sheet(rows: list[tuple[object, ...]]) -> Sheet:
    return Sheet(Path("x.csv"), "x", rows, list(range(1, len(rows) + 1)))  # type: ignore[arg-type]


def test_fold() -> None:
    assert fold("  Adresse e-mail ? ") == "adresse e mail"
    assert fold("Cœur") == "coeur"


def test_synonyms_match_whole_words_only() -> None:
    first, last = FIELDS.get("first"), FIELDS.get("last")
    assert last.header_score("Nom") == 1.0
    assert last.header_score("Prénom") == 0.0
    assert first.header_score("Votre prénom ?") > 0.6


def test_header_row_below_title_rows() -> None:
    sheet = _sheet(
        [
            ("Inscriptions 2026",) * 3,
            ("Prénom", "Nom", "Courriel"),
            ("Ana", "Lima", "ana@x.fr"),
        ]
    )
    assert find_header_row(sheet, FIELDS) == 1


def test_no_header_row_when_data_starts_at_once() -> None:
    sheet = _sheet([("Ana", "ana@x.fr"), ("Bo", "bo@x.fr")])
    assert find_header_row(sheet, FIELDS) is None
    table = sheet.table(None)
    assert table.headers == ("A", "B")
    assert detect_mapping(table, FIELDS).columns_of("email") == (1,)


def test_the_values_decide_the_email_column(tmp_path: Path) -> None:
    sheet = read_workbook(exports.microsoft_forms(tmp_path / "ms.xlsx")).sheets[0]
    table = sheet.table(find_header_row(sheet, FIELDS))
    mapping = detect_mapping(table, FIELDS)
    assert [table.headers[c] for c in mapping.columns_of("email")] == ["Votre adresse e-mail"]


def test_typeform_choice_columns_grouped(tmp_path: Path) -> None:
    sheet = read_workbook(exports.typeform(tmp_path / "tf.csv")).sheets[0]
    table = sheet.table(find_header_row(sheet, FIELDS))
    mapping = detect_mapping(table, FIELDS)
    assert [table.headers[c] for c in mapping.columns_of("topics")] == exports.TYPEFORM_CHOICES


def test_corrections_and_profiles_round_trip(tmp_path: Path) -> None:
    sheet = _sheet(
        [("Prénom", "Nom", "Mail", "Peut-on vous citer ?"), ("Ana", "Lima", "a@x.fr", "oui")]
    )
    table = sheet.table(0)
    mapping = detect_mapping(table, FIELDS)
    assert mapping.columns == {0: "first", 1: "last", 2: "email", 3: "quote"}
    corrected = mapping.with_column(1, None).with_column(0, "last", FIELDS)
    assert corrected.columns == {0: "last", 2: "email", 3: "quote"}
    assert corrected.unmapped() == (1,)
    profile = json.loads(json.dumps(corrected.to_profile()))
    assert profile["columns"] == {"Prénom": "last", "Nom": None, "Mail": "email",
                                  "Peut-on vous citer ?": "quote"}  # fmt: skip
    again = ColumnMapping.from_profile(profile, table, FIELDS)
    assert again.columns == corrected.columns


def test_profile_by_letter_and_unknown_field() -> None:
    table = _sheet([("Q1", "Q2"), ("a@x.fr", "Lima")]).table(0)
    mapping = ColumnMapping.from_profile({"columns": {"@B": "last"}}, table, FIELDS)
    assert mapping.columns == {0: "email", 1: "last"}
    try:
        ColumnMapping.from_profile({"columns": {"Q1": "shoe size"}}, table, FIELDS)
    except ValueError as error:
        assert "shoe size" in str(error)
    else:
        raise AssertionError("an unknown field must be refused")


def test_missing_required_fields() -> None:
    table = _sheet([("Prénom", "Nom"), ("Ana", "Lima")]).table(0)
    mapping = detect_mapping(table, FIELDS)
    assert [spec.key for spec in mapping.missing(FIELDS)] == ["email"]
