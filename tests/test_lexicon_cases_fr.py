"""One invented French statute per lexicon term (issue 11): each shows that the term carries its element.

`LEXICON_CASES` holds (element id, term exactly as in the checklist's French lexicon, statute). Every
statute is an original provision of a fictional State, drafted as a French-speaking legislator would
write it, in which a careful assessor reading by `shared/spec/assessment-conventions.md` would say the
element is present; where it could, the statute uses no other word of that element's lexicon, so the
term alone carries the element. `tests/test_legal_fidelity_scope.py` reads the table to count the
terms that have a positive case.

`FIXED_GAPS` holds the cases where the term is used as the lexicon means it and an assessor would say
"present", but the engine missed the element when these cases were written, with a line on why; the engine now
reads each (docs/engine.md, tests/test_engine_gaps.py), and a test keeps them found.
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
    # "vente d'une personne": the sale of a person as the act (a bare "vente" is also the purpose, "en vue de la
    # vente de ses organes").
    ("TIP-3-a.act.transfer", "vente d'une personne", """
        Article 5
        La vente d'une personne, obtenue par la violence ou la menace, à des fins d'exploitation sexuelle \
            constitue la traite des personnes et est punie de quinze ans de réclusion.
        """),
    # "vente d'enfants": the sale of children as the act.
    ("TIP-3-a.act.transfer", "vente d'enfants", """
        Article 6
        La vente d'enfants à des fins d'exploitation sexuelle constitue la traite des personnes et est punie de \
            vingt ans de réclusion.
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
            héberge une personne au moyen d'une contrainte physique, en vue de son exploitation sexuelle.
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
    # "autorité de droit ou de fait": misusing authority in law or in fact over the person.
    ("TIP-3-a.means.abuse_of_power", "autorité de droit ou de fait", """
        Article 71 - Traite des personnes
        Le fait, pour quiconque exerce sur une personne une autorité de droit ou de fait, de se servir de cette \
            autorité pour la recruter ou l'héberger aux fins de son exploitation sexuelle constitue la traite des \
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
    # "consentement d'une personne ayant autorité sur une autre": the person whose consent is bought (the bare
    # "personne ayant autorité" is usually the aggravation for abuse of authority).
    ("TIP-3-a.means.payments", "consentement d'une personne ayant autorité sur une autre", """
        Article 80
        Constitue la traite des personnes le fait de recruter ou d'héberger une personne, en vue de son \
            exploitation sexuelle, par le versement de sommes d'argent destinées à obtenir le consentement d'une \
            personne ayant autorité sur une autre. Elle est punie de dix ans d'emprisonnement.
        """),
    # "offre ou accepte des paiements": the verbal form.
    ("TIP-3-a.means.payments", "offre ou accepte des paiements", """
        Article 82 - Traite des personnes
        Quiconque offre ou accepte des paiements pour obtenir le consentement de celui qui a la garde d'une \
            personne, et recrute ou transporte cette personne aux fins de son exploitation sexuelle, commet \
            l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        """),
    # "octroi d'une rémunération" to the person in control.
    ("TIP-3-a.means.payments", "octroi d'une rémunération", """
        Article 85 - Traite des personnes
        Le fait de recruter ou d'accueillir une personne, aux fins de son exploitation sexuelle, par l'octroi \
            d'une rémunération à celui qui exerce sur elle un contrôle, constitue la traite des personnes, punie \
            de dix ans d'emprisonnement.
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
        Article 14 - Exploitation d'autrui
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
        Article 11
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
    # ----------------------------------------------------------------------------- privacy and identity (TIP-6-1)
    # "vie privée": the victim's private life protected in proceedings.
    ("TIP-6-1", "vie privée", """
        Article 30 - Protection des victimes
        Les autorités judiciaires prennent les mesures nécessaires pour protéger la vie privée des victimes de \
            la traite des personnes au cours de l'enquête et du procès.
        """),
    # "identité des victimes": a ban on making the victims' identity known.
    ("TIP-6-1", "identité des victimes", """
        Article 31
        Il est interdit de rendre publics, par quelque moyen que ce soit, les éléments permettant d'établir \
            l'identité des victimes de la traite des personnes. Toute infraction à cette interdiction est punie \
            d'une amende de 5 000 000 de francs.
        """),
    # "anonymat": the victim may keep anonymity.
    ("TIP-6-1", "anonymat", """
        Article 32
        La victime de la traite des personnes peut demander à bénéficier de l'anonymat durant toute la \
            procédure pénale, sans préjudice des droits de la défense.
        """),
    # "confidentialité": confidentiality of the proceedings concerning a victim.
    ("TIP-6-1", "confidentialité", """
        Article 33 - Confidentialité
        La confidentialité des procédures relatives à la traite des personnes est assurée afin de protéger les \
            victimes. Les pièces de la procédure qui les concernent ne sont communiquées qu'aux parties.
        """),
    # "confidentiel": the victim's particulars are confidential.
    ("TIP-6-1", "confidentiel", """
        Article 34
        1. Le dossier de la victime de la traite des personnes a un caractère confidentiel.
        2. Quiconque en révèle le contenu à un tiers non autorisé est puni d'une amende de 2 000 000 de francs.
        """),
    # "publicité des débats": the court may restrict the publicity of the hearing for the victim.
    ("TIP-6-1", "publicité des débats", """
        Article 35
        Lorsque la victime de la traite des personnes le demande, la juridiction peut écarter la publicité des \
            débats pour tout ou partie de l'audience.
        """),
    # "divulgation de l'identité": disclosing the victim's identity is punished.
    ("TIP-6-1", "divulgation de l'identité", """
        Article 36 - Protection de la victime
        La divulgation de l'identité de toute personne reconnue victime de la traite des personnes, par voie de \
            presse ou par tout autre moyen, est punie d'une amende de 3 000 000 de francs.
        """),
    # "révélation de l'identité": revealing the victim's identity is forbidden.
    ("TIP-6-1", "révélation de l'identité", """
        Article 37
        Toute révélation de l'identité d'une personne victime de la traite des personnes est interdite, sauf \
            accord de celle-ci. Le contrevenant encourt six mois d'emprisonnement.
        """),
    # "ne peut être publiée": no publication of the victim's image or name.
    ("TIP-6-1", "ne peut être publiée", """
        Article 38
        Aucune information permettant de reconnaître la victime de la traite des personnes ne peut être publiée \
            sans son accord écrit.
        """),
    # ------------------------------------------------------------------------- information and participation (TIP-6-2)
    # "droit d'être informé" of the proceedings.
    ("TIP-6-2", "droit d'être informé", """
        Article 40 - Droits de la victime
        Toute victime de la traite des personnes a le droit d'être informé, dans une langue qu'elle comprend, \
            des procédures judiciaires et administratives qui la concernent.
        """),
    # "être informée" of the progress of the case.
    ("TIP-6-2", "être informée", """
        Article 41
        La victime de la traite des personnes doit être informée, dans une langue qu'elle comprend, de l'état \
            de la procédure pénale et des décisions rendues.
        """),
    # "information de la victime": the authorities' duty to inform.
    ("TIP-6-2", "information de la victime", """
        Article 42
        Le procureur veille à l'information de la victime de la traite des personnes sur ses droits et sur les \
            suites données à sa plainte.
        """),
    # "préoccupations": the victim's concerns are heard.
    ("TIP-6-2", "préoccupations", """
        Article 43
        Les victimes de la traite des personnes peuvent, à tous les stades de la procédure pénale, exprimer leurs \
            préoccupations, qui sont examinées par la juridiction sans préjudice des droits de la défense.
        """),
    # "être entendue": the victim's right to be heard.
    ("TIP-6-2", "être entendue", """
        Article 44
        La victime de la traite des personnes a le droit d'être entendue par le juge, assistée d'un avocat, \
            avant toute décision mettant fin à la procédure.
        """),
    # "partie civile": the victim's standing as civil party.
    ("TIP-6-2", "partie civile", """
        Article 45
        La victime de la traite des personnes est admise comme partie civile devant toute juridiction saisie \
            des faits, quelle que soit sa situation au regard du séjour.
        """),
    # "se constituer partie civile": the victim may join as civil party.
    ("TIP-6-2", "se constituer partie civile", """
        Article 46
        Toute victime de la traite des personnes peut se constituer partie civile et bénéficie à cette fin de \
            l'aide juridictionnelle.
        """),
    # ----------------------------------------------------------------------------- assistance for recovery (TIP-6-3)
    # "foyer d'accueil": a shelter for victims (a bare "foyer" is also the victim's home).
    ("TIP-6-3", "foyer d'accueil", """
        Article 50 - Mise à l'abri
        L'État met à la disposition des victimes de la traite des personnes un foyer d'accueil sûr, où elles sont \
            reçues gratuitement et librement.
        """),
    # "foyer d'hébergement": a residential shelter for victims.
    ("TIP-6-3", "foyer d'hébergement", """
        Article 51
        Chaque région dispose d'au moins un foyer d'hébergement réservé aux victimes de la traite des personnes.
        """),
    # "centre d'accueil": a reception centre for victims.
    ("TIP-6-3", "centre d'accueil", """
        Article 51
        Un centre d'accueil pour les victimes de la traite des personnes est ouvert dans chaque région. Il leur \
            offre un logement et des soins.
        """),
    # "accompagnement": support given to victims.
    ("TIP-6-3", "accompagnement", """
        Article 52
        Les victimes de la traite des personnes bénéficient d'un accompagnement gratuit assuré par les services \
            sociaux en coopération avec les associations.
        """),
    # "assistance psychologique" for victims.
    ("TIP-6-3", "assistance psychologique", """
        Article 53
        L'État assure aux victimes de la traite des personnes une assistance psychologique gratuite, quelle que \
            soit leur nationalité.
        """),
    # "aide matérielle" for victims.
    ("TIP-6-3", "aide matérielle", """
        Article 54
        Toute victime de la traite des personnes reçoit une aide matérielle lui permettant de subvenir à ses \
            besoins essentiels.
        """),
    # "réadaptation des victimes" (a bare "réadaptation" is also the offender's).
    ("TIP-6-3", "réadaptation des victimes", """
        Article 55
        Le ministère chargé des affaires sociales organise la réadaptation des victimes de la traite des \
            personnes, sur les plans physique et psychologique.
        """),
    # "réinsertion des victimes" (a bare "réinsertion" is also the convicted offender's).
    ("TIP-6-3", "réinsertion des victimes", """
        Article 56
        Des programmes de réinsertion des victimes de la traite des personnes sont mis en œuvre par l'État avec \
            le concours des organisations non gouvernementales.
        """),
    # "rétablissement" of victims.
    ("TIP-6-3", "rétablissement", """
        Article 57
        L'État prend les mesures nécessaires au rétablissement physique, psychologique et social des victimes de \
            la traite des personnes.
        """),
    # "formation professionnelle" offered to victims.
    ("TIP-6-3", "formation professionnelle", """
        Article 58
        Les victimes de la traite des personnes ont accès, à titre gratuit, à une formation professionnelle et à \
            l'enseignement.
        """),
    # "prise en charge" of victims.
    ("TIP-6-3", "prise en charge", """
        Article 59
        La prise en charge des victimes de la traite des personnes par les services de l'État est gratuite et \
            n'est subordonnée ni à leur plainte ni à leur témoignage.
        """),
    # "assistance aux victimes": the assistance named as such.
    ("TIP-6-3", "assistance aux victimes", """
        Article 60 - Assistance
        L'assistance aux victimes de la traite des personnes comprend le logement, les soins, le soutien juridique \
            et l'aide à l'emploi.
        """),
    # "insertion sociale et professionnelle" of victims.
    ("TIP-6-3", "insertion sociale et professionnelle", """
        Article 61
        L'État favorise l'insertion sociale et professionnelle des victimes de la traite des personnes.
        """),
    # "insertion sociale" of victims.
    ("TIP-6-3", "insertion sociale", """
        Article 62
        Les victimes de la traite des personnes bénéficient de mesures d'insertion sociale adaptées à leur \
            situation.
        """),
    # "insertion professionnelle" of victims.
    ("TIP-6-3", "insertion professionnelle", """
        Article 63
        Un dispositif d'insertion professionnelle est ouvert aux victimes de la traite des personnes, sans \
            condition de nationalité.
        """),
    # "accompagnement social" of victims.
    ("TIP-6-3", "accompagnement social", """
        Article 64
        Toute victime de la traite des personnes a droit à un accompagnement social personnalisé.
        """),
    # "parcours de sortie": an exit programme for victims of prostitution-related trafficking, not tied to testimony.
    ("TIP-6-3", "parcours de sortie", """
        Article 65
        Les victimes de la traite des personnes peuvent s'engager dans un parcours de sortie leur ouvrant droit à \
            un logement, à une allocation et à une formation.
        """),
    # ----------------------------------------------------------------------------- compensation (TIP-6-6)
    # "indemnisation" of victims.
    ("TIP-6-6", "indemnisation", """
        Article 70 - Indemnisation
        Les victimes de la traite des personnes ont droit à l'indemnisation du dommage qu'elles ont subi, y \
            compris les salaires impayés.
        """),
    # "indemniser": the court orders the offender to compensate.
    ("TIP-6-6", "indemniser", """
        Article 71
        La juridiction qui condamne l'auteur de l'infraction de traite des personnes le condamne à indemniser la \
            victime de l'ensemble de ses préjudices matériels et moraux.
        """),
    # "réparation du préjudice" of the victim.
    ("TIP-6-6", "réparation du préjudice", """
        Article 72
        La victime de la traite des personnes peut obtenir la réparation du préjudice subi, même lorsque l'auteur \
            n'a pas été identifié.
        """),
    # "dommages-intérêts" awarded to the victim.
    ("TIP-6-6", "dommages-intérêts", """
        Article 73
        Le tribunal alloue des dommages-intérêts à la victime de la traite des personnes, y compris au titre des \
            rémunérations dont elle a été privée.
        """),
    # "dédommagement" of the victim.
    ("TIP-6-6", "dédommagement", """
        Article 74
        Toute victime de la traite des personnes a droit à un dédommagement pour les préjudices corporels, \
            matériels et moraux qu'elle a subis.
        """),
    # "restitution" ordered for the victim.
    ("TIP-6-6", "restitution", """
        Article 75
        La juridiction ordonne la restitution à la victime de la traite des personnes des biens, documents et \
            sommes dont elle a été dépossédée.
        """),
    # "fonds de garantie" paying victims.
    ("TIP-6-6", "fonds de garantie", """
        Article 76
        Un fonds de garantie verse aux victimes de la traite des personnes les sommes qui leur sont dues lorsque \
            l'auteur est insolvable ou inconnu.
        """),
    # "fonds d'indemnisation" for victims.
    ("TIP-6-6", "fonds d'indemnisation", """
        Article 77
        Il est créé un fonds d'indemnisation des victimes de la traite des personnes, alimenté notamment par les \
            biens confisqués aux auteurs.
        """),
    # "action civile" of the victim.
    ("TIP-6-6", "action civile", """
        Article 78
        La victime de la traite des personnes peut exercer l'action civile devant la juridiction pénale ou civile, \
            quelle que soit sa situation au regard du séjour.
        """),
    # ----------------------------------------------------------------------------- permission to remain (TIP-7-1)
    # "titre de séjour" for victims.
    ("TIP-7-1", "titre de séjour", """
        Article 80 - Séjour des victimes
        Un titre de séjour d'une durée d'un an renouvelable peut être délivré à la victime étrangère de la traite \
            des personnes.
        """),
    # "autorisation de séjour" for victims.
    ("TIP-7-1", "autorisation de séjour", """
        Article 81
        L'autorité compétente peut accorder une autorisation de séjour à la victime de la traite des personnes, \
            même si elle ne coopère pas avec les autorités.
        """),
    # "permis de séjour" for victims.
    ("TIP-7-1", "permis de séjour", """
        Article 82
        La victime de la traite des personnes qui en fait la demande reçoit un permis de séjour de six mois pour \
            raisons humanitaires.
        """),
    # "résidence temporaire" for victims.
    ("TIP-7-1", "résidence temporaire", """
        Article 83
        Le ministre de l'Intérieur peut accorder à la victime de la traite des personnes le droit de résidence \
            temporaire ou permanente.
        """),
    # "période de réflexion" for victims.
    ("TIP-7-1", "période de réflexion", """
        Article 84
        La victime présumée de la traite des personnes bénéficie d'une période de réflexion de quatre-vingt-dix \
            jours, durant laquelle aucune mesure d'éloignement ne peut être exécutée.
        """),
    # "demeurer sur le territoire": the victim may remain.
    ("TIP-7-1", "demeurer sur le territoire", """
        Article 85
        La victime de la traite des personnes est autorisée à demeurer sur le territoire national aussi longtemps \
            que sa sécurité l'exige.
        """),
    # "rester sur le territoire": the victim may stay.
    ("TIP-7-1", "rester sur le territoire", """
        Article 86
        Toute victime de la traite des personnes peut rester sur le territoire pendant la durée de la procédure \
            et de son rétablissement.
        """),
    # ----------------------------------------------------------------------------- repatriation (TIP-8)
    # "rapatriement" of victims.
    ("TIP-8", "rapatriement", """
        Article 90 - Rapatriement
        Le rapatriement des victimes de la traite des personnes se fait de préférence de manière volontaire et \
            en tenant dûment compte de leur sécurité.
        """),
    # "rapatrier": the State repatriates its nationals who are victims.
    ("TIP-8", "rapatrier", """
        Article 91
        Les autorités facilitent et acceptent, sans retard injustifié, de rapatrier les nationaux victimes de la \
            traite des personnes, en veillant à leur sécurité.
        """),
    # "retour de la victime" organised safely.
    ("TIP-8", "retour de la victime", """
        Article 92
        Le retour de la victime de la traite des personnes dans son pays est organisé avec son accord et dans \
            des conditions garantissant sa sécurité et sa dignité.
        """),
    # "retour des victimes" organised safely.
    ("TIP-8", "retour des victimes", """
        Article 93
        Le ministère des Affaires étrangères organise le retour des victimes de la traite des personnes, de \
            préférence volontaire, en liaison avec l'État d'origine.
        """),
    # "retour en toute sécurité" of the victim.
    ("TIP-8", "retour en toute sécurité", """
        Article 94
        L'État veille au retour en toute sécurité de la victime de la traite des personnes qui souhaite regagner \
            son pays.
        """),
    # "retour dans le pays d'origine" of the victim.
    ("TIP-8", "retour dans le pays d'origine", """
        Article 95
        La victime de la traite des personnes qui le demande bénéficie d'une aide à son retour dans le pays \
            d'origine, dans le respect de sa sécurité.
        """),
    # "retour assisté" for victims.
    ("TIP-8", "retour assisté", """
        Article 96
        Un programme de retour assisté est offert aux victimes de la traite des personnes, en coopération avec \
            les organisations internationales compétentes.
        """),
    # "vérifier la nationalité" of a victim, to let them return.
    ("TIP-8", "vérifier la nationalité", """
        Article 97
        À la demande d'un État étranger, les autorités consulaires sont tenues de vérifier la nationalité d'une \
            victime de la traite des personnes sans retard injustifié et de lui délivrer les documents de \
            voyage nécessaires à son retour.
        """),
    # ----------------------------------------------------------------------------- carriers (TIP-11-3)
    # "transporteurs commerciaux" obliged to check documents.
    ("TIP-11-3", "transporteurs commerciaux", """
        Article 101
        Les transporteurs commerciaux desservant le territoire national contrôlent, avant l'embarquement, les \
            passeports et visas des personnes qu'ils acheminent.
        """),
    # "s'assurer que tous les passagers" hold their documents.
    ("TIP-11-3", "s'assurer que tous les passagers", """
        Article 102
        Toute compagnie aérienne ou maritime doit s'assurer que tous les passagers qu'elle achemine vers le \
            territoire national détiennent un passeport valide.
        """),
    # "documents de voyage requis": the documents the carrier checks.
    ("TIP-11-3", "documents de voyage requis", """
        Article 103
        Toute entreprise de transport aérien ou maritime contrôle, à l'embarquement, que chaque passager est \
            muni des documents de voyage requis pour l'entrée sur le territoire national.
        """),
    # "vérifier les documents de voyage": the carrier's check.
    ("TIP-11-3", "vérifier les documents de voyage", """
        Article 104
        Les compagnies aériennes, maritimes et routières sont tenues de vérifier les documents de voyage de chaque \
            passager avant son embarquement pour le territoire national.
        """),
    # "propriétaire ou l'exploitant" of a vehicle or ship bound by the duty.
    ("TIP-11-3", "propriétaire ou l'exploitant", """
        Article 105
        Le propriétaire ou l'exploitant de tout navire, aéronef ou autocar assurant une liaison internationale \
            s'assure que chaque passager détient un passeport et un visa en cours de validité.
        """),
    # ----------------------------------------------------------------------------- migrants not liable (SOM-5)
    # "ne deviennent pas passibles de poursuites pénales": the Protocol's own wording.
    ("SOM-5", "ne deviennent pas passibles de poursuites pénales", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 21 - Protection des migrants
        Les migrants ne deviennent pas passibles de poursuites pénales en vertu de la présente loi du fait \
            qu'ils ont fait l'objet des actes visés à l'article 20.
        """),
    # "ne sont pas passibles de poursuites pénales".
    ("SOM-5", "ne sont pas passibles de poursuites pénales", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 21
        Les personnes dont l'entrée irrégulière a été procurée dans les conditions de l'article 20 ne sont pas \
            passibles de poursuites pénales pour ces faits.
        """),
    # "ne peut faire l'objet de poursuites": the smuggled person cannot be prosecuted.
    ("SOM-5", "ne peut faire l'objet de poursuites", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 21
        L'étranger dont l'entrée irrégulière a été procurée par l'auteur de l'infraction prévue à l'article 20 \
            ne peut faire l'objet de poursuites sur le fondement de cet article.
        """),
    # "ne peuvent faire l'objet de poursuites pénales": the plural.
    ("SOM-5", "ne peuvent faire l'objet de poursuites pénales", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 21
        Les migrants introduits sur le territoire dans les conditions de l'article 20 ne peuvent faire l'objet \
            de poursuites pénales pour avoir été ainsi introduits.
        """),
    # "les migrants ne sont pas pénalement responsables": the smuggled migrants, named, are not criminally liable (a
    # bare "ne sont pas pénalement responsables" also reads a family or humanitarian exemption).
    ("SOM-5", "les migrants ne sont pas pénalement responsables", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 21
        Les migrants ne sont pas pénalement responsables de l'infraction prévue à l'article 20 du fait de leur \
            entrée irrégulière ainsi procurée.
        """),
    # "le migrant n'est pas pénalement responsable": the same in the singular.
    ("SOM-5", "le migrant n'est pas pénalement responsable", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 22
        Le migrant n'est pas pénalement responsable de l'infraction prévue à l'article 20 pour avoir été introduit \
            sur le territoire.
        """),
    # "n'encourt aucune responsabilité pénale": the smuggled migrant incurs no liability.
    ("SOM-5", "n'encourt aucune responsabilité pénale", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 21
        Le migrant dont l'entrée irrégulière a été procurée n'encourt aucune responsabilité pénale au titre de \
            l'article 20, y compris comme complice.
        """),
    # ----------------------------------------------------------------------------- smuggling offence (SOM-6-1-a)
    # "trafic de migrants": the offence named.
    ("SOM-6-1-a", "trafic de migrants", """
        Article 20 - Trafic de migrants
        Commet l'infraction de trafic de migrants quiconque, afin d'en tirer un avantage financier, fait entrer \
            illégalement sur le territoire d'un État une personne qui n'en est ni ressortissante ni résidente \
            permanente. Il est puni de dix ans d'emprisonnement.
        """),
    # "entrée illégale": procuring the illegal entry.
    ("SOM-6-1-a", "entrée illégale", """
        Article 20
        Est puni de dix ans d'emprisonnement quiconque, afin d'en tirer un avantage financier ou matériel, \
            procure à une personne l'entrée illégale dans un État dont elle n'est ni ressortissante ni \
            résidente permanente.
        """),
    # "entrée clandestine": arranging clandestine entry.
    ("SOM-6-1-a", "entrée clandestine", """
        Article 20
        Quiconque, moyennant un avantage financier, organise l'entrée clandestine d'un étranger sur le \
            territoire national ou sur celui d'un autre État est puni de huit ans d'emprisonnement.
        """),
    # "immigration clandestine": helping clandestine immigration.
    ("SOM-6-1-a", "immigration clandestine", """
        Section 3. Aide à l'immigration clandestine
        (1) Quiconque, en vue d'en tirer un avantage financier, apporte son concours à l'immigration \
            clandestine d'un étranger dans un État dont il n'est pas ressortissant commet un délit.
        (2) Ce délit est puni de sept ans d'emprisonnement.
        """),
    # "immigration irrégulière": organising irregular immigration.
    ("SOM-6-1-a", "immigration irrégulière", """
        Article 20
        Est puni de dix ans d'emprisonnement quiconque, afin d'en tirer un avantage financier, organise \
            l'immigration irrégulière de personnes vers le territoire national ou vers celui d'un autre État.
        """),
    # "permettre l'entrée": acting to allow entry in breach of the law.
    ("SOM-6-1-a", "permettre l'entrée", """
        Article 20
        Le fait, afin d'en tirer un avantage financier, d'agir en vue de permettre l'entrée d'un étranger sur le \
            territoire d'un État en violation des lois de cet État est puni de dix ans d'emprisonnement.
        """),
    # "franchissement illégal" of the border.
    ("SOM-6-1-a", "franchissement illégal", """
        Article 20
        Quiconque, moyennant un avantage financier, organise le franchissement illégal de la frontière nationale \
            ou de celle d'un autre État par un étranger est puni de dix ans d'emprisonnement.
        """),
    # "introduction clandestine" of migrants.
    ("SOM-6-1-a", "introduction clandestine", """
        Article 20 - Introduction clandestine de migrants
        L'introduction clandestine d'un étranger sur le territoire national ou sur celui d'un autre État, afin \
            d'en tirer un avantage financier, est punie de dix ans d'emprisonnement.
        """),
    # ----------------------------------------------------------------------------- benefit (SOM-6-1-a.benefit)
    # "avantage patrimonial" as the element of the offence.
    ("SOM-6-1-a.benefit", "avantage patrimonial", """
        Article 20
        Quiconque, afin d'en tirer un avantage patrimonial, facilite l'entrée irrégulière d'un étranger sur le \
            territoire national est puni de dix ans d'emprisonnement.
        """),
    # "contrepartie" as the element of the offence.
    ("SOM-6-1-a.benefit", "contrepartie", """
        Article 20
        Est puni de dix ans d'emprisonnement quiconque, en contrepartie d'une somme d'argent, facilite l'entrée \
            irrégulière d'un étranger sur le territoire national.
        """),
    # "contrepartie directe ou indirecte" as the element of the offence.
    ("SOM-6-1-a.benefit", "contrepartie directe ou indirecte", """
        Article 20
        Quiconque facilite l'entrée irrégulière d'un étranger sur le territoire national en échange d'une \
            contrepartie directe ou indirecte est puni de dix ans d'emprisonnement.
        """),
    # "dans un but de lucre" as the element of the offence.
    ("SOM-6-1-a.benefit", "dans un but de lucre", """
        Article 20
        Celui qui, dans un but de lucre, facilite l'entrée irrégulière d'un étranger sur le territoire national \
            est puni de dix ans d'emprisonnement.
        """),
    # "tirer profit" as the element of the offence ("au profit d'un tiers" means on behalf of a third person).
    ("SOM-6-1-a.benefit", "tirer profit", """
        Article 20
        Quiconque, pour en tirer profit, facilite l'entrée irrégulière d'un étranger sur le territoire national \
            est puni de dix ans d'emprisonnement.
        """),
    # "rémunération" as the element of the offence.
    ("SOM-6-1-a.benefit", "rémunération", """
        Article 20
        Quiconque, contre rémunération, facilite l'entrée irrégulière d'un étranger sur le territoire national \
            est puni de dix ans d'emprisonnement.
        """),
    # "moyennant rétribution" as the element of the offence.
    ("SOM-6-1-a.benefit", "moyennant rétribution", """
        Article 20
        Est puni de dix ans d'emprisonnement quiconque, moyennant rétribution, facilite l'entrée irrégulière d'un \
            étranger sur le territoire national.
        """),
    # "bénéfice" in an aggravation of the smuggling offence.
    ("SOM-6-1-a.benefit", "bénéfice", """
        Article 20
        1. Quiconque facilite l'entrée irrégulière d'un étranger sur le territoire national est puni de cinq ans \
            d'emprisonnement.
        2. La peine est portée à dix ans lorsque l'auteur a agi pour en retirer un bénéfice.
        """),
    # ----------------------------------------------------------------------------- producing documents (SOM-6-1-b-i)
    # "fabrication d'un document de voyage ou d'identité frauduleux".
    ("SOM-6-1-b-i", "fabrication d'un document de voyage ou d'identité frauduleux", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 22
        La fabrication d'un document de voyage ou d'identité frauduleux afin de permettre l'infraction prévue à \
            l'article 20 est punie de sept ans d'emprisonnement.
        """),
    # "fabrique un faux document".
    ("SOM-6-1-b-i", "fabrique un faux document", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 22
        Quiconque fabrique un faux document de voyage ou d'identité en vue de commettre l'infraction prévue à \
            l'article 20 est puni de sept ans d'emprisonnement.
        """),
    # "fabrication de faux documents".
    ("SOM-6-1-b-i", "fabrication de faux documents", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 22
        La fabrication de faux documents de voyage ou d'identité destinés à des migrants est punie de sept ans \
            d'emprisonnement.
        """),
    # "contrefaçon de passeport".
    ("SOM-6-1-b-i", "contrefaçon de passeport", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 22
        Toute contrefaçon de passeport ou de visa commise pour faciliter l'infraction prévue à l'article 20 est \
            punie de sept ans d'emprisonnement.
        """),
    # "contrefait ou falsifie" a document.
    ("SOM-6-1-b-i", "contrefait ou falsifie", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 22
        Quiconque contrefait ou falsifie un passeport, un visa ou une carte d'identité afin de permettre \
            l'infraction prévue à l'article 20 est puni de sept ans d'emprisonnement.
        """),
    # "falsification de passeport".
    ("SOM-6-1-b-i", "falsification de passeport", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 22
        La falsification de passeport en vue de l'entrée irrégulière d'un étranger est punie de sept ans \
            d'emprisonnement.
        """),
    # "falsification de documents d'identité".
    ("SOM-6-1-b-i", "falsification de documents d'identité", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 22
        La falsification de documents d'identité ou de voyage destinés à permettre l'infraction prévue à \
            l'article 20 est punie de sept ans d'emprisonnement.
        """),
    # ----------------------------------------------------------------------------- procuring documents (SOM-6-1-b-ii)
    # "procurer, de fournir ou de posséder" a fraudulent document.
    ("SOM-6-1-b-ii", "procurer, de fournir ou de posséder", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 23
        Le fait de procurer, de fournir ou de posséder un document de voyage ou d'identité frauduleux afin de \
            permettre l'infraction prévue à l'article 20 est puni de cinq ans d'emprisonnement.
        """),
    # "détention d'un faux document".
    ("SOM-6-1-b-ii", "détention d'un faux document", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 23
        La détention d'un faux document de voyage destiné à un tiers, en vue de l'infraction prévue à l'article \
            20, est punie de cinq ans d'emprisonnement.
        """),
    # "détient un faux passeport".
    ("SOM-6-1-b-ii", "détient un faux passeport", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 23
        Quiconque détient un faux passeport destiné à permettre l'entrée irrégulière d'un étranger est puni de \
            cinq ans d'emprisonnement.
        """),
    # "fournit un faux document".
    ("SOM-6-1-b-ii", "fournit un faux document", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 23
        Quiconque fournit un faux document de voyage ou d'identité à un étranger afin de permettre l'infraction \
            prévue à l'article 20 est puni de cinq ans d'emprisonnement.
        """),
    # "procure un faux document".
    ("SOM-6-1-b-ii", "procure un faux document", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 23
        Quiconque procure un faux document d'identité à un étranger afin de permettre l'infraction prévue à \
            l'article 20 est puni de cinq ans d'emprisonnement.
        """),
    # "obtention indue d'un document" for another.
    ("SOM-6-1-b-ii", "obtention indue d'un document", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 23
        L'obtention indue d'un document de voyage pour le compte d'un étranger, afin de permettre l'infraction \
            prévue à l'article 20, est punie de cinq ans d'emprisonnement.
        """),
    # ----------------------------------------------------------------------------- enabling illegal stay (SOM-6-1-c)
    # "séjour irrégulier".
    ("SOM-6-1-c", "séjour irrégulier", """
        Article 24
        Quiconque, afin d'en tirer un avantage financier, facilite le séjour irrégulier d'un étranger sur le \
            territoire national est puni de cinq ans d'emprisonnement.
        """),
    # "séjour illégal".
    ("SOM-6-1-c", "séjour illégal", """
        Article 24
        Est puni de cinq ans d'emprisonnement quiconque, moyennant un avantage financier, organise le séjour \
            illégal d'un étranger sur le territoire national.
        """),
    # "circulation ou le séjour irréguliers".
    ("SOM-6-1-c", "circulation ou le séjour irréguliers", """
        Article 24
        Quiconque, afin d'en tirer un avantage financier, facilite la circulation ou le séjour irréguliers de \
            ressortissants étrangers dans le pays est puni de cinq ans d'emprisonnement.
        """),
    # "faciliter le séjour" unlawfully.
    ("SOM-6-1-c", "faciliter le séjour", """
        Article 24
        Le fait de faciliter le séjour d'un étranger en situation irrégulière, afin d'en tirer un avantage \
            financier, est puni de cinq ans d'emprisonnement.
        """),
    # "aide au séjour irrégulier".
    ("SOM-6-1-c", "aide au séjour irrégulier", """
        Article 24 - Aide au séjour irrégulier
        L'aide au séjour irrégulier d'un étranger, apportée afin d'en tirer un avantage financier, est punie de \
            cinq ans d'emprisonnement.
        """),
    # "permettre de demeurer" unlawfully.
    ("SOM-6-1-c", "permettre de demeurer", """
        Article 24
        Le fait, afin d'en tirer un avantage financier, d'user de moyens illégaux pour permettre de demeurer sur \
            le territoire national à un étranger qui ne remplit pas les conditions requises est puni de cinq ans \
            d'emprisonnement.
        """),
    # "demeurer dans l'État concerné": the Protocol's words.
    ("SOM-6-1-c", "demeurer dans l'État concerné", """
        Article 24
        Quiconque, afin d'en tirer un avantage financier, permet à un étranger de demeurer dans l'État concerné \
            sans satisfaire aux conditions légales, par tout moyen illégal, est puni de cinq ans d'emprisonnement.
        """),
    # "maintien irrégulier".
    ("SOM-6-1-c", "maintien irrégulier", """
        Article 24
        Quiconque, moyennant un avantage financier, facilite le maintien irrégulier d'un étranger sur le \
            territoire national est puni de cinq ans d'emprisonnement.
        """),
    # "héberger un étranger en situation irrégulière".
    ("SOM-6-1-c", "héberger un étranger en situation irrégulière", """
        Article 24
        Le fait d'héberger un étranger en situation irrégulière, afin d'en tirer un avantage financier, est puni \
            de trois ans d'emprisonnement.
        """),
    # "dissimule un étranger".
    ("SOM-6-1-c", "dissimule un étranger", """
        Article 24
        Quiconque, afin d'en tirer un avantage financier, dissimule un étranger en situation irrégulière aux \
            autorités est puni de trois ans d'emprisonnement.
        """),
    # "permet de se maintenir" unlawfully.
    ("SOM-6-1-c", "permet de se maintenir", """
        Article 24
        Quiconque, moyennant un avantage financier, procure à un étranger un mariage simulé qui lui permet de se \
            maintenir sur le territoire national est puni de cinq ans d'emprisonnement.
        """),
    # "permettre de se maintenir" unlawfully.
    ("SOM-6-1-c", "permettre de se maintenir", """
        Article 24
        Le fait, afin d'en tirer un avantage financier, d'user de faux documents pour permettre de se maintenir \
            sur le territoire national à un étranger dépourvu de titre est puni de cinq ans d'emprisonnement.
        """),
    # ----------------------------------------------------------------------------- attempt (SOM-6-2-a)
    # "tente de" in the smuggling offence.
    ("SOM-6-2-a", "tente de", """
        Article 20
        Quiconque, afin d'en tirer un avantage financier, procure ou tente de procurer l'entrée irrégulière d'un \
            étranger sur le territoire national est puni de dix ans d'emprisonnement.
        """),
    # "la tentative est punie".
    ("SOM-6-2-a", "la tentative est punie", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 25
        La tentative est punie des mêmes peines que l'infraction prévue à l'article 20.
        """),
    # "la tentative du délit".
    ("SOM-6-2-a", "la tentative du délit", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 25
        La tentative du délit prévu à l'article 20 est punie des mêmes peines.
        """),
    # ----------------------------------------------------------------------------- complicity (SOM-6-2-b)
    # "complicité".
    ("SOM-6-2-b", "complicité", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 26
        La complicité dans l'infraction prévue à l'article 20 est punie des mêmes peines.
        """),
    # "se rendre complice".
    ("SOM-6-2-b", "se rendre complice", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 26
        Le fait de se rendre complice de l'infraction prévue à l'article 20 est puni des mêmes peines.
        """),
    # "participe".
    ("SOM-6-2-b", "participe", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 26
        Quiconque participe sciemment à l'infraction prévue à l'article 20 est puni des mêmes peines.
        """),
    # "coauteur".
    ("SOM-6-2-b", "coauteur", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 26
        Le coauteur de l'infraction prévue à l'article 20 encourt les mêmes peines que l'auteur.
        """),
    # "aide ou encourage".
    ("SOM-6-2-b", "aide ou encourage", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 26
        Quiconque aide ou encourage la commission de l'infraction prévue à l'article 20 est puni des mêmes \
            peines.
        """),
    # ----------------------------------------------------------------------------- organising (SOM-6-2-c)
    # "organiser la commission".
    ("SOM-6-2-c", "organiser la commission", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 27
        Le fait d'organiser la commission de l'infraction prévue à l'article 20 est puni de quinze ans \
            d'emprisonnement.
        """),
    # "donner des instructions".
    ("SOM-6-2-c", "donner des instructions", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 27
        Le fait de donner des instructions à d'autres personnes pour qu'elles commettent l'infraction prévue à \
            l'article 20 est puni de quinze ans d'emprisonnement.
        """),
    # "instigateur".
    ("SOM-6-2-c", "instigateur", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 27
        L'instigateur de l'infraction prévue à l'article 20 est puni de quinze ans d'emprisonnement.
        """),
    # "instigation".
    ("SOM-6-2-c", "instigation", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 27
        L'instigation à commettre l'infraction prévue à l'article 20 est punie des mêmes peines que l'infraction \
            elle-même.
        """),
    # "provoque".
    ("SOM-6-2-c", "provoque", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 27
        Quiconque provoque autrui à commettre l'infraction prévue à l'article 20 est puni des mêmes peines.
        """),
    # "dirigeant".
    ("SOM-6-2-c", "dirigeant", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 27
        Le dirigeant d'un réseau qui commet l'infraction prévue à l'article 20 est puni de quinze ans \
            d'emprisonnement.
        """),
    # "incite".
    ("SOM-6-2-c", "incite", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 27
        Quiconque incite autrui à commettre l'infraction prévue à l'article 20 est puni des mêmes peines.
        """),
    # ----------------------------------------------------------------------------- danger to life (SOM-6-3-a)
    # "danger de mort".
    ("SOM-6-3-a", "danger de mort", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 28
        La peine est portée à quinze ans d'emprisonnement lorsque l'infraction prévue à l'article 20 a exposé \
            les migrants à un danger de mort.
        """),
    # "mettent en danger la vie ou la sécurité": the conditions of the offence endanger the migrants.
    ("SOM-6-3-a", "mettent en danger la vie ou la sécurité", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 28
        La peine est portée à quinze ans d'emprisonnement lorsque les conditions dans lesquelles l'infraction \
            prévue à l'article 20 est commise mettent en danger la vie ou la sécurité des migrants.
        """),
    # "risquent de mettre en danger": conduct likely to endanger.
    ("SOM-6-3-a", "risquent de mettre en danger", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 28
        La peine est de quinze ans d'emprisonnement lorsque les faits prévus à l'article 20 sont commis dans des \
            circonstances qui risquent de mettre en danger la vie des migrants.
        """),
    # "blessures de nature à entraîner une mutilation".
    ("SOM-6-3-a", "blessures de nature à entraîner une mutilation", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 28
        La peine est portée à quinze ans d'emprisonnement lorsque l'infraction prévue à l'article 20 a exposé \
            les étrangers à un risque de blessures de nature à entraîner une mutilation.
        """),
    # "mise en danger de la vie".
    ("SOM-6-3-a", "mise en danger de la vie", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 28 - Circonstances aggravantes
        L'infraction prévue à l'article 20 est punie de quinze ans d'emprisonnement lorsqu'elle s'accompagne de \
            la mise en danger de la vie des migrants.
        """),
    # "mis en danger la vie".
    ("SOM-6-3-a", "mis en danger la vie", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 28
        La peine est de quinze ans d'emprisonnement lorsque l'auteur de l'infraction prévue à l'article 20 a mis \
            en danger la vie des migrants.
        """),
    # "mise en danger de la vie ou de la sécurité".
    ("SOM-6-3-a", "mise en danger de la vie ou de la sécurité", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 28
        La peine est portée à quinze ans d'emprisonnement en cas de mise en danger de la vie ou de la sécurité \
            des migrants.
        """),
    # ----------------------------------------------------------------------------- inhuman treatment (SOM-6-3-b)
    # "traitement inhumain ou dégradant".
    ("SOM-6-3-b", "traitement inhumain ou dégradant", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 29
        La peine est portée à quinze ans d'emprisonnement lorsque les migrants ont subi un traitement inhumain \
            ou dégradant au cours de l'infraction prévue à l'article 20.
        """),
    # "incompatibles avec la dignité de la personne humaine".
    ("SOM-6-3-b", "incompatibles avec la dignité de la personne humaine", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 29
        La peine est portée à quinze ans d'emprisonnement lorsque les migrants ont été soumis, au cours de \
            l'infraction prévue à l'article 20, à des conditions incompatibles avec la dignité de la personne \
            humaine.
        """),
    # "conditions de vie, de transport, de travail ou d'hébergement".
    ("SOM-6-3-b", "conditions de vie, de transport, de travail ou d'hébergement", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 29
        La peine est portée à quinze ans d'emprisonnement lorsque l'infraction prévue à l'article 20 a imposé aux \
            migrants des conditions de vie, de transport, de travail ou d'hébergement avilissantes.
        """),
    # "y compris pour l'exploitation".
    ("SOM-6-3-b", "y compris pour l'exploitation", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 29
        La peine est portée à quinze ans d'emprisonnement lorsque l'infraction prévue à l'article 20 a donné lieu \
            à des sévices sur les migrants, y compris pour l'exploitation de leur travail.
        """),
    # ----------------------------------------------------------------------------- carriers' duty (SOM-11-3)
    # "obligation des transporteurs": the duty named in the body.
    ("SOM-11-3", "obligation des transporteurs", """
        Article 30 - Contrôle à l'embarquement
        Au titre de l'obligation des transporteurs, toute entreprise de transport aérien ou maritime qui achemine \
            des passagers vers le territoire national contrôle, avant l'embarquement, qu'ils détiennent les \
            passeports et visas exigés.
        """),
    # "le transporteur est tenu de".
    ("SOM-11-3", "le transporteur est tenu de", """
        Article 30
        Le transporteur est tenu de contrôler, avant l'embarquement, que chaque voyageur à destination du \
            territoire national détient un passeport et un visa valides.
        """),
    # "s'assurer que tous les passagers".
    ("SOM-11-3", "s'assurer que tous les passagers", """
        Article 30
        Toute entreprise de transport aérien, maritime ou routier doit s'assurer que tous les passagers \
            qu'elle achemine vers le territoire national détiennent un passeport et un visa valides.
        """),
    # "en possession des documents de voyage requis".
    ("SOM-11-3", "en possession des documents de voyage requis", """
        Article 30
        Toute compagnie aérienne ou maritime contrôle que chaque voyageur à destination du territoire national \
            est en possession des documents de voyage requis pour y entrer.
        """),
    # "vérifier que les passagers".
    ("SOM-11-3", "vérifier que les passagers", """
        Article 30
        Toute compagnie aérienne, maritime ou routière est tenue de vérifier que les passagers à destination du \
            territoire national détiennent un passeport et un visa valides.
        """),
    # ----------------------------------------------------------------------------- sanctions on carriers (SOM-11-4)
    # "amende à l'encontre du transporteur".
    ("SOM-11-4", "amende à l'encontre du transporteur", """
        Article 31
        Toute compagnie aérienne ou maritime contrôle que chaque voyageur à destination du territoire national \
            détient un passeport et un visa valides. Tout manquement donne lieu à une amende à l'encontre du \
            transporteur d'un montant de 2 000 000 de francs par passager.
        """),
    # "sanction du transporteur": a fine for the carrier that fails to check.
    ("SOM-11-4", "sanction du transporteur", """
        Article 31
        Le fait, pour une entreprise de transport aérien ou maritime, d'acheminer vers le territoire national un \
            voyageur démuni du passeport ou du visa exigé entraîne la sanction du transporteur par une amende de \
            2 000 000 de francs.
        """),
    # "le transporteur est passible".
    ("SOM-11-4", "le transporteur est passible", """
        Article 31
        Lorsqu'un voyageur débarque sur le territoire national sans le passeport ou le visa exigé, le \
            transporteur est passible d'une amende de 2 000 000 de francs.
        """),
    # "entreprise de transport est punie".
    ("SOM-11-4", "entreprise de transport est punie", """
        Article 31
        Toute entreprise de transport est punie d'une amende de 2 000 000 de francs pour chaque voyageur \
            qu'elle achemine sur le territoire national sans le passeport ou le visa exigé.
        """),
    # "débarqué un étranger démuni".
    ("SOM-11-4", "débarqué un étranger démuni", """
        Article 31
        Est punie d'une amende de 2 000 000 de francs l'entreprise de transport aérien ou maritime qui a \
            débarqué un étranger démuni du passeport ou du visa exigé pour entrer sur le territoire national.
        """),
    # ----------------------------------------------------------------------------- consular notification (SOM-16-5)
    # "autorités consulaires".
    ("SOM-16-5", "autorités consulaires", """
        Article 32 - Étrangers retenus
        Tout étranger placé en rétention est informé sans retard de son droit de faire prévenir les autorités \
            consulaires de son pays et de communiquer avec elles.
        """),
    # "fonctionnaires consulaires".
    ("SOM-16-5", "fonctionnaires consulaires", """
        Article 32
        L'étranger détenu peut communiquer sans retard avec les fonctionnaires consulaires de l'État dont il a la \
            nationalité; il est informé de ce droit dès son placement.
        """),
    # "informer le consulat".
    ("SOM-16-5", "informer le consulat", """
        Article 32
        À la demande de l'étranger placé en rétention, l'administration est tenue d'informer le consulat de son \
            pays sans retard; l'étranger est avisé de ce droit.
        """),
    # "Convention de Vienne sur les relations consulaires".
    ("SOM-16-5", "Convention de Vienne sur les relations consulaires", """
        Article 32
        La détention d'un migrant étranger a lieu dans le respect de la Convention de Vienne sur les relations \
            consulaires, notamment de son droit de communiquer avec les représentants de son État.
        """),
    # "poste consulaire".
    ("SOM-16-5", "poste consulaire", """
        Article 32
        Tout étranger placé en détention est informé sans retard de son droit de faire aviser le poste consulaire \
            de son pays et de communiquer avec lui.
        """),
    # "avertir les autorités consulaires".
    ("SOM-16-5", "avertir les autorités consulaires", """
        Article 32
        Lorsqu'un migrant étranger est retenu, l'autorité compétente doit, s'il le demande, avertir les autorités \
            consulaires de son pays sans retard.
        """),
    # ----------------------------------------------------------------------------- legal persons (UNTOC-10)
    # "personne morale": a legal person liable for the offence.
    ("UNTOC-10", "personne morale", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 13
        Toute personne morale pour le compte de laquelle l'infraction prévue à l'article 10 a été commise est \
            punie d'une amende de 100 000 000 de francs, sans préjudice de la responsabilité des personnes \
            physiques.
        """),
    # "responsabilité pénale des personnes morales" for the offence.
    ("UNTOC-10", "responsabilité pénale des personnes morales", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 13 - Personnes morales
        La responsabilité pénale des personnes morales est engagée pour l'infraction prévue à l'article 10; elles \
            encourent une amende de 100 000 000 de francs.
        """),
    # "dissolution de la personne morale" as a sanction.
    ("UNTOC-10", "dissolution de la personne morale", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 13
        Lorsque l'infraction prévue à l'article 10 a été commise au profit d'une société ou d'une association, \
            la juridiction peut prononcer la dissolution de la personne morale et une amende de 100 000 000 \
            de francs.
        """),
    # "fermeture de l'établissement" as a sanction on the entity.
    ("UNTOC-10", "fermeture de l'établissement", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 13
        La société pour le compte de laquelle l'infraction prévue à l'article 10 a été commise est punie d'une \
            amende de 50 000 000 de francs et de la fermeture de l'établissement ayant servi à la commettre.
        """),
    # "personne morale déclarée responsable" sanctioned.
    ("UNTOC-10", "personne morale déclarée responsable", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 13
        La personne morale déclarée responsable de l'infraction prévue à l'article 10 encourt une amende de \
            100 000 000 de francs et l'interdiction d'exercer son activité.
        """),
    # ----------------------------------------------------------------------------- confiscation (UNTOC-12)
    # "confisqu*": the proceeds are confiscated.
    ("UNTOC-12", "confisqu*", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 14
        Les biens, fonds et revenus tirés de l'infraction prévue à l'article 10 sont confisqués au profit de \
            l'État.
        """),
    # "produit de l'infraction" forfeited.
    ("UNTOC-12", "produit de l'infraction", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 14
        Le produit de l'infraction prévue à l'article 10, ou les biens d'une valeur équivalente, est acquis à \
            l'État par décision de la juridiction de jugement.
        """),
    # "produit du crime" forfeited.
    ("UNTOC-12", "produit du crime", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 14
        Tout produit du crime tiré de l'infraction prévue à l'article 10 est acquis à l'État, en quelques mains \
            qu'il se trouve.
        """),
    # "instruments de l'infraction" forfeited.
    ("UNTOC-12", "instruments de l'infraction", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 14
        Les véhicules, locaux et autres instruments de l'infraction prévue à l'article 10 sont acquis à l'État.
        """),
    # "biens ayant servi" to commit the offence, forfeited.
    ("UNTOC-12", "biens ayant servi", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 14
        Les biens ayant servi à commettre l'infraction prévue à l'article 10 sont acquis à l'État par décision \
            de la juridiction de jugement.
        """),
    # ----------------------------------------------------------------------------- jurisdiction (UNTOC-15-2)
    # "commis hors du territoire" by a national.
    ("UNTOC-15-2", "commis hors du territoire", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15
        Les juridictions nationales connaissent de l'infraction prévue à l'article 10 lorsqu'elle a été commise \
            par un national, même si les faits ont été commis hors du territoire de la République.
        """),
    # "commis à l'étranger" against a national.
    ("UNTOC-15-2", "commis à l'étranger", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15
        La loi pénale nationale est applicable aux faits prévus à l'article 10 commis à l'étranger lorsque la \
            victime est un national.
        """),
    # "victime de nationalité": the victim is a national (passive personality).
    ("UNTOC-15-2", "victime de nationalité", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15
        Les juridictions centraliennes sont compétentes à l'égard de l'infraction prévue à l'article 10 commise \
            hors de la République à l'encontre d'une victime de nationalité centralienne.
        """),
    # "apatride" habitually resident in the State, the offence committed abroad.
    ("UNTOC-15-2", "apatride", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15
        L'infraction prévue à l'article 10 est poursuivie et jugée par les juridictions de la République lorsque \
            son auteur est un apatride qui y réside, où que les faits aient eu lieu.
        """),
    # "résidence habituelle" of the offender, the offence committed abroad.
    ("UNTOC-15-2", "résidence habituelle", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15
        Les juridictions de la République connaissent de l'infraction prévue à l'article 10 commise à \
            l'extérieur de ses frontières par une personne qui a sa résidence habituelle dans la République.
        """),
    # "compétence extraterritoriale" over the offence.
    ("UNTOC-15-2", "compétence extraterritoriale", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15 - Compétence
        Les juridictions nationales exercent une compétence extraterritoriale à l'égard de l'infraction prévue à \
            l'article 10 lorsqu'elle est commise par un national ou contre un national.
        """),
    # "se trouvant sur le territoire d'un autre État": a national abroad.
    ("UNTOC-15-2", "se trouvant sur le territoire d'un autre État", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15
        Est poursuivi devant les juridictions nationales le national qui, se trouvant sur le territoire d'un \
            autre État, commet l'infraction prévue à l'article 10.
        """),
    # "alors qu'il se trouvait sur le territoire": the offence committed by a person who was in another State.
    ("UNTOC-15-2", "alors qu'il se trouvait sur le territoire", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15
        Est puni des mêmes peines celui qui a commis l'infraction prévue à l'article 10 alors qu'il se trouvait \
            sur le territoire d'un État voisin.
        """),
    # "en quelque lieu que": wherever the offence is committed, by a citizen.
    ("UNTOC-15-2", "en quelque lieu que", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 15
        Les juridictions centraliennes sont compétentes pour connaître de l'infraction prévue à l'article 10, en \
            quelque lieu que les faits aient été commis, lorsque leur auteur possède la citoyenneté centralienne.
        """),
    # ----------------------------------------------------------------------------- coordination (GP.coordination_body)
    # "comité national" against trafficking.
    ("GP.coordination_body", "comité national", """
        Article 60 - Comité de lutte
        Il est créé un comité national de lutte contre la traite des personnes, composé des ministères de la \
            justice, de l'intérieur, du travail et des affaires sociales et de représentants de la société civile.
        """),
    # "conseil national" against trafficking.
    ("GP.coordination_body", "conseil national", """
        Article 61
        Un conseil national contre la traite des personnes et le trafic de migrants coordonne l'action des \
            administrations et remet chaque année un rapport au Parlement.
        """),
    # "coordinateur national" against trafficking.
    ("GP.coordination_body", "coordinateur national", """
        Article 62
        Un coordinateur national de la lutte contre la traite des personnes est nommé par décret; il réunit les \
            services concernés au moins deux fois par an.
        """),
    # "coordonnateur national" against trafficking.
    ("GP.coordination_body", "coordonnateur national", """
        Article 63
        Le coordonnateur national de la lutte contre la traite des personnes veille à la cohérence de l'action \
            des administrations et rend compte chaque année au Premier ministre.
        """),
    # "rapporteur national" on trafficking.
    ("GP.coordination_body", "rapporteur national", """
        Article 64
        Un rapporteur national indépendant évalue la mise en œuvre de la politique de lutte contre la traite des \
            personnes et publie un rapport annuel.
        """),
    # "mécanisme équivalent" to a national rapporteur.
    ("GP.coordination_body", "mécanisme équivalent", """
        Article 65
        La Commission des droits de l'homme exerce, en matière de traite des personnes, les fonctions de \
            rapporteur indépendant ou de mécanisme équivalent et publie un rapport annuel.
        """),
    # "comité interministériel" on trafficking.
    ("GP.coordination_body", "comité interministériel", """
        Article 66
        Un comité interministériel de lutte contre la traite des personnes, présidé par le ministre de la \
            justice, se réunit tous les trois mois.
        """),
    # "commission interministérielle" on trafficking.
    ("GP.coordination_body", "commission interministérielle", """
        Article 67
        Il est institué une commission interministérielle chargée de coordonner la lutte contre la traite des \
            personnes et le trafic de migrants.
        """),
    # "organe de coordination" on trafficking.
    ("GP.coordination_body", "organe de coordination", """
        Article 68
        L'Agence de lutte contre la traite des personnes est l'organe de coordination des services de l'État, \
            des collectivités et des associations en la matière.
        """),
    # "cellule de coordination" on trafficking.
    ("GP.coordination_body", "cellule de coordination", """
        Article 69
        Une cellule de coordination de la lutte contre la traite des personnes est placée auprès du Premier \
            ministre; elle réunit les services de police, de justice, du travail et de l'action sociale.
        """),
    # "comité de coordination" on trafficking.
    ("GP.coordination_body", "comité de coordination", """
        Article 70
        Un comité de coordination de la lutte contre la traite des personnes réunit chaque trimestre les \
            ministères concernés et les organisations non gouvernementales.
        """),
    # "plan d'action national" against trafficking.
    ("GP.coordination_body", "plan d'action national", """
        Article 71
        Le Gouvernement adopte tous les trois ans un plan d'action national de lutte contre la traite des \
            personnes, dont l'exécution est évaluée chaque année.
        """),
    # -------------------------------------------------------------------- remote testimony (GP.court_protection.*)
    # "visioconférence".
    ("GP.court_protection.remote_testimony", "visioconférence", """
        Article 80
        La victime de la traite des personnes peut être entendue par visioconférence lorsque sa comparution \
            personnelle l'exposerait à un danger ou à un traumatisme.
        """),
    # "vidéoconférence".
    ("GP.court_protection.remote_testimony", "vidéoconférence", """
        Article 81
        Le témoin d'une infraction de traite des personnes peut déposer par vidéoconférence depuis un lieu \
            protégé, en présence de son avocat.
        """),
    # "liaison vidéo".
    ("GP.court_protection.remote_testimony", "liaison vidéo", """
        Article 82
        La juridiction peut autoriser la victime de la traite des personnes à déposer au moyen d'une liaison \
            vidéo depuis une salle séparée.
        """),
    # "moyens de télécommunication audiovisuelle".
    ("GP.court_protection.remote_testimony", "moyens de télécommunication audiovisuelle", """
        Article 83
        L'audition de la victime de la traite des personnes peut avoir lieu au moyen de moyens de \
            télécommunication audiovisuelle garantissant la confidentialité de la transmission.
        """),
    # "enregistrement audiovisuel".
    ("GP.court_protection.remote_testimony", "enregistrement audiovisuel", """
        Article 84
        L'audition de la victime de la traite des personnes fait l'objet d'un enregistrement audiovisuel, qui \
            peut être diffusé à l'audience à la place de sa comparution.
        """),
    # "enregistrement vidéo".
    ("GP.court_protection.remote_testimony", "enregistrement vidéo", """
        Article 85
        La déclaration de la victime de la traite des personnes recueillie par enregistrement vidéo pendant \
            l'enquête peut tenir lieu de déposition à l'audience.
        """),
    # "témoignage enregistré".
    ("GP.court_protection.remote_testimony", "témoignage enregistré", """
        Article 86
        Le témoignage enregistré de la victime de la traite des personnes est recevable devant la juridiction de \
            jugement, sous réserve des droits de la défense.
        """),
    # "déposition enregistrée".
    ("GP.court_protection.remote_testimony", "déposition enregistrée", """
        Article 87
        La déposition enregistrée de la victime de la traite des personnes peut être produite à l'audience à la \
            place de son audition.
        """),
    # "audition enregistrée".
    ("GP.court_protection.remote_testimony", "audition enregistrée", """
        Article 88
        L'audition enregistrée de l'enfant victime de la traite des personnes ou de tout autre témoin vulnérable \
            dispense de le faire comparaître à l'audience.
        """),
    # ----------------------------------------------------------------------------- screens
    # "paravent".
    ("GP.court_protection.screens", "paravent", """
        Article 89
        Lorsque la victime de la traite des personnes dépose à l'audience, le président peut faire installer un \
            paravent qui la soustrait au regard du prévenu.
        """),
    # "derrière un écran": the victim testifies behind a screen (not a video "diffusée sur un écran").
    ("GP.court_protection.screens", "derrière un écran", """
        Article 90
        La juridiction peut ordonner que la victime de la traite des personnes dépose derrière un écran qui la \
            soustrait au regard de l'accusé.
        """),
    # "glace sans tain".
    ("GP.court_protection.screens", "glace sans tain", """
        Article 91
        La confrontation de la victime de la traite des personnes avec le mis en cause peut être réalisée à \
            travers une glace sans tain.
        """),
    # "contact visuel avec" the accused avoided.
    ("GP.court_protection.screens", "contact visuel avec", """
        Article 92
        La victime de la traite des personnes qui le demande dépose dans des conditions qui lui évitent tout \
            contact visuel avec l'accusé.
        """),
    # "sans contact visuel".
    ("GP.court_protection.screens", "sans contact visuel", """
        Article 93
        Le témoin d'une infraction de traite des personnes peut déposer sans contact visuel, derrière un \
            dispositif adapté qui le soustrait au regard du prévenu.
        """),
    # "sans être vu".
    ("GP.court_protection.screens", "sans être vu", """
        Article 94
        Le témoin d'une infraction de traite des personnes peut déposer sans être vu du prévenu, dans une salle \
            séparée ou derrière un dispositif occultant.
        """),
    # "éviter la confrontation".
    ("GP.court_protection.screens", "éviter la confrontation", """
        Article 95
        Le juge prend toute mesure propre à éviter la confrontation visuelle de la victime de la traite des \
            personnes avec l'auteur présumé lors de son audition.
        """),
    # "sans confrontation".
    ("GP.court_protection.screens", "sans confrontation", """
        Article 96
        La victime de la traite des personnes est entendue sans confrontation avec le prévenu, qui suit sa \
            déposition depuis une autre salle.
        """),
    # "face à face avec le prévenu".
    ("GP.court_protection.screens", "face à face avec le prévenu", """
        Article 97
        La victime de la traite des personnes ne peut être contrainte à un face à face avec le prévenu; elle \
            dépose derrière un dispositif qui la dissimule à sa vue.
        """),
    # ----------------------------------------------------------------------------- closed hearings
    # "huis clos".
    ("GP.court_protection.closed_hearings", "huis clos", """
        Article 98
        Le huis clos est de droit si la victime de la traite des personnes le demande.
        """),
    # "à huis clos".
    ("GP.court_protection.closed_hearings", "à huis clos", """
        Article 99
        Les débats relatifs à l'infraction de traite des personnes se déroulent à huis clos lorsque la victime \
            en fait la demande.
        """),
    # "hors la présence du public".
    ("GP.court_protection.closed_hearings", "hors la présence du public", """
        Article 100
        La victime de la traite des personnes est entendue hors la présence du public lorsqu'elle le demande.
        """),
    # "audience non publique".
    ("GP.court_protection.closed_hearings", "audience non publique", """
        Article 101
        À la demande de la victime de la traite des personnes, l'affaire est jugée en audience non publique.
        """),
    # "exclure le public".
    ("GP.court_protection.closed_hearings", "exclure le public", """
        Article 102
        Le tribunal peut exclure le public de la salle d'audience pendant la déposition de la victime de la \
            traite des personnes.
        """),
    # "publicité restreinte".
    ("GP.court_protection.closed_hearings", "publicité restreinte", """
        Article 103
        Les audiences relatives à la traite des personnes se tiennent en publicité restreinte lorsque la victime \
            le demande; seules les parties et leurs conseils y assistent.
        """),
    # ----------------------------------------------------------------------------- identity protection
    # "anonymat" of the witness.
    ("GP.court_protection.identity_protection", "anonymat", """
        Article 104
        Le témoin d'une infraction de traite des personnes dont la vie est menacée peut être autorisé à déposer \
            sous anonymat, sous réserve des droits de la défense.
        """),
    # "pseudonyme".
    ("GP.court_protection.identity_protection", "pseudonyme", """
        Article 105
        La victime de la traite des personnes peut être désignée sous un pseudonyme dans les actes de la \
            procédure et lors des débats.
        """),
    # "identité de la victime" withheld.
    ("GP.court_protection.identity_protection", "identité de la victime", """
        Article 106
        L'identité de la victime de la traite des personnes n'est pas mentionnée dans les décisions rendues \
            publiques.
        """),
    # "identité du témoin" withheld.
    ("GP.court_protection.identity_protection", "identité du témoin", """
        Article 107
        Dans les procédures relatives à la traite des personnes, le juge peut ordonner que l'identité du témoin \
            ne figure pas au dossier communiqué au public.
        """),
    # "révéler l'identité" forbidden.
    ("GP.court_protection.identity_protection", "révéler l'identité", """
        Article 108
        Le fait de révéler l'identité d'un témoin protégé dans une affaire de traite des personnes est puni de \
            cinq ans d'emprisonnement.
        """),
    # "divulgation de l'identité" forbidden.
    ("GP.court_protection.identity_protection", "divulgation de l'identité", """
        Article 109
        Toute divulgation de l'identité d'une personne qui dépose dans une affaire de traite des personnes est \
            punie d'une amende de 5 000 000 de francs.
        """),
    # "divulguer l'identité" forbidden.
    ("GP.court_protection.identity_protection", "divulguer l'identité", """
        Article 110
        Il est interdit de divulguer l'identité d'une personne appelée à déposer dans une affaire de traite des \
            personnes sans son accord.
        """),
    # "témoignage anonyme".
    ("GP.court_protection.identity_protection", "témoignage anonyme", """
        Article 111
        Le juge peut recevoir le témoignage anonyme d'une personne dont la déposition dans une affaire de traite \
            des personnes mettrait la vie en danger, sous réserve des droits de la défense.
        """),
    # "confidentialité de l'identité".
    ("GP.court_protection.identity_protection", "confidentialité de l'identité", """
        Article 112
        La confidentialité de l'identité des personnes qui déposent dans les affaires de traite des personnes est \
            garantie à tous les stades de la procédure.
        """),
    # "identité protégée".
    ("GP.court_protection.identity_protection", "identité protégée", """
        Article 113
        Le témoin d'une infraction de traite des personnes peut déposer sous une identité protégée, sur décision \
            du juge des libertés.
        """),
    # ----------------------------------------------------------------------------- non-punishment (GP.non_punishment)
    # "non-punition" of victims, named as a principle with its rule.
    ("GP.non_punishment", "non-punition", """
        Article 40 - Principe de non-punition
        En application du principe de non-punition, aucune peine n'est prononcée contre la victime de la traite \
            des personnes pour les infractions qu'elle a commises en conséquence directe de son exploitation.
        """),
    # "non-responsabilité" of victims.
    ("GP.non_punishment", "non-responsabilité", """
        Article 41 - Non-responsabilité des victimes
        La non-responsabilité pénale de la victime de la traite des personnes est acquise pour toute infraction \
            commise en conséquence directe de sa situation de victime.
        """),
    # "ne sont pas pénalement responsables": victims are not criminally liable.
    ("GP.non_punishment", "ne sont pas pénalement responsables", """
        Article 42
        Les victimes de la traite des personnes ne sont pas pénalement responsables des infractions qu'elles ont \
            commises du fait de leur exploitation, y compris l'entrée ou le séjour irréguliers.
        """),
    # "ne peut être poursuivie": the victim cannot be prosecuted.
    ("GP.non_punishment", "ne peut être poursuivie", """
        Article 43
        La victime de la traite des personnes ne peut être poursuivie pour les infractions qu'elle a commises en \
            conséquence directe de son exploitation.
        """),
    # "ne peuvent être poursuivies": the plural.
    ("GP.non_punishment", "ne peuvent être poursuivies", """
        Article 44
        Les victimes de la traite des personnes ne peuvent être poursuivies pour les actes illicites qu'elles \
            ont commis du fait de la traite dont elles ont été l'objet.
        """),
    # "ne peut être sanctionnée": no criminal or administrative sanction.
    ("GP.non_punishment", "ne peut être sanctionnée", """
        Article 45
        La victime de la traite des personnes ne peut être sanctionnée, pénalement ou administrativement, pour \
            les infractions commises en conséquence directe de son exploitation.
        """),
    # "n'est pas punissable": the victim is not punishable.
    ("GP.non_punishment", "n'est pas punissable", """
        Article 46
        N'est pas punissable la victime de la traite des personnes qui a pris part à une infraction en \
            conséquence directe de son exploitation.
        """),
    # "ne sont pas punissables": the plural.
    ("GP.non_punishment", "ne sont pas punissables", """
        Article 47
        Les victimes de la traite des personnes ne sont pas punissables pour les infractions qu'elles ont été \
            amenées à commettre du fait de leur exploitation.
        """),
    # "exonérée de responsabilité pénale": the victim is exempt.
    ("GP.non_punishment", "exonérée de responsabilité pénale", """
        Article 48
        Est exonérée de responsabilité pénale la victime de la traite des personnes qui a commis une infraction \
            en conséquence directe de son exploitation.
        """),
    # "exonération de responsabilité pénale" for victims.
    ("GP.non_punishment", "exonération de responsabilité pénale", """
        Article 49
        Les victimes de la traite des personnes bénéficient d'une exonération de responsabilité pénale pour les \
            infractions commises en conséquence directe de leur exploitation.
        """),
    # "conséquence directe de leur situation": the link the non-punishment rule requires.
    ("GP.non_punishment", "conséquence directe de leur situation", """
        Article 50
        Aucune poursuite n'est engagée contre les victimes de la traite des personnes pour les infractions \
            commises comme conséquence directe de leur situation de victimes.
        """),
    # ----------------------------------------------------------------------------- use of services (GP.use_of_services)
    # "utilise les services" of a person known to be a victim.
    ("GP.use_of_services", "utilise les services", """
        Article 51
        Quiconque utilise les services d'une personne, sachant qu'elle est une victime de la traite des \
            personnes, est puni de cinq ans d'emprisonnement.
        """),
    # "recourt aux services" of a victim, knowingly.
    ("GP.use_of_services", "recourt aux services", """
        Article 53
        Est puni de cinq ans d'emprisonnement quiconque recourt aux services d'une personne dont il sait qu'elle \
            est victime de la traite des personnes.
        """),
    # "utilisation des services" of a victim, knowingly.
    ("GP.use_of_services", "utilisation des services", """
        Article 52
        L'utilisation des services ou du travail d'une personne dont l'auteur connaît la qualité de victime de \
            la traite des personnes est punie de cinq ans d'emprisonnement.
        """),
    # "recours aux services" of a victim, knowingly.
    ("GP.use_of_services", "recours aux services", """
        Article 54
        Le recours aux services, sexuels ou non, d'une personne que l'on sait victime de la traite des personnes \
            est puni de cinq ans d'emprisonnement.
        """),
    # "bénéficie des services" of a victim, knowingly.
    ("GP.use_of_services", "bénéficie des services", """
        Article 55
        Quiconque bénéficie des services ou du travail d'une personne, en connaissance de sa qualité de victime \
            de la traite des personnes, est puni de cinq ans d'emprisonnement.
        """),
    # "sachant que la personne est victime": the knowledge element.
    ("GP.use_of_services", "sachant que la personne est victime", """
        Article 56
        Quiconque emploie une personne ou obtient d'elle un travail ou des prestations sexuelles, sachant que la \
            personne est victime de la traite, est puni de cinq ans d'emprisonnement.
        """),
    # "en sachant qu'elle est victime": the knowledge element.
    ("GP.use_of_services", "en sachant qu'elle est victime", """
        Article 57
        Le fait d'employer une personne ou d'obtenir d'elle des prestations sexuelles, en sachant qu'elle est \
            victime de la traite des personnes, est puni de cinq ans d'emprisonnement.
        """),
    # "services d'une victime": using a victim's services.
    ("GP.use_of_services", "services d'une victime", """
        Article 58
        Quiconque obtient, en connaissance de cause, les services d'une victime de la traite des personnes est \
            puni de cinq ans d'emprisonnement.
        """),
    # "services d'une personne victime de la traite": using such services.
    ("GP.use_of_services", "services d'une personne victime de la traite", """
        Article 59
        Le fait d'obtenir, en connaissance de cause, les services d'une personne victime de la traite est puni \
            de cinq ans d'emprisonnement.
        """),
    # "tire profit du travail" of a victim, knowingly.
    ("GP.use_of_services", "tire profit du travail", """
        Article 60
        Quiconque tire profit du travail d'une personne dont il sait qu'elle est victime de la traite des \
            personnes est puni de cinq ans d'emprisonnement.
        """),
    # ----------------------------------------------------------------------------- action plan (GP.action_plan)
    # "plan d'action national" against trafficking.
    ("GP.action_plan", "plan d'action national", """
        Article 70
        Le Gouvernement adopte un plan d'action national de lutte contre la traite des personnes et le trafic de \
            migrants, financé par la loi de finances et évalué tous les deux ans.
        """),
    # "plan national d'action" against trafficking.
    ("GP.action_plan", "plan national d'action", """
        Article 71
        Un plan national d'action contre la traite des personnes est adopté par décret pour une durée de cinq ans \
            et évalué à son terme.
        """),
    # "plan d'action" against trafficking.
    ("GP.action_plan", "plan d'action", """
        Article 72
        Le ministre de la justice élabore un plan d'action triennal de lutte contre la traite des personnes et \
            le trafic de migrants, et en rend compte au Parlement.
        """),
    # "stratégie nationale" against trafficking.
    ("GP.action_plan", "stratégie nationale", """
        Article 73
        Une stratégie nationale de lutte contre la traite des personnes et le trafic de migrants est adoptée \
            tous les cinq ans et fait l'objet d'une évaluation publique.
        """),
    # "plan stratégique" against trafficking.
    ("GP.action_plan", "plan stratégique", """
        Article 74
        L'Agence nationale contre la traite des personnes met en œuvre un plan stratégique quinquennal adopté par \
            le Gouvernement.
        """),
    # -------------------------------------------------------------------- aggravations (GP.aggravating_circumstances)
    # "circonstances aggravantes" of the offence.
    ("GP.aggravating_circumstances", "circonstances aggravantes", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11 - Circonstances aggravantes
        L'infraction prévue à l'article 10 est punie de vingt ans de réclusion lorsqu'elle est commise avec l'une \
            des circonstances aggravantes suivantes :
        a) l'usage d'une arme ;
        b) la pluralité de victimes.
        """),
    # "circonstance aggravante" of the offence.
    ("GP.aggravating_circumstances", "circonstance aggravante", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Constitue une circonstance aggravante de l'infraction prévue à l'article 10 le fait que l'auteur soit un \
            ascendant de la victime; l'auteur encourt alors vingt ans de réclusion.
        """),
    # "la peine est aggravée".
    ("GP.aggravating_circumstances", "la peine est aggravée", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        La peine est aggravée et portée au double lorsque l'infraction prévue à l'article 10 a été commise avec \
            usage d'une arme.
        """),
    # "lorsque la victime est un mineur".
    ("GP.aggravating_circumstances", "lorsque la victime est un mineur", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de vingt ans de réclusion lorsque la victime est un mineur.
        """),
    # "lorsqu'elle est commise à l'égard d'un mineur".
    ("GP.aggravating_circumstances", "lorsqu'elle est commise à l'égard d'un mineur", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de vingt ans de réclusion lorsqu'elle est commise à l'égard \
            d'un mineur.
        """),
    # "dépositaire de l'autorité publique".
    ("GP.aggravating_circumstances", "dépositaire de l'autorité publique", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de vingt ans de réclusion lorsqu'elle est commise par une \
            personne dépositaire de l'autorité publique dans l'exercice de ses fonctions.
        """),
    # "par un groupe criminel organisé".
    ("GP.aggravating_circumstances", "par un groupe criminel organisé", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de vingt ans de réclusion lorsqu'elle est commise par un \
            groupe criminel organisé.
        """),
    # "entraîné la mort".
    ("GP.aggravating_circumstances", "entraîné la mort", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        Lorsque l'infraction prévue à l'article 10 a entraîné la mort de la personne exploitée, son auteur est \
            puni de trente ans de réclusion.
        """),
    # "mort de la victime".
    ("GP.aggravating_circumstances", "mort de la victime", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de trente ans de réclusion lorsqu'elle a causé la mort de \
            la victime.
        """),
    # "infirmité permanente".
    ("GP.aggravating_circumstances", "infirmité permanente", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de vingt ans de réclusion lorsqu'elle a causé à la victime \
            une infirmité permanente.
        """),
    # "mutilation".
    ("GP.aggravating_circumstances", "mutilation", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de vingt ans de réclusion lorsqu'elle a entraîné une \
            mutilation de la personne exploitée.
        """),
    # "mise en danger" of the victim's life.
    ("GP.aggravating_circumstances", "mise en danger", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de vingt ans de réclusion lorsqu'elle s'accompagne de la \
            mise en danger délibérée de la vie de la personne exploitée.
        """),
    # "réclusion criminelle à perpétuité".
    ("GP.aggravating_circumstances", "réclusion criminelle à perpétuité", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.
        Article 11
        L'infraction prévue à l'article 10 est punie de la réclusion criminelle à perpétuité lorsqu'elle est \
            commise en recourant à des actes de torture.
        """),
    # "avantage à celui qui en a la garde": a benefit promised to the child's keeper to win the keeper's consent.
    ("TIP-3-a.means.payments", "avantage à celui qui en a la garde", """
        Article 41 - Traite des enfants
        Est puni de douze ans de réclusion quiconque recrute ou héberge un enfant, aux fins de son exploitation, \
            en offrant un avantage à celui qui en a la garde pour obtenir son accord.
        """),
    # "rémunération à celui qui en a la garde": money paid to the keeper of the person recruited.
    ("TIP-3-a.means.payments", "rémunération à celui qui en a la garde", """
        Article 42
        Celui qui transporte une personne aux fins de l'exploiter, après avoir versé une rémunération à celui qui \
            en a la garde, est puni de dix ans d'emprisonnement.
        """),
    # "avantage à la personne qui en a la garde": the same means, the keeper named as a person.
    ("TIP-3-a.means.payments", "avantage à la personne qui en a la garde", """
        Article 43 - Traite des personnes
        Quiconque accueille une personne aux fins de son exploitation en accordant un avantage à la personne qui \
            en a la garde encourt quinze ans de réclusion.
        """),
    # "rémunération à la personne qui en a la garde": a promise of money to the keeper.
    ("TIP-3-a.means.payments", "rémunération à la personne qui en a la garde", """
        Article 44
        1. Est coupable de traite quiconque recrute une personne aux fins de son exploitation en promettant une \
            rémunération à la personne qui en a la garde.
        2. La traite est punie de dix ans d'emprisonnement.
        """),
    # "procure entrée*": procuring a foreigner's irregular entry, the article elided ("procure l'entrée").
    ("SOM-6-1-a", "procure entrée*", """
        Article 60 - Trafic illicite de migrants
        Est puni de dix ans d'emprisonnement quiconque, pour en tirer un avantage financier ou matériel, procure \
            l'entrée illégale d'un étranger sur le territoire national ou sur celui d'un autre État.
        """),
    # "assure entrée*": ensuring the irregular entry of a foreigner for gain.
    ("SOM-6-1-a", "assure entrée*", """
        Article 61
        Celui qui, moyennant un avantage financier, assure l'entrée irrégulière d'un étranger sur le territoire \
            d'un État dont cet étranger n'est ni ressortissant ni résident permanent est puni de huit ans \
            d'emprisonnement.
        """),
    # "favorise entrée*": favouring an irregular entry, with the benefit as the purpose.
    ("SOM-6-1-a", "favorise entrée*", """
        Article 62 - Trafic de migrants
        Quiconque, afin d'en obtenir un avantage matériel, favorise l'entrée irrégulière d'une personne sur le \
            territoire d'un État dont elle n'est pas ressortissante est puni de sept ans d'emprisonnement.
        """),
]

