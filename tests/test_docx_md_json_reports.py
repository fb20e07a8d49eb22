"""The Word, Markdown and JSON reports of an assessment, on a pre-assessed sample with decisions.

The sample is the Borduria penal code chapter (gaps and red flags), pre-assessed, with decisions
at every obligation level, some carrying hostile text: a formula, a script tag, Markdown, emoji,
right-to-left Arabic and a control character.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document

from assessor.assessment import Decision, LawFile, apply_pre_assessment, new_assessment
from assessor.catalog import load_catalog
from assessor.legislation.reader import read_legislation
from assessor.preassessment import RequirementStatus, pre_assess
from assessor.reports.assessment_json import SCHEMA, gap_wording, observations, report_json
from assessor.reports.docx_report import write_docx
from assessor.reports.markdown_report import escape, write_markdown

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "legislation_samples" / "borduria-penal-code-chapter-xii.pdf"
MET = RequirementStatus.MET
PART = RequirementStatus.PARTIALLY_MET
NOT = RequirementStatus.NOT_MET
NA = RequirementStatus.NOT_APPLICABLE

SCRIPT = "<script>alert(1)</script>"
HOSTILE = f"{SCRIPT} | **bold** =SUM(1) \x07bell"
RTL = "يحتاج إلى مساعدة تقنية"
DECISIONS = {
    # mandatory, not met, hostile rationale and notes, assistance in Arabic
    "TIP-6-6": Decision(NOT, HOSTILE, ("art. 301(1)",), "=SUM(1) consider a state fund 🙂",
                        f"Drafting a fund law: {RTL}", "ana"),
    # mandatory, partially met, cites two provisions the machine quoted
    "TIP-3-a": Decision(PART, "Harbouring and forced labour are missing.", ("art. 301(1)", "art. 300(b)"), by="ana"),
    # consider-level, not met
    "TIP-6-3": Decision(NOT, "No recovery measures in law.", by="ana"),
    # optional, not met
    "UNTOC-15-2": Decision(NOT, "Nationality jurisdiction only for citizens abroad.", by="ana"),
    # good practice, not met
    "GP.non_punishment": Decision(NOT, "No non-punishment clause.", by="ana"),
    # mandatory subject to the legal system, not met
    "TIP-9-3": Decision(NOT, "No role for civil society.", by="ana"),
    # good practice met: a good practice
    "GP.data_collection": Decision(MET, "The Statistics Act covers trafficking data.", ("s. 12",), by="ana"),
    # consider-level, not applicable: neither gap nor good practice
    "SOM-18-2": Decision(NA, "No permanent residents abroad.", by="ana"),
    # cites a provision the machine never quoted: its text comes from `texts`
    "UNTOC-11-1": Decision(MET, "Penalties of 3 to 10 years.", ("art. 305",), by="ana"),
}
ART_305 = "The penalties of this chapter shall be doubled where the victim is a child."


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def assessment(catalog):
    legislation = read_legislation([SAMPLE])
    base = replace(new_assessment("Borduria", "Penal Code, chapter XII", "2025-03-01", created_by="Ana Reviewer"),
                   files=tuple(LawFile.from_source(f, version="as amended 2023") for f in legislation.files))
    result, _ = apply_pre_assessment(base, pre_assess(legislation, catalog))
    for requirement_id, decision in DECISIONS.items():
        result = result.with_finding(replace(result.finding(requirement_id), decision=decision))
    return result


@pytest.fixture(scope="module")
def docx_bytes(assessment, catalog, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    data = write_docx(assessment, catalog, path, texts={"art. 305": ART_305})
    assert path.read_bytes() == data
    return data


@pytest.fixture(scope="module")
def document(docx_bytes):
    return Document(io.BytesIO(docx_bytes))


def table_rows(table) -> list[dict[str, str]]:
    """A Word table's rows as dicts keyed by its header row."""
    header = [c.text for c in table.rows[0].cells]
    return [dict(zip(header, (c.text for c in row.cells), strict=True)) for row in table.rows[1:]]


def gap_table(document):
    """The gap table of the observations (its header starts with "#")."""
    return next(t for t in document.tables if t.rows[0].cells[0].text == "#")


