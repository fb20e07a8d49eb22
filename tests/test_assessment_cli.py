"""`assessor assessment ...`: a whole assessment kept, decided, re-assessed, exported and imported from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.catalog import load_catalog
from assessor.cli import main
from assessor.errors import ExitCode
from assessor.store import Store
from conftest import ROOT

V1 = ROOT / "legislation_samples" / "caledonia-trafficking-bill-v1.docx"
V2 = ROOT / "legislation_samples" / "caledonia-trafficking-bill-v2.docx"


def run(db: Path, *args: str, by: str = "ana") -> int:
    return main(["assessment", "--database", str(db), "--by", by, *args])


def created_id(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().out.split()[1].rstrip(":")


def test_flow_new_decide_update_conflict_export_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "work.sqlite3"
    # Create and pre-assess the first draft.
    assert run(db, "new", str(V1), "--jurisdiction", "Caledonia", "--title", "Bill", "--version", "v1") == ExitCode.OK
    assessment_id = created_id(capsys)
    # The assessor decides a finding.
    assert run(db, "decide", assessment_id, "TIP-3-a", "--status", "met", "--rationale", "all elements",
               "--provision", "s. 3(1)") == ExitCode.OK
    assert "TIP-3-a: met (version 1)" in capsys.readouterr().out
    # The second draft: the decision is kept, and flagged for review since its evidence changed.
    assert run(db, "update", assessment_id, str(V2), "--version", "v2", by="ben") == ExitCode.OK
    assert "TIP-3-a" in capsys.readouterr().out
    assert run(db, "show", assessment_id) == ExitCode.OK
    shown = capsys.readouterr().out
    assert "TIP-3-a" in shown and "decided by ana" in shown and "REVIEW" in shown
    # A decision based on a stale version is refused, with the newer value, and nothing is overwritten.
    assert run(db, "decide", assessment_id, "TIP-3-a", "--status", "not_met", "--expected-version", "0",
               by="zed") == ExitCode.CONFLICT
    assert "not saved" in capsys.readouterr().err
    # History says who did what.
    assert run(db, "history", assessment_id, "TIP-3-a") == ExitCode.OK
    history = capsys.readouterr().out
    assert "ana [cli]" in history and "ben [re-assessment]" in history
    # Export and import back as a new assessment: the same findings and decisions.
    out = tmp_path / "export.json"
    assert run(db, "export", assessment_id, "--output", str(out)) == ExitCode.OK
    assert run(db, "import", str(out)) == ExitCode.OK
    imported_id = created_id(capsys)
    assert imported_id != assessment_id
    again = tmp_path / "again.json"
    assert run(db, "export", imported_id, "--output", str(again)) == ExitCode.OK
    first, second = json.loads(out.read_text()), json.loads(again.read_text())
    assert first["findings"] == second["findings"] and first["files"] == second["files"]


def test_list_empty_state(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "empty.sqlite3", "list") == ExitCode.OK
    assert "no assessment yet" in capsys.readouterr().out


def test_unknown_assessment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "db.sqlite3", "show", "nope") == ExitCode.NOT_FOUND
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope" in err


def test_import_of_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "assessor.assessment/1", "assessment": {"unknown": 1}}', encoding="utf-8")
    code = run(tmp_path / "db.sqlite3", "import", str(bad))
    assert code != ExitCode.OK
    assert "Traceback" not in capsys.readouterr().err


# Where --database and --by may stand: before the action (documented) or after it.
OPTION_PLACES = [
    # both before the action
    lambda db: ["assessment", "--database", db, "--by", "ana", "new", "--jurisdiction", "X", "--title", "T"],
    # both after the action
    lambda db: ["assessment", "new", "--jurisdiction", "X", "--title", "T", "--database", db, "--by", "ana"],
    # one on each side
    lambda db: ["assessment", "--database", db, "new", "--by", "ana", "--jurisdiction", "X", "--title", "T"],
]


@pytest.mark.parametrize("argv", OPTION_PLACES)
def test_database_and_by_on_either_side_of_the_action(tmp_path: Path, argv) -> None:  # noqa: ANN001
    db = tmp_path / "db.sqlite3"
    assert main(argv(str(db))) == 0
    with Store(db) as store:
        created = store.get(store.list()[0].id)
    assert created.created_by == "ana"


# --- replacing another person's decision (issue 12) ---------------------------------------------

@pytest.mark.parametrize(
    ("by", "extra", "code", "kept_by", "source"),
    [
        # another person, no version given: refused, Ana's decision untouched
        ("ben", [], ExitCode.CONFLICT, "ana", "cli"),
        # another person with --force: replaced, and the history names the overwrite
        ("ben", ["--force"], ExitCode.OK, "ben", "cli: overwrite of version 1"),
        # another person who gives the version they read: a conscious save, no --force needed
        ("ben", ["--expected-version", "1"], ExitCode.OK, "ben", "cli"),
        # the same person changing their own decision
        ("ana", [], ExitCode.OK, "ana", "cli"),
    ],
)
def test_decide_over_another_persons_decision(tmp_path: Path, capsys: pytest.CaptureFixture[str], by: str,
                                              extra: list[str], code: int, kept_by: str, source: str) -> None:
    db = tmp_path / "work.sqlite3"
    # Created without a law file: every requirement in scope can be decided from the start.
    assert run(db, "new", "--jurisdiction", "Caledonia", "--title", "Bill", "--instrument", "TIP") == ExitCode.OK
    assessment_id = created_id(capsys)
    assert run(db, "decide", assessment_id, "TIP-5-1", "--status", "not_met", "--rationale", "fine only") == 0
    assert run(db, "decide", assessment_id, "TIP-5-1", "--status", "met", "--rationale", "ten years", *extra,
               by=by) == code
    out, err = capsys.readouterr()
    if code == ExitCode.CONFLICT:
        assert "decided by ana" in err and "--force" in err and err.count("\n") == 1
    with Store(db) as store:
        decision = store.get(assessment_id).finding("TIP-5-1").decision
        latest = store.history(assessment_id, "TIP-5-1")[0]
    assert decision.by == kept_by and latest.source == source
    assert (decision.rationale == "ten years") is (code == ExitCode.OK)
    assert run(db, "show", assessment_id) == ExitCode.OK
    tip = len(load_catalog().for_instruments(["TIP"]).requirements)
    assert f"decided 1 of {tip}" in capsys.readouterr().out  # over every TIP requirement, pre-assessed or not
    assert run(db, "list") == ExitCode.OK
    assert f"  1/{tip} " in capsys.readouterr().out


def test_scores_name_the_subset_each_grade_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # One score per pillar; where the grade counts a subset (SOM left out) the row names it.
    db = tmp_path / "work.sqlite3"
    assert run(db, "new", str(V1), "--jurisdiction", "Caledonia", "--title", "Bill") == ExitCode.OK
    assessment_id = created_id(capsys)
    assert run(db, "scores", assessment_id) == ExitCode.OK
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.lstrip().startswith("pillar"))
    assert "graded on" in header
    rows = {line.split("  ")[0]: line for line in out.splitlines()}
    # The three graded pillars count TIP, UNTOC and good practice only (all instruments are in scope).
    assert "Smuggling of Migrants Protocol left out" in rows["Prosecution"]
    # A pillar the 3P scale does not grade names no subset.
    assert rows["National coordination and cooperation"].rstrip().endswith("-")
