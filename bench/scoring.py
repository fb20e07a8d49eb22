"""Scoring a report (schema assessor.report/1) against a gold label file: pure functions.

A gold file (`../shared/spec/report-contract.md` section 3) labels each element `express`,
`functional` (both: found), `absent` (not found) or `unknown` (not scored), and each red flag
`raised`, `not_raised` or `unknown` (not scored). A report says `found` or `missing` for every
element and lists the raised flags.

Counts, for the elements present in both the gold and the report:

- TP: gold found, report found;      FP: gold absent, report found;
- FN: gold found, report missing;    TN: gold absent, report missing.

Precision, recall and F1 are those of `found`; the gap figures are those of `missing`
(gap precision = TN / (TN + FN), gap recall = TN / (TN + FP)). Red flags are counted over the
flags the gold labels. Citation accuracy is the share of true positives for which at least one
provision the report cites matches a gold provision: the same `citation_key`, or one within the
other either way ("s. 2(1)" matches gold "s. 2(1)(a)"; "s. 2(3)" matches gold "s. 2"). A true
positive whose gold lists no provision cannot be checked and is left out of that share.

Figures with an empty denominator are None. Aggregates add the counts of the files (micro
average) and compute the figures from the sums.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import yaml

from assessor.legislation.citations import citation_key, is_within

__all__ = [
    "FOUND_LABELS",
    "Counts",
    "FileScore",
    "Gold",
    "GoldItem",
    "Miss",
    "aggregate",
    "citations_match",
    "gold_from_dict",
    "load_gold",
    "score_report",
]

FOUND_LABELS = frozenset({"express", "functional"})
ABSENT_LABELS = frozenset({"absent"})
ELEMENT_LABELS = FOUND_LABELS | ABSENT_LABELS | {"unknown"}
FLAG_LABELS = frozenset({"raised", "not_raised", "unknown"})
LANGUAGES = ("en", "fr", "es")


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One labelled element or red flag."""

    label: str
    provisions: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True, slots=True)
class Gold:
    """A gold label file."""

    file: str
    language: str
    partial: bool
    elements: dict[str, GoldItem]
    red_flags: dict[str, GoldItem]


def _item(item_id: str, raw: Any, allowed: frozenset[str], where: str) -> GoldItem:
    if isinstance(raw, str):  # shorthand "TIP-6-6: absent"
        raw = {"label": raw}
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: {item_id}: expected a mapping with a label, got {raw!r}")
    label = str(raw.get("label", "")).strip()
    if label not in allowed:
        raise ValueError(f"{where}: {item_id}: label {label!r} is not one of {sorted(allowed)}")
    provisions = raw.get("provisions") or []
    if isinstance(provisions, str):
        provisions = [provisions]
    return GoldItem(label, tuple(str(p) for p in provisions), str(raw.get("note") or ""))


def gold_from_dict(data: Mapping[str, Any], where: str = "gold") -> Gold:
    """A Gold from the parsed YAML; ValueError on an unknown label."""
    if not isinstance(data, Mapping):
        raise ValueError(f"{where}: a gold file must be a YAML mapping")
    elements = {str(k): _item(str(k), v, ELEMENT_LABELS, where) for k, v in (data.get("elements") or {}).items()}
    flags = {str(k): _item(str(k), v, FLAG_LABELS, where) for k, v in (data.get("red_flags") or {}).items()}
    return Gold(
        file=str(data.get("file") or ""),
        language=str(data.get("language") or "und"),
        partial=bool(data.get("partial", False)),
        elements=elements,
        red_flags=flags,
    )


def load_gold(path: str | os.PathLike[str]) -> Gold:
    """Read a gold YAML file (safe loader)."""
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return gold_from_dict(data, where=str(path))


# --------------------------------------------------------------------------- citations


def citations_match(reported: Iterable[str], gold: Iterable[str]) -> bool:
    """True when one reported citation equals, contains or lies within one gold citation."""
    gold = [g for g in gold if citation_key(g)]
    for cited in reported:
        if not citation_key(cited):
            continue
        for expected in gold:
            if is_within(cited, expected) or is_within(expected, cited):
                return True
    return False


