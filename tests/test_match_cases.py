"""The matching engine's behaviour, case by case: what a careful UNODC legal adviser concludes.

Every case is a small fictional statute (English, French or Spanish) and the answers the rules of
`shared/spec/assessment-conventions.md` give for some elements (`found` / `missing`) and red flags
(`raised` / `not_raised`). The snippets are original texts written for these tests.

A long statute paragraph is written over several source lines with a trailing backslash (the
string joins them); `run` collapses the indentation left inside the joined line, so the law the
engine reads has one paragraph per line.
"""

from __future__ import annotations

import functools
import textwrap

import pytest
from element_ids import ACTS, PURPOSES, acts, means, other_means, purposes

from assessor.catalog import Catalog, load_catalog
from assessor.legislation.reader import legislation_from_text
from assessor.preassessment import PreAssessment, pre_assess

FOUND, MISSING = "found", "missing"
RAISED, NOT_RAISED = "raised", "not_raised"

RF_TRANSNATIONAL = "RF.transnationality_required"
RF_ORGANISED = "RF.organized_group_required"
RF_CHILD_MEANS = "RF.child_means_required"
RF_SCOPE = "RF.victim_scope_limited"
RF_MIGRANT = "RF.migrant_criminalized"
RED_FLAGS = (RF_TRANSNATIONAL, RF_ORGANISED, RF_CHILD_MEANS, RF_SCOPE, RF_MIGRANT)

def other_purposes(*names: str) -> tuple[str, ...]:
    """Element ids of the purposes not named."""
    return purposes(*(n for n in PURPOSES if n not in names))


def other_acts(*names: str) -> tuple[str, ...]:
    """Element ids of the acts not named."""
    return acts(*(n for n in ACTS if n not in names))


def exp(found=(), missing=(), raised=(), not_raised=()) -> dict[str, str]:
    """Expectations: element id -> found/missing, flag id -> raised/not_raised."""
    out: dict[str, str] = {}
    for ids, value in ((found, FOUND), (missing, MISSING), (raised, RAISED), (not_raised, NOT_RAISED)):
        for i in ids:
            assert i not in out, f"{i} expected twice"
            out[i] = value
    return out


# The 49 detectable elements of shared/spec/elements.yaml.
SPEC_ELEMENTS = (
    *acts(),
    *means(),
    *purposes(),
    "TIP-3-b", "TIP-3-c", "TIP-3-d", "TIP-5-1", "TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c",
    "SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-1-b-i", "SOM-6-1-b-ii", "SOM-6-1-c",
    "SOM-6-2-a", "SOM-6-2-b", "SOM-6-2-c", "SOM-6-3-a", "SOM-6-3-b", "SOM-5",
    "TIP-6-1", "TIP-6-2", "TIP-6-3", "TIP-6-6", "TIP-7-1", "TIP-8",
    "GP.non_punishment", "GP.use_of_services", "GP.aggravating_circumstances", "GP.coordination_body",
    "UNTOC-10", "UNTOC-12", "UNTOC-15-2",
)


@functools.cache
def _catalog() -> Catalog:
    # Loading the checklists takes most of a second: once per session keeps the file fast.
    return load_catalog()


def _law(text: str) -> str:
    lines = textwrap.dedent(text).strip().splitlines()
    return "\n".join(" ".join(line.split()) for line in lines)


def run(text: str, language: str) -> PreAssessment:
    """Pre-assess a statute written as a string, one paragraph per line."""
    return pre_assess(legislation_from_text(_law(text), "law.txt", language), _catalog())


def outcome(pre: PreAssessment, key: str) -> str:
    """found/missing for an element, raised/not_raised for a red flag."""
    if key.startswith("RF."):
        return RAISED if key in pre.red_flags else NOT_RAISED
    return pre.elements[key].status.value


def check(language: str, text: str, expected: dict[str, str]) -> None:
    pre = run(text, language)
    got = {key: outcome(pre, key) for key in expected}
    wrong = {key: f"expected {value}, got {got[key]}" for key, value in expected.items() if got[key] != value}
    assert not wrong, wrong


def params(table: list[tuple[str, str, str, dict[str, str]]]) -> list:
    return [pytest.param(language, text, expected, id=case_id) for case_id, language, text, expected in table]


# ---------------------------------------------------------------------------------------------
# Acts (TIP-3-a.act.*): the verbs of the trafficking offence, express or by a close equivalent.
# ---------------------------------------------------------------------------------------------

ACT_CASES = [
    (
        # All five acts named in the offence.
        "acts_all_five_en",
        "en",
        """
        Section 2 Interpretation
        In this Act, "exploitation" includes sexual exploitation, forced labour and the removal of organs.
        Section 3 Trafficking in persons
        (1) A person who recruits, transports, transfers, harbours or receives another person for the purpose of \
            exploitation commits the offence of trafficking in persons.
        (2) A person convicted of trafficking in persons is liable to imprisonment for fifteen years.
        """,
        exp(found=acts()),
    ),
    (
        # "provides" is transfer and "obtains" is receipt (functional); no transport, no harbouring.
        "acts_provides_obtains_en",
        "en",
        """
        Section 4 Trafficking in persons
        (1) Whoever knowingly recruits, provides or obtains a person for the purpose of exploitation commits the \
            offence of trafficking in persons and is liable to imprisonment for not more than twenty years.
        (2) In this section "exploitation" means forced labour or services, slavery or sexual exploitation.
        """,
        exp(found=acts("recruitment", "transfer", "receipt"), missing=acts("transportation", "harbouring")),
    ),
    (
        # "sells" and "hands over" are transfer, "conceals" is harbouring; nothing else.
        "acts_sells_hands_over_conceals_en",
        "en",
        """
        Section 6 Trafficking in persons
        (1) A person who sells, hands over or conceals another person for the purpose of that person's \
            exploitation commits the offence of trafficking in persons.
        (2) The penalty is imprisonment for a term of not less than five and not more than twelve years.
        """,
        exp(found=acts("transfer", "harbouring"), missing=acts("recruitment", "transportation", "receipt")),
    ),
    (
        # "entices" is recruitment and "conveys" is transportation; no transfer, harbouring or receipt.
        "acts_entices_conveys_en",
        "en",
        """
        Section 3 Offence of trafficking in persons
        (1) A person who entices, transports or conveys another person, within or outside the Republic, for the \
            purpose of exploitation commits an offence and is liable to imprisonment for ten years.
        """,
        exp(found=acts("recruitment", "transportation"), missing=acts("transfer", "harbouring", "receipt")),
    ),
    (
        # The five acts in French code drafting.
        "acts_all_five_fr",
        "fr",
        """
        Article 321-1
        I. - Constitue la traite des êtres humains le fait, à des fins d'exploitation, de recruter une personne, \
            puis de la transporter ou de la transférer, de l'héberger ou encore de l'accueillir.
        II. - Cette infraction est punie de six ans d'emprisonnement et de 90 000 euros d'amende.
        """,
        exp(found=acts()),
    ),
    (
        # "vendre" and "céder" are transfer; no transport, harbouring or receipt.
        "acts_vendre_ceder_fr",
        "fr",
        """
        Article 12
        Constitue la traite des personnes le fait de recruter une personne, de la vendre ou de la céder à autrui \
            en vue de son exploitation.
        Article 13
        La traite des personnes est punie de dix ans d'emprisonnement.
        """,
        exp(found=acts("recruitment", "transfer"), missing=acts("transportation", "harbouring", "receipt")),
    ),
    (
        # "livrer" is transfer and "obtenir" is receipt; no recruitment, no harbouring.
        "acts_livrer_obtenir_fr",
        "fr",
        """
        Article 5
        1. Commet l'infraction de traite des personnes quiconque transporte, livre ou obtient une personne aux fins \
            de son exploitation.
        2. L'infraction prévue au paragraphe 1 est punie de cinq à dix ans d'emprisonnement.
        """,
        exp(found=acts("transportation", "transfer", "receipt"), missing=acts("recruitment", "harbouring")),
    ),
    (
        # "héberger" and "cacher" are harbouring; only recruitment besides.
        "acts_heberger_fr",
        "fr",
        """
        Article 7
        Est puni de huit ans d'emprisonnement quiconque recrute, héberge ou cache une personne en vue de la \
            soumettre à une exploitation. Ce fait constitue la traite des personnes.
        """,
        exp(found=acts("recruitment", "harbouring"), missing=acts("transportation", "transfer", "receipt")),
    ),
    (
        # The five acts in Spanish code drafting.
        "acts_all_five_es",
        "es",
        """
        Artículo 201.
        1. Quien captare, transportare, trasladare, acogiere o recibiere a una persona con fines de explotación \
            será castigado, como autor de trata de seres humanos, con prisión de cinco a diez años.
        """,
        exp(found=acts()),
    ),
    (
        # "vendiere" and "entregare" are transfer; no transport, harbouring or receipt.
        "acts_vendiere_entregare_es",
        "es",
        """
        Artículo 8. Trata de personas.
        Comete el delito de trata de personas quien captare a una persona, la vendiere o la entregare a un tercero \
            con fines de explotación, y será sancionado con prisión de seis a doce años.
        """,
        exp(found=acts("recruitment", "transfer"), missing=acts("transportation", "harbouring", "receipt")),
    ),
    (
        # "alojare" is harbouring and "obtuviere" receipt; no recruitment, no transfer.
        "acts_alojare_obtuviere_es",
        "es",
        """
        Artículo 14.- Trata de personas.
        Será reprimido con prisión de cuatro a diez años el que transportare, alojare u obtuviere a una persona \
            con fines de explotación.
        """,
        exp(found=acts("transportation", "harbouring", "receipt"), missing=acts("recruitment", "transfer")),
    ),
    (
        # "reclutare" is recruitment; "recibiere" receipt; nothing else.
        "acts_reclutare_recibiere_es",
        "es",
        """
        Artículo 3. Delito de trata.
        1. Incurre en el delito de trata de personas quien reclutare o recibiere a una persona con fines de \
            explotación.
        2. El delito de trata de personas será sancionado con prisión de ocho a quince años.
        """,
        exp(found=acts("recruitment", "receipt"), missing=acts("transportation", "transfer", "harbouring")),
    ),
]


# ---------------------------------------------------------------------------------------------
# Means (TIP-3-a.means.*): express, functional when the offence needs no means, and the usual
# equivalences (deception <-> fraud; a bare threat or intimidation covers coercion).
# ---------------------------------------------------------------------------------------------

