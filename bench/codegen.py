"""A decoy whole penal code of a fictional State, for the speed and robustness benchmarks.

`decoy_code()` returns the special part of an invented penal code as plain text: books,
parts (titles) and chapters, numbered articles in the language's drafting style ("Section 12."
in English, "Article 12" in French, "Artículo 12." in Spanish) with numbered subsections and
lettered points. Every offence in it is UNRELATED to the Trafficking and Smuggling Protocols
but is written with their decoy words: abduction by force or threat, the transport and
receiving of goods, harbouring an offender, fraud and deception in commerce, counterfeit
seals (no forgery of documents: a general forgery offence counts for the document items),
child pornography, terrorism financing, insider dealing, carriers' duties for
goods, drug and arms trafficking, the facilitation of a crime. A reader that matches words
instead of offences will find "elements" here; the gold says there are none.

`embed()` places a law's text inside such a code, under a chapter heading of its own, so a
benchmark can time and score a real offence found in ~700 KB of noise.

All text is invented. The same arguments always give the same text; about 1.1-1.3 KB per
article, so the default 600 articles make about 700 KB.
"""

from __future__ import annotations

import random
import re

LANGUAGES = ("en", "fr", "es")

# ----------------------------------------------------------------------------- numbers

_EN_NUM = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
           "twelve", "thirteen", "fourteen", "fifteen"]
_FR_NUM = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
           "treize", "quatorze", "quinze"]
_ES_NUM = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
           "trece", "catorce", "quince"]
_ORDINAL = {
    "en": ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"],
    "fr": ["PREMIER", "DEUXIÈME", "TROISIÈME", "QUATRIÈME", "CINQUIÈME", "SIXIÈME", "SEPTIÈME", "HUITIÈME",
           "NEUVIÈME", "DIXIÈME"],
    "es": ["PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO", "NOVENO",
           "DÉCIMO"],
}


