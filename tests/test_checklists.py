"""The shipped checklists: complete against the spec, faithful to the authentic texts."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

from assessor import Obligation, Pillar, Section, load_catalog
from assessor.catalog import Catalog, Requirement
from assessor.cli import main
from conftest import ROOT, SHARED

LANGUAGES = ("en", "fr", "es")


@cache
def catalog() -> Catalog:
    return load_catalog()


@cache
def spec() -> dict:
    return yaml.safe_load((SHARED / "spec" / "elements.yaml").read_text(encoding="utf-8"))


def spec_ids(kind: str) -> list[str]:
    return [item["id"] for item in spec()[kind]]


def test_shipped_checklists_validate(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["checklists", "validate"]) == 0
    assert capsys.readouterr().out.strip() == "OK"


@pytest.mark.parametrize("element_id", spec_ids("elements") if (SHARED / "spec").is_dir() else [])
def test_every_spec_element_exists(element_id: str) -> None:
    element = catalog().element(element_id)
    # The question the element answers is the spec's, word for word.
    assert element.test == next(e["test"] for e in spec()["elements"] if e["id"] == element_id)


@pytest.mark.parametrize("flag_id", spec_ids("red_flags") if (SHARED / "spec").is_dir() else [])
def test_every_spec_red_flag_exists(flag_id: str) -> None:
    assert flag_id in {f.id for f in catalog().red_flags}


def test_spec_lists_something(shared: Path) -> None:
    # Guards the two parametrized tests above against an empty or moved spec.
    assert len(spec_ids("elements")) >= 40 and len(spec_ids("red_flags")) >= 5


def test_ids_are_unique_across_checklists() -> None:
    ids = [r.id for r in catalog().requirements]
    ids += [e.id for e in catalog().elements if e.id not in {r.id for r in catalog().requirements}]
    ids += [f.id for f in catalog().red_flags]
    assert [i for i, n in Counter(ids).items() if n > 1] == []


def items_with_lexicons() -> list[tuple[str, dict]]:
    items = [(e.id, e.lexicon) for e in catalog().elements]
    items += [(f.id, f.lexicon) for f in catalog().red_flags]
    items += [(r.id, r.lexicon) for r in catalog().requirements if not r.elements]
    return items


@pytest.mark.parametrize(("item_id", "lexicon"), items_with_lexicons())
def test_lexicon_in_english_french_and_spanish(item_id: str, lexicon: dict | None) -> None:
    # Elements and red flags carry matching terms; undetectable requirements carry search terms.
    assert lexicon is not None, f"{item_id} has no lexicon"
    missing = [lang for lang in LANGUAGES if lang not in lexicon or not lexicon[lang].terms]
    assert missing == [], f"{item_id} has no terms in {missing}"


# Each paragraph that carries an obligation in TIP arts. 5-13 and SOM arts. 5-6, 10-16 and 18,
# read from the authentic English texts. None: an article without numbered paragraphs.
# Left out on purpose: TIP 8(5)-(6), SOM 18(7)-(8) (saving clauses), SOM 6(4) (a permission),
# SOM 18(6) ("may cooperate").
OBLIGATION_PARAGRAPHS = [
    ("TIP", "5", "1"),
    ("TIP", "5", "2"),
    *[("TIP", "6", str(p)) for p in range(1, 7)],
    ("TIP", "7", "1"),
    ("TIP", "7", "2"),
    *[("TIP", "8", str(p)) for p in range(1, 5)],
    *[("TIP", "9", str(p)) for p in range(1, 6)],
    *[("TIP", "10", str(p)) for p in range(1, 4)],
    *[("TIP", "11", str(p)) for p in range(1, 7)],
    ("TIP", "12", None),
    ("TIP", "13", None),
    ("SOM", "5", None),
    ("SOM", "6", "1"),
    ("SOM", "6", "2"),
    ("SOM", "6", "3"),
    ("SOM", "10", "1"),
    ("SOM", "10", "2"),
    *[("SOM", "11", str(p)) for p in range(1, 7)],
    ("SOM", "12", None),
    ("SOM", "13", None),
    *[("SOM", "14", str(p)) for p in range(1, 4)],
    *[("SOM", "15", str(p)) for p in range(1, 4)],
    *[("SOM", "16", str(p)) for p in range(1, 6)],
    *[("SOM", "18", str(p)) for p in range(1, 6)],
]


def cites(requirement: Requirement, instrument: str, article: str, paragraph: str | None) -> bool:
    return (
        requirement.instrument == instrument
        and requirement.article == article
        and (paragraph is None or paragraph in requirement.paragraphs)
    )


@pytest.mark.parametrize(("instrument", "article", "paragraph"), OBLIGATION_PARAGRAPHS)
def test_every_obligation_paragraph_is_cited(instrument: str, article: str, paragraph: str | None) -> None:
    assert any(cites(r, instrument, article, paragraph) for r in catalog().requirements), (
        f"no requirement cites {instrument} art. {article}" + (f"({paragraph})" if paragraph else "")
    )


# The articles each checklist covers, as issue #2 scopes them.
ARTICLES = {
    "TIP": {"3", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"},
    "SOM": {"3", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "18", "19"},
    "UNTOC": {
        "5",
        "6",
        "7",
        "8",
        "9",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "18",
        "19",
        "20",
        "22",
        "23",
        "24",
        "25",
        "26",
        "27",
        "28",
        "29",
        "31",
        "34",
    },
}


@pytest.mark.parametrize("instrument", sorted(ARTICLES))
def test_checklist_covers_exactly_its_articles(instrument: str) -> None:
    covered = {r.article for r in catalog().requirements if r.instrument == instrument}
    assert covered == ARTICLES[instrument]


def test_untoc_34_2_is_its_own_requirement() -> None:
    # The domestic-offence rule behind two red flags is tested on its own.
    assert catalog().requirement("UNTOC-34-2").obligation is Obligation.MANDATORY


GOOD_PRACTICES = [
    "specialized_units",
    "coordination_body",
    "action_plan",
    "non_punishment",
    "court_protection",
    "victim_identification",
    "forfeiture_victim_fund",
    "recruitment_agencies",
    "labour_inspection",
    "use_of_services",
    "aggravating_circumstances",
    "data_collection",
]


@pytest.mark.parametrize("name", GOOD_PRACTICES)
def test_good_practice_is_listed(name: str) -> None:
    requirement = catalog().requirement(f"GP.{name}")
    assert requirement.obligation is Obligation.GOOD_PRACTICE
    assert requirement.source, "a good practice names where it comes from"


def test_court_protection_elements() -> None:
    # Recorded or remote testimony, screens, closed hearings, identity protection.
    ids = {e.id for e in catalog().requirement("GP.court_protection").elements}
    assert ids >= {
        f"GP.court_protection.{n}" for n in ("remote_testimony", "screens", "closed_hearings", "identity_protection")
    }


def test_every_pillar_and_section_is_used() -> None:
    assert {p for r in catalog().requirements for p in r.pillars} == set(Pillar)
    assert {r.section for r in catalog().requirements} == set(Section)


# --------------------------------------------------------------------------- quotations


def fold(text: str) -> str:
    """Compare quotations without regard to white space or quote-mark style."""
    text = text.replace("``", '"').replace('\\"', '"')
    for mark in "“”„«»":
        text = text.replace(mark, '"')
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", "", text)


@cache
def authentic(name: str) -> tuple[str, ...]:
    """The authentic text as folded, and once more with line-end hyphenation repaired."""
    for folder in (ROOT, ROOT / "reference", SHARED / "reference"):
        path = folder / name
        if path.is_file():
            raw = path.read_text(encoding="utf-8")
            body = "\n".join(line for line in raw.splitlines() if not line.startswith("# "))
            return fold(body), fold(re.sub(r"(\w)-\n\s*(\w)", r"\1\2", body))
    raise AssertionError(f"authentic text {name!r} not found")


def requirements_with_sources() -> list[Requirement]:
    return list(catalog().requirements)


@pytest.mark.parametrize("requirement", requirements_with_sources(), ids=lambda r: r.id)
def test_quotation_is_authentic(requirement: Requirement) -> None:
    instrument = next(i for i in catalog().instruments if i.id == requirement.instrument)
    assert instrument.authentic_text, f"{instrument.id} names no authentic text"
    fragments = [f for f in re.split(r"\.\.\.|…", requirement.text) if fold(f).strip(".,;:")]
    assert fragments
    for source in authentic(instrument.authentic_text):
        position = 0
        for fragment in fragments:
            found = source.find(fold(fragment).strip(), position)
            if found < 0:
                break
            position = found + len(fold(fragment))
        else:
            return
    pytest.fail(f"{requirement.id}: the quotation is not in {instrument.authentic_text}: {fragment[:120]!r}")


# --------------------------------------------------------------------------- obligation levels

# A sample of paragraphs, each with the words that set its level.
LEVELS = [
    ("TIP-5-1", Obligation.MANDATORY),  # "shall adopt such legislative and other measures"
    ("TIP-5-2-a", Obligation.MANDATORY_QUALIFIED),  # "Subject to the basic concepts of its legal system"
    ("TIP-5-2-c", Obligation.MANDATORY),  # organizing or directing: no qualifier
    ("TIP-6-1", Obligation.MANDATORY_QUALIFIED),  # "to the extent possible under its domestic law"
    ("TIP-6-3", Obligation.CONSIDER),  # "shall consider implementing measures"
    ("TIP-6-5", Obligation.ENDEAVOUR),  # "shall endeavour to provide for the physical safety"
    ("TIP-6-6", Obligation.MANDATORY),  # "shall ensure ... the possibility of obtaining compensation"
    ("TIP-7-1", Obligation.CONSIDER),  # "shall consider adopting legislative or other appropriate measures"
    ("TIP-9-2", Obligation.ENDEAVOUR),  # "shall endeavour to undertake measures"
    ("TIP-11-5", Obligation.CONSIDER),  # "shall consider taking measures"
    ("SOM-5", Obligation.MANDATORY),  # "Migrants shall not become liable to criminal prosecution"
    ("SOM-6-1-a", Obligation.MANDATORY),  # "shall adopt ... to establish as criminal offences"
    ("SOM-6-2-a", Obligation.MANDATORY_QUALIFIED),  # "Subject to the basic concepts of its legal system"
    ("SOM-6-2-c", Obligation.MANDATORY),  # organizing or directing: no qualifier
    ("SOM-6-3-a", Obligation.MANDATORY),  # "shall adopt ... as aggravating circumstances"
    ("SOM-18-2", Obligation.CONSIDER),  # "shall consider the possibility of facilitating"
    ("UNTOC-15-2", Obligation.OPTIONAL),  # "may also establish its jurisdiction"
    ("UNTOC-34-2", Obligation.MANDATORY),  # "shall be established ... independently of the transnational nature"
    # issue 11: the levels a legal review found wrong
    ("UNTOC-14-2", Obligation.MANDATORY_QUALIFIED),  # "shall, to the extent permitted by domestic law ... give"
    ("SOM-8-7", Obligation.OPTIONAL),  # first sentence: "may board and search the vessel"
    ("SOM-8-7-2", Obligation.MANDATORY),  # second sentence: "shall take appropriate measures"
    ("SOM-6-4", Obligation.SAVING_CLAUSE),  # "Nothing in this Protocol shall prevent ..."
    ("SOM-19-1", Obligation.SAVING_CLAUSE),  # "Nothing in this Protocol shall affect ..."
    ("TIP-14", Obligation.SAVING_CLAUSE),  # art. 14(1): "Nothing in this Protocol shall affect ..."
    ("TIP-14-2", Obligation.MANDATORY),  # art. 14(2): "shall be interpreted and applied ... not discriminatory"
    # a qualifier of the means or the occasion ("as appropriate", "where appropriate", "to the extent possible",
    # "to the extent necessary") leaves the duty mandatory
    ("TIP-9-3", Obligation.MANDATORY),
    ("TIP-11-1", Obligation.MANDATORY),
    ("TIP-11-3", Obligation.MANDATORY),
    ("SOM-11-1", Obligation.MANDATORY),
    ("SOM-11-3", Obligation.MANDATORY),
    ("SOM-15-3", Obligation.MANDATORY),
    ("UNTOC-11-5", Obligation.MANDATORY),
    ("UNTOC-29-1", Obligation.MANDATORY),
    # "shall endeavour": a duty to make efforts
    ("UNTOC-16-8", Obligation.ENDEAVOUR),
    ("UNTOC-31-1", Obligation.ENDEAVOUR),
    ("UNTOC-31-2", Obligation.ENDEAVOUR),
    ("UNTOC-31-3", Obligation.ENDEAVOUR),
    ("UNTOC-31-5", Obligation.ENDEAVOUR),
]


@pytest.mark.parametrize(("requirement_id", "level"), LEVELS)
def test_obligation_level_follows_the_wording(requirement_id: str, level: Obligation) -> None:
    assert catalog().requirement(requirement_id).obligation is level


SOFT = {
    "consider",
    "endeavour",
    "seek",
    "make",
}  # shall consider / endeavour / seek to / make every effort ("shall ... give priority consideration" is a duty)


def operative_verbs(text: str) -> list[str]:
    """The word after each "shall", skipping a parenthetical ("shall, as appropriate, cooperate")."""
    return re.findall(r"\bshall(?:,[^,]{0,80},)?\s+(\w+)", text.lower())


@pytest.mark.parametrize(
    "requirement",
    [r for r in requirements_with_sources() if r.instrument in {"TIP", "SOM", "UNTOC"}],
    ids=lambda r: r.id,
)
def test_soft_wording_is_never_mandatory(requirement: Requirement) -> None:
    # "Shall consider" or "shall endeavour" alone binds less than "shall adopt"; "may" alone is optional.
    verbs = operative_verbs(requirement.text)
    if verbs and set(verbs) <= SOFT:
        assert requirement.obligation in {Obligation.CONSIDER, Obligation.OPTIONAL, Obligation.ENDEAVOUR}, verbs
    if verbs and set(verbs) == {"endeavour"}:
        assert requirement.obligation is Obligation.ENDEAVOUR, verbs
    if not verbs and re.search(r"\bmay\b", requirement.text):
        assert requirement.obligation is Obligation.OPTIONAL


@pytest.mark.parametrize("requirement", requirements_with_sources(), ids=lambda r: r.id)
def test_reference_names_the_article(requirement: Requirement) -> None:
    # "TIP Protocol, art. 6(3)": a one-paragraph requirement names its paragraph too.
    if requirement.instrument == "GP":
        return  # good practice cites working-paper paragraphs, checked by the quotation test
    expected = f"art. {requirement.article}"
    if len(requirement.paragraphs) == 1:
        expected += f"({requirement.paragraphs[0]})"
    assert expected in requirement.reference


# --------------------------------------------------------------------------- the loader
# The checklists are parsed with libyaml's C safe loader, once per process per content; the
# line-tracking node tree is built only when a problem is reported.

from test_checklist_validation import VALID  # noqa: E402

from assessor import catalog as catalog_module  # noqa: E402
from assessor.catalog import builtin_checklist_paths, validate_checklists  # noqa: E402

PURE = catalog_module._unique_key_loader(yaml.SafeLoader)


def test_c_loader_is_used_when_built() -> None:
    # libyaml's parser when PyYAML has it; the pure-Python one only as a fallback.
    expected = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
    assert catalog_module._SafeBase is expected
    assert issubclass(catalog_module._UniqueKeyLoader, expected)


@pytest.mark.parametrize("path", builtin_checklist_paths(), ids=lambda p: p.name)
def test_c_and_pure_loaders_read_the_same(path: Path) -> None:
    # Each shipped checklist gives the same data whichever parser reads it.
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=catalog_module._UniqueKeyLoader) == yaml.load(text, Loader=PURE)  # noqa: S506


LOADER_BROKEN = [
    # A syntax error is reported at the same line by both parsers.
    ("syntax", VALID.replace("  short_title: Regional Convention", "  short_title: [unclosed"), "not valid YAML", 6),
    # A duplicate key is refused by both, at the second key.
    ("duplicate_key", VALID.replace("    section: criminalization",
                                    "    section: criminalization\n    section: prevention"),
     "duplicate key 'section'", 16),
    # A schema error's line comes from the node tree built after validation failed.
    ("schema", VALID.replace("obligation: mandatory", "obligation: compulsory"), "obligation", 13),
]


@pytest.mark.parametrize("pure", [False, True], ids=["c", "pure"])
@pytest.mark.parametrize(("text", "expected", "line"), [c[1:] for c in LOADER_BROKEN],
                         ids=[c[0] for c in LOADER_BROKEN])
def test_problem_lines_with_either_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pure: bool, text: str,
                                          expected: str, line: int) -> None:
    if pure:
        monkeypatch.setattr(catalog_module, "_SafeBase", yaml.SafeLoader)
        monkeypatch.setattr(catalog_module, "_UniqueKeyLoader", PURE)
    path = tmp_path / "rc.yaml"
    path.write_text(text, encoding="utf-8")
    problems = validate_checklists([path])
    assert [p.line for p in problems if expected in p.render()] == [line], [p.render() for p in problems]


def _counting(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """Count the calls of a catalog function while the test runs."""
    calls: list[int] = []
    real = getattr(catalog_module, name)

    def counted(*args: object) -> object:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(catalog_module, name, counted)
    return calls


def test_unchanged_file_is_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Loading the same file twice parses it once, builds no node tree, and gives the same Catalog.
    parses = _counting(monkeypatch, "_parse")
    composes = _counting(monkeypatch, "_compose")
    path = tmp_path / "rc.yaml"
    path.write_text(VALID, encoding="utf-8")
    first = load_catalog([path])
    assert load_catalog([path]) is first
    assert (len(parses), len(composes)) == (1, 0)


def test_changed_content_is_parsed_again(tmp_path: Path) -> None:
    # A rewrite of the same size within the same timestamp tick is still seen: the key is the content.
    path = tmp_path / "rc.yaml"
    path.write_text(VALID, encoding="utf-8")
    first = load_catalog([path])
    path.write_text(VALID.replace("Example flag", "Sample flag!"), encoding="utf-8")
    assert len(VALID.replace("Example flag", "Sample flag!")) == len(VALID)
    assert load_catalog([path]).red_flags[0].title == "Sample flag!"
    assert first.red_flags[0].title == "Example flag"


def test_broken_file_is_not_cached(tmp_path: Path) -> None:
    # A file that was valid, then broken, then valid again is judged on its content each time.
    path = tmp_path / "rc.yaml"
    path.write_text(VALID, encoding="utf-8")
    assert validate_checklists([path]) == []
    path.write_text(VALID.replace("obligation: mandatory", "obligation: compulsory"), encoding="utf-8")
    assert [p.line for p in validate_checklists([path])] == [13]
    path.write_text(VALID, encoding="utf-8")
    assert validate_checklists([path]) == []


def test_duplicate_id_line_of_first_file_from_cache(tmp_path: Path) -> None:
    # A cached file's line numbers are still found when a later file clashes with it.
    one = tmp_path / "one.yaml"
    one.write_text(VALID, encoding="utf-8")
    load_catalog([one])
    two = tmp_path / "two.yaml"
    two.write_text(VALID.replace("id: RC\n", "id: RD\n").replace("RC-4-1", "RD-4-1"), encoding="utf-8")
    rendered = [p.render() for p in validate_checklists([one, two])]
    assert any("duplicate id 'RF.rc_example' (also in one.yaml:29)" in r for r in rendered), rendered
