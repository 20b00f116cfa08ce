"""``person edit`` and ``person remove``: correct a volunteer of a batch, or take them out."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.framework import (
    EXIT_OK,
    ContextProvider,
    UsageError,
    batch_id,
    print_json,
)
from mentordesk.i18n import Text
from mentordesk.services.volunteer_edit import VolunteerChanges, VolunteerFields
from mentordesk.services.volunteer_edit_texts import NOTHING_TO_CHANGE

UNCHANGED = Text(
    en="{name}: already so, nothing changed", fr="{name} : déjà ainsi, rien n'a changé"
)
CHANGED = Text(en="{name}: {field} {before} → {after}", fr="{name} : {field} {before} → {after}")
REMOVED = Text(
    en="{name} ({email}) removed from {batch!r}, with {what}",
    fr="{name} ({email}) supprimé(e) de « {batch} », avec {what}",
)
FIELD_NAMES = {
    "first_name": Text(en="first name", fr="prénom"),
    "last_name": Text(en="last name", fr="nom"),
    "email": Text(en="e-mail", fr="e-mail"),
    "city": Text(en="city", fr="ville"),
    "topics": Text(en="topics", fr="thématiques"),
    "capacity": Text(en="capacity", fr="capacité"),
}


def register(subparsers: Any) -> None:
    person = subparsers.add_parser("person", help="correct or remove a volunteer of a batch")
    commands = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    edit = commands.add_parser("edit", help="change a volunteer's name, e-mail, city, topics…")
    edit.add_argument("email", metavar="EMAIL")
    edit.add_argument("--batch", required=True, metavar="NAME")
    edit.add_argument("--first-name", metavar="TEXT")
    edit.add_argument("--last-name", metavar="TEXT")
    edit.add_argument("--email", dest="new_email", metavar="EMAIL", help="the new address")
    edit.add_argument("--city", metavar="CITY", help="placed with the offline gazetteer")
    edit.add_argument(
        "--topics", metavar='"A;B"', help="the programme's topics (labels or aliases), ;-separated"
    )
    edit.add_argument("--capacity", type=int, metavar="N", help="mentees a mentor can take")
    edit.add_argument("--json", action="store_true", help="print the volunteer as JSON")
    edit.set_defaults(func=_edit)

    remove = commands.add_parser(
        "remove", help="remove a volunteer from a batch, with their duos, meetings and feedback"
    )
    remove.add_argument("email", metavar="EMAIL")
    remove.add_argument("--batch", required=True, metavar="NAME")
    remove.add_argument("--json", action="store_true", help="print what was removed as JSON")
    remove.set_defaults(func=_remove)


def _changes(args: argparse.Namespace) -> VolunteerChanges:
    topics = None if args.topics is None else [t for t in args.topics.split(";") if t.strip()]
    changes = VolunteerChanges(
        first_name=args.first_name,
        last_name=args.last_name,
        email=args.new_email,
        city=args.city,
        topics=topics,
        capacity=args.capacity,
    )
    if changes == VolunteerChanges():
        raise UsageError(f"mentordesk-cli person edit: {NOTHING_TO_CHANGE()}")
    return changes


def _edit(args: argparse.Namespace, context: ContextProvider) -> int:
    changes = _changes(args)
    service = context().volunteer_edit
    batch = batch_id(args, context)
    participation = service.participation_id(batch, args.email)
    edit = service.edit(batch, participation, changes)
    if args.json:
        print_json(edit.volunteer.as_json())
    else:
        _print_changes(edit.before, edit.after)
    for warning in edit.warnings:
        print(f"warning: {warning}")
    return EXIT_OK


def _print_changes(before: VolunteerFields, after: VolunteerFields) -> None:
    name = after.full_name
    if before == after:
        print(UNCHANGED(name=name))
        return
    for field, label in FIELD_NAMES.items():
        old, new = getattr(before, field), getattr(after, field)
        if old != new:
            shown = [_shown(value) for value in (old, new)]
            print(CHANGED(name=name, field=label(), before=shown[0], after=shown[1]))


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return "; ".join(value) or "—"
    return "—" if value in (None, "") else str(value)


def _remove(args: argparse.Namespace, context: ContextProvider) -> int:
    service = context().volunteer_edit
    batch = batch_id(args, context)
    removal = service.remove(batch, service.participation_id(batch, args.email))
    consequences = removal.consequences
    if args.json:
        print_json({"email": removal.email, "name": removal.name, **consequences.as_json()})
    else:
        print(
            REMOVED(
                name=removal.name,
                email=removal.email,
                batch=args.batch.strip(),
                what=consequences.describe(),
            )
        )
    return EXIT_OK
