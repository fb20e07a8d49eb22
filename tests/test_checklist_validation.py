"""Broken checklists fail with a clear message naming the file, the place and the line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from assessor import ChecklistError, load_catalog, validate_checklists
from assessor.cli import main

# A minimal valid checklist; cases below break one thing at a time.
VALID = textwrap.dedent(
    """\
    schema: assessor.checklist/1
    instrument:
      id: RC
      title: Regional Convention on Trafficking
      short_title: Regional Convention
      citation: RC
    requirements:
      - id: RC-4-1
        article: "4"
        reference: RC, art. 4(1)
        title: Criminalization
        text: Each Party shall criminalize trafficking in persons.
        obligation: mandatory
        pillars: [prosecution]
        section: criminalization
        guidance:
          satisfies: An offence of trafficking in persons with a penalty.
        questions: ["Has your country criminalized trafficking in persons?"]
        recommended_action: {text: Criminalize trafficking in persons.}
        elements:
          - id: RC-4-1
            name: Offence
            test: Trafficking is an offence.
            lexicon:
              en: {terms: [trafficking in persons]}
              fr: {terms: [traite des personnes]}
              es: {terms: [trata de personas]}
    red_flags:
      - id: RF.rc_example
        title: Example flag
        test: A pattern contrary to art. 4.
        explanation: Contrary to RC art. 4(1).
        contrary_to: [RC-4-1]
        pillars: [prosecution]
        recommended_action: {text: Amend the offence.}
        lexicon:
          en: {terms: [only women]}
    """
)


def write(tmp_path: Path, text: str, name: str = "rc.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_checklist_loads(tmp_path: Path) -> None:
    catalog = load_catalog([write(tmp_path, VALID)])
    assert [r.id for r in catalog.requirements] == ["RC-4-1"]
    assert catalog.requirement("RC-4-1").paragraphs == ("1",)  # derived from the id
    assert catalog.element("RC-4-1").lexicon["fr"].terms == ("traite des personnes",)
    assert [f.id for f in catalog.red_flags] == ["RF.rc_example"]


BROKEN = [
    # A YAML syntax error: the parser's message and line.
    (
        "bad_yaml",
        VALID.replace("  short_title: Regional Convention", "  short_title: [unclosed"),
        "not valid YAML",
        6,
    ),  # the parser notices on the next line
    # A misspelt key is rejected, not ignored; the line is the key's.
    (
        "unknown_key",
        VALID.replace("    obligation: mandatory", "    obligaton: mandatory\n    obligation: mandatory"),
        "unknown key 'obligaton'",
        13,
    ),
    # The same key twice in one mapping would silently drop the first value.
    (
        "duplicate_key",
        VALID.replace("    section: criminalization", "    section: criminalization\n    section: prevention"),
        "duplicate key 'section'",
        16,
    ),
    # Pillars are the five of the 2010 Crime Congress paper.
    (
        "unknown_pillar",
        VALID.replace("    pillars: [prosecution]\n    section", "    pillars: [punishment]\n    section"),
        "requirements[0] (RC-4-1).pillars[0]",
        14,
    ),
    # An unknown obligation level.
    (
        "unknown_obligation",
        VALID.replace("obligation: mandatory", "obligation: compulsory"),
        "'mandatory', 'mandatory_qualified', 'endeavour', 'consider', 'optional', 'good_practice' or 'saving_clause'",
        13,
    ),
    # Ids follow the contract's scheme.
    (
        "bad_requirement_id",
        VALID.replace("  - id: RC-4-1\n    article", "  - id: rc 4.1\n    article"),
        "is not of the form INSTRUMENT-article",
        8,
    ),
    # An element must belong to its requirement.
    (
        "element_not_under_requirement",
        VALID.replace("      - id: RC-4-1", "      - id: RC-5-1.act"),
        "must be the requirement id 'RC-4-1'",
        8,
    ),
    # A requirement must start with its instrument id.
    (
        "wrong_instrument_prefix",
        VALID.replace("  - id: RC-4-1\n    article", "  - id: XY-4-1\n    article")
        .replace("      - id: RC-4-1", "      - id: XY-4-1")
        .replace("contrary_to: [RC-4-1]", "contrary_to: [XY-4-1]"),
        "does not start with the instrument id 'RC'",
        8,
    ),
    # A red flag must point at a requirement that exists.
    ("dangling_red_flag", VALID.replace("contrary_to: [RC-4-1]", "contrary_to: [RC-9-9]"), "no checklist defines", 33),
    # An empty term list is no lexicon.
    ("empty_terms", VALID.replace("fr: {terms: [traite des personnes]}", "fr: {terms: []}"), "lexicon.fr.terms", 26),
    # Languages are ISO 639-1 codes.
    (
        "bad_language",
        VALID.replace("es: {terms: [trata de personas]}", "spanish: {terms: [trata de personas]}"),
        "'spanish' is not a two-letter ISO 639-1 code",
        27,
    ),
    # The schema line says which format the file is in.
    ("unknown_schema", VALID.replace("assessor.checklist/1", "assessor.checklist/9"), "unknown schema", 1),
    # A file that is a list, not a mapping.
    ("not_a_mapping", "- just\n- a list\n", "must be a YAML mapping", 1),
    # A requirement with no question for the assessor.
    (
        "no_questions",
        VALID.replace('    questions: ["Has your country criminalized trafficking in persons?"]\n', ""),
        "questions: Field required",
        8,
    ),
]


@pytest.mark.parametrize(("text", "expected", "line"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_checklist_reports_file_place_and_line(tmp_path: Path, text: str, expected: str, line: int) -> None:
    path = write(tmp_path, text)
    problems = validate_checklists([path])
    assert problems, "the broken checklist was accepted"
    rendered = [p.render() for p in problems]
    assert any(expected in r for r in rendered), rendered
    assert any(p.line == line for p in problems if expected in p.render()), rendered
    assert all(r.startswith(str(path)) for r in rendered)


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    # Two files defining the same requirement id: both places are named.
    one = write(tmp_path, VALID, "one.yaml")
    two = write(tmp_path, VALID.replace("id: RC\n", "id: RC\n").replace("RF.rc_example", "RF.rc_other"), "two.yaml")
    rendered = [p.render() for p in validate_checklists([one, two])]
    assert any("duplicate id 'RC-4-1' (also in one.yaml:8)" in r for r in rendered), rendered
    assert any("instrument 'RC' is already defined in one.yaml" in r for r in rendered), rendered


def test_duplicate_element_id_within_file(tmp_path: Path) -> None:
    # The same element id twice under one requirement.
    text = VALID.replace(
        "    elements:\n      - id: RC-4-1\n",
        "    elements:\n      - id: RC-4-1.act.recruitment\n        name: a\n        test: a\n"
        "        lexicon: {en: {terms: [recruits]}}\n      - id: RC-4-1.act.recruitment\n",
    )
    rendered = [p.render() for p in validate_checklists([write(tmp_path, text)])]
    assert any("duplicate id 'RC-4-1.act.recruitment'" in r for r in rendered), rendered


def test_user_checklist_cannot_reuse_a_shipped_id(tmp_path: Path) -> None:
    # A regional checklist validated beside the shipped ones may not redefine TIP-5-1.
    text = VALID.replace("RC", "TIP").replace("TIP-4-1", "TIP-5-1")
    rendered = [p.render() for p in validate_checklists([write(tmp_path, text)], with_builtin=True)]
    assert any("duplicate id 'TIP-5-1'" in r for r in rendered), rendered


def test_load_catalog_raises_with_every_problem(tmp_path: Path) -> None:
    text = VALID.replace("obligation: mandatory", "obligation: compulsory").replace(
        "pillars: [prosecution]\n    section", "pillars: [x]\n    section"
    )
    with pytest.raises(ChecklistError) as info:
        load_catalog([write(tmp_path, text)])
    assert len(info.value.problems) == 2
    assert "and 1 more problem" in str(info.value)


def test_missing_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    problems = validate_checklists([tmp_path / "nope.yaml"])
    assert [p.message for p in problems] == ["file not found"]


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    # A Python object tag must never be constructed.
    text = VALID.replace("title: Regional Convention on Trafficking", "title: !!python/object/apply:os.system ['true']")
    problems = validate_checklists([write(tmp_path, text)])
    assert any("not valid YAML" in p.render() and "python/object" in p.render() for p in problems)


CLI_CASES = [
    # A valid user checklist: OK on stdout, exit 0.
    ("valid", VALID, 0, "OK"),
    # A broken one: one line per problem on stderr, exit 3.
    (
        "broken",
        VALID.replace("obligation: mandatory", "obligation: compulsory"),
        3,
        "rc.yaml:13: requirements[0] (RC-4-1).obligation:",
    ),
]


@pytest.mark.parametrize(("text", "code", "expected"), [c[1:] for c in CLI_CASES], ids=[c[0] for c in CLI_CASES])
def test_cli_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, code: int, expected: str) -> None:
    assert main(["checklists", "validate", str(write(tmp_path, text))]) == code
    out = capsys.readouterr()
    assert expected in (out.out + out.err)
    assert "Traceback" not in out.err


def test_readme_documents_every_setting_and_exit_code() -> None:
    # The README's tables are written from the code; this keeps them from drifting apart.
    from assessor.errors import ExitCode
    from assessor.settings import settings_table
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert settings_table() in readme
    for code in ExitCode:
        assert f"| {int(code)} |" in readme, code
