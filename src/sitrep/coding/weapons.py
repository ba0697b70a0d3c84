"""Weapon phrases: nouns that name an instrument of violence, which a sentence can use, fire or drop, but which
cannot act or be acted against as a party ("an internationally banned weapon", "explosive ammunition").

An instrument word of data/triggers/modes.csv ("missiles", "mortar shells"), or a generic weapon noun that one
modifies ("improvised explosive device"). A weapon named with its owner ("a Hamas rocket", "Israeli tanks", "the
army's artillery") stands for that owner, and a word for a person who uses a weapon ("gunman", "sniper") is a
party. A platform that carries a crew (aircraft, drones, tanks, warships) is a party's loss when struck, so no
weapon here. Used by `coding.means` (the means of an act named as its subject) and `coding.arguments` (no weapon is a
recipient).

Pure functions over spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from .modes import is_instrument, load_modes
from .triggers import singular_forms

GENERIC_MEANS = frozenset(
    {  # heads that name a weapon only through their modifier ("explosive device")
        "device",
        "charge",
        "munition",
        "ammunition",
        "round",
        "projectile",
        "weapon",
        "ordnance",
        "car",
        "vehicle",
        "package",
    }
)
ARMS_NOUNS = frozenset({"weapon", "munition", "ammunition", "ordnance", "projectile"})  # weapons with or without a modifier
WEAPON_USERS = frozenset({"gunman", "gunmen", "sniper", "bomber"})  # instrument words that name the person using it
PLATFORM_MODES = frozenset({"aerial", "drone"})  # aircraft carry crews: "shot down a helicopter" hits a party
PLATFORM_NOUNS = frozenset({"tank", "warship", "gunboat", "car", "vehicle"})  # lemmas: crewed like aircraft
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
FIRE_NOUNS = frozenset({"fire", "gunfire"})  # lemmas: shooting, once a modifier says whose ("rebel fire")
OWNER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})


def is_instrument_phrase(head: Token, event_type: str) -> bool:
    """An instrument word ("missiles", "mortar shells"), a generic weapon noun an instrument word modifies
    ("improvised explosive device", "chlorine munitions"), or "fire" that a modifier or possessor gives an owner
    or kind ("rebel fire", "Israeli fire", "the army's fire": shooting; a bare "fire" may be a blaze)."""
    if is_instrument(head.lemma_, event_type) or is_instrument(head.lower_, event_type):
        return True
    if head.lemma_.lower() in FIRE_NOUNS:
        return any(c.dep_ in (*MODIFIER_DEPS, "poss") for c in head.lefts)
    return head.lemma_.lower() in GENERIC_MEANS and any(
        c.dep_ in MODIFIER_DEPS and is_instrument(c.lemma_, event_type) for c in head.lefts
    )


def is_weapon_name(head: Token) -> bool:
    """A weapon's model or class name that the tagger took for a name ("hit by an RPG", "Tomahawk missiles",
    "Tomahawk cruise missiles" tagged PRODUCT): an acronym or product name that is itself an instrument word of
    modes.csv names no party. A capitalized ordinary word tagged as an organisation stays a name ("Shell")."""
    if head.pos_ != "PROPN" or not (head.ent_type_ == "PRODUCT" or head.ent_type_ and head.text.isupper()):
        return False
    return is_instrument(head.lower_, "ASSAULT") and not _is_platform(head) \
        and not any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in head.children)


def is_unowned_weapon(head: Token) -> bool:
    """A common-noun phrase that names a weapon of violence and no one who owns it ("an internationally banned
    weapon", "explosive ammunition", "a rocket shell", "an RPG"): no party. Not a name, a person using the weapon
    ("gunmen"), or a weapon whose phrase names its owner ("Israeli tanks", "the army's rockets")."""
    lemma = head.lemma_.lower()
    if not is_weapon_name(head) and (
        head.pos_ != "NOUN" or head.ent_type_ in OWNER_LABELS or lemma in WEAPON_USERS or _is_platform(head)
    ):
        return False
    if not (lemma in ARMS_NOUNS or is_instrument_phrase(head, "ASSAULT")):
        return False
    return not any(
        (c.dep_ == "poss" or c.ent_type_ in OWNER_LABELS or c.pos_ == "PROPN") and not is_weapon_name(c)
        for c in head.children
    )


def _is_platform(head: Token) -> bool:
    """A crewed weapon platform ("a helicopter", "drones", "tanks"): struck, it is a party's loss, not a tool."""
    cues = load_modes().cues
    forms = (head.lemma_.lower(), head.lower_, *singular_forms(head.lower_))
    return head.lemma_.lower() in PLATFORM_NOUNS or any(
        (cue := cues.get((form, "ASSAULT"))) is not None and cue.mode in PLATFORM_MODES for form in forms
    )
