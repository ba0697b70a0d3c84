"""Actors, for merging: whether two mentions' sources (or targets) may be one party.

The same actor_id; the same country with compatible sectors (a state's organs are one); one backed or led by the
other, for material events; a place named as an actor agrees only with its own name. A missing or uncoded side
conflicts with nothing, except civilians against an armed or state actor. See `sitrep.merge`.
"""

from __future__ import annotations

from typing import Any

from .merge_names import phrase_words, text_names

# a state's organs: with the state itself (no sector), one party of one country
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "PRM"})
CIVILIAN_SECTORS = frozenset({"CVL"})


def party_agreement(
    x: dict[str, Any] | None, y: dict[str, Any] | None, *, places: tuple[set[str], set[str]], loose: bool
) -> bool | None:
    """_actor_agreement, except for an actor naming only a place of the mentions, often coded as that
    country's state: a town or region ("Raqqa", "Manchester") is a place, not a party, and agrees only with
    the same name; a country ("Syria" in "withdraw from Syria", "the US withdrawal") may be its state, and
    agrees as one, but conflicts with nothing."""
    every, towns = places
    if is_place_actor(x, towns) or is_place_actor(y, towns):  # "Afrin" ~ "the Kurdish enclave of Afrin"
        wx, wy = _name_set(x), _name_set(y)
        return bool(wx and wy) and (wx <= wy or wy <= wx)
    agreement = _actor_agreement(x, y, loose=loose)
    if agreement is None and (is_place_actor(x, every) or is_place_actor(y, every)):
        return False
    return agreement


def _name_set(actor: dict[str, Any] | None) -> frozenset[str]:
    return text_names((actor or {}).get("text") or "") - {"the"}


def is_place_actor(actor: dict[str, Any] | None, places: set[str]) -> bool:
    """The actor's text is only capitalised words of a place of the mentions ("Raqqa", "Deir ez-Zor")."""
    if not actor or actor.get("sector") or not places:
        return False
    words = phrase_words(actor.get("text") or "")
    return bool(words) and all(w[0].isupper() and w.lower() in places for w in words)


def actor_codes(actor: dict[str, Any] | None) -> bool:
    """Whether an actor carries any code to compare (an uncoded phrase such as "civilians" does not)."""
    return bool(actor) and any(actor.get(k) for k in ("actor_id", "country", "sponsor", "led_by"))  # type: ignore[union-attr]


def _actor_agreement(a: dict[str, Any] | None, b: dict[str, Any] | None, *, loose: bool) -> bool | None:
    """True: the same actor (`loose`: or one backs or leads the other); False: nothing to compare; None: two
    different actors."""
    if not actor_codes(a) or not actor_codes(b):
        return None if _civilian_and_armed(a, b) or _civilian_and_armed(b, a) else False
    assert a is not None and b is not None
    if a.get("actor_id") and a.get("actor_id") == b.get("actor_id"):
        return True
    if a.get("country") and a.get("country") == b.get("country"):
        if _somewhere(a) or _somewhere(b):  # "Afrin" (SYR) may stand for the YPG or the town's people
            return bool(a.get("name")) and a.get("name") == b.get("name")
        if _named_apart(a, b):
            return None
        return True if _sectors_compatible(a.get("sector"), b.get("sector")) else None
    if loose and (_backs(a, b) or _backs(b, a)):
        return True
    return None


def _named_apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two non-state groups of one country that the dictionary or their patrons tell apart: two backers
    ("Turkish-backed rebels", SYR-REB backed by TUR, vs the US-backed SDF), or two named groups (the SDF vs HTS).
    A generic actor ("rebels": SYR-REB, the country's code and its sector) may be any group of its sector."""
    if a.get("sponsor") and b.get("sponsor") and a["sponsor"] != b["sponsor"]:
        return True
    ids, sectors = {a.get("actor_id"), b.get("actor_id")}, {a.get("sector"), b.get("sector")}
    if None in ids or len(ids) < 2 or None in sectors or sectors & STATE_ORGAN_SECTORS:
        return False
    return not any(_generic(x) for x in (a, b))


def _generic(actor: dict[str, Any]) -> bool:
    """The actor is its country's sector and no more ("Syrian rebels": SYR-REB; "the regime": SYR-GOV)."""
    return actor.get("actor_id") == f"{actor.get('country')}-{actor.get('sector')}"


def _somewhere(actor: dict[str, Any]) -> bool:
    """An actor coded only by its country (a place or people in it: "Afrin"), not as the state or an organ."""
    return not actor.get("actor_id") and not actor.get("sector")


def _civilian_and_armed(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """`a` is civilians ("his family", "residents") and `b` an armed or state actor: never one doer."""
    if not a or not b or a.get("sector") not in CIVILIAN_SECTORS:
        return False
    return (
        bool(b.get("actor_id") or b.get("country") or b.get("sector"))
        and b.get("sector") not in CIVILIAN_SECTORS
    )


def _sectors_compatible(x: str | None, y: str | None) -> bool:
    """A country without a sector is its state: compatible with state organs, not with rebels or civilians."""
    return x == y or {x or "GOV", y or "GOV"} <= STATE_ORGAN_SECTORS


def _backs(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """`a` is backed or led by `b`'s country or actor ("Iranian-backed militias" ~ "Iran")."""
    patrons = {a.get("sponsor"), a.get("led_by")} - {None, ""}
    if _somewhere(b):  # a place or people of the patron's country is not the patron ("Raqqa", SYR)
        return False
    if patrons & ({b.get("country"), b.get("actor_id")} - {None, ""}):
        return True
    # two actors of one patron are one only when the dictionary does not tell them apart ("Turkish-backed
    # rebels" ~ "Turkish-backed forces"; the US-backed SDF is not the US-led coalition)
    named_apart = bool(a.get("actor_id") and b.get("actor_id"))
    return not named_apart and bool(patrons & ({b.get("sponsor"), b.get("led_by")} - {None, ""}))
