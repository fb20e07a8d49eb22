"""`assessor report` and `assessor batch`: reports of a recorded assessment, and many countries at once.

The work is done by `assessor.batch` and the writers of `assessor.reports`; this module reads
the command line, shows progress and prints what was written.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TextIO

from assessor.errors import AssessorError, ExitCode
from assessor.reports.render import FORMATS
from assessor.settings import Settings, load_settings

REPORT_FORMATS = list(FORMATS)
TEXT_FORMATS = {"md", "json"}


class OutputError(AssessorError):
    """The output asked for cannot be written (a binary report to standard output, a missing folder...)."""

    exit_code = ExitCode.USAGE


# Where the record is: one person's SQLite file, or a team's PostgreSQL database.
_DATABASE_HELP = "the record: an SQLite file or a postgresql:// URL (default: workspace/assessor.sqlite3 here)"

def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings()
    return settings.with_(database=args.database) if args.database else settings


def default_report_name(jurisdiction: str, title: str, fmt: str, cluster: str | None = None) -> str:
    """"<jurisdiction>-<title>.<ext>", slugified: "Côte d'Ivoire", "Loi n° 1" -> "cote-d-ivoire-loi-n-1.md"."""
    from assessor.reports.render import report_name

    return report_name(jurisdiction, title, fmt, cluster)


def cmd_report(args: argparse.Namespace) -> int:
    from assessor.batch_tasks import write_atomically
    from assessor.catalog import load_catalog
    from assessor.reports.render import kept_legislation, render_report
    from assessor.review_clusters import find_cluster
    from assessor.store import open_store

    if args.output == "-" and args.format not in TEXT_FORMATS:
        raise OutputError(f"a {args.format} report cannot go to standard output: give a file with --output")
    cluster = find_cluster(args.cluster)  # checked before the database is opened
    settings = _settings(args)
    with open_store(settings) as store:
        assessment = store.get(args.assessment)
        # The workbook lists the provisions of the kept law files; the other reports do not need them.
        law = kept_legislation(store, assessment, settings) if args.format == "xlsx" else None
        # The double coding's figures (None unless double coded) for the workbook's sheet and the Word report.
        agreement = store.agreement(assessment.id) if args.format in ("xlsx", "docx") else None
    data = render_report(assessment, load_catalog(), args.format, law, cluster, agreement)
    if args.output == "-":
        sys.stdout.write(data.decode("utf-8"))
        return ExitCode.OK
    name = default_report_name(assessment.jurisdiction, assessment.title, args.format,
                               cluster.id if cluster is not None else None)
    path = Path(args.output) if args.output else Path(name)
    if path.is_dir():
        path = path / name
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write the report ({exc.strerror or exc})") from None
    print(path)
    return ExitCode.OK


class TextProgress:
    """Progress of a batch on a stream (standard error).

    On a terminal, one bar rewritten in place: "[=====     ] 12/50 Dorvania". Otherwise (a log
    file, a pipe) no bar, but one line per country: "12/50 Dorvania: done".
    """

    def __init__(self, stream: TextIO | None = None, width: int = 20) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        isatty = getattr(self.stream, "isatty", None)
        self.tty = bool(isatty and isatty())
        self._shown = 0

    def __call__(self, done: int, total: int, country: str, status: str) -> None:
        """Show that `country` finished (`status`: done, skipped or failed), `done` of `total`."""
        if not self.tty:
            self.stream.write(f"{done}/{total} {country}: {status}\n")
            self.stream.flush()
            return
        filled = self.width * done // max(total, 1)
        line = f"[{'=' * filled}{' ' * (self.width - filled)}] {done}/{total} {country}"
        if status != "done":
            line += f" ({status})"
        self.stream.write("\r" + line.ljust(self._shown))
        self._shown = len(line)
        if done == total:
            self.stream.write("\n")
        self.stream.flush()


def cmd_batch(args: argparse.Namespace) -> int:
    from assessor.batch import run_batch

    formats = [f for f in args.formats.split(",") if f.strip()]
    result = run_batch(args.dir, args.output, settings=_settings(args), formats=formats, workers=args.workers,
                       force=args.force, progress=TextProgress(), instruments=args.instrument,
                       by=args.by or getpass.getuser(), cluster=args.cluster)
    for country in result.countries:
        if country.status == "done":
            print(f"done     {country.country}: {', '.join(str(p) for p in country.reports)}")
        elif country.status == "skipped":
            print(f"skipped  {country.country}: unchanged since the last run (--force redoes it)")
        else:
            print(f"FAILED   {country.country}: {country.reason}")
    print(f"{len(result.done)} done, {len(result.skipped)} skipped, {len(result.failed)} failed "
          f"in {result.seconds:.1f} s")
    if result.comparison is not None:
        print(f"comparison of {len(result.done) + len(result.skipped)} countries: {result.comparison}")
    if result.errors_file is not None:
        print(f"failures listed in {result.errors_file}")
    return result.exit_code


def _workers(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def add_parser(commands: argparse._SubParsersAction) -> None:  # noqa: SLF001 - argparse's own type
    """Register `assessor report` and `assessor batch`."""
    report = commands.add_parser("report", help="a report of a recorded assessment: xlsx, docx, md or json")
    report.add_argument("assessment", help="the assessment's id (see 'assessor assessment list')")
    report.add_argument("--format", choices=REPORT_FORMATS, default="xlsx", help="the report's format (default xlsx)")
    report.add_argument("--output", metavar="PATH",
                        help="the file (default: <jurisdiction>-<title>.<ext> here; a folder: that name in it; "
                             "'-': standard output, md and json only)")
    report.add_argument("--cluster", metavar="ID", default="all",
                        help="only the requirements of a review cluster of the UNTOC review mechanism, e.g. "
                             "'first'; the clusters and their articles are in checklists/review/clusters.yaml "
                             "(default: all, every requirement)")
    report.add_argument("--database", help=_DATABASE_HELP)
    report.set_defaults(func=cmd_report)

    batch = commands.add_parser("batch", help="assess and report many countries: DIR holds one folder of law "
                                              "files per country")
    batch.add_argument("dir", help="the folder of country folders (each folder's name is the jurisdiction)")
    batch.add_argument("--output", metavar="OUT", default="reports",
                       help="where the reports go: OUT/<country>/, OUT/comparison.xlsx, OUT/errors.txt "
                            "(default: ./reports)")
    batch.add_argument("--workers", type=_workers, default=None,
                       help=f"processes to use (default: every core, {os.cpu_count()} here)")
    batch.add_argument("--formats", default="xlsx,docx",
                       help=f"reports per country, comma-separated, from {','.join(REPORT_FORMATS)} "
                            "(default xlsx,docx)")
    batch.add_argument("--instrument", action="append",
                       help="instruments in scope (TIP, SOM, UNTOC, GP); repeat for several (default: all)")
    batch.add_argument("--force", action="store_true", help="redo every country, even those unchanged since the "
                                                            "last run")
    batch.add_argument("--cluster", metavar="ID", default="all",
                       help="only the requirements of a review cluster of the UNTOC review mechanism in every report "
                            "and the comparison, e.g. 'first' (see checklists/review/clusters.yaml; default all)")
    batch.add_argument("--database", help=_DATABASE_HELP)
    batch.add_argument("--by", help="who is acting, in the record (default: your user name)")
    batch.set_defaults(func=cmd_batch)
