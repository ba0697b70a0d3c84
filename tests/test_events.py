"""coding/events.py through the real pipeline: which parts of a sentence become the event's place and parties."""

from __future__ import annotations

from datetime import date

import sitrep


def test_events_place_is_never_a_conjoined_source_nor_the_target_of_words():
    from conftest import make_doc
    from sitrep.coding.events import _party_heads
    from sitrep.coding.triggers import sense_of_code

    # Iran and Iraq attacked Basra
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 3),
            ("and", "and", "CCONJ", "cc", 0),
            ("Iraq", "Iraq", "PROPN", "conj", 0),
            ("attacked", "attack", "VERB", "ROOT", 3),
            ("Basra", "Basra", "PROPN", "dobj", 3),
        ]
    )
    attack, accuse = sense_of_code("190", pattern="test"), sense_of_code("112", pattern="test")
    assert attack is not None and accuse is not None
    assert [t.text for t in _party_heads(doc[0], doc[4], attack)] == ["Iran", "Iraq"]  # Basra: where it happened
    assert [t.text for t in _party_heads(doc[0], doc[4], accuse)] == ["Iran", "Iraq", "Basra"]


def test_events_town_attacked_is_the_place_of_each_event():
    events = sitrep.extract("Russian jets bombed Idlib and Aleppo on Monday.", published=date(2018, 3, 19))
    places = {e.target.text: e.location.name for e in events if e.event_type == "ASSAULT" and e.target and e.location}
    assert places == {"Idlib": "Idlib", "Aleppo": "Aleppo"}


def test_events_words_are_not_located_at_their_target():
    events = sitrep.extract("Turkey accused Syria of lying on Monday.", published=date(2018, 3, 19))
    accused = [e for e in events if e.event_type == "ACCUSE"]
    assert accused and accused[0].target is not None and accused[0].target.country == "SYR"
    assert accused[0].location is None or accused[0].location.country != "SYR"


def _coded(text: str):
    return sitrep.extract(text, published=date(2005, 3, 19))


def test_events_thing_moved_gives_way_to_the_party_it_goes_to():
    events = _coded("France will contribute up to 4,000 troops to an international peace-keeping force in Liberia.")
    aid = [e for e in events if e.event_type == "AID"]
    assert aid and aid[0].source.country == "FRA" and aid[0].target.country == "LBR"
    events = _coded("Israel will evacuate all 21 settlements in the Gaza Strip in mid-August.")
    retreat = [e for e in events if e.event_type == "RETREAT"]
    assert retreat and retreat[0].target is not None and retreat[0].target.country == "PSE"


def test_events_people_attacked_stay_the_target():
    events = _coded("Rebels killed 23 people in Kabul on Sunday.")
    killed = [e for e in events if e.event_type == "ASSAULT"]
    assert killed and killed[0].target is not None and killed[0].target.text == "23 people"


def test_events_framed_act_lends_its_recipient_to_the_offer():
    events = _coded("Libya has offered to hand over to Great Britain two of its nationals.")
    offers = [e for e in events if e.evidence.trigger == "offered"]
    assert offers and offers[0].target is not None and offers[0].target.country == "GBR"


def test_events_demand_is_addressed_to_the_subject_of_the_demanded_clause():
    events = _coded("Palestinian officials demanded Friday that the United States match the EU's support.")
    demands = [e for e in events if e.event_type == "REQUEST"]
    assert demands and demands[0].source.country == "PSE" and demands[0].target.country == "USA"


def test_events_obligation_a_statement_sets_is_the_speakers_demand():
    events = _coded("Russia said on Tuesday that Sudan must return a helicopter.")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [("REQUEST", "RUS", "SDN")]
    assert events[0].cameo.startswith("10") and events[0].evidence.trigger == "said"
    # an obligation the speaker takes on itself is its own act, not a demand
    events = _coded("Israel said it must withdraw from Gaza.")
    assert not [e for e in events if e.event_type == "REQUEST"]


