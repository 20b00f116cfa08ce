"""``demo``, ``batches``, ``people``, ``programme rename`` and ``db upgrade``."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.framework import EXIT_OK, ContextProvider, batch_id, print_json, print_table
from mentordesk.storage.database import head_revision


def register(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="create the demo batch (93 volunteers)")
    demo.set_defaults(func=_demo)

    batches = subparsers.add_parser("batches", help="list the batches")
    batches.add_argument("--json", action="store_true", help="print JSON")
    batches.set_defaults(func=_batches)

    people = subparsers.add_parser("people", help="list a batch's volunteers")
    people.add_argument("--batch", required=True, metavar="NAME")
    people.add_argument("--json", action="store_true", help="print JSON")
    people.set_defaults(func=_people)

    programme = subparsers.add_parser("programme", help="the programme a batch belongs to")
    programme_commands = programme.add_subparsers(
        dest="programme_command", metavar="ACTION", required=True
    )
    rename = programme_commands.add_parser(
        "rename",
        help="rename a batch's programme (for all its batches; shown in e-mails and reports)",
    )
    rename.add_argument("--batch", required=True, metavar="NAME", help="a batch of the programme")
    rename.add_argument("name", metavar="NEW_NAME", help="the programme's new name")
    rename.add_argument("--json", action="store_true", help="print JSON")
    rename.set_defaults(func=_programme_rename)

    db = subparsers.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_upgrade = db_commands.add_parser("upgrade", help="bring the schema up to date")
    db_upgrade.set_defaults(func=_db_upgrade)


def _demo(_args: argparse.Namespace, context: ContextProvider) -> int:
    result = context().demo.create()
    verb = "created" if result.created else "already present"
    print(
        f"{result.batch}: {verb} — {result.volunteers} volunteers, "
        f"{result.duos} duos, {result.meetings} meetings"
    )
    return EXIT_OK


def _batches(args: argparse.Namespace, context: ContextProvider) -> int:
    batches = context().batches.list_batches()
    if args.json:
        print_json(
            [
                {
                    "name": b.name,
                    "programme": b.programme,
                    "start": b.start.isoformat(),
                    "end": b.end.isoformat(),
                    "status": b.status.value,
                    "mentors": b.mentors,
                    "mentees": b.mentees,
                    "duos": b.duos,
                }
                for b in batches
            ]
        )
    else:
        print_table(
            ["name", "programme", "start", "end", "status", "mentors", "mentees", "duos"],
            [
                (b.name, b.programme, b.start, b.end, b.status.value, b.mentors, b.mentees, b.duos)
                for b in batches
            ],
        )
    return EXIT_OK


def _people(args: argparse.Namespace, context: ContextProvider) -> int:
    volunteers = context().batches.volunteers(batch_id(args, context))
    if args.json:
        print_json([v.as_json() for v in volunteers])
    else:
        print_table(
            ["email", "first name", "last name", "role", "city", "capacity", "topics"],
            [
                (
                    v.email,
                    v.first_name,
                    v.last_name,
                    v.role.value,
                    v.city,
                    v.capacity,
                    ", ".join(v.topics),
                )
                for v in volunteers
            ],
        )
    return EXIT_OK


def _programme_rename(args: argparse.Namespace, context: ContextProvider) -> int:
    service, batch = context().batches, batch_id(args, context)
    previous = service.get(batch).programme
    programme = service.rename_programme(batch, args.name)
    if args.json:
        print_json(
            {"name": programme.name, "previous": previous, "batches": list(programme.batches)}
        )
    else:
        print(f"programme renamed: {previous!r} -> {programme.name!r}")
        print(f"batches: {', '.join(programme.batches)}")
    return EXIT_OK


def _db_upgrade(_args: argparse.Namespace, context: ContextProvider) -> int:
    result = context().upgrade_result
    assert result is not None
    if result.from_revision == result.to_revision:
        print(f"the schema is up to date ({head_revision()})")
    else:
        print(f"upgraded from {result.from_revision or 'empty'} to {result.to_revision}")
        if result.backup is not None:
            print(f"backup: {result.backup}")
    return EXIT_OK
