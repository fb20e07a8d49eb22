"""`assessor assessment ...` commands for double coding: the coders, agreement and reconciliation.

    assessor assessment coders ID ana ben          # start double coding (ID's two coders)
    assessor assessment coders ID                  # who codes it
    assessor assessment coders ID --off            # stop
    assessor assessment agreement ID [--json]      # coder vs coder and machine vs final
    assessor assessment reconcile ID TIP-5-1 --from ana
    assessor assessment reconcile ID TIP-5-1 --from own --status partially_met --rationale "..."

A coder decides with `assessor assessment decide` as anyone does; the store keeps it as their own coding.
"""

from __future__ import annotations

import argparse
import json
import sys

from assessor.errors import ExitCode

STATUSES = ["met", "partially_met", "not_met", "not_applicable"]


def _tools():  # noqa: ANN202 - imported lazily, like cli_assessments, to keep start-up light
    from assessor import cli_assessments

    return cli_assessments


def cmd_coders(args: argparse.Namespace) -> int:
    tools = _tools()
    if args.off and args.coders:
        print("assessor: give two coders, or --off, not both", file=sys.stderr)
        return ExitCode.USAGE
    with tools._store(args) as store:  # noqa: SLF001 - the CLI's shared helpers
        if args.off:
            store.set_coders(args.id, (), by=tools._by(args), source="cli")  # noqa: SLF001
            print(f"{args.id}: double coding stopped (the codings made are kept)")
            return ExitCode.OK
        if not args.coders:
            coders = store.coders(args.id)
            print(f"{args.id}: coded by {coders[0]} and {coders[1]}" if coders else f"{args.id}: not double coded")
            return ExitCode.OK
        if len(args.coders) != 2:
            print("assessor: double coding needs exactly two coders", file=sys.stderr)
            return ExitCode.USAGE
        coders = store.set_coders(args.id, tuple(args.coders), by=tools._by(args), source="cli")  # noqa: SLF001
    print(f"{args.id}: double coded by {coders[0]} and {coders[1]}; each one's decisions are their own until "
          "both have decided a requirement")
    return ExitCode.OK


def _table(title: str, report) -> list[str]:  # noqa: ANN001 - an AgreementReport
    from assessor.agreement import SMALL_N, kappa_text, percent_text, report_rows

    rows = [["", "group", "n", "agreed", "percent", "kappa"]]
    rows += [[kind, label, str(f.n), str(f.agreed), percent_text(f), kappa_text(f.kappa)]
             for kind, label, f in report_rows(report)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [title]
    lines += ["  " + "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    if report.overall.small:
        lines.append(f"  (fewer than {SMALL_N} requirements: one requirement moves these figures a lot)")
    if report.skipped:
        lines.append(f"  ({report.skipped} left out: no judgement, 'not assessed')")
    return lines


def cmd_agreement(args: argparse.Namespace) -> int:
    from assessor.agreement import report_json

    tools = _tools()
    with tools._store(args) as store:  # noqa: SLF001
        coders = store.agreement(args.id)
        machine = store.machine_agreement(args.id)
        settling = store.reconciliation(args.id) if coders is not None else None
    if args.json:
        data = {"coders": None if coders is None else report_json(coders), "machine_vs_final": report_json(machine)}
        if settling is not None:
            data["pending"] = [d.requirement_id for d in settling.pending]
            data["settled"] = [{"requirement_id": d.requirement_id, "by": d.settled_by, "source": d.settled_from}
                               for d in settling.settled]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return ExitCode.OK
    lines = []
    if coders is None:
        lines.append(f"{args.id} is not double coded (start it with 'assessor assessment coders {args.id} A B').")
    else:
        lines += _table(f"{coders.first} vs {coders.second} (requirements both decided):", coders)
        settled = {d.requirement_id: d for d in settling.settled}  # type: ignore[union-attr]
        for p in coders.disagreements:
            done = settled.get(p.requirement_id)
            state = f"settled by {done.settled_by} ({done.settled_from})" if done else "waiting for reconciliation"
            lines.append(f"  disagreement {p.requirement_id}: {coders.first} {p.first}, {coders.second} {p.second}; "
                         f"{state}")
    lines.append("")
    lines += _table("machine vs final (decided requirements the machine proposed a status for):", machine)
    print("\n".join(lines))
    return ExitCode.OK


def cmd_reconcile(args: argparse.Namespace) -> int:
    from assessor.assessment import Decision, now
    from assessor.preassessment import RequirementStatus

    tools = _tools()
    own = args.source == "own"
    if own and not args.status:
        print("assessor: --from own needs --status (and a --rationale)", file=sys.stderr)
        return ExitCode.USAGE
    if not own and (args.status or args.rationale):
        print("assessor: --status and --rationale go with --from own; --from a coder takes their decision whole",
              file=sys.stderr)
        return ExitCode.USAGE
    decision = None
    if own:
        decision = Decision(RequirementStatus(args.status), args.rationale or "", tuple(args.provision or ()),
                            args.notes or "", args.assistance or "", tools._by(args), now())  # noqa: SLF001
    with tools._store(args) as store:  # noqa: SLF001
        expected = args.expected_version
        if expected is None:
            expected = store.get(args.id).finding(args.requirement).version
        saved = store.reconcile(args.id, args.requirement, decision, settled_from=args.source,
                                expected_version=expected, by=tools._by(args), source="cli")  # noqa: SLF001
    print(f"{args.requirement}: {saved.status.value} (version {saved.version}), reconciled "
          + ("with your own decision" if own else f"from {args.source}'s decision"))
    return ExitCode.OK


def add_parsers(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # noqa: SLF001
    """Register this module's actions under `assessor assessment`."""
    coders = sub.add_parser("coders", parents=[common],
                            help="double coding: name the two coders (or --off; none given: show them)")
    coders.add_argument("id")
    coders.add_argument("coders", nargs="*", metavar="CODER", help="the two coders' identities")
    coders.add_argument("--off", action="store_true", help="stop double coding (the codings made are kept)")
    coders.set_defaults(func=cmd_coders)

    agreement = sub.add_parser("agreement", parents=[common],
                               help="percent agreement and Cohen's kappa: coder vs coder, machine vs final")
    agreement.add_argument("id")
    agreement.add_argument("--json", action="store_true", help="the figures as JSON")
    agreement.set_defaults(func=cmd_agreement)

    reconcile = sub.add_parser("reconcile", parents=[common],
                               help="settle a requirement the two coders decided differently")
    reconcile.add_argument("id")
    reconcile.add_argument("requirement", help="e.g. TIP-5-1")
    reconcile.add_argument("--from", dest="source", required=True, metavar="CODER|own",
                           help="take this coder's decision, or 'own' to give yours (--status, --rationale ...)")
    reconcile.add_argument("--status", choices=STATUSES)
    reconcile.add_argument("--rationale")
    reconcile.add_argument("--provision", action="append", help="a cited provision (repeat)")
    reconcile.add_argument("--notes")
    reconcile.add_argument("--assistance", help="technical assistance needed")
    reconcile.add_argument("--expected-version", type=int,
                           help="the final decision's version you based this on (default: the current one)")
    reconcile.set_defaults(func=cmd_reconcile)
