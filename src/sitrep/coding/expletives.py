"""Expletive "it": the "it" that holds a subject's place for a clause put after the verb ("It is legal to kill
them", "It emerged on Monday that the army had shelled the town", "It is not clear whether the rebels
attacked"). It refers to nothing, so a resolver must not give it the latest actor named before it.
"""

from __future__ import annotations

from spacy.tokens import Token

CLAUSE_MARKS = frozenset({"that", "whether", "if"})  # a finite clause put after the verb
EXTRAPOSING_ADJECTIVES = frozenset({  # "it is ADJ to do": adjectives said of an act, not of a party (unlike "it
    # was ready to attack", "it is likely to strike", whose "it" is the party)
    "legal", "illegal", "legitimate", "preferable", "possible", "impossible", "necessary", "important", "vital",
    "essential", "crucial", "difficult", "hard", "easy", "better", "wrong", "right", "safe", "dangerous", "unfair",
    "fair", "unacceptable", "acceptable", "worth", "reasonable", "unreasonable", "wise", "time",
})
EXTRAPOSING_VERBS = frozenset({  # "it emerged that …", "it seems that …": verbs whose subject is a clause
    "emerge", "seem", "appear", "help", "matter", "transpire", "follow", "happen", "remain", "turn",
})


def is_expletive(pronoun: Token) -> bool:
    """Whether a subject "it" stands for a clause after its verb rather than for a party: the copula with an
    adjective or noun said of a clause ("it is clear whether/that …", "it is legal to …"), or a verb whose subject
    is a clause with "that" ("it emerged that …"). A reporting verb's "it said that …" is a party's."""
    verb = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or verb.i < pronoun.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "be":
        said = [c for c in verb.children if c.dep_ in ("acomp", "attr") and c.i > verb.i]
        return any(_finite_after(s) or _finite_after(verb) or (s.lemma_.lower() in EXTRAPOSING_ADJECTIVES
                                                                and _infinitive_after(s, verb)) for s in said)
    return lemma in EXTRAPOSING_VERBS and _finite_after(verb)


def _finite_after(word: Token) -> bool:
    """A "that"/"whether"/"if" clause complementing the word after it."""
    return any(c.dep_ in ("ccomp", "csubj") and c.i > word.i and any(
        m.dep_ == "mark" and m.lower_ in CLAUSE_MARKS for m in c.children) for c in word.children)


def _infinitive_after(adjective: Token, verb: Token) -> bool:
    """A "to" infinitive after the adjective, hung off it or off the copula ("legal to kill")."""
    return any(c.dep_ == "xcomp" and c.i > adjective.i and any(a.lower_ == "to" for a in c.children)
               for c in (*adjective.children, *verb.children))
