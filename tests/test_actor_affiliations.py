"""coding/actor_affiliations.py: a named person's armed group from what they did with it, and a group's members
owned by a pronoun ("his men")."""

from __future__ import annotations

from datetime import date

import sitrep


def _coded(text: str):
    return sitrep.extract(text, published=date(2018, 3, 19))


def _source_of(events, trigger: str):
    found = [e for e in events if e.evidence.trigger == trigger]
    assert found, [e.evidence.trigger for e in events]
    return found[0].source


def test_actor_affiliations_volunteer_who_fought_with_a_group_is_that_groups():
    # the apposition alone ("a former soldier from Leeds") says nothing of his side; the group he fought with does
    events = _coded("Mark Hollis, a former soldier from Leeds, has fought with the YPG since 2016. "
                    "Hollis accused Turkey of bombing civilians in Afrin.")
    source = _source_of(events, "accused")
    assert source is not None and source.actor_id == "YPG" and source.text == "Hollis"


def test_actor_affiliations_joined_and_time_with_name_the_group():
    events = _coded("John Dale, who joined Isis in 2014, threatened to kill the hostages.")
    source = _source_of(events, "threatened")
    assert source is not None and source.actor_id == "ISIS"
    events = _coded("During his time with the YPG, Tom Holmes rose to the rank of commander. "
                    "Holmes attacked Isis positions near Manbij.")
    source = _source_of(events, "attacked")
    assert source is not None and source.actor_id == "YPG"


def test_actor_affiliations_fighting_alongside_a_person_is_no_group():
    events = _coded("Tom Reed fought alongside a Spaniard in Raqqa. Reed accused Turkey of betrayal.")
    source = _source_of(events, "accused")
    assert source is not None and source.country is None and source.actor_id is None


def test_actor_affiliations_his_men_are_the_commanders_group():
    events = _coded("Abu Omar, a commander of Ahrar al-Sham, led the assault on the town. "
                    "His men shelled government positions near Idlib.")
    source = _source_of(events, "shelled")
    assert source is not None and source.actor_id == "AHRAR" and source.text == "His men"


def test_actor_affiliations_member_noun_beside_the_name_names_the_group():
    events = _coded("Omar Haddad, a fighter with the Nusra Front, attacked a checkpoint near Idlib.")
    source = _source_of(events, "attacked")
    assert source is not None and source.actor_id == "NUSRA"
    events = _coded("Zalina Gabibulayeva, a member of Islamic State, threatened to attack the camp guards.")
    source = _source_of(events, "threatened")
    assert source is not None and source.actor_id == "ISIS"
