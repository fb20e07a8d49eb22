"""Robustness: the engine's element results must not move when a law is laid out or worded differently.

For every law of the development part of the dev corpus (../shared/corpus/dev/laws without the
held-out jurisdictions; ASSESSOR_SHARED_DIR moves the shared folder) and every sample of
legislation_samples/, each perturbation of `bench/perturb.py` (and the embedding in a decoy code)
is applied in each of its seeded variants, the engine is run on the perturbed text, and the
element statuses are compared with the run on the unperturbed text. Printed, per perturbation
and per language: the share of perturbed files whose element results are unchanged, the element
flips (found->missing, missing->found), the worst files (development part only); then the target
line. A variant that changes nothing in a file is "not applicable" and left out of the shares.

Text files (.txt, .md) are perturbed as they are; the other samples (.docx, .pdf, .odt, .html,
.xml) are read, their provisions written out one per line as a .txt, and that text is both the
reference and what is perturbed. Files go through the ordinary text reader (`read_bytes`), so
hard-wrapped lines are joined by the reader as they would be on upload.

`--with-held-out` adds the held-out laws for a final measurement and prints only aggregate
figures for them (no file names, no per-language split). It measures and does not gate: exit 0.

    python bench/bench_layout.py [--with-held-out] [--only NAME] [--dump DIR] [--json PATH]   (about a minute)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assessor.catalog import Catalog, load_catalog  # noqa: E402
from assessor.errors import ReadError  # noqa: E402
from assessor.legislation.model import Legislation, Provision  # noqa: E402
from assessor.legislation.reader import read_bytes, read_legislation  # noqa: E402
from assessor.preassessment import pre_assess  # noqa: E402
from assessor.reports.json_report import build_report  # noqa: E402
from bench.bench_accuracy import SAMPLE_SUFFIXES, SAMPLES, SHARED, is_held_out  # noqa: E402
from bench.perturb import PERTURBATIONS, Perturb  # noqa: E402

TARGET = 0.99
WORST = 5  # --worst changes it


@dataclass(frozen=True, slots=True)
class Case:
    """One law as text, with what the benchmark needs to know about it."""

    name: str
    filename: str  # the name the reader sees (.txt or .md decides how it is read)
    text: str
    language: str
    held_out: bool
    kind: str  # "dev" or "sample"


@dataclass
class Tally:
    """Results of one perturbation on one group of files."""

    applicable: int = 0
    unchanged: int = 0
    flips: Counter[str] = field(default_factory=Counter)
    errors: int = 0

    def add(self, other: Tally) -> None:
        self.applicable += other.applicable
        self.unchanged += other.unchanged
        self.flips.update(other.flips)
        self.errors += other.errors

    @property
    def share(self) -> float | None:
        return self.unchanged / self.applicable if self.applicable else None


# --------------------------------------------------------------------------- the cases


def render(provisions: tuple[Provision, ...]) -> str:
    """Provisions written out as a plain statute, one line per label or paragraph."""
    lines: list[str] = []
    for p in provisions:
        head = " ".join(x for x in (p.label, p.heading) if x)
        if p.kind.value in {"article", "division"}:
            if head:
                lines.append(head)
            if p.text:
                lines.append(p.text)
        else:
            lines.append(" ".join(x for x in (head, p.text) if x))
    return "\n".join(lines) + "\n"


def load_cases(with_held_out: bool, catalog: Catalog) -> tuple[list[Case], list[str]]:
    """The dev laws (held-out ones only when asked) and the samples, as text."""
    cases, notes = [], []
    laws = SHARED / "corpus" / "dev" / "laws"
    if not laws.is_dir():
        notes.append(f"no dev corpus at {laws} (set ASSESSOR_SHARED_DIR to the shared folder)")
    else:
        for law in sorted(laws.iterdir()):
            if not law.is_file() or law.name.startswith("_") or law.suffix.lower() not in {".txt", ".md"}:
                continue
            held = is_held_out(law)
            if held and not with_held_out:
                continue  # never read unless asked
            text = law.read_text(encoding="utf-8")
            language = read_legislation([law]).language
            cases.append(Case(law.name, law.name, text, language, held, "dev"))
    for path in sorted(SAMPLES.iterdir()):
        if path.name.startswith("_") or path.suffix.lower() not in SAMPLE_SUFFIXES or not path.is_file():
            continue
        if not path.with_name(path.stem + ".gold.yaml").is_file():
            continue  # README.md and other notes are not laws
        try:
            legislation = read_legislation([path])
        except ReadError as exc:
            notes.append(f"{path.name}: cannot read: {exc}")
            continue
        if path.suffix.lower() in {".txt", ".md"}:
            text, filename = path.read_text(encoding="utf-8"), path.name
        else:
            text, filename = render(legislation.provisions), path.stem + ".txt"
            # The rendering is the reference for this sample; say when it reads differently from
            # the original file, so a reader can judge how far it stands in for it.
            original = {e["id"]: e["status"] for e in build_report(pre_assess(legislation, catalog))["elements"]}
            moved = sum(flips(original, statuses(text, filename, catalog)).values())
            if moved:
                notes.append(f"{path.name}: its one-provision-a-line rendering differs from the file in {moved} "
                             f"element(s); the rendering is the reference")
        cases.append(Case(path.name, filename, text, legislation.language, False, "sample"))
    return cases, notes


# --------------------------------------------------------------------------- running the engine


def legislation_of(text: str, filename: str) -> Legislation:
    source, provisions = read_bytes(text.encode("utf-8"), filename)
    return Legislation((source,), tuple(provisions))


def statuses(text: str, filename: str, catalog: Catalog) -> dict[str, str]:
    """Element id -> status of the engine's report on the text."""
    report = build_report(pre_assess(legislation_of(text, filename), catalog))
    return {e["id"]: e["status"] for e in report["elements"]}


