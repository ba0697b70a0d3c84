"""coding/events.py through the real pipeline: which parts of a sentence become the event's place and parties."""

from __future__ import annotations

from datetime import date

import sitrep


def test_events_place_is_never_a_conjoined_source_nor_the_target_of_words():
    from conftest import make_doc
    from sitrep.coding.events import _party_heads
    from sitrep.coding.triggers import sense_of_code

    # Iran and Iraq attacked Basra
    doc = make_doc(
        [
            ("Iran", "Iran", "PROPN", "nsubj", 3),
            ("and", "and", "CCONJ", "cc", 0),
            ("Iraq", "Iraq", "PROPN", "conj", 0),
            ("attacked", "attack", "VERB", "ROOT", 3),
            ("Basra", "Basra", "PROPN", "dobj", 3),
        ]
    )
    attack, accuse = sense_of_code("190", pattern="test"), sense_of_code("112", pattern="test")
    assert attack is not None and accuse is not None
    assert [t.text for t in _party_heads(doc[0], doc[4], attack)] == ["Iran", "Iraq"]  # Basra: where it happened
    assert [t.text for t in _party_heads(doc[0], doc[4], accuse)] == ["Iran", "Iraq", "Basra"]


def test_events_town_attacked_is_the_place_of_each_event():
    events = sitrep.extract("Russian jets bombed Idlib and Aleppo on Monday.", published=date(2018, 3, 19))
    places = {e.target.text: e.location.name for e in events if e.event_type == "ASSAULT" and e.target and e.location}
    assert places == {"Idlib": "Idlib", "Aleppo": "Aleppo"}


def test_events_words_are_not_located_at_their_target():
    events = sitrep.extract("Turkey accused Syria of lying on Monday.", published=date(2018, 3, 19))
    accused = [e for e in events if e.event_type == "ACCUSE"]
    assert accused and accused[0].target is not None and accused[0].target.country == "SYR"
    assert accused[0].location is None or accused[0].location.country != "SYR"
