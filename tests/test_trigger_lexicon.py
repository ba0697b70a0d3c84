"""Rows of the trigger lexicon and the CASE 2021 map on hand-written sentences.

The lexicon tests code each sentence with the real model and dictionaries (a Coder sharing the session's pipeline);
the map tests build events by hand. Expected types, modes and subtypes follow CAMEO/PLOVER and the ACLED
sub-event definitions, not the coder's output.
"""

from __future__ import annotations

import pytest

from sitrep.eval.case2021 import load_case_map, snippet_label
from sitrep.eval.common import short_article
from sitrep.records import Actor, Event, Evidence


@pytest.fixture(scope="module")
def coder(nlp):
    from sitrep.coder import Coder

    made = Coder()
    made._nlp = nlp
    return made


def code(coder, text: str) -> list[Event]:
    [(_article, events)] = list(coder.code([short_article("t", text)]))
    return events


def test_trigger_lexicon_set_off_device_is_an_explosives_assault(coder):
    events = code(
        coder, "Taliban militants set off an improvised explosive device near a police station in Kabul."
    )
    assert any(
        e.event_type == "ASSAULT" and e.mode == "explosives" and e.evidence.trigger == "set off"
        for e in events
    )


def test_trigger_lexicon_set_off_a_row_is_not_violence(coder):
    events = code(coder, "The decision by the Turkish government set off a row with Germany.")
    assert not any(e.event_type == "ASSAULT" for e in events)


def test_trigger_lexicon_beating_is_a_physical_assault(coder):
    events = code(coder, "The army's beating of three students drew protests in Cairo.")
    beatings = [e for e in events if e.evidence.trigger == "beating"]
    assert beatings and beatings[0].event_type == "ASSAULT" and beatings[0].mode == "beat"
    assert beatings[0].source is not None and beatings[0].source.sector == "MIL"


def test_trigger_lexicon_slaying_is_a_killing(coder):
    events = code(coder, "Hezbollah's slaying of two Israeli soldiers drew protests in Jerusalem.")
    slayings = [e for e in events if e.evidence.trigger == "slaying"]
    assert slayings and slayings[0].event_type == "ASSAULT" and slayings[0].cameo == "1823"


def test_trigger_lexicon_vehicle_driven_into_a_patrol_is_an_assault_on_it(coder):
    events = code(coder, "A suicide bomber riding a motorcycle loaded with explosives crashed into a NATO foot patrol "
                         "near Bagram Airfield.")
    assert {e.event_type for e in events} == {"ASSAULT"}  # the patrol struck is no deployment
    assert any(e.evidence.trigger.startswith("crashed") for e in events)
    slammed = code(coder, "A suicide car bomber slammed into a checkpoint in Baghdad.")
    assert {e.event_type for e in slammed} == {"ASSAULT"}


def test_trigger_lexicon_slamming_into_a_wall_is_no_criticism(coder):
    assert code(coder, "The truck slammed into a wall in Cairo.") == []


def test_trigger_lexicon_armed_force_crossing_into_territory_mobilizes(coder):
    events = code(coder, "Chechen fighters crossed into Dagestan in support of the rebels.")
    assert any(e.event_type == "MOBILIZE" and e.evidence.trigger.startswith("crossed") for e in events)
    assert code(coder, "Thousands of refugees crossed into Turkey on Monday.") == []


def test_trigger_lexicon_arrest_of_a_journalist_is_coercion_and_an_indictment_an_accusation(coder):
    arrests = code(coder, "Egyptian police arrested a journalist in Cairo.")
    assert [(e.event_type, e.mode) for e in arrests] == [("COERCE", "arrest")]  # PLOVER: whoever is held
    indictments = code(coder, "Prosecutors indicted the former president on corruption charges.")
    assert [e.event_type for e in indictments] == ["ACCUSE"]


# --- the CASE 2021 map (ACLED sub-event definitions) -------------------------------------------------------


def event(
    event_type: str,
    sentence: str,
    *,
    mode: str | None = None,
    source: Actor | None = None,
    target: Actor | None = None,
    context: tuple[str, ...] = (),
) -> Event:
    return Event(
        doc_id="t",
        event_type=event_type,
        status="asserted",
        evidence=Evidence(sentence=sentence, start=0, end=len(sentence), trigger="x"),
        source=source,
        target=target,
        mode=mode,
        context=list(context),
    )


POLICE = Actor(text="police", sector="COP")
ARMY = Actor(text="the army", sector="MIL")
REBELS = Actor(text="Islamic State militants", sector="REB")


def test_trigger_lexicon_case_map_dispersal_without_casualties_is_protest_with_intervention():
    sentence = "Police fired tear gas and water cannon to disperse protesters in the capital."
    assert (
        snippet_label([event("ASSAULT", sentence, mode="crowd-control", source=POLICE)], load_case_map())
        == "PROTEST_WITH_INTER"
    )


