"""One invented statute per decisive lexicon term, English (issue 11, part 2).

Each case is an original provision of a fictional State, written as a drafter would, where a careful assessor
(shared/spec/assessment-conventions.md) finds the element; the lexicon term it names is, as far as the wording
allows, the only word of that element's lexicon in the text. The test runs the statute through the engine and
expects the element `found`. FIXED_GAPS keeps the drafting variants the engine missed when these cases were
written, each now tested to stay found (the rules: docs/engine.md, tests/test_engine_gaps.py).
"""

from __future__ import annotations

import pytest
from test_legal_fidelity_scope import norm, term_pattern
from test_match_cases import FOUND, _law, outcome, run

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
        Article 12. Trafficking in persons
        Any person who engages in the sale of children or of adults, by any means, for the purpose of their sexual \
        exploitation or forced labour commits the offence of trafficking in persons and is liable to imprisonment for \
        fifteen to twenty-five years.
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
    # "to achieve the consent": the payment made to achieve the consent of the person in control (the bare "control
    # over the victim" also matched an aggravation for an offender who controls the victim).
    ("TIP-3-a.means.payments", "to achieve the consent", """
        Article 9 - Trafficking in persons
        Whoever recruits, transfers or harbours a person by paying money to achieve the consent of the person who \
        has charge of that person, for the purpose of sexual exploitation, commits trafficking in persons, \
        punishable by imprisonment for ten years.
        """),
    # "to secure the consent": a benefit given to secure the consent of the person in control.
    ("TIP-3-a.means.payments", "to secure the consent", """
        Section 10 Trafficking in persons
        A person who recruits or transports another person for the purpose of forced labour, by giving money or \
        another benefit to the person's guardian to secure the consent of the guardian, commits an offence and is \
        liable to imprisonment for ten years.
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
        Whoever, by fraud or coercion, recruits or transports a person so that the person will engage in commercial \
        sex acts for the profit of another commits the offense of trafficking in persons, punishable by imprisonment \
        for not more than twenty years.
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
    # "body parts": the removal of body parts as the purpose.
    ("TIP-3-a.purpose.organ_removal", "body parts", """
        Section 34 Trafficking in persons
        A person who recruits, transports or harbours another person by force or deception for the purpose of \
        removing body parts from that person commits trafficking in persons and is liable to imprisonment for life.
        """),
]
# ---------------------------------------------------------------- consent (TIP-3-b), child without means (TIP-3-c), age
# (TIP-3-d)
CONSENT_AND_CHILDREN = [
    # "consent is irrelevant": the victim's consent declared irrelevant.
    ("TIP-3-b", "consent is irrelevant", """
        Section 4 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by force, deception or abuse of \
            vulnerability for the purpose of exploitation commits trafficking in persons and is liable to \
            imprisonment for fifteen years.
        (2) In proceedings for an offence under subsection (1), the victim's consent is irrelevant where any of the \
            means set out in that subsection has been used.
        """),
    # "consent shall be irrelevant": the same rule in mandatory form.
    ("TIP-3-b", "consent shall be irrelevant", """
        Article 6 - Trafficking in persons
        1. Whoever recruits, transfers or receives a person by threats, fraud or abuse of power for the purpose of \
           exploitation commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        2. The victim's consent shall be irrelevant where any of the means referred to in paragraph 1 has been used.
        """),
    # "shall not constitute a defence": the victim's agreement is no defence.
    ("TIP-3-b", "shall not constitute a defence", """
        Section 12 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by coercion or deception for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) The agreement of the victim to the intended exploitation shall not constitute a defence to a charge \
            under subsection (1).
        """),
    # "regardless of consent": the offence committed regardless of the victim's agreement.
    ("TIP-3-b", "regardless of consent", """
        Article 9 Trafficking in persons
        (1) Any person who recruits, transfers or harbours a person by force, deception or abuse of a position of \
            vulnerability for the purpose of exploitation commits trafficking in persons, punishable by imprisonment \
            for ten years.
        (2) The offence under paragraph (1) is committed regardless of consent given by the victim to the intended \
            exploitation.
        """),
    # "irrespective of consent": the offence committed irrespective of the victim's agreement.
    ("TIP-3-b", "irrespective of consent", """
        Section 7 Trafficking in persons
        (1) A person who recruits, transports or receives another person by threats, fraud or abuse of power for the \
            purpose of exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) A person may be convicted under subsection (1) irrespective of consent given by the victim to the \
            intended exploitation.
        """),
    # "notwithstanding the consent": the offence made out notwithstanding the victim's agreement.
    ("TIP-3-b", "notwithstanding the consent", """
        Article 15 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by deception or coercion for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for eight to twelve years.
        2. The offence is committed notwithstanding the consent that the person exploited may have given.
        """),
    # "with or without the consent": the offence made out with or without the victim's agreement.
    ("TIP-3-b", "with or without the consent", """
        Section 20 Trafficking in persons
        (1) A person who recruits, transports or harbours another person, with or without the consent of that \
            person, by force, deception or abuse of vulnerability, for the purpose of exploitation commits \
            trafficking in persons.
        (2) The penalty is imprisonment for fifteen years.
        """),
    # "consent of the person": the person's consent no defence.
    ("TIP-3-b", "consent of the person", """
        Article 3 Trafficking in persons
        (1) Any person who recruits, transfers or receives another person by threats, fraud or abuse of power for \
            the purpose of exploitation commits trafficking in persons, punishable by imprisonment for ten years.
        (2) The consent of the person trafficked to the intended exploitation does not exclude liability.
        """),
    # "even if it does not involve": a child's recruitment is trafficking even without the means.
    ("TIP-3-c", "even if it does not involve", """
        Section 5 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by force, deception or coercion for the \
            purpose of exploitation commits trafficking in persons and is liable to imprisonment for fifteen years.
        (2) The recruitment, transportation or harbouring of a child for the purpose of exploitation is trafficking \
            in persons even if it does not involve any of the means set out in subsection (1).
        (3) In this section "child" means a person under the age of eighteen years.
        """),
    # "shall be considered trafficking even if": the child rule, phrased as deemed trafficking.
    ("TIP-3-c", "shall be considered trafficking even if", """
        Article 8 - Trafficking in persons
        1. Whoever recruits, transfers or receives a person by threats, fraud or abuse of vulnerability for the \
           purpose of exploitation commits trafficking in persons, punishable by imprisonment for ten years.
        2. The recruitment, transfer or receipt of a child for the purpose of exploitation shall be considered \
           trafficking even if no such means is used.
        3. A child is any person under eighteen years of age.
        """),
    # "regardless of": the child offence committed regardless of the means.
    ("TIP-3-c", "regardless of", """
        Section 11 Child trafficking
        (1) A person who recruits, transports, harbours or receives a child for the purpose of exploitation commits \
            the offence of child trafficking, regardless of the means used.
        (2) The penalty is imprisonment for twenty years.
        (3) "Child" means a person below the age of eighteen years.
        """),
    # "whether or not": the child offence committed whether or not a means was used.
    ("TIP-3-c", "whether or not", """
        Article 13 Trafficking in children
        (1) Any person who recruits, transfers, harbours or receives a child for the purpose of exploitation, whether \
            or not by force, deception or any other means, commits trafficking in children, punishable by \
            imprisonment for fifteen years.
        (2) For the purposes of this article, a child is a person under eighteen years of age.
        """),
    # "irrespective of whether": the child offence committed irrespective of the means.
    ("TIP-3-c", "irrespective of whether", """
        Section 9 Trafficking in children
        (1) A person who recruits, transports or receives a child for the purpose of exploitation commits trafficking \
            in persons and is liable to imprisonment for twenty years, irrespective of whether any means was used.
        (2) In this section, "child" means a person under the age of eighteen years.
        """),
    # "without the use of any of the means": the child rule drafted by excluding the means.
    ("TIP-3-c", "without the use of any of the means", """
        Article 4 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by force, deception or coercion for the purpose of \
           exploitation commits trafficking in persons, punishable by imprisonment for ten years.
        2. The same penalty applies where a child is recruited, transferred or harboured for the purpose of \
           exploitation without the use of any of the means referred to in paragraph 1.
        3. "Child" means any person under eighteen years of age.
        """),
    # "need not be proved": the means need not be proved for a child.
    ("TIP-3-c", "need not be proved", """
        Section 14 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by threats, fraud or abuse of power for the \
            purpose of exploitation commits trafficking in persons and is liable to imprisonment for fifteen years.
        (2) Where the victim is a child, the means referred to in subsection (1) need not be proved.
        (3) In this section "child" means a person under the age of eighteen years.
        """),
    # "it is not necessary to prove": the means need not be proved for a child.
    ("TIP-3-c", "it is not necessary to prove", """
        Article 21 Trafficking in persons
        (1) Any person who recruits, transfers or receives another person by force, deception or coercion for the \
            purpose of exploitation commits trafficking in persons, punishable by imprisonment for twelve years.
        (2) Where the person recruited, transferred or received is a child, it is not necessary to prove any of the \
            means referred to in paragraph (1).
        (3) A child is a person under eighteen years of age.
        """),
    # "shall not be required to prove": the prosecution relieved of proving the means for a child.
    ("TIP-3-c", "shall not be required to prove", """
        Section 16 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by threats, deception or abuse of \
            vulnerability for the purpose of exploitation commits trafficking in persons and is liable to \
            imprisonment for fifteen years.
        (2) Where the victim is a child, the prosecution shall not be required to prove the use of any of the means \
            referred to in subsection (1).
        (3) In this section "child" means a person under the age of eighteen years.
        """),
    # "children": a child-specific trafficking rule for children.
    ("TIP-3-d", "children", """
        Article 10 - Trafficking in children
        Whoever recruits, transfers, harbours or receives children for the purpose of exploitation commits \
        trafficking in persons, punishable by imprisonment for fifteen to twenty years, whether or not any means \
        of coercion or deception was used.
        """),
    # "minors": a child-specific rule for minors.
    ("TIP-3-d", "minors", """
        Section 8 Trafficking in minors
        A person who recruits, transports, harbours or receives minors for the purpose of their exploitation commits \
        trafficking in persons and is liable to imprisonment for twenty years, whether or not any threat, force or \
        deception was used.
        """),
    # "under the age of 18": the child rule with the age in figures.
    ("TIP-3-d", "under the age of 18", """
        Article 11 Trafficking in persons
        (1) Whoever recruits, transfers or harbours a person by force or deception for the purpose of exploitation \
            commits trafficking in persons, punishable by imprisonment for ten years.
        (2) Where the victim is a person under the age of 18, the offence is committed even if none of the means \
            referred to in paragraph (1) was used.
        """),
    # "under 18 years": the child rule with the age in figures.
    ("TIP-3-d", "under 18 years", """
        Section 19 Trafficking in persons
        (1) A person who recruits, transports or receives another person by threats or fraud for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) Where the victim is a person under 18 years of age, proof of the means referred to in subsection (1) \
            is not required.
        """),
    # "less than eighteen years": the child rule with the age in words.
    ("TIP-3-d", "less than eighteen years", """
        Article 7 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by coercion or deception for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        2. Where the victim is a child, being a person less than eighteen years old, the offence is committed even if \
           none of the means in paragraph 1 was used.
        """),
    # "juvenile": a child-specific rule for juveniles.
    ("TIP-3-d", "juvenile", """
        Section 22 Trafficking of a juvenile
        A person who recruits, transports, harbours or receives a juvenile for the purpose of exploitation commits \
        trafficking in persons and is liable to imprisonment for twenty years, whether or not any means of force, \
        coercion or deception was used.
        """),
]

# ---------------------------------------------------------------- the offence (TIP-5-1), attempt, complicity and
# organising (TIP-5-2-*), aggravations
OFFENCE_AND_PARTICIPATION = [
    # "human trafficking": the offence named human trafficking.
    ("TIP-5-1", "human trafficking", """
        Section 3 Human trafficking
        A person who recruits, transports, harbours or receives another person by force or deception for the purpose \
        of exploitation is guilty of human trafficking and liable to ten years' deprivation of liberty.
        """),
    # "trafficking in human beings": the offence named trafficking in human beings.
    ("TIP-5-1", "trafficking in human beings", """
        Article 12 - Trafficking in human beings
        Whoever recruits, transfers, harbours or receives a person by threats, fraud or abuse of vulnerability for \
        the purpose of exploitation commits trafficking in human beings, punishable by five to twelve years' \
        deprivation of liberty.
        """),
    # "trafficking of persons": the offence named trafficking of persons.
    ("TIP-5-1", "trafficking of persons", """
        Section 9 Trafficking of persons
        Any person who recruits, transports or harbours another person by coercion or deception for the purpose of \
        exploitation commits the crime of trafficking of persons and is punishable by fifteen years' deprivation of \
        liberty.
        """),
    # "punished by": the offence, unnamed, with its sanction.
    ("TIP-5-1", "punished by", """
        Article 40 Offences against personal liberty
        Whoever recruits, transports, harbours or receives a person by force, deception or abuse of power, so that \
        the person is exploited in forced labour or prostitution, shall be punished by ten years' deprivation of \
        liberty.
        """),
    # "shall be liable to": the offence, unnamed, with its sanction.
    ("TIP-5-1", "shall be liable to", """
        Section 18 Exploitation of persons
        Any person who recruits, transports or harbours another person by threats or fraud for the purpose of forced \
        labour or sexual exploitation shall be liable to a fine and to ten years' deprivation of liberty.
        """),
    # "liable on conviction": the offence, unnamed, with its sanction.
    ("TIP-5-1", "liable on conviction", """
        Section 27 Holding persons for exploitation
        A person who recruits, transfers or receives another person by coercion or deception for the purpose of \
        forced labour or servitude is liable on conviction to a term of twelve years in prison.
        """),
    # "guilty of an offence": the offence, unnamed, with its sanction.
    ("TIP-5-1", "guilty of an offence", """
        Section 31 Exploitation of persons
        A person who recruits, transports or harbours another person by force or deception for the purpose of \
        sexual exploitation or forced labour is guilty of an offence and liable to twelve years in prison.
        """),
    # "attempted": an attempted offence punished.
    ("TIP-5-2-a", "attempted", """
        Section 6 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by force or deception for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for fifteen years.
        (2) An attempted offence under subsection (1) is punishable as if it had been completed.
        """),
    # "accomplices": accomplices punished as principals.
    ("TIP-5-2-b", "accomplices", """
        Article 14 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by threats or fraud for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for ten years.
        2. Accomplices in the offence under paragraph 1 are liable to the same penalty as the principal offender.
        """),
    # "aids": aiding the offence.
    ("TIP-5-2-b", "aids", """
        Section 10 Trafficking in persons
        (1) A person who recruits, transports or receives another person by coercion or deception for the purpose \
            of exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) A person who aids another person to commit an offence under subsection (1) is liable to the same penalty.
        """),
    # "abets": abetting the offence.
    ("TIP-5-2-b", "abets", """
        Section 13 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by force or fraud for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for fifteen years.
        (2) A person who abets the commission of an offence under subsection (1) commits an offence and is liable \
            to the same penalty.
        """),
    # "aids or abets": aiding or abetting the offence.
    ("TIP-5-2-b", "aids or abets", """
        Article 17 Trafficking in persons
        (1) Any person who recruits, transfers or receives a person by deception or abuse of power for the purpose of \
            exploitation commits trafficking in persons, punishable by imprisonment for ten years.
        (2) Any person who aids or abets an offence under paragraph (1) is punishable as a principal.
        """),
    # "aiding and abetting": aiding and abetting the offence.
    ("TIP-5-2-b", "aiding and abetting", """
        Section 24 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by threats or deception for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) Aiding and abetting an offence under subsection (1) is punishable by the same penalty.
        """),
    # "counsels or procures": the common-law formula for secondary liability.
    ("TIP-5-2-b", "counsels or procures", """
        Section 25 Trafficking in persons
        (1) A person who recruits, transports or receives another person by coercion or fraud for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for fourteen years.
        (2) A person who counsels or procures the commission of an offence under subsection (1) is liable to be \
            tried and punished as a principal offender.
        """),
    # "accessory": an accessory to the offence.
    ("TIP-5-2-b", "accessory", """
        Article 22 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by force or deception for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for ten years.
        2. An accessory to the offence under paragraph 1 is liable to imprisonment for up to eight years.
        """),
    # "participates in": participation in the offence.
    ("TIP-5-2-b", "participates in", """
        Section 28 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by threats or abuse of vulnerability for the \
            purpose of exploitation commits trafficking in persons and is liable to imprisonment for fifteen years.
        (2) A person who knowingly participates in an offence under subsection (1) is liable to imprisonment for ten \
            years.
        """),
    # "secondary participant": a secondary participant in the offence.
    ("TIP-5-2-b", "secondary participant", """
        Section 33 Trafficking in persons
        (1) A person who recruits, transports or receives another person by deception or coercion for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) A secondary participant in an offence under subsection (1) is liable to the same penalty as the \
            principal.
        """),
    # "assists in the commission": assisting in the commission of the offence.
    ("TIP-5-2-b", "assists in the commission", """
        Article 26 Trafficking in persons
        (1) Any person who recruits, transfers or harbours a person by force or fraud for the purpose of exploitation \
            commits trafficking in persons, punishable by imprisonment for ten years.
        (2) Any person who knowingly assists in the commission of an offence under paragraph (1) is punishable by \
            imprisonment for up to eight years.
        """),
    # "organizes": organizing the offence (US spelling).
    ("TIP-5-2-c", "organizes", """
        Sec. 8. Trafficking in persons.
        (a) Whoever recruits, transports or harbors a person by force or fraud for the purpose of exploitation \
            commits the offense of trafficking in persons, punishable by imprisonment for not more than fifteen years.
        (b) Whoever organizes the commission of an offense under subsection (a) is punishable by imprisonment for \
            not more than twenty years.
        """),
    # "organizes or directs": organizing or directing others.
    ("TIP-5-2-c", "organizes or directs", """
        Article 19 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by threats or deception for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for ten years.
        2. Whoever organizes or directs other persons to commit the offence under paragraph 1 is punishable by \
           imprisonment for fifteen years.
        """),
    # "directs another person": directing another to commit the offence.
    ("TIP-5-2-c", "directs another person", """
        Section 15 Trafficking in persons
        (1) A person who recruits, transports or receives another person by coercion or fraud for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) A person who directs another person to commit an offence under subsection (1) is liable to imprisonment \
            for fifteen years.
        """),
    # "instigates": instigating the offence.
    ("TIP-5-2-c", "instigates", """
        Article 23 Trafficking in persons
        (1) Whoever recruits, transfers or harbours a person by force or deception for the purpose of exploitation \
            commits trafficking in persons, punishable by imprisonment for ten years.
        (2) Whoever instigates another person to commit the offence under paragraph (1) is liable to the same \
            penalty.
        """),
    # "incites": inciting the offence.
    ("TIP-5-2-c", "incites", """
        Section 21 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by threats or fraud for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) A person who incites another person to commit an offence under subsection (1) is liable to the same \
            penalty.
        """),
    # "counsels": counselling the offence.
    ("TIP-5-2-c", "counsels", """
        Section 29 Trafficking in persons
        (1) A person who recruits, transports or receives another person by deception or abuse of power for the \
            purpose of exploitation commits trafficking in persons and is liable to imprisonment for fifteen years.
        (2) A person who counsels another person to commit an offence under subsection (1) is liable to the same \
            penalty as that other person.
        """),
    # "commands": commanding others to commit the offence.
    ("TIP-5-2-c", "commands", """
        Article 30 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by force or coercion for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for ten years.
        2. Whoever commands other persons to commit the offence under paragraph 1 is punishable by imprisonment for \
           fifteen years.
        """),
    # "organiser": the organiser of the offence punished.
    ("TIP-5-2-c", "organiser", """
        Section 34 Trafficking in persons
        (1) A person who recruits, transports or receives another person by force or fraud for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) The organiser of an offence under subsection (1) is liable to imprisonment for twenty years.
        """),
    # "abuse of public office": an aggravation for offenders abusing public office.
    ("GP.aggravating_circumstances", "abuse of public office", """
        Article 8 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by force or deception for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for eight years.
        2. Where the offence is committed through the abuse of public office, the penalty is imprisonment for fifteen \
           years.
        """),
    # "results in the death": an aggravation where the offence results in death.
    ("GP.aggravating_circumstances", "results in the death", """
        Section 5 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by threats or fraud for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) Where an offence under subsection (1) results in the death of any person, the offender is liable to \
            imprisonment for thirty years.
        """),
    # "grievous bodily harm": an aggravation for grievous bodily harm.
    ("GP.aggravating_circumstances", "grievous bodily harm", """
        Section 11 Trafficking in persons
        (1) A person who recruits, transports or receives another person by coercion or deception for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) Where in the course of the offence the offender causes grievous bodily harm to the victim, the penalty \
            is imprisonment for twenty years.
        """),
    # "serious bodily harm": an aggravation for serious bodily harm.
    ("GP.aggravating_circumstances", "serious bodily harm", """
        Article 16 Trafficking in persons
        (1) Whoever recruits, transfers or harbours a person by force or fraud for the purpose of exploitation commits \
            trafficking in persons, punishable by imprisonment for ten years.
        (2) If the offence causes serious bodily harm to the victim, the penalty is imprisonment for fifteen to \
            twenty years.
        """),
    # "endangers the life": an aggravation where the offence endangers the victim's life.
    ("GP.aggravating_circumstances", "endangers the life", """
        Section 17 Trafficking in persons
        (1) A person who recruits, transports or harbours another person by threats or deception for the purpose of \
            exploitation commits trafficking in persons and is liable to imprisonment for twelve years.
        (2) Where the offender intentionally endangers the life of the victim, the penalty is imprisonment for \
            twenty years.
        """),
    # "increased penalty": an increased penalty on a stated circumstance.
    ("GP.aggravating_circumstances", "increased penalty", """
        Article 24 - Trafficking in persons
        1. Whoever recruits, transfers or receives a person by coercion or fraud for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for eight years.
        2. An increased penalty of imprisonment for sixteen years applies where the offender has used a weapon or \
           has subjected the victim to torture.
        """),
]
# ---------------------------------------------------------------- privacy of victims (TIP-6-1) and protection in court
# (GP.court_protection.*)
PRIVACY_AND_COURT = [
    # "identity of the victim": the victim's identity kept from the public.
    ("TIP-6-1", "identity of the victim", """
        Section 40 Protection of victims of trafficking
        In any proceedings for an offence of trafficking in persons, no person shall reveal to the public the \
        identity of the victim or any particulars from which it may be deduced.
        """),
    # "anonymous": victims allowed to remain anonymous.
    ("TIP-6-1", "anonymous", """
        Article 33 - Victims in criminal proceedings
        A victim of trafficking in persons may remain anonymous in the proceedings, and the court shall refer to the \
        victim by initials only.
        """),
    # "closed session": the victim heard in closed session.
    ("TIP-6-1", "closed session", """
        Section 41 Hearing of victims
        Where a victim of trafficking in persons gives evidence, the court may, on application or of its own motion, \
        hear that evidence in closed session.
        """),
    # "closed hearing": the victim heard in a closed hearing.
    ("TIP-6-1", "closed hearing", """
        Article 35 Protection of victims during trial
        At the request of a victim of trafficking, the trial court shall order a closed hearing for the duration of \
        the victim's testimony.
        """),
    # "closed to the public": proceedings closed to the public.
    ("TIP-6-1", "closed to the public", """
        Section 42 Proceedings involving victims
        Proceedings in which a victim of trafficking in persons testifies may be closed to the public by order of \
        the court.
        """),
    # "publication of the identity": a ban on publishing the victim's identity.
    ("TIP-6-1", "publication of the identity", """
        Article 36 - Ban on publication
        1. The publication of the identity of a victim of trafficking in persons by any means is prohibited.
        2. A person who contravenes paragraph 1 is liable to a fine.
        """),
    # "shall not be published": the victim's name not to be published.
    ("TIP-6-1", "shall not be published", """
        Section 43 Victims' names
        The name, address and photograph of a victim of trafficking in persons shall not be published in any \
        newspaper, broadcast or online service.
        """),
    # "disclosure of the identity": disclosure of a victim's identity prohibited.
    ("TIP-6-1", "disclosure of the identity", """
        Article 37 Protection of victims
        (1) The disclosure of the identity of a victim of trafficking by a public official or by the media is an \
            offence punishable by a fine.
        """),
    # "exclusion of the public": the public excluded while the victim testifies.
    ("TIP-6-1", "exclusion of the public", """
        Section 44 Testimony of victims
        The court shall, on the application of a victim of trafficking in persons, order the exclusion of the public \
        during the victim's testimony.
        """),
    # "exclude the public": the court may exclude the public.
    ("TIP-6-1", "exclude the public", """
        Article 38 - Hearings
        In proceedings for trafficking in persons, the court may exclude the public from any hearing at which a \
        victim gives evidence.
        """),
    # "excluding the public": the court sitting with the public excluded.
    ("TIP-6-1", "excluding the public", """
        Section 45 Victim testimony
        The court may, to protect a victim of trafficking in persons, make an order excluding the public from the \
        courtroom while the victim gives evidence.
        """),
    # "heard in private": the victim heard by the court in private (not any "in private": "exploited in private
    # households" is not privacy protection).
    ("TIP-6-1", "heard in private", """
        Article 39 Protection of victims in court
        A victim of trafficking in persons shall, on request, be heard in private by the court.
        """),
    # "given in private": the victim's evidence given in private.
    ("TIP-6-1", "given in private", """
        Section 40 Evidence of victims
        The court may direct that the evidence of a victim of trafficking in persons be given in private.
        """),
    # "information that identifies": a report on a victim may not carry information that identifies the victim.
    ("TIP-6-1", "information that identifies", """
        Section 41 Reports on victims
        A report made to the Agency about a victim of trafficking in persons may not include information that \
        identifies the victim unless the victim consents.
        """),
    # "non-disclosure": the non-disclosure of the victim's particulars.
    ("TIP-6-1", "non-disclosure", """
        Section 46 Non-disclosure of particulars of victims
        The court shall order the non-disclosure of the name and address of every victim of trafficking in persons \
        in the record of the proceedings.
        """),
    # "prohibit the publication": the court may prohibit the publication of a victim's particulars.
    ("TIP-6-1", "prohibit the publication", """
        Article 40 - Publication of particulars
        In proceedings for trafficking in persons, the court shall prohibit the publication of any particulars \
        likely to lead to the identification of a victim.
        """),
    # "closed hearing": a witness in trafficking proceedings heard in a closed hearing.
    ("GP.court_protection.closed_hearings", "closed hearing", """
        Section 50 Hearings in trafficking cases
        In proceedings for an offence of trafficking in persons, the court may order a closed hearing while a \
        witness gives evidence.
        """),
    # "closed court": the witness heard in closed court.
    ("GP.court_protection.closed_hearings", "closed court", """
        Article 51 - Evidence of witnesses
        A witness in proceedings for trafficking in persons may, on application, give evidence in closed court.
        """),
    # "closed session": the court sitting in closed session.
    ("GP.court_protection.closed_hearings", "closed session", """
        Section 52 Trafficking proceedings
        The court may sit in closed session for the whole or any part of proceedings for trafficking in persons \
        where this is necessary to protect a witness.
        """),
    # "held in private": the hearing held in private.
    ("GP.court_protection.closed_hearings", "held in private", """
        Article 53 Hearings
        A hearing in proceedings for trafficking in persons or smuggling of migrants may be held in private where a \
        witness so requests.
        """),
    # "proceedings in private": the court conducting the proceedings in private.
    ("GP.court_protection.closed_hearings", "proceedings in private", """
        Section 54 Protection of witnesses
        The court may, in a prosecution for trafficking in persons, conduct the proceedings in private to protect a \
        witness from intimidation.
        """),
    # "excluding the public": an order excluding the public.
    ("GP.court_protection.closed_hearings", "excluding the public", """
        Article 55 - Witnesses at risk
        In trafficking proceedings, the court may make an order excluding the public from the courtroom while a \
        witness testifies.
        """),
    # "exclusion of the public": the exclusion of the public ordered.
    ("GP.court_protection.closed_hearings", "exclusion of the public", """
        Section 56 Testimony in trafficking cases
        The court shall order the exclusion of the public during the testimony of any witness in proceedings for \
        trafficking in persons, where the witness so requests.
        """),
    # "clear the court": the judge may clear the court.
    ("GP.court_protection.closed_hearings", "clear the court", """
        Section 57 Witnesses
        The judge may clear the court of all persons not concerned in the case while a witness gives evidence in \
        proceedings for trafficking in persons.
        """),
    # "not open to the public": a hearing not open to the public.
    ("GP.court_protection.closed_hearings", "not open to the public", """
        Article 58 - Hearings in trafficking cases
        Where a witness so requests, a hearing in proceedings for trafficking in persons is not open to the public.
        """),
    # "anonymous": a witness allowed to testify as an anonymous witness.
    ("GP.court_protection.identity_protection", "anonymous", """
        Section 60 Witness protection in trafficking cases
        In proceedings for trafficking in persons, the court may permit a witness at risk to testify as an anonymous \
        witness, subject to the rights of the defence.
        """),
    # "identity of the witness": the witness's identity withheld.
    ("GP.court_protection.identity_protection", "identity of the witness", """
        Article 61 - Protected witnesses
        In trafficking proceedings, the court may order that the identity of the witness be withheld from the \
        public and recorded in a sealed register.
        """),
    # "protect the identity": measures to protect the identity of a witness.
    ("GP.court_protection.identity_protection", "protect the identity", """
        Section 62 Protection of witnesses
        The court may make any order it considers necessary to protect the identity of a witness in proceedings for \
        trafficking in persons.
        """),
    # "conceal the identity": measures to conceal the identity of a witness.
    ("GP.court_protection.identity_protection", "conceal the identity", """
        Article 63 Witnesses in trafficking proceedings
        The prosecutor may apply for an order to conceal the identity of a witness who testifies in proceedings for \
        trafficking in persons.
        """),
    # "disclose the identity": no person may disclose the identity of a witness.
    ("GP.court_protection.identity_protection", "disclose the identity", """
        Section 64 Confidentiality of witnesses
        No person shall disclose the identity of a witness in proceedings for trafficking in persons without the \
        leave of the court. A person who contravenes this section is liable to a fine.
        """),
    # "disclosure of the identity": the disclosure of a witness's identity prohibited.
    ("GP.court_protection.identity_protection", "disclosure of the identity", """
        Article 65 - Protection of witnesses
        The disclosure of the identity of a witness in proceedings for trafficking in persons is prohibited unless \
        the court orders otherwise.
        """),
    # "identifying information": identifying information about witnesses withheld.
    ("GP.court_protection.identity_protection", "identifying information", """
        Section 66 Witnesses at risk
        In proceedings for trafficking in persons, the court may order that identifying information about a witness \
        be removed from the public record.
        """),
    # "publication of the name": the publication of a witness's name prohibited.
    ("GP.court_protection.identity_protection", "publication of the name", """
        Article 67 Trafficking proceedings
        The court may prohibit the publication of the name of any witness in proceedings for trafficking in persons.
        """),
    # "publish the name": no person may publish the name of a witness.
    ("GP.court_protection.identity_protection", "publish the name", """
        Section 68 Reporting restrictions
        No person shall publish the name or address of a witness in proceedings for trafficking in persons. A person \
        who contravenes this section commits an offence and is liable to a fine.
        """),
    # "prohibition on publication": a prohibition on publication of a witness's particulars.
    ("GP.court_protection.identity_protection", "prohibition on publication", """
        Article 69 - Reporting of trafficking cases
        The court may impose a prohibition on publication of any particulars of a witness in proceedings for \
        trafficking in persons.
        """),
    # "identifies a victim": a ban on publishing matter that identifies a victim.
    ("GP.court_protection.identity_protection", "identifies a victim", """
        Section 70 Restrictions on reporting
        No person shall publish any matter that identifies a victim of trafficking in persons who is a witness in \
        any proceedings. A person who contravenes this section is liable to a fine.
        """),
    # "identity of a victim": the identity of a victim withheld in proceedings.
    ("GP.court_protection.identity_protection", "identity of a victim", """
        Article 71 Witnesses in trafficking cases
        The court shall order that the identity of a victim who testifies in proceedings for trafficking in persons \
        be withheld from the public.
        """),
    # "information that identifies": information that identifies a witness withheld.
    ("GP.court_protection.identity_protection", "information that identifies", """
        Section 72 Protected witnesses
        In proceedings for trafficking in persons, any information that identifies a protected witness shall be \
        kept under seal by the registrar.
        """),
    # "videolink": testimony by videolink.
    ("GP.court_protection.remote_testimony", "videolink", """
        Article 73 - Evidence of witnesses in trafficking cases
        A witness in proceedings for trafficking in persons may give evidence by videolink from a place outside the \
        courtroom.
        """),
    # "live link": testimony by live link.
    ("GP.court_protection.remote_testimony", "live link", """
        Section 74 Evidence by live link
        In proceedings for trafficking in persons, the court may direct that a witness give evidence by live link.
        """),
    # "closed-circuit television": testimony by closed-circuit television.
    ("GP.court_protection.remote_testimony", "closed-circuit television", """
        Article 75 Testimony of vulnerable witnesses
        A witness in proceedings for trafficking in persons may, with the leave of the court, testify by means of \
        closed-circuit television.
        """),
    # "closed circuit television": the same, unhyphenated.
    ("GP.court_protection.remote_testimony", "closed circuit television", """
        Section 76 Trafficking proceedings
        The court may permit a witness in proceedings for trafficking in persons to give evidence through closed \
        circuit television from a separate room.
        """),
    # "audio-visual link": testimony by audio-visual link.
    ("GP.court_protection.remote_testimony", "audio-visual link", """
        Article 77 - Remote evidence
        In proceedings for trafficking in persons, a witness may be examined by audio-visual link where attendance \
        in court would expose the witness to risk.
        """),
    # "audiovisual link": the same, unhyphenated.
    ("GP.court_protection.remote_testimony", "audiovisual link", """
        Section 78 Witnesses abroad
        A witness in proceedings for trafficking in persons who is outside the State may be heard by audiovisual link.
        """),
    # "videoconference": testimony by videoconference.
    ("GP.court_protection.remote_testimony", "videoconference", """
        Article 79 Hearing of witnesses
        The court may hear a witness in proceedings for trafficking in persons or smuggling of migrants by \
        videoconference.
        """),
    # "video conference": the same, in two words.
    ("GP.court_protection.remote_testimony", "video conference", """
        Section 80 Evidence in trafficking proceedings
        A witness in proceedings for trafficking in persons may give evidence by video conference where the court \
        so orders.
        """),
    # "video recording": a prior video recording admitted as evidence.
    ("GP.court_protection.remote_testimony", "video recording", """
        Article 81 - Prior statements of witnesses
        In proceedings for trafficking in persons, a video recording of an interview with a witness may be admitted \
        as the witness's evidence in chief.
        """),
    # "video-recorded": a video-recorded interview admitted as evidence.
    ("GP.court_protection.remote_testimony", "video-recorded", """
        Section 82 Evidence of witnesses
        A video-recorded interview of a witness in proceedings for trafficking in persons may be admitted in place \
        of oral evidence in chief.
        """),
    # "remote testimony": remote testimony permitted.
    ("GP.court_protection.remote_testimony", "remote testimony", """
        Article 83 Remote testimony
        The court may allow remote testimony by a witness in proceedings for trafficking in persons.
        """),
    # "screened from the accused": the witness screened from the accused.
    ("GP.court_protection.screens", "screened from the accused", """
        Section 84 Special measures
        In proceedings for trafficking in persons, the court may direct that a witness be screened from the accused \
        while giving evidence.
        """),
    # "shield the witness": an arrangement to shield the witness.
    ("GP.court_protection.screens", "shield the witness", """
        Article 85 - Protection of witnesses in court
        In proceedings for trafficking in persons, the court may order a partition or other arrangement to shield \
        the witness from the accused.
        """),
    # "one-way mirror": testimony behind a one-way mirror.
    ("GP.court_protection.screens", "one-way mirror", """
        Section 86 Testimony of witnesses
        A witness in proceedings for trafficking in persons may give evidence from behind a one-way mirror.
        """),
    # "without seeing the accused": testimony without seeing the accused.
    ("GP.court_protection.screens", "without seeing the accused", """
        Article 87 Special arrangements
        In proceedings for trafficking in persons, the court may arrange for a witness to testify without seeing the \
        accused.
        """),
    # "out of sight of the accused": testimony out of sight of the accused.
    ("GP.court_protection.screens", "out of sight of the accused", """
        Section 88 Witnesses in trafficking cases
        The court may allow a witness in proceedings for trafficking in persons to give evidence out of sight of the \
        accused.
        """),
]

# ---------------------------------------------------------------- information, assistance, compensation, residence and
# return of victims (TIP-6-2, TIP-6-3, TIP-6-6, TIP-7-1, TIP-8)
VICTIMS = [
    # "right to be informed": the victim's right to be informed of the proceedings.
    ("TIP-6-2", "right to be informed", """
        Section 47 Rights of victims in proceedings
        A victim of trafficking in persons has the right to be informed, in a language the victim understands, of \
        the dates of hearings and of the outcome of the prosecution.
        """),
    # "inform the victim": the prosecutor's duty to inform the victim.
    ("TIP-6-2", "inform the victim", """
        Article 48 - Duties of the prosecutor
        The prosecutor shall inform the victim of trafficking of any decision to charge, discontinue or appeal, and \
        of the release of the accused.
        """),
    # "victim impact statement": the victim may make a victim impact statement.
    ("TIP-6-2", "victim impact statement", """
        Section 49 Sentencing
        Before sentencing a person convicted of trafficking in persons, the court shall allow the victim to make a \
        victim impact statement, orally or in writing.
        """),
    # "present their views": victims may present their views.
    ("TIP-6-2", "present their views", """
        Article 50 Participation of victims
        Victims of trafficking in persons may present their views at appropriate stages of the criminal proceedings \
        in a manner not prejudicial to the rights of the defence.
        """),
    # "participate in the proceedings": victims may participate in the proceedings.
    ("TIP-6-2", "participate in the proceedings", """
        Section 51 Victims as parties
        A victim of trafficking in persons may participate in the proceedings against the offender through a lawyer \
        of the victim's choosing.
        """),
    # "status of the case": the victim told the status of the case.
    ("TIP-6-2", "status of the case", """
        Article 52 - Information for victims
        On request, the investigating authority shall tell a victim of trafficking the status of the case and of any \
        measure taken against the suspect.
        """),
    # "shelters": the State provides shelters for victims.
    ("TIP-6-3", "shelters", """
        Section 53 Accommodation of victims
        The Minister shall establish and maintain shelters for victims of trafficking in persons, open to them \
        whether or not they cooperate with the authorities.
        """),
    # "safe house": a victim placed in a safe house.
    ("TIP-6-3", "safe house", """
        Article 54 Protection of victims
        A victim of trafficking in persons shall be offered a place in a safe house for as long as the victim's \
        safety requires.
        """),
    # "medical assistance": victims receive medical assistance.
    ("TIP-6-3", "medical assistance", """
        Section 55 Health care for victims
        Every victim of trafficking in persons shall receive free medical assistance, including emergency treatment \
        and care for sexual and reproductive health.
        """),
    # "psychosocial": psychosocial support for victims.
    ("TIP-6-3", "psychosocial", """
        Article 56 - Psychosocial support
        The State shall provide psychosocial support to victims of trafficking in persons through accredited \
        professionals.
        """),
    # "rehabilitation of victims": rehabilitation programmes for victims (an offender's rehabilitation is not
    # assistance to victims).
    ("TIP-6-3", "rehabilitation of victims", """
        Section 57 Programmes for victims
        The Department shall run programmes for the rehabilitation of victims of trafficking in persons, adapted to \
        the age, gender and needs of each victim.
        """),
    # "reintegration of victims": victims' reintegration into the community.
    ("TIP-6-3", "reintegration of victims", """
        Article 58 Return to community life
        The Agency shall assist the reintegration of victims of trafficking in persons into the community and family.
        """),
    # "vocational training": vocational training for victims.
    ("TIP-6-3", "vocational training", """
        Section 59 Training for victims
        A victim of trafficking in persons who is of working age is entitled to vocational training funded by the \
        State.
        """),
    # "victim support": a victim support programme.
    ("TIP-6-3", "victim support", """
        Article 60 - Victim support programme
        The Ministry shall establish a victim support programme for victims of trafficking in persons, offering \
        them accommodation, health care and legal advice.
        """),
    # "support services": support services for victims.
    ("TIP-6-3", "support services", """
        Section 61 Services
        Victims of trafficking in persons shall have access to support services, including housing, health care, \
        interpretation and legal advice, free of charge.
        """),
    # "assistance and support": assistance and support for victims.
    ("TIP-6-3", "assistance and support", """
        Article 62 Duty to assist
        The State shall provide assistance and support to victims of trafficking in persons from the time they are \
        identified, whether or not they testify.
        """),
    # "support and assistance": support and assistance for victims.
    ("TIP-6-3", "support and assistance", """
        Section 63 Entitlements of victims
        A victim of trafficking in persons is entitled to support and assistance, including safe accommodation and \
        health care, for a period of at least ninety days.
        """),
    # "providing assistance": the duty of providing assistance to victims.
    ("TIP-6-3", "providing assistance", """
        Article 64 - Responsible authority
        The Social Welfare Department is responsible for providing assistance in kind, accommodation and health \
        care to victims of trafficking in persons.
        """),
    # "provision of assistance": the provision of assistance to victims.
    ("TIP-6-3", "provision of assistance", """
        Section 65 Assistance to trafficked persons
        The provision of assistance, including accommodation, health care and legal advice, to a victim of \
        trafficking in persons shall not depend on the victim's willingness to testify.
        """),
    # "assistance for victims": a programme of assistance for victims.
    ("TIP-6-3", "assistance for victims", """
        Article 66 Programme
        The Government shall maintain a programme of assistance for victims of trafficking in persons, including \
        accommodation, health care and legal aid.
        """),
    # "employment opportunities": employment opportunities for victims.
    ("TIP-6-3", "employment opportunities", """
        Article 68 - Work for victims
        The Labour Office shall offer victims of trafficking in persons employment opportunities suited to their \
        skills.
        """),
    # "educational opportunities": educational opportunities for victims.
    ("TIP-6-3", "educational opportunities", """
        Section 69 Schooling
        Victims of trafficking in persons, and in particular child victims, shall be given educational opportunities \
        free of charge.
        """),
    # "compensate": the offender ordered to compensate the victim.
    ("TIP-6-6", "compensate", """
        Section 70 Orders on conviction
        On convicting a person of trafficking in persons, the court shall order the person to compensate the victim \
        for every loss and injury suffered.
        """),
    # "reparation": reparation for victims.
    ("TIP-6-6", "reparation", """
        Article 71 Reparation
        A victim of trafficking in persons is entitled to full reparation for the harm suffered, including lost \
        earnings and moral harm.
        """),
    # "damages": victims may sue for damages.
    ("TIP-6-6", "damages", """
        Section 72 Civil remedy
        A victim of trafficking in persons may bring an action for damages against the offender, whether or not the \
        offender has been convicted.
        """),
    # "compensation order": a compensation order in the victim's favour.
    ("TIP-6-6", "compensation order", """
        Article 73 - Orders for victims
        The court that convicts a person of trafficking in persons shall make a compensation order in favour of the \
        victim.
        """),
    # "victim compensation": a victim compensation scheme.
    ("TIP-6-6", "victim compensation", """
        Section 74 State scheme
        A victim of trafficking in persons may apply to the State victim compensation scheme even where the offender \
        is unknown or has no assets.
        """),
    # "unpaid wages": the victim's unpaid wages recovered.
    ("TIP-6-6", "unpaid wages", """
        Article 75 Recovery of earnings
        The court shall order a person convicted of trafficking in persons to pay the victim all unpaid wages for the \
        work the victim performed.
        """),
    # "permit to remain": a permit to remain granted to victims.
    ("TIP-7-1", "permit to remain", """
        Section 76 Status of foreign victims
        A victim of trafficking in persons who is not a national may be granted a permit to remain in the State for \
        a period of one year, renewable.
        """),
    # "leave to remain": leave to remain granted to victims.
    ("TIP-7-1", "leave to remain", """
        Article 77 - Immigration status of victims
        The Minister may grant leave to remain to a victim of trafficking in persons, whether or not the victim \
        assists the investigation.
        """),
    # "temporary visa": a temporary visa for victims.
    ("TIP-7-1", "temporary visa", """
        Section 78 Visas for victims
        A victim of trafficking in persons who is a foreign national shall be issued a temporary visa valid for six \
        months, which may be extended.
        """),
    # "stay of removal": a stay of removal for victims.
    ("TIP-7-1", "stay of removal", """
        Article 79 Protection against expulsion
        Where there are reasonable grounds to believe that a foreign national is a victim of trafficking, the \
        immigration authority shall grant a stay of removal for at least ninety days.
        """),
    # "suspension of deportation": deportation of victims suspended.
    ("TIP-7-1", "suspension of deportation", """
        Section 80 Victims without status
        The identification of a person as a victim of trafficking in persons entails the suspension of deportation \
        of that person for as long as the victim needs to recover.
        """),
    # "repatriate": the State assists victims wishing to repatriate.
    ("TIP-8", "repatriate", """
        Article 81 - Return of foreign victims
        The Ministry of Foreign Affairs shall help a victim of trafficking in persons who wishes to repatriate, with \
        due regard for the victim's safety.
        """),
    # "repatriated": a victim repatriated only with due regard for safety.
    ("TIP-8", "repatriated", """
        Section 82 Departure of victims
        A victim of trafficking in persons shall not be repatriated without an assessment of the risks the victim \
        would face on arrival.
        """),
    # "return of the victim": the return of the victim organised by the State.
    ("TIP-8", "return of the victim", """
        Article 83 Return
        The Agency shall arrange the return of the victim of trafficking in persons to the victim's home State with \
        due regard for the victim's safety and dignity.
        """),
    # "safe return": the safe return of victims.
    ("TIP-8", "safe return", """
        Section 84 Victims abroad
        The Ministry of Foreign Affairs shall arrange the safe return of nationals who are victims of trafficking in \
        persons abroad.
        """),
    # "safe and voluntary": return that is safe and voluntary.
    ("TIP-8", "safe and voluntary", """
        Article 85 - Going home
        Where a victim of trafficking in persons goes home to another State with the help of the authorities, the \
        journey shall be safe and voluntary.
        """),
    # "assisted return": an assisted return programme for victims.
    ("TIP-8", "assisted return", """
        Section 86 Assisted return
        A foreign victim of trafficking in persons may apply for assisted return, including travel costs and \
        reception on arrival.
        """),
    # "return to the country of origin": the victim's return to the country of origin.
    ("TIP-8", "return to the country of origin", """
        Article 87 Return of foreign victims
        The return to the country of origin of a victim of trafficking in persons shall take place with due regard \
        for the victim's safety and the status of any legal proceedings.
        """),
    # "return to their country": victims' return to their country.
    ("TIP-8", "return to their country", """
        Section 88 Help to go home
        Victims of trafficking in persons who wish to return to their country shall receive travel documents and \
        the cost of travel.
        """),
    # "verify the nationality": verifying the victim's nationality for return.
    ("TIP-8", "verify the nationality", """
        Article 89 - Requests from other States
        At the request of another State, the Ministry shall without undue delay verify the nationality of a person \
        who is a victim of trafficking in persons, for that person's return.
        """),
]

# ---------------------------------------------------------------- non-punishment of victims (GP.non_punishment) and use
# of a victim's services (GP.use_of_services)
NON_PUNISHMENT_AND_USE = [
    # "non-liability": a rule of non-liability for victims.
    ("GP.non_punishment", "non-liability", """
        Section 90 Victims who offend
        The principle of non-liability applies to a victim of trafficking in persons for any offence that the victim \
        committed as a result of having been subjected to trafficking.
        """),
    # "non-prosecution": a rule of non-prosecution of victims.
    ("GP.non_punishment", "non-prosecution", """
        Article 91 - Victims in breach of the law
        The Prosecutor General shall ensure the non-prosecution of victims of trafficking in persons for unlawful \
        acts committed as a result of having been trafficked.
        """),
    # "not be held criminally liable": victims not held criminally liable.
    ("GP.non_punishment", "not be held criminally liable", """
        Section 92 Offences committed by victims
        A victim of trafficking in persons shall not be held criminally liable for an unlawful act that the victim \
        was forced to do while being trafficked.
        """),
    # "shall not be liable": victims not liable for offences the trafficking caused.
    ("GP.non_punishment", "shall not be liable", """
        Article 93 Protection of victims from punishment
        A victim of trafficking in persons shall not be liable for immigration, labour, prostitution or any other \
        offence committed as a result of having been trafficked.
        """),
    # "shall not be punished": victims not punished.
    ("GP.non_punishment", "shall not be punished", """
        Section 94 Victims who commit offences
        A victim of trafficking in persons shall not be punished for taking part in unlawful activities to the \
        extent that the victim was forced to take part in them as a result of being trafficked.
        """),
    # "shall not be penalized": victims not penalized (US spelling).
    ("GP.non_punishment", "shall not be penalized", """
        Sec. 95. Victims of trafficking.
        A victim of trafficking in persons shall not be penalized for any unlawful act committed as a result of \
        having been trafficked, including the use of false documents and unlawful entry.
        """),
    # "shall not be penalised": victims not penalised (British spelling).
    ("GP.non_punishment", "shall not be penalised", """
        Article 96 - Victims who offend
        A victim of trafficking in persons shall not be penalised for offences the victim was forced to commit as a \
        result of being trafficked.
        """),
    # "direct consequence of being a victim": the test of direct consequence.
    ("GP.non_punishment", "direct consequence of being a victim", """
        Section 97 Victims who offend
        No proceedings shall be brought against a person for an offence committed as a direct consequence of being a \
        victim of trafficking in persons, and no punishment shall be imposed on that person for it.
        """),
    # "defence for victims": a statutory defence for victims.
    ("GP.non_punishment", "defence for victims", """
        Article 98 Offences committed in the course of trafficking
        (1) There is a defence for victims of trafficking in persons who are charged with an offence committed as a \
            result of their being trafficked.
        (2) The defence is not conditional on the victim's cooperation with the authorities.
        """),
    # "defence for slavery or trafficking victims": the defence under its statutory name.
    ("GP.non_punishment", "defence for slavery or trafficking victims", """
        Section 99 Offences by exploited persons
        (1) The defence for slavery or trafficking victims is available to a person charged with an offence that the \
            person committed as a result of being a victim of slavery or of trafficking in persons.
        (2) In this section "victim" includes a person who was a child at the time of the act.
        """),
    # "immunity from prosecution": victims given immunity from prosecution.
    ("GP.non_punishment", "immunity from prosecution", """
        Article 100 - Victims' immunity
        A victim of trafficking in persons enjoys immunity from prosecution for offences committed as a result of \
        having been trafficked.
        """),
    # "compelled to commit": offences the victim was compelled to commit.
    ("GP.non_punishment", "compelled to commit", """
        Section 101 Offences by victims
        A victim of trafficking in persons is not to be prosecuted for an offence the victim was compelled to commit \
        in the course of being trafficked.
        """),
    # "is not liable to prosecution": victims not liable to prosecution.
    ("GP.non_punishment", "is not liable to prosecution", """
        Article 102 Protection from prosecution
        A victim of trafficking in persons is not liable to prosecution for any offence committed as a result of \
        having been trafficked.
        """),
    # "direct result of being trafficked": the test of direct result.
    ("GP.non_punishment", "direct result of being trafficked", """
        Section 103 Non-punishable acts
        No penalty may be imposed on a victim of trafficking in persons for any unlawful act committed as a direct \
        result of being trafficked.
        """),
    # "direct result of being a victim": the test of direct result.
    ("GP.non_punishment", "direct result of being a victim", """
        Article 104 - Victims before the courts
        A person may not be punished for an offence committed as a direct result of being a victim of trafficking in \
        persons.
        """),
    # "shall not be held liable": victims not held liable.
    ("GP.non_punishment", "shall not be held liable", """
        Section 105 Acts of victims
        A victim of trafficking in persons shall not be held liable for any offence committed as a result of having \
        been trafficked.
        """),
    # "uses the services of": using the services of a victim.
    ("GP.use_of_services", "uses the services of", """
        Section 106 Using a trafficked person
        A person who uses the services of another person, knowing that the other person has been trafficked, \
        commits an offence and is liable to imprisonment for five years.
        """),
    # "uses the labour of": using the labour of a victim.
    ("GP.use_of_services", "uses the labour of", """
        Article 107 - Exploiting trafficked workers
        Whoever uses the labour of a victim of trafficking in persons, being aware of the victim's situation, is \
        punishable by imprisonment for three to seven years.
        """),
    # "use of forced labour": the use of forced labour of a victim.
    ("GP.use_of_services", "use of forced labour", """
        Section 108 Forced labour of trafficked persons
        A person who makes use of forced labour exacted from a victim of trafficking in persons, being aware of the \
        victim's situation, commits an offence and is liable to imprisonment for seven years.
        """),
    # "obtains the services": obtaining the services of a victim.
    ("GP.use_of_services", "obtains the services", """
        Article 109 Demand for trafficked persons
        Any person who obtains the services of a person knowing that the person has been trafficked commits \
        an offence, punishable by imprisonment for up to five years.
        """),
    # "benefits from the services": benefiting from the services of a victim.
    ("GP.use_of_services", "benefits from the services", """
        Section 110 Benefiting from trafficked persons
        A person who benefits from the services of another person, knowing that the other person has been \
        trafficked, commits an offence and is liable to imprisonment for five years.
        """),
    # "having reason to believe that the person is a victim": the knowledge standard.
    ("GP.use_of_services", "having reason to believe that the person is a victim", """
        Article 111 - Use of trafficked persons
        Whoever engages a person for work, having reason to believe that the person is a victim of trafficking, \
        commits an offence punishable by imprisonment for three years.
        """),
    # "services of a trafficked person": using the services of a trafficked person.
    ("GP.use_of_services", "services of a trafficked person", """
        Section 112 Demand offence
        A person who knowingly avails himself or herself of the services of a trafficked person commits an offence \
        and is liable to imprisonment for five years.
        """),
]

# ---------------------------------------------------------------- coordination body, action plan, legal persons,
# confiscation, jurisdiction (GP.coordination_body, GP.action_plan, UNTOC-10, UNTOC-12, UNTOC-15-2)
INSTITUTIONS_AND_GENERAL_RULES = [
    # "equivalent mechanism": an equivalent mechanism monitoring trafficking.
    ("GP.coordination_body", "equivalent mechanism", """
        Section 115 Monitoring of trafficking in persons
        The Human Rights Commission is designated as the equivalent mechanism responsible for monitoring measures \
        against trafficking in persons and shall report to Parliament every year.
        """),
    # "interagency": an interagency body on trafficking.
    ("GP.coordination_body", "interagency", """
        Article 116 - Interagency Board
        An Interagency Board against Trafficking in Persons is established, composed of the ministries of justice, \
        interior, labour and social affairs, and shall meet at least four times a year.
        """),
    # "interministerial": an interministerial body on trafficking.
    ("GP.coordination_body", "interministerial", """
        Section 117 Interministerial Group
        There is established an Interministerial Group on Trafficking in Persons and Smuggling of Migrants, which \
        shall coordinate the work of the ministries concerned.
        """),
    # "coordinating body": a coordinating body on trafficking.
    ("GP.coordination_body", "coordinating body", """
        Article 118 Coordination
        The Office against Trafficking in Persons is the coordinating body for all measures against trafficking in \
        persons taken by public authorities and civil society.
        """),
    # "coordinating council": a coordinating council on trafficking.
    ("GP.coordination_body", "coordinating council", """
        Section 119 Coordinating Council
        A Coordinating Council against Trafficking in Persons is established, with members from government, civil \
        society and trade unions, and shall meet every three months.
        """),
    # "national council": a national council on trafficking.
    ("GP.coordination_body", "national council", """
        Article 120 - National Council against Trafficking
        A National Council against Trafficking in Persons is established to coordinate prevention, protection and \
        prosecution measures; it shall meet at least twice a year.
        """),
    # "national commission": a national commission on trafficking.
    ("GP.coordination_body", "national commission", """
        Section 121 National Commission
        There is established a National Commission on Trafficking in Persons, which shall coordinate the \
        implementation of this Act and report annually to the Cabinet.
        """),
    # "anti-trafficking council": an anti-trafficking council.
    ("GP.coordination_body", "anti-trafficking council", """
        Article 122 Anti-Trafficking Council
        The Anti-Trafficking Council is established to coordinate the action of public bodies against trafficking in \
        persons; it comprises the ministers concerned and representatives of civil society.
        """),
    # "national task force": a national task force on trafficking.
    ("GP.coordination_body", "national task force", """
        Section 123 National Task Force
        The Minister shall establish a National Task Force on Trafficking in Persons to coordinate the work of the \
        police, the prosecution, labour inspectors and victim services.
        """),
    # "national plan of action": a national plan of action against trafficking.
    ("GP.coordination_body", "national plan of action", """
        Article 124 - Plan against trafficking
        The Government shall adopt a national plan of action against trafficking in persons every four years and \
        shall report on its implementation.
        """),
    # "inter-sectoral committee": an inter-sectoral committee on trafficking.
    ("GP.coordination_body", "inter-sectoral committee", """
        Section 125 Inter-sectoral Committee
        An inter-sectoral committee on trafficking in persons is established, composed of representatives of \
        government, civil society and trade unions, to coordinate measures under this Act.
        """),
    # "intersectoral committee": the same, unhyphenated.
    ("GP.coordination_body", "intersectoral committee", """
        Article 126 Intersectoral Committee
        The Intersectoral Committee against Trafficking in Persons shall coordinate the measures of the State \
        against trafficking in persons and meet at least four times a year.
        """),
    # "committee to coordinate": a committee set up to coordinate.
    ("GP.coordination_body", "committee to coordinate", """
        Section 127 Coordination of measures
        The Prime Minister shall appoint a committee to coordinate the measures of all ministries against \
        trafficking in persons and smuggling of migrants.
        """),
    # "national plan of action": a national plan of action required.
    ("GP.action_plan", "national plan of action", """
        Article 128 - Plan against trafficking
        The Council shall prepare, and the Government shall adopt, fund and evaluate, a national plan of action \
        against trafficking in persons and smuggling of migrants.
        """),
    # "national anti-trafficking strategy": a national anti-trafficking strategy required.
    ("GP.action_plan", "national anti-trafficking strategy", """
        Section 129 Strategy
        The Minister shall publish a national anti-trafficking strategy every five years, with a budget and \
        indicators for its evaluation.
        """),
    # "strategic plan": a strategic plan against trafficking.
    ("GP.action_plan", "strategic plan", """
        Article 130 Planning
        The Agency shall adopt a five-year strategic plan against trafficking in persons and smuggling of migrants \
        and report annually on its implementation.
        """),
    # "bodies corporate": bodies corporate liable for trafficking.
    ("UNTOC-10", "bodies corporate", """
        Section 131 Offences by bodies corporate
        Where an offence of trafficking in persons is committed for the benefit of a company or other association, \
        bodies corporate so benefiting are liable to a fine of up to ten million units.
        """),
    # "corporate body": a corporate body liable for trafficking.
    ("UNTOC-10", "corporate body", """
        Article 132 - Liability of companies
        A corporate body in whose name or for whose benefit an offence of trafficking in persons is committed is \
        liable to a fine and to exclusion from public contracts.
        """),
    # "juristic person": a juristic person liable for trafficking.
    ("UNTOC-10", "juristic person", """
        Section 133 Juristic persons
        A juristic person is liable for an offence of trafficking in persons committed by its director, manager or \
        agent on its behalf, and is punishable by a fine.
        """),
    # "corporate liability": corporate liability for trafficking.
    ("UNTOC-10", "corporate liability", """
        Article 134 Corporate liability
        Corporate liability for trafficking in persons and smuggling of migrants arises where the offence is \
        committed by a person acting on behalf of the company; the company is liable to a fine, and the liability of \
        the individual offender is not affected.
        """),
    # "dissolution of the company": dissolution as a sanction.
    ("UNTOC-10", "dissolution of the company", """
        Section 135 Sanctions against companies
        Where a company is convicted of trafficking in persons, the court may, in addition to a fine, order the \
        dissolution of the company.
        """),
    # "closure of the establishment": closure as a sanction.
    ("UNTOC-10", "closure of the establishment", """
        Article 136 - Sanctions against enterprises
        Where an offence of trafficking in persons is committed in the course of the activities of an enterprise, \
        the court shall order the closure of the establishment and may impose a fine on the enterprise.
        """),
    # "property used in the commission": instrumentalities taken by the State.
    ("UNTOC-12", "property used in the commission", """
        Article 140 - Instrumentalities
        Any property used in the commission of an offence of trafficking in persons shall vest in the State on the \
        conviction of the offender.
        """),
    # "proceeds and instrumentalities": proceeds and instrumentalities taken by the State.
    ("UNTOC-12", "proceeds and instrumentalities", """
        Section 141 Orders on conviction
        On conviction for trafficking in persons or smuggling of migrants, the court shall order that the proceeds \
        and instrumentalities of the offence become the property of the State.
        """),
    # "instrumentalities of the offence": the instrumentalities of the offence taken by the State.
    ("UNTOC-12", "instrumentalities of the offence", """
        Article 142 Vehicles and premises
        Vehicles, vessels, premises and other instrumentalities of the offence of trafficking in persons shall pass \
        to the State on conviction.
        """),
    # "instrumentalities of crime": the instrumentalities of crime taken by the State.
    ("UNTOC-12", "instrumentalities of crime", """
        Section 143 Proceeds and instruments
        The instrumentalities of crime used for trafficking in persons, and any profit derived from it, shall be \
        declared lost to the State by the court that convicts the offender.
        """),
    # "outside the territory": jurisdiction over acts outside the territory.
    ("UNTOC-15-2", "outside the territory", """
        Article 144 - Jurisdiction
        The courts of the Republic have jurisdiction over an offence of trafficking in persons done outside the \
        territory of the Republic by a citizen of the Republic.
        """),
    # "extra-territorial jurisdiction": extra-territorial jurisdiction established.
    ("UNTOC-15-2", "extra-territorial jurisdiction", """
        Section 145 Extra-territorial jurisdiction
        The courts have extra-territorial jurisdiction over trafficking in persons where the offender or the victim \
        is a citizen.
        """),
    # "regardless of where": jurisdiction regardless of where the act was done.
    ("UNTOC-15-2", "regardless of where", """
        Section 147 Jurisdiction
        A citizen who commits trafficking in persons may be tried in the State regardless of where the offence \
        took place.
        """),
    # "irrespective of where": jurisdiction irrespective of where the act was done.
    ("UNTOC-15-2", "irrespective of where", """
        Article 148 - Jurisdiction of the courts
        The courts have jurisdiction over trafficking in persons committed by or against a citizen, irrespective of \
        where the offence took place.
        """),
    # "wherever committed": jurisdiction over the offence wherever committed.
    ("UNTOC-15-2", "wherever committed", """
        Section 149 Jurisdiction
        An offence of trafficking in persons by a citizen of the State, wherever committed, is triable in the State.
        """),
]

# ---------------------------------------------------------------- the smuggling offence (SOM-6-1-a) and its benefit
SMUGGLING = [
    # "people smuggling": the offence named people smuggling.
    ("SOM-6-1-a", "people smuggling", """
        Section 150 People smuggling
        A person who, for a financial or other material benefit, arranges for a non-citizen to enter the State or \
        any other State without the authority required by its law commits the offence of people smuggling and is \
        liable to imprisonment for ten years.
        """),
    # "smuggling of persons": the offence named smuggling of persons.
    ("SOM-6-1-a", "smuggling of persons", """
        Article 151 - Smuggling of persons
        Whoever, in order to obtain a material benefit, procures the entry of a foreigner into the State or into \
        another State in breach of its entry rules commits the crime of smuggling of persons, punishable by \
        imprisonment for three to ten years.
        """),
    # "human smuggling": the offence named human smuggling.
    ("SOM-6-1-a", "human smuggling", """
        Section 152 Human smuggling
        (1) A person commits human smuggling if, for gain, the person procures the entry of a non-national into the \
            State or any foreign State in breach of the entry rules of that State.
        (2) Human smuggling is punishable by imprisonment for up to twelve years.
        """),
    # "smuggles": the verb of the offence.
    ("SOM-6-1-a", "smuggles", """
        Article 153 Offence
        Any person who, for profit, smuggles a person who is not a citizen into the Republic or into another State \
        commits an offence and is liable to imprisonment for eight years.
        """),
    # "facilitates the unlawful entry": facilitating unlawful entry.
    ("SOM-6-1-a", "facilitates the unlawful entry", """
        Section 154 Assisting entry
        A person who, for a financial benefit, facilitates the unlawful entry of a non-national into the State or \
        into any other State commits an offence and is liable to imprisonment for ten years.
        """),
    # "facilitates the entry": facilitating entry without authority.
    ("SOM-6-1-a", "facilitates the entry", """
        Article 155 - Offence against border control
        Whoever, for a material benefit, facilitates the entry of a foreigner into the State or another State \
        without the visa or permit required by its law is punishable by imprisonment for two to eight years.
        """),
    # "assists the unlawful entry": assisting unlawful entry.
    ("SOM-6-1-a", "assists the unlawful entry", """
        Section 156 Assisting unlawful entry
        Every person who, for a material benefit, assists the unlawful entry of a person who is not a citizen into \
        the State or any other State commits an offence and is liable to imprisonment for ten years.
        """),
    # "brings into": bringing a non-national into the State.
    ("SOM-6-1-a", "brings into", """
        Article 157 Bringing in of non-nationals
        Any person who, for a material benefit, brings into the State or any other State a person who is not a \
        national of it, without the authority required by its law, commits an offence punishable by imprisonment for \
        ten years.
        """),
    # "brings to": bringing a non-national to the State.
    ("SOM-6-1-a", "brings to", """
        Sec. 158. Bringing in aliens.
        Whoever, for a material benefit, knowingly brings to the State or to any other State an alien who has no \
        authorization to enter it commits an offense punishable by imprisonment for not more than ten years.
        """),
    # "organises or facilitates the bringing or coming": organising the coming of non-citizens.
    ("SOM-6-1-a", "organises or facilitates the bringing or coming", """
        Section 159 Organising the coming of non-citizens
        A person who, for a material benefit, organises or facilitates the bringing or coming to the State or to any \
        other State of a non-citizen who has no lawful right to enter it commits an offence and is liable to \
        imprisonment for ten years.
        """),
    # "organises entry": organising the entry of non-nationals.
    ("SOM-6-1-a", "organises entry", """
        Article 160 - Unauthorised entry schemes
        Whoever, for a material benefit, organises entry into the State or into any other State of persons who are \
        not its nationals and who have no leave to enter commits an offence punishable by imprisonment for twelve \
        years.
        """),
    # "facilitates the arrival": facilitating the arrival of non-nationals.
    ("SOM-6-1-a", "facilitates the arrival", """
        Section 161 Facilitating arrival
        A person who, for a material benefit, facilitates the arrival in the State or in another State of a \
        non-national who has no permission to enter commits an offence and is liable to imprisonment for eight years.
        """),
    # "breach of immigration law": procuring an entry in breach of immigration law.
    ("SOM-6-1-a", "breach of immigration law", """
        Article 162 Smuggling offence
        Any person who, for a material benefit, procures the entry of a non-national into the State or into any \
        other State in breach of immigration law commits an offence punishable by imprisonment for ten years.
        """),
    # "coming into": arranging the coming into the State of non-nationals.
    ("SOM-6-1-a", "coming into", """
        Section 163 Arranging entry
        A person who, for a material benefit, arranges the coming into the State or into any other State of a \
        non-national who has no leave to enter commits an offence and is liable to imprisonment for ten years.
        """),
    # "designated port of entry": bringing persons in away from a designated port of entry.
    ("SOM-6-1-a", "designated port of entry", """
        Sec. 164. Unauthorized entry.
        Whoever, for a material benefit, helps an alien to enter the State or any other State, whether at a place \
        other than a designated port of entry or at such a port by means of documents the alien is not entitled to, \
        commits an offense punishable by imprisonment for not more than ten years.
        """),
    # "financial benefit": the smuggling offence's benefit element.
    ("SOM-6-1-a.benefit", "financial benefit", """
        Section 165 Smuggling of migrants
        A person who, in order to obtain a financial benefit, procures the illegal entry of another person into the \
        State or any other State commits the offence of smuggling of migrants and is liable to imprisonment for ten \
        years.
        """),
    # "for gain": the benefit element as gain.
    ("SOM-6-1-a.benefit", "for gain", """
        Article 166 - Smuggling of migrants
        Whoever, for gain, procures the illegal entry of a foreigner into the State or another State commits the \
        offence of smuggling of migrants, punishable by imprisonment for three to ten years.
        """),
    # "reward": the benefit element as a reward.
    ("SOM-6-1-a.benefit", "reward", """
        Section 167 Smuggling of migrants
        A person who, for a reward, procures the illegal entry of a non-national into the State or any other State \
        commits the offence of smuggling of migrants and is liable to imprisonment for eight years.
        """),
    # "commercial advantage": the benefit element as a commercial advantage.
    ("SOM-6-1-a.benefit", "commercial advantage", """
        Sec. 168. Smuggling of migrants.
        Whoever, for the purpose of commercial advantage, procures the illegal entry of an alien into the State or \
        any other State commits the offense of smuggling of migrants, punishable by imprisonment for not more than \
        ten years.
        """),
    # "private financial gain": the benefit element as private financial gain.
    ("SOM-6-1-a.benefit", "private financial gain", """
        Sec. 169. Smuggling of migrants.
        Whoever, for the purpose of private financial gain, procures the illegal entry of an alien into the State or \
        any other State commits the offense of smuggling of migrants, punishable by imprisonment for not more than \
        ten years.
        """),
    # "financial gain": the benefit element as financial gain.
    ("SOM-6-1-a.benefit", "financial gain", """
        Article 170 Smuggling of migrants
        Any person who, for financial gain, procures the illegal entry of a person who is not a national into the \
        State or another State commits the offence of smuggling of migrants, punishable by imprisonment for ten \
        years.
        """),
    # "pecuniary advantage": the benefit element as a pecuniary advantage.
    ("SOM-6-1-a.benefit", "pecuniary advantage", """
        Section 171 Smuggling of migrants
        A person who, to obtain a pecuniary advantage, procures the illegal entry of a non-national into the State \
        or any other State commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        """),
    # "pecuniary benefit": the benefit element as a pecuniary benefit.
    ("SOM-6-1-a.benefit", "pecuniary benefit", """
        Article 172 - Smuggling of migrants
        Whoever, to obtain a pecuniary benefit, procures the illegal entry of a foreigner into the State or another \
        State commits the offence of smuggling of migrants, punishable by imprisonment for two to eight years.
        """),
    # "in return for payment": the benefit element as payment.
    ("SOM-6-1-a.benefit", "in return for payment", """
        Section 173 Smuggling of migrants
        A person who, in return for payment, procures the illegal entry of a non-national into the State or any \
        other State commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        """),
]

# ---------------------------------------------------------------- documents (SOM-6-1-b-*) and enabling illegal stay
# (SOM-6-1-c)
DOCUMENTS_AND_STAY = [
    # "makes a false passport": producing a false passport to enable smuggling.
    ("SOM-6-1-b-i", "makes a false passport", """
        Section 174 False passports
        A person who makes a false passport for the purpose of enabling the smuggling of migrants commits an offence \
        and is liable to imprisonment for ten years.
        """),
    # "makes a false travel or identity document": producing a false document.
    ("SOM-6-1-b-i", "makes a false travel or identity document", """
        Article 175 - Document offences
        Whoever makes a false travel or identity document for the purpose of enabling the smuggling of migrants is \
        punishable by imprisonment for two to eight years.
        """),
    # "forges a passport": forging a passport.
    ("SOM-6-1-b-i", "forges a passport", """
        Section 176 Forgery of passports
        A person who forges a passport, whether of this State or of a foreign State, for the purpose of enabling the \
        smuggling of migrants commits an offence and is liable to imprisonment for ten years.
        """),
    # "alters a passport": altering a passport.
    ("SOM-6-1-b-i", "alters a passport", """
        Article 177 Alteration of passports
        Any person who alters a passport, whether of this State or of a foreign State, for the purpose of enabling \
        the smuggling of migrants commits an offence punishable by imprisonment for eight years.
        """),
    # "falsely made or altered": a document falsely made or altered.
    ("SOM-6-1-b-i", "falsely made or altered", """
        Section 178 Travel documents
        (1) A person who produces a travel or identity document that is falsely made or altered, for the purpose of \
            enabling the smuggling of migrants, commits an offence.
        (2) The penalty is imprisonment for ten years.
        """),
    # "possesses a false passport": possessing a false passport to enable smuggling.
    ("SOM-6-1-b-ii", "possesses a false passport", """
        Article 179 - Possession of false documents
        Whoever possesses a false passport for the purpose of enabling the smuggling of migrants is punishable by \
        imprisonment for two to six years.
        """),
    # "possession of a false passport": the possession offence (noun form).
    ("SOM-6-1-b-ii", "possession of a false passport", """
        Section 180 False passports
        The possession of a false passport for the purpose of enabling the smuggling of migrants is an offence \
        punishable by imprisonment for five years.
        """),
    # "possession of a forged": possession of a forged document.
    ("SOM-6-1-b-ii", "possession of a forged", """
        Article 181 Forged documents
        The possession of a forged travel or identity document for the purpose of enabling the smuggling of migrants \
        is an offence punishable by imprisonment for five years.
        """),
    # "possesses a false travel or identity document": the possession offence.
    ("SOM-6-1-b-ii", "possesses a false travel or identity document", """
        Section 182 Document offences
        A person who possesses a false travel or identity document for the purpose of enabling the smuggling of \
        migrants commits an offence and is liable to imprisonment for six years.
        """),
    # "provides a false travel or identity document": the supply offence.
    ("SOM-6-1-b-ii", "provides a false travel or identity document", """
        Article 183 - Supply of documents
        Whoever provides a false travel or identity document to another person for the purpose of enabling the \
        smuggling of migrants is punishable by imprisonment for three to eight years.
        """),
    # "supplies a false passport": supplying a false passport.
    ("SOM-6-1-b-ii", "supplies a false passport", """
        Section 184 Supply of passports
        A person who supplies a false passport to another person for the purpose of enabling the smuggling of \
        migrants commits an offence and is liable to imprisonment for eight years.
        """),
    # "procures a fraudulent": procuring a fraudulent document.
    ("SOM-6-1-b-ii", "procures a fraudulent", """
        Article 185 Procuring documents
        Any person who procures a fraudulent travel or identity document for the purpose of enabling the smuggling \
        of migrants commits an offence punishable by imprisonment for six years.
        """),
    # "obtains a passport by false representation": obtaining a passport by false representation.
    ("SOM-6-1-b-ii", "obtains a passport by false representation", """
        Section 186 Passports obtained by fraud
        A person who obtains a passport by false representation for the purpose of enabling the smuggling of \
        migrants commits an offence and is liable to imprisonment for five years.
        """),
    # "fraudulently obtained passport": supplying a fraudulently obtained passport.
    ("SOM-6-1-b-ii", "fraudulently obtained passport", """
        Article 187 - Passports
        Whoever gives another person a fraudulently obtained passport for the purpose of enabling the smuggling of \
        migrants is punishable by imprisonment for two to six years.
        """),
    # "passport of another person": supplying another's passport.
    ("SOM-6-1-b-ii", "passport of another person", """
        Section 188 Misuse of passports
        A person who hands over the passport of another person to a non-national for the purpose of enabling the \
        smuggling of migrants commits an offence and is liable to imprisonment for five years.
        """),
    # "enables a person to remain": enabling another's illegal stay.
    ("SOM-6-1-c", "enables a person to remain", """
        Article 189 Enabling unlawful residence
        Any person who, for a material benefit, enables a person to remain in the State who is not a national or \
        permanent resident, without the permit required by law, commits an offence punishable by imprisonment for \
        five years.
        """),
    # "enabling illegal residence": the offence of enabling illegal residence.
    ("SOM-6-1-c", "enabling illegal residence", """
        Section 190 Enabling illegal residence
        (1) Enabling illegal residence of a non-national in the State by means of false documents or a sham \
            marriage, for a material benefit, is an offence.
        (2) The penalty is imprisonment for six years.
        """),
    # "remain unlawfully": helping non-nationals remain unlawfully.
    ("SOM-6-1-c", "remain unlawfully", """
        Article 191 - Assisting foreigners
        Whoever, for a material benefit, helps a foreigner to remain unlawfully in the State by providing false \
        documents commits an offence punishable by imprisonment for four years.
        """),
    # "remain illegally": helping non-nationals remain illegally.
    ("SOM-6-1-c", "remain illegally", """
        Section 192 Assisting non-nationals
        A person who, for a material benefit, assists a non-national to remain illegally in the State commits an \
        offence and is liable to imprisonment for five years.
        """),
    # "stay unlawfully": helping non-nationals stay unlawfully.
    ("SOM-6-1-c", "stay unlawfully", """
        Article 193 Overstaying schemes
        Any person who, for a material benefit, helps a foreigner to stay unlawfully in the State after the expiry \
        of the foreigner's visa commits an offence punishable by imprisonment for four years.
        """),
    # "illegal residence": facilitating the illegal residence of non-nationals.
    ("SOM-6-1-c", "illegal residence", """
        Section 194 Residence offences
        A person who, for a material benefit, assists in the illegal residence of a non-national in the State \
        commits an offence and is liable to imprisonment for five years.
        """),
    # "facilitates the stay": facilitating a non-national's stay.
    ("SOM-6-1-c", "facilitates the stay", """
        Article 195 - Facilitation
        Whoever, for a material benefit, facilitates the stay of a foreigner in the State without the permit \
        required by law is punishable by imprisonment for one to five years.
        """),
    # "facilitates the residence": facilitating a non-national's residence.
    ("SOM-6-1-c", "facilitates the residence", """
        Section 196 Facilitating residence
        A person who, for a material benefit, facilitates the residence of a non-national in the State in breach of \
        the immigration rules commits an offence and is liable to imprisonment for five years.
        """),
    # "remains in violation of law": concealing a non-national who remains in violation of law.
    ("SOM-6-1-c", "remains in violation of law", """
        Sec. 197. Concealing aliens.
        Whoever, knowing that an alien remains in violation of law in the State, hides that alien from the \
        authorities for commercial gain commits an offense punishable by imprisonment for not more than five years.
        """),
    # "harbours an illegal immigrant": harbouring an illegal immigrant.
    ("SOM-6-1-c", "harbours an illegal immigrant", """
        Section 198 Harbouring
        A person who, for a material benefit, harbours an illegal immigrant in order to enable that person to evade \
        removal from the State commits an offence and is liable to imprisonment for five years.
        """),
    # "harbouring illegal immigrants": the offence of harbouring illegal immigrants.
    ("SOM-6-1-c", "harbouring illegal immigrants", """
        Article 199 Harbouring illegal immigrants
        (1) Harbouring illegal immigrants for a material benefit, so as to enable them to evade removal from the \
            State, is an offence.
        (2) The penalty is imprisonment for five years.
        """),
    # "harbors an alien": harbouring an alien (US drafting).
    ("SOM-6-1-c", "harbors an alien", """
        Sec. 200. Harboring.
        Whoever, for commercial gain, harbors an alien who has no lawful status in the State, to enable the alien \
        to evade removal, commits an offense punishable by imprisonment for not more than five years.
        """),
    # "conceals, harbors, or shields from detection": the US-style list.
    ("SOM-6-1-c", "conceals, harbors, or shields from detection", """
        Sec. 201. Concealing aliens.
        Whoever, for commercial gain, conceals, harbors, or shields from detection an alien who has no lawful status \
        in the State commits an offense punishable by imprisonment for not more than five years.
        """),
    # "shields from detection": shielding a non-national from detection.
    ("SOM-6-1-c", "shields from detection", """
        Section 202 Shielding
        A person who, for a material benefit, shields from detection a non-national who is present in the State \
        unlawfully commits an offence and is liable to imprisonment for five years.
        """),
    # "encourages or induces an alien to reside": inducing an alien to reside unlawfully.
    ("SOM-6-1-c", "encourages or induces an alien to reside", """
        Sec. 203. Inducing unlawful residence.
        Whoever, for commercial gain, encourages or induces an alien to reside in the State, knowing that the \
        residence is unlawful, commits an offense punishable by imprisonment for not more than five years.
        """),
    # "enables to remain": enabling a non-national to remain.
    ("SOM-6-1-c", "enables to remain", """
        Article 204 - Residence schemes
        Any person who, for a material benefit and by means of false documents, enables to remain in the State a \
        person who is not a national or permanent resident commits an offence punishable by imprisonment for five \
        years.
        """),
    # "enables a foreign national to remain": enabling a foreign national to remain.
    ("SOM-6-1-c", "enables a foreign national to remain", """
        Section 205 Remaining without status
        A person who, for a material benefit, enables a foreign national to remain in the State without the permit \
        required by law commits an offence and is liable to imprisonment for five years.
        """),
]

# ---------------------------------------------------------------- participation in smuggling (SOM-6-2-*), its
# aggravations (SOM-6-3-*) and the smuggled migrant's non-liability (SOM-5)
SMUGGLING_PARTICIPATION = [
    # "aids, abets, counsels or procures": the common-law formula for secondary liability.
    ("SOM-6-2-b", "aids, abets, counsels or procures", """
        Section 206 Smuggling of migrants
        (1) A person who, for a material benefit, procures the illegal entry of a non-national into the State or any \
            other State commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        (2) A person who aids, abets, counsels or procures the commission of an offence under subsection (1) is \
            liable to be punished as a principal offender.
        """),
    # "aids or abets": aiding or abetting smuggling.
    ("SOM-6-2-b", "aids or abets", """
        Article 207 - Smuggling of migrants
        1. Whoever, for a material benefit, procures the illegal entry of a foreigner into the State or another \
           State commits the offence of smuggling of migrants, punishable by imprisonment for three to ten years.
        2. Whoever aids or abets the offence under paragraph 1 is liable to the same penalty.
        """),
    # "aiding and abetting": aiding and abetting smuggling.
    ("SOM-6-2-b", "aiding and abetting", """
        Section 208 Smuggling of migrants
        (1) A person who, for gain, procures the illegal entry of a non-national into the State or any other State \
            commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        (2) Aiding and abetting an offence under subsection (1) is punishable by imprisonment for up to seven years.
        """),
    # "abets": abetting smuggling.
    ("SOM-6-2-b", "abets", """
        Article 209 Smuggling of migrants
        (1) Any person who, for profit, procures the illegal entry of a person who is not a national into the State \
            or another State commits the offence of smuggling of migrants, punishable by imprisonment for ten years.
        (2) Any person who abets the commission of the offence under paragraph (1) is punishable by imprisonment for \
            up to seven years.
        """),
    # "accessory": an accessory to smuggling.
    ("SOM-6-2-b", "accessory", """
        Section 210 Smuggling of migrants
        (1) A person who, for a material benefit, procures the illegal entry of a non-national into the State or any \
            other State commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        (2) An accessory to an offence under subsection (1) is liable to imprisonment for up to seven years.
        """),
    # "secondary party": a secondary party to smuggling.
    ("SOM-6-2-b", "secondary party", """
        Section 211 Smuggling of migrants
        (1) A person who, for a financial benefit, procures the illegal entry of a non-national into the State or \
            any other State commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        (2) A secondary party to an offence under subsection (1) is liable to the same penalty as the principal.
        """),
    # "organizes": organizing smuggling (US spelling).
    ("SOM-6-2-c", "organizes", """
        Sec. 212. Smuggling of migrants.
        (a) Whoever, for a financial benefit, procures the illegal entry of an alien into the State or any other \
            State commits the offense of smuggling of migrants, punishable by imprisonment for not more than ten years.
        (b) Whoever organizes the commission of an offense under subsection (a) is punishable by imprisonment for \
            not more than fifteen years.
        """),
    # "incites": inciting smuggling.
    ("SOM-6-2-c", "incites", """
        Article 213 - Smuggling of migrants
        1. Whoever, for a material benefit, procures the illegal entry of a foreigner into the State or another \
           State commits the offence of smuggling of migrants, punishable by imprisonment for three to ten years.
        2. Whoever incites another person to commit the offence under paragraph 1 is liable to the same penalty.
        """),
    # "procures another": procuring another to commit smuggling.
    ("SOM-6-2-c", "procures another", """
        Section 214 Smuggling of migrants
        (1) A person who, for gain, conveys a non-national into the State or any other State without the leave \
            required by its law commits the offence of smuggling of migrants and is liable to imprisonment for ten \
            years.
        (2) A person who procures another to commit an offence under subsection (1) is liable to imprisonment for \
            twelve years.
        """),
    # "organiser": the organiser of smuggling punished.
    ("SOM-6-2-c", "organiser", """
        Section 215 Smuggling of migrants
        (1) A person who, for a material benefit, procures the illegal entry of a non-national into the State or any \
            other State commits the offence of smuggling of migrants and is liable to imprisonment for ten years.
        (2) The organiser of an offence under subsection (1) is liable to imprisonment for fifteen years.
        """),
    # "ringleader": the ringleader of smuggling punished.
    ("SOM-6-2-c", "ringleader", """
        Article 216 Smuggling of migrants
        (1) Any person who, for profit, procures the illegal entry of a foreigner into the State or another State \
            commits the offence of smuggling of migrants, punishable by imprisonment for ten years.
        (2) A ringleader of a group committing the offence under paragraph (1) is punishable by imprisonment for \
            fifteen years.
        """),
    # "endangers life": an aggravation where the smuggling endangers life.
    ("SOM-6-3-a", "endangers life", """
        Section 217 Aggravated smuggling
        Where an offence of smuggling of migrants is committed in a manner that endangers life, the offender is \
        liable to imprisonment for twenty years.
        """),
    # "danger of death": an aggravation where migrants are exposed to danger of death.
    ("SOM-6-3-a", "danger of death", """
        Article 218 - Smuggling of migrants: aggravation
        The penalty for smuggling of migrants is imprisonment for fifteen to twenty years where the migrants are \
        exposed to danger of death during the journey.
        """),
    # "risk of death": an aggravation where migrants are exposed to a risk of death.
    ("SOM-6-3-a", "risk of death", """
        Section 219 Smuggling of migrants in dangerous conditions
        A person who commits the offence of smuggling of migrants in circumstances that expose a migrant to a risk of \
        death is liable to imprisonment for twenty years.
        """),
    # "danger of death or serious harm": an aggravation for such danger.
    ("SOM-6-3-a", "danger of death or serious harm", """
        Article 220 Aggravated smuggling
        Where the smuggling of migrants places a migrant in danger of death or serious harm, the penalty is \
        imprisonment for fifteen to twenty-five years.
        """),
    # "places in jeopardy the life": an aggravation where the smuggler places a migrant's life in jeopardy.
    ("SOM-6-3-a", "places in jeopardy the life", """
        Sec. 221. Smuggling of migrants; aggravation.
        Whoever, in the course of smuggling of migrants, places in jeopardy the life of a migrant by the means of \
        transport used shall be imprisoned for not more than twenty years.
        """),
    # "lives of the migrants are endangered": an aggravation for endangered lives.
    ("SOM-6-3-a", "lives of the migrants are endangered", """
        Article 224 - Smuggling of migrants: aggravation
        The penalty for smuggling of migrants is imprisonment for twenty years where the lives of the migrants are \
        endangered by the means of transport used.
        """),
    # "life is endangered": an aggravation where a migrant's life is endangered.
    ("SOM-6-3-a", "life is endangered", """
        Section 225 Aggravated smuggling
        Where, in the course of smuggling of migrants, a migrant's life is endangered, the offender is liable to \
        imprisonment for twenty years.
        """),
    # "safety is endangered": an aggravation where a migrant's safety is endangered.
    ("SOM-6-3-a", "safety is endangered", """
        Article 226 Aggravated smuggling of migrants
        Where, in the course of smuggling of migrants, a migrant's safety is endangered, the penalty is imprisonment \
        for twelve to twenty years.
        """),
    # "cruel, inhuman or degrading": an aggravation for cruel, inhuman or degrading conditions.
    ("SOM-6-3-b", "cruel, inhuman or degrading", """
        Section 227 Aggravated smuggling
        Where, in the course of smuggling of migrants, the migrants are subjected to cruel, inhuman or degrading \
        conditions, the offender is liable to imprisonment for twenty years.
        """),
    # "humiliating or degrading": an aggravation for humiliating or degrading conditions.
    ("SOM-6-3-b", "humiliating or degrading", """
        Article 228 - Smuggling of migrants: aggravation
        The penalty for smuggling of migrants is imprisonment for fifteen years where the migrants are subjected to \
        humiliating or degrading conditions.
        """),
    # "shall not be held criminally liable": smuggled migrants not held criminally liable.
    ("SOM-5", "shall not be held criminally liable", """
        Section 229 Smuggled migrants
        A migrant shall not be held criminally liable under this Part for the fact of having been smuggled.
        """),
    # "shall not be subject to criminal prosecution": smuggled migrants not prosecuted.
    ("SOM-5", "shall not be subject to criminal prosecution", """
        Article 230 - Protection of smuggled migrants
        A migrant shall not be subject to criminal prosecution under this Chapter for the fact that the migrant was \
        smuggled.
        """),
    # "not liable to prosecution": smuggled migrants not liable to prosecution.
    ("SOM-5", "not liable to prosecution", """
        Section 231 Position of migrants
        A person who has been smuggled is not liable to prosecution for an offence under section 206 by reason only \
        of having been smuggled.
        """),
    # "non-liability of smuggled migrants": the rule by its name.
    ("SOM-5", "non-liability of smuggled migrants", """
        Article 232 Migrants
        Under the rule of non-liability of smuggled migrants, no migrant may be punished under this Law for having \
        been smuggled or for holding a document a smuggler supplied.
        """),
]

# ---------------------------------------------------------------- carriers (SOM-11-3, SOM-11-4, TIP-11-3) and consular
# rights (SOM-16-5)
CARRIERS_AND_CONSULS = [
    # "carrier shall ensure": the carrier's duty to ensure passengers' documents.
    ("SOM-11-3", "carrier shall ensure", """
        Section 234 Duties of carriers
        Every carrier shall ensure, before embarkation, that each passenger bound for the State holds the passport \
        and visa needed to enter it.
        """),
    # "passengers hold valid travel documents": the duty described by its object.
    ("SOM-11-3", "passengers hold valid travel documents", """
        Article 235 - Transport operators
        An operator of an aircraft, ship, train or bus coming to the State must check that all its passengers hold \
        valid travel documents for entry into the State.
        """),
    # "carrier shall verify": the carrier's duty to verify.
    ("SOM-11-3", "carrier shall verify", """
        Section 236 Checks by carriers
        Before a passenger boards, the carrier shall verify that the passenger has the passport and visa required \
        for entry into the State.
        """),
    # "carrier shall be liable to a fine": the sanction in full.
    ("SOM-11-4", "carrier shall be liable to a fine", """
        Article 239 - Passengers without documents
        Where a passenger arrives in the State without the passport or visa required for entry, the carrier shall be \
        liable to a fine of up to five thousand units, unless it shows that it took reasonable care.
        """),
    # "carrier sanctions": sanctions against carriers.
    ("SOM-11-4", "carrier sanctions", """
        Section 240 Undocumented passengers
        (1) The Director may impose carrier sanctions of up to five thousand units for each passenger that a \
            transport operator brings to the State without the passport and visa required for entry.
        (2) No sanction shall be imposed where the operator shows that it took reasonable care.
        """),
    # "penalty on the carrier": a penalty imposed on the carrier.
    ("SOM-11-4", "penalty on the carrier", """
        Article 241 Undocumented passengers
        For each passenger brought to the State without the travel documents required for entry, the immigration \
        authority shall impose a penalty on the carrier of up to five thousand units.
        """),
    # "fine on the carrier": a fine imposed on the carrier.
    ("SOM-11-4", "fine on the carrier", """
        Section 242 Passengers without documents
        The Minister may impose a fine on the carrier of up to five thousand units for each passenger brought to the \
        State without a valid passport and visa.
        """),
    # "carrier commits an offence": the carrier's offence.
    ("SOM-11-4", "carrier commits an offence", """
        Article 243 - Transport of undocumented passengers
        A carrier commits an offence if it brings to the State a passenger who does not hold the passport and visa \
        required for entry, and is liable to a fine of up to ten thousand units.
        """),
    # "brings a passenger without": the carrier's offence described by its conduct.
    ("SOM-11-4", "brings a passenger without", """
        Section 244 Undocumented arrivals
        An airline or shipping company that brings a passenger without a valid passport and visa to the State is \
        liable to a fine of five thousand units for each such passenger.
        """),
    # "carrier liable": the carrier made liable to a fine.
    ("SOM-11-4", "carrier liable", """
        Article 245 Responsibility for undocumented passengers
        The immigration authority shall hold the carrier liable to a fine of five thousand units for each passenger \
        it brings to the State without the documents required for entry.
        """),
    # "notify the consulate": the authorities notify the consulate at the detainee's request.
    ("SOM-16-5", "notify the consulate", """
        Section 246 Detained foreigners
        Where a foreigner is detained under this Act, the detaining authority shall inform the foreigner of the \
        right to have the authorities notify the consulate of the foreigner's State and shall, at the foreigner's \
        request, notify the consulate without delay.
        """),
    # "consular access": the detainee's right to consular access.
    ("SOM-16-5", "consular access", """
        Article 247 - Rights of detained migrants
        A migrant detained under this Law shall be informed without delay of the migrant's right to consular access \
        and may exercise it at any time.
        """),
    # "consular post": the detainee may contact the consular post.
    ("SOM-16-5", "consular post", """
        Section 248 Detention of non-nationals
        A non-national detained under this Act shall be told without delay that the non-national may have the \
        consular post of the non-national's State informed of the detention and may communicate with it.
        """),
    # "check the travel documents": the duty to check the travel documents.
    ("TIP-11-3", "check the travel documents", """
        Article 251 - Transport companies
        Every transport company bringing passengers to the State by air, sea or land must check the travel \
        documents of each passenger before departure.
        """),
]

LEXICON_CASES: list[tuple[str, str, str]] = [
    *ACTS, *MEANS, *PURPOSES, *CONSENT_AND_CHILDREN, *OFFENCE_AND_PARTICIPATION, *PRIVACY_AND_COURT, *VICTIMS,
    *NON_PUNISHMENT_AND_USE, *INSTITUTIONS_AND_GENERAL_RULES, *SMUGGLING, *DOCUMENTS_AND_STAY,
    *SMUGGLING_PARTICIPATION, *CARRIERS_AND_CONSULS,
]

# Statutes where a careful assessor finds the element but the engine missed it when these cases were written (issue
# 11), with why; each term also has a case above, drafted differently. Fixed in the engine, tested to stay found.
FIXED_GAPS: list[tuple[str, str, str, str]] = [
    # A child rule stated only by an age in words, with no "child" or "minor".
    ("TIP-3-d", "less than eighteen years", """
        Article 7 - Trafficking in persons
        1. Whoever recruits, transfers or harbours a person by coercion or deception for the purpose of exploitation \
           commits trafficking in persons, punishable by imprisonment for eight to fifteen years.
        2. Where the victim is a person less than eighteen years old, the offence is committed even if none of the \
           means in paragraph 1 was used.
        """,
     "the engine's 'child' vocabulary has 'under eighteen' and 'under the age of' but not 'less than eighteen', so "
     "paragraph 2 is not read as a child rule (TIP-3-c is then only functional and TIP-3-d missing)"),
    # The no-means clause for children names the means it dispenses with.
    ("TIP-3-c", "irrespective of whether", """
        Section 9 Trafficking in children
        (1) A person who recruits, transports or receives a child for the purpose of exploitation commits trafficking \
            in persons, irrespective of whether any threat, force, deception or other means was used.
        (2) The penalty is imprisonment for twenty years.
        (3) In this section, "child" means a person under the age of eighteen years.
        """,
     "the means listed after 'irrespective of whether' seem to be read as means the child offence requires; the "
     "same clause passes with 'irrespective of whether any means was used'"),
    # A harbouring offence whose illegality is "has no right to reside".
    ("SOM-6-1-c", "shields from detection", """
        Section 202 Shielding
        A person who, for a material benefit, shields from detection a non-national who has no right to reside in \
        the State commits an offence and is liable to imprisonment for five years.
        """,
     "the engine wants a word of illegality (without, unlawful, illegal, in violation, not entitled); 'has no right "
     "to reside' is not one of them"),
    # The carriers' duty, its lexicon word in the heading only.
    ("SOM-11-3", "carrier obligations", """
        Section 238 Carrier obligations
        Every person who operates a means of transport bringing passengers to the State by air, sea or land must check \
        before departure that each passenger has the passport and visa required for entry into the State.
        """,
     "a term in a heading does not count, and the body's words ('operates a means of transport', 'must check') "
     "are not in SOM-11-3's lexicon"),
    # The carriers' sanction, its lexicon word in the heading only.
    ("SOM-11-4", "carrier sanctions", """
        Section 240 Carrier sanctions
        The Director may impose a penalty of up to five thousand units for each passenger that a transport operator \
        brings to the State without the passport and visa required for entry.
        """,
     "a term in a heading does not count, and 'transport operator' with 'penalty' in the body is not in SOM-11-4's "
     "lexicon"),
    # A defence drafted as "not guilty" (the usual common-law wording of a statutory defence).
    ("GP.non_punishment", "defence for victims", """
        Article 98 Defence for victims of trafficking
        (1) A person charged with an offence is not guilty of it if the person committed it because the person was \
            compelled by the circumstances of trafficking in persons of which the person is a victim.
        """,
     "the non-punishment rule wants 'not ... prosecuted/punished/penalised/liable'; 'is not guilty of it' is not "
     "read, and the term in the heading does not count"),
    # "by the use of <means>, for the purpose of forced labour" read as "use of forced labour".
    ("TIP-3-a.act.harbouring", "shelters", """
        Article 18. Trafficking in persons
        Whoever shelters a person, by the use of coercion, for the purpose of forced labour shall be punished for \
        trafficking in persons with imprisonment of five to ten years.
        """,
     "the lexicon's gap matching reads 'use of coercion, for the purpose of forced labour' as GP.use_of_services "
     "('use of forced labour'), and a one-act offence with that hit is taken for a use-of-services offence, not "
     "trafficking; the same offence 'by coercion' passes"),
]


@pytest.mark.parametrize(("element_id", "term", "text"), LEXICON_CASES,
                         ids=[f"{element}:{term}" for element, term, _ in LEXICON_CASES])
def test_term_carries_its_element(element_id: str, term: str, text: str) -> None:
    assert outcome(run(text, "en"), element_id) == FOUND


def test_each_statute_shows_its_term() -> None:
    # The term is in its statute in a form the lexicon-coverage check accepts (test_legal_fidelity_scope.py).
    assert not [(element, term) for element, term, text in [*LEXICON_CASES, *(g[:3] for g in FIXED_GAPS)]
                if not term_pattern(term).search(norm(_law(text)))]


def test_one_case_per_term() -> None:
    pairs = [(element, term) for element, term, _ in LEXICON_CASES]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize(("element_id", "term", "text", "why"), FIXED_GAPS, ids=[f"{g[0]}:{g[1]}" for g in FIXED_GAPS])
def test_a_fixed_engine_gap_stays_found(element_id: str, term: str, text: str, why: str) -> None:
    # Missed once for the reason `why`; the engine's rule for it is in docs/engine.md.
    assert outcome(run(text, "en"), element_id) == FOUND, why
