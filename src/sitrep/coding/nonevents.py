"""Verbs the lexicon codes as acts that, in some uses, report a state or a danger instead: coding.finding drops
the sense where these tests hold.

- Staying put: "a few hundred jihadists remained in the city", "160 gunmen had remained in Zabadani" tell where a
  force is, not a show of force. PETRARCH's "troops will remain in the country" (CAMEO 150) is a decision that a
  force stays: only a stay that is decided, planned or announced (a modal or future auxiliary, or the
  complement of another verb: "decided to stay", "will continue to remain") keeps its sense.
- Warning of a danger: "warned that millions of people face freezing conditions", "warn the powers they are
  rushing towards catastrophe" tell what others will suffer; a threat is a warning of what the speaker will do
  ("warned it would retaliate", "warned the Kurds they would pay a price"). A warning whose clause says that
  someone faces, risks or suffers a harm, or heads towards it, is no THREATEN; nor is a warning of a fear, a
  danger or a suspicion ("locals warned the police of their fears about the bomber": a tip-off).
- Private exchanges: a verbal or cooperative act between private people ("a man rejected him") is no event
  (`is_private_exchange`, applied by coding.events once the parties are read).

Pure functions over spaCy tokens.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..records import Actor

STAYING_VERBS = frozenset({"remain", "stay"})
STAY_CODE = "150"  # CAMEO demonstrate military or police power: PETRARCH's REMAIN &MILITARY
DECIDING_AUXES = frozenset({"will", "would", "shall", "should", "must", "may", "might", "could", "can", "'ll"})
WARNING_VERBS = frozenset({"warn", "caution"})
DANGER_VERBS = frozenset({  # what a warned danger does to people: they face it, risk it, suffer it, head to it
    "face", "risk", "suffer", "starve", "die", "perish", "freeze", "rush", "head", "slide", "drift", "slip",
    "collapse", "deteriorate", "worsen", "spread", "lose", "endure", "confront",
})
PRIVATE_QUADS = frozenset({1, 2, 3})  # verbal and material cooperation, verbal conflict
PRIVATE_PERSONS = frozenset({  # people named by kinship or an everyday role, not by a political one
    "man", "woman", "boy", "girl", "child", "kid", "baby", "teenager", "mother", "father", "parent", "son",
    "daughter", "wife", "husband", "brother", "sister", "uncle", "aunt", "cousin", "grandmother", "grandfather",
    "family", "relative", "friend", "neighbour", "neighbor", "doctor", "nurse", "teacher", "patient", "stranger",
    "user", "passenger", "customer", "colleague", "boyfriend", "girlfriend",
})
PRIVATE_SECTORS = frozenset({"CVL", "MED", "EDU"})  # civilian codes
CLAUSE_DEPS = frozenset({"ccomp", "relcl", "acl", "advcl"})
TOLD_DANGERS = frozenset({  # what a warning "of" or "about" tells of when it is no threat by the warner
    "fear", "concern", "worry", "danger", "risk", "suspicion",
})


def is_plain_stay(verb: Token, cameo: str) -> bool:
    """Whether a staying verb coded as a show of force (CAMEO 150: "remain in", "stay in") only says where a
    force is: no modal or future auxiliary decides the stay and no other verb governs it."""
    if cameo != STAY_CODE or verb.lemma_.lower() not in STAYING_VERBS:
        return False
    if verb.dep_ in ("xcomp", "ccomp") and verb.head != verb:
        return False  # "decided to stay", "said they would remain": the stay is what is decided or announced
    return not any(c.dep_ == "aux" and c.lower_ in DECIDING_AUXES for c in verb.children)


def is_danger_warning(verb: Token) -> bool:
    """Whether a warning verb warns of a harm others face ("warned that millions face freezing conditions",
    "warn the powers they are rushing towards catastrophe"): its clause, on the verb or on the one warned, is
    headed by a verb of facing, risking or suffering (DANGER_VERBS), or a warning "of"/"about" a fear, danger or
    suspicion ("warned the police of their fears about the bomber", TOLD_DANGERS)."""
    if verb.lemma_.lower() not in WARNING_VERBS:
        return False
    hosts = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    clauses = [c for h in hosts for c in h.children if c.dep_ in CLAUSE_DEPS]
    told = [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ in ("of", "about")
            for o in p.children if o.dep_ == "pobj"]
    return any(c.lemma_.lower() in DANGER_VERBS for c in clauses) or any(o.lemma_.lower() in TOLD_DANGERS for o in told)


def is_private_exchange(quad_class: int, source_tok: Token | None, target: Actor | None) -> bool:
    """Whether a verbal or cooperative act (quads 1 to 3) passes between private people only: PLOVER codes
    interactions of political actors, and "a man on Tinder rejected him", "the clinic's doctor dismissed the
    boys' injuries" name none. The source is a person named by kinship or an everyday role (PRIVATE_PERSONS: "a
    man", "the doctor", "a mother"), and the target is a thing or another private person (no code, or a
    civilian one); with no target named ("a woman called for the release of her son") the act may be addressed
    to the authorities, and is kept. See `names_public_party` for a target phrase read too long to resolve."""
    if quad_class not in PRIVATE_QUADS or source_tok is None or source_tok.pos_ != "NOUN" or target is None:
        return False
    if source_tok.lemma_.lower() not in PRIVATE_PERSONS:
        return False
    if target.sector is None:  # a thing ("the boys' injuries"), not a country or a listed actor
        return target.actor_id is None and target.country is None
    return target.sector in PRIVATE_SECTORS


def names_public_party(phrase: Token | None, *, read: Callable[[str], Actor | None]) -> bool:
    """Whether a noun of the phrase, read alone, names a party that is not a private person: "telephoned the
    police telling of a box", a target phrase too long for the dictionary, still names the police."""
    if phrase is None:
        return False
    nouns = (t for t in phrase.subtree if t.pos_ in ("NOUN", "PROPN"))
    return any((actor := read(t.lemma_)) is not None and not _is_private(actor) for t in nouns)


def _is_private(actor: Actor) -> bool:
    return actor.sector in PRIVATE_SECTORS and actor.country is None
