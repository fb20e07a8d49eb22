"""How far two sets of judgements agree: percent agreement and Cohen's kappa, overall, per pillar and per
instrument, with the list of disagreements. Pure: no store, no I/O.

Used twice (docs/double-coding.md):

- **coder vs coder**: the two coders of a double-coded assessment, over the requirements both decided;
- **machine vs final**: the machine's proposal (`finding.machine_status`) against the final decision
  (`decision.status`), over the decided requirements the machine proposed a status for, so a team sees how
  far to trust the pre-assessment on its own laws.

The judgements are requirement status codes: met, partially_met, not_met, not_applicable (`CATEGORIES`).
A pair with any other value (not_assessed: no judgement) is left out of the figures and counted in `skipped`.

Cohen's kappa (unweighted), over n pairs:

    p_o = (pairs with the same status) / n
    p_e = sum over statuses k of (first's share of k) x (second's share of k)
    kappa = (p_o - p_e) / (1 - p_e)

computed in exact fractions. kappa is undefined (None, shown "n/a") when n = 0 or p_e = 1: both sides
gave every requirement one and the same status, so chance alone explains the agreement and the formula
would divide by zero.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from assessor.checklist_schema import PILLAR_LABELS, Pillar

if TYPE_CHECKING:
    from assessor.assessment import Assessment
    from assessor.catalog import Catalog

__all__ = [
    "CATEGORIES",
    "INSTRUMENTS",
    "SMALL_N",
    "Agreement",
    "AgreementReport",
    "Pair",
    "agreement",
    "kappa_reading",
    "kappa_text",
    "machine_vs_final",
    "pair",
    "percent_text",
    "report_json",
    "report_rows",
]

CATEGORIES = ("met", "partially_met", "not_met", "not_applicable")
INSTRUMENTS = ("TIP", "SOM", "UNTOC", "GP")
PILLARS = tuple(p.value for p in Pillar)
# Under this many pairs a kappa moves a lot with one requirement: the figures say so (docs/double-coding.md).
SMALL_N = 20
# Landis and Koch (1977)'s usual words for kappa, by upper bound.
_READINGS = ((0.20, "slight"), (0.40, "fair"), (0.60, "moderate"),
             (0.80, "substantial"), (1.0, "almost perfect"))


@dataclass(frozen=True, slots=True)
class Pair:
    """Two judgements of one requirement: `first`'s status and `second`'s (codes), with where it belongs."""

    requirement_id: str
    first: str
    second: str
    pillars: tuple[str, ...] = ()  # pillar codes; a requirement counts in each of its pillars
    instrument: str = ""  # the checklist it belongs to: TIP, SOM, UNTOC or GP

    @property
    def agreed(self) -> bool:
        """True when both gave the same status."""
        return self.first == self.second


@dataclass(frozen=True, slots=True)
class Agreement:
    """The figures of one group of pairs."""

    n: int  # pairs counted
    agreed: int  # of which with the same status
    observed: float | None  # p_o, None when n = 0
    expected: float | None  # p_e, None when n = 0
    kappa: float | None  # None when undefined (n = 0, or p_e = 1)

    @property
    def percent(self) -> float | None:
        """Percent agreement (0-100), None when nothing was counted."""
        return None if self.observed is None else 100 * self.observed

    @property
    def small(self) -> bool:
        """True when n is under SMALL_N: read the figures with caution."""
        return self.n < SMALL_N


@dataclass(frozen=True, slots=True)
class AgreementReport:
    """Agreement between two sides (two coders, or the machine and the final decisions)."""

    first: str  # who the first judgements are ("ana", "machine")
    second: str
    overall: Agreement
    pillars: tuple[tuple[str, Agreement], ...]  # every pillar, in the checklists' order (n may be 0)
    instruments: tuple[tuple[str, Agreement], ...]  # TIP, SOM, UNTOC, GP (n may be 0)
    disagreements: tuple[Pair, ...]  # in the order given
    skipped: int = 0  # pairs left out: a value that is not a judgement (not assessed)

    def pillar(self, pillar: str) -> Agreement:
        """The figures of one pillar (by code)."""
        return dict(self.pillars)[str(pillar)]

    def instrument(self, instrument: str) -> Agreement:
        """The figures of one instrument."""
        return dict(self.instruments)[instrument]


def _figures(pairs: list[Pair]) -> Agreement:
    n = len(pairs)
    if n == 0:
        return Agreement(0, 0, None, None, None)
    agreed = sum(1 for p in pairs if p.agreed)
    firsts, seconds = Counter(p.first for p in pairs), Counter(p.second for p in pairs)
    observed = Fraction(agreed, n)
    expected = sum((Fraction(firsts[k], n) * Fraction(seconds[k], n) for k in CATEGORIES), Fraction(0))
    # p_e = 1 only when both sides used one and the same status throughout: kappa is 0/0 there.
    kappa = None if expected == 1 else float((observed - expected) / (1 - expected))
    return Agreement(n, agreed, float(observed), float(expected), kappa)


def agreement(pairs: Iterable[Pair], first: str = "first", second: str = "second") -> AgreementReport:
    """Percent agreement and Cohen's kappa of the pairs: overall, per pillar and per instrument.

    Pairs with a value outside CATEGORIES are left out (counted in `skipped`).
    """
    given = list(pairs)
    counted = [p for p in given if p.first in CATEGORIES and p.second in CATEGORIES]
    pillars = tuple((pillar, _figures([p for p in counted if pillar in p.pillars])) for pillar in PILLARS)
    instruments = tuple((name, _figures([p for p in counted if p.instrument == name])) for name in INSTRUMENTS)
    return AgreementReport(first, second, _figures(counted), pillars, instruments,
                           tuple(p for p in counted if not p.agreed), len(given) - len(counted))


def _place(catalog: Catalog, requirement_id: str) -> tuple[tuple[str, ...], str]:
    """(pillar codes, instrument) of a requirement; ((), "") when the catalog does not have it."""
    try:
        requirement = catalog.requirement(requirement_id)
    except KeyError:
        return (), ""
    return tuple(p.value for p in requirement.pillars), requirement.instrument


def pair(catalog: Catalog, requirement_id: str, first: str, second: str) -> Pair:
    """A pair placed in its pillars and instrument by the catalog."""
    pillars, instrument = _place(catalog, requirement_id)
    return Pair(requirement_id, first, second, pillars, instrument)


def machine_vs_final(assessment: Assessment, catalog: Catalog) -> AgreementReport:
    """The machine's proposal against the final decision, over the decided requirements in scope.

    A requirement the machine proposed nothing for (not assessed: no pre-assessment, or not detectable) is
    left out and counted in `skipped`, as is a final decision of "not assessed".
    """
    pairs = []
    for requirement in assessment.in_scope(catalog).requirements:
        finding = assessment.findings.get(requirement.id)
        if finding is None or finding.decision is None:
            continue
        pairs.append(Pair(requirement.id, finding.machine_status.value, finding.decision.status.value,
                          tuple(p.value for p in requirement.pillars), requirement.instrument))
    return agreement(pairs, "machine", "final")


def kappa_text(kappa: float | None) -> str:
    """Kappa to two decimals; "n/a" when undefined."""
    return "n/a" if kappa is None else f"{kappa:.2f}"


def percent_text(figures: Agreement) -> str:
    """Percent agreement to one decimal ("87.5%"); "n/a" when nothing was counted."""
    return "n/a" if figures.percent is None else f"{figures.percent:.1f}%"


def kappa_reading(kappa: float | None) -> str:
    """Landis and Koch's word for a kappa ("moderate"); "undefined" when there is none."""
    if kappa is None:
        return "undefined"
    if kappa < 0:
        return "poor (below chance)"
    for bound, word in _READINGS:
        if kappa <= bound:
            return word
    return _READINGS[-1][1]


