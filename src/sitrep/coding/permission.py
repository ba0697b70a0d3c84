"""Permission to move withheld: "a resident who has not been given permission to leave", "civilians were not
allowed to leave", "the militia did not let them go" report a restriction of movement that took place (CAMEO 191,
PLOVER COERCE, mode restrict), not an act of permitting that did not happen. The negation is part of the act: the
event is asserted (coding.status), its source the one withholding the permission and its target those held.

An order whose infinitive is passive ("ordered her citizenship to be revoked") tells no one to act: the order's
object is what the ordered act is done to (`ordered_patient`), by the orderer's own authority.

Pure functions over spaCy tokens; `coding.finding` gives the sense, `coding.status` drops the negation.
"""

from __future__ import annotations

from spacy.tokens import Token

from .misparses import personal_antecedent

PERMITTING_VERBS = frozenset({"allow", "permit", "let"})  # "were not allowed to leave"
GRANTING_VERBS = frozenset({"give", "grant"})  # "not given permission to leave"
PERMISSION_VERBS = PERMITTING_VERBS | GRANTING_VERBS  # the only verbs whose permission may be withheld
PERMISSION_NOUNS = frozenset({"permission", "authorisation", "authorization", "clearance"})
MOVEMENT_VERBS = frozenset({  # leaving a place or passing through: what a restriction of movement stops
    "leave", "go", "flee", "return", "travel", "cross", "exit", "depart", "escape", "move", "pass",
})
RESTRICT_MOVEMENT_CODE = "191"  # CAMEO impose blockade, restrict movement
ORDER_VERBS = frozenset({"order", "command"})  # "ordered the minister to resign": a demand on the minister


def movement_withheld(verb: Token) -> Token | None:
    """The negation of a permitting verb whose permission is to move ("not allowed to leave", "has not been given
    permission to leave", "never let them go"); None for other verbs and for permission given."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in PERMISSION_VERBS:
        return None  # (the cheap tests first: this runs on every verb)
    if (negation := _negation(verb)) is None:
        return None
    return negation if any(m.lemma_.lower() in MOVEMENT_VERBS for m in permitted_moves(verb)) else None


def permitted_moves(verb: Token) -> list[Token]:
    """The verbs a permitting verb permits: its infinitive complement ("allowed to leave", "let them go") or
    that of its permission object ("given permission to leave")."""
    lemma = verb.lemma_.lower()
    if lemma in PERMITTING_VERBS:
        return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
    if lemma not in GRANTING_VERBS:
        return []
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PERMISSION_NOUNS]
    return [v for n in nouns for v in n.children if v.dep_ in ("acl", "relcl") and v.pos_ == "VERB"]


def _negation(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")), None)


def stray_agent(verb: Token) -> Token | None:
    """The "by" phrase of a withheld permission that the parser hung on the permitted verb ("not been given
    permission to leave by Kurdish militant groups": "by" on "leave"): an active infinitive takes no agent, so it
    is the permitter."""
    if movement_withheld(verb) is None or any(c.dep_ == "agent" for c in verb.children):
        return None
    agents = [a for m in permitted_moves(verb) for a in m.children if a.dep_ == "agent"]
    return next((o for a in agents for o in a.children if o.dep_ == "pobj"), None)


def held_party(verb: Token) -> Token | None:
    """Whom a withheld permission holds: the passive subject ("civilians were not allowed to leave"; for a
    relative pronoun the person its clause is about, `personal_antecedent`) or the subject the parser gives the
    permitted verb ("did not allow the families to leave"); None where the verb withholds no movement."""
    if movement_withheld(verb) is None:
        return None
    held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if held is not None and held.lower_ in ("who", "whom", "that", "which") and verb.dep_ == "relcl":
        return personal_antecedent(verb.head, held)
    if held is not None:
        return held
    moved = [s for m in permitted_moves(verb) for s in m.children if s.dep_ == "nsubj" and s.i < m.i]
    return next(iter(moved), None) or next((c for c in verb.children if c.dep_ == "dobj"), None)


def ordered_patient(verb: Token) -> Token | None:
    """What a passive infinitive under an order acts on: the parser makes it the order's object ("ordered her
    citizenship to be revoked" revokes the citizenship, "ordered the prisoners to be freed" frees them); None
    for an active infinitive ("ordered the minister to resign": the minister acts) and for other verbs."""
    order = verb.head
    if verb.dep_ != "xcomp" or order == verb or order.lemma_.lower() not in ORDER_VERBS \
            or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in order.children if c.dep_ == "dobj" and c.i < verb.i), None)
