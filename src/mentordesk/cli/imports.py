"""``import FILE``: bring a questionnaire export into a batch (``import revert ID`` takes
one back: :mod:`mentordesk.cli.import_history`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentordesk.cli import import_history
from mentordesk.cli.framework import EXIT_OK, ContextProvider, UsageError, print_json
from mentordesk.domain.enums import Role
from mentordesk.i18n import Text
from mentordesk.services.errors import NotFound
from mentordesk.services.import_kinds import BatchTarget, NewBatch
from mentordesk.services.mapping_profiles import read_profile_file
from mentordesk.services.questionnaire_import import QuestionnaireOutcome

SUMMARY = Text(
    en="{file} → {batch}: {created} created, {updated} updated, {unchanged} unchanged, "
    "{skipped} skipped ({mentors} mentors, {mentees} mentees)",
    fr="{file} → {batch} : {created} créés, {updated} mis à jour, {unchanged} inchangés, "
    "{skipped} ignorés ({mentors} mentors, {mentees} mentorés)",
)
DRY_RUN = Text(en="dry run: nothing was saved", fr="essai à blanc : rien n'a été enregistré")
IMPORT_ID = Text(
    en="import {id}: `mentordesk-cli import revert {id}` takes it back",
    fr="import {id} : `mentordesk-cli import revert {id}` l'annule",
)
NEW_BATCH = Text(en="batch {batch!r} created", fr="promo « {batch} » créée")
NEW_BATCH_DRY = Text(
    en="batch {batch!r} would be created (dry run: nothing was saved)",
    fr="la promo « {batch} » serait créée (essai : rien n'a été enregistré)",
)


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "import",
        help="import a questionnaire export (xlsx, xlsm, ods, csv, tsv)",
        description="Import the volunteers' answers; rows with errors are skipped and listed. "
        "`import revert ID` takes an import back (ids: `imports --batch NAME`).",
    )
    command.add_argument("file", metavar="FILE", help="the export, or `revert` followed by an id")
    command.add_argument("import_id", metavar="ID", nargs="?", help=argparse.SUPPRESS)
    command.add_argument(
        "--batch", metavar="NAME", help="the batch (created when missing; default: the latest)"
    )
    command.add_argument("--sheet", metavar="NAME", help="import this sheet only")
    command.add_argument(
        "--role", choices=[role.value for role in Role], help="every row has this role"
    )
    command.add_argument(
        "--mapping", metavar="PROFILE.json", help="a saved column mapping to apply"
    )
    command.add_argument("--dry-run", action="store_true", help="check and count, save nothing")
    command.add_argument("--strict", action="store_true", help="refuse the file on any error")
    import_history.add_same_person_options(command)
    command.add_argument("--json", action="store_true", help="print JSON")
    command.set_defaults(func=_import)


def _import(args: argparse.Namespace, context: ContextProvider) -> int:
    if args.file == "revert" and (args.import_id is not None or not Path("revert").exists()):
        return import_history.revert(args.import_id, context)
    if args.import_id is not None:
        raise UsageError(f"mentordesk-cli import: unexpected argument {args.import_id!r}")
    same_person = import_history.same_person_answers(args)
    profile = read_profile_file(args.mapping) if args.mapping else None
    report = context().imports.import_file(
        args.file,
        _target(args.batch, context),
        sheet=args.sheet,
        role=Role(args.role) if args.role else None,
        profile=profile,
        dry_run=args.dry_run,
        strict=args.strict,
        same_person=same_person,
    )
    assert isinstance(report, QuestionnaireOutcome)
    if args.json:
        print_json(report.as_json())
    else:
        _print_report(report)
    return EXIT_OK


def _target(name: str | None, context: ContextProvider) -> BatchTarget:
    """The batch ``--batch`` names: an existing one's id, else a batch to create (None: the
    latest batch)."""
    if name is None:
        return None
    try:
        return context().batches.id_of(name)
    except NotFound:
        return NewBatch(name)


def _print_report(report: QuestionnaireOutcome) -> None:
    if report.batch_created:
        print((NEW_BATCH_DRY if report.dry_run else NEW_BATCH)(batch=report.batch))
    print(
        SUMMARY(
            file=report.file,
            batch=report.batch,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            skipped=report.skipped,
            mentors=report.mentors,
            mentees=report.mentees,
        )
    )
    for problem in report.problems:
        where = ", ".join(
            part
            for part in (
                problem.location.sheet,
                f"row {problem.location.row}" if problem.location.row else "",
                problem.location.column_label,
            )
            if part
        )
        advice = f" — {problem.advice}" if problem.advice else ""
        print(f"  {problem.severity}: {where}: {problem.message}{advice}")
    if report.dry_run:
        print(DRY_RUN())
    elif report.import_id is not None:
        print(IMPORT_ID(id=report.import_id))
