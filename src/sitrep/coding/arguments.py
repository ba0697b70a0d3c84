"""Who did it and to whom: the source and target phrases of a trigger, read off the dependency parse.

Pure functions over spaCy tokens: subjects (active, passive agents, conjoined verbs that inherit their subject,
control verbs, relative clauses), objects (direct, dative, prepositional), noun-trigger arguments (possessives,
compounds, "by"/"against" phrases). The phrase span of an argument is `coding.phrases.phrase`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..reporting_verbs import reporting_verbs
from .actor_judged import judged_doer, reporting_participle_speaker
from .measures import light_verb_of
from .misparses import (
    as_clause_subject,
    clause_verb,
    headline_victims,
    is_place_hit,
    kind_before_gerund,
    misparsed_subject,
    raised_patient,
    reduced_passive_subject,
    reported_without_subject,
)
from .modes import is_instrument
from .permission import ordered_patient, stray_agent
from .phrases import child_with, cleft_focus
from .triggers import experiencer_code
from .weapons import is_unowned_weapon

TARGET_PREPS = ("against", "on", "at", "upon", "toward", "towards", "with", "into", "of")
NOUN_TARGET_PREPS = ("against", "on", "targeting", "at", "of", "upon", "with", "into")
SUPPORT_TARGET_PREPS = ("against", "targeting", "upon", "into")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})  # "Saturday's attack": a possessive that dates an event
DIRECTION_ADVERBS = frozenset({"closer", "nearer", "deeper", "further", "farther", "back"})  # "redeploy closer to X"
RECIPIENT_VERBS = frozenset({  # "the Kurds won Washington's support": the subject receives the event the noun names
    "win", "receive", "get", "gain", "obtain", "secure", "enjoy", "earn", "accept", "welcome", "lose", "face",
    "suffer", "endure", "undergo", "sustain", "weather", "survive", "repel", "repulse", "resist", "extract",
})
OBJECT_CONTROL_VERBS = frozenset({  # "X led Y to plead": Y pleads. Only verbs that make the event happen; requests
    # ("urged Y to withdraw") stay with the requester, whose request is the event, and purpose clauses too
    "lead", "help", "force", "compel", "allow", "permit", "enable", "prompt", "drive", "push", "oblige",
    "persuade", "convince", "encourage", "cause", "get",
})
GIVING_VERBS = frozenset({  # "the support the US provides to the SDF": the relative clause's subject gives what the noun names
    "provide", "give", "offer", "send", "deliver", "extend", "lend", "supply", "grant",
})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
ARRIVING_VERBS = frozenset({"come", "arrive", "flow", "pour"})  # "aid came from Iran": an event noun's "from" giver
SUBJECT_DEPS = ("nsubj", "csubj")
SUPPORT_VERBS = frozenset({
    "carry", "conduct", "launch", "mount", "stage", "begin", "start", "continue", "intensify", "step", "escalate",
    "prepare", "plan", "resume", "order", "announce", "hold", "make", "take", "issue", "deliver", "unleash",
    "wage", "undertake", "perform", "execute", "initiate", "renew", "claim", "organise", "organize", "lead",
    "arrive", "travel", "fly", "return", "come", "go", "pay", "attend", "join", "open", "give",
    "impose", "expand", "extend", "tighten", "speed", "accelerate", "hasten", "complete",
    "repeat", "reiterate", "voice", "lodge", "level", "raise",  # "levelled accusations", "raised allegations"
})
PREVENTING_VERBS = frozenset({"foil", "thwart", "prevent", "avert", "stop", "block"})  # "foiled an attempt to X"
STATEMENT_NOUNS = frozenset({  # "issued a statement condemning the attack": the issuer condemns
    "statement", "declaration", "communique", "communiqué", "resolution", "letter", "message", "appeal",
})
EFFORT_NOUNS = frozenset({  # "undertook a mediation mission", "launched a peace effort": the event noun modifies these
    "mission", "effort", "bid", "drive", "initiative",
})
SPEECH_ACT_NOUNS = frozenset({  # "X said ..., in a thinly veiled warning": the speaker warns
    "warning", "threat", "ultimatum", "rebuke", "reprimand", "swipe", "jibe", "dig", "appeal", "plea", "demand",
    "accusation", "criticism", "condemnation", "denunciation", "message", "signal", "reference", "challenge",
})
INTENT_NOUNS = frozenset({  # "their aim is to dislodge the militias": the possessor means to dislodge them
    "aim", "goal", "mission", "objective", "purpose", "intention", "plan", "task", "priority", "ambition",
})
DISPATCH_VERBS = frozenset({  # "troops were sent to fight", "forces who had been raised to fight Assad": the patient acts
    "send", "deploy", "redeploy", "dispatch", "raise", "recruit", "train", "arm", "equip", "mobilize", "mobilise",
    "draft", "hire", "call", "bring", "fly", "post", "station",
})
REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})  # "finds itself waging a battle"
PARTICIPATION_NOUNS = frozenset({"role", "part", "hand", "share"})  # "took on a key role in the battle"
ARRIVAL_VERBS = frozenset({"arrive", "travel", "fly", "come", "go", "head", "land"})  # "arrived in Amman on a visit"
VISIT_NOUNS = frozenset({"visit", "trip", "tour"})
DESTINATION_PREPS = ("in", "to")
PARTICIPATION_VERBS = frozenset({"take", "play", "have", "assume"})  # "played a part in", "had a hand in"
REPEL_VERBS = frozenset({"repel", "repulse"})  # "the rebels were repelled": they fell back
BACK_REPEL_VERBS = frozenset({"turn", "push", "beat", "drive", "force"})  # "were turned/pushed back"
CAUSE_PREPS = ("at", "with", "by", "over", "about")  # "angry at", "unhappy with", "angered by": what is resented


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens conjoined with it ("the United States and Iran" → United States, Iran), also
    through a list the parser read as an apposition ("The US, Russia, and Switzerland": Russia an appositive of
    US, Switzerland conjoined with Russia)."""
    listed = next((c for c in token.children if _is_listed_appositive(token, c)), None)
    return [token, *(c for c in token.conjuncts if c.i > token.i), *(conjuncts(listed) if listed else ())]


