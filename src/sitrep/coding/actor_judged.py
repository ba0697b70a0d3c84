"""The doer of an act someone is judged for: "the rebels accused the army of using chemical weapons", "activists
blamed government forces for shelling the market", "the army was accused of shelling the town".

A verb of judging (accusing, blaming, condemning, praising, punishing) takes the judged party as its object and
the act it is judged for as an "of"/"for" gerund. The gerund's doer is that object (or the passive subject), not
the judge: the accuser only says so. A verdict participle after a reported passive clause ("officials said five
soldiers were killed, blaming Isis") is the speaker's, not the victims'. Pure functions over spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..reporting_verbs import reporting_verbs

JUDGING_VERBS = frozenset({  # verbs whose object is judged for the act their "of"/"for" gerund names
    "accuse", "blame", "charge", "suspect", "convict", "indict", "criticise", "criticize", "condemn", "denounce",
    "fault", "slam", "censure", "rebuke", "reprimand", "castigate", "chastise", "lambast", "attack", "praise",
    "commend", "thank", "credit", "congratulate", "hail", "applaud", "punish", "sanction", "penalise", "penalize",
    "fine", "arrest", "detain", "jail", "imprison", "sentence", "prosecute", "execute", "sue", "pardon", "reward",
    "acquit", "clear", "target",
})
ACCUSING_VERBS = frozenset({  # a speaker's verdict on the act reported ("..., blaming the army for the attack")
    "accuse", "blame", "condemn", "denounce", "criticise", "criticize", "describe", "call", "cite", "slam", "hold",
    "claim",
})
JUDGED_PREPS = frozenset({"of", "for"})
PARTY_DEPS = ("dobj", "nsubjpass")


def judged_doer(verb: Token) -> Token | None:
    """The party a gerund's act is held against ("accused the army of using" → army), when the gerund is the
    "of"/"for" complement of a judging verb, or of that verb's object ("accused [the army of using]"); else
    None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in JUDGED_PREPS or prep.head == prep:
        return None
    host = prep.head
    if host.dep_ == "dobj" and host.head.lemma_.lower() in JUDGING_VERBS:
        return host  # the parser hung "of using" on the object
    if host.pos_ != "VERB" or host.lemma_.lower() not in JUDGING_VERBS:
        return None
    return next((c for c in host.children if c.dep_ in PARTY_DEPS), None)


def reporting_participle_speaker(verb: Token) -> Token | None:
    """The speaker of a verdict participle the parser hung on a reported passive clause ("the rebels said 80 people
    were killed in an attack, blaming the army": "blaming" on "killed"): the victims blame no one; the speaker
    goes on. A verb of saying or accusing in "-ing" on the passive complement of a verb of saying; else None."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "ccomp" \
            or not any(c.dep_ == "nsubjpass" for c in head.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma not in ACCUSING_VERBS and lemma not in reporting_verbs("speaker"):
        return None
    report = head.head
    if report.lemma_.lower() not in reporting_verbs("speaker"):
        return None
    return next((c for c in report.children if c.dep_ == "nsubj"), None)
