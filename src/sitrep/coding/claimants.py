"""The party behind an act that its own clause does not name as a doer: the holder of a claim or denial ("X
claimed the bombing", "X denied any role"), the accuser or holder a status cue names, and the party asked by a
request rejected in the passive ("the SDF's calls for US support were rebuffed"). Read with `coding.parties`;
used by `coding.events`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..records import Actor
from .arguments import is_first_person, is_pronoun
from .coref import identified
from .parties import described_speaker, named_person_of, owner_of, read_actor
from .resources import Dictionaries

if TYPE_CHECKING:
    from .events import DocState

REQUEST_NOUNS = frozenset({"call", "request", "demand", "appeal", "plea", "bid", "offer", "proposal", "overture"})


def holder_actor(span: Span | None, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """The actor a status reading's holder phrase names ("according to X", "X said"), as written when no actor is
    read; None when there is no holder."""
    if span is None:
        return None
    return read_actor(span.root, state=state, dictionaries=dictionaries) or Actor(text=span.text)


def claiming_holder(span: Span, subject: Token | None, *, state: DocState,
                    dictionaries: Dictionaries) -> Actor | None:
    """The holder of a claim or denial as its act's party ("X claimed the bombing"); none where the act's own
    subject (its first source candidate) is a quote's "we"/"I" and the holder who speaks it a pronoun no one was
    found for ("'We have to fight,' he added"): an unread pronoun speaking for an unread pronoun names no party; a
    "he"/"she" speaks as the uncoded person named before (`named_person_of`)."""
    holder = read_actor(span.root, state=state, dictionaries=dictionaries)
    if holder is None and (person := named_person_of(span.root, state=state, dictionaries=dictionaries)):
        holder = described_speaker(person[0], state=state, dictionaries=dictionaries) or person[1]
    if holder is None and subject is not None and is_first_person(subject) \
            and (is_pronoun(span.root) or is_first_person(span.root)):
        return None
    return holder or Actor(text=span.text)


def rejected_request(trigger: Token, *, state: DocState,
                     dictionaries: Dictionaries) -> tuple[Actor, Token | None, Actor | None] | None:
    """"The SDF's calls for US support were rebuffed": a request rejected in the passive with no "by" phrase was
    rejected by the party asked (the owner of the help asked for, or the one it was addressed to), and the
    rejection's target is the requester. The asked party, the requester's head and actor; None otherwise."""
    request = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if request is None or request.lemma_.lower() not in REQUEST_NOUNS \
            or any(c.dep_ == "agent" for c in trigger.children):
        return None
    asked = next((a for p in request.children if p.dep_ == "prep" and p.lower_ in ("for", "to", "from")
                  for o in p.children if o.dep_ == "pobj"
                  if (a := read_actor(o, state=state, dictionaries=dictionaries) if p.lower_ != "for"
                      else owner_of(o, state=state, dictionaries=dictionaries)) is not None and identified(a)), None)
    if asked is None:
        return None
    owner = next((c for c in request.lefts if c.dep_ in ("poss", "amod", "compound", "nsubj")), None)  # nsubj:
    # the parser reads "the SDF's calls for" as a clause
    requester = read_actor(owner, state=state, dictionaries=dictionaries) if owner is not None else None
    return asked, owner, requester if identified(requester) else None