def _is_listed_appositive(token: Token, appositive: Token) -> bool:
    """A name after a name of the same kind, with names conjoined to it: a list, not a second name for it."""
    return (
        appositive.dep_ == "appos"
        and token.pos_ == appositive.pos_ == "PROPN"
        and bool(token.ent_type_)
        and token.ent_type_ == appositive.ent_type_
        and any(c.dep_ == "conj" and c.ent_type_ == token.ent_type_ for c in appositive.children)
    )


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return child_with(token, deps)


def _pobj(prep: Token) -> Token | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return _undated(obj) if obj is not None else None


def _undated(token: Token) -> Token:
    """A name that the parser made a modifier of the day after it ("met with Syrian President Bashar Assad
    Tuesday": Tuesday the object) stands for the phrase; any other token is itself."""
    if token.ent_type_ != "DATE":
        return token
    names = [c for c in token.lefts if c.dep_ == "compound" and c.ent_type_ and c.ent_type_ != "DATE"]
    return names[-1] if names else token


def _prep_object(token: Token, preps: tuple[str, ...]) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps and (obj := _pobj(child)) is not None:
            return obj
    return None


def subject(verb: Token, *, _depth: int = 0) -> Token | None:
    """The acting party of a verb: its subject, the agent of a passive, or the subject it inherits."""
    if _depth > 6:
        return None
    if _depth == 0 and (felt := experiencer(verb) or repelled_patient(verb)) is not None:
        return felt  # "Turkey was angered by the US": Turkey disapproves; "they were turned back": they retreat
    if (agent := _child(verb, ("agent",))) is not None:
        return _pobj(agent)
    if (agent := stray_agent(verb)) is not None:
        return agent  # "not given permission to leave by the militants": "by" hung on "leave"
    if _child(verb, ("nsubjpass",)) is not None or headline_victims(verb) is not None \
            or reduced_passive_subject(verb) is not None or raised_patient(verb) is not None:
        return None  # a passive's subject, a headline's victim ("Three civilians killed 12 others injured"), a
        # raised one ("six soldiers were reported killed")
    if (subj := _child(verb, SUBJECT_DEPS)) is not None:
        if subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return relative_antecedent(verb.head)
        if subj.lower_ in RELATIVE_PRONOUNS and (focus := cleft_focus(verb)) is not None:
            return focus  # "it was two car bombs that claimed nine lives"
        if is_place_hit(subj, verb):
            return subject(clause_verb(verb), _depth=_depth + 1)  # "shelled the town killing five": not the town
        if subj.lower_ in REFLEXIVES and verb.head != verb and (owner := _child(verb.head, ("nsubj",))) is not None:
            return owner  # "the opposition finds itself waging a battle"
        return subj
    if (misparsed := as_clause_subject(verb) or kind_before_gerund(verb)) is not None:
        return misparsed  # "as the Turks swept in", "killed in government shelling": made the object of "as"/"in"
    head = verb.head
    if head == verb:
        return None
    if (owner := _intent_owner(verb)) is not None:
        return owner  # "their aim is to dislodge the militias"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.lemma_.lower() in STATEMENT_NOUNS:
        return noun_source(head) or _chain_subject(head, _depth + 1)  # "issued a declaration demanding"
    if verb.dep_ == "relcl":
        return relative_antecedent(head)  # "fighters who attacked"
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        if is_place_hit(head, verb):  # "targeted al-Salyhiah neighborhood killing a woman": not the place
            return _chain_subject(head, _depth + 1)
        return head  # "militias fighting ISIS"
    if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.head != head:
        head = head.head  # "is due to visit", "was ready to sign": the copula's subject
    if verb.dep_ == "xcomp" and (patient := _child(head, ("nsubjpass",))) is not None:
        return patient  # "is set to send", "was forced to withdraw"
    if _infinitive_complement(verb) and head.lemma_.lower() in OBJECT_CONTROL_VERBS \
            and (controller := _child(head, ("dobj",))) is not None and controller.i < verb.i:
        return controller  # object control: "led the YPG to plead", "urged Iran to withdraw"
    if (reported := _reported_conjunct_head(verb)) is not None:
        return subject(reported, _depth=_depth + 1)  # "sources say she travelled to Syria but begged …"
    if (speaker := reporting_participle_speaker(verb)) is not None:
        return speaker  # "officials said five soldiers were killed, blaming Isis": not the soldiers
    if _controlled_by_patient(verb) and (patient := _child(head, ("nsubjpass",))) is not None:
        if patient.lower_ in RELATIVE_PRONOUNS and head.dep_ == "relcl":
            return relative_antecedent(head.head)  # "forces who had been raised to fight Assad"
        return patient  # "they were called into action, playing a key role": the passive's subject plays it
    if reported_without_subject(verb):
        return None  # "the Observatory said shelling hit ...": the speaker reports the act, not its doer
    if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acl", "pcomp") and head.pos_ in ("VERB", "AUX"):
        return subject(head, _depth=_depth + 1)
    if verb.dep_ == "acl" and (root := misparsed_subject(verb)) is not None:
        return root  # "Doctors from two aid groups donated …": the sentence's root noun is the subject
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        if _describes_patient(verb):  # "10 Russian soldiers killed": not the victims' nationality
            return _chain_subject(head, _depth + 1)  # "in a letter handed to the UN, Iraq said"
        return noun_source(head) or _chain_subject(head, _depth + 1)
    if (judged := judged_doer(verb)) is not None:
        return judged  # "accused the army of using chemical weapons": the army used them
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return subject(head.head, _depth=_depth + 1) if head.head.pos_ in ("VERB", "AUX") else None
    return None


