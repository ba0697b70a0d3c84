"""Model-free tests of sitrep.coding.sourceless on hand-built parses."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.sourceless import threat_given_to_people
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