# --------------------------------------------------------------------------- counts


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(slots=True)
class Counts:
    """Confusion counts for elements, red flags and citations; figures computed from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    flag_tp: int = 0
    flag_fp: int = 0
    flag_fn: int = 0
    flag_tn: int = 0
    cited_ok: int = 0  # true positives with a matching citation
    cited_checked: int = 0  # true positives whose gold lists provisions
    files: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(**{k: getattr(self, k) + getattr(other, k) for k in self.__slots__})

    @property
    def scored(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # 2TP / (2TP + FP + FN): defined (0.0) even when precision is undefined.
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def gap_precision(self) -> float | None:
        return _ratio(self.tn, self.tn + self.fn)

    @property
    def gap_recall(self) -> float | None:
        return _ratio(self.tn, self.tn + self.fp)

    @property
    def flag_precision(self) -> float | None:
        return _ratio(self.flag_tp, self.flag_tp + self.flag_fp)

    @property
    def flag_recall(self) -> float | None:
        return _ratio(self.flag_tp, self.flag_tp + self.flag_fn)

    @property
    def flags_raised_in_gold(self) -> int:
        return self.flag_tp + self.flag_fn

    @property
    def citation_accuracy(self) -> float | None:
        return _ratio(self.cited_ok, self.cited_checked)

    def to_dict(self) -> dict[str, Any]:
        figures = ("precision", "recall", "f1", "gap_precision", "gap_recall", "flag_precision", "flag_recall",
                   "citation_accuracy")
        return {**asdict(self), **{name: getattr(self, name) for name in figures}}


@dataclass(frozen=True, slots=True)
class Miss:
    """A wrong answer, for diagnosis: the id, what the report cited, what the gold says."""

    id: str
    gold_label: str
    reported_provisions: tuple[str, ...]
    gold_provisions: tuple[str, ...]
    note: str


@dataclass(slots=True)
class FileScore:
    """One report scored against one gold file."""

    file: str
    language: str
    counts: Counts
    false_positives: list[Miss] = field(default_factory=list)
    false_negatives: list[Miss] = field(default_factory=list)
    flag_false_positives: list[Miss] = field(default_factory=list)
    flag_false_negatives: list[Miss] = field(default_factory=list)
    citation_misses: list[Miss] = field(default_factory=list)  # true positives citing no gold provision
    unscored: list[str] = field(default_factory=list)  # unknown labels
    not_in_report: list[str] = field(default_factory=list)  # gold element ids the report lacks
    not_in_gold: list[str] = field(default_factory=list)  # report element ids the gold lacks

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "language": self.language,
            **self.counts.to_dict(),
            "false_positives": [asdict(m) for m in self.false_positives],
            "false_negatives": [asdict(m) for m in self.false_negatives],
            "flag_false_positives": [asdict(m) for m in self.flag_false_positives],
            "flag_false_negatives": [asdict(m) for m in self.flag_false_negatives],
            "citation_misses": [asdict(m) for m in self.citation_misses],
            "unscored": list(self.unscored),
            "not_in_report": list(self.not_in_report),
            "not_in_gold": list(self.not_in_gold),
        }


def _report_elements(report: Mapping[str, Any]) -> dict[str, tuple[bool, tuple[str, ...]]]:
    out: dict[str, tuple[bool, tuple[str, ...]]] = {}
    for entry in report.get("elements") or []:
        found = entry.get("status") == "found"
        out[str(entry["id"])] = (found, tuple(str(p) for p in entry.get("provisions") or ()))
    return out


def _report_flags(report: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    return {str(f["id"]): tuple(str(p) for p in f.get("provisions") or ()) for f in report.get("red_flags") or []}


def score_report(report: Mapping[str, Any], gold: Gold | Mapping[str, Any], file: str | None = None) -> FileScore:
    """Score a report dict shaped per the contract against a gold file (a Gold or its parsed YAML)."""
    if not isinstance(gold, Gold):
        gold = gold_from_dict(gold)
    reported = _report_elements(report)
    raised = _report_flags(report)
    counts = Counts(files=1)
    result = FileScore(file or gold.file, gold.language, counts)
    for item_id, item in gold.elements.items():
        if item.label == "unknown":
            result.unscored.append(item_id)
            continue
        if item_id not in reported:
            result.not_in_report.append(item_id)
            continue
        found, cited = reported[item_id]
        miss = Miss(item_id, item.label, cited, item.provisions, item.note)
        if item.label in FOUND_LABELS:
            if found:
                counts.tp += 1
                if item.provisions:
                    counts.cited_checked += 1
                    if citations_match(cited, item.provisions):
                        counts.cited_ok += 1
                    else:
                        result.citation_misses.append(miss)
            else:
                counts.fn += 1
                result.false_negatives.append(miss)
        elif found:
            counts.fp += 1
            result.false_positives.append(miss)
        else:
            counts.tn += 1
    result.not_in_gold = [i for i in reported if i not in gold.elements]
    for flag_id, item in gold.red_flags.items():
        if item.label == "unknown":
            result.unscored.append(flag_id)
            continue
        is_raised = flag_id in raised
        miss = Miss(flag_id, item.label, raised.get(flag_id, ()), item.provisions, item.note)
        if item.label == "raised":
            if is_raised:
                counts.flag_tp += 1
            else:
                counts.flag_fn += 1
                result.flag_false_negatives.append(miss)
        elif is_raised:
            counts.flag_fp += 1
            result.flag_false_positives.append(miss)
        else:
            counts.flag_tn += 1
    return result


def aggregate(scores: Sequence[FileScore], languages: Iterable[str] = LANGUAGES) -> dict[str, Counts]:
    """Summed counts per language (the given ones always present, others as met) and under "all"."""
    out: dict[str, Counts] = {lang: Counts() for lang in languages}
    total = Counts()
    for s in scores:
        out[s.language] = out.get(s.language, Counts()) + s.counts
        total = total + s.counts
    out["all"] = total
    return out