def flips(before: dict[str, str], after: dict[str, str]) -> Counter[str]:
    """Counts of "found->missing" style changes between two runs."""
    return Counter(f"{before[k]}->{after.get(k, 'absent')}" for k in before if before[k] != after.get(k, "absent"))


def perturbations(only: str | None) -> tuple[list[tuple[str, Perturb, int]], list[str]]:
    """(name, function, variants) to run, the code embedding last."""
    notes = []
    chosen: list[tuple[str, Perturb, int]] = [(p.name, p.function, p.variants) for p in PERTURBATIONS]
    if importlib.util.find_spec("bench.codegen") is None and importlib.util.find_spec("bench.decoys") is None:
        chosen = [c for c in chosen if c[0] != "embedded_in_code"]
        notes.append("embedded_in_code not run: neither bench/codegen.py nor bench/decoys.py exists")
    if only:
        chosen = [c for c in chosen if c[0] in only.split(",")]
    return chosen, notes


# --------------------------------------------------------------------------- the run


@dataclass
class Run:
    """Everything one benchmark run measured."""

    tallies: dict[tuple[str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    worst: list[tuple[int, str, str, Counter[str]]] = field(default_factory=list)
    element_flips: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))


def run(cases: list[Case], chosen: list[tuple[str, Perturb, int]], catalog: Catalog, dump: Path | None) -> Run:
    """Every variant of every chosen perturbation on every case, against the unperturbed run."""
    result = Run()
    for case in cases:
        part = "held-out" if case.held_out else "development"
        start = time.perf_counter()
        try:
            base = statuses(case.text, case.filename, catalog)
        except Exception as exc:  # noqa: BLE001 - the benchmark reports a crash and goes on
            result.errors.append(f"{'(held-out law)' if case.held_out else case.name}: unperturbed run failed: "
                                 f"{exc.__class__.__name__}")
            continue
        result.seconds["unperturbed"] += time.perf_counter() - start
        for name, function, variants in chosen:
            for seed in range(variants):
                tally = result.tallies[(name, part, case.language)]
                start = time.perf_counter()
                text = function(case.text, case.language, seed)
                if text == case.text:
                    continue
                tally.applicable += 1
                try:
                    after = statuses(text, case.filename, catalog)
                except Exception as exc:  # noqa: BLE001
                    tally.errors += 1
                    if not case.held_out:
                        last = traceback.extract_tb(exc.__traceback__)[-1]
                        result.errors.append(f"{case.name} {name}#{seed}: {exc.__class__.__name__}: {exc} "
                                             f"({Path(last.filename).name}:{last.lineno})")
                    continue
                finally:
                    result.seconds[name] += time.perf_counter() - start
                changed = flips(base, after)
                if not changed:
                    tally.unchanged += 1
                    continue
                tally.flips.update(changed)
                if not case.held_out:
                    result.worst.append((sum(changed.values()), case.name, f"{name}#{seed}", changed))
                    for element in base:
                        if base[element] != after.get(element):
                            result.element_flips[(name, element)] += 1
                    if dump is not None:
                        dump.mkdir(parents=True, exist_ok=True)
                        (dump / f"{Path(case.filename).stem}.{name}.{seed}{Path(case.filename).suffix}").write_text(
                            text, encoding="utf-8")
    return result


# --------------------------------------------------------------------------- printing


def pct(value: float | None) -> str:
    return "  n/a" if value is None else f"{100 * value:5.1f}%"


