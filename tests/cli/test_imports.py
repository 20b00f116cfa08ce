"""``mentordesk-cli import``: JSON counts, exit statuses, one line on refusal."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from mentordesk.cli import main
from tests.io import exports

KEYS = {"created", "updated", "unchanged", "skipped", "mentors", "mentees", "warnings"}


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_import_then_people(
    backend: str,
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
    path = exports.google_forms_fr(tmp_path / "réponses.xlsx")
    status, out, err = _run(capsys, "--db", url, "import", str(path), "--batch", "P1", "--json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert set(data) == KEYS
    assert (data["created"], data["mentors"], data["mentees"]) == (5, 2, 3)
    status, out, _ = _run(capsys, "--db", url, "import", str(path), "--batch", "P1", "--json")
    assert json.loads(out)["unchanged"] == 5
    status, out, _ = _run(capsys, "--db", url, "people", "--batch", "P1", "--json")
    people = {p["email"]: p for p in json.loads(out)}
    assert people["hélène.durand@example.fr"]["city"] == "Paris"
    assert people["camille.martin@example.fr"]["topics"] == ["Fixer son TJM", "GitHub"]
    assert people["camille.martin@example.fr"]["capacity"] == 2


def test_warnings_shape_and_human_output(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    rows = [["E-mail", "Rôle"], ["ok@x.fr", "Mentor"], ["bad", "Mentor"], ["x@y.fr", "Chef"]]
    path = exports.write_csv(tmp_path / "q.csv", rows)
    status, out, _ = _run(capsys, "--db", sqlite_url, "import", str(path), "--batch", "B", "--json")
    data = json.loads(out)
    assert status == 0 and data["skipped"] == 2
    assert [set(w) for w in data["warnings"]] == [{"sheet", "row", "column", "message"}] * 3
    assert {w["row"] for w in data["warnings"]} == {None, 3, 4}
    status, out, _ = _run(capsys, "--db", sqlite_url, "import", str(path), "--batch", "B")
    assert "0 created, 0 updated, 1 unchanged, 2 skipped" in out
    assert "error: q, row 3, A (E-mail): 'bad' is not a valid e-mail address" in out


def test_options(capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path) -> None:
    path = exports.homemade_workbook(tmp_path / "suivi.xlsx")
    status, out, _ = _run(
        capsys, "--db", sqlite_url, "import", str(path), "--batch", "B", "--sheet", "Mentors",
        "--dry-run", "--json",
    )  # fmt: skip
    assert status == 0 and json.loads(out)["mentors"] == 4
    status, out, _ = _run(capsys, "--db", sqlite_url, "batches", "--json")
    assert json.loads(out) == []
    rows = [["Q1", "Q2"], ["ana@x.fr", "Nice"]]
    csv_path = exports.write_csv(tmp_path / "liste.csv", rows)
    profile = tmp_path / "profil.json"
    profile.write_text(json.dumps({"columns": {"Q2": "company"}}), encoding="utf-8")
    status, out, err = _run(
        capsys, "--db", sqlite_url, "import", str(csv_path), "--batch", "B", "--role", "mentee",
        "--mapping", str(profile), "--json",
    )  # fmt: skip
    assert (status, err) == (0, "")
    assert json.loads(out)["mentees"] == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (os.urandom(5000), "neither a spreadsheet"),
    ],
)
def test_refusals_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    sqlite_url: str,
    tmp_path: Path,
    content: bytes,
    reason: str,
) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(content)
    status, out, err = _run(capsys, "--db", sqlite_url, "import", str(path), "--batch", "B")
    assert status == 2 and out == ""
    assert err.count("\n") == 1
    assert err.startswith("error: export.xlsx: ") and reason in err
    status, out, _ = _run(capsys, "--db", sqlite_url, "batches", "--json")
    assert json.loads(out) == []


def test_strict_refusal(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    rows = [["E-mail", "Rôle"], ["ok@x.fr", "Mentor"], ["bad", "Mentor"]]
    path = exports.write_csv(tmp_path / "q.csv", rows)
    status, _, err = _run(
        capsys, "--db", sqlite_url, "import", str(path), "--batch", "B", "--strict"
    )
    assert status == 2
    assert err.startswith("error: q.csv: 1 row(s) have errors, nothing was imported")


def test_bad_profile_file(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    path = exports.google_forms_fr(tmp_path / "r.xlsx")
    profile = tmp_path / "p.json"
    profile.write_text("{not json", encoding="utf-8")
    status, _, err = _run(
        capsys, "--db", sqlite_url, "import", str(path), "--mapping", str(profile)
    )
    assert status == 2 and err.startswith("error: p.json: not a mapping profile")


def test_a_dry_run_says_the_batch_would_be_created(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    path = exports.homemade_workbook(tmp_path / "suivi.xlsx")
    status, out, _ = _run(
        capsys, "--db", sqlite_url, "import", str(path), "--batch", "Essai", "--sheet", "Mentors",
        "--dry-run",
    )  # fmt: skip
    assert status == 0
    assert "batch 'Essai' would be created (dry run: nothing was saved)" in out
    assert "batch 'Essai' created" not in out
