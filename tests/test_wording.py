"""Wording: verb lemmas in every person, tense and mood, clause-level patterns, a child's age.

Every sentence here is invented for the test (fictional States and statutes); none is a quote.
"""

from __future__ import annotations

from functools import cache

import pytest

from assessor import load_catalog
from assessor.catalog import Catalog
from assessor.engine.document import _matcher, v
from assessor.engine.wording import child_age_mentions, consent_irrelevance, no_means_for_child, plain
from assessor.legislation.reader import legislation_from_text
from assessor.preassessment import pre_assess
from assessor.text import lemma, stem, tokenize


@cache
def catalog() -> Catalog:
    return load_catalog()


def items(text: str, language: str) -> set[str]:
    """Every item (element, flag, vocabulary group) the engine's matcher finds in a sentence."""
    return {h.item for h in _matcher(catalog(), language).find(tokenize(text, language))}


# -- lemmas ---------------------------------------------------------------------------------------
SAME_LEMMA = [
    # Spanish present subjunctive and the infinitive.
    ("es", "capte", "captar"),
    # Spanish imperfect subjunctive in -se.
    ("es", "captase", "captar"),
    # Spanish future subjunctive, which Snowball leaves whole.
    ("es", "captare", "capta"),
    # Spanish future indicative (accent folded).
    ("es", "captará", "capta"),
    # Spanish gerund.
    ("es", "captando", "captar"),
    # A nominalisation and a finite form.
    ("es", "captación", "capte"),
    # Subjunctive of reclutar and its noun.
    ("es", "reclute", "reclutamiento"),
    # Trasladar: subjunctive, noun and participle.
    ("es", "traslade", "traslado"),
    # Acoger's stem change g/j before a and o.
    ("es", "acoja", "acoger"),
    # Acoger's future subjunctive and its noun.
    ("es", "acogiere", "acogida"),
    # Alojar: subjunctive and noun.
    ("es", "aloje", "alojamiento"),
    # Recibir: subjunctive, future subjunctive and the noun from another root.
    ("es", "reciba", "recepción"),
    # Recibir: future subjunctive.
    ("es", "recibiere", "recibe"),
    # A participle of a compound tense ("haya empleado" style).
    ("es", "trasladado", "traslada"),
    # Gerund with an enclitic pronoun.
    ("es", "acogiéndolas", "acoge"),
    # Ceder: future subjunctive (a three-letter root Snowball cannot join) and its noun.
    ("es", "cediere", "cesión"),
    # Irregular retener: preterite root.
    ("es", "retuviere", "retiene"),
    # French third person plural, which Snowball leaves whole.
    ("fr", "recrutent", "recrutement"),
    # French participle and noun.
    ("fr", "recruté", "recrute"),
    # French héberger: present and noun, and the -geant participle.
    ("fr", "hébergeant", "hébergement"),
    # French accueillir: present and noun.
    ("fr", "accueille", "accueil"),
    # French transférer and the noun transfert.
    ("fr", "transfère", "transfert"),
    # French contraindre: participle, gerund and noun.
    ("fr", "contraignant", "contrainte"),
    # French recevoir's irregular roots.
    ("fr", "reçoivent", "recevoir"),
    # English noun receipt and the verb.
    ("en", "receipt", "receives"),
    # English American and British spellings.
    ("en", "harbors", "harbouring"),
    # English doubled consonant in the past tense.
    ("en", "transferred", "transfers"),
    # English irregular past tense.
    ("en", "sold", "sells"),
    # English irregular participle: "payments given or received".
    ("en", "given", "giving"),
    # English irregular past: "kept a person".
    ("en", "kept", "keeps"),
    # Spanish atraer's irregular future subjunctive.
    ("es", "atrajere", "atrae"),
]


@pytest.mark.parametrize(("language", "law_word", "term_word"), SAME_LEMMA)
def test_forms_of_one_verb_share_a_stem(language: str, law_word: str, term_word: str) -> None:
    assert stem(law_word, language) == stem(term_word, language)
    assert stem(law_word, language).startswith("@")


NO_LEMMA = [
    # "trata" is also "se trata de" ("it is a matter of"): no verb table for tratar.
    ("es", "trata"),
    # A treaty once accents are folded ("traité" -> "traite"): no table for traiter.
    ("fr", "traite"),
    # "albergue" is also a shelter: not generated for albergar.
    ("es", "albergue"),
    # "reception" (a reception centre) is not receipt.
    ("en", "reception"),
    # "is brought into" (the migrant) must not meet "brings into" (the smuggler): no table for bring.
    ("en", "brought"),
    # A word no table knows keeps its Snowball stem.
    ("en", "vehicle"),
]


