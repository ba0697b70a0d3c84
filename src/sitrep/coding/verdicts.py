"""Verdicts: a party judging another, or its act, a threat or terrorist at a time ("Ankara decided the plan was an
intolerable threat", "Erdogan called the YPG a terrorist army", "a prospect that Ankara decided was a threat").
The judge accuses (CAMEO 112, PLOVER ACCUSE: coding.finding.judged_sense); the target is the party judged, or the
one whose act or plan is judged. A standing view ("regards them as terrorists", "considers") is no verdict.

Pure functions over spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import subject

JUDGING_VERBS = frozenset({"decide", "deem", "declare", "call", "brand", "label", "judge", "term", "pronounce"})
THREAT_NOUNS = frozenset({"threat", "danger", "menace"})
TERROR_WORDS = frozenset({"terrorist", "terror"})  # "a terrorist army", "a terror group"
SUMMARY_DEPS = frozenset({"npadvmod", "appos"})  # ", a move that …" hung on the main verb
MAX_SUMMED_VERBS = 4  # how far back a summary noun's act is looked for


def is_verdict(verb: Token) -> bool:
    """Whether a judging verb calls something a threat or terrorist."""
    return verb.lemma_.lower() in JUDGING_VERBS and any(_is_charge_noun(n) for n in verdict_nouns(verb))


def verdict_nouns(verb: Token) -> list[Token]:
    """The predicate nouns a judging verb gives: "called the YPG a terrorist army" (object predicate), "decided the
    plan was a threat" (the copula clause's predicate), "declared the militia a threat" (a verbless clause),
    "deemed the force a threat" (the second bare object)."""
    found = [c for c in verb.children if c.dep_ == "oprd" or (c.dep_ == "ccomp" and c.pos_ == "NOUN")]
    found += [c for c in verb.children if c.dep_ == "dobj"][1:]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
        found += [c for c in clause.children if c.dep_ == "attr"]
    return found


def _is_charge_noun(noun: Token) -> bool:
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in THREAT_NOUNS | TERROR_WORDS:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in TERROR_WORDS for c in noun.children)


def judged_parties(verb: Token) -> list[Token]:
    """Who a verdict is against, nearest first: the thing judged (the verbless or copula clause's subject, or the
    noun a relative verdict hangs on: "a plan that Ankara decided was a threat"), the noun that one renames ("a
    border force, a prospect that"), and the makers of what is judged (`_makers`)."""
    if not is_verdict(verb):
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    things = [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not things and verb.dep_ == "relcl":
        things = [verb.head]
    found = list(things)
    for thing in things:
        renamed = thing.head if thing.dep_ == "appos" and thing.head.pos_ == "NOUN" else thing
        found += ([renamed] if renamed is not thing else []) + _makers(renamed)
    return found


def _makers(thing: Token) -> list[Token]:
    """Whose act or plan a judged noun is: the subject of the verb it is the object of ("would build a force"); for a
    summary noun closing a sentence (", a prospect that Ankara decided was a threat", parsed as a modifier of the
    main verb) the subjects of the verbs before it, nearest first: it sums up what they say."""
    if thing.dep_ == "dobj":
        return [s for s in (subject(thing.head),) if s is not None]
    if thing.dep_ not in SUMMARY_DEPS or thing.head.pos_ not in ("VERB", "AUX") or thing.head.i > thing.i:
        return []
    verbs = [t for t in reversed(thing.doc[thing.sent.start : thing.i]) if t.pos_ in ("VERB", "AUX")]
    return [s for v in verbs[:MAX_SUMMED_VERBS] if (s := subject(v)) is not None]
