"""`assessor assessment ...` commands for the members of an assessment and their roles.

    assessor assessment members ID                      the members and their roles
    assessor assessment member ID IDENTITY ROLE         add a member, or change their role
    assessor assessment member ID IDENTITY --remove     remove a member

`--by` says who acts (default: your user name); the store decides whether their role allows it, and a
refusal exits 25 (`ExitCode.PERMISSION_DENIED`) with the store's one-line message.
"""

from __future__ import annotations

import argparse
import sys

from assessor.errors import ExitCode
from assessor.roles import ROLE_LABELS, Role


def cmd_members(args: argparse.Namespace) -> int:
    """Print the members of an assessment, or say it is open to everyone."""
    from assessor.cli_assessments import _store

    # Named with --by: listed only to someone who may read the assessment. Without it, as every read
    # of the command line: whoever can open the database file reads it.
    as_user = getattr(args, "by", None) or None
    with _store(args) as store:
        members = store.members(args.id, as_user=as_user)
    if not members:
        print(f"{args.id} has no members: it is open to everyone. Add the first, an owner, with "
              f"'assessor assessment member {args.id} NAME owner'.")
        return ExitCode.OK
    rows = [["identity", "role", "added by", "added at"]]
    rows += [[m.identity, ROLE_LABELS[m.role], m.added_by or "-", m.added_at[:16]] for m in members]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    return ExitCode.OK


def cmd_member(args: argparse.Namespace) -> int:
    """Add, change or remove one member."""
    from assessor.cli_assessments import _by, _store

    if args.remove == (args.role is not None):
        print("assessor: give either a ROLE (to add or change a member) or --remove, not both and not neither",
              file=sys.stderr)
        return ExitCode.USAGE
    with _store(args) as store:
        if args.remove:
            removed = store.remove_member(args.id, args.identity, by=_by(args), source="cli")
            print(f"{args.id}: removed {removed.identity} ({removed.role.value})")
            return ExitCode.OK
        before = store.role_of(args.id, args.identity)
        member = store.set_member(args.id, args.identity, args.role, by=_by(args), source="cli")
    if before is None:
        print(f"{args.id}: added {member.identity} as {member.role.value}")
    elif before is member.role:
        print(f"{args.id}: {member.identity} is already {member.role.value}; nothing changed")
    else:
        print(f"{args.id}: {member.identity} is now {member.role.value} (was {before.value})")
    return ExitCode.OK


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # noqa: SLF001
    """Register this module's actions under `assessor assessment`."""
    members = sub.add_parser("members", parents=[common],
                             help="the members of an assessment and their roles (none: open to everyone)")
    members.add_argument("id")
    members.set_defaults(func=cmd_members)

    member = sub.add_parser("member", parents=[common],
                            help="add a member, change their role, or remove them (owners only; --by says who acts)")
    member.add_argument("id")
    member.add_argument("identity", help="the member's name, or the e-mail address they sign in with")
    member.add_argument("role", nargs="?", choices=[r.value for r in Role],
                        help="owner (manages members), assessor (edits, decides), reviewer (decides, reconciles) "
                             "or viewer (reads, exports)")
    member.add_argument("--remove", action="store_true", help="remove the member instead")
    member.set_defaults(func=cmd_member)
