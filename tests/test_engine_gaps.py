"""Engine gaps found by the one-statute-per-term cases (issue 11 follow-up), each fixed as a drafting pattern.

Every row is (language, element id, term, statute, expected): invented variants of each gap worded another way,
and negative cases where the pattern must not fire. The gap's own statute is tested where it was found, in the
`FIXED_GAPS` table of tests/test_lexicon_cases_<language>.py. All statutes are invented for fictional States;
none is copied from a real law.
"""

from __future__ import annotations

import pytest
from test_match_cases import FOUND, MISSING, outcome, run

from assessor.legislation.reader import legislation_from_text

GAP_CASES: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ a child named only by an age (TIP-3-d)
    # The gap's rule (FIXED_GAPS: 'less than eighteen years old') is the child rule dispensing with means (TIP-3-c
    # express, not only functional).
    ("en", "TIP-3-c", "less than eighteen years", """
        Article 7 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by coercion or deception for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        2. Where the victim is a person less than eighteen years old, the offence is committed even if none of the \
           means in paragraph 1 was used.
        """, FOUND),
    # Variant: "who has not reached the age of eighteen" in an aggravation.
    ("en", "TIP-3-d", "has not reached the age of", """
        Section 12 Trafficking in persons
        (1) A person who recruits or harbours another person by deception for the purpose of forced labour commits \
            an offence and is liable to imprisonment for ten years.
        (2) Where the offence is committed against a person who has not reached the age of eighteen years, the \
            penalty is imprisonment for twenty years.
        """, FOUND),
    # Variant: "below the age of 18" in the no-means rule.
    ("en", "TIP-3-d", "below the age of", """
        Section 4 Trafficking in persons
        (1) Any person who transports or receives another person by force or fraud for the purpose of exploitation \
            commits an offence and is liable to imprisonment for twelve years.
        (2) Subsection (1) applies to a person below the age of 18 even if none of the means there mentioned was used.
        """, FOUND),
    # Variant: "aged under 18".
    ("en", "TIP-3-d", "aged under", """
        Section 21 Trafficking in persons
        (1) A person who recruits or transfers another person by threats for the purpose of sexual exploitation \
            commits an offence and is liable to imprisonment for ten years.
        (2) Where the person recruited is aged under 18, the penalty is imprisonment for eighteen years.
        """, FOUND),
    # Negative: an age "not less than eighteen years" that is a prison term, and no child rule at all.
    ("en", "TIP-3-d", "not less than eighteen years", """
        Section 5 Trafficking in persons
        (1) A person who recruits or harbours another person by coercion for the purpose of exploitation commits an \
            offence and is liable to imprisonment for not less than eighteen years.
        """, MISSING),
    # Negative: a person "less than sixteen years old" is a child of another age: not 18.
    ("en", "TIP-3-d", "less than sixteen years", """
        Article 7 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by coercion or deception for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        2. Where the victim is a person less than sixteen years old, the penalty is imprisonment for twenty years.
        """, MISSING),
    # Variant (fr): "âgée de moins de dix-huit ans" in a no-means rule.
    ("fr", "TIP-3-d", "âgée de moins de dix-huit ans", """
        Article 4 - Traite des personnes
        1. Quiconque recrute ou transfère une personne par la contrainte aux fins de son exploitation sexuelle est \
           puni de dix ans d'emprisonnement.
        2. Lorsque la victime est une personne âgée de moins de dix-huit ans, l'infraction est constituée même en \
           l'absence de contrainte.
        """, FOUND),
    # Variant (es): "que no haya cumplido dieciocho años".
    ("es", "TIP-3-d", "no haya cumplido dieciocho años", """
        Artículo 30. Trata de personas.
        1. El que, mediante engaño o violencia, capte o acoja a una persona con fines de explotación será castigado \
           con prisión de seis a doce años.
        2. La pena será de quince años de prisión cuando la víctima no haya cumplido dieciocho años.
        """, FOUND),
    # Negative (fr): "une personne âgée de dix-huit ans" is no child (the age is not a bound below which).
    ("fr", "TIP-3-d", "âgée de dix-huit ans", """
        Article 10 - Traite des personnes
        Quiconque recrute, transporte ou héberge une personne, par la menace ou la tromperie, aux fins de son \
            exploitation, commet l'infraction de traite des personnes et est puni de dix-huit ans de réclusion.
        """, MISSING),
    # Variant (en): "a child" in a separate no-means section that cites the offence.
    ("en", "TIP-3-d", "child", """
        Section 3 Trafficking in persons
        A person who recruits or harbours another person by force or deception for the purpose of exploitation \
        commits an offence and is liable to imprisonment for ten years.
        Section 9 Child victims
        Where the person recruited or harboured is a child, an offence under section 3 is committed even if none of \
        the means mentioned in that section was used.
        """, FOUND),
    # ------------------------------------------------------ means named only to be dispensed with (TIP-3-c)
    # The gap's waived means (FIXED_GAPS: 'irrespective of whether') are not required: no red flag of means
    # required for children.
    ("en", "RF.child_means_required", "irrespective of whether", """
        Section 9 Trafficking in children
        (1) A person who recruits, transports or receives a child for the purpose of exploitation commits trafficking \
            in persons, irrespective of whether any threat, force, deception or other means was used.
        (2) The penalty is imprisonment for twenty years.
        """, "not_raised"),
    # Variant: "regardless of whether force or coercion was used", for a minor, in a paragraph of its own.
    ("en", "TIP-3-c", "regardless of whether", """
        Article 14 Trafficking in persons
        1. Whoever recruits or harbours a person by force, coercion or deception for the purpose of forced labour \
           commits trafficking in persons and is liable to imprisonment for ten years.
        2. Whoever recruits or harbours a minor for the purpose of forced labour, regardless of whether force or \
           coercion was used, commits trafficking in persons and is liable to imprisonment for fifteen years.
        """, FOUND),
    # Negative: a child offence that does require means, with "whether" about something else (the consent).
    ("en", "TIP-3-c", "whether or not the child consented", """
        Section 9 Trafficking in children
        (1) A person who, by threat, force or deception, recruits, transports or receives a child for the purpose of \
            exploitation commits an offence, whether or not the child consented, and is liable to imprisonment for \
            twenty years.
        """, MISSING),
    # Variant (es): "independientemente de que se haya recurrido a la violencia o al engaño".
    ("es", "TIP-3-c", "independientemente de que", """
        Artículo 22. Trata de personas.
        1. El que, mediante engaño o intimidación, reclute o traslade a una persona con fines de explotación \
            laboral será castigado con prisión de cinco a diez años.
        2. Cuando la víctima sea niña, niño o adolescente, el delito se configura independientemente de que se \
            haya recurrido a la violencia o al engaño.
        """, FOUND),
    # Negative (es): "independientemente de" about the place, not the means: the means stay required.
    ("es", "TIP-3-c", "independientemente del lugar", """
        Artículo 22. Trata de personas.
        El que, mediante engaño o intimidación, reclute o traslade a un menor de edad con fines de explotación \
            laboral, independientemente del lugar de la explotación, será castigado con prisión de cinco a diez años.
        """, MISSING),
    # ----------------------------------------------------------- crossing a border as the movement (SOM-6-1-a)
    # Variant (fr): "le franchissement irrégulier de la frontière nationale par un étranger".
    ("fr", "SOM-6-1-a", "franchissement irrégulier", """
        Article 41
        Quiconque facilite, contre rémunération, le franchissement irrégulier de la frontière nationale par un \
            étranger est puni de cinq ans d'emprisonnement.
        """, FOUND),
    # Variant (en): "facilitates the crossing of the frontier of the State by a non-national".
    ("en", "SOM-6-1-a", "facilitates the crossing", """
        Section 77 Border offences
        A person who, for payment, facilitates the crossing of the frontier of the State by a non-national without \
        the documents the law requires commits an offence and is liable to imprisonment for seven years.
        """, FOUND),
    # Negative (es): the passage of goods across the border is customs law.
    ("es", "SOM-6-1-a", "paso de mercancías", """
        Artículo 280. Frontera.
        Quien, con ánimo de lucro, facilite el paso de mercancías por la frontera sin declararlas será sancionado \
            con prisión de uno a tres años.
        """, MISSING),
    # Negative (es): official mail passed to another State is no person's movement.
    ("es", "SOM-6-1-a", "paso de la correspondencia", """
        Artículo 12. Funcionarios.
        El funcionario que facilite el paso de la correspondencia oficial a otro Estado sin autorización será \
            sancionado con multa.
        """, MISSING),
    # ------------------------------------------------- illegality of a stay worded as a lack of right (SOM-6-1-c)
    # Variant: enabling the stay of "a foreigner who has no right to reside".
    ("en", "SOM-6-1-c", "has no right to reside", """
        Section 31 Harbouring
        A person who, for gain, enables a foreigner who has no right to reside in the Republic to stay there commits \
        an offence and is liable to imprisonment for four years.
        """, FOUND),
    # Variant (fr): helping "un étranger qui n'a pas le droit de séjourner" to remain.
    ("fr", "SOM-6-1-c", "n'a pas le droit de séjourner", """
        Article 33
        Quiconque, moyennant rémunération, aide un étranger qui n'a pas le droit de séjourner sur le territoire à \
            s'y maintenir est puni de trois ans d'emprisonnement.
        """, FOUND),
    # Negative: the non-national's own overstay is no offence of enabling another's stay.
    ("en", "SOM-6-1-c", "has no right to reside", """
        Section 40 Overstaying
        A non-national who has no right to reside in the State and remains there after the expiry of the period \
        allowed commits an offence and is liable to a fine.
        """, MISSING),
    # ----------------------------------------------------- no term matched across a clause boundary (matcher)
    # The gap's statute (FIXED_GAPS: 'shelters ... by the use of coercion, for the purpose of forced labour') reads
    # no use-of-services offence.
    ("en", "GP.use_of_services", "use of coercion, for the purpose of forced labour", """
        Article 18. Trafficking in persons
        Whoever shelters a person, by the use of coercion, for the purpose of forced labour shall be punished for \
        trafficking in persons with imprisonment of five to ten years.
        """, MISSING),
    # Variant (es): "mediante el uso de la fuerza, con fines de ..." keeps its act too.
    ("es", "TIP-3-a.act.harbouring", "acoja", """
        Artículo 18. Trata de personas.
        El que acoja a una persona, mediante el uso de la intimidación, con fines de trabajos forzados será \
            castigado por trata de personas con prisión de cinco a diez años.
        """, FOUND),
    # A pair of commas sets off an incise, which a term steps over: "the direct consequence of being, or having
    # once been, a victim" is the non-punishment term "direct consequence of being a victim".
    ("en", "GP.non_punishment", "direct consequence of being a victim", """
        Section 45 Victims who commit offences
        (1) No penalty attaches to an offence committed by a person when the conduct is the direct consequence of \
            being, or having once been, a victim of trafficking in persons.
        """, FOUND),
    # Negative: the same words in one clause are the use-of-services offence.
    ("en", "GP.use_of_services", "use of forced labour", """
        Section 30 Use of forced labour
        A person who knowingly makes use of forced labour extracted from a victim of trafficking commits an \
        offence and is liable to imprisonment for five years.
        """, FOUND),
    # A list inside the waiver ("whether or not by force, deception or any other means") is no boundary for the
    # clause-level reading of the no-means child rule.
    ("en", "TIP-3-c", "whether or not by force", """
        Article 13 Trafficking in children
        (1) Any person who recruits or receives a child for the purpose of exploitation, whether or not by force, \
            deception or any other means, commits trafficking in children, punishable by imprisonment for fifteen \
            years.
        """, FOUND),
    # ---------------------------------------------- an article's heading read with its body (SOM-11-3, SOM-11-4)
    # Variant (es): the heading "Sanción al transportista", the fine in the body on "la empresa de transporte".
    ("es", "SOM-11-4", "sanción al transportista", """
        Artículo 61. Sanción al transportista.
        La empresa de transporte aéreo o marítimo que traslade al país a un pasajero sin el pasaporte o el visado \
            exigidos pagará una multa de mil unidades por cada pasajero.
        """, FOUND),
    # Variant (en): the duty in the body, no term anywhere ("shall verify ... travel documents" of an airline).
    ("en", "SOM-11-3", "shall ensure ... travel documents", """
        Section 12 Duties of airlines
        An airline that flies persons to the State shall ascertain, before boarding, that every passenger holds the \
        travel documents required for entry.
        """, FOUND),
    # Negative: the heading alone; the body states no duty to check documents.
    ("en", "SOM-11-3", "carrier obligations heading only", """
        Section 238 Carrier obligations
        This Part applies to every carrier registered in the State.
        """, MISSING),
    # Negative (fr): the heading alone; the body sets no sanction on a carrier.
    ("fr", "SOM-11-4", "sanction du transporteur heading only", """
        Article 31 - Sanction du transporteur
        Un décret précise les modalités d'application du présent chapitre.
        """, MISSING),
    # A heading never makes an offence: "Trafficking in persons" over an article that creates none.
    ("en", "TIP-5-1", "heading over no offence", """
        Section 3 Trafficking in persons
        The Minister shall publish each year a report on the measures taken against the recruitment of persons for \
        exploitation.
        """, MISSING),
    # ------------------------------------------------------------ a defence worded "not guilty" (non-punishment)
    # Variant (fr): "n'est pas coupable des infractions ... contrainte".
    ("fr", "GP.non_punishment", "n'est pas coupable", """
        Article 19 - Victimes contraintes
        La victime de la traite des personnes n'est pas coupable des infractions qu'elle a commises parce qu'elle y \
            a été contrainte par les trafiquants.
        """, FOUND),
    # Variant (es): "no será considerada culpable ... como consecuencia directa".
    ("es", "GP.non_punishment", "no será considerada culpable", """
        Artículo 19. Víctimas.
        La víctima de trata de personas no será considerada culpable de los delitos que haya cometido como \
            consecuencia directa de la trata.
        """, FOUND),
    # Negative: "pleads not guilty" is a plea, not a defence for victims.
    ("en", "GP.non_punishment", "pleads not guilty", """
        Section 11 Trafficking in persons
        (1) A person who recruits a person by force for the purpose of forced labour is guilty of an offence and \
            liable to imprisonment for ten years.
        (2) Where the accused pleads not guilty, the court shall hear the victim before sentence.
        """, MISSING),
    # ------------------------------------ penalties "prévues à l'article N" raised on a condition (SOM-6-3-a)
    # Variant (en): "The penalties under section 20 are doubled where ...".
    ("en", "SOM-6-3-a", "endangers the life", """
        Section 20 Smuggling of migrants
        A person who, for a financial benefit, facilitates the illegal entry of a non-national into the State \
        commits an offence and is liable to imprisonment for ten years.
        Section 28 Endangering migrants
        The penalties under section 20 are doubled where the conduct endangers the life or safety of the migrants.
        """, FOUND),
    # Variant (es): "Las penas previstas en el artículo 20 se duplicarán cuando ...".
    ("es", "SOM-6-3-a", "ponga en peligro la vida", """
        Artículo 20. Tráfico ilícito de migrantes.
        El que, con ánimo de lucro, facilite la entrada ilegal de una persona extranjera al país será sancionado \
            con prisión de cuatro a ocho años.
        Artículo 28. Agravación.
        Las penas previstas en el artículo 20 se duplicarán cuando se ponga en peligro la vida de los migrantes.
        """, FOUND),
    # The penalties raised in terms, tied to the trafficking offence, are an aggravating circumstance (a heading
    # above the article, not in its text).
    ("en", "GP.aggravating_circumstances", "penalty ... is doubled where", """
        Trafficking
        3. (1) Any person who recruits or harbours another person by threats or deception for the purpose of \
            exploitation commits an offence and is liable to imprisonment for fifteen years.
        Higher penalties
        5. (1) The penalty for an offence under section 3 is doubled where the offence endangers the life of the \
            victim.
        """, FOUND),
    # Negative (fr): the same wording raising the penalties of another offence (dangerous goods) is not tied.
    ("fr", "SOM-6-3-a", "peines prévues à l'article 39", """
        Article 20 - Trafic illicite de migrants
        Quiconque, afin d'en tirer un avantage financier ou matériel, procure l'entrée irrégulière d'un étranger \
            sur le territoire est puni de dix ans d'emprisonnement.
        Article 39
        Quiconque transporte des marchandises dangereuses sans autorisation est puni d'une amende.
        Article 40
        Les peines prévues à l'article 39 sont doublées lorsque les faits mettent en danger la vie ou la sécurité \
            des personnes.
        """, MISSING),
    # ----------------------------------------- a victim described as trafficked, not called so (GP.use_of_services)
    # Variant (es): "una persona ... que ha sido objeto de trata de personas".
    ("es", "GP.use_of_services", "utilice los servicios", """
        Artículo 53. Uso de servicios.
        Será sancionado con prisión de dos a cinco años quien utilice los servicios de una persona a sabiendas de \
            que ha sido objeto de trata de personas.
        """, FOUND),
    # Negative (fr): using a minor's services for another purpose names no victim of trafficking.
    ("fr", "GP.use_of_services", "recourt aux services d'une personne mineure", """
        Article 54
        Est puni d'une amende quiconque recourt aux services d'une personne mineure pour la vente de boissons \
            alcoolisées.
        """, MISSING),
    # ------------------------------------- one act by a means for exploitation, unnamed, is trafficking (TIP-5-1)
    # The gap (es): "El que, mediante engaño, capte a una persona con fines de explotación sexual será castigado".
    ("es", "TIP-5-1", "capte ... mediante engaño ... con fines de explotación", """
        Artículo 31.
        El que, mediante engaño, capte a una persona con fines de explotación sexual será castigado con prisión de \
            cinco a diez años.
        """, FOUND),
    # Variant (fr): "Quiconque, par la contrainte, héberge une personne aux fins de la soumettre au travail forcé".
    ("fr", "TIP-5-1", "héberge ... par la contrainte ... aux fins de", """
        Article 12
        Quiconque, par la contrainte, héberge une personne aux fins de la soumettre au travail forcé est puni de \
            dix ans d'emprisonnement.
        """, FOUND),
    # Variant (en): "by threats, harbours another person for the purpose of forced labour".
    ("en", "TIP-3-a.act.harbouring", "by threats, harbours ... for the purpose of", """
        Section 14
        A person who, by threats, harbours another person for the purpose of forced labour commits an offence and is \
        liable to imprisonment for ten years.
        """, FOUND),
    # Negative (es): one act by violence with no purpose of exploitation is another offence (a forced removal).
    ("es", "TIP-5-1", "traslade ... mediante violencia", """
        Artículo 31.
        El que, mediante violencia, traslade a una persona de un lugar a otro será castigado con prisión de dos a \
            cinco años.
        """, MISSING),
    # Negative (fr): exploitation as the offence's subject, not the aim of its act ("L'exploitation d'une personne
    # tenue en servitude est le fait de la séquestrer"), is no trafficking offence.
    ("fr", "TIP-5-1", "l'exploitation ... est le fait de la séquestrer", """
        Article 12
        L'exploitation d'une personne tenue en servitude est le fait de la séquestrer par la menace. Elle est \
            punie de vingt ans de réclusion.
        """, MISSING),
    # --------------------------------------------------- ordinal indicators after a label's number (the reader)
    # The gap (es): "Sección 3.ª Trata de personas" is the division of trafficking (its heading read whole), and
    # "Artículo 5.º" the article 5 under it; a one-act offence there is read as trafficking by its chapter.
    ("es", "TIP-3-a.act.recruitment", "Sección 3.ª", """
        Sección 3.ª Trata de personas
        Artículo 5.º
        1. El que capte a una persona mediante engaño con fines de explotación sexual será castigado con prisión \
            de cinco a diez años.
        """, FOUND),
]


