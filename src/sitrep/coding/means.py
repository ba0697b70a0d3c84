"""The means of a violent act named where its doer should be.

"A roadside bombing near Samarra killed one U.S. soldier", "three servicemen were killed by an improvised explosive
device", "each bomb exploded", "the explosion targeted a bakery": an instrument of the act (a word of
data/triggers/modes.csv, or a generic weapon noun that one modifies: "explosive device") or an incident noun (an
event noun of nouns.csv: "bombing", "explosion") as the subject or agent of a material-conflict trigger is not the
perpetrator. Its owner is ("a Hamas rocket", "Israeli missiles", "rockets fired by Hamas", "the group's attack");
where it has none, the text names no perpetrator and the event falls under the unattributed-incident policy
(`sourceless.keeps_sourceless`).

Here too: the source candidates of a trigger (`source_candidates`, `named_candidates`), the heads that imply its doer
where no source phrase names one (`implied_sources`), and the one-event rule for an incident noun that is a violent
verb's subject (`incident_subject`, `absorb_incident_subjects`).

Pure functions over spaCy tokens and the trigger lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from spacy.tokens import Token

from ..records import Event
from .arguments import experiencer, is_under, noun_source, speech_act_host, subject, support_verb_of
from .causes import cause_objects, is_kind_before_gerund, is_place_compound, misparsed_gerund, violent_gerund
from .misparses import reduced_passive_subject
from .modes import is_instrument
from .ontology import HAPPENED, MATERIAL_CONFLICT
from .phrases import ParseTree, parse_tree, phrase
from .speakers import ergative_subject, is_opposed
from .triggers import TriggerLexicon, TriggerSense, lookup_noun
from .weapons import MODIFIER_DEPS, WEAPON_USERS, is_instrument_phrase, is_weapon_name

HOLDING_VERBS = frozenset({"hold", "detain", "keep", "capture", "imprison", "jail", "kidnap", "abduct", "seize"})  # lemmas
RELATIONAL_NOUNS = frozenset({"ally", "partner"})  # lemmas: "US allies were not consulted": consulted by the US
CAUSE_PREPS = frozenset({"in", "during"})  # "killed in an air strike", "wounded during shelling"
ATTRIBUTION_PREPS = MappingProxyType({"blame": "on", "attribute": "to"})  # "an attack blamed on / attributed to X"
INDEFINITE_ARTICLES = frozenset({"a", "an"})  # "killed in an attack": an incident the clause introduces
HARM_LEMMAS = frozenset({"kill", "injure", "wound", "hurt", "maim"})  # what an incident does to its victims
AGENTIVE_ACTIVITIES = frozenset(
    {"operation", "campaign", "mission", "crackdown"}
)  # lemmas: no violence named by themselves, but "killed in an operation by Turkish forces" names the doer
TIME_LINKS = frozenset({"as", "when", "while"})  # "killed as troops advanced": the harm and the act at one time
COUNTER_PREFIXES = frozenset({"counter", "anti"})  # "counter-terrorist raids": against the party, not by it
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})  # a named entity is a party, never a means
OF_AGENT_TYPES = frozenset({"REQUEST"})  # nouns whose "of" phrase names the asker ("the demands of the UN")
ENGAGED_VERBS = frozenset(
    {"engage", "involve", "commit", "oppose"}
)  # "were engaged in", "is committed to", "is opposed to": the subject acts
MOBILIZED_VERBS = frozenset(
    {"deploy", "redeploy", "form", "reinforce", "mobilize", "mobilise", "station", "amass", "mass", "send", "dispatch"}
)  # "troops were deployed", "Land Forces were formed": the force moved or raised stands for its own side


def is_means(head: Token, sense: TriggerSense, lexicon: TriggerLexicon) -> bool:
    """Whether `head`, the subject or agent of a violent trigger, names the act's instrument or the incident
    itself ("a roadside bombing", "an improvised explosive device") rather than a party."""
    if sense.quad_class != MATERIAL_CONFLICT or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if is_weapon_name(head):  # "hit by an RPG": a weapon, whatever the entity tagger says
        return True
    if head.ent_type_ in NAME_LABELS or head.lemma_.lower() in WEAPON_USERS:  # "a suicide bomber": a person
        return False
    return is_instrument_phrase(head, sense.event_type) or incident_sense(head, lexicon) is not None


def incident_sense(head: Token, lexicon: TriggerLexicon) -> TriggerSense | None:
    """The violent or riotous event an incident noun names ("bombing", "the explosion", "clashes"), else None."""
    compounds = [c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod")]
    sense = lookup_noun(lexicon, head.lemma_.lower(), compounds=compounds)
    if sense is None or (sense.quad_class != MATERIAL_CONFLICT and sense.event_type != "PROTEST"):
        return None
    return sense


def means_owner(head: Token) -> Token | None:
    """Whoever the means belongs to, as written: a possessor, a "by"/"from" phrase, a name or nationality
    modifying it ("a Hamas rocket", "Israeli missiles"), or the agent of the participle describing it ("rockets
    fired by Hamas", also past a modifier that names no one: "rocket shells fired by terrorists"); None where the
    text names no one, or a town or weapon word stands where an owner would ("a Damascus car bomb", `_no_owner`).
    Words that name no one ("roadside") are left to the caller's actor reading to reject."""
    if is_kind_before_gerund(head):
        return head  # "in rebel shelling" parsed as rebels shelling (`causes.misparsed_gerund`): the rebels
    owner, agent = noun_source(head), participle_agent(head)
    if agent is not None and (owner is None or owner.dep_ in MODIFIER_DEPS):
        return agent  # "a BAK missile fired by rebels": the clause says whose, where a modifier may not
    if owner is not None and _no_owner(owner):
        owner = None
    if owner is not None and not names_no_one(owner):
        return owner
    return attributed_to(head) or next(iter(role_adjectives(head)), owner)  # "terrorist rocket attacks"


def _no_owner(modifier: Token) -> bool:
    """A town ("a Damascus car bomb") or a weapon word ("Barrel bombs", with "Barrel" tagged a name) where the
    means' owner would be."""
    return is_place_compound(modifier) or modifier.dep_ in MODIFIER_DEPS and not names_no_one(modifier) \
        and is_instrument(modifier.lower_, "ASSAULT")  # "roadside bomb": names no one, and is left to reject


def participle_agent(head: Token) -> Token | None:
    """The agent of a participle describing the means ("rockets fired by Hamas"), also of one a report verb
    governs ("a missile believed to be fired by rebels", "a rocket thought to have been launched by Hamas"), or
    the "by" phrase of the "be" it governs ("a gas attack believed to be by government jets": whose act it is)."""
    for clause in (c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        complements = (c for c in clause.children if c.dep_ == "xcomp" and (c.tag_ == "VBN" or c.lemma_ == "be"))
        for verb in (clause, *complements):
            for agent in (c for c in verb.children if c.dep_ == "agent" or verb.lemma_ == "be" and c.lower_ == "by"):
                return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


def role_adjectives(noun: Token) -> list[Token]:
    """Lowercase adjectives before an event noun or its compound that may name the doer by its kind ("a
    terrorist bombing", "terrorist rocket attacks", "jihadist attacks", "rebel fire", which the parser may
    read as a compound): the caller's actor reading keeps only
    those that name a party. Not an adjective after "anti"/"counter" ("counter-terrorist operations"), whose
    party the activity is against."""
    heads = [noun, *(c for c in noun.lefts if c.dep_ == "compound")]
    return [c for h in heads for c in h.lefts if c.dep_ in ("amod", "compound") and c.pos_ == "ADJ" and c.text.islower()
            and not is_opposed(c) and not _countered(c)]


def _countered(modifier: Token) -> bool:
    """Whether "counter" stands before the modifier ("counter-terrorist", "counter terrorist")."""
    doc, i = modifier.doc, modifier.i
    before = i - 2 if i >= 2 and doc[i - 1].text == "-" else i - 1
    return before >= 0 and doc[before].lower_ in COUNTER_PREFIXES or modifier.lower_.startswith("counter")


def attributed_to(head: Token) -> Token | None:
    """Whom a clause on the incident blames it on ("the attack, which was blamed on rebels", "a bombing
    attributed to Isis"): the passive of "blame X on Y" / "attribute X to Y" names Y as the doer of X. The clause
    may hang on the place of the incident ("the attack in Al-Horra, which was blamed on rebels"): a place is not
    blamed, the incident is."""
    places = [o for p in head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for clause in (c for h in (head, *places) for c in h.children):
        prep = ATTRIBUTION_PREPS.get(clause.lemma_.lower())
        if clause.dep_ in ("acl", "relcl") and clause.tag_ == "VBN" and prep is not None:
            preps = (c for c in clause.children if c.dep_ == "prep" and c.lower_ == prep)
            return next((o for p in preps for o in p.children if o.dep_ == "pobj"), None)
    return None


def names_no_one(head: Token) -> bool:
    """A noun trigger's modifier that is no name ("roadside bombing", "gun attacks", "peaceful protest"): a
    source candidate that cannot be a named perpetrator."""
    return head.dep_ in MODIFIER_DEPS and head.pos_ != "PROPN" and head.ent_type_ not in NAME_LABELS


def source_candidates(trigger: Token) -> list[Token]:
    """Possible heads of the acting party, best first (worked out once per token of a Doc: a trigger is asked
    for them by its source, its incident and its means alike; kept as token indexes in doc.user_data beside its
    parse tree, as `phrases.phrase` keeps its bounds)."""
    doc = trigger.doc
    tree = parse_tree(doc)
    known: tuple[ParseTree, dict[int, tuple[int, ...]]] | None = doc.user_data.get(CANDIDATES_KEY)
    if known is None or known[0] is not tree:
        known = doc.user_data[CANDIDATES_KEY] = (tree, {})
    found = known[1].get(trigger.i)
    if found is None:
        found = known[1][trigger.i] = tuple(t.i for t in _source_candidates(trigger))
    return [doc[i] for i in found]


CANDIDATES_KEY = "sitrep_source_candidates"


def _source_candidates(trigger: Token) -> list[Token]:
    if trigger.pos_ == "VERB" or experiencer(trigger) is not None:  # "Turkey is angry at": Turkey
        head = subject(trigger) or _engaged(trigger)
        if head is not None and head == ergative_subject(trigger):  # "the Turkish offensive halted": no doer but
            head = activity_owner(head)  # the activity's owner, as written
        return [t for t in (named_appositive(head), head) if t is not None]
    found = [t for t in (noun_source(trigger) or existential_source(trigger),) if t is not None]
    found += [t for t in role_adjectives(trigger) if t not in found]  # "a terrorist bombing", if it names a party
    if is_under(trigger):  # "Afrin came under attack": the subject suffers it
        return found
    if (verb := speech_act_host(trigger)) is not None and (t := subject(verb)) is not None:
        return [*found, t]  # "announced ..., in a thinly veiled warning"
    if (verb := support_verb_of(trigger)) is not None and (t := subject(verb) or _engaged(verb)) is not None:
        found.append(t)
    return found


def activity_owner(activity: Token) -> Token | None:
    """Who runs an activity, as its phrase names them ("the Turkish offensive", "Russia's campaign"); not the
    party an "anti-" modifier names, which the activity is against ("anti-Isis operations")."""
    owner = noun_source(activity)
    return None if owner is not None and is_opposed(owner) else owner


def existential_source(noun: Token) -> Token | None:
    """The party of a "from"/"by" phrase that the parser hung on the copula of an existential clause whose
    subject is the event noun ("From two Ulster politicians, there were urgent demands for …", "there were calls
    from the opposition for …"): the phrase can only tell whose the demands are, as "demands from X" does."""
    copula = noun.head
    if noun.dep_ != "attr" or copula.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in copula.children):
        return None
    return next((o for p in copula.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                 for o in p.children if o.dep_ == "pobj"), None)


def named_appositive(head: Token | None) -> Token | None:
    """The name in apposition to a partitive or pronoun subject ("One of them, Mr William Craig, called for …",
    "another, Ahmed Yusuf, said …"): the phrase picks one of a group, the appositive names who; None where the
    subject is no such word or has no proper-name appositive."""
    if head is None or head.pos_ not in ("NUM", "PRON"):
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _engaged(verb: Token) -> Token | None:
    """The party a stative passive says takes part or commits itself ("Serb forces were engaged in ethnic
    cleansing", "Vietnam is committed to opening up"), or the force a passive of mobilizing moved or raised
    ("Russian troops were deployed")."""
    lemma = verb.lemma_.lower()
    if lemma not in ENGAGED_VERBS and lemma not in MOBILIZED_VERBS:
        return None
    # "are engaged in combat": parsed as the copula's complement
    if verb.dep_ == "acomp" and verb.tag_ == "VBN":
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def named_candidates(trigger: Token, sense: TriggerSense, *, lexicon: TriggerLexicon) -> list[Token]:
    """The source candidates that name a perpetrator: not a noun trigger's modifier that is no name ("roadside
    bombing"), and for a means (coding.means) its owner, if it has one."""
    found: list[Token] = []
    for head in source_candidates(trigger):
        if is_means(head, sense, lexicon):
            found += [t for t in (means_owner(head),) if t is not None and not names_no_one(t)]
        elif not names_no_one(head):
            found.append(head)
    return found


def passive_cause(trigger: Token, sense: TriggerSense, *, lexicon: TriggerLexicon) -> Token | None:
    """The incident or weapon an agentless passive names as its cause ("four children were killed in Israeli
    shelling", "two civilians were wounded in a US drone strike", "killed due to terrorist attacks"): the object of
    its cause phrase (`causes.cause_objects`: "in", "during", "due to", "as a result of") when that is a means (`is_means`) or an activity carried out "by" someone, whose owner is the perpetrator as in the
    active "Israeli shelling killed four"; a reduced passive too ("and 11 others injured in airstrikes by X");
    or an incident word read as a gerund with a "by" phrase ("killed in shelling by government forces"); None
    otherwise (a place, a time: "killed in Kabul")."""
    if trigger.pos_ != "VERB" or not _passive(trigger) or any(c.dep_ == "agent" for c in trigger.children):
        return None
    carriers = _cause_carriers(trigger)
    objects = (o for v in carriers for o in cause_objects(v))
    return next((o for o in objects if is_means(o, sense, lexicon) or _agentive_activity(o)
                 or misparsed_gerund(o, lexicon) is not None), None) \
        or next((g for v in carriers if (g := violent_gerund(v, lexicon)) is not None), None)


def _passive(verb: Token) -> bool:
    """A passive clause ("five were killed") or a reduced one describing its patient ("11 others injured in ...")."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN") \
        or reduced_passive_subject(verb) is not None


def _agentive_activity(noun: Token) -> bool:
    """An activity noun with a "by" phrase naming who carries it out ("during an operation by Turkish Armed
    Forces", "in a crackdown by police"): the harm a passive says happened in it is that party's act."""
    return noun.lemma_.lower() in AGENTIVE_ACTIVITIES and any(
        p.dep_ == "prep" and p.lower_ == "by" and any(o.dep_ == "pobj" for o in p.children) for p in noun.children
    )


def _cause_carriers(trigger: Token) -> list[Token]:
    """The verbs whose "in" phrase gives a passive's cause: its own, else that of a passive conjunct after it,
    which the parser hangs the shared phrase on ("four were killed and 11 others injured in airstrikes")."""
    if cause_objects(trigger) or any(c.dep_ == "prep" and c.lower_ in CAUSE_PREPS for c in trigger.children):
        return [trigger]
    return [trigger, *passive_conjuncts(trigger)]


def passive_conjuncts(trigger: Token) -> list[Token]:
    """The passive participles conjoined after a harm verb, which share its cause and time clause: "were killed
    and 11 others injured", or with the count read as the conjunct and the participle as its modifier ("were
    killed and another 20 wounded when ...")."""
    found: list[Token] = []
    for conj in (c for c in trigger.children if c.dep_ == "conj"):
        if conj.tag_ == "VBN":
            found.append(conj)
        elif conj.pos_ in ("NOUN", "NUM", "PRON"):  # "and a number of others injured": the counted noun's too
            nouns = [conj, *(o for p in conj.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj")]
            found += [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    return found


def harm_incident(trigger: Token, *, lexicon: TriggerLexicon) -> Token | None:
    """The incident noun a harm verb's "in"/"during" phrase introduces ("five people were killed in an attack",
    "wounded during a shelling", "killed two in a bomb attack"): the verb tells who the incident harmed, the noun
    names the incident, so the noun is the event's trigger word (as for "an attack that killed five"). Only an
    indefinite noun introduces one: "those injured in today's attack", "killed in the blasts" refer to an incident
    told elsewhere, and the verb stays the word. None also where the phrase names a place or a time ("killed in
    Kabul", "in a day"), or a protest ("killed in a protest": the killing is not the protesters' act). An incident
    word the parser hung on the kind word before it ("killed in regime shelling", `causes.misparsed_gerund`) is
    one too: a bare mass noun introduces its incident as "a" does."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in HARM_LEMMAS:
        return None
    objects = (o for p in trigger.children if p.dep_ == "prep" and p.lower_ in CAUSE_PREPS
               for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.ent_type_ not in NAME_LABELS
               and any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in o.children))
    misparsed = (g for p in trigger.children if p.dep_ == "prep" and p.lower_ in CAUSE_PREPS
                 for o in p.children if (g := misparsed_gerund(o, lexicon)) is not None)  # "in rebel shelling"
    return next((o for o in objects if (sense := incident_sense(o, lexicon)) is not None
                 and sense.event_type != "PROTEST"), None) or next(misparsed, None)


def incident_subject(trigger: Token, sense: TriggerSense, *, lexicon: TriggerLexicon) -> Token | None:
    """The incident noun a violent verb's subject or agent names ("a roadside bombing killed two", "an attack
    that killed five"): the verb's event is that incident's, which it names as its trigger and whose owner and
    target it takes (coding.means); None where the subject is no incident."""
    if trigger.pos_ != "VERB":
        return None
    return next(
        (
            head
            for head in source_candidates(trigger)
            if head.i != trigger.i
            and is_means(head, sense, lexicon)
            and incident_sense(head, lexicon) is not None
        ),
        None,
    )


def absorb_incident_subjects(
    coded: list[tuple[Token, list[Event]]],
    found: list[tuple[Token, TriggerSense]],
    *,
    lexicon: TriggerLexicon,
) -> list[tuple[Token, list[Event]]]:
    """One event for "a roadside bombing killed two" and "three were killed in an attack blamed on rebels": an
    incident noun that is the subject or agent of a violent verb coded in the same sentence (`incident_subject`),
    or the incident a harm verb's "in" phrase introduces (`harm_incident`, the verb's event names it as trigger),
    is that verb's event, not an event of its own, unless the text commits to the two differently ("denied its
    planes were behind air strikes that destroyed a hospital": the strikes are denied); the harm verb's
    incident may be reported where the harm is asserted (`_same_incident`)."""
    senses = {trigger.i: sense for trigger, sense in found}
    statuses = {trigger.i: {e.status for e in events} for trigger, events in coded}
    absorbed = set()
    for trigger, events in coded:
        head = incident_subject(trigger, senses[trigger.i], lexicon=lexicon) if events else None
        if head is not None and statuses.get(head.i, set()) <= statuses[trigger.i]:
            absorbed.add(head.i)
        harmed_in = harm_incident(trigger, lexicon=lexicon) if events else None
        if harmed_in is not None and _same_incident(statuses.get(harmed_in.i, set()), statuses[trigger.i]):
            absorbed.add(harmed_in.i)
    return [(trigger, [] if trigger.i in absorbed else events) for trigger, events in coded]


def _same_incident(noun: set[str], harm: set[str]) -> bool:
    """Whether the incident a harm verb's "in" phrase introduces is told as the harm is: the same, or reported
    where the harm is asserted ("killed in an attack blamed on rebels": the attack is blamed, the deaths are
    fact); a claimed or denied attack is a commitment of its own."""
    return harm <= HAPPENED and noun - harm <= {"reported"}


def means_words(trigger: Token, sense: TriggerSense, *, lexicon: TriggerLexicon) -> list[str]:
    """The words of the means a violent trigger's subject or agent names ("an improvised explosive device"),
    which set the event's mode (coding.means)."""
    return [
        t.lower_
        for head in source_candidates(trigger)
        if is_means(head, sense, lexicon)
        for t in phrase(head)
    ]


def concurrent_doer(trigger: Token, sense: TriggerSense, *, lexicon: TriggerLexicon) -> Token | None:
    """The doer an agentless passive of violence or coercion names in its time clause ("five civilians were
    killed as government forces advanced on the town", "three protesters were wounded when police opened fire"):
    news reports the harm beside the armed act that caused it, so the subject of an "as"/"when"/"while" clause
    whose verb (or the event noun it carries out) is material conflict is the perpetrator; not a pronoun ("was
    shot as he tried to flee": often the victim himself). None otherwise."""
    if sense.quad_class != MATERIAL_CONFLICT or trigger.pos_ != "VERB" or not _passive(trigger) \
            or any(c.dep_ == "agent" for c in trigger.children):
        return None
    hosts = (trigger, *passive_conjuncts(trigger))  # "were killed and 20 wounded when ...": both by the clause
    for clause in (c for h in hosts for c in h.children if c.dep_ == "advcl" and c.pos_ == "VERB"):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in TIME_LINKS for m in clause.children):
            continue
        doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.pos_ in ("NOUN", "PROPN") and _armed_act(clause, lexicon):
            return doer
    return None


def _armed_act(verb: Token, lexicon: TriggerLexicon) -> bool:
    """A verb of material conflict ("advanced", "stormed", "shelled"), or one whose object names such an event
    ("opened fire", "launched an offensive")."""
    from .finding import verb_sense

    found = verb_sense(verb, lexicon)
    if found is not None:
        return found.quad_class == MATERIAL_CONFLICT
    return any(c.dep_ == "dobj" and incident_sense(c, lexicon) is not None for c in verb.children)


def detainer(trigger: Token, sense: TriggerSense) -> Token | None:
    """Who holds the people an agentless passive of "release" frees: only their holder can release them, so in
    "foreign fighters held by the SDF are released" the SDF releases ("freed" may be a rescue by others: left out);
    None with an agent, or no holder named."""
    if sense.mode != "release" or trigger.lemma_.lower() != "release" or trigger.pos_ != "VERB" \
            or any(c.dep_ == "agent" for c in trigger.children):
        return None
    held = (c for p in trigger.children if p.dep_ == "nsubjpass" for c in p.children
            if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS)
    return next((o for c in held for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"),
                None)


def relatum_of(trigger: Token, sense: TriggerSense) -> Token | None:
    """The party an agentless passive of consulting names as its patients' relatum: one consults (or fails to
    consult) one's own allies, so "US allies were not consulted", "Britain's partners were consulted" tell of the
    US's, Britain's act; None for any other act ("US allies were attacked": by anyone)."""
    if sense.event_type != "CONSULT" or trigger.pos_ != "VERB" or any(c.dep_ == "agent" for c in trigger.children):
        return None
    patient = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if patient is None or patient.lemma_.lower() not in RELATIONAL_NOUNS:
        return None
    return next((c for c in patient.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)


def implied_sources(
    trigger: Token, sense: TriggerSense | None, *, lexicon: TriggerLexicon, holder: Token | None
) -> Iterator[Token]:
    """Heads that may name the doer where no source phrase does, in the order they are tried (each worked out
    only if the ones before name no one): the owner of a passive's cause ("killed in Israeli shelling"), an appeal
    noun's "of" party, the doer of a concurrent clause ("killed as government forces advanced"), whom consulted
    allies are allies of ("US allies were not consulted"), who held the people released (`holder`, the caller's
    `detainer(trigger, sense)`: "fighters held by the SDF are released")."""
    cause = passive_cause(trigger, sense, lexicon=lexicon) if sense is not None else None
    if cause is not None and (owner := means_owner(cause)) is not None \
            and (not names_no_one(owner) or owner in role_adjectives(cause) or owner.pos_ == "NOUN"):
        yield owner  # "killed in Israeli shelling"; "in a terrorist bombing", "in an army raid" if the reading
        # finds a party, as for the active "an army raid killed three" (not "rocket": no one)
    if (agent := _of_agent(trigger, sense)) is not None:
        yield agent
    if sense is None:
        return
    if (doer := concurrent_doer(trigger, sense, lexicon=lexicon)) is not None:
        yield doer
    if (relatum := relatum_of(trigger, sense)) is not None:
        yield relatum
    if holder is not None:
        yield holder


def _of_agent(trigger: Token, sense: TriggerSense | None) -> Token | None:
    """The party of an appeal noun's "of" phrase when nothing else names one: "the demands of United Nations
    leaders", "the calls of the opposition" (a subjective genitive: the asker, not the one asked)."""
    if sense is None or sense.event_type not in OF_AGENT_TYPES or trigger.pos_ != "NOUN":
        return None
    return next(
        (
            o
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
