"""Invented statutes of fictional States, each drafted in the layout conventions of another
legislative tradition, for the metamorphic tests (`tests/test_metamorphic.py`).

Every sentence is made up; the States (Tarrow, Lannagh, Kaluzi, Belmonde, Almazane, Santaluz,
Valcamar, Nyaranda, Suravati, Marcadena, Vaudrenne, Ortegal, Kervalle) do not exist. Each law carries
the same legal content as the three original invented laws: a trafficking offence with its acts, means
and purposes, consent, a child clause, aggravations, attempt or complicity, a smuggling offence, victim
protection and confiscation.
What differs is the layout: how articles are numbered and headed, where definitions and notes
sit, what surrounds the law.

`EXPECTED` gives, for each law, a few key elements and their status in the unperturbed reading.
"""

from __future__ import annotations

# A federal criminal code in the Canadian manner: decimal-like section numbers, marginal notes
# as heading lines of their own, "(2)" subsections under a note, "indictable offence" penalties.
TARROW_EN = """CRIMINAL CODE OF THE DOMINION OF TARROW
(Consolidated extract)

PART IX.1
Trafficking in Persons and Smuggling of Migrants

Definitions
412.01 The following definitions apply in this Part.
child means a person under the age of eighteen years.
exploitation includes sexual exploitation, the prostitution of others, forced labour or services, \
slavery, servitude and the removal of organs.

Trafficking in persons
412.02 (1) Every person who recruits, transports, transfers, harbours or receives another person by the \
use of force, threats, deception or the abuse of a position of power, intending that the person be \
exploited, is guilty of an indictable offence and liable to a maximum of sixteen years' imprisonment.

Consent
(2) No consent to the conduct described in subsection (1) is valid if any of the means described in \
that subsection was used.

Child victims
412.03 Every person who recruits, transports, harbours or receives a child for the purpose of \
exploitation is guilty of an indictable offence and liable to a maximum of twenty years' \
imprisonment, whether or not any means described in subsection 412.02(1) was used.

Aggravating circumstances
412.04 A court that imposes a sentence for an offence under section 412.02 or 412.03 shall treat as an \
aggravating circumstance the fact that
(a) the offence endangered the life of the victim;
(b) the offender was a public officer acting in that capacity; or
(c) the offence was committed for the benefit of a criminal organization.

Attempt and participation
412.05 Every person who attempts to commit, or who counsels or aids another person to commit, an \
offence under this Part is guilty of an indictable offence and liable to the punishment of the principal.

Smuggling of migrants
412.06 (1) Every person who, in order to obtain a financial or other material benefit, organizes or \
facilitates the illegal entry into Tarrow of a person who is neither a citizen nor a permanent \
resident is guilty of an indictable offence and liable to a maximum of ten years' imprisonment.

Travel documents
(2) Every person who makes or provides a fraudulent travel document in order to enable an offence \
under subsection (1) is guilty of an indictable offence and liable to a maximum of five years' imprisonment.

Immunity of victims
412.07 No victim of an offence under section 412.02 or 412.03 shall be prosecuted for an offence \
committed as a direct consequence of having been trafficked.

Forfeiture
412.08 On the conviction of a person for an offence under this Part, the court shall order the \
forfeiture of any property obtained from the offence or used in its commission.
"""

