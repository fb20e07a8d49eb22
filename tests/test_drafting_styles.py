"""Drafting styles of many legal traditions, mostly French-speaking, that the engine must read.

Every case is an invented statute of a fictional State, written for this file in the manner of a
drafting tradition (France, Belgium, Switzerland, Luxembourg, Quebec and Canadian federal French,
the Maghreb, West and Central African codes, Haiti; Canadian, Irish, South African and Caribbean
English; Andean, Colombian and Central American Spanish). No sentence is taken from a real law: the
cases teach the engine a way of drafting, not a text. Each case says which pattern it shows; the
negative cases check that an element the statute does not contain stays `missing`.

A long paragraph is written over several source lines with a trailing backslash; `run` collapses
the indentation left inside the joined line, so the law the engine reads has one paragraph per line.
"""

from __future__ import annotations

import functools
import textwrap

import pytest
from element_ids import acts, means, purposes

from assessor import legislation_from_text, load_catalog, pre_assess
from assessor.catalog import Catalog
from assessor.preassessment import PreAssessment

FOUND, MISSING = "found", "missing"

def exp(found=(), missing=()) -> dict[str, str]:
    """Expectations: element id -> found / missing."""
    out: dict[str, str] = {}
    for ids, value in ((found, FOUND), (missing, MISSING)):
        for i in ids:
            assert i not in out, f"{i} expected twice"
            out[i] = value
    return out


@functools.cache
def catalog() -> Catalog:
    return load_catalog()


def run(text: str, language: str) -> PreAssessment:
    lines = textwrap.dedent(text).strip().splitlines()
    law = "\n".join(" ".join(line.split()) for line in lines)
    return pre_assess(legislation_from_text(law, "law.txt", language), catalog())


