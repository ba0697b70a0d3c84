"""A named person's armed group from what the text says they did with it: news profiles of fighters and foreign
volunteers name the group they fought with, joined or served in ("Macer Gifford, who fought with the YPG";
"Dale, who joined Isis in 2014"; "During his time with the YPG, Holmes rose to commander"). Such a person acts as
one of that group, whatever their passport, so a name the dictionary does not know takes the group's party.
Only a non-state armed group counts: "fought alongside a Spaniard" or "served with the British army" name no
group the person belongs to by choice.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor
from .coref import NON_STATE_ARMED, identified
from .phrases import phrase

if TYPE_CHECKING:
    from .events import DocState
    from .resources import Dictionaries

JOIN_VERBS = frozenset({"join", "rejoin"})  # "joined Isis": the object is the group
WITH_VERBS = frozenset({"fight", "serve", "volunteer", "train", "enlist", "battle"})  # "fought with/for the YPG"
WITH_PREPS = frozenset({"with", "alongside", "for", "in"})
SPELL_NOUNS = frozenset({"time", "years", "months", "service", "stint", "spell"})  # "during his time with the YPG"


def _verbs_of(name: Token) -> Iterator[Token]:
    """The verbs whose doer the name is: its own clause's verb (and that verb's conjuncts), relative clauses on the
    name or on a noun that describes it ("Gifford, a volunteer who has fought with the YPG")."""
    if name.dep_ == "nsubj":
        yield name.head
        yield from (c for c in name.head.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    for noun in [name, *(c for c in name.children if c.dep_ == "appos")]:
        yield from (c for c in noun.children if c.dep_ == "relcl" and any(
            s.dep_ == "nsubj" and s.tag_ == "WP" for s in c.children))


def _group_tokens(verb: Token) -> Iterator[Token]:
    """The nouns naming the group a verb says its doer fought with, joined or spent time with."""
    lemma = verb.lemma_.lower()
    if lemma in JOIN_VERBS:
        yield from (c for c in verb.children if c.dep_ == "dobj")
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if lemma in WITH_VERBS and prep.lower_ in WITH_PREPS:
            yield from objects
        if prep.lower_ == "during":  # "during his time with the YPG"
            for spell in (o for o in objects if o.lemma_.lower() in SPELL_NOUNS):
                yield from (g for p in spell.children if p.dep_ == "prep" and p.lower_ == "with"
                            for g in p.children if g.dep_ == "pobj")


def _described_groups(name: Token) -> Iterator[Token]:
    """The group a member noun describing the name belongs to: "Zalina, a member of Islamic State"; "a fighter with
    the Nusra Front, Omar Haddad"."""
    nouns = [c for c in name.children if c.dep_ == "appos"] + ([name.head] if name.dep_ == "appos" else [])
    for noun in (n for n in nouns if n.lemma_.lower() in MEMBER_NOUNS | {"volunteer"}):
        yield from (o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "with", "in")
                    for o in p.children if o.dep_ == "pobj")


def affiliated_group(name: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """The non-state armed group a named person fought with, joined or served in, as the text says in the name's
    own sentence, with the name as its text; None if the text names no such group."""
    from .parties import read_actor  # (parties reads through this module: imported when first needed)

    if name.pos_ != "PROPN":
        return None  # a description's own clause ("a volunteer who fought with …") is read with its name
    for token in [*_described_groups(name), *(t for verb in _verbs_of(name) for t in _group_tokens(verb))]:
        group = read_actor(token, state=state, dictionaries=dictionaries)
        if identified(group) and group is not None and group.sector in NON_STATE_ARMED:
            return Actor(**{**group.__dict__, "text": phrase(name).text})
    return None


MEMBER_NOUNS = frozenset({  # a group's own people: "his men", "its fighters" ("his family", "its victims" are not)
    "man", "fighter", "militant", "member", "loyalist", "gunman", "follower", "jihadist", "rebel", "troop", "unit",
})


def armed_members(owner: Actor | None, head: Token, actor: Actor) -> Actor | None:
    """"His men", "its fighters": the members a pronoun's owner leads or has are that owner's non-state armed group
    (a commander of Ahrar al-Sham, the YPG itself), with the phrase's text; None for another owner or noun."""
    if owner is None or not identified(owner) or owner.sector not in NON_STATE_ARMED \
            or head.lemma_.lower() not in MEMBER_NOUNS:
        return None
    return Actor(**{**owner.__dict__, "text": actor.text})


__all__ = ["MEMBER_NOUNS", "affiliated_group", "armed_members"]
