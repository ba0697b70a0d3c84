"""coding/actor_home_forces.py: a bare state-force phrase ("the army", "police") in a story about one country is
that country's; foreign forces named in the sentence, or a sentence naming another country, leave it unread."""

from __future__ import annotations

from datetime import date

import sitrep
from conftest import make_doc
from sitrep.coding.actor_home_forces import bare_force
from sitrep.records import Actor

ARMY = Actor(text="the army", name="armed forces", sector="MIL")


def test_actor_home_forces_only_a_bare_state_force_phrase():
    doc = make_doc([("the", "the", "DET", "det", 1), ("army", "army", "NOUN", "ROOT", 1)])
    assert bare_force(ARMY, doc[0:2])
    foreign = make_doc([("foreign", "foreign", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "ROOT", 1)])
    assert not bare_force(Actor(text="foreign troops", name="armed forces", sector="MIL"), foreign[0:2])
    assert not bare_force(Actor(text="the army", name="armed forces", country="TUR", sector="MIL"), doc[0:2])


def _sources(text: str) -> list[str | None]:
    return [e.source.actor_id for e in sitrep.extract(text, published=date(2019, 6, 3)) if e.source is not None]


def test_actor_home_forces_army_raid_in_a_one_country_story_is_that_countrys():
    sources = _sources("Protests continued in Khartoum and Omdurman in Sudan on Monday. A doctor said three people "
                       "were killed in an army raid on a hospital in Khartoum. The police crackdown drew "
                       "condemnation.")
    assert "SDN-MIL" in sources and "SDN-COP" in sources


def test_actor_home_forces_sentence_naming_another_country_gives_no_hint():
    sources = _sources("Protests continued in Khartoum and Omdurman in Sudan on Monday. Egyptian officials said "
                       "three people were killed in an army raid on a hospital in Khartoum.")
    assert "SDN-MIL" not in sources


def test_actor_home_forces_force_modifying_a_non_hostile_event_noun_is_no_doer():
    from sitrep.coding.actor_home_forces import forceful_modifier
    from sitrep.coding.resources import load_dictionaries

    lexicon = load_dictionaries().triggers
    training = make_doc([("a", "a", "DET", "det", 3), ("police", "police", "NOUN", "compound", 2),
                         ("training", "training", "NOUN", "compound", 3), ("centre", "centre", "NOUN", "ROOT", 3)])
    assert not forceful_modifier(training[1:2], lexicon=lexicon)
    raid = make_doc([("an", "an", "DET", "det", 2), ("army", "army", "NOUN", "compound", 2),
                     ("raid", "raid", "NOUN", "ROOT", 2)])
    assert forceful_modifier(raid[1:2], lexicon=lexicon)
    station = make_doc([("a", "a", "DET", "det", 2), ("police", "police", "NOUN", "compound", 2),
                        ("station", "station", "NOUN", "ROOT", 2)])
    assert forceful_modifier(station[1:2], lexicon=lexicon)  # no event noun: an owner, read as the bare noun is


def test_actor_home_forces_police_acting_on_a_thing_keep_the_event():
    text = ("Riot police and protesters clashed in Athens and Thessaloniki in Greece on Thursday. Protesters lit "
            "fires amidst clouds of tear gas fired by police outside Athens' Polytechnic University.")
    events = sitrep.extract(text, published=date(2019, 11, 14))
    fired = [e for e in events if e.evidence.trigger == "fired"]
    assert fired and fired[0].source is not None and fired[0].source.actor_id == "GRC-COP"
    assert fired[0].target is None or fired[0].target.actor_id != "GRC-COP"
