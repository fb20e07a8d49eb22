"""End-to-end speed, timed against the engine as it was before the speed work (commit af8f482)
in the same run, with the same inputs and the same interpreter.

    python bench/bench_speed.py              (about 2-4 minutes on a quiet machine)
    python bench/bench_speed.py --profile    (also: where the time goes on the 700 KB code)

(a) `assessor assess LAW --format json` of a 2-page law as a subprocess: wall time, median of 5.
(b) a ~700 KB whole code (`codegen.decoy_code(600)`) with a trafficking law of an invented
    State embedded in its middle, per language: read + pre_assess + build_report in one
    process, median of 3 after a warm-up run (the warm-up pays the once-per-process costs:
    checklists, compiled matchers; it is printed as "first"). Beside it a bare baseline:
    reading the file and tokenising its text, nothing else. "matcher" is the time spent in the
    lexicon matcher's `Matcher.find` within pre_assess (its share of the total in brackets).

"old" runs the same worker code in a temporary `git worktree` of af8f482 (PYTHONPATH points
at it, so its package and its checklists are the ones imported); "new" runs it on this
checkout. Goals: (a) <= 1 s wall, (b) <= 2 s. Exits 0 whatever it measures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess  # noqa: S404 - runs git and this interpreter on our own files
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLD_COMMIT = "af8f482"
TWO_PAGE_LAW = ROOT / "legislation_samples" / "ley-trata-solvania.txt"
# An invented trafficking law per language, embedded in the decoy code.
# (The Word and OpenDocument samples are read and written out as plain statutes: their _sources/
# files are the samples' build markup, not a law's text.)
LAWS = {
    "en": ROOT / "legislation_samples" / "arcadia-anti-trafficking-act-2024.docx",
    "fr": ROOT / "legislation_samples" / "franconie-code-penal-traite.odt",
    "es": ROOT / "legislation_samples" / "ley-trata-solvania.txt",
}


def _law_text(path: Path) -> str:
    """A sample law as plain text: a text file as it is, another format read and written out."""
    if path.suffix in {".txt", ".md"}:
        return path.read_text(encoding="utf-8")
    from assessor.legislation.reader import read_legislation
    from bench.bench_layout import render

    return render(read_legislation([path]).provisions)
GOAL_TWO_PAGE = 1.0
GOAL_WHOLE_CODE = 2.0
CLI_RUNS = 5
CODE_RUNS = 3


# --------------------------------------------------------------------------- worker
# Runs in a subprocess whose PYTHONPATH selects the engine (this checkout or the old worktree).
# It uses only the public API both versions share.


def _time_matcher() -> list[float]:
    """Wrap the lexicon matcher's `find` (assessor.engine.lexicon, or assessor.match.lexicon in the
    old engine) so that the seconds spent in it add up in the list returned."""
    import importlib

    spent = [0.0]

    def timing(find: Callable[..., object]) -> Callable[..., object]:
        def timed(self: object, *args: object, **kwargs: object) -> object:
            start = time.perf_counter()
            try:
                return find(self, *args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - start

        return timed

    import assessor

    # Chosen by the files of the package imported: the editable install would import this
    # checkout's `assessor.engine` into the old engine's process.
    package = Path(assessor.__file__ or "").parent
    for name in ("engine", "match"):
        if (package / name / "lexicon.py").is_file():
            matcher = importlib.import_module(f"assessor.{name}.lexicon").Matcher
            matcher.find = timing(matcher.find)
            break
    return spent


def _worker(path: str, language: str, runs: int, profile: bool) -> dict[str, object]:
    from assessor import build_report, load_catalog, pre_assess, read_legislation
    from assessor.settings import load_settings
    from assessor.text import tokenize

    matcher = _time_matcher()

    def bare() -> None:
        tokenize(Path(path).read_text(encoding="utf-8"), language)

    settings = load_settings()
    stages: dict[str, list[float]] = {"read": [], "pre_assess": [], "build_report": [], "total": [], "cpu": [],
                                      "matcher": []}
    first = 0.0
    found = 0
    for run in range(runs + 1):
        start = time.perf_counter()
        catalog = load_catalog()  # cached after the first run in the new engine; parsed each time in the old
        loaded, cpu = time.perf_counter(), time.process_time()
        legislation = read_legislation([path], settings)
        read = time.perf_counter()
        matched = matcher[0]
        pre = pre_assess(legislation, catalog)
        assessed = time.perf_counter()
        report = build_report(pre)
        end = time.perf_counter()
        if run == 0:
            first = end - start
            found = sum(1 for e in report.get("elements", []) if e.get("status") == "found")
            continue
        stages["read"].append(read - loaded)
        stages["pre_assess"].append(assessed - read)
        stages["build_report"].append(end - assessed)
        stages["total"].append(end - loaded)
        stages["cpu"].append(time.process_time() - cpu)
        stages["matcher"].append(matcher[0] - matched)
    bare()
    bare_times = []
    for _ in range(runs):
        start = time.perf_counter()
        bare()
        bare_times.append(time.perf_counter() - start)
    result: dict[str, object] = {name: statistics.median(times) for name, times in stages.items()}
    result.update(first=first, bare=statistics.median(bare_times), found=found,
                  package=str(Path(sys.modules["assessor"].__file__ or "").parent))
    if profile:
        result["profile"] = _profile(path, settings, catalog)
    return result


def _profile(path: str, settings: object, catalog: object) -> list[tuple[str, float, float]]:
    """The engine's functions by share of one warm run: (function, own share, cumulative share)."""
    import cProfile
    import pstats

    from assessor import build_report, pre_assess, read_legislation

    profiler = cProfile.Profile()
    profiler.enable()
    build_report(pre_assess(read_legislation([path], settings), catalog))  # type: ignore[arg-type]
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    rows = []
    for (filename, line, name), (_cc, _nc, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if "/assessor/" in filename:
            where = filename.split("/assessor/", 1)[1]
            rows.append((f"assessor/{where}:{line} {name}", tottime / total, cumtime / total))
    return sorted(rows, key=lambda row: -row[1])[:12]


# --------------------------------------------------------------------------- driver


def _run(pythonpath: Path, args: list[str], timeout: float = 900) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "ASSESSOR_CHECKLIST_DIR"}}
    env["PYTHONPATH"] = str(pythonpath)
    # Not from the checkout: `python -c` puts the working folder first on sys.path, which would
    # import this checkout's package for the old engine too.
    cwd = tempfile.gettempdir()
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout,  # noqa: S603
                          check=False)