# An Act in the Irish manner: "Number 14 of 2029", an arrangement of sections, headings above
# "3.—(1)" sections, an explanatory note in a schedule and a commencement order ("S.I. No.")
# numbered from 1 again at the end of the file.
LANNAGH_EN = """Number 14 of 2029

EXPLOITATION AND UNLAWFUL ENTRY (OFFENCES) ACT 2029

ARRANGEMENT OF SECTIONS

Section
1. Short title and commencement.
2. Interpretation.
3. Trafficking of adults.
4. Trafficking of children.
5. Smuggling of migrants.
6. Attempts and aiding.
7. Aggravation.
8. Protection of victims.
9. Forfeiture.

SCHEDULE
Explanatory note

AN ACT TO CREATE OFFENCES OF TRAFFICKING IN HUMAN BEINGS AND OF SMUGGLING MIGRANTS INTO LANNAGH, AND TO \
PROVIDE FOR RELATED MATTERS. [12th May, 2029]

Be it enacted by the Assembly of Lannagh as follows:

Short title and commencement.
1.—(1) This Act may be cited as the Exploitation and Unlawful Entry (Offences) Act 2029.
(2) This Act comes into operation on such day as the Minister for Justice may appoint by order.

Interpretation.
2.—In this Act—
"child" means a person who has not attained the age of 18 years;
"exploitation" means—
(a) sexual exploitation, including the exploitation of the prostitution of others,
(b) forced labour or services,
(c) slavery, servitude or practices similar to slavery, or
(d) the removal of an organ;
"trafficks", in relation to a person, means recruits, transports, transfers, harbours or receives the person.

Trafficking of adults.
3.—(1) A person who trafficks another person for the purpose of that person's exploitation and who, in \
doing so, uses threats, force, abduction, fraud, deception or the abuse of a position of vulnerability, \
shall be guilty of an offence.
(2) The consent of the trafficked person to the intended exploitation shall be of no effect where any of \
the means referred to in subsection (1) has been used.
(3) A person convicted on indictment of an offence under this section is liable to imprisonment for life \
or a lesser term.

Trafficking of children.
4.—(1) A person who trafficks a child for the purpose of the child's exploitation shall be guilty of an \
offence, whether or not any of the means referred to in section 3(1) has been used.
(2) A person convicted on indictment of an offence under this section is liable to imprisonment for life.

Smuggling of migrants.
5.—(1) A person who, for a financial or other material benefit, facilitates the entry into the State of \
a person who is not a national of the State, in breach of the law of the State on entry, shall be guilty \
of an offence.
(2) A person convicted on indictment of an offence under this section is liable to imprisonment for up to \
10 years.

Attempts and aiding.
6.—A person who attempts an offence under section 3, 4 or 5, or who aids, abets or counsels another in \
committing it, shall be guilty of an offence and liable to the penalty for the offence concerned.

Aggravation.
7.—Where a court is determining the sentence for an offence under section 3, 4 or 5, it shall treat as \
an aggravating factor the fact that—
(a) the offence endangered the life of the victim, or
(b) the offence was committed by a member of an organised criminal group.

Protection of victims.
8.—(1) A person shall not be prosecuted for an offence that the person was compelled to commit as a \
direct consequence of being a victim of an offence under section 3 or 4.
(2) The court may direct that the identity of a victim be not disclosed in any report of the proceedings.

Forfeiture.
9.—Where a person is convicted of an offence under this Act, the court may order that any property \
derived from the offence, or used to commit it, be forfeited to the State.

SCHEDULE

Explanatory Note
(This note is not part of the Act and does not purport to be a legal interpretation.)
This Act creates offences of trafficking in adults and in children and of smuggling migrants.

S.I. No. 233 of 2029
EXPLOITATION AND UNLAWFUL ENTRY (OFFENCES) ACT 2029 (COMMENCEMENT) ORDER 2029
1. This Order may be cited as the Exploitation and Unlawful Entry (Offences) Act 2029 (Commencement) \
Order 2029.
2. The first day of July 2029 is appointed as the day on which the Act comes into operation.
"""

# An Act in the South African manner: an arrangement of sections by chapter, "CHAPTER 2" above
# "OFFENCES" above the section's heading above "2. (1) Any person who", and definitions with
# each defined term on a line of its own.
KALUZI_EN = """REPUBLIC OF KALUZI

PREVENTION OF HUMAN TRAFFICKING AND MIGRANT SMUGGLING ACT, 2030

ACT
To criminalise trafficking in persons and the smuggling of migrants; to protect the victims; and to \
provide for matters connected therewith.

ARRANGEMENT OF SECTIONS
CHAPTER 1
DEFINITIONS
1. Definitions
CHAPTER 2
OFFENCES
2. Trafficking in persons
3. Child trafficking
4. Smuggling of migrants
5. Attempt, incitement and conspiracy
6. Penalties and aggravating factors
CHAPTER 3
PROTECTION OF VICTIMS AND FORFEITURE
7. Victims not liable
8. Forfeiture of property

BE IT ENACTED by the Parliament of the Republic of Kaluzi, as follows:—

CHAPTER 1
DEFINITIONS

Definitions
1. In this Act, unless the context indicates otherwise—
"child"
means a person below 18 years of age;
"exploitation"
includes—
(a) all forms of slavery or practices similar to slavery;
(b) servitude;
(c) forced labour;
(d) sexual exploitation or the prostitution of another person; and
(e) the removal of body parts;
"smuggles"
means procures, for a financial or other material benefit, the unlawful entry of a person into the \
Republic.

CHAPTER 2
OFFENCES

Trafficking in persons
2. (1) Any person who harbours, recruits, receives, transfers or transports another person by means of—
(a) a threat of harm or the use of force;
(b) abduction, fraud or deception; or
(c) the abuse of vulnerability,
for the purpose of exploitation, is guilty of an offence.
(2) The consent of a victim of trafficking to the intended exploitation is not a defence where any of the \
means referred to in subsection (1) has been used.

Child trafficking
3. Any person who recruits, transports, harbours or receives a child for the purpose of exploitation is \
guilty of an offence, and it is not necessary to prove that any means referred to in section 2(1) was used.

Smuggling of migrants
4. Any person who smuggles another person into the Republic is guilty of an offence.

Attempt, incitement and conspiracy
5. Any person who attempts, conspires with another person or incites any other person to commit an \
offence referred to in this Chapter, or who aids or abets such an offence, is guilty of an offence.

Penalties and aggravating factors
6. (1) A person convicted of an offence under section 2 or 3 is liable to imprisonment for life, and of \
an offence under section 4 or 5 to a fine or to imprisonment for a period not exceeding 15 years.
(2) A court imposing a sentence must regard as aggravating the fact that—
(a) the victim was seriously injured or died; or
(b) the offence was committed by an organised criminal group.

CHAPTER 3
PROTECTION OF VICTIMS AND FORFEITURE

Victims not liable
7. A victim of trafficking is not liable to stand trial for any offence which was committed as a direct \
result of being trafficked.

Forfeiture of property
8. A court convicting a person of an offence under this Act must declare forfeit to the State any \
property used for, or obtained from, the commission of the offence.
"""

