"""coding/causes.py: the phrases that give a harm its cause, and town names where an owner would be (model-free:
Docs built by hand)."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import make_doc
from sitrep.coding.causes import cause_objects, dying_victims, is_place_compound, violent_gerund
from sitrep.coding.triggers import load_triggers


def test_causes_due_to_and_as_a_result_of_name_the_cause():
    # killed due to attacks / injured as a result of an attack / killed near Hama (no cause)
    due = make_doc(
        [
            ("killed", "kill", "VERB", "ROOT", 0),
            ("due", "due", "ADP", "prep", 0),
            ("to", "to", "ADP", "pcomp", 1),
            ("attacks", "attack", "NOUN", "pobj", 2),
        ]
    )
    assert cause_objects(due[0]) == [due[3]]
    result = make_doc(
        [
            ("injured", "injure", "VERB", "ROOT", 0),
            ("as", "as", "ADP", "prep", 0),
            ("a", "a", "DET", "det", 3),
            ("result", "result", "NOUN", "pobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("an", "an", "DET", "det", 6),
            ("attack", "attack", "NOUN", "pobj", 4),
        ]
    )
    assert cause_objects(result[0]) == [result[6]]
    near = make_doc(
        [("killed", "kill", "VERB", "ROOT", 0), ("near", "near", "ADP", "prep", 0), ("Hama", "Hama", "PROPN", "pobj", 1)]
    )
    assert cause_objects(near[0]) == []


def test_causes_violent_gerund_with_a_by_phrase_is_the_incident():
    # killed in shelling by forces / killed in fighting (no one named)
    rows = [
        ("killed", "kill", "VERB", "ROOT", 0),
        ("in", "in", "ADP", "prep", 0),
        ("shelling", "shell", "VERB", "pcomp", 1),
        ("by", "by", "ADP", "prep", 2),
        ("forces", "force", "NOUN", "pobj", 3),
    ]
    doc = make_doc(rows)
    doc[2].tag_ = "VBG"
    lexicon = load_triggers()
    assert violent_gerund(doc[0], lexicon) == doc[2]
    bare = make_doc(rows[:3])
    bare[2].tag_ = "VBG"
    assert violent_gerund(bare[0], lexicon) is None


def test_causes_town_before_an_incident_noun_is_a_place_not_a_country():
    # a Damascus car bomb / a US drone strike
    town = make_doc(
        [
            ("a", "a", "DET", "det", 3),
            ("Damascus", "Damascus", "PROPN", "compound", 3),
            ("car", "car", "NOUN", "compound", 3),
            ("bomb", "bomb", "NOUN", "ROOT", 3),
        ]
    )
    town.ents = [Span(town, 1, 2, label="GPE")]
    assert is_place_compound(town[1]) and not is_place_compound(town[2])
    state = make_doc(
        [
            ("a", "a", "DET", "det", 3),
            ("US", "US", "PROPN", "compound", 3),
            ("drone", "drone", "NOUN", "compound", 3),
            ("strike", "strike", "NOUN", "ROOT", 3),
        ]
    )
    state.ents = [Span(state, 1, 2, label="GPE")]
    assert not is_place_compound(state[1])


def test_causes_kind_word_before_a_misparsed_incident_gerund():
    from sitrep.coding.causes import misparsed_gerund

    # wounded in rebel shelling ("shelling" hung on "rebel") / killed in government shelling ("shelling" on "killed")
    rows = [
        ("wounded", "wound", "VERB", "ROOT", 0),
        ("in", "in", "ADP", "prep", 0),
        ("rebel", "rebel", "NOUN", "pobj", 1),
        ("shelling", "shell", "VERB", "acl", 2),
    ]
    rebel = make_doc(rows)
    rebel[3].tag_ = "VBG"
    lexicon = load_triggers()
    assert misparsed_gerund(rebel[2], lexicon) == rebel[3]
    advcl = make_doc([*rows[:3], ("shelling", "shell", "VERB", "advcl", 0)])
    advcl[3].tag_ = "VBG"
    assert misparsed_gerund(advcl[2], lexicon) == advcl[3]
    named = make_doc([*rows[:2], ("Aleppo", "Aleppo", "PROPN", "pobj", 1), ("shelling", "shell", "VERB", "acl", 2)])
    named[3].tag_ = "VBG"
    assert misparsed_gerund(named[2], lexicon) is None  # a name before the gerund: the place, as written
    # wounded in rebel shelling of the town: "rebel" and "shelling" both read as objects of "in"
    objects = make_doc([*rows[:3], ("shelling", "shelling", "NOUN", "pobj", 1)])
    assert misparsed_gerund(objects[2], lexicon) == objects[3]


def test_causes_subject_of_died_in_an_incident_is_its_victims():
    # Five soldiers died in an ambush near Daraa / Five soldiers attacked in an ambush (no dying verb)
    died = make_doc(
        [
            ("Five", "five", "NUM", "nummod", 1),
            ("soldiers", "soldier", "NOUN", "nsubj", 2),
            ("died", "die", "VERB", "ROOT", 2),
            ("in", "in", "ADP", "prep", 2),
            ("an", "an", "DET", "det", 5),
            ("ambush", "ambush", "NOUN", "pobj", 3),
            ("near", "near", "ADP", "prep", 5),
            ("Daraa", "Daraa", "PROPN", "pobj", 6),
        ]
    )
    assert dying_victims(died[5]) == [died[1]]
    assert dying_victims(died[7]) == []  # the place is no cause
    fought = make_doc(
        [
            ("soldiers", "soldier", "NOUN", "nsubj", 1),
            ("fought", "fight", "VERB", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1),
            ("an", "an", "DET", "det", 4),
            ("ambush", "ambush", "NOUN", "pobj", 2),
        ]
    )
    assert dying_victims(fought[4]) == []
