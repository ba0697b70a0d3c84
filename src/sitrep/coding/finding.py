"""Which tokens of a sentence express an event, and with what sense: verbs with their particle, prepositions and
objects (seen through measures: "gave 5.1 million dollars of aid"; light verbs leave the event to their object
noun), event nouns that no trigger verb takes as its object, commitments whose complement codes no act
("Vietnam is committed to opening up the economy": CAMEO 030) and orders to a party whose ordered act codes none
("a judge ordered Menem to appear": CAMEO 100, demand).

Pure functions over spaCy tokens and the trigger lexicon (coding.triggers); `coding.events` codes what they find.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..records import Actor
from .arguments import experience_cause, experiencer, repelled_patient, verb_object
from .attribution import attribution_of
from .frames import COMMITMENT_VERBS, DEMAND_CODE, INTENT_CODE, commitment_complement, ordered_complement
from .incidents import MAKING_VERBS
from .measures import is_measure, light_verb_of
from .misparses import is_document_kind
from .modes import is_instrument
from .nonevents import (
    insists_on_own_course,
    is_danger_warning,
    is_generic_statement,
    is_habit_of_place,
    is_plain_stay,
    verbal_clash,
    warned_criticism,
)
from .permission import RESTRICT_MOVEMENT_CODE, movement_withheld
from .phrases import child_indexes, child_with, token_labels
from .resources import Dictionaries
from .speakers import ergative_subject
from .stoppages import noun_modifiers, protest_refusal
from .triggers import (
    TriggerLexicon,
    TriggerSense,
    experiencer_code,
    experiencer_lemmas,
    is_light_verb,
    lookup_noun,
    lookup_verb,
    may_be_noun_trigger,
    may_be_verb_trigger,
    sense_of_code,
    trigger_lemmas,
)
from .verdicts import is_verdict

ADVMOD_PARTICLES = frozenset({"back", "out", "off", "away", "down", "up", "in", "ahead"})  # read as particles when parsed as
# adverbs ("pushed back", "wiped out"); triggers.ADVERB_PARTICLES is the wider set matched where parsed as prepositions
MODIFIER_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})
REDUCED_RELATIVE_VERBS = frozenset({"believe", "think", "suspect", "say", "report", "know", "fear"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # the parts of speech `_is_nominal` may accept
CLAIM_LEMMAS = frozenset({"claim", "argue", "contend", "fear"})  # whose "that" clause about another party may accuse it
# ("say they fear that Turkey aims to change the demography": a stated fear of another's aim charges it)
WHEREABOUTS_VERBS = frozenset({  # a claim that a party went or was somewhere imputes nothing to it
    "arrive", "come", "go", "travel", "return", "leave", "live", "stay", "visit", "move", "fly", "drive", "reside",
})
# a civilian authority's "targeting" of people or firms it names, with no force in the clause, is a sanction (CAMEO
# 163, PLOVER SANCTION): "the Trump administration targeted 13 more Venezuelan officials" (civil_targeting)
CIVIL_TARGETING_VERBS = frozenset({"target"})
SANCTION_CODE, CIVIL_AUTHORITY_SECTORS = "163", frozenset({"GOV", "IGO"})
SANCTIONED_PARTIES = frozenset({
    "official", "entity", "individual", "company", "firm", "bank", "oligarch", "businessman", "businesswoman",
    "tycoon", "financier", "minister", "lawmaker", "judge", "network", "exporter", "shipper",
})
QUESTION_VERBS = frozenset({"ask", "inquire", "enquire"})
QUESTION_MARKS = frozenset({"if", "whether"})
REQUEST_DEPS = frozenset({"dobj", "dative", "xcomp", "prep", "oprd", "attr", "acomp"})  # what a request names
RETREAT_CODE = "0874"  # CAMEO retreat or surrender militarily (PLOVER RETREAT)
ACCUSE_CODE = "112"  # CAMEO accuse, not specified
NAMED_PARTY_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
STOCKING_VERBS = MAKING_VERBS | {"stockpile", "store"}  # "militants make/stockpile roadside bombs": not used
CONFLICT_QUADS = frozenset({3, 4})  # verbal and material conflict: where a support verb may carry an event noun
RIGHT_STATEMENT_VERBS = frozenset({  # "insisted that Turkey has the right to keep its borders secure": endorsement
    "say", "insist", "stress", "argue", "maintain", "reiterate", "affirm", "assert", "declare", "believe", "state",
    "emphasise", "emphasize", "underline", "add", "agree",
})
RELATIVE_PRONOUNS = frozenset({"that", "which", "whom", "who"})
ENDORSE_CODE = "051"  # CAMEO praise or endorse (PLOVER SUPPORT)


def find_triggers(sent: Span, dictionaries: Dictionaries) -> Iterator[tuple[Token, TriggerSense]]:
    """Tokens of the sentence that express an event, with the sense the lexicon gives them."""
    lexicon, doc = dictionaries.triggers, sent.doc
    labels = token_labels(doc)
    for i in range(sent.start, sent.end):
        pos = labels.pos[i]  # a lemma the lexicon lacks codes nothing: the argument reading is skipped
        if pos != "VERB" and pos not in NOMINAL_POS:
            continue  # no other word starts an event (read off the Doc's arrays: no Token made for it)
        token = doc[i]
        if not may_start_event(pos, token.lemma_.lower(), lexicon):
            continue
        if (felt := experiencer_sense(token)) is not None:
            yield token, felt  # "Turkey is angry at the US": a predicate, neither modifier nor unit struck
            continue
        if pos == "VERB":
            lemma = verb_lemma(token)
            sense = right_sense(token) or judged_sense(token) or withheld_sense(token) or repelled_sense(token, lexicon) or (
                verb_sense(token, lexicon) if may_be_verb_trigger(lexicon, lemma) else None
            ) or commitment_sense(token, lexicon) or order_sense(token, lexicon) or claim_sense(token, lexicon)
            sense = protest_refusal(token) or (  # nonevents, stoppages
                warned_criticism(token, verbal_clash(token, sense)) if sense else None)
        elif pos == "NOUN" and (claim := claim_sense(token, lexicon)) is not None:
            sense = claim
        elif (
            pos in NOMINAL_POS
            and may_be_noun_trigger(lexicon, lemma := token.lemma_.lower())
            and _is_nominal(token)
            and not _object_of_trigger_verb(token, dictionaries)
            and not is_made_weapon(token)
        ):
            sense = lookup_noun(
                lexicon,
                lemma,
                compounds=noun_modifiers(token),  # "air strike", "two weeks of strikes" (coding.stoppages)
            )
        else:
            continue
        if sense is not None and not _is_descriptive_modifier(token, sense) \
                and not _struck_unit(token, sense, lexicon) and not _reports_no_act(token, sense):
            yield token, sense


def _reports_no_act(token: Token, sense: TriggerSense) -> bool:
    """A stay, a warning of others' danger, a habit of a place, a capability or possibility, an insistence on
    one's own course (coding.nonevents)."""
    if token.pos_ != "VERB":
        return False
    return is_plain_stay(token, sense.cameo) or (sense.event_type == "THREATEN" and is_danger_warning(token)) \
        or is_habit_of_place(token) or is_generic_statement(token) or insists_on_own_course(token)