def section(document, heading: str) -> list:
    """The paragraphs from a heading to the next heading."""
    paragraphs = document.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == heading)
    end = next((i for i in range(start + 1, len(paragraphs)) if paragraphs[i].style.name.startswith("Heading")),
               len(paragraphs))
    return paragraphs[start:end]


# ------------------------------------------------------------------------------------------ Word


def test_docx_is_a_valid_package(docx_bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as package:
        assert package.testzip() is None
        assert "word/document.xml" in package.namelist()
    # re-opened and saved again by python-docx without complaint
    again = io.BytesIO()
    Document(io.BytesIO(docx_bytes)).save(again)
    assert Document(io.BytesIO(again.getvalue())).paragraphs


HEADING_CASES = [
    # the title block
    ("Borduria: Penal Code, chapter XII", "Title"),
    # the scores
    ("Scores by pillar", "Heading 1"),
    # an instrument, by its short title
    ("Trafficking in Persons Protocol", "Heading 1"),
    # another instrument
    ("Organized Crime Convention", "Heading 1"),
    # an article
    ("Article 6", "Heading 2"),
    # a requirement: reference and title
    ("TIP Protocol, art. 6(6): Possibility of obtaining compensation", "Heading 3"),
    # the good practices of the working paper are grouped as one "article"
    ("Good practice (WP)", "Heading 2"),
    # the observations and their parts
    ("Observations (draft)", "Heading 1"),
    # gaps, prioritised
    ("Gaps and challenges", "Heading 2"),
    # good practices
    ("Good practices", "Heading 2"),
    # the assessor's notes
    ("Suggestions", "Heading 2"),
    # assistance from the decisions
    ("Technical assistance needs", "Heading 2"),
]


@pytest.mark.parametrize(("text", "style"), HEADING_CASES)
def test_docx_headings(document, text: str, style: str) -> None:
    assert style in [p.style.name for p in document.paragraphs if p.text == text]


def test_docx_every_requirement_in_scope_has_a_heading(document, assessment, catalog) -> None:
    headings = [p for p in document.paragraphs if p.style.name == "Heading 3"]
    assert len(headings) == len(assessment.in_scope(catalog).requirements) == 194
    # instruments in the order TIP, SOM, UNTOC, GP
    order = [h.text.split()[0].rstrip(",") for h in headings]
    assert list(dict.fromkeys(order)) == ["TIP", "SOM", "UNTOC", "Crime"]  # GP: "Crime Congress working paper"


# (requirement heading, text expected in one of its paragraphs, style of that paragraph)
COMPENSATION = "TIP Protocol, art. 6(6): Possibility of obtaining compensation"
DEFINITION = "TIP Protocol, art. 3(a): Definition of trafficking in persons (act, means, purpose)"
CONSENT = "TIP Protocol, art. 3(b): Consent of the victim irrelevant where means were used"
MLA = "UNTOC, art. 18(1) and (3): The widest measure of mutual legal assistance, for the listed purposes"
CONTENT_CASES = [
    # the authentic text, quoted
    (COMPENSATION, "Each State Party shall ensure that its domestic legal system contains measures", "Quote"),
    # the checklist's question
    (COMPENSATION,
     "Question: Does your domestic legal system offer victims of trafficking in persons the possibility", "Normal"),
    # the answer from the decision
    (COMPENSATION, "Answer: No (decided by the assessor)", "Normal"),
    # the rationale, hostile text kept as text, the control character dropped
    (COMPENSATION, "Explanation: <script>alert(1)</script> | **bold** =SUM(1) bell", "Normal"),
    # technical assistance, right-to-left text intact
    (COMPENSATION, f"Technical assistance needed: Drafting a fund law: {RTL}", "Normal"),
    # the decision's cited provision, with the words the machine quoted from it
    (DEFINITION, 'art. 301(1): "Whoever, by means of force, threat, abduction', "List Bullet"),
    # a partially met decision
    (DEFINITION, "Answer: Partly (decided by the assessor)", "Normal"),
    # a cited provision the machine never quoted: its text from `texts`
    ("UNTOC, art. 11(1) and (4): Sanctions, early release and parole that take into account the gravity of the offence",
     f'art. 305: "{ART_305}"', "List Bullet"),
    # undecided: the machine's answer and its reasons
    (CONSENT, "Answer: No (the machine's proposal, to be confirmed)", "Normal"),
    # the machine's reasons as the explanation
    (CONSENT,
     "Explanation: The machine found 0 of 1 elements. Missing: Consent of the victim irrelevant.", "Normal"),
    # a requirement the machine cannot decide and nobody has
    (MLA, "Answer: Not yet assessed", "Normal"),
    # not applicable
    ("SOM Protocol, art. 18(2): Return of former permanent residents",
     "Answer: Not applicable (decided by the assessor)", "Normal"),
]


@pytest.mark.parametrize(("heading", "expected", "style"), CONTENT_CASES)
def test_docx_requirement_content(document, heading: str, expected: str, style: str) -> None:
    paragraphs = section(document, heading)
    matches = [p for p in paragraphs if expected in p.text]
    assert matches, [p.text for p in paragraphs]
    assert matches[0].style.name == style


# (requirement id, the start of its observation)
WORDING_CASES = [
    # mandatory: urged
    ("TIP-6-6", "The State is urged to ensure that victims of trafficking can obtain compensation"),
    # mandatory subject to the legal system: urged too
    ("TIP-9-3", "The State is urged to provide, as appropriate, for cooperation"),
    # consider-level: may wish to consider, the action's own "Consider" not doubled
    ("TIP-6-3", "The State may wish to consider providing by law for the recovery"),
    # optional: invited
    ("UNTOC-15-2", "The State is invited to consider establishing jurisdiction"),
    # good practice: invited
    ("GP.non_punishment", "The State is invited to "),
]


@pytest.mark.parametrize(("requirement_id", "start"), WORDING_CASES)
def test_gap_wording_by_obligation(document, catalog, requirement_id: str, start: str) -> None:
    requirement = catalog.requirement(requirement_id)
    assert gap_wording(requirement).startswith(start)
    row = next(r for r in table_rows(gap_table(document)) if r["Requirement"] == requirement.reference)
    assert row["Observation"].startswith(start)


def test_gaps_prioritised(assessment, catalog) -> None:
    gaps = observations(assessment, catalog).gaps
    levels = ["mandatory", "mandatory_qualified", "endeavour", "consider", "optional", "good_practice"]
    keys = [(levels.index(g["obligation"]), g["status"] != "not_met") for g in gaps]
    assert keys == sorted(keys)
    assert [g["priority"] for g in gaps] == list(range(1, len(gaps) + 1))
    # only not met and partially met, and the partially met TIP-3-a after every mandatory not met
    assert {g["status"] for g in gaps} == {"not_met", "partially_met"}
    ids = [g["requirement_id"] for g in gaps]
    assert ids.index("TIP-3-a") > ids.index("TIP-6-6")


# (observation part heading, text expected in it)
OBSERVATION_CASES = [
    # a good practice met
    ("Good practices", "Data collection"),
    # a mandatory requirement met fully
    ("Good practices", "UNTOC, art. 11(1) and (4)"),
    # the assessor's notes, formula text kept as plain text
    ("Suggestions", "=SUM(1) consider a state fund 🙂"),
    # the assistance needed
    ("Technical assistance needs", RTL),
]


@pytest.mark.parametrize(("heading", "expected"), OBSERVATION_CASES)
def test_docx_observations(document, heading: str, expected: str) -> None:
    assert any(expected in p.text for p in section(document, heading))


def test_docx_not_applicable_is_neither_gap_nor_good_practice(document) -> None:
    assert not any("SOM Protocol, art. 18(2)" in p.text for p in section(document, "Good practices"))
    assert not any(r["Requirement"] == "SOM Protocol, art. 18(2)" for r in table_rows(gap_table(document)))


# (requirement reference, expected cells of its row in the gap table)
GAP_TABLE_CASES = [
    # mandatory, not met, decided: the level and status as labels
    ("TIP Protocol, art. 6(6)", {"Obligation": "Mandatory", "Status": "Not met", "Model Law": "-"}),
    # the Model Law reference beside the observation
    ("TIP Protocol, art. 3(b)", {"Status": "Not met", "Model Law": "UNODC Model Law against Trafficking in Persons"}),
    # mandatory, partially met: "Partially met", never partially_met
    ("TIP Protocol, art. 3(a)", {"Obligation": "Mandatory", "Status": "Partially met"}),
    # mandatory subject to the legal system: the level's label, never mandatory_qualified
    ("SOM Protocol, art. 11(4)", {"Obligation": "Mandatory, subject to the legal system", "Status": "Not met"}),
    # good practice: its label
    ("Crime Congress working paper (A/CONF.213/7), paras. 30 and 37", {"Obligation": "Good practice"}),
]


@pytest.mark.parametrize(("reference", "expected"), GAP_TABLE_CASES)
def test_docx_gap_table(document, reference: str, expected: dict) -> None:
    table = gap_table(document)
    assert [c.text for c in table.rows[0].cells] == ["#", "Requirement", "Obligation", "Status", "Observation",
                                                     "Model Law"]
    assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")  # the header repeats on every page
    row = next(r for r in table_rows(table) if r["Requirement"].startswith(reference))
    assert {k: row[k][:len(v)] for k, v in expected.items()} == expected


def test_docx_gap_table_in_priority_order(document, assessment, catalog) -> None:
    # the table lists every gap of the observations, numbered 1, 2, 3... in priority order
    rows = table_rows(gap_table(document))
    assert [r["#"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    assert [r["Requirement"] for r in rows] == [g["reference"] for g in observations(assessment, catalog).gaps]


def test_docx_carries_the_pillar_chart(document, docx_bytes) -> None:
    # one inline picture, a PNG, under the scores table, with alternative text giving every pillar's score
    (shape,) = document.inline_shapes
    assert shape.width > 0 and shape.height > 0
    description = shape._inline.docPr.get("descr")
    assert description.startswith("Score by pillar: Prosecution ")
    assert "International cooperation and coordination" in description
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as package:
        (image,) = [n for n in package.namelist() if n.startswith("word/media/")]
        assert package.read(image)[:8] == b"\x89PNG\r\n\x1a\n"
    paragraphs = section(document, "Scores by pillar")
    assert any(p._p.xpath(".//pic:pic") for p in paragraphs)  # in the scores section


def all_text(document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


CODES = ("not_met", "partially_met", "not_applicable", "not_assessed", "mandatory_qualified", "good_practice")


@pytest.mark.parametrize("code", CODES)
def test_docx_and_markdown_show_labels_never_codes(document, markdown: str, code: str) -> None:
    # a status or level code never reaches a reader of the Word or Markdown report
    assert code not in all_text(document)
    assert code not in markdown


def test_docx_pillar_rows_one_score_and_the_grade_subset(document) -> None:
    # each graded pillar: one score, the grade beside it, and the subset the grade is over named in the same row
    rows = {r["Pillar"]: r for r in table_rows(document.tables[0])}
    for pillar in ("Prosecution", "Protection", "Prevention"):
        assert rows[pillar]["How the grade was reached"].startswith(
            "graded on the TIP, UNTOC and good-practice requirements only (Smuggling of Migrants Protocol left out)")
    assert rows["National coordination and cooperation"]["Grade (1-5)"] == "-"


def test_docx_scores_table_and_properties(document) -> None:
    table = document.tables[0]
    assert table.style.name == "Table Grid"
    assert [c.text for c in table.rows[0].cells][:2] == ["Pillar", "Score"]
    assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")  # repeated on every page
    assert [r.cells[0].text for r in table.rows[1:]][0] == "Prosecution"
    assert any(p.text.startswith("Formula: score = (met + 0.5") for p in document.paragraphs)
    props = document.core_properties
    assert props.title == "Borduria: Penal Code, chapter XII"
    assert "Self-assessment" in props.subject
    assert props.author == "Ana Reviewer"


def test_docx_title_block(document) -> None:
    text = "\n".join(p.text for p in document.paragraphs[:20])
    for expected in ("Jurisdiction: Borduria", "Date: 2025-03-01", "borduria-penal-code-chapter-xii.pdf",
                     "version as amended 2023", "Progress: 9 of 194 requirements decided", "Files and versions:"):
        assert expected in text


# -------------------------------------------------------------------------------------- Markdown

ESCAPE_CASES = [
    # HTML never gets through
    (SCRIPT, r"\<script\>alert(1)\</script\>"),
    # a table cell separator
    ("a | b", r"a \| b"),
    # emphasis
    ("**bold** _it_", r"\*\*bold\*\* \_it\_"),
    # a heading at the start
    ("# Title", r"\# Title"),
    # a list item at the start
    ("- item", r"\- item"),
    # a numbered list item at the start
    ("1. item", r"1\. item"),
    # a link
    ("[x](http://e)", r"\[x\](http://e)"),
    # code and backslashes
    ("`code` a\\b", r"\`code\` a\\b"),
    # an HTML entity
    ("&lt;", r"\&lt;"),
    # line breaks and control characters become spaces
    ("one\ntwo\x07three", "one two three"),
    # a formula stays text; emoji and right-to-left text intact
    (f"=SUM(1) 🙂 {RTL}", rf"\=SUM(1) 🙂 {RTL}"),
]


@pytest.mark.parametrize(("text", "expected"), ESCAPE_CASES)
def test_markdown_escape(text: str, expected: str) -> None:
    assert escape(text) == expected


@pytest.fixture(scope="module")
def markdown(assessment, catalog):
    return write_markdown(assessment, catalog)


# text expected in the Markdown report
MARKDOWN_CASES = [
    # the title
    "# Borduria: Penal Code, chapter XII",
    # the scores heading
    "## Scores by pillar",
    # the scores table
    "| Pillar | Score | Met | Partly | Not met | Not applicable | Not assessed | Grade (1-5) | How the grade was "
    "reached |",
    # an instrument heading
    "## Trafficking in Persons Protocol",
    # an article heading
    "### Article 6",
    # a requirement heading
    "#### TIP Protocol, art. 6(6): Possibility of obtaining compensation",
    # the authentic text as a quote
    "> Each State Party shall ensure that its domestic legal system contains measures",
    # the answer
    "**Answer:** No (decided by the assessor)",
    # the hostile rationale, escaped
    r"**Explanation:** \<script\>alert(1)\</script\> \| \*\*bold\*\* =SUM(1) bell",
    # a cited provision with the machine's quote
    "- art. 301(1): “Whoever, by means of force",
    # the gaps table
    "| # | Requirement | Obligation | Status | Observation | Model Law |",
    # a consider-level gap's wording
    "The State may wish to consider providing by law for the recovery",
    # a suggestion with a formula and emoji
    r"\=SUM(1) consider a state fund 🙂",
    # assistance in Arabic
    RTL,
]


@pytest.mark.parametrize("expected", MARKDOWN_CASES)
def test_markdown_content(markdown: str, expected: str) -> None:
    assert expected in markdown


def test_markdown_never_carries_raw_html_or_markup_from_text(markdown: str) -> None:
    # every < and > is escaped, except the quote marker at the start of a line
    body = re.sub(r"^> ", "", markdown, flags=re.MULTILINE)
    assert not re.search(r"(?<!\\)[<>]", body)
    assert "<script" not in markdown.replace(r"\<script", "")
    assert "**bold**" not in markdown.replace(r"\*\*bold\*\*", "")
    # every table row has as many cells as its header (no "|" from a rationale splits a cell)
    for line in markdown.splitlines():
        if line.startswith("| 1 |") or line.startswith("| Pillar"):
            cells = [c for c in line.replace(r"\|", "").split("|")[1:-1]]
            assert len(cells) in (6, 9)


# ------------------------------------------------------------------------------------------ JSON


@pytest.fixture(scope="module")
def report(assessment, catalog):
    return report_json(assessment, catalog)


def test_json_round_trip(report) -> None:
    # plain types only: a tuple or enum would not survive the round trip unchanged
    assert json.loads(json.dumps(report, ensure_ascii=False)) == report


# (path into the report, expected value)
JSON_CASES = [
    # the schema of an assessment report (not the pre-assessment contract)
    (("schema",), SCHEMA),
    # the assessment's details
    (("assessment", "jurisdiction"), "Borduria"),
    # nine decisions
    (("assessment", "decided"), 9),
    # the file's version label
    (("files", 0, "version"), "as amended 2023"),
    # requirements in report order: TIP first
    (("requirements", 0, "id"), "TIP-3-a"),
    # every requirement of the catalogue in scope
    (("scores", "progress", "total"), 194),
    # progress counts the decisions
    (("scores", "progress", "decided"), 9),
    # a mandatory requirement the machine finds met is a good practice
    (("observations", "good_practices", 0), "TIP-5-1"),
]


@pytest.mark.parametrize(("path", "expected"), JSON_CASES)
def test_json_values(report, path: tuple, expected) -> None:
    value = report
    for key in path:
        value = value[key]
    assert value == expected


# (requirement id, machine status, decided status or None, status in force, gap verb or None)
JSON_REQUIREMENT_CASES = [
    # the assessor overrules the machine's "met": decided not met, urged
    ("TIP-6-6", "met", "not_met", "not_met", "urge"),
    # the machine's proposal in force, a gap
    ("TIP-3-b", "not_met", None, "not_met", "urge"),
    # consider-level gap
    ("TIP-6-3", "not_met", "not_met", "not_met", "consider"),
    # good practice gap: invited
    ("GP.non_punishment", "not_met", "not_met", "not_met", "invite"),
    # not applicable: no gap
    ("SOM-18-2", "not_assessed", "not_applicable", "not_applicable", None),
    # met: no gap
    ("GP.data_collection", "not_assessed", "met", "met", None),
]


@pytest.mark.parametrize(("rid", "machine", "decided", "status", "verb"), JSON_REQUIREMENT_CASES)
def test_json_requirements(report, rid, machine, decided, status, verb) -> None:
    entry = next(r for r in report["requirements"] if r["id"] == rid)
    assert entry["machine_status"] == machine
    assert (entry["decision"] or {}).get("status") == decided
    assert entry["status"] == status
    assert (entry.get("gap") or {}).get("verb") == verb
    assert entry["obligation"] and entry["pillars"]


def test_json_shape(report) -> None:
    assert set(report) == {"schema", "assessment", "files", "requirements", "observations", "scores"}
    assert len(report["requirements"]) == 194
    assert set(report["scores"]) >= {"formula", "pillars", "instruments", "obligations", "progress", "grades"}
    assert list(report["scores"]["pillars"]) == ["prosecution", "protection", "prevention",
                                                 "national_coordination", "international_cooperation"]
    assert report["scores"]["grades"]["prosecution"]["grade"] in range(1, 6)
    hostile = next(r for r in report["requirements"] if r["id"] == "TIP-6-6")["decision"]
    assert hostile["rationale"] == HOSTILE  # kept exactly in the machine-readable report


def test_reports_follow_the_scope(assessment, catalog) -> None:
    # a State party to the TIP Protocol and the Convention only: no SOM or GP requirement anywhere
    narrow = replace(assessment, instruments=("TIP", "UNTOC"))
    report = report_json(narrow, catalog)
    assert {r["instrument"] for r in report["requirements"]} == {"TIP", "UNTOC"}
    assert "GP.non_punishment" not in report["observations"]["gaps"]
    markdown = write_markdown(narrow, catalog)
    assert "## Smuggling of Migrants Protocol" not in markdown
    assert "## Good practice" not in markdown.splitlines()
    document = Document(io.BytesIO(write_docx(narrow, catalog)))
    assert not any(p.text.startswith("SOM Protocol") for p in document.paragraphs if p.style.name == "Heading 3")


# (statuses of the whole catalogue, what the chart's alternative text must say)
CHART_TEXT_CASES = [
    # nothing assessed: every pillar "not scored", no grade
    ({}, "Prosecution not scored; Protection not scored"),
    # everything met: 100%, and the three graded pillars with their grade
    ("all met", "Prosecution 100% (grade 5); Protection 100% (grade 5); Prevention 100% (grade 5); National"),
]


@pytest.mark.parametrize(("statuses", "expected"), CHART_TEXT_CASES)
def test_pillar_chart_picture_and_words(catalog, statuses, expected: str) -> None:
    from assessor.reports.chart import chart_description, pillar_chart_png
    from assessor.scoring import pillar_lines, scores

    if statuses == "all met":
        statuses = {r.id: MET for r in catalog.requirements}
    lines = pillar_lines(scores(statuses, catalog))
    assert expected in chart_description(lines)
    assert pillar_chart_png(lines)[:8] == b"\x89PNG\r\n\x1a\n"