def test_events_obligation_of_reads_the_modal_clause_under_a_statement():
    from conftest import make_doc
    from sitrep.coding.frames import demand_code, obligation_of

    # Russia said Sudan must return
    doc = make_doc(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("said", "say", "VERB", "ROOT", 1),
            ("Sudan", "Sudan", "PROPN", "nsubj", 4),
            ("must", "must", "AUX", "aux", 4),
            ("return", "return", "VERB", "ccomp", 1),
        ]
    )
    statement, obliged = obligation_of(doc[4])
    assert (statement.text, obliged.text) == ("said", "Sudan")
    doc = make_doc([(t.text if t.i != 3 else "will", t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc])
    assert obligation_of(doc[4]) is None  # a future is reported, not demanded
    assert demand_code("084") == "1053"  # appeal 0253 (release) → demand 1053
    assert demand_code("193") == "100"  # no appeal for an attack: the generic demand


def test_events_support_verb_from_the_lexicon_gives_the_source():
    events = _coded("PEGIDA supporters staged a demonstration in Dresden.")
    protests = [e for e in events if e.event_type == "PROTEST"]
    assert protests and protests[0].source is not None and "supporters" in protests[0].source.text


def test_events_instrument_subject_is_no_perpetrator_and_sets_the_mode():
    events = _coded("Three US servicemen were killed by an improvised explosive device outside Basra.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert len(assault) == 1 and assault[0].source is None  # an unattributed incident, not a dropped one
    assert assault[0].mode == "explosives" and assault[0].target.country == "USA"
    owned = [e for e in _coded("A Hamas rocket hit a house in Sderot on Monday.") if e.event_type == "ASSAULT"]
    assert owned and owned[0].source.actor_id == "HAMAS"  # the instrument's owner is the source


def test_events_incident_noun_subject_and_its_verb_are_one_event():
    events = _coded("A roadside bombing near Samarra on Sunday killed one U.S. soldier.")
    assert [(e.event_type, e.source, e.killed) for e in events] == [("ASSAULT", None, 1)]
    assert events[0].evidence.trigger == "roadside bombing" and events[0].mode == "explosives"
    strikes = _coded("Israeli air strikes on Gaza killed five people.")
    assert [(e.source.country, e.target.country, e.killed) for e in strikes] == [("ISR", "PSE", 5)]


def test_events_quantity_phrase_hands_its_noun_to_the_support_verb():
    gave = _coded("The European Community on Monday gave the Ivory Coast 5.1 million dollars of aid.")
    assert [(e.event_type, e.source.actor_id, e.target.country) for e in gave] == [("AID", "EU", "CIV")]
    food = _coded("The United Nations will provide nearly 25,000 tons of emergency food aid to refugees in Liberia.")
    aid = [e for e in food if e.event_type == "AID"]
    assert aid and aid[0].source.actor_id == "UN" and aid[0].status == "planned"


def test_events_stative_passive_names_who_takes_part():
    events = _coded("Serb forces were engaged in ethnic cleansing in Kosovo.")
    assert [(e.event_type, e.source.country) for e in events] == [("ASSAULT", "SRB")]
    committed = _coded("Vietnam is committed to opening up the economy.")
    assert [(e.event_type, e.cameo, e.source.country) for e in committed] == [("AGREE", "030", "VNM")]


def test_events_back_reference_and_bare_harm_are_not_unattributed_incidents():
    events = _coded("The US advised against travel to Tunisia after the museum shooting last week.")
    assert not [e for e in events if e.event_type == "ASSAULT"]
    assert not _coded("Several people were injured on Monday.")  # a disaster's toll reads the same
    arrests = _coded("Over 110 activists were arrested on Monday.")
    assert [(e.event_type, e.source, e.target.text) for e in arrests] == [("COERCE", None, "Over 110 activists")]


def test_events_noun_chunks_are_grouped_by_their_sentence():
    from conftest import parsed_doc
    from sitrep.coding.events import _chunks_by_sentence

    rows = [("Rebels", "rebel", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
            ("the", "the", "DET", "det", 3), ("town", "town", "NOUN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
            ("Troops", "troop", "NOUN", "nsubj", 6), ("shelled", "shell", "VERB", "ROOT", 6),
            ("the", "the", "DET", "det", 8), ("city", "city", "NOUN", "dobj", 6), (".", ".", "PUNCT", "punct", 6),
            ("Quiet", "quiet", "ADJ", "ROOT", 10), (".", ".", "PUNCT", "punct", 10)]
    doc = parsed_doc(rows)
    grouped = _chunks_by_sentence(doc, list(doc.sents))
    assert [[c.text for c in g] for g in grouped] == [["Rebels", "the town"], ["Troops", "the city"], []]


def test_events_violence_with_no_target_named_is_directed_at_its_place():
    events = _coded("Syrian jets carried out airstrikes in Aleppo on Sunday.")
    strikes = [e for e in events if e.event_type == "ASSAULT"]
    assert strikes and strikes[0].target is not None
    assert strikes[0].target.text == "Aleppo" and strikes[0].target.country == "SYR"


def test_events_definite_thing_opposed_belongs_to_its_author():
    events = _coded("Washington announced plans for a border force. Russia opposed the plan on Monday.")
    opposed = [e for e in events if e.evidence.trigger == "opposed"]
    assert opposed and opposed[0].target is not None and opposed[0].target.country == "USA"


def test_events_stateless_party_takes_the_place_its_phrase_names():
    # "in Baghdad" is cut from the argument phrase, but places demonstrators whose phrase names no state
    events = sitrep.extract("Demonstrators in Baghdad blocked a road on Tuesday.", published=date(2005, 3, 19))
    assert [(e.event_type, e.source.country, e.source.sector) for e in events if e.source] == [
        ("PROTEST", "IRQ", "CVL")
    ]
    events = sitrep.extract("A newspaper based in Beirut has violated a ban.", published=date(2005, 3, 19))
    assert [(e.source.country, e.source.sector) for e in events if e.source] == [("LBN", "JRN")]


def test_events_quoted_we_is_the_speaker_side():
    events = _coded('"We will attack the rebels in Idlib," Turkish President Recep Tayyip Erdogan said.')
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].source is not None and attacks[0].source.country == "TUR"
    assert attacks[0].status == "planned"
    assert not [e for e in _coded("We will attack the rebels in Idlib.") if e.source is not None]  # no speaker


def test_events_quoted_we_over_several_sentences_is_the_speaker_side():
    for text in ('Turkish President Recep Tayyip Erdogan said: "We will clear Afrin. We will attack the rebels in Idlib."',
                 '"We will clear Afrin," said Erdogan. "We will attack the rebels in Idlib."'):
        attacks = [e for e in _coded(text) if e.event_type == "ASSAULT"]
        assert attacks and attacks[0].source is not None and attacks[0].source.country == "TUR", text


def test_events_quoted_our_troops_are_the_speakers_forces():
    events = _coded('"Our soldiers will attack Manbij," the Turkish defence minister said.')
    attacks = [e for e in events if e.event_type == "ASSAULT"]
    assert attacks and attacks[0].source is not None and attacks[0].source.actor_id == "TUR-MIL"


def test_events_claim_about_another_party_is_an_accusation():
    events = sitrep.extract("Turkey argued that the YPG is linked to the PKK.", published=date(2018, 3, 19))
    accused = [e for e in events if e.event_type == "ACCUSE"]
    assert accused and accused[0].source is not None and accused[0].source.country == "TUR"
    assert accused[0].target is not None and "YPG" in accused[0].target.text
    # a claim whose clause codes an act of its own is that act, claimed, not an accusation
    retaken = _coded("Russia claimed that Syrian forces had retaken Palmyra.")
    assert [e.event_type for e in retaken] == ["ASSAULT"] and retaken[0].status == "claimed"


def test_events_complaint_repeated_belongs_to_the_repeater():
    events = _coded("Putin repeated complaints that US deployments in Syria were illegal.")
    accused = [e for e in events if e.event_type == "ACCUSE"]
    assert accused and accused[0].source is not None and accused[0].source.country == "RUS"
    assert accused[0].target is not None and accused[0].target.country == "USA"


def test_events_thing_called_an_attack_by_a_speaker_is_its_owner_accused():
    events = _coded("The US plan was a blatant attack on Syrian sovereignty, Syria said.")
    assert [e.event_type for e in events] == ["ACCUSE"]
    assert events[0].source is not None and events[0].source.country == "SYR"
    assert events[0].target is not None and events[0].target.country == "USA"


def test_events_noun_given_in_a_relative_clause_is_the_givers():
    events = _coded("Turkey is angry at the support the US continues to provide to the Kurdish forces.")
    support = [e for e in events if e.evidence.trigger == "support"]
    assert support and support[0].source is not None and support[0].source.country == "USA"
    assert support[0].target is not None and support[0].target.text == "the Kurdish forces"


def test_events_led_modifier_is_the_source_and_holding_off_invaders_is_violence():
    events = _coded("Afrin had avoided the war until a Turkish-led incursion in January.")
    incursion = [e for e in events if e.evidence.trigger == "incursion"]
    assert incursion and incursion[0].source is not None and incursion[0].source.country == "TUR"
    held = [e for e in sitrep.extract("The YPG held off the invaders.", published=date(2018, 3, 19))
            if e.event_type == "ASSAULT"]
    assert held and held[0].source is not None and "YPG" in held[0].source.text


def test_events_war_games_of_two_states_are_military_cooperation():
    def coded(text: str) -> set[tuple[str, str, str | None]]:
        events = sitrep.extract(text, published=date(2018, 3, 19))
        return {(e.event_type, e.cameo, e.target.country if e.target else None) for e in events}

    assert coded("Russia and China began military exercises on Monday.") == {
        ("COOPERATE", "062", "CHN"),
        ("COOPERATE", "062", "RUS"),
    }
    assert coded("Iran held war games near the Strait of Hormuz.") == {("MOBILIZE", "150", None)}
    assert {t for t, _, _ in coded("Russia began joint military exercises on Monday.")} == {"COOPERATE"}


def test_events_readied_military_act_takes_the_force_posture_code():
    def coded(text: str) -> set[tuple[str, str, str | None]]:
        events = sitrep.extract(text, published=date(2001, 6, 19))
        return {(e.event_type, e.status, e.cameo) for e in events}

    assert coded("The Macedonian army prepared to resume shelling rebel-held territory.") == {
        ("ASSAULT", "planned", "154")
    }
    assert coded("Rebels vowed to continue fighting government forces.") == {  # the vow is a threat too
        ("ASSAULT", "planned", "138"),
        ("THREATEN", "asserted", "138"),
    }


def test_events_generic_party_owned_by_a_pronoun_is_the_owners():
    published = date(2018, 3, 19)
    jets = sitrep.extract("Russia sent more jets to Syria. Its forces bombed Idlib on Tuesday.", published=published)
    bombed = [e for e in jets if e.event_type == "ASSAULT"]
    assert bombed and bombed[0].source is not None and bombed[0].source.country == "RUS"
    assert bombed[0].source.text == "Its forces"  # as written
    proxies = sitrep.extract("The Turks and their proxies shelled the town of Jarablus.", published=published)
    assert {e.source.sponsor for e in proxies if e.source is not None and e.source.text == "their proxies"} == {"TUR"}
    # a non-state owner makes no army of its country: "the PYD and its military wing" is no Syrian army
    wing = sitrep.extract("Ankara hopes to dislodge the PYD and its military wing from the enclave.",
                          published=published)
    assert not [e for e in wing if e.target is not None and e.target.text.startswith("its military wing")
                and e.target.country]


def test_events_pronoun_owned_phrase_inside_its_own_clause_subject_is_read_once():
    # "two of its soldiers" heads its clause's subject: the owner is not that subject (this recursed without end)
    events = sitrep.extract("Turkish officials on Tuesday said two of its soldiers had been killed.",
                            published=date(2018, 3, 19))
    assert [e.event_type for e in events] == ["ASSAULT"]
    douma = sitrep.extract("Several thousand of its fighters were still in Douma on Thursday.",
                           published=date(2018, 3, 19))
    assert not [e for e in douma if e.event_type == "ASSAULT"]


def test_events_target_owned_by_its_is_part_of_the_place_that_is_the_subject():
    events = sitrep.extract("Mosul was quiet until jihadists shelled its outskirts on Monday.",
                            published=date(2018, 3, 19))
    shelled = [e for e in events if e.event_type == "ASSAULT"]
    assert shelled and shelled[0].target is not None
    assert (shelled[0].target.name, shelled[0].target.country) == ("Mosul", "IRQ")


def test_events_force_raised_from_or_made_of_a_group_targets_that_group():
    def mobilized(text: str) -> list[tuple[str | None, str | None]]:
        events = sitrep.extract(text, published=date(2018, 3, 19))
        return [(e.source.country if e.source else None, e.target.name if e.target else None)
                for e in events if e.event_type == "MOBILIZE"]

    assert mobilized("The US announced it would raise a border militia from a Kurdish-led force.") \
        == [("USA", "Kurdish militia")]
    assert mobilized("The US said it would transform the Kurdish militia into a permanent border force.") \
        == [("USA", "Kurdish militia")]
    assert ("USA", "People's Protection Units (YPG; Kurdish militia)") in mobilized(
        "The US announced it would build a 30,000-strong border force including the YPG.")


def test_events_agentless_passive_takes_the_owner_of_the_incident_it_names():
    events = _coded("Two civilians were killed in a US drone strike in Yemen.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and assault[0].source is not None and assault[0].source.country == "USA"
    placed = [e for e in _coded("Five people were killed in Kabul on Monday.") if e.event_type == "ASSAULT"]
    assert all(e.source is None for e in placed)  # a place names no perpetrator


def test_events_harm_verb_takes_the_incident_it_introduces_as_trigger():
    events = [e for e in _coded("Five people were killed in an attack on a market in Kabul.") if e.event_type == "ASSAULT"]
    assert [(e.evidence.trigger, e.killed) for e in events] == [("attack", 5)]
    told = [e for e in _coded("Five people were killed in the attack.") if e.event_type == "ASSAULT"]
    assert all(e.evidence.trigger == "killed" for e in told)  # a definite noun refers back: the verb stays


def test_events_came_under_attack_by_names_the_attacker_and_the_place_attacked():
    events = [e for e in _coded("The town of Afrin came under attack by Turkish forces on Monday.")
              if e.event_type == "ASSAULT"]
    assert [(e.source.country, e.target.text) for e in events if e.source and e.target] \
        == [("TUR", "The town of Afrin")]


def test_events_people_counted_by_a_number_noun_are_the_target():
    for text in ("Turkish forces detained hundreds of Kurds in Afrin.",
                 "Hundreds of Kurds were detained by Turkish forces in Afrin."):
        detained = [e for e in _coded(text) if e.event_type == "COERCE"]
        assert [(e.source.country, e.target.country, e.target.text.lower()) for e in detained
                if e.source and e.target] == [("TUR", "SYR", "hundreds of kurds")]


def test_events_agentless_passive_takes_the_doer_of_its_time_clause():
    arrested = [e for e in _coded("Dozens of activists were arrested as Turkish troops stormed Afrin.")
                if e.event_type == "COERCE"]
    assert [(e.source.country, e.target.text) for e in arrested if e.source and e.target] \
        == [("TUR", "Dozens of activists")]


def test_events_delivering_supplies_or_medicine_is_aid():
    events = _coded("Swiss doctors delivered medicine to Baghdad University.")
    assert [(e.event_type, e.cameo, e.source.country) for e in events] == [("AID", "073", "CHE")]
    goods = _coded("The charity delivered relief supplies to the town.")
    assert [(e.event_type, e.cameo) for e in goods] == [("AID", "070")]


def test_events_order_to_act_is_a_demand_of_the_ordered_party():
    from conftest import make_doc
    from sitrep.coding.frames import obligation_of

    # The judge ordered the minister to resign
    doc = make_doc(
        [
            ("The", "the", "DET", "det", 1),
            ("judge", "judge", "NOUN", "nsubj", 2),
            ("ordered", "order", "VERB", "ROOT", 2),
            ("the", "the", "DET", "det", 4),
            ("minister", "minister", "NOUN", "dobj", 2),
            ("to", "to", "PART", "aux", 6),
            ("resign", "resign", "VERB", "xcomp", 2),
        ]
    )
    order, ordered = obligation_of(doc[6])
    assert (order.text, ordered.text) == ("ordered", "minister")
    events = _coded("Russia ordered Georgia to withdraw its troops from the town.")
    assert [(e.event_type, e.source.country, e.target.country) for e in events] == [("REQUEST", "RUS", "GEO")]
    # an ordered attack stays the attack, by the one who ordered it
    events = _coded("The commander ordered his troops to attack the village.")
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_events_source_takes_no_country_from_a_state_that_is_only_its_target():
    events = _coded("Archbishop Desmond Tutu called for sanctions against Nigeria.")
    assert events and events[0].target.country == "NGA" and events[0].source.country is None
    events = _coded("The Tutu commission declared that China must drop barriers to exports.")
    assert events and events[0].target.country == "CHN" and events[0].source.country is None
    # a town of the state makes it the scene: "the government" is that state's
    events = _coded("The government arrested 20 protesters in Lagos, Nigeria.")
    assert events and events[0].source.country == "NGA"


def test_events_incident_subject_of_an_occurrence_verb_is_kept_without_a_place():
    # an incident noun that the clause says happened or did damage is a report of it, kept with no perpetrator
    for text in ("A huge explosion rocked the capital on Friday.", "At 2.45pm, when the bombing began, people ran."):
        kept = [e for e in _coded(text) if e.event_type == "ASSAULT"]
        assert kept and kept[0].source is None and kept[0].evidence.trigger in ("explosion", "bombing"), text
    assert not [e for e in _coded("Since the bombing began, people have fled.") if e.event_type == "ASSAULT"]


def test_events_negotiating_parties_negotiate_with_one_another_whatever_the_verb():
    events = _coded("Moscow, Tehran and Ankara closed in on a de-escalation deal.")
    pairs = {(e.source.country, e.target.country) for e in events if e.event_type == "CONSULT" and e.source and e.target}
    assert ("RUS", "IRN") in pairs and ("TUR", "RUS") in pairs  # not "Moscow → the deal"
    renewed = _coded("Israel and Lebanon renewed negotiations today.")
    assert [e.target for e in renewed if e.event_type == "CONSULT"] == [None, None]  # the noun: PLOVER GSR's way


def test_events_authority_reporting_its_own_arrests_is_their_source():
    events = _coded("Police said two men had been arrested in Manchester.")
    assert [(e.event_type, e.source.sector) for e in events if e.source] == [("COERCE", "COP")]
    events = _coded("The Syrian Observatory for Human Rights said 20 people were killed in Idlib.")
    assert not [e for e in events if e.source is not None]  # a monitor reports killings; it did not kill


def test_events_civilians_clashing_with_police_riot():
    events = _coded("Protesters clashed with security forces in Baghdad.")
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "riot")]
    events = _coded("Rebels clashed with security forces in Baghdad.")
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_events_two_pronoun_parties_standing_for_two_actors_make_an_event():
    events = sitrep.extract("The Pentagon\u2019s announcement in January that it aimed to consolidate its relationship "
                            "with the SDF, transforming it into a border force, sparked anger among Turkish leaders.",
                            published=date(2018, 2, 1))
    raised = [e for e in events if e.evidence.trigger == "transforming"]
    assert raised and raised[0].source is not None and raised[0].source.country == "USA"
    assert raised[0].target is not None and raised[0].target.actor_id == "SDF"


def test_events_threatened_town_is_the_place_of_the_threat():
    events = sitrep.extract(
        "Turkey has threatened to extend its operation towards the town of Manbij, the starting point of the US "
        "presence in eastern Syria.",
        published=date(2018, 2, 1),
    )
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert threats and threats[0].location is not None and threats[0].location.name == "Manbij"


def test_events_support_verb_object_is_the_trigger_word():
    events = _coded("The prosecutor said an investigation has been opened into the attempted murder.")
    probes = [e for e in events if e.event_type == "ACCUSE"]
    assert probes and probes[0].evidence.trigger == "investigation"
    demanded = [e for e in _coded("The UN demanded an investigation.") if e.event_type == "REQUEST"]
    assert demanded and demanded[0].evidence.trigger == "demanded"


def test_events_campaign_noun_against_a_party_is_its_own_source():
    said = _coded("A local woman said a low-level insurgency against Turkish forces continued.")
    assault = [e for e in said if e.event_type == "ASSAULT"]
    assert assault and assault[0].source is not None and "insurgency" in assault[0].source.text
    assert assault[0].target is not None and assault[0].target.country == "TUR"
    fought = _coded("The army stepped up its fight against the insurgency.")
    assert not [e for e in fought if e.source is not None and "insurgency" in e.source.text]  # the campaign fought
    cradle = _coded("Deraa was the cradle of the rebellion against Assad.")
    assert not [e for e in cradle if e.source is not None and "rebellion" in e.source.text]  # mentioned, not told


def test_events_released_by_their_holder_and_allies_consulted_by_theirs():
    released = sitrep.extract("It could mean foreign fighters held by the SDF are released, a European official said.",
                              published=date(2018, 12, 21))  # the SDF: founded in 2015
    retreat = [e for e in released if e.event_type == "RETREAT"]
    assert retreat and retreat[0].source is not None and retreat[0].source.actor_id == "SDF"
    assert retreat[0].target is not None and retreat[0].target.text == "foreign fighters"
    consulted = _coded("US allies were not consulted before the announcement.")
    consult = [e for e in consulted if e.event_type == "CONSULT"]
    assert consult and consult[0].source is not None and consult[0].source.country == "USA"
    assert consult[0].status == "negated"


def test_events_answer_that_names_no_one_is_towards_the_asker():
    # a refusal and a giving-in told in later sentences answer the request put to their party
    text = "The US urged Turkey to halt its offensive in Afrin. Turkey refused at first. Ankara finally gave in."
    events = sitrep.extract(text, published=date(2018, 3, 20))
    answers = {e.event_type: e.target.actor_id if e.target else None for e in events
               if e.event_type in ("REJECT", "CONCEDE")}
    assert answers == {"REJECT": "USA", "CONCEDE": "USA"}


def test_events_reported_abandoning_of_an_own_fight_is_the_speakers_retreat():
    events = _coded("A Kurdish commander said the fight against Isis would be abandoned immediately.")
    retreat = [e for e in events if e.evidence.trigger == "abandoned"]
    assert retreat and retreat[0].event_type == "RETREAT" and retreat[0].source is not None
    assert "Kurdish" in retreat[0].source.text and retreat[0].status == "planned"
    events = _coded("A Kurdish commander said the hospital was bombed.")
    assert all(e.source is None for e in events if e.evidence.trigger == "bombed")


def test_events_passive_obligation_of_an_enemy_is_the_speakers_threat():
    events = sitrep.extract("Erdogan said the YPG must be defeated.", published=date(2018, 3, 19))
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert threats and threats[0].source.text == "Erdogan" and threats[0].target.text == "the YPG"
    assert threats[0].cameo == "138" and not [e for e in events if e.event_type == "REQUEST"]


def test_events_battle_for_a_town_is_not_against_the_town():
    events = sitrep.extract("The Iraqi army launched the battle for Mosul on Monday.", published=date(2016, 10, 17))
    battles = [e for e in events if e.evidence.trigger == "battle"]
    assert battles and battles[0].target is None
    events = sitrep.extract("Kurds surround Isis-held Raqqa. The YPG led the battle for Raqqa.",
                            published=date(2017, 6, 20))
    battles = [e for e in events if e.evidence.trigger == "battle"]
    assert battles and battles[0].target is not None and battles[0].target.actor_id == "ISIS"


def test_events_labour_strike_stays_a_protest_whoever_is_read_as_its_party():
    events = _coded("Following an opposition-called 48-hour strike, the government on Thursday issued a ban on "
                    "public gatherings.")
    strike = [e for e in events if e.evidence.trigger == "strike"]
    assert strike and all(e.event_type == "PROTEST" and e.mode == "strike" for e in strike)


def test_events_private_exchange_is_no_event():
    events = _coded("In Canada a man on Tinder rejected him with the message: \"White is right.\"")
    assert not [e for e in events if e.event_type == "REJECT"]
    events = _coded("A woman telephoned the police telling of a box in the back of a car.")  # the police: a party
    assert [e for e in events if e.event_type == "CONSULT"]


def test_events_stays_and_danger_warnings_report_no_act():
    assert not [e for e in _coded("Some 160 gunmen had remained in Zabadani.") if e.event_type == "MOBILIZE"]
    assert [e for e in _coded("US troops will remain in Syria.") if e.event_type == "MOBILIZE"]
    warned = _coded("Lowcock warned that millions of people living in tents face freezing conditions.")
    assert not [e for e in warned if e.event_type == "THREATEN"]
    assert [e for e in _coded("Iran warned that it would close the strait.") if e.event_type == "THREATEN"]


def test_events_charges_pleaded_to_are_an_accusation_of_the_accused():
    events = _coded("A citizen of Kyrgyzstan on Wednesday pleaded not guilty to charges of lying to investigators.")
    accused = [e for e in events if e.event_type == "ACCUSE"]
    assert accused and accused[0].status == "asserted" and accused[0].source is None
    assert accused[0].target is not None and accused[0].target.text == "A citizen of Kyrgyzstan"


def test_events_event_noun_conjoined_with_a_target_is_no_target():
    events = _coded("Dagestan sees frequent attacks on security forces and assassinations.")
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert {e.evidence.trigger for e in assaults} == {"attacks", "assassinations"}
    assert all(e.target is None or e.target.text != "assassinations" for e in assaults)


def test_events_place_named_protest_is_not_a_government_protest():
    events = _coded("He argued with police during a London protest organized by a radical preacher.")
    assert not any(e.source is not None and e.source.text == "London" for e in events)


def test_events_named_doer_of_the_incident_a_passive_names():
    # the blame clause hangs on the place; the weapon the tagger named is no doer; an operation "by" a party
    blamed = _coded("Three soldiers were wounded in the attack in Al-Horra, which was blamed on rebels.")
    wounded = [e for e in blamed if e.evidence.trigger == "wounded"]
    assert wounded and wounded[0].source is not None and wounded[0].source.text == "rebels"
    rpg = [e for e in _coded("Two policemen were hit by an RPG near the checkpoint.") if e.evidence.trigger == "hit"]
    assert rpg and rpg[0].source is None
    operation = _coded("Dozens of fighters were killed in an operation by Turkish Armed Forces near Afrin.")
    assert [e.source.country for e in operation if e.source is not None] == ["TUR"]


def test_events_threat_is_placed_where_it_is_said():
    events = sitrep.extract("The YPG must be crushed in Afrin, Erdogan said in Ankara.", published=date(2018, 3, 19))
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert threats and threats[0].location is not None and threats[0].location.name == "Ankara"


def test_events_generic_armed_modifier_is_the_doer_as_written():
    # news names a doer by its kind: the record keeps it, with no country the text does not give
    text = "Three people were killed in a terrorist bombing on Monday. An insurgent ambush killed 20 soldiers."
    events = sitrep.extract(text, published=date(2019, 3, 19))
    sources = {e.evidence.trigger: e.source for e in events if e.event_type == "ASSAULT"}
    assert sources["bombing"] is not None and sources["bombing"].text == "terrorist"
    assert sources["bombing"].sector == "UAF" and sources["bombing"].country is None
    assert sources["insurgent ambush"] is not None and sources["insurgent ambush"].sector == "REB"


def test_events_conjoined_casualties_take_the_doer_of_the_shared_clause():
    text = ("At least 10 people were also killed and another 20 wounded when a DAESH suicide bomber blew himself up "
            "in a village. Five civilians were killed and a number of others injured in Russian airstrikes on Idlib.")
    events = sitrep.extract(text, published=date(2019, 3, 19))
    doers = {(e.evidence.trigger, e.source.text if e.source else None) for e in events}
    assert {("killed", "a DAESH suicide bomber"), ("wounded", "a DAESH suicide bomber")} <= doers
    assert ("killed", "Russian") in doers


def test_events_conjoined_agents_of_a_passives_cause_are_each_a_source():
    text = ("Fourteen fighters were killed in northern Syria during an operation by Turkish Armed Forces and the "
            "U.S.-led coalition on Tuesday.")
    events = sitrep.extract(text, published=date(2016, 6, 1))
    assert {e.source.text for e in events if e.source} >= {"Turkish Armed Forces", "the U.S.-led coalition"}


def test_events_incident_named_as_subject_gives_way_to_its_owner():
    # the incident read as an unidentified party once stood as the doer ("A jihadist attack")
    events = _coded("A jihadist attack killed 12 soldiers near Palmyra. The regime's bombardment of Ghouta killed 20.")
    sources = {e.evidence.trigger: e.source for e in events if e.event_type == "ASSAULT"}
    assert sources["attack"] is not None and sources["attack"].text == "jihadist"
    assert sources["bombardment"] is not None and sources["bombardment"].country == "SYR"


def test_events_harm_takes_the_doer_of_its_cause_phrase():
    text = ("Six civilians were killed due to rocket shells fired by terrorists in Aleppo. Two children were killed "
            "in government shelling on Douma. Three soldiers were killed by rebel fire near Hama.")
    events = sitrep.extract(text, published=date(2016, 10, 7))
    doers = [(e.evidence.sentence[:10], e.source.text if e.source else None) for e in events]
    assert ("Six civili", "terrorists") in doers
    assert ("Two childr", "government") in doers and ("Two childr", "Two children") not in doers  # not the victims
    assert ("Three sold", "rebel") in doers


def test_events_conjoined_agents_of_an_incident_subject_give_one_event_each():
    # "Airstrikes by the Assad regime and Russia's air force killed 12": both air forces did it, as with a passive
    # verb's conjoined "by" phrase
    events = sitrep.extract("Airstrikes by the Assad regime and Russia's air force killed 12 civilians in Idlib.",
                            published=date(2017, 5, 25))
    assert sorted(e.source.country for e in events if e.event_type == "ASSAULT" and e.source) == ["RUS", "SYR"]


def test_events_incident_no_one_claimed_is_kept_as_having_happened():
    for text in ("He said no group had yet claimed responsibility for the explosion.",
                 "It was not clear who carried out the attack on the checkpoint."):
        kept = [e for e in _coded(text) if e.event_type == "ASSAULT"]
        assert kept and kept[0].source is None and kept[0].status in ("asserted", "reported"), text
    not_clear = [e for e in _coded("It was not clear who carried out the attack on the checkpoint.")]
    assert not_clear[0].status == "asserted"  # the knowing is negated, not the attack
    assert not [e for e in _coded("The Taliban did not claim responsibility for the attack.") if e.status == "asserted"]