def may_start_event(pos: str, lemma: str, lexicon: TriggerLexicon) -> bool:
    """Whether a word of this part of speech and (lowercased) lemma may express an event at all, the cheap test
    `find_triggers` makes before reading a word's parse: any verb; a noun, proper noun or adjective only where its
    lemma names an event noun, a claim ("claims that") or felt disapproval ("angry at"); no other word."""
    if pos == "VERB":
        return True
    return pos in NOMINAL_POS and (
        lemma in CLAIM_LEMMAS or may_be_noun_trigger(lexicon, lemma)
        or (pos == "ADJ" and experiencer_code(lemma) is not None)  # (`experiencer` reads no noun)
    )


def experiencer_sense(pred: Token) -> TriggerSense | None:
    """Felt disapproval of a named party by the one who feels it, CAMEO 111/110 (triggers.experiencer_code):
    "Turkey is angry at the support the US provides", "Turkey was angered by the US", "the US is frustrated
    Russia has not ...". Who feels is the source, not the target a passive subject usually is
    (arguments.experiencer); a cause naming no party ("angry at the decision") codes nothing."""
    if experiencer(pred) is None or (cause := experience_cause(pred)) is None or not _names_party(cause):
        return None
    code = experiencer_code(pred.lemma_.lower())
    return sense_of_code(code, pattern=f"{pred.lemma_.lower()} at/by/that <party>") if code is not None else None


