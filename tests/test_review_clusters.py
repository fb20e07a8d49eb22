"""The review clusters of the UNTOC review mechanism: the data file, its checks, and the filter on reports,
the command line, and the Review and Export pages."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from assessor.assessment import Assessment, Decision, ElementView, Finding, new_assessment
from assessor.catalog import load_catalog
from assessor.cli import main
from assessor.errors import ChecklistError, ExitCode
from assessor.preassessment import ElementStatus, RequirementStatus
from assessor.reports.render import render_report, report_name
from assessor.reports.xlsx_import import read_workbook
from assessor.review_clusters import (
    CLUSTERS_FILE,
    UnknownCluster,
    cluster_catalog,
    find_cluster,
    load_clusters,
    uncovered_articles,
)
from assessor.store import Store

CATALOG = load_catalog()
FIRST = {"TIP": ("3", "5"), "SOM": ("3", "5", "6"), "UNTOC": ("2", "5", "6", "8", "9", "10", "15", "23")}


def first_cluster_ids() -> set[str]:
    """The requirements of the first cluster, read from the ids themselves (TIP-5-2-a is TIP art. 5)."""
    return {r.id for r in CATALOG.requirements
            if r.id.split("-")[0] in FIRST and r.id.split("-")[1] in FIRST[r.id.split("-")[0]]}


# --------------------------------------------------------------------------- the data file

def test_the_shipped_clusters_file_loads() -> None:
    clusters = load_clusters()
    assert CLUSTERS_FILE.name == "clusters.yaml" and list(clusters) == ["first"]
    first = clusters["first"]
    assert first.articles == FIRST
    assert first.title == "UNTOC review mechanism, first cluster"
    assert first.summary == "TIP arts 3, 5; SOM arts 3, 5, 6; UNTOC arts 2, 5, 6, 8, 9, 10, 15, 23"


BAD_FILES = [
    # a typo'd article, beyond the Convention's 41
    ("articles: {UNTOC: [2, 51]}", "clusters[0] (first): articles.UNTOC[1]: UNTOC has articles 1 to 41, not 51"),
    # article 0
    ("articles: {TIP: [0]}", "articles.TIP[0]: TIP has articles 1 to 20, not 0"),
    # an article written with a letter
    ("articles: {SOM: [6a]}", "clusters[0] (first).articles.SOM[0]: Input should be a valid integer"),
    # an article as text: strict, no "5" for 5
    ("articles: {SOM: ['5']}", "clusters[0] (first).articles.SOM[0]: Input should be a valid integer"),
    # an article listed twice
    ("articles: {TIP: [3, 5, 3]}", "articles.TIP[2]: article 3 is listed twice"),
    # a misspelt instrument
    ("articles: {UNTCO: [2]}", "clusters[0] (first).articles: 'UNTCO' is not an instrument of the review"),
    # an instrument with no article
    ("articles: {TIP: []}", "articles.TIP: no article listed"),
    # a misspelt key
    ("articles: {TIP: [3]}\n    artciles: {SOM: [3]}", "clusters[0] (first): unknown key 'artciles'"),
    # no articles at all
    ("description: nothing", "clusters[0] (first).articles: Field required"),
]


@pytest.mark.parametrize(("body", "message"), BAD_FILES)
def test_a_bad_clusters_file_fails_loudly(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "clusters.yaml"
    path.write_text(f"clusters:\n  - id: first\n    title: First\n    {body}\n", encoding="utf-8")
    with pytest.raises(ChecklistError) as caught:
        load_clusters(path)
    rendered = [p.render() for p in caught.value.problems]
    assert any(message in r for r in rendered), rendered
    assert all(r.startswith(str(path)) for r in rendered)


BAD_WHOLE_FILES = [
    # two clusters with one id
    ("clusters:\n  - {id: first, title: A, articles: {TIP: [3]}}\n  - {id: first, title: B, articles: {TIP: [5]}}\n",
     "clusters[1].id: 'first' is defined twice"),
    # "all" is the word for every requirement
    ("clusters:\n  - {id: all, title: A, articles: {TIP: [3]}}\n", "'all' is reserved"),
    # an id with capitals
    ("clusters:\n  - {id: First, title: A, articles: {TIP: [3]}}\n", "String should match pattern"),
    # not YAML
    ("clusters: [\n", "not valid YAML"),
    # no cluster
    ("clusters: []\n", "clusters: List should have at least 1 item"),
]


@pytest.mark.parametrize(("text", "message"), BAD_WHOLE_FILES)
def test_a_bad_clusters_file_as_a_whole(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "clusters.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChecklistError) as caught:
        load_clusters(path)
    assert any(message in p.render() for p in caught.value.problems), [p.render() for p in caught.value.problems]


MEMBERSHIP = [
    # TIP art. 3, its first subparagraph
    ("TIP-3-a", True),
    # TIP art. 5(2)(a): an article of the cluster, any paragraph
    ("TIP-5-2-a", True),
    # TIP art. 6: not in the first cluster
    ("TIP-6-1", False),
    # SOM art. 6(1)(b)(ii): a roman numeral sub-level
    ("SOM-6-1-b-ii", True),
    # SOM art. 7: out
    ("SOM-7", False),
    # UNTOC art. 10, a requirement without paragraph
    ("UNTOC-10", True),
    # UNTOC art. 15(4)
    ("UNTOC-15-4", True),
    # UNTOC art. 9(2), in the cluster since issue 11 added art. 9; art. 7: out
    ("UNTOC-9-2", True),
    ("UNTOC-7-1-a", False),
    # UNTOC art. 11: out
    ("UNTOC-11-1", False),
    # UNTOC art. 34(2): out (5 is in, but 34 is not 5)
    ("UNTOC-34-2", False),
    # good practice has no article of a treaty: out
    ("GP.non_punishment", False),
]


@pytest.mark.parametrize(("requirement_id", "member"), MEMBERSHIP)
def test_cluster_membership_by_article(requirement_id: str, member: bool) -> None:
    first = find_cluster("first")
    assert first.covers(CATALOG.requirement(requirement_id)) is member
    assert (requirement_id in {r.id for r in cluster_catalog(CATALOG, first).requirements}) is member


def test_cluster_catalog_and_the_articles_without_requirement() -> None:
    first = find_cluster("first")
    narrowed = cluster_catalog(CATALOG, first)
    assert {r.id for r in narrowed.requirements} == first_cluster_ids()
    assert narrowed.instruments == CATALOG.instruments  # a report still names every instrument
    # Red flags kept are those against a requirement of the cluster.
    assert all(set(f.contrary_to) & first_cluster_ids() for f in narrowed.red_flags)
    # Articles of the cluster the checklists do not cover yet are named, not hidden.
    assert uncovered_articles(first, CATALOG.requirements) == ["UNTOC art. 2"]
    # "all" or nothing: no cluster, the whole catalog.
    assert find_cluster("all") is None and find_cluster(None) is None
    assert cluster_catalog(CATALOG, None) is CATALOG
    with pytest.raises(UnknownCluster, match="unknown review cluster 'second' \\(choose from all, first\\)"):
        find_cluster("second")


# --------------------------------------------------------------------------- reports and the command line

def whole() -> Assessment:
    """An Eldorian assessment of every requirement, met by the machine, one decision in the cluster, one out."""
    findings = {r.id: Finding(r.id, RequirementStatus.MET, (ElementView(r.id, ElementStatus.FOUND, ("s. 1",)),),
                              ("s. 1",), "d") for r in CATALOG.requirements}
    a = replace(new_assessment("Eldoria", "Penal Code", "2025-01-10"), findings=findings)
    for rid, text in (("TIP-5-1", "Attempt is punished by s. 9."), ("TIP-6-6", "No compensation fund.")):
        a = a.with_finding(replace(a.finding(rid), decision=Decision(RequirementStatus.NOT_MET, text,
                                                                       challenges=f"challenge of {rid}")))
    return a


def test_reports_limited_to_the_cluster() -> None:
    a, first = whole(), find_cluster("first")
    report = json.loads(render_report(a, CATALOG, "json", cluster=first))
    assert {r["id"] for r in report["requirements"]} == first_cluster_ids()
    assert report["review_cluster"]["id"] == "first"
    assert report["review_cluster"]["uncovered"] == ["UNTOC art. 2"]
    assert report["observations"]["gaps"] == ["TIP-5-1"]  # TIP-6-6 is outside the cluster
    assert report["scores"]["overall"]["total"] == len(first_cluster_ids())
    workbook = load_workbook(io.BytesIO(render_report(a, CATALOG, "xlsx", cluster=first)))
    assert {row[0] for row in workbook["Findings"].iter_rows(min_row=2, values_only=True)} == first_cluster_ids()
    summary = [row for row in workbook["Summary"].iter_rows(values_only=True) if row[0] == "Review cluster"]
    assert summary and "first cluster" in summary[0][1]
    # The cluster's workbook re-imports against the whole assessment like any other: unedited, no change.
    assert not read_workbook(render_report(a, CATALOG, "xlsx", cluster=first), a, CATALOG)
    text = "\n".join(p.text for p in Document(io.BytesIO(render_report(a, CATALOG, "docx", cluster=first))).paragraphs)
    assert "Review cluster: Limited to the UNTOC review mechanism, first cluster" in text
    assert "challenge of TIP-5-1" in text and "challenge of TIP-6-6" not in text
    markdown = render_report(a, CATALOG, "md", cluster=first).decode("utf-8")
    assert "**Review cluster:**" in markdown and "TIP Protocol, art. 6(6)" not in markdown


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "db.sqlite3"
    with Store(path) as store:
        return path, store.create(whole(), by="ana").id


CLI_CASES = [
    # the first cluster: only its requirements
    (["--cluster", "first"], first_cluster_ids()),
    # all, said in words: every requirement
    (["--cluster", "all"], {r.id for r in CATALOG.requirements}),
    # the default is every requirement
    ([], {r.id for r in CATALOG.requirements}),
]


@pytest.mark.parametrize(("option", "expected"), CLI_CASES)
def test_cli_report_cluster_option(database, capsys: pytest.CaptureFixture[str], option: list[str],
                                   expected: set[str]) -> None:
    db, assessment_id = database
    assert main(["report", assessment_id, "--format", "json", "--output", "-", "--database", str(db),
                 *option]) == ExitCode.OK
    report = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in report["requirements"]} == expected
    assert ("review_cluster" in report) is (option[-1:] == ["first"])


def test_cli_report_cluster_file_name_and_unknown_cluster(database, tmp_path: Path, monkeypatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    db, assessment_id = database
    monkeypatch.chdir(tmp_path)
    # The default file name says the report is the cluster's.
    assert main(["report", assessment_id, "--format", "docx", "--cluster", "first", "--database", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "eldoria-penal-code-cluster-first.docx"
    assert report_name("Eldoria", "Penal Code", "md") == "eldoria-penal-code.md"
    # An unknown cluster: the usage exit code and the clusters there are, nothing written.
    assert main(["report", assessment_id, "--cluster", "second", "--database", str(db)]) == ExitCode.USAGE
    assert "unknown review cluster 'second' (choose from all, first)" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.xlsx"))


# --------------------------------------------------------------------------- the Review and Export pages

def review() -> None:
    from assessor.ui import review_page

    review_page.render()


def export() -> None:
    from assessor.ui import export_page

    export_page.render()


@pytest.fixture
def app_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    path = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(path))
    return Store(path).create(whole(), by="ana").id


PAGE_CASES = [
    # the default: every requirement in the walk
    ("all", {r.id for r in CATALOG.requirements}),
    # the first cluster: its requirements only, and the articles without requirement named
    ("first", first_cluster_ids()),
]


@pytest.mark.parametrize(("choice", "expected"), PAGE_CASES)
def test_review_page_cluster_filter(app_database: str, choice: str, expected: set[str]) -> None:
    app = AppTest.from_function(review, default_timeout=60)
    app.query_params["assessment"] = app_database
    app.run()
    picker = app.selectbox(key="review_cluster")
    assert picker.value == "all" and picker.options == ["All requirements", "UNTOC review mechanism, first cluster"]
    picker.set_value(choice).run()
    assert not app.exception
    walk = next(s for s in app.selectbox if s.label == "Requirement").options
    assert {o.split(" · ")[0] for o in walk} == expected
    notes = [c.value for c in app.caption if "Limited to" in c.value]
    assert bool(notes) is (choice == "first")
    if notes:
        assert "No requirement of the checklists covers UNTOC art\\. 2 yet" in notes[0]


def test_export_page_cluster_filter(app_database: str) -> None:
    from assessor.ui.export_page import builders

    app = AppTest.from_function(export, default_timeout=60)
    app.query_params["assessment"] = app_database
    app.run()
    assert app.selectbox(key="export_cluster").value == "all"
    app.selectbox(key="export_cluster").set_value("first").run()
    assert not app.exception
    assert len(app.get("download_button")) == 4
    # What the buttons build: the cluster's requirements only.
    build = builders(app_database, CATALOG, find_cluster("first"))["json"][2]
    assert {r["id"] for r in json.loads(build())["requirements"]} == first_cluster_ids()
