"""Many countries at once: read, pre-assess, record and report every country's legislation.

`run_batch(input_dir, output_dir, ...)` takes a folder holding one folder of law files per
country (the folder's name is the jurisdiction; the files inside, in any supported format,
are that country's body of legislation) and, for each country:

1. reads the files and pre-assesses them, in a worker process (the heavy part; every core);
2. creates, or updates, the country's assessment in the database, from the main process only
   (SQLite has one writer; human decisions already recorded are kept, as in `assessment update`);
3. writes one report per requested format into `OUT/<country>/<country>.<ext>`, in a worker;
4. writes `OUT/<country>/.done`, a marker holding a hash of the input files (names and sha256),
   the formats and the instruments; a later run skips the country while they are unchanged.

Then `OUT/comparison.xlsx`, the matrix of every country done (this run's and the skipped
ones), and `OUT/errors.txt`, one line per country that failed (a file that could not be read,
say); the others go on. Titles: the first file's title as read (its metadata or document
title, else its first line), or "Batch YYYY-MM-DD" when it has none. An assessment is updated
rather than created when the marker names it, or when one has the same jurisdiction and title.

What the workers do is in `assessor.batch_tasks`: they take and return plain, picklable values
(the legislation and the pre-assessment's results, without the catalog, which each process
loads once). `workers=1` runs everything in the calling process.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from assessor.batch_tasks import (
    FORMATS,
    Assessed,
    BatchError,
    InlineExecutor,
    assess_country,
    render_report,
    shared_catalog,
    slugify,
    unexpected,
    write_atomically,
    write_reports,
)
from assessor.errors import ExitCode, FileNotFound
from assessor.review_clusters import cluster_catalog, find_cluster
from assessor.settings import Settings

__all__ = ["FORMATS", "BatchError", "BatchResult", "CountryResult", "render_report", "run_batch", "slugify"]

MARKER = ".done"
ERRORS_FILE = "errors.txt"
COMPARISON_FILE = "comparison.xlsx"

Progress = Callable[[int, int, str, str], None]  # (countries finished, total, country, "done"/"skipped"/"failed")


@dataclass(frozen=True, slots=True)
class CountryResult:
    """What the batch did with one country."""

    country: str
    status: str  # "done", "skipped" (unchanged since the last run) or "failed"
    reason: str = ""  # why it failed
    assessment_id: str = ""
    reports: tuple[Path, ...] = ()
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Every country's outcome (sorted by country), and the files written for the whole batch."""

    countries: tuple[CountryResult, ...]
    output_dir: Path
    comparison: Path | None = None
    errors_file: Path | None = None
    seconds: float = 0.0

    def _with(self, status: str) -> list[CountryResult]:
        return [c for c in self.countries if c.status == status]

    @property
    def done(self) -> list[CountryResult]:
        """Countries assessed and reported in this run."""
        return self._with("done")

    @property
    def skipped(self) -> list[CountryResult]:
        """Countries unchanged since their last run, left as they were."""
        return self._with("skipped")

    @property
    def failed(self) -> list[CountryResult]:
        """Countries that could not be done, each with its reason."""
        return self._with("failed")

    @property
    def exit_code(self) -> ExitCode:
        """OK when no country failed, BATCH_PARTIAL otherwise."""
        return ExitCode.BATCH_PARTIAL if self.failed else ExitCode.OK


# --- the main process --------------------------------------------------------------------------

@dataclass(slots=True)
class _Country:
    name: str
    folder: Path
    files: tuple[Path, ...]
    key: str  # the hash of the inputs, formats and instruments
    marker: dict[str, Any] = field(default_factory=dict)


def _inputs_key(files: Iterable[Path], formats: tuple[str, ...], instruments: tuple[str, ...],
                cluster: str | None = None) -> str:
    digests = []
    for f in files:
        try:
            digests.append([f.name, hashlib.sha256(f.read_bytes()).hexdigest()])
        except OSError:
            digests.append([f.name, f"unreadable {time.time()}"])  # never matches: the worker reports why
    payload: dict[str, Any] = {"files": digests, "formats": sorted(formats), "instruments": sorted(instruments)}
    if cluster:
        payload["cluster"] = cluster  # (absent without one: the keys of earlier runs stay valid)
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