def repelled_sense(verb: Token, lexicon: TriggerLexicon) -> TriggerSense | None:
    """A force that "was turned back / pushed back / repelled" with no repeller named falls back: PLOVER RETREAT
    (CAMEO 0874), its passive subject the doer (arguments.repelled_patient). The subject must be what the active
    verb repels ("turned back the militants", not "pushed back the deadline"), or a pronoun (a force named
    before: "They were turned back")."""
    patient = repelled_patient(verb)
    if patient is None:
        return None
    if patient.pos_ != "PRON" and getattr(verb_sense(verb, lexicon), "event_type", None) != "ASSAULT":
        return None
    return sense_of_code(RETREAT_CODE, pattern=f"{verb.lemma_.lower()} back/repelled, passive, no repeller")


def event_lemmas(lexicon: TriggerLexicon) -> frozenset[str]:
    """Every lemma `find_triggers` can start an event from: the lexicon's verbs and nouns with a sense of their
    own, claim and commitment verbs, predicates of felt disapproval ("angry at"). A pure light verb ("carried out
    an attack") is left out: its event is its object noun's, itself in the set (a fast pre-filter: a sentence with
    none of these codes nothing)."""
    return trigger_lemmas(lexicon, include_light=False) | CLAIM_LEMMAS | COMMITMENT_VERBS | experiencer_lemmas()


def verb_sense(verb: Token, lexicon: TriggerLexicon) -> TriggerSense | None:
    """The event a verb expresses with its particle, prepositions and objects; None for none, and for a light
    verb, whose object noun carries the event ("carried out an attack", "were engaged in ethnic cleansing").
    Where a counted object's "of" phrase decides nothing, the counted noun does ("intercepted 15 members of a
    group" intercepts members)."""
    if asks_question(verb):
        return None  # "asked him if he had fled", "'Who was it?' Mendeloff asked": a question, no request
    obj = event_object(verb)
    frame = _verb_frame(verb)  # worked out once: every lookup below reads the same verb
    sense = _frame_lookup(verb, lexicon, frame, obj=obj)
    doc, (pos, deps) = verb.doc, token_labels(verb.doc)
    complement = next((doc[k] for k in child_indexes(doc, verb.i) if deps[k] == "xcomp" and pos[k] == "VERB"), None)
    if sense is not None and obj is None and complement is not None \
            and _frame_lookup(verb, lexicon, frame, obj=complement) is None:
        return None  # "refused to comment", "declined to say": a complement listed as no event
    counted = child_with(verb, ("dobj",))
    if counted is not None and obj is not None and obj != counted \
            and sense == _frame_lookup(verb, lexicon, frame, obj=None, complement=False):
        return _frame_lookup(verb, lexicon, frame, obj=counted) or sense
    return sense


