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
  danger or a suspicion ("locals warned the police of their fears about the bomber": a tip-off). A warning that
  another's act or a state of affairs does harm ("warned that mass killings by the regime undermine all chances of
  a settlement", "warned that the settlements jeopardise peace") promises nothing by the warner: it criticises
  that act, CAMEO 111 (`warned_criticism`).
- Insisting on one's own course: "Javid insisted he would do all in his power to prevent her return", "Iran
  insists it will not give up enrichment" state what the speaker will (not) do, no demand made of anyone
  (`insists_on_own_course`); "insisted that Israel withdraw" is still a demand.
- History told by its period: "the fighter who in the 19th century spearheaded fierce resistance", "troops were
  deployed to repel incursions in the 1990s" date the act to a century or a decade that ended before last year;
  like "the 1994 genocide" (coding.incidents.is_dated_background) that is background, not an act reported.
- Habits of a place or a time: "the estate where the IRA leaders meet and plan their operations" describes what
  happens there, in the simple present, not an act reported (a relative clause opened by "where" or "when").
- What a kind of thing can do: "a democracy where people could publicly attack the head of state", "a force that
  could support its heavy weapons" describe a kind by a capability (a relative clause with "can", "could", "may"
  or "might" on an indefinite noun, or opened by "where"/"when"), and "it is not possible to discuss its details"
  states a possibility: no act reported (`is_generic_statement`). So does a standing role in backing an
  abstraction: "the US's traditional role in supporting the global rules-based system" (a role, record or history
  noun + "in" + a gerund whose object is a system, an order, values or a principle), where "Iran's role in
  supporting the Houthis" names a party helped and stays an act. What one intends or expects another should do
  ("did not intend that the Kurds should execute such detainees") is neither a demand nor the act.
- A clash between politicians: "the senator has clashed repeatedly with Trump" is a quarrel, CAMEO 111 (criticize
  or denounce), not a fight: a "clash" whose subject is a person named or titled (`verbal_clash`).
- A charge of violation: "warned that the settlements violate international law", "called for an end to the
  strikes as it violates international law" make the speaker's charge against an act or a thing (the subject is
  no party the actor dictionary reads, or a pronoun in a reason clause of a request or criticism): no defiance
  by a party (`is_charged_violation`); "Russia violated the ceasefire" stays.
- Private exchanges: a verbal or cooperative act between private people ("a man rejected him") is no event
  (`is_private_exchange`, applied by coding.events once the parties are read).

Pure functions over spaCy tokens.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from ..records import Actor
from .triggers import TriggerSense, sense_of_code

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
HABIT_TAGS = frozenset({"VBP", "VBZ"})  # the simple present: "where the leaders meet", "where it happens"
HABIT_RELATIVES = frozenset({"where", "when", "whenever", "wherever"})
PERIOD_PREPS = frozenset({"in", "during", "throughout"})  # "in the 19th century", "during the 1990s"
DECADE = re.compile(r"(1\d|20)\d0s")  # "1990s" (the decade ends nine years after its first)
ORDINALS = (  # "nineteenth century": the century's number is the word's place, counted from one
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth", "twenty-first",
)
ABILITY_MODALS = frozenset({"can", "could", "may", "might", "ca"})  # "ca" is "can" of "can't" as spaCy splits it
INDEFINITE_DETS = frozenset({"a", "an", "any", "no", "such"})  # "a force that could ...": a kind, not one party
POSSIBILITY_ADJS = frozenset({"possible", "impossible", "difficult", "hard", "easy", "feasible"})
ROLE_NOUNS = frozenset({"role", "record", "history", "tradition", "part", "reputation", "legacy"})
ABSTRACT_OBJECTS = frozenset({  # what a standing role upholds, no party: "a role in supporting the rules-based system"
    "system", "order", "value", "principle", "norm", "rule", "ideal", "idea", "cause", "democracy", "freedom",
    "multilateralism", "globalisation", "globalization", "architecture", "framework", "consensus", "institution",
})
INTENT_GOVERNORS = frozenset({  # "did not intend that the Kurds should execute them": an intention, no demand
    "intend", "mean", "expect", "anticipate", "envisage", "foresee", "imagine",
})
OBLIGATION_MODALS = frozenset({"should", "must", "ought"})
CLASH_VERBS = frozenset({"clash"})
TITLED_PERSONS = frozenset({  # people a political title names: a clash among them is a quarrel
    "senator", "minister", "president", "lawmaker", "legislator", "politician", "chancellor", "premier", "mp",
    "governor", "mayor", "secretary", "ambassador", "speaker", "candidate", "leader", "chairman", "spokesman",
    "spokeswoman", "congressman", "congresswoman", "diplomat", "envoy", "official", "prosecutor", "judge",
    "republican", "democrat", "tory",  # a party's member: "the Tennessee Republican has clashed with Trump"
})
CRITICIZE_CODE = "111"  # CAMEO criticize or denounce (PLOVER ACCUSE, disapprove)
HARM_VERBS = frozenset({  # what a criticised act does to a good: "undermine all chances", "jeopardise peace"
    "undermine", "jeopardise", "jeopardize", "endanger", "imperil", "threaten", "damage", "harm", "hurt", "erode",
    "derail", "wreck", "sabotage", "destabilise", "destabilize", "violate", "breach", "hamper", "hinder",
    "obstruct", "compromise", "poison", "fuel", "inflame", "exacerbate", "aggravate", "deepen", "prolong",
})
WARNER_PRONOUNS = frozenset({"we", "i", "it", "they", "he", "she"})  # may be the warner: "warned it would hurt"
INSISTING_VERBS = frozenset({"insist"})  # a demand when it insists on another's act, CAMEO 100
FUTURE_AUXES = frozenset({"will", "would", "shall", "'ll", "wo"})  # "wo" is "will" of "won't" as spaCy splits it
VIOLATION_VERBS = frozenset({"violate", "breach", "contravene", "flout", "infringe"})
REASON_MARKS = frozenset({"as", "because", "since"})
CHARGING_LEMMAS = frozenset({  # a request or a criticism whose reason clause may charge a violation
    "call", "urge", "demand", "ask", "appeal", "press", "condemn", "criticise", "criticize", "denounce", "slam",
    "accuse", "blame", "protest", "object", "oppose", "reject", "warn", "complain", "deplore", "decry",
})
PARTY_NOUNS = frozenset({  # nouns naming a party the dictionary reads only with a name: "the group violated"
    "group", "side", "country", "nation", "faction", "organisation", "organization", "movement", "member",
    "leader", "people", "authority", "neighbour", "neighbor", "ally", "partner", "power", "signatory",
    "ship", "vessel", "boat",  # a craft stands for its crew, as the dictionary reads "jet" or "drone"
})
PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
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