@pytest.mark.parametrize(("language", "word"), NO_LEMMA)
def test_words_outside_the_tables_have_no_lemma(language: str, word: str) -> None:
    assert lemma(plain(word), language) is None
    assert not stem(word, language).startswith("@")


# -- acts in any drafting form -------------------------------------------------------------------
ACT = "TIP-3-a.act."
ACT_CASES = [
    # Spanish subjunctives after "el que".
    ("es", "El que capte, traslade, acoja o reciba a una persona será castigado.",
     {"recruitment", "transfer", "harbouring", "receipt"}),
    # Spanish future subjunctives.
    ("es", "Quien captare, reclutare, trasladare, alojare o recibiere personas.",
     {"recruitment", "transfer", "harbouring", "receipt"}),
    # Spanish compound tense: auxiliary and participle.
    ("es", "Al que hubiere captado o haya alojado a una persona en Solvania.", {"recruitment", "harbouring"}),
    # Spanish nominalisations.
    ("es", "La captación, el traslado, la acogida o la recepción de personas.",
     {"recruitment", "transfer", "harbouring", "receipt"}),
    # Spanish retention of a person, noun form.
    ("es", "La retención de una persona con fines de explotación.", {"harbouring"}),
    # Spanish transport in the subjunctive.
    ("es", "El que transporte o movilice a una persona.", {"transportation"}),
    # French plural present.
    ("fr", "Ceux qui recrutent, transportent ou hébergent une personne.",
     {"recruitment", "transportation", "harbouring"}),
    # French "le fait de" + infinitives.
    ("fr", "Le fait de recruter, transférer, héberger ou accueillir une personne.",
     {"recruitment", "transfer", "harbouring", "receipt"}),
    # French nouns.
    ("fr", "Le recrutement, le transfert, l'hébergement ou l'accueil d'une personne.",
     {"recruitment", "transfer", "harbouring", "receipt"}),
    # English passive, reversed order: the person is the subject.
    ("en", "A person who is recruited, transported, harboured or received by another.",
     {"recruitment", "transportation", "harbouring", "receipt"}),
    # English nominalisations with "of a person".
    ("en", "The transportation or harbouring of a person for the purpose of exploitation.",
     {"transportation", "harbouring"}),
    # English transfer of control over a person, a nominalisation.
    ("en", "Whoever effects the transfer of control over a person to another.", {"transfer"}),
    # English receipt as a noun, American spelling of harbor.
    ("en", "Any person who harbors a child or arranges the receipt of a child.", {"harbouring", "receipt"}),
]


@pytest.mark.parametrize(("language", "sentence", "expected"), ACT_CASES)
def test_acts_in_any_person_tense_and_mood(language: str, sentence: str, expected: set[str]) -> None:
    found = {i.removeprefix(ACT) for i in items(sentence, language) if i.startswith(ACT)}
    assert expected <= found


OTHER_ELEMENTS = [
    # Spanish irregular entry in the subjunctive reaches the smuggling conduct.
    ("es", "El que facilite el ingreso irregular de una persona a Solvania.", "SOM-6-1-a"),
    # Spanish clandestine entry, noun form.
    ("es", "Quien promoviere la entrada clandestina de extranjeros.", "SOM-6-1-a"),
    # Spanish irregular stay, future subjunctive of favorecer.
    ("es", "El que favoreciere la permanencia irregular de extranjeros en Solvania.", "SOM-6-1-c"),
    # French consent clause: "aucun consentement n'est valide" is irrelevance.
    ("fr", "Aucun consentement n'est valide en ce qui concerne cette infraction.", "v:irrelevance"),
    # A French age of a person reaches the child-age element.
    ("fr", "Quiconque recrute une personne âgée de moins de dix-huit ans.", "TIP-3-d"),
]


@pytest.mark.parametrize(("language", "sentence", "item"), OTHER_ELEMENTS)
def test_other_elements_in_drafting_forms(language: str, sentence: str, item: str) -> None:
    assert item in items(sentence, language)