# A penal code in the Luxembourg and Belgian manner: "Chapitre VI-1. –" and "Section I.–"
# divisions, "Art. 382-1." alone on its line, "1°, 2°" points and "(Loi du ...)" notes.
BELMONDE_FR = """PRINCIPAUTÉ DE BELMONDE
CODE PÉNAL
(extraits, texte coordonné)

LIVRE II. – DES INFRACTIONS ET DE LEUR RÉPRESSION EN PARTICULIER

Chapitre VI-1. – De la traite des êtres humains et du trafic illicite de migrants

Section I.– De la traite des êtres humains

Art. 382-1.
(Loi du 13 mars 2031)
Constitue l'infraction de traite des êtres humains le fait d'héberger, de recruter, de convoyer ou de \
recevoir une personne, ou de la transférer, en recourant à la menace, à la force, à l'enlèvement, à la \
fraude ou à la tromperie, en vue :
1° de son exploitation sexuelle, notamment par la prostitution ;
2° de l'astreindre à la servitude, à l'esclavage ou au travail forcé ;
3° du prélèvement de ses organes.
L'infraction est punie de la réclusion de cinq à dix ans.

Art. 382-2.
Le consentement de la victime est sans effet dès lors que l'un des moyens de l'article 382-1 a été \
utilisé.
À l'égard d'un mineur, l'infraction existe sans qu'aucun de ces moyens soit requis.

Art. 382-3.
(Loi du 2 avril 2034)
La peine est la réclusion de dix à quinze ans lorsque l'infraction visée à l'article 382-1 :
1° a pour auteur un agent public agissant en cette qualité ;
2° a exposé la victime à un danger de mort ;
3° relève de l'activité d'une association de malfaiteurs.

Art. 382-4.
Qui tente l'une des infractions de la présente section encourt les peines de l'infraction achevée.

Section II.– Du trafic illicite de migrants

Art. 382-5.
Est puni d'un emprisonnement d'un à cinq ans quiconque facilite, contre un avantage financier ou \
matériel, l'entrée irrégulière d'un étranger dans la Principauté.

Art. 382-6.
Nulle poursuite ne vise la personne traitée pour une infraction que ses exploiteurs lui ont imposée.

Art. 382-7.
Le juge prononce dans tous les cas la confiscation des choses qui ont servi aux infractions du présent \
chapitre et de ce qu'elles ont rapporté.
"""

# An amending law in the Moroccan manner: "Article premier" completes the penal code with quoted
# "Article 471-1 :" articles, "1-", "2-" points, "Chapitre II" for the law's own provisions.
ALMAZANE_FR = """ROYAUME D'ALMAZANE

Loi n° 19-31 portant répression de la traite des personnes et du trafic de migrants

Chapitre premier
Dispositions complétant le code pénal

Article premier
Le code pénal est complété par les articles suivants :

« Article 471-1 : La traite des êtres humains consiste à recruter ou déplacer une personne, à \
l'héberger ou à la recevoir, en usant de menaces, de violence, \
d'enlèvement, de fraude ou de tromperie, aux fins de l'exploiter.
L'exploitation comprend :
1- le fait de tirer profit de la prostitution ou de toute exploitation sexuelle d'autrui ;
2- l'asservissement, la servitude et le travail forcé ;
3- le prélèvement d'organes.
Pour un enfant âgé de moins de dix-huit ans, aucun des moyens ci-dessus n'est exigé.

« Article 471-2 : L'auteur de la traite des êtres humains encourt la réclusion de dix à vingt ans.
Le consentement de la victime est indifférent lorsqu'un moyen visé à l'article 471-1 a servi.

« Article 471-3 : La réclusion encourue est de vingt à trente ans si :
1- la vie de la victime a été exposée à un danger ;
2- un groupe criminel organisé y a pris part ;
3- la victime est un enfant.

« Article 471-4 : La tentative des infractions des articles 471-1 à 471-3 est punie des peines prévues \
pour l'infraction consommée.

« Article 471-5 : Aucune poursuite n'est exercée contre la victime de la traite pour les actes \
qu'on l'a forcée à accomplir. »

Chapitre II
Dispositions relatives au trafic de migrants

Article 2
Est puni de l'emprisonnement de deux à cinq ans quiconque facilite, pour en retirer un avantage \
financier ou matériel, l'entrée irrégulière d'une personne dans le Royaume.

Article 3
Le tribunal confisque au profit de l'État les biens qui ont permis les infractions de la présente loi \
et les gains qu'elles ont procurés.
"""

