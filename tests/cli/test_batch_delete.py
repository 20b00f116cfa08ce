"""``batch delete``: refused without ``--yes`` (saying what would go), done with it."""

from __future__ import annotations

import json

import pytest

from mentordesk.cli import main
from mentordesk.services.demo import DEMO_BATCH


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _batches(capsys: pytest.CaptureFixture[str], url: str) -> list[tuple[str, str]]:
    status, out, _ = _run(capsys, "--db", url, "batches", "--json")
    assert status == 0
    return [(batch["name"], batch["status"]) for batch in json.loads(out)]


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_batch_delete_needs_yes_then_deletes(
    backend: str, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "postgres_url")
    assert _run(capsys, "--db", url, "demo")[0] == 0
    [current, finished] = _batches(capsys, url)
    assert finished == (DEMO_BATCH, "closed") and current[1] == "running"

    status, out, err = _run(capsys, "--db", url, "batch", "delete", "--batch", DEMO_BATCH)
    assert status == 2
    assert "93 volunteers, 50 duos" in out and "82 feedback answers" in out
    assert "--yes" in err and err.count("\n") == 1
    assert len(_batches(capsys, url)) == 2

    status, out, err = _run(capsys, "--db", url, "batch", "delete", "--batch", DEMO_BATCH, "--yes")
    assert (status, err) == (0, "")
    assert f"{DEMO_BATCH}: deleted — 93 volunteers" in out
    assert ("backup: " in out) == (backend == "sqlite")
    assert _batches(capsys, url) == [current]


def test_batch_delete_of_an_unknown_batch_says_so(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run(capsys, "--db", sqlite_url, "batch", "delete", "--batch", "Nowhere")
    assert (status, out) == (2, "")
    assert "no batch named 'Nowhere'" in err