FIXED_GAPS: list[tuple[str, str, str, str]] = [
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
    # "obligation des transporteurs" only in the heading of the article that sets the duty.
    ("SOM-11-3", "obligation des transporteurs", """
        Article 30 - Obligation des transporteurs
        Toute entreprise de transport aérien ou maritime qui achemine des passagers vers le territoire national \
            contrôle, avant l'embarquement, qu'ils détiennent les passeports et visas exigés.
        """, "the term stands in the article's heading only, and the body's own words (entreprise de transport, "
         "contrôle, passeports et visas) are not in the lexicon: the engine does not read the heading for this "
         "element"),
    # "sanction du transporteur" only in the heading of the article that fines the carrier.
    ("SOM-11-4", "sanction du transporteur", """
        Article 31 - Sanction du transporteur
        L'entreprise de transport aérien ou maritime qui achemine un voyageur démuni du passeport ou du visa \
            exigé pour l'entrée sur le territoire national paie une amende de 2 000 000 de francs.
        """, "as above: the term is in the heading only and the body's fine on 'l'entreprise de transport' matches "
         "no term; an assessor reads the heading with its article"),
    # "mettent en danger la vie ou la sécurité" in a rule doubling "les peines prévues à l'article 20".
    ("SOM-6-3-a", "mettent en danger la vie ou la sécurité", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire d'un État dont il n'est ni ressortissant ni résident permanent est puni de dix ans \
            d'emprisonnement.
        Article 28
        Les peines prévues à l'article 20 sont doublées lorsque les faits mettent en danger la vie ou la sécurité \
            des migrants.
        """, "a rule that doubles 'les peines prévues à l'article 20' is not taken into the smuggling scope (the same "
         "words tied by 'l'infraction prévue à l'article 20' are), so the aggravation is not read"),
    # "recourt aux services" of a person known to have been trafficked, without the word "victime".
    ("GP.use_of_services", "recourt aux services", """
        Article 53
        Est puni de cinq ans d'emprisonnement quiconque recourt aux services d'une personne dont il sait qu'elle \
            a fait l'objet de la traite des personnes.
        """, "the element needs a 'victim' word in the article; 'une personne ... qui a fait l'objet de la traite' "
         "names the victim without it, so the offence of using her services is not read"),
]


@pytest.mark.parametrize(("element_id", "term", "text"),
                         [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in LEXICON_CASES])
def test_the_term_carries_its_element(element_id: str, term: str, text: str) -> None:
    assert outcome(run(text, "fr"), element_id) == FOUND


@pytest.mark.parametrize(("element_id", "term", "text"),
                         [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in LEXICON_CASES])
def test_the_term_is_in_its_statute(element_id: str, term: str, text: str) -> None:
    # The coverage count reads the statute through the same pattern: a case that misspells its term checks nothing.
    assert term_pattern(term).search(norm(_law(text)))


@pytest.mark.parametrize(("element_id", "term", "text", "why"), FIXED_GAPS, ids=[f"{g[0]}:{g[1]}" for g in FIXED_GAPS])
def test_a_fixed_engine_gap_stays_found(element_id: str, term: str, text: str, why: str) -> None:
    # Missed once for the reason `why`; the engine's rule for it is in docs/engine.md.
    assert outcome(run(text, "fr"), element_id) == FOUND, why
