"""coding/incidents.py: which triggers name one incident (model-free: Docs built by hand)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitrep.coding.incidents import is_incident, load_durative_nouns
from sitrep.errors import DictionaryError


def token(word: str, pos: str, tag: str, lemma: str):
    doc = Doc(Vocab(), words=[word], pos=[pos], tags=[tag], lemmas=[lemma])
    return doc[0]


def test_incidents_finite_and_participial_verbs_report_an_occurrence():
    assert is_incident(token("exploded", "VERB", "VBD", "explode"))
    assert is_incident(token("arrested", "VERB", "VBN", "arrest"))
    assert not is_incident(token("attacking", "VERB", "VBG", "attack"))  # "focus on attacking Kurdish troops"
    assert not is_incident(token("fight", "VERB", "VB", "fight"))  # "sent back to fight"


def test_incidents_campaign_nouns_are_not_incidents():
    assert is_incident(token("airstrike", "NOUN", "NN", "airstrike"))
    assert is_incident(token("attacks", "NOUN", "NNS", "attack"))
    assert not is_incident(token("fighting", "NOUN", "NN", "fighting"))
    assert not is_incident(token("battles", "NOUN", "NNS", "battle"))
    assert not is_incident(token("Offensive", "NOUN", "NN", "offensive"))
    assert is_incident(token("fight", "NOUN", "NN", "fight"), durative=frozenset({"war"}))


def test_incidents_loader_reads_the_packaged_table():
    words = load_durative_nouns()
    assert {"fight", "battle", "offensive"} <= words
    assert "attack" not in words and "airstrike" not in words


def test_incidents_loader_names_file_and_line(tmp_path):
    bad = tmp_path / "durative.csv"
    bad.write_text("word,note\nfight,\nair strike,two words\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_durative_nouns(bad)
    assert "durative.csv" in str(caught.value) and "3" in str(caught.value)
    twice = tmp_path / "twice.csv"
    twice.write_text("word,note\nwar,\nWar,\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="twice"):
        load_durative_nouns(twice)
