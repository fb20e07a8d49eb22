"""The `assessor` command line: a thin front door over the package's public functions."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from assessor.catalog import load_catalog, validate_checklists
from assessor.errors import AssessorError, ExitCode
from assessor.settings import load_settings

__all__ = ["main"]


def _cmd_validate(args: argparse.Namespace) -> int:
    problems = validate_checklists(args.paths or None, with_builtin=args.with_builtin)
    if not problems:
        print("OK")
        return ExitCode.OK
    for problem in problems:
        print(problem.render(), file=sys.stderr)
    print(f"{len(problems)} problem(s) found", file=sys.stderr)
    return ExitCode.CHECKLIST_INVALID


def _cmd_list(args: argparse.Namespace) -> int:
    catalog = load_catalog(args.paths or None, with_builtin=bool(args.paths))
    if args.instrument:
        catalog = catalog.for_instruments(args.instrument)
    for req in catalog.requirements:
        pillars = ", ".join(p.value for p in req.pillars)
        print(f"{req.id:<26} {req.obligation.value:<20} {req.reference:<34} [{pillars}] {req.title}")
    print(
        f"{len(catalog.requirements)} requirements, {len(catalog.elements)} detectable elements, "
        f"{len(catalog.red_flags)} red flags in {len(catalog.instruments)} instrument(s)"
    )
    return ExitCode.OK


def _cmd_show(args: argparse.Namespace) -> int:
    from assessor.aliases import load_aliases

    catalog = load_catalog()
    aliases = load_aliases()
    try:
        items = [catalog.get(args.id)]
        split = aliases.requirements.get(args.id)
        if split and args.id in split:  # a split that kept the old id for its first paragraph
            print(f"{args.id} was split into {', '.join(split)}; this is {args.id} as it is now", file=sys.stderr)
        elif split:  # an element that kept the id of the requirement it belonged to
            print(f"the requirement {args.id} was split into {', '.join(split)}; this is the element {args.id}",
                  file=sys.stderr)
    except KeyError:
        # An id that was split (checklists/review/aliases.yaml): show what it became.
        new_ids = aliases.requirements.get(args.id) or aliases.elements.get(args.id)
        try:
            items = [catalog.get(i) for i in new_ids or ()]
        except KeyError:
            items = []
        if not items:
            print(f"assessor: no requirement, element or red flag has the id {args.id!r}", file=sys.stderr)
            return ExitCode.USAGE
        print(f"{args.id} was split into {', '.join(i.id for i in items)}", file=sys.stderr)
    for index, item in enumerate(items):
        if index:
            print()
        for name in item.__slots__:
            print(f"{name}: {_render(name, getattr(item, name))}")
    return ExitCode.OK


def _render(name: str, value: object) -> str:
    """A field of a catalog value, as a person reads it."""
    if value is None or value == () or value == {}:
        return "-"
    if name == "elements":
        return ", ".join(e.id for e in value)  # type: ignore[attr-defined]
    if name == "lexicon":
        return "; ".join(f"{lang}: {', '.join(t.terms)}" for lang, t in value.items())  # type: ignore[attr-defined]
    if isinstance(value, tuple):
        return "; ".join(str(getattr(v, "value", v)) for v in value)
    return str(getattr(value, "value", value))


def _cmd_read(args: argparse.Namespace) -> int:
    from assessor.legislation.reader import read_legislation  # the reading stage loads parsers

    settings = load_settings()
    if args.max_file_mb is not None:
        settings = settings.with_(max_file_mb=args.max_file_mb)
    legislation = read_legislation(args.files, settings)
    if args.format == "json":
        payload = {
            "files": [
                {"name": f.name, "format": f.format, "language": f.language, "size": f.size,
                 "sha256": f.sha256, "provisions": f.provisions, "title": f.title}
                for f in legislation.files
            ],
            "provisions": [
                {"uid": p.uid, "citation": p.citation, "kind": p.kind.value, "heading": p.heading,
                 "text": p.text, "source": p.source, "language": p.language, "parent": p.parent,
                 "defines": list(p.defines)}
                for p in legislation.provisions
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return ExitCode.OK
    for f in legislation.files:
        print(f"# {f.name}: {f.format}, {f.language}, {f.provisions} provisions - {f.title}")
    for p in legislation.provisions:
        heading = f" [{p.heading}]" if p.heading else ""
        defines = f"  (defines: {', '.join(p.defines)})" if p.defines else ""
        first = p.text.splitlines()[0] if p.text else ""
        print(f"{'  ' * p.depth}{p.citation}{heading}  {first[:100]}{defines}")
    return ExitCode.OK


def _cmd_assess(args: argparse.Namespace) -> int:
    from assessor.legislation.reader import read_legislation
    from assessor.preassessment import pre_assess
    from assessor.reports.json_report import build_report
    from assessor.reports.text_report import reading_notices, reading_warnings, render_text

    settings = load_settings()
    catalog = load_catalog(args.checklist or None, with_builtin=bool(args.checklist))
    legislation = read_legislation(args.files, settings)
    pre = pre_assess(legislation, catalog, args.instrument)
    if args.format == "json":
        output = json.dumps(build_report(pre), ensure_ascii=False, indent=2) + "\n"
    else:
        output = render_text(pre, details=args.details)
    write_output(output, args.output)
    # The report was produced, so the exit code stays 0; a reading that failed is said on stderr too,
    # where a script running many countries sees it even when it keeps only the JSON.
    readings = [(f.name, f.reading) for f in legislation.files]
    for line in reading_notices(readings, "in the report") + reading_warnings(readings):
        print(f"assessor: warning: {line}", file=sys.stderr)
    return ExitCode.OK


def write_output(text: str, path: str | None) -> None:
    """Text to the file named by --output, or to standard output when none is named."""
    if path:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for the README's option table and for tests)."""
    parser = argparse.ArgumentParser(
        prog="assessor",
        description="Check legislation against the UN Trafficking in Persons and Smuggling of "
        "Migrants Protocols and the Organized Crime Convention.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    checklists = commands.add_parser("checklists", help="validate, list and show the checklists")
    sub = checklists.add_subparsers(dest="action", required=True, metavar="ACTION")

    validate = sub.add_parser("validate", help="validate checklist files (default: the shipped ones)")
    validate.add_argument("paths", nargs="*", help="checklist files or folders")
    validate.add_argument(
        "--with-builtin",
        action="store_true",
        help="check the files together with the shipped checklists (ids must not clash)",
    )
    validate.set_defaults(func=_cmd_validate)

    listing = sub.add_parser("list", help="list the requirements")
    listing.add_argument("paths", nargs="*", help="extra checklist files to load beside the shipped ones")
    listing.add_argument("--instrument", action="append", help="only this instrument (TIP, SOM, UNTOC, GP)")
    listing.set_defaults(func=_cmd_list)

    show = sub.add_parser("show", help="show one requirement, element or red flag")
    show.add_argument("id", help="e.g. TIP-5-2-a, TIP-3-a.means.fraud, RF.transnationality_required")
    show.set_defaults(func=_cmd_show)

    read = commands.add_parser(
        "read", help="read law files (.txt .md .docx .odt .pdf .html, Akoma Ntoso .xml) and list their provisions"
    )
    read.add_argument("files", nargs="+", help="the files of one body of legislation")
    read.add_argument("--format", choices=["text", "json"], default="text", help="output format (default: text)")
    read.add_argument("--max-file-mb", type=float, default=None, help="refuse files larger than this (default 50)")
    read.set_defaults(func=_cmd_read)

    assess = commands.add_parser(
        "assess", help="pre-assess law files against the checklists: elements, red flags, requirements, scores"
    )
    assess.add_argument("files", nargs="+", help="the files of one body of legislation")
    assess.add_argument("--format", choices=["text", "json"], default="text",
                        help="text: a readable summary (default); json: the report of the contract")
    assess.add_argument("--output", metavar="PATH", help="write the report to PATH instead of standard output")
    assess.add_argument("--instrument", action="append",
                        help="only this instrument (TIP, SOM, UNTOC, GP); repeat for several (default: all)")
    assess.add_argument("--checklist", action="append", metavar="PATH",
                        help="an extra checklist of your own, loaded beside the shipped ones")
    assess.add_argument("--details", action="store_true", help="text format: quotes and candidate provisions")
    assess.set_defaults(func=_cmd_assess)

    from assessor.cli_assessments import add_parser as add_assessment_commands
    from assessor.cli_reports import add_parser as add_report_commands

    add_assessment_commands(commands)
    add_report_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (see `ExitCode`)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except AssessorError as exc:
        print(f"assessor: {exc.message}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("assessor: interrupted", file=sys.stderr)
        return int(ExitCode.FAILURE)
    except BrokenPipeError:
        # The reader of our output went away ("| head"): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return int(ExitCode.OK)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