# A penal code in the Colombian manner: "Artículo 210A. Trata de personas." with the name inline,
# a heading in capitals ("ARTÍCULO 210B. CIRCUNSTANCIAS ..."), a "Parágrafo" and notes in
# parentheses on the amendments.
SANTALUZ_ES = """REPÚBLICA DE SANTALUZ
CÓDIGO PENAL
(Ley 720 de 2031)

LIBRO SEGUNDO
PARTE ESPECIAL

TÍTULO III
DELITOS CONTRA LA LIBERTAD INDIVIDUAL Y OTRAS GARANTÍAS

CAPÍTULO V
DE LA TRATA DE PERSONAS Y EL TRÁFICO DE MIGRANTES

Artículo 210A. Trata de personas. El que, por medio de amenaza, fuerza, engaño o abuso de una situación \
de vulnerabilidad, capte, traslade, acoja o reciba a otra persona con fines de explotación, incurrirá en \
prisión de catorce a veintidós años y multa.
Para efectos de este artículo se entiende por explotación la explotación sexual, el trabajo forzado, la \
esclavitud, la servidumbre y la extracción de órganos.
El consentimiento que preste la víctima no excluye la responsabilidad penal del autor.
(Artículo adicionado por el artículo 3 de la Ley 912 de 2033)

ARTÍCULO 210B. CIRCUNSTANCIAS DE AGRAVACIÓN PUNITIVA. Las penas previstas en el artículo anterior se \
aumentarán de una tercera parte a la mitad cuando:
1. Se ponga en peligro la vida de la víctima.
2. El autor sea servidor público.
3. La conducta se cometa por una organización criminal.
Parágrafo. Cuando la víctima sea menor de dieciocho años, la conducta será punible aunque no se haya \
empleado ninguno de los medios descritos en el artículo 210A.

Artículo 210C. Tentativa y complicidad. La tentativa y la complicidad en los delitos de este capítulo \
serán sancionadas conforme a las reglas generales de este código.

Artículo 210D. Tráfico de migrantes. El que promueva, facilite o financie la entrada ilegal de una \
persona al territorio nacional con el fin de obtener un provecho económico, incurrirá en prisión de seis \
a diez años.
La misma pena se impondrá al que suministre documentos de viaje falsos para tal fin.
(Inciso modificado por el artículo 5 de la Ley 1044 de 2035)

Artículo 210E. Protección de las víctimas. Las víctimas de trata no serán sancionadas por los delitos \
que hayan cometido como consecuencia directa de su situación.

Artículo 210F. Comiso. Los bienes utilizados para cometer los delitos de este capítulo o provenientes \
de ellos serán objeto de comiso.
"""

# A penal code in the Peruvian manner: "Artículo 166.- Trata de personas" with the name on the
# label line and numbered paragraphs below, "Artículo 166-A.-" inserted articles, "(*)" notes on
# the amendments and "Concordancias:" lists.
VALCAMAR_ES = """REPÚBLICA DE VALCAMAR
CÓDIGO PENAL
(Texto concordado, extracto)

CAPÍTULO I
VIOLACIÓN DE LA LIBERTAD PERSONAL

Artículo 166.- Trata de personas
1. El que acoge, capta, recibe, transporta o traslada a una persona valiéndose de violencia, amenaza, \
engaño o abuso de poder, con fines de explotación, será reprimido con prisión de nueve a dieciséis años.
2. Para efectos del inciso 1, los fines de explotación comprenden la servidumbre, la esclavitud, la \
extracción de órganos, el trabajo forzoso y la explotación sexual.
3. Cuando la víctima es menor de dieciocho años, la captación, el transporte, la acogida o la recepción \
con fines de explotación constituyen trata aunque no se haya empleado ninguno de los medios del inciso 1.
4. El consentimiento de la víctima adulta carece de efectos si el agente se valió de alguno de los \
medios del inciso 1.
(*) Artículo modificado por el Artículo 2 de la Ley N° 40112, publicada el 3 de marzo de 2032.
Concordancias:
Ley N° 40112, Art. 5

Artículo 166-A.- Formas agravadas de la trata de personas
La pena es de dieciséis a veinticinco años de prisión si:
1. Quien delinque ejerce un cargo público.
2. La vida de la víctima corre un peligro grave.
3. Actúa por cuenta de una organización criminal.

Artículo 166-B.- Tentativa y participación
Se reprime con la misma pena al que intenta cometer el delito del artículo 166 o presta auxilio para su \
realización.

Artículo 166-C.- Tráfico ilícito de migrantes
El que, buscando un beneficio económico o material, promueve o facilita que otra persona entre \
ilegalmente al país, será reprimido con prisión de cuatro a seis años.
Concordancias:
D.S. N° 011-2033-IN, Art. 4

Artículo 166-D.- Exención de pena de las víctimas
No se impone pena a la víctima de trata por los hechos que se vio forzada a cometer mientras era explotada.

Artículo 166-E.- Decomiso
Todo bien empleado en la trata o en el tráfico ilícito de migrantes, y todo lo que se obtenga de ellos, \
es decomisado por el juez.
"""

