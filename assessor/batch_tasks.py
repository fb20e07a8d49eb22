"""The work of `assessor batch` done in worker processes: reading and pre-assessing a country, writing its reports.

Everything here takes and returns plain, picklable values (paths, settings, the legislation and
the pre-assessment's results without the catalog), and never touches the database: the main
process (`assessor.batch`) is its one writer. Each process loads the catalog once.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assessor.errors import AssessorError, ExitCode, ReadError
from assessor.reports.render import FORMATS, render_report, slugify
from assessor.settings import Settings

__all__ = ["FORMATS", "Assessed", "BatchError", "InlineExecutor", "assess_country", "render_report",
           "shared_catalog", "slugify", "write_atomically", "write_reports"]



class BatchError(AssessorError):
    """The batch cannot start: no country folder, an unknown format, an output folder that cannot be made."""

    exit_code = ExitCode.USAGE


def write_atomically(path: Path, data: bytes) -> None:
    """Write a file whole or not at all (a temporary file beside it, then renamed over it)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


_CATALOG: Any = None


def shared_catalog() -> Any:
    """The shipped catalog, loaded once per process."""
    global _CATALOG
    if _CATALOG is None:
        from assessor.catalog import load_catalog

        _CATALOG = load_catalog()
    return _CATALOG


@dataclass(frozen=True, slots=True)
class Assessed:
    """A country read and pre-assessed by a worker, or the reason it could not be."""

    country: str
    error: str = ""
    legislation: Any = None
    parts: tuple[Any, ...] = ()  # the pre-assessment's (elements, red_flags, requirements)
    seconds: float = 0.0


def unexpected(exc: Exception) -> str:
    """The one line shown for an error that is a bug: one country's bug must not stop the others."""
    return f"unexpected error (please report it): {type(exc).__name__}: {exc}"


def assess_country(country: str, files: tuple[str, ...], settings: Settings,
                   instruments: tuple[str, ...]) -> Assessed:
    """Read one country's files and pre-assess them (runs in a worker)."""
    from assessor.legislation.reader import read_legislation
    from assessor.preassessment import pre_assess

    start = time.perf_counter()
    try:
        legislation = read_legislation(files, settings)
        pre = pre_assess(legislation, shared_catalog(), instruments)
    except ReadError as exc:
        return Assessed(country, error=exc.message)
    except Exception as exc:  # one country's bug must not stop the others
        return Assessed(country, error=unexpected(exc))
    return Assessed(country, "", legislation, (pre.elements, pre.red_flags, pre.requirements),
                    time.perf_counter() - start)


def write_reports(assessment: Any, legislation: Any, formats: tuple[str, ...], folder: str,
                  cluster_id: str | None = None) -> tuple[str, list[str]]:
    """Write one report per format into `folder` (runs in a worker); ("", paths) or (error, []).

    With a review cluster's id, each report holds only its requirements and its name says so."""
    from assessor.review_clusters import find_cluster

    try:
        cluster = find_cluster(cluster_id)
        stem = slugify(f"{assessment.jurisdiction} cluster {cluster.id}" if cluster else assessment.jurisdiction)
        paths = []
        for fmt in formats:
            path = Path(folder) / f"{stem}.{fmt}"
            write_atomically(path, render_report(assessment, shared_catalog(), fmt, legislation, cluster))
            paths.append(str(path))
        return "", paths
    except AssessorError as exc:
        return exc.message, []
    except Exception as exc:  # one country's bug must not stop the others
        return unexpected(exc), []


class InlineExecutor(Executor):
    """Runs each task at once in this process (workers=1): the same code path, no pool."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:  # type: ignore[override]
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the caller through the future
            future.set_exception(exc)
        return future
