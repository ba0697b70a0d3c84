"""The phrases that give a harm its cause, and a place named where an owner would be.

"Seven were killed in an attack", "wounded during shelling", "killed due to terrorist attacks", "injured as a result
of a rocket attack by terrorists": the object of such a phrase is the incident or weapon that did the harm, whose
owner is the harm's doer (`means.passive_cause`). "Killed in shelling by government forces": the parser reads an
incident word with a "by" phrase as a gerund, which names the incident as well as the noun would.

"Five soldiers died in a rebel ambush", "20 people died in a suicide bombing": the subject of a verb of dying is
the victims of the incident its cause phrase names (`dying_victims`), as the subject of "were killed in" is.

"A Damascus car bomb", "the Manchester bombing": a town's name before an incident noun says where it happened,
not who did it (a country's does: "a US drone strike", `is_place_compound`).

Pure functions over spaCy tokens and the trigger lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..geo.borders import country_words
from .ontology import MATERIAL_CONFLICT
from .triggers import TriggerLexicon, lookup_noun

CAUSE_PREPS = frozenset({"in", "during"})  # "killed in an air strike", "wounded during shelling"
TWO_WORD_CAUSES = frozenset({("due", "to"), ("because", "of"), ("owing", "to")})  # "killed due to shelling"
RESULT_NOUNS = frozenset({"result", "consequence"})  # "injured as a result of a rocket attack"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
DYING_VERBS = frozenset({"die", "perish"})  # "died in an ambush": its subject is the incident's victims


def cause_objects(verb: Token) -> list[Token]:
    """The objects of `verb`'s cause phrases, in text order: "in"/"during" X, "due to"/"because of" X, "as a
    result of" X."""
    found: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        word = prep.lower_
        if word in CAUSE_PREPS:
            found += _objects(prep)
        elif word == "as":
            found += [o for r in _objects(prep) if r.lower_ in RESULT_NOUNS
                      for p in r.children if p.dep_ == "prep" and p.lower_ == "of" for o in _objects(p)]
        else:
            found += [o for p in prep.children if p.dep_ in ("pcomp", "prep") and (word, p.lower_) in TWO_WORD_CAUSES
                      for o in _objects(p)]
    return found


def dying_victims(noun: Token) -> list[Token]:
    """The subjects of the verb of dying whose cause phrase names the incident noun ("Five soldiers died in a
    rebel ambush", "20 people died as a result of the bombing"): its victims; [] for any other noun."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in DYING_VERBS or noun not in cause_objects(verb):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _objects(prep: Token) -> list[Token]:
    return [o for o in prep.children if o.dep_ == "pobj"]


def violent_gerund(verb: Token, lexicon: TriggerLexicon) -> Token | None:
    """The incident word of a cause phrase parsed as a gerund with a "by" phrase ("killed in shelling by
    government forces", "wounded in bombing by the coalition"), which names its doer as a noun's would."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPS):
        for gerund in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            sense = lookup_noun(lexicon, gerund.lower_, compounds=[])
            if sense is not None and sense.quad_class == MATERIAL_CONFLICT and _has_by_phrase(gerund):
                return gerund
    return None


def misparsed_gerund(noun: Token, lexicon: TriggerLexicon) -> Token | None:
    """The incident word the parser hung as a gerund on the lowercase kind word before it ("wounded in rebel
    shelling", read as rebels shelling; "killed in regime shelling"): the incident, whose doer that word names."""
    if not is_kind_before_gerund(noun):
        return None
    gerund = noun.doc[noun.i + 1]
    sense = lookup_noun(lexicon, gerund.lower_, compounds=[noun.lower_])
    return gerund if sense is not None and sense.quad_class == MATERIAL_CONFLICT else None


def is_kind_before_gerund(noun: Token) -> bool:
    """A lowercase object of a preposition with an -ing word right after it, hung on it or on the verb the
    preposition hangs on ("in rebel shelling", "killed in government shelling"), or with a word right after it
    read as a second object of the same preposition ("wounded in rebel shelling of the town")."""
    if noun.dep_ != "pobj" or not noun.text.islower() or noun.i + 1 >= len(noun.doc):
        return False
    after = noun.doc[noun.i + 1]
    if after.dep_ == "pobj" and after.head == noun.head:
        return True  # two objects of one preposition: the second is the incident (noun or -ing word)
    return after.tag_ == "VBG" and (after.dep_ == "acl" and after.head == noun
                                    or after.dep_ == "advcl" and after.head == noun.head.head)


def _has_by_phrase(token: Token) -> bool:
    return any(p.dep_ in ("prep", "agent") and p.lower_ == "by" and _objects(p) for p in token.children)


def is_place_compound(modifier: Token) -> bool:
    """A place name before a noun that is no country's name ("a Damascus car bomb", "the Manchester bombing",
    "the Kabul attack"): where the act happened. A country name or adjective ("a US drone strike") may name
    the state that did it, and is left to the actor reading."""
    if modifier.dep_ != "compound" or modifier.ent_type_ not in PLACE_LABELS:
        return False
    name = next((e.text for e in modifier.doc.ents if e.start <= modifier.i < e.end), modifier.text)
    return name.casefold() not in country_words() and modifier.text.casefold() not in country_words()
