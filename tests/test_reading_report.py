"""Honest uncertainty in the reports: how well the law was read, and which findings rest on inference.

The laws are invented (the fictional State of Eldoria): one numbered the usual way, and one
memorandum whose paragraphs carry no article or section numbers at all.
"""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document as WordDocument

from assessor.assessment import ElementView, Finding, LawFile, apply_pre_assessment, new_assessment
from assessor.catalog import load_catalog
from assessor.cli import main
from assessor.engine.values import ElementResult, ElementStatus, Evidence
from assessor.errors import ExitCode
from assessor.legislation.model import Reading
from assessor.legislation.reader import read_legislation
from assessor.preassessment import PreAssessment, pre_assess
from assessor.reports.assessment_json import report_json
from assessor.reports.docx_report import write_docx
from assessor.reports.json_report import build_report
from assessor.reports.markdown_report import write_markdown
from assessor.reports.text_report import reading_failed, render_text
from assessor.store import Store

NUMBERED = """Eldoria Trafficking in Persons Act

Section 1. Name of this Act
The Eldorian Act on Trafficking takes effect on the first day of spring.

Section 2. Offence of trafficking
(1) Anyone who, using threat, force or deception, recruits, moves, shelters or takes in another person
for the purpose of exploitation commits an offence.
(2) The consent of a victim to the intended exploitation is irrelevant.

Section 3. Penalty
A person convicted of an offence under section 2 is liable to imprisonment for fifteen years.
"""

UNNUMBERED = """Eldoria memorandum on exploitation

Whoever recruits or harbours another person by threat for the purpose of forced labour commits an offence.

The consent of the person concerned is irrelevant where a threat has been used.

A person who procures the illegal entry of another person into Eldoria for a financial benefit commits an offence.
"""

NOTICE = "The structure of memo.txt was not recognised"


@pytest.fixture(scope="module")
def laws(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("laws")
    (folder / "act.txt").write_text(NUMBERED, encoding="utf-8")
    (folder / "memo.txt").write_text(UNNUMBERED, encoding="utf-8")
    return {"act": folder / "act.txt", "memo": folder / "memo.txt"}


@pytest.fixture(scope="module")
def pres(laws: dict[str, Path]) -> dict[str, PreAssessment]:
    catalog = load_catalog()
    return {name: pre_assess(read_legislation([path]), catalog) for name, path in laws.items()}


# --------------------------------------------------------------------------- the JSON `reading` object

@pytest.mark.parametrize(
    ("law", "failed"),
    [
        # A law numbered by sections: most of its text placed in provisions, no warning.
        ("act", False),
        # A memorandum without numbering: nothing recognised, and a warning says so.
        ("memo", True),
    ],
)
def test_json_reading_object(pres: dict[str, PreAssessment], law: str, failed: bool) -> None:
    report = build_report(pres[law])
    reading = report["reading"]
    assert set(reading) == {"coverage", "units", "warnings", "files"}
    assert [f["name"] for f in reading["files"]] == [f"{law}.txt" if law == "act" else "memo.txt"]
    only = reading["files"][0]
    assert (only["coverage"], only["units"], only["warnings"]) == (
        reading["coverage"], reading["units"], reading["warnings"])
    assert bool(reading["warnings"]) is failed
    assert (reading["units"] == 0) is failed
    assert reading_failed(pres[law].legislation.reading) is failed
    # The contract's keys are all still there.
    assert {"schema", "legislation", "elements", "red_flags", "requirements", "scores"} <= set(report)
    assert isinstance(report["legislation"]["provisions"], int)


def test_json_reading_of_two_files_keeps_each_file(laws: dict[str, Path]) -> None:
    # Two files, one read well and one not: the whole reading warns, and each file has its own figures.
    pre = pre_assess(read_legislation([laws["act"], laws["memo"]]), load_catalog(), ["TIP"])
    reading = build_report(pre)["reading"]
    files = {f["name"]: f for f in reading["files"]}
    assert files["act.txt"]["warnings"] == [] and files["act.txt"]["units"] == 3
    assert files["memo.txt"]["warnings"] and files["memo.txt"]["units"] == 0
    assert reading["units"] == 3 and any(w.startswith("memo.txt: ") for w in reading["warnings"])


# --------------------------------------------------------------------------- inferred flags

@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        # The law's own words: not inferred.
        ("express", False),
        # An offence with no means covers every means: a functional reading is inferred.
        ("functional: the offence requires no means", True),
        # An equivalence spelled as an inference.
        ("inferred: the role of the carrier is presupposed", True),
        # No rule at all (an element the engine did not decide): not inferred.
        ("", False),
        # "functional" inside the sentence, not at its start: not inferred.
        ("express (a functional term of the law)", False),
    ],
)
def test_element_result_inferred(rule: str, expected: bool) -> None:
    assert ElementResult("TIP-3-a.means.threat", ElementStatus.FOUND, rule=rule).inferred is expected


