"""Tests for sitrep.coding.actor_segments: an actor phrase cut into head and complement segments."""

from __future__ import annotations

import pytest

from sitrep.coding.actor_dictionary import ActorDictionary, load_actor_dictionary
from sitrep.coding.actor_segments import as_head, phrase_segments


@pytest.fixture(scope="module")
def d() -> ActorDictionary:
    return load_actor_dictionary()


def cut(text: str, d: ActorDictionary) -> list[tuple[str, str]] | None:
    segments, _dated = phrase_segments(text, d)
    return None if segments is None else [(s.kind, s.text.strip()) for s in segments]


def test_actor_segments_cut_before_complements(d: ActorDictionary) -> None:
    assert cut("forces backed by Iran in Syria", d) == [
        ("head", "forces"),
        ("sponsor", "Iran"),
        ("in", "Syria"),
    ]
    assert cut("militants near Aleppo", d) == [("head", "militants"), ("other", "Aleppo")]
    assert cut("rebels, who fled", d) == [("head", "rebels"), ("punct", ""), ("other", "fled")]


def test_actor_segments_never_cut_inside_a_known_name(d: ActorDictionary) -> None:
    assert cut("the Organisation of Islamic Cooperation", d) == [
        ("head", "the Organisation of Islamic Cooperation")
    ]
    assert cut("Democratic Republic of the Congo troops", d) == [
        ("head", "Democratic Republic of the Congo troops")
    ]


def test_actor_segments_drop_quantities_and_asides(d: ActorDictionary) -> None:
    assert cut("up to 300 soldiers", d) == [("head", "300 soldiers")]
    assert cut("Revolutionary United Front (RUF) fighters", d) == [
        ("head", "Revolutionary United Front fighters")
    ]


def test_actor_segments_phrase_without_terms_is_not_cut(d: ActorDictionary) -> None:
    assert cut("a quiet afternoon", d) is None
    assert cut("", d) is None
    # a world region may name an intergovernmental body the dictionary does not know: still cut
    assert cut("the Asia-Pacific Economic Cooperation forum", d) == [
        ("head", "the Asia-Pacific Economic Cooperation forum")
    ]


def test_actor_segments_tell_whether_a_date_can_change_the_reading(d: ActorDictionary) -> None:
    assert phrase_segments("Syrian troops", d)[1] is False  # no dated row: one reading for all dates
    assert phrase_segments("Taliban fighters", d)[1] is True  # the Taliban's rows follow history


def test_actor_segments_as_head_reads_a_complement_as_a_phrase(d: ActorDictionary) -> None:
    segments, _dated = phrase_segments("forces backed by Iran", d)
    assert segments is not None
    head = as_head(segments[1])
    assert (head.kind, head.text.strip(), [m.term.key for m in head.matches]) == ("head", "Iran", ["IRN"])


def test_actor_segments_cuts_have_a_memo_of_their_own() -> None:
    d = load_actor_dictionary()  # a memo of its own
    first = phrase_segments("Iranian-backed militias in Syria", d)
    assert phrase_segments("Iranian-backed militias in Syria", d) is first  # remembered, by text alone
    assert list(d.phrase_memo) == ["Iranian-backed militias in Syria"] and not d.memo  # not among the readings
