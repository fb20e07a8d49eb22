"""Drafting forms of real legal traditions the engine must read (snippets written for the project)."""

from __future__ import annotations

from functools import cache

import pytest

from assessor import legislation_from_text, load_catalog, pre_assess
from assessor.catalog import Catalog


@cache
def catalog() -> Catalog:
    return load_catalog()


FORMS = [
    (
        # A prohibition ("It shall be unlawful ...") whose penalty sits in another section that cites it.
        "prohibition_with_penalty_elsewhere", "en",
        "Section 4 Acts of Trafficking in Persons\n"
        "It shall be unlawful for any person to commit any of the following acts:\n"
        "(a) To recruit, transport, transfer, harbor, provide, or receive a person by any means for the purpose "
        "of prostitution, forced labor or slavery;\n"
        "Section 10 Penalties\n"
        "Any person found guilty of committing any of the acts enumerated in Section 4 shall suffer imprisonment "
        "of twenty years.",
        {"TIP-3-a.act.recruitment": "found", "TIP-3-a.means.fraud": "found", "TIP-5-1": "found"},
    ),
    (
        # A Belgian-style article with a glued Latin suffix, its penalty in the next article.
        "belgian_glued_suffix", "fr",
        "Art. 433quinquies.\n"
        "Est constitutif de traite des êtres humains le fait de recruter puis de transporter, d'héberger "
        "ou d'accueillir une personne à des fins d'exploitation de la prostitution ou de travail forcé.\n"
        "Art. 433sexies.\n"
        "L'infraction visée à l'article 433quinquies sera punie de la réclusion de cinq ans à dix ans.",
        {"TIP-3-a.act.harbouring": "found", "TIP-3-a.purpose.forced_labour": "found", "TIP-5-1": "found",
         "TIP-3-a.purpose.organ_removal": "missing"},
    ),
    (
        # A Mexican-style offence: acts and purpose, penalty "se le impondrá de ... años de prisión".
        "penalty_by_years", "es",
        "Artículo 10.- Toda acción dolosa de una o varias personas para captar, transportar, transferir, "
        "recibir o alojar a una persona con fines de explotación se le impondrá de 5 a 15 años de prisión.",
        {"TIP-3-a.act.recruitment": "found", "TIP-3-a.act.harbouring": "found", "TIP-5-1": "found",
         "TIP-11-3": "missing"},
    ),
    (
        # A Commonwealth act: "trafficking in persons" defined in the interpretation section, the offence
        # using the defined term without citing it.
        "defined_term_offence", "en",
        'Section 2 Interpretation\n'
        'In this Act, "trafficking in persons" means the recruitment, transportation or harbouring of persons, by '
        'means of the threat or use of force, of fraud or of deception, for the purpose of exploitation.\n'
        'Section 3 Offence\n'
        'Any person who engages in trafficking in persons commits an offence and is liable on conviction to '
        'imprisonment for life.',
        {"TIP-3-a.act.recruitment": "found", "TIP-3-a.means.deception": "found", "TIP-5-1": "found"},
    ),
    (
        # A Swiss-style penalty: "peine privative de liberté ou peine pécuniaire".
        "custodial_or_pecuniary_penalty", "fr",
        "Art. 182\n"
        "Celui qui se livre à la traite d'un être humain à des fins d'exploitation sexuelle ou d'exploitation de "
        "son travail est puni d'une peine privative de liberté ou d'une peine pécuniaire. Le recrutement d'une "
        "personne à ces fins est assimilé à la traite.",
        {"TIP-3-a.act.recruitment": "found", "TIP-3-a.purpose.sexual_exploitation": "found", "TIP-5-1": "found"},
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
def test_drafting_form(language: str, text: str, expected: dict[str, str]) -> None:
    pre = pre_assess(legislation_from_text(text, "law.txt", language), catalog())
    got = {key: pre.elements[key].status.value for key in expected}
    assert got == expected
