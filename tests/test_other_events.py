"""Tests for sitrep.coding.other_events: the phrases of another event whose place is not the trigger's. Hand-parsed
Docs (conftest.make_doc), so the tests exercise the rules, not a model."""

from __future__ import annotations

from conftest import make_doc, with_tags
from sitrep.coding.other_events import in_talks_phrase, introduces_place, other_event_spans

# "The airstrikes coincided with the launch of an offensive in Iraq ."
COINCIDED_ROWS = [
    ("The", "the", "DET", "det", 1),
    ("airstrikes", "airstrike", "NOUN", "nsubj", 2),
    ("coincided", "coincide", "VERB", "ROOT", 2),
    ("with", "with", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 5),
    ("launch", "launch", "NOUN", "pobj", 3),
    ("of", "of", "ADP", "prep", 5),
    ("an", "an", "DET", "det", 8),
    ("offensive", "offensive", "NOUN", "pobj", 6),
    ("in", "in", "ADP", "prep", 5),
    ("Iraq", "Iraq", "PROPN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 2),
]


def _after_rows(noun: str, lemma: str) -> list[tuple[str, str, str, str, int]]:
    """ "Soldiers were killed after <noun> in Hama ." """
    return [
        ("Soldiers", "soldier", "NOUN", "nsubjpass", 2),
        ("were", "be", "AUX", "auxpass", 2),
        ("killed", "kill", "VERB", "ROOT", 2),
        ("after", "after", "ADP", "prep", 2),
        (noun, lemma, "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 4),
        ("Hama", "Hama", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]


def _covers(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


def test_other_events_event_set_beside_a_nominal_trigger_keeps_its_place():
    doc = make_doc(COINCIDED_ROWS)
    spans = other_event_spans(doc[1])
    assert _covers(spans, doc[10].idx)  # Iraq is the launch's place
    assert not _covers(spans, doc[1].idx)  # never the trigger's own phrase


def test_other_events_talks_after_which_an_act_happens_keep_their_place():
    doc = make_doc(_after_rows("talks", "talk"))
    assert _covers(other_event_spans(doc[2]), doc[6].idx)


def test_other_events_fight_an_act_follows_places_it():
    doc = make_doc(_after_rows("clashes", "clash"))  # "killed after clashes in Hama": the clashes' casualties
    assert not _covers(other_event_spans(doc[2]), doc[6].idx)


def test_other_events_place_of_talks_is_not_recalled_for_acts():
    talks = make_doc(_after_rows("talks", "talk"))
    clashes = make_doc(_after_rows("clashes", "clash"))
    assert in_talks_phrase(talks[6]) and not in_talks_phrase(clashes[6])


def test_other_events_event_a_nominal_act_hits_is_its_place():
    # "The strike hit a meeting in Idlib ." : the act's own verb, the meeting its target, Idlib its place
    doc = make_doc([
        ("The", "the", "DET", "det", 1), ("strike", "strike", "NOUN", "nsubj", 2), ("hit", "hit", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4), ("meeting", "meeting", "NOUN", "dobj", 2), ("in", "in", "ADP", "prep", 4),
        ("Idlib", "Idlib", "PROPN", "pobj", 5), (".", ".", "PUNCT", "punct", 2),
    ])
    assert not _covers(other_event_spans(doc[1]), doc[6].idx)


def _seized_rows(determiner: str) -> list[tuple[str, str, str, str, int]]:
    """ "Soldiers seized <determiner> town in the east ." """
    return [
        ("Soldiers", "soldier", "NOUN", "nsubj", 1),
        ("seized", "seize", "VERB", "ROOT", 1),
        (determiner, determiner, "DET", "det", 3),
        ("town", "town", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        ("east", "east", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_other_events_indefinite_place_noun_introduces_a_new_place():
    assert introduces_place(with_tags(make_doc(_seized_rows("a")), {3: "NN"})[1])  # "seized a town"
    assert not introduces_place(with_tags(make_doc(_seized_rows("the")), {3: "NN"})[1])  # the town named before