def support_noun(verb: Token, sense: TriggerSense, lexicon: TriggerLexicon) -> Token | None:
    """The event noun a support verb only opens or pursues ("opened an investigation", "an inquiry was opened"):
    where the verb codes no such event without its object, and its direct object (or passive subject) is a noun
    whose own sense is the verb's event (same type and CAMEO root), the verb adds nothing and the noun is the
    event's trigger word, as news annotation (ACE, KAIROS) marks it; None where the verb tells more than its noun
    ("demanded an investigation") or acts on it ("troops repelled the incursion": the repelling is the act), where
    the noun is a weapon ("dropped barrel bombs"), and for cooperation, whose verb is the act itself ("signed a
    ceasefire")."""
    if verb.pos_ != "VERB" or sense.quad_class not in CONFLICT_QUADS:
        return None
    bare = _verb_lookup(verb, lexicon, obj=None, complement=False)
    if bare is not None and bare.event_type == sense.event_type:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.pos_ != "NOUN" or is_instrument(obj.lemma_, sense.event_type):
        return None
    compounds = [c.lower_ for c in obj.lefts if c.dep_ in ("compound", "amod")]
    own = lookup_noun(lexicon, obj.lemma_.lower(), compounds=compounds)
    same = own is not None and own.event_type == sense.event_type and own.cameo[:2] == sense.cameo[:2]
    return obj if same else None


def verb_lemma(verb: Token) -> str:
    """The verb's lemma, with a hyphenated "re-" that the tokenizer split off put back: "re-examine" is three
    tokens (re, -, examine), and the lexicon lists some re- verbs whose base verb codes nothing or something else
    (re-examine: investigate). A re- verb the lexicon lacks falls back to its base verb (triggers.lookup_verb)."""
    lemma = verb.lemma_.lower()
    if verb.i < 2:
        return lemma
    hyphen = verb.doc[verb.i - 1]  # the sentence's own tokens only: neither the verb nor the hyphen starts it
    if hyphen.text != "-" or hyphen.whitespace_ or verb.is_sent_start or hyphen.is_sent_start:
        return lemma
    prefix = verb.doc[verb.i - 2]
    return f"re-{lemma}" if not prefix.whitespace_ and prefix.lower_ == "re" else lemma


def asks_question(verb: Token) -> bool:
    """Whether "ask" puts a question rather than a request: its clause is an indirect question ("asked the agent
    if the suspect had fled", "asked whether talks would resume"), or it has no complement at all, as when it
    reports a quoted question ("'Who was it?' Mendeloff asked"), or its clause is a direct question ending in "?".
    A request names what is asked for ("asked for help", "asked Israel to help", "asked that troops leave")."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "advcl")]
    if any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for c in clauses for m in c.children):
        return True
    if any(m.dep_ == "punct" and m.text == "?" for c in clauses for m in c.children):
        return True  # "'Why are we fighting for our enemy?' Trump asked": a quoted direct question
    return not clauses and not any(c.dep_ in REQUEST_DEPS for c in verb.children)


def _verb_lookup(verb: Token, lexicon: TriggerLexicon, *, obj: Token | None,
                 complement: bool = True) -> TriggerSense | None:
    """`verb_sense` with `obj` as the object; where that codes nothing, with the noun the object is made into
    ("took 20 people hostage", "were taken hostage") as the object."""
    return _frame_lookup(verb, lexicon, _verb_frame(verb), obj=obj, complement=complement)


class _VerbFrame(NamedTuple):
    """What a verb's lookups read besides its object: its lemma, particle, prepositions and their objects."""

    lemma: str
    particle: str | None
    preps: list[str]
    prep_objects: list[tuple[str, str]]


def _verb_frame(verb: Token) -> _VerbFrame:
    doc, deps = verb.doc, token_labels(verb.doc).dep
    preps = _verb_preps(verb)
    prep_objects = [(c.lower_, doc[o].lemma_.lower()) for c in preps for o in child_indexes(doc, c.i) if deps[o] == "pobj"]
    return _VerbFrame(verb_lemma(verb), _particle(verb), [c.lower_ for c in preps],
                      prep_objects + predicative_as(verb))


def _frame_lookup(verb: Token, lexicon: TriggerLexicon, frame: _VerbFrame, *, obj: Token | None,
                  complement: bool = True) -> TriggerSense | None:
    """`_verb_lookup` with the verb's frame worked out already."""
    if is_light_verb(lexicon, frame.lemma, particle=frame.particle, preps=frame.preps):
        return None
    sense = _lookup_with(lexicon, frame, obj=obj)
    if sense is None and complement and (made := object_complement(verb)) is not None and made != obj:
        return _frame_lookup(verb, lexicon, frame, obj=made, complement=False)
    return sense