def report_rows(report: AgreementReport) -> list[tuple[str, str, Agreement]]:
    """(kind, label, figures) for a table: overall, then each pillar, then each instrument.

    Kinds are "Overall", "Pillar" and "Instrument"; pillars are shown by their labels.
    """
    rows = [("Overall", "All requirements", report.overall)]
    rows += [("Pillar", PILLAR_LABELS[Pillar(code)], figures) for code, figures in report.pillars]
    rows += [("Instrument", name, figures) for name, figures in report.instruments]
    return rows


def _figures_json(figures: Agreement) -> dict[str, object]:
    return {"n": figures.n, "agreed": figures.agreed,
            "percent": None if figures.percent is None else round(figures.percent, 2),
            "kappa": None if figures.kappa is None else round(figures.kappa, 4),
            "expected": None if figures.expected is None else round(figures.expected, 4)}


def report_json(report: AgreementReport) -> dict[str, object]:
    """The report as JSON-ready data (kappa null when undefined)."""
    return {
        "first": report.first, "second": report.second, "overall": _figures_json(report.overall),
        "pillars": {code: _figures_json(f) for code, f in report.pillars},
        "instruments": {name: _figures_json(f) for name, f in report.instruments},
        "disagreements": [{"requirement_id": p.requirement_id, "first": p.first, "second": p.second}
                          for p in report.disagreements],
        "skipped": report.skipped,
    }