# (case id, language, statute, expectations)
STYLES: list[tuple[str, str, str, dict[str, str]]] = [
    # ------------------------------------------------------------------ French: the offence and its acts
    (
        # Maghreb / West African code: "Constitue l'infraction de traite ... le fait de" followed by the five acts
        # as nominalisations ("le recrutement d'une personne, son transport, son transfert ...").
        "constitue_infraction_nominalised_acts_fr", "fr",
        """
        Article 448-1
        Constitue l'infraction de traite des personnes le fait de procéder au recrutement d'une personne, à son \
            transport, à son transfert, à son hébergement ou à son accueil, en vue de son exploitation.
        Article 448-2
        L'infraction définie à l'article 448-1 est punie de la réclusion de dix à vingt ans.
        """,
        exp(found=(*acts(), "TIP-5-1")),
    ),
    (
        # West African code: "Quiconque ... sera puni", the acts as verbs, one means; a negative for the
        # means it does not name.
        "quiconque_sera_puni_fr", "fr",
        """
        Article 301
        Quiconque, par la tromperie, recrute, transporte ou héberge une personne aux fins de l'exploiter sera puni \
            d'un emprisonnement de cinq à dix ans et d'une amende de deux à cinq millions de francs.
        """,
        exp(found=(*acts("recruitment", "transportation", "harbouring"), *means("deception"), "TIP-5-1"),
            missing=(*acts("transfer", "receipt"), *means("force", "abduction", "abuse_of_power", "payments"))),
    ),
    (
        # Swiss / Belgian order: the penalty first, "Est puni ... celui qui".
        "est_puni_celui_qui_fr", "fr",
        """
        Art. 196a
        Est puni d'une peine privative de liberté de trois ans au moins celui qui, en usant de violence ou de \
            menaces, recrute, cède, héberge ou reçoit une personne à des fins d'exploitation de son travail.
        """,
        exp(found=(*acts("recruitment", "transfer", "harbouring", "receipt"), *means("force", "coercion"),
                   *purposes("forced_labour"), "TIP-5-1"),
            missing=(*acts("transportation"), *purposes("organ_removal", "sexual_exploitation"))),
    ),
    (
        # Haitian style: "Tout individu qui ... sera passible" of hard labour (a penalty, not a purpose), the
        # exploitation defined in its own article ("On entend par exploitation ...").
        "tout_individu_qui_fr", "fr",
        """
        Article 11
        Tout individu qui recrute, transporte, transfère, héberge ou accueille une personne par la menace ou \
            l'enlèvement, dans le but d'une exploitation, commet l'infraction de traite des personnes et sera \
            passible de quinze ans de travaux forcés.
        Article 12
        On entend par exploitation la prostitution d'autrui, la servitude, le travail forcé et le prélèvement \
            d'organes.
        """,
        exp(found=(*acts(), *means("coercion", "abduction"), *purposes("sexual_exploitation", "servitude",
                                                                        "forced_labour", "organ_removal"),
                   "TIP-5-1"),
            missing=(*purposes("slavery"), *means("payments"))),
    ),
    (
        # Canadian federal French: the acts as verbs with object pronouns, ending with control over a person's
        # movements; the aim "dans l'intention de l'exploiter ou de faciliter son exploitation"; no means (all
        # functional).
        "controle_direction_influence_fr", "fr",
        """
        Article 212.4
        (1) Commet un acte criminel punissable d'au plus dix-huit ans d'emprisonnement quiconque, dans \
            l'intention d'exploiter une personne ou de faciliter son exploitation par un tiers, la recrute, la \
            transporte, la transfère, la reçoit, la détient, la cache ou l'héberge, ou exerce sur ses allées et \
            venues un contrôle, une direction ou une influence.
        """,
        exp(found=(*acts(), *means(), "TIP-5-1")),
    ),
    (
        # French code: "Se rend coupable de traite ... celui qui", the exploitation defined in the next
        # paragraph of the same article ("L'exploitation comprend ...").
        "exploitation_comprend_same_article_fr", "fr",
        """
        Article 225-30
        I. - Se rend coupable de traite des êtres humains celui qui, au moyen de menaces ou d'une tromperie, \
            recrute une personne, la transporte, l'héberge ou l'accueille pour l'exploiter.
        II. - L'exploitation comprend notamment la servitude, l'esclavage, le travail forcé et l'ablation d'un \
            organe de la victime.
        III. - Cette infraction est punie de dix ans de réclusion.
        """,
        exp(found=(*acts("recruitment", "transportation", "harbouring", "receipt"),
                   *purposes("slavery", "servitude", "forced_labour", "organ_removal"), "TIP-5-1"),
            missing=(*acts("transfer"), *purposes("sexual_exploitation"))),
    ),
    (
        # Luxembourg / Belgian style: the exploitation listed in the offence's own numbered purposes, the lead-in
        # ending on "dans le but :"; the offence is not named trafficking.
        "purposes_in_numbered_list_fr", "fr",
        """
        Art. 410-2
        Commet une infraction celui qui accueille, héberge, transfère, transporte ou recrute un être humain \
            dans le but :
        1° d'en tirer profit par sa prostitution ou par toute autre forme d'exploitation sexuelle ;
        2° de lui imposer un travail ou des services forcés ;
        3° de le tenir en esclavage ou en servitude ;
        4° de lui faire subir l'ablation d'organes ou le prélèvement de tissus.
        Cette infraction est punie de la réclusion de six à douze ans.
        """,
        exp(found=(*acts(), *purposes(), "TIP-5-1")),
    ),
    (
        # A sexual-exploitation-only purpose: the other purposes stay missing.
        "single_purpose_negative_fr", "fr",
        """
        Article 88
        Est puni de dix ans d'emprisonnement quiconque recrute, transporte ou héberge une personne au moyen de \
            la contrainte afin de la livrer à la prostitution.
        """,
        exp(found=(*purposes("sexual_exploitation"), *means("coercion")),
            missing=purposes("forced_labour", "slavery", "servitude", "organ_removal")),
    ),
    # ------------------------------------------------------------------ French: the means
    (
        # The Protocol's means as nominalisations after a colon ("en recourant à l'une des voies suivantes :"),
        # the acts as infinitives ("le fait d'accueillir, d'héberger ...").
        "means_nominalised_full_list_fr", "fr",
        """
        Article 4
        Est qualifié de traite des personnes le fait d'accueillir, d'héberger, de transférer, de transporter ou \
            de recruter des personnes aux fins d'exploitation, en recourant à l'une des voies suivantes : la \
            menace de la force, l'usage de la force ou de toute autre contrainte, l'enlèvement, la tromperie, la \
            fraude, l'abus de vulnérabilité ou d'autorité, la remise ou l'acceptation de paiements ou d'avantages \
            destinés à obtenir l'accord d'une personne qui a autorité sur la victime.
        Article 5
        Quiconque commet la traite des personnes définie à l'article 4 est puni de la réclusion de dix à vingt ans.
        """,
        exp(found=(*acts(), *means(), "TIP-5-1")),
    ),
    (
        # Means by gerunds ("en abusant de l'autorité", "en profitant de l'état de vulnérabilité", "en
        # promettant une rémunération ou tout autre avantage").
        "means_gerunds_fr", "fr",
        """
        Article 57
        Est puni de huit ans d'emprisonnement celui qui recrute ou transporte une personne en vue de son \
            exploitation, en profitant de l'état de vulnérabilité dans lequel elle se trouve, en abusant de \
            l'autorité dont il dispose sur elle, ou encore en promettant une rémunération ou tout autre avantage \
            à celui qui en a la garde.
        """,
        exp(found=means("abuse_of_vulnerability", "abuse_of_power", "payments"),
            missing=means("force", "abduction")),
    ),
    (
        # Belgian-style means in the aggravation: violence, threats, constraint of any kind, fraudulent
        # manœuvres.
        "means_manoeuvres_contrainte_fr", "fr",
        """
        Art. 433septies
        La peine de la traite des êtres humains est la réclusion de dix à quinze ans lorsque l'auteur a usé de \
            violences, de menaces, d'une contrainte de quelque nature que ce soit ou de manœuvres frauduleuses.
        Art. 433quinquies
        Commet l'infraction de traite des êtres humains celui qui recrute, transporte ou héberge autrui en vue \
            de son exploitation sexuelle.
        """,
        exp(found=(*means("fraud", "force", "coercion"), *purposes("sexual_exploitation")),
            missing=purposes("organ_removal")),
    ),
    # ------------------------------------------------------------------ French: consent, children
    (
        # "Il est indifférent que la victime ait consenti", in its own article.
        "consent_indifferent_fr", "fr",
        """
        Article 9
        Quiconque recrute, transporte ou héberge une personne aux fins d'exploitation, par la menace ou la \
            tromperie, est puni de dix ans d'emprisonnement.
        Article 10
        Il est indifférent que la victime ait consenti à l'exploitation projetée, dès lors que l'auteur a usé \
            de l'un des moyens énoncés à l'article 9.
        """,
        exp(found=("TIP-3-b",)),
    ),
    (
        # "ne peut en aucun cas être invoqué": a word between "peut" and "être".
        "consent_ne_peut_en_aucun_cas_fr", "fr",
        """
        Article 14
        Le fait de recruter, de transporter ou d'héberger une personne par la violence à des fins d'exploitation \
            est puni de douze ans de réclusion.
        Le consentement de la victime ne peut en aucun cas être invoqué pour atténuer la responsabilité de \
            l'auteur.
        """,
        exp(found=("TIP-3-b",)),
    ),
    (
        # "que la victime y ait consenti ou non" / "même si la victime a consenti".
        "consent_ou_non_fr", "fr",
        """
        Article 21
        Quiconque recrute, transporte ou héberge une personne par la contrainte aux fins de l'exploiter est puni \
            de dix ans d'emprisonnement, que la victime y ait consenti ou non.
        """,
        exp(found=("TIP-3-b",)),
    ),
    (
        # "n'exonère pas l'auteur de sa responsabilité"; negative: procedural consent is not the victim's.
        "consent_nexonere_pas_fr", "fr",
        """
        Article 31
        Est puni de dix ans d'emprisonnement quiconque recrute ou héberge une personne par la menace en vue de \
            son exploitation. Le consentement de la personne exploitée n'exonère pas l'auteur de sa responsabilité.
        """,
        exp(found=("TIP-3-b",)),
    ),
    (
        # Negative: a consent required for an extradition; the victim's consent is not mentioned.
        "consent_procedural_negative_fr", "fr",
        """
        Article 40
        Quiconque recrute, transporte ou héberge une personne par la violence aux fins de l'exploiter est puni \
            de dix ans d'emprisonnement.
        Article 41
        La remise de l'auteur à un État étranger ne peut intervenir qu'avec le consentement écrit du ministre \
            de la justice.
        """,
        exp(missing=("TIP-3-b",)),
    ),
    (
        # Child clause: "lorsque la victime est un mineur, l'infraction est constituée même en l'absence des
        # moyens".
        "child_meme_en_absence_fr", "fr",
        """
        Article 17
        Est puni de dix ans d'emprisonnement quiconque recrute, transporte ou héberge une personne par la \
            violence, la menace ou la tromperie à des fins d'exploitation.
        Lorsque la victime est un mineur de moins de dix-huit ans, l'infraction est constituée même en \
            l'absence des moyens mentionnés à l'alinéa précédent.
        """,
        exp(found=("TIP-3-c", "TIP-3-d")),
    ),
    (
        # Child clause: "même si aucun des moyens ... n'a été employé".
        "child_meme_si_aucun_fr", "fr",
        """
        Article 6
        Le recrutement, le transport ou l'hébergement d'un enfant à des fins d'exploitation constitue la traite \
            des personnes même si aucun des moyens énumérés à l'article 5 n'a été employé. Il est puni de quinze \
            ans d'emprisonnement.
        Article 5
        Est puni de dix ans d'emprisonnement quiconque recrute, transporte ou héberge une personne par la \
            contrainte ou la fraude à des fins d'exploitation.
        """,
        exp(found=("TIP-3-c",)),
    ),
    (
        # Child clause: "les moyens ... ne sont pas requis"; a plural the engine must read.
        "child_ne_sont_pas_requis_fr", "fr",
        """
        Article 23
        (1) Commet l'infraction de traite des personnes quiconque recrute, transporte ou héberge une personne \
            par la menace ou la fraude, à des fins d'exploitation, et est puni de dix ans d'emprisonnement.
        (2) Lorsque la victime est un enfant, les moyens mentionnés au paragraphe (1) ne sont pas requis.
        """,
        exp(found=("TIP-3-c",)),
    ),
    (
        # Negative: a higher penalty for a child victim does not dispense with the means.
        "child_aggravation_only_negative_fr", "fr",
        """
        Article 70
        Est puni de dix ans d'emprisonnement quiconque recrute ou héberge une personne par la violence ou la \
            tromperie à des fins d'exploitation.
        Article 71
        La peine est portée à vingt ans de réclusion lorsque la victime est un mineur.
        """,
        exp(missing=("TIP-3-c",)),
    ),
    # ------------------------------------------------------------------ French: extensions of liability
    (
        # "La tentative est punissable", "complice", "coauteur", "le fait d'organiser, de diriger ou de donner
        # des instructions".
        "attempt_complicity_organising_fr", "fr",
        """
        Article 8
        Quiconque recrute, transporte ou héberge une personne par la menace aux fins de l'exploiter est puni de \
            dix ans d'emprisonnement.
        Article 9
        La tentative du délit prévu à l'article 8 est punie des mêmes peines.
        Article 10
        Est puni comme coauteur ou complice celui qui prête sciemment son concours à l'infraction prévue à \
            l'article 8.
        Article 11
        Le fait d'organiser la commission de l'infraction prévue à l'article 8, de la diriger ou de donner des \
            instructions pour la commettre est puni de quinze ans d'emprisonnement.
        """,
        exp(found=("TIP-5-2-a", "TIP-5-2-b", "TIP-5-2-c")),
    ),
    (
        # Negative: the purpose "faciliter son exploitation" is not complicity, and there is no attempt rule.
        "no_extension_negative_fr", "fr",
        """
        Article 3
        Quiconque recrute, transporte ou héberge une personne par la tromperie en vue de l'exploiter ou de \
            faciliter son exploitation est puni de dix ans d'emprisonnement.
        """,
        exp(missing=("TIP-5-2-a", "TIP-5-2-b")),
    ),
    (
        # Legal persons, confiscation and the victim's non-punishment, in Francophone African drafting.
        "legal_persons_confiscation_non_punishment_fr", "fr",
        """
        Article 30
        Quiconque recrute, transporte ou héberge une personne par la contrainte aux fins de l'exploiter commet \
            l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 31
        Les personnes morales peuvent être déclarées responsables pénalement de l'infraction prévue à \
            l'article 30.
        Article 32
        Le tribunal ordonne la confiscation des biens ayant servi à commettre l'infraction et des produits qui \
            en sont tirés.
        Article 33
        La victime de la traite n'est pas pénalement responsable des infractions qu'elle a été contrainte de \
            commettre du fait de sa situation.
        """,
        exp(found=("UNTOC-10", "UNTOC-12", "GP.non_punishment")),
    ),
    # ------------------------------------------------------------------ French: smuggling of migrants
    (
        # "Le trafic illicite de migrants": facilitating the entry, transit, exit or stay of a foreigner for a
        # financial or other material benefit.
        "smuggling_faciliter_entree_sejour_fr", "fr",
        """
        Article 60
        Constitue le trafic illicite de migrants le fait de faciliter l'entrée, le transit, la sortie ou le \
            séjour irréguliers d'un étranger sur le territoire national, en vue d'en tirer, directement ou \
            indirectement, un avantage financier ou un autre avantage matériel.
        Article 61
        Le trafic illicite de migrants défini à l'article 60 est puni de cinq à dix ans d'emprisonnement. La \
            tentative est punie des mêmes peines.
        """,
        exp(found=("SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-1-c", "SOM-6-2-a")),
    ),
    (
        # Canadian federal French: organising the entry of persons into the country, knowing that it breaches
        # the Act; helping or encouraging a foreigner to come in.
        "smuggling_organise_entree_fr", "fr",
        """
        Article 131
        (1) Est coupable d'une infraction la personne qui, sachant que cette venue contrevient ou contreviendrait \
            à la présente loi, organise l'entrée au pays d'étrangers, ou aide ou encourage un étranger à y venir.
        (2) Cette personne est passible d'une amende et d'un emprisonnement maximal de douze ans.
        """,
        exp(found=("SOM-6-1-a", "SOM-6-2-b")),
    ),
    (
        # Maghreb style: organising the clandestine entry or exit of persons, for a reward.
        "smuggling_entree_sortie_clandestines_fr", "fr",
        """
        Article 52
        Est puni de l'emprisonnement de deux à cinq ans quiconque organise ou facilite, moyennant rétribution, \
            l'entrée ou la sortie clandestines de personnes nationales ou étrangères du territoire national.
        """,
        exp(found=("SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-2-c")),
    ),
    (
        # Document fraud for smuggling: making, and procuring, supplying or holding a false travel document.
        "smuggling_documents_fr", "fr",
        """
        Article 64
        Est puni de cinq ans d'emprisonnement quiconque, aux fins de permettre le trafic illicite de migrants :
        a) fabrique, contrefait ou falsifie un passeport ou tout autre document de voyage ou d'identité ;
        b) procure, fournit ou détient un tel document.
        """,
        exp(found=("SOM-6-1-b-i", "SOM-6-1-b-ii")),
    ),
    # ------------------------------------------------------------------ English
    (
        # Canadian English: "exercises control, direction or influence over" a person's movements, no means.
        "control_over_movements_en", "en",
        """
        Section 212.4
        (1) Everyone who, with intent to exploit another person or to facilitate the exploitation of that person \
            by anyone, recruits, transports, transfers, receives, holds, conceals or harbours that person, or \
            exercises control, direction or influence over where that person goes, commits an indictable offence \
            punishable by imprisonment for up to eighteen years.
        """,
        exp(found=(*acts(), *means(), "TIP-5-1")),
    ),
    (
        # Irish style: the verb defined in its own section ("takes custody of", "provides ... accommodation"),
        # the offence using it.
        "trafficks_defined_custody_accommodation_en", "en",
        """
        Section 1 Interpretation
        In this Act "trafficks" means, in relation to a person, recruits or transports the person, transfers the \
            person to another, takes custody of the person, or provides the person with accommodation.
        Section 4 Trafficking for exploitation
        (1) A person who trafficks another person for the purpose of the exploitation of that person by means of \
            coercion or deception shall be guilty of an offence and liable on conviction on indictment to \
            imprisonment for life.
        """,
        exp(found=(*acts(), *means("coercion", "deception"), "TIP-5-1")),
    ),
    (
        # South African style: delivers, sells, leases, exchanges; a lettered means list in gerunds; "any form or
        # manner of exploitation".
        "delivers_sells_exchanges_leases_en", "en",
        """
        Section 9 Trafficking in persons
        (1) Any person who, inside the Republic or across its borders, recruits, delivers, sells, leases, \
            exchanges or receives another person—
        (a) by abducting that person;
        (b) by threatening that person with harm;
        (c) by taking advantage of that person's vulnerability; or
        (d) by abusing power over that person,
        and does so for the purpose of any form or manner of exploitation, commits the offence of trafficking \
            in persons.
        """,
        exp(found=(*acts("recruitment", "transfer", "receipt"), *means("coercion", "abuse_of_vulnerability",
                                                                        "abduction", "abuse_of_power")),
            missing=(*acts("transportation"), *means("payments"))),
    ),
    (
        # Caribbean style: the child rule "even if it does not involve any of the means".
        "child_even_if_it_does_not_involve_en", "en",
        """
        Section 8 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by the use of force or deception for \
            the purpose of exploitation commits an offence and is liable on conviction on indictment to \
            imprisonment for twenty years.
        (2) The recruitment, transportation or harbouring of a child for the purpose of exploitation is an \
            offence under subsection (1) even if it does not involve any of the means set out in that subsection.
        """,
        exp(found=("TIP-3-c", "TIP-3-d")),
    ),
    (
        # Common-law consent clause and organiser liability.
        "consent_no_defence_organiser_en", "en",
        """
        Section 5 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by threats or fraud for the purpose of \
            exploitation commits an offence and is liable to imprisonment for fifteen years.
        (2) It is not a defence to a charge under subsection (1) that the person trafficked consented to the \
            intended exploitation.
        (3) A person who organises or directs another person to commit an offence under subsection (1) commits \
            an offence and is liable to the same penalty.
        """,
        exp(found=("TIP-3-b", "TIP-5-2-c")),
    ),
    (
        # Smuggling in Caribbean drafting: organises or facilitates the unlawful entry for material benefit.
        "smuggling_facilitates_unlawful_entry_en", "en",
        """
        Section 12 Smuggling of migrants
        A person who intentionally organises or facilitates the unlawful entry of another person into the State, \
            in order to obtain a financial or other material benefit, commits an offence and is liable on \
            conviction to imprisonment for ten years.
        """,
        exp(found=("SOM-6-1-a", "SOM-6-1-a.benefit")),
    ),
    # ------------------------------------------------------------------ Spanish
    (
        # Colombian style: "Quien reciba, acoja, traslade o capte", "incurrirá en prisión", the exploitation
        # defined in the same article, consent "no constituirá causal".
        "el_que_capte_incurrira_es", "es",
        """
        Artículo 90
        Quien reciba, acoja, traslade o capte a otra persona, en el territorio del Estado o con destino al \
            extranjero, para explotarla, incurrirá en prisión de diez a dieciocho años.
        A los efectos del presente artículo, se entiende por explotación el lucro obtenido de la prostitución \
            ajena, la servidumbre, la esclavitud, los trabajos o servicios forzados y la extracción de órganos.
        Que la víctima haya prestado su consentimiento no constituirá causal para eximir al autor de la pena.
        """,
        exp(found=(*acts("recruitment", "transfer", "harbouring", "receipt"), *purposes(), "TIP-3-b", "TIP-5-1")),
    ),
    (
        # Andean style: "Es reprimido con pena privativa de libertad ... el que capta, traslada ...", the means
        # in a participial phrase ("valiéndose de").
        "andean_means_first_es", "es",
        """
        Artículo 153
        Es reprimido con pena privativa de libertad no menor de nueve ni mayor de diecisiete años el que capta, \
            traslada, transporta, acoge o recibe a otra persona, valiéndose de engaño, fraude, violencia, \
            amenazas u otras formas de coacción, del secuestro de la víctima o del abuso de su situación de \
            vulnerabilidad o de su poder sobre ella, con fines de explotación laboral.
        """,
        exp(found=(*acts(), *means("force", "coercion", "abduction", "fraud", "deception", "abuse_of_power",
                                   "abuse_of_vulnerability"), *purposes("forced_labour"), "TIP-5-1"),
            missing=(*means("payments"), *purposes("organ_removal"))),
    ),
    (
        # Central American style: "Comete el delito de trata de personas quien ... la captación, el traslado, la
        # acogida", consent "en ningún caso se tendrá en cuenta".
        "central_american_nominalised_es", "es",
        """
        Artículo 202 ter
        Comete el delito de trata de personas quien promueva la captación, el transporte, el traslado, la \
            acogida o la recepción de una o varias personas con fines de explotación sexual, de trabajos forzados o \
            de extracción de órganos, y será sancionado con prisión de ocho a dieciocho años.
        En ningún caso se tendrá en cuenta el consentimiento prestado por la víctima.
        """,
        exp(found=(*acts(), *purposes("sexual_exploitation", "forced_labour", "organ_removal"), "TIP-3-b",
                   "TIP-5-1"),
            missing=purposes("servitude")),
    ),
    (
        # Consent: "no exonera", "no podrá alegarse".
        "consent_no_exonera_es", "es",
        """
        Artículo 7
        Quien capte, traslade o acoja a una persona mediante engaño con fines de explotación será castigado con \
            prisión de seis a doce años. El consentimiento de la víctima no exonera al autor ni podrá alegarse \
            en su defensa.
        """,
        exp(found=("TIP-3-b",)),
    ),
    (
        # Child rule: "sin necesidad de que concurra" / "aun sin mediar".
        "child_sin_necesidad_es", "es",
        """
        Artículo 9
        Quien capte, traslade o acoja a una persona mediante violencia o engaño con fines de explotación será \
            sancionado con prisión de seis a doce años. Cuando la víctima sea menor de dieciocho años, el delito \
            se configura sin necesidad de que concurra ninguno de los medios señalados.
        """,
        exp(found=("TIP-3-c", "TIP-3-d")),
    ),
    (
        # Future subjunctive of the organiser ("organizare, dirigiere o financiare") and attempt.
        "organizare_dirigiere_es", "es",
        """
        Artículo 12
        El que captare, transportare o acogiere a una persona mediante amenaza con fines de explotación será \
            sancionado con prisión de ocho a quince años.
        Artículo 13
        Con la misma pena será sancionado el que organizare, dirigiere o financiare la comisión del delito \
            previsto en el artículo 12. La tentativa será sancionada conforme a las reglas generales.
        """,
        exp(found=("TIP-5-2-c", "TIP-5-2-a", *acts("recruitment", "transportation", "harbouring"))),
    ),
    (
        # Smuggling: "tráfico ilícito de migrantes", "promoviere o facilitare la entrada o permanencia
        # irregular", a benefit for oneself or another.
        "smuggling_facilitare_es", "es",
        """
        Artículo 303
        Comete el delito de tráfico ilícito de migrantes el que promoviere o facilitare la entrada o \
            permanencia irregular de un extranjero en el país para lograr, para sí o para otro, un provecho \
            económico o cualquier otro beneficio material, y será sancionado con prisión de cuatro a ocho años.
        """,
        exp(found=("SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-1-c")),
    ),
    (
        # Document fraud for smuggling, Spanish drafting.
        "smuggling_documents_es", "es",
        """
        Artículo 304
        Será sancionado con prisión de tres a seis años quien, con el fin de hacer posible el tráfico ilícito \
            de migrantes, falsifique un pasaporte o documento de viaje, o suministre o posea documentos de viaje \
            falsos.
        """,
        exp(found=("SOM-6-1-b-i", "SOM-6-1-b-ii")),
    ),
    (
        # Negative: transport of goods and an ordinary kidnapping are not trafficking.
        "goods_kidnapping_negative_es", "es",
        """
        Artículo 168
        El que secuestre a una persona para obtener un rescate será sancionado con prisión de diez a veinte años.
        Artículo 169
        El que transporte o almacene mercancías de contrabando será sancionado con multa.
        """,
        exp(missing=(*acts("transportation"), *means("abduction"), "TIP-5-1")),
    ),
    # ------------------------------------------------------------------ more traditions
    (
        # Canadian federal French: exploitation defined by its effect ("le contraint à fournir son travail ou ses
        # services en lui faisant craindre pour sa sécurité"; "le conduit à subir le prélèvement d'un organe"),
        # consent "ne constitue pas un consentement valable".
        "exploite_si_elle_lamene_fr", "fr",
        """
        Article 501
        (1) Commet un crime quiconque recrute une personne, la transporte, l'héberge ou en prend le contrôle en \
            vue de l'exploiter.
        (2) Ne constitue pas un consentement valable le consentement de la victime aux actes reprochés.
        Article 502
        (1) Au sens de l'article 501, exploite autrui celui qui le contraint à fournir son travail ou ses \
            services en lui faisant craindre pour sa sécurité s'il refuse.
        (2) Exploite également autrui celui qui, par la tromperie ou la menace, le conduit à subir le \
            prélèvement d'un organe.
        """,
        exp(found=(*acts("recruitment", "transportation", "harbouring"), *purposes("forced_labour", "organ_removal"),
                   "TIP-3-b"),
            missing=purposes("sexual_exploitation", "slavery")),
    ),
    (
        # The same in English: "make that other person provide, or offer to provide, labour or a service".
        "causes_them_to_provide_labour_en", "en",
        """
        Section 501
        (1) Everyone who recruits, transports or harbours a person, or takes control of a person, in order to \
            exploit that person commits an indictable offence punishable by imprisonment for up to sixteen years.
        Section 502
        (1) For the purposes of section 501, a person exploits another if they make that other person \
            provide, or offer to provide, labour or a service through fear for that other person's safety.
        """,
        exp(found=(*acts("recruitment", "transportation", "harbouring"), *purposes("forced_labour")),
            missing=purposes("sexual_exploitation", "organ_removal")),
    ),
    (
        # Maghreb style: "On entend par traite des êtres humains le recrutement d'une personne, son transport
        # ... ou l'entremise à cet effet", the child rule "même en l'absence" of the means for "un enfant âgé
        # de moins de dix-huit ans".
        "on_entend_par_traite_child_fr", "fr",
        """
        Article 448-1
        On entend par traite des êtres humains l'accueil d'une personne, son hébergement, son transfert, son \
            transport ou son recrutement, ou l'entremise à cet effet, par la menace, la violence ou l'abus d'une \
            situation de vulnérabilité, à des fins d'exploitation sexuelle, de travail forcé ou de servitude.
        Article 448-2
        La traite des êtres humains est constituée même en l'absence des moyens cités à l'article 448-1 \
            lorsqu'elle vise un enfant âgé de moins de dix-huit ans.
        Article 448-3
        Quiconque commet la traite des êtres humains est puni de la réclusion de cinq à dix ans.
        """,
        exp(found=(*acts(), *means("coercion", "force", "abuse_of_vulnerability"),
                   *purposes("sexual_exploitation", "forced_labour", "servitude"), "TIP-3-c", "TIP-3-d", "TIP-5-1"),
            missing=(*means("payments"), *purposes("organ_removal"))),
    ),
    (
        # Luxembourg style: "passer ou transférer le contrôle" over a person, aims numbered "1)", "2)" after
        # "en vue :", the pimping offence standing for sexual exploitation.
        "controle_transfere_en_vue_fr", "fr",
        """
        Art. 290-1
        Commet l'infraction de traite des êtres humains celui qui, par tout moyen, recrute ou héberge une \
            personne, ou en cède ou en reprend le contrôle, en vue :
        1) de commettre contre elle l'infraction de proxénétisme ;
        2) de tirer profit de son travail sous la forme de travail forcé ;
        3) de lui faire prélever des organes ou des tissus.
        Art. 290-2
        L'infraction prévue à l'article 290-1 est punie d'un emprisonnement de trois à cinq ans.
        """,
        exp(found=(*acts("recruitment", "harbouring", "transfer"), *purposes("sexual_exploitation", "forced_labour",
                                                                              "organ_removal"), *means()),
            missing=purposes("slavery")),
    ),
    (
        # Andean style with numbered "incisos": the forms of exploitation in a sibling paragraph ("abarcan, entre
        # otras"), the child rule "incluso cuando no se emplee", consent "carece de efectos jurídicos".
        "incisos_abarcan_es", "es",
        """
        Artículo 160
        1. Es reprimido con pena privativa de libertad no menor de nueve años quien, valiéndose de amenazas o \
            engaño, capta, traslada, acoge o retiene a otra persona con fines de explotación.
        2. A los fines del inciso 1, las formas de explotación abarcan, entre otras, la prostitución ajena, la \
            servidumbre, los trabajos forzados y la extracción o el comercio de órganos o tejidos humanos.
        3. La captación, traslado o acogida de una niña, niño o adolescente con fines de explotación se \
            considera trata incluso cuando no se emplee ninguno de los medios del inciso 1.
        4. Que la víctima adulta haya consentido su explotación carece de efectos jurídicos si el autor empleó \
            alguno de los medios referidos.
        """,
        exp(found=(*acts("recruitment", "transfer", "harbouring"), *purposes("sexual_exploitation", "servitude",
                                                                              "forced_labour", "organ_removal"),
                   "TIP-3-b", "TIP-3-c")),
    ),
    (
        # Colombian smuggling: a string of verbs ending "o de cualquier otro modo colabore en la salida o el
        # ingreso", the benefit "con ánimo de lucrarse o de obtener otro provecho".
        "smuggling_animo_de_lucrarse_es", "es",
        """
        Artículo 190
        El que promueva, induzca, facilite, financie o de cualquier otro modo colabore en la salida o el \
            ingreso de personas al país sin cumplir los requisitos legales, con ánimo de lucrarse o de obtener \
            otro provecho para sí o para un tercero, incurrirá en prisión de seis a ocho años.
        """,
        exp(found=("SOM-6-1-a", "SOM-6-1-a.benefit", "SOM-6-2-b", "SOM-6-2-c")),
    ),
    (
        # Negative: a smuggling offence with no benefit element keeps the benefit missing.
        "smuggling_without_benefit_negative_fr", "fr",
        """
        Article 75
        Quiconque, par aide directe ou indirecte, facilite l'entrée irrégulière d'un étranger sur le territoire \
            national est puni de trois ans d'emprisonnement.
        """,
        exp(found=("SOM-6-1-a",), missing=("SOM-6-1-a.benefit", "SOM-6-1-b-i")),
    ),
    (
        # The definition of exploitation unquoted, "Aux fins du présent titre, l'exploitation s'entend de".
        "exploitation_sentend_de_unquoted_fr", "fr",
        """
        Article 20
        Quiconque recrute, transporte ou héberge une personne par la contrainte aux fins d'exploitation est puni \
            de dix ans d'emprisonnement.
        Article 21
        Aux fins du présent titre, l'exploitation s'entend de la mendicité forcée, de l'esclavage ou des \
            pratiques analogues et du prélèvement d'organes.
        """,
        exp(found=purposes("forced_labour", "slavery", "organ_removal")),
    ),
    (
        # A defined verb with "in relation to a person" between the quoted term and "means".
        "trafficks_in_relation_to_en", "en",
        """
        Section 1 Interpretation
        In this Act "trafficks", in relation to a person, means recruits, transports or harbours the person.
        Section 4 Trafficking
        A person who trafficks another person for the purpose of exploitation by coercion shall be guilty of an \
            offence and liable on conviction on indictment to imprisonment for life.
        """,
        exp(found=acts("recruitment", "transportation", "harbouring")),
    ),
    (
        # Negative: the unquoted form defines the term at the head of its sentence ("la servitude s'entend de"),
        # not "exploitation"; an offence "aux fins d'exploitation" does not use that definition, and a relative
        # clause ("la victime qui comprend") defines nothing.
        "sentend_de_other_term_negative_fr", "fr",
        """
        Article 20
        Quiconque recrute, transporte ou héberge une personne par la contrainte aux fins d'exploitation est puni \
            de dix ans d'emprisonnement.
        Article 21
        Aux fins du présent titre, la servitude s'entend de l'esclavage ou des pratiques analogues et du \
            prélèvement de tissus. L'interprète assiste la victime qui comprend mal la langue de la procédure.
        """,
        exp(missing=purposes("slavery", "organ_removal")),
    ),
    (
        # Negative: a customs offence for the entry of goods is not smuggling of migrants.
        "customs_goods_negative_fr", "fr",
        """
        Article 410
        Quiconque facilite l'entrée sur le territoire de marchandises prohibées est puni d'une amende égale au \
            double de leur valeur.
        """,
        exp(missing=("SOM-6-1-a", "SOM-6-1-a.benefit")),
    ),
    (
        # A rule tied to the offence by "Aux fins de l'article 501" (as "Au sens de" and "Pour l'application de"
        # already are).
        "aux_fins_de_larticle_fr", "fr",
        """
        Article 501
        Commet un crime quiconque recrute une personne, la transporte ou l'héberge en vue de l'exploiter.
        Article 502
        Aux fins de l'article 501, exploite autrui celui qui le contraint à fournir son travail ou ses services.
        """,
        exp(found=purposes("forced_labour")),
    ),
    (
        # The offence uses the verb ("dans le but de l'exploiter") of the term its definition article defines
        # ("On entend par exploitation").
        "exploiter_verb_uses_definition_fr", "fr",
        """
        Article 11
        Tout individu qui recrute, transporte ou héberge une personne par la menace, dans le but de l'exploiter, \
            commet l'infraction de traite des personnes et sera puni de quinze ans de réclusion.
        Article 12
        On entend par exploitation la prostitution d'autrui, la servitude et le prélèvement d'organes.
        """,
        exp(found=purposes("sexual_exploitation", "servitude", "organ_removal")),
    ),
    (
        # "Constitue le trafic illicite de migrants le fait de ..." with the penalty in the next article, which
        # names the offence without citing the article.
        "smuggling_constitue_unreferenced_fr", "fr",
        """
        Article 60
        Constitue le trafic illicite de migrants le fait de faciliter l'entrée ou le séjour irréguliers d'un \
            étranger en vue d'en tirer un avantage financier ou un autre avantage matériel.
        Article 61
        Le trafic illicite de migrants est puni de cinq à dix ans d'emprisonnement.
        """,
        exp(found=("SOM-6-1-a.benefit", "SOM-6-1-c")),
    ),
    (
        # Negative: a definition of "exploitant" (the operator) is not the definition of the verb "exploiter" the
        # offence uses: only a noun made of the verb ("exploitation") shares its stem.
        "exploitant_not_exploiter_negative_fr", "fr",
        """
        Article 11
        Tout individu qui recrute, transporte ou héberge une personne par la menace, dans le but de l'exploiter, \
            commet l'infraction de traite des personnes et sera puni de quinze ans de réclusion.
        Article 12
        On entend par exploitant la personne qui tire profit de la prostitution d'autrui, de la servitude ou du \
            prélèvement d'organes.
        """,
        exp(missing=purposes("sexual_exploitation", "servitude", "organ_removal")),
    ),
    (
        # Negative: "aux fins d'exploitation" is a purpose, not a tie to the article it stands beside: a rule on
        # the closure of premises used "aux fins d'exploitation" does not bring its words into the offence.
        "aux_fins_dexploitation_not_tie_negative_fr", "fr",
        """
        Article 501
        Commet un crime quiconque recrute une personne, la transporte ou l'héberge en vue de l'exploiter.
        Article 502
        Les locaux utilisés aux fins d'exploitation de la servitude d'autrui, en lien avec l'article 501, sont \
            fermés par décision du préfet.
        """,
        exp(missing=purposes("servitude")),
    ),
    (
        # Negative: the penalty article names another offence ("Le trafic de stupéfiants"), so the article
        # "Constitue le trafic illicite de migrants le fait de ..." remains a definition without a penalty.
        "smuggling_constitue_other_penalty_negative_fr", "fr",
        """
        Article 60
        Constitue le trafic illicite de migrants le fait de faciliter l'entrée ou le séjour irréguliers d'un \
            étranger en vue d'en tirer un avantage financier ou un autre avantage matériel.
        Article 61
        Le trafic de stupéfiants est puni de cinq à dix ans d'emprisonnement.
        """,
        exp(missing=("SOM-6-1-a", "SOM-6-1-a.benefit")),
    ),
    (
        # Negative: the entry of a foreigner alongside goods is still about a person: a person named between
        # "l'entrée" and "marchandises" keeps the offence smuggling.
        "entry_of_foreigner_or_goods_negative_fr", "fr",
        """
        Article 410
        Quiconque facilite l'entrée irrégulière d'un étranger ou de marchandises prohibées est puni de cinq ans \
            d'emprisonnement.
        """,
        exp(found=("SOM-6-1-a",)),
    ),
    (
        # The aim "with intent to exploit ... or to facilitate the exploitation" is not complicity: "facilitate"
        # stands in the purpose clause, more than six words after "intent".
        "intent_to_exploit_or_facilitate_en", "en",
        """
        Section 212.4
        (1) Everyone who, with intent to exploit another person or to facilitate the exploitation of that person \
            by anyone, recruits, transports or harbours that person commits an indictable offence punishable by \
            imprisonment for up to eighteen years.
        """,
        exp(missing=("TIP-5-2-b",)),
    ),
    (
        # A consent clause "a cualquier forma de explotación" speaks of the victim's consent, not of the offence's
        # purposes: the offence's closed list (sexual exploitation only) leaves slavery missing.
        "consent_to_any_form_not_purpose_es", "es",
        """
        Artículo 33
        Quien capte, traslade o acoja a una persona mediante engaño con fines de explotación sexual será \
            sancionado con prisión de seis a doce años. El consentimiento dado por la víctima a cualquier forma \
            de explotación no excluye la responsabilidad del autor.
        """,
        exp(found=purposes("sexual_exploitation"), missing=purposes("slavery", "organ_removal")),
    ),
    (
        # The means stand in the offence while the acts stand in the definition of the verb: means are an
        # element, so the means the offence does not name are missing (abduction is not among them: coercion
        # listed as a means covers it, conventions rule 3).
        "means_in_offence_acts_in_definition_en", "en",
        """
        Section 1 Interpretation
        In this Act "trafficks" means, in relation to a person, recruits, transports or harbours the person.
        Section 4 Trafficking
        A person who trafficks another person for the purpose of exploitation by means of coercion or deception \
            shall be guilty of an offence and liable on conviction on indictment to imprisonment for life.
        """,
        exp(found=means("coercion", "deception", "abduction"), missing=means("payments", "abuse_of_power")),
    ),
    (
        # Negative: the purpose clause ends where the conduct resumes: "with intent to exploit another person
        # recruits or facilitates the transport" makes the helper who facilitates an author (complicity).
        "intent_then_conduct_facilitates_negative_en", "en",
        """
        Section 212.5
        (1) Everyone who with intent to exploit another person recruits or facilitates the transport of that \
            person commits an indictable offence punishable by imprisonment for up to fourteen years.
        """,
        exp(found=("TIP-5-2-b",)),
    ),
    (
        # Negative: "con fines de cualquier forma de explotación" in the offence itself still covers every purpose,
        # a consent clause beside it notwithstanding.
        "any_form_in_offence_with_consent_negative_es", "es",
        """
        Artículo 34
        Quien capte, traslade o acoja a una persona mediante engaño con fines de cualquier forma de explotación \
            será sancionado con prisión de seis a doce años. El consentimiento dado por la víctima no excluye la \
            responsabilidad del autor.
        """,
        exp(found=purposes()),
    ),
    (
        # Negative: a defined verb used by an offence that names no means: the offence needs none, so every means
        # is found (functional).
        "defined_verb_offence_without_means_negative_en", "en",
        """
        Section 1 Interpretation
        In this Act "trafficks" means, in relation to a person, recruits, transports or harbours the person.
        Section 4 Trafficking
        A person who trafficks another person for the purpose of exploitation shall be guilty of an offence and \
            liable on conviction on indictment to imprisonment for life.
        """,
        exp(found=means()),
    ),
    (
        # Canadian federal style: decimal section numbers with the marginal heading above ("412.01 (1)
        # Quiconque ..."), a second Act's extract with a plain number after its title; the jump between
        # the two numberings is no break in either.
        "decimal_sections_two_acts_fr", "fr",
        """
        CODE CRIMINEL D'OSTRELIE
        Traite des personnes
        412.01 (1) Quiconque recrute, transporte, héberge ou reçoit une personne en vue de l'exploiter commet un \
            acte criminel passible d'un emprisonnement maximal de quatorze ans.
        (2) Ne constitue pas un consentement valable le consentement de la personne aux actes reprochés.
        412.02 Quiconque tente de commettre l'infraction prévue à l'article 412.01 est passible de la même peine.
        LOI SUR L'IMMIGRATION D'OSTRELIE
        131 (1) Commet une infraction quiconque sciemment organise l'entrée au pays d'une personne sachant que \
            cette entrée est en contravention avec la présente loi.
        (2) L'auteur de l'infraction est passible d'un emprisonnement maximal de dix ans.
        """,
        exp(found=(*acts("recruitment", "transportation", "harbouring", "receipt"), "TIP-3-b", "TIP-5-2-a",
                   "SOM-6-1-a"),
            missing=("SOM-6-1-a.benefit",)),
    ),
    (
        # Maghreb style: an amending article completes the code "par les articles 501-1 à 501-3 suivants", the
        # first quoted article opening with a guillemet; acts as nouns with possessives ("son transport, son
        # hébergement"); attempt in a later article that names the crime only ("l'infraction de traite").
        "completed_code_named_crime_fr", "fr",
        """
        Article premier
        Le code pénal est complété par les articles 501-1 à 501-3 suivants :
        « Article 501-1. - On entend par traite des êtres humains le recrutement d'une personne, son transport, \
            son hébergement ou son accueil, par la menace, la contrainte ou la tromperie, à des fins d'exploitation.
        Article 501-2. - Est puni de cinq à dix ans d'emprisonnement quiconque commet la traite des êtres humains.
        Article 501-3. - Est puni des peines de l'infraction consommée quiconque tente de commettre l'infraction \
            de traite ou s'en rend complice. »
        """,
        exp(found=(*acts("recruitment", "transportation", "harbouring", "receipt"), "TIP-5-2-a", "TIP-5-2-b")),
    ),
    (
        # An incise between the verb and the movement ("facilite, moyennant rétribution, la sortie ... du
        # territoire"), the movement's place the French "territoire".
        "facilitates_exit_with_incise_fr", "fr",
        """
        Article 12
        Est puni de trois ans d'emprisonnement quiconque organise ou facilite, à titre habituel et moyennant \
            rétribution, la sortie clandestine du territoire national de personnes étrangères ou \
            leur entrée clandestine.
        """,
        exp(found=("SOM-6-1-a",)),
    ),
    (
        # Canadian federal style: a prohibition ("Nul ne peut sciemment organiser l'entrée ...") punished by the
        # next subsections; "est ou serait en contravention" reaches an attempted entry (conventions, rule 6).
        "prohibition_is_or_would_be_fr", "fr",
        """
        Entrée illégale
        151 (1) Nul ne peut sciemment organiser l'entrée en Ostrelie d'une personne ni l'aider à y entrer en \
            sachant que son entrée est ou serait en contravention avec la présente loi.
        (2) Quiconque contrevient au paragraphe (1) commet une infraction et est passible d'un emprisonnement \
            maximal de dix ans.
        """,
        exp(found=("SOM-6-1-a", "SOM-6-2-a", "SOM-6-2-c"), missing=("SOM-6-1-a.benefit",)),
    ),
    (
        # A consent rule that names no article, in the chapter the code gives to trafficking.
        "consent_rule_in_trafficking_chapter_fr", "fr",
        """
        Chapitre III-2. – De la traite des êtres humains
        Art. 290-1.
        Quiconque enrôle ou loge autrui sous la contrainte pour le livrer à la prostitution commet la traite \
            des êtres humains et encourt cinq ans de réclusion.
        Art. 290-4.
        Le consentement de la victime n'exclut pas l'infraction.
        """,
        exp(found=("TIP-3-b",)),
    ),
    (
        # Negative: the same consent rule in a chapter on assault, beside a trafficking chapter, is not the
        # trafficking offence's.
        "consent_rule_in_other_chapter_negative_fr", "fr",
        """
        Chapitre III-2. – De la traite des êtres humains
        Art. 290-1.
        Quiconque enrôle ou loge autrui sous la contrainte pour le livrer à la prostitution commet la traite \
            des êtres humains et encourt cinq ans de réclusion.
        Chapitre III-3. – Des coups et blessures
        Art. 291-1.
        Quiconque porte des coups à autrui est puni d'un an d'emprisonnement.
        Art. 291-2.
        Le consentement de la victime n'exclut pas l'infraction.
        """,
        exp(missing=("TIP-3-b",)),
    ),
    (
        # A law whose only offence is trafficking: rules with a penalty but no author of their own that speak of
        # "l'infraction" govern it (legal persons, a raised penalty), wherever they stand; victims informed of
        # the proceedings and allowed to stay.
        "rules_for_the_laws_offence_fr", "fr",
        """
        LOI N° 12-40 RELATIVE À LA LUTTE CONTRE LA TRAITE DES ÊTRES HUMAINS
        Article 1
        Quiconque recrute ou héberge une personne par la contrainte à des fins d'exploitation sexuelle est puni \
            de la réclusion de cinq à dix ans.
        Article 2
        Lorsque l'infraction est commise par une personne morale, celle-ci est punie d'une amende.
        Article 3
        La victime est informée des procédures judiciaires applicables.
        Article 4
        La victime de nationalité étrangère peut être autorisée à séjourner sur le territoire pendant la procédure.
        Article 5
        La peine est portée à vingt ans lorsque la victime est un enfant.
        """,
        exp(found=("UNTOC-10", "GP.aggravating_circumstances", "TIP-6-2", "TIP-7-1")),
    ),
    (
        # Negative: the same legal-person paragraph inside the theft article of a code is about theft.
        "legal_person_paragraph_of_another_offence_negative_fr", "fr",
        """
        Article 1
        Quiconque recrute ou héberge une personne par la contrainte à des fins d'exploitation sexuelle est puni \
            de la réclusion de cinq à dix ans.
        Article 2
        Quiconque soustrait frauduleusement la chose d'autrui est puni d'un an d'emprisonnement. Lorsque \
            l'infraction est commise par une personne morale, celle-ci est punie d'une amende.
        """,
        exp(missing=("UNTOC-10", "GP.aggravating_circumstances")),
    ),
    (
        # A means named only in a condition of the penalty, inline after the sanction ("liable to imprisonment for
        # life if the person uses force") does not make means required: every means is found (functional).
        "means_in_inline_penalty_condition_en", "en",
        """
        Section 3. Trafficking
        A person who recruits or harbours another for the purpose of exploitation commits an offence and is liable \
            to imprisonment for ten years, or for life if the person uses force.
        """,
        exp(found=means()),
    ),
    (
        # Negative: "commits an offence if the person recruits ... by force": the condition is the offence itself,
        # so the means it names are required and the others missing.
        "offence_if_conduct_by_means_negative_en", "en",
        """
        Section 3. Trafficking
        A person commits an offence if the person recruits or harbours another by force or deception for the \
            purpose of exploitation, and is liable to imprisonment for ten years.
        """,
        exp(found=means("force", "deception"), missing=means("payments", "abuse_of_power")),
    ),
    (
        # Canadian immigration-law style: trafficking as arranging persons' arrival by coercive means, the acts in
        # a second paragraph that widens "arrange"; named trafficking in the heading. The means
        # of (1) are the offence's (the others missing; no child rule dispenses with them).
        "organize_coming_in_by_means_en", "en",
        """
        IMMIGRATION ACT OF OSTRELIA
        Trafficking in persons
        218 (1) Nobody may arrange the arrival in Ostrelia of any person through kidnapping, fraud, deceit, \
            violence, threats or coercion.
        (2) To arrange an arrival covers recruiting, transporting, receiving or harbouring the persons concerned.
        Penalties
        220 A person who contravenes section 218 is guilty of an offence and liable to life imprisonment.
        """,
        exp(found=(*acts("recruitment", "transportation", "receipt", "harbouring"),
                   *means("abduction", "fraud", "deception", "force", "coercion")),
            missing=(*means("payments", "abuse_of_power", "abuse_of_vulnerability"), "TIP-3-c")),
    ),
    (
        # The same in Canadian French: "Trafic de personnes" names trafficking; the second paragraph widens
        # "organiser la venue" to recruiting, transporting, receiving and lodging.
        "organize_coming_in_by_means_fr", "fr",
        """
        Trafic de personnes
        218 (1) Il est interdit d'organiser la venue en Ostrelie d'autrui par la fraude, la tromperie, le rapt, \
            les menaces, la violence ou toute contrainte.
        (2) Organiser la venue s'entend aussi de recruter ces personnes, de les transporter vers l'Ostrelie, \
            puis de les accueillir ou de les héberger.
        Peines
        220 L'auteur de l'infraction prévue à l'article 218 est passible de l'emprisonnement à perpétuité.
        """,
        exp(found=(*acts("recruitment", "transportation", "receipt", "harbouring"), *means("fraud", "force")),
            missing=(*means("payments", "abuse_of_power"), "TIP-3-c", "SOM-6-1-a")),
    ),
    (
        # Negative: two offences in one article, one by means and one without: the second's empty means slot
        # is its own (every means found), the first's means do not fill it.
        "two_offences_one_article_negative_en", "en",
        """
        Section 9. Offences against liberty
        (1) Any person who by force compels another to work commits an offence and is liable to imprisonment \
            for five years.
        (2) Any person who recruits or harbours another person for the purpose of exploitation commits an offence \
            and is liable to imprisonment for ten years.
        """,
        exp(found=means()),
    ),
    (
        # Negative: a definition ('"smuggles" means procures ... the unlawful entry of a person') creates no
        # offence: the definitions beside it (exploitation, with its sexual exploitation) are no smuggling
        # aggravation.
        "smuggling_definition_is_no_offence_negative_en", "en",
        """
        1. In this Act—
        "exploitation" includes sexual exploitation and forced labour;
        "smuggles" means procures, for a financial or other material benefit, the unlawful entry of a person into \
            the Republic.
        4. Any person who smuggles another person into the Republic is guilty of an offence and liable to \
            imprisonment for ten years.
        """,
        exp(found=("SOM-6-1-a",), missing=("SOM-6-3-b",)),
    ),
    (
        # Negative: a customs offence facilitating the exit of goods from the territory is no smuggling of migrants.
        "facilitates_exit_of_goods_negative_fr", "fr",
        """
        Article 13
        Est puni de deux ans d'emprisonnement quiconque facilite, moyennant rétribution, la sortie du territoire \
            de marchandises prohibées.
        """,
        exp(missing=("SOM-6-1-a",)),
    ),
]

@pytest.mark.parametrize(("language", "text", "expected"), [pytest.param(*case[1:], id=case[0]) for case in STYLES])
def test_drafting_style(language: str, text: str, expected: dict[str, str]) -> None:
    pre = run(text, language)
    got = {key: pre.elements[key].status.value for key in expected}
    wrong = {key: f"expected {value}, got {got[key]}" for key, value in expected.items() if got[key] != value}
    assert not wrong, wrong


def test_case_ids_are_unique_and_name_their_language() -> None:
    cases = [case[:4] for case in STYLES]
    ids = [case[0] for case in cases]
    assert len(ids) == len(set(ids))
    for case_id, language, _, expected in cases:
        assert case_id.endswith(f"_{language}") and expected, case_id
