"""`assessor read`: several files as one body of legislation; bad files give one line and a documented code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assessor.cli import main
from assessor.errors import ExitCode
from assessor.legislation.reader import read_legislation

ACT = "Section 1\n(1) A person who recruits another person for exploitation commits an offence.\n"
CODE = "Article 12\nLa traite des êtres humains est punie de six ans d'emprisonnement et d'une amende.\n"


def test_several_files_are_one_body_of_legislation(tmp_path: Path) -> None:
    # A penal code chapter plus an act: provisions keep their file and the file's language.
    (tmp_path / "act.txt").write_text(ACT, encoding="utf-8")
    (tmp_path / "code.txt").write_text(CODE, encoding="utf-8")
    seen: list[tuple[int, int, str]] = []
    legislation = read_legislation(
        [tmp_path / "act.txt", tmp_path / "code.txt"], progress=lambda d, t, n: seen.append((d, t, n))
    )
    assert [(p.citation, p.source, p.language) for p in legislation.provisions] == [
        ("s. 1", "act.txt", "en"), ("s. 1(1)", "act.txt", "en"), ("art. 12", "code.txt", "fr")]
    assert [f.name for f in legislation.files] == ["act.txt", "code.txt"]
    assert seen == [(1, 2, "act.txt"), (2, 2, "code.txt")]  # a progress callback per file
    assert len({p.uid for p in legislation.provisions}) == 3  # uids stay unique across files


def test_cli_read_lists_provisions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "act.txt").write_text(ACT, encoding="utf-8")
    assert main(["read", str(tmp_path / "act.txt")]) == ExitCode.OK
    out = capsys.readouterr().out
    assert "s. 1(1)  A person who recruits" in out


def test_cli_read_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "act.txt").write_text(ACT, encoding="utf-8")
    assert main(["read", str(tmp_path / "act.txt"), "--format", "json"]) == ExitCode.OK
    payload = json.loads(capsys.readouterr().out)
    assert [p["citation"] for p in payload["provisions"]] == ["s. 1", "s. 1(1)"]
    assert payload["files"][0]["language"] == "en"


BAD = [
    # A file that is not there.
    ("missing.txt", None, ExitCode.FILE_NOT_FOUND, "no such file"),
    # An empty file.
    ("empty.txt", b"", ExitCode.EMPTY_FILE, "empty"),
    # An image is not a law text: unknown format.
    ("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(200), ExitCode.UNKNOWN_FORMAT, "scan.png"),
    # A Word file that is not a zip archive.
    ("bill.docx", b"definitely not a word file", ExitCode.CORRUPT_FILE, "bill.docx"),
]


@pytest.mark.parametrize(("name", "data", "code", "expected"), BAD, ids=[b[0] for b in BAD])
def test_cli_read_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes | None, code: int, expected: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    assert main(["read", str(path)]) == code
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err


def test_cli_read_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # --max-file-mb refuses a file over the limit before reading it.
    (tmp_path / "big.txt").write_text(ACT * 2000, encoding="utf-8")
    assert main(["read", str(tmp_path / "big.txt"), "--max-file-mb", "0.01"]) == ExitCode.FILE_TOO_LARGE
    assert "big.txt" in capsys.readouterr().err


def test_openpyxl_refuses_entity_bombs() -> None:
    # defusedxml is installed, so openpyxl parses workbooks through it (issue #3).
    import openpyxl

    assert openpyxl.DEFUSEDXML is True
