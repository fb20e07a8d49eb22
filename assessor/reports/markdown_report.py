"""The Markdown report of an assessment: the same content as the Word report, in Markdown.

Law text, rationales and notes are never rendered as Markdown or HTML: every character that
Markdown or inline HTML gives a meaning to (\\ ` * _ [ ] < > # | & ~) is escaped with a
backslash, a line that would open a list, a heading underline or a code block is neutralised,
and control characters are removed. `escape` (one line: table cells, list items, headings) and
`block` (several lines, kept as hard line breaks) are the only ways text gets in.
"""

from __future__ import annotations

import re
from itertools import groupby

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
from assessor.reports.text_report import reading_notices, reading_warnings
from assessor.review_clusters import ReviewCluster, cluster_catalog, cluster_note
from assessor.scoring import FORMULA, GRADE_FORMULA, assessment_scores, pillar_lines

__all__ = ["block", "escape", "write_markdown"]

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|&~])")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
# A line starting so would become a list item, a setext heading underline or a thematic break.
_LEADING = re.compile(r"^(\d+)([.)])|^([-+=])")


def _line(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", text.strip())
    return _LEADING.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text)


def escape(value: object) -> str:
    """One line of literal text: Markdown and HTML characters escaped, line breaks made spaces."""
    text = _CONTROL.sub(" ", "" if value is None else str(value))
    return _line(" ".join(text.split()))


def block(value: object, prefix: str = "") -> str:
    """Literal text over several lines (hard line breaks), each line after `prefix` (e.g. "> ")."""
    text = _CONTROL.sub(" ", "" if value is None else str(value))
    lines = [_line(" ".join(line.split())) for line in text.splitlines()]
    lines = [line for line in lines if line]
    return (" \\\n" + prefix).join(lines)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out + [""]


def _reading_notice(assessment: Assessment) -> list[str]:
    """A notice under the title when a file's structure was not recognised (file names escaped)."""
    readings = [(f.name, f.reading) for f in assessment.files]
    notices = reading_notices(readings, "in this report")
    if not notices:
        return []
    out: list[str] = []
    for notice in notices:
        out += [f"> **Notice:** {escape(notice)}", ">"]
    out += [f"> - {escape(warning)}" for warning in reading_warnings(readings)]
    return [*(out[:-1] if out[-1] == ">" else out), ""]


def _title_block(assessment: Assessment, scope: Catalog, scores, scope_note: str = "") -> list[str]:
    progress = scores.progress
    out = [
        f"# {escape(assessment.jurisdiction)}: {escape(assessment.title)}",
        "",
        *_reading_notice(assessment),
        "Self-assessment of legislation against the UN Trafficking in Persons and Smuggling of Migrants "
        "Protocols and the Convention against Transnational Organized Crime. A draft for the State to "
        "review and complete.",
        "",
        f"- **Jurisdiction:** {escape(assessment.jurisdiction)}",
        f"- **Title:** {escape(assessment.title)}",
        f"- **Date:** {escape(assessment.date)}",
        *([f"- **Review cluster:** {escape(scope_note)}"] if scope_note else []),
        "- **Instruments:** " + "; ".join(escape(i.title) for i in scope.instruments),
        f"- **Progress:** {progress.decided} of {progress.total} requirements decided by an assessor "
        f"({percent(progress.decided_share)}); {progress.assessed} assessed ({percent(progress.assessed_share)}). "
        "Answers not decided are the machine's proposal, to be confirmed.",
        "",
        "**Files and versions**",
        "",
    ]
    if not assessment.files:
        return out + ["No law file recorded.", ""]
    rows = [[escape(f.name), escape(f.title), escape(f.version), escape(f.format), escape(f.language),
             str(f.provisions), escape(f.sha256[:12])] for f in assessment.files]
    return out + _table(["File", "Title", "Version", "Format", "Language", "Provisions", "SHA-256"], rows)


def _scores(scores) -> list[str]:
    rows = [[PILLAR_LABELS[x.pillar], percent(x.score.score), str(x.score.met), str(x.score.partial),
             str(x.score.not_met), str(x.score.not_applicable), str(x.score.not_assessed),
             "-" if x.grade is None else str(x.grade), escape(x.reason) or "-"]
            for x in pillar_lines(scores)]
    out = ["## Scores by pillar", ""]
    out += _table(["Pillar", "Score", "Met", "Partly", "Not met", "Not applicable", "Not assessed", "Grade (1-5)",
                   "How the grade was reached"], rows)
    return out + [
        f"Overall: {percent(scores.overall.score)} over {scores.overall.counted} requirements scored.", "",
        f"**Formula:** {escape(FORMULA)}", "",
        f"**Grades:** {escape(GRADE_FORMULA)}", "",
    ]


