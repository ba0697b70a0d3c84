"""coding/actor_negatives.py: a phrase under a negative quantifier names no party."""

from __future__ import annotations

from datetime import date

from conftest import make_doc
from sitrep.coding.actor_negatives import names_nobody


def test_actor_negatives_no_group_nobody_none_name_no_one():
    doc = make_doc([("No", "no", "DET", "det", 2), ("militant", "militant", "ADJ", "amod", 2),
                    ("group", "group", "NOUN", "nsubj", 3), ("claimed", "claim", "VERB", "ROOT", 3)])
    assert names_nobody(doc[2])
    assert names_nobody(make_doc([("Nobody", "nobody", "PRON", "ROOT", 0)])[0])
    fewer = make_doc([("no", "no", "ADV", "advmod", 1), ("fewer", "few", "ADJ", "amod", 4),
                      ("than", "than", "ADP", "quantmod", 3), ("30", "30", "NUM", "nummod", 4),
                      ("rebels", "rebel", "NOUN", "ROOT", 4)])
    assert not names_nobody(fewer[4])


def test_actor_negatives_no_group_claiming_a_bombing_is_no_source():
    import sitrep

    text = ("A car bomb exploded outside a police station in Kirkuk on Monday, killing 12 people. "
            "No group has claimed responsibility for the bombing. No militant group has claimed the killings.")
    events = sitrep.extract(text, published=date(2019, 6, 3))
    assert events and not [e for e in events if e.status == "claimed"]
    assert not [e for e in events if e.source is not None and e.source.text.lower().startswith("no ")]