_CLI = "import sys; from assessor.cli import main; sys.exit(main())"
_WHICH = "import assessor; print(assessor.__file__)"


def _check_package(pythonpath: Path) -> None:
    """Fail loudly if a subprocess would import another package than the one under `pythonpath`."""
    done = _run(pythonpath, [sys.executable, "-c", _WHICH])
    if Path(done.stdout.strip()).resolve().parent != (pythonpath / "assessor").resolve():
        raise RuntimeError(f"python -c imports {done.stdout.strip() or done.stderr[-300:]}, not {pythonpath}")


def _cli_wall(engines: dict[str, Path], law: Path) -> dict[str, float]:
    """Median wall time of `assessor assess LAW --format json` in a fresh interpreter, per engine.

    The engines take turns, so a burst of load from elsewhere falls on both.
    """
    args = [sys.executable, "-c", _CLI, "assess", str(law), "--format", "json"]
    times: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(CLI_RUNS):
        for name, pythonpath in engines.items():
            start = time.perf_counter()
            done = _run(pythonpath, args)
            times[name].append(time.perf_counter() - start)
            if done.returncode != 0:
                raise RuntimeError(f"assess failed under {pythonpath}: {done.stderr[-500:]}")
    return {name: statistics.median(values) for name, values in times.items()}


