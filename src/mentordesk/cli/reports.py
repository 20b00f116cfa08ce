"""``feedback import``, ``report`` (the end-of-batch PDF) and ``export`` (the Excel workbook)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from mentordesk.cli.framework import EXIT_OK, ContextProvider, batch_id, print_json
from mentordesk.cli.import_options import add_import_options, import_options, print_problems
from mentordesk.i18n import LANGUAGES, system_language
from mentordesk.io.report_model import Paper, ReportOptions


def register(subparsers: Any) -> None:
    feedback = subparsers.add_parser("feedback", help="the end-of-batch survey's answers")
    feedback_commands = feedback.add_subparsers(
        dest="feedback_command", metavar="ACTION", required=True
    )
    bulk = feedback_commands.add_parser(
        "import", help="import the survey's export (.xlsx, .ods, .csv): one row per respondent"
    )
    bulk.add_argument("file", type=Path, metavar="FILE")
    bulk.add_argument("--batch", required=True, metavar="NAME")
    add_import_options(bulk)
    bulk.add_argument("--json", action="store_true", help="print JSON")
    bulk.set_defaults(func=_feedback_import)

    report = subparsers.add_parser("report", help="write the end-of-batch summary as a PDF")
    report.add_argument("--batch", required=True, metavar="NAME")
    report.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument(
        "--lang", choices=LANGUAGES, help="the report's language (default: the system's)"
    )
    report.add_argument("--paper", choices=[p.value for p in Paper], default=Paper.A4.value)
    report.add_argument(
        "--names",
        choices=["hidden", "shown"],
        default="hidden",
        help="print the participants' names in quotes and the per-duo table (default: hidden)",
    )
    report.add_argument("--duo-table", action="store_true", help="add a table of every duo")
    report.add_argument(
        "--certificates",
        action="store_true",
        help="add a certificate of participation per volunteer (each shows the volunteer's name)",
    )
    report.add_argument(
        "--as-of",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the report's day (default: today); a batch not over by then gets an interim report",
    )
    report.set_defaults(func=_report)

    export = subparsers.add_parser(
        "export",
        help="write the batch's volunteers, duos, meetings and feedback to an Excel workbook"
        " (private comments included: the file is for the coordinator)",
    )
    export.add_argument("--batch", required=True, metavar="NAME")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    export.add_argument("--lang", choices=LANGUAGES, help="headers' language")
    export.set_defaults(func=_export)


def _feedback_import(args: argparse.Namespace, context: ContextProvider) -> int:
    service = context().feedback_import
    result = service.import_file(
        args.file, batch_id(args, context), **import_options(args, service)
    )
    if args.json:
        print_json(
            {
                "file": result.file,
                "imported": result.created,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "skipped": result.skipped,
                "dry_run": result.dry_run,
                "problems": [
                    {**problem.as_json(), "skipped": problem.severity == "error"}
                    for problem in result.problems
                ],
            }
        )
        return EXIT_OK
    verb = "would import" if result.dry_run else "imported"
    print(
        f"{result.file}: {verb} {result.created}, updated {result.updated},"
        f" unchanged {result.unchanged}, skipped {result.skipped}"
    )
    print_problems(result)
    return EXIT_OK


def _report(args: argparse.Namespace, context: ContextProvider) -> int:
    options = ReportOptions(
        language=args.lang or system_language(),
        paper=Paper(args.paper),
        show_names=args.names == "shown",
        duo_table=args.duo_table,
        certificates=args.certificates,
    )
    result = context().reports.write_pdf(
        batch_id(args, context), args.out, options, today=args.as_of
    )
    print(f"{args.out}: {result.pages} page{'s' if result.pages > 1 else ''}")
    return EXIT_OK


def _export(args: argparse.Namespace, context: ContextProvider) -> int:
    result = context().exports.export_xlsx(
        batch_id(args, context), args.out, args.lang or system_language()
    )
    counts = ", ".join(f"{count} {title.lower()}" for title, count in result.rows.items())
    print(f"{args.out}: {counts}")
    return EXIT_OK
