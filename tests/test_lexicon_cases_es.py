"""One invented statute per Spanish lexicon term (issue 11): each term carries its element in a plausible law.

Every case is (element id, term as the lexicon spells it, statute). The statutes are original provisions of a
fictional State, drafted as a Spanish-language legislator would draft them; where it can, a statute holds the
term as the only word of that element's lexicon, so the case shows that this term carries the element.
`tests/test_legal_fidelity_scope.py` counts these cases as the positive cases of the terms.

FIXED_GAPS holds the statutes where an assessor would find the element but the engine missed it when these
cases were written, each with a line on why; the engine now reads each (docs/engine.md,
tests/test_engine_gaps.py), and a test keeps them found.
"""

from __future__ import annotations

import pytest
from test_match_cases import FOUND, outcome, run

LEXICON_CASES: list[tuple[str, str, str]] = [
    # ----------------------------------------------------------------------------------------- acts
    # "capta": recruitment in the present tense of the offence.
    ("TIP-3-a.act.recruitment", "capta", """
        Artículo 12. Trata de personas.
        Comete el delito de trata de personas quien capta a otra persona con fines de explotación, y será \
            sancionado con prisión de seis a doce años.
        """),
    # "captar": recruitment as the infinitive of a conduct the author engages in.
    ("TIP-3-a.act.recruitment", "captar", """
        Art. 45.- Trata de personas.
        Se impondrá prisión de ocho a quince años a quien se dedique a captar personas, por sí o por interpósita \
            persona, con el fin de someterlas a cualquier forma de explotación.
        """),
    # "reclutamiento": recruitment as a noun, the conduct constituting the offence.
    ("TIP-3-a.act.recruitment", "reclutamiento", """
        Artículo 7. Delito de trata.
        1. Constituye delito de trata de personas el reclutamiento de una persona con fines de explotación.
        2. El responsable será castigado con pena de prisión de cinco a diez años y multa.
        """),
    # "recluta": recruitment, present tense.
    ("TIP-3-a.act.recruitment", "recluta", """
        Artículo 210. Trata de personas.
        El que recluta a una persona, dentro o fuera del territorio nacional, con fines de \
            explotación sexual o laboral, será castigado con prisión de cuatro a doce años.
        """),
    # "reclutar": recruitment as the infinitive.
    ("TIP-3-a.act.recruitment", "reclutar", """
        Artículo 33. Trata de personas.
        Será sancionado con prisión de seis a catorce años quien se valga de cualquier medio para reclutar a \
            una persona con el propósito de explotarla.
        """),
    # "enganche": the regional word for luring a person into recruitment.
    ("TIP-3-a.act.recruitment", "enganche", """
        Artículo 19. Trata de personas.
        El enganche de una persona con fines de explotación laboral, sexual o de cualquier otra índole será \
            penado con reclusión de cinco a diez años.
        """),
    # "engancha": the same, as a verb.
    ("TIP-3-a.act.recruitment", "engancha", """
        Artículo 4. Del delito de trata de personas.
        Quien engancha a otra persona, aprovechando o no su situación, para explotarla en cualquier forma, \
            incurrirá en prisión de siete a doce años.
        """),
    # "enganchar": the same, infinitive.
    ("TIP-3-a.act.recruitment", "enganchar", """
        Artículo 58. Trata de personas.
        El que, con ánimo de explotación, se ocupe de enganchar personas para trasladarlas al extranjero o dentro \
            del país será castigado con prisión de cinco a quince años.
        """),
    # "atrae": luring a person is recruitment.
    ("TIP-3-a.act.recruitment", "atrae", """
        ARTÍCULO 22.- TRATA DE PERSONAS
        El que atrae a una persona mediante cualquier medio con el propósito de someterla a explotación será \
            reprimido con prisión de cinco a diez años.
        """),
    # "atraer": the same, infinitive.
    ("TIP-3-a.act.recruitment", "atraer", """
        Artículo 141. Trata de personas.
        Será castigado con prisión de seis a doce años quien, por cualquier medio, logre atraer a una persona \
            con fines de explotación laboral o sexual.
        """),
    # "alista": enlisting a person for exploitation.
    ("TIP-3-a.act.recruitment", "alista", """
        Artículo 9.- Trata de personas.
        Quien alista a una persona, incluso con su consentimiento, con la finalidad de explotarla, será penado \
            con prisión de ocho a quince años.
        """),
    # "transporta": transportation, present tense.
    ("TIP-3-a.act.transportation", "transporta", """
        Artículo 16. Trata de personas.
        El que transporta a una persona de un lugar a otro con fines de explotación será castigado con prisión \
            de cinco a diez años.
        """),
    # "transportar": transportation, infinitive.
    ("TIP-3-a.act.transportation", "transportar", """
        Artículo 27. Delito de trata.
        Incurre en prisión de seis a doce años quien se encargue de transportar a otra persona, dentro del país o \
            hacia el exterior, con el propósito de someterla a explotación.
        """),
    # "conduce a una persona": leading a person somewhere is transportation.
    ("TIP-3-a.act.transportation", "conduce a una persona", """
        Artículo 5. Trata de personas.
        Comete trata de personas quien conduce a una persona a un lugar distinto de su residencia con fines de \
            explotación. La pena será de seis a doce años de prisión.
        """),
    # "movilice": mobilising (moving) a person is transportation.
    ("TIP-3-a.act.transportation", "movilice", """
        Artículo 3. Trata de personas.
        Será sancionado con prisión de ocho a dieciséis años el que movilice a una persona dentro del territorio \
            nacional o hacia otro Estado con fines de explotación.
        """),
    # "movilizar": the same, infinitive.
    ("TIP-3-a.act.transportation", "movilizar", """
        Artículo 88. Trata de personas.
        Quien, con fines de explotación, se dedique a movilizar personas de una localidad a otra será \
            castigado con prisión de siete a catorce años.
        """),
    # "traslada": transfer, present tense.
    ("TIP-3-a.act.transfer", "traslada", """
        Artículo 11. Trata de personas.
        El que traslada a una persona con el fin de explotarla sexual o laboralmente será penado con prisión de \
            seis a diez años.
        """),
    # "trasladar": transfer, infinitive.
    ("TIP-3-a.act.transfer", "trasladar", """
        Artículo 204. Trata de personas.
        Será castigado con prisión de cinco a doce años quien se ocupe de trasladar a una persona de un lugar a \
            otro con fines de explotación.
        """),
    # "transfiera": transfer, subjunctive.
    ("TIP-3-a.act.transfer", "transfiera", """
        Artículo 60. Trata de personas.
        Se impondrá prisión de ocho a quince años al que transfiera a otra persona, a título oneroso o gratuito, \
            con fines de explotación.
        """),
    # "transfiere": transfer, present tense.
    ("TIP-3-a.act.transfer", "transfiere", """
        Artículo 13. Trata de personas.
        Quien transfiere a una persona a un tercero para que este la explote será sancionado con prisión de seis \
            a doce años.
        """),
    # "transferir": transfer, infinitive.
    ("TIP-3-a.act.transfer", "transferir", """
        Artículo 17. Trata de personas.
        Comete delito de trata de personas, y será castigado con prisión de cinco a diez años, quien con fines \
            de explotación realice alguna de las conductas siguientes:
        a) captar a una persona;
        b) transferir a una persona a un tercero, a título oneroso o gratuito;
        c) acoger a una persona captada por otro.
        """),
    # "entrega": handing over a person, present tense.
    ("TIP-3-a.act.transfer", "entrega", """
        Artículo 21. Trata de personas.
        El que entrega a una persona a otro con fines de explotación será reprimido con prisión de seis a doce \
            años.
        """),
    # "entregue": handing over, subjunctive.
    ("TIP-3-a.act.transfer", "entregue", """
        Artículo 301. Trata de personas.
        Se castigará con prisión de cinco a diez años a quien entregue a una persona a un tercero para su \
            explotación sexual, laboral o de cualquier otra índole.
        """),
    # "entregar": handing over, infinitive.
    ("TIP-3-a.act.transfer", "entregar", """
        Artículo 40. Trata de personas.
        Quien proceda a entregar a una persona a otro con fines de explotación incurrirá en prisión de seis a \
            doce años.
        """),
    # "vende": selling a person.
    ("TIP-3-a.act.transfer", "vende", """
        Artículo 24. Trata de personas.
        El que vende a una persona con fines de explotación será castigado con prisión de ocho a quince años.
        """),
    # "venta de personas": the sale of persons as the act (a bare "venta" is also the purpose, "venta de sus
    # órganos").
    ("TIP-3-a.act.transfer", "venta de personas", """
        Artículo 31. Trata de personas.
        La venta de personas con fines de explotación será sancionada con prisión de ocho a quince años.
        """),
    # "venta de niños": the sale of children.
    ("TIP-3-a.act.transfer", "venta de niños", """
        Artículo 32. Trata de personas.
        La venta de niños con fines de explotación sexual o laboral será sancionada con prisión de diez a veinte \
            años.
        """),
    # "cede": ceding a person to another.
    ("TIP-3-a.act.transfer", "cede", """
        Artículo 26. Trata de personas.
        Quien cede a una persona a un tercero, a cambio de un precio o de cualquier otra ventaja, con fines de \
            explotación, será castigado con prisión de seis a doce años.
        """),
    # "cesión": the cession of a person.
    ("TIP-3-a.act.transfer", "cesión", """
        Artículo 32. Trata de personas.
        La cesión de una persona a otra, a cualquier título, con fines de explotación será penada con prisión \
            de seis a doce años.
        """),
    # "suministra": supplying a person to another.
    ("TIP-3-a.act.transfer", "suministra", """
        Artículo 35. Trata de personas.
        El que suministra a otro una persona con fines de explotación será sancionado con prisión de cinco a \
            diez años.
        """),
    # "ofrece una persona": offering a person to another as a commodity.
    ("TIP-3-a.act.transfer", "ofrece una persona", """
        Artículo 36. Trata de personas.
        Quien ofrece una persona a un tercero, a título oneroso o gratuito, con fines de explotación, será \
            castigado con prisión de seis a doce años.
        """),
    # "acoge": harbouring, present tense.
    ("TIP-3-a.act.harbouring", "acoge", """
        Artículo 14. Trata de personas.
        El que acoge a una persona con fines de explotación será castigado con prisión de cinco a diez años.
        """),
    # "acoger": harbouring, infinitive.
    ("TIP-3-a.act.harbouring", "acoger", """
        Artículo 41. Trata de personas.
        Se impondrá prisión de cinco a diez años a quien se preste a acoger a una persona con el fin de que sea \
            explotada.
        """),
    # "aloja": lodging a person.
    ("TIP-3-a.act.harbouring", "aloja", """
        Artículo 42. Trata de personas.
        Quien aloja a una persona con fines de explotación sexual o laboral será sancionado con prisión de seis \
            a doce años.
        """),
    # "alojar": lodging, infinitive.
    ("TIP-3-a.act.harbouring", "alojar", """
        Artículo 43. Trata de personas.
        El que se encargue de alojar a personas con fines de explotación será castigado con prisión de cuatro a \
            ocho años.
        """),
    # "alberga": sheltering a person.
    ("TIP-3-a.act.harbouring", "alberga", """
        Artículo 44. Trata de personas.
        Será castigado con prisión de cinco a diez años el que alberga a una persona con fines de explotación.
        """),
    # "albergar": sheltering, infinitive.
    ("TIP-3-a.act.harbouring", "albergar", """
        Artículo 46. Trata de personas.
        Incurre en prisión de cinco a diez años quien se dedique a albergar personas con el propósito de \
            explotarlas.
        """),
    # "oculta": concealing a person.
    ("TIP-3-a.act.harbouring", "oculta", """
        Artículo 47. Trata de personas.
        El que oculta a una persona con fines de explotación será castigado con prisión de cinco a diez años.
        """),
    # "ocultar": concealing, infinitive.
    ("TIP-3-a.act.harbouring", "ocultar", """
        Artículo 48. Trata de personas.
        Se impondrá prisión de cinco a diez años a quien, para explotarla, se ocupe de ocultar a una persona a la \
            vista de las autoridades.
        """),
    # "retiene": holding a person.
    ("TIP-3-a.act.harbouring", "retiene", """
        Artículo 49. Trata de personas.
        Quien retiene a una persona con fines de explotación será sancionado con prisión de seis a doce años.
        """),
    # "retener": holding, infinitive.
    ("TIP-3-a.act.harbouring", "retener", """
        Artículo 50. Trata de personas.
        Será castigado con prisión de seis a doce años el que se ocupe de retener a una persona con el propósito \
            de explotarla.
        """),
    # "retenga": holding, subjunctive.
    ("TIP-3-a.act.harbouring", "retenga", """
        Artículo 51. Trata de personas.
        Se castigará con prisión de seis a doce años al que retenga a una persona con fines de explotación.
        """),
    # "acogimiento": harbouring as a noun.
    ("TIP-3-a.act.harbouring", "acogimiento", """
        Artículo 52. Trata de personas.
        El acogimiento de una persona con fines de explotación constituye delito de trata de personas y será \
            sancionado con prisión de cinco a diez años.
        """),
    # "recibe": receipt, present tense.
    ("TIP-3-a.act.receipt", "recibe", """
        Artículo 53. Trata de personas.
        El que recibe a una persona con fines de explotación será castigado con prisión de cinco a diez años.
        """),
    # "reciba": receipt, subjunctive.
    ("TIP-3-a.act.receipt", "reciba", """
        Artículo 54. Trata de personas.
        Se impondrá prisión de cinco a diez años a quien reciba a una persona con el fin de explotarla.
        """),
    # "compra": buying a person.
    ("TIP-3-a.act.receipt", "compra", """
        Artículo 55. Trata de personas.
        Quien compra a una persona con fines de explotación será sancionado con prisión de ocho a quince años.
        """),
    # "adquiere": acquiring a person.
    ("TIP-3-a.act.receipt", "adquiere", """
        Artículo 56. Trata de personas.
        El que adquiere a una persona, a cualquier título, con fines de explotación será penado con prisión de \
            ocho a quince años.
        """),
    # "obtiene una persona": obtaining a person as a commodity.
    ("TIP-3-a.act.receipt", "obtiene una persona", """
        Artículo 57. Trata de personas.
        Quien obtiene una persona de un tercero, a título oneroso o gratuito, con fines de explotación será \
            castigado con prisión de seis a doce años.
        """),
    # "obtenga": obtaining, subjunctive.
    ("TIP-3-a.act.receipt", "obtenga", """
        Artículo 59. Trata de personas.
        Se castigará con prisión de seis a doce años al que obtenga a una persona con fines de explotación.
        """),
    # ---------------------------------------------------------------------------------------- means
    # "uso de la fuerza": force as the means of the offence.
    ("TIP-3-a.means.force", "uso de la fuerza", """
        Artículo 61. Trata de personas.
        Será castigado con prisión de seis a doce años el que, mediante el uso de la fuerza, capte, traslade o \
            reciba a una persona con fines de explotación.
        """),
    # "amenaza o uso de la fuerza": the Protocol's wording.
    ("TIP-3-a.means.force", "amenaza o uso de la fuerza", """
        Artículo 62. Trata de personas.
        1. Comete trata de personas quien, recurriendo a la amenaza o uso de la fuerza, capta, transporta o acoge \
            a otra persona con fines de explotación.
        2. La trata de personas se sanciona con prisión de ocho a quince años.
        """),
    # "por la fuerza": taking a person by force.
    ("TIP-3-a.means.force", "por la fuerza", """
        Artículo 63. Trata de personas.
        El que por la fuerza traslade o retenga a una persona con fines de explotación será penado con prisión \
            de seis a doce años.
        """),
    # "violencia física": physical violence as the means.
    ("TIP-3-a.means.force", "violencia física", """
        Art. 64.- Trata de personas.
        Quien, empleando violencia física contra la víctima, la capte, transporte o acoja con fines de \
            explotación, será sancionado con prisión de ocho a quince años.
        """),
    # "coacciona": coercion, present tense.
    ("TIP-3-a.means.coercion", "coacciona", """
        Artículo 65. Trata de personas.
        El que coacciona a una persona para trasladarla o acogerla con fines de explotación será castigado con \
            prisión de seis a doce años.
        """),
    # "intimida": intimidating the victim.
    ("TIP-3-a.means.coercion", "intimida", """
        Artículo 66. Trata de personas.
        Quien intimida a una persona y, de ese modo, la capta o la recibe con fines de explotación será \
            sancionado con prisión de seis a doce años.
        """),
    # "amenazas": threats as the means.
    ("TIP-3-a.means.coercion", "amenazas", """
        Artículo 67. Trata de personas.
        Será castigado con prisión de seis a doce años el que, valiéndose de amenazas, capte, traslade o acoja a \
            una persona con fines de explotación.
        """),
    # "compulsión": compulsion as the means.
    ("TIP-3-a.means.coercion", "compulsión", """
        Artículo 68. Trata de personas.
        El que, mediante compulsión, capte, traslade o reciba a una persona con fines de explotación será \
            penado con prisión de seis a doce años.
        """),
    # "constreñimiento": constraint as the means.
    ("TIP-3-a.means.coercion", "constreñimiento", """
        Artículo 69. Trata de personas.
        Quien, por medio de constreñimiento, capte o acoja a una persona con fines de explotación será \
            sancionado con prisión de seis a doce años.
        """),
    # "coerción": coercion as a noun.
    ("TIP-3-a.means.coercion", "coerción", """
        Artículo 70. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que, recurriendo a cualquier forma de coerción, \
            capte, transporte o reciba a una persona con fines de explotación.
        """),
    # "rapto": abduction as the means.
    ("TIP-3-a.means.abduction", "rapto", """
        Artículo 71. Trata de personas.
        El que mediante rapto traslade o acoja a una persona con fines de explotación será castigado con \
            prisión de ocho a quince años.
        """),
    # "rapta": abducting the victim.
    ("TIP-3-a.means.abduction", "rapta", """
        Artículo 72. Trata de personas.
        Quien rapta a una persona y la traslada o la entrega a otro con fines de explotación será sancionado con \
            prisión de ocho a quince años.
        """),
    # "secuestra": abducting the victim, present tense.
    ("TIP-3-a.means.abduction", "secuestra", """
        Artículo 73. Trata de personas.
        El que secuestra a una persona para trasladarla o acogerla con fines de explotación será castigado con \
            prisión de diez a veinte años.
        """),
    # "secuestrar": abduction, infinitive.
    ("TIP-3-a.means.abduction", "secuestrar", """
        Artículo 74. Trata de personas.
        Será castigado con prisión de diez a veinte años quien, tras secuestrar a una persona, la transporte o la \
            reciba con fines de explotación.
        """),
    # "sustracción de menores": the taking of children away from their guardians.
    ("TIP-3-a.means.abduction", "sustracción de menores", """
        Artículo 75. Trata de personas.
        Será penado con prisión de diez a veinte años el que, valiéndose de la sustracción de menores a sus \
            progenitores o guardadores, capte, traslade o acoja a personas con fines de explotación.
        """),
    # "privación de libertad": unlawful deprivation of liberty as the means.
    ("TIP-3-a.means.abduction", "privación de libertad", """
        Artículo 76. Trata de personas.
        Quien, mediante la privación de libertad de la víctima, la traslade o la reciba con fines de \
            explotación será castigado con prisión de ocho a quince años.
        """),
    # "engaña": deceiving the victim.
    ("TIP-3-a.means.deception", "engaña", """
        Artículo 77. Trata de personas.
        El que engaña a una persona para captarla o trasladarla con fines de explotación será castigado con \
            prisión de cinco a diez años.
        """),
    # "engañar": deception, infinitive.
    ("TIP-3-a.means.deception", "engañar", """
        Artículo 78. Trata de personas.
        Será sancionado con prisión de cinco a diez años quien, con el fin de engañar a la víctima sobre las \
            condiciones del trabajo ofrecido, la capte o la traslade con fines de explotación.
        """),
    # "engañosa": a deceptive offer.
    ("TIP-3-a.means.deception", "engañosa", """
        Artículo 79. Trata de personas.
        Quien, mediante una oferta de empleo engañosa, capte o traslade a una persona con fines de explotación \
            será castigado con prisión de cinco a diez años.
        """),
    # "ardid": a ruse as the means.
    ("TIP-3-a.means.deception", "ardid", """
        Artículo 80. Trata de personas.
        El que, valiéndose de cualquier ardid, capte, acoja o reciba a una persona con fines de explotación será \
            reprimido con prisión de cinco a diez años.
        """),
    # "artificio": a trick as the means.
    ("TIP-3-a.means.deception", "artificio", """
        Artículo 81. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, por medio de artificio, capte o traslade a una \
            persona con fines de explotación.
        """),
    # "falsas promesas": false promises as the means.
    ("TIP-3-a.means.deception", "falsas promesas", """
        Artículo 82. Trata de personas.
        Quien, con falsas promesas de empleo, estudios o matrimonio, capte o traslade a una persona con fines \
            de explotación será sancionado con prisión de cinco a diez años.
        """),
    # "promesa falsa": the same, singular.
    ("TIP-3-a.means.deception", "promesa falsa", """
        Artículo 83. Trata de personas.
        El que, mediante una promesa falsa, capte, transporte o acoja a una persona con fines de explotación \
            será castigado con prisión de cinco a diez años.
        """),
    # "fraudulento": a fraudulent means.
    ("TIP-3-a.means.fraud", "fraudulento", """
        Artículo 84. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, por cualquier medio fraudulento, capte, \
            traslade o reciba a una persona con fines de explotación.
        """),
    # "fraudulenta": a fraudulent manoeuvre.
    ("TIP-3-a.means.fraud", "fraudulenta", """
        Artículo 85. Trata de personas.
        Quien, valiéndose de una maniobra fraudulenta, capte o acoja a una persona con fines de explotación \
            será sancionado con prisión de cinco a diez años.
        """),
    # "fraudulentamente": acting fraudulently.
    ("TIP-3-a.means.fraud", "fraudulentamente", """
        Artículo 86. Trata de personas.
        El que fraudulentamente capte, transporte o reciba a una persona con fines de explotación será \
            castigado con prisión de cinco a diez años.
        """),
    # "abuso de autoridad": abuse of authority as the means.
    ("TIP-3-a.means.abuse_of_power", "abuso de autoridad", """
        Artículo 87. Trata de personas.
        Será castigado con prisión de seis a doce años el que, con abuso de autoridad, capte, traslade o acoja \
            a una persona con fines de explotación.
        """),
    # "abusando de su autoridad": the same, as a gerund.
    ("TIP-3-a.means.abuse_of_power", "abusando de su autoridad", """
        Artículo 89. Trata de personas.
        Quien, abusando de su autoridad sobre la víctima, la capte o la traslade con fines de explotación será \
            sancionado con prisión de seis a doce años.
        """),
    # "abuso de funciones": abuse of office as the means.
    ("TIP-3-a.means.abuse_of_power", "abuso de funciones", """
        Artículo 90. Trata de personas.
        El que, mediante abuso de funciones, capte, traslade o reciba a una persona con fines de explotación \
            será castigado con prisión de seis a doce años.
        """),
    # "situación de superioridad": exploiting a position of superiority.
    ("TIP-3-a.means.abuse_of_power", "situación de superioridad", """
        Artículo 91. Trata de personas.
        Será penado con prisión de seis a doce años el que, aprovechando una situación de superioridad sobre la \
            víctima, la capte o la acoja con fines de explotación.
        """),
    # "prevaliéndose de su condición": taking advantage of one's position.
    ("TIP-3-a.means.abuse_of_power", "prevaliéndose de su condición", """
        Artículo 92. Trata de personas.
        El que, prevaliéndose de su condición de empleador, tutor o funcionario, capte, traslade o reciba a una \
            persona con fines de explotación será castigado con prisión de seis a doce años.
        """),
    # "abuso de una relación de autoridad": abusing a relationship of authority.
    ("TIP-3-a.means.abuse_of_power", "abuso de una relación de autoridad", """
        Artículo 93. Trata de personas.
        Quien, con abuso de una relación de autoridad, capte o acoja a una persona con fines de explotación \
            será sancionado con prisión de seis a doce años.
        """),
    # "situación de necesidad": taking advantage of the victim's need.
    ("TIP-3-a.means.abuse_of_vulnerability", "situación de necesidad", """
        Artículo 94. Trata de personas.
        El que, aprovechándose de la situación de necesidad de la víctima, la capte o la traslade con fines de \
            explotación será castigado con prisión de cinco a diez años.
        """),
    # "abuso de necesidad": abuse of need.
    ("TIP-3-a.means.abuse_of_vulnerability", "abuso de necesidad", """
        Artículo 95. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, mediante abuso de necesidad, capte, traslade o \
            acoja a una persona con fines de explotación.
        """),
    # "aprovechamiento de la necesidad": exploitation of need.
    ("TIP-3-a.means.abuse_of_vulnerability", "aprovechamiento de la necesidad", """
        Artículo 96. Trata de personas.
        Quien, mediante el aprovechamiento de la necesidad económica de otra persona, la capte o la reciba con \
            fines de explotación será sancionado con prisión de cinco a diez años.
        """),
    # "dependencia de la víctima": abusing the victim's dependence (a bare "dependencia" is also a public office).
    ("TIP-3-a.means.abuse_of_vulnerability", "dependencia de la víctima", """
        Artículo 97. Trata de personas.
        El que, abusando de la dependencia de la víctima respecto de él, la capte, traslade o acoja con fines de \
            explotación será castigado con prisión de cinco a diez años.
        """),
    # "situación de dependencia": abusing a situation of dependence.
    ("TIP-3-a.means.abuse_of_vulnerability", "situación de dependencia", """
        Artículo 98. Trata de personas.
        El que, aprovechando la situación de dependencia de una persona, la capte o acoja con fines de explotación \
            laboral será castigado con prisión de cinco a diez años.
        """),
    # "precariedad": abusing the victim's precarious situation.
    ("TIP-3-a.means.abuse_of_vulnerability", "precariedad", """
        Artículo 98. Trata de personas.
        Será castigado con prisión de cinco a diez años el que, abusando de la precariedad de la situación \
            económica o migratoria de una persona, la capte o la traslade con fines de explotación.
        """),
    # "desamparo": abusing the victim's helplessness.
    ("TIP-3-a.means.abuse_of_vulnerability", "desamparo", """
        Artículo 99. Trata de personas.
        Quien, aprovechando el desamparo de la víctima, la capte o la acoja con fines de explotación será \
            sancionado con prisión de cinco a diez años.
        """),
    # "situación de inferioridad": abusing the victim's position of inferiority.
    ("TIP-3-a.means.abuse_of_vulnerability", "situación de inferioridad", """
        Artículo 100. Trata de personas.
        El que, abusando de la situación de inferioridad de la víctima, la capte, transporte o reciba con fines \
            de explotación será castigado con prisión de cinco a diez años.
        """),
    # "concede o recibe pagos": the payment means, as verbs.
    ("TIP-3-a.means.payments", "concede o recibe pagos", """
        Artículo 102. Trata de personas.
        Quien concede o recibe pagos para obtener el consentimiento de quien tiene el control de otra persona, y \
            capta o traslada a esta con fines de explotación, será sancionado con prisión de seis a doce años.
        """),
    # "concesión de pagos": granting payments to a person in control.
    ("TIP-3-a.means.payments", "concesión de pagos", """
        Artículo 103. Trata de personas.
        El que, mediante la concesión de pagos a los padres o tutores de la víctima, la capte o la traslade con \
            fines de explotación será castigado con prisión de seis a doce años.
        """),
    # "ofrecimiento de pagos": offering payments to a person in control.
    ("TIP-3-a.means.payments", "ofrecimiento de pagos", """
        Artículo 104. Trata de personas.
        Será castigado con prisión de seis a doce años el que, mediante el ofrecimiento de pagos o ventajas a \
            quien tenga el control de la víctima, la capte, traslade o acoja con fines de explotación.
        """),
    # ------------------------------------------------------------------------------------- purposes
    # "trabajos forzosos": forced labour as the purpose.
    ("TIP-3-a.purpose.forced_labour", "trabajos forzosos", """
        Artículo 105. Trata de personas con fines laborales.
        El que capte, traslade o acoja a una persona para someterla a trabajos forzosos será castigado con \
            prisión de seis a doce años.
        """),
    # "trabajo obligatorio": compulsory labour as the purpose.
    ("TIP-3-a.purpose.forced_labour", "trabajo obligatorio", """
        Artículo 106. Trata de personas.
        Quien capte, transporte o reciba a una persona con el fin de imponerle un trabajo obligatorio, exigido \
            bajo la amenaza de una pena, será sancionado con prisión de seis a doce años.
        """),
    # "explotación laboral": labour exploitation as the purpose.
    ("TIP-3-a.purpose.forced_labour", "explotación laboral", """
        Artículo 107. Trata de personas.
        Será castigado con prisión de cinco a diez años el que capte, traslade o acoja a una persona con fines \
            de explotación laboral.
        """),
    # "mendicidad forzada": forced begging, a form of forced labour.
    ("TIP-3-a.purpose.forced_labour", "mendicidad forzada", """
        Artículo 108. Trata de personas.
        El que capte, traslade o reciba a una persona con el fin de someterla a la mendicidad forzada será \
            penado con prisión de cinco a diez años.
        """),
    # "servicios forzosos": forced services as the purpose.
    ("TIP-3-a.purpose.forced_labour", "servicios forzosos", """
        Artículo 109. Trata de personas.
        Quien capte, transporte o acoja a una persona para obligarla a prestar servicios forzosos será \
            sancionado con prisión de seis a doce años.
        """),
    # "trabajo forzado": forced labour, singular.
    ("TIP-3-a.purpose.forced_labour", "trabajo forzado", """
        Artículo 110. Trata de personas.
        Será castigado con prisión de seis a doce años el que capte, traslade o reciba a una persona con fines \
            de trabajo forzado.
        """),
    # "extracción ilícita de órganos": the unlawful removal of organs.
    ("TIP-3-a.purpose.organ_removal", "extracción ilícita de órganos", """
        Artículo 111. Trata de personas.
        El que capte, traslade o acoja a una persona con fines de extracción ilícita de órganos será castigado \
            con prisión de ocho a quince años.
        """),
    # "ablación de órganos": the ablation of organs.
    ("TIP-3-a.purpose.organ_removal", "ablación de órganos", """
        Artículo 112 bis. Trata de personas.
        Será sancionado con prisión de ocho a quince años quien traslade o reciba a una persona con el fin de \
            practicarle la ablación de órganos fuera de los casos autorizados por la ley de trasplantes.
        """),
    # "componentes anatómicos": the removal of anatomical components.
    ("TIP-3-a.purpose.organ_removal", "componentes anatómicos", """
        Artículo 113. Trata de personas.
        Será castigado con prisión de ocho a quince años el que capte, traslade o acoja a una persona con el fin \
            de extraerle componentes anatómicos.
        """),
    # "servidumbre doméstica": domestic servitude as the purpose.
    ("TIP-3-a.purpose.servitude", "servidumbre doméstica", """
        Artículo 114. Trata de personas.
        El que capte, traslade o reciba a una persona para someterla a servidumbre doméstica será castigado con \
            prisión de seis a doce años.
        """),
    # "condición de servidumbre": holding a person in servitude.
    ("TIP-3-a.purpose.servitude", "condición de servidumbre", """
        Artículo 115. Trata de personas.
        Quien capte, transporte o acoja a una persona con el fin de mantenerla en condición de servidumbre será \
            sancionado con prisión de seis a doce años.
        """),
    # "reducción a servidumbre": reducing a person to servitude.
    ("TIP-3-a.purpose.servitude", "reducción a servidumbre", """
        Artículo 116. Trata de personas.
        Será castigado con prisión de seis a doce años el que capte, traslade o reciba a una persona con fines \
            de reducción a servidumbre.
        """),
    # "pornografía": use in pornography as the purpose.
    ("TIP-3-a.purpose.sexual_exploitation", "pornografía", """
        Artículo 117. Trata de personas.
        El que capte, traslade o acoja a una persona para utilizarla en pornografía será castigado con prisión \
            de seis a doce años.
        """),
    # "pornográfico": use in pornographic material.
    ("TIP-3-a.purpose.sexual_exploitation", "pornográfico", """
        Artículo 118. Trata de personas.
        Quien capte, transporte o reciba a una persona con el fin de utilizarla en la producción de material \
            pornográfico será sancionado con prisión de seis a doce años.
        """),
    # "servicios sexuales": sexual services as the purpose.
    ("TIP-3-a.purpose.sexual_exploitation", "servicios sexuales", """
        Artículo 119. Trata de personas.
        Será castigado con prisión de seis a doce años el que capte, traslade o acoja a una persona para que \
            preste servicios sexuales a terceros.
        """),
    # "comercio sexual": the sex trade as the purpose.
    ("TIP-3-a.purpose.sexual_exploitation", "comercio sexual", """
        Artículo 120. Trata de personas.
        El que capte, traslade o reciba a una persona con fines de comercio sexual será castigado con prisión de \
            seis a doce años.
        """),
    # "explotación sexual comercial": commercial sexual exploitation.
    ("TIP-3-a.purpose.sexual_exploitation", "explotación sexual comercial", """
        Artículo 121. Trata de personas.
        Quien capte, transporte o acoja a una persona con fines de explotación sexual comercial será sancionado \
            con prisión de seis a doce años.
        """),
    # "turismo sexual": sex tourism as the purpose.
    ("TIP-3-a.purpose.sexual_exploitation", "turismo sexual", """
        Artículo 122. Trata de personas.
        Será castigado con prisión de seis a doce años el que capte, traslade o reciba a una persona para \
            ofrecerla en actividades de turismo sexual.
        """),
    # "esclavo": holding a person as a slave.
    ("TIP-3-a.purpose.slavery", "esclavo", """
        Artículo 123. Trata de personas.
        El que capte, traslade o acoja a una persona con el fin de tratarla como esclavo será castigado con \
            prisión de ocho a quince años.
        """),
    # "reducción a esclavitud": reducing a person to slavery.
    ("TIP-3-a.purpose.slavery", "reducción a esclavitud", """
        Artículo 124. Trata de personas.
        Quien capte, transporte o reciba a una persona con fines de reducción a esclavitud será sancionado con \
            prisión de ocho a quince años.
        """),
    # "condición análoga a la de esclavo": a condition akin to slavery.
    ("TIP-3-a.purpose.slavery", "condición análoga a la de esclavo", """
        Artículo 125. Trata de personas.
        Será castigado con prisión de ocho a quince años el que capte, traslade o acoja a una persona para \
            reducirla a una condición análoga a la de esclavo.
        """),
    # "servidumbre por deudas": debt bondage, a practice similar to slavery.
    ("TIP-3-a.purpose.slavery", "servidumbre por deudas", """
        Artículo 126. Trata de personas.
        El que capte, traslade o reciba a una persona con el fin de someterla a servidumbre por deudas será \
            castigado con prisión de ocho a quince años.
        """),
    # "servidumbre de la gleba": serfdom, a practice similar to slavery.
    ("TIP-3-a.purpose.slavery", "servidumbre de la gleba", """
        Artículo 127. Trata de personas.
        Quien capte, transporte o acoja a una persona para someterla a servidumbre de la gleba será sancionado \
            con prisión de ocho a quince años.
        """),
    # "matrimonio servil": servile marriage, a practice similar to slavery.
    ("TIP-3-a.purpose.slavery", "matrimonio servil", """
        Artículo 128. Trata de personas.
        Será castigado con prisión de ocho a quince años el que capte, traslade o reciba a una persona con el fin \
            de someterla a matrimonio servil.
        """),
    # ------------------------------------------------------------------- consent of the victim (TIP-3-b)
    # "no tendrá efecto": the victim's consent has no effect.
    ("TIP-3-b", "no tendrá efecto", """
        Artículo 129. Trata de personas.
        1. Será castigado con prisión de cinco a diez años el que, mediante engaño o violencia, capte, traslade \
            o acoja a una persona con fines de explotación.
        2. El consentimiento otorgado por la persona objeto de trata a la explotación pretendida no tendrá \
            efecto alguno cuando se haya recurrido a cualquiera de los medios indicados en el apartado anterior.
        """),
    # "no se tendrá en cuenta": the consent is disregarded.
    ("TIP-3-b", "no se tendrá en cuenta", """
        Artículo 130. Trata de personas.
        (1) Quien, mediante amenaza o engaño, capte o reciba a una persona con fines de explotación será \
            sancionado con prisión de seis a doce años.
        (2) No se tendrá en cuenta el consentimiento que la persona afectada hubiera prestado a su explotación.
        """),
    # "no constituirá en ningún caso causa de eximición": the consent never exempts the author.
    ("TIP-3-b", "no constituirá en ningún caso causa de eximición", """
        Artículo 131. Trata de personas.
        Será reprimido con prisión de cuatro a ocho años el que capte, traslade o acoja a una persona con fines \
            de explotación. El consentimiento prestado por la persona tratada no constituirá en ningún caso causa \
            de eximición de la responsabilidad penal del autor.
        """),
    # "causa de eximición": the consent is no ground of exemption.
    ("TIP-3-b", "causa de eximición", """
        Artículo 31. Trata de personas.
        Será castigado con prisión de cinco a diez años el que capte, traslade o acoja a una persona con fines de \
            explotación.
        Artículo 32. Consentimiento.
        El consentimiento de la persona tratada no es causa de eximición de la responsabilidad penal, civil o \
            administrativa de quienes cometan el delito de trata de personas previsto en el artículo 31.
        """),
    # "causa de exclusión": the consent is no ground excluding liability.
    ("TIP-3-b", "causa de exclusión", """
        Artículo 133. Trata de personas.
        1. El que capte, traslade o reciba a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. El consentimiento de la persona explotada no será causa de exclusión de la responsabilidad penal ni \
            de atenuación de la pena.
        """),
    # "aun cuando mediare el consentimiento": the offence is committed despite the consent.
    ("TIP-3-b", "aun cuando mediare el consentimiento", """
        Artículo 134. Trata de personas.
        Será castigado con prisión de seis a doce años el que capte, transporte o acoja a una persona con fines \
            de explotación, aun cuando mediare el consentimiento de la persona captada.
        """),
    # "aunque mediare el consentimiento": the same.
    ("TIP-3-b", "aunque mediare el consentimiento", """
        Artículo 135. Trata de personas.
        Comete trata de personas quien traslada o recibe a una persona con fines de explotación, aunque mediare \
            el consentimiento de esta. La pena será de cinco a diez años de prisión.
        """),
    # "con o sin su consentimiento": consent is immaterial to the offence.
    ("TIP-3-b", "con o sin su consentimiento", """
        Artículo 136. Trata de personas.
        El que capte, traslade o acoja a una persona, con o sin su consentimiento, con fines de explotación, \
            será sancionado con prisión de seis a doce años.
        """),
    # "con o sin el consentimiento": the same.
    ("TIP-3-b", "con o sin el consentimiento", """
        Artículo 137. Trata de personas.
        Quien, con o sin el consentimiento de la persona afectada, la capte, transporte o reciba con fines de \
            explotación será castigado con prisión de seis a doce años.
        """),
    # ------------------------------------------------------------------- no means for children (TIP-3-c)
    # "incluso cuando no se recurra": the child offence needs none of the means.
    ("TIP-3-c", "incluso cuando no se recurra", """
        Artículo 138. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que, mediante violencia, amenaza o engaño, capte, \
            traslade o acoja a una persona con fines de explotación.
        2. La captación, el traslado o la acogida de un menor de dieciocho años con fines de explotación se \
            considerarán trata de personas incluso cuando no se recurra a ninguno de los medios del apartado 1.
        """),
    # "aunque no se recurra": the same.
    ("TIP-3-c", "aunque no se recurra", """
        Artículo 139. Trata de personas.
        1. Comete trata de personas quien, mediante amenaza, fraude o abuso de una situación de vulnerabilidad, \
            capta, traslada o recibe a una persona con fines de explotación.
        2. Cuando la víctima sea un menor de dieciocho años habrá trata de personas aunque no se recurra a los \
            medios señalados en el inciso anterior.
        3. La trata de personas se castiga con prisión de seis a doce años.
        """),
    # "aun cuando no medie": the same.
    ("TIP-3-c", "aun cuando no medie", """
        Artículo 140. Trata de personas.
        Será sancionado con prisión de cinco a diez años el que, mediante violencia o engaño, capte, traslade \
            o acoja a una persona con fines de explotación. Si la persona fuera menor de dieciocho años, la \
            misma pena se impondrá aun cuando no medie ninguno de esos medios.
        """),
    # "aunque no mediare": the same.
    ("TIP-3-c", "aunque no mediare", """
        Artículo 142. Trata de personas.
        I. El que, mediante violencia, intimidación o engaño, captare o trasladare a una persona con fines de \
            explotación será castigado con prisión de cinco a diez años.
        II. Se impondrá la misma pena al que captare o trasladare con esos fines a un menor de dieciocho años, \
            aunque no mediare violencia, intimidación o engaño.
        """),
    # "no se requerirá": no means is required where the victim is a child.
    ("TIP-3-c", "no se requerirá", """
        Artículo 143. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que, mediante violencia, amenaza o engaño, capte o \
            acoja a una persona con fines de explotación.
        2. Si la víctima fuere menor de dieciocho años, no se requerirá la concurrencia de los medios enunciados \
            en el apartado anterior.
        """),
    # "aun sin": the child offence even without the means.
    ("TIP-3-c", "aun sin", """
        Artículo 147. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que, mediante violencia o engaño, capte, traslade o \
            reciba a una persona con fines de explotación.
        2. La captación, el traslado o la recepción de un menor de dieciocho años con fines de explotación será \
            castigada con la misma pena aun sin mediar violencia, engaño u otro de los medios del \
            apartado 1.
        """),
    # ------------------------------------------------------------------------------- the child (TIP-3-d)
    # "niña": a child victim aggravation names girls.
    ("TIP-3-d", "niña", """
        Artículo 148. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. La pena será de diez a veinte años si la víctima es una niña o un varón que no ha cumplido la \
            mayoría de edad.
        """),
    # "niños": the child rule names children.
    ("TIP-3-d", "niños", """
        Artículo 149. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que, mediante violencia o engaño, capte, traslade o \
            acoja a una persona con fines de explotación.
        2. Cuando las víctimas sean niños, se les aplicará la pena del apartado anterior aunque no se haya \
            empleado violencia ni engaño.
        """),
    # "niñas": the child rule names girls.
    ("TIP-3-d", "niñas", """
        Artículo 150. Trata de personas.
        1. El que capte, transporte o reciba a una persona con fines de explotación será sancionado con prisión \
            de seis a doce años.
        2. La pena se elevará a quince años de prisión cuando las víctimas fueren niñas.
        """),
    # "menores de edad": the child rule for minors.
    ("TIP-3-d", "menores de edad", """
        Artículo 151. Trata de personas.
        1. El que, mediante violencia o engaño, capte o traslade a una persona con fines de explotación será \
            castigado con prisión de seis a doce años.
        2. La captación o el traslado de menores de edad con fines de explotación será castigado con la misma \
            pena, aunque no medie violencia ni engaño.
        """),
    # "menor de 18 años": the age of eighteen stated in figures.
    ("TIP-3-d", "menor de 18 años", """
        Artículo 152. Definiciones.
        A los efectos de esta ley, se entiende por víctima infantil toda persona menor de 18 años que haya sido \
            objeto del delito de trata de personas previsto en el artículo 153.
        Artículo 153. Trata de personas.
        El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de seis \
            a doce años.
        """),
    # "niños, niñas y adolescentes": the usual Latin American formula.
    ("TIP-3-d", "niños, niñas y adolescentes", """
        Artículo 154. Trata de personas.
        1. Comete trata de personas quien capta, traslada o acoge a una persona con fines de explotación, y \
            será sancionado con prisión de seis a doce años.
        2. En los casos de trata de niños, niñas y adolescentes la pena será de diez a veinte años.
        """),
    # "adolescente": an aggravation for adolescent victims.
    ("TIP-3-d", "adolescente", """
        Artículo 155. Trata de personas.
        1. El que capte, traslade o reciba a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. La pena será de diez a quince años cuando la víctima sea un adolescente.
        """),
    # "víctima menor": an aggravation for a child victim.
    ("TIP-3-d", "víctima menor", """
        Artículo 156. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. La pena será de diez a quince años si se tratare de una víctima menor.
        """),
    # ---------------------------------------------------------------------- the offence itself (TIP-5-1)
    # "trata de seres humanos": the offence named in the European formula.
    ("TIP-5-1", "trata de seres humanos", """
        Artículo 158. Trata de seres humanos.
        1. Se impondrá pena privativa de libertad de cinco a ocho años, como reo de trata de seres humanos, al \
            que, mediante violencia o engaño, capte, traslade o acoja a una persona con fines de explotación.
        """),
    # "será penado": the offence with its penalty.
    ("TIP-5-1", "será penado", """
        Artículo 159. Delito de trata.
        El que, mediante amenaza, engaño o abuso de una situación de vulnerabilidad, capte, traslade o reciba a \
            una persona con fines de explotación será penado con seis a doce años de privación de libertad.
        """),
    # "será reprimido": the offence with its penalty, in the southern-cone formula.
    ("TIP-5-1", "será reprimido", """
        ARTÍCULO 160.- Será reprimido con cuatro a ocho años de privación de libertad quien, valiéndose de \
            cualquier medio, captare o acogiere a otra persona para explotarla.
        """),
    # "pena de prisión": the penalty of the offence.
    ("TIP-5-1", "pena de prisión", """
        Artículo 161.
        Quien capte, traslade, acoja o reciba a una persona con fines de explotación, recurriendo a la \
            violencia, la amenaza o el engaño, incurrirá en la pena de prisión de seis a doce años.
        """),
    # "reclusión": the penalty of the offence.
    ("TIP-5-1", "reclusión", """
        Artículo 162. Explotación de personas.
        Se impondrá reclusión de ocho a quince años al que, por cualquier medio, capte, transporte, traslade, \
            acoja o reciba a una persona con fines de explotación.
        """),
    # "incurrirá en prisión": the penalty of the offence, in the Andean formula.
    ("TIP-5-1", "incurrirá en prisión", """
        Artículo 163.
        Quien reciba o acoja a otra persona para someterla a explotación, sea en el país o fuera de él, \
            incurrirá en prisión de doce a veinte años y multa.
        """),
    # -------------------------------------------------------------------------------- attempt (TIP-5-2-a)
    # "grado de tentativa": the trafficking offences punishable when attempted.
    ("TIP-5-2-a", "grado de tentativa", """
        Artículo 164. Trata de personas.
        Será castigado con prisión de cinco a diez años el que capte, traslade o acoja a una persona con fines de \
            explotación.
        Artículo 165. Punibilidad.
        El delito previsto en el artículo 164 será punible en grado de tentativa.
        """),
    # "la tentativa será": the attempt punished with a reduced penalty.
    ("TIP-5-2-a", "la tentativa será", """
        Artículo 166. Trata de personas.
        1. El que capte, traslade o reciba a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. La tentativa será castigada con la pena señalada en el apartado anterior, rebajada en un tercio.
        """),
    # "intente": whoever attempts the offence.
    ("TIP-5-2-a", "intente", """
        Artículo 167. Trata de personas.
        1. Quien capte, traslade o acoja a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        2. Quien intente cometer el delito previsto en el apartado 1 será sancionado con la mitad de la pena.
        """),
    # "intentare": whoever attempts the offence, future subjunctive.
    ("TIP-5-2-a", "intentare", """
        Artículo 168. Trata de personas.
        El que captare, trasladare o acogiere a una persona con fines de explotación, o intentare hacerlo, será \
            castigado con prisión de cinco a diez años.
        """),
    # "intento de cometer": the attempt to commit the offence.
    ("TIP-5-2-a", "intento de cometer", """
        Artículo 169. Trata de personas.
        1. El que capte, traslade o reciba a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. El intento de cometer el delito de trata de personas se sancionará con prisión de tres a seis años.
        """),
    # ------------------------------------------------------------------------------ complicity (TIP-5-2-b)
    # "complicidad": complicity in the offence punished.
    ("TIP-5-2-b", "complicidad", """
        Artículo 170. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. La complicidad en el delito previsto en este artículo se castigará con la pena del autor, rebajada \
            en un tercio.
        """),
    # "partícipes": the participants in the offence.
    ("TIP-5-2-b", "partícipes", """
        Artículo 171. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que capte, transporte o reciba a una persona con \
            fines de explotación.
        2. Los partícipes en el delito de trata de personas serán sancionados con la misma pena que el autor.
        """),
    # "cooperador": the cooperator in the offence.
    ("TIP-5-2-b", "cooperador", """
        Artículo 172. Trata de personas.
        (1) Quien capte, traslade o acoja a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        (2) Será castigado como cooperador del delito de trata de personas quien preste al autor cualquier \
            ayuda para su ejecución, con la pena de cuatro a ocho años de prisión.
        """),
    # "cooperación necesaria": necessary cooperation in the offence.
    ("TIP-5-2-b", "cooperación necesaria", """
        Artículo 173. Trata de personas.
        1. El que capte, traslade o reciba a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. Con la misma pena será castigado quien preste cooperación necesaria para la comisión del delito \
            previsto en el apartado anterior.
        """),
    # "auxilia": whoever aids the author.
    ("TIP-5-2-b", "auxilia", """
        Artículo 174. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que capte, transporte o acoja a una persona con \
            fines de explotación.
        2. El que auxilia al autor en la comisión del delito será castigado con prisión de tres a seis años.
        """),
    # "auxilie": whoever aids the author, subjunctive.
    ("TIP-5-2-b", "auxilie", """
        Artículo 175. Trata de personas.
        1. Quien capte, traslade o reciba a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        2. Quien auxilie a otro en la comisión del delito previsto en el apartado 1 será sancionado con prisión \
            de tres a seis años.
        """),
    # "coadyuve": whoever contributes to the offence.
    ("TIP-5-2-b", "coadyuve", """
        Artículo 176. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. Se impondrá la misma pena a quien coadyuve a la comisión del delito previsto en este artículo.
        """),
    # ------------------------------------------------------------------------- organising (TIP-5-2-c)
    # "organice": whoever organises the offence.
    ("TIP-5-2-c", "organice", """
        Artículo 177. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que capte, traslade o reciba a una persona con \
            fines de explotación.
        2. La pena será de diez a quince años para quien organice la comisión del delito previsto en el \
            apartado anterior.
        """),
    # "organizador": the organiser of the offence.
    ("TIP-5-2-c", "organizador", """
        Artículo 178. Trata de personas.
        (1) El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        (2) El organizador del delito de trata de personas será castigado con prisión de diez a quince años, \
            aunque no haya intervenido en la ejecución material de los hechos.
        """),
    # "organización o dirección": the organisation or direction of others to commit the offence.
    ("TIP-5-2-c", "organización o dirección", """
        Artículo 179. Trata de personas.
        1. Quien capte, traslade o reciba a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        2. La organización o dirección de otras personas para cometer el delito previsto en el apartado 1 será \
            sancionada con prisión de diez a quince años.
        """),
    # "dirija": whoever directs others to commit the offence.
    ("TIP-5-2-c", "dirija", """
        Artículo 180. Trata de personas.
        1. El que capte, transporte o acoja a una persona con fines de explotación será castigado con prisión \
            de seis a doce años.
        2. Quien dirija a otras personas para la comisión de ese delito será castigado con prisión de diez a \
            quince años.
        """),
    # "dirigente": the leaders of the offence punished more severely.
    ("TIP-5-2-c", "dirigente", """
        Artículo 181. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que capte, traslade o reciba a una persona con \
            fines de explotación.
        2. Si el autor actuare como dirigente de las personas que intervienen en los hechos, la pena será de \
            diez a quince años.
        """),
    # "instigador": the instigator of the offence.
    ("TIP-5-2-c", "instigador", """
        Artículo 182. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. El instigador del delito previsto en el apartado anterior será castigado con la misma pena que el autor.
        """),
    # "instigue": whoever instigates the offence.
    ("TIP-5-2-c", "instigue", """
        Artículo 183. Trata de personas.
        1. Quien capte, traslade o reciba a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        2. Con la misma pena será sancionado quien instigue a otro a cometer el delito de trata de personas.
        """),
    # "induzca": whoever induces another to commit the offence.
    ("TIP-5-2-c", "induzca", """
        Artículo 184. Trata de personas.
        1. El que capte, transporte o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. Se impondrá la misma pena a quien induzca directamente a otro a cometer el delito previsto en el \
            apartado 1.
        """),
    # "inductor": the inducer of the offence.
    ("TIP-5-2-c", "inductor", """
        Artículo 185. Trata de personas.
        1. Será castigado con prisión de seis a doce años el que capte, traslade o reciba a una persona con \
            fines de explotación.
        2. El inductor será castigado con la misma pena que el autor del delito previsto en el apartado anterior.
        """),
    # -------------------------------------------------------------- privacy and identity (TIP-6-1)
    # "privacidad": the victims' privacy protected in proceedings.
    ("TIP-6-1", "privacidad", """
        Artículo 186. Protección de las víctimas de trata.
        Las autoridades que intervengan en las actuaciones relativas al delito de trata de personas protegerán la \
            privacidad de las víctimas en todas las fases del procedimiento.
        """),
    # "identidad de la víctima": the victim's identity kept from the public.
    ("TIP-6-1", "identidad de la víctima", """
        Artículo 187. Reserva.
        En los procesos por trata de personas, los jueces y fiscales adoptarán las medidas necesarias para que \
            la identidad de la víctima no trascienda al público.
        """),
    # "identidad de las víctimas": the victims' identity protected.
    ("TIP-6-1", "identidad de las víctimas", """
        Artículo 188. Protección de datos.
        Queda prohibido que los medios de comunicación difundan cualquier dato que permita conocer la identidad \
            de las víctimas de trata de personas.
        """),
    # "confidencialidad": the confidentiality of the victims' data.
    ("TIP-6-1", "confidencialidad", """
        Artículo 189. Datos personales.
        Se garantizará la confidencialidad de los datos personales de las víctimas del delito de trata de personas \
            que consten en los registros policiales, fiscales y judiciales.
        """),
    # "confidencial": the victim's data held confidential.
    ("TIP-6-1", "confidencial", """
        Artículo 190. Registros.
        Toda información relativa a las víctimas de trata de personas que obre en poder de las instituciones \
            públicas tendrá carácter confidencial y solo podrá ser consultada por las autoridades competentes.
        """),
    # "reserva de identidad": the victim's identity kept in reserve.
    ("TIP-6-1", "reserva de identidad", """
        Artículo 191. Derechos de las víctimas.
        Las víctimas del delito de trata de personas tendrán derecho a la reserva de identidad durante la \
            investigación y el juicio.
        """),
    # "reserva de la identidad": the same.
    ("TIP-6-1", "reserva de la identidad", """
        Artículo 192. Protección procesal.
        El fiscal dispondrá la reserva de la identidad de quien haya sido víctima de trata de personas y de sus \
            familiares desde la primera actuación.
        """),
    # "a puerta cerrada": hearings held in camera.
    ("TIP-6-1", "a puerta cerrada", """
        Artículo 193. Audiencias.
        A petición de la víctima de trata de personas o del fiscal, el tribunal podrá disponer que las audiencias \
            se celebren a puerta cerrada.
        """),
    # "anonimato": the victim's anonymity.
    ("TIP-6-1", "anonimato", """
        Artículo 194. Protección de las víctimas.
        Se preservará el anonimato de las víctimas de trata de personas en todas las actuaciones administrativas \
            y judiciales.
        """),
    # "audiencia privada": a hearing held in private.
    ("TIP-6-1", "audiencia privada", """
        Artículo 195. Declaración.
        La víctima de trata de personas podrá solicitar que su declaración se reciba en audiencia privada.
        """),
    # "divulgación de la identidad": disclosure of the identity prohibited.
    ("TIP-6-1", "divulgación de la identidad", """
        Artículo 196. Prohibición.
        Se prohíbe la divulgación de la identidad de toda persona víctima de trata. El funcionario que la \
            realice será sancionado con multa e inhabilitación.
        """),
    # "no podrá ser publicada": the victim's image may not be published.
    ("TIP-6-1", "no podrá ser publicada", """
        Artículo 197. Medios de comunicación.
        La imagen de la víctima de trata de personas no podrá ser publicada ni difundida por ningún medio.
        """),
    # ------------------------------------------------- information and participation (TIP-6-2)
    # "derecho a ser informada": the victim's right to information.
    ("TIP-6-2", "derecho a ser informada", """
        Artículo 198. Derechos de la víctima.
        La víctima de trata de personas tendrá derecho a ser informada, en un idioma que comprenda, de los \
            procedimientos judiciales y administrativos que le conciernan.
        """),
    # "ser informada": the same, without "derecho".
    ("TIP-6-2", "ser informada", """
        Artículo 199. Información.
        Toda víctima de trata de personas podrá ser informada por el fiscal de las decisiones adoptadas en el \
            proceso penal.
        """),
    # "información sobre el proceso": information on the proceedings.
    ("TIP-6-2", "información sobre el proceso", """
        Artículo 200. Asistencia procesal.
        Las autoridades proporcionarán a las víctimas de trata de personas información sobre el proceso penal y \
            sobre los recursos disponibles.
        """),
    # "opiniones y preocupaciones": the Protocol's views and concerns.
    ("TIP-6-2", "opiniones y preocupaciones", """
        Artículo 202. Participación.
        El tribunal permitirá que las opiniones y preocupaciones de las víctimas de trata de personas se \
            presenten y examinen en las etapas apropiadas de las actuaciones penales.
        """),
    # "ser escuchada": the victim heard in the proceedings.
    ("TIP-6-2", "ser escuchada", """
        Artículo 203. Derecho de audiencia.
        La víctima de trata de personas tendrá derecho a ser escuchada antes de cualquier decisión que ponga fin \
            al proceso.
        """),
    # "querellante": the victim as private prosecutor.
    ("TIP-6-2", "querellante", """
        Artículo 205. Intervención de la víctima.
        La víctima del delito de trata de personas podrá constituirse en querellante en el proceso penal.
        """),
    # "actor civil": the victim as civil party.
    ("TIP-6-2", "actor civil", """
        Artículo 206. Constitución en parte.
        La víctima de trata de personas podrá constituirse en actor civil en el proceso penal, sin necesidad de \
            prestar fianza.
        """),
    # "participar en el proceso": the victim's participation.
    ("TIP-6-2", "participar en el proceso", """
        Artículo 207. Participación.
        Las víctimas de trata de personas tendrán derecho a participar en el proceso penal por sí o por medio de \
            un abogado.
        """),
    # "intervenir en el proceso": the same.
    ("TIP-6-2", "intervenir en el proceso", """
        Artículo 208. Intervención.
        La víctima de trata de personas podrá intervenir en el proceso penal en todas sus etapas, aunque no se \
            haya constituido en parte.
        """),
    # "será informada": the victim shall be informed.
    ("TIP-6-2", "será informada", """
        Artículo 209. Información.
        La víctima de trata de personas será informada del curso de la investigación y de la fecha de las \
            audiencias.
        """),
    # "serán informadas": the victims shall be informed.
    ("TIP-6-2", "serán informadas", """
        Artículo 211. Información.
        Las víctimas de trata de personas serán informadas de sus derechos y de los procedimientos judiciales \
            desde su primer contacto con las autoridades.
        """),
    # "presentar sus opiniones": the victim presents her views.
    ("TIP-6-2", "presentar sus opiniones", """
        Artículo 212. Participación.
        El juez ofrecerá a la víctima de trata de personas la oportunidad de presentar sus opiniones antes de \
            dictar sentencia.
        """),
    # "presentar sus puntos de vista": the same.
    ("TIP-6-2", "presentar sus puntos de vista", """
        Artículo 213. Participación.
        La víctima de trata de personas podrá presentar sus puntos de vista en las etapas apropiadas del \
            proceso penal.
        """),
    # "informada sobre los procedimientos": the victim informed of the proceedings.
    ("TIP-6-2", "informada sobre los procedimientos", """
        Artículo 214. Derechos.
        Toda víctima de trata de personas deberá estar informada sobre los procedimientos judiciales y \
            administrativos pertinentes.
        """),
    # ------------------------------------------------------------------- assistance (TIP-6-3)
    # "alojamiento adecuado": suitable housing.
    ("TIP-6-3", "alojamiento adecuado", """
        Artículo 215. Asistencia.
        El Estado proporcionará a las víctimas de trata de personas alojamiento adecuado mientras dure su \
            situación de riesgo.
        """),
    # "albergue": a shelter for victims.
    ("TIP-6-3", "albergue", """
        Artículo 216. Albergues.
        El Ministerio de Desarrollo Social habilitará al menos un albergue por provincia para las víctimas de \
            trata de personas.
        """),
    # "refugio": a refuge for victims.
    ("TIP-6-3", "refugio", """
        Artículo 217. Refugios.
        Las víctimas de trata de personas tendrán acceso a un refugio seguro, gratuito y de libre salida.
        """),
    # "casa de acogida": a shelter home.
    ("TIP-6-3", "casa de acogida", """
        Artículo 218. Acogida.
        Toda víctima de trata de personas podrá ser alojada, con su consentimiento, en una casa de acogida \
            pública o concertada.
        """),
    # "asesoramiento": counselling.
    ("TIP-6-3", "asesoramiento", """
        Artículo 219. Servicios.
        Las víctimas de trata de personas recibirán asesoramiento jurídico gratuito sobre sus derechos.
        """),
    # "atención psicológica": psychological care.
    ("TIP-6-3", "atención psicológica", """
        Artículo 220. Salud.
        Se garantizará a las víctimas de trata de personas atención psicológica especializada y gratuita.
        """),
    # "asistencia material": material assistance.
    ("TIP-6-3", "asistencia material", """
        Artículo 221. Ayudas.
        Las víctimas de trata de personas tendrán derecho a asistencia material para cubrir sus necesidades \
            básicas de alimentación, vestido e higiene.
        """),
    # "recuperación física": the victims' physical recovery (a bare "recuperación" is also of assets).
    ("TIP-6-3", "recuperación física", """
        Artículo 222. Medidas para las víctimas.
        El Estado adoptará medidas para la recuperación física, psicológica y social de las víctimas de trata \
            de personas.
        """),
    # "recuperación integral": the victims' full recovery.
    ("TIP-6-3", "recuperación integral", """
        Artículo 222 bis. Niños víctimas.
        Los servicios de protección de la infancia facilitarán a los niños víctimas de trata de personas las \
            prestaciones tendientes a su recuperación integral.
        """),
    # "reintegración de las víctimas": the victims' reintegration.
    ("TIP-6-3", "reintegración de las víctimas", """
        Artículo 223. Programas.
        Los programas públicos facilitarán la reintegración de las víctimas de trata de personas en su \
            comunidad de origen o de residencia.
        """),
    # "reinserción de las víctimas" (a bare "reinserción" is also the convicted offender's).
    ("TIP-6-3", "reinserción de las víctimas", """
        Artículo 224. Programas.
        Se establecerán programas para la reinserción de las víctimas de trata de personas, con independencia de \
            su nacionalidad.
        """),
    # "rehabilitación de las víctimas" (a bare "rehabilitación" is also the offender's).
    ("TIP-6-3", "rehabilitación de las víctimas", """
        Artículo 225. Salud.
        El sistema público de salud garantizará la rehabilitación de las víctimas de trata de personas.
        """),
    # "atención integral": comprehensive care.
    ("TIP-6-3", "atención integral", """
        Artículo 227. Derecho a la atención.
        Toda víctima de trata de personas tiene derecho a una atención integral, gratuita y especializada.
        """),
    # "asistencia a las víctimas": assistance to victims.
    ("TIP-6-3", "asistencia a las víctimas", """
        Artículo 228. Organismo competente.
        Corresponde a la Secretaría de Protección Social la asistencia a las víctimas de trata de personas, sin \
            condicionarla a su colaboración con la justicia.
        """),
    # "inserción laboral": insertion into employment.
    ("TIP-6-3", "inserción laboral", """
        Artículo 230. Empleo.
        Se adoptarán medidas para la inserción laboral de las víctimas de trata de personas.
        """),
    # ------------------------------------------------------------------- compensation (TIP-6-6)
    # "indemnización": compensation for the victim.
    ("TIP-6-6", "indemnización", """
        Artículo 232. Derecho a indemnización.
        La víctima de trata de personas tendrá derecho a obtener una indemnización por los daños sufridos.
        """),
    # "indemnizar": the convicted person ordered to compensate.
    ("TIP-6-6", "indemnizar", """
        Artículo 233. Condena civil.
        La sentencia condenatoria por trata de personas obligará al condenado a indemnizar a la víctima por los \
            salarios no pagados y el daño moral.
        """),
    # "reparación del daño": repair of the harm.
    ("TIP-6-6", "reparación del daño", """
        Artículo 234. Obligaciones del condenado.
        El juez ordenará la reparación del daño causado a la víctima de trata de personas.
        """),
    # "resarcimiento": redress.
    ("TIP-6-6", "resarcimiento", """
        Artículo 235. Resarcimiento.
        Las víctimas de trata de personas tienen derecho al resarcimiento de los perjuicios materiales y morales \
            sufridos.
        """),
    # "restitución": restitution.
    ("TIP-6-6", "restitución", """
        Artículo 236. Restitución.
        La sentencia dispondrá la restitución a la víctima de trata de personas de los bienes y salarios de que \
            hubiera sido privada.
        """),
    # "daños y perjuicios": damages.
    ("TIP-6-6", "daños y perjuicios", """
        Artículo 237. Acción por daños.
        La víctima de trata de personas podrá reclamar daños y perjuicios al autor del delito.
        """),
    # "fondo de asistencia": a fund for victims.
    ("TIP-6-6", "fondo de asistencia", """
        Artículo 238. Fondo.
        Se crea un fondo de asistencia para las víctimas de trata de personas, destinado a pagarles las sumas \
            fijadas en la sentencia que el condenado no satisfaga.
        """),
    # "fondo de reparación": a reparation fund.
    ("TIP-6-6", "fondo de reparación", """
        Artículo 239. Fondo.
        Los bienes decomisados a los condenados por trata de personas integrarán un fondo de reparación para las \
            víctimas.
        """),
    # "acción civil": the victim's civil claim.
    ("TIP-6-6", "acción civil", """
        Artículo 240. Acción civil.
        La víctima de trata de personas podrá ejercer la acción civil dentro del proceso penal o en forma \
            independiente.
        """),
    # ------------------------------------------------------------- residence of victims (TIP-7-1)
    # "permiso de residencia": a residence permit for victims.
    ("TIP-7-1", "permiso de residencia", """
        Artículo 241. Residencia.
        La víctima extranjera de trata de personas podrá obtener un permiso de residencia y trabajo por \
            circunstancias excepcionales.
        """),
    # "residencia permanente": permanent residence for victims.
    ("TIP-7-1", "residencia permanente", """
        Artículo 242. Residencia.
        Las víctimas de trata de personas podrán solicitar la residencia permanente cuando su retorno entrañe un \
            riesgo para su seguridad.
        """),
    # "autorización de residencia": a residence authorisation.
    ("TIP-7-1", "autorización de residencia", """
        Artículo 243. Autorización.
        Se concederá autorización de residencia a la víctima de trata de personas que lo solicite, sin \
            condicionarla a su cooperación con las autoridades.
        """),
    # "período de reflexión": a recovery and reflection period.
    ("TIP-7-1", "período de reflexión", """
        Artículo 244. Reflexión.
        La víctima extranjera de trata de personas dispondrá de un período de reflexión de noventa días, durante \
            el cual no podrá ser expulsada.
        """),
    # "periodo de restablecimiento y reflexión": the same.
    ("TIP-7-1", "periodo de restablecimiento y reflexión", """
        Artículo 245. Restablecimiento.
        Se concederá a la víctima de trata de personas un periodo de restablecimiento y reflexión de al menos \
            noventa días.
        """),
    # "permanecer en el territorio": leave to remain.
    ("TIP-7-1", "permanecer en el territorio", """
        Artículo 246. Permanencia.
        Las víctimas de trata de personas podrán permanecer en el territorio nacional mientras dure el proceso \
            y durante el tiempo necesario para su recuperación.
        """),
    # "regularización migratoria": regularisation of the victim's status.
    ("TIP-7-1", "regularización migratoria", """
        Artículo 247. Condición migratoria.
        La autoridad de migración facilitará la regularización migratoria de las víctimas de trata de personas.
        """),
    # "visa humanitaria": a humanitarian visa.
    ("TIP-7-1", "visa humanitaria", """
        Artículo 248. Visado.
        Se otorgará una visa humanitaria a las víctimas extranjeras de trata de personas que la soliciten.
        """),
    # ------------------------------------------------------------------------- return (TIP-8)
    # "repatriación": repatriation of victims.
    ("TIP-8", "repatriación", """
        Artículo 249. Repatriación.
        La repatriación de las víctimas de trata de personas se realizará con la debida consideración de su \
            seguridad y, preferentemente, de forma voluntaria.
        """),
    # "repatriar": to repatriate victims.
    ("TIP-8", "repatriar", """
        Artículo 250. Procedimiento.
        Antes de repatriar a una víctima de trata de personas, la autoridad evaluará los riesgos que pueda \
            correr en su país de origen.
        """),
    # "retorno seguro": safe return.
    ("TIP-8", "retorno seguro", """
        Artículo 251. Retorno.
        El Estado garantizará el retorno seguro de las víctimas de trata de personas que deseen regresar a su \
            país.
        """),
    # "retorno asistido": assisted return.
    ("TIP-8", "retorno asistido", """
        Artículo 252. Retorno.
        Las víctimas extranjeras de trata de personas tendrán derecho a un retorno asistido, sin demora \
            injustificada.
        """),
    # "retorno de la víctima": the victim's return.
    ("TIP-8", "retorno de la víctima", """
        Artículo 253. Retorno.
        El retorno de la víctima de trata de personas se coordinará con las autoridades de su país de origen.
        """),
    # "regreso al país de origen": return to the country of origin.
    ("TIP-8", "regreso al país de origen", """
        Artículo 254. Regreso.
        Se facilitará el regreso al país de origen de las víctimas de trata de personas, con su consentimiento.
        """),
    # "retorno al país de origen": the same.
    ("TIP-8", "retorno al país de origen", """
        Artículo 255. Retorno.
        La víctima de trata de personas que lo solicite será asistida en su retorno al país de origen.
        """),
    # "verificar la nacionalidad": verifying the victim's nationality.
    ("TIP-8", "verificar la nacionalidad", """
        Artículo 256. Cooperación.
        A solicitud de otro Estado, la autoridad migratoria deberá verificar la nacionalidad de la víctima de \
            trata de personas sin demora injustificada.
        """),
    # ---------------------------------------------------------------- carriers (TIP-11-3)
    # "transportistas comerciales": commercial carriers.
    ("TIP-11-3", "transportistas comerciales", """
        Artículo 258. Control de pasajeros.
        Los transportistas comerciales deberán comprobar, antes del embarque, que los pasajeros poseen los \
            documentos requeridos para entrar en el Estado de destino.
        """),
    # "cerciorarse de que todos los pasajeros": the Protocol's wording.
    ("TIP-11-3", "cerciorarse de que todos los pasajeros", """
        Artículo 259. Deber de control.
        Las empresas de transporte aéreo, marítimo y terrestre tienen la obligación de cerciorarse de que todos \
            los pasajeros tengan en su poder los documentos necesarios para entrar en el país.
        """),
    # "documentos de viaje exigidos": the required travel documents.
    ("TIP-11-3", "documentos de viaje exigidos", """
        Artículo 260. Embarque.
        Las empresas de transporte internacional no embarcarán a ninguna persona que no porte los documentos \
            de viaje exigidos para su ingreso al país.
        """),
    # "verificar los documentos de viaje": verifying the travel documents.
    ("TIP-11-3", "verificar los documentos de viaje", """
        Artículo 261. Control.
        Las empresas de transporte deberán verificar los documentos de viaje de sus pasajeros antes del embarque.
        """),
    # "propietarios o explotadores": the owners or operators of means of transport.
    ("TIP-11-3", "propietarios o explotadores", """
        Artículo 262. Medios de transporte.
        Los propietarios o explotadores de buques, aeronaves y autobuses de servicio internacional deberán \
            comprobar que los pasajeros poseen los documentos de viaje necesarios para entrar en el país.
        """),
    # ------------------------------------------------------------ the smuggled migrant not punished (SOM-5)
    # "no estarán sujetos a enjuiciamiento penal": the Protocol's wording.
    ("SOM-5", "no estarán sujetos a enjuiciamiento penal", """
        Artículo 263. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional ni residente permanente será castigado con prisión de cuatro a ocho años.
        2. Los migrantes no estarán sujetos a enjuiciamiento penal por haber sido objeto de la conducta prevista \
            en el apartado anterior.
        """),
    # "no será objeto de acción penal": the migrant not prosecuted.
    ("SOM-5", "no será objeto de acción penal", """
        Artículo 264. Tráfico ilícito de migrantes.
        (1) Quien, para obtener un beneficio económico, promueva la entrada ilegal de un extranjero en el \
            territorio nacional o en el de otro Estado será sancionado con prisión de cuatro a ocho años.
        (2) El migrante no será objeto de acción penal por haber sido objeto del tráfico descrito en el inciso \
            anterior.
        """),
    # "no serán objeto de acción penal": the migrants not prosecuted.
    ("SOM-5", "no serán objeto de acción penal", """
        Artículo 265. Tráfico ilícito de migrantes.
        El que, con ánimo de lucro, facilite la entrada ilegal de personas extranjeras en el país o en otro \
            Estado será castigado con prisión de cinco a diez años. Los migrantes así introducidos no serán objeto \
            de acción penal por esa conducta.
        """),
    # "los migrantes no serán penalmente responsables": the migrants, not any person (a humanitarian or family
    # exemption is a different rule).
    ("SOM-5", "los migrantes no serán penalmente responsables", """
        Artículo 266. Tráfico ilícito de migrantes.
        1. Será castigado con prisión de cuatro a ocho años quien, con ánimo de lucro, facilite la entrada ilegal \
            de una persona en un Estado del que no sea nacional.
        2. Los migrantes no serán penalmente responsables por haber sido objeto del delito previsto en el \
            apartado 1.
        """),
    # "el migrante no será penalmente responsable": the same rule in the singular.
    ("SOM-5", "el migrante no será penalmente responsable", """
        Artículo 267. Tráfico de migrantes.
        1. Quien, para obtener un beneficio económico, facilite la entrada ilegal de un extranjero en el país será \
            castigado con prisión de tres a seis años.
        2. El migrante no será penalmente responsable por haber sido objeto de la conducta del apartado 1.
        """),
    # "no serán sancionados penalmente": the migrants not punished.
    ("SOM-5", "no serán sancionados penalmente", """
        Artículo 267. Tráfico ilícito de migrantes.
        1. El que, con fines de lucro, facilite la entrada ilegal de una persona en el país será castigado con \
            prisión de cuatro a ocho años.
        2. Las personas cuya entrada ilegal se haya facilitado no serán sancionados penalmente por ese hecho.
        """),
    # "no incurrirá en responsabilidad penal": the migrant incurs no criminal liability.
    ("SOM-5", "no incurrirá en responsabilidad penal", """
        Artículo 269. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. El migrante no incurrirá en responsabilidad penal por haber sido objeto del delito de tráfico ilícito \
            de migrantes.
        """),
    # "no se considerará delincuente": the migrant not treated as an offender.
    ("SOM-5", "no se considerará delincuente", """
        Artículo 271. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. El migrante cuya entrada ilegal se haya facilitado no se considerará delincuente por ese solo hecho.
        """),
    # ---------------------------------------------------------------- the smuggling offence (SOM-6-1-a)
    # "tráfico de migrantes": the offence named.
    ("SOM-6-1-a", "tráfico de migrantes", """
        Artículo 272. Tráfico de migrantes.
        Comete el delito de tráfico de migrantes quien, con ánimo de lucro, procure el paso de una persona a un \
            Estado del que no sea nacional ni residente permanente, sin cumplir los requisitos legales, y será \
            sancionado con prisión de cuatro a ocho años.
        """),
    # "tráfico ilegal de personas": the offence named in older codes.
    ("SOM-6-1-a", "tráfico ilegal de personas", """
        Artículo 273. Tráfico ilegal de personas.
        El que, con ánimo de lucro, promoviere el tráfico ilegal de personas desde, en tránsito o con destino al \
            territorio nacional o al de otro Estado será castigado con prisión de cuatro a ocho años.
        """),
    # "inmigración clandestina": promoting clandestine immigration.
    ("SOM-6-1-a", "inmigración clandestina", """
        Artículo 274. Delitos contra los derechos de los extranjeros.
        El que, directa o indirectamente y con ánimo de lucro, promueva la inmigración clandestina de personas \
            al territorio nacional o al de otro Estado será castigado con prisión de cuatro a ocho años.
        """),
    # "inmigración ilegal": promoting illegal immigration.
    ("SOM-6-1-a", "inmigración ilegal", """
        Artículo 275. Tráfico de personas.
        Quien, con ánimo de lucro, organice o favorezca la inmigración ilegal de extranjeros a este o a otro \
            Estado será sancionado con prisión de cuatro a ocho años.
        """),
    # "ingreso ilegal": procuring illegal entry.
    ("SOM-6-1-a", "ingreso ilegal", """
        Artículo 276.
        El que, para obtener un beneficio económico, procure el ingreso ilegal de una persona a un Estado del \
            que no sea nacional ni residente permanente será castigado con prisión de cuatro a ocho años.
        """),
    # "entrada irregular": procuring irregular entry.
    ("SOM-6-1-a", "entrada irregular", """
        Artículo 277. Delitos contra el orden migratorio.
        Quien, con ánimo de lucro, procure la entrada irregular de una persona en un Estado del que no sea \
            nacional ni residente permanente será sancionado con prisión de cuatro a ocho años.
        """),
    # "ingreso clandestino": procuring clandestine entry.
    ("SOM-6-1-a", "ingreso clandestino", """
        Art. 278.-
        El que, con ánimo de lucro, organice el ingreso clandestino de personas al país o a otro Estado será \
            castigado con prisión de cuatro a ocho años.
        """),
    # "entrada clandestina": procuring clandestine entry.
    ("SOM-6-1-a", "entrada clandestina", """
        Artículo 279. Paso irregular de personas.
        Será castigado con prisión de cuatro a ocho años el que, con ánimo de lucro, procure la entrada \
            clandestina de una persona en el territorio de un Estado del que no sea nacional.
        """),
    # "cruce ilegal": procuring the illegal crossing into the country.
    ("SOM-6-1-a", "cruce ilegal", """
        Artículo 280. Frontera.
        Quien, con ánimo de lucro, procure a otra persona el cruce ilegal hacia el territorio del país o de otro \
            Estado del que no sea nacional será sancionado con prisión de cuatro a ocho años.
        """),
    # "facilite la entrada": facilitating entry.
    ("SOM-6-1-a", "facilite la entrada", """
        Artículo 281.
        El que, con ánimo de lucro, facilite la entrada de una persona en un Estado del que no sea nacional ni \
            residente permanente, sin cumplir los requisitos legales de ingreso, será castigado con prisión de \
            cuatro a ocho años.
        """),
    # "ayude a entrar": helping another enter unlawfully.
    ("SOM-6-1-a", "ayude a entrar", """
        Artículo 282. Ayuda a la entrada.
        Quien, con ánimo de lucro, ayude a entrar a una persona extranjera en el territorio nacional o en el de \
            otro Estado, eludiendo los controles migratorios, será sancionado con prisión de cuatro a ocho años.
        """),
    # "promueva o facilite": promoting or facilitating unlawful entry.
    ("SOM-6-1-a", "promueva o facilite", """
        ARTÍCULO 283.
        El que, con ánimo de lucro, promueva o facilite el paso ilegal de personas hacia el territorio de un \
            Estado del que no sean nacionales será castigado con prisión de cuatro a ocho años.
        """),
    # "favorezca o facilite": favouring or facilitating unlawful entry.
    ("SOM-6-1-a", "favorezca o facilite", """
        Artículo 284. Paso de fronteras.
        Quien, con ánimo de lucro, favorezca o facilite que personas extranjeras accedan al país o a otro \
            Estado del que no sean nacionales, eludiendo los controles migratorios, será sancionado con prisión \
            de cuatro a ocho años.
        """),
    # "introduzca": bringing a person into the country unlawfully.
    ("SOM-6-1-a", "introduzca", """
        Artículo 285. Introducción de extranjeros.
        El que, con ánimo de lucro, introduzca en el territorio nacional a extranjeros eludiendo los controles \
            migratorios será castigado con prisión de cuatro a ocho años.
        """),
    # "internarse en otro país": enabling another to enter another country.
    ("SOM-6-1-a", "internarse en otro país", """
        Artículo 286.
        Quien, con ánimo de lucro, ayude a una persona a internarse en otro país sin la documentación exigida \
            será sancionado con prisión de cuatro a ocho años.
        """),
    # "sin la documentación correspondiente": moving persons across the border without papers.
    ("SOM-6-1-a", "sin la documentación correspondiente", """
        Artículo 287. Conducción de personas.
        El que, con ánimo de lucro, lleve personas de un país a otro sin la documentación correspondiente será \
            castigado con prisión de cuatro a ocho años.
        """),
    # "vulnere la legislación sobre entrada": procuring entry in breach of the law on entry.
    ("SOM-6-1-a", "vulnere la legislación sobre entrada", """
        Artículo 288. Delitos migratorios.
        Quien, con ánimo de lucro, ayude a una persona que no sea nacional a llegar a este o a otro Estado, de \
            forma que vulnere la legislación sobre entrada de extranjeros aplicable en dicho Estado, será \
            sancionado con prisión de cuatro a ocho años.
        """),
    # ---------------------------------------------------------------- the benefit (SOM-6-1-a.benefit)
    # "beneficio financiero": the Protocol's financial benefit.
    ("SOM-6-1-a.benefit", "beneficio financiero", """
        Artículo 289. Tráfico ilícito de migrantes.
        El que, con el fin de obtener un beneficio financiero, facilite la entrada ilegal de una persona en un \
            Estado del que no sea nacional será castigado con prisión de cuatro a ocho años.
        """),
    # "beneficio de orden material": the Protocol's other material benefit.
    ("SOM-6-1-a.benefit", "beneficio de orden material", """
        Artículo 290. Tráfico ilícito de migrantes.
        Quien, para obtener un beneficio de orden material, facilite la entrada ilegal de una persona en un \
            Estado del que no sea nacional será sancionado con prisión de cuatro a ocho años.
        """),
    # "ánimo de lucrarse": the intent to profit.
    ("SOM-6-1-a.benefit", "ánimo de lucrarse", """
        Artículo 291. Tráfico ilícito de migrantes.
        El que, con ánimo de lucrarse, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        """),
    # "lucrarse": profiting as the purpose.
    ("SOM-6-1-a.benefit", "lucrarse", """
        Artículo 292. Tráfico ilícito de migrantes.
        Quien, para lucrarse, facilite la entrada ilegal de una persona en un Estado del que no sea nacional será \
            sancionado con prisión de cuatro a ocho años.
        """),
    # "obtener provecho": to obtain an advantage.
    ("SOM-6-1-a.benefit", "obtener provecho", """
        Artículo 293. Tráfico ilícito de migrantes.
        El que, con el propósito de obtener provecho, facilite la entrada ilegal de una persona en un Estado del \
            que no sea nacional será castigado con prisión de cuatro a ocho años.
        """),
    # "con fines de lucro": for profit.
    ("SOM-6-1-a.benefit", "con fines de lucro", """
        Artículo 294. Tráfico ilícito de migrantes.
        Quien, con fines de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        """),
    # "obtener directa o indirectamente un beneficio": the Protocol's benefit wording.
    ("SOM-6-1-a.benefit", "obtener directa o indirectamente un beneficio", """
        Artículo 295. Tráfico ilícito de migrantes.
        El que, con el fin de obtener directa o indirectamente un beneficio, facilite la entrada ilegal de una \
            persona en un Estado del que no sea nacional será castigado con prisión de cuatro a ocho años.
        """),
    # "provecho económico": an economic advantage.
    ("SOM-6-1-a.benefit", "provecho económico", """
        Artículo 296. Tráfico ilícito de migrantes.
        Quien, para obtener un provecho económico, facilite la entrada ilegal de una persona en un Estado del que \
            no sea nacional será sancionado con prisión de cuatro a ocho años.
        """),
    # "remuneración": for remuneration.
    ("SOM-6-1-a.benefit", "remuneración", """
        Artículo 297. Tráfico ilícito de migrantes.
        El que, a cambio de una remuneración, facilite la entrada ilegal de una persona en un Estado del que no \
            sea nacional será castigado con prisión de cuatro a ocho años.
        """),
    # ---------------------------------------------------------------- false documents (SOM-6-1-b-i)
    # "creación de un documento de viaje o de identidad falso": the Protocol's wording.
    ("SOM-6-1-b-i", "creación de un documento de viaje o de identidad falso", """
        Artículo 298. Documentos falsos.
        Será castigado con prisión de tres a seis años el que, con el fin de posibilitar el tráfico ilícito de \
            migrantes, proceda a la creación de un documento de viaje o de identidad falso.
        """),
    # "falsificación de pasaporte": forging a passport.
    ("SOM-6-1-b-i", "falsificación de pasaporte", """
        Artículo 299. Documentos de viaje.
        La falsificación de pasaporte, cometida con el fin de facilitar la entrada ilegal de una persona en otro \
            Estado, será sancionada con prisión de tres a seis años.
        """),
    # "falsificación de documentos de identidad": forging identity documents.
    ("SOM-6-1-b-i", "falsificación de documentos de identidad", """
        Artículo 300. Falsedad documental.
        La falsificación de documentos de identidad destinados a facilitar el tráfico ilícito de migrantes será \
            castigada con prisión de tres a seis años.
        """),
    # "falsifique": forging a travel document.
    ("SOM-6-1-b-i", "falsifique", """
        Artículo 302. Documentos de viaje.
        El que falsifique un pasaporte, un visado o cualquier documento de identidad con el fin de hacer posible \
            el tráfico ilícito de migrantes será castigado con prisión de tres a seis años.
        """),
    # "elabore documentos falsos": making false documents.
    ("SOM-6-1-b-i", "elabore documentos falsos", """
        Artículo 303. Documentos de viaje.
        Quien elabore documentos falsos de viaje o de identidad con el fin de posibilitar el tráfico ilícito de \
            migrantes será sancionado con prisión de tres a seis años.
        """),
    # "altere documentos": altering documents.
    ("SOM-6-1-b-i", "altere documentos", """
        Artículo 304. Documentos de viaje.
        El que altere documentos de viaje o de identidad con el fin de posibilitar el tráfico ilícito de \
            migrantes será castigado con prisión de tres a seis años.
        """),
    # ------------------------------------------------- providing or possessing documents (SOM-6-1-b-ii)
    # "facilitación, el suministro o la posesión": the Protocol's wording.
    ("SOM-6-1-b-ii", "facilitación, el suministro o la posesión", """
        Artículo 305. Documentos de viaje.
        Serán castigados con prisión de tres a seis años la facilitación, el suministro o la posesión de un \
            documento de viaje o de identidad falso con el fin de posibilitar el tráfico ilícito de migrantes.
        """),
    # "posesión de documento falso": possessing a false document.
    ("SOM-6-1-b-ii", "posesión de documento falso", """
        Artículo 306. Documentos de viaje.
        La posesión de documento falso de viaje o de identidad, con el fin de posibilitar el tráfico ilícito de \
            migrantes, será sancionada con prisión de dos a cinco años.
        """),
    # "posea documentos falsos": possessing false documents.
    ("SOM-6-1-b-ii", "posea documentos falsos", """
        Artículo 307. Documentos de viaje.
        El que posea documentos falsos de viaje o de identidad con el fin de posibilitar el tráfico ilícito de \
            migrantes será castigado con prisión de dos a cinco años.
        """),
    # "suministre documentos falsos": supplying false documents.
    ("SOM-6-1-b-ii", "suministre documentos falsos", """
        Artículo 308. Documentos de viaje.
        Quien suministre documentos falsos de viaje o de identidad con el fin de posibilitar el tráfico ilícito \
            de migrantes será sancionado con prisión de tres a seis años.
        """),
    # "proporcione documentos falsos": providing false documents.
    ("SOM-6-1-b-ii", "proporcione documentos falsos", """
        Artículo 309. Documentos de viaje.
        El que proporcione documentos falsos de viaje o de identidad a otra persona con el fin de posibilitar \
            el tráfico ilícito de migrantes será castigado con prisión de tres a seis años.
        """),
    # "facilite documentos falsos": handing over false documents.
    ("SOM-6-1-b-ii", "facilite documentos falsos", """
        Artículo 310. Documentos de viaje.
        Quien facilite documentos falsos de viaje o de identidad con el fin de posibilitar el tráfico ilícito de \
            migrantes será sancionado con prisión de tres a seis años.
        """),
    # "documentación material o ideológicamente falsa": materially or ideologically false papers.
    ("SOM-6-1-b-ii", "documentación material o ideológicamente falsa", """
        Artículo 311. Documentos de viaje.
        El que suministre o tenga en su poder documentación material o ideológicamente falsa con el fin de \
            posibilitar el tráfico ilícito de migrantes será castigado con prisión de tres a seis años.
        """),
    # ---------------------------------------------------------------- enabling illegal stay (SOM-6-1-c)
    # "permanencia irregular": enabling another's irregular stay.
    ("SOM-6-1-c", "permanencia irregular", """
        Artículo 312. Facilitación de la permanencia.
        El que, con ánimo de lucro, posibilite la permanencia irregular de un extranjero en el país será \
            castigado con prisión de dos a cinco años.
        """),
    # "residencia irregular": enabling another's irregular residence.
    ("SOM-6-1-c", "residencia irregular", """
        Artículo 313. Residencia de extranjeros.
        Quien, para obtener un beneficio económico, procure la residencia irregular de un extranjero en el \
            territorio nacional será sancionado con prisión de dos a cinco años.
        """),
    # "permanecer ilegalmente": enabling a foreigner to stay illegally.
    ("SOM-6-1-c", "permanecer ilegalmente", """
        Artículo 314. Delitos migratorios.
        El que, con ánimo de lucro, haga posible que un extranjero pueda permanecer ilegalmente en el país será \
            castigado con prisión de dos a cinco años.
        """),
    # "permanecer irregularmente": the same.
    ("SOM-6-1-c", "permanecer irregularmente", """
        Artículo 315. Delitos migratorios.
        Quien, con ánimo de lucro, ayude a un extranjero a permanecer irregularmente en el territorio nacional \
            será sancionado con prisión de dos a cinco años.
        """),
    # "permanecer en el Estado": enabling a person to remain in the State without the legal requirements.
    ("SOM-6-1-c", "permanecer en el Estado", """
        Artículo 316. Permanencia ilícita.
        Será castigado con prisión de dos a cinco años el que, con ánimo de lucro y por medios ilícitos, \
            posibilite a una persona que no sea nacional ni residente permanente permanecer en el Estado sin \
            cumplir los requisitos legales.
        """),
    # "facilite la permanencia": facilitating an illegal stay.
    ("SOM-6-1-c", "facilite la permanencia", """
        Artículo 317. Delitos migratorios.
        El que, con ánimo de lucro, facilite la permanencia de extranjeros en el país en contravención de las \
            normas migratorias será castigado con prisión de dos a cinco años.
        """),
    # "promueva la permanencia": promoting an illegal stay.
    ("SOM-6-1-c", "promueva la permanencia", """
        Artículo 318. Delitos migratorios.
        Quien, con ánimo de lucro, promueva la permanencia de extranjeros en el país en contravención de las \
            normas migratorias será sancionado con prisión de dos a cinco años.
        """),
    # "estancia irregular": enabling an irregular stay.
    ("SOM-6-1-c", "estancia irregular", """
        Artículo 319. Delitos migratorios.
        El que, con ánimo de lucro, favorezca la estancia irregular de extranjeros en el país será castigado con \
            prisión de dos a cinco años.
        """),
    # "estancia ilegal": enabling an illegal stay.
    ("SOM-6-1-c", "estancia ilegal", """
        Artículo 320. Delitos migratorios.
        Quien, con ánimo de lucro, facilite la estancia ilegal de un extranjero en el territorio nacional será \
            sancionado con prisión de dos a cinco años.
        """),
    # "residencia ilegal": enabling an illegal residence.
    ("SOM-6-1-c", "residencia ilegal", """
        Artículo 321. Delitos migratorios.
        El que, con ánimo de lucro, facilite la residencia ilegal de un extranjero en el país será castigado con \
            prisión de dos a cinco años.
        """),
    # "vulnerando la legislación sobre estancia": helping a foreigner stay in breach of the law on stay.
    ("SOM-6-1-c", "vulnerando la legislación sobre estancia", """
        Artículo 322. Delitos contra los derechos de los extranjeros.
        El que, con ánimo de lucro, ayude a una persona que no sea nacional a residir en el país, vulnerando la \
            legislación sobre estancia de extranjeros, será castigado con prisión de dos a cinco años.
        """),
    # "albergue a extranjeros": harbouring foreigners in irregular stay.
    ("SOM-6-1-c", "albergue a extranjeros", """
        Artículo 323. Delitos migratorios.
        Quien, con ánimo de lucro, albergue a extranjeros en situación migratoria irregular para sustraerlos de \
            los controles de las autoridades será sancionado con prisión de dos a cinco años.
        """),
    # "oculte a extranjeros": concealing foreigners in irregular stay.
    ("SOM-6-1-c", "oculte a extranjeros", """
        Artículo 324. Delitos migratorios.
        El que, con ánimo de lucro, oculte a extranjeros en situación migratoria irregular para evitar que sean \
            descubiertos por las autoridades será castigado con prisión de dos a cinco años.
        """),
    # "evadir la revisión migratoria": helping foreigners evade immigration control to stay.
    ("SOM-6-1-c", "evadir la revisión migratoria", """
        Artículo 325. Delitos migratorios.
        Quien, con ánimo de lucro, albergue o transporte por el territorio nacional a extranjeros en situación \
            irregular con el fin de evadir la revisión migratoria será sancionado con prisión de dos a cinco años.
        """),
    # "permita permanecer": letting a foreigner remain unlawfully.
    ("SOM-6-1-c", "permita permanecer", """
        Artículo 326. Delitos migratorios.
        El que, con ánimo de lucro, permita permanecer en el país a un extranjero sin autorización migratoria \
            será castigado con prisión de dos a cinco años.
        """),
    # "permitiere permanecer": the same, future subjunctive.
    ("SOM-6-1-c", "permitiere permanecer", """
        Artículo 327. Delitos migratorios.
        Quien, con ánimo de lucro, permitiere permanecer en el territorio nacional a un extranjero sin \
            autorización migratoria será sancionado con prisión de dos a cinco años.
        """),
    # ------------------------------------------------------------------- attempt (SOM-6-2-a)
    # "intente": whoever attempts the smuggling offence.
    ("SOM-6-2-a", "intente", """
        Artículo 328. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. Quien intente cometer el delito previsto en el apartado anterior será castigado con la mitad de la \
            pena.
        """),
    # "grado de tentativa": the smuggling offence punishable when attempted.
    ("SOM-6-2-a", "grado de tentativa", """
        Artículo 329. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. El delito previsto en el apartado 1 es punible en grado de tentativa.
        """),
    # "la tentativa será sancionada": the attempt punished.
    ("SOM-6-2-a", "la tentativa será sancionada", """
        Artículo 330. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. La tentativa será sancionada con la pena del delito consumado, rebajada en un tercio.
        """),
    # ------------------------------------------------------------------- complicity (SOM-6-2-b)
    # "complicidad": complicity in smuggling.
    ("SOM-6-2-b", "complicidad", """
        Artículo 331. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. La complicidad en el delito previsto en el apartado anterior será sancionada con prisión de dos a \
            cuatro años. El migrante objeto de tráfico no responderá por ella.
        """),
    # "partícipe": a participant in smuggling.
    ("SOM-6-2-b", "partícipe", """
        Artículo 332. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. Será castigado con la misma pena todo partícipe en el delito, salvo el propio migrante.
        """),
    # "autor o partícipe": the author or participant.
    ("SOM-6-2-b", "autor o partícipe", """
        Artículo 333. Tráfico ilícito de migrantes.
        Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado, como autor o partícipe, con prisión de cuatro a ocho años.
        """),
    # "cooperador necesario": the necessary cooperator.
    ("SOM-6-2-b", "cooperador necesario", """
        Artículo 334. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. El cooperador necesario será castigado con la misma pena que el autor.
        """),
    # "de cualquier forma participe": participating in any way.
    ("SOM-6-2-b", "de cualquier forma participe", """
        Artículo 335. Tráfico ilícito de migrantes.
        Quien, con ánimo de lucro, realice la entrada ilegal de una persona en un Estado del que no sea nacional, \
            o de cualquier forma participe en ella, será sancionado con prisión de cuatro a ocho años.
        """),
    # "coopere": cooperating in the offence.
    ("SOM-6-2-b", "coopere", """
        Artículo 336. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. Quien coopere con actos anteriores o simultáneos a la ejecución del delito será castigado con prisión \
            de dos a cuatro años.
        """),
    # ------------------------------------------------------------------- organising (SOM-6-2-c)
    # "organice": whoever organises smuggling.
    ("SOM-6-2-c", "organice", """
        Artículo 337. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. Quien organice la comisión del delito previsto en el apartado 1 será castigado con prisión de seis a \
            diez años.
        """),
    # "dirija": whoever directs others.
    ("SOM-6-2-c", "dirija", """
        Artículo 338. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. El que dirija a otras personas para la comisión de ese delito será sancionado con prisión de seis a \
            diez años.
        """),
    # "organización o dirección": organising or directing others.
    ("SOM-6-2-c", "organización o dirección", """
        Artículo 339. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. La organización o dirección de otras personas para cometer ese delito será castigada con prisión de \
            seis a diez años.
        """),
    # "instigador": the instigator.
    ("SOM-6-2-c", "instigador", """
        Artículo 340. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. El instigador será sancionado con la misma pena que el autor.
        """),
    # "induzca": whoever induces another.
    ("SOM-6-2-c", "induzca", """
        Artículo 341. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. Se impondrá la misma pena a quien induzca a otro a cometer el delito previsto en el apartado 1.
        """),
    # "inductor": the inducer.
    ("SOM-6-2-c", "inductor", """
        Artículo 342. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. El inductor será sancionado con la misma pena que el autor.
        """),
    # "jefes, administradores o encargados": the heads of the organisation.
    ("SOM-6-2-c", "jefes, administradores o encargados", """
        Artículo 343. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. Los jefes, administradores o encargados de las organizaciones que se dediquen a esa actividad serán \
            castigados con prisión de seis a diez años.
        """),
    # "promueva": whoever promotes smuggling.
    ("SOM-6-2-c", "promueva", """
        Artículo 344. Tráfico ilícito de migrantes.
        Quien, con ánimo de lucro, promueva la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        """),
    # ------------------------------------------------------------ endangering aggravation (SOM-6-3-a)
    # "ponga en peligro la vida": an aggravation for endangering life.
    ("SOM-6-3-a", "ponga en peligro la vida", """
        Artículo 345. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años cuando el delito se cometa de forma que ponga en peligro la vida de \
            los migrantes.
        """),
    # "pongan en peligro la vida o la seguridad": the Protocol's wording.
    ("SOM-6-3-a", "pongan en peligro la vida o la seguridad", """
        Artículo 346. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. Se impondrá la pena de seis a doce años cuando las condiciones del traslado pongan en peligro la vida \
            o la seguridad de los migrantes.
        """),
    # "pueda poner en peligro": conduct likely to endanger.
    ("SOM-6-3-a", "pueda poner en peligro", """
        Artículo 347. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. La pena se elevará a doce años si el hecho se realiza de un modo que pueda poner en peligro la \
            integridad de los migrantes.
        """),
    # "peligro para la vida": a danger to life.
    ("SOM-6-3-a", "peligro para la vida", """
        Artículo 348. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años si el traslado se realiza en condiciones que supongan un peligro \
            para la vida de los migrantes.
        """),
    # "riesgo para la vida": a risk to life.
    ("SOM-6-3-a", "riesgo para la vida", """
        Artículo 349. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. Se impondrá la pena de seis a doce años cuando el hecho suponga un riesgo para la vida de los \
            migrantes.
        """),
    # "pongan en peligro su salud, integridad, seguridad o vida": conditions endangering the migrants.
    ("SOM-6-3-a", "pongan en peligro su salud, integridad, seguridad o vida", """
        Artículo 350. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años cuando se transporte a los migrantes en condiciones que pongan en \
            peligro su salud, integridad, seguridad o vida.
        """),
    # "peligro la integridad física": endangering physical integrity (actual "lesiones a la integridad física"
    # is not endangering).
    ("SOM-6-3-a", "peligro la integridad física", """
        Artículo 351. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años cuando el hecho se cometa poniendo en peligro la integridad física \
            de los migrantes.
        """),
    # "pone en peligro la vida": an aggravation for endangering life, indicative.
    ("SOM-6-3-a", "pone en peligro la vida", """
        Artículo 352. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. Si el autor pone en peligro la vida de los migrantes, la pena será de seis a doce años.
        """),
    # "puesto en peligro la vida": having endangered life.
    ("SOM-6-3-a", "puesto en peligro la vida", """
        Artículo 353. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años si se ha puesto en peligro la vida de los migrantes.
        """),
    # "hubiere puesto en peligro": having endangered the migrants.
    ("SOM-6-3-a", "hubiere puesto en peligro", """
        Artículo 354. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años si el autor hubiere puesto en peligro la salud de los migrantes.
        """),
    # ------------------------------------------------------- degrading treatment aggravation (SOM-6-3-b)
    # "tratos inhumanos o degradantes": an aggravation for inhuman treatment.
    ("SOM-6-3-b", "tratos inhumanos o degradantes", """
        Artículo 355. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años cuando los migrantes sean sometidos a tratos inhumanos o degradantes.
        """),
    # "trato cruel": an aggravation for cruel treatment.
    ("SOM-6-3-b", "trato cruel", """
        Artículo 356. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. Se impondrá la pena de seis a doce años si los migrantes reciben un trato cruel durante el traslado.
        """),
    # "condiciones degradantes": an aggravation for degrading conditions.
    ("SOM-6-3-b", "condiciones degradantes", """
        Artículo 357. Tráfico ilícito de migrantes.
        1. El que, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será castigado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años si los migrantes son transportados en condiciones degradantes.
        """),
    # "con el propósito de explotación": an aggravation for smuggling with a view to exploitation.
    ("SOM-6-3-b", "con el propósito de explotación", """
        Artículo 358. Tráfico ilícito de migrantes.
        1. Quien, con ánimo de lucro, facilite la entrada ilegal de una persona en un Estado del que no sea \
            nacional será sancionado con prisión de cuatro a ocho años.
        2. La pena será de seis a doce años si el delito se comete con el propósito de explotación de los \
            migrantes.
        """),
    # ------------------------------------------------------------------- carriers (SOM-11-3, SOM-11-4)
    # "obligación de los transportistas": the carriers' duty.
    ("SOM-11-3", "obligación de los transportistas", """
        Artículo 359. Obligación de los transportistas.
        Las empresas de transporte internacional deberán comprobar que cada pasajero porta el pasaporte y el \
            visado necesarios para entrar en el país de destino.
        """),
    # "cerciorarse de que todos los pasajeros": the Protocol's wording.
    ("SOM-11-3", "cerciorarse de que todos los pasajeros", """
        Artículo 360. Control de documentos.
        Las empresas que transporten personas hacia el territorio nacional deberán cerciorarse de que todos los \
            pasajeros llevan el pasaporte y el visado exigidos para la entrada.
        """),
    # "tengan en su poder los documentos de viaje": the Protocol's wording.
    ("SOM-11-3", "tengan en su poder los documentos de viaje", """
        Artículo 361. Embarque.
        Las empresas de transporte aéreo, marítimo o terrestre comprobarán que sus pasajeros tengan en su poder \
            los documentos de viaje necesarios para entrar en el Estado de destino.
        """),
    # "el transportista deberá verificar": the carrier shall check.
    ("SOM-11-3", "el transportista deberá verificar", """
        Artículo 362. Control previo al embarque.
        Antes del embarque, el transportista deberá verificar que cada pasajero cuenta con el pasaporte y el \
            visado exigidos para su ingreso al país.
        """),
    # "verificar la documentación de los pasajeros": checking the passengers' papers.
    ("SOM-11-3", "verificar la documentación de los pasajeros", """
        Artículo 363. Empresas de transporte.
        Las empresas de transporte internacional de personas están obligadas a verificar la documentación de \
            los pasajeros antes del embarque.
        """),
    # "multa al transportista": a fine on the carrier.
    ("SOM-11-4", "multa al transportista", """
        Artículo 365. Sanciones.
        Se impondrá una multa al transportista que embarque hacia el país a pasajeros sin pasaporte o visado \
            válidos.
        """),
    # "sanción al transportista": a sanction on the carrier.
    ("SOM-11-4", "sanción al transportista", """
        Artículo 366. Sanciones.
        La autoridad migratoria impondrá una sanción al transportista que traslade al país a pasajeros sin los \
            documentos de viaje exigidos.
        """),
    # "el transportista será sancionado": the carrier shall be punished.
    ("SOM-11-4", "el transportista será sancionado", """
        Artículo 367. Infracciones de los transportistas.
        Si un pasajero llega al país sin pasaporte o visado válidos, el transportista será sancionado con multa \
            de cinco mil a diez mil unidades de cuenta.
        """),
    # "transporten pasajeros sin la documentación": carriers punished for carrying undocumented passengers.
    ("SOM-11-4", "transporten pasajeros sin la documentación", """
        Artículo 368. Sanciones a las empresas.
        Las empresas que transporten pasajeros sin la documentación exigida para entrar en el país serán \
            sancionadas con multa y, en caso de reincidencia, con la suspensión de su autorización.
        """),
    # ------------------------------------------------------------------- consular access (SOM-16-5)
    # "funcionarios consulares": consular officers informed of detention.
    ("SOM-16-5", "funcionarios consulares", """
        Artículo 369. Detención de extranjeros.
        Todo migrante detenido será informado sin demora de su derecho a comunicarse con los funcionarios \
            consulares de su país.
        """),
    # "notificación consular": consular notification.
    ("SOM-16-5", "notificación consular", """
        Artículo 370. Derechos del detenido extranjero.
        El migrante privado de libertad tendrá derecho a la notificación consular de su detención, si así lo \
            solicita.
        """),
    # "comunicar con el consulado": communicating with the consulate.
    ("SOM-16-5", "comunicar con el consulado", """
        Artículo 371. Derechos del detenido extranjero.
        La persona extranjera detenida podrá comunicar con el consulado de su país y recibir sus visitas.
        """),
    # "Convención de Viena sobre Relaciones Consulares": the Vienna Convention.
    ("SOM-16-5", "Convención de Viena sobre Relaciones Consulares", """
        Artículo 372. Asistencia consular.
        Los migrantes detenidos gozarán de los derechos de comunicación y asistencia consular previstos en la \
            Convención de Viena sobre Relaciones Consulares.
        """),
    # "oficina consular": the consular post.
    ("SOM-16-5", "oficina consular", """
        Artículo 373. Detención de extranjeros.
        A petición del migrante detenido, la autoridad informará sin demora a la oficina consular de su Estado de \
            nacionalidad.
        """),
    # "autoridades consulares": the consular authorities.
    ("SOM-16-5", "autoridades consulares", """
        Artículo 374. Detención de extranjeros.
        El migrante privado de libertad tendrá derecho a comunicarse con las autoridades consulares de su país \
            de origen.
        """),
    # ------------------------------------------------------------- liability of legal persons (UNTOC-10)
    # "responsabilidad penal de las personas jurídicas": legal persons liable for trafficking.
    ("UNTOC-10", "responsabilidad penal de las personas jurídicas", """
        Artículo 375. Responsabilidad penal de las personas jurídicas.
        Cuando el delito de trata de personas se cometa en nombre o en beneficio de una entidad, se aplicarán las \
            reglas sobre responsabilidad penal de las personas jurídicas, y la entidad será sancionada con multa \
            del triple al quíntuple del beneficio obtenido.
        """),
    # "disolución de la persona jurídica": dissolution as a sanction.
    ("UNTOC-10", "disolución de la persona jurídica", """
        Artículo 376. Sanciones a entidades.
        Si el delito de trata de personas se cometiere por cuenta de una sociedad, el juez podrá ordenar la \
            disolución de la persona jurídica y el comiso de sus bienes.
        """),
    # "clausura del establecimiento": closing the establishment.
    ("UNTOC-10", "clausura del establecimiento", """
        Artículo 377. Sanciones accesorias.
        Cuando el delito de trata de personas se cometa en un local comercial, la empresa titular será sancionada \
            con multa y la clausura del establecimiento por un plazo de uno a cinco años.
        """),
    # ------------------------------------------------------------------ confiscation (UNTOC-12)
    # "comiso": confiscation of proceeds.
    ("UNTOC-12", "comiso", """
        Artículo 378. Consecuencias accesorias.
        En los delitos de trata de personas y de tráfico ilícito de migrantes, el juez ordenará el comiso de los \
            bienes, ganancias y valores obtenidos con ellos.
        """),
    # "decomisa*": the court confiscates.
    ("UNTOC-12", "decomisa*", """
        Artículo 379. Bienes.
        Los bienes y ganancias procedentes del delito de trata de personas serán decomisados y se destinarán a \
            la asistencia de las víctimas.
        """),
    # "producto del delito": proceeds of crime.
    ("UNTOC-12", "producto del delito", """
        Artículo 382. Pérdida de bienes.
        Todo producto del delito de trata de personas pasará a propiedad del Estado en virtud de la sentencia \
            condenatoria.
        """),
    # "instrumentos del delito": instrumentalities.
    ("UNTOC-12", "instrumentos del delito", """
        Artículo 383. Pérdida de bienes.
        La sentencia condenatoria por trata de personas declarará la pérdida a favor del Estado de los \
            instrumentos del delito.
        """),
    # "efectos del delito": the fruits of the offence.
    ("UNTOC-12", "efectos del delito", """
        Artículo 384. Consecuencias accesorias.
        Los efectos del delito de tráfico ilícito de migrantes y las ganancias obtenidas pasarán a propiedad del \
            Estado.
        """),
    # "extinción de dominio": non-conviction-based forfeiture.
    ("UNTOC-12", "extinción de dominio", """
        Artículo 385. Bienes.
        Los bienes vinculados al delito de trata de personas estarán sujetos a la acción de extinción de dominio.
        """),
    # "bienes utilizados": property used in the offence.
    ("UNTOC-12", "bienes utilizados", """
        Artículo 386. Pérdida de bienes.
        Los bienes utilizados para cometer el delito de trata de personas pasarán a propiedad del Estado, \
            incluidos los inmuebles y vehículos.
        """),
    # ------------------------------------------------------------------- jurisdiction (UNTOC-15-2)
    # "cometido fuera del territorio": offences committed abroad.
    ("UNTOC-15-2", "cometido fuera del territorio", """
        Artículo 387. Jurisdicción.
        Los tribunales nacionales conocerán del delito de trata de personas cometido fuera del territorio \
            nacional cuando el autor o la víctima sean nacionales.
        """),
    # "apátrida": stateless habitual residents.
    ("UNTOC-15-2", "apátrida", """
        Artículo 388. Jurisdicción.
        La ley penal se aplicará al delito de trata de personas cometido en otro país por un apátrida que tenga \
            su domicilio en el territorio nacional.
        """),
    # "residencia habitual": persons habitually resident.
    ("UNTOC-15-2", "residencia habitual", """
        Artículo 389. Jurisdicción.
        Los tribunales serán competentes para juzgar los delitos de tráfico ilícito de migrantes cometidos en otro \
            país por personas que tengan su residencia habitual en el territorio nacional.
        """),
    # "extraterritorial": extraterritorial jurisdiction.
    ("UNTOC-15-2", "extraterritorial", """
        Artículo 390. Aplicación extraterritorial.
        La presente ley tiene aplicación extraterritorial respecto del delito de trata de personas cuando la \
            víctima sea nacional.
        """),
    # "principio de personalidad": the personality principle.
    ("UNTOC-15-2", "principio de personalidad", """
        Artículo 391. Jurisdicción.
        En virtud del principio de personalidad, la ley penal se aplicará a los delitos de trata de personas \
            cometidos en otro país por nacionales del Estado.
        """),
    # "nacionales en el extranjero": nationals abroad.
    ("UNTOC-15-2", "nacionales en el extranjero", """
        Artículo 392. Jurisdicción.
        Los delitos de trata de personas cometidos por nacionales en el extranjero serán perseguidos conforme a \
            la presente ley.
        """),
    # ------------------------------------------------------------ national coordination (GP.coordination_body)
    # "comité interministerial": an interministerial committee against trafficking.
    ("GP.coordination_body", "comité interministerial", """
        Artículo 394. Coordinación.
        Se crea el Comité Interministerial contra la Trata de Personas, integrado por los ministros de Justicia, \
            Interior, Trabajo y Salud, que se reunirá al menos cada tres meses.
        """),
    # "comisión interinstitucional": an inter-agency commission.
    ("GP.coordination_body", "comisión interinstitucional", """
        Artículo 395. Órgano rector.
        Créase la Comisión Interinstitucional contra la Trata de Personas, encargada de coordinar las políticas \
            de prevención, persecución y protección de las víctimas.
        """),
    # "comisión intersectorial": an intersectoral commission.
    ("GP.coordination_body", "comisión intersectorial", """
        Artículo 396. Coordinación.
        La Comisión Intersectorial contra la Trata de Personas coordinará las acciones de las entidades públicas \
            y de las organizaciones de la sociedad civil en esta materia.
        """),
    # "mesa interinstitucional": an inter-agency round table.
    ("GP.coordination_body", "mesa interinstitucional", """
        Artículo 397. Coordinación.
        Se constituye la Mesa Interinstitucional contra la Trata de Personas y el Tráfico Ilícito de Migrantes, \
            que sesionará de forma ordinaria una vez al mes.
        """),
    # "consejo federal": a federal council against trafficking.
    ("GP.coordination_body", "consejo federal", """
        Artículo 398. Consejo.
        Créase el Consejo Federal para la Lucha contra la Trata de Personas, con representantes de cada provincia \
            y de los ministerios competentes.
        """),
    # "comisión nacional": a national commission against trafficking.
    ("GP.coordination_body", "comisión nacional", """
        Artículo 399. Comisión.
        Se crea la Comisión Nacional contra la Trata de Personas, órgano de carácter permanente que coordinará \
            la aplicación de esta ley.
        """),
    # "comité nacional": a national committee.
    ("GP.coordination_body", "comité nacional", """
        Artículo 400. Comité.
        El Comité Nacional contra la Trata de Personas estará integrado por representantes de las instituciones \
            públicas y de la sociedad civil, y se reunirá cada dos meses.
        """),
    # "coordinador nacional": a national coordinator.
    ("GP.coordination_body", "coordinador nacional", """
        Artículo 401. Coordinación.
        El Poder Ejecutivo designará un Coordinador Nacional contra la Trata de Personas, que dirigirá la acción \
            de los organismos públicos en esta materia.
        """),
    # "coordinación nacional": a national coordination office.
    ("GP.coordination_body", "coordinación nacional", """
        Artículo 402. Coordinación.
        Se establece la Coordinación Nacional contra la Trata de Personas, dependiente de la Presidencia de la \
            República, con funciones de articulación entre los ministerios.
        """),
    # "relator nacional": a national rapporteur.
    ("GP.coordination_body", "relator nacional", """
        Artículo 403. Relator.
        Se crea el cargo de Relator Nacional sobre la Trata de Personas, que evaluará de forma independiente las \
            políticas públicas en la materia.
        """),
    # "órgano de coordinación": a coordinating body.
    ("GP.coordination_body", "órgano de coordinación", """
        Artículo 404. Coordinación.
        El Consejo contra la Trata de Personas es el órgano de coordinación de las políticas públicas de \
            prevención y combate de la trata.
        """),
    # "plan de acción nacional": the body that carries out the national action plan.
    ("GP.coordination_body", "plan de acción nacional", """
        Artículo 406. Coordinación.
        La ejecución del plan de acción nacional contra la trata de personas estará a cargo de un Consejo Rector \
            integrado por los ministros de Justicia, Interior y Trabajo, que se reunirá cada tres meses y \
            coordinará la actuación de las entidades públicas.
        """),
    # "comité interinstitucional": an inter-agency committee.
    ("GP.coordination_body", "comité interinstitucional", """
        Artículo 407. Comité.
        Créase el Comité Interinstitucional de Lucha contra la Trata de Personas, con participación de la sociedad \
            civil.
        """),
    # "comité intersectorial": an intersectoral committee.
    ("GP.coordination_body", "comité intersectorial", """
        Artículo 408. Comité.
        El Comité Intersectorial contra el Tráfico Ilícito de Migrantes coordinará las medidas de prevención y \
            protección de los migrantes.
        """),
    # "comisión interministerial": an interministerial commission.
    ("GP.coordination_body", "comisión interministerial", """
        Artículo 409. Comisión.
        Se constituye la Comisión Interministerial para la Prevención de la Trata de Personas, presidida por el \
            Ministro del Interior.
        """),
    # ------------------------------------------------------------------- national plan (GP.action_plan)
    # "plan nacional": a national plan against trafficking.
    ("GP.action_plan", "plan nacional", """
        Artículo 410. Planificación.
        El Poder Ejecutivo aprobará cada cuatro años un Plan Nacional contra la Trata de Personas, con metas, \
            presupuesto y mecanismos de evaluación.
        """),
    # "plan de acción": an action plan.
    ("GP.action_plan", "plan de acción", """
        Artículo 411. Planificación.
        El ministerio competente elaborará un plan de acción contra la trata de personas y el tráfico ilícito de \
            migrantes, que será evaluado anualmente.
        """),
    # "plan de acción nacional": a national action plan.
    ("GP.action_plan", "plan de acción nacional", """
        Artículo 412. Planificación.
        Se adoptará un plan de acción nacional de lucha contra la trata de personas, con una vigencia de cinco \
            años.
        """),
    # "estrategia nacional": a national strategy.
    ("GP.action_plan", "estrategia nacional", """
        Artículo 413. Estrategia.
        El Gobierno aprobará una Estrategia Nacional contra la Trata de Personas y la evaluará cada dos años.
        """),
    # "plan estratégico": a strategic plan.
    ("GP.action_plan", "plan estratégico", """
        Artículo 414. Planificación.
        La Comisión contra la Trata de Personas aprobará un plan estratégico quinquenal, con indicadores y \
            presupuesto asignado.
        """),
    # ------------------------------------------------------------- remote testimony (GP.court_protection)
    # "videoconferencia": testimony by video link.
    ("GP.court_protection.remote_testimony", "videoconferencia", """
        Artículo 415. Declaración de la víctima.
        La víctima de trata de personas podrá declarar por videoconferencia, sin comparecer en la sala de \
            audiencias.
        """),
    # "circuito cerrado de televisión": closed-circuit television.
    ("GP.court_protection.remote_testimony", "circuito cerrado de televisión", """
        Artículo 416. Declaración.
        El tribunal podrá disponer que la víctima de trata de personas declare mediante circuito cerrado de \
            televisión.
        """),
    # "grabación audiovisual": an audiovisual recording.
    ("GP.court_protection.remote_testimony", "grabación audiovisual", """
        Artículo 417. Declaración.
        La declaración de la víctima de trata de personas se registrará mediante grabación audiovisual, que podrá \
            reproducirse en el juicio.
        """),
    # "grabación de video": a video recording.
    ("GP.court_protection.remote_testimony", "grabación de video", """
        Artículo 418. Declaración.
        El testimonio de la víctima de trata de personas podrá presentarse en juicio mediante grabación de video.
        """),
    # "videograbación": video recording.
    ("GP.court_protection.remote_testimony", "videograbación", """
        Artículo 419. Declaración.
        La entrevista a la víctima de trata de personas se registrará por videograbación, para evitar su \
            repetición.
        """),
    # "declaración grabada": a recorded statement.
    ("GP.court_protection.remote_testimony", "declaración grabada", """
        Artículo 420. Prueba.
        La declaración grabada de la víctima de trata de personas podrá ser valorada como prueba en el juicio.
        """),
    # "medios audiovisuales": audiovisual means.
    ("GP.court_protection.remote_testimony", "medios audiovisuales", """
        Artículo 421. Declaración.
        La víctima de trata de personas podrá rendir su testimonio por medios audiovisuales, sin estar presente \
            en la sala.
        """),
    # "prueba anticipada": testimony taken in advance.
    ("GP.court_protection.remote_testimony", "prueba anticipada", """
        Artículo 422. Declaración.
        La declaración de la víctima de trata de personas se recibirá como prueba anticipada, con intervención de \
            la defensa.
        """),
    # "anticipo jurisdiccional": advance taking of evidence.
    ("GP.court_protection.remote_testimony", "anticipo jurisdiccional", """
        Artículo 423. Prueba.
        El fiscal solicitará el anticipo jurisdiccional de prueba para recibir la declaración de la víctima de \
            trata de personas.
        """),
    # "testimonio a distancia": remote testimony.
    ("GP.court_protection.remote_testimony", "testimonio a distancia", """
        Artículo 424. Declaración.
        Se autoriza el testimonio a distancia de las víctimas de trata de personas que residan en el extranjero.
        """),
    # ------------------------------------------------------------------- screens (GP.court_protection)
    # "biombo": a screen.
    ("GP.court_protection.screens", "biombo", """
        Artículo 425. Declaración.
        Durante la declaración de la víctima de trata de personas se colocará un biombo que impida que vea al \
            acusado.
        """),
    # "mampara": a partition.
    ("GP.court_protection.screens", "mampara", """
        Artículo 426. Declaración.
        La víctima de trata de personas declarará detrás de una mampara que la oculte de la vista del acusado.
        """),
    # "cámara Gesell": a one-way mirror room.
    ("GP.court_protection.screens", "cámara Gesell", """
        Artículo 427. Entrevista.
        La entrevista de la víctima de trata de personas se realizará en cámara Gesell, a cargo de un psicólogo.
        """),
    # "sin contacto visual": testimony without visual contact.
    ("GP.court_protection.screens", "sin contacto visual", """
        Artículo 428. Declaración.
        La víctima de trata de personas podrá declarar sin contacto visual con el acusado.
        """),
    # "contacto visual con el imputado": avoiding visual contact with the accused.
    ("GP.court_protection.screens", "contacto visual con el imputado", """
        Artículo 429. Declaración.
        Se adoptarán medidas para que la víctima de trata de personas no tenga contacto visual con el imputado.
        """),
    # "evitar el contacto visual": the same.
    ("GP.court_protection.screens", "evitar el contacto visual", """
        Artículo 430. Declaración.
        El tribunal adoptará las medidas necesarias para evitar el contacto visual entre la víctima de trata de \
            personas y el acusado.
        """),
    # "evitar la confrontación": avoiding confrontation.
    ("GP.court_protection.screens", "evitar la confrontación", """
        Artículo 431. Declaración.
        Se deberá evitar la confrontación de la víctima de trata de personas con el acusado.
        """),
    # "sin confrontación": without confrontation.
    ("GP.court_protection.screens", "sin confrontación", """
        Artículo 432. Declaración.
        La víctima de trata de personas declarará sin confrontación con el acusado.
        """),
    # "dispositivos que impidan": devices that prevent contact.
    ("GP.court_protection.screens", "dispositivos que impidan", """
        Artículo 433. Declaración.
        En la sala se dispondrán dispositivos que impidan que la víctima de trata de personas vea al acusado.
        """),
    # ------------------------------------------------------------------- closed hearings (GP.court_protection)
    # "a puerta cerrada": hearings in camera.
    ("GP.court_protection.closed_hearings", "a puerta cerrada", """
        Artículo 434. Audiencia.
        Los juicios por trata de personas se celebrarán a puerta cerrada cuando lo solicite la víctima.
        """),
    # "audiencia privada": a private hearing.
    ("GP.court_protection.closed_hearings", "audiencia privada", """
        Artículo 435. Audiencia.
        El tribunal podrá ordenar que la declaración de la víctima de trata de personas se reciba en audiencia \
            privada.
        """),
    # "audiencia reservada": a reserved hearing.
    ("GP.court_protection.closed_hearings", "audiencia reservada", """
        Artículo 436. Audiencia.
        A petición de la víctima de trata de personas, el juicio se celebrará en audiencia reservada.
        """),
    # "sin presencia del público": without the public.
    ("GP.court_protection.closed_hearings", "sin presencia del público", """
        Artículo 437. Audiencia.
        La declaración de la víctima de trata de personas se recibirá sin presencia del público.
        """),
    # "excluir al público": excluding the public.
    ("GP.court_protection.closed_hearings", "excluir al público", """
        Artículo 438. Audiencia.
        El tribunal podrá excluir al público de la sala durante la declaración de la víctima de trata de personas.
        """),
    # "restringir la publicidad": restricting publicity.
    ("GP.court_protection.closed_hearings", "restringir la publicidad", """
        Artículo 439. Audiencia.
        El juez podrá restringir la publicidad del juicio por trata de personas para proteger a la víctima.
        """),
    # "carácter reservado": the hearing held in reserve.
    ("GP.court_protection.closed_hearings", "carácter reservado", """
        Artículo 440. Audiencia.
        Las audiencias en los procesos por trata de personas tendrán carácter reservado cuando lo pida la víctima.
        """),
    # "reserva de las actuaciones": the proceedings kept reserved.
    ("GP.court_protection.closed_hearings", "reserva de las actuaciones", """
        Artículo 441. Audiencia.
        El juez podrá decretar la reserva de las actuaciones en los procesos por trata de personas para proteger \
            a la víctima.
        """),
    # ------------------------------------------------------------------- identity (GP.court_protection)
    # "identidad de la víctima": the victim's identity protected in court.
    ("GP.court_protection.identity_protection", "identidad de la víctima", """
        Artículo 442. Protección procesal.
        En los juicios por trata de personas, el tribunal adoptará medidas para proteger la identidad de la \
            víctima.
        """),
    # "identidad del testigo": the witness's identity protected.
    ("GP.court_protection.identity_protection", "identidad del testigo", """
        Artículo 443. Protección procesal.
        En los procesos por trata de personas, el tribunal podrá ordenar que la identidad del testigo no conste \
            en las actuaciones.
        """),
    # "reserva de identidad": identity kept reserved.
    ("GP.court_protection.identity_protection", "reserva de identidad", """
        Artículo 444. Protección procesal.
        Los testigos y víctimas de trata de personas podrán declarar con reserva de identidad.
        """),
    # "reserva de la identidad": the same.
    ("GP.court_protection.identity_protection", "reserva de la identidad", """
        Artículo 445. Protección procesal.
        El juez dispondrá la reserva de la identidad de quien declare como víctima de trata de personas.
        """),
    # "anonimato": anonymity.
    ("GP.court_protection.identity_protection", "anonimato", """
        Artículo 446. Protección procesal.
        El tribunal garantizará el anonimato de los testigos en los procesos por trata de personas, sin perjuicio \
            del derecho de defensa.
        """),
    # "seudónimo": a pseudonym.
    ("GP.court_protection.identity_protection", "seudónimo", """
        Artículo 447. Protección procesal.
        La víctima de trata de personas podrá ser designada con un seudónimo en todas las actuaciones judiciales.
        """),
    # "confidencialidad de la identidad": confidentiality of identity.
    ("GP.court_protection.identity_protection", "confidencialidad de la identidad", """
        Artículo 448. Protección procesal.
        Se garantizará la confidencialidad de la identidad de los testigos en los procesos por trata de personas.
        """),
    # "datos de identificación": identifying data withheld.
    ("GP.court_protection.identity_protection", "datos de identificación", """
        Artículo 449. Protección procesal.
        Los datos de identificación de la víctima de trata de personas no constarán en las actuaciones judiciales.
        """),
    # "revelar la identidad": revealing identity prohibited.
    ("GP.court_protection.identity_protection", "revelar la identidad", """
        Artículo 450. Protección procesal.
        Ninguna autoridad podrá revelar la identidad de las víctimas o testigos en los procesos por trata de \
            personas.
        """),
    # "divulgar la identidad": disclosing identity prohibited.
    ("GP.court_protection.identity_protection", "divulgar la identidad", """
        Artículo 451. Protección procesal.
        Se prohíbe divulgar la identidad de los testigos en los procesos por trata de personas.
        """),
    # "testigo protegido": a protected witness.
    ("GP.court_protection.identity_protection", "testigo protegido", """
        Artículo 452. Protección procesal.
        La víctima de trata de personas que declare en juicio tendrá la condición de testigo protegido.
        """),
    # ------------------------------------------------------------------- non-punishment (GP.non_punishment)
    # "exención de responsabilidad penal": victims exempt from liability.
    ("GP.non_punishment", "exención de responsabilidad penal", """
        Artículo 453. No criminalización de las víctimas.
        Las víctimas de trata de personas gozarán de exención de responsabilidad penal por los delitos cometidos \
            como resultado directo de haber sido objeto de trata.
        """),
    # "exenta de responsabilidad penal": the same, as an adjective.
    ("GP.non_punishment", "exenta de responsabilidad penal", """
        Artículo 454. Excusa absolutoria.
        La víctima de trata de personas quedará exenta de responsabilidad penal por las infracciones que haya \
            cometido como resultado directo de su explotación.
        """),
    # "no será punible": the victim not punishable.
    ("GP.non_punishment", "no será punible", """
        Artículo 455. Víctimas.
        La víctima de trata de personas no será punible por los delitos cometidos como resultado directo de haber \
            sido objeto de trata.
        """),
    # "no son punibles": victims not punishable.
    ("GP.non_punishment", "no son punibles", """
        Artículo 456. Víctimas.
        Las víctimas de trata de personas no son punibles por los delitos que hayan cometido como resultado \
            directo de haber sido objeto de trata.
        """),
    # "no es punible": the victim not punishable.
    ("GP.non_punishment", "no es punible", """
        Artículo 457. Víctimas.
        La víctima de trata de personas no es punible por los delitos cometidos como resultado directo de su \
            explotación.
        """),
    # "quedará exenta de pena": the victim spared the penalty.
    ("GP.non_punishment", "quedará exenta de pena", """
        Artículo 458. Excusa absolutoria.
        La víctima de trata de personas quedará exenta de pena por las infracciones penales que haya cometido \
            como resultado directo de la situación de explotación sufrida.
        """),
    # "no será penada": the victim not penalised.
    ("GP.non_punishment", "no será penada", """
        Artículo 459. Víctimas.
        La víctima de trata de personas no será penada por la comisión de delitos que sean resultado directo de \
            haber sido objeto de trata.
        """),
    # "no serán penadas": the victims not penalised.
    ("GP.non_punishment", "no serán penadas", """
        Artículo 460. Víctimas.
        Las víctimas de trata de personas no serán penadas por los delitos cometidos como resultado directo de su \
            explotación.
        """),
    # "no será sancionada": the victim not sanctioned.
    ("GP.non_punishment", "no será sancionada", """
        Artículo 461. Víctimas.
        La víctima de trata de personas no será sancionada por las infracciones que haya cometido como resultado \
            directo de haber sido objeto de trata.
        """),
    # "no podrán ser procesadas": the victims not prosecuted.
    ("GP.non_punishment", "no podrán ser procesadas", """
        Artículo 462. Víctimas.
        Las víctimas de trata de personas no podrán ser procesadas por los delitos cometidos como resultado \
            directo de haber sido objeto de trata.
        """),
    # "no podrá ser procesada": the victim not prosecuted.
    ("GP.non_punishment", "no podrá ser procesada", """
        Artículo 463. Víctimas.
        La víctima de trata de personas no podrá ser procesada por los delitos cometidos como resultado directo \
            de su explotación.
        """),
    # "quedarán exentas de pena": the victims spared the penalty.
    ("GP.non_punishment", "quedarán exentas de pena", """
        Artículo 464. Excusa absolutoria.
        Las víctimas de trata de personas quedarán exentas de pena por los delitos cometidos como resultado \
            directo de haber sido objeto de trata.
        """),
    # "consecuencia directa de su situación": the Recommended Principles' link.
    ("GP.non_punishment", "consecuencia directa de su situación", """
        Artículo 465. Víctimas.
        No se impondrá sanción penal ni administrativa a la víctima de trata de personas por los hechos que sean \
            consecuencia directa de su situación de víctima.
        """),
    # "obligadas a cometer": victims compelled to commit offences.
    ("GP.non_punishment", "obligadas a cometer", """
        Artículo 466. Víctimas.
        Las víctimas de trata de personas que hayan sido obligadas a cometer delitos durante su explotación no \
            serán perseguidas por ellos.
        """),
    # ------------------------------------------------------------------- use of services (GP.use_of_services)
    # "recurre a los servicios de": using a victim's services.
    ("GP.use_of_services", "recurre a los servicios de", """
        Artículo 467. Utilización de víctimas.
        El que recurre a los servicios de una persona, a sabiendas de que ha sido objeto de trata, será castigado \
            con prisión de dos a cinco años.
        """),
    # "recurra a los servicios": the same, subjunctive.
    ("GP.use_of_services", "recurra a los servicios", """
        Artículo 468. Utilización de víctimas.
        Quien recurra a los servicios laborales o sexuales de una persona, conociendo que es víctima de trata, \
            será sancionado con prisión de dos a cinco años.
        """),
    # "utilice los servicios": using the services.
    ("GP.use_of_services", "utilice los servicios", """
        Artículo 469. Utilización de víctimas.
        El que utilice los servicios de una persona a sabiendas de que ha sido objeto de trata será castigado con \
            prisión de dos a cinco años.
        """),
    # "utilización de los servicios": the use of the services.
    ("GP.use_of_services", "utilización de los servicios", """
        Artículo 470. Utilización de víctimas.
        La utilización de los servicios de una persona, a sabiendas de que es víctima de trata, será sancionada \
            con prisión de dos a cinco años.
        """),
    # "haga uso de los servicios": making use of the services.
    ("GP.use_of_services", "haga uso de los servicios", """
        Artículo 471. Utilización de víctimas.
        Quien haga uso de los servicios de una persona, conociendo que es víctima de trata, será castigado con \
            prisión de dos a cinco años.
        """),
    # "hiciere uso de los servicios": the same, future subjunctive.
    ("GP.use_of_services", "hiciere uso de los servicios", """
        Artículo 472. Utilización de víctimas.
        El que hiciere uso de los servicios de una persona, a sabiendas de que ha sido objeto de trata, será \
            sancionado con prisión de dos a cinco años.
        """),
    # "se beneficie de los servicios": benefiting from the services.
    ("GP.use_of_services", "se beneficie de los servicios", """
        Artículo 473. Utilización de víctimas.
        Quien se beneficie de los servicios de una persona, a sabiendas de que es víctima de trata, será \
            castigado con prisión de dos a cinco años.
        """),
    # "a sabiendas de que la persona es víctima": the knowledge element.
    ("GP.use_of_services", "a sabiendas de que la persona es víctima", """
        Artículo 474. Utilización de víctimas.
        El que obtenga trabajo o servicios sexuales de otro, a sabiendas de que la persona es víctima de trata, \
            será castigado con prisión de dos a cinco años.
        """),
    # "sabiendo que es víctima de trata": the knowledge element.
    ("GP.use_of_services", "sabiendo que es víctima de trata", """
        Artículo 475. Utilización de víctimas.
        Quien emplee a una persona sabiendo que es víctima de trata será sancionado con prisión de dos a cinco \
            años.
        """),
    # "servicios de una víctima": the services of a victim.
    ("GP.use_of_services", "servicios de una víctima", """
        Artículo 476. Utilización de víctimas.
        El que, a sabiendas, obtenga los servicios de una víctima de trata de personas será castigado con \
            prisión de dos a cinco años.
        """),
    # --------------------------------------------------------- aggravating circumstances (GP.aggravating_circumstances)
    # "circunstancias agravantes": aggravating circumstances listed.
    ("GP.aggravating_circumstances", "circunstancias agravantes", """
        Artículo 477. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. Son circunstancias agravantes del delito previsto en el apartado 1 que la víctima sea menor de \
            dieciocho años o que el autor sea su ascendiente; en tales casos la pena será de doce a veinte años.
        """),
    # "se impondrá la pena superior en grado": the penalty raised a degree.
    ("GP.aggravating_circumstances", "se impondrá la pena superior en grado", """
        Artículo 478. Trata de personas.
        1. El que capte, traslade o reciba a una persona con fines de explotación será castigado con prisión de \
            cinco a ocho años.
        2. Se impondrá la pena superior en grado cuando la víctima sea especialmente vulnerable por razón de su \
            edad, enfermedad o discapacidad.
        """),
    # "la pena se agravará": the penalty aggravated.
    ("GP.aggravating_circumstances", "la pena se agravará", """
        Artículo 479. Trata de personas.
        1. Quien capte, transporte o acoja a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        2. La pena se agravará en un tercio si el autor es ascendiente, tutor o encargado de la guarda de la \
            víctima.
        """),
    # "las penas se aumentarán": the penalties increased.
    ("GP.aggravating_circumstances", "las penas se aumentarán", """
        Artículo 480. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. Las penas se aumentarán en la mitad cuando el delito se cometa contra una mujer embarazada o una \
            persona con discapacidad.
        """),
    # "pena agravada": an aggravated penalty.
    ("GP.aggravating_circumstances", "pena agravada", """
        Artículo 481. Trata de personas.
        1. Quien capte, traslade o reciba a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        2. Se aplicará la pena agravada de doce a veinte años cuando el autor haya hecho de la trata su medio \
            habitual de vida.
        """),
    # "cuando la víctima sea menor de edad": an aggravation for child victims.
    ("GP.aggravating_circumstances", "cuando la víctima sea menor de edad", """
        Artículo 482. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. La pena será de doce a veinte años cuando la víctima sea menor de edad.
        """),
    # "perteneciere a una organización": an aggravation for members of an organisation.
    ("GP.aggravating_circumstances", "perteneciere a una organización", """
        Artículo 483. Trata de personas.
        1. Quien capte, traslade o reciba a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        2. La pena será de diez a quince años si el culpable perteneciere a una organización dedicada a la \
            realización de tales actividades.
        """),
    # "por una organización criminal": an aggravation for organised commission.
    ("GP.aggravating_circumstances", "por una organización criminal", """
        Artículo 484. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. La pena será de diez a quince años cuando el delito sea cometido por una organización criminal.
        """),
    # "muerte de la víctima": an aggravation for the victim's death.
    ("GP.aggravating_circumstances", "muerte de la víctima", """
        Artículo 485. Trata de personas.
        1. Quien capte, traslade o reciba a una persona con fines de explotación será sancionado con prisión de \
            seis a doce años.
        2. Si a consecuencia del delito se produjere la muerte de la víctima, la pena será de veinte a treinta \
            años.
        """),
    # "lesiones graves": an aggravation for serious injury.
    ("GP.aggravating_circumstances", "lesiones graves", """
        Artículo 486. Trata de personas.
        1. El que capte, traslade o acoja a una persona con fines de explotación será castigado con prisión de \
            seis a doce años.
        2. La pena será de diez a quince años si la víctima sufriere lesiones graves a consecuencia del delito.
        """),
]