def relative_antecedent(noun: Token) -> Token:
    """The party a relative clause's head noun stands for: the copula's subject for a predicate noun ("the Turks
    are the only ones who stood by us"), the name a common noun is in apposition to ("Turkey, the only country
    that supported us"); else the noun itself ("the militias that seized the town")."""
    if noun.pos_ not in ("NOUN", "PRON"):
        return noun
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and (owner := _child(noun.head, ("nsubj",))) is not None:
        return owner
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head
    return noun


def _intent_owner(verb: Token) -> Token | None:
    """The possessor of an aim the infinitive spells out ("their aim is to dislodge", "our mission is to
    strangle it"): the copula's subject is an INTENT_NOUNS noun."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ != "be" or (aim := _child(head, ("nsubj",))) is None:
        return None
    return _child(aim, ("poss",)) if aim.lemma_.lower() in INTENT_NOUNS else None


def _reported_conjunct_head(verb: Token) -> Token | None:
    """The reported clause a conjunct verb continues where the parser hung it on the reporting verb ("Sources say
    the 26-year-old travelled to Syria, but begged her commanders": begged on "say"): the reporting verb's
    complement before it, in the conjunct's tense where the reporting verb's differs."""
    head = verb.head
    if verb.dep_ != "conj" or head.lemma_.lower() not in reporting_verbs("reported_conjunct"):
        return None
    clause = next((c for c in head.children if c.dep_ == "ccomp" and head.i < c.i < verb.i), None)
    return clause if clause is not None and clause.tag_ == verb.tag_ != head.tag_ else None


def _controlled_by_patient(verb: Token) -> bool:
    """An active verb with no subject of its own that continues a passive clause, whose surface subject is its
    doer: a participle adverbial ("were called into action, playing a role"), the purpose of a verb of sending or
    raising ("were sent to fight") or an active conjunct ("the rebels were surrounded and surrendered"). A bare past participle continues the passive ("was shelled by X and
    bombed"), and so keeps its agent."""
    if verb.dep_ == "advcl" and _infinitive_complement(verb):
        return verb.head.lemma_.lower() in DISPATCH_VERBS  # "were sent to fight"; not "was shelled to punish X"
    if verb.dep_ == "advcl":
        return verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children)
    return verb.dep_ == "conj" and verb.tag_ in ("VBG", "VBD", "VBZ", "VBP") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _infinitive_complement(verb: Token) -> bool:
    """"to plead" under "led X": an xcomp, or the advcl the parser makes of it after a long object."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in verb.children))


def _describes_patient(verb: Token) -> bool:
    """A past participle describing the noun it acts on ("10 Russian soldiers killed in Ukraine"), whose modifiers
    name the patient, not the doer. Not a weapon ("Hamas rockets fired at Israel": its owner used it), nor a
    participle on the sentence's root noun, which the parser makes of a main verb ("An official Syrian newspaper
    called on Arabs to unite")."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "ROOT":
        return False
    return not (is_instrument(head.lemma_, "ASSAULT") or is_instrument(head.lower_, "ASSAULT"))


def participle_patient(verb: Token) -> Token | None:
    """The main clause's subject that a bare passive participle clause with an agent describes ("Backed by Russian
    air power, government forces swept through": the forces are backed); None for other verbs. A participle with
    an object is a past tense."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or _child(verb, ("agent",)) is None \
            or _child(verb, ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj")) is not None:
        return None
    return _child(verb.head, ("nsubj", "nsubjpass")) if verb.head.pos_ in ("VERB", "AUX") else None


def _chain_subject(noun: Token, depth: int) -> Token | None:
    """The subject of the verb a noun phrase depends on (for "a plan to X" under "prepare a plan"); none under a
    verb of preventing ("police foiled an attempt to bomb the embassy": the police are not the bombers)."""
    head = noun.head
    while head.dep_ == "prep" and head.head != head:
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or head == noun or head.lemma_.lower() in PREVENTING_VERBS:
        return None
    return subject(head, _depth=depth)


def passive_target(verb: Token) -> Token | None:
    """The patient of a passive verb ("fighters were hit" → fighters, "ordered them to be freed" → them)."""
    return _child(verb, ("nsubjpass",)) or ordered_patient(verb)


def verb_object(verb: Token) -> Token | None:
    """The recipient of a verb: direct object, dative, or the object of a targeting preposition."""
    if (obj := passive_target(verb)) is not None:
        return obj
    if (obj := _child(verb, ("dobj", "dative", "attr"))) is not None:
        return obj
    return _prep_object(verb, TARGET_PREPS)


def target_candidates(trigger: Token) -> list[Token]:
    """Possible recipients, in order: passive subject, dative, direct object, then objects of targeting
    prepositions ("fired artillery at Afrin", "provided support to the militias")."""
    if experiencer(trigger) is not None:
        return [t for t in (experience_cause(trigger),) if t is not None]  # "angered by the US": the US
    found: list[Token] = []
    preps: tuple[str, ...] = NOUN_TARGET_PREPS + ("to",)
    verbal = trigger.pos_ in ("VERB", "AUX") or _marked_infinitive(trigger)
    if verbal:
        found += [c for c in (headline_victims(trigger), reduced_passive_subject(trigger), raised_patient(trigger),
                               ordered_patient(trigger)) if c is not None]  # victims
        found += [c for c in trigger.children if c.dep_ in ("nsubjpass", "dative", "dobj")]
        if _describes_patient(trigger):
            found.append(trigger.head)  # "10 Russian soldiers killed": the noun a past participle describes
        found += [p for p in (participle_patient(trigger),) if p is not None]  # "Backed by Russia, government forces"
        preps = TARGET_PREPS + ("to",)
    for child in [*trigger.children, *_goal_preps(trigger)]:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            found += [_undated(c) for c in child.children if c.dep_ == "pobj"]
    if trigger.tag_ == "VBN" and trigger.dep_ in ("ccomp", "xcomp") and trigger.head.lemma_.lower() in ("have", "get"):
        found += [s for s in (subject(trigger.head),) if s is not None]  # "had their homes confiscated by"
    if trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in OBJECT_CONTROL_VERBS:
        found += controlled_subjects(trigger)  # "helped them train": whom the help is for
    if not verbal:
        for obj in list(found):
            found += [c for c in obj.children if c.dep_ == "dobj"]
        found += _under_what(trigger)
        if (giver := _giving_clause(trigger)) is not None:  # "the support the US provides to the SDF"
            found += [o for c in giver.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                      and (o := _pobj(c)) is not None]
        if (verb := light_verb_of(trigger)) is not None:  # "gave them promises": the one given them
            found[:0] = [c for c in verb.children if c.dep_ == "dative"]
        if (verb := support_verb_of(trigger)) is not None:  # "launched an offensive against the YPG"
            found += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in SUPPORT_TARGET_PREPS
                      and (o := _pobj(c)) is not None]
        found += destinations(trigger)
        verb = light_verb_of(trigger)
        if verb is not None and trigger.dep_ == "dobj" and verb.lemma_.lower() in RECIPIENT_VERBS \
                and (receiver := subject(verb)) is not None:
            found.append(receiver)
    return [_relative_antecedent(t, trigger) for t in found if not is_unowned_weapon(t)]  # no weapon is a party


def destinations(trigger: Token) -> list[Token]:
    """Where a visit goes: the "in"/"to" object of the arrival verb that carries a visit noun ("Saddam Hussein
    arrived in Amman on a visit", "flew to Moscow on a two-day trip"); the host is the visit's recipient."""
    if trigger.lemma_.lower() not in VISIT_NOUNS:
        return []
    verb = light_verb_of(trigger)
    if verb is None or verb.lemma_.lower() not in ARRIVAL_VERBS:
        return []
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS
            and (o := _pobj(c)) is not None]


def _marked_infinitive(token: Token) -> bool:
    """A word with an infinitive "to" of its own is a verb, whatever tag the parser gave it ("to purge al-Qaida",
    where "purge" came out a proper noun)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _goal_preps(verb: Token) -> list[Token]:
    """The phrases a verb's adverb of direction or degree carries ("redeploy closer to the Turkish border",
    "pushed deeper into Syria"): where the movement goes, as if the verb had them itself."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [p for a in verb.children if a.dep_ == "advmod" and a.lower_ in DIRECTION_ADVERBS for p in a.children]