def flip_text(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "-"


def report(result: Run, chosen: list[tuple[str, Perturb, int]], cases: list[Case], with_held_out: bool,
           worst: int = WORST) -> dict:
    languages = sorted({c.language for c in cases if not c.held_out})
    dev_files = sum(not c.held_out for c in cases)
    print(f"\n== Layout robustness: {dev_files} development files "
          f"({', '.join(f'{lang} {sum(c.language == lang and not c.held_out for c in cases)}' for lang in languages)})"
          f"{f', {sum(c.held_out for c in cases)} held-out laws' if with_held_out else ''} ==")
    print("share of perturbed files with unchanged element results (perturbed files), element flips")
    header = f"{'perturbation':<20}" + "".join(f"{lang:>16}" for lang in languages) + f"{'all':>16}  flips"
    print(header)
    summary: dict = {"perturbations": {}, "target": TARGET}
    total = Tally()
    for name, _, _ in chosen:
        row = f"{name:<20}"
        whole = Tally()
        for lang in languages:
            t = result.tallies.get((name, "development", lang), Tally())
            whole.add(t)
            row += f"{pct(t.share)} ({t.applicable:>3})".rjust(16)
        row += f"{pct(whole.share)} ({whole.applicable:>3})".rjust(16)
        print(f"{row}  {flip_text(whole.flips)}{f'  errors {whole.errors}' if whole.errors else ''}")
        total.add(whole)
        summary["perturbations"][name] = {"applicable": whole.applicable, "unchanged": whole.unchanged,
                                          "flips": dict(whole.flips), "seconds": round(result.seconds[name], 2)}
    print(f"{'all':<20}{'':>{16 * len(languages)}}{pct(total.share)} ({total.applicable:>3})"
          f"  {flip_text(total.flips)}")
    summary["development"] = {"applicable": total.applicable, "unchanged": total.unchanged, "share": total.share}
    # The code embedding dominates the flips; the layout perturbations alone are worth a line.
    layout = Tally()
    for name, _, _ in chosen:
        if name != "embedded_in_code":
            for lang in languages:
                layout.add(result.tallies.get((name, "development", lang), Tally()))
    print(f"{'all but the code':<20}{'':>{16 * len(languages)}}{pct(layout.share)} ({layout.applicable:>3})")

    if result.worst:
        print(f"\nworst files (development part; up to {worst}):")
        for count, name, which, changed in sorted(result.worst, key=lambda w: (-w[0], w[1], w[2]))[:worst]:
            print(f"  {count:>3} flips  {name}  [{which}]  {flip_text(changed)}")
        print("elements that flip most (perturbation: element count):")
        for (name, element), count in result.element_flips.most_common(8):
            print(f"  {name}: {element} {count}")

    held = Tally()
    if with_held_out:
        print("\nheld-out laws (aggregate only):")
        for name, _, _ in chosen:
            t = Tally()
            for (n, part, _lang), tally in result.tallies.items():
                if n == name and part == "held-out":
                    t.add(tally)
            held.add(t)
            print(f"  {name:<20}{pct(t.share)} ({t.applicable:>3})  {flip_text(t.flips)}")
        print(f"  {'all':<20}{pct(held.share)} ({held.applicable:>3})  {flip_text(held.flips)}")
        held_layout = Tally()
        for (n, part, _lang), tally in result.tallies.items():
            if part == "held-out" and n != "embedded_in_code":
                held_layout.add(tally)
        print(f"  {'all but the code':<20}{pct(held_layout.share)} ({held_layout.applicable:>3})")
        summary["held_out"] = {"applicable": held.applicable, "unchanged": held.unchanged, "share": held.share}

    for error in result.errors:
        print(f"  note: {error}")
    print("\ntarget:")
    share = total.share if total.share is not None else 0.0
    verdict = "PASS" if share >= TARGET else "FAIL"
    print(f"  >= {TARGET:.0%} of perturbed files unchanged: {verdict} ({pct(total.share).strip()} development"
          f"{f', {pct(held.share).strip()} held-out' if with_held_out else ''})")
    summary["verdict"] = verdict
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--with-held-out", action="store_true",
                        help="add the held-out laws (aggregate figures only)")
    parser.add_argument("--only", help="comma-separated perturbation names")
    parser.add_argument("--dump", type=Path, help="write the perturbed development files that changed results here")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument("--worst", type=int, default=WORST, help="how many worst files to list")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    catalog = load_catalog()
    cases, notes = load_cases(args.with_held_out, catalog)
    chosen, more = perturbations(args.only)
    for note in notes + more:
        print(f"note: {note}")
    result = run(cases, chosen, catalog, args.dump)
    summary = report(result, chosen, cases, args.with_held_out, args.worst)
    seconds = time.perf_counter() - started
    print("\nseconds: " + ", ".join(f"{k} {v:.1f}" for k, v in result.seconds.items()) + f"; total {seconds:.1f}")
    summary["seconds"] = round(seconds, 1)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
