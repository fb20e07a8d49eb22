"""Legal fidelity: the checklists say what the authentic texts say (issue 11).

- every quotation is the authentic text (whitespace-normalised), and an elision ("...") drops no
  words that change who bears the duty or when it applies;
- every obligation level follows its verb by the documented rule (docs/checklists.md, "Obligation
  levels"): a table verb -> level and a table of the qualifiers that limit the duty itself; a
  requirement whose level differs names the reason in `level_exception`;
- every term of a decisive lexicon is found in an invented sentence that carries the element, and
  not in one that a pitfall says must not count.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
import yaml
from test_checklists import authentic, fold

from assessor import Obligation, load_catalog
from assessor.catalog import Catalog, Requirement, builtin_checklist_paths
from assessor.engine import document


@cache
def catalog() -> Catalog:
    return load_catalog()


@cache
def raw_requirements() -> dict[str, dict]:
    """The requirements as written in the YAML (with `level_exception`, which the catalog does not carry)."""
    found = {}
    for path in builtin_checklist_paths():
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["requirements"]:
            found[item["id"]] = item
    return found


TREATY = ("TIP", "SOM", "UNTOC")


def treaty_requirements() -> list[Requirement]:
    return [r for r in catalog().requirements if r.instrument in TREATY]


# --------------------------------------------------------------------------- quotations and elisions

# Words an elision must never drop: they name who bears the duty or the moment it applies. Each
# is matched in the folded text left out between two quoted fragments of the same requirement.
DECISIVE_WORDS = (
    "at the time of",
    "the State Party of which",
    "receiving State",
    "requesting State",
    "requested State",
    "flag State",
    "shall not",
    "without undue or unreasonable delay",
)
# An elision that leaves one of those words out on purpose, with the reason.
ALLOWED_ELISIONS: set[tuple[str, str]] = set()


def elided(requirement: Requirement) -> list[str]:
    """The folded authentic text each "..." of the quotation leaves out inside a sentence.

    An elision after a full stop, a semicolon or a colon leaves out whole sentences, paragraphs
    or subparagraphs (another duty, quoted elsewhere); one inside a sentence leaves out words of
    the duty quoted, which must not be the duty-bearer or the moment.
    """
    instrument = next(i for i in catalog().instruments if i.id == requirement.instrument)
    source = authentic(instrument.authentic_text)[0]
    fragments = [fold(f).strip() for f in re.split(r"\.\.\.|…", requirement.text) if fold(f).strip(".,;:")]
    gaps, position = [], None
    for fragment in fragments:
        found = source.find(fragment, position or 0)
        if found < 0:
            return []  # test_checklists.test_quotation_is_authentic reports it
        if position is not None and source[position - 1] not in ".;:":
            gaps.append(source[position:found])
        position = found + len(fragment)
    return gaps


@pytest.mark.parametrize("requirement", [r for r in treaty_requirements() if "..." in r.text], ids=lambda r: r.id)
def test_elision_keeps_duty_bearer_and_moment(requirement: Requirement) -> None:
    for gap in elided(requirement):
        for words in DECISIVE_WORDS:
            if (requirement.id, words) not in ALLOWED_ELISIONS:
                assert fold(words) not in gap, f"{requirement.id}: the elision drops {words!r}"


@pytest.mark.parametrize("requirement_id", ["TIP-8-1", "TIP-8-2", "TIP-8-3", "TIP-8-4"])
def test_tip_8_keeps_the_moment_of_entry(requirement_id: str) -> None:
    # What distinguishes TIP art. 8 from SOM art. 18: residence "at the time of entry into the
    # territory of the receiving State Party", in each paragraph of the split TIP-8.
    text = " ".join(catalog().requirement(requirement_id).text.split())
    assert "at the time of entry into the territory of the receiving State Party" in text


# --------------------------------------------------------------------------- obligation levels

# The verb gives the level: the pattern found earliest in the quotation wins.
VERB_LEVELS: tuple[tuple[str, Obligation], ...] = (
    (r"\bnothing in this (protocol|convention) shall\b", Obligation.SAVING_CLAUSE),
    (r"\bshall\b(?:(?!\.\s)[^;]){0,80}?\bendeavour\b", Obligation.ENDEAVOUR),
    # "shall, if its domestic law so permits ..., consider" (UNTOC art. 16(12)): a qualifier set off
    # by commas between "shall" and "consider" does not change the verb.
    (r"\bshall (also )?(consider|give appropriate consideration|seek to)\b|\bare encouraged to\b"
     r"|\bshall,(?:(?!\.\s)[^;]){0,160}?,\s*consider\b", Obligation.CONSIDER),
    (r"\bmay (also )?consider\b", Obligation.OPTIONAL),
    (r"(?<!as )\bmay\b(?! not\b)(?! be (necessary|refused|inflicted|assimilated|requested|required|in force|the))",
     Obligation.OPTIONAL),
    (r"\bshall\b|\bagrees to\b|\bmay not\b", Obligation.MANDATORY),
)
# Qualifiers that limit the duty itself: with a mandatory verb, the level is mandatory_qualified.
# Qualifiers of the means or the occasion ("as appropriate", "where appropriate", "in appropriate
# cases", "to the extent possible" alone, "to the extent necessary") leave it mandatory.
DUTY_QUALIFIERS = (
    r"subject to the basic concepts of (its|their) legal system",
    r"fundamental principles of (its|their) domestic law",
    r"basic principles of (its|their) domestic legal system",
    r"to the extent possible under (its|their) domestic law",
    r"to the extent permitted by domestic law",
    r"to the (greatest|fullest) extent possible (within|under)",
    r"consistent with (its|their) (legal principles|legal system|respective domestic legal)",
    r"within (available|its|their) means",
    r"in accordance with (its|their) domestic law",
    r"subject to (its|their) domestic law",
)


def level_by_rule(text: str) -> Obligation | None:
    """The level the documented rule gives a quotation (None when it has no operative verb)."""
    folded = " ".join(text.split()).lower()
    hits = [(m.start(), level) for pattern, level in VERB_LEVELS if (m := re.search(pattern, folded))]
    if not hits:
        return None
    level = min(hits, key=lambda hit: hit[0])[1]
    if level is Obligation.MANDATORY and any(re.search(q, folded) for q in DUTY_QUALIFIERS):
        return Obligation.MANDATORY_QUALIFIED
    return level


@pytest.mark.parametrize("requirement", treaty_requirements(), ids=lambda r: r.id)
def test_level_follows_the_verb_or_names_the_exception(requirement: Requirement) -> None:
    exception = raw_requirements()[requirement.id].get("level_exception")
    expected = level_by_rule(requirement.text)
    assert expected is not None, f"{requirement.id}: no operative verb in the quotation"
    if exception:
        # An exception is named only where it is needed, and says why in a sentence.
        assert requirement.obligation is not expected, f"{requirement.id}: level_exception, but the rule agrees"
        assert len(exception.split()) >= 8
    else:
        assert requirement.obligation is expected, (
            f"{requirement.id}: {requirement.obligation.value}, the rule gives {expected.value}; "
            "fix the level or name the reason in level_exception"
        )


def test_good_practice_is_not_a_treaty_level() -> None:
    assert all(r.obligation is not Obligation.GOOD_PRACTICE for r in treaty_requirements())
    assert all(r.obligation is Obligation.GOOD_PRACTICE for r in catalog().requirements if r.instrument == "GP")


@pytest.mark.parametrize(("text", "level"), [
    ("Each State Party shall adopt such measures as may be necessary.", Obligation.MANDATORY),
    ("Each State Party shall, as appropriate, cooperate.", Obligation.MANDATORY),
    ("Each State Party shall, to the extent possible, strengthen controls.", Obligation.MANDATORY),
    ("Each State Party shall, subject to the basic concepts of its legal system, adopt.",
     Obligation.MANDATORY_QUALIFIED),
    ("Each State Party shall take measures within available means.", Obligation.MANDATORY_QUALIFIED),
    ("States Parties shall, subject to their domestic law, endeavour to expedite.", Obligation.ENDEAVOUR),
    ("Each State Party shall consider adopting measures.", Obligation.CONSIDER),
    ("The requested Party shall, if its domestic law so permits, upon application, consider the enforcement.",
     Obligation.CONSIDER),
    ("Each State Party shall, to the extent appropriate and consistent with its legal system, adopt measures.",
     Obligation.MANDATORY_QUALIFIED),
    ("A State Party may also establish its jurisdiction.", Obligation.OPTIONAL),
    ("States Parties may consider the possibility of requiring.", Obligation.OPTIONAL),
    ("Nothing in this Protocol shall affect the rights of States.", Obligation.SAVING_CLAUSE),
])
def test_the_rule_itself(text: str, level: Obligation) -> None:
    assert level_by_rule(text) is level


def test_saving_clause_is_never_scored_and_endeavour_is_scored() -> None:
    from assessor.preassessment import RequirementStatus
    from assessor.scoring import scores

    got = scores({"SOM-19-1": RequirementStatus.NOT_MET, "TIP-6-5": RequirementStatus.NOT_MET}, catalog())
    assert got.requirements["SOM-19-1"].not_applicable == 1 and got.requirements["SOM-19-1"].score is None
    assert got.obligations["saving_clause"].counted == 0
    assert got.obligations["endeavour"].not_met == 1 and got.obligations["endeavour"].score == 0.0
    assert got.progress.assessed == 2  # the saving clause was assessed, though not scored


# --------------------------------------------------------------------------- terms that decided elements wrongly


def terms(element_id: str, language: str) -> set[str]:
    lexicon = catalog().element(element_id).lexicon[language]
    return {t.lower() for t in lexicon.terms}


@pytest.mark.parametrize(("element_id", "language", "term"), [
    # the Protocol says procuring, providing or possessing: use alone may catch only the migrant
    ("SOM-6-1-b-ii", "en", "uses a false passport"),
    ("SOM-6-1-b-ii", "fr", "usage de faux document"),
    ("SOM-6-1-b-ii", "es", "uso de documento falso"),
    # aggravation wording, which RF.child_means_required says does not dispense with means
    ("TIP-3-c", "en", "where the victim is a child"),
    ("TIP-3-c", "en", "in the case of a child"),
    ("TIP-3-c", "fr", "lorsque la victime est un mineur"),
    # bare "vulnerable" matches aggravations for particularly vulnerable victims
    ("TIP-3-a.means.abuse_of_vulnerability", "en", "vulnerable"),
    # "tráfico de personas" means trafficking in some States
    ("SOM-6-1-a", "es", "tráfico de personas"),
])
def test_term_is_not_in_the_lexicon(element_id: str, language: str, term: str) -> None:
    assert term not in terms(element_id, language)


def requirement_terms(requirement_id: str, language: str) -> set[str]:
    lexicon = catalog().requirement(requirement_id).lexicon
    return {t.lower() for t in lexicon[language].terms}


def test_spanish_boarding_is_visitar_el_buque() -> None:
    # "Abordaje" is a collision between ships; the authentic text says "visitar el buque".
    assert "abordaje" not in requirement_terms("SOM-8-2", "es")
    assert "visitar el buque" in requirement_terms("SOM-8-2", "es")


def test_french_terms_are_those_of_the_convention() -> None:
    # UNTOC art. 12(2) / 13(2) in French: "l'identification, la localisation, le gel ou la saisie";
    # art. 8 is bribery ("avantage indu"), not trading in influence (UNCAC art. 18).
    assert "dépistage" not in requirement_terms("UNTOC-13-2", "fr")
    assert "localisation" in requirement_terms("UNTOC-13-2", "fr")
    assert "trafic d'influence" not in requirement_terms("UNTOC-8-1", "fr")


def test_smuggling_name_vocabulary_leaves_out_trafico_de_personas() -> None:
    path = Path(document.__file__).with_name("vocabulary.yaml")
    names = yaml.safe_load(path.read_text(encoding="utf-8"))["smuggling_name"]["es"]["terms"]
    assert "tráfico de personas" not in names
    assert "tráfico ilícito de migrantes" in names


def status(text: str, element_id: str, language: str = "en") -> str:
    from assessor.legislation.reader import legislation_from_text
    from assessor.preassessment import pre_assess

    return pre_assess(legislation_from_text(text, "law.txt", language), catalog()).elements[element_id].status.value


# Invented sentences (fictional States), one element each.
STAY_CASES = [
    # the migrant's own stay: not enabling another's illegal stay
    ("Section 4 Overstaying\nA foreigner who remains unlawfully in Ruritania after the expiry of a visa commits an "
     "offence and is liable to a fine.", "en", "missing"),
    ("Article 4\nL'étranger qui se maintient en séjour irrégulier sur le territoire de la Syldavie est puni d'une "
     "amende.", "fr", "missing"),
    # enabling another person's illegal stay, for a benefit: found
    ("Section 5 Enabling illegal stay\nA person who, in order to obtain a financial benefit, enables a person who is "
     "not a national of Ruritania to remain unlawfully in Ruritania commits an offence and is liable to imprisonment "
     "for five years.", "en", "found"),
]


@pytest.mark.parametrize(("text", "language", "expected"), STAY_CASES)
def test_illegal_stay_counts_only_when_enabling_another(text: str, language: str, expected: str) -> None:
    assert status(text, "SOM-6-1-c", language) == expected


COORDINATION_CASES = [
    # any national council is not a coordination body against trafficking
    ("Penal and Administrative Code of Borduria\nSection 12 National Council for Sport\nThere is established a "
     "national council to promote sport in schools.", "missing"),
    # one that names trafficking is
    ("Penal and Administrative Code of Borduria\nSection 12 National Council against Trafficking in Persons\nThere "
     "is established a national council to coordinate the action of ministries against trafficking in persons.",
     "found"),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATION_CASES)
def test_coordination_body_is_about_trafficking_or_smuggling(text: str, expected: str) -> None:
    assert status(text, "GP.coordination_body") == expected