# An Act in the Kenyan and Ugandan manner: an arrangement of sections by Part, the section's name on
# the label line ("3. Trafficking in persons.") above "(1)" subsections, "(a)" means under a lead-in
# ending in "—", and a Schedule after the last section.
NYARANDA_EN = """LAWS OF NYARANDA

THE PREVENTION OF TRAFFICKING IN PERSONS ACT
No. 6 of 2031

ARRANGEMENT OF SECTIONS
PART I—PRELIMINARY
1. Short title.
2. Interpretation.
PART II—OFFENCES
3. Trafficking in persons.
4. Trafficking of children.
5. Smuggling of persons.
6. Attempt and aiding.
7. Aggravated offences.
PART III—VICTIMS AND PROPERTY
8. Immunity of victims.
9. Forfeiture.
SCHEDULE

AN ACT of Parliament to punish the trade in human beings and the smuggling of persons, to protect its \
victims and for connected purposes.

ENACTED by the Parliament of Nyaranda—

PART I—PRELIMINARY

1. Short title.
The short title of this Act is the Prevention of Trafficking in Persons Act, 2031.

2. Interpretation.
In this Act, unless the context otherwise requires—
"child" means an individual who has not attained the age of eighteen years;
"exploitation" includes keeping a person in slavery or servitude, compelling a person to forced labour, \
the sexual exploitation of a person and the removal of a person's organs.

PART II—OFFENCES

3. Trafficking in persons.
(1) A person who, for the purpose of exploitation, harbours, receives, recruits, transfers or transports \
another person through—
(a) threats, force or any other kind of coercion;
(b) abduction, fraud or deception; or
(c) an abuse of power or of the vulnerability of that person,
commits an offence and shall on conviction be imprisoned for at least twenty years.
(2) It is immaterial that the person consented to the exploitation intended if any means listed in \
subsection (1) was used.

4. Trafficking of children.
A person who recruits, transports, harbours or receives a child for the purpose of exploitation commits \
an offence under section 3, even if none of the means set out in section 3(1) has been used.

5. Smuggling of persons.
A person who, in order to obtain a financial or other material benefit, procures the unlawful entry of \
another person into Nyaranda commits an offence and is liable on conviction to imprisonment for ten years.

6. Attempt and aiding.
A person who attempts to commit an offence under this Part, or who aids, abets or counsels its \
commission, commits an offence and is liable to the penalty provided for the offence.

7. Aggravated offences.
The penalty for an offence under section 3 or 4 shall be imprisonment for life where—
(a) the victim dies or suffers grievous harm; or
(b) the offender is a public officer acting in the course of duty.

PART III—VICTIMS AND PROPERTY

8. Immunity of victims.
No victim of trafficking bears criminal responsibility for an offence that results directly from the \
trafficking.

9. Forfeiture.
Where a person is convicted of an offence under this Act, the court shall order that any property used \
in, or derived from, the commission of the offence be forfeited to the Government.

SCHEDULE
FORM OF RECORD OF VICTIM ASSISTANCE
(section 8)
Name of the officer. Date of the referral.
"""