def controlled_subjects(verb: Token) -> list[Token]:
    """The subject the parser gives a clause an object-control verb governs ("helped them train", "let her go")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and c.i > verb.i]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.i < c.i]


def _under_what(noun: Token) -> list[Token]:
    """What is under the attack, siege or fire a noun names: the subject of "came under attack", the noun of
    "the province under regime assault"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under":
        return []
    while prep.dep_ == "conj" and prep.head.dep_ in ("prep", "agent"):
        prep = prep.head  # "controlled by HTS and under regime assault"
    host = prep.head
    if host.dep_ == "acl" and host.head.pos_ in ("NOUN", "PROPN"):
        return [_nearest_place(host.head, host)]
    if host.pos_ in ("VERB", "AUX"):
        return [s for s in (subject(host) or passive_target(host),) if s is not None]
    return [host] if host.pos_ in ("NOUN", "PROPN") else []


def _nearest_place(noun: Token, clause: Token) -> Token:
    """The noun a comma-set participle clause describes: the named place that ends just before it, in a phrase of
    the noun the parser hung it on ("a corridor into Idlib province, controlled by HTS and under regime assault"
    → province), else the noun itself."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.i < clause.i):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            comma = obj.right_edge.i + 1
            if obj.ent_type_ in PLACE_LABELS and clause.left_edge.i == comma + 1 and obj.doc[comma].is_punct:
                return obj
    return noun


def is_under(noun: Token) -> bool:
    """A noun in an "under" phrase ("came under attack", "the town under siege"): what it names is suffered by
    the phrase's host, which therefore is no party acting."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under"


