"""``batch delete``: delete a batch and everything in it, only when told ``--yes``.

An action of the ``batch`` command (see :mod:`mentordesk.cli.tracking`), which adds it with
:func:`add_delete`.
"""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.framework import EXIT_OK, ContextProvider, batch_id, fail
from mentordesk.services.batch_deletion import DeletionCounts


def add_delete(actions: Any) -> None:
    remove = actions.add_parser(
        "delete",
        help="delete a batch with its volunteers, duos, meetings and feedback (a SQLite "
        "database is copied first; cannot be undone)",
    )
    remove.add_argument("--batch", required=True, metavar="NAME")
    remove.add_argument("--yes", action="store_true", help="really delete (else only say what)")
    remove.set_defaults(func=_delete)


def _delete(args: argparse.Namespace, context: ContextProvider) -> int:
    service = context().batch_deletion
    batch = batch_id(args, context)
    if not args.yes:
        print(_what_goes(service.deletion_counts(batch), "would be deleted"))
        return fail("nothing was deleted: add --yes to delete the batch")
    deletion = service.delete_batch(batch)
    print(_what_goes(deletion.counts, "deleted"))
    if deletion.backup is not None:
        print(f"backup: {deletion.backup}")
    return EXIT_OK


def _what_goes(counts: DeletionCounts, verb: str) -> str:
    return (
        f"{counts.batch}: {verb} — {counts.volunteers} volunteers, {counts.duos} duos, "
        f"{counts.meetings} meetings, {counts.feedback} feedback answers"
    )
