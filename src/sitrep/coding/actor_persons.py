"""Named people and what the text says they are: a name the dictionary does not know takes the party of the
noun beside it ("Abu Hamza, a commander of the Free Syrian Army"; "the British ambassador, Simon Collis"; "Muthana
is an American"), so that the name, its surname later ("Mr Collis") and its pronouns read as that party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import Actor
from .actor_affiliations import affiliated_group
from .coref import Mention, identified, person_descriptions
from .phrases import phrase, span_text
from .resources import Dictionaries

if TYPE_CHECKING:
    from .events import DocState


def restate_name(mentions: list[Mention], noun: Token, name: Mention) -> None:
    """Record a name that restates the noun before it ("the British ambassador, Simon Collis") in place of the
    noun's own mention: one person, whose later title or pronoun ("Mr Collis … he") shows the gender of both; the
    name keeps the noun's place as its clause's subject."""
    end = noun.idx + len(noun)
    own = next((n for n in range(len(mentions) - 1, -1, -1) if mentions[n].end == end), None)
    subject = mentions.pop(own).subject if own is not None else False
    mentions.append(Mention(name.end, name.actor, name.kind, name.sent, subject, gender=name.gender))


def described_person(name: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """The party of a named person the text says who they are: the armed group they fought with or joined
    (`actor_affiliations`), else a description (`coref.person_descriptions`: "Abu Hamza, a
    commander of the Free Syrian Army"; "Muthana is an American"), with the name as its text; None if no
    description identifies anyone by its own words (the article's country is no party of "a spokesperson for
    the Middle East")."""
    from .actors import resolve_actor
    from .parties import read_actor  # (parties reads through this module: imported when first needed)

    if (group := affiliated_group(name, state=state, dictionaries=dictionaries)) is not None:
        return group  # "Gifford, a British volunteer who fought with the YPG": the group, not the passport
    for noun in person_descriptions(name):
        own = resolve_actor(span_text(phrase(noun)), dictionary=dictionaries.actors, when=state.published)
        actor = read_actor(noun, state=state, dictionaries=dictionaries) if identified(own) else None
        if identified(actor):
            return Actor(**{**actor.__dict__, "text": phrase(name).text})
    return None
