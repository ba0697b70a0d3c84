"""Whether a trigger names one incident: the test an event whose text names no perpetrator must pass to be kept.

"Seven people were wounded when a grenade exploded in Davao" reports one occurrence; "the fight for Idlib" and
"battling the YPG was a necessity" name a campaign or an activity, and without a perpetrator, casualties or a place
they code nothing a reader could check.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from ..datafiles import data_path, read_table
from ..errors import DictionaryError
from ..records import Actor, Event
from ..reporting_verbs import reporting_verbs
from .coref import ARMED_SECTORS
from .misparses import raised_patient
from .modes import is_instrument
from .nonevents import dated_to_past_period
from .status import StatusReading
from .triggers import TriggerLexicon, TriggerSense, lookup_noun
from .weapons import GENERIC_MEANS

NON_FINITE_TAGS = frozenset({"VBG", "VB"})  # "attacking Kurdish troops", "sent back to fight"
REFERENCE_PREPS = frozenset({  # "after the museum shooting", "since the attack", "blamed for the bombing"
    "after", "following", "since", "before", "amid", "over", "for", "behind", "despite",
    "about",  # "frustration about Saturday's attack", "questions about the bombing"
})
REFERENCE_NOUNS = frozenset({  # "in the wake of the attack", "in response to the bombing"
    "wake", "aftermath", "response", "retaliation", "reprisal", "anniversary", "revenge", "result",
})
CONNECTION_NOUNS = frozenset({"connection", "relation"})  # "arrested in connection with / in relation to the attack"
PAUSE_NOUNS = frozenset({  # "a pause in the bombing", "a lull in the fighting", "a halt to the shelling"
    "pause", "lull", "halt", "respite", "break", "letup", "let-up", "cessation", "suspension",
})
# legal acts whose "for" + gerund names the charge: "jailed a student for helping militants"
CHARGE_VERBS = frozenset({
    "jail", "imprison", "sentence", "convict", "arrest", "detain", "charge", "indict", "prosecute", "try",
    "fine", "punish", "execute", "hang", "deport", "expel", "condemn",
})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
DEFINITE_WORDS = DEMONSTRATIVES | {"the"}
COUNT_WORDS = frozenset({"several", "dozens", "hundreds", "thousands", "scores", "many", "two", "three", "number"})
BATCH_NOUNS = frozenset({"cache", "stash", "arsenal", "haul", "consignment", "shipment", "amount", "quantity"})
ARMS_NOUNS = frozenset({  # "the ammo was discovered", "grenades and ammunition were found": arms held or found
    "weapon", "arm", "arms", "ammunition", "ammo", "munition", "explosive", "bomb", "ied", "mine", "landmine",
    "grenade", "rocket", "mortar", "missile", "gun", "rifle", "firearm", "pistol", "detonator", "kalashnikov",
    "projectile",
})
SCARE_NOUNS = frozenset({"package", "parcel", "object"})  # "a suspicious package was found": a bomb scare
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
MEANS_PREPS = frozenset({"with", "using", "by"})  # "pounding the towns with artillery fire"
YEAR_DEPS = frozenset({"nummod", "compound", "amod"})  # "the 1994 genocide"
MOVEMENT_VERBS = frozenset({"cross", "move"})  # "fighters crossed into Dagestan": the subject itself moves
STAYING_VERBS = frozenset({"remain", "stay"})  # "troops will stay in the country": the subject stays in a place
MOVED_FORCES = frozenset({  # "Russia moved troops to the border": the object is the force moved
    "troop", "soldier", "force", "unit", "reinforcement", "tank", "armor", "armour", "missile", "weapon", "warship",
    "fighter", "militant", "marine", "battalion", "brigade", "convoy",
})


@cache
def load_durative_nouns(path: Path | None = None) -> frozenset[str]:
    """The nouns of data/triggers/durative_nouns.csv (lower case, one word each)."""
    path = path or data_path("triggers/durative_nouns.csv")
    words = set()
    for line, row in read_table(path, required=("word", "note")):
        word = row["word"].lower()
        if not word.isalpha():
            raise DictionaryError(str(path), line, f"word must be one word of letters, found {row['word']!r}")
        if word in words:
            raise DictionaryError(str(path), line, f"word {word!r} is listed twice")
        words.add(word)
    return frozenset(words)


def is_incident(trigger: Token, *, durative: frozenset[str] | None = None) -> bool:
    """Whether a trigger reports one occurrence: a finite or participial verb ("were arrested", "exploded"), or a
    noun that names an incident ("an airstrike", "grenade attacks") rather than a campaign or a state of war
    ("the fight", "fighting", "the offensive")."""
    if trigger.pos_ in ("VERB", "AUX"):
        return trigger.tag_ not in NON_FINITE_TAGS
    nouns = load_durative_nouns() if durative is None else durative
    return trigger.lower_ not in nouns and trigger.lemma_.lower() not in nouns


def is_back_reference(trigger: Token) -> bool:
    """A definite incident noun that a temporal or causal phrase refers back to ("after the museum shooting",
    "in the wake of the attack", "responsibility for the bombing", "a pause in the bombing", "questions about
    the attack", "arrested in connection with the attack"): a mention of an incident the text tells of (or told
    of) elsewhere, not a report of one."""
    if trigger.pos_ in ("VERB", "AUX") or trigger.dep_ != "pobj":
        return False
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_WORDS) for c in trigger.children)
    prep = trigger.head
    frame = prep.head if prep.lower_ in ("of", "to", "in") and prep.head != prep else None
    frame_lemma = frame.lemma_.lower() if frame is not None else ""
    connected = prep.lower_ in ("with", "to") and prep.head.lemma_.lower() in CONNECTION_NOUNS
    return definite and (prep.lower_ in REFERENCE_PREPS or connected
                         or (prep.lower_ != "in" and frame_lemma in REFERENCE_NOUNS) or frame_lemma in PAUSE_NOUNS)


def is_charge(trigger: Token) -> bool:
    """A gerund in the "for" phrase of a legal act: the charge ("jailed a student for helping militants",
    "arrested for attacking police"), which the act is about and the text does not report as an event (nor is
    the court or police its party)."""
    prep = trigger.head
    return (
        trigger.tag_ == "VBG" and trigger.dep_ in ("pcomp", "pobj") and prep.lower_ == "for" and prep.head != prep
        and prep.head.lemma_.lower() in CHARGE_VERBS
    )


CHARGE_NOUNS = frozenset({"charge", "indictment"})
PLEAS = frozenset({"guilty", "innocent"})  # "pleaded not guilty to charges of lying"


def charged_party(noun: Token) -> Token | None:
    """The subject of "faces charges" or "pleaded (not) guilty to charges": the accused, against whom the
    prosecution (unnamed) has laid the charges, an accusation the clause states as made. None for a definite
    charge ("denied the charges", "pleaded guilty to the charges": told before) and for any other noun."""
    if noun.lemma_.lower() not in CHARGE_NOUNS or noun.pos_ != "NOUN" or _definite(noun):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ in PLEAS:
        verb = verb.head.head  # "pleaded not guilty to charges"
        held = verb.lemma_.lower() == "plead"
    else:
        held = noun.dep_ == "dobj" and verb.lemma_.lower() == "face"  # "he faces charges of murder"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if held else None
    if subject is not None and subject.tag_ == "WP" and verb.dep_ == "relcl":
        return verb.head  # "a man who faces charges": the man
    return subject


def plea_status(status: StatusReading) -> StatusReading:
    """A charge read as negated only by the plea ("pleaded not guilty to charges"): the "not" denies the guilt,
    not the charges, which stand as laid."""
    cue = status.cue
    if status.status == "negated" and cue is not None and cue.head.lower_ in PLEAS:
        return replace(status, status="asserted", cue=None)
    return status


def is_dated_background(trigger: Token, *, published: date) -> bool:
    """An event noun that its own phrase dates to a year before last ("the 1994 genocide", "the 2003 invasion"):
    history the text refers to, not an event it reports (sitrep_events leaves out background older than about a
    year before publication); so is any act dated to a past century or decade ("in the 1990s")."""
    if dated_to_past_period(trigger, published_year=published.year):
        return True
    if trigger.pos_ in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ in YEAR_DEPS and c.ent_type_ == "DATE" and c.text.isdigit() and len(c.text) == 4
        and int(c.text) < published.year - 1
        for c in trigger.children
    )


def means_host(trigger: Token) -> Token | None:
    """The verb whose instrument phrase an event noun is ("shelled Afrin with artillery fire"), also where the
    parser hung the phrase on the verb's object ("pounding the towns with artillery fire"); None otherwise. Where
    that verb is a violent act, the noun is its means, not an incident of its own."""
    prep = trigger.head
    if trigger.pos_ in ("VERB", "AUX") or trigger.dep_ != "pobj" or prep.lower_ not in MEANS_PREPS:
        return None
    host = prep.head
    if host.pos_ == "VERB":
        return host
    return host.head if host.dep_ == "dobj" and host.head.pos_ == "VERB" else None


def has_counted_patient(trigger: Token) -> bool:
    """A passive verb whose subject (or one of its conjuncts) counts or names who or what it befell ("over 110
    people were arrested", "12 firearms were seized", "a poet and three activists were arrested", "Rong Chhun was
    arrested") or is a batch of things ("a cache of weapons was found"): the incident's own victims, which anchor
    it as casualties do."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ in NON_FINITE_TAGS:
        return False
    patient = _passive_patient(trigger)
    if patient is None or patient.pos_ == "PRON" or _mandative(trigger):
        return False
    if patient.lemma_.lower() in BATCH_NOUNS:
        return True  # "a large cache of firearms was found": a batch of things is counted items
    words = [t for head in (patient, *patient.conjuncts) for t in head.subtree if t.i <= head.i]
    words += [t for p in patient.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj" for t in o.subtree]  # "militants of the PKK"
    return any(t.like_num or t.ent_type_ in ("CARDINAL", "QUANTITY") or t.lower_ in COUNT_WORDS
               or (t.ent_type_ in NAME_LABELS and t.pos_ == "PROPN") for t in words)


def _passive_patient(verb: Token) -> Token | None:
    """A passive verb's subject, or the one a passive verb of saying or finding raised from it ("six soldiers
    were reported killed": `misparses.raised_patient`)."""
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or raised_patient(verb)


def has_arms_patient(trigger: Token) -> bool:
    """A passive verb whose subject (or one of its conjuncts) is arms ("the ammo was discovered", "grenades and
    ammunition were found near the school", "weapons were seized"): things a reader can check, as counted
    victims are."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ in NON_FINITE_TAGS:
        return False
    patient = next((c for c in trigger.children if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
    if patient is None or _mandative(trigger):
        return False
    return any(head.lemma_.lower() in ARMS_NOUNS or head.lower_ in ARMS_NOUNS or _suspicious_package(head)
               for head in (patient, *patient.conjuncts))


# what a killing or wounding does; a weapon or its fire in its subject, agent or "in" phrase is only its instrument
HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt", "maim", "claim"})  # "bombs claimed nine lives"
WEAPON_FIRE = frozenset({"fire", "gunfire", "crossfire"})  # "killed by mortar fire", "wounded in crossfire"


def act_mention(trigger: Token, mention: Token | None) -> Token | None:
    """The word the evidence names for a harm verb's event: the incident noun found for it (coding.means:
    "killed in an attack", "a roadside bombing killed two"), but not a weapon or its fire ("car bombs killed 12",
    "was killed by mortar fire"): a weapon is the killing's instrument, not an act the text names, so the harm
    verb stays the word, as KAIROS-style annotation puts the event on the death verb and the weapon in its
    Instrument role."""
    if mention is None or trigger.lemma_.lower() not in HARM_VERBS or trigger.pos_ != "VERB":
        return mention
    lemma = mention.lemma_.lower()
    return None if lemma in ARMS_NOUNS or mention.lower_ in ARMS_NOUNS or lemma in WEAPON_FIRE else mention


def misplaced_weapon_agent(noun: Token) -> Token | None:
    """The agentless passive harm verb whose agent a weapon or its fire is where the parser hung the "by" phrase
    on a reporting verb, which takes no weapon ("a general was killed in the province, reportedly by mortar fire
    from the Islamic State, Al-Monitor reported": killed by the fire): the nearest such verb before the phrase in
    the reporting verb's clause; None otherwise."""
    lemma = noun.lemma_.lower()
    if noun.dep_ != "pobj" or noun.head.lower_ != "by" or (lemma not in WEAPON_FIRE and lemma not in ARMS_NOUNS):
        return None
    host = noun.head.head
    if host.pos_ != "VERB" or host.lemma_.lower() not in reporting_verbs("quote"):
        return None
    harms = [t for t in host.subtree if t.i < noun.i and t.pos_ == "VERB" and t.lemma_.lower() in HARM_VERBS
             and any(c.dep_ == "nsubjpass" for c in t.children) and not any(c.dep_ == "agent" for c in t.children)]
    return harms[-1] if harms else None


def absorb_misplaced_weapons(coded: list[tuple[Token, list[Event]]]) -> list[tuple[Token, list[Event]]]:
    """One event for a killing and the weapon fire its misplaced "by" phrase names (`misplaced_weapon_agent`),
    whatever the text commits to each: the fire is the killing's instrument, its owner ("from the Islamic State")
    the killing's doer where the killing has none."""
    events_at = {trigger.i: events for trigger, events in coded if events}
    hosts = {t.i: h.i for t, events in coded if events
             and (h := misplaced_weapon_agent(t)) is not None and h.i in events_at}
    if not hosts:
        return coded
    owners = {h: next((e.source for e in events_at[w] if e.source is not None), None) for w, h in hosts.items()}
    return [(trigger, [] if trigger.i in hosts else [
        replace(e, source=owners[trigger.i]) if e.source is None and owners.get(trigger.i) else e for e in events
    ]) for trigger, events in coded]


def _suspicious_package(noun: Token) -> bool:
    """A package, parcel or object called suspicious: what bomb squads are called to, a find as arms are."""
    return noun.lemma_.lower() in SCARE_NOUNS and any(c.lower_ == "suspicious" for c in noun.children)


def _mandative(verb: Token) -> bool:
    """A passive in the base form, as a demand puts it ("demanded that Assad be ousted"): asked for, not done."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.dep_ == "auxpass" and a.tag_ == "VB" for a in auxes) and not any(a.dep_ == "aux" for a in auxes)


ASPECTUAL_VERBS = frozenset({"begin", "start", "continue", "keep", "cease"})  # "the bombs began to explode"
BLAST_MODE = "explosives"
DEVICE_PRONOUNS = frozenset({"it", "they", "these", "those", "one", "each"})  # "it exploded, killing two"
PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
PEOPLE_NORPS = frozenset({"NORP"})
PEOPLE_WORDS = frozenset({"people", "man", "men", "woman", "women", "child", "children", "person", "youth",
                          "civilian", "villager", "resident", "suspect", "militant", "journalist"})
PEOPLE_SUFFIXES = ("ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "er", "ers", "or", "ors")


def is_blast_report(trigger: Token, sense: TriggerSense) -> bool:
    """An explosion verb that says a weapon blew up ("each bomb exploded", "it exploded, killing two soldiers",
    "huge explosive devices were detonated at places", "the bombs began to explode", "a device that exploded"):
    one stated occurrence whose subject is the device, not a perpetrator. Not where someone is said to have set
    it off ("the bomber detonated his vest", "was detonated by the IRA") or where what blew up is no weapon ("a
    gas tank exploded")."""
    if trigger.pos_ != "VERB" or sense.mode != BLAST_MODE or not _states_occurrence(trigger):
        return False
    if any(c.dep_ in ("dobj", "agent") or c.lower_ == "accidentally" for c in trigger.children):
        return False  # someone set it off; "the device detonated accidentally" is no attack
    device = _what_blew_up(trigger)
    if device is None:
        return False
    if device.pos_ == "PRON" or device.lower_ in DEVICE_PRONOUNS:
        return device.lower_ in DEVICE_PRONOUNS
    lemma = device.lemma_.lower()  # "each bomb exploded", "a device that exploded"; not "a gas tank"
    return lemma in GENERIC_MEANS or is_instrument(lemma, "ASSAULT") or is_instrument(device.lower_, "ASSAULT")


def _states_occurrence(verb: Token) -> bool:
    """A finite or participial verb, or the infinitive of an aspectual one ("began to explode")."""
    if verb.tag_ not in NON_FINITE_TAGS:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ASPECTUAL_VERBS and verb.head.tag_ not in NON_FINITE_TAGS


def _what_blew_up(verb: Token) -> Token | None:
    """The subject of an explosion verb, also one it shares with the verb it is conjoined to or complements
    ("the bomb was placed at the entrance and exploded"), or the noun a relative clause describes."""
    while True:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return verb.head if subj.lower_ in ("that", "which") and verb.dep_ == "relcl" else subj
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head


def has_person_patient(trigger: Token) -> bool:
    """A passive arrest or charge whose subject is a person pronoun or a bare plural of people ("she was arrested
    and charged with treason", "Leftists known to be sympathetic to ETA were arrested"): who it befell, which
    anchors the incident as a count or a name does (`has_counted_patient`)."""
    if trigger.pos_ in ("NOUN", "PROPN"):  # "arrests of political activists", "the arrest of three students"
        patient = next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"), None)
        return patient is not None and _names_people(patient)
    if trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ in NON_FINITE_TAGS or _mandative(trigger):
        return False
    patient = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if patient is None and trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        patient = next((c for c in trigger.head.children if c.dep_ == "nsubjpass"), None)
    if patient is None:
        return False
    if patient.pos_ == "PRON":
        return patient.lower_ in PERSON_PRONOUNS
    return _names_people(patient)


def _names_people(head: Token) -> bool:
    """A bare plural of people ("leftists", "political activists"), or a phrase that counts or names who
    ("three students", "Eva Forest")."""
    words = [t for t in head.subtree if t.i <= head.i]
    if any(t.like_num or t.ent_type_ == "CARDINAL" or (t.ent_type_ == "PERSON" and t.pos_ == "PROPN") for t in words):
        return True
    bare = not any(c.dep_ in ("det", "poss") for c in head.children)
    return bare and head.tag_ in ("NNS", "NNPS") and (head.ent_type_ in PEOPLE_NORPS or _people_noun(head))


def _people_noun(noun: Token) -> bool:
    """A noun for people by its agent suffix or as a common word for people ("leftists", "protesters",
    "civilians", "men")."""
    lemma = noun.lemma_.lower()
    return lemma in PEOPLE_WORDS or lemma.endswith(PEOPLE_SUFFIXES)


LONG_SPANS = frozenset({"week", "month", "year", "decade"})  # "two weeks after X": X is a time reference
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
PARTY_PREPS = frozenset({"of", "by", "to", "for", "with", "against", "into", "on"})  # not where: "at a lunch hosted by"


def is_time_reference(trigger: Token) -> bool:
    """A clause that dates the main event by an earlier one at least weeks apart ("two weeks after rebels
    kidnapped dozens of peacekeepers", "months since the army took the town"): background the text recalls, not
    an event it reports."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ != "advcl":
        return False
    marks = [c for c in trigger.children if c.dep_ == "mark" and c.lower_ in ("after", "since", "before")]
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for m in marks for c in m.children)


CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark"})


def is_described_party(trigger: Token, coded: set[int]) -> bool:
    """A past participle that describes a party another coded event of the sentence acts on or through ("Israel
    released the mayor, a Hamas member jailed over a year ago", "hostages kidnapped by ISIS were freed"): what
    the participle says is who that party is, background to the event reported. Weapons ("rockets fired at
    Israel hit a school") are the same attack, not background."""
    if (
        trigger.dep_ != "acl"
        or trigger.tag_ != "VBN"
        or trigger.head.pos_ not in ("NOUN", "PROPN")
        or is_instrument(trigger.head.lemma_, "ASSAULT")
        or any(c.dep_ in CLAUSE_DEPS for c in trigger.children)
    ):
        return False  # a clause of its own ("allegations that vessels had rammed a boat") is no reduced relative
    party = trigger.head
    while party.dep_ in ("appos", "conj") and party.head != party:
        party = party.head
    if party.dep_ == "pobj" and party.head.dep_ in ("prep", "agent") and party.head.lower_ in PARTY_PREPS:
        party = party.head
    acted_on = party.dep_ in ARGUMENT_DEPS | {"prep", "agent"}
    return acted_on and party.head.i in coded and party.head.i != trigger.i


# verbs of making a thing (a weapon made is not used: here and in coding.finding's STOCKING_VERBS)
MAKING_VERBS = frozenset({"make", "build", "manufacture", "assemble", "produce", "construct", "fabricate"})


def is_material_use(trigger: Token) -> bool:
    """A verb of using whose purpose clause makes something ("have been using home-made IEDs to make roadside
    bombs", "used fertiliser to build a bomb"): the weapon named is material for another, not used in an attack."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "use":
        return False
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in MAKING_VERBS
               and any(a.lower_ == "to" for a in c.children) for c in trigger.children)


def weapon_use_purpose(trigger: Token, coded: set[int]) -> Token | None:
    """The coded act a verb of using a weapon serves ("used rockets to attack the base", "used a car bomb to strike
    the checkpoint"): its infinitive of purpose, which names the act (and its target) the use is the means of; None
    for any other trigger."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "use":
        return None
    return next((c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and c.i in coded and c.pos_ == "VERB"
                 and any(a.lower_ == "to" for a in c.children)), None)


def is_aim_of_act(trigger: Token, events_at: dict[int, list[Event]]) -> bool:
    """An infinitive of purpose of a coded act of the same kind ("tried to plant an IED to target security forces",
    "fired missiles to destroy the bridge"): the aim of that incident, not a second one (a verb of using a weapon
    gives way to its purpose instead: `weapon_use_purpose`)."""
    head = trigger.head
    if trigger.pos_ != "VERB" or trigger.dep_ not in ("xcomp", "advcl") or head.i not in events_at:
        return False
    if head.pos_ != "VERB" or head.lemma_.lower() == "use" or not any(a.lower_ == "to" for a in trigger.children):
        return False
    kinds = {e.event_type for e in events_at[head.i]}
    return bool(events_at.get(trigger.i)) and all(e.event_type in kinds for e in events_at[trigger.i])


def drop_background(coded: list[tuple[Token, list[Event]]]) -> list[tuple[Token, list[Event]]]:
    """No events for one sentence's background clauses: those that date the main event (`is_time_reference`),
    participles that describe a party of another coded event (`is_described_party`), weapons used as material
    for making others (`is_material_use`), the use of a weapon for a coded act (`weapon_use_purpose`: one
    incident, coded on the act, which takes the use's mode where it has none), and the aim of a coded act of the
    same kind (`is_aim_of_act`)."""
    acting = {trigger.i for trigger, events in coded if events}
    events_at = {trigger.i: events for trigger, events in coded if events}
    served = {purpose.i: trigger.i for trigger, _ in coded
              if (purpose := weapon_use_purpose(trigger, acting)) is not None and trigger.i in acting}
    return [
        (trigger, [] if is_time_reference(trigger) or is_described_party(trigger, acting)
         or is_material_use(trigger) or trigger.i in served.values() or is_aim_of_act(trigger, events_at)
         else _with_use_mode(events, events_at.get(served.get(trigger.i, -1), [])))
        for trigger, events in coded
    ]


def _with_use_mode(events: list[Event], uses: list[Event]) -> list[Event]:
    """The act's events with the mode of the weapon use that served it, where they have none of their own."""
    modes = {use.event_type: use.mode for use in uses if use.mode}
    return [replace(e, mode=modes[e.event_type]) if e.mode is None and e.event_type in modes else e for e in events]


# verbs whose subject is an incident that the clause says happened or did damage ("when the bombing began", "a wave
# of shooting broke out", "a huge explosion rocked the capital", "the explosion shattered the glass")
OCCURRENCE_VERBS = frozenset({
    "begin", "start", "continue", "resume", "occur", "happen", "erupt", "break", "take", "go", "hit", "rock", "shake",
    "strike", "target", "shatter", "damage", "destroy", "wreck", "rip", "tear", "blow", "cause", "leave", "be",
})
# verbs telling what an incident caused, not that it happened: with a definite subject ("the explosion caused
# significant damage", "the blast caused casualties") they add effects to an incident the story already reported
EFFECT_VERBS = frozenset({"cause"})
OCCURRENCE_PARTICLES = {"break": "out", "go": "off", "take": "place"}  # "broke out", "went off", "took place"
SERIES_NOUNS = frozenset({"wave", "series", "spate", "string", "burst", "volley", "round", "hail", "barrage"})
LOCATIVE_PREPS = frozenset({"at", "in", "near", "on", "outside", "inside"})  # "the worst explosion was at the station"
REFERENCE_MARKS = frozenset({"since", "after", "before", "until", "till", "once"})  # "since the war began": background
FIGURATIVE_UNDER = frozenset({"attack", "assault", "fire"})  # "the plan came under attack/fire": often criticism
WITNESS_VERBS = frozenset({"see", "witness", "experience", "suffer"})  # "the region has seen numerous bombings"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
HOSTILE_ACT_TYPES = frozenset({"ASSAULT", "COERCE"})  # acts, never parties: "attacks on police and kidnappings"
PLACE_NOUNS = frozenset({  # a place named by a common noun: "the republic has seen numerous bombings"
    "city", "town", "village", "region", "republic", "province", "country", "area", "district", "capital",
})


def reports_occurrence(trigger: Token) -> bool:
    """An incident noun that is the subject of a verb saying it happened or did damage ("when the bombing began",
    "as the attacks continued", "a wave of shooting broke out", "the explosion shattered the glass", "the worst
    explosion was at the bus station"), a weapon noun its host "came under" ("posts came under gunfire"), or
    incidents a place has seen ("the republic has seen numerous bombings", `_witnessed_by_place`): a
    report of the incident itself, not a back-reference, which a temporal
    clause marks ("since the bombing began", "after the blast hit the market")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    if _came_under(trigger):
        return True
    subject = trigger
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in SERIES_NOUNS:
        subject = trigger.head.head  # "a wave of shooting"
    if _witnessed_by_place(subject) or ((host := _phrase_host(trigger)) is not None and _witnessed_by_place(host)):
        return True  # "Dagestan sees frequent attacks on security forces and assassinations": both incidents
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in OCCURRENCE_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in REFERENCE_MARKS for c in verb.children):
        return False
    if verb.lemma_.lower() in EFFECT_VERBS and _definite(subject):
        return False  # "the explosion caused damage": the effects of an incident told before
    return _completes_occurrence(verb)


def event_conjuncts(targets: list[tuple[Token | None, Actor | None]], *,
                    lexicon: TriggerLexicon) -> list[tuple[Token | None, Actor | None]]:
    """The conjoined targets less the nouns of violence or coercion after the first: "attacks on security forces
    and assassinations" tells of two incidents (the parser hangs the second on the target), not of assassinations
    attacked. A unit or a gathering stays a party ("ambushed a convoy and a patrol")."""
    return [(head, actor) for n, (head, actor) in enumerate(targets) if n == 0 or not _act_noun(head, lexicon)]


def _act_noun(head: Token | None, lexicon: TriggerLexicon) -> bool:
    sense = lookup_noun(lexicon, head.lemma_.lower()) if head is not None and head.pos_ == "NOUN" else None
    return sense is not None and sense.event_type in HOSTILE_ACT_TYPES


def is_place_modifier(head: Token, trigger: Token, sense: TriggerSense | None) -> bool:
    """A place name compounded with a protest noun ("a London protest", "the Paris march"): where people
    protested, not a state protesting (a state's protest is its adjective or possessive: "a Turkish protest",
    "Ankara's protest")."""
    return sense is not None and sense.event_type == "PROTEST" and trigger.pos_ == "NOUN" \
        and head.dep_ == "compound" and head.head == trigger and head.ent_type_ in PLACE_LABELS


def _phrase_host(noun: Token) -> Token | None:
    """The noun whose prepositional phrase a later conjunct ends ("attacks on security forces and
    assassinations": attacks, for assassinations); None for a noun not conjoined so."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN":
        return None
    first = noun.head
    while first.dep_ == "conj":
        first = first.head
    host = first.head.head
    return host if first.dep_ == "pobj" and first.head.dep_ == "prep" and host.pos_ == "NOUN" else None


def _witnessed_by_place(noun: Token) -> bool:
    """An indefinite incident noun that a place "sees", "has seen" or "witnessed" ("Dagestan sees frequent attacks
    on security forces", "the republic has seen numerous bombings", "Iraq witnessed a wave of car bombings"): the
    clause states the incidents happened there. Not where the verb is one of judging ("the US saw the attack as
    an act of war") or the noun is definite ("has seen the attack": one told elsewhere)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in WITNESS_VERBS or _definite(noun) \
            or any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.dep_ in ("prep", "oprd") and c.lower_ in ("as", "like") for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and (c.ent_type_ in PLACE_LABELS or c.lemma_.lower() in PLACE_NOUNS)
               for c in verb.children)


def _definite(noun: Token) -> bool:
    """A noun with a definite or demonstrative determiner ("the explosion", "this attack")."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in noun.children)


def _came_under(noun: Token) -> bool:
    """A weapon noun that something "came under" ("posts came under intense gunfire", "the town came under
    shelling"): the clause states the fire happened to its subject. "Attack", "assault" and "fire" are left out:
    "the plan came under attack" is as often criticism."""
    host = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "under" and host.lemma_.lower() == "come" \
        and noun.lemma_.lower() not in FIGURATIVE_UNDER


def _completes_occurrence(verb: Token) -> bool:
    """The verb's own words complete the occurrence: its particle or object ("broke out", "took place"), a
    locative phrase after a copula ("was at the bus station")."""
    lemma = verb.lemma_.lower()
    if lemma in OCCURRENCE_PARTICLES:
        return any(c.lower_ == OCCURRENCE_PARTICLES[lemma] and c.dep_ in ("prt", "dobj", "prep") for c in verb.children)
    if lemma == "be":
        return any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for c in verb.children)
    return True


def is_unarmed_movement(trigger: Token, sense: TriggerSense, sources: list[Actor | None]) -> bool:
    """A movement verb coded as a mobilization ("crossed into", "moved in") whose mover is no armed force: people
    cross borders and move into places every day ("refugees crossed into Turkey"), and only the movement of
    armed forces mobilizes. The mover is the object where it names a force ("Russia moved troops"), else the
    subject, which must be coded as armed (military, rebels, police, ...)."""
    if sense.event_type != "MOBILIZE" or trigger.pos_ != "VERB" or not _moves_or_stays(trigger):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in MOVED_FORCES for c in trigger.children):
        return False
    return not any(s is not None and s.sector in ARMED_SECTORS for s in sources)


def _moves_or_stays(trigger: Token) -> bool:
    """A movement verb, or a verb of staying in a place ("will remain in place", not "remained on alert")."""
    lemma = trigger.lemma_.lower()
    if lemma in STAYING_VERBS:
        return any(c.dep_ == "prep" and c.lower_ == "in" for c in trigger.children)
    return lemma in MOVEMENT_VERBS
