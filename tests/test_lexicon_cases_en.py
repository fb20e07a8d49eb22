"""One invented statute per decisive lexicon term, English (issue 11, part 2).

Each case is an original provision of a fictional State, written so that the lexicon term it names is the word
that carries the element; the test runs the statute through the engine and expects the element `found`.
"""

from __future__ import annotations

import pytest
from test_match_cases import FOUND, outcome, run

# ---------------------------------------------------------------- acts of the trafficking offence (TIP-3-a.act.*)
ACTS = [
    # "harbor*": the US spelling of harbouring, as a stem.
    ("TIP-3-a.act.harbouring", "harbor*", """
        Sec. 12. Trafficking in persons.
        (a) Whoever knowingly harbors a person by force or fraud for the purpose of forced labor or sexual \
            exploitation commits the offense of trafficking in persons.
        (b) The offense is punishable by imprisonment for not more than twenty years.
        """),
    # "provides accommodation": harbouring drafted as a service given to the trafficker.
    ("TIP-3-a.act.harbouring", "provides accommodation", """
        Article 7 - Trafficking in persons
        1. Any person who, by deception, provides accommodation to another person for the purpose of exploiting that \
            person's labour commits the offence of trafficking in persons.
        2. The offence is punishable by imprisonment for eight to fifteen years.
        """),
    # "lodges": harbouring by lodging the victim.
    ("TIP-3-a.act.harbouring", "lodges", """
        Section 5 Trafficking in persons
        A person who lodges another person, knowing that the other person was obtained by threats, for the purpose of \
        sexual exploitation is guilty of trafficking in persons and liable to imprisonment for twelve years.
        """),
    # "shelters": harbouring as sheltering the victim.
    ("TIP-3-a.act.harbouring", "shelters", """
        Article 18. Trafficking in persons
        Whoever shelters a person by coercion for the purpose of forced labour shall be punished for \
        trafficking in persons with imprisonment of five to ten years.
        """),
    # "keeps a person": harbouring as keeping the victim.
    ("TIP-3-a.act.harbouring", "keeps a person", """
        Section 9 Trafficking in persons
        (1) Any person who keeps a person by force for the purpose of that person's exploitation in servitude commits \
            the offence of trafficking in persons.
        (2) A person convicted under subsection (1) is liable to imprisonment for a term not exceeding fifteen years.
        """),
    # "detains": harbouring by detaining the victim.
    ("TIP-3-a.act.harbouring", "detains", """
        Article 22 (Trafficking in persons)
        A person who detains another person through the abuse of a position of vulnerability for the purpose of \
        forced labour commits trafficking in persons and shall be liable to imprisonment for ten years.
        """),
    # "retains": harbouring by retaining the victim.
    ("TIP-3-a.act.harbouring", "retains", """
        Section 31 Trafficking in persons
        Every person who retains another person by means of fraud, for the purpose of exploiting that person in the \
        prostitution of others, commits the offence of trafficking in persons and is liable to imprisonment for \
        fourteen years.
        """),
    # "confines": harbouring by confining the victim.
    ("TIP-3-a.act.harbouring", "confines", """
        Article 40 Trafficking in persons
        Anyone who confines a person by threats, for the purpose of the removal of that person's organs, commits the \
        crime of trafficking in persons, punishable by imprisonment for ten to twenty years.
        """),
    # "buys": receipt of a person by purchase.
    ("TIP-3-a.act.receipt", "buys", """
        Section 14 Trafficking in persons
        A person who buys another person, by the use of force, for the purpose of exploiting that person in forced \
        labour commits the offence of trafficking in persons and is liable to imprisonment for life.
        """),
    # "purchases": receipt of a person by purchase.
    ("TIP-3-a.act.receipt", "purchases", """
        Article 9 - Trafficking in persons
        (1) Whoever purchases a human being by deception or coercion for the purpose of sexual exploitation is guilty \
            of trafficking in persons.
        (2) The penalty is imprisonment for six to twelve years.
        """),
    # "acquires": receipt of a person by acquisition.
    ("TIP-3-a.act.receipt", "acquires", """
        Section 3 Trafficking in persons
        Any person who acquires another person by fraud for the purpose of slavery or servitude commits trafficking in \
        persons and shall on conviction be liable to imprisonment for a term of not less than ten years.
        """),
    # "takes delivery": receipt of a person handed over by another.
    ("TIP-3-a.act.receipt", "takes delivery", """
        Article 11. Trafficking in persons
        A person who takes delivery of another person by threats for the purpose of forced labour or \
        sexual exploitation commits trafficking in persons and is punishable by imprisonment for eight years.
        """),
    # "takes custody of": receipt of a person into the trafficker's custody.
    ("TIP-3-a.act.receipt", "takes custody of", """
        Section 6 Trafficking in persons
        (1) A person who takes custody of another person by deception for the purpose of exploiting that person's \
            labour commits the offence of trafficking in persons.
        (2) The maximum penalty is imprisonment for fifteen years.
        """),
    # "enlistment": recruitment as the enlistment of a person (noun form).
    ("TIP-3-a.act.recruitment", "enlistment", """
        Article 5 - Trafficking in persons
        The enlistment of a person by force or by deception, for the purpose of exploiting that person in forced \
        labour, constitutes trafficking in persons and is punishable by imprisonment for five to fifteen years.
        """),
    # "enticement": recruitment as the enticement of a person (noun form).
    ("TIP-3-a.act.recruitment", "enticement", """
        Section 8 Trafficking in persons
        The enticement of another person, by fraud, for the purpose of sexual exploitation is the offence of \
        trafficking in persons, punishable on conviction by imprisonment for twelve years.
        """),
    # "lures": recruitment by luring the victim.
    ("TIP-3-a.act.recruitment", "lures", """
        Section 20 Trafficking in persons
        Any person who lures another person by false promises of employment for the purpose of exploiting that \
        person's labour commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "hires": recruitment by hiring the victim.
    ("TIP-3-a.act.recruitment", "hires", """
        Article 13 Trafficking in persons
        A person who hires another person through the abuse of that person's position of vulnerability, for the \
        purpose of forced labour, commits trafficking in persons and shall be punished by imprisonment for ten years.
        """),
    # "induces a person to": recruitment by inducing the victim to go or work.
    ("TIP-3-a.act.recruitment", "induces a person to", """
        Section 17 Trafficking in persons
        A person who, by deception, induces a person to travel to another place for the purpose of the sexual \
        exploitation of that person commits trafficking in persons and is liable to imprisonment for fifteen years.
        """),
    # "solicits": recruitment by soliciting the victim.
    ("TIP-3-a.act.recruitment", "solicits", """
        Article 30. Trafficking in persons
        Whoever solicits a person by fraud or coercion for the purpose of exploiting that person in forced labour \
        commits trafficking in persons and is liable to imprisonment for seven to fifteen years.
        """),
    # "supplies": transfer by supplying the victim to another.
    ("TIP-3-a.act.transfer", "supplies", """
        Section 4 Trafficking in persons
        A person who supplies another person to a third party, by the use of force, for the purpose of that person's \
        sexual exploitation commits trafficking in persons and is liable to imprisonment for life.
        """),
    # "sale of a person": transfer by sale (noun form).
    ("TIP-3-a.act.transfer", "sale of a person", """
        Article 16 - Trafficking in persons
        The sale of a person, by deception or coercion, for the purpose of forced labour or servitude constitutes \
        trafficking in persons, punishable by imprisonment for ten to twenty years.
        """),
    # "sale of persons": transfer by sale (plural noun form).
    ("TIP-3-a.act.transfer", "sale of persons", """
        Section 2 Trafficking in persons
        Any person who arranges the sale of persons, by the use of threats, for the purpose of their exploitation in \
        slavery commits trafficking in persons and is liable to imprisonment for twenty years.
        """),
    # "sale of children": transfer by the sale of a child.
    ("TIP-3-a.act.transfer", "sale of children", """
        Article 12. Trafficking in children
        Any person who engages in the sale of children for the purpose of their sexual exploitation or forced labour \
        commits the offence of trafficking in persons and is liable to imprisonment for fifteen to twenty-five years.
        """),
    # "exchanges": transfer by exchanging the victim.
    ("TIP-3-a.act.transfer", "exchanges", """
        Section 11 Trafficking in persons
        A person who exchanges another person for money or any other thing, by the use of force, for the purpose of \
        that person's exploitation in forced labour commits trafficking in persons and is liable to imprisonment for \
        twelve years.
        """),
    # "gives a person": transfer by giving the victim to another.
    ("TIP-3-a.act.transfer", "gives a person", """
        Article 8 Trafficking in persons
        Whoever, by deception or coercion, gives a person to another for the purpose of the removal of that person's \
        organs commits trafficking in persons, punishable by imprisonment for ten to twenty years.
        """),
    # "leases": transfer by leasing the victim to another.
    ("TIP-3-a.act.transfer", "leases", """
        Section 19 Trafficking in persons
        A person who leases another person to an employer by threats for the purpose of forced labour \
        commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "places the person in the custody": transfer into another's custody.
    ("TIP-3-a.act.transfer", "places the person in the custody", """
        Article 26 - Trafficking in persons
        Any person who, having obtained control of another person by coercion, places the person in the custody of a \
        third party for the purpose of that person's sexual exploitation commits trafficking in persons and is \
        punishable by imprisonment for eight to fifteen years.
        """),
    # "places a person in the custody": transfer into another's custody.
    ("TIP-3-a.act.transfer", "places a person in the custody", """
        Section 10 Trafficking in persons
        A person who, by deception, places a person in the custody of another for the purpose of forced labour or \
        servitude commits trafficking in persons and is liable to imprisonment for fifteen years.
        """),
    # "conveyance": transportation (noun form).
    ("TIP-3-a.act.transportation", "conveyance", """
        Article 3 Trafficking in persons
        The conveyance of a person by force or deception for the purpose of that person's exploitation in forced \
        labour constitutes trafficking in persons and is punishable by imprisonment for ten years.
        """),
    # "moves a person": transportation by moving the victim.
    ("TIP-3-a.act.transportation", "moves a person", """
        Section 7 Trafficking in persons
        A person who moves a person from one place to another by the use of threats, for the purpose of sexual \
        exploitation, commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "moves another person": transportation by moving the victim.
    ("TIP-3-a.act.transportation", "moves another person", """
        Article 19. Trafficking in persons
        Whoever moves another person within or across the borders of the State by fraud, for the purpose of forced \
        labour, commits trafficking in persons, punishable by imprisonment for eight years.
        """),
    # "carries": transportation by carrying the victim.
    ("TIP-3-a.act.transportation", "carries", """
        Section 15 Trafficking in persons
        (1) A person who carries another person by vehicle, vessel or aircraft, knowing that the other person is \
            subjected to coercion, for the purpose of that person's exploitation in servitude, commits trafficking in \
            persons.
        (2) The penalty is imprisonment for ten years.
        """),
]

# ---------------------------------------------------------------- means of the trafficking offence (TIP-3-a.means.*)
MEANS = [
    # "abducts": abduction as the means, in the verb form.
    ("TIP-3-a.means.abduction", "abducts", """
        Section 6 Trafficking in persons
        A person who abducts another person and transports or harbours that person for the purpose of forced labour \
        commits trafficking in persons and is liable to imprisonment for twenty years.
        """),
    # "abducted": a person recruited or received after being abducted.
    ("TIP-3-a.means.abduction", "abducted", """
        Article 14 - Trafficking in persons
        Any person who recruits, transfers or receives a person who has been abducted, for the purpose of that \
        person's sexual exploitation, commits trafficking in persons and is punishable by imprisonment for ten to \
        twenty years.
        """),
    # "kidnaps": kidnapping as the means, in the verb form.
    ("TIP-3-a.means.abduction", "kidnaps", """
        Section 22 Trafficking in persons
        Whoever kidnaps a person and then transfers or harbours that person for the purpose of slavery or servitude \
        commits trafficking in persons and shall be liable to imprisonment for life.
        """),
    # "kidnapped": a person moved or held after being kidnapped.
    ("TIP-3-a.means.abduction", "kidnapped", """
        Article 6. Trafficking in persons
        Whoever transports, harbours or receives a kidnapped person for the purpose of the removal of organs commits \
        trafficking in persons, punishable by imprisonment for fifteen to twenty-five years.
        """),
    # "carries off": abduction drafted as carrying a person off.
    ("TIP-3-a.means.abduction", "carries off", """
        Section 12 Trafficking in persons
        Any person who carries off another person and harbours or transfers that person for the purpose of exploiting \
        that person in forced labour commits trafficking in persons and is liable to imprisonment for fifteen years.
        """),
    # "abuse of authority": abuse of power drafted as abuse of authority.
    ("TIP-3-a.means.abuse_of_power", "abuse of authority", """
        Article 4 - Trafficking in persons
        The recruitment, transportation or harbouring of a person by abuse of authority for the purpose of exploiting \
        that person in forced labour constitutes trafficking in persons, punishable by imprisonment for ten years.
        """),
    # "abuses power": the verb form.
    ("TIP-3-a.means.abuse_of_power", "abuses power", """
        Section 3 Trafficking in persons
        A person who abuses power over another person in order to recruit, transfer or receive that person for the \
        purpose of sexual exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "abuses authority": the verb form.
    ("TIP-3-a.means.abuse_of_power", "abuses authority", """
        Section 8 Trafficking in persons
        (1) A person who abuses authority over another person to recruit, transport or harbour that person for the \
            purpose of forced labour commits trafficking in persons.
        (2) The offence is punishable by imprisonment for ten years.
        """),
    # "abuse of a position of authority": the means in the form of an abused position.
    ("TIP-3-a.means.abuse_of_power", "abuse of a position of authority", """
        Article 21 Trafficking in persons
        Whoever recruits, harbours or receives a person through the abuse of a position of authority over that \
        person, for the purpose of servitude, commits trafficking in persons, punishable by imprisonment for eight \
        to fifteen years.
        """),
    # "abuse of position": the short form.
    ("TIP-3-a.means.abuse_of_power", "abuse of position", """
        Section 10 Trafficking in persons
        Any person who, by abuse of position, recruits, transports or transfers another person for the purpose of \
        that person's sexual exploitation commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "abuse of a position of trust": a parent, teacher or employer abusing trust.
    ("TIP-3-a.means.abuse_of_power", "abuse of a position of trust", """
        Article 9 - Trafficking in persons
        1. A person who recruits, transfers or harbours another person through the abuse of a position of trust, for \
           the purpose of exploiting that person's labour, commits trafficking in persons.
        2. The penalty is imprisonment for six to twelve years.
        """),
    # "position of authority": a position of authority used to recruit or move the victim.
    ("TIP-3-a.means.abuse_of_power", "position of authority", """
        Section 18 Trafficking in persons
        A person who uses a position of authority over another person to recruit, transport or receive that person \
        for the purpose of forced labour commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "abuse of office": an official's abuse of office as the means.
    ("TIP-3-a.means.abuse_of_power", "abuse of office", """
        Article 27. Trafficking in persons
        Whoever, by abuse of office, recruits, transfers or harbours a person for the purpose of slavery or forced \
        labour commits trafficking in persons, punishable by imprisonment for ten to twenty years.
        """),
    # "misuse of authority": the means as misuse of authority.
    ("TIP-3-a.means.abuse_of_power", "misuse of authority", """
        Section 13 Trafficking in persons
        Any person who, by misuse of authority, recruits, transports or receives another person for the purpose of \
        that person's sexual exploitation commits trafficking in persons and is liable to imprisonment for twelve \
        years.
        """),
    # "abusing power": the participle form.
    ("TIP-3-a.means.abuse_of_power", "abusing power", """
        Article 5 Trafficking in persons
        A person who recruits, transfers or harbours another person by abusing power over that person, for the \
        purpose of forced labour, commits trafficking in persons and shall be punished by imprisonment for ten years.
        """),
    # "abusing authority": the participle form.
    ("TIP-3-a.means.abuse_of_power", "abusing authority", """
        Section 25 Trafficking in persons
        Whoever, abusing authority over another person, recruits, transports or receives that person for the purpose \
        of servitude commits trafficking in persons and is liable to imprisonment for fifteen years.
        """),
    # "abusing a position of authority": the participle form with the position.
    ("TIP-3-a.means.abuse_of_power", "abusing a position of authority", """
        Article 12 - Trafficking in persons
        Any person who, by abusing a position of authority, recruits, transfers or harbours a person for the purpose \
        of sexual exploitation commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        """),
    # "abusing his authority": the participle form, masculine.
    ("TIP-3-a.means.abuse_of_power", "abusing his authority", """
        Section 16 Trafficking in persons
        A person who, abusing his authority as an employer or guardian, recruits, transports or harbours another \
        person for the purpose of forced labour commits trafficking in persons and is liable to imprisonment for \
        ten years.
        """),
    # "abusing her authority": the participle form, feminine.
    ("TIP-3-a.means.abuse_of_power", "abusing her authority", """
        Article 33. Trafficking in persons
        A person who, abusing her authority as an employer or guardian, recruits, transfers or receives another \
        person for the purpose of forced labour commits trafficking in persons, punishable by imprisonment for ten \
        years.
        """),
    # "abuse of vulnerability": the short form of the means.
    ("TIP-3-a.means.abuse_of_vulnerability", "abuse of vulnerability", """
        Section 4 Trafficking in persons
        A person who recruits, transports or harbours another person by abuse of vulnerability, for the purpose of \
        forced labour, commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "situation of vulnerability": the victim's situation of vulnerability abused.
    ("TIP-3-a.means.abuse_of_vulnerability", "situation of vulnerability", """
        Article 10 - Trafficking in persons
        Whoever recruits, transfers or receives a person by exploiting that person's situation of vulnerability, for \
        the purpose of sexual exploitation, commits trafficking in persons, punishable by imprisonment for six to \
        twelve years.
        """),
    # "dependence": the victim's dependence on the offender abused.
    ("TIP-3-a.means.abuse_of_vulnerability", "dependence", """
        Section 11 Trafficking in persons
        A person who, by abusing the dependence of another person on him, recruits, transports or harbours that \
        person for the purpose of forced labour commits trafficking in persons and is liable to imprisonment for \
        ten years.
        """),
    # "state of need": the victim's state of need abused.
    ("TIP-3-a.means.abuse_of_vulnerability", "state of need", """
        Article 19 Trafficking in persons
        Any person who, by abusing another person's state of need, recruits, transfers or harbours that person for \
        the purpose of servitude commits trafficking in persons, punishable by imprisonment for eight years.
        """),
    # "economic necessity": the victim's economic necessity abused.
    ("TIP-3-a.means.abuse_of_vulnerability", "economic necessity", """
        Section 7 Trafficking in persons
        A person who, by abusing another person's economic necessity, recruits, transports or receives that person \
        for the purpose of exploiting that person's labour in conditions of forced labour commits trafficking in \
        persons and is liable to imprisonment for ten years.
        """),
    # "takes advantage of": taking advantage of the victim's precariousness.
    ("TIP-3-a.means.abuse_of_vulnerability", "takes advantage of", """
        Article 15. Trafficking in persons
        A person who recruits, transfers or harbours another person and takes advantage of that person's poverty, \
        illness or irregular status for the purpose of sexual exploitation commits trafficking in persons, \
        punishable by imprisonment for ten years.
        """),
    # "coerces": coercion, verb form.
    ("TIP-3-a.means.coercion", "coerces", """
        Section 5 Trafficking in persons
        A person who coerces another person into being recruited, transported or harboured for the purpose of forced \
        labour commits trafficking in persons and is liable to imprisonment for fifteen years.
        """),
    # "coercive": coercive means named as such.
    ("TIP-3-a.means.coercion", "coercive", """
        Article 8 - Trafficking in persons
        Whoever, by coercive means, recruits, transfers or receives a person for the purpose of sexual exploitation \
        commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        """),
    # "intimidates": intimidation, verb form.
    ("TIP-3-a.means.coercion", "intimidates", """
        Section 14 Trafficking in persons
        A person who intimidates another person in order to recruit, transport or harbour that person for the \
        purpose of forced labour commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "threats": threats as the means.
    ("TIP-3-a.means.coercion", "threats", """
        Article 2 Trafficking in persons
        Any person who, by threats, recruits, transfers or harbours a person for the purpose of the removal of \
        organs commits trafficking in persons, punishable by imprisonment for fifteen years.
        """),
    # "threatens": the verb form.
    ("TIP-3-a.means.coercion", "threatens", """
        Section 9 Trafficking in persons
        A person who threatens another person or that person's family in order to recruit, transport or receive that \
        person for the purpose of sexual exploitation commits trafficking in persons and is liable to imprisonment \
        for twelve years.
        """),
    # "menaces": menaces as the means (a common-law word for threats).
    ("TIP-3-a.means.coercion", "menaces", """
        Section 21 Trafficking in persons
        Every person who, by menaces, recruits, transports or harbours another person for the purpose of forced \
        labour commits trafficking in persons and is liable to imprisonment for fourteen years.
        """),
    # "compels": compelling the victim.
    ("TIP-3-a.means.coercion", "compels", """
        Article 17 - Trafficking in persons
        Whoever compels a person to be recruited, transported or harboured for the purpose of sexual exploitation \
        commits trafficking in persons, punishable by imprisonment for ten years.
        """),
    # "compulsion": compulsion as the means (noun form).
    ("TIP-3-a.means.coercion", "compulsion", """
        Section 2 Trafficking in persons
        A person who, by compulsion, recruits, transfers or receives another person for the purpose of forced labour \
        commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "constraint": constraint as the means.
    ("TIP-3-a.means.coercion", "constraint", """
        Article 24. Trafficking in persons
        Any person who recruits, transports or harbours another person by constraint, for the purpose of servitude, \
        commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        """),
    # "deceives": deception, verb form.
    ("TIP-3-a.means.deception", "deceives", """
        Section 12 Trafficking in persons
        A person who deceives another person in order to recruit, transport or receive that person for the purpose \
        of forced labour commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "deceptive": deceptive means.
    ("TIP-3-a.means.deception", "deceptive", """
        Article 3 - Trafficking in persons
        Whoever, by deceptive offers of work abroad, recruits, transfers or harbours a person for the purpose of \
        sexual exploitation commits trafficking in persons, punishable by imprisonment for ten years.
        """),
    # "false pretences": deception under the common-law name.
    ("TIP-3-a.means.deception", "false pretences", """
        Section 19 Trafficking in persons
        A person who, by false pretences, recruits, transports or harbours another person for the purpose of forced \
        labour commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "false pretenses": the US spelling.
    ("TIP-3-a.means.deception", "false pretenses", """
        Sec. 7. Trafficking in persons.
        Whoever, by false pretenses, recruits, transports or harbors a person for the purpose of sexual exploitation \
        commits the offense of trafficking in persons, punishable by imprisonment for not more than fifteen years.
        """),
    # "misrepresentation": deception by misrepresentation.
    ("TIP-3-a.means.deception", "misrepresentation", """
        Article 11 Trafficking in persons
        Any person who, by misrepresentation of the nature or conditions of work, recruits, transfers or receives a \
        person for the purpose of forced labour commits trafficking in persons, punishable by imprisonment for eight \
        years.
        """),
    # "trickery": deception by trickery.
    ("TIP-3-a.means.deception", "trickery", """
        Section 15 Trafficking in persons
        A person who, by trickery, recruits, transports or harbours another person for the purpose of servitude \
        commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "threat of force": the threat of force as the means.
    ("TIP-3-a.means.force", "threat of force", """
        Article 20 - Trafficking in persons
        Whoever, by the threat of force, recruits, transfers or harbours a person for the purpose of forced labour \
        commits trafficking in persons, punishable by imprisonment for ten years.
        """),
    # "physical force": physical force as the means.
    ("TIP-3-a.means.force", "physical force", """
        Section 23 Trafficking in persons
        A person who, by physical force, recruits, transports or receives another person for the purpose of sexual \
        exploitation commits trafficking in persons and is liable to imprisonment for fifteen years.
        """),
    # "violent": violent means.
    ("TIP-3-a.means.force", "violent", """
        Article 6 Trafficking in persons
        Any person who, by violent means, recruits, transfers or harbours a person for the purpose of servitude \
        commits trafficking in persons, punishable by imprisonment for ten to fifteen years.
        """),
    # "by force": the means drafted as "by force".
    ("TIP-3-a.means.force", "by force", """
        Section 30 Trafficking in persons
        A person who recruits, transports or harbours another person by force for the purpose of forced labour \
        commits trafficking in persons and is liable to imprisonment for fifteen years.
        """),
    # "fraudulently": fraud, adverb form.
    ("TIP-3-a.means.fraud", "fraudulently", """
        Article 13 - Trafficking in persons
        Whoever fraudulently recruits, transfers or receives a person for the purpose of sexual exploitation commits \
        trafficking in persons, punishable by imprisonment for ten years.
        """),
    # "defrauds": fraud, verb form.
    ("TIP-3-a.means.fraud", "defrauds", """
        Section 26 Trafficking in persons
        A person who defrauds another person in order to recruit, transport or harbour that person for the purpose \
        of forced labour commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "gives or receives payment": payments to a person having control, verb form.
    ("TIP-3-a.means.payments", "gives or receives payment", """
        Section 4 Trafficking in persons
        A person who recruits, transfers or receives another person, and who for that purpose gives or receives \
        payment to obtain the consent of a parent or guardian having charge of that person, for the purpose of \
        forced labour, commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "control over the victim": payment to the person with control over the victim.
    ("TIP-3-a.means.payments", "control over the victim", """
        Article 9 - Trafficking in persons
        Whoever recruits, transfers or harbours a person by paying money to another person who has control over the \
        victim, for the purpose of sexual exploitation, commits trafficking in persons, punishable by imprisonment \
        for ten years.
        """),
    # "offers or accepts payment": payments, offered or accepted.
    ("TIP-3-a.means.payments", "offers or accepts payment", """
        Section 17 Trafficking in persons
        A person who recruits, transports or receives another person and offers or accepts payment to secure the \
        consent of the person in whose charge that person is, for the purpose of forced labour, commits trafficking \
        in persons and is liable to imprisonment for ten years.
        """),
    # "payment to a person having": payment to the person in control.
    ("TIP-3-a.means.payments", "payment to a person having", """
        Article 28. Trafficking in persons
        Any person who recruits, transfers or harbours another person by making a payment to a person having charge \
        of that other person, for the purpose of sexual exploitation, commits trafficking in persons, punishable by \
        imprisonment for eight years.
        """),
]

# ------------------------------------------------------------ purposes of the trafficking offence (TIP-3-a.purpose.*)
PURPOSES = [
    # "pornography": the production of pornography as the exploitative purpose.
    ("TIP-3-a.purpose.sexual_exploitation", "pornography", """
        Section 5 Trafficking in persons
        A person who recruits, transports or harbours another person by force or deception for the purpose of using \
        that person in pornography commits trafficking in persons and is liable to imprisonment for fifteen years.
        """),
    # "pornographic": pornographic performances as the purpose.
    ("TIP-3-a.purpose.sexual_exploitation", "pornographic", """
        Article 12 - Trafficking in persons
        Whoever recruits, transfers or receives a person by threats or fraud for the purpose of pornographic \
        performances or materials commits trafficking in persons, punishable by imprisonment for ten to fifteen \
        years.
        """),
    # "sexual services": obtaining sexual services as the purpose.
    ("TIP-3-a.purpose.sexual_exploitation", "sexual services", """
        Section 8 Trafficking in persons
        (1) A person who recruits, transports, transfers or harbours another person by coercion for the purpose of \
            making that person provide sexual services to others commits trafficking in persons.
        (2) The penalty is imprisonment for twelve years.
        """),
    # "commercial sexual exploitation": the purpose in its commercial form.
    ("TIP-3-a.purpose.sexual_exploitation", "commercial sexual exploitation", """
        Article 5 Trafficking in persons
        Any person who recruits, harbours or receives a person by deception or force for the purpose of commercial \
        sexual exploitation commits trafficking in persons, punishable by imprisonment for ten to twenty years.
        """),
    # "sex trade": placing the victim in the sex trade.
    ("TIP-3-a.purpose.sexual_exploitation", "sex trade", """
        Section 16 Trafficking in persons
        A person who recruits, transports or receives another person by threats or deception for the purpose of \
        placing that person in the sex trade commits trafficking in persons and is liable to imprisonment for \
        fifteen years.
        """),
    # "sexual slavery": sexual slavery as the purpose.
    ("TIP-3-a.purpose.sexual_exploitation", "sexual slavery", """
        Article 23 - Trafficking in persons
        Whoever recruits, transfers or harbours a person by force or abduction for the purpose of holding that \
        person in sexual slavery commits trafficking in persons, punishable by imprisonment for twenty years.
        """),
    # "commercial sex act": a commercial sex act as the purpose (US drafting).
    ("TIP-3-a.purpose.sexual_exploitation", "commercial sex act", """
        Sec. 4. Trafficking in persons.
        Whoever knowingly recruits, transports, harbors or obtains a person by force, fraud or coercion for the \
        purpose of causing the person to engage in a commercial sex act commits the offense of trafficking in \
        persons, punishable by imprisonment for not less than ten years.
        """),
    # "commercial sex acts": the plural.
    ("TIP-3-a.purpose.sexual_exploitation", "commercial sex acts", """
        Sec. 9. Trafficking in persons.
        Whoever recruits, entices, harbors or transports a person by fraud or coercion, knowing that the person will \
        be caused to engage in commercial sex acts, commits the offense of trafficking in persons, punishable by \
        imprisonment for not more than twenty years.
        """),
    # "forced labor": the US spelling.
    ("TIP-3-a.purpose.forced_labour", "forced labor", """
        Sec. 11. Trafficking in persons.
        Whoever recruits, transports, harbors or receives a person by force, fraud or coercion for the purpose of \
        forced labor commits the offense of trafficking in persons, punishable by imprisonment for not more than \
        twenty years.
        """),
    # "forced or compulsory labour": the ILO wording.
    ("TIP-3-a.purpose.forced_labour", "forced or compulsory labour", """
        Article 7 - Trafficking in persons
        Any person who recruits, transfers or harbours a person by deception or threats for the purpose of exacting \
        forced or compulsory labour from that person commits trafficking in persons, punishable by imprisonment for \
        ten years.
        """),
    # "forced services": forced services as the purpose.
    ("TIP-3-a.purpose.forced_labour", "forced services", """
        Section 6 Trafficking in persons
        A person who recruits, transports or receives another person by force or fraud for the purpose of forced \
        services commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "compulsory labour": compulsory labour as the purpose.
    ("TIP-3-a.purpose.forced_labour", "compulsory labour", """
        Article 19 Trafficking in persons
        Whoever recruits, transfers or harbours a person by coercion for the purpose of compulsory labour commits \
        trafficking in persons, punishable by imprisonment for eight to fifteen years.
        """),
    # "labour exploitation": labour exploitation as the purpose.
    ("TIP-3-a.purpose.forced_labour", "labour exploitation", """
        Section 10 Trafficking in persons
        A person who recruits, transports or harbours another person by deception or abuse of vulnerability for the \
        purpose of labour exploitation commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "labor exploitation": the US spelling.
    ("TIP-3-a.purpose.forced_labour", "labor exploitation", """
        Sec. 14. Trafficking in persons.
        Whoever recruits, transports or harbors a person by fraud or coercion for the purpose of labor exploitation \
        commits the offense of trafficking in persons, punishable by imprisonment for not more than fifteen years.
        """),
    # "forced begging": forced begging as the purpose.
    ("TIP-3-a.purpose.forced_labour", "forced begging", """
        Article 31. Trafficking in persons
        Any person who recruits, transfers or receives a person by threats or deception for the purpose of forced \
        begging commits trafficking in persons, punishable by imprisonment for six to twelve years.
        """),
    # "exploitative labour": exploitative labour as the purpose.
    ("TIP-3-a.purpose.forced_labour", "exploitative labour", """
        Section 27 Trafficking in persons
        A person who recruits, transports or harbours another person by force or deception for the purpose of \
        exploitative labour commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "provide labour or services": obtaining labour or services by compulsion.
    ("TIP-3-a.purpose.forced_labour", "provide labour or services", """
        Section 28 Trafficking in persons
        A person who recruits, transports or harbours another person by threats or coercion, intending that the \
        person be compelled to provide labour or services, commits trafficking in persons and is liable to \
        imprisonment for fifteen years.
        """),
    # "provide labor or services": the US spelling.
    ("TIP-3-a.purpose.forced_labour", "provide labor or services", """
        Sec. 15. Trafficking in persons.
        Whoever recruits, transports or harbors a person by force or fraud, so that the person will be compelled to \
        provide labor or services, commits the offense of trafficking in persons, punishable by imprisonment for \
        not more than twenty years.
        """),
    # "slave": holding the victim as a slave.
    ("TIP-3-a.purpose.slavery", "slave", """
        Section 3 Trafficking in persons
        A person who recruits, transports or receives another person by force or deception for the purpose of \
        holding that person as a slave commits trafficking in persons and is liable to imprisonment for life.
        """),
    # "slaves": the plural.
    ("TIP-3-a.purpose.slavery", "slaves", """
        Article 4 - Trafficking in persons
        Whoever recruits, transfers or harbours persons by threats or abduction for the purpose of keeping them as \
        slaves commits trafficking in persons, punishable by imprisonment for twenty years.
        """),
    # "slavery-like practices": slavery-like practices as the purpose.
    ("TIP-3-a.purpose.slavery", "slavery-like practices", """
        Section 12 Trafficking in persons
        A person who recruits, transports or harbours another person by coercion or fraud for the purpose of \
        subjecting that person to slavery-like practices commits trafficking in persons and is liable to \
        imprisonment for fifteen years.
        """),
    # "debt bondage": debt bondage as the purpose.
    ("TIP-3-a.purpose.slavery", "debt bondage", """
        Article 18 Trafficking in persons
        Any person who recruits, transfers or receives a person by deception for the purpose of holding that person \
        in debt bondage commits trafficking in persons, punishable by imprisonment for ten to fifteen years.
        """),
    # "bonded labour": bonded labour as the purpose.
    ("TIP-3-a.purpose.slavery", "bonded labour", """
        Section 20 Trafficking in persons
        A person who recruits, transports or harbours another person by threats or deception for the purpose of \
        bonded labour commits trafficking in persons and is liable to imprisonment for twelve years.
        """),
    # "serfdom": serfdom as the purpose.
    ("TIP-3-a.purpose.slavery", "serfdom", """
        Article 25 - Trafficking in persons
        Whoever recruits, transfers or harbours a person by force or deception for the purpose of holding that \
        person in serfdom commits trafficking in persons, punishable by imprisonment for ten to twenty years.
        """),
    # "servile marriage": servile marriage as the purpose.
    ("TIP-3-a.purpose.slavery", "servile marriage", """
        Section 29 Trafficking in persons
        A person who recruits, transports or transfers another person by coercion or the giving of payments to a \
        parent for the purpose of a servile marriage commits trafficking in persons and is liable to imprisonment \
        for twelve years.
        """),
    # "involuntary servitude": involuntary servitude as the purpose (US drafting).
    ("TIP-3-a.purpose.servitude", "involuntary servitude", """
        Sec. 6. Trafficking in persons.
        Whoever recruits, transports, harbors or obtains a person by force, fraud or coercion for the purpose of \
        subjecting that person to involuntary servitude commits the offense of trafficking in persons, punishable \
        by imprisonment for not more than twenty years.
        """),
    # "domestic servitude": domestic servitude as the purpose.
    ("TIP-3-a.purpose.servitude", "domestic servitude", """
        Article 14 Trafficking in persons
        Any person who recruits, transfers or harbours a person by deception or threats for the purpose of domestic \
        servitude commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        """),
    # "servile condition": holding the victim in a servile condition.
    ("TIP-3-a.purpose.servitude", "servile condition", """
        Section 24 Trafficking in persons
        A person who recruits, transports or receives another person by coercion for the purpose of keeping that \
        person in a servile condition commits trafficking in persons and is liable to imprisonment for ten years.
        """),
    # "organ removal": organ removal as the purpose.
    ("TIP-3-a.purpose.organ_removal", "organ removal", """
        Article 16 - Trafficking in persons
        Whoever recruits, transfers or harbours a person by deception or force for the purpose of organ removal \
        commits trafficking in persons, punishable by imprisonment for fifteen to twenty-five years.
        """),
    # "removal of an organ": the removal of an organ as the purpose.
    ("TIP-3-a.purpose.organ_removal", "removal of an organ", """
        Section 18 Trafficking in persons
        A person who recruits, transports or receives another person by threats or fraud for the purpose of the \
        removal of an organ from that person's body commits trafficking in persons and is liable to imprisonment \
        for twenty years.
        """),
    # "human organs": trafficking for human organs.
    ("TIP-3-a.purpose.organ_removal", "human organs", """
        Article 20 Trafficking in persons
        Any person who recruits, transfers or harbours a person by coercion for the purpose of obtaining human organs \
        from that person commits trafficking in persons, punishable by imprisonment for fifteen years.
        """),
    # "organ harvesting": organ harvesting as the purpose.
    ("TIP-3-a.purpose.organ_removal", "organ harvesting", """
        Section 32 Trafficking in persons
        A person who recruits, transports or harbours another person by deception or abduction for the purpose of \
        organ harvesting commits trafficking in persons and is liable to imprisonment for twenty years.
        """),
    # "tissues": the removal of tissues as the purpose.
    ("TIP-3-a.purpose.organ_removal", "tissues", """
        Article 29. Trafficking in persons
        Whoever recruits, transfers or receives a person by force or fraud for the purpose of removing tissues from \
        that person's body commits trafficking in persons, punishable by imprisonment for ten to twenty years.
        """),
    # "body parts": the removal of body parts as the purpose.
    ("TIP-3-a.purpose.organ_removal", "body parts", """
        Section 34 Trafficking in persons
        A person who recruits, transports or harbours another person by force or deception for the purpose of \
        removing body parts from that person commits trafficking in persons and is liable to imprisonment for life.
        """),
]

LEXICON_CASES: list[tuple[str, str, str]] = [*ACTS, *MEANS, *PURPOSES]
ENGINE_GAPS: list[tuple[str, str, str, str]] = []


@pytest.mark.parametrize(("element_id", "term", "text"), LEXICON_CASES,
                         ids=[f"{element}:{term}" for element, term, _ in LEXICON_CASES])
def test_term_carries_its_element(element_id: str, term: str, text: str) -> None:
    assert outcome(run(text, "en"), element_id) == FOUND