def object_complement(verb: Token) -> Token | None:
    """The noun a verb makes its object into: an object predicate ("were taken hostage") or the second of two
    bare objects where the parser gives two ("took 20 people hostage"); None otherwise."""
    made = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"), None)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return made or (objects[1] if len(objects) == 2 else None)


def _lookup_with(lexicon: TriggerLexicon, frame: _VerbFrame, *, obj: Token | None) -> TriggerSense | None:
    return lookup_verb(
        lexicon,
        frame.lemma,
        particle=frame.particle,
        preps=frame.preps,
        object_lemma=obj.lemma_.lower() if obj is not None else None,
        object_compounds=[c.lower_ for c in obj.lefts] if obj is not None else (),
        prep_objects=frame.prep_objects,
    )


def _verb_preps(verb: Token) -> list[Token]:
    """The verb's prepositions and agent, not those of a date or time ("On Friday, Macron called the explosion an
    attack" is no "call on")."""
    doc, deps = verb.doc, token_labels(verb.doc).dep  # Tokens made only for the prepositions and their objects
    return [
        doc[c] for c in child_indexes(doc, verb.i)
        if deps[c] in ("prep", "agent")
        and not any(deps[o] == "pobj" and doc[o].ent_type_ in ("DATE", "TIME") for o in child_indexes(doc, c))
    ]


def predicative_as(verb: Token) -> list[tuple[str, str]]:
    """("as", word) for the predicate of "described the move as provocative", "described him in a speech as a
    terrorist", where the parser hangs "as" on the object or on another phrase's noun instead of the verb."""
    doc, (pos, dep) = verb.doc, token_labels(verb.doc)  # Tokens made only for the prepositions and predicates
    kids = child_indexes(doc, verb.i)
    hosts = [c for c in kids if dep[c] == "dobj"]
    hosts += [o for c in kids if dep[c] == "prep" and doc[c].lower_ != "as" for o in child_indexes(doc, c)
              if dep[o] == "pobj"]
    return [
        ("as", doc[o].lemma_.lower())
        for host in hosts
        for c in child_indexes(doc, host)
        if dep[c] == "prep" and doc[c].lower_ == "as"
        for o in child_indexes(doc, c)
        if dep[o] in ("pobj", "amod", "acomp") or (dep[o] == "conj" and pos[o] == "ADJ")
    ]


def commitment_sense(verb: Token, lexicon: TriggerLexicon) -> TriggerSense | None:
    """A commitment whose complement codes no event is the intent itself, CAMEO 030 ("Vietnam is committed to
    opening up the economy"); where the complement codes an act, that act is the event (frames.py)."""
    complement = commitment_complement(verb)
    if complement is None or any(_codes_event(t, lexicon) for t in complement.subtree):
        return None
    return sense_of_code(INTENT_CODE, pattern=f"verb {verb.lemma_.lower()} to, no act framed")


def order_sense(verb: Token, lexicon: TriggerLexicon) -> TriggerSense | None:
    """An order to a party whose ordered act codes no event is the demand itself, CAMEO 100 ("a judge ordered
    Menem to appear for questioning in an investigation": an event further down the act's phrases is not what is
    ordered); where the act codes an event, that act is coded as demanded (frames.py: "ordered the minister to
    resign")."""
    act = ordered_complement(verb)
    acts = [act, *(c for c in act.children if c.dep_ in ("dobj", "xcomp"))] if act is not None else []
    if not acts or any(_codes_event(t, lexicon) for t in acts):
        return None  # the act, or the noun a light verb takes ("to launch an attack"), is the event
    return sense_of_code(DEMAND_CODE, pattern=f"verb {verb.lemma_.lower()} <party> to, no act framed")