NOT_AN_ACT = [
    # Receipt of payments is a means, not the act of receipt (the exclusion covers every form).
    ("en", "The giving or receipt of payments to a person having control.", "receipt"),
    # A reception centre is not receipt.
    ("en", "Victims may stay in a reception centre.", "receipt"),
    # Spanish: holding the victim's papers is not holding the victim (every form of retener).
    ("es", "El que retuviere los documentos de identidad de la víctima.", "harbouring"),
    # Spanish: a host country is not harbouring.
    ("es", "La persona fue trasladada al país de acogida.", "harbouring"),
    # Spanish: obtaining the consent of a person in control is the payments means, not receipt.
    ("es", "Pagos para obtener el consentimiento de quien tenga autoridad sobre la víctima.", "receipt"),
    # French: a host country is not receipt.
    ("fr", "La victime est renvoyée vers le pays d'accueil.", "receipt"),
    # French: a shelter is not harbouring.
    ("fr", "La victime est orientée vers un centre d'hébergement.", "harbouring"),
    # English: the receiving State is not receipt.
    ("en", "The receiving State shall facilitate the return.", "receipt"),
    # Spanish: payments received are a means.
    ("es", "La concesión o recepción de pagos a quien tenga autoridad.", "receipt"),
]


@pytest.mark.parametrize(("language", "sentence", "act"), NOT_AN_ACT)
def test_lookalikes_are_not_acts(language: str, sentence: str, act: str) -> None:
    assert ACT + act not in items(sentence, language)


def test_false_friends_are_not_the_offence_name() -> None:
    # "se trata de" (it is a matter of) and "traité" (treaty) do not name trafficking.
    assert v("trafficking_name") not in items("Cuando se trata de un delito menor.", "es")
    assert v("trafficking_name") not in items("Le traité de Bordurie est ratifié.", "fr")
    # The offence's own name still does.
    assert v("trafficking_name") in items("La trata de personas será castigada.", "es")


# -- clause vocabulary ----------------------------------------------------------------------------
CLAUSES = [
    # A child clause naming the means, Spanish future subjunctive of concurrir.
    ("es", "Si la víctima fuere menor de edad, aun cuando no concurriere ninguno de los medios.", "no_means"),
    # Spanish compound tense with "ninguno de los medios".
    ("es", "El delito existe aun cuando no se hubiere empleado ninguno de los medios.", "no_means"),
    # English: "it is not necessary that any of those means be used".
    ("en", "Where the victim is a child it is not necessary that any of those means be used.", "no_means"),
    # French: "même lorsqu'aucun des moyens".
    ("fr", "L'infraction est constituée même lorsqu'aucun des moyens n'a été employé.", "no_means"),
    # Consent that does not relieve the offender of liability.
    ("en", "The consent of the victim does not relieve the offender of criminal liability.", "irrelevance"),
    # "no consent ... shall be valid".
    ("en", "No consent given by a trafficked person shall be valid.", "irrelevance"),
    # French: the consent does not exonerate.
    ("fr", "Le consentement de la victime n'exonère pas l'auteur.", "irrelevance"),
    # Spanish: the consent does not exempt from liability.
    ("es", "El consentimiento de la víctima no exime de responsabilidad penal.", "irrelevance"),
    # Spanish: the consent has no effect.
    ("es", "El consentimiento otorgado por la víctima carece de efectos.", "irrelevance"),
]


@pytest.mark.parametrize(("language", "sentence", "group"), CLAUSES)
def test_clause_vocabulary(language: str, sentence: str, group: str) -> None:
    assert v(group) in items(sentence, language)


NOT_NO_MEANS = [
    # A dispensation about a border, not about the means.
    ("en", "It is not necessary that the victim be taken across a border of Arcadia."),
    # A list of the means is not a dispensation.
    ("en", "A person who recruits another by any of the following means: force or fraud."),
    # Spanish: "no será necesario" about something else.
    ("es", "No será necesario que la víctima presente denuncia."),
]


@pytest.mark.parametrize(("language", "sentence"), NOT_NO_MEANS)
def test_clauses_that_dispense_with_no_means(language: str, sentence: str) -> None:
    assert v("no_means") not in items(sentence, language)


