"""coding/parties.py on hand-built parses: what a phrase's head stands for."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.parties import counted_of


def test_parties_kind_noun_stands_for_its_of_phrase():
    # any form of US-backed force ; a form of protest
    doc = make_doc(
        [
            ("any", "any", "DET", "det", 1),
            ("form", "form", "NOUN", "ROOT", 1),
            ("of", "of", "ADP", "prep", 1),
            ("US-backed", "US-backed", "ADJ", "amod", 4),
            ("force", "force", "NOUN", "pobj", 2),
        ]
    )
    assert counted_of(doc[1]) == doc[4]
    assert counted_of(doc[4]) is None  # a noun with no "of" phrase counts nothing