def _code_times(pythonpath: Path, path: Path, language: str, profile: bool) -> dict[str, object]:
    args = [sys.executable, str(Path(__file__).resolve()), "--worker", str(path), language, str(CODE_RUNS)]
    if profile:
        args.append("--profile")
    done = _run(pythonpath, args)
    if done.returncode != 0:
        raise RuntimeError(f"worker failed under {pythonpath}: {done.stderr[-800:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    if Path(str(result["package"])).resolve() != (pythonpath / "assessor").resolve():
        raise RuntimeError(f"the worker imported {result['package']}, not the package under {pythonpath}")
    return result


def _whole_codes(folder: Path, languages: list[str]) -> dict[str, Path]:
    sys.path.insert(0, str(ROOT))
    from bench.codegen import decoy_code, embed

    paths = {}
    for language in languages:
        law = _law_text(LAWS[language])
        text = embed(law, decoy_code(600, language, seed=1), at=0.5, language=language)
        path = folder / f"whole-code-{language}.txt"
        # The declared language, as collected statutes carry it, so both engines read the same way.
        path.write_text(f"# language: {language}\n{text}", encoding="utf-8")
        paths[language] = path
    return paths


def _verdict(seconds: float, goal: float) -> str:
    return "PASS" if seconds <= goal else "FAIL"


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en,fr,es", help="comma-separated, of en, fr, es")
    parser.add_argument("--no-old", action="store_true", help="skip the old engine (quicker, no ratios)")
    parser.add_argument("--profile", action="store_true", help="print the new engine's hotspots on each code")
    args = parser.parse_args()
    languages = [x for x in args.languages.split(",") if x]

    print(f"load average {_load()} (2 shared cores: figures move with it)")
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as tmp:
        folder = Path(tmp)
        codes = _whole_codes(folder, languages)
        engines = {"new": ROOT}
        worktree = folder / "old"
        if not args.no_old:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(worktree),  # noqa: S603,S607
                            OLD_COMMIT], check=True, capture_output=True)
            engines["old"] = worktree
        try:
            _report(engines, codes, args.profile)
        finally:
            if not args.no_old:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)],  # noqa: S603,S607
                               check=False, capture_output=True)
                subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=False,  # noqa: S603,S607
                               capture_output=True)


def _report(engines: dict[str, Path], codes: dict[str, Path], profile: bool) -> None:
    has_old = "old" in engines
    print(f"\n(a) assessor assess {TWO_PAGE_LAW.name} ({TWO_PAGE_LAW.stat().st_size / 1e3:.1f} KB) --format json: "
          f"wall, median of {CLI_RUNS} subprocesses")
    for path in engines.values():
        _check_package(path)
    wall = _cli_wall(engines, TWO_PAGE_LAW)
    line = f"    new {wall['new']:.2f} s"
    if has_old:
        line += f"   old ({OLD_COMMIT}) {wall['old']:.2f} s   new/old {wall['new'] / wall['old']:.2f}"
    print(line + f"   goal <= {GOAL_TWO_PAGE:.0f} s: {_verdict(wall['new'], GOAL_TWO_PAGE)}")

    print(f"\n(b) whole code: codegen.decoy_code(600) with an invented law embedded at the middle; "
          f"read + pre_assess + build_report in-process, median of {CODE_RUNS} after a warm-up")
    verdicts = []
    for language, path in codes.items():
        size = path.stat().st_size / 1e3
        results = {name: _code_times(engine, path, language, profile and name == "new")
                   for name, engine in engines.items()}
        new = results["new"]
        bare = float(new["bare"])  # type: ignore[arg-type]
        print(f"  {language}: {size:.0f} KB, bare read+tokenise {bare:.3f} s")
        for name, r in results.items():
            total = float(r["total"])  # type: ignore[arg-type]
            print(f"    {name:<3} total {total:6.2f} s ({total / bare:5.1f}x bare)   read {float(r['read']):.2f}"  # type: ignore[arg-type]
                  f"  pre_assess {float(r['pre_assess']):.2f}  build_report {float(r['build_report']):.3f}"  # type: ignore[arg-type]
                  f"  matcher {float(r['matcher']):.2f} ({float(r['matcher']) / total:4.0%})"  # type: ignore[arg-type]
                  f"   CPU {float(r['cpu']):.2f}   first run {float(r['first']):.2f} s"  # type: ignore[arg-type]
                  f"   elements found {r['found']}")
        total_new = float(new["total"])  # type: ignore[arg-type]
        ratio = f"   new/old {total_new / float(results['old']['total']):.2f}" if has_old else ""  # type: ignore[arg-type]
        verdict = _verdict(total_new, GOAL_WHOLE_CODE)
        verdicts.append(verdict)
        print(f"    goal <= {GOAL_WHOLE_CODE:.0f} s: {verdict}{ratio}")
        if profile:
            print("    new engine, own time by function (share of one warm run, cumulative share):")
            for where, own, cumulative in new["profile"]:  # type: ignore[attr-defined]
                print(f"      {own:5.1%} {cumulative:5.1%}  {where}")
    print(f"\ngoals: 2-page law {_verdict(wall['new'], GOAL_TWO_PAGE)}; "
          f"700 KB code {'PASS' if all(v == 'PASS' for v in verdicts) else 'FAIL'} ({', '.join(verdicts)})")


if __name__ == "__main__":
    if len(sys.argv) >= 5 and sys.argv[1] == "--worker":
        # The worker must import the package PYTHONPATH points at, not this checkout's.
        sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
        print(json.dumps(_worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), "--profile" in sys.argv)))
    else:
        main()
