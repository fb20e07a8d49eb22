"""On the real statutes of the dev corpus, every provision the answer keys cite is found by its citation."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from assessor.legislation.citations import citation_key
from assessor.legislation.reader import read_file
from conftest import SHARED

GOLD = sorted((SHARED / "corpus" / "dev" / "gold").glob("*.yaml"))


def gold_citations(path: Path) -> tuple[str, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = list(data["elements"].values()) + list(data.get("red_flags", {}).values())
    return data["file"], sorted({c for item in items for c in item.get("provisions", [])})


@pytest.mark.parametrize("gold", GOLD, ids=[g.stem for g in GOLD])
def test_every_cited_provision_is_found(gold: Path) -> None:
    law, cited = gold_citations(gold)
    _, provisions = read_file(SHARED / "corpus" / "dev" / "laws" / law)
    keys = {citation_key(p.citation) for p in provisions}
    assert [c for c in cited if citation_key(c) not in keys] == []


def test_corpus_is_there(shared: Path) -> None:
    # Guards the parametrized test above against an empty or moved corpus.
    assert len(GOLD) >= 10


def test_front_matter_is_not_law_text(shared: Path) -> None:
    # The "# title: ..." header of a collected statute is metadata: it gives the title, not provisions.
    source, provisions = read_file(SHARED / "corpus" / "dev" / "laws" / "uk-modern-slavery-act-2015.txt")
    assert source.title.startswith("Modern Slavery Act 2015")
    assert source.language == "en"
    assert not any("retrieval note" in p.text for p in provisions)
