"""`assessor report` (one recorded assessment, each format) and `assessor batch` (many countries)."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from assessor.batch import BatchError, run_batch, slugify
from assessor.cli import main
from assessor.cli_reports import TextProgress, default_report_name
from assessor.errors import ExitCode
from assessor.settings import load_settings
from assessor.store import Store
from conftest import ROOT

SAMPLES = ROOT / "legislation_samples"
ARCADIA = SAMPLES / "arcadia-anti-trafficking-act-2024.docx"
BORDURIA = SAMPLES / "borduria-penal-code-chapter-xii.pdf"
DORVANIA = SAMPLES / "dorvania-immigration-act.html"


# --- assessor report ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A database holding one pre-assessed assessment of the Arcadia act: (database, id)."""
    db = tmp_path_factory.mktemp("report") / "db.sqlite3"
    assert main(["assessment", "--database", str(db), "--by", "ana", "new", str(ARCADIA), "--jurisdiction",
                 "Arcadia", "--title", "Anti-Trafficking Act 2024"]) == ExitCode.OK
    with Store(db) as store:
        return db, store.list()[0].id


def _opens_xlsx(path: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path)
    # The law file was kept with the record, so the workbook indexes its provisions.
    assert "Provisions" in book.sheetnames and book["Provisions"].max_row > 10


def _opens_docx(path: Path) -> None:
    import docx

    assert any("Arcadia" in p.text for p in docx.Document(str(path)).paragraphs)


def _opens_md(path: Path) -> None:
    assert "Arcadia" in path.read_text(encoding="utf-8")


def _opens_json(path: Path) -> None:
    assert isinstance(json.loads(path.read_text(encoding="utf-8")), dict)


# (format, how the file is checked)
FORMAT_CASES = [
    # a workbook openpyxl opens
    ("xlsx", _opens_xlsx),
    # a Word document python-docx opens, naming the jurisdiction
    ("docx", _opens_docx),
    # Markdown text naming the jurisdiction
    ("md", _opens_md),
    # a JSON object
    ("json", _opens_json),
]