def dated_to_past_period(trigger: Token, *, published_year: int) -> bool:
    """An act whose clause dates it to a century or a decade that ended before last year ("who in the 19th century
    spearheaded resistance", "deployed to repel incursions in the 1990s"): history, not an act reported. Read on
    the trigger, the verb a noun trigger is the object of, and a verb's purpose or complement clause."""
    heads = [trigger]
    if trigger.pos_ != "VERB" and trigger.dep_ in ("dobj", "nsubjpass") and trigger.head.pos_ == "VERB":
        heads.append(trigger.head)
    heads += [c for h in list(heads) for c in h.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"]
    return any(
        (end := _period_end(obj)) is not None and end < published_year - 1
        for head in heads for prep in head.children if prep.dep_ == "prep" and prep.lower_ in PERIOD_PREPS
        for obj in prep.children if obj.dep_ == "pobj"
    )


def _period_end(noun: Token) -> int | None:
    """The last year of the period a date noun names: "1990s" → 1999, "the 19th century" → 1900; None otherwise."""
    if DECADE.fullmatch(noun.lower_):
        return int(noun.lower_[:4]) + 9
    if noun.lemma_.lower() != "century":
        return None
    for mod in noun.children:
        number = mod.lower_.rstrip("stndrh") if mod.lower_[:1].isdigit() else None
        if number is not None and number.isdigit():
            return int(number) * 100
        if mod.lower_ in ORDINALS:
            return (ORDINALS.index(mod.lower_) + 1) * 100
    return None


def is_habit_of_place(verb: Token) -> bool:
    """A verb in the simple present that a "where"/"when" relative clause heads, or a conjunct of one ("the estate
    where the IRA leaders meet and plan their operations"): what habitually happens there, not an act reported."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "meet and plan": the first conjunct carries the tense
    clause = [verb, *verb.conjuncts]
    return (
        verb.dep_ == "relcl" and verb.tag_ in HABIT_TAGS
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "advmod" and c.lower_ in HABIT_RELATIVES for v in clause for c in v.children)
    )


def is_generic_statement(verb: Token) -> bool:
    """A capability that describes a kind ("a democracy where people could attack the head of state", "a force
    that could support its heavy weapons": a relative clause with an ability modal on an indefinite noun or opened
    by "where"/"when"), a possibility stated of no party ("it is not possible to discuss its details"), a
    standing role in backing an abstraction, or what one intends another should do (`_intended_obligation`)."""
    head = verb.head
    if verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ABILITY_MODALS for c in verb.children):
        return any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETS for c in head.children) \
            or any(c.dep_ == "advmod" and c.lower_ in HABIT_RELATIVES for c in verb.children)
    if _standing_role(verb) or _intended_obligation(verb):
        return True
    if verb.dep_ != "xcomp" or head == verb:
        return False
    adjectives = [head] + [c for c in head.children if c.dep_ == "acomp"]
    return any(a.lemma_.lower() in POSSIBILITY_ADJS for a in adjectives) \
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children)


def _standing_role(verb: Token) -> bool:
    """A gerund after a role noun's "in" whose object is an abstraction ("the US's role in supporting the global
    rules-based system"); the parser may hang "in" on the verb before the noun, so the word before "in" counts."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.i == 0:
        return False
    if not {prep.head.lemma_.lower(), prep.nbor(-1).lemma_.lower()} & ROLE_NOUNS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ABSTRACT_OBJECTS for c in verb.children)


