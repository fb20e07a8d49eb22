"""Golden segmentation of every legislation sample: the provision tree, citation by citation.

After a deliberate change to segmentation, regenerate with `UPDATE_GOLDEN=1 pytest
tests/test_samples_segmentation.py` and review the diff of tests/golden/ like code.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from assessor.legislation.reader import read_file
from conftest import ROOT

SAMPLES = sorted(
    p for p in (ROOT / "legislation_samples").iterdir()
    if p.is_file() and not p.name.startswith(("_", ".")) and p.suffix not in {".yaml", ".py"}
    and p.name != "README.md"
)
GOLDEN = ROOT / "tests" / "golden" / "segmentation"


def outline(path: Path) -> str:
    source, provisions = read_file(path)
    lines = [f"# {source.name} | {source.format} | {source.language} | {source.title}"]
    for p in provisions:
        text = " ".join(p.text.split())
        defines = f" | defines: {', '.join(p.defines)}" if p.defines else ""
        lines.append(f"{'  ' * p.depth}{p.citation} | {p.kind.value} | {p.heading} | {text[:90]}{defines}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_golden_segmentation(sample: Path) -> None:
    golden = GOLDEN / f"{sample.name}.txt"
    actual = outline(sample)
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden.name}: run UPDATE_GOLDEN=1 pytest {__file__} and review it"
    assert actual == golden.read_text(encoding="utf-8")


def test_there_are_samples() -> None:
    # At least eight original samples across formats and languages (issue #3).
    assert len(SAMPLES) >= 8
    assert {p.suffix for p in SAMPLES} >= {".txt", ".docx", ".pdf", ".html", ".xml"}


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_every_sample_has_an_answer_key(sample: Path) -> None:
    assert (sample.parent / f"{sample.stem}.gold.yaml").is_file()


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_answer_key_cites_provisions_that_exist(sample: Path) -> None:
    # The answer key and the segmenter agree on how each provision is cited.
    gold = yaml.safe_load((sample.parent / f"{sample.stem}.gold.yaml").read_text(encoding="utf-8"))
    items = list(gold["elements"].values()) + list(gold["red_flags"].values())
    cited = {c for item in items for c in item["provisions"]}
    _, provisions = read_file(sample)
    assert cited - {p.citation for p in provisions} == set()