def under_agent(noun: Token) -> Token | None:
    """Who carries out the attack or fire of "X came under attack by Turkish forces" / "under fire from
    troops": the parser hangs the "by"/"from" phrase on the verb, not the noun."""
    if not is_under(noun) or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return _prep_object(noun.head.head, ("by", "from"))


def is_nominal(token: Token) -> bool:
    """A noun, or a word the tagger took for a verb in a noun's place ("described the US move as": a determiner
    and an object's or subject's function)."""
    if token.pos_ in ("NOUN", "PROPN", "PRON"):
        return True
    return token.pos_ == "VERB" and token.dep_ in ("dobj", "pobj", "nsubjpass") \
        and any(c.dep_ == "det" for c in token.children)


def repelled_patient(verb: Token) -> Token | None:
    """The party that "was turned back / pushed back / repelled" where no one is named as repelling it: what the
    clause reports is its falling back, so it is the doer (finding.repelled_sense); None for another verb or
    shape ("were turned back by Iraqi troops": the troops act), and for an act the lexicon codes as an event
    ("the offensive was repelled": the repelling is the fight)."""
    from .triggers import load_triggers, lookup_noun

    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in REPEL_VERBS and lemma not in BACK_REPEL_VERBS):
        return None  # (the cheap tests first: this runs on every verb)
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
    if (lemma not in REPEL_VERBS and not back) or _child(verb, ("agent",)) is not None:
        return None
    patient = _child(verb, ("nsubjpass",))
    if patient is None or lookup_noun(load_triggers(), patient.lemma_.lower()) is not None:
        return None
    return patient


