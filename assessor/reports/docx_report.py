"""The Word report of an assessment: the UNTOC review mechanism self-assessment, and Conference
of the Parties submissions.

Shape: a title block (jurisdiction, title, date, instruments, files and versions, progress), a
table of contents, the scores by pillar with the formula; agreement (when the assessment is double
coded: the two coders' percent agreement and Cohen's kappa; when anything is decided: the machine's
proposal against the final decisions); then, instrument by instrument (TIP,
SOM, UNTOC, GP) and article by article, every requirement in scope: the authentic text quoted,
the checklist's questions, the answer, the provisions cited with their text, the explanation, the
examples of implementation and challenges (when given) and the technical assistance needed; then
draft observations (gaps and challenges, good practices, suggestions, technical assistance needs).

Built for a State to go on editing in Word: real heading styles (Heading 1-3, so the navigation
pane and the table of contents work), plain paragraphs (no text boxes), tables with a repeated
header row, core properties set. Text from the law or the assessor is written as text only;
characters XML cannot hold (control characters) are dropped, so no input can break the file.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from itertools import groupby

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from assessor.agreement import (
    SMALL_N,
    AgreementReport,
    kappa_reading,
    kappa_text,
    machine_vs_final,
    percent_text,
    report_rows,
)
from assessor.assessment import Assessment
from assessor.catalog import Catalog, Requirement
from assessor.checklist_schema import Obligation
from assessor.labels import LEVEL_LABELS, PILLAR_LABELS, STATUS_LABELS
from assessor.preassessment import RequirementStatus
from assessor.reports.assessment_json import (
    ANSWERS,
    cited_provisions,
    explanation,
    observations,
    ordered,
    percent,
    questionnaire_answers,
)
from assessor.reports.chart import chart_description, pillar_chart_png
from assessor.reports.text_report import reading_notices, reading_warnings
from assessor.review_clusters import ReviewCluster, cluster_catalog, cluster_note
from assessor.scoring import FORMULA, GRADE_FORMULA, assessment_scores, pillar_lines

__all__ = ["write_docx"]

# Characters XML 1.0 cannot hold (python-docx refuses them): C0 controls but tab/newline/CR, lone surrogates.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CHART_WIDTH = Cm(16)  # the text width of an A4 or Letter page with Word's default margins


def clean(value: object) -> str:
    """Text safe to write into a Word document: characters XML cannot hold are removed."""
    return _NOT_XML.sub("", "" if value is None else str(value))


class _Writer:
    """Adds paragraphs with style objects looked up once (looking a style up by name is slow)."""

    def __init__(self) -> None:
        self.doc = Document()
        styles = self.doc.styles
        self.styles = {name: styles[name] for name in (
            "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Normal", "Quote",
            "List Bullet", "List Number", "Table Grid",
        )}
        # Style ids set straight on the paragraph: python-docx's style setter scans every style each time.
        self.style_ids = {name: style.style_id for name, style in self.styles.items()}
        self.style_ids["Normal"] = None  # the default style: no w:pStyle
        self.add = self.doc.add_paragraph

    def body(self, text: str = "", style: str = "Normal"):
        """An empty paragraph of a style (given by name)."""
        paragraph = self.add(text)
        style_id = self.style_ids[style]
        if style_id:
            paragraph._p.style = style_id
        return paragraph

    def para(self, text: str = "", style: str = "Normal", label: str = ""):
        """A paragraph, with an optional bold label before the text."""
        paragraph = self.body(style=style)
        if label:
            paragraph.add_run(clean(label)).bold = True
        if text:
            paragraph.add_run(clean(text))
        return paragraph

    def heading(self, text: str, level: int) -> None:
        """A real Word heading (Heading 1-3): it shows in the navigation pane and the table of contents."""
        self.body(clean(text), f"Heading {level}")

    def table(self, header: list[str], rows: list[list[str]]) -> None:
        """A table whose first row is a header, repeated on every page."""
        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table.style = self.styles["Table Grid"]
        all_rows = table.rows
        first = all_rows[0]
        tr_pr = first._tr.get_or_add_trPr()
        marker = OxmlElement("w:tblHeader")
        marker.set(qn("w:val"), "true")
        tr_pr.append(marker)
        for cell, text in zip(first.cells, header, strict=True):
            cell.paragraphs[0].add_run(clean(text)).bold = True
        for row, values in zip(all_rows[1:], rows, strict=True):
            for cell, text in zip(row.cells, values, strict=True):
                cell.paragraphs[0].add_run(clean(text))

    def picture(self, png: bytes, width: Cm, description: str) -> None:
        """A picture in its own paragraph, with alternative text for screen readers (Word's "Alt Text")."""
        shape = self.body().add_run().add_picture(io.BytesIO(png), width=width)
        shape._inline.docPr.set("descr", clean(description))

    def toc(self) -> None:
        """A table-of-contents field over Heading 1-3; Word fills it in (References > Update Table)."""
        paragraph = self.body()
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), 'TOC \\o "1-3" \\h \\z \\u')
        run = OxmlElement("w:r")
        text = OxmlElement("w:t")
        text.text = "Table of contents: right-click here and choose Update Field (or press F9)."
        run.append(text)
        field.append(run)
        paragraph._p.append(field)


