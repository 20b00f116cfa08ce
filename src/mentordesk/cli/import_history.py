"""``imports --batch B``: a batch's imports, newest first; ``import revert ID`` takes one back;
``--same-person`` / ``--different-person`` answer the questionnaire's same-e-mail questions."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.framework import (
    EXIT_OK,
    ContextProvider,
    UsageError,
    batch_id,
    print_json,
    print_table,
)
from mentordesk.i18n import Text
from mentordesk.services.errors import Conflict

HEADERS = Text(
    en="id|file|kind|imported at|by|created|updated|reverted",
    fr="id|fichier|type|importé le|par|créés|mis à jour|annulé",
)
NO_IMPORTS = Text(
    en="no import into {batch!r} yet", fr="aucun import dans « {batch} » pour l'instant"
)
REVERTED = Text(
    en="import {id} ({file}, {at}) reverted: {created} created removed, {updated} updated restored",
    fr="import {id} ({file}, {at}) annulé : {created} créés retirés, {updated} mis à jour "
    "restaurés",
)
REVERT_USAGE = Text(
    en="import revert: give the import's id (see `mentordesk-cli imports --batch NAME`)",
    fr="import revert : donnez le numéro de l'import (voir `mentordesk-cli imports --batch NOM`)",
)
BAD_ROWS = Text(
    en="{option}: {value!r} is not a list of row numbers (write 5 or 5,12)",
    fr="{option} : « {value} » n'est pas une liste de numéros de ligne (écrivez 5 ou 5,12)",
)
BOTH_ANSWERS = Text(
    en="row {row} cannot be both --same-person and --different-person",
    fr="la ligne {row} ne peut pas être à la fois --same-person et --different-person",
)


def register(subparsers: Any) -> None:
    imports = subparsers.add_parser(
        "imports", help="list a batch's imports, newest first (revert one with `import revert ID`)"
    )
    imports.add_argument("--batch", metavar="NAME", required=True)
    imports.add_argument("--json", action="store_true", help="print JSON")
    imports.set_defaults(func=_imports)


def add_same_person_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--same-person",
        metavar="ROW[,ROW…]",
        help="these rows give an e-mail already held under another name by the same person: "
        "keep the latest answer",
    )
    command.add_argument(
        "--different-person",
        metavar="ROW[,ROW…]",
        help="these rows give an e-mail already held by someone else: set them aside",
    )


def same_person_answers(args: argparse.Namespace) -> dict[int, bool] | None:
    """The rows the options answer (None when neither is given)."""
    same = _rows("--same-person", args.same_person)
    different = _rows("--different-person", args.different_person)
    both = same & different
    if both:
        raise UsageError(BOTH_ANSWERS(row=min(both)))
    if args.same_person is None and args.different_person is None:
        return None
    return {row: True for row in same} | {row: False for row in different}


def _rows(option: str, value: str | None) -> set[int]:
    if value is None:
        return set()
    try:
        rows = {int(part) for part in value.replace(" ", "").split(",") if part}
    except ValueError:
        rows = set()
    if not rows or min(rows) < 1:
        raise UsageError(BAD_ROWS(option=option, value=value))
    return rows


def _imports(args: argparse.Namespace, context: ContextProvider) -> int:
    ctx = context()
    history = ctx.import_history.history(batch_id(args, context))
    if args.json:
        print_json([summary.as_json() for summary in history])
        return EXIT_OK
    if not history:
        print(NO_IMPORTS(batch=args.batch))
        return EXIT_OK
    rows = [
        (
            s.id,
            s.file,
            s.kind,
            s.at.strftime("%Y-%m-%d %H:%M"),
            s.coordinator,
            s.created,
            s.updated,
            s.reverted_at.strftime("%Y-%m-%d %H:%M") if s.reverted_at else "",
        )
        for s in history
    ]
    print_table(HEADERS().split("|"), rows)
    return EXIT_OK


def revert(target: str | None, context: ContextProvider) -> int:
    """``import revert ID``: the import taken back, or exit 2 with why it cannot be."""
    if target is None or not target.strip().isdigit():
        raise UsageError(REVERT_USAGE())
    service = context().import_history
    import_id = int(target)
    problem = service.revert_problem(import_id)
    if problem is not None:
        raise Conflict(problem)
    summary = service.revert(import_id)
    at = summary.at.strftime("%Y-%m-%d %H:%M")
    print(
        REVERTED(
            id=summary.id,
            file=summary.file,
            at=at,
            created=summary.created,
            updated=summary.updated,
        )
    )
    return EXIT_OK
