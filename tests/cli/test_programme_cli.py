"""``mentordesk-cli programme rename``: JSON, the batches it names, one-line refusals."""

from __future__ import annotations

import json

import pytest

from mentordesk.cli import main
from mentordesk.services.demo import DEMO_BATCH


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_renaming_the_demo_programme(
    backend: str, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
    _run(capsys, "--db", url, "demo")
    status, out, err = _run(
        capsys,
        "--db",
        url,
        "programme",
        "rename",
        "--batch",
        DEMO_BATCH,
        "Freelances & Co",
        "--json",
    )
    assert (status, err) == (0, "")
    renamed = json.loads(out)
    assert (renamed["name"], renamed["previous"]) == ("Freelances & Co", "Mentorat freelance")
    assert DEMO_BATCH in renamed["batches"] and len(renamed["batches"]) == 2  # both demo batches
    status, out, _ = _run(capsys, "--db", url, "batches", "--json")
    assert [batch["programme"] for batch in json.loads(out)] == ["Freelances & Co"] * 2


def test_the_text_output_and_the_batches_table(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "--db", sqlite_url, "demo")
    status, out, _ = _run(
        capsys, "--db", sqlite_url, "programme", "rename", "--batch", DEMO_BATCH, "Mentorat 2026"
    )
    assert status == 0
    renamed, batches = out.splitlines()
    assert renamed == "programme renamed: 'Mentorat freelance' -> 'Mentorat 2026'"
    assert batches.startswith("batches: ") and DEMO_BATCH in batches
    out = _run(capsys, "--db", sqlite_url, "batches")[1]
    assert "programme" in out.splitlines()[0] and "Mentorat 2026" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["programme", "rename", "--batch", "Nowhere", "X"], "no batch named 'Nowhere'"),
        (["programme", "rename", "--batch", DEMO_BATCH, "  "], "a programme needs a name"),
        (["programme", "rename", "--batch", DEMO_BATCH, "x" * 201], "at most 200 characters"),
        (["programme", "rename", "--batch", DEMO_BATCH], "NEW_NAME"),
        (["programme", "rename", "Mentorat"], "--batch"),
        (["programme"], "ACTION"),
    ],
)
def test_refusals_are_one_line_with_status_2(
    argv: list[str], expected: str, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "--db", sqlite_url, "demo")
    status, out, err = _run(capsys, "--db", sqlite_url, *argv)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and expected in err
    assert "Traceback" not in err