def experiencer(pred: Token) -> Token | None:
    """The one who feels what a predicate of disapproval says (triggers.experiencer_code): the subject of
    "Turkey is angry at", the passive subject of "Turkey was angered by", "the US is frustrated (that)"; None for
    another word or shape (an active "the move angered Turkey" is left to the lexicon)."""
    adjective = pred.pos_ == "ADJ" and pred.dep_ == "acomp"
    if not (adjective or (pred.pos_ == "VERB" and pred.tag_ == "VBN")) or experiencer_code(pred.lemma_.lower()) is None:
        return None  # (the shape first: this runs on every word)
    return _child(pred.head, ("nsubj", "nsubjpass")) if adjective else _child(pred, ("nsubjpass",))


def experience_cause(pred: Token) -> Token | None:
    """What the felt disapproval is about, as a party: the object of "at/with/by/over/about" (the party that does
    what a cause noun names: "angered by the US decision" → the US), else the subject of the "(that)" clause
    ("frustrated Russia has not put pressure" → Russia)."""
    cause = _prep_object(pred, CAUSE_PREPS)
    if cause is None:
        clause = _child(pred, ("ccomp",))
        return _child(clause, ("nsubj", "nsubjpass")) if clause is not None else None
    if cause.pos_ in ("PROPN", "PRON"):
        return cause
    return noun_source(cause) or cause


def _relative_antecedent(token: Token, trigger: Token) -> Token:
    """A relative pronoun object stands for the noun its clause modifies ("the YPG, which it has supported")."""
    if token.lower_ in RELATIVE_PRONOUNS and trigger.dep_ == "relcl" and token.head == trigger:
        return trigger.head
    return token


def noun_source(noun: Token) -> Token | None:
    """The acting party of an event noun: possessive, "by" phrase, or an actor-like compound/modifier. A possessive
    or modifier that names a time ("Saturday's attack", "last week's bombing", "a Friday blast") dates the event
    and names no party."""
    if (poss := _child(noun, ("poss",))) is not None and poss.ent_type_ not in TIME_LABELS:
        return poss
    if (agent := _prep_object(noun, ("by", "from"))) is not None:
        return agent
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ARRIVING_VERBS \
            and (agent := _prep_object(noun.head, ("from",))) is not None:
        return agent  # "no help would be coming from the US": who the help comes from gives it
    if (agent := under_agent(noun)) is not None:
        return agent
    mods = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ not in TIME_LABELS
            and (c.pos_ in ("PROPN", "NOUN") or (c.pos_ == "ADJ" and c.text[:1].isupper()))]  # "a Friday blast"
    leader = _led_by_modifier(noun)
    if leader is not None and (not mods or mods[0].pos_ == "NOUN" and mods[0].text.islower()):
        return leader  # "the Russian-led air assault": the leader, not a common-noun compound ("air")
    if mods:
        return mods[0]
    giver = _giving_clause(noun)
    return subject(giver) if giver is not None else None