def test_trigger_lexicon_case_map_dispersal_with_deaths_is_excessive_force():
    sentence = "Police fired tear gas and live ammunition at protesters, killing four."
    assert (
        snippet_label([event("ASSAULT", sentence, mode="crowd-control", source=POLICE)], load_case_map())
        == "FORCE_AGAINST_PROTEST"
    )


def test_trigger_lexicon_case_map_destroyed_mines_are_disrupted_weapons():
    mines = Actor(text="342 mines and 288 improvised explosive devices")
    sentence = "Turkish troops destroyed 342 mines and 288 improvised explosive devices."
    assert (
        snippet_label(
            [event("ASSAULT", sentence, mode="destroy", source=ARMY, target=mines)], load_case_map()
        )
        == "DISR_WEAP"
    )


def test_trigger_lexicon_case_map_destroyed_houses_are_property_destruction():
    houses = Actor(text="dozens of houses")
    sentence = "Militiamen destroyed dozens of houses in the village."
    assert (
        snippet_label(
            [event("ASSAULT", sentence, mode="destroy", source=REBELS, target=houses)], load_case_map()
        )
        == "PROPERTY_DISTRUCT"
    )


def test_trigger_lexicon_case_map_air_force_source_is_an_air_strike():
    air_force = Actor(text="The Syrian Air Force", sector="MIL")
    sentence = "The Syrian Air Force destroyed a number of vehicles near the village."
    assert (
        snippet_label([event("ASSAULT", sentence, mode="destroy", source=air_force)], load_case_map())
        == "AIR_STRIKE"
    )


def test_trigger_lexicon_case_map_liberation_in_a_name_is_not_regaining_territory():
    olf = Actor(text="Oromo Liberation Army rebels", sector="REB")
    sentence = "Security forces killed 219 Oromo Liberation Army rebels, an official said."
    assert (
        snippet_label([event("ASSAULT", sentence, source=POLICE, target=olf)], load_case_map())
        == "ARMED_CLASH"
    )


def test_trigger_lexicon_case_map_rebels_storming_a_checkpoint_is_a_clash():
    checkpoint = Actor(text="several checkpoints")
    sentence = "The militants overran several checkpoints in the district."
    taken = event("ASSAULT", sentence, source=REBELS, target=checkpoint, context=("military", "territory"))
    assert snippet_label([taken], load_case_map()) == "ARMED_CLASH"


def test_trigger_lexicon_case_map_rebels_seizing_a_town_overtake_territory():
    town = Actor(text="the town of Af Urur")
    sentence = "The militants seized the town of Af Urur after chemical weapons were reported nearby."
    taken = event(
        "ASSAULT",
        sentence,
        mode="unconventional",
        source=REBELS,
        target=town,
        context=("military", "territory"),
    )
    assert snippet_label([taken], load_case_map()) == "NON_STATE_ACTOR_OVERTAKES_TER"


def test_trigger_lexicon_case_map_credit_for_an_attack_is_attribution():
    sentence = "Islamic State takes credit for a suicide bomb that killed dozens."
    bomb = event("ASSAULT", sentence, mode="suicide-attack", source=REBELS)
    assert snippet_label([bomb], load_case_map()) == "ATTRIB"


def test_trigger_lexicon_hurled_and_lobbed_weapons_are_assaults(coder):
    stones = code(coder, "Protesters hurled stones at the police.")
    grenades = code(coder, "Attackers lobbed grenades at the police station.")
    assert any(e.event_type == "ASSAULT" and e.evidence.trigger == "hurled" for e in stones)
    assert any(
        e.event_type == "ASSAULT" and e.mode == "explosives" and e.evidence.trigger == "lobbed"
        for e in grenades
    )


def test_trigger_lexicon_roads_shut_down_by_protesters_are_obstruction(coder):
    events = code(coder, "Anti-government protesters in Baghdad shut down roads on Sunday.")
    assert any(e.event_type == "PROTEST" and e.mode == "obstruct" for e in events)
    assert snippet_label(events, load_case_map()) == "VIOL_DEMONSTR"


def test_trigger_lexicon_bearing_responsibility_is_an_attribution(coder):
    events = code(
        coder,
        "The Iranian foreign minister said Israel bears full responsibility for the attack on the ship.",
    )
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].source is not None and attacks[0].source.text == "Israel"
    assert any(e.event_type == "ACCUSE" for e in events)
    assert snippet_label(events, load_case_map()) == "ATTRIB"