# -- ages -----------------------------------------------------------------------------------------
AGES = [
    # A person under eighteen years of age.
    ("en", "a person under eighteen years of age", [18]),
    # "has not attained the age of" with digits.
    ("en", "any person who has not attained the age of 16", [16]),
    # A prison term of eighteen years is not an age.
    ("en", "shall be liable to imprisonment for not less than eighteen years", []),
    # A prison term with "under": still a term.
    ("en", "imprisonment for a term of under 18 years", []),
    # A penalty then a victim's age in one sentence: the age counts.
    ("en", "the penalty is imprisonment for life where the victim is under 18", [18]),
    # "eighteen years of imprisonment" after "under": a term.
    ("en", "a sentence of under eighteen years of imprisonment", []),
    # Spanish: a minor of eighteen.
    ("es", "la persona menor de dieciocho años", [18]),
    # Spanish digits repeated in brackets.
    ("es", "los menores de dieciocho (18) años", [18]),
    # Spanish: reclusion for eighteen years.
    ("es", "con reclusión de dieciocho años", []),
    # Spanish: a range of years of prison ("no menor de ... ni mayor de").
    ("es", "pena privativa de libertad no menor de doce ni mayor de veinte años", []),
    # Spanish: the adult's side of the line still states the age.
    ("es", "si la víctima es una persona mayor de dieciocho años", [18]),
    # Spanish: older than sixteen is a threshold for something else, not a child's age.
    ("es", "podrán trabajar si fueren mayores de dieciséis años", []),
    # Spanish: the upper bound of a prison range is not an age.
    ("es", "prisión no menor de ocho ni mayor de dieciocho años", []),
    # Spanish: "años de edad".
    ("es", "una niña de catorce años de edad", [14]),
    # French: a minor of eighteen.
    ("fr", "un mineur de dix-huit ans", [18]),
    # French: a prison term.
    ("fr", "dix-huit ans de réclusion criminelle", []),
    # French: "moins de quinze ans" describing a minor.
    ("fr", "lorsque la victime est âgée de moins de quinze ans", [15]),
    # French: "moins de dix ans d'emprisonnement" is a term.
    ("fr", "une peine de moins de dix ans d'emprisonnement", []),
]


@pytest.mark.parametrize(("language", "text", "ages"), AGES)
def test_child_age_mentions(language: str, text: str, ages: list[int]) -> None:
    found = child_age_mentions(text, language)
    assert [age for _, _, age in found] == ages
    for start, end, _ in found:
        assert text[start:end].strip()  # spans are offsets into the text as written


CONSENT = [
    # Consent immaterial.
    ("en", "The consent of the victim to the intended exploitation is immaterial.", True),
    # No defence that the person consented.
    ("en", "It shall not be a defence that the trafficked person consented.", True),
    # Does not relieve the offender of liability.
    ("en", "The consent of a victim does not relieve the offender of criminal liability.", True),
    # No consent shall be valid.
    ("en", "No consent given by a victim of trafficking under this Act shall be valid.", True),
    # Not taken into account.
    ("en", "The consent of the victim shall not be taken into account.", True),
    # Procedural consent is not the victim's.
    ("en", "No prosecution shall be instituted without the consent of the Attorney General, notwithstanding "
           "section 4.", False),
    # Consent mentioned without any irrelevance.
    ("en", "The victim may consent to a medical examination.", False),
    # French: n'exonère pas.
    ("fr", "Le consentement de la victime n'exonère pas l'auteur de sa responsabilité.", True),
    # French: indifférent.
    ("fr", "Le consentement de la personne est indifférent.", True),
    # French: ne fait pas obstacle.
    ("fr", "Le consentement de la victime ne fait pas obstacle aux poursuites.", True),
    # Spanish: no exime.
    ("es", "El consentimiento de la víctima no exime de responsabilidad al autor.", True),
    # Spanish: no será tenido en cuenta.
    ("es", "El consentimiento dado por la víctima no será tenido en cuenta.", True),
    # Spanish: carece de efectos.
    ("es", "El consentimiento de la víctima carece de efectos jurídicos.", True),
    # Spanish: informed consent for treatment is not this.
    ("es", "Se requiere el consentimiento informado de la víctima para el tratamiento.", False),
    # Spanish: never a ground of justification.
    ("es", "El consentimiento de la víctima en ningún caso podrá ser considerado causa de justificación.", True),
    # A lead-in ending in a dash carries "irrelevant" to the list item that names consent.
    ("en", "(4) In proceedings for an offence under this section it is irrelevant —\n"
           "(a) whether the person consented to the exploitation;\n(b) whether the person was paid.", True),
    # French: any negated verb whose object is the author's liability.
    ("fr", "Le consentement de la victime ne dégage pas l'auteur de sa responsabilité pénale.", True),
    # French: consent that is not valid.
    ("fr", "Le consentement donné par la personne exploitée n'est pas valable.", True),
    # French: a consent the victim may give to a medical examination is not this.
    ("fr", "Le consentement de la victime est requis avant tout examen médical.", False),
    # Spanish: any negated verb whose object is the author's liability.
    ("es", "El consentimiento de la víctima no libera al autor de su responsabilidad penal.", True),
    # English: any negated verb whose object is the offender's liability.
    ("en", "The victim's consent does not free the accused from criminal liability.", True),
    # A full stop ends the list: a later consent sentence does not inherit the lead-in.
    ("en", "The following are irrelevant:\n(a) the place of the offence.\nThe victim may consent to an "
           "interview.", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), CONSENT)