def _led_by_modifier(noun: Token) -> Token | None:
    """"a Turkish-led incursion", "Saudi-led air strikes": the party of an "X-led" modifier."""
    for mod in (c for c in noun.lefts if c.dep_ == "amod" and c.lemma_.lower() == "lead" and c.tag_ == "VBN"):
        party = [c for c in mod.lefts if c.dep_ in ("npadvmod", "compound", "amod", "nmod")
                 and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))]
        if party and mod.i - party[-1].i == 2 and mod.doc[mod.i - 1].text == "-":
            return party[-1]
    return None


def _giving_clause(noun: Token) -> Token | None:
    """The verb of a relative clause that gives what the noun names, the noun being its missing object ("the
    support the US continues to provide to the SDF" → provide); None if none."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
            if verb.lemma_.lower() in GIVING_VERBS and not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
                return verb
    return None


def giving_verb(noun: Token) -> Token | None:
    """The verb that gives what an event noun names: its relative clause's ("the support the US provides") or
    the verb it is the object of ("provided support"); None if neither gives."""
    verb = _giving_clause(noun) or light_verb_of(noun)
    return verb if verb is not None and verb.lemma_.lower() in GIVING_VERBS else None


def noun_target(noun: Token) -> Token | None:
    """The recipient of an event noun: "attacks on X", "air raid against X"."""
    return _prep_object(noun, NOUN_TARGET_PREPS)


def support_verb_of(noun: Token) -> Token | None:
    """The verb that carries out the event a noun names ("launched an offensive", "prepare for operations"), also
    through an effort noun the event noun modifies ("undertook a mediation mission")."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in EFFORT_NOUNS:
        noun = noun.head
    if (verb := participation_verb(noun)) is not None:
        return verb
    verb = light_verb_of(noun)
    return verb if verb is not None and is_support_verb(verb) else None


def speech_act_host(noun: Token) -> Token | None:
    """The reporting verb a speech act noun describes from an "in" phrase ("Erdoğan announced, 'We aim to give
    Afrin back', in a thinly veiled warning": announced, also where the parser hung the phrase on the quoted
    clause): its subject performs the act."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or noun.lemma_.lower() not in SPEECH_ACT_NOUNS:
        return None
    verb = prep.head
    while verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def participation_verb(noun: Token) -> Token | None:
    """The verb whose subject takes part in the event a noun names through a role or part in it ("the Kurds took
    on a key role in the battle", "rebels played a prominent part in the offensive", "had a hand in the attack")."""
    role = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun
    if role == noun or role.lemma_.lower() not in PARTICIPATION_NOUNS or role.dep_ != "dobj":
        return None
    return role.head if role.head.lemma_.lower() in PARTICIPATION_VERBS else None


def is_support_verb(verb: Token) -> bool:
    """A verb whose subject does what its object noun names: SUPPORT_VERBS, and the verbs the trigger lexicon marks
    light ("staged a protest", "committed rape", "provided aid"); not a copula (AUX)."""
    lemma = verb.lemma_.lower()
    return lemma in SUPPORT_VERBS or (verb.pos_ == "VERB" and lemma in lexicon_support_lemmas())


@cache
def lexicon_support_lemmas() -> frozenset[str]:
    """The verbs data/triggers/verbs.csv marks light (a row with light = 1 and no object condition), less the
    reporting verbs of data/status/cues.csv: who reports an attack ("activists reported air strikes") did not
    carry it out."""
    from .status import load_status_cues
    from .triggers import load_triggers

    cues = load_status_cues()
    return frozenset(
        lemma for lemma, patterns in load_triggers().verbs.items()
        if any(p.light and not p.objects for p in patterns) and cues.by_key.get((lemma, "VERB")) != "reported"
    )


def is_pronoun(token: Token) -> bool:
    """True for personal pronouns that need an antecedent."""
    return token.pos_ == "PRON" and token.lower_ in {"they", "them", "it", "he", "she", "him", "her", "their", "its", "his"}


def is_first_person(token: Token) -> bool:
    """True for "I", "we", "us", "me": the speaker, whom quotes rarely name in the clause."""
    return token.pos_ == "PRON" and token.lower_ in {"i", "we", "us", "me", "our"}
