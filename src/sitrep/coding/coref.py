"""Pronouns to actors: "they", "it", "she" take the latest compatible actor mentioned before them.

A deliberately small resolver: mentions are the noun chunks that name an actor; each is typed person, plural or
singular (from the entity label and the head's tag), and a pronoun takes the most recent mention of its kind outside
its own clause. "X said it would …" binds "it" to the speaker X.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import Actor

PRONOUN_KINDS = {
    "he": "person", "him": "person", "she": "person", "her": "person",
    "they": "plural", "them": "plural", "their": "plural", "it": "singular", "its": "singular", "his": "person",
}
COLLECTIVE_PLURALS = frozenset({"forces", "troops", "authorities", "militias", "rebels", "kurds", "turks"})


@dataclass(frozen=True)
class Mention:
    """An actor named in the text: where its phrase ends, the actor, and its kind (person, plural, singular)."""

    end: int
    actor: Actor
    kind: str


def mention_kind(chunk: Span) -> str:
    """person (a PERSON entity heads the phrase), plural (NNS/NNPS head) or singular."""
    root = chunk.root
    if root.ent_type_ == "PERSON":
        return "person"
    if root.tag_ in ("NNS", "NNPS") or root.lower_ in COLLECTIVE_PLURALS:
        return "plural"
    return "singular"


def pronoun_kind(token: Token) -> str | None:
    """The kind of mention a pronoun refers to, or None for a token that is not a third-person pronoun."""
    return PRONOUN_KINDS.get(token.lower_) if token.pos_ == "PRON" else None


def is_mention_head(chunk: Span) -> bool:
    """Noun chunks that introduce an actor (not pronouns, not appositions restating the previous phrase)."""
    return chunk.root.pos_ != "PRON" and chunk.root.dep_ != "appos"


def antecedent(pronoun: Token, mentions: list[Mention]) -> Actor | None:
    """The actor the pronoun refers to, with the pronoun as its text."""
    kind = pronoun_kind(pronoun)
    if kind is None:
        return None
    actor = _speaker(pronoun, mentions) or _latest(pronoun, mentions, kind)
    if actor is None:
        return None
    return Actor(**{**actor.to_dict(), "text": pronoun.text, "name": actor.name or actor.text})


def _latest(pronoun: Token, mentions: list[Mention], kind: str) -> Actor | None:
    clause_start = pronoun.head.left_edge.idx
    for mention in reversed(mentions):
        if mention.end <= clause_start and (mention.kind == kind or (kind == "plural" and mention.kind != "person"
                                                                     and mention.actor.sector in ("MIL", "REB", "UAF"))):
            return mention.actor
    return None


def _speaker(pronoun: Token, mentions: list[Mention]) -> Actor | None:
    """"Turkey said it would attack": the subject of the reporting verb whose complement the pronoun opens."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return None
    for mention in reversed(mentions):
        if speaker.left_edge.idx < mention.end <= speaker.right_edge.idx + len(speaker.right_edge):
            return mention.actor if mention.kind == pronoun_kind(pronoun) or mention.kind != "person" else None
    return None