# A penal code in the Indian manner: "370. Trafficking of persons.—(1) Whoever ..." with the name
# and the text on one line, means as "First.—", "Secondly.—", numbered "Explanation 1.—",
# "Illustrations" with "(a) A ...", inserted "370A." sections, and penalties in their own subsection.
SURAVATI_EN = """THE SURAVATI PENAL CODE
(Extract, as amended by Act 11 of 2032)

CHAPTER XVI
OF OFFENCES AFFECTING THE HUMAN BODY

Of kidnapping, abduction, slavery and forced labour

370. Trafficking of persons.—(1) Whoever, intending that a person be exploited, recruits, harbours, \
receives, transports or transfers that person, by—
First.—threatening him, or
Secondly.—force or coercion of any other kind, or
Thirdly.—abduction, or
Fourthly.—fraud or deception, or
Fifthly.—abusing a position of power,
is said to commit trafficking.
Explanation 1.—"Exploitation" in this section covers slavery and practices like it, servitude, forced \
labour, sexual exploitation of every kind and the taking of organs by force.
Explanation 2.—Consent given by the victim is irrelevant in deciding whether trafficking has been committed.
Illustrations
(a) A, promising B well paid work abroad that does not exist, takes B to a farm where B is made to \
labour without pay. A has committed trafficking.
(b) A receives C, knowing that C was brought by threats to work in A's house without wages. A has \
committed trafficking.
(2) Trafficking is punishable with rigorous imprisonment of seven years at the least, together with fine.
(3) If the person trafficked is a minor, the term is ten years at the least, and the means in sub-section \
(1) need not be proved.
(4) A public servant or police officer who takes part in trafficking anyone shall be punished with \
imprisonment for life.

370A. Smuggling of migrants.—Whoever, for a financial or other material benefit to himself or another, \
procures the illegal entry of a person into Suravati, shall be punished with \
imprisonment which may extend to seven years.

370B. Attempt and abetment.—Whoever attempts to commit, or abets, an offence under section 370 or \
section 370A shall be punished with the punishment provided for that offence.

370C. Victim not punishable.—No victim of trafficking shall be prosecuted for an offence which he was \
compelled to commit as a direct result of being trafficked.

370D. Forfeiture.—All property used for or derived from an offence under section 370 or section 370A \
shall be liable to confiscation by order of the court.
"""

# A Republic Act in the Philippine manner: "SEC. 3. Definition of Terms. –" with lettered terms,
# "SEC. 4. Acts of Trafficking in Persons. – It shall be unlawful for any person ... to commit any of
# the following acts:" with "(a) To recruit ...", and the penalties in a later section naming them.
MARCADENA_EN = """REPUBLIC OF THE ISLES OF MARCADENA
CONGRESS OF MARCADENA

REPUBLIC ACT NO. 12044

AN ACT TO PUNISH TRAFFICKING IN PERSONS AND THE SMUGGLING OF MIGRANTS, AND FOR OTHER PURPOSES

Be it enacted by the Senate and House of Representatives of the Isles of Marcadena in Congress assembled:

SECTION 1. Title. – This Act shall be known as the "Anti-Trafficking Act of 2032".

SEC. 2. Declaration of Policy. – The State values the dignity of every person and shall protect persons \
from all forms of exploitation.

SEC. 3. Definition of Terms. – As used in this Act:
(a) Trafficking in Persons – refers to recruiting, transporting, transferring, harbouring or receiving \
a person through threats, force, coercion, abduction, fraud, deception or abuse of power, with the aim of \
exploiting that person. Where the person is a child, recruiting, transporting, harbouring or receiving \
the child for exploitation is trafficking in persons even without any of the said means;
(b) Child – refers to a person below eighteen (18) years of age;
(c) Exploitation – includes prostitution or other sexual exploitation, forced labor, slavery, servitude \
and the removal or sale of organs.

SEC. 4. Acts of Trafficking in Persons. – It shall be unlawful for any person, natural or juridical, to \
commit any of the following acts:
(a) To recruit, transport, transfer, harbour or receive a person by means of threat, force, fraud or \
deception for the purpose of forced labor, slavery or sexual exploitation;
(b) To recruit or hire a child to engage in armed activities or in forced labor;
(c) To adopt or facilitate the adoption of persons for the purpose of prostitution or forced labor.

SEC. 5. Consent Immaterial. – The consent of the trafficked person to the intended exploitation shall be \
irrelevant where any of the means set forth in Section 3(a) has been used.

SEC. 6. Attempted Trafficking and Accomplices. – An attempt to commit any of the acts in Section 4 shall \
be punished as attempted trafficking in persons. Whoever knowingly aids in the execution of trafficking \
in persons shall be punished as an accomplice.

SEC. 7. Qualified Trafficking in Persons. – Trafficking shall be qualified when:
(a) the trafficked person is a child;
(b) the offender is a public officer or employee; or
(c) the trafficked person dies or becomes insane.

SEC. 8. Smuggling of Migrants. – It shall be unlawful for any person, in order to obtain a financial or \
other material benefit, to procure the illegal entry into the Isles of Marcadena of a person who is not \
a national.

SEC. 9. Non-punishment of Victims. – Trafficked persons shall not be penalized for unlawful acts \
committed as a direct result of, or as an incident in relation to, being trafficked.

SEC. 10. Penalties and Sanctions. – (a) Any person found guilty of committing any of the acts in Section \
4 shall suffer the penalty of imprisonment of twenty (20) years;
(b) Any person found guilty of qualified trafficking under Section 7 shall suffer the penalty of life \
imprisonment;
(c) Any person found guilty of smuggling under Section 8 shall suffer the penalty of imprisonment of ten \
(10) years.

SEC. 11. Confiscation and Forfeiture. – The court shall order the confiscation and forfeiture, in \
favor of the government, of all the proceeds and properties derived from the commission of the crime \
and of the instruments used in it.

SEC. 12. Effectivity. – This Act shall take effect fifteen (15) days after its publication.
"""