def _title_block(w: _Writer, assessment: Assessment, catalog: Catalog, scores, scope_note: str = "") -> None:
    w.para(f"{assessment.jurisdiction}: {assessment.title}", "Title")
    w.para("Self-assessment of legislation against the UN Trafficking in Persons and Smuggling of Migrants "
           "Protocols and the Convention against Transnational Organized Crime", "Subtitle")
    w.para(assessment.jurisdiction, label="Jurisdiction: ")
    w.para(assessment.title, label="Title: ")
    w.para(assessment.date, label="Date: ")
    if scope_note:
        w.para(scope_note, label="Review cluster: ")
    names = {i.id: i.title for i in catalog.instruments}
    w.para("", label="Instruments:")
    for iid in assessment.instruments:
        w.para(names.get(iid, iid), "List Bullet")
    w.para("", label="Files and versions:")
    if not assessment.files:
        w.para("No law file recorded.", "List Bullet")
    for f in assessment.files:
        details = ", ".join(x for x in (f"version {f.version}" if f.version else "", f.format, f.language,
                                         f"{f.provisions} provisions", f"SHA-256 {f.sha256[:12]}") if x)
        w.para(f"{f.name}{f' ({f.title})' if f.title else ''}: {details}", "List Bullet")
    # A file whose structure was not recognised is said so before any answer is read as a gap.
    readings = [(f.name, f.reading) for f in assessment.files]
    for notice in reading_notices(readings, "in this report"):
        w.para(notice, label="Notice: ")
    for warning in reading_warnings(readings):
        w.para(warning, "List Bullet")
    progress = scores.progress
    w.para(f"{progress.decided} of {progress.total} requirements decided by an assessor "
           f"({percent(progress.decided_share)}); {progress.assessed} assessed "
           f"({percent(progress.assessed_share)}). Answers not decided are the machine's proposal, to be confirmed.",
           label="Progress: ")
    w.para("This is a draft for the State to review and complete.", label="Status: ")
    w.doc.add_page_break()
    w.toc()
    w.doc.add_page_break()


def _scores_section(w: _Writer, scores) -> None:
    w.heading("Scores by pillar", 1)
    lines = pillar_lines(scores)
    rows = [[PILLAR_LABELS[x.pillar], percent(x.score.score), str(x.score.met), str(x.score.partial),
             str(x.score.not_met), str(x.score.not_applicable), str(x.score.not_assessed),
             "-" if x.grade is None else str(x.grade), x.reason or "-"]
            for x in lines]
    w.table(["Pillar", "Score", "Met", "Partly", "Not met", "Not applicable", "Not assessed", "Grade (1-5)",
             "How the grade was reached"], rows)
    w.picture(pillar_chart_png(lines), CHART_WIDTH, chart_description(lines))
    w.para(f"Overall: {percent(scores.overall.score)} over {scores.overall.counted} requirements scored.")
    w.para(FORMULA, label="Formula: ")
    w.para(GRADE_FORMULA, label="Grades: ")


def _figures_table(w: _Writer, report: AgreementReport) -> None:
    """The figures of one comparison: overall, then each pillar and instrument compared at all."""
    rows = [[label if kind != "Instrument" else f"Instrument: {label}", str(f.n), str(f.agreed), percent_text(f),
             kappa_text(f.kappa)] for kind, label, f in report_rows(report) if kind == "Overall" or f.n]
    w.table(["Requirements", "n", "Same status", "Percent agreement", "Cohen's kappa"], rows)