def claim_sense(token: Token, lexicon: TriggerLexicon) -> TriggerSense | None:
    """A claim or argument that another named party is or does something, where that clause codes no event of its
    own, is an accusation, CAMEO 112 ("claim that Turkey aims to carve out", "arguing that the YPG is linked to
    the PKK", "Ankara's claims that Afrin is led by the PKK"); a clause that codes an act keeps that act, claimed.
    A claim of where a party went or was ("prosecutors claim McVeigh arrived in Junction City") accuses it of
    nothing."""
    if token.lemma_.lower() not in CLAIM_LEMMAS:
        return None
    for clause in (c for c in token.children if c.dep_ in ("ccomp", "acl") and c.pos_ in ("VERB", "AUX")):
        if token.pos_ == "NOUN" and not any(m.dep_ == "mark" for m in clause.children):
            continue  # "claims made by", not "claims that"
        if any(_codes_event(t, lexicon) for t in _own_clause(clause)):
            return None
        if clause.lemma_.lower() in WHEREABOUTS_VERBS:
            continue
        if any(_names_party(p) for p in _clause_parties(clause)):
            return sense_of_code(ACCUSE_CODE, pattern=f"{token.lemma_.lower()} that <party> ..., no act coded")
    return None


def right_sense(verb: Token) -> TriggerSense | None:
    """A statement that another party has the right to act ("Johnson insisted that Turkey has the right to keep
    its borders secure", "the US said Israel has every right to defend itself") endorses that party: CAMEO 051
    (PLOVER SUPPORT), the right's holder its target (recipients.ABOUT_CLAUSE_CODES). Not a pronoun holder, mostly
    the speaker's own right ("said it has the right to respond"), nor a right denied ("has no right to")."""
    if verb.lemma_.lower() not in RIGHT_STATEMENT_VERBS:
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() == "have"):
        holder = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        right = next((c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() == "right"), None)
        if holder is None or right is None or holder.pos_ == "PRON" or not _names_party(holder):
            continue
        if any(c.dep_ == "neg" for c in clause.children) or any(c.lower_ == "no" for c in right.children):
            continue
        return sense_of_code(ENDORSE_CODE, pattern=f"{verb.lemma_.lower()} that <party> has the right to")
    return None


def judged_sense(verb: Token) -> TriggerSense | None:
    """A verdict that a party or its act is a threat or terrorist ("Ankara decided the plan was an intolerable
    threat", "Erdogan called the YPG a terrorist army", "a prospect that Ankara deemed a threat"): the judge's
    accusation, CAMEO 112 (PLOVER ACCUSE), the judged party its target (coding.verdicts)."""
    if not is_verdict(verb):
        return None
    return sense_of_code(ACCUSE_CODE, pattern=f"{verb.lemma_.lower()} <party> a threat/terrorist")


def withheld_sense(verb: Token) -> TriggerSense | None:
    """Permission to move withheld ("a resident who has not been given permission to leave", "civilians were not
    allowed to leave"): a restriction of movement, CAMEO 191 (PLOVER COERCE), coding.permission."""
    if movement_withheld(verb) is None:
        return None
    return sense_of_code(RESTRICT_MOVEMENT_CODE, pattern=f"not {verb.lemma_.lower()} (permission) to leave/go")


def _own_clause(clause: Token) -> list[Token]:
    """The clause's words without the relative and adverbial clauses hanging off its phrases ("the PKK, with whom
    it has fought an insurgency")."""
    found, stack = [], [clause]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "acl", "advcl", "appos", "parataxis"))
    return found


def _clause_parties(clause: Token) -> list[Token]:
    agents = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return agents + [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]


def _names_party(head: Token) -> bool:
    """A phrase that names someone: a proper noun or a named entity (not a pronoun, which is mostly the speaker)."""
    return head.pos_ != "PRON" and any(
        t.ent_type_ in NAMED_PARTY_LABELS or t.pos_ == "PROPN" for t in head.doc[head.left_edge.i : head.i + 1]
    )