MEANS_CASES = [
    (
        # The Protocol's eight means listed as elements; no child rule, so means are required for children.
        "means_all_eight_en",
        "en",
        """
        Section 3 Trafficking in persons
        (1) A person who recruits, transports, transfers, harbours or receives another person for the purpose of \
            exploitation—
        (a) by the threat or use of force or other forms of coercion;
        (b) by abduction;
        (c) by fraud or deception;
        (d) by the abuse of power or of a position of vulnerability; or
        (e) by the giving or receiving of payments or benefits to achieve the consent of a person having control \
            over another person,
        commits the offence of trafficking in persons and is liable to imprisonment for fifteen years.
        """,
        exp(found=means(), missing=["TIP-3-c"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # "by any means": every means is covered (functional), children included.
        "means_by_any_means_en",
        "en",
        """
        Section 5 Trafficking in persons
        (1) A person who, by any means, recruits, transports or harbours another person for the purpose of \
            exploitation commits the offence of trafficking in persons.
        (2) The offence is punishable by imprisonment for a term of eight to fifteen years.
        """,
        exp(found=[*means(), "TIP-3-c"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # No means element at all: every means is covered (functional).
        "means_none_listed_en",
        "en",
        """
        Section 9 Trafficking in persons
        Any person who recruits, transports, transfers, harbours or receives a person for the purpose of \
            exploitation commits the offence of trafficking in persons and shall be liable to imprisonment for life.
        """,
        exp(found=means()),
    ),
    (
        # Deception only: deception express, fraud functional; nothing else.
        "means_deception_only_en",
        "en",
        """
        Section 4 Trafficking in persons
        (1) A person who recruits or transports another person by deception for the purpose of exploitation \
            commits the offence of trafficking in persons.
        (2) Whoever is convicted of an offence under subsection (1) is liable to imprisonment for ten years.
        """,
        exp(found=means("deception", "fraud"), missing=other_means("deception", "fraud")),
    ),
    (
        # Violence and intimidation: force express, coercion by the bare intimidation, and abduction, which
        # the answer keys read as effected by force or coercion (functional); nothing else.
        "means_violence_intimidation_en",
        "en",
        """
        Section 4 Trafficking in persons
        (1) A person who, by violence or intimidation, recruits, transports or receives another person for the \
            purpose of exploitation commits the offence of trafficking in persons.
        (2) The penalty is imprisonment for twelve years.
        """,
        exp(found=means("force", "coercion", "abduction"), missing=other_means("force", "coercion", "abduction")),
    ),
    (
        # Fraud as an element, abduction and violence as an aggravation "committed by": all count.
        "means_aggravation_adds_means_en",
        "en",
        """
        Section 3 Trafficking in persons
        (1) A person who recruits or harbours another person by fraud for the purpose of exploitation commits the \
            offence of trafficking in persons and is liable to imprisonment for ten years.
        Section 4 Aggravated trafficking
        The penalty is imprisonment for twenty years where the offence under section 3 is committed by abduction \
            or by the use of violence.
        """,
        exp(
            found=means("fraud", "deception", "abduction", "force"),
            missing=means("abuse_of_power", "abuse_of_vulnerability", "payments"),
        ),
    ),
    (
        # Force and threats that only describe forced labour in a definition are not means of the offence.
        "means_in_exploitation_definition_en",
        "en",
        """
        Section 2 Interpretation
        In this Act—
        (a) "forced labour" means work or services exacted from a person by force or under the menace of any \
            penalty;
        (b) "exploitation" includes forced labour and sexual exploitation.
        Section 3 Trafficking in persons
        A person who recruits or transports another person by deception or by abuse of a position of \
            vulnerability, for the purpose of exploitation, commits an offence and is liable to imprisonment for \
            ten years.
        """,
        exp(
            found=means("deception", "fraud", "abuse_of_vulnerability"),
            missing=means("force", "coercion", "abduction", "abuse_of_power", "payments"),
        ),
    ),
    (
        # The eight means in French drafting (1° to 5°).
        "means_all_eight_fr",
        "fr",
        """
        Article 321-1
        I. - Constitue la traite des êtres humains le fait, à des fins d'exploitation, de recruter une personne, \
            puis de la transporter ou de la transférer, de l'héberger ou encore de l'accueillir dans l'un des cas \
            suivants :
        1° Menace, usage de la force ou autre forme de contrainte ;
        2° Enlèvement ;
        3° Fraude ou tromperie ;
        4° Abus d'autorité ou abus d'une situation de vulnérabilité ;
        5° Offre ou acceptation de paiements ou d'avantages en vue d'obtenir le consentement de la personne qui \
            a autorité sur la victime.
        II. - Cette infraction est punie de six ans d'emprisonnement.
        """,
        exp(found=means(), missing=["TIP-3-c"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # "par quelque moyen que ce soit": every means (functional), minors included.
        "means_quelque_moyen_fr",
        "fr",
        """
        Article 4
        Commet l'infraction de traite des personnes quiconque, par quelque moyen que ce soit, recrute, transporte \
            ou héberge une personne aux fins de son exploitation.
        Article 5
        La traite des personnes est punie de dix ans d'emprisonnement.
        """,
        exp(found=[*means(), "TIP-3-c"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # No means element: every means (functional).
        "means_none_listed_fr",
        "fr",
        """
        Article 225-30
        Le fait de recruter, de transporter ou d'héberger une personne à des fins d'exploitation constitue la \
            traite des êtres humains. Il est puni de dix ans d'emprisonnement.
        """,
        exp(found=means()),
    ),
    (
        # "tromperie" only: deception express, fraud functional.
        "means_tromperie_only_fr",
        "fr",
        """
        Article 9
        1. Le fait de recruter ou de transporter une personne par tromperie en vue de son exploitation constitue \
            la traite des personnes.
        2. Cette infraction est punie de six ans d'emprisonnement.
        """,
        exp(found=means("deception", "fraud"), missing=other_means("deception", "fraud")),
    ),
    (
        # "violence ou intimidation": force express, coercion by intimidation, abduction as effected by force
        # (the answer keys read it so: functional).
        "means_violence_intimidation_fr",
        "fr",
        """
        Article 9
        Est coupable de traite des personnes et puni de dix ans d'emprisonnement quiconque, par violence ou \
            intimidation, recrute, transporte ou accueille une personne en vue de son exploitation.
        """,
        exp(found=means("force", "coercion", "abduction"), missing=other_means("force", "coercion", "abduction")),
    ),
    (
        # "fraude" as an element, "enlèvement" and "violences" as aggravations.
        "means_aggravation_adds_means_fr",
        "fr",
        """
        Article 20
        La traite des personnes est le fait de recruter ou d'héberger une personne par fraude à des fins \
            d'exploitation. Elle est punie de sept ans d'emprisonnement.
        Article 21
        La peine est portée à quinze ans de réclusion criminelle lorsque l'infraction prévue à l'article 20 est \
            commise par enlèvement ou avec usage de violences.
        """,
        exp(
            found=means("fraud", "deception", "abduction", "force"),
            missing=means("abuse_of_power", "abuse_of_vulnerability", "payments"),
        ),
    ),
    (
        # "force" and "menace" describing forced labour in a definition are not means of the offence.
        "means_in_exploitation_definition_fr",
        "fr",
        """
        Article 2
        Au sens de la présente loi, on entend par travail forcé tout travail exigé d'une personne par la force ou \
            sous la menace d'une peine quelconque.
        Article 3
        La traite des personnes est le fait de recruter ou de transporter une personne par tromperie ou par abus \
            d'une situation de vulnérabilité, aux fins de travail forcé ou d'exploitation sexuelle. Elle est punie \
            de dix ans d'emprisonnement.
        """,
        exp(
            found=means("deception", "fraud", "abuse_of_vulnerability"),
            missing=means("force", "coercion", "abduction", "abuse_of_power", "payments"),
        ),
    ),
    (
        # The eight means in Spanish drafting.
        "means_all_eight_es",
        "es",
        """
        Artículo 201.
        1. Será castigado con prisión de cinco a diez años el que, empleando violencia, intimidación u otras formas \
            de coacción, secuestro, fraude o engaño, o abusando de una situación de poder o de vulnerabilidad, o \
            mediante la concesión o recepción de pagos o beneficios destinados a ganar el consentimiento de quien \
            tuviera autoridad sobre la víctima, la captare, transportare, trasladare, acogiere o recibiere con \
            fines de explotación.
        """,
        exp(found=means(), missing=["TIP-3-c"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # "por cualquier medio": every means (functional), minors included.
        "means_cualquier_medio_es",
        "es",
        """
        Artículo 6.- Trata de personas.
        Será reprimido con prisión de cinco a diez años el que, por cualquier medio, captare, transportare o \
            acogiere a una persona con fines de explotación.
        """,
        exp(found=[*means(), "TIP-3-c"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # No means element: every means (functional).
        "means_none_listed_es",
        "es",
        """
        Artículo 10. Trata de personas.
        Comete el delito de trata de personas quien captare, trasladare o recibiere a una persona con fines de \
            explotación. La pena será de seis a doce años de prisión.
        """,
        exp(found=means()),
    ),
    (
        # "engaño" only: deception express, fraud functional.
        "means_engano_only_es",
        "es",
        """
        Artículo 10. Trata de personas.
        1. El que mediante engaño captare o transportare a una persona con fines de explotación será castigado con \
            prisión de cuatro a ocho años.
        """,
        exp(found=means("deception", "fraud"), missing=other_means("deception", "fraud")),
    ),
    (
        # "violencia o intimidación": force express, coercion by intimidation, abduction as effected by force
        # (the answer keys read it so: functional).
        "means_violencia_intimidacion_es",
        "es",
        """
        Artículo 12.
        Será castigado con prisión de seis a diez años, como reo de trata de personas, quien, empleando violencia \
            o intimidación, captare, transportare o recibiere a una persona con fines de explotación.
        """,
        exp(found=means("force", "coercion", "abduction"), missing=other_means("force", "coercion", "abduction")),
    ),
    (
        # "fraude" as an element; "secuestro" and "violencia" in an aggravation "cometido mediante".
        "means_aggravation_adds_means_es",
        "es",
        """
        Artículo 30. Trata de personas.
        Será sancionado con prisión de cinco a diez años el que mediante fraude captare o acogiere a una persona \
            con fines de explotación.
        Artículo 31. Agravantes.
        La pena será de diez a veinte años de prisión cuando el delito del artículo 30 fuere cometido mediante \
            secuestro o con violencia.
        """,
        exp(
            found=means("fraud", "deception", "abduction", "force"),
            missing=means("abuse_of_power", "abuse_of_vulnerability", "payments"),
        ),
    ),
    (
        # "fuerza" and "amenaza" describing forced labour in a definition are not means of the offence.
        "means_in_exploitation_definition_es",
        "es",
        """
        Artículo 2. Definiciones.
        A los efectos de esta ley, se entenderá por trabajo forzoso todo trabajo exigido a una persona por la \
            fuerza o bajo la amenaza de una pena cualquiera.
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante engaño o abuso de una situación de \
            vulnerabilidad, captare o transportare a una persona con fines de trabajo forzoso o explotación sexual.
        """,
        exp(
            found=means("deception", "fraud", "abuse_of_vulnerability"),
            missing=means("force", "coercion", "abduction", "abuse_of_power", "payments"),
        ),
    ),
]


# ---------------------------------------------------------------------------------------------
# Purposes (TIP-3-a.purpose.*): "any form of exploitation" or no purpose element covers all;
# a purpose is not covered by a different one; a single purpose raises RF.victim_scope_limited.
# ---------------------------------------------------------------------------------------------

PURPOSE_CASES = [
    (
        # The five purposes in the definition of exploitation used by the offence.
        "purposes_all_five_en",
        "en",
        """
        Section 2 Interpretation
        In this Act, "exploitation" includes, among other things, the exploitation of the prostitution of others \
            or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, \
            servitude or the removal of organs.
        Section 3 Trafficking in persons
        A person who recruits, transports or harbours another person for the purpose of exploitation commits an \
            offence and is liable to imprisonment for fifteen years.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
    (
        # "any form of exploitation": every purpose (functional).
        "purposes_any_form_en",
        "en",
        """
        Section 7 Trafficking in persons
        (1) A person who recruits, transports or receives another person for the purpose of any form of \
            exploitation commits the offence of trafficking in persons.
        (2) The penalty is imprisonment for a term not exceeding twenty years.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
    (
        # Sexual exploitation only: the other purposes are missing and the single purpose is a red flag.
        "purposes_sexual_only_en",
        "en",
        """
        Section 3 Trafficking in persons for sexual exploitation
        (1) A person who recruits, transports or harbours another person for the purpose of prostitution or other \
            sexual exploitation commits an offence and is liable to imprisonment for ten years.
        """,
        exp(found=purposes("sexual_exploitation"), missing=other_purposes("sexual_exploitation"), raised=[RF_SCOPE]),
    ),
    (
        # Sexual exploitation and forced labour: slavery, servitude and organ removal are not covered by them.
        "purposes_two_of_five_en",
        "en",
        """
        Section 2 Interpretation
        In this Act, "exploitation" means sexual exploitation or forced labour or services.
        Section 3 Trafficking in persons
        A person who recruits or transports another person by deception for the purpose of exploitation commits \
            the offence of trafficking in persons and is liable to imprisonment for ten years.
        """,
        exp(
            found=purposes("sexual_exploitation", "forced_labour"),
            missing=purposes("slavery", "servitude", "organ_removal"),
            not_raised=[RF_SCOPE],
        ),
    ),
    (
        # No purpose element: selling or buying a person is trafficking whatever the aim (functional).
        "purposes_no_purpose_element_en",
        "en",
        """
        Section 5 Trafficking in persons
        (1) A person who sells, buys, transfers or receives another human being commits the offence of trafficking \
            in persons and is liable to imprisonment for a term of five to fifteen years.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
    (
        # The five purposes in French.
        "purposes_all_five_fr",
        "fr",
        """
        Article 2
        Au sens de la présente loi, on entend par exploitation l'exploitation de la prostitution d'autrui ou \
            d'autres formes d'exploitation sexuelle, le travail ou les services forcés, l'esclavage ou les \
            pratiques analogues à l'esclavage, la servitude ou le prélèvement d'organes.
        Article 3
        La traite des personnes est le fait de recruter, de transporter ou d'héberger une personne à des fins \
            d'exploitation. Elle est punie de dix ans d'emprisonnement.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
    (
        # "toute forme d'exploitation": every purpose.
        "purposes_toute_forme_fr",
        "fr",
        """
        Article 8
        Le fait de recruter, de transporter ou d'accueillir une personne en vue de la soumettre à toute forme \
            d'exploitation constitue la traite des personnes, punie de dix ans d'emprisonnement.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
    (
        # Prostitution only.
        "purposes_sexual_only_fr",
        "fr",
        """
        Article 334-2
        Est puni de sept ans d'emprisonnement le fait de recruter, de transporter ou d'héberger une personne en \
            vue de la livrer à la prostitution ou à toute autre forme d'exploitation sexuelle.
        """,
        exp(found=purposes("sexual_exploitation"), missing=other_purposes("sexual_exploitation"), raised=[RF_SCOPE]),
    ),
    (
        # Sexual exploitation and forced labour only.
        "purposes_two_of_five_fr",
        "fr",
        """
        Article 5
        Commet l'infraction de traite des personnes quiconque recrute ou transporte une personne par tromperie \
            aux fins d'exploitation sexuelle ou de travail forcé. Cette infraction est punie de dix ans \
            d'emprisonnement.
        """,
        exp(
            found=purposes("sexual_exploitation", "forced_labour"),
            missing=purposes("slavery", "servitude", "organ_removal"),
            not_raised=[RF_SCOPE],
        ),
    ),
    (
        # No purpose element: selling a person is trafficking whatever the aim.
        "purposes_no_purpose_element_fr",
        "fr",
        """
        Article 11
        Le fait de vendre, d'acheter, de céder ou de recevoir une personne constitue la traite des personnes. Il \
            est puni de dix ans d'emprisonnement.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
    (
        # The five purposes in Spanish.
        "purposes_all_five_es",
        "es",
        """
        Artículo 2. Explotación.
        A los fines de esta ley se entiende por explotación la explotación de la prostitución ajena u otras formas \
            de explotación sexual, los trabajos o servicios forzados, la esclavitud o las prácticas análogas a la \
            esclavitud, la servidumbre o la extracción de órganos.
        Artículo 3. Trata de personas.
        Será reprimido con prisión de cinco a diez años el que captare, transportare o acogiere a una persona con \
            fines de explotación.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
    (
        # "cualquier forma de explotación": every purpose.
        "purposes_cualquier_forma_es",
        "es",
        """
        Artículo 9.
        El que captare, transportare o recibiere a una persona con el fin de someterla a cualquier forma de \
            explotación será castigado con prisión de seis a doce años.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
    (
        # "prostitución" only.
        "purposes_sexual_only_es",
        "es",
        """
        Artículo 187.
        Será castigado con prisión de cuatro a ocho años el que captare, trasladare o acogiere a una persona con el \
            fin de que ejerza la prostitución o para cualquier otra forma de explotación sexual.
        """,
        exp(found=purposes("sexual_exploitation"), missing=other_purposes("sexual_exploitation"), raised=[RF_SCOPE]),
    ),
    (
        # Sexual exploitation and forced labour only.
        "purposes_two_of_five_es",
        "es",
        """
        Artículo 4. Trata de personas.
        Será sancionado con prisión de cinco a diez años el que, mediante engaño, captare o transportare a una \
            persona con fines de explotación sexual o de trabajos forzados.
        """,
        exp(
            found=purposes("sexual_exploitation", "forced_labour"),
            missing=purposes("slavery", "servitude", "organ_removal"),
            not_raised=[RF_SCOPE],
        ),
    ),
    (
        # No purpose element: selling a person is trafficking whatever the aim.
        "purposes_no_purpose_element_es",
        "es",
        """
        Artículo 15. Trata de personas.
        Comete el delito de trata de personas el que vendiere, comprare, entregare o recibiere a un ser humano, y \
            será sancionado con prisión de cinco a quince años.
        """,
        exp(found=purposes(), not_raised=[RF_SCOPE]),
    ),
]


# ---------------------------------------------------------------------------------------------
# Scope: acts, means and purposes count only inside the trafficking offence and the definitions
# it uses (convention 7) -- not in "entry into force", a carriers' duty, a smuggling provision,
# a preamble or purpose clause, or a neighbouring offence.
# ---------------------------------------------------------------------------------------------

SCOPE_CASES = [
    (
        # The offence uses the definition of section 2 "as defined": acts, means and purposes come from it.
        "scope_as_defined_in_section_en",
        "en",
        """
        Section 2 Definition of trafficking in persons
        For the purposes of this Act, trafficking in persons is the recruitment, transportation, transfer, \
            harbouring or receipt of a person by means of threat, force, fraud or abduction, for the purpose of \
            forced labour or sexual exploitation.
        Section 3 Offence
        A person who engages in trafficking in persons as defined in section 2 commits an offence and is liable to \
            imprisonment for twelve years.
        """,
        exp(
            found=[*acts(), *means("force", "coercion", "fraud", "deception", "abduction"), "TIP-5-1",
                   *purposes("sexual_exploitation", "forced_labour")],
            missing=[*means("abuse_of_power", "abuse_of_vulnerability", "payments"),
                     *purposes("slavery", "servitude", "organ_removal")],
        ),
    ),
    (
        # "Entry into force" is not force, "laws in force" neither; abduction in a separate kidnapping offence
        # is not a means of trafficking.
        "scope_entry_into_force_en",
        "en",
        """
        Section 1 Short title and entry into force
        This Act may be cited as the Human Trafficking Act and shall enter into force on the day of its publication.
        Section 3 Trafficking in persons
        A person who recruits or transports another person by deception for the purpose of exploitation commits \
            an offence and is liable to imprisonment for ten years.
        Section 8 Kidnapping
        A person who abducts another person by force commits the offence of kidnapping.
        Section 20 Repeals
        All laws in force inconsistent with this Act are repealed.
        """,
        exp(found=means("deception"), missing=means("force", "abduction")),
    ),
    (
        # "transports" in a carriers' duty and in an unrelated definition is not an act of trafficking.
        "scope_carriers_duty_en",
        "en",
        """
        Section 2 Interpretation
        In this Act, "conveyance" means any vessel, aircraft or vehicle used to transport passengers.
        Section 3 Trafficking in persons
        A person who recruits or harbours another person for the purpose of exploitation commits the offence of \
            trafficking in persons and is liable to imprisonment for ten years.
        Section 12 Duties of carriers
        A carrier who transports persons into the Republic shall ensure that every passenger holds a valid travel \
            document.
        """,
        exp(found=acts("recruitment", "harbouring"), missing=acts("transportation", "transfer", "receipt")),
    ),
    (
        # A smuggling provision that transports and harbours does not supply acts of trafficking.
        "scope_smuggling_provision_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who recruits or receives another person by the threat or use of force for the purpose of \
            exploitation commits the offence of trafficking in persons and is liable to imprisonment for ten years.
        Section 10 Smuggling of migrants
        A person who transports, transfers or harbours a foreigner in order to procure his or her illegal entry \
            into the Republic commits the offence of smuggling of migrants and is liable to imprisonment for five \
            years.
        """,
        exp(
            found=[*acts("recruitment", "receipt"), "SOM-6-1-a"],
            missing=acts("transportation", "transfer", "harbouring"),
        ),
    ),
    (
        # A purpose clause naming forced labour, slavery and servitude does not supply them to an offence that
        # is only for sexual exploitation.
        "scope_purpose_clause_en",
        "en",
        """
        Section 1 Purpose of this Act
        The purpose of this Act is to eradicate forced labour, slavery and servitude and to protect their victims.
        Section 4 Trafficking in persons
        A person who recruits or transports another person for the purpose of sexual exploitation commits an \
            offence and is liable to imprisonment for ten years.
        """,
        exp(
            found=purposes("sexual_exploitation"),
            missing=purposes("forced_labour", "slavery", "servitude"),
            raised=[RF_SCOPE],
        ),
    ),
    (
        # A defined term used by the offence: "exploitation" means forced labour and organ removal only.
        "scope_defined_term_en",
        "en",
        """
        Section 2 Interpretation
        In this Act, "exploitation" means forced labour or services or the removal of organs.
        Section 3 Trafficking in persons
        A person who recruits or transports another person by fraud for the purpose of exploitation commits an \
            offence and is liable to imprisonment for ten years.
        """,
        exp(
            found=purposes("forced_labour", "organ_removal"),
            missing=purposes("sexual_exploitation", "slavery", "servitude"),
            not_raised=[RF_SCOPE],
        ),
    ),
    (
        # "tel que défini à l'article 2": the definition supplies the acts, means and purposes.
        "scope_as_defined_in_section_fr",
        "fr",
        """
        Article 2
        Au sens de la présente loi, la traite des personnes s'entend du recrutement, du transport, du transfert, \
            de l'hébergement ou de l'accueil d'une personne par la menace, la force, la fraude ou l'enlèvement, aux \
            fins de travail forcé ou d'exploitation sexuelle.
        Article 3
        Quiconque se livre à la traite des personnes telle que définie à l'article 2 est puni de douze ans \
            d'emprisonnement.
        """,
        exp(
            found=[*acts(), *means("force", "coercion", "fraud", "deception", "abduction"), "TIP-5-1",
                   *purposes("sexual_exploitation", "forced_labour")],
            missing=[*means("abuse_of_power", "abuse_of_vulnerability", "payments"),
                     *purposes("slavery", "servitude", "organ_removal")],
        ),
    ),
    (
        # "entre en vigueur" and "en vigueur" are not force; "enlèvement" in another offence is not a means.
        "scope_entry_into_force_fr",
        "fr",
        """
        Article 1er
        La présente loi entre en vigueur le jour de sa publication au Journal officiel.
        Article 3
        La traite des personnes est le fait de recruter ou de transporter une personne par tromperie en vue de son \
            exploitation. Elle est punie de dix ans d'emprisonnement.
        Article 8
        L'enlèvement d'une personne par la force est puni de quinze ans de réclusion criminelle.
        Article 20
        Les dispositions en vigueur contraires à la présente loi sont abrogées.
        """,
        exp(found=means("deception"), missing=means("force", "abduction")),
    ),
    (
        # "transporte" in a carriers' duty is not an act of trafficking.
        "scope_carriers_duty_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou d'héberger une personne à des fins d'exploitation. Elle \
            est punie de dix ans d'emprisonnement.
        Article 12
        Le transporteur qui transporte des passagers à destination du territoire national s'assure que chacun \
            d'eux est muni d'un document de voyage valide.
        """,
        exp(found=acts("recruitment", "harbouring"), missing=acts("transportation", "transfer", "receipt")),
    ),
    (
        # An offence of assisting irregular entry that transports and lodges does not supply acts of trafficking.
        "scope_smuggling_provision_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou d'accueillir une personne par la menace ou l'emploi de \
            la force à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.
        Article 10
        Est puni de cinq ans d'emprisonnement quiconque transporte, transfère ou héberge un étranger afin de \
            faciliter son entrée irrégulière sur le territoire national.
        """,
        exp(
            found=[*acts("recruitment", "receipt"), "SOM-6-1-a"],
            missing=acts("transportation", "transfer", "harbouring"),
        ),
    ),
    (
        # The "objet" article naming forced labour does not supply a purpose.
        "scope_purpose_clause_fr",
        "fr",
        """
        Article 1er
        La présente loi a pour objet de lutter contre le travail forcé, l'esclavage et la servitude et de protéger \
            les victimes.
        Article 4
        La traite des personnes est le fait de recruter ou de transporter une personne aux fins d'exploitation \
            sexuelle. Elle est punie de dix ans d'emprisonnement.
        """,
        exp(
            found=purposes("sexual_exploitation"),
            missing=purposes("forced_labour", "slavery", "servitude"),
            raised=[RF_SCOPE],
        ),
    ),
    (
        # The defined term "exploitation" used by the offence.
        "scope_defined_term_fr",
        "fr",
        """
        Article 2
        Au sens de la présente loi, on entend par exploitation le travail forcé ou le prélèvement d'organes.
        Article 3
        La traite des personnes est le fait de recruter ou de transporter une personne par fraude à des fins \
            d'exploitation. Elle est punie de dix ans d'emprisonnement.
        """,
        exp(
            found=purposes("forced_labour", "organ_removal"),
            missing=purposes("sexual_exploitation", "slavery", "servitude"),
            not_raised=[RF_SCOPE],
        ),
    ),
    (
        # "conforme a la definición del artículo 2": the definition supplies the acts, means and purposes.
        "scope_as_defined_in_section_es",
        "es",
        """
        Artículo 2. Definición.
        Se entiende por trata de personas la captación, el transporte, el traslado, la acogida o la recepción de \
            personas mediante amenaza, fuerza, fraude o secuestro, con fines de trabajo forzoso o explotación sexual.
        Artículo 3. Delito.
        El que cometiere trata de personas conforme a la definición del artículo 2 será sancionado con prisión de \
            seis a doce años.
        """,
        exp(
            found=[*acts(), *means("force", "coercion", "fraud", "deception", "abduction"), "TIP-5-1",
                   *purposes("sexual_exploitation", "forced_labour")],
            missing=[*means("abuse_of_power", "abuse_of_vulnerability", "payments"),
                     *purposes("slavery", "servitude", "organ_removal")],
        ),
    ),
    (
        # "entrará en vigor" and "leyes vigentes" are not force; "secuestro" in another offence is not a means.
        "scope_entry_into_force_es",
        "es",
        """
        Artículo 1. Vigencia.
        La presente ley entrará en vigor al día siguiente de su publicación en el Diario Oficial.
        Artículo 3. Trata de personas.
        El que mediante engaño captare o transportare a una persona con fines de explotación será sancionado con \
            prisión de cinco a diez años.
        Artículo 8. Secuestro.
        El que secuestrare a una persona por la fuerza será sancionado con prisión de diez a veinte años.
        Artículo 20. Derogaciones.
        Se derogan todas las disposiciones vigentes que se opongan a la presente ley.
        """,
        exp(found=means("deception"), missing=means("force", "abduction")),
    ),
    (
        # "transporte" in a carriers' duty is not an act of trafficking.
        "scope_carriers_duty_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que captare o acogiere a una persona con fines de \
            explotación.
        Artículo 12. Obligaciones de los transportistas.
        Las empresas que realicen el transporte internacional de pasajeros verificarán que cada pasajero porte un \
            documento de viaje válido.
        """,
        exp(found=acts("recruitment", "harbouring"), missing=acts("transportation", "transfer", "receipt")),
    ),
    (
        # A smuggling article that transports and lodges does not supply acts of trafficking.
        "scope_smuggling_provision_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia, captare o recibiere a una \
            persona con fines de explotación.
        Artículo 10. Tráfico ilícito de migrantes.
        El que transportare, trasladare u ocultare a un extranjero para facilitar su entrada ilegal en el país será \
            sancionado con prisión de tres a seis años.
        """,
        exp(
            found=[*acts("recruitment", "receipt"), "SOM-6-1-a"],
            missing=acts("transportation", "transfer", "harbouring"),
        ),
    ),
    (
        # The "objeto" article naming forced labour does not supply a purpose.
        "scope_purpose_clause_es",
        "es",
        """
        Artículo 1. Objeto.
        La presente ley tiene por objeto erradicar el trabajo forzoso, la esclavitud y la servidumbre y proteger a \
            sus víctimas.
        Artículo 4. Trata de personas.
        Será castigado con prisión de cinco a diez años el que captare o transportare a una persona con fines de \
            explotación sexual.
        """,
        exp(
            found=purposes("sexual_exploitation"),
            missing=purposes("forced_labour", "slavery", "servitude"),
            raised=[RF_SCOPE],
        ),
    ),
    (
        # The defined term "explotación" used by the offence.
        "scope_defined_term_es",
        "es",
        """
        Artículo 2. Definiciones.
        A los efectos de esta ley, se entenderá por explotación el trabajo forzoso o la extracción de órganos.
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que mediante fraude captare o transportare a una \
            persona con fines de explotación.
        """,
        exp(
            found=purposes("forced_labour", "organ_removal"),
            missing=purposes("sexual_exploitation", "slavery", "servitude"),
            not_raised=[RF_SCOPE],
        ),
    ),
]


# ---------------------------------------------------------------------------------------------
# Consent (TIP-3-b): irrelevance of the victim's consent; "with the consent of" alone, or consent
# in an unrelated provision, is not the rule.
# ---------------------------------------------------------------------------------------------

_OFFENCE_EN = """
        Section 3 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by force, fraud or abuse of a position of \
            vulnerability, for the purpose of exploitation, commits an offence and is liable to imprisonment for \
            ten years.
"""
_OFFENCE_FR = """
        Article 3
        I. - La traite des personnes est le fait de recruter, de transporter ou d'héberger une personne par la \
            force, la fraude ou l'abus d'une situation de vulnérabilité, à des fins d'exploitation.
        II. - Elle est punie de dix ans d'emprisonnement.
"""
_OFFENCE_ES = """
        Artículo 3. Trata de personas.
        1. Será castigado con prisión de cinco a diez años el que, mediante violencia, fraude o abuso de una \
            situación de vulnerabilidad, captare, transportare o acogiere a una persona con fines de explotación.
"""

CONSENT_CASES = [
    (
        # "is irrelevant".
        "consent_irrelevant_en",
        "en",
        _OFFENCE_EN + """
        (2) Once a means named in subsection (1) has been used, the victim's consent to the intended \
            exploitation is irrelevant.
        """,
        exp(found=["TIP-3-b"]),
    ),
    (
        # "is not a defence".
        "consent_not_a_defence_en",
        "en",
        _OFFENCE_EN + """
        (2) It is not a defence to a charge under this section that the victim consented to the exploitation.
        """,
        exp(found=["TIP-3-b"]),
    ),
    (
        # "shall not be a defence".
        "consent_shall_not_be_a_defence_en",
        "en",
        _OFFENCE_EN + """
        (2) The consent of the victim shall not be a defence where any of the means in subsection (1) was used.
        """,
        exp(found=["TIP-3-b"]),
    ),
    (
        # "with the consent of" the prosecutor, and medical consent in victim assistance: no consent rule.
        "consent_unrelated_en",
        "en",
        _OFFENCE_EN + """
        Section 9 Consent to prosecution
        No prosecution for an offence under this Act shall be instituted except by or with the consent of the \
            Director of Public Prosecutions.
        Section 14 Assistance to victims
        (1) A victim of trafficking shall be provided with shelter, medical care and psychological counselling.
        (2) A medical examination of a victim shall be carried out only with the informed consent of the victim.
        """,
        exp(found=["TIP-6-3"], missing=["TIP-3-b"]),
    ),
    (
        # "est indifférent".
        "consent_indifferent_fr",
        "fr",
        _OFFENCE_FR + """
        III. - Le consentement de la victime à l'exploitation envisagée est indifférent dès lors que l'un des \
            moyens mentionnés au I a été employé.
        """,
        exp(found=["TIP-3-b"]),
    ),
    (
        # "n'exclut pas".
        "consent_n_exclut_pas_fr",
        "fr",
        _OFFENCE_FR + """
        III. - Le consentement de la victime n'exclut pas la responsabilité pénale de l'auteur.
        """,
        exp(found=["TIP-3-b"]),
    ),
    (
        # "avec le consentement de" the legal representatives, medical consent: no consent rule.
        "consent_unrelated_fr",
        "fr",
        _OFFENCE_FR + """
        Article 14
        La victime bénéficie d'un hébergement, d'une assistance médicale et d'un soutien psychologique. L'examen \
            médical ne peut être pratiqué qu'avec son consentement éclairé.
        Article 15
        La victime mineure ne peut être placée dans une famille d'accueil qu'avec le consentement de ses \
            représentants légaux.
        """,
        exp(found=["TIP-6-3"], missing=["TIP-3-b"]),
    ),
    (
        # "no excluirá".
        "consent_no_excluira_es",
        "es",
        _OFFENCE_ES + """
        2. El consentimiento de la víctima no excluirá la responsabilidad penal del autor.
        """,
        exp(found=["TIP-3-b"]),
    ),
    (
        # "será irrelevante".
        "consent_irrelevante_es",
        "es",
        _OFFENCE_ES + """
        2. El consentimiento dado por la víctima a la explotación será irrelevante si se empleó cualquiera de \
            los medios previstos en el apartado anterior.
        """,
        exp(found=["TIP-3-b"]),
    ),
    (
        # "no constituirá causa de exención".
        "consent_causa_de_exencion_es",
        "es",
        _OFFENCE_ES + """
        2. El consentimiento de la víctima no constituirá causa de exención de la responsabilidad penal.
        """,
        exp(found=["TIP-3-b"]),
    ),
    (
        # "con el consentimiento de" and medical consent: no consent rule.
        "consent_unrelated_es",
        "es",
        _OFFENCE_ES + """
        Artículo 14. Asistencia.
        1. La víctima tendrá derecho a alojamiento, asistencia médica y asistencia psicológica.
        2. Los exámenes médicos sólo podrán realizarse con el consentimiento informado de la víctima.
        Artículo 15. Acogimiento.
        La víctima menor de edad podrá ser acogida por una familia con el consentimiento de sus representantes \
            legales.
        """,
        exp(found=["TIP-6-3"], missing=["TIP-3-b"]),
    ),
]


# ---------------------------------------------------------------------------------------------
# Children: TIP-3-c (no means for children), TIP-3-d (18), RF.child_means_required.
# ---------------------------------------------------------------------------------------------

CHILD_CASES = [
    (
        # An express child no-means rule with "child" defined as under eighteen.
        "child_no_means_rule_18_en",
        "en",
        """
        Section 2 Interpretation
        For this Act, "child" means any person under the age of eighteen years.
        Section 3 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by force, fraud or deception for the \
            purpose of exploitation commits an offence and is liable to imprisonment for ten years.
        (2) The recruitment, transportation or harbouring of a child for the purpose of exploitation is an offence \
            under subsection (1) even if none of the means set out in that subsection has been used.
        """,
        exp(found=["TIP-3-c", "TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # The offence needs no means for anyone: TIP-3-c functional; no child provision, so no age.
        "child_offence_without_means_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who recruits, transports or harbours another person for the purpose of exploitation commits an \
            offence and is liable to imprisonment for twelve years.
        """,
        exp(found=["TIP-3-c"], missing=["TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # Means required for every victim; a child victim only raises the penalty.
        "child_higher_penalty_only_en",
        "en",
        """
        Section 2 Interpretation
        In this Act, "child" means a person below the age of eighteen years.
        Section 3 Trafficking in persons
        (1) A person who recruits or transports another person by force or deception for the purpose of \
            exploitation commits an offence and is liable to imprisonment for ten years.
        (2) Where the victim of an offence under subsection (1) is a child, the offender is liable to imprisonment \
            for twenty years.
        """,
        exp(found=["TIP-3-d"], missing=["TIP-3-c"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # "minor" in the no-means rule with no age: TIP-3-d functional.
        "child_minor_without_age_en",
        "en",
        """
        Section 3 Trafficking in persons
        (1) A person who recruits or transports another person by threat, force or fraud for the purpose of \
            exploitation commits an offence and is liable to imprisonment for ten years.
        (2) Where the victim is a minor, the offence is committed even if none of the means set out in subsection \
            (1) has been used.
        """,
        exp(found=["TIP-3-c", "TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # "child" is a person under sixteen and only raises the penalty: no 18, no no-means rule, flag raised.
        "child_under_sixteen_en",
        "en",
        """
        Section 2 Interpretation
        In this Chapter, "child" means a person under the age of sixteen years.
        Section 3 Trafficking in persons
        (1) Whoever recruits or transports a person by force or deception for the purpose of exploitation shall be \
            punished with imprisonment for a term of three to ten years.
        (2) If the offence is committed against a child, the punishment is imprisonment for five to fifteen years.
        """,
        exp(missing=["TIP-3-c", "TIP-3-d"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # Means required and no child provision at all.
        "child_no_child_provision_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who recruits, transports or receives another person by the use of force or by deception for the \
            purpose of exploitation commits an offence and is liable to imprisonment for ten years.
        """,
        exp(missing=["TIP-3-c", "TIP-3-d"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # Express no-means rule for persons under eighteen.
        "child_no_means_rule_18_fr",
        "fr",
        """
        Article 3
        I. - La traite des personnes est le fait de recruter ou de transporter une personne par la force, la \
            menace ou la tromperie, à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.
        II. - La traite des personnes à l'égard d'une personne âgée de moins de dix-huit ans est constituée même \
            si aucun des moyens mentionnés au I n'a été employé.
        """,
        exp(found=["TIP-3-c", "TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # No means for anyone; no child provision.
        "child_offence_without_means_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter, de transporter ou d'héberger une personne à des fins \
            d'exploitation. Elle est punie de dix ans d'emprisonnement.
        """,
        exp(found=["TIP-3-c"], missing=["TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # Means required; a victim under eighteen only raises the penalty.
        "child_higher_penalty_only_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou de transporter une personne par la force ou la \
            tromperie à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.
        Article 4
        La peine est portée à quinze ans de réclusion criminelle lorsque la victime est âgée de moins de dix-huit \
            ans.
        """,
        exp(found=["TIP-3-d"], missing=["TIP-3-c"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # "mineur" with no age: TIP-3-d functional.
        "child_mineur_without_age_fr",
        "fr",
        """
        Article 3
        I. - La traite des personnes est le fait de recruter ou d'héberger une personne par la contrainte ou la \
            fraude à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.
        II. - La traite à l'égard d'un mineur est constituée même en l'absence de l'un des moyens prévus au I.
        """,
        exp(found=["TIP-3-c", "TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # "moins de seize ans" only raises the penalty.
        "child_under_sixteen_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou de transporter une personne par la force ou la \
            tromperie à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.
        Article 4
        La peine est portée à quinze ans lorsque la victime est un enfant âgé de moins de seize ans.
        """,
        exp(missing=["TIP-3-c", "TIP-3-d"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # Means required; no child provision.
        "child_no_child_provision_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou d'accueillir une personne par la violence ou la \
            tromperie à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.
        """,
        exp(missing=["TIP-3-c", "TIP-3-d"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # Express no-means rule for persons under eighteen.
        "child_no_means_rule_18_es",
        "es",
        """
        Artículo 3. Trata de personas.
        1. Será castigado con prisión de cinco a diez años el que, mediante violencia, amenaza o engaño, captare o \
            transportare a una persona con fines de explotación.
        2. Aun cuando no se recurra a ninguno de los medios del apartado anterior, se considerará trata de \
            personas la captación o el transporte de una persona menor de dieciocho años con fines de explotación.
        """,
        exp(found=["TIP-3-c", "TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # No means for anyone; no child provision.
        "child_offence_without_means_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que captare, transportare o acogiere a una persona con \
            fines de explotación.
        """,
        exp(found=["TIP-3-c"], missing=["TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # Means required; a victim under eighteen only raises the penalty.
        "child_higher_penalty_only_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia o engaño, captare o \
            transportare a una persona con fines de explotación.
        Artículo 4. Agravantes.
        La pena será de diez a quince años de prisión cuando la víctima fuere menor de dieciocho años.
        """,
        exp(found=["TIP-3-d"], missing=["TIP-3-c"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # "menor de edad" with no age: TIP-3-d functional.
        "child_menor_de_edad_without_age_es",
        "es",
        """
        Artículo 3. Trata de personas.
        1. Será castigado con prisión de cinco a diez años el que, mediante violencia o engaño, captare o acogiere \
            a una persona con fines de explotación.
        2. Cuando la víctima fuere menor de edad, el delito se configurará aunque no se haya empleado ninguno de \
            los medios del apartado 1.
        """,
        exp(found=["TIP-3-c", "TIP-3-d"], not_raised=[RF_CHILD_MEANS]),
    ),
    (
        # "menor de dieciséis años" only raises the penalty.
        "child_under_sixteen_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia o engaño, captare o \
            transportare a una persona con fines de explotación.
        Artículo 4. Agravantes.
        La pena será de diez a quince años de prisión cuando la víctima fuere menor de dieciséis años.
        """,
        exp(missing=["TIP-3-c", "TIP-3-d"], raised=[RF_CHILD_MEANS]),
    ),
    (
        # Means required; no child provision.
        "child_no_child_provision_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia o engaño, captare o recibiere a \
            una persona con fines de explotación.
        """,
        exp(missing=["TIP-3-c", "TIP-3-d"], raised=[RF_CHILD_MEANS]),
    ),
]


# ---------------------------------------------------------------------------------------------
# The offence and its extensions: TIP-5-1, TIP-5-2-a/b/c (convention 2).
# ---------------------------------------------------------------------------------------------

OFFENCE_CASES = [
    (
        # An offence with a penalty and express attempt, complicity and organising clauses.
        "offence_express_extensions_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who recruits, transports or harbours another person by force or deception for the purpose of \
            exploitation commits an offence and is liable to imprisonment for fifteen years.
        Section 4 Ancillary offences
        (1) A person who attempts to commit an offence under section 3 is liable to the same penalty.
        (2) A person who participates as an accomplice in an offence under section 3 is liable to the same penalty.
        (3) A person who organises or directs other persons to commit an offence under section 3 is liable to \
            imprisonment for twenty years.
        """,
        exp(found=["TIP-5-1", "TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c"]),
    ),
    (
        # "facilitates" in the offence reaches helpers and organisers; no attempt.
        "offence_facilitates_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who recruits, transports or harbours another person for the purpose of exploitation, or who \
            facilitates any of those acts, commits an offence and is liable to imprisonment for twelve years.
        """,
        exp(found=["TIP-5-1", "TIP-5-2-b", "TIP-5-2-c"], missing=["TIP-5-2-a"]),
    ),
    (
        # The aggravation presupposes an accomplice and an instigator.
        "offence_presupposed_roles_en",
        "en",
        """
        Section 3 Trafficking in persons
        (1) A person who recruits or harbours another person by deception for the purpose of exploitation commits \
            an offence and is liable to imprisonment for ten years.
        (2) The penalty is imprisonment for twenty years where the principal offender or an accomplice is a public \
            officer, and for the instigator of an offence under subsection (1).
        """,
        exp(found=["TIP-5-2-b", "TIP-5-2-c"], missing=["TIP-5-2-a"]),
    ),
    (
        # Attempt clause only; an organised-group aggravation does not give organising or complicity.
        "offence_attempt_and_group_aggravation_en",
        "en",
        """
        Section 3 Trafficking in persons
        (1) A person who recruits or transports another person by force for the purpose of exploitation commits \
            an offence and is liable to imprisonment for ten years.
        (2) The penalty is imprisonment for twenty years where the offence is committed by an organised criminal \
            group.
        Section 4 Attempt
        The attempt to commit an offence under section 3 is punishable.
        """,
        exp(
            found=["TIP-5-1", "TIP-5-2-a", "GP.aggravating_circumstances"],
            missing=["TIP-5-2-b", "TIP-5-2-c"],
            not_raised=[RF_ORGANISED],
        ),
    ),
    (
        # No offence: a victims' act that refers to trafficking but creates no offence or penalty.
        "offence_none_protection_act_en",
        "en",
        """
        Section 1 Short title
        This Act may be cited as the Victims of Trafficking (Support) Act.
        Section 2 Interpretation
        In this Act, "victim" means a person against whom an offence of trafficking in persons under the Penal \
            Code has been committed.
        Section 3 Support
        The Minister shall provide every victim with shelter and medical care.
        """,
        exp(found=["TIP-6-3"], missing=["TIP-5-1", "TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c", *acts()]),
    ),
    (
        # "La tentative ... est punie", "complice", "organise ou dirige".
        "offence_express_extensions_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou de transporter une personne par la force ou la \
            tromperie à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.
        Article 4
        La tentative du délit prévu à l'article 3 est punie des mêmes peines.
        Article 5
        Le complice de la traite des personnes est puni comme l'auteur. Quiconque organise ou dirige la commission \
            de l'infraction prévue à l'article 3 est puni de quinze ans de réclusion criminelle.
        """,
        exp(found=["TIP-5-1", "TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c"]),
    ),
    (
        # "aide directe ou indirecte" in the offence reaches helpers and organisers.
        "offence_aide_directe_ou_indirecte_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter, de transporter ou d'héberger une personne à des fins \
            d'exploitation, ou d'apporter une aide directe ou indirecte à l'une de ces opérations. Elle est punie \
            de dix ans d'emprisonnement.
        """,
        exp(found=["TIP-5-1", "TIP-5-2-b", "TIP-5-2-c"], missing=["TIP-5-2-a"]),
    ),
    (
        # The aggravation presupposes the "complice" and the "dirigeant".
        "offence_presupposed_roles_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou d'héberger une personne par tromperie à des fins \
            d'exploitation. Elle est punie de sept ans d'emprisonnement.
        Article 4
        La peine est portée à quinze ans lorsque l'auteur ou le complice est une personne dépositaire de \
            l'autorité publique, et à vingt ans à l'égard du dirigeant du réseau.
        """,
        exp(found=["TIP-5-2-b", "TIP-5-2-c"], missing=["TIP-5-2-a"]),
    ),
    (
        # Attempt only; "bande organisée" aggravation does not count for organising.
        "offence_attempt_and_group_aggravation_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou de transporter une personne par la force à des fins \
            d'exploitation. Elle est punie de dix ans d'emprisonnement.
        Article 4
        Elle est punie de vingt ans de réclusion criminelle lorsqu'elle est commise en bande organisée.
        Article 5
        La tentative des délits prévus à l'article 3 est punie des mêmes peines.
        """,
        exp(
            found=["TIP-5-1", "TIP-5-2-a", "GP.aggravating_circumstances"],
            missing=["TIP-5-2-b", "TIP-5-2-c"],
            not_raised=[RF_ORGANISED],
        ),
    ),
    (
        # No offence: victim support only.
        "offence_none_protection_act_fr",
        "fr",
        """
        Article 1er
        Au sens de la présente loi, est victime toute personne à l'égard de laquelle a été commise l'infraction de \
            traite des êtres humains prévue par le code pénal.
        Article 2
        L'État assure à toute victime un hébergement et une assistance médicale.
        """,
        exp(found=["TIP-6-3"], missing=["TIP-5-1", "TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c", *acts()]),
    ),
    (
        # "tentativa", "cómplices", "será sancionado como autor el que promueva, facilite o financie".
        "offence_express_extensions_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia o engaño, captare o \
            transportare a una persona con fines de explotación.
        Artículo 4. Tentativa y participación.
        1. La tentativa del delito del artículo 3 será castigada con la pena del delito consumado rebajada en un \
            tercio.
        2. Los cómplices serán castigados con la misma pena que el autor.
        3. Será sancionado como autor el que promueva, facilite o financie la comisión del delito.
        """,
        exp(found=["TIP-5-1", "TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c"]),
    ),
    (
        # "de cualquier forma participe" reaches helpers and organisers.
        "offence_cualquier_forma_participe_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que captare, transportare o acogiere a una persona con \
            fines de explotación, o de cualquier forma participe en dichas conductas.
        """,
        exp(found=["TIP-5-1", "TIP-5-2-b", "TIP-5-2-c"], missing=["TIP-5-2-a"]),
    ),
    (
        # "autor o partícipe" and "jefes, administradores o encargados" presuppose the roles.
        "offence_presupposed_roles_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante engaño, captare o acogiere a una persona \
            con fines de explotación.
        Artículo 4. Agravantes.
        1. La pena será de diez a quince años cuando el autor o partícipe fuere funcionario público.
        2. Se impondrá la pena superior en grado a los jefes, administradores o encargados de la organización.
        """,
        exp(found=["TIP-5-2-b", "TIP-5-2-c"], missing=["TIP-5-2-a"]),
    ),
    (
        # Attempt only; the organised-group aggravation does not count for organising.
        "offence_attempt_and_group_aggravation_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia, captare o transportare a una \
            persona con fines de explotación.
        Artículo 4. Agravantes.
        La pena será de diez a veinte años cuando el delito fuere cometido por un grupo delictivo organizado.
        Artículo 5. Tentativa.
        La tentativa del delito previsto en el artículo 3 será punible.
        """,
        exp(
            found=["TIP-5-1", "TIP-5-2-a", "GP.aggravating_circumstances"],
            missing=["TIP-5-2-b", "TIP-5-2-c"],
            not_raised=[RF_ORGANISED],
        ),
    ),
    (
        # No offence: victim support only.
        "offence_none_protection_act_es",
        "es",
        """
        Artículo 1. Definición.
        A los efectos de esta ley se entiende por víctima toda persona que haya sufrido el delito de trata de \
            personas previsto en el Código Penal.
        Artículo 2. Asistencia.
        El Estado brindará a las víctimas alojamiento y asistencia médica.
        """,
        exp(found=["TIP-6-3"], missing=["TIP-5-1", "TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c", *acts()]),
    ),
]


# ---------------------------------------------------------------------------------------------
# Smuggling of migrants: SOM-6-1-*, SOM-6-2-* (conventions 2 and 6), SOM-6-3-*, SOM-5, benefit
# (convention 5).
# ---------------------------------------------------------------------------------------------

SMUGGLING_CASES = [
    (
        # An entry that "est ou serait" unlawful reaches an attempted entry (convention 6).
        "smuggling_is_or_would_be_fr",
        "fr",
        """
        Article 151
        Quiconque organise l'entrée d'un étranger sur le territoire en sachant que cette entrée est ou serait \
            irrégulière est puni de dix ans d'emprisonnement.
        """,
        exp(found=["SOM-6-1-a", "SOM-6-2-a"]),
    ),
    (
        # The same in Spanish: an entry that "es o sería" unlawful.
        "smuggling_is_or_would_be_es",
        "es",
        """
        Artículo 151
        El que organizare el ingreso de un extranjero al país sabiendo que ese ingreso es o sería ilegal será \
            sancionado con prisión de dos a seis años.
        """,
        exp(found=["SOM-6-1-a", "SOM-6-2-a"]),
    ),
    (
        # Benefit as an element; "facilitates" reaches helpers and organisers; a completed entry only (no attempt);
        # no documents, no stay, no aggravation, no non-liability.
        "smuggling_benefit_element_en",
        "en",
        """
        Section 10 Smuggling of migrants
        A person who, in order to obtain, directly or indirectly, a financial or other material benefit, \
            facilitates the illegal entry into the Republic of a person who is not a national or a permanent \
            resident commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        """,
        exp(
            found=["SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-2-b", "SOM-6-2-c"],
            missing=["SOM-6-2-a", "SOM-6-1-b-i", "SOM-6-1-b-ii", "SOM-6-1-c", "SOM-6-3-a", "SOM-6-3-b", "SOM-5"],
        ),
    ),
    (
        # No benefit element; "without any financial benefit" in a humanitarian exemption does not count;
        # "is or would be unlawful" reaches attempts; "arranges" reaches organisers.
        "smuggling_humanitarian_exemption_en",
        "en",
        """
        Section 20 Assisting unlawful entry
        (1) A person who brings, conveys or arranges for the entry of a foreigner into the Republic, knowing that \
            the entry is or would be unlawful, commits an offence and is liable to imprisonment for eight years.
        (2) Subsection (1) does not apply to a person who, without any financial or other material benefit, \
            provides humanitarian assistance to a foreigner in distress.
        """,
        exp(found=["SOM-6-1-a", "SOM-6-2-a", "SOM-6-2-c"], missing=["SOM-6-1-a.benefit"]),
    ),
    (
        # Benefit only as an aggravation; endangering and inhuman treatment as aggravations.
        "smuggling_aggravations_en",
        "en",
        """
        Section 10 Smuggling of migrants
        (1) A person who procures the illegal entry into the Republic of a person who is not a national commits an \
            offence and is liable to imprisonment for five years.
        (2) The penalty is imprisonment for fifteen years where the offence—
        (a) is committed for profit;
        (b) endangers the life or safety of the migrants; or
        (c) involves inhuman or degrading treatment of the migrants, including for exploitation.
        """,
        exp(found=["SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-3-a", "SOM-6-3-b"]),
    ),
    (
        # Benefit only in a forfeiture rule (a side provision): missing, but confiscation is found; the only
        # aggravation is an organised group (not an element): no SOM-6-3-*.
        "smuggling_benefit_side_provision_en",
        "en",
        """
        Section 10 Smuggling of migrants
        (1) A person who brings a foreigner into the Republic in breach of the Immigration Act commits an offence \
            and is liable to imprisonment for five years.
        (2) The penalty is doubled where the offence is committed by an organised criminal group.
        Section 11 Forfeiture
        Any financial benefit derived from an offence under section 10 shall be forfeited to the State.
        """,
        exp(
            found=["SOM-6-1-a", "UNTOC-12"],
            missing=["SOM-6-1-a.benefit", "SOM-6-3-a", "SOM-6-3-b"],
            not_raised=[RF_ORGANISED],
        ),
    ),
    (
        # Producing, and procuring/providing/possessing, fraudulent documents; enabling to remain; "attempted
        # breach" of the entry rules.
        "smuggling_documents_and_stay_en",
        "en",
        """
        Section 12 Document offences
        A person who, for the purpose of enabling the smuggling of migrants—
        (a) produces a fraudulent travel or identity document; or
        (b) procures, provides or possesses such a document,
        commits an offence and is liable to imprisonment for seven years.
        Section 13 Enabling unlawful stay
        A person who enables a foreigner to remain in the Republic without complying with the requirements for \
            legally remaining commits an offence.
        Section 14 Facilitating unlawful entry
        A person who facilitates the breach or attempted breach of the laws on entry into the Republic by a \
            non-national commits an offence and is liable to imprisonment for five years.
        """,
        exp(found=["SOM-6-1-b-i", "SOM-6-1-b-ii", "SOM-6-1-c", "SOM-6-2-a", "SOM-6-1-a"]),
    ),
    (
        # Possession only: SOM-6-1-b-ii without b-i. The migrant is not liable "for having been the object" of
        # smuggling.
        "smuggling_possession_only_and_som5_en",
        "en",
        """
        Section 10 Smuggling of migrants
        (1) A person who, for profit, facilitates the illegal entry of a non-national into the Republic commits an \
            offence.
        (2) A person who possesses a fraudulent travel document for the purpose of enabling an offence under \
            subsection (1) commits an offence.
        (3) A migrant shall not become liable to criminal prosecution for the fact of having been the object of \
            conduct set forth in this section.
        """,
        exp(found=["SOM-6-1-b-ii", "SOM-5"], missing=["SOM-6-1-b-i"], not_raised=[RF_MIGRANT]),
    ),
    (
        # Non-punishment of trafficking victims is not SOM-5.
        "smuggling_som5_vs_non_punishment_en",
        "en",
        """
        Section 10 Smuggling of migrants
        A person who, for profit, facilitates the illegal entry of a non-national into the Republic commits an \
            offence and is liable to imprisonment for eight years.
        Section 15 Non-punishment of victims of trafficking
        A victim of trafficking shall not be prosecuted or punished for an offence committed as a direct \
            consequence of having been trafficked.
        """,
        exp(found=["GP.non_punishment"], missing=["SOM-5"]),
    ),
    (
        # Benefit element; "aide directe ou indirecte" reaches helpers and organisers; completed entry only.
        "smuggling_benefit_element_fr",
        "fr",
        """
        Article L. 622-1
        Toute personne qui, afin d'en tirer, directement ou indirectement, un avantage financier ou un autre \
            avantage matériel, aura, par aide directe ou indirecte, facilité l'entrée irrégulière sur le territoire \
            national d'un étranger sera punie de cinq ans d'emprisonnement.
        """,
        exp(
            found=["SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-2-b", "SOM-6-2-c"],
            missing=["SOM-6-2-a", "SOM-6-1-b-i", "SOM-6-1-b-ii", "SOM-6-1-c", "SOM-6-3-a", "SOM-6-3-b", "SOM-5"],
        ),
    ),
    (
        # "contrepartie" in a humanitarian exemption does not count; "tente de" is an express attempt.
        "smuggling_humanitarian_exemption_fr",
        "fr",
        """
        Article L. 731-1
        I. - Est puni de cinq ans d'emprisonnement le fait de faciliter ou de tenter de faciliter l'entrée \
            irrégulière d'un étranger sur le territoire national.
        II. - Ne peut donner lieu à des poursuites l'aide apportée sans aucune contrepartie directe ou indirecte \
            lorsqu'elle consiste à fournir des soins ou un hébergement d'urgence.
        """,
        exp(found=["SOM-6-1-a", "SOM-6-2-a"], missing=["SOM-6-1-a.benefit"]),
    ),
    (
        # "but lucratif" as an aggravation; danger to life, inhuman treatment.
        "smuggling_aggravations_fr",
        "fr",
        """
        Article L. 731-1
        Est puni de cinq ans d'emprisonnement le fait de faciliter l'entrée irrégulière d'un étranger sur le \
            territoire national.
        Article L. 731-2
        Les peines sont portées à dix ans d'emprisonnement lorsque l'aide à l'entrée irrégulière d'un étranger :
        1° A été commise dans un but lucratif ;
        2° A exposé les étrangers à un risque immédiat de mort ou de blessures, mettant en danger leur vie ou leur \
            sécurité ;
        3° A soumis les étrangers à des traitements inhumains ou dégradants, notamment en vue de leur exploitation.
        """,
        exp(found=["SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-3-a", "SOM-6-3-b"]),
    ),
    (
        # Documents, stay, and the migrant's non-liability.
        "smuggling_documents_stay_som5_fr",
        "fr",
        """
        Article L. 731-3
        Est puni de cinq ans d'emprisonnement le fait, en vue de permettre le trafic illicite de migrants :
        1° De fabriquer un document de voyage ou d'identité frauduleux ;
        2° De procurer, de fournir ou de détenir un tel document.
        Article L. 731-4
        Est puni des mêmes peines le fait de permettre à un étranger de se maintenir irrégulièrement sur le \
            territoire national.
        Article L. 731-5
        L'étranger ne peut être poursuivi pénalement du seul fait qu'il a été l'objet des faits prévus au présent \
            chapitre.
        """,
        exp(found=["SOM-6-1-b-i", "SOM-6-1-b-ii", "SOM-6-1-c", "SOM-5"], not_raised=[RF_MIGRANT]),
    ),
    (
        # Non-punishment of trafficking victims is not SOM-5; possession only is b-ii without b-i.
        "smuggling_possession_only_fr",
        "fr",
        """
        Article 10
        Est puni de cinq ans d'emprisonnement le fait de faciliter, dans un but lucratif, l'entrée irrégulière d'un \
            étranger sur le territoire national.
        Article 11
        Est puni de trois ans d'emprisonnement le fait de détenir un document de voyage frauduleux en vue de \
            permettre l'infraction prévue à l'article 10.
        Article 15
        La victime de la traite des êtres humains n'est pas pénalement responsable des infractions qu'elle a été \
            contrainte de commettre du fait de la traite.
        """,
        exp(found=["SOM-6-1-b-ii", "GP.non_punishment"], missing=["SOM-6-1-b-i", "SOM-5"]),
    ),
    (
        # Benefit element; "promoviere o facilitare" reaches helpers and organisers; completed entry only.
        "smuggling_benefit_element_es",
        "es",
        """
        Artículo 20. Tráfico ilícito de migrantes.
        Será reprimido con prisión de tres a ocho años el que, para obtener, de forma directa o indirecta, un \
            beneficio económico o de otro orden material, promoviere o facilitare la entrada ilegal en el país de \
            una persona que no sea nacional ni residente permanente.
        """,
        exp(
            found=["SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-2-b", "SOM-6-2-c"],
            missing=["SOM-6-2-a", "SOM-6-1-b-i", "SOM-6-1-b-ii", "SOM-6-1-c", "SOM-6-3-a", "SOM-6-3-b", "SOM-5"],
        ),
    ),
    (
        # "sin ánimo de lucro" in a humanitarian exemption does not count; express attempt.
        "smuggling_humanitarian_exemption_es",
        "es",
        """
        Artículo 318 bis.
        1. Quien, a sabiendas, ayude a una persona extranjera a entrar en el territorio nacional sin respetar \
            la legislación sobre entrada de extranjeros será castigado con prisión de uno a tres años.
        2. No se castigarán estos hechos si el autor, sin ánimo de lucro, solo buscaba dar auxilio humanitario \
            a la persona auxiliada.
        3. La tentativa de los delitos previstos en este artículo será castigada.
        """,
        exp(found=["SOM-6-1-a", "SOM-6-2-a"], missing=["SOM-6-1-a.benefit"]),
    ),
    (
        # "ánimo de lucro" as an aggravation; danger to life, inhuman treatment.
        "smuggling_aggravations_es",
        "es",
        """
        Artículo 20. Tráfico ilícito de migrantes.
        1. El que facilitare la entrada ilegal en el país de una persona que no sea nacional será sancionado con \
            prisión de dos a cinco años.
        2. La pena será de cinco a diez años cuando:
        a) el hecho se cometiere con ánimo de lucro;
        b) se pusiere en peligro la vida o la seguridad de los migrantes;
        c) se sometiere a los migrantes a trato inhumano o degradante.
        """,
        exp(found=["SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-3-a", "SOM-6-3-b"]),
    ),
    (
        # Documents, stay, and the migrant's non-liability.
        "smuggling_documents_stay_som5_es",
        "es",
        """
        Artículo 21. Documentos falsos.
        Será sancionado con prisión de dos a seis años el que, con el objeto de posibilitar el tráfico ilícito de \
            migrantes:
        a) elaborare un documento de viaje o de identidad falso;
        b) facilitare, suministrare o poseyere tal documento.
        Artículo 22. Permanencia ilegal.
        Será sancionado con la misma pena el que hiciere posible que una persona que no sea nacional permanezca en \
            el país sin cumplir los requisitos para permanecer legalmente.
        Artículo 23. Migrantes.
        El migrante no será penalmente responsable por el hecho de haber sido objeto de las conductas descritas en \
            los artículos 20 a 22.
        """,
        exp(found=["SOM-6-1-b-i", "SOM-6-1-b-ii", "SOM-6-1-c", "SOM-5"], not_raised=[RF_MIGRANT]),
    ),
    (
        # Non-punishment of trafficking victims is not SOM-5; possession only is b-ii without b-i.
        "smuggling_possession_only_es",
        "es",
        """
        Artículo 20. Tráfico ilícito de migrantes.
        El que con ánimo de lucro facilitare la entrada ilegal en el país de un extranjero será sancionado con \
            prisión de tres a ocho años.
        Artículo 21. Tenencia de documentos falsos.
        El que poseyere un documento de viaje falso con el objeto de posibilitar el delito del artículo 20 será \
            sancionado con prisión de uno a tres años.
        Artículo 25. No punibilidad.
        Las víctimas de trata de personas no serán punibles por los delitos que hubieren cometido como resultado \
            directo de haber sido objeto de trata.
        """,
        exp(found=["SOM-6-1-b-ii", "GP.non_punishment"], missing=["SOM-6-1-b-i", "SOM-5"]),
    ),
]


# ---------------------------------------------------------------------------------------------
# Protection and other measures: TIP-6-*, TIP-7-1, TIP-8, good practice and UNTOC-10/12/15-2.
# ---------------------------------------------------------------------------------------------

PROTECTION_CASES = [
    (
        # Information and residence in French drafted with the auxiliary "est" and a verb of staying: "est
        # informée", "tenue informée", "ses avis"; "autorisée à séjourner sur le territoire".
        "protection_information_residence_verbs_fr",
        "fr",
        """
        Article 1
        Quiconque recrute ou héberge une personne par la tromperie aux fins de son exploitation est puni de dix \
            ans de réclusion.
        Article 7
        La victime de la traite est informée des procédures applicables et tenue informée de leur déroulement ; \
            ses avis sont recueillis. Son représentant est informé des décisions.
        Article 8
        La victime étrangère peut être autorisée à séjourner sur le territoire pendant la procédure ; son enfant \
            mineur est autorisé à séjourner avec elle.
        """,
        exp(found=["TIP-6-2", "TIP-7-1"]),
    ),
    (
        # Privacy, information and participation, assistance, compensation, residence, return.
        "protection_victims_positive_en",
        "en",
        """
        Section 11 Protection of victims
        (1) The identity of a victim of trafficking shall not be disclosed and the court may hold the proceedings \
            in camera.
        (2) A victim shall be informed of the progress of the proceedings and may present his or her views and \
            concerns at appropriate stages.
        (3) The State shall provide victims with housing, counselling, medical and psychological assistance.
        (4) The court shall order the convicted person to pay compensation to the victim for the damage suffered.
        Section 12 Residence and return
        (1) A victim who is a foreign national shall be granted a reflection period of sixty days and may be \
            issued a temporary residence permit.
        (2) The return of a victim to his or her country of origin shall preferably be voluntary and with due \
            regard for his or her safety.
        """,
        exp(found=["TIP-6-1", "TIP-6-2", "TIP-6-3", "TIP-6-6", "TIP-7-1", "TIP-8"]),
    ),
    (
        # Non-punishment, use of services, aggravation, coordination body, legal persons, confiscation of
        # proceeds, jurisdiction over nationals abroad.
        "protection_measures_positive_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who recruits or transports another person by force for the purpose of exploitation commits an \
            offence and is liable to imprisonment for ten years; the penalty is doubled where the offender is a \
            public officer or the victim dies.
        Section 5 Using the services of a victim
        A person who knowingly uses the services or labour of a victim of trafficking commits an offence.
        Section 6 Non-punishment
        A victim shall not be prosecuted or punished for an offence committed as a direct consequence of having \
            been trafficked.
        Section 7 Legal persons
        A body corporate on whose behalf an offence under this Act is committed is liable to a fine.
        Section 8 Confiscation
        The court shall order the confiscation of the proceeds of an offence under section 3.
        Section 9 Jurisdiction
        The courts have jurisdiction over an offence under section 3 committed outside the Republic by a citizen.
        Section 10 National Committee
        A National Anti-Trafficking Committee is established to coordinate the action of the State.
        """,
        exp(
            found=["GP.non_punishment", "GP.use_of_services", "GP.aggravating_circumstances", "UNTOC-10",
                   "UNTOC-12", "UNTOC-15-2", "GP.coordination_body"],
        ),
    ),
    (
        # Look-alikes that are not the measures: witness travel "compensation", public hearings, mutual legal
        # "assistance", information to the public, removal of unlawful foreigners, residence of the accused,
        # exemption for a repentant offender, procuring, confiscation of travel documents as an aggravation,
        # territorial jurisdiction, a Minister's regulations.
        "protection_look_alikes_en",
        "en",
        """
        Section 3 Trafficking in persons
        (1) A person who recruits or harbours another person by deception for the purpose of exploitation commits \
            an offence and is liable to imprisonment for ten years.
        (2) The penalty is imprisonment for fifteen years where the offender confiscates the victim's travel \
            documents.
        (3) A person who reports an offence under this section to the police before it is discovered is exempt \
            from penalty.
        Section 4 Living on the earnings of prostitution
        A person who knowingly lives on the earnings of the prostitution of another commits an offence.
        Section 6 Proceedings
        (1) Hearings under this Act shall be held in public.
        (2) A witness shall receive compensation for travel costs incurred in attending court.
        (3) The court may order an accused to remain at his or her place of residence pending trial.
        Section 7 Cooperation
        The Attorney General may request mutual legal assistance from a foreign State.
        Section 8 Removal
        A foreigner who is unlawfully in the Republic shall be removed to his or her country of nationality.
        Section 9 Jurisdiction and regulations
        (1) This Act applies to offences committed in the territory of the Republic or on board a ship flying its \
            flag.
        (2) The Minister may make regulations and shall publish information on trafficking trends each year.
        """,
        exp(
            found=["GP.aggravating_circumstances"],
            missing=["TIP-6-1", "TIP-6-2", "TIP-6-3", "TIP-6-6", "TIP-7-1", "TIP-8", "GP.non_punishment",
                     "GP.use_of_services", "GP.coordination_body", "UNTOC-10", "UNTOC-12", "UNTOC-15-2"],
        ),
    ),
    (
        # Measures presupposed by a provision count (convention 7); an aggravation of smuggling only is not an
        # aggravation of trafficking.
        "protection_presupposed_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who recruits another person by force for the purpose of exploitation commits an offence and is \
            liable to imprisonment for ten years.
        Section 10 Smuggling of migrants
        A person who facilitates the illegal entry of a foreigner commits an offence; the penalty is doubled where \
            the life of the migrant is endangered.
        Section 15 Victims Fund
        (1) Property confiscated under the Penal Code in connection with trafficking in persons shall be paid into \
            the Victims Fund.
        (2) The Fund is administered by the National Coordination Committee on Trafficking in Persons established \
            under the Anti-Trafficking Act.
        """,
        exp(found=["UNTOC-12", "GP.coordination_body", "SOM-6-3-a"], missing=["GP.aggravating_circumstances"]),
    ),
    (
        # The victims' measures in French.
        "protection_victims_positive_fr",
        "fr",
        """
        Article 20
        I. - Le huis clos est de droit si la victime le demande. La diffusion de l'identité de la victime est \
            interdite.
        II. - La victime est informée du déroulement de la procédure et peut faire valoir son point de vue.
        III. - L'État assure à la victime un hébergement, une assistance médicale et un soutien psychologique.
        IV. - La victime peut obtenir réparation intégrale de son préjudice.
        Article 21
        I. - L'étranger victime de la traite bénéficie d'un délai de réflexion de trente jours et peut obtenir une \
            carte de séjour temporaire.
        II. - Son retour volontaire dans son pays d'origine est organisé dans des conditions garantissant sa \
            sécurité.
        """,
        exp(found=["TIP-6-1", "TIP-6-2", "TIP-6-3", "TIP-6-6", "TIP-7-1", "TIP-8"]),
    ),
    (
        # The other measures in French.
        "protection_measures_positive_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter une personne par la force à des fins d'exploitation. Elle \
            est punie de dix ans d'emprisonnement, portés à quinze ans lorsqu'elle est commise par un agent public.
        Article 5
        Le fait d'utiliser, en connaissance de cause, les services ou le travail d'une victime de la traite est \
            puni de cinq ans d'emprisonnement.
        Article 6
        La victime de la traite n'est pas pénalement responsable des infractions qu'elle a été contrainte de \
            commettre en conséquence directe de la traite.
        Article 7
        Les personnes morales peuvent être déclarées responsables pénalement des infractions prévues à l'article 3.
        Article 8
        La confiscation des instruments et des produits de l'infraction est obligatoire.
        Article 9
        La loi pénale est applicable aux infractions prévues à l'article 3 commises hors du territoire national par \
            un ressortissant.
        Article 10
        Il est créé une Commission nationale de coordination de la lutte contre la traite des personnes.
        """,
        exp(
            found=["GP.non_punishment", "GP.use_of_services", "GP.aggravating_circumstances", "UNTOC-10",
                   "UNTOC-12", "UNTOC-15-2", "GP.coordination_body"],
        ),
    ),
    (
        # Look-alikes in French.
        "protection_look_alikes_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter une personne par tromperie à des fins d'exploitation. Elle \
            est punie de dix ans d'emprisonnement, portés à quinze ans lorsque l'auteur confisque les documents de \
            voyage de la victime.
        Article 4
        Toute personne qui a tenté de commettre l'infraction prévue à l'article 3 est exemptée de peine si, ayant \
            averti l'autorité, elle a permis d'éviter sa réalisation.
        Article 5
        Le fait de vivre avec une personne se livrant à la prostitution sans justifier de ressources est puni.
        Article 6
        Les audiences sont publiques. Le témoin a droit à une indemnisation de ses frais de déplacement.
        Article 7
        L'étranger en situation irrégulière fait l'objet d'une mesure d'éloignement vers son pays.
        Article 8
        La présente loi s'applique aux infractions commises sur le territoire de la République.
        """,
        exp(
            found=["GP.aggravating_circumstances"],
            missing=["TIP-6-1", "TIP-6-6", "TIP-8", "GP.non_punishment", "GP.use_of_services", "UNTOC-12",
                     "UNTOC-15-2", "UNTOC-10", "GP.coordination_body"],
        ),
    ),
    (
        # The victims' measures in Spanish.
        "protection_victims_positive_es",
        "es",
        """
        Artículo 13. Derechos de las víctimas.
        Las víctimas de trata de personas tienen derecho a:
        a) la protección de su identidad e intimidad, y a que las audiencias se celebren a puertas cerradas;
        b) recibir información sobre el estado de las actuaciones y ser oídas en todas las etapas del proceso;
        c) recibir alojamiento, asistencia médica y psicológica;
        d) obtener la reparación integral de los daños sufridos;
        e) permanecer en el país y obtener una residencia temporal;
        f) el retorno voluntario y seguro a su lugar de origen.
        """,
        exp(found=["TIP-6-1", "TIP-6-2", "TIP-6-3", "TIP-6-6", "TIP-7-1", "TIP-8"]),
    ),
    (
        # The other measures in Spanish.
        "protection_measures_positive_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que mediante violencia captare a una persona con fines \
            de explotación. La pena será de diez a quince años si el autor fuere funcionario público.
        Artículo 5. Uso de servicios.
        El que, a sabiendas, se valiere de los servicios o del trabajo de una víctima de trata será sancionado con \
            prisión de dos a seis años.
        Artículo 6. No punibilidad.
        Las víctimas de trata no serán punibles por los delitos cometidos como resultado directo de haber sido \
            objeto de trata.
        Artículo 7. Personas jurídicas.
        Cuando el delito fuere cometido en beneficio de una persona jurídica, se le impondrá una multa.
        Artículo 8. Decomiso.
        Se ordenará el decomiso de los instrumentos y ganancias provenientes del delito.
        Artículo 9. Jurisdicción.
        Los tribunales serán competentes aun cuando el delito se hubiere cometido en el extranjero por un nacional.
        Artículo 10. Consejo Nacional.
        Créase el Consejo Nacional contra la Trata de Personas, encargado de coordinar el Plan Nacional de Acción.
        """,
        exp(
            found=["GP.non_punishment", "GP.use_of_services", "GP.aggravating_circumstances", "UNTOC-10",
                   "UNTOC-12", "UNTOC-15-2", "GP.coordination_body"],
        ),
    ),
    (
        # Look-alikes in Spanish.
        "protection_look_alikes_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que mediante engaño captare a una persona con fines de \
            explotación. La pena será de diez a quince años cuando el autor retuviere los documentos de viaje de la \
            víctima.
        Artículo 4. Arrepentimiento.
        Quedará exento de pena el partícipe que revelare a la autoridad la identidad de los demás autores.
        Artículo 5. Proxenetismo.
        El que se lucrare con la prostitución ajena será sancionado con prisión de dos a cinco años.
        Artículo 6. Audiencias.
        Las audiencias serán públicas. Los testigos tendrán derecho a una compensación por los gastos de viaje.
        Artículo 7. Expulsión.
        El extranjero en situación irregular será expulsado a su país de origen.
        Artículo 8. Ámbito.
        Esta ley se aplica a los delitos cometidos en el territorio nacional.
        """,
        exp(
            found=["GP.aggravating_circumstances"],
            missing=["TIP-6-1", "TIP-6-6", "TIP-8", "GP.non_punishment", "GP.use_of_services", "UNTOC-12",
                     "UNTOC-15-2", "UNTOC-10", "GP.coordination_body"],
        ),
    ),
]


# ---------------------------------------------------------------------------------------------
# Red flags (convention 8): raised only when the offence requires the feature.
# ---------------------------------------------------------------------------------------------

RED_FLAG_CASES = [
    (
        # The offence requires taking the victim across the border of the State.
        "rf_transnational_required_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who recruits or transports another person by force for the purpose of exploitation and of taking \
            that person across the border of the State commits an offence and is liable to imprisonment for ten \
            years.
        """,
        exp(raised=[RF_TRANSNATIONAL], not_raised=[RF_ORGANISED]),
    ),
    (
        # Border crossing and an organised group only as aggravations, abroad only as a jurisdiction hook.
        "rf_transnational_and_group_aggravations_en",
        "en",
        """
        Section 3 Trafficking in persons
        (1) A person who recruits or transports another person by force for the purpose of exploitation commits \
            an offence and is liable to imprisonment for ten years.
        (2) The penalty is doubled where the victim is taken out of the Republic or the offence is committed by an \
            organised criminal group.
        Section 9 Jurisdiction
        The courts have jurisdiction where an offence under section 3 is committed partly outside the Republic.
        """,
        exp(not_raised=[RF_TRANSNATIONAL, RF_ORGANISED]),
    ),
    (
        # "whether or not across national borders"; the offence requires an organised criminal group.
        "rf_group_required_en",
        "en",
        """
        Section 3 Trafficking in persons
        A person who, acting as a member of an organised criminal group, recruits or transports another person by \
            deception for the purpose of exploitation, whether or not across national borders, commits an offence \
            and is liable to imprisonment for twelve years.
        """,
        exp(raised=[RF_ORGANISED], not_raised=[RF_TRANSNATIONAL]),
    ),
    (
        # Women and children only.
        "rf_victim_scope_women_children_en",
        "en",
        """
        Section 3 Trafficking in women and children
        A person who recruits, transports or harbours a woman or child by force or fraud for the purpose of \
            exploitation commits an offence and is liable to imprisonment for ten years.
        """,
        exp(raised=[RF_SCOPE]),
    ),
    (
        # Any person, two purposes: no victim-scope flag; "women and children" only in a repealed act's title.
        "rf_victim_scope_any_person_en",
        "en",
        """
        Section 3 Trafficking in persons
        Any person who recruits or transports any other person by force, with a view to sexual exploitation or \
            forced labour, commits an offence and is liable to imprisonment for ten years.
        Section 30 Repeal
        The Suppression of Traffic in Women and Children Act 1961 is repealed.
        """,
        exp(not_raised=[RF_SCOPE]),
    ),
    (
        # The smuggled person is punished as such.
        "rf_migrant_criminalized_en",
        "en",
        """
        Section 20 Smuggling
        (1) A person who facilitates the illegal entry of a foreigner into the Republic commits an offence.
        (2) A person who has been smuggled into the Republic commits an offence and is liable to imprisonment for \
            one year.
        """,
        exp(found=["SOM-6-1-a"], missing=["SOM-5"], raised=[RF_MIGRANT]),
    ),
    (
        # A general irregular-entry offence for anyone is not the flag.
        "rf_general_entry_offence_en",
        "en",
        """
        Section 4 Entry without a passport
        Any person who enters the Republic without a valid passport commits an offence and is liable to a fine.
        Section 20 Smuggling
        A person who facilitates the illegal entry of a foreigner into the Republic commits an offence.
        """,
        exp(found=["SOM-6-1-a"], not_raised=[RF_MIGRANT]),
    ),
    (
        # The offence requires taking the victim out of the national territory.
        "rf_transnational_required_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou de transporter une personne par la force en vue de son \
            exploitation hors du territoire national. Elle est punie de dix ans d'emprisonnement.
        """,
        exp(raised=[RF_TRANSNATIONAL], not_raised=[RF_ORGANISED]),
    ),
    (
        # Border crossing and "bande organisée" only as aggravations; abroad only for jurisdiction.
        "rf_transnational_and_group_aggravations_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter une personne par la force à des fins d'exploitation. Elle \
            est punie de dix ans d'emprisonnement.
        Article 4
        La peine est portée à vingt ans lorsque la victime a été conduite hors du territoire national ou que \
            l'infraction est commise en bande organisée.
        Article 9
        La loi pénale est applicable lorsque l'un des faits constitutifs a été commis à l'étranger.
        """,
        exp(not_raised=[RF_TRANSNATIONAL, RF_ORGANISED]),
    ),
    (
        # "que la victime ait ou non franchi une frontière"; the offence requires an organised group.
        "rf_group_required_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait, pour un membre d'un groupe criminel organisé, de recruter ou de \
            transporter une personne par tromperie à des fins d'exploitation, que la victime ait ou non franchi une \
            frontière. Elle est punie de douze ans d'emprisonnement.
        """,
        exp(raised=[RF_ORGANISED], not_raised=[RF_TRANSNATIONAL]),
    ),
    (
        # Women and children only.
        "rf_victim_scope_women_children_fr",
        "fr",
        """
        Article 3
        Est puni de dix ans d'emprisonnement le fait de recruter ou de transporter une femme ou un enfant par la \
            force ou la fraude à des fins d'exploitation.
        """,
        exp(raised=[RF_SCOPE]),
    ),
    (
        # Any person.
        "rf_victim_scope_any_person_fr",
        "fr",
        """
        Article 3
        La traite des personnes est le fait de recruter ou de transporter toute personne par la force aux fins \
            d'exploitation sexuelle ou de travail forcé. Elle est punie de dix ans d'emprisonnement.
        """,
        exp(not_raised=[RF_SCOPE]),
    ),
    (
        # The foreigner who used a smuggler is punished as such.
        "rf_migrant_criminalized_fr",
        "fr",
        """
        Article 20
        Est puni de cinq ans d'emprisonnement le fait de faciliter l'entrée irrégulière d'un étranger.
        Article 21
        L'étranger qui a eu recours à un passeur pour entrer sur le territoire est puni d'un an d'emprisonnement.
        """,
        exp(found=["SOM-6-1-a"], missing=["SOM-5"], raised=[RF_MIGRANT]),
    ),
    (
        # A general irregular-entry offence.
        "rf_general_entry_offence_fr",
        "fr",
        """
        Article 4
        L'étranger qui pénètre sur le territoire sans passeport valide est puni d'une amende de 3 750 euros.
        Article 20
        Est puni de cinq ans d'emprisonnement le fait de faciliter l'entrée irrégulière d'un étranger.
        """,
        exp(found=["SOM-6-1-a"], not_raised=[RF_MIGRANT]),
    ),
    (
        # The offence requires the victim to be sent "hacia el exterior del país".
        "rf_transnational_required_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia, captare o transportare a una \
            persona hacia el exterior del país con fines de explotación.
        """,
        exp(raised=[RF_TRANSNATIONAL], not_raised=[RF_ORGANISED]),
    ),
    (
        # Border crossing and an organised group only as aggravations; abroad only for jurisdiction.
        "rf_transnational_and_group_aggravations_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia, captare a una persona con \
            fines de explotación.
        Artículo 4. Agravantes.
        La pena será de diez a veinte años cuando la víctima fuere trasladada fuera del país o el hecho fuere \
            cometido por un grupo delictivo organizado.
        Artículo 9. Jurisdicción.
        Los tribunales serán competentes cuando el delito se hubiere cometido en parte en el extranjero.
        """,
        exp(not_raised=[RF_TRANSNATIONAL, RF_ORGANISED]),
    ),
    (
        # "dentro del territorio nacional o desde o hacia otros países"; the offence requires an organised group.
        "rf_group_required_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, formando parte de un grupo delictivo organizado, \
            captare o transportare a una persona mediante engaño con fines de explotación, ya sea dentro del \
            territorio nacional o desde o hacia otros países.
        """,
        exp(raised=[RF_ORGANISED], not_raised=[RF_TRANSNATIONAL]),
    ),
    (
        # Women and children only.
        "rf_victim_scope_women_children_es",
        "es",
        """
        Artículo 3. Trata de mujeres y niños.
        Será castigado con prisión de cinco a diez años el que, mediante violencia o engaño, captare o \
            transportare a una mujer, niña o niño con fines de explotación.
        """,
        exp(raised=[RF_SCOPE]),
    ),
    (
        # Any person.
        "rf_victim_scope_any_person_es",
        "es",
        """
        Artículo 3. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante violencia, captare o transportare a \
            cualquier persona con fines de explotación sexual o de trabajo forzoso.
        """,
        exp(not_raised=[RF_SCOPE]),
    ),
    (
        # The smuggled migrant is punished as such.
        "rf_migrant_criminalized_es",
        "es",
        """
        Artículo 20. Tráfico ilícito de migrantes.
        1. El que facilitare la entrada ilegal en el país de un extranjero será sancionado con prisión de tres a \
            seis años.
        2. El extranjero que hubiere ingresado al país por medio de un traficante será sancionado con prisión de \
            seis meses a un año.
        """,
        exp(found=["SOM-6-1-a"], missing=["SOM-5"], raised=[RF_MIGRANT]),
    ),
    (
        # A general irregular-entry offence.
        "rf_general_entry_offence_es",
        "es",
        """
        Artículo 4. Ingreso irregular.
        Toda persona que ingrese al país sin pasaporte válido será sancionada con multa.
        Artículo 20. Tráfico ilícito de migrantes.
        El que facilitare la entrada ilegal en el país de un extranjero será sancionado con prisión de tres a seis \
            años.
        """,
        exp(found=["SOM-6-1-a"], not_raised=[RF_MIGRANT]),
    ),
]


# ---------------------------------------------------------------------------------------------
# Whole reports: a comprehensive short act (every element found, no flag) and a road traffic
# code (every element missing, no flag).
# ---------------------------------------------------------------------------------------------

ALL_FOUND = exp(found=SPEC_ELEMENTS, not_raised=RED_FLAGS)
ALL_MISSING = exp(missing=SPEC_ELEMENTS, not_raised=RED_FLAGS)

WHOLE_REPORT_CASES = [
    (
        # A comprehensive act: every element express, no red flag.
        "whole_comprehensive_act_en",
        "en",
        """
        Section 1 Short title
        The short title of this Act is the Trafficking in Persons and Smuggling of Migrants Act.
        Section 2 Interpretation
        In this Act—
        (a) "child" means any person under the age of eighteen years;
        (b) "exploitation" includes the exploitation of the prostitution of others or other forms of sexual \
            exploitation, forced labour or services, slavery or practices similar to slavery, \
            servitude, as well as the removal of organs.
        Section 3 Trafficking in persons
        (1) A person who recruits, transports, transfers, harbours or receives another person by the threat or use \
            of force or other forms of coercion, by abduction, by fraud, by deception, by the abuse of power or of \
            a position of vulnerability or by the giving or receiving of payments or benefits to achieve the \
            consent of a person having control over another person, for the purpose of exploitation, commits the \
            offence of trafficking in persons and is liable to imprisonment for eight to twenty years.
        (2) Once a means named in subsection (1) has been used, the victim's consent to the intended \
            exploitation is irrelevant.
        (3) The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of \
            exploitation is trafficking in persons even if none of the means set out in subsection (1) is used.
        (4) It is immaterial whether the victim was moved across a border or whether an organised criminal group \
            was involved.
        Section 4 Attempt, complicity and organising
        (1) A person who attempts to commit an offence under section 3 or section 8 is liable to the same penalty.
        (2) A person who participates as an accomplice in an offence under section 3 or section 8 is liable to the \
            same penalty.
        (3) A person who organises or directs other persons to commit an offence under section 3 or section 8 is \
            liable to the same penalty.
        Section 5 Aggravating circumstances
        The penalty under section 3 is imprisonment for life where the victim is a child, the offender is a public \
            officer or the offence causes the death of the victim.
        Section 6 Use of the services of a victim
        A person who knowingly uses the services or labour of a victim of trafficking commits an offence.
        Section 7 Legal persons
        A body corporate on whose behalf an offence under this Act is committed is liable to a fine.
        Section 8 Smuggling of migrants
        (1) A person who, in order to obtain, directly or indirectly, a financial or other material benefit, \
            procures the illegal entry into the Republic of a person who is not a national or a permanent resident \
            commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        (2) A person who, for the purpose of enabling the smuggling of migrants, produces a fraudulent travel or \
            identity document, or procures, provides or possesses such a document, commits an offence.
        (3) A person who enables a person who is not a national or a permanent resident to remain in the Republic \
            without complying with the requirements for legally remaining commits an offence.
        (4) The penalty is doubled where the offence endangers the lives or safety of the migrants or entails \
            their inhuman or degrading treatment, including for exploitation.
        (5) A migrant shall not be criminally liable for the fact of having been the object of conduct set forth \
            in this section.
        Section 9 Confiscation
        The court shall order the confiscation of the proceeds of an offence under this Act and of property used \
            in its commission.
        Section 10 Jurisdiction
        The courts have jurisdiction over an offence under this Act committed outside the Republic by or against a \
            citizen.
        Section 11 Protection of victims
        (1) The identity of a victim shall not be disclosed and proceedings may be held in camera.
        (2) A victim shall be informed of the progress of the proceedings and may present his or her views and \
            concerns.
        (3) The State shall provide victims with housing, counselling, medical and psychological assistance.
        (4) A victim may obtain compensation for the damage suffered.
        (5) A victim shall not be prosecuted or punished for an offence committed as a direct consequence of \
            having been trafficked.
        Section 12 Residence and return
        (1) A victim who is a foreign national shall be granted a reflection period and may be issued a temporary \
            residence permit.
        (2) The return of a victim to his or her country of origin shall be voluntary and safe.
        Section 13 National Coordination Committee
        A National Coordination Committee against Trafficking in Persons is established to coordinate the \
            implementation of this Act and of the national action plan.
        """,
        ALL_FOUND,
    ),
    (
        # A comprehensive act in French code drafting: every element express, no red flag.
        "whole_comprehensive_act_fr",
        "fr",
        """
        Article 1er
        Au sens de la présente loi, on entend par exploitation l'exploitation de la prostitution d'autrui ou \
            d'autres formes d'exploitation sexuelle, le travail ou les services forcés, l'esclavage ou les \
            pratiques analogues à l'esclavage, la servitude ou le prélèvement d'organes.
        Article 2
        I. - Constitue la traite des personnes le fait, à des fins d'exploitation, de recruter une personne, \
            puis de la transporter ou de la transférer, de l'héberger ou encore de l'accueillir, au moyen de \
            menaces, de la force ou d'une autre forme de contrainte, d'un enlèvement, d'une fraude, d'une \
            tromperie, d'un abus d'autorité ou d'une situation de vulnérabilité, ou de l'offre ou l'acceptation \
            de paiements ou d'avantages en vue d'obtenir le consentement de la personne qui a autorité sur la \
            victime. Elle est punie de dix ans d'emprisonnement.
        II. - Le consentement de la victime à l'exploitation envisagée est indifférent.
        III. - La traite à l'égard d'une personne âgée de moins de dix-huit ans est constituée même si aucun des \
            moyens mentionnés au I n'a été employé.
        IV. - L'infraction est constituée que la victime ait ou non franchi une frontière et qu'un groupe criminel \
            organisé soit ou non impliqué.
        Article 3
        La tentative des infractions prévues aux articles 2 et 7 est punie des mêmes peines. Le complice est puni \
            comme l'auteur. Quiconque organise ou dirige la commission de ces infractions est puni des mêmes peines.
        Article 4
        La peine est portée à vingt ans lorsque la victime est âgée de moins de dix-huit ans ou que l'auteur est un \
            agent public.
        Article 5
        Le fait d'utiliser, en connaissance de cause, les services ou le travail d'une victime de la traite est \
            puni de cinq ans d'emprisonnement.
        Article 6
        Les personnes morales peuvent être déclarées responsables pénalement des infractions prévues par la \
            présente loi.
        Article 7
        I. - Est puni de dix ans d'emprisonnement le fait, afin d'en tirer un avantage financier ou un autre \
            avantage matériel, de faciliter l'entrée irrégulière sur le territoire national d'un étranger.
        II. - Est puni des mêmes peines le fait, en vue de permettre le trafic illicite de migrants, de fabriquer \
            un document de voyage ou d'identité frauduleux, ou de procurer, de fournir ou de détenir un tel document.
        III. - Est puni des mêmes peines le fait de permettre à un étranger de se maintenir irrégulièrement sur le \
            territoire national.
        IV. - Les peines sont doublées lorsque l'infraction met en danger la vie ou la sécurité des migrants ou \
            les soumet à des traitements inhumains ou dégradants.
        V. - Le migrant ne peut être poursuivi pénalement du seul fait qu'il a été l'objet des faits prévus au \
            présent article.
        Article 8
        La confiscation des instruments et des produits des infractions prévues par la présente loi est \
            obligatoire.
        Article 9
        La loi pénale est applicable aux infractions prévues par la présente loi commises hors du territoire \
            national par un ressortissant ou contre un ressortissant.
        Article 10
        I. - L'identité de la victime n'est pas divulguée et le huis clos est de droit si elle le demande.
        II. - La victime est informée du déroulement de la procédure et peut faire valoir son point de vue.
        III. - L'État assure à la victime un hébergement, une assistance médicale et un soutien psychologique.
        IV. - La victime peut obtenir réparation intégrale de son préjudice.
        V. - La victime n'est pas pénalement responsable des infractions commises en conséquence directe de la \
            traite.
        Article 11
        L'étranger victime de la traite bénéficie d'un délai de réflexion et peut obtenir une carte de séjour \
            temporaire. Son retour volontaire dans son pays d'origine est organisé dans des conditions garantissant \
            sa sécurité.
        Article 12
        Il est créé une Commission nationale de coordination de la lutte contre la traite des personnes, chargée \
            du plan national d'action.
        """,
        ALL_FOUND,
    ),
    (
        # A comprehensive act in Spanish drafting: every element express, no red flag.
        "whole_comprehensive_act_es",
        "es",
        """
        Artículo 1. Definiciones.
        A los efectos de esta ley, se entenderá por explotación la explotación de la prostitución ajena u otras \
            formas de explotación sexual, los trabajos o servicios forzados, la esclavitud o las prácticas \
            análogas a la esclavitud, la servidumbre o la extracción de órganos. Es niño toda persona menor de \
            dieciocho años.
        Artículo 2. Trata de personas.
        1. Será castigado con prisión de ocho a quince años el que, mediante violencia, amenaza u otras formas de \
            coacción, secuestro, fraude, engaño, abuso de poder o de una situación de vulnerabilidad, o bien la \
            concesión o recepción de pagos o beneficios para obtener el consentimiento de una persona que tenga \
            autoridad sobre otra, captare, transportare, trasladare, acogiere o recibiere a una persona con fines \
            de explotación.
        2. El consentimiento de la víctima será irrelevante si se empleó cualquiera de los medios \
            previstos en el apartado 1.
        3. Aun cuando no se recurra a ninguno de los medios del apartado 1, se considerará trata la captación, el \
            transporte, el traslado, la acogida o la recepción de un niño con fines de explotación.
        4. El delito se configura ya sea dentro del territorio nacional o desde o hacia otros países, y con \
            independencia de la intervención de un grupo delictivo organizado.
        Artículo 3. Tentativa y participación.
        La tentativa de los delitos de los artículos 2 y 7 será punible. Los cómplices serán castigados con la \
            pena del autor. Será sancionado como autor el que organizare o dirigiere la comisión de esos delitos.
        Artículo 4. Agravantes.
        La pena será de quince a veinticinco años cuando la víctima fuere un niño o el autor fuere funcionario \
            público.
        Artículo 5. Uso de servicios.
        El que, a sabiendas, se valiere de los servicios o del trabajo de una víctima de trata será sancionado con \
            prisión de dos a seis años.
        Artículo 6. Personas jurídicas.
        Las personas jurídicas serán responsables de los delitos previstos en esta ley y se les impondrá multa.
        Artículo 7. Tráfico ilícito de migrantes.
        1. Será castigado con prisión de tres a ocho años el que, con el fin de obtener un beneficio económico o \
            de otro orden material, facilitare la entrada ilegal en el país de una persona que no sea nacional ni \
            residente permanente.
        2. Con la misma pena será castigado el que, para posibilitar el tráfico ilícito de migrantes, elaborare \
            un documento de viaje o de identidad falso, o lo facilitare, suministrare o poseyere.
        3. Con la misma pena será castigado el que hiciere posible que un extranjero permanezca en el país sin \
            cumplir los requisitos para permanecer legalmente.
        4. La pena se duplicará cuando se pusiere en peligro la vida o la seguridad de los migrantes o se los \
            sometiere a trato inhumano o degradante.
        5. El migrante no será penalmente responsable por el hecho de haber sido objeto de las conductas descritas \
            en este artículo.
        Artículo 8. Decomiso.
        Se ordenará el decomiso de los instrumentos y ganancias provenientes de los delitos previstos en esta ley.
        Artículo 9. Jurisdicción.
        Los tribunales serán competentes aun cuando los delitos se hubieren cometido en el extranjero por un \
            nacional o contra un nacional.
        Artículo 10. Derechos de las víctimas.
        Las víctimas tienen derecho a:
        a) la protección de su identidad, y a que las audiencias se celebren a puertas cerradas;
        b) recibir información sobre el estado de las actuaciones y ser oídas en el proceso;
        c) recibir alojamiento, asistencia médica y psicológica;
        d) obtener la reparación integral de los daños sufridos;
        e) no ser punibles por los delitos cometidos como resultado directo de haber sido objeto de trata;
        f) permanecer en el país y obtener una residencia temporal;
        g) el retorno voluntario y seguro a su lugar de origen.
        Artículo 11. Consejo Nacional.
        Créase el Consejo Nacional contra la Trata de Personas, encargado de coordinar el Plan Nacional de Acción.
        """,
        ALL_FOUND,
    ),
    (
        # A road traffic code: nothing about trafficking or smuggling (entry into force, transport of passengers,
        # a driving age of eighteen, fines are look-alikes only).
        "whole_road_traffic_code_en",
        "en",
        """
        Section 1 Short title and entry into force
        This Act may be cited as the Road Traffic Act and shall enter into force on 1 January.
        Section 2 Driving licences
        (1) No person under the age of eighteen years shall drive a motor vehicle on a public road.
        (2) A person who transports passengers for reward shall hold a public service vehicle licence.
        Section 3 Speed limits
        A person who drives a motor vehicle at a speed exceeding the limit commits an offence and is liable to a \
            fine.
        Section 4 Roadworthiness
        The owner of a vehicle shall keep it in a roadworthy condition and present it for inspection every year.
        """,
        ALL_MISSING,
    ),
    (
        # A road traffic code in French.
        "whole_road_traffic_code_fr",
        "fr",
        """
        Article 1er
        Le présent code entre en vigueur le 1er janvier.
        Article 2
        Nul ne peut conduire un véhicule à moteur s'il n'est âgé de dix-huit ans révolus et titulaire d'un permis \
            de conduire.
        Article 3
        Le transport de passagers à titre onéreux est soumis à une autorisation.
        Article 4
        Le fait de dépasser la vitesse maximale autorisée est puni d'une amende.
        """,
        ALL_MISSING,
    ),
    (
        # A road traffic code in Spanish.
        "whole_road_traffic_code_es",
        "es",
        """
        Artículo 1. Vigencia.
        El presente código entrará en vigor el 1 de enero.
        Artículo 2. Licencias.
        Ninguna persona menor de dieciocho años podrá conducir un vehículo automotor en la vía pública.
        Artículo 3. Transporte de pasajeros.
        El transporte de pasajeros con fines de lucro requiere una habilitación especial.
        Artículo 4. Velocidad.
        El que excediere la velocidad máxima permitida será sancionado con multa.
        """,
        ALL_MISSING,
    ),
]


# ---------------------------------------------------------------------------------------------
# The tests.
# ---------------------------------------------------------------------------------------------

TABLES = {
    "acts": ACT_CASES,
    "means": MEANS_CASES,
    "purposes": PURPOSE_CASES,
    "scope": SCOPE_CASES,
    "consent": CONSENT_CASES,
    "child": CHILD_CASES,
    "offence": OFFENCE_CASES,
    "smuggling": SMUGGLING_CASES,
    "protection": PROTECTION_CASES,
    "red_flags": RED_FLAG_CASES,
    "whole_report": WHOLE_REPORT_CASES,
}


def test_tables_are_well_formed() -> None:
    # Unique ids, the three languages in every table, and only ids and values the catalog knows.
    catalog = _catalog()
    known = {e.id for e in catalog.elements} | set(RED_FLAGS)
    ids = [case[0] for table in TABLES.values() for case in table]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    for name, table in TABLES.items():
        assert {case[1] for case in table} == {"en", "fr", "es"}, name
        for case_id, language, text, expected in table:
            assert case_id.endswith(f"_{language}"), case_id
            assert expected and set(expected) <= known, (case_id, set(expected) - known)
            for key, value in expected.items():
                assert value in ((RAISED, NOT_RAISED) if key.startswith("RF.") else (FOUND, MISSING)), case_id
            assert run(text, language).legislation.provisions, case_id


@pytest.mark.parametrize(("language", "text", "expected"), params(ACT_CASES))
def test_acts(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(MEANS_CASES))
def test_means(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(PURPOSE_CASES))
def test_purposes(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(SCOPE_CASES))
def test_scope(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(CONSENT_CASES))
def test_consent(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(CHILD_CASES))
def test_child_rules(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(OFFENCE_CASES))
def test_offence_and_extensions(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(SMUGGLING_CASES))
def test_smuggling(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(PROTECTION_CASES))
def test_protection_and_other_measures(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(RED_FLAG_CASES))
def test_red_flags(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), params(WHOLE_REPORT_CASES))
def test_whole_report(language: str, text: str, expected: dict[str, str]) -> None:
    check(language, text, expected)
