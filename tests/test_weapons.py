"""coding/weapons.py: weapon phrases, which are no party (model-free: Docs built by hand)."""

from __future__ import annotations

from conftest import make_doc
from sitrep.coding.weapons import is_unowned_weapon


def test_weapons_a_weapon_user_or_an_owned_weapon_is_a_party():
    # gunmen / the army's rockets / explosive ammunition
    gunmen = make_doc([("gunmen", "gunman", "NOUN", "ROOT", 0)])
    assert not is_unowned_weapon(gunmen[0])
    owned = make_doc(
        [
            ("army", "army", "NOUN", "poss", 2),
            ("'s", "'s", "PART", "case", 0),
            ("rockets", "rocket", "NOUN", "ROOT", 2),
        ]
    )
    assert not is_unowned_weapon(owned[2])
    ammunition = make_doc(
        [("explosive", "explosive", "ADJ", "amod", 1), ("ammunition", "ammunition", "NOUN", "ROOT", 1)]
    )
    assert is_unowned_weapon(ammunition[1])


def test_weapons_weapon_name_the_tagger_took_for_an_entity_is_no_party():
    from spacy.tokens import Span

    from sitrep.coding.weapons import is_weapon_name

    # hit by an RPG ("RPG" tagged ORG) / the Tomahawk cruise missiles ("Tomahawk" tagged PRODUCT)
    rpg = make_doc([("an", "an", "DET", "det", 1), ("RPG", "RPG", "PROPN", "ROOT", 1)])
    rpg.ents = [Span(rpg, 1, 2, label="ORG")]
    assert is_weapon_name(rpg[1]) and is_unowned_weapon(rpg[1])
    missiles = make_doc(
        [
            ("the", "the", "DET", "det", 3),
            ("Tomahawk", "Tomahawk", "PROPN", "compound", 3),
            ("cruise", "cruise", "NOUN", "compound", 3),
            ("missiles", "missile", "NOUN", "ROOT", 3),
        ]
    )
    missiles.ents = [Span(missiles, 1, 2, label="PRODUCT")]
    assert is_unowned_weapon(missiles[3])
    hamas = make_doc([("Hamas", "Hamas", "PROPN", "ROOT", 0)])
    hamas.ents = [Span(hamas, 0, 1, label="ORG")]
    assert not is_weapon_name(hamas[0]) and not is_unowned_weapon(hamas[0])  # a name that is no weapon word
    shell = make_doc([("Shell", "Shell", "PROPN", "ROOT", 0)])
    shell.ents = [Span(shell, 0, 1, label="ORG")]
    assert not is_weapon_name(shell[0])  # the company, not the shell


def test_weapons_fire_that_a_modifier_gives_an_owner_is_shooting():
    from sitrep.coding.weapons import is_instrument_phrase

    # killed by rebel fire ("rebel" an adjective read as compound) / the army's fire / a fire (a blaze)
    rebel = make_doc([("rebel", "rebel", "ADJ", "compound", 1), ("fire", "fire", "NOUN", "ROOT", 1)])
    assert is_instrument_phrase(rebel[1], "ASSAULT")
    army = make_doc(
        [
            ("the", "the", "DET", "det", 1),
            ("army", "army", "NOUN", "poss", 3),
            ("'s", "'s", "PART", "case", 1),
            ("fire", "fire", "NOUN", "ROOT", 3),
        ]
    )
    assert is_instrument_phrase(army[3], "ASSAULT")
    blaze = make_doc([("a", "a", "DET", "det", 1), ("fire", "fire", "NOUN", "ROOT", 1)])
    assert not is_instrument_phrase(blaze[1], "ASSAULT")