def _roman(n: int) -> str:
    """Roman numeral for a positive integer (chapter and title numbers)."""
    out = ""
    for value, sign in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                        (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sign
            n -= value
    return out


# ----------------------------------------------------------------------------- offences
# One topic per kind of decoy offence: its heading, the basic conduct (to be prefixed by an
# actor and followed by a penalty), and circumstances that aggravate it. Per language.

_TOPICS: dict[str, list[tuple[str, list[str], list[str]]]] = {
    "en": [
        ("Kidnapping", [
            "takes away or detains another person by force or by threat of force, with intent to hold that person "
            "for ransom or as a hostage",
            "abducts another person by deception or by the threat of harm to a relative, in order to compel a third "
            "party to do or abstain from doing any act",
        ], ["the person detained is injured", "the detention lasts more than seven days",
            "a firearm or other weapon is displayed", "the ransom demanded is paid in whole or in part"]),
        ("Unlawful transport of goods", [
            "transports, carries or conveys goods subject to an export prohibition without the licence required "
            "by the Customs Act",
            "loads or unloads dutiable goods at a place that is not an approved wharf or landing station",
        ], ["the goods are concealed in a false compartment", "the value of the goods exceeds ten thousand units",
            "the offence is committed at night", "the vehicle has been altered to avoid inspection"]),
        ("Receiving stolen property", [
            "receives, retains or disposes of any property knowing or believing it to have been stolen",
            "acquires or holds the proceeds of a theft, knowing that they derive from that offence",
        ], ["the offender carries on a business of dealing in stolen goods",
            "the property is a motor vehicle or its parts", "the property was stolen from a place of worship",
            "the offender has previously been convicted of receiving"]),
        ("Harbouring an offender", [
            "harbours, conceals or assists a person whom he or she knows to have committed an offence, with "
            "intent to prevent that person's arrest",
            "gives shelter or money to a fugitive from lawful custody in order to help him or her evade capture",
        ], ["the offender harboured is charged with murder", "the harbouring continues after a public warning",
            "the accused is a police officer", "false information is given to the investigating officer"]),
        ("Fraud in commerce", [
            "by deception obtains goods or services from a trader with intent to avoid payment",
            "makes a false representation as to the quantity, quality or origin of goods offered for sale",
        ], ["the loss caused exceeds fifty thousand units", "the deception is directed at elderly customers",
            "false weights or measures are used", "the fraud is carried out through a website"]),
        ("Counterfeit seals", [
            "counterfeits the seal of a company or of a land registry, with intent that it be used as genuine",
            "uses, offers or delivers a counterfeit company seal or a counterfeit stamp of a land registry",
        ], ["the seal is that of a court or of a public registry", "the offence is committed by a notary",
            "a counterfeit stamp of a ministry is used", "more than ten seals are counterfeited"]),
        ("Indecent images of children", [
            "produces, distributes, offers or possesses child pornography in any form, including computer data",
            "knowingly obtains access, through information technology, to indecent images of a person under "
            "eighteen years of age",
        ], ["the material is distributed to the public", "the offender holds a position of trust at a school",
            "the material is produced for profit", "the collection exceeds one hundred images"]),
        ("Financing of terrorism", [
            "provides or collects funds by any means, directly or indirectly, with the intention that they be used "
            "to carry out a terrorist act",
            "makes property or financial services available to a listed terrorist entity",
        ], ["the funds exceed one million units", "the offender is a bank employee",
            "the funds are raised through a charity", "the act financed causes death"]),
        ("Insider dealing", [
            "deals in securities on the basis of inside information obtained through his or her employment",
            "discloses inside information to another person otherwise than in the proper performance of his or "
            "her office",
        ], ["the profit made exceeds one hundred thousand units", "the offender is a director of the issuer",
            "the information concerns a takeover bid", "the dealing is arranged through a nominee"]),
        ("Duties of carriers of goods", [
            "being the master of a vessel or the operator of an aircraft, fails to deliver to the customs officer a "
            "true manifest of the cargo carried",
            "being a road haulier, carries dangerous goods without the placards and papers required by the "
            "Transport Regulations",
        ], ["the cargo includes explosives", "the failure is repeated within one year",
            "the manifest is deliberately falsified", "the goods are discharged before clearance"]),
        ("Drug trafficking", [
            "imports, exports, sells, supplies or offers to supply a controlled drug, other than under a licence",
            "cultivates any plant of the genus Cannabis or the coca bush for the purpose of sale",
        ], ["the quantity exceeds the trafficable quantity", "the drug is supplied near a school",
            "the offender uses a minor as a courier", "the offence is committed in a prison"]),
        ("Arms trafficking", [
            "manufactures, sells, acquires or delivers firearms, their parts or ammunition without a permit",
            "removes, alters or obliterates the marking of a firearm",
        ], ["the weapons are automatic", "more than five firearms are involved",
            "the weapons are delivered across the frontier", "the offender is a licensed dealer"]),
        ("Facilitation of a crime", [
            "knowingly provides the means, premises or information that facilitate the commission of a robbery",
            "lends a vehicle or a tool to another person knowing that it will be used to commit a burglary",
        ], ["the crime facilitated is committed", "the offender receives payment for the assistance",
            "the premises are a dwelling house", "the offender is an employee of the victim"]),
    ],
    "fr": [
        ("De l'enlèvement et de la séquestration", [
            "d'enlever ou de séquestrer une personne par violence ou menace, afin d'obtenir le paiement d'une "
            "rançon",
            "d'arrêter ou de détenir une personne par ruse ou par menace contre un proche, afin de contraindre un "
            "tiers à accomplir un acte",
        ], ["la personne séquestrée a subi une mutilation", "la détention a duré plus de sept jours",
            "une arme a été exhibée", "la rançon a été versée en tout ou en partie"]),
        ("Du transport illicite de marchandises", [
            "de transporter ou de faire circuler des marchandises prohibées à l'exportation sans la licence exigée "
            "par le code des douanes",
            "de charger ou de décharger des marchandises taxées en dehors des bureaux de douane ouverts à cet "
            "effet",
        ], ["les marchandises sont dissimulées dans une cache aménagée",
            "la valeur des marchandises excède dix mille euros", "les faits sont commis la nuit",
            "le véhicule a été modifié pour échapper au contrôle"]),
        ("Du recel", [
            "de dissimuler, de détenir ou de transmettre une chose en sachant qu'elle provient d'un vol",
            "de bénéficier, par tout moyen, du produit d'un vol en connaissance de cause",
        ], ["le recel est commis de façon habituelle", "la chose recelée est un véhicule à moteur",
            "la chose a été soustraite dans un lieu de culte", "l'auteur a déjà été condamné pour recel"]),
        ("Du recel de malfaiteur", [
            "de fournir à la personne auteur d'un crime un logement, un lieu de retraite ou des subsides afin de "
            "la soustraire aux recherches",
            "d'aider un évadé à se cacher ou à fuir en lui procurant des moyens de transport",
        ], ["la personne recelée est poursuivie pour meurtre",
            "l'aide se poursuit après un avis de recherche public", "l'auteur est un agent de police",
            "de fausses informations sont données aux enquêteurs"]),
        ("Des tromperies dans le commerce", [
            "de tromper le contractant sur la nature, l'origine ou la quantité de la marchandise vendue",
            "d'obtenir, par des manœuvres frauduleuses, la remise de marchandises sans en acquitter le prix",
        ], ["le préjudice excède cinquante mille euros", "les manœuvres visent des personnes âgées",
            "des poids ou mesures faux sont employés", "la tromperie est commise au moyen d'un site internet"]),
        ("Des sceaux contrefaits", [
            "de contrefaire le sceau d'une société ou d'un bureau des hypothèques",
            "de faire usage d'un sceau contrefait d'une société ou d'un timbre contrefait du registre foncier",
        ], ["le sceau est celui d'une juridiction ou d'un registre public", "l'auteur est un notaire",
            "un timbre contrefait d'un ministère est apposé", "plus de dix sceaux sont contrefaits"]),
        ("Des images pédopornographiques", [
            "de fixer, d'enregistrer, de diffuser ou de détenir l'image d'un mineur présentant un caractère "
            "pornographique",
            "de consulter habituellement un service de communication en ligne mettant à disposition de telles "
            "images",
        ], ["les images sont diffusées à un public non déterminé",
            "l'auteur exerce une fonction d'autorité dans un établissement scolaire",
            "les faits sont commis dans un but lucratif", "la collection dépasse cent images"]),
        ("Du financement du terrorisme", [
            "de fournir ou de réunir des fonds dans l'intention de les voir utilisés en vue de commettre un acte "
            "de terrorisme",
            "de mettre des biens ou des services financiers à la disposition d'une entité terroriste inscrite",
        ], ["les fonds excèdent un million d'euros", "l'auteur est employé d'un établissement de crédit",
            "les fonds sont collectés par une association", "l'acte financé a entraîné la mort"]),
        ("Des délits d'initié", [
            "de réaliser une opération sur titres en utilisant une information privilégiée obtenue dans "
            "l'exercice de sa profession",
            "de communiquer une information privilégiée à un tiers en dehors du cadre normal de ses fonctions",
        ], ["le profit réalisé excède cent mille euros", "l'auteur est dirigeant de l'émetteur",
            "l'information concerne une offre publique d'achat", "l'opération est réalisée par un prête-nom"]),
        ("Des obligations des transporteurs de marchandises", [
            "pour le capitaine d'un navire ou l'exploitant d'un aéronef, de ne pas remettre au service des "
            "douanes un manifeste exact de la cargaison",
            "pour un transporteur routier, de transporter des marchandises dangereuses sans la signalisation et "
            "les documents exigés par le règlement",
        ], ["la cargaison comprend des explosifs", "le manquement est réitéré dans l'année",
            "le manifeste est sciemment falsifié", "les marchandises sont déchargées avant dédouanement"]),
        ("Du trafic de stupéfiants", [
            "d'importer, d'exporter, de céder ou d'offrir des stupéfiants hors des cas autorisés par la loi",
            "de cultiver des plants de cannabis ou de cocaïer en vue de la vente",
        ], ["la quantité excède le seuil de détention personnelle",
            "la cession a lieu aux abords d'un établissement scolaire",
            "un mineur est employé comme convoyeur", "les faits sont commis dans un établissement pénitentiaire"]),
        ("Du trafic d'armes", [
            "de fabriquer, de vendre, d'acquérir ou de livrer des armes à feu, leurs éléments ou leurs munitions "
            "sans autorisation",
            "d'effacer, de modifier ou de supprimer le marquage d'une arme à feu",
        ], ["les armes sont automatiques", "plus de cinq armes sont en cause",
            "les armes sont livrées au-delà de la frontière", "l'auteur est un armurier agréé"]),
        ("De la facilitation d'un crime", [
            "de fournir sciemment les moyens, les locaux ou les renseignements facilitant la commission d'un vol "
            "à main armée",
            "de prêter un véhicule ou un outil en sachant qu'il servira à commettre un cambriolage",
        ], ["le crime facilité a été commis", "l'auteur est rémunéré pour son aide",
            "les locaux sont une habitation", "l'auteur est un salarié de la victime"]),
    ],
    "es": [
        ("Secuestro", [
            "detuviere o encerrare a otra persona mediante violencia o amenaza, exigiendo un rescate para ponerla "
            "en libertad",
            "sustrajere a una persona mediante engaño o amenaza contra un familiar, para obligar a un tercero a "
            "realizar un acto",
        ], ["la persona retenida sufriere lesiones", "la detención durare más de siete días",
            "se exhibiere un arma", "se hubiere pagado el rescate en todo o en parte"]),
        ("Transporte ilícito de mercancías", [
            "transportare o hiciere circular mercancías de exportación prohibida sin la licencia que exige la "
            "ley de aduanas",
            "cargare o descargare mercancías sujetas a derechos fuera de los recintos aduaneros habilitados",
        ], ["las mercancías se ocultaren en un doble fondo", "el valor de las mercancías excediere de diez mil "
            "unidades", "el hecho se cometiere de noche", "el vehículo hubiere sido modificado para eludir el "
            "control"]),
        ("Receptación", [
            "recibiere, ocultare o enajenare bienes a sabiendas de que provienen de un hurto o robo",
            "se aprovechare del producto de un robo con conocimiento de su origen",
        ], ["el culpable se dedicare habitualmente a estas actividades",
            "los bienes fueren vehículos de motor o sus piezas", "los bienes se sustrajeren de un templo",
            "el culpable hubiere sido condenado antes por receptación"]),
        ("Encubrimiento", [
            "ocultare o albergare al responsable de un delito, con el fin de impedir su detención",
            "proporcionare refugio o dinero a un evadido para ayudarle a eludir la acción de la justicia",
        ], ["el encubierto estuviere acusado de homicidio", "el auxilio continuare después de un aviso público",
            "el culpable fuere agente de policía", "se dieren informaciones falsas a los investigadores"]),
        ("Fraudes en el comercio", [
            "engañare al comprador sobre la naturaleza, el origen o la cantidad de la mercancía vendida",
            "obtuviere mercancías de un comerciante mediante engaño con ánimo de no pagar su precio",
        ], ["el perjuicio excediere de cincuenta mil unidades", "el engaño se dirigiere a personas mayores",
            "se emplearen pesas o medidas falsas", "el fraude se cometiere a través de un sitio web"]),
        ("Sellos imitados", [
            "imitare el sello de una sociedad o de un registro de la propiedad con el fin de hacerlo pasar por "
            "auténtico",
            "hiciere uso de un sello mercantil imitado o de un timbre imitado de un registro de la propiedad",
        ], ["el sello fuere el de un tribunal o de un registro público", "el culpable fuere notario",
            "se empleare un sello imitado de un ministerio", "se imitaren más de diez sellos"]),
        ("Pornografía infantil", [
            "produjere, distribuyere, ofreciere o poseyere material de pornografía infantil en cualquier soporte",
            "accediere a sabiendas, por medio de las tecnologías de la información, a imágenes sexuales de menores "
            "de dieciocho años",
        ], ["el material se difundiere al público", "el culpable ocupare un puesto de confianza en una escuela",
            "el material se produjere con ánimo de lucro", "la colección superare las cien imágenes"]),
        ("Financiación del terrorismo", [
            "proveyere o recolectare fondos por cualquier medio con la intención de que se utilicen para cometer "
            "un acto terrorista",
            "pusiere bienes o servicios financieros a disposición de una organización terrorista incluida en la "
            "lista oficial",
        ], ["los fondos excedieren de un millón de unidades", "el culpable fuere empleado de un banco",
            "los fondos se recaudaren por medio de una fundación", "el acto financiado causare la muerte"]),
        ("Uso de información privilegiada", [
            "operare con valores sobre la base de información privilegiada obtenida con ocasión de su empleo",
            "comunicare información privilegiada a un tercero fuera del ejercicio normal de su cargo",
        ], ["el beneficio obtenido excediere de cien mil unidades", "el culpable fuere administrador del emisor",
            "la información se refiriere a una oferta pública de adquisición",
            "la operación se realizare por medio de un testaferro"]),
        ("Deberes de los transportistas de mercancías", [
            "siendo capitán de un buque u operador de una aeronave, no entregare a la aduana un manifiesto veraz "
            "de la carga",
            "siendo transportista por carretera, transportare mercancías peligrosas sin la señalización y los "
            "documentos que exige el reglamento",
        ], ["la carga incluyere explosivos", "el incumplimiento se repitiere dentro del mismo año",
            "el manifiesto se falseare deliberadamente", "las mercancías se descargaren antes del despacho"]),
        ("Tráfico de drogas", [
            "importare, exportare, vendiere o suministrare drogas tóxicas o estupefacientes fuera de los casos "
            "autorizados",
            "cultivare plantas de cannabis o arbusto de coca con fines de venta",
        ], ["la cantidad fuere de notoria importancia", "la droga se suministrare en las inmediaciones de una "
            "escuela", "se utilizare a un menor como correo", "el hecho se cometiere en un centro penitenciario"]),
        ("Tráfico de armas", [
            "fabricare, vendiere, adquiriere o entregare armas de fuego, sus piezas o municiones sin licencia",
            "borrare, alterare o suprimiere el marcaje de un arma de fuego",
        ], ["las armas fueren automáticas", "se tratare de más de cinco armas",
            "las armas se entregaren al otro lado de la frontera", "el culpable fuere armero autorizado"]),
        ("Facilitación de delitos", [
            "proporcionare a sabiendas los medios, el local o la información que faciliten la comisión de un robo",
            "prestare un vehículo o una herramienta sabiendo que se utilizará para cometer un robo con fuerza",
        ], ["el delito facilitado llegare a cometerse", "el culpable recibiere pago por su ayuda",
            "el local fuere una vivienda", "el culpable fuere empleado de la víctima"]),
    ],
}

_ACTORS = {
    "en": ["Any person who", "Whoever", "A person who", "Every person who", "Any public officer who"],
    "fr": ["Le fait", "Est puni le fait,"],
    "es": ["El que", "Quien", "El funcionario público que", "El particular que"],
}

# Closing sentences that are neither offence nor penalty: definitions, procedure, forfeiture.
_CLOSERS = {
    "en": [
        "For the purposes of this section, \"goods\" includes money, securities and any movable property.",
        "The court may order the forfeiture of any vehicle, vessel or equipment used in the commission of the "
        "offence.",
        "A prosecution under this section shall not be instituted except with the consent of the Director of "
        "Public Prosecutions.",
        "Where an offence under this section is committed by a company, every director who consented to it "
        "shall be guilty of the like offence.",
        "It is a defence for the accused to prove that he or she took all reasonable precautions to avoid "
        "committing the offence.",
    ],
    "fr": [
        "Pour l'application du présent article, les marchandises s'entendent également des fonds et des titres.",
        "La juridiction peut ordonner la confiscation du véhicule, du navire ou du matériel ayant servi à "
        "commettre l'infraction.",
        "Les poursuites ne peuvent être engagées que sur plainte de l'administration intéressée.",
        "Les personnes morales déclarées responsables du délit prévu au présent article encourent l'amende "
        "prévue par le présent code.",
        "La tentative du délit prévu au premier alinéa est punie des mêmes peines.",
    ],
    "es": [
        "A los efectos de este artículo, se consideran mercancías también el dinero y los valores.",
        "El juez podrá acordar el comiso de los vehículos, buques o equipos utilizados en la comisión del "
        "delito.",
        "Sólo se procederá mediante denuncia de la administración perjudicada.",
        "Cuando el delito fuere cometido por una sociedad, se impondrá además la multa prevista en este Código.",
        "Quedará exento de pena quien denunciare el hecho antes de que se inicie el procedimiento.",
    ],
}

_BOOK = {"en": "BOOK {n}\nSPECIAL PART", "fr": "LIVRE {n}\nDES CRIMES ET DÉLITS", "es": "LIBRO {n}\nPARTE ESPECIAL"}
_PART = {"en": "PART {n}\nOFFENCES AGAINST {what}", "fr": "TITRE {n}\nDES ATTEINTES {what}",
         "es": "TÍTULO {n}\nDELITOS CONTRA {what}"}
_PART_WHAT = {
    "en": ["PROPERTY", "PUBLIC ORDER", "THE ECONOMY", "PUBLIC HEALTH", "PUBLIC SAFETY", "PERSONAL LIBERTY"],
    "fr": ["AUX BIENS", "À LA PAIX PUBLIQUE", "À L'ÉCONOMIE", "À LA SANTÉ PUBLIQUE", "À LA SÉCURITÉ PUBLIQUE",
           "À LA LIBERTÉ"],
    "es": ["EL PATRIMONIO", "EL ORDEN PÚBLICO", "EL ORDEN SOCIOECONÓMICO", "LA SALUD PÚBLICA",
           "LA SEGURIDAD COLECTIVA", "LA LIBERTAD"],
}
_CHAPTER = {"en": "CHAPTER {n}\n{title}", "fr": "CHAPITRE {n}\n{title}", "es": "CAPÍTULO {n}\n{title}"}
_TITLE = {"en": "PENAL CODE OF THE REPUBLIC OF VALDORIA", "fr": "CODE PÉNAL DE LA RÉPUBLIQUE DE VALDORIE",
          "es": "CÓDIGO PENAL DE LA REPÚBLICA DE VALDORIA"}
_EMBED_HEADING = {"en": "CHAPTER {n}A\nSPECIAL PROVISIONS", "fr": "CHAPITRE {n} BIS\nDISPOSITIONS PARTICULIÈRES",
                  "es": "CAPÍTULO {n} BIS\nDISPOSICIONES ESPECIALES"}


def _penalty(language: str, rng: random.Random) -> tuple[str, int]:
    """A penalty clause in the language's style, and its maximum in years."""
    low = rng.randint(1, 5)
    high = low + rng.randint(2, 8)
    if language == "en":
        return rng.choice([
            f"commits an offence and shall be liable on conviction to imprisonment for a term not exceeding "
            f"{_EN_NUM[high]} years",
            f"commits an offence and is liable to a fine or to imprisonment for a term not exceeding "
            f"{_EN_NUM[high]} years, or to both",
            f"shall be guilty of an offence and liable to imprisonment for not less than {_EN_NUM[low]} and not "
            f"more than {_EN_NUM[high]} years",
        ]), high
    if language == "fr":
        fine = rng.choice([15000, 30000, 45000, 75000, 150000])
        return f"est puni de {_FR_NUM[high]} ans d'emprisonnement et de {fine:,} euros d'amende".replace(
            ",", " "), high
    return rng.choice([
        f"será castigado con la pena de prisión de {_ES_NUM[low]} a {_ES_NUM[high]} años",
        f"será castigado con prisión de {_ES_NUM[low]} a {_ES_NUM[high]} años y multa de seis a doce meses",
    ]), high


def _basic(language: str, conduct: str, rng: random.Random) -> str:
    """The basic offence: actor, conduct, penalty."""
    penalty, _ = _penalty(language, rng)
    if language == "fr":
        return f"{_ACTORS['fr'][0]} {conduct} {penalty}."
    return f"{rng.choice(_ACTORS[language])} {conduct} {penalty}."


def _aggravation(language: str, circumstances: list[str], rng: random.Random) -> list[str]:
    """An aggravation paragraph with lettered points, one line each."""
    years = rng.randint(8, 15)
    if language == "en":
        head = (f"The maximum term of imprisonment for an offence under subsection (1) shall be "
                f"{_EN_NUM[years]} years where-")
    elif language == "fr":
        head = (f"Les peines sont portées à {_FR_NUM[years]} ans d'emprisonnement lorsque l'infraction est "
                f"commise dans l'une des circonstances suivantes :")
    else:
        head = (f"Se impondrá la pena de prisión de {_ES_NUM[years - 3]} a {_ES_NUM[years]} años cuando concurra "
                f"alguna de las circunstancias siguientes:")
    lines = [head]
    for index, item in enumerate(circumstances):
        last = index == len(circumstances) - 1
        if language == "en":
            end = "." if last else ("; or" if index == len(circumstances) - 2 else ";")
            lines.append(f"({chr(97 + index)}) {item}{end}")
        elif language == "fr":
            lines.append(f"{chr(97 + index)}) {item[0].upper()}{item[1:]}{'.' if last else ' ;'}")
        else:
            lines.append(f"{chr(97 + index)}) Que {item}{'.' if last else ';'}")
    return lines


def _article(language: str, number: int, topic: int, rng: random.Random) -> list[str]:
    """One article on the chapter's topic (mostly): its label line and subsections, ~1.1-1.3 KB."""
    topics = _TOPICS[language]
    # Real chapters stray from their heading now and then; so do ours.
    title, conducts, circumstances = topics[topic] if rng.random() < 0.7 else rng.choice(topics)
    if language == "en":
        lines = [f"Section {number}. {title}."]
    elif language == "fr":
        lines = [f"Article {number}", title]
    else:
        lines = [f"Artículo {number}. {title}."]
    paragraphs: list[list[str]] = [[_basic(language, conduct, rng)] for conduct in rng.sample(conducts, 2)]
    paragraphs.append(_aggravation(language, rng.sample(circumstances, rng.randint(3, 4)), rng))
    closers = rng.sample(_CLOSERS[language], len(_CLOSERS[language]))
    size = sum(len(line) + 1 for para in paragraphs for line in para) + len(lines[0])
    while size < 1120 and closers:
        closer = closers.pop()
        paragraphs.append([closer])
        size += len(closer) + 6
    for index, para in enumerate(paragraphs, start=1):
        if language == "en":
            lines.append(f"({index}) {para[0]}")
        elif language == "fr":
            # French codes number paragraphs "I. -", "II. -" in long articles; plain alinéas otherwise.
            lines.append(f"{_roman(index)}. - {para[0]}")
        else:
            lines.append(f"{index}. {para[0]}")
        lines.extend(para[1:])
    return lines


def decoy_code(articles: int = 600, language: str = "en", seed: int = 0) -> str:
    """A decoy special part of a fictional penal code: `articles` unrelated offences.

    Deterministic for the same arguments; about 1.1-1.3 KB per article.

    >>> code = decoy_code(3, "es", seed=1)
    >>> code.startswith("CÓDIGO PENAL")
    True
    >>> "Artículo 3." in code
    True
    >>> decoy_code(3, "es", seed=1) == code
    True
    """
    if language not in _TOPICS:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    rng = random.Random(f"{language}:{seed}")  # noqa: S311 - reproducible text, not secrets
    lines = [_TITLE[language], ""]
    book = part = chapter = topic = 0
    next_part = next_chapter = 1
    for number in range(1, articles + 1):
        if number == next_part:
            if part % 3 == 0:
                lines += [_BOOK[language].format(n=_ORDINAL[language][book % 10]), ""]
                book += 1
            part += 1
            what = _PART_WHAT[language][(part - 1) % len(_PART_WHAT[language])]
            lines += [_PART[language].format(n=_roman(part), what=what), ""]
            next_part += rng.randint(60, 90)
        if number == next_chapter:
            chapter += 1
            topic = rng.randrange(len(_TOPICS[language]))
            heading = _TOPICS[language][topic][0]
            lines += [_CHAPTER[language].format(n=_roman(chapter), title=heading.upper()), ""]
            next_chapter += rng.randint(12, 20)
        lines += _article(language, number, topic, rng)
        lines.append("")
    return "\n".join(lines)


_FRONT_MATTER = re.compile(r"^#\s*[A-Za-z][A-Za-z _-]{1,30}:")


def embed(law_text: str, code_text: str, at: float = 0.5, language: str = "en") -> str:
    """`law_text` inside `code_text`, at about fraction `at` of it, under a chapter heading of its own.

    The law is inserted before the chapter (or else article) heading of the code nearest to
    that point; nothing in the law is renumbered, and the code keeps its own numbers around it.

    >>> code = decoy_code(40, "en")
    >>> whole = embed("Section 1. Example offence.", code, at=0.5)
    >>> whole.count("Section 1. Example offence.")
    1
    >>> 0.3 < whole.index("Example offence") / len(whole) < 0.7
    True
    """
    if not 0.0 <= at <= 1.0:
        raise ValueError("at must lie between 0 and 1")
    lines = code_text.split("\n")
    target = int(len(code_text) * at)
    offsets, position = [], 0
    for line in lines:
        offsets.append(position)
        position += len(line) + 1
    chapter_words = ("CHAPTER ", "CHAPITRE ", "CAPÍTULO ")
    article_words = ("Section ", "Article ", "Artículo ")

    def nearest(words: tuple[str, ...]) -> int | None:
        starts = [i for i, line in enumerate(lines) if line.startswith(words)]
        return min(starts, key=lambda i: abs(offsets[i] - target)) if starts else None

    index = nearest(chapter_words)
    if index is None or abs(offsets[index] - target) > max(len(code_text) // 10, 20000):
        index = nearest(article_words)
    if index is None:
        index = len(lines)
    chapters_before = sum(1 for line in lines[:index] if line.startswith(chapter_words))
    heading = _EMBED_HEADING.get(language, _EMBED_HEADING["en"]).format(n=_roman(max(chapters_before, 1)))
    # A collected statute's "# key: value" front matter describes the file, not the code it is put in.
    body = law_text.split("\n")
    while body and _FRONT_MATTER.match(body[0]):
        body.pop(0)
    block = [heading, "", "\n".join(body).strip("\n"), ""]
    return "\n".join(lines[:index] + block + lines[index:])
