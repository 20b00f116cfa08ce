"""The matching commands print the JSON shapes promised, and fail in one line."""

from __future__ import annotations

import json

import pytest

from mentordesk.app import bootstrap
from mentordesk.cli import main
from mentordesk.domain.enums import DuoState
from tests.services.matching_batch import BATCH, build, email


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest) -> str:
    database: str = request.getfixturevalue(
        "sqlite_url" if request.param == "sqlite" else "postgres_url"
    )
    context = bootstrap(database)
    build(context)
    context.close()
    return database


def _duos(url: str) -> dict[tuple[str, str], tuple[DuoState, bool]]:
    context = bootstrap(url)
    try:
        board = context.matching.board(context.batches.id_of(BATCH))
        return {(v.mentor.email, v.mentee.email): (v.duo.state, v.duo.pinned) for v in board.duos}
    finally:
        context.close()


def test_suggest_prints_the_best_first_with_reasons(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(
        capsys,
        "--db",
        url,
        "suggest",
        "--batch",
        BATCH,
        "--mentee",
        email("emma"),
        "--json",
        "--lang",
        "fr",
    )
    assert status == 0
    found = json.loads(out)
    assert [set(item) for item in found] == [{"mentor", "mentee", "score", "reasons"}] * 2
    assert [item["mentor"] for item in found] == [email("alice"), email("bruno")]
    assert all(item["mentee"] == email("emma") for item in found)
    assert [item["score"] for item in found] == sorted((i["score"] for i in found), reverse=True)
    assert found[0]["reasons"][0] == "couvre 2 besoins sur 3 : Fixer son TJM, GitHub"
    status, out, _ = _run(
        capsys,
        "--db",
        url,
        "suggest",
        "--batch",
        BATCH,
        "--mentor",
        email("alice"),
        "--top",
        "2",
        "--json",
    )
    assert status == 0
    found = json.loads(out)
    assert len(found) == 2 and all(item["mentor"] == email("alice") for item in found)


def test_scores_has_one_row_per_mentor(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "--db", url, "scores", "--batch", BATCH, "--json")
    assert status == 0
    table = json.loads(out)
    assert set(table) == {"mentors", "mentees", "scores"}
    assert len(table["scores"]) == len(table["mentors"]) == 3
    assert all(len(row) == len(table["mentees"]) == 5 for row in table["scores"])
    assert all(isinstance(value, int | float) for row in table["scores"] for value in row)


def test_match_saves_nothing_unless_asked(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "--db", url, "pin", "--batch", BATCH, email("emma"), email("alice"))[0] == 0
    status, out, _ = _run(capsys, "--db", url, "match", "--batch", BATCH, "--json")
    assert status == 0
    proposal = json.loads(out)
    assert set(proposal) == {"pairs", "matched", "unmatched", "total"}
    assert all(set(pair) == {"mentor", "mentee", "score"} for pair in proposal["pairs"])
    assert proposal["matched"] == len(proposal["pairs"]) == 4
    assert proposal["unmatched"] == [email("hugo")]
    assert proposal["total"] == pytest.approx(sum(p["score"] for p in proposal["pairs"]))
    assert {"mentor": email("alice"), "mentee": email("emma"), "score": 80.0} in proposal["pairs"]
    assert len(_duos(url)) == 1

    status, out, _ = _run(capsys, "--db", url, "match", "--batch", BATCH, "--apply", "--json")
    assert status == 0 and json.loads(out) == proposal
    duos = _duos(url)
    assert set(duos) == {(p["mentor"], p["mentee"]) for p in proposal["pairs"]}
    assert duos[(email("alice"), email("emma"))] == (DuoState.CONFIRMED, True)
    assert {state for state, _ in duos.values()} == {DuoState.CONFIRMED}


def test_pin_unpair_and_exclude_take_two_emails(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--db", url)
    status, out, _ = _run(
        capsys, *base, "pin", "--batch", BATCH, email("farid"), email("bruno"), "--json"
    )
    assert status == 0
    assert json.loads(out) == {
        "mentor": email("bruno"),
        "mentee": email("farid"),
        "pinned": True,
        "changed": True,
    }
    status, out, _ = _run(
        capsys,
        *base,
        "pin",
        "--batch",
        BATCH,
        "--mentor",
        email("bruno"),
        "--mentee",
        email("farid"),
        "--off",
    )
    assert status == 0 and "no longer pinned" in out
    assert _duos(url) == {(email("bruno"), email("farid")): (DuoState.CONFIRMED, False)}
    status, out, _ = _run(
        capsys, *base, "unpair", "--batch", BATCH, email("bruno"), email("farid"), "--json"
    )
    assert status == 0 and json.loads(out)["unpaired"] is True
    assert _duos(url) == {}
    status, out, _ = _run(
        capsys,
        *base,
        "exclude",
        "--batch",
        BATCH,
        email("bruno"),
        email("farid"),
        "--reason",
        "cousins",
        "--json",
    )
    assert status == 0 and json.loads(out)["excluded"] is True
    status, out, _ = _run(capsys, *base, "exclusions", "--batch", BATCH, "--json")
    assert json.loads(out)["excluded"] == [
        {"mentor": email("bruno"), "mentee": email("farid"), "reason": "cousins"}
    ]
    status, out, _ = _run(capsys, *base, "match", "--batch", BATCH, "--json")
    pairs = {(p["mentor"], p["mentee"]) for p in json.loads(out)["pairs"]}
    assert (email("bruno"), email("farid")) not in pairs
    status, _, _ = _run(
        capsys, *base, "exclude", "--batch", BATCH, email("bruno"), email("farid"), "--remove"
    )
    assert status == 0


def test_withdraw_lists_the_partners_fresh_suggestions(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--db", url)
    _run(capsys, *base, "pin", "--batch", BATCH, email("bruno"), email("farid"))
    status, out, _ = _run(
        capsys, *base, "withdraw", "--batch", BATCH, email("farid"), "--on", "2026-10-01", "--json"
    )
    assert status == 0
    result = json.loads(out)
    assert result["withdrawn"] == email("farid")
    [partner] = result["partners"]
    assert partner["email"] == email("bruno")
    assert partner["suggestions"] and all(
        s["mentor"] == email("bruno") and s["mentee"] != email("farid")
        for s in partner["suggestions"]
    )


def test_withdraw_suggests_people_already_paired_after_those_still_waiting(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--db", url)
    assert _run(capsys, *base, "match", "--batch", BATCH, "--apply", "--json")[0] == 0
    # alice: gael, hugo · bruno: farid · chloe: ines · emma waits
    status, out, _ = _run(
        capsys, *base, "withdraw", "--batch", BATCH, email("farid"), "--json", "--lang", "fr"
    )
    assert status == 0
    [partner] = json.loads(out)["partners"]
    assert partner["email"] == email("bruno")
    found = partner["suggestions"]
    assert [(s["mentee"], s["available"]) for s in found] == [
        (email("emma"), True),
        (email("gael"), False),
        (email("hugo"), False),
    ]
    assert found[0]["reasons"][-1] == "parlent français"
    assert found[1]["reasons"][-1] == "déjà en duo avec Alice Test"

    # bruno takes emma: no mentor has room left when alice leaves; bruno is still suggested
    _run(capsys, *base, "pin", "--batch", BATCH, email("bruno"), email("emma"))
    status, out, _ = _run(
        capsys, *base, "withdraw", "--batch", BATCH, email("alice"), "--lang", "en"
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == f"{email('alice')} withdrew; 2 duo(s) ended"
    assert {lines[1], lines[3]} == {
        f"suggestions for {email('gael')}:",
        f"suggestions for {email('hugo')}:",
    }
    for line in (lines[2], lines[4]):
        assert line.split()[1] == email("bruno")
        assert line.endswith(" · no place left (1 of 1 taken)")
    assert len(lines) == 5


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["pin", "--batch", BATCH, "alice@example.org"], "give two e-mails"),
        (["pin", "--batch", BATCH, "alice@example.org", "bruno@example.org"], "one mentor and one"),
        (["unpair", "--batch", BATCH, "alice@example.org", "zoe@example.org"], "zoe@example.org"),
        (["unpair", "--batch", BATCH, "alice@example.org", "emma@example.org"], "are not a duo"),
        (["suggest", "--batch", BATCH, "--mentor", "emma@example.org"], "is not a mentor"),
        (["suggest", "--batch", BATCH], "--mentee"),
        (["suggest", "--batch", BATCH, "--mentee", "emma@example.org", "--top", "0"], "1 or more"),
        (["match", "--batch", "Nowhere"], "no batch named 'Nowhere'"),
        (["pin", "--batch", BATCH, "chloe@example.org", "emma@example.org"], "confirm"),
    ],
)
def test_failures_are_one_line_with_status_2(
    argv: list[str], expected: str, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    context = bootstrap(sqlite_url)
    build(context)
    context.close()
    status, out, err = _run(capsys, "--db", sqlite_url, *argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and expected in err


def test_a_closed_batch_refuses_match_apply_but_still_proposes(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "--db", url, "pin", "--batch", BATCH, email("emma"), email("alice"))[0] == 0
    status, _, err = _run(
        capsys, "--db", url, "batch", "set", "--batch", BATCH, "--status", "closed"
    )
    assert status == 0, err
    before = _duos(url)
    status, out, _ = _run(capsys, "--db", url, "match", "--batch", BATCH, "--json")
    assert status == 0 and json.loads(out)["matched"] == 4
    refused = [
        ("match", "--batch", BATCH, "--apply"),
        ("pin", "--batch", BATCH, email("gael"), email("alice"), "--force"),
        ("unpair", "--batch", BATCH, email("emma"), email("alice")),
        ("exclude", "--batch", BATCH, email("gael"), email("alice")),
        ("withdraw", "--batch", BATCH, email("gael")),
    ]
    for argv in refused:
        status, out, err = _run(capsys, "--db", url, *argv)
        assert status == 2 and out == "", argv
        assert err.count("\n") == 1 and "is closed: its duos no longer change" in err, argv
        assert f'batch set --batch "{BATCH}" --status running' in err
    assert _duos(url) == before