def _requirement(requirement: Requirement, assessment: Assessment) -> list[str]:
    finding = assessment.finding(requirement.id)
    out = [f"#### {escape(requirement.reference)}: {escape(requirement.title)}", "",
           "> " + block(requirement.text, "> "), ""]
    if len(requirement.questions) == 1:
        out += [f"**Question:** {escape(requirement.questions[0])}", ""]
    else:
        out += ["**Questions:**", ""] + [f"- {escape(q)}" for q in requirement.questions] + [""]
    source = "decided by the assessor" if finding.decided else "the machine's proposal, to be confirmed"
    review = "; evidence changed since the decision: to review" if finding.needs_review else ""
    out += [f"**Answer:** {ANSWERS[finding.status]} ({source}{review})", ""]
    provisions = cited_provisions(finding)
    if provisions:
        out += ["**Provisions cited:**", ""]
        out += [f"- {escape(c)}" + (f": “{escape(t)}”" if t else "") for c, t in provisions] + [""]
    else:
        out += ["**Provisions cited:** none", ""]
    out += [f"**Explanation:** {block(explanation(finding, requirement))}", ""]
    for label, text in questionnaire_answers(finding):
        out += [f"**{label}:** {block(text)}", ""]
    assistance = finding.decision.assistance if finding.decision is not None else ""
    out += [f"**Technical assistance needed:** {block(assistance) or 'None stated.'}", ""]
    return out


def _observations(assessment: Assessment, catalog: Catalog) -> list[str]:
    notes = observations(assessment, catalog)
    out = ["## Observations (draft)", "", "### Gaps and challenges", ""]
    if notes.gaps:
        rows = [[str(g["priority"]), escape(g["reference"]), escape(LEVEL_LABELS[Obligation(g["obligation"])]),
                 STATUS_LABELS[RequirementStatus(g["status"])], escape(g["wording"]), escape(g["model_law"]) or "-"]
                for g in notes.gaps]
        out += _table(["#", "Requirement", "Obligation", "Status", "Observation", "Model Law"], rows)
    else:
        out += ["No gap identified among the requirements assessed.", ""]
    if notes.challenges:
        out += [f"- **Challenges, {escape(item['reference'])}:** {block(item['text'], '  ')}"
                for item in notes.challenges]
        out.append("")
    out += ["### Good practices", ""]
    for good in notes.good_practices:
        where = f" ({escape(', '.join(good['provisions']))})" if good["provisions"] else ""
        out.append(f"- **{escape(good['reference'])}:** {escape(good['title'])}{where}.")
    out += ([""] if notes.good_practices else ["None identified yet.", ""])
    for heading, items in (("Suggestions", notes.suggestions), ("Technical assistance needs", notes.assistance)):
        out += [f"### {heading}", ""]
        out += [f"- **{escape(item['reference'])}:** {block(item['text'], '  ')}" for item in items]
        out += ([""] if items else ["None recorded.", ""])
    return out


def write_markdown(assessment: Assessment, catalog: Catalog, *, cluster: ReviewCluster | None = None) -> str:
    """The assessment report in Markdown (the Word report's content; text from law and notes escaped).

    With a review `cluster`, only its requirements are reported and scored.
    """
    note = cluster_note(cluster, catalog) if cluster is not None else ""
    catalog = cluster_catalog(catalog, cluster)
    scope = assessment.in_scope(catalog)
    scores = assessment_scores(assessment, catalog)
    out = _title_block(assessment, scope, scores, note) + _scores(scores)
    short_titles = {i.id: i.short_title for i in scope.instruments}
    titles = {i.id: i.title for i in scope.instruments}
    for instrument, requirements in groupby(ordered(scope), key=lambda r: r.instrument):
        out += [f"## {escape(short_titles.get(instrument, instrument))}", "", escape(titles.get(instrument, "")), ""]
        for article, in_article in groupby(requirements, key=lambda r: r.article):
            label = f"Article {article}" if article[:1].isdigit() else f"{short_titles.get(instrument)} ({article})"
            out += [f"### {escape(label)}", ""]
            for requirement in in_article:
                out += _requirement(requirement, assessment)
    out += _observations(assessment, catalog)
    return "\n".join(out).rstrip("\n") + "\n"
