"""`assessor assessment ...`: assessments kept in the SQLite record, from the command line."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from assessor.errors import ExitCode
from assessor.settings import Settings, load_settings

STATUSES = ["met", "partially_met", "not_met", "not_applicable", "not_assessed"]


# Where the record is: one person's SQLite file, or a team's PostgreSQL database.
_DATABASE_HELP = "the record: an SQLite file or a postgresql:// URL (default: workspace/assessor.sqlite3 here)"

def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings()
    return settings.with_(database=args.database) if args.database else settings


def _store(args: argparse.Namespace):  # noqa: ANN202 - a Store; imported lazily to keep start-up light
    from assessor.store import open_store

    return open_store(_settings(args))


def _by(args: argparse.Namespace) -> str:
    return args.by or getpass.getuser()


def _reader(args: argparse.Namespace) -> str | None:
    """Who reads (`as_user`): the --by given, so an assessment with members is read by its members only (and a
    coder's history hides the other coder's decisions); without --by, the whole record, as before."""
    return getattr(args, "by", None) or None


def _pre_assess(args: argparse.Namespace, instruments: tuple[str, ...]):  # noqa: ANN202
    from assessor.assessment import LawFile
    from assessor.catalog import load_catalog
    from assessor.legislation.reader import read_legislation
    from assessor.preassessment import pre_assess

    legislation = read_legislation(args.files, _settings(args))
    pre = pre_assess(legislation, load_catalog(), instruments)
    files = [LawFile.from_source(f, version=args.version or "") for f in legislation.files]
    return pre, files


def _keep_files(store, paths: list[str]) -> None:  # noqa: ANN001
    """Keep the law files' bytes with the record, so the app can show and re-read them later."""
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            store.put_file(path.name, path.read_bytes())


def cmd_new(args: argparse.Namespace) -> int:
    from assessor.assessment import DEFAULT_INSTRUMENTS, new_assessment

    instruments = tuple(args.instrument or DEFAULT_INSTRUMENTS)
    with _store(args) as store:
        assessment = store.create(new_assessment(args.jurisdiction, args.title, args.date or "", instruments,
                                                 created_by=_by(args)), by=_by(args), source="cli")
        if args.files:
            pre, files = _pre_assess(args, instruments)
            _keep_files(store, args.files)
            assessment, _ = store.save_pre_assessment(assessment.id, pre, files, by=_by(args), source="cli")
    print(f"created {assessment.id}: {assessment.jurisdiction} - {assessment.title} "
          f"({len(assessment.findings)} findings)")
    return ExitCode.OK


def cmd_update(args: argparse.Namespace) -> int:
    with _store(args) as store:
        assessment = store.get(args.id)
        pre, files = _pre_assess(args, assessment.instruments)
        _keep_files(store, args.files)
        assessment, review = store.save_pre_assessment(args.id, pre, files, by=_by(args), source="re-assessment")
    print(f"re-assessed {args.id} on the new version; human decisions kept")
    if review:
        print(f"{len(review)} decided finding(s) to review, their evidence changed: {', '.join(review)}")
    return ExitCode.OK


def cmd_list(args: argparse.Namespace) -> int:
    with _store(args) as store:
        rows = store.list(as_user=_reader(args))
    if not rows:
        print("no assessment yet: create one with 'assessor assessment new'")
        return ExitCode.OK
    from assessor.catalog import load_catalog

    catalog = load_catalog()
    for row in rows:
        # Out of every requirement in scope: each can be decided before a pre-assessment has made its finding.
        total = max(row.total, len(catalog.for_instruments(row.instruments).requirements))
        print(f"{row.id}  {row.updated_at[:16]}  {row.decided:>3}/{total:<3} decided  "
              f"{row.jurisdiction} - {row.title}")
    return ExitCode.OK


def cmd_show(args: argparse.Namespace) -> int:
    from assessor.catalog import load_catalog

    with _store(args) as store:
        assessment = store.get(args.id, as_user=_reader(args))
    # Over every requirement in scope: each can be decided before a pre-assessment has made its finding.
    decided, total = assessment.progress(load_catalog())
    print(f"{assessment.id}: {assessment.jurisdiction} - {assessment.title} ({assessment.date})")
    print(f"instruments: {', '.join(assessment.instruments)}; files: "
          + ", ".join(f"{f.name}{f' [{f.version}]' if f.version else ''}" for f in assessment.files))
    print(f"decided {decided} of {total}")
    for finding in sorted(assessment.findings.values(), key=lambda f: f.requirement_id):
        who = f" (decided by {finding.decision.by})" if finding.decision else " (machine)"
        flag = "  REVIEW: evidence changed" if finding.needs_review else ""
        print(f"  {finding.requirement_id:<26} {finding.status.value:<15} v{finding.version}{who}{flag}")
    return ExitCode.OK


