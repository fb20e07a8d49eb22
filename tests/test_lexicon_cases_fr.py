"""One invented French statute per lexicon term (issue 11): each shows that the term carries its element.

`LEXICON_CASES` holds (element id, term exactly as in the checklist's French lexicon, statute). Every
statute is an original provision of a fictional State, drafted as a French-speaking legislator would
write it, in which a careful assessor reading by `shared/spec/assessment-conventions.md` would say the
element is present; where it could, the statute uses no other word of that element's lexicon, so the
term alone carries the element. `tests/test_legal_fidelity_scope.py` reads the table to count the
terms that have a positive case.

`ENGINE_GAPS` holds the cases where the term is used as the lexicon means it and an assessor would say
"present", but the engine does not find the element today, with a line on why. It is data for the
engine's maintainers, not a test: a test that passes only while the engine is wrong could not fail for
the right reason.
"""

from __future__ import annotations

import pytest
from test_legal_fidelity_scope import norm, term_pattern
from test_match_cases import FOUND, _law, outcome, run

LEXICON_CASES: list[tuple[str, str, str]] = [
    # ----------------------------------------------------------------------------- acts of trafficking
    # "enrôle": enlisting a person is recruitment.
    ("TIP-3-a.act.recruitment", "enrôle", """
        Article 12 - Traite des personnes
        Quiconque enrôle une personne en vue de son exploitation sexuelle, par tromperie ou par menace, commet \
            l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "enrôlement": the noun, in a "le fait de" definition.
    ("TIP-3-a.act.recruitment", "enrôlement", """
        Article 7
        Constitue la traite des êtres humains l'enrôlement d'une personne, au moyen de la violence ou de la \
            fraude, aux fins de la soumettre au travail forcé. Cette infraction est punie de huit ans \
            d'emprisonnement.
        """),
    # "embauche": hiring a person under false promises for exploitation.
    ("TIP-3-a.act.recruitment", "embauche", """
        Section 3. Traite des personnes
        1. Commet l'infraction de traite des personnes celui qui embauche une personne par tromperie aux fins \
            de son exploitation par le travail.
        2. L'auteur est puni de sept à quinze ans d'emprisonnement.
        """),
    # "attire": luring a person is recruitment.
    ("TIP-3-a.act.recruitment", "attire", """
        Article 31
        Est coupable de traite des personnes quiconque attire une personne, par tromperie ou abus d'une \
            situation de vulnérabilité, en vue de son exploitation sexuelle. Il est puni de dix ans de réclusion.
        """),
    # "attirer": the infinitive in "le fait de".
    ("TIP-3-a.act.recruitment", "attirer", """
        Article 44 - Traite des êtres humains
        Le fait d'attirer une personne par la ruse ou la menace afin de la livrer à la prostitution constitue \
            la traite des êtres humains, punie de douze ans d'emprisonnement.
        """),
    # "incite une personne": inducing a person to follow the trafficker is recruitment.
    ("TIP-3-a.act.recruitment", "incite une personne", """
        Article 9
        Commet le crime de traite des personnes et encourt quinze ans de réclusion celui qui, par tromperie, \
            incite une personne à quitter son foyer en vue de son exploitation sexuelle.
        """),
    # "déplace": moving a person is transportation.
    ("TIP-3-a.act.transportation", "déplace", """
        Article 18 - Traite des personnes
        Quiconque déplace une personne d'un lieu à un autre, par la menace ou la violence, aux fins de son \
            exploitation sexuelle ou de travail forcé, est puni de dix ans d'emprisonnement pour traite des \
            personnes.
        """),
    # "déplacement": the noun in a definition of the offence.
    ("TIP-3-a.act.transportation", "déplacement", """
        Article 2
        La traite des personnes s'entend du déplacement d'une personne, par fraude ou par contrainte, en vue \
            de son exploitation par le travail.
        Article 3
        La traite des personnes est punie de dix ans d'emprisonnement.
        """),
    # "conduit une personne": driving a person somewhere is transportation.
    ("TIP-3-a.act.transportation", "conduit une personne", """
        Article 25
        Est puni de neuf ans d'emprisonnement pour traite des personnes celui qui, par la menace, conduit une \
            personne hors de sa localité en vue de son exploitation sexuelle.
        """),
    # "transfère": handing control of a person to another.
    ("TIP-3-a.act.transfer", "transfère", """
        Article 15 - Traite des personnes
        Quiconque transfère une personne à un tiers, par la violence ou la menace, aux fins de son \
            exploitation sexuelle, commet l'infraction de traite des personnes et est puni de dix ans \
            d'emprisonnement.
        """),
    # "cède": ceding a person to another.
    ("TIP-3-a.act.transfer", "cède", """
        Article 16
        Commet l'infraction de traite des personnes celui qui cède une personne à autrui, par tromperie ou \
            contrainte, en vue de son exploitation par le travail. La peine est de huit ans d'emprisonnement.
        """),
    # "cession": the noun.
    ("TIP-3-a.act.transfer", "cession", """
        Article 8
        Constitue la traite des personnes la cession d'une personne, par abus d'une situation de vulnérabilité, \
            aux fins de son exploitation sexuelle. Elle est punie de douze ans de réclusion.
        """),
    # "vend": selling a person.
    ("TIP-3-a.act.transfer", "vend", """
        Article 40 - Traite des personnes
        (1) Quiconque vend une personne, par la contrainte ou la fraude, aux fins de son exploitation, commet \
            l'infraction de traite des personnes.
        (2) Au sens du présent article, l'exploitation comprend l'exploitation sexuelle et le travail forcé.
        (3) L'auteur est puni de quinze ans de réclusion.
        """),
    # "vente": the sale of a person as the act.
    ("TIP-3-a.act.transfer", "vente", """
        Article 5
        La vente d'une personne, obtenue par la violence ou la menace, à des fins d'exploitation sexuelle \
            constitue la traite des personnes et est punie de quinze ans de réclusion.
        """),
    # "livre une personne": delivering a person to the exploiter.
    ("TIP-3-a.act.transfer", "livre une personne", """
        Article 27
        Est coupable de traite des personnes et puni de dix ans d'emprisonnement quiconque, par la menace, \
            livre une personne à un tiers aux fins de son exploitation sexuelle.
        """),
    # "remet": handing over a person.
    ("TIP-3-a.act.transfer", "remet", """
        Article 13
        Commet l'infraction de traite des personnes celui qui remet une personne à autrui, par la contrainte \
            ou la tromperie, en vue de la soumettre au travail forcé. Il est puni de dix ans d'emprisonnement.
        """),
    # "fournit": supplying a person to an exploiter.
    ("TIP-3-a.act.transfer", "fournit", """
        Article 61 - Traite des personnes
        Quiconque fournit une personne à un tiers, par la violence ou la fraude, aux fins de son exploitation \
            sexuelle commet l'infraction de traite des personnes, punie de douze ans d'emprisonnement.
        """),
    # "échange": exchanging a person.
    ("TIP-3-a.act.transfer", "échange", """
        Article 19
        Est puni de quinze ans de réclusion pour traite des personnes quiconque échange une personne contre \
            une somme d'argent ou un bien, par la contrainte, aux fins de son exploitation sexuelle.
        """),
    # "dissimule": concealing a person is harbouring.
    ("TIP-3-a.act.harbouring", "dissimule", """
        Article 22 - Traite des personnes
        Commet l'infraction de traite des personnes quiconque dissimule une personne, par la menace ou la \
            violence, en vue de son exploitation sexuelle. Il est puni de dix ans d'emprisonnement.
        """),
    # "loge": lodging a person is harbouring.
    ("TIP-3-a.act.harbouring", "loge", """
        Article 23
        Quiconque loge une personne, par tromperie ou abus d'une situation de vulnérabilité, aux fins de son \
            exploitation par le travail commet l'infraction de traite des personnes et est puni de huit ans \
            d'emprisonnement.
        """),
    # "abrite": sheltering a person.
    ("TIP-3-a.act.harbouring", "abrite", """
        Article 24
        Est coupable de traite des personnes et puni de dix ans d'emprisonnement celui qui abrite une \
            personne, par la contrainte ou la fraude, en vue de son exploitation sexuelle.
        """),
    # "retient": holding a person.
    ("TIP-3-a.act.harbouring", "retient", """
        Article 26 - Traite des personnes
        Quiconque retient une personne, par la violence ou la menace, aux fins de la soumettre au travail forcé \
            ou à la servitude commet l'infraction de traite des personnes, punie de quinze ans de réclusion.
        """),
    # "séquestre": confining a person for exploitation.
    ("TIP-3-a.act.harbouring", "séquestre", """
        Article 28
        Commet l'infraction de traite des personnes et est puni de quinze ans de réclusion quiconque séquestre \
            une personne, par la menace ou la tromperie, en vue de son exploitation sexuelle.
        """),
    # "accueille": receiving a person.
    ("TIP-3-a.act.receipt", "accueille", """
        Article 29 - Traite des personnes
        Quiconque accueille une personne, par la contrainte ou la tromperie, en vue de son exploitation \
            sexuelle commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "reçoit": receiving a person.
    ("TIP-3-a.act.receipt", "reçoit", """
        Article 30
        Est coupable de traite des personnes celui qui reçoit une personne, par la menace ou la fraude, aux \
            fins de son exploitation par le travail. Il est puni de huit ans d'emprisonnement.
        """),
    # "recevoir": the infinitive.
    ("TIP-3-a.act.receipt", "recevoir", """
        Article 32
        Le fait de recevoir une personne, par la violence ou la tromperie, en vue de la livrer à la \
            prostitution constitue la traite des personnes, punie de dix ans d'emprisonnement.
        """),
    # "réception": the noun.
    ("TIP-3-a.act.receipt", "réception", """
        Article 33
        Constitue la traite des personnes la réception d'une personne, par la contrainte ou l'abus d'une \
            situation de vulnérabilité, aux fins de son exploitation sexuelle. Elle est punie de dix ans \
            d'emprisonnement.
        """),
    # "achète": buying a person is receiving that person.
    ("TIP-3-a.act.receipt", "achète", """
        Article 34 - Traite des personnes
        Quiconque achète une personne, par la contrainte ou la tromperie, aux fins de son exploitation sexuelle \
            ou de travail forcé commet l'infraction de traite des personnes et est puni de quinze ans de réclusion.
        """),
    # "acquiert": acquiring a person.
    ("TIP-3-a.act.receipt", "acquiert", """
        Article 35
        Commet l'infraction de traite des personnes celui qui acquiert une personne, par la menace ou la \
            violence, en vue de son exploitation sexuelle. Il est puni de quinze ans de réclusion.
        """),
    # ----------------------------------------------------------------------------- means
    # "recours à la force" as the only means of the offence.
    ("TIP-3-a.means.force", "recours à la force", """
        Article 41 - Traite des personnes
        Quiconque, par le recours à la force, recrute, transporte ou héberge une personne aux fins de son \
            exploitation sexuelle commet l'infraction de traite des personnes et est puni de dix ans \
            d'emprisonnement.
        """),
    # "menace de recours à la force": the threat of force.
    ("TIP-3-a.means.force", "menace de recours à la force", """
        Article 42
        Constitue la traite des personnes le fait de recruter ou d'héberger une personne, sous la menace de \
            recours à la force, en vue de son exploitation par le travail. Elle est punie de huit ans \
            d'emprisonnement.
        """),
    # "par la force": the means in an adverbial phrase.
    ("TIP-3-a.means.force", "par la force", """
        Section 4. Traite des personnes
        (1) Commet l'infraction de traite des personnes quiconque transporte ou accueille une personne par la \
            force, aux fins de son exploitation sexuelle.
        (2) L'infraction est punie de dix à vingt ans de réclusion.
        """),
    # "contrainte physique": physical constraint is force.
    ("TIP-3-a.means.force", "contrainte physique", """
        Article 43
        Est coupable de traite des personnes et puni de douze ans d'emprisonnement quiconque recrute ou \
            héberge une personne au moyen d'une contrainte physique, en vue de la soumettre au travail forcé.
        """),
    # "contraint": the verb, the only means.
    ("TIP-3-a.means.coercion", "contraint", """
        Article 45
        Commet l'infraction de traite des personnes quiconque transporte ou héberge une personne qu'il a \
            contraint à le suivre, aux fins de son exploitation sexuelle. Il est puni de dix ans \
            d'emprisonnement.
        """),
    # "autres formes de contrainte": the Protocol's catch-all.
    ("TIP-3-a.means.coercion", "autres formes de contrainte", """
        Article 46 - Traite des personnes
        Le fait de recruter ou d'accueillir une personne par le chantage ou d'autres formes de contrainte, aux \
            fins de son exploitation par le travail, constitue la traite des personnes et est puni de dix ans \
            d'emprisonnement.
        """),
    # "coercition": the only means.
    ("TIP-3-a.means.coercion", "coercition", """
        Article 47
        Quiconque, par coercition, recrute ou transporte une personne en vue de son exploitation sexuelle \
            commet l'infraction de traite des personnes, punie de dix ans d'emprisonnement.
        """),
    # "intimide": intimidation as the means.
    ("TIP-3-a.means.coercion", "intimide", """
        Article 48
        Est coupable de traite des personnes celui qui recrute ou héberge une personne qu'il intimide, aux \
            fins de la soumettre au travail forcé. Il est puni de huit ans d'emprisonnement.
        """),
    # "pression": pressure put on the person as the means.
    ("TIP-3-a.means.coercion", "pression", """
        Article 49 - Traite des personnes
        Quiconque recrute ou transporte une personne en exerçant sur elle ou sur sa famille une pression \
            grave, aux fins de son exploitation sexuelle, commet l'infraction de traite des personnes et est puni \
            de dix ans d'emprisonnement.
        """),
    # "enlève": the abduction of the person.
    ("TIP-3-a.means.abduction", "enlève", """
        Article 50
        Commet l'infraction de traite des personnes quiconque enlève une personne et la transporte ou \
            l'héberge aux fins de son exploitation sexuelle. Il est puni de quinze ans de réclusion.
        """),
    # "enlever": the infinitive.
    ("TIP-3-a.means.abduction", "enlever", """
        Article 51
        Le fait d'enlever une personne puis de la transporter ou de l'héberger en vue de la soumettre au \
            travail forcé constitue la traite des personnes, punie de quinze ans de réclusion.
        """),
    # "rapt": the abduction noun.
    ("TIP-3-a.means.abduction", "rapt", """
        Article 52 - Traite des personnes
        Quiconque, par rapt, recrute ou transporte une personne aux fins de son exploitation sexuelle commet \
            l'infraction de traite des personnes et est puni de quinze ans de réclusion.
        """),
    # "séquestration" of the person as the means of the act.
    ("TIP-3-a.means.abduction", "séquestration", """
        Article 53
        Est coupable de traite des personnes et puni de quinze ans de réclusion quiconque, par séquestration, \
            transporte ou accueille une personne en vue de son exploitation par le travail.
        """),
    # "détournement de mineur": taking a minor away is abduction.
    ("TIP-3-a.means.abduction", "détournement de mineur", """
        Article 54
        Commet l'infraction de traite des personnes quiconque, par détournement de mineur, recrute ou transporte \
            une personne aux fins de son exploitation sexuelle. Il est puni de quinze ans de réclusion.
        """),
    # "frauduleuse": the adjective on the means.
    ("TIP-3-a.means.fraud", "frauduleuse", """
        Article 55 - Traite des personnes
        Quiconque recrute ou transporte une personne au moyen d'une offre d'emploi frauduleuse, aux fins de son \
            exploitation sexuelle, commet l'infraction de traite des personnes et est puni de dix ans \
            d'emprisonnement.
        """),
    # "frauduleusement": the adverb on the act.
    ("TIP-3-a.means.fraud", "frauduleusement", """
        Article 56
        Est coupable de traite des personnes celui qui recrute frauduleusement une personne ou l'héberge en vue \
            de son exploitation par le travail. Il est puni de huit ans d'emprisonnement.
        """),
    # "manœuvre frauduleuse", singular.
    ("TIP-3-a.means.fraud", "manœuvre frauduleuse", """
        Article 57
        Le fait de recruter ou de transporter une personne par toute manœuvre frauduleuse, à des fins \
            d'exploitation sexuelle, constitue la traite des personnes, punie de dix ans d'emprisonnement.
        """),
    # "manœuvres frauduleuses", plural.
    ("TIP-3-a.means.fraud", "manœuvres frauduleuses", """
        Article 58 - Traite des personnes
        1. Commet l'infraction de traite des personnes quiconque, par des manœuvres frauduleuses, recrute ou \
            héberge une personne en vue de son exploitation sexuelle.
        2. L'auteur est puni de dix ans d'emprisonnement.
        """),
    # "trompe": the verb.
    ("TIP-3-a.means.deception", "trompe", """
        Article 59
        Quiconque recrute ou transporte une personne qu'il trompe sur la nature du travail promis, aux fins de \
            son exploitation par le travail, commet l'infraction de traite des personnes et est puni de huit \
            ans d'emprisonnement.
        """),
    # "tromper": the infinitive.
    ("TIP-3-a.means.deception", "tromper", """
        Article 60
        Le fait de recruter ou d'héberger une personne après l'avoir trompée, ou de chercher à la tromper, sur \
            les conditions de son séjour, en vue de son exploitation sexuelle, constitue la traite des \
            personnes, punie de dix ans d'emprisonnement.
        """),
    # "manœuvre dolosive", singular.
    ("TIP-3-a.means.deception", "manœuvre dolosive", """
        Article 62 - Traite des personnes
        Quiconque, par une manœuvre dolosive, recrute ou transporte une personne aux fins de son exploitation \
            sexuelle commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "manœuvres dolosives", plural.
    ("TIP-3-a.means.deception", "manœuvres dolosives", """
        Article 63
        Est coupable de traite des personnes celui qui, par des manœuvres dolosives, recrute ou héberge une \
            personne aux fins de la soumettre au travail forcé. Il est puni de huit ans d'emprisonnement.
        """),
    # "promesses fallacieuses": deceptive promises.
    ("TIP-3-a.means.deception", "promesses fallacieuses", """
        Article 64
        Commet l'infraction de traite des personnes quiconque recrute ou transporte une personne au moyen de \
            promesses fallacieuses, en vue de son exploitation sexuelle. Il est puni de dix ans \
            d'emprisonnement.
        """),
    # "fausses promesses": false promises.
    ("TIP-3-a.means.deception", "fausses promesses", """
        Section 65. Traite des personnes
        (1) Quiconque recrute ou accueille une personne par de fausses promesses d'emploi ou de mariage, aux fins \
            de son exploitation, commet l'infraction de traite des personnes.
        (2) L'exploitation s'entend de l'exploitation sexuelle et du travail forcé.
        (3) L'auteur est puni de dix ans d'emprisonnement.
        """),
    # "ruse": trickery.
    ("TIP-3-a.means.deception", "ruse", """
        Article 66
        Le fait de recruter ou de transporter une personne par la ruse, en vue de son exploitation sexuelle, \
            constitue la traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "artifice": a trick.
    ("TIP-3-a.means.deception", "artifice", """
        Article 67
        Quiconque, par artifice, recrute ou héberge une personne aux fins de son exploitation par le travail \
            commet l'infraction de traite des personnes et est puni de huit ans d'emprisonnement.
        """),
    # "abus de pouvoir" as the means.
    ("TIP-3-a.means.abuse_of_power", "abus de pouvoir", """
        Article 68 - Traite des personnes
        Quiconque, par abus de pouvoir, recrute ou transporte une personne aux fins de son exploitation \
            sexuelle commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "abus de fonction": abusing one's office.
    ("TIP-3-a.means.abuse_of_power", "abus de fonction", """
        Article 69
        Est coupable de traite des personnes celui qui, par abus de fonction, recrute ou héberge une personne \
            en vue de la soumettre au travail forcé. Il est puni de dix ans d'emprisonnement.
        """),
    # "abusant de l'autorité" over the person.
    ("TIP-3-a.means.abuse_of_power", "abusant de l'autorité", """
        Article 70
        Commet l'infraction de traite des personnes quiconque, en abusant de l'autorité que lui confèrent ses \
            fonctions, recrute ou transporte une personne aux fins de son exploitation sexuelle. Il est puni de \
            dix ans d'emprisonnement.
        """),
    # "autorité de droit ou de fait": abusing authority in law or in fact.
    ("TIP-3-a.means.abuse_of_power", "autorité de droit ou de fait", """
        Article 71 - Traite des personnes
        Le fait, pour une personne qui abuse de l'autorité de droit ou de fait qu'elle exerce sur autrui, de \
            recruter ou d'héberger cette personne aux fins de son exploitation sexuelle constitue la traite des \
            personnes, punie de dix ans d'emprisonnement.
        """),
    # "abusant de sa position": abusing one's position.
    ("TIP-3-a.means.abuse_of_power", "abusant de sa position", """
        Article 72
        Quiconque, en abusant de sa position d'employeur ou de tuteur, recrute ou transporte une personne en \
            vue de son exploitation par le travail commet l'infraction de traite des personnes et est puni de \
            huit ans d'emprisonnement.
        """),
    # "particulière vulnérabilité": abusing a person's particular vulnerability.
    ("TIP-3-a.means.abuse_of_vulnerability", "particulière vulnérabilité", """
        Article 73
        Commet l'infraction de traite des personnes quiconque, abusant de la particulière vulnérabilité d'une \
            personne due à son âge, à une maladie ou à une grossesse, la recrute ou l'héberge aux fins de son \
            exploitation sexuelle. Il est puni de dix ans d'emprisonnement.
        """),
    # "situation de précarité": abusing a precarious situation.
    ("TIP-3-a.means.abuse_of_vulnerability", "situation de précarité", """
        Article 74 - Traite des personnes
        Le fait de recruter ou de transporter une personne en abusant de sa situation de précarité, aux fins de \
            son exploitation par le travail, constitue la traite des personnes et est puni de huit ans \
            d'emprisonnement.
        """),
    # "précarité": the word alone.
    ("TIP-3-a.means.abuse_of_vulnerability", "précarité", """
        Article 75
        Quiconque, profitant de la précarité économique ou administrative d'une personne, la recrute ou \
            l'héberge en vue de son exploitation sexuelle commet l'infraction de traite des personnes et est puni \
            de dix ans d'emprisonnement.
        """),
    # "dépendance": abusing the person's dependence.
    ("TIP-3-a.means.abuse_of_vulnerability", "dépendance", """
        Article 76
        Est coupable de traite des personnes celui qui, abusant de l'état de dépendance d'une personne, la \
            recrute ou la transporte aux fins de la soumettre au travail forcé. Il est puni de dix ans \
            d'emprisonnement.
        """),
    # "abus de faiblesse": abuse of weakness.
    ("TIP-3-a.means.abuse_of_vulnerability", "abus de faiblesse", """
        Article 77 - Traite des personnes
        Quiconque, par abus de faiblesse, recrute ou héberge une personne aux fins de son exploitation sexuelle \
            commet l'infraction de traite des personnes, punie de dix ans d'emprisonnement.
        """),
    # "situation de détresse": abusing a situation of distress.
    ("TIP-3-a.means.abuse_of_vulnerability", "situation de détresse", """
        Article 78
        Commet l'infraction de traite des personnes quiconque recrute ou transporte une personne en abusant de \
            sa situation de détresse, en vue de son exploitation par le travail. Il est puni de huit ans \
            d'emprisonnement.
        """),
    # "paiements ou avantages" given to the person who controls the victim.
    ("TIP-3-a.means.payments", "paiements ou avantages", """
        Article 79 - Traite des personnes
        Quiconque recrute ou transporte une personne en offrant des paiements ou avantages à celui qui la tient \
            sous son contrôle, pour en obtenir le consentement, aux fins de son exploitation sexuelle, commet \
            l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "personne ayant autorité sur une autre": the person whose consent is bought.
    ("TIP-3-a.means.payments", "personne ayant autorité sur une autre", """
        Article 80
        Constitue la traite des personnes le fait de recruter ou d'héberger une personne, en vue de son \
            exploitation sexuelle, au moyen d'une somme d'argent versée à une personne ayant autorité sur une \
            autre pour obtenir son accord. Elle est punie de dix ans d'emprisonnement.
        """),
    # "ayant autorité sur la victime": the one whose consent is bought.
    ("TIP-3-a.means.payments", "ayant autorité sur la victime", """
        Article 81
        Commet l'infraction de traite des personnes quiconque recrute ou transporte une personne aux fins de \
            son exploitation par le travail en remettant une somme d'argent à la personne ayant autorité sur la \
            victime pour obtenir son accord. Il est puni de huit ans d'emprisonnement.
        """),
    # "offre ou accepte des paiements": the verbal form.
    ("TIP-3-a.means.payments", "offre ou accepte des paiements", """
        Article 82 - Traite des personnes
        Quiconque offre ou accepte des paiements pour obtenir le consentement de celui qui a la garde d'une \
            personne, et recrute ou transporte cette personne aux fins de son exploitation sexuelle, commet \
            l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "rémunération ou de tout autre avantage" promised to the person in control.
    ("TIP-3-a.means.payments", "rémunération ou de tout autre avantage", """
        Article 83
        Est coupable de traite des personnes celui qui recrute ou héberge une personne aux fins de son \
            exploitation sexuelle au moyen d'une rémunération ou de tout autre avantage consenti au parent ou au \
            tuteur qui a la garde de cette personne. Il est puni de dix ans d'emprisonnement.
        """),
    # "en échange d'une rémunération" paid to the person in control.
    ("TIP-3-a.means.payments", "en échange d'une rémunération", """
        Article 84
        Commet l'infraction de traite des personnes quiconque obtient du tuteur d'une personne, en échange d'une \
            rémunération versée à ce tuteur, l'accord de le laisser recruter ou transporter cette personne aux \
            fins de son exploitation par le travail. Il est puni de huit ans d'emprisonnement.
        """),
    # "octroi d'une rémunération" to the person in control.
    ("TIP-3-a.means.payments", "octroi d'une rémunération", """
        Article 85 - Traite des personnes
        Le fait de recruter ou d'accueillir une personne, aux fins de son exploitation sexuelle, par l'octroi \
            d'une rémunération à celui qui exerce sur elle un contrôle, constitue la traite des personnes, punie \
            de dix ans d'emprisonnement.
        """),
    # "promesse de rémunération" to the person in control.
    ("TIP-3-a.means.payments", "promesse de rémunération", """
        Article 86
        Quiconque, par la promesse de rémunération faite au chef de famille dont dépend une personne, recrute \
            ou transporte cette personne aux fins de son exploitation par le travail commet l'infraction de \
            traite des personnes et est puni de huit ans d'emprisonnement.
        """),
    # "offre de paiements" to the person in control.
    ("TIP-3-a.means.payments", "offre de paiements", """
        Article 87
        Est coupable de traite des personnes celui qui, par l'offre de paiements au tuteur d'une personne pour \
            obtenir son accord, recrute ou héberge cette personne en vue de son exploitation sexuelle. Il est \
            puni de dix ans d'emprisonnement.
        """),
    # ----------------------------------------------------------------------------- purposes of exploitation
    # "proxénétisme": the purpose named by the French term of art.
    ("TIP-3-a.purpose.sexual_exploitation", "proxénétisme", """
        Article 88 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, en vue de \
            commettre à son égard des faits de proxénétisme, commet l'infraction de traite des personnes et est \
            puni de dix ans d'emprisonnement.
        """),
    # "pornographie": exploitation in pornography.
    ("TIP-3-a.purpose.sexual_exploitation", "pornographie", """
        Article 89
        Constitue la traite des personnes le fait de recruter ou d'héberger une personne, par la contrainte, \
            aux fins de l'utiliser dans la pornographie. Elle est punie de dix ans d'emprisonnement.
        """),
    # "pornographique": the adjective.
    ("TIP-3-a.purpose.sexual_exploitation", "pornographique", """
        Article 90
        Commet l'infraction de traite des personnes quiconque, par tromperie, recrute ou transporte une \
            personne en vue de la production de matériel pornographique la mettant en scène. Il est puni de dix \
            ans d'emprisonnement.
        """),
    # "services sexuels": forcing a person to provide sexual services.
    ("TIP-3-a.purpose.sexual_exploitation", "services sexuels", """
        Article 91 - Traite des personnes
        1. Quiconque recrute ou héberge une personne, par la violence ou la menace, aux fins de lui faire \
            fournir des services sexuels à des tiers commet l'infraction de traite des personnes.
        2. L'auteur est puni de douze ans d'emprisonnement.
        """),
    # "esclavage sexuel": sexual slavery.
    ("TIP-3-a.purpose.sexual_exploitation", "esclavage sexuel", """
        Article 92
        Le fait de recruter, de transporter ou d'accueillir une personne, par la force ou la tromperie, en vue \
            de la réduire en esclavage sexuel constitue la traite des personnes, punie de quinze ans de réclusion.
        """),
    # "travaux forcés": forced labour in the plural.
    ("TIP-3-a.purpose.forced_labour", "travaux forcés", """
        Article 93 - Traite des personnes
        Quiconque recrute ou transporte une personne, par la menace ou la fraude, aux fins de l'astreindre à des \
            travaux forcés commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "travail ou services forcés": the Protocol's wording.
    ("TIP-3-a.purpose.forced_labour", "travail ou services forcés", """
        Article 94
        Constitue la traite des personnes le fait de recruter ou d'héberger une personne, par la contrainte ou \
            la tromperie, à des fins de travail ou services forcés. Elle est punie de dix ans d'emprisonnement.
        """),
    # "travail obligatoire": compulsory labour.
    ("TIP-3-a.purpose.forced_labour", "travail obligatoire", """
        Article 95
        Commet l'infraction de traite des personnes quiconque recrute ou transporte une personne, par la menace, \
            en vue de la soumettre à un travail obligatoire. Il est puni de huit ans d'emprisonnement.
        """),
    # "exploitation par le travail": labour exploitation.
    ("TIP-3-a.purpose.forced_labour", "exploitation par le travail", """
        Article 96 - Traite des personnes
        Le fait de recruter, de transporter ou d'héberger une personne, par la violence ou la fraude, aux fins \
            d'exploitation par le travail constitue la traite des personnes et est puni de huit ans \
            d'emprisonnement.
        """),
    # "mendicité forcée": forced begging.
    ("TIP-3-a.purpose.forced_labour", "mendicité forcée", """
        Article 97
        Quiconque recrute ou transporte une personne, par la contrainte ou la tromperie, aux fins de mendicité \
            forcée commet l'infraction de traite des personnes et est puni de sept ans d'emprisonnement.
        """),
    # "conditions de travail contraires à la dignité": work in undignified conditions.
    ("TIP-3-a.purpose.forced_labour", "conditions de travail contraires à la dignité", """
        Article 98
        Commet l'infraction de traite des personnes quiconque recrute ou héberge une personne, par tromperie ou \
            abus d'une situation de vulnérabilité, en vue de la faire travailler dans des conditions de travail \
            contraires à la dignité humaine. Il est puni de sept ans d'emprisonnement.
        """),
    # "fournir son travail ou ses services": compelled to provide one's work or services.
    ("TIP-3-a.purpose.forced_labour", "fournir son travail ou ses services", """
        Article 99 - Traite des personnes
        Quiconque recrute ou transporte une personne, par la menace ou la violence, en vue de la contraindre à \
            fournir son travail ou ses services sans contrepartie commet l'infraction de traite des personnes et \
            est puni de dix ans d'emprisonnement.
        """),
    # "esclave": holding the person as a slave.
    ("TIP-3-a.purpose.slavery", "esclave", """
        Article 100
        Constitue la traite des personnes le fait de recruter, de transporter ou d'accueillir une personne, par \
            la force ou la tromperie, aux fins de la tenir comme esclave. Elle est punie de quinze ans de \
            réclusion.
        """),
    # "réduction en esclavage": enslavement.
    ("TIP-3-a.purpose.slavery", "réduction en esclavage", """
        Article 101 - Traite des personnes
        Quiconque recrute ou héberge une personne, par la menace ou la contrainte, en vue de sa réduction en \
            esclavage commet l'infraction de traite des personnes et est puni de quinze ans de réclusion.
        """),
    # "servitude pour dettes": debt bondage, a practice similar to slavery.
    ("TIP-3-a.purpose.slavery", "servitude pour dettes", """
        Article 102
        Commet l'infraction de traite des personnes quiconque, par tromperie, recrute ou transporte une \
            personne aux fins de la maintenir en servitude pour dettes. Il est puni de dix ans d'emprisonnement.
        """),
    # "servage": serfdom, a practice similar to slavery.
    ("TIP-3-a.purpose.slavery", "servage", """
        Article 103
        Le fait de recruter ou d'héberger une personne, par la contrainte, en vue de la soumettre au servage \
            constitue la traite des personnes, punie de dix ans d'emprisonnement.
        """),
    # "mariage servile": servile marriage, a practice similar to slavery.
    ("TIP-3-a.purpose.slavery", "mariage servile", """
        Article 104 - Traite des personnes
        Quiconque recrute, transporte ou remet une personne, par la menace ou la fraude, en vue d'un mariage \
            servile commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "servitude domestique": domestic servitude.
    ("TIP-3-a.purpose.servitude", "servitude domestique", """
        Article 105
        Commet l'infraction de traite des personnes quiconque recrute ou héberge une personne, par tromperie, \
            aux fins de la maintenir en servitude domestique. Il est puni de dix ans d'emprisonnement.
        """),
    # "état de servitude": a state of servitude.
    ("TIP-3-a.purpose.servitude", "état de servitude", """
        Article 106 - Traite des personnes
        Le fait de recruter ou de transporter une personne, par la contrainte ou la fraude, en vue de la tenir \
            dans un état de servitude constitue la traite des personnes, punie de dix ans d'emprisonnement.
        """),
    # "réduction en servitude": reducing a person to servitude.
    ("TIP-3-a.purpose.servitude", "réduction en servitude", """
        Article 107
        Quiconque accueille ou héberge une personne, par la violence ou la menace, en vue de sa réduction en \
            servitude commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "ablation d'organes": removal of organs.
    ("TIP-3-a.purpose.organ_removal", "ablation d'organes", """
        Article 108 - Traite des personnes
        Quiconque recrute ou transporte une personne, par la tromperie ou l'abus d'une situation de \
            vulnérabilité, en vue de l'ablation d'organes commet l'infraction de traite des personnes et est puni \
            de quinze ans de réclusion.
        """),
    # "tissus": removal of a kidney or of tissues (an organ is named, so an assessor says present).
    ("TIP-3-a.purpose.organ_removal", "tissus", """
        Article 109
        Commet l'infraction de traite des personnes quiconque recrute ou héberge une personne, par la \
            contrainte ou la fraude, en vue du prélèvement sur elle d'un rein, d'une cornée ou de tissus à des \
            fins lucratives. Il est puni de quinze ans de réclusion.
        """),
    # "cellules ou produits du corps humain": removal of cells or products of the human body, organs among them.
    ("TIP-3-a.purpose.organ_removal", "cellules ou produits du corps humain", """
        Article 110 - Traite des personnes
        Le fait de recruter ou de transporter une personne, par la menace ou la tromperie, en vue du prélèvement \
            d'un rein, du foie, ou d'autres cellules ou produits du corps humain, constitue la traite des \
            personnes, punie de quinze ans de réclusion.
        """),
    # ----------------------------------------------------------------------------- consent (TIP-3-b)
    # "consentement est indifférent": a consent clause after an offence with means.
    ("TIP-3-b", "consentement est indifférent", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11 - Consentement
        Le consentement est indifférent lorsque l'un des moyens énoncés à l'article 10 a été employé.
        """),
    # "sans effet": consent without effect.
    ("TIP-3-b", "sans effet", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Le consentement de la personne exploitée à l'exploitation envisagée est sans effet dès lors que l'un des \
            moyens visés à l'article 10 a été utilisé.
        """),
    # "ne constitue pas une cause d'exonération": consent is no defence.
    ("TIP-3-b", "ne constitue pas une cause d'exonération", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Le consentement de la personne recrutée ne constitue pas une cause d'exonération de la responsabilité \
            pénale de l'auteur de l'infraction prévue à l'article 10.
        """),
    # "même avec son consentement": the offence holds even with consent.
    ("TIP-3-b", "même avec son consentement", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, même avec son consentement, par la menace ou la \
            tromperie, aux fins de son exploitation commet l'infraction de traite des personnes et est puni de \
            dix ans d'emprisonnement.
        """),
    # "nonobstant le consentement": notwithstanding consent.
    ("TIP-3-b", "nonobstant le consentement", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est constituée nonobstant le consentement donné par la personne \
            exploitée.
        """),
    # "quel que soit le consentement": whatever the consent.
    ("TIP-3-b", "quel que soit le consentement", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11 - Indifférence du consentement
        Les peines prévues à l'article 10 s'appliquent quel que soit le consentement de la personne exploitée.
        """),
    # "avec ou sans le consentement": with or without consent.
    ("TIP-3-b", "avec ou sans le consentement", """
        Article 10 - Traite des personnes
        Commet l'infraction de traite des personnes quiconque, avec ou sans le consentement de la personne, la \
            recrute, la transporte ou l'héberge, par la menace ou la tromperie, aux fins de son exploitation. Il \
            est puni de dix ans d'emprisonnement.
        """),
    # ----------------------------------------------------------------------------- no means for children (TIP-3-c)
    # "même si elle n'est commise dans aucune des circonstances": child trafficking needs no means.
    ("TIP-3-c", "même si elle n'est commise dans aucune des circonstances", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        La traite des personnes est constituée à l'égard d'un mineur même si elle n'est commise dans aucune des \
            circonstances prévues à l'article 10.
        """),
    # "même sans recourir": no means needed when the victim is a minor.
    ("TIP-3-c", "même sans recourir", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        Lorsque la personne recrutée est un mineur, l'infraction prévue à l'article 10 est constituée même sans \
            recourir à la menace ou à la tromperie.
        """),
    # "quel que soit le moyen": whatever the means, for a minor.
    ("TIP-3-c", "quel que soit le moyen", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12 - Traite des mineurs
        Quiconque recrute, transporte ou héberge un mineur aux fins de son exploitation, quel que soit le moyen \
            employé, est puni de quinze ans de réclusion.
        """),
    # "indépendamment de": regardless of the means, for a minor.
    ("TIP-3-c", "indépendamment de", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        Le recrutement, le transport ou l'hébergement d'un mineur aux fins de son exploitation constitue la \
            traite des personnes indépendamment de l'emploi de l'un des moyens visés à l'article 10.
        """),
    # ----------------------------------------------------------------------------- child (TIP-3-d)
    # "mineurs": a child rule in the plural, no age stated (functional).
    ("TIP-3-d", "mineurs", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12 - Protection des mineurs
        La peine est portée à quinze ans de réclusion lorsque l'infraction prévue à l'article 10 vise des mineurs.
        """),
    # "mineure": the feminine, in an aggravation of the offence.
    ("TIP-3-d", "mineure", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        La peine est portée à quinze ans de réclusion lorsque l'infraction prévue à l'article 10 est commise à \
            l'égard d'une personne mineure.
        """),
    # "enfant": a child rule using the term of art.
    ("TIP-3-d", "enfant", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12 - Traite d'un enfant
        Le recrutement, le transport ou l'hébergement d'un enfant aux fins de son exploitation constitue la \
            traite des personnes, même en l'absence des moyens visés à l'article 10. Il est puni de quinze ans de \
            réclusion.
        """),
    # "enfants": the plural.
    ("TIP-3-d", "enfants", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        La peine est de vingt ans de réclusion lorsque l'infraction prévue à l'article 10 est commise à l'égard \
            de plusieurs enfants.
        """),
    # "moins de 18 ans": the age in figures.
    ("TIP-3-d", "moins de 18 ans", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        Lorsque la victime a moins de 18 ans, l'infraction prévue à l'article 10 est constituée sans qu'il soit \
            nécessaire d'établir la menace ou la tromperie.
        """),
    # "mineur de dix-huit ans": the Code's older drafting.
    ("TIP-3-d", "mineur de dix-huit ans", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        La peine est portée à quinze ans de réclusion lorsque l'infraction prévue à l'article 10 est commise à \
            l'égard d'un mineur de dix-huit ans.
        """),
    # "âgé de moins de dix-huit ans": the age in words, in a no-means rule for children.
    ("TIP-3-d", "âgé de moins de dix-huit ans", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        Lorsqu'elle est commise à l'égard d'un individu âgé de moins de dix-huit ans, l'infraction prévue à \
            l'article 10 est constituée même en l'absence de menace ou de tromperie et punie de quinze ans de \
            réclusion.
        """),
    # ----------------------------------------------------------------------------- the offence (TIP-5-1)
    # "traite des êtres humains": the offence's name.
    ("TIP-5-1", "traite des êtres humains", """
        Article 225-20 - De la traite des êtres humains
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation sexuelle ou de travail forcé commet le délit de traite des êtres humains et encourt dix \
            ans d'emprisonnement.
        """),
    # "traite de personnes": the name without the article.
    ("TIP-5-1", "traite de personnes", """
        Article 3 - Infraction de traite de personnes
        Commet l'infraction de traite de personnes quiconque recrute, transporte ou accueille une personne, par \
            la contrainte ou la fraude, en vue de son exploitation sexuelle ou de travail forcé. Il encourt douze \
            ans de réclusion.
        """),
    # "traite d'êtres humains": the name with the elided article.
    ("TIP-5-1", "traite d'êtres humains", """
        Article 6
        Est coupable de traite d'êtres humains quiconque recrute, héberge ou transfère une personne, par la \
            menace ou la tromperie, en vue de son exploitation sexuelle ou de sa réduction en esclavage. Il \
            encourt quinze ans de réclusion.
        """),
    # "puni d'une peine": the penalty phrase of the offence.
    ("TIP-5-1", "puni d'une peine", """
        Article 14 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation sexuelle ou de travail forcé, est puni d'une peine privative de liberté de dix à vingt ans.
        """),
    # "peine d'emprisonnement": the penalty phrase of the offence.
    ("TIP-5-1", "peine d'emprisonnement", """
        Article 17
        1. Le recrutement, le transport ou l'hébergement d'une personne, par la violence ou la fraude, aux fins de \
            son exploitation sexuelle ou de travail forcé constitue l'infraction de traite.
        2. L'auteur encourt une peine d'emprisonnement de huit à quinze ans.
        """),
    # ----------------------------------------------------------------------------- attempt (TIP-5-2-a)
    # "la tentative est punie": an attempt clause for the offence.
    ("TIP-5-2-a", "la tentative est punie", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        La tentative est punie des mêmes peines que l'infraction prévue à l'article 10.
        """),
    # "tente de": attempting in the offence itself.
    ("TIP-5-2-a", "tente de", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, ou tente de le faire, par la menace ou la \
            tromperie, aux fins de son exploitation, commet l'infraction de traite des personnes et est puni de \
            dix ans d'emprisonnement.
        """),
    # "tenté de commettre": a person who attempted to commit the offence.
    ("TIP-5-2-a", "tenté de commettre", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Est puni des peines prévues à l'article 10 quiconque a tenté de commettre l'infraction qui y est définie.
        """),
    # ----------------------------------------------------------------------------- complicity (TIP-5-2-b)
    # "complices": accomplices punished like the author.
    ("TIP-5-2-b", "complices", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11 - Complicité et participation
        Les complices de l'infraction prévue à l'article 10 sont punis des mêmes peines que l'auteur.
        """),
    # "complicité": complicity punished.
    ("TIP-5-2-b", "complicité", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        La complicité dans l'infraction prévue à l'article 10 est punie des mêmes peines.
        """),
    # "aide ou assistance": knowingly giving help or assistance.
    ("TIP-5-2-b", "aide ou assistance", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Est puni des peines prévues à l'article 10 quiconque apporte sciemment aide ou assistance à l'auteur de \
            l'infraction qui y est définie.
        """),
    # "participe à": taking part in the offence.
    ("TIP-5-2-b", "participe à", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Quiconque participe à la commission de l'infraction prévue à l'article 10 est puni des mêmes peines.
        """),
    # "coauteur": the co-author is punished like the author.
    ("TIP-5-2-b", "coauteur", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Le coauteur de l'infraction prévue à l'article 10 encourt les mêmes peines que l'auteur principal.
        """),
    # "facilite": facilitating the offence.
    ("TIP-5-2-b", "facilite", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Est puni de sept ans d'emprisonnement quiconque facilite sciemment les faits prévus à l'article 10.
        """),
    # "facilite la commission": facilitating the commission of the offence.
    ("TIP-5-2-b", "facilite la commission", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Encourt les mêmes peines quiconque, en connaissance de cause, facilite la commission de l'infraction \
            prévue à l'article 10.
        """),
    # "aide ou encourage": aiding or abetting.
    ("TIP-5-2-b", "aide ou encourage", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Quiconque aide ou encourage une personne à commettre l'infraction prévue à l'article 10 est puni des \
            mêmes peines.
        """),
    # ----------------------------------------------------------------------------- organising (TIP-5-2-c)
    # "organisateur": the organiser is punished more severely.
    ("TIP-5-2-c", "organisateur", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'organisateur de l'infraction prévue à l'article 10 est puni de vingt ans de réclusion.
        """),
    # "dirigeants": the leaders of a group committing the offence.
    ("TIP-5-2-c", "dirigeants", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Les dirigeants d'un groupement qui commet l'infraction prévue à l'article 10 sont punis de vingt ans de \
            réclusion.
        """),
    # "instigateur": the instigator.
    ("TIP-5-2-c", "instigateur", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'instigateur de l'infraction prévue à l'article 10 est puni comme l'auteur.
        """),
    # "instigation": committing the offence at another's instigation.
    ("TIP-5-2-c", "instigation", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'instigation à commettre l'infraction prévue à l'article 10 est punie des mêmes peines, même si elle \
            n'a pas été suivie d'effet.
        """),
    # "provoque": provoking the offence.
    ("TIP-5-2-c", "provoque", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Quiconque provoque directement la commission de l'infraction prévue à l'article 10 est puni des mêmes \
            peines.
        """),
    # "incite": inciting the offence.
    ("TIP-5-2-c", "incite", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Est puni des peines prévues à l'article 10 quiconque incite autrui à commettre l'infraction qui y est \
            définie.
        """),
    # "commandite": commissioning the offence.
    ("TIP-5-2-c", "commandite", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Quiconque commandite l'infraction prévue à l'article 10 est puni de vingt ans de réclusion.
        """),
    # "donne des instructions": directing others to commit the offence.
    ("TIP-5-2-c", "donne des instructions", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Est puni de vingt ans de réclusion quiconque donne des instructions en vue de la commission de \
            l'infraction prévue à l'article 10.
        """),
    # "finance": financing the offence.
    ("TIP-5-2-c", "finance", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \\
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Quiconque finance, en connaissance de cause, l'infraction prévue à l'article 10 est puni des mêmes peines.
        """),
]

ENGINE_GAPS: list[tuple[str, str, str, str]] = [
    # "n'a pas atteint l'âge de dix-huit ans": an age-18 aggravation that names no "mineur" or "enfant".
    ("TIP-3-d", "n'a pas atteint l'âge de dix-huit ans", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        La peine est portée à quinze ans de réclusion lorsque la victime n'a pas atteint l'âge de dix-huit ans.
        """, "child_age only reads ages in provisions that carry a 'child' vocabulary word (mineur, enfant, moins de "
         "18 ans); 'n'a pas atteint l'âge de' is not one, so the stated age 18 is never read"),
    # "mineure" in a no-means rule for children that refers to the offence by its article.
    ("TIP-3-d", "mineure", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 12
        Lorsque la victime est une personne mineure, l'infraction prévue à l'article 10 est constituée même en \
            l'absence de menace ou de tromperie.
        """, "TIP-3-c is found in art. 12 but TIP-3-d is not: a no-means child rule that refers to the offence by "
         "number is not among the provisions child_age reads (the same words in an aggravation are)"),
]


@pytest.mark.parametrize(("element_id", "term", "text"),
                         [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in LEXICON_CASES])
def test_the_term_carries_its_element(element_id: str, term: str, text: str) -> None:
    assert outcome(run(text, "fr"), element_id) == FOUND


@pytest.mark.parametrize(("element_id", "term", "text"),
                         [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in LEXICON_CASES + [
                             case[:3] for case in ENGINE_GAPS]])
def test_the_term_is_in_its_statute(element_id: str, term: str, text: str) -> None:
    # The coverage count reads the statute through the same pattern: a case that misspells its term checks nothing.
    assert term_pattern(term).search(norm(_law(text)))
