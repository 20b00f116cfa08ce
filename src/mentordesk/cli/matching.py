"""Forming duos: ``suggest``, ``scores``, ``match``, ``pin``, ``unpair``, ``exclude``,
``exclusions`` and ``withdraw``."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from mentordesk.cli.framework import (
    EXIT_OK,
    ContextProvider,
    UsageError,
    batch_id,
    print_json,
    print_table,
)
from mentordesk.domain.enums import Role
from mentordesk.i18n import LANGUAGES, system_language
from mentordesk.services.change_sets import ChangeSet
from mentordesk.services.matching_snapshot import Participant
from mentordesk.services.suggestions import DEFAULT_TOP, Suggestion, reasons_text


def register(subparsers: Any) -> None:
    for add in (
        _add_suggest,
        _add_scores,
        _add_match,
        _add_pin,
        _add_unpair,
        _add_exclude,
        _add_exclusions,
        _add_withdraw,
    ):
        add(subparsers)


def _add_suggest(subparsers: Any) -> None:
    suggest = subparsers.add_parser("suggest", help="the best partners for one volunteer")
    suggest.add_argument("--batch", required=True, metavar="NAME")
    who = suggest.add_mutually_exclusive_group(required=True)
    who.add_argument("--mentee", metavar="EMAIL", help="suggest mentors for this mentee")
    who.add_argument("--mentor", metavar="EMAIL", help="suggest mentees for this mentor")
    suggest.add_argument("--top", type=_positive, default=DEFAULT_TOP, metavar="K")
    suggest.add_argument(
        "--all", action="store_true", help="also list mentors who are full, mentees already paired"
    )
    _language_option(suggest)
    _json_option(suggest)
    suggest.set_defaults(func=_suggest)


def _add_scores(subparsers: Any) -> None:
    scores = subparsers.add_parser("scores", help="the score of every mentor–mentee pair")
    scores.add_argument("--batch", required=True, metavar="NAME")
    _json_option(scores)
    scores.set_defaults(func=_scores)


def _add_match(subparsers: Any) -> None:
    match = subparsers.add_parser(
        "match", help="the best duos for the whole batch (nothing saved without --apply)"
    )
    match.add_argument("--batch", required=True, metavar="NAME")
    match.add_argument(
        "--apply", action="store_true", help="save the proposal as confirmed duos (pins kept)"
    )
    _json_option(match)
    match.set_defaults(func=_match)


def _add_pin(subparsers: Any) -> None:
    pin = subparsers.add_parser(
        "pin", help="keep a duo through every proposal (formed first if needed)"
    )
    _pair_arguments(pin)
    pin.add_argument("--off", action="store_true", help="unpin instead")
    pin.add_argument(
        "--force", action="store_true", help="form it despite a full mentor or a broken rule"
    )
    pin.set_defaults(func=_pin)


def _add_unpair(subparsers: Any) -> None:
    unpair = subparsers.add_parser("unpair", help="undo a duo")
    _pair_arguments(unpair)
    unpair.set_defaults(func=_unpair)


def _add_exclude(subparsers: Any) -> None:
    exclude = subparsers.add_parser("exclude", help="never pair a mentor and a mentee")
    _pair_arguments(exclude)
    exclude.add_argument("--reason", default="", help="why (shown on the board)")
    exclude.add_argument("--unpair", action="store_true", help="undo their duo if they form one")
    exclude.add_argument("--remove", action="store_true", help="lift the exclusion instead")
    exclude.set_defaults(func=_exclude)


def _add_exclusions(subparsers: Any) -> None:
    exclusions = subparsers.add_parser(
        "exclusions", help="a batch's excluded pairs, and those worth excluding"
    )
    exclusions.add_argument("--batch", required=True, metavar="NAME")
    exclusions.add_argument(
        "--apply-suggested", action="store_true", help="exclude every suggested pair"
    )
    _language_option(exclusions)
    _json_option(exclusions)
    exclusions.set_defaults(func=_exclusions)


def _add_withdraw(subparsers: Any) -> None:
    withdraw = subparsers.add_parser(
        "withdraw", help="someone leaves the batch; their partners get fresh suggestions"
    )
    withdraw.add_argument("--batch", required=True, metavar="NAME")
    withdraw.add_argument("email", metavar="EMAIL")
    withdraw.add_argument("--on", type=date.fromisoformat, metavar="YYYY-MM-DD")
    withdraw.add_argument("--top", type=_positive, default=3, metavar="K")
    _language_option(withdraw)
    _json_option(withdraw)
    withdraw.set_defaults(func=_withdraw)


def _positive(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="language of the reasons (default: the system's)"
    )


def _pair_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--batch", required=True, metavar="NAME")
    parser.add_argument(
        "emails", nargs="*", metavar="EMAIL", help="the mentor's and the mentee's, in any order"
    )
    parser.add_argument("--mentor", metavar="EMAIL")
    parser.add_argument("--mentee", metavar="EMAIL")
    _json_option(parser)


def _two_emails(args: argparse.Namespace) -> tuple[str, str]:
    emails = [*args.emails, *(e for e in (args.mentor, args.mentee) if e)]
    if len(emails) != 2:
        raise UsageError(
            f"mentordesk-cli {args.command}: give two e-mails, a mentor's and a mentee's"
        )
    return emails[0], emails[1]


def _suggest(args: argparse.Namespace, context: ContextProvider) -> int:
    suggestions = context().matching.suggest(
        batch_id(args, context),
        mentee=args.mentee,
        mentor=args.mentor,
        top=args.top,
        include_taken=args.all,
        language=args.lang or system_language(),
    )
    if args.json:
        print_json([s.as_json() for s in suggestions])
        return EXIT_OK
    rows = []
    for s in suggestions:
        other = s.mentor if args.mentee else s.mentee
        rows.append((f"{s.score:.0f}", other.email, other.name, s.room, reasons_text(s.said)))
    print_table(["score", "email", "name", "room", "reasons"], rows)
    return EXIT_OK


def _scores(args: argparse.Namespace, context: ContextProvider) -> int:
    table = context().matching.scores(batch_id(args, context))
    if args.json:
        print_json(table.as_json())
        return EXIT_OK
    print_table(
        ["mentor", *(p.email for p in table.mentees)],
        [
            (mentor.email, *(f"{value:.0f}" for value in row))
            for mentor, row in zip(table.mentors, table.scores.tolist(), strict=True)
        ],
    )
    return EXIT_OK


def _match(args: argparse.Namespace, context: ContextProvider) -> int:
    ctx, batch = context(), batch_id(args, context)
    proposal = ctx.matching.propose(batch)
    if args.apply:
        pairs = [(p.mentor.participation_id, p.mentee.participation_id) for p in proposal.pairs]
        ctx.curation.apply_proposal(batch, pairs, proposal.fingerprint)
    if args.json:
        print_json(proposal.as_json())
        return EXIT_OK
    print_table(
        ["mentor", "mentee", "score", ""],
        [
            (p.mentor.email, p.mentee.email, f"{p.score:.0f}", "kept" if p.kept else "")
            for p in proposal.pairs
        ],
    )
    unmatched = ", ".join(p.email for p in proposal.unmatched) or "none"
    print(f"{proposal.matched} duos, total {proposal.total:.0f}; without a mentor: {unmatched}")
    print("saved as confirmed duos" if args.apply else "nothing saved (add --apply to save)")
    return EXIT_OK


def _pin(args: argparse.Namespace, context: ContextProvider) -> int:
    ctx, emails = context(), _two_emails(args)
    batch = batch_id(args, context)
    mentor, mentee = ctx.curation.resolve_pair(batch, *emails)
    ids = (mentor.participation_id, mentee.participation_id)
    if args.off:
        changes = ctx.curation.set_pinned(batch, *ids, False)
    else:
        changes = ctx.curation.pin(batch, *ids, accept_warnings=args.force)
    return _report(args, (mentor, mentee), changes, "pinned", not args.off)


def _unpair(args: argparse.Namespace, context: ContextProvider) -> int:
    ctx, emails = context(), _two_emails(args)
    batch = batch_id(args, context)
    mentor, mentee = ctx.curation.resolve_pair(batch, *emails)
    changes = ctx.curation.unpair(batch, mentor.participation_id, mentee.participation_id)
    return _report(args, (mentor, mentee), changes, "unpaired", True)


def _exclude(args: argparse.Namespace, context: ContextProvider) -> int:
    ctx, emails = context(), _two_emails(args)
    batch = batch_id(args, context)
    mentor, mentee = ctx.curation.resolve_pair(batch, *emails)
    ids = (mentor.participation_id, mentee.participation_id)
    if args.remove:
        changes = ctx.curation.include(batch, *ids)
    else:
        changes = ctx.curation.exclude(batch, *ids, args.reason, unpair=args.unpair)
    return _report(args, (mentor, mentee), changes, "excluded", not args.remove)


def _report(
    args: argparse.Namespace,
    pair: tuple[Participant, Participant],
    changes: ChangeSet,
    key: str,
    value: bool,
) -> int:
    mentor, mentee = pair[0].email, pair[1].email
    if args.json:
        print_json({"mentor": mentor, "mentee": mentee, key: value, "changed": not changes.empty})
        return EXIT_OK
    verb = key if value else f"no longer {key}"
    print(f"{mentor} and {mentee}: {verb}" + ("" if not changes.empty else " (already so)"))
    for warning in changes.warnings:
        print(f"warning: {warning}")
    return EXIT_OK


def _exclusions(args: argparse.Namespace, context: ContextProvider) -> int:
    ctx, batch = context(), batch_id(args, context)
    language = args.lang or system_language()
    suggested = ctx.matching.suggested_exclusions(batch, language)
    if args.apply_suggested and suggested:
        ctx.curation.exclude_many(
            batch,
            [(s.mentor.participation_id, s.mentee.participation_id, s.reason) for s in suggested],
        )
    snapshot = ctx.matching.snapshot(batch)
    current = [
        (snapshot.mentor(m).email, snapshot.mentee(e).email, reason)
        for (m, e), reason in sorted(snapshot.exclusions.items())
    ]
    pending = [] if args.apply_suggested else suggested
    if args.json:
        print_json(
            {
                "excluded": [{"mentor": m, "mentee": e, "reason": r} for m, e, r in current],
                "suggested": [
                    {"mentor": s.mentor.email, "mentee": s.mentee.email, "reason": s.reason}
                    for s in pending
                ],
            }
        )
        return EXIT_OK
    print_table(
        ["mentor", "mentee", "reason", ""],
        [(m, e, r, "excluded") for m, e, r in current]
        + [(s.mentor.email, s.mentee.email, s.reason, "suggested") for s in pending],
    )
    return EXIT_OK


def _withdraw(args: argparse.Namespace, context: ContextProvider) -> int:
    """Each former partner's fresh suggestions: people still free first, then those already
    paired (``"available": false``, and a last reason saying with whom or how full)."""
    ctx, batch = context(), batch_id(args, context)
    language = args.lang or system_language()
    participation_id = ctx.curation.participant(batch, args.email)
    changes = ctx.curation.withdraw(batch, participation_id, args.on)
    partners: list[tuple[Participant, list[Suggestion]]] = []
    for change in changes.pairs:
        partner_id = change.mentee_id if change.mentor_id == participation_id else change.mentor_id
        partners.append(ctx.matching.partner_suggestions(batch, partner_id, args.top, language))
    if args.json:
        print_json(
            {
                "withdrawn": args.email.strip().casefold(),
                "partners": [
                    {
                        "email": partner.email,
                        "suggestions": [s.as_json(with_availability=True) for s in found],
                    }
                    for partner, found in partners
                ],
            }
        )
        return EXIT_OK
    print(f"{args.email.strip().casefold()} withdrew; {len(partners)} duo(s) ended")
    for partner, found in partners:
        print(f"suggestions for {partner.email}:")
        for s in found:
            other = s.mentor if partner.role is Role.MENTEE else s.mentee
            print(f"  {s.score:>5.0f}  {other.email}  {reasons_text(s.said)}")
    return EXIT_OK
