"""Offence frames and classification: trafficking is read from the offence's slots, not from words
co-occurring in an article. Every law here is invented (fictional States)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from assessor.catalog import load_catalog
from assessor.engine.classify import compute_scopes
from assessor.engine.document import Document
from assessor.legislation.model import Provision
from assessor.legislation.reader import legislation_from_text
from assessor.preassessment import pre_assess

CATALOG = load_catalog()

# A penal code chapter full of decoys: abduction for ransom, receiving stolen property, carriage of
# goods, recruitment for terrorism, insider dealing; one article (s. 41) is trafficking without the word.
DECOY_CODE = """PENAL CODE OF THE REPUBLIC OF OSTRAVIA
Chapter 4 Offences against liberty
Section 40 Kidnapping
(1) Whoever by force or threat takes away, transports or confines another person in order to obtain a ransom \
shall be punished with imprisonment of five to fifteen years.
(2) Where the victim is a child the penalty is imprisonment of ten to twenty years.
Section 41 Enlistment for exploitation
Whoever by violence or deceit enlists, moves or lodges persons so that they are exploited in prostitution \
shall be punished with imprisonment of eight to twelve years.
Chapter 5 Offences against property
Section 50 Receiving
Whoever receives, harbours or transfers stolen property knowing it to be stolen shall be punished with \
imprisonment of up to five years.
Section 51 Carriage of goods
Whoever transports or transfers goods without a licence by deception of the customs authority shall be \
punished with a fine.
Chapter 6 Offences against public order
Section 60 Recruitment for terrorism
Whoever recruits or transports persons for the commission of terrorist acts shall be punished with \
imprisonment of ten years.
Section 61 Insider dealing
Whoever receives inside information and exploits it for gain shall be punished with imprisonment of up to \
three years.
"""


def cores(text: str, language: str) -> list[str]:
    legislation = legislation_from_text(text, language=language)
    doc = Document.build(legislation, CATALOG)
    return [legislation.get(c).citation for c in compute_scopes(doc).trafficking.cores]


CASES = [
    # The decoy code: only the article whose conduct on persons aims at exploitation is trafficking.
    ("decoy_code_en", "en", DECOY_CODE, ["s. 41"]),
    # Named by the legislature in the offence's own words: trafficking, with the penalty elsewhere.
    ("named_en", "en", "Section 3 Offence\nA person who recruits, transports or harbours another person for the "
     "purpose of trafficking in persons commits an offence.\n", ["s. 3"]),
    # Kidnapping by force under a chapter named after trafficking: the heading alone does not make it trafficking.
    ("chapter_heading_kidnapping_en", "en", "Chapter 2 Abduction and trafficking in persons\nSection 7 Abduction\n"
     "Whoever by force takes away a person to obtain a ransom shall be punished with imprisonment for ten years.\n"
     "Section 8 Enslavement\nWhoever recruits, transports or receives a person for the purpose of exploitation "
     "shall be punished with imprisonment for twelve years.\n", ["s. 8"]),
    # French, without "traite": conduct on persons "aux fins de" exploitation, punished.
    ("unnamed_fr", "fr", "Article 12\nQuiconque recrute, transporte ou héberge une personne par la menace aux fins "
     "de l'exploiter sexuellement est puni de dix ans d'emprisonnement.\n"
     "Article 13\nQuiconque transporte ou recèle des marchandises volées est puni de deux ans d'emprisonnement.\n",
     ["art. 12"]),
    # Spanish, without "trata": conduct on persons "con fines de explotación"; a smuggling of goods decoy.
    ("unnamed_es", "es", "Artículo 20\nEl que mediante violencia o engaño capte, traslade o acoja a personas con "
     "fines de explotación laboral será castigado con prisión de cinco a diez años.\n"
     "Artículo 21\nEl que transporte o reciba mercancías de contrabando será castigado con multa.\n",
     ["art. 20"]),
    # Recruiting persons for terrorism is conduct on persons, but not for exploitation: not trafficking.
    ("terrorism_en", "en", "Section 9\nWhoever recruits, transports or harbours persons for the commission of "
     "terrorist acts shall be punished with imprisonment for life.\n", []),
]


@pytest.mark.parametrize(("name", "language", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_trafficking_offences(name: str, language: str, text: str, expected: list[str]) -> None:
    assert cores(text, language) == expected


def test_decoys_supply_no_acts_means_or_purposes() -> None:
    # Every act, means and purpose found in the decoy code is cited from the trafficking article only.
    pre = pre_assess(legislation_from_text(DECOY_CODE, language="en"), CATALOG)
    cited = {e.citation for key, result in pre.elements.items() if key.startswith("TIP-3-a.")
             for e in result.evidence}
    assert cited == {"s. 41"}


MIGRANT_SUBJECT_CASES = [
    # The smuggled person punished as such, passive drafting.
    ("en", "A person who has been smuggled into the Republic commits an offence.", True),
    # A foreigner who used a smuggler, English.
    ("en", "Any foreigner who pays a smuggler to be brought in is liable to a fine.", True),
    # French: the foreigner who had recourse to a smuggler.
    ("fr", "L'étranger qui a eu recours à un passeur pour entrer sur le territoire est puni d'une amende.", True),
    # Spanish: entered "por medio de un traficante".
    ("es", "El extranjero que hubiere ingresado al país por medio de un traficante será sancionado con multa.", True),
    # The smuggler who has brought aliens in is the author, not the migrant (active voice).
    ("en", "Where a person who has brought foreigners into the Republic is convicted, the penalty may rise.", False),
    # A general irregular-entry offence by anyone is not the flag (SOM art. 6(4)).
    ("en", "A person who enters the Republic unlawfully commits an offence.", False),
    # A non-liability clause is the opposite of the flag.
    ("en", "A migrant who has been smuggled shall not be criminally liable for having been smuggled.", False),
]


def _holds_in_a_provision(text: str, language: str, reading: Callable[[Document, Provision], object]) -> bool:
    """Whether a frame reading holds in some provision of a one-section invented law."""
    legislation = legislation_from_text(f"Section 1\n{text}\n", language=language)
    doc = Document.build(legislation, CATALOG)
    return any(reading(doc, p) for p in legislation.provisions)


@pytest.mark.parametrize(("language", "text", "expected"), MIGRANT_SUBJECT_CASES)
def test_migrant_subject(language: str, text: str, expected: bool) -> None:
    from assessor.engine.frames import migrant_subject

    assert _holds_in_a_provision(text, language, migrant_subject) is expected


def test_reference_ranges_reach_inserted_articles() -> None:
    # "articles 50 to 51" reaches 50, the inserted 50 bis and 51, but not 49 or the referring article.
    text = ("Article 49\nAny text.\nArticle 50\nAny text.\nArticle 50 bis\nAny text.\nArticle 51\nAny text.\n"
            "Article 52\nFor the purposes of articles 50 to 51, exploitation includes forced labour.\n")
    legislation = legislation_from_text(text, language="en")
    doc = Document.build(legislation, CATALOG)
    rule = next(p for p in legislation.provisions if "purposes" in p.text)
    assert sorted(legislation.get(u).citation for u in doc.references(rule)) == ["art. 50", "art. 50 bis", "art. 51"]


REFERENCE_CASES = [
    # An inserted article is a unit of its own: "artículo 31 bis" does not name article 31.
    ("es", "Artículo 31\nCualquier texto.\nArtículo 40\nSegún el artículo 31 bis, las personas jurídicas responden.\n",
     []),
    # A decimal section is read as its section where the file numbers only sections ("271.2" in "s. 271").
    ("en", "Section 271\nAny text.\nSection 272\nAs provided in section 271.2, the penalty doubles.\n", ["s. 271"]),
    # The suffix that exists is reached.
    ("es", "Artículo 31 bis\nCualquier texto.\nArtículo 40\nSegún el artículo 31 bis, responden.\n", ["art. 31 bis"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), REFERENCE_CASES)
def test_reference_numbers(language: str, text: str, expected: list[str]) -> None:
    legislation = legislation_from_text(text, language=language)
    doc = Document.build(legislation, CATALOG)
    rule = legislation.provisions[-1]
    assert sorted(legislation.get(u).citation for u in doc.references(rule)) == expected


def test_definitions_followed_transitively() -> None:
    # The offence uses "exploitation", whose definition uses "servitude", defined in turn: both are in scope,
    # so the purpose is found through the second definition.
    text = ("Section 2 Interpretation\nIn this Act—\n(a) \"exploitation\" includes enforced domestic servitude;\n"
            "(b) \"enforced domestic servitude\" includes the removal of organs from a person held in a home.\n"
            "Section 3 Trafficking in persons\nA person who recruits or transports another person for the purpose of "
            "exploitation commits an offence and is liable to imprisonment for ten years.\n")
    pre = pre_assess(legislation_from_text(text, language="en"), CATALOG)
    assert pre.elements["TIP-3-a.purpose.organ_removal"].status == "found"


ELEMENT_CASES = [
    # "for the purpose of exploiting or facilitating the exploitation" states the aim: not complicity.
    ("purpose_clause_not_complicity_en", "en",
     "Section 4\nA person who recruits or harbours another person for the purpose of exploiting or facilitating the "
     "exploitation of that person commits an offence and is liable to imprisonment for ten years.\n",
     {"TIP-5-2-b": "missing"}),
    # The same verb as conduct, after the purpose clause closes, reaches helpers.
    ("facilitating_conduct_en", "en",
     "Section 4\nA person who recruits or harbours another person for the purpose of exploitation, or who "
     "facilitates any of those acts, commits an offence and is liable to imprisonment for ten years.\n",
     {"TIP-5-2-b": "found"}),
    # Means named only in an aggravation (abduction) do not make means an element: every means is functional.
    ("means_only_in_aggravation_en", "en",
     "Section 5\n(1) A person who recruits, transports or receives another person for the purpose of exploitation "
     "commits an offence and is liable to imprisonment for eight years.\n(2) Where the offence is committed by "
     "abduction, the penalty is imprisonment for fifteen years.\n",
     {"TIP-3-a.means.deception": "found", "TIP-3-a.means.payments": "found", "RF.child_means_required": "not_raised"}),
    # An offence that also defines exploitation in an explanation keeps its listed means as means.
    ("offence_with_explanation_en", "en",
     "Section 6\n(1) Whoever, for the purpose of exploitation, recruits, transports or harbours a person by threats "
     "or by deception commits the offence of trafficking. Explanation.—\"exploitation\" includes forced labour.\n"
     "(2) Whoever commits the offence of trafficking shall be punished with imprisonment for ten years.\n"
     "(3) Where the offence involves a child, it shall be punishable with imprisonment for life.\n",
     {"TIP-3-a.means.deception": "found", "TIP-3-a.means.abuse_of_power": "missing",
      "RF.child_means_required": "raised"}),
]


def statuses(text: str, language: str, keys: list[str]) -> dict[str, str]:
    """Element statuses ("found"/"missing") and red flags ("raised"/"not_raised") of an invented law."""
    pre = pre_assess(legislation_from_text(text, language=language), CATALOG)
    return {key: (("raised" if key in pre.red_flags else "not_raised") if key.startswith("RF.")
                  else pre.elements[key].status.value) for key in keys}


@pytest.mark.parametrize(("name", "language", "text", "expected"), ELEMENT_CASES, ids=[c[0] for c in ELEMENT_CASES])
def test_elements_from_frame_slots(name: str, language: str, text: str, expected: dict[str, str]) -> None:
    assert statuses(text, language, list(expected)) == expected


# A code with its general part: attempt, complicity, instigation, legal persons, confiscation and
# jurisdiction stated for offences in general; the special part holds trafficking and an unrelated theft.
GENERAL_PART_CODE = """CRIMINAL CODE OF THE REPUBLIC OF VELMARA
Book I General part
Article 14
Whoever attempts to commit a crime is punished with the penalty of the completed crime reduced by one third.
Article 15
An accomplice who aids or abets the commission of an offence is liable to the penalty of the principal.
Article 16
Whoever instigates, organises or directs the commission of an offence is punished as its author.
Article 17
A legal person is liable for any offence committed on its behalf and is punished with a fine.
Article 18
The court shall order the confiscation of the proceeds and instruments of any offence.
Article 19
The courts of the Republic have jurisdiction over any offence committed abroad by a national of the Republic.
Book II Special part
Article 201
Whoever recruits, transports or receives a person for the purpose of exploitation is punished with \
imprisonment of eight to fifteen years.
Article 230
Whoever steals the property of another is punished with imprisonment of up to three years.
"""


@pytest.mark.parametrize("element", ["TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c", "UNTOC-10", "UNTOC-12", "UNTOC-15-2"])
def test_general_part_rules_govern_the_offence(element: str) -> None:
    # Each general-part rule counts for the trafficking offence it governs (conventions, rule 9).
    pre = pre_assess(legislation_from_text(GENERAL_PART_CODE, language="en"), CATALOG)
    assert pre.elements[element].status == "found"


def test_general_part_needs_the_offence() -> None:
    # Without a trafficking offence in the files, general rules supply nothing for it.
    text = GENERAL_PART_CODE.split("Article 201")[0] + "Article 230\nWhoever steals shall be punished.\n"
    pre = pre_assess(legislation_from_text(text, language="en"), CATALOG)
    assert pre.elements["TIP-5-2-a"].status == "missing"


def test_quote_highlights_the_laws_own_word() -> None:
    # "delivers" stands before "transfers" in the sentence; the evidence highlights "transfers".
    text = ("Section 3\nA person who delivers, transfers or harbours another person for the purpose of exploitation "
            "commits the offence of trafficking in persons and is liable to imprisonment for ten years.\n")
    pre = pre_assess(legislation_from_text(text, language="en"), CATALOG)
    assert pre.elements["TIP-3-a.act.transfer"].evidence[0].matched == "transfers"


SMUGGLING_CASES = [
    # Facilitating a foreigner's unlawful entry for gain, punished: the smuggling offence.
    ("en", "Section 20\nA person who facilitates the unlawful entry of a foreigner into the Republic for a financial "
     "benefit commits an offence and is liable to imprisonment for ten years.\n", ["s. 20"]),
    # Facilitating the entry of goods is a customs offence, not smuggling of migrants.
    ("en", "Section 21\nA person who facilitates the entry of prohibited goods into the Republic commits an offence "
     "and is liable to a fine.\n", []),
    # "Promotes or facilitates the commission" of trafficking is complicity in it, not smuggling: the
    # trafficking article stays trafficking.
    ("es", "Artículo 411\nEl que mediante engaño capte, traslade o acoja a personas para que sean objeto de "
     "explotación laboral será castigado con prisión. El que promueva o facilite la ejecución de estas conductas "
     "será sancionado como autor.\n", []),
    # Bringing a person into the country unlawfully, for gain, is smuggling even without the word "entry".
    ("en", "Section 30\nA person who, for a financial benefit, brings another person into the Republic in breach "
     "of the immigration laws commits an offence and is liable to imprisonment for ten years.\n", ["s. 30"]),
    # The foreigner who used a smuggler is punished as such: a red flag, not the smuggling offence.
    ("fr", "Article 13\nL'étranger qui a eu recours à un passeur pour entrer irrégulièrement sur le territoire est "
     "puni d'un an d'emprisonnement.\n", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), SMUGGLING_CASES)
def test_smuggling_offences(language: str, text: str, expected: list[str]) -> None:
    legislation = legislation_from_text(text, language=language)
    doc = Document.build(legislation, CATALOG)
    assert [legislation.get(c).citation for c in compute_scopes(doc).smuggling.cores] == expected


DRAFTING_CASES = [
    # Irrelevance in the lead-in of a list whose item names consent.
    ("consent_in_list_item_en", "en",
     "Section 3\n(1) Any person who recruits, transports or harbours an individual by deception for the purpose of "
     "exploitation shall be guilty of an offence.\n(2) When the court decides whether this section "
     "was breached, the following shall be irrelevant:\n(a) the age of the victim's guardian;\n(b) whether the "
     "victim consented to the intended exploitation.\n",
     {"TIP-3-b": "found"}),
    # Consent irrelevance drafted as liability that is not relieved (a clause-level reading).
    ("consent_does_not_relieve_en", "en",
     "Section 3\n(1) A person who recruits or harbours another person by deception for the purpose of exploitation "
     "commits the offence of trafficking in persons and is liable to imprisonment for ten years.\n(2) The consent "
     "of the victim to the intended exploitation does not relieve the offender of liability under subsection (1).\n",
     {"TIP-3-b": "found"}),
    # A child offence drafted as a sibling paragraph with no means: the no-means child rule.
    ("child_sibling_paragraph_en", "en",
     "Section 3\n(1) Any person who recruits, transports or receives an individual (other than a child) by force or "
     "deception for the purpose of exploitation shall be guilty of an offence.\n(2) Any person who recruits, "
     "transports or receives a child for the purpose of exploitation shall be guilty of an offence.\n",
     {"TIP-3-c": "found", "RF.child_means_required": "not_raised"}),
    # A named offence of one act by coercive means, organising a person's entry: trafficking, not smuggling;
    # organising the entry transports and recruits (functional).
    ("named_entry_by_coercion_en", "en",
     "Section 12 Offence of trafficking in persons\nA person commits an offence if the person organises or "
     "facilitates the entry of another person into the Republic and uses coercion or deception to obtain that "
     "person's compliance. Penalty: imprisonment for 12 years.\n",
     {"TIP-5-1": "found", "TIP-3-a.act.transportation": "found", "TIP-3-a.act.recruitment": "found",
      "SOM-6-1-a": "missing"}),
    # Force is a form of coercion: an offence by coercion covers force (functional), not deception.
    ("coercion_covers_force_en", "en",
     "Section 3\nA person who recruits or transports another person by coercion for the purpose of exploitation "
     "commits the offence of trafficking in persons and is liable to imprisonment for ten years.\n",
     {"TIP-3-a.means.force": "found", "TIP-3-a.means.deception": "missing"}),
    # Another chapter's child age (the consent age of a sexual offence) is not the trafficking rules' age:
    # the trafficking offence's own "child", with no age, is a functional reading of eighteen.
    ("other_chapters_child_age_en", "en",
     "Section 140\nWhoever has sexual intercourse with a child under the age of sixteen years shall be punished "
     "with imprisonment for ten years.\nSection 201\nWhoever recruits, transports or receives a child for the "
     "purpose of exploitation commits the offence of trafficking in persons and shall be punished with "
     "imprisonment for twelve years.\n",
     {"TIP-3-d": "found"}),
    # A law after a code numbered alike: "section 1" in the law is the law's own (the nearest unit).
    ("nearest_unit_when_numbering_restarts_en", "en",
     "Section 1\nWhoever steals shall be punished.\nSection 2\nThe word 'goods' includes money.\n"
     "Section 3\nWhoever receives stolen goods shall be punished.\n"
     "TRAFFICKING ACT\nSection 1\nIn this Act, exploitation includes servitude.\n"
     "Section 2\nA person who recruits or transports another person for the purpose of exploitation as "
     "defined in section 1 commits an offence and is liable to imprisonment for ten years.\n",
     {"TIP-3-a.purpose.servitude": "found"}),
    # A theft article's own forfeiture paragraph ("the offence") governs theft only, not trafficking.
    ("special_part_paragraph_not_general_en", "en",
     "Article 40\n(1) Whoever steals the goods of another is punished with imprisonment of up to three years.\n"
     "(2) The court may order the forfeiture of any vehicle used in the commission of the offence.\n"
     "Article 41\nWhoever recruits, transports or receives a person for the purpose of exploitation is "
     "punished with imprisonment of ten years.\n",
     {"UNTOC-12": "missing"}),
    # An unrelated offence right after the trafficking article, with aggravations of its own, is not the
    # trafficking offence's aggravation (nor is its forfeiture paragraph confiscation for trafficking).
    ("next_offence_not_an_aggravation_es", "es",
     "Artículo 208. Trata de personas.\nEl que captare o trasladare a una persona con fines de explotación "
     "sexual será castigado con prisión de cinco a once años.\nArtículo 209. Sellos falsos.\n1. El que imitare "
     "el sello de una sociedad será castigado con prisión de dos a siete años.\n2. Se impondrá la pena de "
     "prisión de siete a diez años cuando el culpable fuere notario.\n3. El juez podrá acordar el comiso de "
     "los equipos utilizados en la comisión del delito.\n",
     {"GP.aggravating_circumstances": "missing", "UNTOC-12": "missing"}),
    # "Les infractions prévues à la section 1" names a division (a French section), not an article 1 of
    # another Act in the same file.
    ("french_section_is_a_division_fr", "fr",
     "Section 1 : De la traite\nArticle 10\nLa traite des êtres humains est le fait de recruter ou de transporter "
     "une personne à des fins d'exploitation. Elle est punie de sept ans d'emprisonnement.\nSection 2 : "
     "Dispositions communes\nArticle 11\nLes personnes coupables des infractions prévues à la section 1 "
     "encourent la confiscation des biens ayant servi à les commettre.\nLOI SUR LES BIBLIOTHÈQUES\nArticle 1\n"
     "La présente loi organise les bibliothèques.\nArticle 2\nLa dégradation d'un livre est punie d'une "
     "amende.\n",
     {"UNTOC-12": "found"}),
    # An aggravation of "the penalties of this chapter" reaches the smuggling offence of the chapter.
    ("chapter_aggravation_es", "es",
     "Capítulo IV. Delitos migratorios\nArtículo 50.- El que con ánimo de lucro facilitare la entrada ilegal al "
     "país de un extranjero será reprimido con prisión de uno a seis años.\nArtículo 51.- El que falsificare "
     "un sello consular será reprimido con prisión de uno a tres años.\nArtículo 52.- Las penas establecidas en "
     "el presente capítulo se agravarán cuando se hubiere puesto en peligro la vida de los migrantes.\n",
     {"SOM-6-3-a": "found"}),
    # A term split between a list's lead-in and its item ("regardless of— (a) where ..."): read across.
    ("term_across_lead_in_en", "en",
     "Section 2\n(1) A person who recruits or transports another person for the purpose of exploitation commits "
     "the offence of trafficking in persons and is liable to imprisonment for ten years.\n(2) A citizen commits an "
     "offence under this section regardless of—\n(a) where the recruiting takes place, or\n(b) where the "
     "person is exploited.\n",
     {"UNTOC-15-2": "found"}),
    # Penalty items ("a) ... à perpétuité, s'il l'enlève") are aggravations: the basic offence has no
    # means, so every means is covered (and abduction is named as a way of committing it).
    ("penalty_items_not_means_fr", "fr",
     "Article 501\n(1) Quiconque recrute, déplace ou loge une personne afin de l'exploiter commet un crime "
     "passible :\na) de la réclusion à perpétuité, s'il l'enlève;\nb) de douze ans d'emprisonnement, dans les "
     "autres cas.\n",
     {"TIP-3-a.means.deception": "found", "TIP-3-a.means.abduction": "found", "TIP-3-c": "found"}),
    # A consent rule in an article of its own that only refers to the definition of trafficking; another
    # Act numbered from 1 follows, and "article 1" is still this Act's article 1.
    ("consent_article_referring_to_the_definition_fr", "fr",
     "Article 1\nOn entend par traite des êtres humains le recrutement, le transport ou l'hébergement de "
     "personnes, par la menace ou la tromperie, aux fins d'exploitation.\nArticle 2\nEst puni de dix ans de "
     "réclusion quiconque commet l'infraction de traite des êtres humains.\nArticle 3\nLe consentement de la "
     "victime n'exonère pas l'auteur lorsque l'un des moyens visés à l'article 1 a été employé.\n"
     "LOI SUR LES MARCHÉS\nArticle 1\nLa présente loi organise les marchés.\nArticle 2\nLa fraude sur les "
     "poids est punie d'une amende.\n",
     {"TIP-3-b": "found"}),
    # "Las penas del artículo anterior se aumentarán ... cuando": an aggravation that names the offence
    # only as "the preceding article".
    ("aggravation_of_the_preceding_article_es", "es",
     "Artículo 201. Trata de personas.\nSe impondrá prisión de ocho a quince años a quien, con fines de "
     "explotación, reclute, transporte o acoja a una o más personas.\nArtículo 202. Agravantes.\nLas penas del "
     "artículo anterior se aumentarán en un tercio cuando:\n1. La víctima sea menor de edad;\n2. El autor sea "
     "funcionario público.\n",
     {"GP.aggravating_circumstances": "found"}),
    # Using a person known to have been trafficked, drafted without the words "services of a victim".
    ("knowing_use_of_a_trafficked_person_en", "en",
     "Section 3\nA person who recruits or transports another person for the purpose of exploitation commits the "
     "offence of trafficking in persons and is liable to imprisonment for ten years.\nSection 4\nWhoever, "
     "knowing that a person has been trafficked, engages that person in domestic work shall be punished with "
     "imprisonment for five years.\n",
     {"GP.use_of_services": "found"}),
    # Privacy drafted as a ban on publishing what identifies a victim.
    ("ban_on_identifying_publication_en", "en",
     "Section 3\nA person who recruits or transports another person for the purpose of exploitation commits the "
     "offence of trafficking in persons and is liable to imprisonment for ten years.\nSection 9\nNo newspaper "
     "shall publish any particulars likely to lead to the identification of a victim of an offence under this "
     "Act.\n",
     {"TIP-6-1": "found"}),
    # "Whether or not an organised criminal group is involved" is no aggravating circumstance.
    ("immaterial_group_not_aggravation_en", "en",
     "Section 3\n(1) A person who recruits or transports another person for the purpose of exploitation commits an "
     "offence and is liable to imprisonment for ten years.\n(2) It is immaterial whether or not an organised "
     "criminal group is involved.\n",
     {"GP.aggravating_circumstances": "missing"}),
    # Life imprisonment as the basic offence's penalty is no aggravating circumstance.
    ("life_for_the_basic_offence_en", "en",
     "Section 2\n(1) A person commits an offence if the person recruits or transports another person with a view "
     "to that person being exploited.\n(2) Whoever is convicted of that offence on indictment may be "
     "sentenced to imprisonment for life.\n",
     {"GP.aggravating_circumstances": "missing"}),
    # The same penalty on a condition is one.
    ("life_on_a_condition_en", "en",
     "Section 2\n(1) A person commits an offence if the person recruits or transports another person with a view "
     "to that person being exploited, and is liable to imprisonment for ten years.\n(2) Where the victim is a "
     "child, the person is liable to imprisonment for life.\n",
     {"GP.aggravating_circumstances": "found"}),
    # An aggravation article after an attempt article that refers to the offence is still the offence's.
    ("aggravation_after_attempt_fr", "fr",
     "Article 2\nLa traite des personnes est le fait de recruter, de transporter ou d'héberger une personne à des "
     "fins d'exploitation. Elle est punie de dix ans d'emprisonnement.\nArticle 3\nLa tentative de l'infraction "
     "prévue à l'article 2 est punie des mêmes peines.\nArticle 4\nLa peine est portée à vingt ans lorsque la "
     "victime est un mineur.\n",
     {"GP.aggravating_circumstances": "found"}),
]


@pytest.mark.parametrize(("name", "language", "text", "expected"), DRAFTING_CASES, ids=[c[0] for c in DRAFTING_CASES])
def test_drafting_patterns(name: str, language: str, text: str, expected: dict[str, str]) -> None:
    assert statuses(text, language, list(expected)) == expected


OFFENCE_KIND_CASES = [
    # The decoy code: one trafficking offence read, without the word, with its slots.
    ("en", DECOY_CODE, [("trafficking", "s. 41", "")]),
    # A child offence as a sibling paragraph, and an aggravation, each read as its own frame.
    ("en", "Section 3 Trafficking in persons\n(1) Any person who recruits, transports or receives an adult by force "
     "for the purpose of exploitation shall be guilty of an offence.\n(2) Any person who recruits, transports or "
     "receives a child for the purpose of exploitation shall be guilty of an offence.\n(3) Where the offence under "
     "subsection (1) is committed by a public officer, the penalty is imprisonment for life.\n",
     [("trafficking", "s. 3(1)", "own words or heading"), ("child trafficking", "s. 3(2)", "own words or heading"),
      ("aggravation of trafficking", "s. 3(3)", "own words or heading")]),
    # An adult offence drafted "(other than a child)" beside its child counterpart: each read as such.
    ("en", "Section 3\n(1) Any person who recruits or transports an individual (other than a child) by deception "
     "for the purpose of exploitation shall be guilty of an offence.\n(2) Any person who recruits or transports a "
     "child for the purpose of exploitation shall be guilty of an offence.\n",
     [("trafficking", "s. 3(1)", ""), ("child trafficking", "s. 3(2)", "")]),
    # Selling a child, without an exploitation purpose: an offence of its own, not trafficking.
    ("en", "Section 9\nA person who sells or transfers a child to another person for any consideration commits an "
     "offence and is liable to imprisonment for ten years.\n", [("sale of children", "s. 9", "")]),
]


@pytest.mark.parametrize(("language", "text", "expected"), OFFENCE_KIND_CASES)
def test_offences_read(language: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    pre = pre_assess(legislation_from_text(text, language=language), CATALOG)
    assert [(o.kind, o.citation, o.named) for o in pre.offences] == expected


def test_carriers_of_goods_are_not_the_carriers_duty() -> None:
    # TIP art. 11(3) is about carriers checking passengers' travel documents; a goods carrier is not it.
    text = ("Section 5\nA carrier who transports dangerous goods without the required signs commits an offence.\n"
            "Section 6\nA commercial carrier shall ascertain that all passengers are in possession of the travel "
            "documents required for entry into the Republic.\n")
    pre = pre_assess(legislation_from_text(text, language="en"), CATALOG)
    assert [e.citation for e in pre.elements["TIP-11-3"].evidence] == ["s. 6"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The text report lists the offence read, with its slots.
        (DECOY_CODE, ["Offences read:", "  s. 41: trafficking (acts: harbouring, recruitment, transportation; "
                      "means: deception, force; purposes: sexual_exploitation)"]),
        # No offence recognised: a notice, so "everything missing" is not read as the law's gaps.
        ("Section 1\nThe committee meets on Mondays.\n", ["NOTICE: No trafficking or smuggling offence was "
                                                          "recognised in these files. If the law creates one, its "
                                                          "wording or layout was not understood: the missing "
                                                          "elements may be reading failures, not gaps."]),
    ],
)
def test_text_report_offence_lines(text: str, expected: list[str]) -> None:
    from assessor.reports.text_report import offence_lines

    assert offence_lines(pre_assess(legislation_from_text(text, language="en"), CATALOG)) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # English: "the preceding section".
        ("en", "Section 7\nAny text.\nSection 8\nThe penalty under the preceding section is doubled where the victim "
               "is a child.\n"),
        # Spanish: "el artículo anterior".
        ("es", "Artículo 7\nTexto.\nArtículo 8\nLa pena del artículo anterior se elevará cuando la víctima fuere "
               "menor de edad.\n"),
        # French: "l'article précédent".
        ("fr", "Article 7\nTexte.\nArticle 8\nLa peine prévue à l'article précédent est portée à vingt ans.\n"),
    ],
)
def test_reference_to_the_preceding_article(language: str, text: str) -> None:
    # An article named without its number ("the preceding section") is the one before.
    legislation = legislation_from_text(text, language=language)
    doc = Document.build(legislation, CATALOG)
    last = [p for p in legislation.provisions if p.text.strip()][-1]
    assert [legislation.get(u).citation for u in doc.references(last)] in (["s. 7"], ["art. 7"])


PERSON_OBJECT_CASES = [
    # The person is the object of the act.
    ("en", "Any person who recruits or harbours another person for exploitation commits an offence.", True),
    # The person before the verb is its subject: the object is property.
    ("en", "A person who receives or retains any property knowing it to be stolen commits an offence.", False),
    # A passive relative clause: the person is the one received.
    ("en", "A person who is received or harboured for exploitation is a victim.", True),
    # French: the subject "toute personne qui" and goods as the object.
    ("fr", "Toute personne qui reçoit ou détient des biens volés est punie de trois ans d'emprisonnement.", False),
    # The subject's relative clause lists other verbs before the act: the object is still goods.
    ("en", "Any person who manufactures, sells, acquires or delivers firearms without a permit commits an offence.",
     False),
]


@pytest.mark.parametrize(("language", "text", "expected"), PERSON_OBJECT_CASES)
def test_person_object(language: str, text: str, expected: bool) -> None:
    from assessor.engine.frames import _person_object

    assert _holds_in_a_provision(text, language, _person_object) is expected
