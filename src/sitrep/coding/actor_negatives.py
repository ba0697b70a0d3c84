"""Phrases that name no one: "no group", "no one", "nobody", "none of the factions". A negative quantifier says no
party of its kind did the act ("No group has claimed the killings"), so the phrase is never the act's party.
Pure functions over spaCy tokens."""

from __future__ import annotations

from spacy.tokens import Token

NOBODY_WORDS = frozenset({"nobody", "none", "noone", "nothing"})


def names_nobody(head: Token) -> bool:
    """True for the head of a phrase that names no party: "nobody", "none (of them)", a noun under the determiner
    "no" ("no group", "no one", "no militant faction"). Not "no fewer than 30 rebels" ("no" modifies "fewer")."""
    return head.lower_ in NOBODY_WORDS or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)
