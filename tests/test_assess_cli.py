"""`assessor assess`: the contract's JSON report, the readable summary, and clear failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from assessor.cli import main
from assessor.errors import ExitCode
from conftest import ROOT, SHARED

SAMPLE = ROOT / "legislation_samples" / "borduria-penal-code-chapter-xii.pdf"


def run_json(tmp_path: Path, *args: str) -> dict:
    out = tmp_path / "report.json"
    assert main(["assess", *args, "--format", "json", "--output", str(out)]) == ExitCode.OK
    return json.loads(out.read_text(encoding="utf-8"))


def test_json_report_follows_the_contract(tmp_path: Path, shared: Path) -> None:
    report = run_json(tmp_path, str(SAMPLE))
    assert report["schema"] == "assessor.report/1"
    assert report["legislation"]["language"] == "en" and report["legislation"]["files"] == [SAMPLE.name]
    assert report["legislation"]["provisions"] > 20
    # Every detectable id of the spec is reported, found or missing, with citations when found.
    spec = yaml.safe_load((SHARED / "spec" / "elements.yaml").read_text(encoding="utf-8"))
    by_id = {e["id"]: e for e in report["elements"]}
    assert {e["id"] for e in spec["elements"]} <= set(by_id)
    for element in report["elements"]:
        assert element["status"] in {"found", "missing"}
        assert bool(element["provisions"]) == (element["status"] == "found")
        assert isinstance(element["inferred"], bool)
        for evidence in element["evidence"]:
            assert {"provision", "quote", "matched", "score", "rule", "inferred"} <= set(evidence)
            assert isinstance(evidence["inferred"], bool)
    # How well the file was read: a sample laid out in articles is read without a warning.
    reading = report["reading"]
    assert set(reading) == {"coverage", "units", "warnings", "files"}
    assert 0.5 <= reading["coverage"] <= 1 and reading["units"] > 5 and reading["warnings"] == []
    assert [f["name"] for f in reading["files"]] == [SAMPLE.name]
    assert by_id["TIP-3-a.act.recruitment"]["provisions"] == ["art. 301(1)"]
    # Only raised flags are listed, each with provisions, a quote and an explanation.
    flags = {f["id"]: f for f in report["red_flags"]}
    assert set(flags) == {"RF.transnationality_required", "RF.child_means_required", "RF.victim_scope_limited"}
    assert all(f["provisions"] and f["quote"] and f["explanation"] for f in flags.values())
    requirement = next(r for r in report["requirements"] if r["id"] == "TIP-5-1")
    assert requirement["status"] == "met" and requirement["obligation"] == "mandatory"
    assert requirement["pillars"] == ["prosecution"]
    assert set(report["scores"]["pillars"]) == {"prosecution", "protection", "prevention", "national_coordination",
                                                "international_cooperation"}


def test_requirements_without_elements_get_five_candidates(tmp_path: Path) -> None:
    # Mutual legal assistance has no detectable element: the best candidates are ranked for the assessor.
    report = run_json(tmp_path, str(ROOT / "legislation_samples" / "arcadia-anti-trafficking-act-2024.docx"))
    with_candidates = [r for r in report["requirements"] if r.get("candidates")]
    assert with_candidates and all(len(r["candidates"]) <= 5 for r in with_candidates)
    assert all(r["status"] == "not_assessed" for r in with_candidates)


def test_instrument_scope(tmp_path: Path) -> None:
    # A State party to the Smuggling Protocol only: only its elements and requirements are reported.
    report = run_json(tmp_path, str(SAMPLE), "--instrument", "SOM")
    assert {e["id"].split("-")[0].split(".")[0] for e in report["elements"]} == {"SOM"}
    assert report["instruments"] == ["SOM"]


def test_text_summary_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(SAMPLE)]) == ExitCode.OK
    out = capsys.readouterr().out
    assert out.startswith("Pre-assessment of:")
    assert "RF.transnationality_required" in out and "SCORES BY PILLAR" in out


def test_unreadable_file_gives_one_line_and_its_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bill.docx"
    bad.write_bytes(b"not a word file")
    assert main(["assess", str(bad)]) == ExitCode.CORRUPT_FILE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bill.docx" in err
