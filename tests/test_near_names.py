"""Tests for sitrep.geo.near_names: a name the gazetteer lacks, set right before a relational locative and a known
place ("shelled Orum al-Kubrah near Aleppo"). The parses are built by hand (conftest.make_doc)."""

from __future__ import annotations

from spacy.tokens import Doc

from conftest import make_doc
from sitrep.geo import PlaceMention
from sitrep.geo.near_names import before_relative_locative, near_place_mentions
from sitrep.records import Place

ALEPPO = Place("Aleppo", "Aleppo", None, 36.2, 37.15, "SYR", "Aleppo", "place")


def _doc(verb: tuple[str, str], name: list[str], locative: list[str]) -> Doc:
    """ "Jets <verb> <name ...> <locative ...> Aleppo ." (the name's last word the verb's object, the locative on the
    verb)."""
    rows = [("Jets", "jet", "NOUN", "nsubj", 1), (verb[0], verb[1], "VERB", "ROOT", 1)]
    last = 2 + len(name) - 1
    rows += [(w, w, "PROPN", "dobj" if 2 + n == last else "compound", 1 if 2 + n == last else last)
             for n, w in enumerate(name)]
    first = len(rows)
    rows += [(w, w, "ADP" if w in ("near", "of") else "ADV", "prep", 1) for w in locative]
    rows += [("Aleppo", "Aleppo", "PROPN", "pobj", first + len(locative) - 1), (".", ".", "PUNCT", "punct", 1)]
    spaces = [True] * len(rows)
    for n, w in enumerate(name):
        if w in ("al", "-"):
            spaces[2 + n] = False
    spaces[-2] = False
    return make_doc(rows, spaces=spaces)


def _mentions(doc: Doc) -> list[PlaceMention]:
    at = doc.text.index("Aleppo")
    return [PlaceMention(at, at + 6, "Aleppo", ALEPPO)]


def test_near_names_name_before_near_a_known_place_is_a_place():
    doc = _doc(("shelled", "shell"), ["Orum", "al", "-", "Kubrah"], ["near"])
    assert doc.text.startswith("Jets shelled Orum al-Kubrah near")
    assert [m.text for m in near_place_mentions(doc, _mentions(doc))] == ["Orum al-Kubrah"]
    south = _doc(("stormed", "storm"), ["Tal", "Zahab"], ["south", "of"])
    assert [m.text for m in near_place_mentions(south, _mentions(south))] == ["Tal Zahab"]
    assert near_place_mentions(doc, []) == []  # no known place after the locative: no name taken


def test_near_names_people_and_groups_before_near_are_no_places():
    killed = _doc(("killed", "kill"), ["Abu", "Omar"], ["near"])  # an act done to a person
    assert near_place_mentions(killed, _mentions(killed)) == []
    group = _doc(("attacked", "attack"), ["Jaish", "al", "-", "Islam"], ["near"])  # a group's name
    assert near_place_mentions(group, _mentions(group)) == []


def test_near_names_agent_of_by_is_no_place():
    rows = [("Attacks", "attack", "NOUN", "nsubj", 5), ("by", "by", "ADP", "prep", 0),
            ("Hezbollah", "Hezbollah", "PROPN", "pobj", 1), ("near", "near", "ADP", "prep", 2),
            ("Aleppo", "Aleppo", "PROPN", "pobj", 3), ("killed", "kill", "VERB", "ROOT", 5),
            ("five", "five", "NUM", "dobj", 5), (".", ".", "PUNCT", "punct", 5)]
    doc = make_doc(rows)
    assert not before_relative_locative(doc[2:3])
    assert near_place_mentions(doc, _mentions(doc)) == []