def _with_result(pre: PreAssessment, element_id: str, status: ElementStatus, element_rule: str,
                 evidence_rule: str, note: str = "") -> PreAssessment:
    provision = next(p for p in pre.legislation.provisions if "recruits" in p.text)
    evidence = (Evidence(element_id, provision.uid, provision.citation, provision.text[:60], (0, 8), "recruits",
                         100.0, evidence_rule),) if status is ElementStatus.FOUND else ()
    elements = dict(pre.elements)
    elements[element_id] = ElementResult(element_id, status, evidence, element_rule, note)
    return replace(pre, elements=elements)


@pytest.mark.parametrize(
    ("status", "element_rule", "evidence_rule", "element_inferred", "evidence_inferred"),
    [
        # Quoted in the law's own words: nothing inferred.
        (ElementStatus.FOUND, "express", "express", False, False),
        # Read from an offence that needs no means: the element and its evidence are inferred.
        (ElementStatus.FOUND, "functional: the offence requires no means", "functional: the offence requires no means",
         True, True),
        # An express quote carrying an element read by equivalence: the evidence is inferred too.
        (ElementStatus.FOUND, "functional: covered by deception", "express", True, True),
        # A missing element has no finding to rest on inference, whatever its rule says.
        (ElementStatus.MISSING, "functional: the offence requires no means", "", False, None),
    ],
)
def test_json_inferred_flags(pres: dict[str, PreAssessment], status: ElementStatus, element_rule: str,
                             evidence_rule: str, element_inferred: bool, evidence_inferred: bool | None) -> None:
    element_id = "TIP-3-a.means.fraud"
    pre = _with_result(pres["act"], element_id, status, element_rule, evidence_rule)
    element = next(e for e in build_report(pre)["elements"] if e["id"] == element_id)
    assert element["inferred"] is element_inferred and element["rule"] == element_rule
    if evidence_inferred is None:
        assert element["evidence"] == []
    else:
        assert [(e["rule"], e["inferred"]) for e in element["evidence"]] == [(evidence_rule, evidence_inferred)]


@pytest.mark.parametrize(
    ("element_rule", "note", "finding_inferred", "shown_rule"),
    [
        # An express element: the finding does not rest on inference, the rule is kept as it is.
        ("express", "", False, "express"),
        # An inferred element makes the finding inferred; the engine's note travels with the rule.
        ("functional: covered by deception", "fraud is a form of deception", True,
         "functional: covered by deception (fraud is a form of deception)"),
        # An inferred element without a note: the rule alone is the reasoning.
        ("functional: the offence requires no means", "", True, "functional: the offence requires no means"),
    ],
)
def test_findings_tell_inferred_apart(pres: dict[str, PreAssessment], element_rule: str, note: str,
                                      finding_inferred: bool, shown_rule: str) -> None:
    pre = pres["act"]
    means = [e.id for e in pre.catalog.requirement("TIP-3-a").elements if ".means." in e.id]
    # Every other element of the requirement is made express, so only the one under test can infer.
    for element_id in means + [e.id for e in pre.catalog.requirement("TIP-3-a").elements]:
        pre = _with_result(pre, element_id, ElementStatus.FOUND, "express", "express")
    pre = _with_result(pre, means[0], ElementStatus.FOUND, element_rule, "express", note)
    assessment, _ = apply_pre_assessment(new_assessment("Eldoria", "Act"), pre)
    finding = assessment.finding("TIP-3-a")
    assert finding.inferred is finding_inferred
    view = next(v for v in finding.elements if v.element_id == means[0])
    assert view.rule == shown_rule and view.inferred is finding_inferred


