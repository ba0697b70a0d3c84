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
