"""Model-free tests of sitrep.coding.misparses on hand-built parses."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.misparses import is_document_kind


def _tagged(rows, tags):
    doc = make_doc(rows)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def test_misparses_gerund_before_a_document_noun_names_its_kind():
    # "noted that charging papers pointed out that ...": the parser made "charging" a clause on "noted" and
    # "papers" the subject of "pointed" under it; the papers are of a kind, no one is charged
    misparsed = _tagged(
        [("Hayden", "Hayden", "PROPN", "nsubj", 1), ("noted", "note", "VERB", "ROOT", 1),
         ("charging", "charge", "VERB", "ccomp", 1), ("papers", "paper", "NOUN", "nsubj", 4),
         ("pointed", "point", "VERB", "ccomp", 2), ("out", "out", "ADP", "prt", 4)],
        ["NNP", "VBD", "VBG", "NNS", "VBD", "RP"],
    )
    assert is_document_kind(misparsed[2])
    # "the sentencing documents say": the gerund modifies the noun
    modifier = _tagged(
        [("the", "the", "DET", "det", 2), ("sentencing", "sentence", "VERB", "amod", 2),
         ("documents", "document", "NOUN", "nsubj", 3), ("say", "say", "VERB", "ROOT", 3)],
        ["DT", "VBG", "NNS", "VBP"],
    )
    assert is_document_kind(modifier[1])


def test_misparses_gerund_taking_a_document_as_object_is_an_act():
    # "Police raided the office, seizing documents": the documents are what is seized
    seized = _tagged(
        [("Police", "police", "NOUN", "nsubj", 1), ("raided", "raid", "VERB", "ROOT", 1),
         ("seizing", "seize", "VERB", "advcl", 1), ("documents", "document", "NOUN", "dobj", 2)],
        ["NNS", "VBD", "VBG", "NNS"],
    )
    assert not is_document_kind(seized[2])
    # "charging activists": no document noun after the gerund
    people = _tagged(
        [("police", "police", "NOUN", "nsubj", 2), ("are", "be", "AUX", "aux", 2),
         ("charging", "charge", "VERB", "ROOT", 2), ("activists", "activist", "NOUN", "dobj", 2)],
        ["NNS", "VBP", "VBG", "NNS"],
    )
    assert not is_document_kind(people[2])
