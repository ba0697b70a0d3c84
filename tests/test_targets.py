"""coding/targets.py on hand-built parses: further target candidates (located phrases, requested clauses,
framed complements)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from conftest import make_doc, with_tags
from sitrep.coding.targets import (
    access_holders,
    action_patients,
    antecedent_owners,
    asked_object,
    complement_parties,
    complement_verbs,
    control_parties,
    counted_weapon,
    force_members,
    is_theme,
    located_candidates,
    mediated_parties,
    message_addressees,
    partitive_object,
    place_holders,
    removed_parties,
    requested_parties,
    told_parties,
)


def _contribute():
    # France will contribute troops to a force in Liberia
    return make_doc(
        [
            ("France", "France", "PROPN", "nsubj", 2),
            ("will", "will", "AUX", "aux", 2),
            ("contribute", "contribute", "VERB", "ROOT", 2),
            ("troops", "troop", "NOUN", "dobj", 2),
            ("to", "to", "ADP", "prep", 2),
            ("a", "a", "DET", "det", 6),
            ("force", "force", "NOUN", "pobj", 4),
            ("in", "in", "ADP", "prep", 6),
            ("Liberia", "Liberia", "PROPN", "pobj", 7),
        ]
    )


def test_targets_located_candidates_follow_recipient_phrases_down():
    doc = _contribute()
    assert is_theme(doc[3]) and not is_theme(doc[6])
    found = located_candidates(doc[2], doc[3], quad_class=2, event_type="AID")
    assert [t.text for t in found] == ["force", "Liberia"]


def test_targets_words_and_deals_are_not_directed_at_their_place():
    # Rebels surrendered in Soroti to Uganda
    doc = make_doc(
        [
            ("Rebels", "rebel", "NOUN", "nsubj", 1),
            ("surrendered", "surrender", "VERB", "ROOT", 1),
            ("in", "in", "ADP", "prep", 1),
            ("Soroti", "Soroti", "PROPN", "pobj", 2),
            ("to", "to", "ADP", "prep", 1),
            ("Uganda", "Uganda", "PROPN", "pobj", 4),
        ]
    )
    assert [t.text for t in located_candidates(doc[1], None, quad_class=2, event_type="RETREAT")] == [
        "Uganda"
    ]
    assert [t.text for t in located_candidates(doc[1], None, quad_class=4, event_type="ASSAULT")] == [
        "Soroti",
        "Uganda",
    ]
    assert [t.text for t in located_candidates(doc[1], None, quad_class=3, event_type="PROTEST")] == [
        "Soroti",
        "Uganda",
    ]


def test_targets_requested_parties_are_the_subjects_of_the_requested_clause():
    # Officials demanded that the United States match
    doc = make_doc(
        [
            ("Officials", "official", "NOUN", "nsubj", 1),
            ("demanded", "demand", "VERB", "ROOT", 1),
            ("that", "that", "SCONJ", "mark", 5),
            ("the", "the", "DET", "det", 4),
            ("States", "States", "PROPN", "nsubj", 5),
            ("match", "match", "VERB", "ccomp", 1),
        ]
    )
    assert [t.text for t in requested_parties(doc[1])] == ["States"]
    assert requested_parties(doc[5]) == []


def test_targets_complement_verbs_are_infinitive_complements():
    # Libya offered to hand over
    doc = make_doc(
        [
            ("Libya", "Libya", "PROPN", "nsubj", 1),
            ("offered", "offer", "VERB", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("hand", "hand", "VERB", "xcomp", 1),
        ]
    )
    assert [t.text for t in complement_verbs(doc[1])] == ["hand"]
    assert complement_verbs(doc[0]) == []


def test_targets_complement_parties_are_who_an_accusation_is_about():
    # Kurds raised allegations that Ankara is orchestrating a shift
    doc = make_doc(
        [
            ("Kurds", "Kurd", "NOUN", "nsubj", 1),
            ("raised", "raise", "VERB", "ROOT", 1),
            ("allegations", "allegation", "NOUN", "dobj", 1),
            ("that", "that", "SCONJ", "mark", 6),
            ("Ankara", "Ankara", "PROPN", "nsubj", 6),
            ("is", "be", "AUX", "aux", 6),
            ("orchestrating", "orchestrate", "VERB", "acl", 2),
            ("a", "a", "DET", "det", 8),
            ("shift", "shift", "NOUN", "dobj", 6),
        ]
    )
    assert [t.text for t in complement_parties(doc[2])] == ["Ankara", "shift"]


def test_targets_complement_parties_pass_over_the_speakers_own_pronoun():
    # Damascus warned it considers any Syrian a traitor
    doc = make_doc(
        [
            ("Damascus", "Damascus", "PROPN", "nsubj", 1),
            ("warned", "warn", "VERB", "ROOT", 1),
            ("it", "it", "PRON", "nsubj", 3),
            ("considers", "consider", "VERB", "ccomp", 1),
            ("any", "any", "DET", "det", 5),
            ("Syrian", "Syrian", "PROPN", "dobj", 3),
        ]
    )
    assert [t.text for t in complement_parties(doc[1])] == ["Syrian"]


def _two_sentences(first_verb: str) -> Doc:
    # Washington <verb> plans . Russia opposed the plan
    words = ["Washington", first_verb + "d", "plans", ".", "Russia", "opposed", "the", "plan"]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        lemmas=["Washington", first_verb, "plan", ".", "Russia", "oppose", "the", "plan"],
        pos=["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "VERB", "DET", "NOUN"],
        deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "det", "dobj"],
        heads=[1, 1, 1, 1, 5, 5, 7, 5],
        sent_starts=[True, False, False, False, True, False, False, False],
    )


def test_targets_definite_thing_belongs_to_who_made_its_earlier_mention():
    doc = _two_sentences("announce")
    assert [t.text for t in antecedent_owners(doc[7])] == ["Washington"]
    assert antecedent_owners(doc[2]) == []  # "plans": no determiner, nothing to refer back to


def test_targets_who_only_spoke_of_a_thing_does_not_own_it():
    doc = _two_sentences("criticise")  # "Washington criticised plans": not Washington's plan
    assert antecedent_owners(doc[7]) == []


def test_targets_partitive_object_leads_to_the_recipient():
    # the US has stopped much of its help for the rebels: "much" (an adjective) counts a part of the help
    doc = make_doc(
        [
            ("the", "the", "DET", "det", 1),
            ("US", "US", "PROPN", "nsubj", 3),
            ("has", "have", "AUX", "aux", 3),
            ("stopped", "stop", "VERB", "ROOT", 3),
            ("much", "much", "ADJ", "dobj", 3),
            ("of", "of", "ADP", "prep", 4),
            ("its", "its", "PRON", "poss", 7),
            ("help", "help", "NOUN", "pobj", 5),
            ("for", "for", "ADP", "prep", 7),
            ("the", "the", "DET", "det", 10),
            ("rebels", "rebel", "NOUN", "pobj", 8),
        ]
    )
    assert partitive_object(doc[3]) == doc[4]
    found = located_candidates(doc[3], None, quad_class=4, event_type="SANCTION")
    assert [t.text for t in found] == ["rebels"]


def test_targets_partitive_word_without_of_phrase_is_no_partitive():
    # they stopped much (no "of" phrase: nothing is counted)
    doc = make_doc(
        [
            ("they", "they", "PRON", "nsubj", 1),
            ("stopped", "stop", "VERB", "ROOT", 1),
            ("much", "much", "ADJ", "dobj", 1),
        ]
    )
    assert partitive_object(doc[1]) is None

def test_targets_force_members_are_the_group_a_force_is_raised_from_or_made_of():
    # The US will raise a militia from the SDF / The US will transform the SDF into a force
    raised = make_doc(
        [
            ("US", "US", "PROPN", "nsubj", 2),
            ("will", "will", "AUX", "aux", 2),
            ("raise", "raise", "VERB", "ROOT", 2),
            ("a", "a", "DET", "det", 4),
            ("militia", "militia", "NOUN", "dobj", 2),
            ("from", "from", "ADP", "prep", 4),
            ("SDF", "SDF", "PROPN", "pobj", 5),
        ]
    )
    made = make_doc(
        [
            ("US", "US", "PROPN", "nsubj", 2),
            ("will", "will", "AUX", "aux", 2),
            ("transform", "transform", "VERB", "ROOT", 2),
            ("SDF", "SDF", "PROPN", "dobj", 2),
            ("into", "into", "ADP", "prep", 2),
            ("a", "a", "DET", "det", 6),
            ("force", "force", "NOUN", "pobj", 4),
        ]
    )
    assert [t.text for t in force_members(raised[2])] == ["SDF"]
    assert [t.text for t in force_members(made[2])] == ["SDF"]
    assert force_members(raised[4]) == []  # a noun raises nothing
    moved = make_doc(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("deployed", "deploy", "VERB", "ROOT", 1),
            ("troops", "troop", "NOUN", "dobj", 1),
            ("from", "from", "ADP", "prep", 1),
            ("Hmeimim", "Hmeimim", "PROPN", "pobj", 3),
        ]
    )
    assert force_members(moved[1]) == []  # a force moved from a place is not made of it


def test_targets_complement_verbs_include_purpose_and_means_clauses():
    # They launched an attack to purge al-Qaida
    purpose = make_doc(
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("launched", "launch", "VERB", "ROOT", 1),
            ("an", "an", "DET", "det", 3),
            ("attack", "attack", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5),
            ("purge", "purge", "VERB", "advcl", 1),
            ("al-Qaida", "al-Qaida", "PROPN", "dobj", 5),
        ]
    )
    assert [t.text for t in complement_verbs(purpose[3], hostile=True)] == ["purge"]  # through its support verb
    assert [t.text for t in complement_verbs(purpose[1], hostile=True)] == ["purge"]
    assert complement_verbs(purpose[1]) == []  # a friendly act's purpose ("to help identify victims") aims at no one
    # The regime vowed to win back control , including by removing the force
    means = make_doc(
        [
            ("The", "the", "DET", "det", 1),
            ("regime", "regime", "NOUN", "nsubj", 2),
            ("vowed", "vow", "VERB", "ROOT", 2),
            ("to", "to", "PART", "aux", 4),
            ("win", "win", "VERB", "xcomp", 2),
            ("back", "back", "ADP", "prt", 4),
            ("control", "control", "NOUN", "dobj", 4),
            (",", ",", "PUNCT", "punct", 6),
            ("including", "include", "VERB", "prep", 4),
            ("by", "by", "ADP", "prep", 8),
            ("removing", "remove", "VERB", "pcomp", 9),
            ("the", "the", "DET", "det", 12),
            ("force", "force", "NOUN", "dobj", 10),
        ]
    )
    means[10].tag_ = "VBG"
    assert [t.text for t in complement_verbs(means[2])] == ["win"]
    assert [t.text for t in complement_verbs(means[4], hostile=True)] == ["removing"]
    assert complement_verbs(means[6], hostile=True) == []  # a noun with no support verb frames nothing


def test_targets_purpose_clause_in_order_to_is_a_complement():
    # They launched an operation in order to cut off access
    doc = make_doc(
        [
            ("They", "they", "PRON", "nsubj", 1),
            ("launched", "launch", "VERB", "ROOT", 1),
            ("an", "an", "DET", "det", 3),
            ("operation", "operation", "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 1),
            ("order", "order", "NOUN", "pobj", 4),
            ("to", "to", "PART", "aux", 7),
            ("cut", "cut", "VERB", "acl", 5),
            ("off", "off", "ADP", "prt", 7),
            ("access", "access", "NOUN", "dobj", 7),
        ]
    )
    assert [t.text for t in complement_verbs(doc[3], hostile=True)] == ["cut"]
    assert complement_verbs(doc[3]) == []  # a friendly act's purpose is no target


def test_targets_access_holders_are_whose_access_or_supplies_are_cut():
    # cut off Iranian-backed forces access to a border crossing
    doc = with_tags(
        make_doc(
            [
                ("cut", "cut", "VERB", "ROOT", 0),
                ("off", "off", "ADP", "prt", 0),
                ("Iranian", "Iranian", "PROPN", "npadvmod", 4),
                ("-", "-", "PUNCT", "punct", 4),
                ("backed", "back", "VERB", "amod", 5),
                ("forces", "force", "NOUN", "compound", 6),
                ("access", "access", "NOUN", "dobj", 0),
                ("to", "to", "ADP", "prep", 6),
                ("a", "a", "DET", "det", 10),
                ("border", "border", "NOUN", "compound", 10),
                ("crossing", "crossing", "NOUN", "pobj", 7),
            ]
        ),
        {5: "NNS", 9: "NN"},
    )
    assert [t.text for t in access_holders(doc[6])] == ["forces"]
    assert access_holders(doc[10]) == []  # a crossing is no access noun, and "border" names a kind
    # blocked the rebels' supply lines
    lines = with_tags(
        make_doc(
            [
                ("blocked", "block", "VERB", "ROOT", 0),
                ("the", "the", "DET", "det", 2),
                ("rebels", "rebel", "NOUN", "poss", 5),
                ("'", "'", "PART", "case", 2),
                ("supply", "supply", "NOUN", "compound", 5),
                ("lines", "line", "NOUN", "dobj", 0),
            ]
        ),
        {2: "NNS", 4: "NN"},
    )
    assert [t.text for t in access_holders(lines[5])] == ["rebels"]  # not the singular compound "supply"


def _lifted_curfew():
    # Serbia lifted a curfew in Montenegro
    return make_doc(
        [
            ("Serbia", "Serbia", "PROPN", "nsubj", 1),
            ("lifted", "lift", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("curfew", "curfew", "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 1),
            ("Montenegro", "Montenegro", "PROPN", "pobj", 4),
        ]
    )


def test_targets_easing_a_curfew_is_aimed_at_its_place():
    doc = _lifted_curfew()
    eased = located_candidates(doc[1], doc[3], quad_class=2, event_type="CONCEDE", cameo="081")
    assert [t.text for t in eased] == ["Montenegro"]
    other = located_candidates(doc[1], doc[3], quad_class=2, event_type="CONCEDE", cameo="080")
    assert other == []  # another concession made in a place is not aimed at it


def test_targets_mediated_parties_are_named_in_the_between_phrase():
    # Klibi undertook a mediation mission between Syria and Arafat
    doc = make_doc(
        [
            ("Klibi", "Klibi", "PROPN", "nsubj", 1),
            ("undertook", "undertake", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 4),
            ("mediation", "mediation", "NOUN", "compound", 4),
            ("mission", "mission", "NOUN", "dobj", 1),
            ("between", "between", "ADP", "prep", 4),
            ("Syria", "Syria", "PROPN", "pobj", 5),
            ("and", "and", "CCONJ", "cc", 6),
            ("Arafat", "Arafat", "PROPN", "conj", 6),
        ]
    )
    assert [t.text for t in mediated_parties(doc[3], cameo="045")] == ["Syria"]  # its conjuncts are the caller's
    assert mediated_parties(doc[3], cameo="046") == []  # talks between two parties: reciprocal, not targets


def test_targets_place_holders_are_named_by_a_stronghold_appositive():
    # attacked Raqqa , Isis 's capital , and Idlib , the city
    doc = make_doc(
        [
            ("attacked", "attack", "VERB", "ROOT", 0),
            ("Raqqa", "Raqqa", "PROPN", "dobj", 0),
            (",", ",", "PUNCT", "punct", 1),
            ("Isis", "Isis", "PROPN", "poss", 5),
            ("'s", "'s", "PART", "case", 3),
            ("capital", "capital", "NOUN", "appos", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("and", "and", "CCONJ", "cc", 1),
            ("Idlib", "Idlib", "PROPN", "conj", 1),
            (",", ",", "PUNCT", "punct", 8),
            ("Assad", "Assad", "PROPN", "poss", 12),
            ("'s", "'s", "PART", "case", 10),
            ("city", "city", "NOUN", "appos", 8),
        ]
    )
    assert [t.text for t in place_holders(doc[1])] == ["Isis"]
    assert place_holders(doc[8]) == []  # a city of someone's is not said to be held against others


def test_targets_place_holders_read_a_misattached_stronghold_phrase_after_the_comma():
    # fighting in Deir ez-Zor , Isis 's last stronghold : the parser hung "stronghold" on the clause's verb
    doc = make_doc(
        [
            ("spent", "spend", "VERB", "ROOT", 0),
            ("months", "month", "NOUN", "dobj", 0),
            ("fighting", "fight", "VERB", "xcomp", 0),
            ("in", "in", "ADP", "prep", 2),
            ("Zor", "Zor", "PROPN", "pobj", 3),
            (",", ",", "PUNCT", "punct", 0),
            ("Isis", "Isis", "PROPN", "poss", 9),
            ("'s", "'s", "PART", "case", 6),
            ("last", "last", "ADJ", "amod", 9),
            ("stronghold", "stronghold", "NOUN", "dobj", 0),
            (",", ",", "PUNCT", "punct", 0),
            ("Assad", "Assad", "PROPN", "poss", 13),
            ("'s", "'s", "PART", "case", 11),
            ("home", "home", "NOUN", "npadvmod", 0),
        ]
    )
    assert [t.text for t in place_holders(doc[4])] == ["Isis"]
    assert place_holders(doc[9]) == []  # what follows the stronghold is no holding noun


def test_targets_asked_object_is_whom_a_request_verb_asks_to_act():
    # she begged her commanders to send her
    doc = make_doc(
        [
            ("she", "she", "PRON", "nsubj", 1),
            ("begged", "beg", "VERB", "ROOT", 1),
            ("her", "her", "PRON", "poss", 3),
            ("commanders", "commander", "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 5),
            ("send", "send", "VERB", "xcomp", 1),
            ("her", "she", "PRON", "dobj", 5),
        ]
    )
    assert asked_object(doc[1]) == doc[3]
    assert asked_object(doc[5]) is None  # "send her": no infinitive says what she is to do


def test_targets_message_addressees_are_whom_a_message_is_for():
    # they dropped leaflets telling us to surrender; Russia sent a letter to the UN
    leaflets = with_tags(make_doc(
        [
            ("they", "they", "PRON", "nsubj", 1),
            ("dropped", "drop", "VERB", "ROOT", 1),
            ("leaflets", "leaflet", "NOUN", "dobj", 1),
            ("telling", "tell", "VERB", "acl", 2),
            ("us", "we", "PRON", "dobj", 3),
            ("to", "to", "PART", "aux", 6),
            ("surrender", "surrender", "VERB", "xcomp", 3),
        ]
    ), {3: "VBG"})
    assert message_addressees(leaflets[2]) == [leaflets[4]]
    assert message_addressees(leaflets[4]) == []  # not a message
    letter = make_doc(
        [
            ("Russia", "Russia", "PROPN", "nsubj", 1),
            ("sent", "send", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("letter", "letter", "NOUN", "dobj", 1),
            ("to", "to", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 6),
            ("UN", "UN", "PROPN", "pobj", 4),
        ]
    )
    assert message_addressees(letter[3]) == [letter[6]]


def test_targets_removed_parties_are_whom_clearing_removes():
    # to cleanse the region of its inhabitants; to take the region of its inhabitants (no clearing)
    rows = [
        ("to", "to", "PART", "aux", 1),
        ("cleanse", "cleanse", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("region", "region", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("its", "its", "PRON", "poss", 6),
        ("inhabitants", "inhabitant", "NOUN", "pobj", 4),
    ]
    doc = make_doc(rows)
    assert removed_parties(doc[1]) == [doc[6]]
    taken = make_doc([rows[0], ("take", "take", "VERB", "ROOT", 1), *rows[2:]])
    assert removed_parties(taken[1]) == []


def test_targets_action_patients_are_who_a_named_act_is_done_to():
    # supported the build-up and training of an army; supported the idea of an army (no act done to it)
    rows = [
        ("supported", "support", "VERB", "ROOT", 0),
        ("the", "the", "DET", "det", 4),
        ("build", "build", "NOUN", "compound", 4),
        ("-", "-", "PUNCT", "punct", 4),
        ("up", "up", "NOUN", "dobj", 0),
        ("and", "and", "CCONJ", "cc", 4),
        ("training", "training", "NOUN", "conj", 4),
        ("of", "of", "ADP", "prep", 4),
        ("an", "an", "DET", "det", 9),
        ("army", "army", "NOUN", "pobj", 7),
    ]
    doc = make_doc(rows)
    assert action_patients(doc[4]) == [doc[9]]
    idea = make_doc(
        [
            ("supported", "support", "VERB", "ROOT", 0),
            ("the", "the", "DET", "det", 2),
            ("idea", "idea", "NOUN", "dobj", 0),
            ("of", "of", "ADP", "prep", 2),
            ("an", "an", "DET", "det", 5),
            ("army", "army", "NOUN", "pobj", 3),
        ]
    )
    assert action_patients(idea[2]) == []


def test_targets_complement_verbs_of_a_hostile_noun_are_its_infinitives():
    # a warning to cleanse the region: the threatened act
    doc = make_doc(
        [
            ("a", "a", "DET", "det", 1),
            ("warning", "warning", "NOUN", "ROOT", 1),
            ("to", "to", "PART", "aux", 3),
            ("cleanse", "cleanse", "VERB", "acl", 1),
            ("the", "the", "DET", "det", 5),
            ("region", "region", "NOUN", "dobj", 3),
        ]
    )
    assert complement_verbs(doc[1], hostile=True) == [doc[3]]
    assert complement_verbs(doc[1]) == []  # a friendly noun's infinitive ("a plan to help") is not followed


def test_targets_told_parties_are_whom_promised_help_is_for():
    # the YPG had been told that no help would be coming
    doc = make_doc([
        ("the", "the", "DET", "det", 1), ("YPG", "YPG", "PROPN", "nsubjpass", 4), ("had", "have", "AUX", "aux", 4),
        ("been", "be", "AUX", "auxpass", 4), ("told", "tell", "VERB", "ROOT", 4), ("that", "that", "SCONJ", "mark", 10),
        ("no", "no", "DET", "det", 7), ("help", "help", "NOUN", "nsubj", 10), ("would", "would", "AUX", "aux", 10),
        ("be", "be", "AUX", "aux", 10), ("coming", "come", "VERB", "ccomp", 4),
    ])
    assert told_parties(doc[7]) == [doc[1]]
    assert told_parties(doc[1]) == []  # not a word of the told clause


def _battle_doc(holder: bool):
    """ "the battle for Raqqa" (after "Isis - held Raqqa ." when `holder`), parsed by hand, places tagged GPE."""
    from spacy.tokens import Span

    rows = [("Isis", "Isis", "PROPN", "npadvmod", 2), ("-", "-", "PUNCT", "punct", 2),
            ("held", "hold", "VERB", "amod", 3), ("Raqqa", "Raqqa", "PROPN", "ROOT", 3),
            (".", ".", "PUNCT", "punct", 3)] if holder else []
    n = len(rows)
    rows += [("the", "the", "DET", "det", n + 1), ("battle", "battle", "NOUN", "ROOT", n + 1),
             ("for", "for", "ADP", "prep", n + 1), ("Raqqa", "Raqqa", "PROPN", "pobj", n + 2)]
    doc = make_doc(rows)
    doc.ents = [Span(doc, i, i + 1, label="GPE") for i, t in enumerate(doc) if t.text == "Raqqa"]
    return doc


def test_targets_battle_for_a_place_is_against_its_holder():
    from sitrep.coding.targets import contested_place, place_holders_in_story

    doc = _battle_doc(holder=True)
    place = contested_place(doc[6])
    assert place is not None and place.i == 8
    assert [h.text for h in place_holders_in_story(place)] == ["Isis"]
    alone = _battle_doc(holder=False)
    assert contested_place(alone[1]) is not None and place_holders_in_story(alone[3]) == []
    assert contested_place(alone[0]) is None  # not a battle noun


def test_targets_control_parties_are_whom_control_is_taken_from_and_the_named_place():
    # Kurdish fighters seized control of Raqqa from Isis
    doc = make_doc([
        ("Kurdish", "kurdish", "ADJ", "amod", 1), ("fighters", "fighter", "NOUN", "nsubj", 2),
        ("seized", "seize", "VERB", "ROOT", 2), ("control", "control", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 3), ("Raqqa", "Raqqa", "PROPN", "pobj", 4),
        ("from", "from", "ADP", "prep", 3), ("Isis", "Isis", "PROPN", "pobj", 6),
    ])
    assert [t.text for t in control_parties(doc[3])] == ["Isis", "Raqqa"]
    # vowed to win back control of the country: a common noun is no party (the means clause may name one)
    country = make_doc([
        ("win", "win", "VERB", "ROOT", 0), ("control", "control", "NOUN", "dobj", 0),
        ("of", "of", "ADP", "prep", 1), ("the", "the", "DET", "det", 4), ("country", "country", "NOUN", "pobj", 2),
    ])
    assert control_parties(country[1]) == []
    assert control_parties(doc[1]) == []


def test_targets_counted_weapon_is_no_party():
    # shelled the town with dozens of rockets / a barrage of rockets: weapons counted, no one hit
    for count, lemma in (("dozens", "dozen"), ("barrage", "barrage")):
        doc = make_doc([
            ("shelled", "shell", "VERB", "ROOT", 0), ("with", "with", "ADP", "prep", 0),
            (count, lemma, "NOUN", "pobj", 1), ("of", "of", "ADP", "prep", 2), ("rockets", "rocket", "NOUN", "pobj", 3),
        ])
        assert counted_weapon(doc[2])
    # dozens of civilians are people
    people = make_doc([
        ("killed", "kill", "VERB", "ROOT", 0), ("dozens", "dozen", "NOUN", "dobj", 0),
        ("of", "of", "ADP", "prep", 1), ("civilians", "civilian", "NOUN", "pobj", 2),
    ])
    assert not counted_weapon(people[1])