def test_trigger_lexicon_claim_in_a_relative_clause_names_the_group(coder):
    events = code(coder, "Al-Shabab, which has claimed responsibility for the blast, killed 20 people.")
    blasts = [e for e in events if e.evidence.trigger == "blast"]
    assert blasts and blasts[0].status == "claimed"
    assert blasts[0].source is not None and blasts[0].source.text.lower() != "which"


def test_trigger_lexicon_seizing_a_provincial_capital_takes_territory(coder):
    events = code(coder, "Houthi rebel fighters seized the capital of the northern province early Sunday.")
    seized = [e for e in events if e.evidence.trigger == "seized"]
    assert seized and seized[0].event_type == "ASSAULT" and "territory" in seized[0].context


def test_trigger_lexicon_seizing_parts_of_a_country_takes_territory(coder):
    # a part of a place is territory; a part of a thing seized keeps the thing's reading (confiscation)
    events = code(coder, "The militant group has seized parts of Iraq and Syria.")
    seized = [e for e in events if e.evidence.trigger == "seized"]
    assert seized and (seized[0].event_type, seized[0].cameo) == ("ASSAULT", "192")
    shipment = [e for e in code(coder, "Police seized part of the shipment.") if e.evidence.trigger == "seized"]
    assert shipment and (shipment[0].event_type, shipment[0].cameo) == ("COERCE", "1711")


def test_trigger_lexicon_case_map_clashes_at_a_protest_are_a_violent_demonstration():
    sentence = "Clashes broke out between police and anti-government demonstrators in the capital."
    assert snippet_label([event("ASSAULT", sentence)], load_case_map()) == "VIOL_DEMONSTR"


def test_trigger_lexicon_case_map_projectiles_thrown_at_police_during_a_protest_are_violent():
    sentence = "Dozens were arrested during the demonstration after projectiles were thrown at police."
    thrown = event("ASSAULT", sentence, target=POLICE)
    arrests = event("COERCE", sentence, mode="arrest")
    assert snippet_label([arrests, thrown], load_case_map()) == "VIOL_DEMONSTR"


def test_trigger_lexicon_case_map_crackdown_on_demonstrators_is_force_against_protest():
    demonstrators = Actor(text="peaceful demonstrators", sector="CVL")
    government = Actor(text="The government", sector="GOV")
    violent = "The government stepped up its violent crackdown on peaceful demonstrators."
    plain = "The government launched a crackdown on peaceful demonstrators."
    crackdown = event("COERCE", violent, source=government, target=demonstrators)
    assert snippet_label([crackdown], load_case_map()) == "FORCE_AGAINST_PROTEST"
    crackdown = event("COERCE", plain, source=government, target=demonstrators)
    assert snippet_label([crackdown], load_case_map()) == "PROTEST_WITH_INTER"


def test_trigger_lexicon_case_map_army_vehicles_destroyed_by_rebels_are_a_clash():
    vehicles = Actor(text="four army vehicles", sector="MIL")
    sentence = "The rebels said their combatants destroyed four army vehicles."
    destroyed = event("ASSAULT", sentence, mode="destroy", source=REBELS, target=vehicles)
    assert snippet_label([destroyed], load_case_map()) == "ARMED_CLASH"


def test_trigger_lexicon_case_map_rocket_propelled_grenade_is_a_missile_attack():
    sentence = "A rocket-propelled grenade hit the family's car in the province."
    assert snippet_label([event("ASSAULT", sentence, mode="heavy-weapons")], load_case_map()) == "ART_MISS_ATTACK"


def test_trigger_lexicon_aid_agency_forced_out_is_an_expulsion(coder):
    # CAMEO 1663 (expel or withdraw aid agencies), a PLOVER SANCTION; "out" parsed as a preposition
    events = code(coder, "Jakarta forced the UN refugee agency out of the country last week.")
    forced = [e for e in events if e.evidence.trigger.startswith("forced")]
    assert forced and forced[0].event_type == "SANCTION" and forced[0].cameo == "1663"


def test_trigger_lexicon_expelled_aid_agencies_are_a_sanction_not_a_deportation(coder):
    events = code(coder, "Sudan expelled 13 aid agencies from Darfur.")
    expelled = [e for e in events if e.evidence.trigger == "expelled"]
    assert expelled and expelled[0].event_type == "SANCTION" and expelled[0].cameo == "1663"


def test_trigger_lexicon_put_under_investigation_is_an_investigation(coder):
    events = code(coder, "Italian prosecutors put the minister under investigation for fraud.")
    put = [e for e in events if e.evidence.trigger.startswith("put")]
    assert put and put[0].event_type == "ACCUSE" and put[0].cameo == "090"