def _codes_event(token: Token, lexicon: TriggerLexicon) -> bool:
    if token.pos_ == "VERB":
        return verb_sense(token, lexicon) is not None
    return _is_nominal(token) and lookup_noun(lexicon, token.lemma_.lower()) is not None


def event_object(verb: Token) -> Token | None:
    """The object that decides what a verb expresses: the thing given or done where a verb has two objects
    ("gave Tanzania a grant"), the thing a measure counts ("gave 5.1 million dollars of aid"), the noun a
    participle describes ("a landmine planted by the group")."""
    obj = (
        _antecedent(verb, _dateless(child_with(verb, ("dobj",))))
        or _dateless(verb_object(verb))  # "pleaded not guilty on Wednesday": the day is no object
        or _modified_noun(verb)
        or _reduced_relative_object(verb)
        or next((c for c in verb.children if c.dep_ == "acomp"), None)  # "pleaded not guilty"
        or ergative_subject(verb)  # "operations have all but stopped": what the operations stopped
    )
    if obj is not None and is_measure(obj):
        return next(
            (
                o
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            obj,
        )
    return obj


def _antecedent(verb: Token, obj: Token | None) -> Token | None:
    """A relative pronoun object stands for the noun its clause hangs on: "the dangers that journalists defy"
    defy dangers, "the aid that Britain sent" sends aid."""
    if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        return verb.head
    return obj


def _dateless(token: Token | None) -> Token | None:
    """The token, unless it is a date or time (the parser's object of "on Wednesday", "Tuesday")."""
    return None if token is None or token.ent_type_ in ("DATE", "TIME") else token


def _modified_noun(verb: Token) -> Token | None:
    """The noun a participle describes stands as its object: "a landmine planted by the group" plants a landmine."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _reduced_relative_object(verb: Token) -> Token | None:
    """The object the parser made the subject of a reduced relative it took for a clause ("discovered a large
    amount of ammunition believed to belong to the PKK": "amount" hangs on "believed")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in ("VBN", "VBD")
                   and c.lemma_.lower() in REDUCED_RELATIVE_VERBS
                   and any(x.dep_ == "xcomp" for x in c.children)), None)
    if clause is None:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i
                 and c.pos_ == "NOUN"), None)


def _particle(verb: Token) -> str | None:
    """The verb's particle, also where the parser made it an adverb ("pushed back the militants")."""
    doc, deps = verb.doc, token_labels(verb.doc).dep  # a Token made only for a child that may be the particle
    for k in child_indexes(doc, verb.i):
        if deps[k] == "prt" or (deps[k] == "advmod" and 0 < k - verb.i <= 3 and doc[k].lower_ in ADVMOD_PARTICLES):
            return doc[k].lower_
    return None


def _is_descriptive_modifier(token: Token, sense: TriggerSense) -> bool:
    """ "forces backed by Iran", "Iranian-supported militias": a sponsor relation the actor records, not an event;
    "ousted president Aristide", "jailed leader X": a participle before a name describes the named party."""
    head = token.head
    if (
        token.dep_ == "amod"
        and token.tag_ == "VBN"
        and token.i < head.i
        and (head.pos_ == "PROPN" or (head.dep_ == "compound" and head.head.pos_ == "PROPN"))
    ):
        return True
    if token.dep_ == "amod" and token.tag_ == "VBN" and token.i < head.i and sense.event_type == "CONSULT":
        return True  # "telephoned warnings": how the warning came, not a call of its own
    if is_document_kind(token):
        return True  # "charging papers pointed out": the kind of paper, no charge made (coding.misparses)
    return token.dep_ in ("acl", "amod") and token.tag_ == "VBN" and sense.event_type in MODIFIER_TYPES


def _struck_unit(noun: Token, sense: TriggerSense, lexicon: TriggerLexicon) -> bool:
    """A force noun (a patrol, a convoy) that a violent verb acts on names the unit struck, not a deployment:
    "opened fire on a police patrol", "crashed into a foot patrol", "ambushed a convoy"."""
    if noun.pos_ == "VERB" or sense.event_type != "MOBILIZE":
        return False
    verb = light_verb_of(noun)
    return verb is not None and (struck := verb_sense(verb, lexicon)) is not None \
        and struck.event_type == "ASSAULT"


