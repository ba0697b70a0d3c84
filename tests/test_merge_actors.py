"""Tests for sitrep.merge_actors: whether two mentions' actors may be one party (no model)."""

from __future__ import annotations

from sitrep.merge_actors import actor_codes, is_place_actor, party_agreement
from sitrep.merge_names import place_words

SYR_MIL = {"text": "regime forces", "actor_id": "SYR-MIL", "country": "SYR", "sector": "MIL"}
SYR_GOV = {"text": "the Assad regime", "actor_id": "SYR-GOV", "country": "SYR", "sector": "GOV"}
SYR_REB = {"text": "Syrian rebels", "actor_id": "SYR-REB", "country": "SYR", "sector": "REB"}
CIVILIANS = {"text": "civilians", "sector": "CVL"}
NO_PLACES: tuple[set[str], set[str]] = (set(), set())


def test_merge_actors_a_part_of_a_hyphenated_place_named_as_actor_is_a_place():
    """A coder that reads "Zor" alone as the target of a strike in Deir ez-Zor named the place, not a party."""
    deir = {"text": "Deir ez-Zor", "name": "Deir ez-Zor", "country": "SYR", "precision": "place"}
    places = place_words({"location": deir})
    assert is_place_actor({"text": "Zor", "country": "SYR"}, places)
    assert not is_place_actor({"text": "Ez Zor", "country": "SYR"}, places)


def test_merge_actors_state_organs_agree_rebels_and_civilians_do_not():
    assert party_agreement(SYR_MIL, SYR_GOV, places=NO_PLACES, loose=True) is True
    assert party_agreement(SYR_MIL, SYR_REB, places=NO_PLACES, loose=True) is None
    assert party_agreement(CIVILIANS, SYR_MIL, places=NO_PLACES, loose=True) is None
    assert party_agreement(None, SYR_MIL, places=NO_PLACES, loose=True) is False


def test_merge_actors_an_uncoded_phrase_carries_no_code():
    assert not actor_codes({"text": "civilians"}) and not actor_codes(None)
    assert actor_codes(SYR_REB)
