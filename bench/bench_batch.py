"""`assessor batch` on 50 generated countries: every core against one worker, in the same run.

Each country is one fictional statute written as .txt from a template: a trafficking offence with
a different choice of acts, means and purposes, optional child, consent, attempt, smuggling
and victim-protection sections, and a varying number of administrative sections (no real law
is copied). The batch reads, pre-assesses, records (one SQLite writer, the main process) and
writes an xlsx and a docx report per country, then the comparison workbook. Both runs start
warm (catalog loaded, matchers built) and use their own output folder and database.

    python bench/bench_batch.py        (about a minute on two cores)
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assessor.batch import run_batch  # noqa: E402
from assessor.settings import load_settings  # noqa: E402

COUNTRIES = 50
SEED = 2024

ACTS = ["recruits", "transports", "transfers", "harbours", "receives", "exchanges or transfers control over"]
MEANS = ["the threat or use of force", "other forms of coercion", "abduction", "fraud", "deception",
         "the abuse of power", "the abuse of a position of vulnerability",
         "the giving or receiving of payments or benefits to achieve the consent of a person having control over "
         "another person"]
PURPOSES = ["the exploitation of the prostitution of others", "other forms of sexual exploitation",
            "forced labour or services", "slavery or practices similar to slavery", "servitude",
            "the removal of organs"]
OPTIONAL = {
    "children": "The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of "
                "exploitation is trafficking in persons even if it does not involve any of the means set forth in "
                "section 3. In this Act, \"child\" means any person under eighteen years of age.",
    "consent": "Once any of the means set forth in section 3 has been used, the consent of a victim of trafficking "
               "in persons to the intended exploitation is irrelevant.",
    "attempt": "Any person who attempts to commit, participates as an accomplice in, or organizes or directs other "
               "persons to commit an offence under this Act commits an offence and is liable to the same penalty.",
    "smuggling": "Any person who, in order to obtain, directly or indirectly, a financial or other material benefit, "
                 "procures the illegal entry of another person into the State of which that person is not a "
                 "national or a permanent resident commits an offence and is liable, once convicted, to "
                 "imprisonment of up to ten years.",
    "residence": "The Minister may grant a victim of trafficking in persons a temporary residence permit allowing "
                 "the victim to remain in the territory, taking into account humanitarian and compassionate factors.",
    "compensation": "A court that convicts a person of an offence under this Act shall order the payment of "
                    "compensation to the victim for the damage suffered.",
    "non_punishment": "A victim of trafficking in persons is not liable to prosecution or punishment for offences "
                      "committed as a direct consequence of having been trafficked.",
}
FILLER = ["The Minister may make regulations for carrying this Act into effect.",
          "The annual report of the Authority shall be laid before Parliament within six months of the end of "
          "each financial year.",
          "Fees payable under this Act shall be paid into the Consolidated Fund.",
          "A notice under this Act may be served by post at the last known address of the person concerned.",
          "The Authority shall keep a register of the licences granted under this Part."]


def country_name(rng: random.Random, taken: set[str]) -> str:
    """An invented State's name (Velmaria, Ostravonia, ...)."""
    while True:
        name = "".join(rng.choice(["Vel", "Os", "Tra", "Kor", "Lum", "Zan", "Mer", "Ald", "Bre", "Cal"])
                       + rng.choice(["ma", "vo", "di", "ne", "ra", "to", "li"]) for _ in range(2)) + "ria"
        name = name.capitalize()
        if name not in taken:
            taken.add(name)
            return name


def statute(rng: random.Random, country: str) -> str:
    """One fictional anti-trafficking act, different in every country."""
    acts = sorted(rng.sample(ACTS, rng.randint(2, len(ACTS))), key=ACTS.index)
    means = sorted(rng.sample(MEANS, rng.randint(1, len(MEANS))), key=MEANS.index)
    purposes = sorted(rng.sample(PURPOSES, rng.randint(1, len(PURPOSES))), key=PURPOSES.index)
    lines = [f"# title: Anti-Trafficking Act of {country}", "# language: English", "",
             f"ANTI-TRAFFICKING ACT OF {country.upper()}", "Part I - Preliminary",
             "Section 1. Short title", f"This Act may be cited as the Anti-Trafficking Act of {country}.",
             "Section 2. Interpretation",
             f"In this Act, \"exploitation\" includes {', '.join(purposes)}.",
             "Part II - Offences", "Section 3. Trafficking in persons",
             f"Any person who {', '.join(acts)} another person by means of {', '.join(means)}, for the purpose of "
             "exploitation, commits the offence of trafficking in persons and is liable on conviction to "
             f"imprisonment for a term of not less than {rng.randint(3, 8)} years."]
    number = 4
    for key, text in OPTIONAL.items():
        if rng.random() < 0.6:
            lines += [f"Section {number}. {key.replace('_', ' ').capitalize()}", text]
            number += 1
    lines.append("Part III - Administration")
    for _ in range(rng.randint(10, 40)):
        lines += [f"Section {number}. Miscellaneous", rng.choice(FILLER)]
        number += 1
    return "\n".join(lines) + "\n"


def generate(root: Path) -> Path:
    """COUNTRIES country folders, one .txt act each."""
    rng = random.Random(SEED)
    taken: set[str] = set()
    tree = root / "countries"
    for _ in range(COUNTRIES):
        name = country_name(rng, taken)
        (tree / name).mkdir(parents=True)
        (tree / name / "act.txt").write_text(statute(rng, name), encoding="utf-8")
    return tree


def timed(tree: Path, root: Path, workers: int) -> float:
    """Seconds for a whole batch (force: nothing skipped) with `workers` processes."""
    settings = load_settings().with_(database=str(root / f"db-{workers}.sqlite3"))
    result = run_batch(tree, root / f"out-{workers}", settings=settings, formats=("xlsx", "docx"), workers=workers,
                       force=True, progress=None)
    assert len(result.done) == COUNTRIES, [c.reason for c in result.failed]
    return result.seconds


def main() -> None:
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        tree = generate(root)
        warm = root / "warm"
        (warm / "Warmup").mkdir(parents=True)
        (warm / "Warmup" / "act.txt").write_text(statute(random.Random(1), "Warmup"), encoding="utf-8")
        timed_warm = run_batch(warm, root / "out-warm", settings=load_settings().with_(
            database=str(root / "warm.sqlite3")), formats=("xlsx", "docx"), workers=1, force=True, progress=None)
        assert timed_warm.done
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
        parallel = timed(tree, root, cores)
        serial = timed(tree, root, 1)
    print(f"batch of {COUNTRIES} countries: {parallel:.1f} s with {cores} workers, {serial:.1f} s with 1 "
          f"({serial / parallel:.1f}x)")
    # Other programs running at the same time take cores from the workers: say how busy the machine was.
    print(f"(xlsx and docx reports; load average {load:.1f} on {cores} cores when the runs began)")


if __name__ == "__main__":
    main()
