"""Mentions of a war, not of a party: "Syria's war", "the conflict in Yemen", "the uprising" are what a later "it"
often stands for ("Syria's war … since it started"; "The conflict escalated. It has killed thousands"). Such a
phrase is remembered as a mention of no party, so that "it" takes the war (no party) instead of the state that
owns or hosts it ("Syria", "Yemen"); the phrase's own reading as an event's party is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import Actor

WAR_NOUNS = frozenset({  # singular nouns for a conflict or a sustained campaign of violence as a whole
    "war", "conflict", "crisis", "uprising", "revolution", "insurgency", "fighting", "violence", "bloodshed",
    "offensive", "bombardment", "siege",
})


def war_mention(root: Token, actor: Actor | None, text: str) -> Actor | None:
    """A mention of no party (its text only) for a singular war noun's phrase ("Syria's war"); the actor as read
    for any other phrase."""
    if root.tag_ != "NN" or root.lemma_.lower() not in WAR_NOUNS:
        return actor
    return Actor(text=text)


__all__ = ["WAR_NOUNS", "war_mention"]
