"""coding/actor_short_names.py: "the Coalition" after "the Syrian National Coalition" is that body."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.actor_short_names import short_name_of
from sitrep.coding.coref import Mention
from sitrep.records import Actor

SNC = Actor(text="The Syrian National Coalition", name="Syrian National Coalition", actor_id="SYR-COALITION",
            country="SYR", sector="OPP")
US_LED = Actor(text="The Coalition", name="US-led coalition", actor_id="COALITION", sector="MIL", led_by="USA")


def _the(noun: str):
    doc = make_doc([("The", "the", "DET", "det", 1), (noun, noun.lower(), "PROPN", "ROOT", 1)])
    return doc[0:2]


def test_actor_short_names_capitalised_head_noun_is_the_body_named_in_full_before():
    found = short_name_of(_the("Coalition"), US_LED, [Mention(30, SNC, "singular")])
    assert found is not None and found.actor_id == "SYR-COALITION" and found.text == "The Coalition"


def test_actor_short_names_no_earlier_full_name_keeps_the_dictionary_reading():
    other = Actor(text="The Free Syrian Army", actor_id="FSA", country="SYR", sector="REB")
    assert short_name_of(_the("Coalition"), US_LED, [Mention(20, other, "singular")]) is US_LED
    assert short_name_of(_the("Coalition"), US_LED, []) is US_LED


def test_actor_short_names_an_acronym_or_a_description_is_no_short_name():
    pkk = Actor(text="the PKK", name="Kurdistan Workers' Party", actor_id="PKK", country="TUR", sector="REB")
    guerrillas = Actor(text="the Kurdish guerrillas of the PKK", name="Syrian Kurdish rebels", country="SYR",
                       sector="REB")
    assert short_name_of(_the("PKK"), pkk, [Mention(30, guerrillas, "plural")]) is pkk
    rebels = Actor(text="The rebels", actor_id="REB", sector="REB")
    coalition = Actor(text="the opposition fighters of the Coalition", actor_id="SYR-COALITION", country="SYR")
    assert short_name_of(_the("Coalition"), rebels, [Mention(30, coalition, "plural")]) is rebels
