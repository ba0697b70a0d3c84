"""coding/actor_event_nouns.py: a war's phrase is a mention of no party, so a later "it" is not its state."""

from __future__ import annotations

from datetime import date

import spacy
from spacy.tokens import Doc

import sitrep
from sitrep.coding.actor_event_nouns import war_mention
from sitrep.records import Actor

SYRIA = Actor(text="Syria's war", name="Syrian actors", actor_id="SYR", country="SYR")


def test_actor_event_nouns_war_phrase_is_remembered_as_no_party():
    doc = Doc(spacy.blank("en").vocab, words=["Syria", "'s", "war", "army"], lemmas=["Syria", "'s", "war", "army"],
              tags=["NNP", "POS", "NN", "NN"])
    found = war_mention(doc[2], SYRIA, "Syria's war")
    assert found is not None and found.country is None and found.actor_id is None and found.text == "Syria's war"
    assert war_mention(doc[3], SYRIA, "Syria's army") is SYRIA


def test_actor_event_nouns_it_after_the_conflict_is_not_the_host_state():
    events = sitrep.extract("The conflict in Yemen escalated in 2015. It has killed thousands of civilians.",
                            published=date(2018, 3, 19))
    assert not [e for e in events if e.source is not None and e.source.country == "YEM"]