def _status_words(code: str) -> str:
    try:
        return STATUS_LABELS[RequirementStatus(code)]
    except ValueError:
        return code


def _agreement_section(w: _Writer, assessment: Assessment, catalog: Catalog,
                       coders: AgreementReport | None) -> None:
    """Agreement: the two coders (double coding), and the machine's proposal against the final decisions."""
    machine = machine_vs_final(assessment, catalog)
    if coders is None and not any(f.decided for f in assessment.findings.values()):
        return
    w.heading("Agreement", 1)
    caution = (f" With fewer than {SMALL_N} requirements compared, one requirement moves these figures a lot: "
               "read them with caution.")
    if coders is not None:
        w.heading("Between the two assessors", 2)
        f = coders.overall
        if f.n:
            w.para(f"This assessment was coded independently by {coders.first} and {coders.second}: each decided "
                   f"without seeing the other's decisions. Of the {f.n} requirements both decided, they gave the "
                   f"same status to {f.agreed} ({percent_text(f)}); Cohen's kappa, which discounts the agreement "
                   f"expected by chance, is {kappa_text(f.kappa)} ({kappa_reading(f.kappa)}). "
                   f"{len(coders.disagreements)} requirement(s) were decided differently; a reviewer settles the "
                   "final decision of each, from either assessor's decision or their own."
                   + (caution if f.small else ""))
        else:
            w.para(f"This assessment is coded independently by {coders.first} and {coders.second}; no "
                   "requirement has been decided by both yet.")
        _figures_table(w, coders)
        if coders.disagreements:
            w.para("", label="Decided differently:")
            for p in coders.disagreements:
                w.para(f"{coders.first}: {_status_words(p.first)}; {coders.second}: {_status_words(p.second)}",
                       "List Bullet", label=f"{p.requirement_id}: ")
    w.heading("The machine's proposal and the final decisions", 2)
    f = machine.overall
    if f.n:
        w.para(f"Of the {f.n} decided requirements the machine proposed a status for, the final decision kept "
               f"the machine's status for {f.agreed} ({percent_text(f)}); Cohen's kappa {kappa_text(f.kappa)} "
               f"({kappa_reading(f.kappa)}). This says how far the pre-assessment can be trusted on this "
               "legislation." + (caution if f.small else ""))
        _figures_table(w, machine)
    else:
        w.para("No decided requirement has a status proposed by the machine (no pre-assessment, or none of the "
               "decided requirements is one the machine detects): nothing to compare.")
    w.para("kappa = (p_o - p_e) / (1 - p_e), p_o the share with the same status, p_e the share expected by "
           "chance; 1 is perfect agreement, 0 no better than chance; n/a when both sides gave one and the same "
           "status throughout.", label="Formula: ")


def _article_heading(requirement: Requirement, short_titles: Mapping[str, str]) -> str:
    if requirement.article[:1].isdigit():
        return f"Article {requirement.article}"
    return f"{short_titles.get(requirement.instrument, requirement.instrument)} ({requirement.article})"


def _requirement(w: _Writer, requirement: Requirement, assessment: Assessment, texts) -> None:
    finding = assessment.finding(requirement.id)
    w.heading(f"{requirement.reference}: {requirement.title}", 3)
    w.para(requirement.text, "Quote")
    label = "Question: " if len(requirement.questions) == 1 else "Questions:"
    if len(requirement.questions) == 1:
        w.para(requirement.questions[0], label=label)
    else:
        w.para("", label=label)
        for question in requirement.questions:
            w.para(question, "List Bullet")
    source = "decided by the assessor" if finding.decided else "the machine's proposal, to be confirmed"
    review = "; evidence changed since the decision: to review" if finding.needs_review else ""
    w.para(f"{ANSWERS[finding.status]} ({source}{review})", label="Answer: ")
    provisions = cited_provisions(finding, texts)
    if provisions:
        w.para("", label="Provisions cited:")
        for citation, text in provisions:
            paragraph = w.para("", "List Bullet", label=citation)
            if text:
                paragraph.add_run(clean(f': "{text}"'))
    else:
        w.para("none", label="Provisions cited: ")
    w.para(explanation(finding, requirement), label="Explanation: ")
    # The review questionnaire's examples of implementation and challenges, when the assessor gave them.
    for label, text in questionnaire_answers(finding):
        w.para(text, label=f"{label}: ")
    assistance = finding.decision.assistance.strip() if finding.decision is not None else ""
    w.para(assistance or "None stated.", label="Technical assistance needed: ")