def test_consent_irrelevance(language: str, text: str, expected: bool) -> None:
    spans = consent_irrelevance(text, language)
    assert bool(spans) is expected
    assert len(spans) == len(set(spans))
    for start, end in spans:
        assert "consent" in plain(text[start:end])


CHILD_NO_MEANS = [
    # English model wording.
    ("en", "Where the victim is a minor, it is not necessary that any of those means be used.", True),
    # "even if none of the means".
    ("en", "The offence is committed against a child even if none of the means in subsection (1) is used.", True),
    # Proof need not be given in the case of a child.
    ("en", "In the case of a child it shall not be necessary to prove the use of force or coercion.", True),
    # Knowledge of the age, not the means.
    ("en", "Where the victim is a child it is not necessary to prove that the accused knew the age.", False),
    # A general offence with no child.
    ("en", "It is not necessary that any of those means be used against an adult.", False),
    # Spanish: aun cuando no concurra ninguno de los medios, minor.
    ("es", "Si la víctima fuere menor de edad, aun cuando no concurra ninguno de los medios.", True),
    # Spanish: compound tense, age stated.
    ("es", "Cuando la víctima sea menor de dieciocho años, aun cuando no se haya empleado violencia.", True),
    # Spanish aggravation for a minor with no dispensation.
    ("es", "La pena se aumentará si la víctima fuere menor de edad.", False),
    # French: même en l'absence, mineure.
    ("fr", "Lorsque la victime est mineure, l'infraction est constituée même en l'absence de l'un des "
           "moyens.", True),
    # French: "même si elle n'est commise dans aucune des circonstances" for a minor.
    ("fr", "Lorsqu'elle vise un enfant, l'infraction existe même si elle n'a été accompagnée d'aucune des "
           "circonstances énumérées.", True),
    # A list item under a lead-in: the child is in the lead-in.
    ("en", "Where the victim is a child —\n(a) it is not necessary that any of the means be proved;", True),
    # French: a minor in an aggravation only.
    ("fr", "La peine est portée à quinze ans lorsque la victime est mineure.", False),
]


@pytest.mark.parametrize(("language", "text", "expected"), CHILD_NO_MEANS)
def test_no_means_for_child(language: str, text: str, expected: bool) -> None:
    assert bool(no_means_for_child(text, language)) is expected


# -- end to end -----------------------------------------------------------------------------------
def test_spanish_subjunctive_offence_reaches_every_act() -> None:
    # An invented Solvanian article drafted in the subjunctive with a child clause.
    text = (
        "Artículo 5.- Trata de personas. El que mediante violencia, engaño o abuso de una situación de "
        "vulnerabilidad capte, transporte, traslade, acoja o reciba personas con fines de explotación "
        "sexual será castigado con pena de prisión de ocho a doce años.\n"
        "Artículo 6.- Si la víctima fuere menor de dieciocho años, aun cuando no concurriere ninguno de "
        "los medios del artículo anterior, se impondrá la pena de prisión de diez a quince años.\n"
    )
    pre = pre_assess(legislation_from_text(text, "solvania.txt", "es"), catalog())
    for act in ("recruitment", "transportation", "transfer", "harbouring", "receipt"):
        assert pre.elements[ACT + act].status.value == "found", act
    assert pre.elements["TIP-3-c"].status.value == "found"


def test_english_passive_offence_reaches_every_act() -> None:
    # An invented Arcadian section in the passive, the victim as subject and the offender after "by".
    text = (
        "Section 4. Trafficking in persons\n"
        "(1) A person commits an offence if another person is recruited, transported, transferred, harboured "
        "or received by him by means of threats or deception for the purpose of sexual exploitation.\n"
        "(2) The penalty for an offence against subsection (1) is imprisonment for 15 years.\n"
    )
    pre = pre_assess(legislation_from_text(text, "arcadia.txt", "en"), catalog())
    for act in ("recruitment", "transportation", "transfer", "harbouring", "receipt"):
        assert pre.elements[ACT + act].status.value == "found", act


PLAIN = [
    # Accents go, case folds, the length stays (spans are offsets into the original).
    ("Mineure âgée de quinze ans", "mineure agee de quinze ans"),
    # A ligature and a sharp s become one letter each, so later offsets do not shift.
    ("Œuvre ß niño", "ouvre s nino"),
    # ASCII text takes the fast path.
    ("Under EIGHTEEN", "under eighteen"),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN)
def test_plain_keeps_offsets(text: str, expected: str) -> None:
    assert plain(text) == expected
    assert len(plain(text)) == len(text)
