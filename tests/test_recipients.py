"""coding/recipients.py on real parses: the recipient an event's trigger and its framed clauses give."""

from __future__ import annotations


def test_recipients_cut_off_access_targets_whose_access_it_is(seed_events):
    # "a plan ... to launch a military operation in order to cut off Iranian-backed forces access to a key border
    # crossing between Iraq and Syria": the operation is aimed at the forces, not at Iraq
    _article, events = seed_events["seed000"]
    operation = next(e for e in events if e.event_type == "ASSAULT" and e.status == "denied")
    assert operation.target is not None
    assert operation.target.sponsor == "IRN"
    assert "forces" in operation.target.text
