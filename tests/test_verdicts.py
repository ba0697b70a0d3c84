"""coding/verdicts.py on hand-built parses, and on whole sentences (real spaCy model): calling a party or its plan a
threat or terrorist is the caller's accusation of that party."""

from __future__ import annotations

from datetime import date

import sitrep
from conftest import make_doc
from sitrep.coding.verdicts import is_verdict, judged_parties


def _called(adjective: str, noun: str, *, verb: str = "call"):
    # Erdogan called the YPG a <adjective> <noun>
    return make_doc([
        ("Erdogan", "Erdogan", "PROPN", "nsubj", 1), ("called", verb, "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("YPG", "YPG", "PROPN", "dobj", 1), ("a", "a", "DET", "det", 6),
        (adjective, adjective, "ADJ", "amod", 6), (noun, noun, "NOUN", "oprd", 1),
    ])


def test_verdicts_a_threat_or_terrorist_predicate_is_a_verdict():
    assert is_verdict(_called("terrorist", "army")[1])
    assert is_verdict(_called("intolerable", "threat")[1])
    assert not is_verdict(_called("reliable", "ally")[1])  # praise is no accusation
    assert not is_verdict(_called("terrorist", "army", verb="regard")[1])  # a standing view, not a verdict


def test_verdicts_judged_party_of_a_copula_clause():
    # Ankara decided the plan was a threat
    doc = make_doc([
        ("Ankara", "Ankara", "PROPN", "nsubj", 1), ("decided", "decide", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("plan", "plan", "NOUN", "nsubj", 4), ("was", "be", "AUX", "ccomp", 1),
        ("a", "a", "DET", "det", 6), ("threat", "threat", "NOUN", "attr", 4),
    ])
    assert judged_parties(doc[1]) == [doc[3]]


def test_verdicts_summary_noun_accuses_the_maker_of_the_plan():
    text = ("Olive Branch was launched after the US announced it would build a 30,000-strong border force including "
            "the YPG to patrol Syria's frontiers and prevent Isis's re-emergence, a prospect that Ankara decided was an "
            "intolerable national security threat.")
    accusations = [e for e in sitrep.extract(text, published=date(2018, 3, 1)) if e.event_type == "ACCUSE"]
    assert [(e.cameo, e.evidence.trigger) for e in accusations] == [("112", "decided")]
    assert accusations[0].source is not None and accusations[0].source.country == "TUR"
    assert accusations[0].target is not None and accusations[0].target.country == "USA"
