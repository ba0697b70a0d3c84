"""coding/means.py: instruments and incident nouns where a doer should be (model-free: Docs built by hand)."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.means import incident_sense, is_means, means_owner, names_no_one
from sitrep.coding.triggers import load_triggers, sense_of_code


def test_means_instrument_and_incident_nouns_are_means_of_violence_only():
    lexicon = load_triggers()
    attack, accuse = sense_of_code("190", pattern="test"), sense_of_code("112", pattern="test")
    assert attack is not None and accuse is not None
    # an improvised explosive device killed ... / a roadside bombing killed ... / the soldiers killed
    doc = make_doc(
        [
            ("explosive", "explosive", "ADJ", "amod", 1),
            ("device", "device", "NOUN", "nsubj", 2),
            ("killed", "kill", "VERB", "ROOT", 2),
        ]
    )
    assert is_means(doc[1], attack, lexicon)
    assert not is_means(doc[1], accuse, lexicon)  # words have no instrument
    bombing = make_doc([("bombing", "bombing", "NOUN", "nsubj", 1), ("killed", "kill", "VERB", "ROOT", 1)])
    assert is_means(bombing[0], attack, lexicon) and incident_sense(bombing[0], lexicon) is not None
    soldiers = make_doc([("soldiers", "soldier", "NOUN", "nsubj", 1), ("killed", "kill", "VERB", "ROOT", 1)])
    assert not is_means(soldiers[0], attack, lexicon)
    bare = make_doc([("device", "device", "NOUN", "nsubj", 1), ("exploded", "explode", "VERB", "ROOT", 1)])
    assert not is_means(bare[0], attack, lexicon)  # "the device" alone names no weapon


def test_means_owner_is_a_name_modifier_or_the_agent_of_its_participle():
    # a Hamas rocket / rockets fired by Hamas / a roadside bomb
    doc = make_doc([("Hamas", "Hamas", "PROPN", "compound", 1), ("rocket", "rocket", "NOUN", "ROOT", 1)])
    assert means_owner(doc[1]) == doc[0] and not names_no_one(doc[0])
    fired = make_doc(
        [
            ("rockets", "rocket", "NOUN", "ROOT", 0),
            ("fired", "fire", "VERB", "acl", 0),
            ("by", "by", "ADP", "agent", 1),
            ("Hamas", "Hamas", "PROPN", "pobj", 2),
        ]
    )
    fired[1].tag_ = "VBN"
    assert means_owner(fired[0]) == fired[3]
    roadside = make_doc(
        [("roadside", "roadside", "NOUN", "compound", 1), ("bomb", "bomb", "NOUN", "ROOT", 1)]
    )
    assert means_owner(roadside[1]) == roadside[0] and names_no_one(roadside[0])  # no one is named


def test_means_passive_of_mobilizing_names_its_force_as_the_source():
    from conftest import make_doc
    from sitrep.coding.means import source_candidates

    # "Russian troops were deployed": the troops stand for their side
    doc = make_doc([("Russian", "russian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubjpass", 3),
                    ("were", "be", "AUX", "auxpass", 3), ("deployed", "deploy", "VERB", "ROOT", 3)])
    assert source_candidates(doc[3]) == [doc[1]]
    # "Russian troops were attacked": the troops are the victims
    doc = make_doc([("Russian", "russian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubjpass", 3),
                    ("were", "be", "AUX", "auxpass", 3), ("attacked", "attack", "VERB", "ROOT", 3)])
    assert source_candidates(doc[3]) == []