def _observations(w: _Writer, assessment: Assessment, catalog: Catalog) -> None:
    notes = observations(assessment, catalog)
    w.heading("Observations (draft)", 1)
    w.heading("Gaps and challenges", 2)
    if not notes.gaps:
        w.para("No gap identified among the requirements assessed.")
    else:
        # The gap table: priority order (mandatory first, not met before partly met), worded by level.
        w.table(["#", "Requirement", "Obligation", "Status", "Observation", "Model Law"],
                [[str(g["priority"]), g["reference"], LEVEL_LABELS[Obligation(g["obligation"])],
                  STATUS_LABELS[RequirementStatus(g["status"])], g["wording"], g["model_law"] or "-"]
                 for g in notes.gaps])
    # The challenges the assessors reported per provision (the review questionnaire), gathered with the gaps.
    for item in notes.challenges:
        w.para(item["text"], "List Bullet", label=f"Challenges, {item['reference']}: ")
    w.heading("Good practices", 2)
    if not notes.good_practices:
        w.para("None identified yet.")
    for good in notes.good_practices:
        where = f" ({', '.join(good['provisions'])})" if good["provisions"] else ""
        w.para(f"{good['title']}{where}.", "List Bullet", label=f"{good['reference']}: ")
    w.heading("Suggestions", 2)
    if not notes.suggestions:
        w.para("None recorded.")
    for item in notes.suggestions:
        w.para(item["text"], "List Bullet", label=f"{item['reference']}: ")
    w.heading("Technical assistance needs", 2)
    if not notes.assistance:
        w.para("None recorded.")
    for item in notes.assistance:
        w.para(item["text"], "List Bullet", label=f"{item['reference']}: ")


def write_docx(
    assessment: Assessment,
    catalog: Catalog,
    path: str | os.PathLike[str] | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    cluster: ReviewCluster | None = None,
    agreement: AgreementReport | None = None,
) -> bytes:
    """The Word report of an assessment, as .docx bytes (also written to `path` when given).

    `texts` (optional) maps a citation to its provision's text, for provisions the assessor cites
    that the machine quoted nothing from. With a review `cluster`, only its requirements are
    reported and scored, and the title block says so. `agreement` (the double coding's figures,
    `Store.agreement`) adds the two coders' agreement to the Agreement section.
    """
    w = _Writer()
    w.styles["Normal"].font.size = Pt(11)
    note = cluster_note(cluster, catalog) if cluster is not None else ""
    catalog = cluster_catalog(catalog, cluster)
    scope = assessment.in_scope(catalog)
    scores = assessment_scores(assessment, catalog)
    _title_block(w, assessment, scope, scores, note)
    _scores_section(w, scores)
    _agreement_section(w, assessment, catalog, agreement)
    short_titles = {i.id: i.short_title for i in scope.instruments}
    titles = {i.id: i.title for i in scope.instruments}
    for instrument, requirements in groupby(ordered(scope), key=lambda r: r.instrument):
        w.heading(short_titles.get(instrument, instrument), 1)
        w.para(titles.get(instrument, instrument))
        for _, in_article in groupby(requirements, key=lambda r: r.article):
            in_article = list(in_article)
            w.heading(_article_heading(in_article[0], short_titles), 2)
            for requirement in in_article:
                _requirement(w, requirement, assessment, texts)
    _observations(w, assessment, catalog)

    props = w.doc.core_properties
    props.title = clean(f"{assessment.jurisdiction}: {assessment.title}")[:255]
    props.subject = "Self-assessment of legislation: Trafficking in Persons and Smuggling of Migrants Protocols, UNTOC"
    props.author = clean(assessment.created_by or "assessor")[:255]
    props.last_modified_by = props.author
    props.keywords = "UNTOC; trafficking in persons; smuggling of migrants; self-assessment"
    props.comments = clean(f"Assessment {assessment.id}, as of {assessment.date}")
    stamp = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.created = stamp
    props.modified = stamp
    props.revision = 1
    buffer = io.BytesIO()
    w.doc.save(buffer)
    data = buffer.getvalue()
    if path is not None:
        with open(path, "wb") as handle:
            handle.write(data)
    return data
