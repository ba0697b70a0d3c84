"""Short names of bodies the article named in full: news names an organisation once in full ("the Syrian National
Coalition", "the Nusra Front", "the Supreme Council") and then by its capitalised head noun alone ("the
Coalition", "the Front", "the Council"). The short form is that body, not whatever the dictionary files under the
bare word ("the Coalition": the US-led coalition against Isis).
"""

from __future__ import annotations

from spacy.tokens import Span

from ..records import Actor
from .coref import Mention, identified

DEFINITE = frozenset({"the"})
NAME_LINKS = frozenset({"of", "for", "and", "the"})


def short_name_of(span: Span, actor: Actor | None, mentions: list[Mention]) -> Actor | None:
    """The body named in full before that a capitalised "the Coalition"-like phrase stands for, with the phrase's
    text; the actor as resolved when the phrase is no bare short form or no earlier name ends in its noun."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 2 or words[0].lower_ not in DEFINITE or not words[1].text.istitle() \
            or not words[1].is_alpha or words[1].ent_type_ in ("GPE", "NORP", "LOC"):
        return actor  # "the Coalition", not "the PKK" (an acronym is a name of its own) nor "the coalition"
    noun = words[1].lower_
    for mention in reversed(mentions):
        full = mention.actor.text.split()
        if len(full) > 2 and full[-1].lower() == noun and _proper_name(full) and identified(mention.actor):
            if actor is not None and actor.actor_id == mention.actor.actor_id:
                return actor
            return Actor(**{**mention.actor.__dict__, "text": span.text})
    return actor


def _proper_name(words: list[str]) -> bool:
    """"The Syrian National Coalition", "the Nusra Front": every word capitalised but a determiner or a linking
    "of"/"for"/"and"; not a description ("the Kurdish guerrillas of the PKK")."""
    return all(w[:1].isupper() or w.lower() in NAME_LINKS for w in words[1:]) and words[-1][:1].isupper()


__all__ = ["short_name_of"]