# Statutes where a careful assessor finds the element and the engine missed it when these cases were written:
# (element id, term, statute, why it was missed). Fixed in the engine, tested to stay found.
FIXED_GAPS: list[tuple[str, str, str, str]] = [
    # "independientemente de": a child rule that dispenses with the means "independientemente de los medios".
    ("TIP-3-c", "independientemente de", """
        Artículo 146. Trata de personas.
        1. Quien, mediante violencia, amenaza o engaño, capte, traslade o acoja a una persona con fines de \
            explotación será castigado con prisión de seis a doce años.
        2. Si la víctima es menor de dieciocho años, la captación, el traslado o la acogida constituirán trata de \
            personas independientemente de los medios empleados.
        """,
     "wording._NO_MEANS['es'] knows 'con independencia de (los medios|que)' but not 'independientemente de'"),
    # "cruce ilegal": procuring the illegal crossing of a border.
    ("SOM-6-1-a", "cruce ilegal", """
        Artículo 280. Frontera.
        Quien, con ánimo de lucro, procure a otra persona el cruce ilegal de la frontera de este o de otro \
            Estado será sancionado con prisión de cuatro a ocho años.
        """,
     "classify._MOVEMENT has 'frontier' and 'border' but not 'frontera' (nor 'Estado'): no movement is seen"),
    # "favorezca o facilite": favouring or facilitating unlawful entry.
    ("SOM-6-1-a", "favorezca o facilite", """
        Artículo 284. Paso de fronteras.
        Quien, con ánimo de lucro, favorezca o facilite el paso de personas a otro Estado del que no sean \
            nacionales, eludiendo los controles migratorios, será sancionado con prisión de cuatro a ocho años.
        """,
     "classify._MOVEMENT knows neither 'paso' (the Spanish for passage) nor 'Estado': no movement is seen"),
]


@pytest.mark.parametrize(("element_id", "term", "text"), LEXICON_CASES,
                         ids=[f"{e}:{t}" for e, t, _ in LEXICON_CASES])
def test_the_term_carries_its_element(element_id: str, term: str, text: str) -> None:
    assert outcome(run(text, "es"), element_id) == FOUND


@pytest.mark.parametrize(("element_id", "term", "text", "why"), FIXED_GAPS, ids=[f"{g[0]}:{g[1]}" for g in FIXED_GAPS])
def test_a_fixed_engine_gap_stays_found(element_id: str, term: str, text: str, why: str) -> None:
    # Missed once for the reason `why`; the engine's rule for it is in docs/engine.md.
    assert outcome(run(text, "es"), element_id) == FOUND, why