# A federal penal code in the Swiss manner: "Art. 182" alone on its line, the article's name on the
# next, unnumbered-word paragraphs ("1 Quiconque ...", "2 Si la victime ...") and references to
# them as "al. 1"; "Art. 116" of a separate foreigners act for smuggling.
VAUDRENNE_FR = """CODE PÉNAL DE LA CONFÉDÉRATION DE VAUDRENNE
(Extrait)

Livre 2 : Dispositions spéciales
Titre 4 : Crimes ou délits contre la liberté

Art. 182
Traite d'êtres humains
1 Quiconque, en vue de l'exploiter, recrute, transporte, héberge ou reçoit une personne en usant de \
la menace, de la contrainte, de la tromperie ou de l'abus d'autorité est puni d'une peine privative de \
liberté ou d'une peine pécuniaire.
2 L'exploitation s'entend de l'exploitation sexuelle, du travail forcé, de l'esclavage, de la \
servitude ou du prélèvement d'un organe.
3 Si la victime est mineure, l'auteur est puni d'une peine privative de liberté d'un an au moins, \
même s'il n'a usé d'aucun des moyens visés à l'al. 1.
4 Le consentement de la victime à l'exploitation est sans effet lorsque l'un des moyens visés à \
l'al. 1 a été employé.
5 La peine est une peine privative de liberté de trois ans au moins si l'auteur fait métier de la \
traite ou si la vie de la victime a été mise en danger.

Art. 182a
Tentative et complicité
La tentative et la complicité des infractions prévues à l'art. 182 sont punissables.

Art. 182b
Non-sanction des victimes
La victime de la traite n'est pas punie pour les infractions qu'elle a été contrainte de commettre du \
fait de son exploitation.

Art. 182c
Confiscation
Le juge prononce la confiscation des valeurs patrimoniales qui sont le produit de la traite ou du \
trafic illicite de migrants et des objets qui ont servi à les commettre.

Titre 5 : Étrangers

Art. 183
Incitation à l'entrée illégale
1 Quiconque facilite l'entrée illégale d'un étranger en Vaudrenne dans le dessein d'en retirer un \
avantage financier ou matériel est puni d'une peine privative de liberté de cinq ans au plus.
2 La peine est aggravée si l'auteur agit dans le cadre d'un groupe organisé.
"""

# A general law in the Mexican and Argentine manner: "ARTÍCULO 10.-" with the offence and its
# purposes as fracciones "I.", "II." under a lead-in, "ARTICULO 145 bis.-" penal code insertions
# without accents, "Artículo 40.-" a later consent rule, and transitory articles at the end.
ORTEGAL_ES = """ESTADOS UNIDOS DE ORTEGAL
LEY GENERAL PARA PREVENIR Y SANCIONAR LA TRATA DE PERSONAS

TÍTULO PRIMERO
DISPOSICIONES GENERALES

Artículo 1.- La presente Ley es de orden público y tiene por objeto prevenir y sancionar la trata de \
personas y el tráfico de migrantes y proteger a sus víctimas.

Artículo 2.- Para los efectos de esta Ley se entenderá por niño o niña toda persona menor de dieciocho \
años de edad.

TÍTULO SEGUNDO
DE LOS DELITOS

Artículo 10.- Comete el delito de trata de personas quien capte, traslade, transporte, acoja o reciba \
a una persona, por medio de la violencia, la amenaza, el engaño o el abuso de poder, con fines de \
explotación. Se entenderá por explotación:
I. La esclavitud o las prácticas análogas;
II. La servidumbre;
III. El trabajo o los servicios forzados;
IV. La prostitución de otra persona o cualquier otra forma de explotación sexual;
V. La extracción de órganos.
A quien cometa este delito se le impondrá prisión de diez a veinte años.

Artículo 11.- Cuando la víctima sea niña, niño o adolescente, se sancionará la conducta del artículo \
10 aunque no se haya empleado ninguno de los medios en él previstos.

Artículo 12.- Las penas del artículo 10 se aumentarán hasta en una mitad cuando:
I. El autor sea servidor público;
II. Se ponga en peligro la vida de la víctima;
III. El delito sea cometido por un grupo delictivo organizado.

ARTICULO 145 bis.- Será reprimido con prisión de tres a seis años el que intentare cometer el delito \
previsto en el artículo 10, y con la misma pena el que prestare auxilio o cooperación para su ejecución.

ARTICULO 145 ter.- Será reprimido con prisión de cuatro a ocho años el que, para obtener un beneficio \
económico o material, facilitare la entrada ilegal de una persona al territorio nacional.

Artículo 40.- El consentimiento otorgado por la víctima no constituirá causa excluyente de \
responsabilidad penal cuando se haya empleado alguno de los medios del artículo 10.

Artículo 41.- La víctima de trata no será castigada por los delitos que haya cometido como consecuencia \
directa de haber sido objeto de trata.

Artículo 42.- Los bienes que sean instrumento, objeto o producto de los delitos previstos en esta Ley \
serán decomisados.

TRANSITORIOS

PRIMERO.- La presente Ley entrará en vigor al día siguiente de su publicación.

SEGUNDO.- Se derogan las disposiciones que se opongan a la presente Ley.
"""

