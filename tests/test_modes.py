"""Tests for sitrep.coding.modes: instrument words that set an event's mode (modes.csv and its loader)."""

from __future__ import annotations

import pytest

from sitrep.coding.modes import is_instrument, load_modes, refine_mode
from sitrep.coding.triggers import TriggerSense, load_triggers, lookup_noun, lookup_verb
from sitrep.errors import DictionaryError


@pytest.fixture(scope="module")
def lex():
    return load_triggers()


def _sense(lex, lemma: str, **kw) -> TriggerSense:
    sense = lookup_verb(lex, lemma, **kw)
    assert sense is not None, lemma
    return sense


def test_modes_refine_mode_from_actor_words(lex):
    hit = _sense(lex, "hit")
    aerial = refine_mode(hit, words=["U.S.", "F-16s"])
    assert (aerial.mode, aerial.cameo, aerial.goldstein) == ("aerial", "195", -10.0)
    assert refine_mode(hit, words=["drones"]).mode == "drone"
    assert refine_mode(hit, words=["gunmen"]).mode == "firearms"
    assert refine_mode(hit, words=["rockets"]).mode == "heavy-weapons"
    assert refine_mode(hit, words=["a", "car", "bomb"]).mode == "explosives"
    assert refine_mode(hit, words=["suicide", "bomber"]).mode == "suicide-attack"
    assert refine_mode(hit, words=["the", "convoy"]) == hit


def test_modes_refine_mode_keeps_stronger_or_non_weapon_modes(lex):
    air = lookup_noun(lex, "strike", compounds=["air"])
    assert air is not None
    assert refine_mode(air, words=["missiles"]).mode == "aerial"  # aircraft outranks the munition
    kidnap = _sense(lex, "kidnap")
    assert refine_mode(kidnap, words=["gunmen"]).mode == "abduct"
    shell = _sense(lex, "shell")
    assert refine_mode(shell, words=["warplanes"]).mode == "aerial"
    assert refine_mode(shell, words=["warplanes"]).cameo == "194"  # a specific code is not rewritten
    seize = _sense(lex, "seize")
    assert refine_mode(seize, words=["warplanes"]) == seize  # no instrument mode for a seizure
    missile = lookup_noun(lex, "strike", compounds=["missile"])
    assert missile is not None
    assert (
        refine_mode(missile, words=["use", "of", "chemical", "weapons"]).mode == "heavy-weapons"
    )  # fills only
    assert refine_mode(_sense(lex, "attack"), words=["chemical"]).mode == "unconventional"


def test_modes_refine_mode_the_launcher_names_the_weapon(lex):
    hit = _sense(lex, "hit")
    mortar = refine_mode(hit, words=["a", "mortar", "bomb"])
    assert (mortar.mode, mortar.cameo) == ("heavy-weapons", "194")  # "a mortar bomb was fired"
    blow = _sense(lex, "blow", particle="up")
    assert (blow.mode, blow.cameo) == ("explosives", "183")
    missile = refine_mode(blow, words=["by", "a", "missile"])
    assert (missile.mode, missile.cameo) == ("heavy-weapons", "194")  # "blown up by a missile"
    assert refine_mode(blow, words=["a", "roadside", "bomb"]) == blow
    assert refine_mode(blow, words=["a", "plane"]).cameo == "183"  # an aircraft is as often what was blown up
    sam = refine_mode(hit, words=["surface", "-", "to", "-", "air", "missile"])
    assert sam.mode == "heavy-weapons"  # "surface-to-air": the air is the target, not the launcher
    assert refine_mode(hit, words=["air", "-", "to", "-", "surface", "missiles"]).mode == "aerial"


def test_modes_refine_mode_for_mobilize(lex):
    deploy = _sense(lex, "deploy")
    assert refine_mode(deploy, words=["warships"]).mode == "troops"  # troops outrank weapons (manual)
    buzz = _sense(lex, "buzz")
    assert refine_mode(buzz, words=["warplanes"]) == buzz


def test_modes_mode_table_validation(tmp_path):
    path = tmp_path / "modes.csv"
    path.write_text(
        "word,event_type,mode,priority,replaces,cameo,note\njet,ASSAULT,aerial,3,1,195,\njet,ASSAULT,drone,2,1,,\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match=r"modes\.csv:3: duplicate word"):
        load_modes(path)
    path.write_text(
        "word,event_type,mode,priority,replaces,cameo,note\njet,ASSAULT,aerial,3,1,154,\n", encoding="utf-8"
    )
    with pytest.raises(DictionaryError, match="not a ASSAULT code"):
        load_modes(path)


def test_modes_is_instrument_knows_weapons_not_targets():
    assert is_instrument("artillery", "ASSAULT")
    assert is_instrument("missiles", "ASSAULT")
    assert not is_instrument("village", "ASSAULT")
    assert not is_instrument("artillery", "AGREE")