def _current_id(requirement_id: str) -> str | None:
    """The requirement id to act on: an id that was renamed gives its new one; one split in several, None."""
    from assessor.aliases import load_aliases

    new_ids = load_aliases().requirement_ids(requirement_id)
    if len(new_ids) == 1:
        return new_ids[0]
    if requirement_id in new_ids:
        return requirement_id  # a split that kept the old id for its first paragraph
    print(f"assessor: {requirement_id} was split into {', '.join(new_ids)}: decide each of them", file=sys.stderr)
    return None


def cmd_decide(args: argparse.Namespace) -> int:
    from assessor.assessment import Decision, now
    from assessor.preassessment import RequirementStatus

    requirement = _current_id(args.requirement)
    if requirement is None:
        return ExitCode.USAGE
    args.requirement = requirement
    with _store(args) as store:
        # A coder of a double-coded assessment decides on their own coding: its version, their earlier decision.
        finding = store.coded_view(args.id, _by(args)).finding(args.requirement)
        expected = finding.version if args.expected_version is None else args.expected_version
        # Without a version the caller has not seen what is saved: another person's decision is only
        # replaced on purpose (--force), and the history records that overwrite.
        theirs = finding.decision if args.expected_version is None and finding.decision is not None else None
        overwrite = theirs is not None and theirs.by != _by(args)
        if overwrite and not args.force:
            rationale = " ".join(theirs.rationale.split())  # one line on standard error
            print(f"assessor: {args.requirement} was decided by {theirs.by} at {theirs.at}: {theirs.status.value}, "
                  f"rationale '{rationale}' (version {finding.version}); not saved. Give --force to replace it, "
                  f"or --expected-version {finding.version} once you have read it", file=sys.stderr)
            return ExitCode.CONFLICT
        decision = Decision(RequirementStatus(args.status), args.rationale or "", tuple(args.provision or ()),
                            args.notes or "", args.assistance or "", _by(args), now(), args.examples or "",
                            args.challenges or "")
        saved = store.decide(args.id, args.requirement, decision, expected_version=expected, by=_by(args),
                             source="cli", overwrite=overwrite)
    replaced = f"; replaced {theirs.by}'s decision" if overwrite and theirs is not None else ""
    print(f"{args.requirement}: {saved.status.value} (version {saved.version}){replaced}")
    return ExitCode.OK


def cmd_history(args: argparse.Namespace) -> int:
    from assessor.aliases import load_aliases

    with _store(args) as store:
        if args.requirement is None:
            entries = store.history(args.id, as_user=_reader(args))
        else:
            # An id that was split: its own entries (before the split) and those of what it became.
            wanted = {args.requirement, *load_aliases().requirement_ids(args.requirement)}
            entries = sorted((e for rid in wanted for e in store.history(args.id, rid, as_user=_reader(args))),
                             key=lambda e: -e.id)
    from assessor.assessment_schema import decision_changes

    for entry in entries:
        # A decision's JSON is long: which of its fields changed is said first, as the values are cut short.
        changed = decision_changes(entry.old, entry.new) if entry.field == "decision" else []
        print(f"#{entry.id} {entry.at} {entry.by or '-'} [{entry.source}] {entry.requirement_id or '(assessment)'} "
              f"{entry.field}{' (' + ', '.join(changed) + ')' if changed else ''}: "
              f"{json.dumps(entry.old, ensure_ascii=False)[:80]} -> {json.dumps(entry.new, ensure_ascii=False)[:80]}")
    return ExitCode.OK


def cmd_export(args: argparse.Namespace) -> int:
    with _store(args) as store:
        data = store.export_json(args.id, as_user=_reader(args))
    from assessor.cli import write_output

    write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", args.output)
    return ExitCode.OK


