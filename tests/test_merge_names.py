"""Tests for sitrep.merge_names: the capitalised words two mentions share, for merging (no model)."""

from __future__ import annotations

from typing import Any

from sitrep.merge_names import common_names, place_words, shared_anchors


def _said(sentence: str) -> dict[str, Any]:
    return {"evidence": {"sentence": sentence}}


def test_merge_names_a_sentences_first_word_is_shared_when_the_other_capitalises_it():
    a = _said("Afrin was attacked by Turkey and its proxies.")
    b = _said("Turkey launched an offensive against the enclave of Afrin in January.")
    assert shared_anchors(a, b) == {"afrin"} == shared_anchors(b, a)
    assert not shared_anchors(a, _said("Afrin fell."))  # two sentence starts: no evidence


def test_merge_names_countries_and_stopwords_are_not_shared_names():
    assert {"syria", "monday", "government"} <= common_names()
    a = _said("On Monday the government of Syria said Douma was shelled.")
    b = _said("Shelling hit Douma, Syria on Monday, the government said.")
    assert shared_anchors(a, b) == {"douma"}


def test_merge_names_a_hyphenated_place_gives_its_parts():
    deir = {"text": "Deir ez-Zor", "name": "Deir ez-Zor", "country": "SYR", "precision": "place"}
    assert place_words({"location": deir}) == {"deir", "ez-zor", "zor"}
    assert place_words({"location": None}) == set()