@pytest.mark.parametrize(
    ("status", "rule", "expected"),
    [
        # A found element read by inference.
        (ElementStatus.FOUND, "functional: any form of exploitation", True),
        # A missing element is never an inferred finding.
        (ElementStatus.MISSING, "functional: any form of exploitation", False),
        # A found element in the law's words.
        (ElementStatus.FOUND, "express", False),
    ],
)
def test_element_view_inferred(status: ElementStatus, rule: str, expected: bool) -> None:
    view = ElementView("TIP-3-a.purpose.forced_labour", status, ("s. 2",), rule)
    assert view.inferred is expected
    assert Finding("TIP-3-a", elements=(view,)).inferred is expected


# --------------------------------------------------------------------------- text report and CLI

@pytest.mark.parametrize(
    ("law", "notice"),
    [
        # Read well: the report opens with its title, no notice, nothing on stderr.
        ("act", False),
        # Not recognised: the report opens with the notice, stderr repeats it with the warning; exit 0.
        ("memo", True),
    ],
)
def test_cli_text_report_notice(laws: dict[str, Path], capsys: pytest.CaptureFixture[str], law: str,
                                notice: bool) -> None:
    assert main(["assess", str(laws[law])]) == ExitCode.OK
    captured = capsys.readouterr()
    assert captured.out.startswith(f"NOTICE: {NOTICE}") is notice
    assert ("Missing elements below may be reading failures, not gaps." in captured.out) is notice
    assert "Reading: " in captured.out
    assert (NOTICE in captured.err) is notice
    assert ("no article or section numbering was recognised" in captured.err) is notice
    if not notice:
        assert captured.out.startswith("Pre-assessment of:") and captured.err == ""


@pytest.mark.parametrize(
    ("law", "warned"),
    [
        # JSON of a law read well: reading without warnings, silent stderr.
        ("act", False),
        # JSON of the memorandum: the warnings are in the report and on stderr, and the exit code is 0.
        ("memo", True),
    ],
)
def test_cli_json_report_warnings(laws: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  law: str, warned: bool) -> None:
    out = tmp_path / "report.json"
    assert main(["assess", str(laws[law]), "--format", "json", "--output", str(out)]) == ExitCode.OK
    report = json.loads(out.read_text(encoding="utf-8"))
    assert bool(report["reading"]["warnings"]) is warned
    err = capsys.readouterr().err
    assert bool(err) is warned
    assert all(line.startswith("assessor: warning: ") for line in err.splitlines())


def test_text_report_counts_inferred_elements(pres: dict[str, PreAssessment]) -> None:
    # An element found by a functional reading is counted and marked in the text report.
    pre = _with_result(pres["act"], "TIP-3-a.means.fraud", ElementStatus.FOUND, "functional: covered by deception",
                       "express")
    text = render_text(pre)
    inferred = sum(1 for r in pre.elements.values() if r.status is ElementStatus.FOUND and r.inferred)
    assert inferred >= 1 and f"({inferred} by inference" in text
    assert "(inferred, functional: covered by deception)" in text


# --------------------------------------------------------------------------- the record and its Markdown report

@pytest.mark.parametrize(
    ("law", "notice"),
    [
        # A law read well: its reading is kept, and the Markdown report has no notice.
        ("act", False),
        # The memorandum: its failed reading is kept with the pre-assessment, and the report opens with it.
        ("memo", True),
    ],
)
def test_store_keeps_the_reading_and_markdown_says_it(tmp_path: Path, laws: dict[str, Path],
                                                      pres: dict[str, PreAssessment], law: str, notice: bool) -> None:
    pre = pres[law]
    data = laws[law].read_bytes()
    with Store(tmp_path / "db.sqlite3") as store:
        assessment = store.create(new_assessment("Eldoria", "Act"))
        # Attached without a reading, as an older app did: the pre-assessment supplies it.
        files = [LawFile(laws[law].name, store.put_file(laws[law].name, data), len(data))]
        store.set_files(assessment.id, files, by="ana")
        saved, _ = store.save_pre_assessment(assessment.id, pre, files, by="machine")
        history = store.history(assessment.id)
    assert saved.files[0].reading == pre.legislation.files[0].reading
    assert [h.field for h in history].count("files") == 1  # the reading is not a change of files
    with Store(tmp_path / "db.sqlite3") as store:
        assert store.get(assessment.id).files[0].reading == pre.legislation.files[0].reading
        markdown = write_markdown(store.get(assessment.id), load_catalog())
    head = markdown.split("## Scores by pillar")[0]
    assert ("> **Notice:** The structure of memo.txt was not recognised" in head) is notice
    assert ("may be reading failures, not gaps" in head) is notice