def _intended_obligation(verb: Token) -> bool:
    """An act a clause of intent or expectation says another should do ("the defence secretary did not intend that
    the Kurds should execute such detainees", "nobody expected that Iran must retreat"): an intention, neither a
    demand made of the party nor its act."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in INTENT_GOVERNORS \
        and any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in verb.children)


def verbal_clash(verb: Token, sense: TriggerSense) -> TriggerSense:
    """A "clash" whose subject is a person named or titled ("the senator has clashed repeatedly with Trump",
    "Johnson clashed with the EU"): politicians quarrel, CAMEO 111, where armed or crowd subjects fight."""
    if verb.lemma_.lower() not in CLASH_VERBS or sense.event_type != "ASSAULT":
        return sense
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in TITLED_PERSONS):
        return sense
    return sense_of_code(CRITICIZE_CODE, pattern=f"{sense.pattern}, by a person") or sense


def warned_criticism(verb: Token, sense: TriggerSense) -> TriggerSense:
    """A warning (THREATEN) whose clause says that another's act or a state of affairs harms a good ("warned that
    mass killings by the regime undermine all chances of a settlement", "cautioned that the strikes violate
    international law"): the warner promises no act of its own, it criticises, CAMEO 111 (PLOVER ACCUSE). The
    clause's subject is a noun, not a pronoun that may be the warner ("warned it would hurt them" stays a threat),
    nor an act yet to come ("warned that any attack would endanger the region": a deterrent, a threat)."""
    if sense.event_type != "THREATEN" or verb.lemma_.lower() not in WARNING_VERBS:
        return sense
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in HARM_VERBS):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in WARNER_PRONOUNS \
                and not any(c.dep_ == "det" and c.lower_ == "any" for c in subject.children):
            return sense_of_code(CRITICIZE_CODE, pattern=f"{sense.pattern}, that <act> harms") or sense
    return sense


def insists_on_own_course(verb: Token) -> bool:
    """An insisting verb whose clause is the speaker's own future act ("Javid insisted he would do all in his
    power", "Tehran insists it will not give up enrichment"): a pronoun subject with will/would, a statement of
    intent or refusal, no demand of another party."""
    if verb.lemma_.lower() not in INSISTING_VERBS or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ in WARNER_PRONOUNS \
                and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXES for c in clause.children):
            return True
    return False


def is_charged_violation(verb: Token, sense: TriggerSense, *, read: Callable[[str], Actor | None]) -> bool:
    """A violation (REJECT) that is the speaker's charge, not a party's defiance: its subject is an act or a
    thing ("the Israeli settlements violate international law": a noun the actor dictionary does not read as a
    party), or a pronoun in a reason clause of a request or criticism ("calling for an end to the strikes, as it
    violates international law"). "Russia violated the ceasefire", "the regime breached the deal" stay."""
    if sense.event_type != "REJECT" or verb.lemma_.lower() not in VIOLATION_VERBS:
        return False
    clause = verb
    while _subject(clause) is None and clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head  # "causes deaths and violates international law": the first conjunct's subject
    subject = _subject(clause)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return _charging_reason(clause)
    return subject.pos_ == "NOUN" and subject.ent_type_ not in PARTY_ENTITIES \
        and subject.lemma_.lower() not in PARTY_NOUNS and read(subject.lemma_) is None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _charging_reason(clause: Token) -> bool:
    """A reason clause ("as", "because", "since") of a request or criticism, or of a clause that carries one
    ("sent letters calling for ..., as it violates")."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in clause.children):
        return False
    governor = clause.head
    return any(t.lemma_.lower() in CHARGING_LEMMAS for t in (governor, *governor.children) if t != clause)
