"""The options the CLI's spreadsheet imports share: ``--mapping``, ``--dry-run``, ``--strict``."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.imports import DRY_RUN
from mentordesk.services.import_kinds import ImportKind, ImportOutcome
from mentordesk.services.mapping_profiles import read_profile


def add_import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mapping",
        metavar="PROFILE.json",
        help="a column mapping saved from the import wizard, applied to every sheet",
    )
    parser.add_argument("--dry-run", action="store_true", help="check and count, save nothing")
    parser.add_argument("--strict", action="store_true", help="refuse the file on any error")


def import_options(args: argparse.Namespace, kind: ImportKind) -> dict[str, Any]:
    """The keyword arguments of ``import_file`` the options ask for."""
    return {
        "profile": read_profile(args.mapping, kind) if args.mapping else None,
        "dry_run": args.dry_run,
        "strict": args.strict,
    }


def print_problems(outcome: ImportOutcome) -> None:
    """Each problem on its own line: sheet, row, column, message, and whether it was kept."""
    for problem in outcome.problems:
        where = problem.location
        column = f", column {where.column_label}" if where.column_label else ""
        kept = " (imported)" if problem.severity == "warning" else ""
        print(f"  sheet {where.sheet}, row {where.row}{column}: {problem.message}{kept}")
    if outcome.dry_run:
        print(DRY_RUN())