def _read_marker(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _countries(input_dir: Path, output_dir: Path, formats: tuple[str, ...],
               instruments: tuple[str, ...], cluster: str | None = None) -> list[_Country]:
    if not input_dir.is_dir():
        raise FileNotFound(str(input_dir), "no such folder")
    found = []
    for folder in sorted(p for p in input_dir.iterdir() if p.is_dir() and not p.name.startswith(".")):
        if folder.resolve() == output_dir.resolve():
            continue  # the output folder placed inside the input folder is not a country
        files = tuple(sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")))
        key = _inputs_key(files, formats, instruments, cluster)
        found.append(_Country(folder.name, folder, files, key, _read_marker(output_dir / folder.name / MARKER)))
    if not found:
        raise BatchError(f"{input_dir}: no country folder in it (expected one folder of law files per country)")
    return found


def _marked_reports(country: _Country, output_dir: Path) -> tuple[Path, ...]:
    """The reports the marker lists (by name, in the country's output folder, wherever OUT is reached from)."""
    return tuple(output_dir / country.name / Path(name).name for name in country.marker.get("reports", []))


def _is_current(country: _Country, store: Any, output_dir: Path) -> bool:
    """The marker matches the inputs, its reports are there and its assessment is in this database."""
    marker = country.marker
    if marker.get("key") != country.key or not marker.get("assessment"):
        return False
    if not all(p.is_file() for p in _marked_reports(country, output_dir)):
        return False
    from assessor.errors import NotFound

    try:
        store.get(marker["assessment"])
    except NotFound:
        return False
    return True


def _record(store: Any, country: _Country, outcome: Assessed, catalog: Any, instruments: tuple[str, ...],
            by: str) -> Any:
    """Create or update the country's assessment with the worker's pre-assessment (main process only)."""
    from assessor.assessment import LawFile, new_assessment
    from assessor.errors import NotFound
    from assessor.preassessment import PreAssessment

    legislation = outcome.legislation
    title = (legislation.files[0].title if legislation.files else "").strip()[:120] or f"Batch {date.today()}"
    existing = None
    if country.marker.get("assessment"):
        try:
            existing = store.get(country.marker["assessment"])
        except NotFound:
            existing = None
    if existing is None:
        match = next((s for s in store.list() if s.jurisdiction == country.name and s.title == title), None)
        existing = store.get(match.id) if match else None
    if existing is None:
        existing = store.create(new_assessment(country.name, title, instruments=instruments, created_by=by),
                                by=by, source="batch")
    elif tuple(existing.instruments) != instruments:
        store.update_details(existing.id, instruments=instruments, by=by, source="batch")
    elements, red_flags, requirements = outcome.parts
    pre = PreAssessment(legislation, catalog.for_instruments(instruments), elements, red_flags, requirements)
    files = [LawFile.from_source(f) for f in legislation.files]
    # The law files are kept with the record, so the app can show and re-read them later.
    for path in country.files:
        store.put_file(path.name, path.read_bytes())
    assessment, _ = store.save_pre_assessment(existing.id, pre, files, by=by, source="batch")
    return assessment


@dataclass(slots=True)
class _Run:
    """One batch in the main process: hands tasks to the workers and records their results, one writer."""

    output_dir: Path
    total: int
    formats: tuple[str, ...]
    instruments: tuple[str, ...]
    by: str
    progress: Progress | None
    cluster: str | None = None  # reports limited to a review cluster's requirements
    results: dict[str, CountryResult] = field(default_factory=dict)

    def finish(self, result: CountryResult) -> None:
        """Record one country's outcome and show it."""
        self.results[result.country] = result
        if result.status == "failed":
            (self.output_dir / result.country / MARKER).unlink(missing_ok=True)
        if self.progress is not None:
            self.progress(len(self.results), self.total, result.country, result.status)

    def run(self, executor: Executor, todo: list[_Country], settings: Settings, catalog: Any, window: int) -> list[Any]:
        """Assess, record and report every country of `todo`; returns the assessments of countries not failed."""
        from assessor.store import open_store

        by_name = {c.name: c for c in todo}
        waiting = list(reversed(todo))
        pending: dict[Future, tuple[str, Any]] = {}

        def top_up() -> None:
            # A few tasks per worker in flight, not all: countries finish (and are marked done) steadily,
            # and the main process never holds more than a window of legislation in memory.
            while waiting and len(pending) < window:
                c = waiting.pop()
                job = executor.submit(assess_country, c.name, tuple(str(f) for f in c.files), settings,
                                      self.instruments)
                pending[job] = (c.name, None)

        top_up()  # the first submission starts the worker processes, before the store is opened
        with open_store(settings) as store:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    name, recorded = pending.pop(future)
                    try:
                        value = future.result()
                    except Exception as exc:  # a worker died (out of memory, killed): this country failed
                        self.finish(CountryResult(name, "failed", unexpected(exc)))
                        continue
                    if recorded is None:  # read and pre-assessed: record it, then write its reports
                        if value.error:
                            self.finish(CountryResult(name, "failed", value.error))
                            continue
                        assessment = _record(store, by_name[name], value, catalog, self.instruments, self.by)
                        folder = self.output_dir / name
                        folder.mkdir(parents=True, exist_ok=True)
                        job = executor.submit(write_reports, assessment, value.legislation, self.formats, str(folder),
                                              self.cluster)
                        pending[job] = (name, (assessment.id, value.seconds))
                    else:
                        self.reported(by_name[name], *value, *recorded)
                top_up()
            done = [self.results[n] for n in sorted(self.results) if self.results[n].status != "failed"]
            return [store.get(r.assessment_id) for r in done]

    def reported(self, country: _Country, error: str, paths: list[str], assessment_id: str, seconds: float) -> None:
        """The reports of a recorded country are written (or failed): mark it done."""
        if error:
            self.finish(CountryResult(country.name, "failed", error, assessment_id))
            return
        marker = {"key": country.key, "formats": list(self.formats), "instruments": list(self.instruments),
                  "files": [f.name for f in country.files], "assessment": assessment_id,
                  "reports": [Path(p).name for p in paths],
                  "at": time.strftime("%Y-%m-%dT%H:%M:%S")}
        write_atomically(self.output_dir / country.name / MARKER, json.dumps(marker, indent=2).encode("utf-8"))
        self.finish(CountryResult(country.name, "done", "", assessment_id, tuple(Path(p) for p in paths), seconds))


def run_batch(input_dir: str | os.PathLike[str], output_dir: str | os.PathLike[str], *, settings: Settings,
              formats: Iterable[str] = ("xlsx", "docx"), workers: int | None = None, force: bool = False,
              progress: Progress | None = None, instruments: Iterable[str] | None = None,
              by: str = "", cluster: str | None = None) -> BatchResult:
    """Assess and report every country folder of `input_dir` into `output_dir` (see the module's docstring).

    `workers`: processes for reading, pre-assessing and writing reports (default: every core;
    1: all in this process). `force`: redo countries even when unchanged. `progress` is called
    once per country as it finishes. Raises BatchError/FileNotFound when the batch cannot start;
    a country that fails is reported in the result, never raised.

    A server (the Streamlit app) should run the `assessor batch` command as a subprocess, or call
    this with workers=1: where processes are spawned (macOS, Windows), every worker would re-run
    the server's main script, and on Linux the workers are forked from a process with threads.

    `cluster`: a review cluster's id (checklists/review/clusters.yaml): every report and the comparison
    hold only its requirements, and the reports' names say so ("<country>-cluster-first.xlsx").
    """
    from assessor.assessment import DEFAULT_INSTRUMENTS
    from assessor.store import open_store

    start = time.perf_counter()
    formats = tuple(dict.fromkeys(f.strip().lower() for f in formats if f.strip()))
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise BatchError(f"unknown report format {', '.join(unknown) or '(none)'} (choose from {', '.join(FORMATS)})")
    instruments = tuple(instruments or DEFAULT_INSTRUMENTS)
    chosen = find_cluster(cluster)  # an unknown id stops the batch before any work, naming the known ones
    cluster = chosen.id if chosen is not None else None
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    countries = _countries(input_dir, output_dir, formats, instruments, cluster)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BatchError(f"{output_dir}: cannot create the output folder ({exc.strerror})") from None
    catalog = shared_catalog()
    run = _Run(output_dir, len(countries), formats, instruments, by, progress, cluster)
    todo = []
    with open_store(settings) as store:
        for country in countries:
            if not force and _is_current(country, store, output_dir):
                run.finish(CountryResult(country.name, "skipped", assessment_id=country.marker["assessment"],
                                         reports=_marked_reports(country, output_dir)))
            elif not country.files:
                run.finish(CountryResult(country.name, "failed", f"{country.folder}: no law file in the folder"))
            else:
                todo.append(country)
    todo.sort(key=lambda c: -sum(f.stat().st_size for f in c.files))  # largest first: no straggler at the end
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo) or 1))
    # The platform's way of starting processes (fork on Linux); the pool starts while no database
    # connection is open (the store is opened after).
    executor: Executor = InlineExecutor() if workers == 1 else ProcessPoolExecutor(max_workers=workers)
    try:
        assessments = run.run(executor, todo, settings, catalog, window=2 * workers)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    ordered = tuple(run.results[name] for name in sorted(run.results))
    return BatchResult(ordered, output_dir, _write_comparison(output_dir, assessments,
                                                              cluster_catalog(catalog, chosen)),
                       _write_errors(output_dir, ordered), time.perf_counter() - start)


def _write_comparison(output_dir: Path, assessments: list[Any], catalog: Any) -> Path | None:
    if not assessments:
        return None
    from assessor.reports.comparison_xlsx import write_matrix

    path = output_dir / COMPARISON_FILE
    write_atomically(path, write_matrix(assessments, catalog))
    return path


def _write_errors(output_dir: Path, results: tuple[CountryResult, ...]) -> Path | None:
    """OUT/errors.txt, one line per failed country; removed when none failed (no stale report)."""
    path = output_dir / ERRORS_FILE
    failed = [r for r in results if r.status == "failed"]
    if not failed:
        path.unlink(missing_ok=True)
        return None
    write_atomically(path, "".join(f"{r.country}: {r.reason}\n" for r in failed).encode("utf-8"))
    return path