def test_trigger_lexicon_supporting_training_or_arming_is_aid(coder):
    # PLOVER AID covers military assistance (arms, training); verbal backing stays SUPPORT (CAMEO 05x)
    events = code(coder, "Turkey has been supporting the training of rebel fighters in northern Syria.")
    supporting = [e for e in events if e.evidence.trigger == "supporting"]
    assert supporting and supporting[0].event_type == "AID" and supporting[0].cameo == "072"
    backed = code(coder, "Turkey supported the peace plan for northern Syria.")
    assert [e.event_type for e in backed if e.evidence.trigger == "supported"] == ["SUPPORT"]


def test_trigger_lexicon_seized_hostages_is_an_abduction_not_a_confiscation(coder):
    # CAMEO 181 (abduct, take hostage), as take/hold/capture + hostage; seized weapons stay a confiscation (1711)
    events = code(coder, "Chechen rebels seized hundreds of hostages in a hospital in Dagestan.")
    seized = [e for e in events if e.evidence.trigger.startswith("seized")]
    assert seized and seized[0].event_type == "ASSAULT" and seized[0].cameo == "181"


def test_trigger_lexicon_compelled_and_obliged_parties_are_coerced(coder):
    # forcing a party to act is CAMEO 170 (coerce), as "pressured employees to vote"
    for text, word in (("The army compelled residents to leave their homes.", "compelled"),
                       ("The government is obliging public employees to vote.", "obliging")):
        acts = [e for e in code(coder, text) if e.evidence.trigger.startswith(word)]
        assert acts and acts[0].event_type == "COERCE" and acts[0].cameo == "170", text


def test_trigger_lexicon_oblige_without_a_party_is_a_favour_not_coercion(coder):
    events = code(coder, "The foreign minister said he was happy to oblige.")
    assert not [e for e in events if e.evidence.trigger.startswith("oblige")]


def test_trigger_lexicon_stopping_the_looting_coerces_the_looters(coder):
    # forcing a riot or looting (CAMEO 145) to end coerces those doing it (CAMEO 170), as prevent protest (1721)
    events = code(coder, "Turkish troops tried to stop the looting in the town.")
    stop = [e for e in events if e.evidence.trigger == "stop"]
    assert stop and stop[0].event_type == "COERCE" and stop[0].cameo == "170"
    assert stop[0].target is not None and stop[0].target.text == "the looting"


def test_trigger_lexicon_raised_allegations_is_the_raisers_accusation(coder):
    events = code(coder, "Rights groups raised allegations that Ankara is orchestrating a demographic shift.")
    accusations = [e for e in events if e.evidence.trigger == "allegations"]
    assert accusations and accusations[0].event_type == "ACCUSE"
    assert accusations[0].source is not None and accusations[0].source.text == "Rights groups"
    assert accusations[0].target is not None and accusations[0].target.country == "TUR"


def test_trigger_lexicon_raising_a_siege_ends_it(coder):
    # "raise" carries its object's event ("raised allegations"), but to raise a siege is to lift it (CAMEO 0872)
    events = code(coder, "The army raised the siege of the city.")
    assert not [e for e in events if e.event_type == "COERCE"]
    raised = [e for e in events if e.evidence.trigger.startswith("raised")]
    assert raised and raised[0].event_type == "RETREAT"


def test_trigger_lexicon_help_noun_is_aid_for_the_party_told_of_it(coder):
    events = code(coder, "Mohammed Hassan said the YPG had been told that no help would be coming from the US.")
    helps = [e for e in events if e.evidence.trigger == "help"]
    assert [(e.event_type, e.status) for e in helps] == [("AID", "negated")]
    assert helps[0].source is not None and helps[0].source.country == "USA"
    assert helps[0].target is not None and helps[0].target.text == "the YPG"


def test_trigger_lexicon_pressing_ahead_with_talks_is_the_talks_not_a_demand(coder):
    events = code(coder, "Russia is pressing ahead with peace talks with the Syrian opposition.")
    assert [(e.event_type, e.evidence.trigger) for e in events] == [("CONSULT", "peace talks")]
    assert events[0].source is not None and events[0].source.country == "RUS"


def test_trigger_lexicon_assassination_attempt_is_an_attempted_killing(coder):
    events = code(coder, "Gunmen made an assassination attempt on the governor in Kandahar on Monday.")
    attempts = [e for e in events if "attempt" in e.evidence.trigger]
    assert attempts and attempts[0].event_type == "ASSAULT" and attempts[0].cameo == "185"
    assert not any(e.event_type == "ASSAULT" for e in code(coder, "The council made an attempt to reach a deal."))


def test_trigger_lexicon_shooting_spree_is_an_assault_and_a_shopping_spree_none(coder):
    events = code(coder, "A gunman went on a shooting spree in the town of Hanau on Wednesday, police said.")
    assert any(e.event_type == "ASSAULT" and "spree" in e.evidence.trigger for e in events)
    assert not code(coder, "Tourists went on a shopping spree in Paris.")