def test_markdown_notice_escapes_the_file_name() -> None:
    # A file name is user text: its Markdown and HTML characters stay literal in the notice.
    failed = LawFile("<b>draft</b>*.txt", "0" * 64, reading=Reading(0.1, 0, ("no numbering",)))
    assessment = replace(new_assessment("Eldoria", "Act"), files=(failed,))
    markdown = write_markdown(assessment, load_catalog())
    assert "\\<b\\>draft\\</b\\>\\*.txt" in markdown and "<b>" not in markdown


def test_migration_adds_the_reading_to_an_older_database(tmp_path: Path) -> None:
    # A database at schema 2 (before readings were kept) opens, upgrades, and its files read as "not known".
    path = tmp_path / "old.sqlite3"
    with Store(path) as store:
        assessment = store.create(new_assessment("Eldoria", "Act"))
        store.set_files(assessment.id, [LawFile("act.txt", "1" * 64, 10)], by="ana")
    conn = sqlite3.connect(path)
    # Back to schema 2 as it was: what migrations 3 and later added goes (4 only rewrote decisions).
    conn.execute("ALTER TABLE law_files DROP COLUMN reading")
    conn.execute("DROP TABLE members")
    conn.execute("DROP TABLE codings")
    conn.execute("ALTER TABLE assessments DROP COLUMN coders")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.schema_version >= 3
        assert store.get(assessment.id).files[0].reading is None


@pytest.mark.parametrize(
    ("reading", "inferred_rule", "expected_reading", "expected_inferred"),
    [
        # A kept reading and an element found by a functional rule: both in the assessment's JSON report.
        (Reading(0.2, 0, ("no numbering",)), "functional: the offence requires no means",
         {"coverage": 0.2, "units": 0, "warnings": ["no numbering"]}, True),
        # A file recorded before readings were kept, and an express element: null reading, not inferred.
        (None, "express", None, False),
    ],
)
def test_assessment_json_report_carries_reading_and_inferred(reading: Reading | None, inferred_rule: str,
                                                             expected_reading: dict | None,
                                                             expected_inferred: bool) -> None:
    view = ElementView("TIP-3-b", ElementStatus.FOUND, ("s. 2(2)",), inferred_rule, "consent is irrelevant")
    assessment = replace(new_assessment("Eldoria", "Act"), files=(LawFile("act.txt", "2" * 64, reading=reading),),
                         findings={"TIP-3-b": Finding("TIP-3-b", elements=(view,))})
    report = report_json(assessment, load_catalog())
    assert report["files"][0]["reading"] == expected_reading
    entry = next(r for r in report["requirements"] if r["id"] == "TIP-3-b")
    assert entry["inferred"] is expected_inferred and entry["elements"][0]["inferred"] is expected_inferred


@pytest.mark.parametrize(
    ("reading", "notice"),
    [
        # A file read well: the Word report's title block carries no notice.
        (Reading(0.93, 12, ()), False),
        # A file whose numbering was not recognised: the notice and its warning stand in the title block.
        (Reading(0.1, 0, ("no article or section numbering was recognised",)), True),
    ],
)
def test_word_report_notice(reading: Reading, notice: bool) -> None:
    assessment = replace(new_assessment("Eldoria", "Act"), files=(LawFile("draft.txt", "0" * 64, reading=reading),))
    document = WordDocument(io.BytesIO(write_docx(assessment, load_catalog())))
    text = "\n".join(p.text for p in document.paragraphs)
    assert ("Notice: The structure of draft.txt was not recognised" in text) is notice
    assert ("draft.txt: no article or section numbering was recognised" in text) is notice
