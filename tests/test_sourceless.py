"""Model-free tests of sitrep.coding.sourceless on hand-built parses."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.sourceless import doer_unknown, threat_given_to_people, unowned_incident
from sitrep.coding.triggers import TriggerSense

ULTIMATUM = TriggerSense("THREATEN", "relations", ("diplomatic",), "139", -7.0, 3, "noun ultimatum")


def _tagged(rows, tags):
    doc = make_doc(rows)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def test_sourceless_threat_given_to_people_by_a_named_doer_is_kept():
    # "he was given an ultimatum by their bosses": "by" hung on the noun, the doer named but not codable
    passive = _tagged(
        [("he", "he", "PRON", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2), ("given", "give", "VERB", "ROOT", 2),
         ("an", "an", "DET", "det", 4), ("ultimatum", "ultimatum", "NOUN", "dobj", 2), ("by", "by", "ADP", "prep", 4),
         ("their", "their", "PRON", "poss", 7), ("bosses", "boss", "NOUN", "pobj", 5)],
        ["PRP", "VBD", "VBN", "DT", "NN", "IN", "PRP$", "NNS"],
    )
    assert threat_given_to_people(passive[4], ULTIMATUM)
    # "their bosses gave the workers an ultimatum"
    active = _tagged(
        [("their", "their", "PRON", "poss", 1), ("bosses", "boss", "NOUN", "nsubj", 2), ("gave", "give", "VERB", "ROOT", 2),
         ("the", "the", "DET", "det", 4), ("workers", "worker", "NOUN", "dative", 2), ("an", "an", "DET", "det", 6),
         ("ultimatum", "ultimatum", "NOUN", "dobj", 2)],
        ["PRP$", "NNS", "VBD", "DT", "NNS", "DT", "NN"],
    )
    assert threat_given_to_people(active[6], ULTIMATUM)


def test_sourceless_threat_with_no_doer_or_no_recipient_stays_dropped():
    # "the workers were given an ultimatum": no one named behind it
    no_doer = _tagged(
        [("the", "the", "DET", "det", 1), ("workers", "worker", "NOUN", "nsubjpass", 3),
         ("were", "be", "AUX", "auxpass", 3), ("given", "give", "VERB", "ROOT", 3), ("an", "an", "DET", "det", 5),
         ("ultimatum", "ultimatum", "NOUN", "dobj", 3)],
        ["DT", "NNS", "VBD", "VBN", "DT", "NN"],
    )
    assert not threat_given_to_people(no_doer[5], ULTIMATUM)
    # "the bosses gave an ultimatum": given to no one named
    no_recipient = _tagged(
        [("the", "the", "DET", "det", 1), ("bosses", "boss", "NOUN", "nsubj", 2), ("gave", "give", "VERB", "ROOT", 2),
         ("an", "an", "DET", "det", 4), ("ultimatum", "ultimatum", "NOUN", "dobj", 2)],
        ["DT", "NNS", "VBD", "DT", "NN"],
    )
    assert not threat_given_to_people(no_recipient[4], ULTIMATUM)


def test_sourceless_incident_claimed_by_nobody_is_unowned():
    # "no group has claimed responsibility for the explosion": the explosion happened, its doer unknown
    rows = [("no", "no", "DET", "det", 1), ("group", "group", "NOUN", "nsubj", 3), ("has", "have", "AUX", "aux", 3),
            ("claimed", "claim", "VERB", "ROOT", 3), ("responsibility", "responsibility", "NOUN", "dobj", 3),
            ("for", "for", "ADP", "prep", 4), ("the", "the", "DET", "det", 7), ("explosion", "explosion", "NOUN", "pobj", 5)]
    assert unowned_incident(make_doc(rows)[7])
    # "the group has claimed responsibility for the explosion": a party owns it, no statement of an unknown doer
    named = [("the", "the", "DET", "det", 1), *rows[1:]]
    assert not unowned_incident(make_doc(named)[7])
    # "nobody claimed the attack": the act itself as the object of the claim
    direct = make_doc([("nobody", "nobody", "PRON", "nsubj", 1), ("claimed", "claim", "VERB", "ROOT", 1),
                       ("the", "the", "DET", "det", 3), ("attack", "attack", "NOUN", "dobj", 1)])
    assert unowned_incident(direct[3])
    # "nobody took the town": taking is no claim of an act
    took = make_doc([("nobody", "nobody", "PRON", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
                     ("the", "the", "DET", "det", 3), ("attack", "attack", "NOUN", "dobj", 1)])
    assert not unowned_incident(took[3])


def test_sourceless_doer_unknown_reads_a_question_of_who_under_not_known():
    def doc(knowing):  # "it was KNOWING who carried out the attack"
        return make_doc([("it", "it", "PRON", "nsubj", 1), ("was", "be", "AUX", "ROOT", 1), *knowing,
                         ("who", "who", "PRON", "nsubj", 3 + len(knowing)),
                         ("carried", "carry", "VERB", "ccomp", 1), ("out", "out", "ADP", "prt", 3 + len(knowing)),
                         ("the", "the", "DET", "det", 6 + len(knowing)),
                         ("attack", "attack", "NOUN", "dobj", 3 + len(knowing))])
    assert doer_unknown(doc([("not", "not", "PART", "neg", 1), ("clear", "clear", "ADJ", "acomp", 1)])[8])
    assert doer_unknown(doc([("unclear", "unclear", "ADJ", "acomp", 1)])[7])
    assert not doer_unknown(doc([("clear", "clear", "ADJ", "acomp", 1)])[7])  # "it was clear who ...": known
    assert unowned_incident(doc([("unclear", "unclear", "ADJ", "acomp", 1)])[7])
