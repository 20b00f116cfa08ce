"""``feedback import``, ``report`` and ``export`` from the command line; failures in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mentordesk.cli import main
from mentordesk.services.demo import DEMO_BATCH
from tests.io.pdf_text import pdf_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def demo_url(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, "--db", sqlite_url, "demo")[0] == 0
    return sqlite_url


def test_report_in_french_and_english(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    french = tmp_path / "bilan.pdf"
    status, out, err = run(
        capsys, "--db", demo_url, "report", "--batch", DEMO_BATCH, "--out", str(french),
        "--lang", "fr",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out.startswith(f"{french}: ") and out.strip().endswith("pages")
    assert "96 % des duos se sont vus au moins une fois" in pdf_text(french)
    english = tmp_path / "report.pdf"
    status, _, _ = run(
        capsys, "--db", demo_url, "report", "--batch", DEMO_BATCH, "--out", str(english),
        "--lang", "en", "--paper", "letter", "--names", "shown", "--duo-table",
        "--certificates",
    )  # fmt: skip
    assert status == 0
    reader = PdfReader(english)
    assert round(float(reader.pages[0].mediabox.height)) == 792
    assert len(reader.pages) > 87  # 87 certificates, one per volunteer of a duo
    assert "89% of participants rated their exchanges above 8/10" in pdf_text(english)


def test_report_failures_are_one_line(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(
        capsys, "--db", demo_url, "report", "--batch", "Nope", "--out", str(tmp_path / "x.pdf")
    )
    assert (status, out, err) == (2, "", "error: no batch named 'Nope'\n")
    missing = tmp_path / "no" / "such" / "folder" / "x.pdf"
    status, _, err = run(
        capsys, "--db", demo_url, "report", "--batch", DEMO_BATCH, "--out", str(missing)
    )
    assert status == 2 and err.startswith(f"error: cannot write {missing}: ")
    assert err.count("\n") == 1
    status, _, err = run(
        capsys, "--db", demo_url, "report", "--batch", DEMO_BATCH, "--out", "x.pdf",
        "--lang", "de",
    )  # fmt: skip
    assert status == 2 and err.count("\n") == 1 and "invalid choice" in err


def test_export(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "promo.xlsx"
    status, out, err = run(
        capsys, "--db", demo_url, "export", "--batch", DEMO_BATCH, "--out", str(target),
        "--lang", "en",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert out == f"{target}: 93 volunteers, 50 duos, 151 meetings, 82 feedback\n"
    assert load_workbook(target).sheetnames == ["Volunteers", "Duos", "Meetings", "Feedback"]


def test_export_refuses_unknown_batch(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(
        capsys, "--db", demo_url, "export", "--batch", "Nope", "--out", str(tmp_path / "x.xlsx")
    )
    assert status == 2 and err == "error: no batch named 'Nope'\n"
    assert not (tmp_path / "x.xlsx").exists()


def test_feedback_import(demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "promo.xlsx"
    run(
        capsys,
        "--db",
        demo_url,
        "export",
        "--batch",
        DEMO_BATCH,
        "--out",
        str(export),
        "--lang",
        "fr",
    )
    sheet = load_workbook(export)["Retours"]
    survey = tmp_path / "retours.csv"
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    email, rating = header.index("E-mail"), header.index("Note /10")
    lines = ["Adresse e-mail;Note sur 10"]
    lines += [f"{row[email]};{row[rating]}" for row in rows[1:6]]
    lines.append("inconnu@example.org;9")
    survey.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(
        capsys, "--db", demo_url, "feedback", "import", str(survey), "--batch", DEMO_BATCH
    )
    assert (status, err) == (0, "")
    first, *problems = out.splitlines()
    assert first == "retours.csv: imported 0, updated 5, unchanged 0, skipped 1"
    assert problems == [
        "  sheet retours, row 7, column A (Adresse e-mail): inconnu@example.org is not a"
        " volunteer of the batch"
        " 'Promo printemps 2026'"
    ]
    status, out, _ = run(
        capsys, "--db", demo_url, "feedback", "import", str(survey), "--batch", DEMO_BATCH,
        "--json",
    )  # fmt: skip
    result = json.loads(out)
    assert (result["unchanged"], result["skipped"]) == (5, 1)
    assert result["problems"][0]["row"] == 7


def test_feedback_import_refuses_garbage(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "retours.xlsx"
    garbage.write_bytes(bytes(range(256)) * 4)
    status, out, err = run(
        capsys, "--db", demo_url, "feedback", "import", str(garbage), "--batch", DEMO_BATCH
    )
    assert status == 2 and out == ""
    assert err.startswith("error: retours.xlsx: ") and err.count("\n") == 1


def test_feedback_import_options(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    survey = tmp_path / "retours.csv"
    survey.write_text("Q1;Q2\ninconnu@example.org;9\n", encoding="utf-8")
    profile = tmp_path / "retours.json"
    profile.write_text(
        json.dumps({"kind": "feedback", "columns": {"Q1": "email", "Q2": "rating"}}),
        encoding="utf-8",
    )
    base = ("--db", demo_url, "feedback", "import", str(survey), "--batch", DEMO_BATCH)
    status, out, err = run(capsys, *base, "--mapping", str(profile), "--dry-run")
    assert (status, err) == (0, "")
    assert out.startswith("retours.csv: would import 0, updated 0, unchanged 0, skipped 1\n")
    status, out, err = run(capsys, *base, "--mapping", str(profile), "--strict")
    assert status == 2 and out == "" and "1 row(s) have errors, nothing was imported" in err
    status, _, err = run(capsys, *base)
    assert status == 2 and "no sheet gives" in err
    profile.write_text(json.dumps({"kind": "meetings", "columns": {}}), encoding="utf-8")
    status, _, err = run(capsys, *base, "--mapping", str(profile))
    assert status == 2 and "this mapping profile is for another import (meetings)" in err


def test_report_as_of_a_given_day(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bilan.pdf"
    status, _, err = run(
        capsys, "--db", demo_url, "report", "--batch", DEMO_BATCH, "--out", str(target),
        "--lang", "fr", "--as-of", "2026-04-15",
    )  # fmt: skip
    assert (status, err) == (0, "")
    text = pdf_text(target)
    assert "Bilan établi le 15 avril 2026" in text
    assert "Bilan de fin de promo" in text  # the demo batch is closed