def is_made_weapon(noun: Token) -> bool:
    """A weapon noun ("roadside bombs", "car bombs") that a verb of making or stocking takes as object, or a
    conjunct of one ("using IEDs to make roadside bombs and landmines"): the text names the weapon as a thing
    made, not an attack with it."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    verb = noun.head
    return (
        is_instrument(noun.lemma_, "ASSAULT")
        and noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in STOCKING_VERBS
    )


def _is_nominal(token: Token) -> bool:
    """Nouns, and adjectives the tagger got wrong where a noun stands ("launched an offensive"); not a date's
    words ("talks began in March")."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    return token.pos_ in ("NOUN", "PROPN") or (token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS)


def _object_of_trigger_verb(noun: Token, dictionaries: Dictionaries) -> bool:
    """Whether the verb a noun is the object of codes the event with it ("took hostages", "engaged them in a
    firefight", "killed two in a bomb attack"); not a verb that blames a party for it (coding.attribution)."""
    verb, lexicon = light_verb_of(noun), dictionaries.triggers
    if verb is None and noun.dep_ == "nsubj" and ergative_subject(noun.head) == noun:
        verb = noun.head  # "air strikes ceased": the ceasing is the event, as in "ceased air strikes"
    return (
        verb is not None
        and may_be_verb_trigger(lexicon, verb.lemma_.lower())
        and (sense := _verb_lookup(verb, lexicon, obj=noun)) is not None
        and attribution_of(noun) is None  # "blamed X for the bombing": the bombing is an event of its own
        and not _requested_act(verb, noun, sense, lexicon)
    )


def _requested_act(verb: Token, noun: Token, sense: TriggerSense, lexicon: TriggerLexicon) -> bool:
    """Whether a bare request row ("called for protests", "urged a general strike") calls for dissent the noun codes:
    a call made to the caller's followers, their protest is an event (coding.implicit.calling_party)."""
    own = lookup_noun(lexicon, noun.lemma_.lower())
    if sense.event_type != "REQUEST" or own is None or own.event_type != "PROTEST":
        return False  # "calls for US support": an act asked of another is the request's content
    return _frame_lookup(verb, lexicon, _VerbFrame(*_verb_frame(verb)[:3], []), obj=None) == sense


def civil_targeting(
    trigger: Token, sense: TriggerSense, *, source: Actor | None, lexicon: TriggerLexicon
) -> TriggerSense:
    """A government or international body "targeting" officials, firms or banks (SANCTIONED_PARTIES) with no
    force, weapon or attack word in its clause imposes sanctions on them (CAMEO 163, PLOVER SANCTION: "the Trump
    administration targeted 13 more Venezuelan officials"), not an assault; an armed party's targeting of
    officials ("gunmen targeted officials") or a government's "targeted rebel positions" stays an assault."""
    if trigger.lemma_.lower() not in CIVIL_TARGETING_VERBS or sense.event_type != "ASSAULT" or source is None \
            or source.sector not in CIVIL_AUTHORITY_SECTORS:
        return sense
    obj = verb_object(trigger)
    if obj is None or obj.lemma_.lower() not in SANCTIONED_PARTIES or _names_force(trigger, lexicon):
        return sense
    return sense_of_code(SANCTION_CODE, pattern=f"{sense.pattern}, by a civilian authority") or sense


def _names_force(trigger: Token, lexicon: TriggerLexicon) -> bool:
    """Whether the trigger's clause names force: a noun of violence or coercion ("strike", "raid") or a weapon
    ("missiles", "drones")."""
    for token in trigger.subtree:
        sense = lookup_noun(lexicon, token.lemma_.lower()) if token.pos_ == "NOUN" and token != trigger else None
        if sense is not None and sense.event_type in ("ASSAULT", "COERCE"):
            return True
        if is_instrument(token.lemma_, "ASSAULT"):
            return True
    return False
