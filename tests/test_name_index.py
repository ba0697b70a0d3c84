"""Tests for sitrep.geo.name_index.tokenize: folded word tokens with their offsets (no gazetteer needed)."""

from __future__ import annotations

from sitrep.geo.name_index import Token, tokenize


def test_name_index_tokenize_cuts_possessives_but_not_a_lone_s():
    tokens = tokenize("Syria’s north-east, rock 's")
    assert tokens == [("syria", 0, 5), ("north", 8, 13), ("east", 14, 18), ("rock", 20, 24), ("s", 26, 27)]
    assert all(type(t) is Token for t in tokens)


def test_name_index_tokenize_unifies_articles_by_hyphen_and_case():
    assert [t.norm for t in tokenize("as-Suwayda, Dayr az Zawr and At Tanf")] == [
        "al", "suwayda", "dayr", "al", "zawr", "and", "al", "tanf"]
    assert [t.norm for t in tokenize("as many at Tanf as")] == ["as", "many", "at", "tanf", "as"]


def test_name_index_tokenize_drops_words_that_fold_to_nothing():
    assert tokenize("x \u0301 snake_case") == [("x", 0, 1), ("snake", 4, 9), ("case", 10, 14)]
