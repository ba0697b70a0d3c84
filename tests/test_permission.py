"""coding/permission.py on hand-built parses, and on whole sentences (real spaCy model): permission to move
withheld is a restriction of movement by the one withholding it, against those held, asserted."""

from __future__ import annotations

from datetime import date

import sitrep
from conftest import make_doc
from sitrep.coding.permission import held_party, movement_withheld, ordered_patient, stray_agent


def _not_allowed(*, negated: bool = True):
    # Civilians were (not) allowed to leave
    rows = [("Civilians", "civilian", "NOUN", "nsubjpass", 3), ("were", "be", "AUX", "auxpass", 3)]
    rows += [("not", "not", "PART", "neg", 3)] if negated else [("barely", "barely", "ADV", "advmod", 3)]
    rows += [("allowed", "allow", "VERB", "ROOT", 3), ("to", "to", "PART", "aux", 5), ("leave", "leave", "VERB", "xcomp", 3)]
    return make_doc(rows)


def test_permission_withheld_movement_is_a_negated_permission_to_move():
    doc = _not_allowed()
    assert movement_withheld(doc[3]) == doc[2]
    assert held_party(doc[3]) == doc[0]
    assert movement_withheld(_not_allowed(negated=False)[3]) is None  # allowed to leave: no restriction


def test_permission_stray_agent_and_the_resident_a_relative_clause_is_about():
    # a resident of the city , who has not been given permission to leave by militants
    doc = make_doc([
        ("a", "a", "DET", "det", 1), ("resident", "resident", "NOUN", "ROOT", 1), ("of", "of", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4), ("city", "city", "NOUN", "pobj", 2), (",", ",", "PUNCT", "punct", 4),
        ("who", "who", "PRON", "nsubjpass", 10), ("has", "have", "AUX", "aux", 10), ("not", "not", "PART", "neg", 10),
        ("been", "be", "AUX", "auxpass", 10), ("given", "give", "VERB", "relcl", 4),
        ("permission", "permission", "NOUN", "dobj", 10), ("to", "to", "PART", "aux", 13),
        ("leave", "leave", "VERB", "acl", 11), ("by", "by", "ADP", "agent", 13), ("militants", "militant", "NOUN", "pobj", 14),
    ])
    assert stray_agent(doc[10]) == doc[15]  # "by" hung on "leave": the one withholding permission
    assert held_party(doc[10]) == doc[1]  # "who" is the resident, not the city the parser hung it on


def test_permission_not_allowed_to_leave_is_an_asserted_coercion():
    events = sitrep.extract("Civilians in Raqqa were not allowed to leave by Isis fighters.", published=date(2018, 3, 1))
    held = [e for e in events if e.event_type == "COERCE"]
    assert [(e.cameo, e.status) for e in held] == [("191", "asserted")]
    assert held[0].source is not None and "Isis" in held[0].source.text
    assert held[0].target is not None and held[0].target.text.startswith("Civilians")


def _ordered(*, passive: bool):
    # "Javid ordered her citizenship to be revoked" / "A judge ordered the minister to resign"
    rows = [("Javid", "Javid", "PROPN", "nsubj", 1), ("ordered", "order", "VERB", "ROOT", 1),
            ("citizenship", "citizenship", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 5 if passive else 4)]
    if passive:
        rows += [("be", "be", "AUX", "auxpass", 5), ("revoked", "revoke", "VERB", "xcomp", 1)]
    else:
        rows += [("resign", "resign", "VERB", "xcomp", 1)]
    return make_doc(rows)


def test_permission_ordered_patient_of_a_passive_infinitive():
    doc = _ordered(passive=True)
    assert ordered_patient(doc[5]) == doc[2]  # the citizenship is revoked
    doc = _ordered(passive=False)
    assert ordered_patient(doc[4]) is None  # the one ordered acts: no patient


def test_permission_order_with_passive_infinitive_is_the_act_itself():
    events = sitrep.extract("The home secretary ordered her citizenship to be revoked.", published=date(2019, 3, 9))
    assert [(e.event_type, e.evidence.trigger) for e in events] == [("COERCE", "revoked")]
    assert events[0].source is not None and events[0].source.text == "The home secretary"
