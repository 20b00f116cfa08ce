"""``batch set``, ``meeting add``, ``meetings import``, ``stats``, ``intro`` and ``calendar``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from mentordesk.cli.batch_delete import add_delete
from mentordesk.cli.framework import (
    EXIT_OK,
    ContextProvider,
    UsageError,
    batch_id,
    print_json,
    print_table,
)
from mentordesk.cli.import_options import add_import_options, import_options, print_problems
from mentordesk.domain.enums import BatchStatus, MeetingMode
from mentordesk.domain.figures import BatchFigures
from mentordesk.services.meetings import minutes_text, mode_text
from mentordesk.services.sent_messages import system_user
from mentordesk.services.timeline import Timeline


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def register(subparsers: Any) -> None:
    _add_batch(subparsers)
    _add_meeting(subparsers)
    _add_meetings(subparsers)
    _add_stats(subparsers)
    _add_intro(subparsers)
    _add_calendar(subparsers)


def _add_batch(subparsers: Any) -> None:
    batch = subparsers.add_parser("batch", help="change a batch")
    batch_commands = batch.add_subparsers(dest="batch_command", metavar="ACTION", required=True)
    batch_set = batch_commands.add_parser("set", help="change a batch's dates or status")
    batch_set.add_argument("--batch", required=True, metavar="NAME")
    batch_set.add_argument("--start", type=_day, metavar="YYYY-MM-DD")
    batch_set.add_argument("--end", type=_day, metavar="YYYY-MM-DD")
    batch_set.add_argument("--status", choices=[s.value for s in BatchStatus])
    batch_set.set_defaults(func=_batch_set)
    add_delete(batch_commands)


def _add_meeting(subparsers: Any) -> None:
    meeting = subparsers.add_parser("meeting", help="log a duo's meeting")
    meeting_commands = meeting.add_subparsers(
        dest="meeting_command", metavar="ACTION", required=True
    )
    add = meeting_commands.add_parser("add", help="log one meeting of a duo")
    add.add_argument("--batch", required=True, metavar="NAME")
    add.add_argument("--mentor", required=True, metavar="EMAIL")
    add.add_argument("--mentee", required=True, metavar="EMAIL")
    add.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD")
    add.add_argument("--minutes", type=int, metavar="N")
    add.add_argument(
        "--mode", choices=[m.value for m in MeetingMode], default=MeetingMode.VIDEO.value
    )
    add.add_argument("--notes", default="", metavar="TEXT")
    add.set_defaults(func=_meeting_add)


def _add_meetings(subparsers: Any) -> None:
    meetings = subparsers.add_parser("meetings", help="import many meetings at once")
    meetings_commands = meetings.add_subparsers(
        dest="meetings_command", metavar="ACTION", required=True
    )
    bulk = meetings_commands.add_parser(
        "import", help="import a meetings spreadsheet (.xlsx, .ods, .csv): one row per meeting"
    )
    bulk.add_argument("file", type=Path, metavar="FILE")
    bulk.add_argument("--batch", required=True, metavar="NAME")
    add_import_options(bulk)
    bulk.add_argument("--json", action="store_true", help="print JSON")
    bulk.set_defaults(func=_meetings_import)


def _add_stats(subparsers: Any) -> None:
    stats = subparsers.add_parser("stats", help="a batch's figures, as on the dashboard")
    stats.add_argument("--batch", required=True, metavar="NAME")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument(
        "--today", type=_day, metavar="YYYY-MM-DD", help="count duos at risk as of this day"
    )
    stats.set_defaults(func=_stats)


def _add_intro(subparsers: Any) -> None:
    intro = subparsers.add_parser("intro", help="write one .eml introduction per confirmed duo")
    intro.add_argument("--batch", required=True, metavar="NAME")
    intro.add_argument("--out", required=True, type=Path, metavar="DIR")
    intro.add_argument(
        "--lang", choices=["fr", "en"], help="one language for all (default: each duo's own)"
    )
    intro.set_defaults(func=_intro)


def _add_calendar(subparsers: Any) -> None:
    calendar = subparsers.add_parser("calendar", help="write the batch's milestones as .ics")
    calendar.add_argument("--batch", required=True, metavar="NAME")
    calendar.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    calendar.add_argument("--lang", choices=["fr", "en"], default="en")
    calendar.set_defaults(func=_calendar)


def _batch_set(args: argparse.Namespace, context: ContextProvider) -> int:
    if args.start is None and args.end is None and args.status is None:
        raise UsageError("batch set: give at least one of --start, --end, --status")
    status = BatchStatus(args.status) if args.status else None
    timeline = context().timeline.set_batch(
        batch_id(args, context), start=args.start, end=args.end, status=status
    )
    _print_timeline(timeline)
    return EXIT_OK


def _print_timeline(timeline: Timeline) -> None:
    print(
        f"{timeline.batch}: {timeline.start} to {timeline.end}, {timeline.status.value}, "
        f"at risk after {timeline.at_risk_weeks} weeks"
    )
    print_table(["milestone", "date"], [(m.title("en"), m.date) for m in timeline.milestones])


def _meeting_add(args: argparse.Namespace, context: ContextProvider) -> int:
    ctx = context()
    record = ctx.meetings.add_by_emails(
        batch_id(args, context),
        args.mentor,
        args.mentee,
        args.date,
        args.minutes,
        MeetingMode(args.mode),
        args.notes,
    )
    duo = ctx.meetings.duo(record.duo_id)
    print(
        f"logged: {duo.label()}, {record.date}, {mode_text(record.mode, 'en')}, "
        f"{minutes_text(record.minutes, 'en')} (meeting {duo.meetings} of this duo)"
    )
    return EXIT_OK


def _meetings_import(args: argparse.Namespace, context: ContextProvider) -> int:
    service = context().meeting_import
    result = service.import_file(
        args.file, batch_id(args, context), **import_options(args, service)
    )
    if args.json:
        print_json(
            {
                "imported": result.created,
                "unchanged": result.unchanged,
                "skipped": result.skipped,
                "warnings": [problem.as_json() for problem in result.problems],
            }
        )
        return EXIT_OK
    print(
        f"{result.file}: {result.created} imported, {result.unchanged} already logged, "
        f"{result.skipped} row(s) skipped"
    )
    print_problems(result)
    return EXIT_OK


def stats_json(figures: BatchFigures) -> dict[str, object]:
    """The figures ``stats --json`` prints, under the names the issue gives them.

    The meeting shares are fractions between 0 and 1 even before any duo is formed (0 then);
    only the rating is null, until someone answers the end-of-batch survey.
    """
    return {
        "duos": figures.duos,
        "met_at_least_once": figures.met_at_least_once or 0.0,
        "met_at_least_three_times": figures.met_at_least_three_times or 0.0,
        "meetings": figures.meetings,
        "at_risk": len(figures.at_risk),
        "rating_above_8": figures.rating_above_8,
    }


def _stats(args: argparse.Namespace, context: ContextProvider) -> int:
    today = args.today or date.today()
    figures = context().stats.figures(batch_id(args, context), today)
    if args.json:
        print_json(stats_json(figures))
        return EXIT_OK

    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value:.0%}"

    print_table(
        ["figure", "value"],
        [
            ("duos formed", figures.duos),
            ("met at least once", pct(figures.met_at_least_once)),
            ("met at least three times", pct(figures.met_at_least_three_times)),
            ("meetings", figures.meetings),
            (f"at risk on {today}", len(figures.at_risk)),
            (
                f"rated above 8/10 ({figures.respondents} answers)",
                pct(figures.rating_above_8),
            ),
        ],
    )
    print()
    print_table(["month", "meetings"], list(figures.meetings_per_month.items()))
    return EXIT_OK


def _intro(args: argparse.Namespace, context: ContextProvider) -> int:
    paths = context().messages.export_introductions(
        batch_id(args, context), args.out, args.lang, coordinator=system_user()
    )
    print(f"wrote {len(paths)} introduction(s) to {args.out}")
    return EXIT_OK


def _calendar(args: argparse.Namespace, context: ContextProvider) -> int:
    ctx, batch = context(), batch_id(args, context)
    path = ctx.reminders.export_calendar(batch, args.out, args.lang)
    count = len(ctx.reminders.calendar_events(batch, args.lang))
    print(f"wrote {count} event(s) to {path}")
    return EXIT_OK
