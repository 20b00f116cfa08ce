"""``batch set``, ``meeting add``, ``stats``, ``intro`` and ``calendar``: outputs and exit codes."""

from __future__ import annotations

import json
import re
from email import policy
from email.parser import BytesParser
from pathlib import Path

import icalendar
import pytest

from mentordesk.app import AppContext
from mentordesk.cli import main
from tests.services.running_batch import BATCH, PlannedDuo, build
from tests.services.test_tracking_figures import SCENARIO

STATS_KEYS = [
    "duos",
    "met_at_least_once",
    "met_at_least_three_times",
    "meetings",
    "at_risk",
    "rating_above_8",
]


def _run(
    capsys: pytest.CaptureFixture[str], context: AppContext, *argv: str
) -> tuple[int, str, str]:
    status = main(["--db", context.url, *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _refused(result: tuple[int, str, str], expected: str) -> None:
    status, out, err = result
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and expected in err, err


def test_stats_json_has_exactly_the_issue_s_keys(
    any_context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    build(any_context, SCENARIO)
    status, out, _ = _run(
        capsys, any_context, "stats", "--batch", BATCH, "--json", "--today", "2026-11-02"
    )
    assert status == 0
    figures = json.loads(out)
    assert list(figures) == STATS_KEYS
    assert figures == {
        "duos": 7,
        "met_at_least_once": pytest.approx(5 / 7),
        "met_at_least_three_times": pytest.approx(2 / 7),
        "meetings": 9,
        "at_risk": 2,
        "rating_above_8": 0.5,
    }


def test_stats_before_any_feedback_or_duo(
    context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    build(context, [])
    status, out, _ = _run(capsys, context, "stats", "--batch", BATCH, "--json")
    assert status == 0
    assert json.loads(out) == {
        "duos": 0,
        "met_at_least_once": 0.0,
        "met_at_least_three_times": 0.0,
        "meetings": 0,
        "at_risk": 0,
        "rating_above_8": None,
    }
    status, out, _ = _run(capsys, context, "stats", "--batch", BATCH)
    assert status == 0 and "duos formed" in out and "2026-09" in out


def test_meeting_add_then_refusals(
    any_context: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    build(any_context, [PlannedDuo("anna.martin", "bob.durand", ("2026-09-15",))])
    duo = [
        "--batch",
        BATCH,
        "--mentor",
        "Anna.Martin@example.org",
        "--mentee",
        "bob.durand@example.org",
    ]
    status, out, err = _run(
        capsys,
        any_context,
        "meeting",
        "add",
        *duo,
        "--date",
        "2026-10-01",
        "--minutes",
        "45",
        "--mode",
        "in_person",
        "--notes",
        "café",
    )
    assert (status, err) == (0, "")
    assert (
        out == "logged: Anna Martin & Bob Durand, 2026-10-01, in person, 45 min"
        " (meeting 2 of this duo)\n"
    )
    _refused(
        _run(
            capsys,
            any_context,
            "meeting",
            "add",
            *duo,
            "--date",
            "2026-10-01",
            "--minutes",
            "45",
            "--mode",
            "in_person",
        ),
        "error: this meeting is already logged",
    )
    _refused(
        _run(capsys, any_context, "meeting", "add", *duo, "--date", "2999-01-01"),
        "is in the future",
    )
    _refused(
        _run(capsys, any_context, "meeting", "add", *duo, "--date", "2026-08-31"),
        "is before the batch starts (2026-09-07)",
    )
    _refused(
        _run(
            capsys,
            any_context,
            "meeting",
            "add",
            "--batch",
            BATCH,
            "--mentor",
            "anna.martin@example.org",
            "--mentee",
            "zoe@example.org",
            "--date",
            "2026-10-02",
        ),
        "zoe@example.org is not a volunteer of the batch",
    )
    _refused(
        _run(capsys, any_context, "meeting", "add", *duo, "--date", "1/10/2026"),
        "is not a date written YYYY-MM-DD",
    )
    _refused(
        _run(capsys, any_context, "meeting", "add", *duo, "--date", "2026-10-02", "--mode", "zoom"),
        "invalid choice",
    )
    _refused(
        _run(
            capsys, any_context, "meeting", "add", *duo, "--date", "2026-10-02", "--minutes", "-5"
        ),
        "between 1 and 600 minutes",
    )
    assert (
        any_context.meetings.duo(
            any_context.meetings.find_duo(
                any_context.batches.id_of(BATCH),
                "anna.martin@example.org",
                "bob.durand@example.org",
            )
        ).meetings
        == 2
    )


def test_batch_set(context: AppContext, capsys: pytest.CaptureFixture[str]) -> None:
    build(context, [], milestones=False)
    status, out, _ = _run(
        capsys,
        context,
        "batch",
        "set",
        "--batch",
        BATCH,
        "--start",
        "2026-09-14",
        "--status",
        "closed",
    )
    assert status == 0
    assert (
        out.splitlines()[0] == f"{BATCH}: 2026-09-14 to 2027-01-14, closed, at risk after 3 weeks"
    )
    assert re.search(r"^Kick-off +2026-09-14$", out, re.MULTILINE)
    _refused(
        _run(capsys, context, "batch", "set", "--batch", BATCH, "--end", "2026-09-01"),
        "is before the start date",
    )
    _refused(_run(capsys, context, "batch", "set", "--batch", BATCH), "give at least one of")
    _refused(
        _run(capsys, context, "batch", "set", "--batch", BATCH, "--status", "paused"),
        "invalid choice",
    )
    _refused(
        _run(capsys, context, "batch", "set", "--batch", "Nowhere", "--status", "running"),
        "no batch named 'Nowhere'",
    )
    timeline = context.timeline.timeline(context.batches.id_of(BATCH))
    assert (str(timeline.start), timeline.status.value) == ("2026-09-14", "closed")


def test_intro_writes_one_eml_per_confirmed_duo(
    context: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    build(context, SCENARIO)
    status, out, _ = _run(
        capsys, context, "intro", "--batch", BATCH, "--out", str(tmp_path / "intros")
    )
    assert status == 0
    files = sorted((tmp_path / "intros").glob("*.eml"))
    assert out == f"wrote {len(files)} introduction(s) to {tmp_path / 'intros'}\n"
    # confirmed and running: anna/bob, fred/gil, fred/hugo, kiki/leo, mia/noe
    assert len(files) == 5
    for path in files:
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        assert len(message["To"].addresses) == 2
        assert message["Subject"].startswith("Promo automne 2026 : ")
    _refused(
        _run(capsys, context, "intro", "--batch", BATCH, "--out", str(files[0])),
        "is a file, not a folder",
    )


def test_calendar_writes_an_ics_file(
    context: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    build(context, [])
    target = tmp_path / "promo.ics"
    status, out, _ = _run(
        capsys, context, "calendar", "--batch", BATCH, "--out", str(target), "--lang", "fr"
    )
    assert status == 0 and out == f"wrote 7 event(s) to {target}\n"
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert len(events) == 7 and str(events[0]["summary"]) == f"{BATCH} · Lancement"
    _refused(
        _run(capsys, context, "calendar", "--batch", BATCH, "--out", str(tmp_path)), "is a folder"
    )


def test_meetings_import_json_and_refusal(
    any_context: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    build(any_context, [PlannedDuo("anna.martin", "bob.durand")])
    path = tmp_path / "meetings.csv"
    path.write_text(
        "Mentor,Mentee,Date,Durée,Mode\n"
        "anna.martin@example.org,bob.durand@example.org,2026-10-01,60,visio\n"
        "anna.martin@example.org,bob.durand@example.org,01/10/2026,60,visio\n"
        "anna.martin@example.org,bob.durand@example.org,2999-01-01,60,visio\n",
        encoding="utf-8",
    )
    status, out, _ = _run(
        capsys, any_context, "meetings", "import", str(path), "--batch", BATCH, "--json"
    )
    assert status == 0
    report = json.loads(out)
    assert list(report) == ["imported", "unchanged", "skipped", "warnings"]
    assert (report["imported"], report["unchanged"], report["skipped"]) == (1, 0, 2)
    assert [(w["sheet"], w["row"]) for w in report["warnings"]] == [
        ("meetings", 3),
        ("meetings", 4),
    ]
    assert set(report["warnings"][0]) == {"sheet", "row", "column", "message"}
    status, out, _ = _run(capsys, any_context, "meetings", "import", str(path), "--batch", BATCH)
    assert status == 0 and out.startswith(
        "meetings.csv: 0 imported, 2 already logged, 1 row(s) skipped\n"
    )
    path.write_bytes(b"\x00\x01garbage" * 100)
    _refused(
        _run(capsys, any_context, "meetings", "import", str(path), "--batch", BATCH),
        "error: meetings.csv: ",
    )
    _refused(
        _run(
            capsys,
            any_context,
            "meetings",
            "import",
            str(tmp_path / "missing.csv"),
            "--batch",
            BATCH,
        ),
        "missing.csv",
    )


def test_meetings_import_mapping_dry_run_and_strict(
    context: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    build(context, [PlannedDuo("anna.martin", "bob.durand")])
    path = tmp_path / "suivi.csv"
    path.write_text(
        "Qui ?;Avec qui ?;Quand ?;Comment ?\n"
        "anna.martin@example.org;bob.durand@example.org;2026-10-01;téléphone\n"
        "anna.martin@example.org;bob.durand@example.org;2999-01-01;visio\n",
        encoding="utf-8",
    )
    profile = tmp_path / "suivi.json"
    profile.write_text(
        json.dumps({"kind": "meetings", "columns": {"Quand ?": "date", "Comment ?": "mode"}}),
        encoding="utf-8",
    )
    args = ("meetings", "import", str(path), "--batch", BATCH, "--mapping", str(profile))
    status, out, _ = _run(capsys, context, *args, "--dry-run")
    assert status == 0 and out.endswith("dry run: nothing was saved\n")
    assert out.startswith("suivi.csv: 1 imported, 0 already logged, 1 row(s) skipped\n")
    _refused(_run(capsys, context, *args, "--strict"), "1 row(s) have errors, nothing was")
    status, out, _ = _run(capsys, context, *args, "--json")
    assert json.loads(out)["imported"] == 1
    duo = context.meetings.find_duo(
        context.batches.id_of(BATCH), "anna.martin@example.org", "bob.durand@example.org"
    )
    assert [m.mode.value for m in context.meetings.meetings(duo)] == ["phone"]
    profile.write_text(json.dumps({"columns": {"Quand ?": "answered_at"}}), encoding="utf-8")
    _refused(_run(capsys, context, *args), "suivi.json: not a mapping profile")
    profile.write_text(json.dumps({"kind": "feedback", "columns": {}}), encoding="utf-8")
    _refused(_run(capsys, context, *args), "for another import (feedback)")


def test_every_writer_fails_in_one_line_naming_the_path_and_the_reason(
    context: AppContext, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A folder that is missing, a file where a folder should be, a place that takes no file:
    one line naming the path and why, never an "unexpected error"."""
    build(context, SCENARIO)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("")
    missing = tmp_path / "missing"
    cases = [
        (["calendar", "--out", "/proc/x.ics"], "cannot write /proc/x.ics: the folder /proc does"
         " not accept new files"),
        (["calendar", "--out", str(missing / "x.ics")], f"cannot write {missing / 'x.ics'}: the"
         f" folder {missing} does not exist"),
        (["calendar", "--out", str(a_file / "x.ics")], f"cannot write {a_file / 'x.ics'}:"
         f" {a_file} is a file, not a folder"),
        (["intro", "--out", "/proc/intros"], "cannot write /proc/intros: the folder /proc does"
         " not accept new files"),
        (["intro", "--out", str(missing / "intros")], f"cannot write {missing / 'intros'}: the"
         f" folder {missing} does not exist"),
        (["intro", "--out", str(a_file / "intros")], f"cannot write {a_file / 'intros'}:"
         f" {a_file} is a file, not a folder"),
        (["intro", "--out", str(a_file)], f"cannot write {a_file}: {a_file} is a file, not a"
         " folder"),
        (["report", "--out", str(missing / "x.pdf")], f"cannot write {missing / 'x.pdf'}: the"
         f" folder {missing} does not exist"),
        (["report", "--out", "/proc/x.pdf"], "cannot write /proc/x.pdf: the folder /proc does"
         " not accept new files"),
        (["export", "--out", str(missing / "x.xlsx")], f"cannot write {missing / 'x.xlsx'}: the"
         f" folder {missing} does not exist"),
        (["export", "--out", str(tmp_path)], f"cannot write {tmp_path}: it is a folder"),
    ]  # fmt: skip
    for (command, *rest), expected in cases:
        result = _run(capsys, context, command, "--batch", BATCH, *rest)
        _refused(result, f"error: {expected}")
        assert "unexpected" not in result[2]
    assert not missing.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no half files


def test_intro_records_the_introductions_as_sent(
    any_context: AppContext,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "camille")
    build(any_context, SCENARIO)
    status, _, _ = _run(
        capsys, any_context, "intro", "--batch", BATCH, "--out", str(tmp_path / "intros")
    )
    assert status == 0
    drafts = any_context.messages.introductions(any_context.batches.id_of(BATCH))
    assert len(drafts) == len(list((tmp_path / "intros").glob("*.eml"))) > 0
    assert {(d.last_sent.channel, d.last_sent.coordinator) for d in drafts if d.last_sent} == {
        ("eml", "camille")
    }
    assert all(d.last_sent is not None for d in drafts)