@pytest.mark.parametrize(("fmt", "check"), FORMAT_CASES)
def test_report_each_format(recorded: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            fmt: str, check) -> None:
    db, assessment_id = recorded
    out = tmp_path / f"report.{fmt}"
    assert main(["report", assessment_id, "--format", fmt, "--output", str(out), "--database", str(db)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    check(out)


def test_report_default_name_in_the_current_folder(recorded: tuple[Path, str], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db, assessment_id = recorded
    monkeypatch.chdir(tmp_path)
    assert main(["report", assessment_id, "--format", "md", "--database", str(db)]) == ExitCode.OK
    written = capsys.readouterr().out.strip()
    assert written == "arcadia-anti-trafficking-act-2024.md"
    assert (tmp_path / written).is_file()
    # --output naming a folder: the default name in that folder
    (tmp_path / "reports").mkdir()
    assert main(["report", assessment_id, "--format", "json", "--output", "reports", "--database", str(db)]) == 0
    assert capsys.readouterr().out.strip() == "reports/arcadia-anti-trafficking-act-2024.json"


@pytest.mark.parametrize(("fmt", "parse"), [
    # Markdown to standard output
    ("md", lambda text: "Arcadia" in text),
    # JSON to standard output
    ("json", lambda text: isinstance(json.loads(text), dict)),
])
def test_report_to_standard_output(recorded: tuple[Path, str], capsys: pytest.CaptureFixture[str], fmt: str,
                                   parse) -> None:
    db, assessment_id = recorded
    assert main(["report", assessment_id, "--format", fmt, "--output", "-", "--database", str(db)]) == 0
    assert parse(capsys.readouterr().out)


# (arguments after "report", exit code, words of the one-line message)
REPORT_ERRORS = [
    # a binary report cannot go to standard output
    (["{id}", "--format", "xlsx", "--output", "-"], ExitCode.USAGE, "standard output"),
    # no such assessment
    (["nope", "--format", "md"], ExitCode.NOT_FOUND, "nope"),
    # a folder that does not exist
    (["{id}", "--format", "md", "--output", "{tmp}/missing/r.md"], ExitCode.USAGE, "cannot write"),
]


@pytest.mark.parametrize(("args", "code", "words"), REPORT_ERRORS)
def test_report_errors(recorded: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
                       args: list[str], code: ExitCode, words: str) -> None:
    db, assessment_id = recorded
    args = [a.format(id=assessment_id, tmp=tmp_path) for a in args]
    assert main(["report", *args, "--database", str(db)]) == code
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err


# (jurisdiction, title, expected file name)
NAME_CASES = [
    # plain words, lower case, hyphens
    ("Arcadia", "Anti-Trafficking Act 2024", "arcadia-anti-trafficking-act-2024.xlsx"),
    # accents folded, punctuation collapsed
    ("Côte d'Ivoire", "Loi n° 2016-1111", "cote-d-ivoire-loi-n-2016-1111.xlsx"),
    # nothing usable left: a fallback name
    ("زمبابوي", "***", "report.xlsx"),
]


@pytest.mark.parametrize(("jurisdiction", "title", "expected"), NAME_CASES)
def test_default_report_name(jurisdiction: str, title: str, expected: str) -> None:
    assert default_report_name(jurisdiction, title, "xlsx") == expected


# --- assessor batch ---------------------------------------------------------------------------------

def make_tree(root: Path) -> Path:
    """Three countries: Arcadia (a docx), Borduria (a pdf and an html), Corruptia (random bytes as law.docx)."""
    tree = root / "countries"
    for country, files in {"Arcadia": [ARCADIA], "Borduria": [BORDURIA, DORVANIA], "Corruptia": []}.items():
        (tree / country).mkdir(parents=True)
        for f in files:
            shutil.copy(f, tree / country / f.name)
    (tree / "Corruptia" / "law.docx").write_bytes(os.urandom(3000))
    return tree


def batch(tree: Path, out: Path, db: Path, *extra: str) -> int:
    return main(["batch", str(tree), "--output", str(out), "--database", str(db), "--by", "bot", *extra])


def comparison_text(path: Path) -> str:
    import openpyxl

    book = openpyxl.load_workbook(path)
    return " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)


def test_batch_partial_skip_and_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tree, out, db = make_tree(tmp_path), tmp_path / "out", tmp_path / "db.sqlite3"
    # First run: two countries done, the corrupt one reported, exit code BATCH_PARTIAL.
    assert batch(tree, out, db, "--workers", "2") == ExitCode.BATCH_PARTIAL
    captured = capsys.readouterr()
    assert "done     Arcadia" in captured.out and "done     Borduria" in captured.out
    assert "FAILED   Corruptia: law.docx" in captured.out
    assert "2 done, 0 skipped, 1 failed" in captured.out
    # stderr is not a terminal here: no bar, one line per country
    countries = sorted(line.split()[1].rstrip(":") for line in captured.err.splitlines())
    assert countries == ["Arcadia", "Borduria", "Corruptia"]
    for country in ("Arcadia", "Borduria"):
        assert (out / country / f"{slugify(country)}.xlsx").is_file()
        assert (out / country / f"{slugify(country)}.docx").is_file()
        assert (out / country / ".done").is_file()
    assert not (out / "Corruptia" / ".done").exists()
    errors = (out / "errors.txt").read_text(encoding="utf-8").splitlines()
    assert len(errors) == 1 and errors[0].startswith("Corruptia: law.docx")
    compared = comparison_text(out / "comparison.xlsx")
    assert "Arcadia" in compared and "Borduria" in compared and "Corruptia" not in compared
    with Store(db) as store:
        first = {s.jurisdiction: s.id for s in store.list()}
        # The law files are kept with the record (the app can show them): their bytes come back.
        arcadia = store.get(first["Arcadia"])
        assert all(store.get_file(f.sha256) for f in arcadia.files)
    assert sorted(first) == ["Arcadia", "Borduria"]
    stamp = (out / "Arcadia" / "arcadia.xlsx").stat().st_mtime_ns

    # Second run: the done countries are skipped (their reports untouched), the failed one tried again.
    assert batch(tree, out, db) == ExitCode.BATCH_PARTIAL
    captured = capsys.readouterr().out
    assert "skipped  Arcadia" in captured and "skipped  Borduria" in captured and "FAILED   Corruptia" in captured
    assert (out / "Arcadia" / "arcadia.xlsx").stat().st_mtime_ns == stamp
    assert "Arcadia" in comparison_text(out / "comparison.xlsx")

    # The corrupt file replaced by a readable law: only that country is done, and the exit code is 0.
    (tree / "Corruptia" / "law.docx").unlink()
    shutil.copy(SAMPLES / "ley-trata-solvania.txt", tree / "Corruptia" / "ley.txt")
    assert batch(tree, out, db) == ExitCode.OK
    captured = capsys.readouterr().out
    assert "done     Corruptia" in captured and "skipped  Arcadia" in captured
    assert not (out / "errors.txt").exists()
    assert "Corruptia" in comparison_text(out / "comparison.xlsx")

    # --force redoes every country, updating the same assessments rather than adding new ones.
    assert batch(tree, out, db, "--force", "--workers", "1") == ExitCode.OK
    captured = capsys.readouterr().out
    assert "done     Arcadia" in captured and "done     Borduria" in captured and "skipped  " not in captured
    with Store(db) as store:
        after = {s.jurisdiction: s.id for s in store.list()}
    assert {k: after[k] for k in first} == first and len(after) == 3


def test_batch_changed_inputs_are_redone(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tree, out, db = make_tree(tmp_path), tmp_path / "out", tmp_path / "db.sqlite3"
    shutil.rmtree(tree / "Corruptia")
    assert batch(tree, out, db, "--formats", "json") == ExitCode.OK
    capsys.readouterr()
    # The same folders reached by relative paths from elsewhere: still skipped.
    monkeypatch.chdir(tmp_path)
    assert batch(Path("countries"), Path("out"), Path("db.sqlite3"), "--formats", "json") == ExitCode.OK
    assert capsys.readouterr().out.count("skipped  ") == 2
    # A report deleted by hand: that country is redone.
    (out / "Arcadia" / "arcadia.json").unlink()
    assert batch(tree, out, db, "--formats", "json") == ExitCode.OK
    captured = capsys.readouterr().out
    assert "done     Arcadia" in captured and "skipped  Borduria" in captured
    # One file of Borduria's legislation removed: Borduria is redone, Arcadia skipped.
    (tree / "Borduria" / DORVANIA.name).unlink()
    assert batch(tree, out, db, "--formats", "json") == ExitCode.OK
    captured = capsys.readouterr().out
    assert "done     Borduria" in captured and "skipped  Arcadia" in captured
    # Another format asked for: both redone.
    assert batch(tree, out, db, "--formats", "json,md") == ExitCode.OK
    captured = capsys.readouterr().out
    assert "done     Borduria" in captured and "done     Arcadia" in captured
    assert (out / "Arcadia" / "arcadia.md").is_file()


def _outcome(result, db: Path) -> dict:
    """What a batch produced, without ids and times: each country's status and findings."""
    from assessor.catalog import load_catalog
    from assessor.compare import matrix

    with Store(db) as store:
        assessments = [store.get(c.assessment_id) for c in result.countries if c.status == "done"]
    findings = {a.jurisdiction: a.findings for a in assessments}
    return {"status": [(c.country, c.status, c.reason) for c in result.countries], "findings": findings,
            "matrix": matrix(assessments, load_catalog()).to_rows()}


def test_batch_one_worker_or_two_give_the_same_result(tmp_path: Path) -> None:
    tree = make_tree(tmp_path)
    outcomes = []
    for workers in (1, 2):
        db = tmp_path / f"db{workers}.sqlite3"
        settings = load_settings().with_(database=str(db))
        result = run_batch(tree, tmp_path / f"out{workers}", settings=settings, formats=["json"], workers=workers,
                           force=False, progress=None)
        assert result.exit_code == ExitCode.BATCH_PARTIAL
        assert [c.country for c in result.failed] == ["Corruptia"]
        outcomes.append(_outcome(result, db))
    assert outcomes[0] == outcomes[1]


def test_batch_called_from_a_thread(tmp_path: Path) -> None:
    # As a server would call it: from a thread, with a pool of workers.
    import threading

    tree = make_tree(tmp_path)
    shutil.rmtree(tree / "Corruptia")
    db = tmp_path / "db.sqlite3"
    results = []
    thread = threading.Thread(target=lambda: results.append(run_batch(
        tree, tmp_path / "out", settings=load_settings().with_(database=str(db)), formats=["md"], workers=2,
        force=False, progress=None)))
    thread.start()
    thread.join()
    assert [(c.country, c.status) for c in results[0].countries] == [("Arcadia", "done"), ("Borduria", "done")]


def test_batch_scope_and_empty_country(tmp_path: Path) -> None:
    tree = tmp_path / "countries"
    (tree / "Arcadia").mkdir(parents=True)
    shutil.copy(ARCADIA, tree / "Arcadia")
    (tree / "Emptia").mkdir()
    db = tmp_path / "db.sqlite3"
    result = run_batch(tree, tmp_path / "out", settings=load_settings().with_(database=str(db)), formats=["md"],
                       workers=1, force=False, progress=None, instruments=["TIP"])
    # a country folder without files fails with a reason; the instruments asked for are the scope
    assert [(c.country, c.status) for c in result.countries] == [("Arcadia", "done"), ("Emptia", "failed")]
    assert "no law file" in result.failed[0].reason
    with Store(db) as store:
        assert store.get(result.done[0].assessment_id).instruments == ("TIP",)


def test_batch_limited_to_a_review_cluster(tmp_path: Path) -> None:
    # Every report holds only the cluster's requirements and says so in its name; a run with the cluster
    # after one without is no rerun of an unchanged country (the inputs changed).
    import json

    tree = tmp_path / "countries"
    (tree / "Arcadia").mkdir(parents=True)
    shutil.copy(ARCADIA, tree / "Arcadia")
    settings = load_settings().with_(database=str(tmp_path / "db.sqlite3"))
    whole = run_batch(tree, tmp_path / "out", settings=settings, formats=["json"], workers=1, force=False,
                      progress=None)
    first = run_batch(tree, tmp_path / "out", settings=settings, formats=["json"], workers=1, force=False,
                      progress=None, cluster="first")
    assert [c.status for c in first.countries] == ["done"]
    (report,) = first.done[0].reports
    assert report.name == "arcadia-cluster-first.json"
    limited = {r["id"] for r in json.loads(report.read_text())["requirements"]}
    (all_report,) = whole.done[0].reports
    everything = {r["id"] for r in json.loads(all_report.read_text())["requirements"]}
    assert limited and limited < everything
    assert "TIP-5-1" in limited and "TIP-6-1" not in limited  # art. 5 is in the first cluster, art. 6 is not


# (how the batch is started, exit code, words of the message)
BATCH_ERRORS = [
    # the input folder does not exist
    (["{tmp}/nowhere"], ExitCode.FILE_NOT_FOUND, "no such folder"),
    # the input folder holds no country folder
    (["{tmp}/empty"], ExitCode.USAGE, "no country folder"),
    # an unknown report format
    (["{tmp}/countries", "--formats", "xlsx,pdf"], ExitCode.USAGE, "pdf"),
    # an unknown review cluster: the known ones are named
    (["{tmp}/countries", "--cluster", "fifth"], ExitCode.USAGE, "first"),
]


@pytest.mark.parametrize(("args", "code", "words"), BATCH_ERRORS)
def test_batch_cannot_start(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: ExitCode,
                            words: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "countries" / "Arcadia").mkdir(parents=True)
    args = [a.format(tmp=tmp_path) for a in args]
    assert main(["batch", *args, "--output", str(tmp_path / "out"), "--database", str(tmp_path / "db")]) == code
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_run_batch_raises_batch_error_for_a_bad_format(tmp_path: Path) -> None:
    with pytest.raises(BatchError):
        run_batch(tmp_path, tmp_path / "out", settings=load_settings(), formats=["pdf"], workers=1, force=False,
                  progress=None)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


# (is stderr a terminal, what is written for "1 of 2 done: Arcadia" then "2 of 2 failed: Borduria")
PROGRESS_CASES = [
    # a terminal: one bar rewritten in place, a newline at the end
    (True, "\r[==========          ] 1/2 Arcadia\r[====================] 2/2 Borduria (failed)\n"),
    # a log or a pipe: one line per country, no bar
    (False, "1/2 Arcadia: done\n2/2 Borduria: failed\n"),
]


@pytest.mark.parametrize(("tty", "expected"), PROGRESS_CASES)
def test_progress(tty: bool, expected: str) -> None:
    stream = _Terminal() if tty else io.StringIO()
    bar = TextProgress(stream)
    bar(1, 2, "Arcadia", "done")
    bar(2, 2, "Borduria", "failed")
    assert stream.getvalue() == expected