# A law in the Senegalese and Belgian manner: "Article premier.-" then "Art. 2.-", paragraphs as
# "§ 1er." and "§ 2.", "1°" points, an article quoting an inserted code article, and a closing
# formula "La présente loi sera exécutée comme loi de l'État."
KERVALLE_FR = """RÉPUBLIQUE DE KERVALLE
Un Peuple - Un But - Une Foi

LOI n° 2031-09 du 2 mai 2031 relative à la lutte contre la traite des personnes et le trafic de migrants

Après adoption par l'Assemblée nationale en sa séance du 14 avril 2031,
le Chef de l'État promulgue la présente loi :

Article premier.- Au sens de la présente loi, l'exploitation comprend l'exploitation de la \
prostitution d'autrui ou d'autres formes d'exploitation sexuelle, le travail forcé, l'esclavage, la \
servitude et le prélèvement d'organes. Est mineure toute personne âgée de moins de dix-huit ans.

Art. 2.- § 1er. Constitue l'infraction de traite des personnes le fait de recruter, de transporter, \
de transférer, d'héberger ou d'accueillir une personne, par la menace, la force, l'enlèvement, la \
fraude ou la tromperie, à des fins d'exploitation.
§ 2. L'infraction est constituée à l'égard d'un mineur même si aucun des moyens énumérés au § 1er n'a \
été employé.
§ 3. Le consentement de la victime est indifférent dès lors que l'un des moyens visés au § 1er a été \
utilisé.
§ 4. La traite des personnes est punie de dix ans d'emprisonnement et d'une amende.

Art. 3.- Les peines sont portées à vingt ans de réclusion lorsque :
1° l'infraction a été commise par un agent public dans l'exercice de ses fonctions ;
2° la vie de la victime a été mise en danger ;
3° l'infraction a été commise en bande organisée.

Art. 4.- La tentative des délits prévus par la présente loi est punie des mêmes peines. Sont punis \
comme complices ceux qui aident sciemment l'auteur.

Art. 5.- § 1er. Est puni de cinq ans d'emprisonnement quiconque facilite l'entrée illégale d'une \
personne sur le territoire de Kervalle en vue d'en tirer un avantage financier ou matériel.
§ 2. Les dispositions de l'article 3 s'appliquent au présent délit.

Art. 6.- Les victimes de la traite ne sont pas poursuivies pour les infractions qu'elles ont commises \
sous la contrainte de leurs exploiteurs.

Art. 7.- La confiscation des biens ayant servi à commettre les infractions prévues par la présente \
loi, ou qui en sont le produit, est toujours prononcée.

Art. 8.- La présente loi sera exécutée comme loi de l'État.
"""

# name -> (text, language)
INVENTED_LAWS: dict[str, tuple[str, str]] = {
    "tarrow-en": (TARROW_EN, "en"),
    "lannagh-en": (LANNAGH_EN, "en"),
    "kaluzi-en": (KALUZI_EN, "en"),
    "belmonde-fr": (BELMONDE_FR, "fr"),
    "almazane-fr": (ALMAZANE_FR, "fr"),
    "santaluz-es": (SANTALUZ_ES, "es"),
    "valcamar-es": (VALCAMAR_ES, "es"),
    "nyaranda-en": (NYARANDA_EN, "en"),
    "suravati-en": (SURAVATI_EN, "en"),
    "marcadena-en": (MARCADENA_EN, "en"),
    "vaudrenne-fr": (VAUDRENNE_FR, "fr"),
    "ortegal-es": (ORTEGAL_ES, "es"),
    "kervalle-fr": (KERVALLE_FR, "fr"),
}

# The unperturbed reading of key elements: acts, means, purposes, consent, the child clause, attempt,
# smuggling and confiscation. All are drafted in every law and found (in Lannagh, through an offence
# built on the defined verb "trafficks").
KEY_ELEMENTS = ("TIP-3-a.act.recruitment", "TIP-3-a.means.deception", "TIP-3-a.purpose.forced_labour", "TIP-3-b",
                "TIP-3-c", "TIP-5-2-a", "SOM-6-1-a", "UNTOC-12")
EXPECTED: dict[str, dict[str, str]] = {law: dict.fromkeys(KEY_ELEMENTS, "found") for law in INVENTED_LAWS}
