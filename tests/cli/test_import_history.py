"""``imports --batch B``, ``import revert ID`` and the same-e-mail options of ``import``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentordesk.cli import main
from tests.io import exports

HEADERS = ["Adresse e-mail", "Prénom", "Nom", "Rôle", "Ville"]
FIRST = [
    ["romain.rousseau@example.fr", "Romain", "Rousseau", "Mentor", "Lyon"],
    ["lea.moreau@example.fr", "Léa", "Moreau", "Mentorée", "Paris"],
]
NOUR = ["romain.rousseau@example.fr", "Nour", "Blanc", "Mentorée", "Lille"]
SAMI = ["sami.haddad@example.fr", "Sami", "Haddad", "Mentoré", "Nantes"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _people(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, str]:
    _, out, _ = _run(capsys, "--db", url, "people", "--batch", "P1", "--json")
    return {p["email"]: f"{p['first_name']} {p['last_name']}" for p in json.loads(out)}


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_imports_listed_then_reverted(
    backend: str,
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
    first = exports.write_csv(tmp_path / "inscriptions.csv", [HEADERS, *FIRST])
    second = exports.write_csv(tmp_path / "relance.csv", [HEADERS, SAMI])
    status, out, err = _run(capsys, "--db", url, "import", str(first), "--batch", "P1")
    assert (status, err) == (0, "")
    assert "import 1: `mentordesk-cli import revert 1` takes it back" in out
    _run(capsys, "--db", url, "import", str(second), "--batch", "P1")

    status, out, _ = _run(capsys, "--db", url, "imports", "--batch", "P1", "--json")
    listed = json.loads(out)
    assert status == 0
    assert [set(item) for item in listed] == [{"id", "file", "at", "created", "updated"}] * 2
    assert [(i["id"], i["file"], i["created"]) for i in listed] == [
        (2, "relance.csv", 1),
        (1, "inscriptions.csv", 2),
    ]
    assert listed[0]["at"][4] == "-" and "T" in listed[0]["at"]
    status, out, _ = _run(capsys, "--db", url, "imports", "--batch", "P1")
    lines = out.splitlines()
    assert lines[0].split() == ["id", "file", "kind", "imported", "at", "by", "created",
                                "updated", "reverted"]  # fmt: skip
    assert lines[1].startswith("2   relance.csv")

    status, out, err = _run(capsys, "--db", url, "import", "revert", "2")
    assert (status, err) == (0, "")
    assert "import 2 (relance.csv" in out and "1 created removed, 0 updated restored" in out
    assert set(_people(capsys, url)) == {r[0] for r in FIRST}

    status, out, err = _run(capsys, "--db", url, "import", "revert", "2")
    assert status == 2 and out == ""
    assert err.startswith("error: this import was already reverted on ")
    status, _, err = _run(capsys, "--db", url, "import", "revert", "99")
    assert (status, err) == (2, "error: there is no import 99\n")
    status, _, err = _run(capsys, "--db", url, "import", "revert")
    assert status == 2 and "give the import's id" in err


def test_revert_refused_with_the_reason(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    rows = [
        HEADERS,
        ["a@x.fr", "Ana", "Lima", "Mentor", "Lyon"],
        ["b@x.fr", "Bo", "Do", "Mentoré", "Lyon"],
    ]
    path = exports.write_csv(tmp_path / "a.csv", rows)
    _run(capsys, "--db", sqlite_url, "import", str(path), "--batch", "P1")
    status, _, err = _run(
        capsys,
        "--db",
        sqlite_url,
        "pin",
        "--batch",
        "P1",
        "--mentor",
        "a@x.fr",
        "--mentee",
        "b@x.fr",
    )
    assert status == 0, err
    status, out, err = _run(capsys, "--db", sqlite_url, "import", "revert", "1")
    assert (status, out) == (2, "")
    assert err == (
        "error: Ana Lima, added by this import, is now in a duo: remove the duo first to "
        "revert it\n"
    )


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_same_email_rows_need_an_answer(
    backend: str,
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
    first = exports.write_csv(tmp_path / "inscriptions.csv", [HEADERS, *FIRST])
    _run(capsys, "--db", url, "import", str(first), "--batch", "P1")
    path = exports.write_csv(tmp_path / "relance.csv", [HEADERS, NOUR, SAMI])

    status, out, _ = _run(capsys, "--db", url, "import", str(path), "--batch", "P1", "--json")
    data = json.loads(out)
    assert (status, data["created"], data["skipped"]) == (0, 1, 1)
    message = data["warnings"][0]["message"]
    assert data["warnings"][0]["row"] == 2
    assert "romain.rousseau@example.fr is already Romain Rousseau's address" in message
    assert "--same-person 2 or --different-person 2" in message
    assert _people(capsys, url)["romain.rousseau@example.fr"] == "Romain Rousseau"

    status, out, _ = _run(
        capsys, "--db", url, "import", str(path), "--batch", "P1", "--different-person", "2"
    )
    assert status == 0 and "row 2: Nour Blanc is not Romain Rousseau" in out
    assert _people(capsys, url)["romain.rousseau@example.fr"] == "Romain Rousseau"

    status, out, _ = _run(
        capsys, "--db", url, "import", str(path), "--batch", "P1", "--same-person", "2", "--json"
    )
    assert (status, json.loads(out)["updated"]) == (0, 1)
    assert _people(capsys, url)["romain.rousseau@example.fr"] == "Nour Blanc"


def test_same_person_options_are_checked(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path
) -> None:
    path = exports.write_csv(tmp_path / "a.csv", [HEADERS, *FIRST])
    status, _, err = _run(capsys, "--db", sqlite_url, "import", str(path), "--same-person", "deux")
    assert status == 2 and "'deux' is not a list of row numbers" in err
    status, _, err = _run(
        capsys, "--db", sqlite_url, "import", str(path), "--batch", "P",
        "--same-person", "2,3", "--different-person", "3",
    )  # fmt: skip
    assert status == 2 and "row 3 cannot be both" in err
