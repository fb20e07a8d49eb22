"""bench/scoring.py: the accuracy figures of a report against gold labels, on hand-made dicts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.scoring import (  # noqa: E402
    Counts,
    aggregate,
    citations_match,
    gold_from_dict,
    load_gold,
    score_report,
)


def gold(elements: dict | None = None, flags: dict | None = None, language: str = "en") -> dict:
    """A gold file as parsed YAML; items given as (label, [provisions]) or label."""
    def item(value: str | tuple) -> dict:
        label, provisions = (value, []) if isinstance(value, str) else value
        return {"label": label, "provisions": list(provisions), "note": f"note {label}"}

    return {
        "file": "law.txt",
        "language": language,
        "partial": False,
        "elements": {k: item(v) for k, v in (elements or {}).items()},
        "red_flags": {k: item(v) for k, v in (flags or {}).items()},
    }


def report(found: dict | None = None, missing: list | None = None, flags: dict | None = None) -> dict:
    """A contract-shaped report: found {id: [citations]}, missing [ids], raised flags {id: [citations]}."""
    elements = [{"id": k, "status": "found", "provisions": list(v), "evidence": []} for k, v in (found or {}).items()]
    elements += [{"id": k, "status": "missing", "provisions": [], "evidence": []} for k in missing or []]
    return {
        "schema": "assessor.report/1",
        "legislation": {"title": "t", "language": "en", "files": ["law.txt"], "provisions": 3},
        "elements": elements,
        "red_flags": [{"id": k, "provisions": list(v), "quote": "", "explanation": ""}
                      for k, v in (flags or {}).items()],
    }


# --------------------------------------------------------------------------- element counting

COUNT_CASES = [
    # express + found: a true positive
    ({"A": "express"}, {"A": []}, [], (1, 0, 0, 0)),
    # functional counts as found exactly like express
    ({"A": "functional"}, {"A": []}, [], (1, 0, 0, 0)),
    # absent but reported found: a false positive
    ({"A": "absent"}, {"A": []}, [], (0, 1, 0, 0)),
    # express but reported missing: a false negative
    ({"A": "express"}, {}, ["A"], (0, 0, 1, 0)),
    # absent and reported missing: a true negative
    ({"A": "absent"}, {}, ["A"], (0, 0, 0, 1)),
    # unknown is not scored, whatever the report says
    ({"A": "unknown", "B": "unknown"}, {"A": []}, ["B"], (0, 0, 0, 0)),
    # an id the report lacks is not scored; a report id the gold lacks is not scored
    ({"A": "express", "B": "absent"}, {"A": [], "Z": []}, [], (1, 0, 0, 0)),
    # one of each
    ({"A": "express", "B": "functional", "C": "absent", "D": "absent", "E": "unknown"},
     {"A": [], "C": []}, ["B", "D", "E"], (1, 1, 1, 1)),
]


@pytest.mark.parametrize("gold_elements, found, missing, expected", COUNT_CASES)
def test_element_counts(gold_elements, found, missing, expected):
    counts = score_report(report(found, missing), gold(gold_elements)).counts
    assert (counts.tp, counts.fp, counts.fn, counts.tn) == expected


def test_unscored_and_unmatched_ids_are_listed():
    # unknown labels, gold ids missing from the report and report ids missing from the gold are kept apart
    result = score_report(report({"Z": []}, ["A"]), gold({"A": "unknown", "B": "absent"}, {"RF.x": "unknown"}))
    assert result.unscored == ["A", "RF.x"]
    assert result.not_in_report == ["B"]
    assert result.not_in_gold == ["Z"]


def test_false_positives_and_negatives_carry_diagnosis():
    # a FP lists the report's citations and the gold note; a FN lists the gold provisions
    result = score_report(report({"A": ["s. 3"]}, ["B"]), gold({"A": "absent", "B": ("express", ["s. 2"])}))
    (fp,) = result.false_positives
    assert (fp.id, fp.reported_provisions, fp.gold_label, fp.note) == ("A", ("s. 3",), "absent", "note absent")
    (fn,) = result.false_negatives
    assert (fn.id, fn.reported_provisions, fn.gold_provisions) == ("B", (), ("s. 2",))


# --------------------------------------------------------------------------- figures

FIGURE_CASES = [
    # tp fp fn tn -> precision, recall, f1, gap precision TN/(TN+FN), gap recall TN/(TN+FP)
    # a perfect report
    ((3, 0, 0, 2), (1.0, 1.0, 1.0, 1.0, 1.0)),
    # everything missing (the placeholder engine): precision undefined, F1 zero, gaps all caught
    ((0, 0, 4, 6), (None, 0.0, 0.0, 0.6, 1.0)),
    # everything found: gap figures undefined / zero
    ((4, 6, 0, 0), (0.4, 1.0, 8 / 14, None, 0.0)),
    # mixed: 2 TP, 1 FP, 2 FN, 3 TN
    ((2, 1, 2, 3), (2 / 3, 0.5, 4 / 7, 0.6, 0.75)),
    # nothing scored at all
    ((0, 0, 0, 0), (None, None, None, None, None)),
]


@pytest.mark.parametrize("cells, expected", FIGURE_CASES)
def test_figures(cells, expected):
    tp, fp, fn, tn = cells
    c = Counts(tp=tp, fp=fp, fn=fn, tn=tn)
    got = (c.precision, c.recall, c.f1, c.gap_precision, c.gap_recall)
    for value, want in zip(got, expected, strict=True):
        assert value is None if want is None else value == pytest.approx(want)


# --------------------------------------------------------------------------- red flags

FLAG_CASES = [
    # raised in gold and in the report: TP
    ({"RF.a": "raised"}, {"RF.a": ["s. 4"]}, (1, 0, 0, 0)),
    # raised in gold, not listed by the report: FN
    ({"RF.a": "raised"}, {}, (0, 0, 1, 0)),
    # not raised in gold but listed: FP
    ({"RF.a": "not_raised"}, {"RF.a": []}, (0, 1, 0, 0)),
    # not raised and not listed: TN
    ({"RF.a": "not_raised"}, {}, (0, 0, 0, 1)),
    # unknown is not scored; a flag the gold does not label is not scored
    ({"RF.a": "unknown"}, {"RF.a": [], "RF.b": []}, (0, 0, 0, 0)),
]


@pytest.mark.parametrize("gold_flags, raised, expected", FLAG_CASES)
def test_flag_counts(gold_flags, raised, expected):
    c = score_report(report(flags=raised), gold(flags=gold_flags)).counts
    assert (c.flag_tp, c.flag_fp, c.flag_fn, c.flag_tn) == expected


def test_flag_figures():
    # 2 of 3 raised flags found, 1 wrongly raised: precision 2/3, recall 2/3
    g = gold(flags={"RF.a": "raised", "RF.b": "raised", "RF.c": "raised", "RF.d": "not_raised"})
    result = score_report(report(flags={"RF.a": [], "RF.b": [], "RF.d": []}), g)
    assert result.counts.flag_precision == pytest.approx(2 / 3)
    assert result.counts.flag_recall == pytest.approx(2 / 3)
    assert [m.id for m in result.flag_false_negatives] == ["RF.c"]
    assert [m.id for m in result.flag_false_positives] == ["RF.d"]


# --------------------------------------------------------------------------- citations

CITATION_CASES = [
    # same citation
    (["s. 2(1)"], ["s. 2(1)"], True),
    # same provision in another style ("s." dropped, "section" spelled out)
    (["s. 2(1)"], ["2(1)"], True),
    (["section 2(1)"], ["s. 2(1)"], True),
    # the report cites the parent of the gold provision (report "s. 2(1)", gold "s. 2(1)(a)")
    (["s. 2(1)"], ["s. 2(1)(a)"], True),
    # the report cites a subdivision of the gold provision (gold "s. 2", report "s. 2(3)")
    (["s. 2(3)"], ["s. 2"], True),
    # French numbering with degree signs, parent and child
    (["art. 225-4-1"], ["225-4-1 I 1°"], True),
    (["art. 225-4-1 I 1°"], ["225-4-1 I"], True),
    # Spanish "bis" article
    (["art. 177 bis(1)(a)"], ["177 bis.1"], True),
    # one of several reported citations matches one of several gold provisions
    (["s. 9", "s. 4(2)"], ["s. 1", "s. 4"], True),
    # a sibling is not a match
    (["s. 2(2)"], ["s. 2(1)"], False),
    # a number prefix is not a subdivision ("s. 21" is not within "s. 2")
    (["s. 21"], ["s. 2"], False),
    (["s. 2"], ["s. 21(1)"], False),
    # nothing cited
    ([], ["s. 2"], False),
]


@pytest.mark.parametrize("reported, gold_provisions, expected", CITATION_CASES)
def test_citations_match(reported, gold_provisions, expected):
    assert citations_match(reported, gold_provisions) is expected


def test_citation_accuracy_counts_true_positives_only():
    g = gold({
        "A": ("express", ["s. 2(1)(a)"]),  # TP, cited by its parent: matched
        "B": ("functional", ["s. 2"]),  # TP, cited by a subdivision: matched
        "C": ("express", ["s. 5"]),  # TP, wrong provision: not matched
        "D": ("express", []),  # TP, gold lists no provision: not checkable, left out
        "E": ("absent", []),  # FP: not a true positive, left out
        "F": ("express", ["s. 7"]),  # FN: left out
    })
    result = score_report(report({"A": ["s. 2(1)"], "B": ["s. 2(3)"], "C": ["s. 6"], "D": ["s. 1"], "E": ["s. 1"]},
                                 ["F"]), g)
    c = result.counts
    assert (c.cited_ok, c.cited_checked) == (2, 3)
    assert c.citation_accuracy == pytest.approx(2 / 3)
    assert [m.id for m in result.citation_misses] == ["C"]


# --------------------------------------------------------------------------- aggregation


def test_aggregation_per_language_and_overall():
    # two English files and one French file: counts add up per language and overall (micro average)
    en1 = score_report(report({"A": [], "B": []}, ["C"]), gold({"A": "express", "B": "absent", "C": "express"}))
    en2 = score_report(report({"A": []}, []), gold({"A": "express"}))
    fr = score_report(report({}, ["A", "B"]), gold({"A": "absent", "B": "functional"}, language="fr"))
    agg = aggregate([en1, en2, fr])
    assert set(agg) == {"en", "fr", "es", "all"}
    assert (agg["en"].tp, agg["en"].fp, agg["en"].fn, agg["en"].tn, agg["en"].files) == (2, 1, 1, 0, 2)
    assert (agg["fr"].tp, agg["fr"].fp, agg["fr"].fn, agg["fr"].tn, agg["fr"].files) == (0, 0, 1, 1, 1)
    # a language with no file is present and empty
    assert agg["es"].files == 0 and agg["es"].f1 is None
    assert (agg["all"].tp, agg["all"].fp, agg["all"].fn, agg["all"].tn, agg["all"].files) == (2, 1, 2, 1, 3)
    # figures come from the summed counts, not an average of per-file figures
    assert agg["all"].f1 == pytest.approx(4 / 7)
    assert agg["en"].f1 == pytest.approx(4 / 6)


def test_aggregation_keeps_other_languages():
    # a file in a language outside en/fr/es gets its own group
    de = score_report(report({"A": []}), gold({"A": "express"}, language="de"))
    agg = aggregate([de])
    assert agg["de"].tp == 1 and agg["all"].tp == 1


# --------------------------------------------------------------------------- gold files


def test_load_gold_yaml(tmp_path):
    # the contract's example, read with the safe loader
    path = tmp_path / "g.yaml"
    path.write_text(
        "file: us-18usc-1589-1595.txt\nlanguage: en\npartial: false\nelements:\n"
        '  TIP-3-a.act.recruitment: {label: express, provisions: ["1590(a)"], note: "recruits"}\n'
        "red_flags:\n"
        '  RF.transnationality_required: {label: not_raised, provisions: [], note: ""}\n',
        encoding="utf-8",
    )
    g = load_gold(path)
    assert (g.file, g.language, g.partial) == ("us-18usc-1589-1595.txt", "en", False)
    assert g.elements["TIP-3-a.act.recruitment"].provisions == ("1590(a)",)
    assert g.red_flags["RF.transnationality_required"].label == "not_raised"


def test_unknown_label_is_an_error():
    # a typo in a label must not silently count as absent
    with pytest.raises(ValueError, match="expres"):
        gold_from_dict(gold({"A": "expres"}))


def test_shared_gold_files_parse(shared):
    # every gold file of the dev corpus uses known labels only
    files = sorted((shared / "corpus" / "dev" / "gold").glob("*.yaml"))
    assert files
    for path in files:
        g = load_gold(path)
        assert g.language in {"en", "fr", "es"} and g.elements