def cmd_import(args: argparse.Namespace) -> int:
    from assessor.errors import AssessmentImportError

    try:
        with open(args.file, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AssessmentImportError(f"{args.file}: not a readable JSON file ({exc})") from exc
    with _store(args) as store:
        assessment = store.import_json(data, by=_by(args), keep_id=args.keep_id, source=f"import: {args.file}")
    print(f"imported {assessment.id}: {assessment.jurisdiction} - {assessment.title}")
    return ExitCode.OK


def _print_rows(rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(max(len(r) for r in rows))]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


def cmd_scores(args: argparse.Namespace) -> int:
    from assessor.catalog import PILLAR_LABELS, load_catalog
    from assessor.scoring import FORMULA, assessment_scores, pillar_lines

    with _store(args) as store:
        assessment = store.get(args.id)
    result = assessment_scores(assessment, load_catalog())
    progress = result.progress
    print(f"{assessment.jurisdiction} - {assessment.title}: assessed {progress.assessed} of {progress.total}"
          + (f", decided {progress.decided}" if progress.decided is not None else ""))
    # One score per pillar, its grade beside it, and the subset the grade counts named in the same row.
    rows = [["pillar", "score", "met", "partly", "not met", "3P grade", "graded on"]]
    for line in pillar_lines(result):
        value = line.score
        shown = "-" if value.score is None else f"{value.score:.0%}"
        rows.append([PILLAR_LABELS[line.pillar], shown, str(value.met), str(value.partial), str(value.not_met),
                     str(line.grade) if line.grade else "-", line.graded_on or ("-" if line.grade is None else "all")])
    _print_rows(rows)
    print(f"({FORMULA}; 3P grades as in docs/scoring.md)")
    return ExitCode.OK


def cmd_compare(args: argparse.Namespace) -> int:
    from assessor.catalog import load_catalog
    from assessor.compare import compare, matrix

    catalog = load_catalog()
    with _store(args) as store:
        assessments = [store.get(i) for i in args.ids]
    if len(assessments) == 2 and not args.matrix:
        _print_rows(compare(assessments[0], assessments[1], catalog).to_rows())
    else:
        _print_rows(matrix(assessments, catalog).to_rows())
    return ExitCode.OK


def add_parser(commands: argparse._SubParsersAction) -> None:  # noqa: SLF001 - argparse's own type
    """Register `assessor assessment ...`."""
    group = commands.add_parser("assessment", help="assessments kept in the database: create, decide, export ...")
    group.add_argument("--database", help=_DATABASE_HELP)
    group.add_argument("--by", help="who is acting (default: your user name)")
    # The same two options are also taken after the action (`assessment list --database F`);
    # SUPPRESS keeps a value given before the action when none is given after it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", default=argparse.SUPPRESS, help=_DATABASE_HELP)
    common.add_argument("--by", default=argparse.SUPPRESS, help="who is acting")
    sub = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    new = sub.add_parser("new", parents=[common], help="create an assessment, and pre-assess its law files if given")
    new.add_argument("files", nargs="*", help="the law files")
    new.add_argument("--jurisdiction", required=True)
    new.add_argument("--title", required=True)
    new.add_argument("--date", help="the date the assessment speaks for (default: today)")
    new.add_argument("--instrument", action="append", help="instruments in scope (default: TIP, SOM, UNTOC, GP)")
    new.add_argument("--version", help="a label for this version of the law (e.g. 'bill v1')")
    new.set_defaults(func=cmd_new)

    update = sub.add_parser("update", parents=[common], help="re-run the pre-assessment on a new version of the law")
    update.add_argument("id")
    update.add_argument("files", nargs="+")
    update.add_argument("--version", help="a label for the new version (e.g. 'bill v2')")
    update.set_defaults(func=cmd_update)

    sub.add_parser("list", parents=[common], help="the assessments, most recent first").set_defaults(func=cmd_list)

    show = sub.add_parser("show", parents=[common], help="an assessment's findings")
    show.add_argument("id")
    show.set_defaults(func=cmd_show)

    decide = sub.add_parser("decide", parents=[common], help="record the assessor's decision on one requirement")
    decide.add_argument("id")
    decide.add_argument("requirement", help="e.g. TIP-5-1")
    decide.add_argument("--status", required=True, choices=STATUSES)
    decide.add_argument("--rationale")
    decide.add_argument("--provision", action="append", help="a cited provision (repeat)")
    decide.add_argument("--notes")
    decide.add_argument("--assistance", help="technical assistance needed")
    decide.add_argument("--examples", help="examples of implementation: cases, statistics (review questionnaire)")
    decide.add_argument("--challenges", help="challenges in implementing the provision (review questionnaire)")
    decide.add_argument("--expected-version", type=int,
                        help="the finding's version you based the decision on (default: the current one, "
                             "unless another person decided it: see --force)")
    decide.add_argument("--force", action="store_true",
                        help="without --expected-version, replace another person's decision (recorded in the "
                             "history as an overwrite)")
    decide.set_defaults(func=cmd_decide)

    history = sub.add_parser("history", parents=[common], help="who changed what, when")
    history.add_argument("id")
    history.add_argument("requirement", nargs="?")
    history.set_defaults(func=cmd_history)

    export = sub.add_parser("export", parents=[common], help="the whole assessment as one JSON file (lossless)")
    export.add_argument("id")
    export.add_argument("--output", metavar="PATH")
    export.set_defaults(func=cmd_export)

    imp = sub.add_parser("import", parents=[common], help="an assessment exported as JSON")
    imp.add_argument("file")
    imp.add_argument("--keep-id", action="store_true", help="keep the file's id (if it is free)")
    imp.set_defaults(func=cmd_import)

    scores = sub.add_parser("scores", parents=[common], help="scores by pillar and 3P grades of the status in force")
    scores.add_argument("id")
    scores.set_defaults(func=cmd_scores)

    cmp_ = sub.add_parser("compare", parents=[common], help="two assessments side by side, or several as a matrix")
    cmp_.add_argument("ids", nargs="+", help="two ids (a comparison) or more (a matrix)")
    cmp_.add_argument("--matrix", action="store_true", help="a requirements-by-assessments matrix even for two")
    cmp_.set_defaults(func=cmd_compare)

    from assessor.cli_coding import add_parsers as add_coding_commands
    from assessor.cli_members import add_parsers as add_member_commands

    add_member_commands(sub, common)
    add_coding_commands(sub, common)