@pytest.mark.parametrize(("language", "element_id", "term", "text", "expected"),
                         [pytest.param(*case, id=f"{case[0]}:{case[1]}:{case[2]}:{case[4]}") for case in GAP_CASES])
def test_gap_case(language: str, element_id: str, term: str, text: str, expected: str) -> None:
    assert outcome(run(text, language), element_id) == expected


# Labels with an ordinal indicator: (language, line as written, citation, heading).
ORDINAL_LABELS: list[tuple[str, str, str, str]] = [
    # The gap: "3.ª" is the section's number, "Trata de personas" its whole heading.
    ("es", "Sección 3.ª Trata de personas\nArtículo 1\nTexto del artículo uno.", "Sección 3", "Trata de personas"),
    # "Capítulo 2.º" the same.
    ("es", "Capítulo 2.º De los delitos\nArtículo 1\nTexto del artículo uno.", "Capítulo 2", "De los delitos"),
    # "Artículo 5.º" is article 5, with no stray "º" in its text.
    ("es", "Artículo 5.º Trata de personas.\nTexto del artículo cinco.", "art. 5", ""),
    # "Art. 1°" and "Artículo 8º" as before.
    ("es", "Art. 1° Objeto.\nTexto del artículo uno.", "art. 1", ""),
    # "Capítulo II bis" keeps its suffix.
    ("es", "Capítulo II bis. De la trata\nArtículo 1\nTexto del artículo uno.", "Capítulo II bis", "De la trata"),
]


@pytest.mark.parametrize(("language", "text", "citation", "heading"), ORDINAL_LABELS,
                         ids=[c[1].split("\n")[0] for c in ORDINAL_LABELS])
def test_ordinal_indicator_belongs_to_the_number(language: str, text: str, citation: str, heading: str) -> None:
    first = legislation_from_text(text, "law.txt", language).provisions[0]
    assert (first.citation, first.heading or "") == (citation, heading)
    assert not first.text.startswith(("º", "ª", "°"))


def test_ids_are_distinct() -> None:
    ids = [(c[0], c[1], c[2], c[4]) for c in GAP_CASES]
    assert len(ids) == len(set(ids))
