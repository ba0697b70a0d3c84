"""Where the recipient hides when the object is not it: parse-structure rules that find further target
candidates for `events.read_target` once the trigger's own objects name no one it can code.

- A thing given, moved or removed is not the target; the party in a locative or recipient phrase of the verb or
  of the thing is ("contribute troops to a force in Liberia" → Liberia, "evacuate settlements in the Gaza Strip"
  → the Gaza Strip, "withdraw its troops from Lebanon" → Lebanon): `located_candidates`.
- What a request asks is done by the subject of the requested clause ("demanded that the United States match",
  "its demand that Israel ease"): `requested_parties`.
- An accusation or warning that names no one is about the parties of the clause it governs ("allegations that
  Ankara is …"): `complement_parties`; a definite thing ("opposed the plan") belongs to whoever owned its earlier
  mention ("Washington announced plans"): `antecedent_owners`.
- An act framed by a governing verb ("offered to hand over to Great Britain", "threatened to cut off electricity
  to Nakhichevan") is directed where the framed act is: `complement_verbs`.
- A force raised or remade is drawn from a group, and that group is the party mobilised ("raise a border militia
  from a Kurdish-led force", "build a border force including the YPG", "transform the militia into a border
  force"): `force_members`.
- Words are put to a party, not to what carries them: the people a request verb asks to act ("begged her
  commanders to send her"): `asked_object`; whom a message object is for ("dropped leaflets telling us to
  surrender", "sent a letter to the UN"): `message_addressees`.
- An act done to a party is aimed at it, not at the place or the act named: whom clearing removes ("cleanse the
  region of its inhabitants"): `removed_parties`; whom a named act is done to ("supported the training of an
  army"): `action_patients`; a threat noun's infinitive names the threatened act ("a warning to cleanse"), and a
  deployment's purpose clause whom it is sent against (`purpose_verbs`).
- A battle for a place ("the battle for Raqqa") is fought against whoever holds it, not against the place:
  `contested_place` finds the place, `place_holders_in_story` the holder the story names anywhere ("Isis-held
  Raqqa", "Raqqa, held by Isis", "Raqqa, Isis's de facto capital").

Pure functions over spaCy tokens.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .arguments import is_nominal, support_verb_of
from .measures import is_measure
from .ontology import MATERIAL_CONFLICT, VERBAL_QUADS
from .weapons import is_unowned_weapon

RECIPIENT_PREPS = frozenset(
    {
        "to",
        "into",
        "from",
        "for",
        "in",
        "inside",
        "on",
        "onto",
        "at",
        "against",
        "toward",
        "towards",
        "upon",
    }
)
PLACE_PREPS = frozenset({"in", "at", "inside", "into"})  # where, not to whom
TOPIC_PREPS = frozenset({"on", "over"})  # what words are about ("talks on a pullback")
PLACE_DIRECTED_TYPES = frozenset({"PROTEST"})
PLACE_DIRECTED_CODES = frozenset({"081"})  # easing a curfew or emergency rule: as imposing one, aimed at the place
MEDIATION_CODES = frozenset({"045"})  # "a mediation mission between Syria and Arafat": the parties mediated
THEME_DEPS = frozenset({"dobj", "nsubjpass"})  # an object that may be the thing moved rather than the party
CLAUSE_DEPS = frozenset({"ccomp", "acl"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
MAX_ANTECEDENT_SENTENCES = 10  # how far back "the plan" may refer
AUTHORING_VERBS = frozenset(
    {  # whose subject owns the thing its object names ("Washington announced plans")
        "announce",
        "unveil",
        "propose",
        "present",
        "outline",
        "submit",
        "table",
        "draft",
        "devise",
        "adopt",
        "approve",
        "introduce",
        "launch",
        "make",
        "take",
        "issue",
        "sign",
    }
)
FORCE_MEMBER_PREPS = frozenset({"from", "including"})  # "a militia from a Kurdish-led force", "a force including the YPG"
FORCE_MAKING_VERBS = frozenset({"raise", "form", "build", "create", "recruit", "transform", "turn"})  # not "deploy from"
MAX_PP_DEPTH = 3  # "agreed to an extension of the mandate for the force in Lebanon" is three phrases down
MEANS_PREPS = frozenset({"by"})  # "win back the country by removing the force": the act the means clause names
PURPOSE_NOUNS = frozenset({"order"})  # "launch an operation in order to cut off": a purpose clause in a phrase
ACCESS_NOUNS = frozenset({  # what a party moves or is supplied through: cutting it off is aimed at that party
    "access", "supply", "supplies", "route", "line", "lifeline", "corridor", "passage", "link", "path",
})
HOLDING_NOUNS = frozenset({  # "Raqqa, Isis's de facto capital": a place named as held by a party
    "stronghold", "capital", "bastion", "heartland", "fiefdom", "redoubt", "enclave", "bulwark",
})
CONTEST_NOUNS = frozenset({"battle", "fight", "war", "struggle"})  # "the battle for Raqqa": fought for a place
CONTROL_NOUNS = frozenset({"control", "grip", "possession", "hold"})  # "seized control of X from Y": X and Y, not it
CONTROLLED_PREPS = frozenset({"of", "over", "on"})  # "control of/over the town", "its grip on the city"
VOLLEY_NOUNS = frozenset({"barrage", "salvo", "hail", "volley", "rain", "shower"})  # "a barrage of rockets"
HOLDING_VERBS = frozenset({"hold", "control", "occupy", "dominate", "run"})  # "Isis-held", "held by Isis"
REMOVAL_VERBS = frozenset({"cleanse", "purge", "rid", "clear", "empty", "strip"})  # "cleanse X of Y": Y removed
MESSAGE_NOUNS = frozenset({  # what carries words to someone: never the one they are meant for
    "leaflet", "flyer", "pamphlet", "letter", "message", "note", "statement", "text", "email", "notice", "memo",
})
ACTION_NOMINALS = frozenset({  # "the training of X": an act done to X, whose "of" phrase names its patient
    "training", "arming", "rearming", "equipping", "funding", "financing", "build-up", "buildup", "strengthening",
})
TELLING_VERBS = frozenset({"tell", "assure", "promise", "inform", "reassure", "warn"})  # whom the words are for
TOLD_DEPS = frozenset({"nsubjpass", "dobj", "dative"})  # "had been told that", "told the YPG that"
HOLDER_DEPS = frozenset({"poss", "compound"})  # "the rebels' supply lines", "Iranian-backed forces access"


def located_candidates(
    trigger: Token, theme: Token | None, *, quad_class: int, event_type: str, cameo: str = ""
) -> list[Token]:
    """Objects of the locative/recipient phrases of the trigger (and of a noun trigger's support verb) and of the
    theme object, nearest first, each followed by the phrases inside it ("to a force in Liberia": force,
    Liberia); dates and quantities are left to the caller. Only violence and protest are directed at the place
    where they happen (`reaches_place`); words have no recipient in their topic ("talks on a pullback") either,
    nor in the place or topic of the thing they speak of ("agreement on the fate of offices in Jerusalem")."""
    roots = [trigger]
    if trigger.pos_ not in ("VERB", "AUX") and (verb := support_verb_of(trigger)) is not None:
        roots.append(verb)
    theme = theme or partitive_object(trigger)
    verbal = quad_class in VERBAL_QUADS
    skip_verb = (
        frozenset()
        if reaches_place(quad_class, event_type, cameo=cameo)
        else PLACE_PREPS | (TOPIC_PREPS if verbal else frozenset())
    )
    found: list[Token] = []
    for root, skip in [
        *((r, skip_verb) for r in roots),
        *(((theme, PLACE_PREPS | TOPIC_PREPS if verbal else frozenset()),) if theme else ()),
    ]:
        for token in _prep_objects(root, depth=0, skip=skip):
            if token not in found and token != trigger:
                found.append(token)
    return found


def partitive_object(trigger: Token) -> Token | None:
    """A direct object that only counts a part of the thing ("stopped much of its help for the rebels": much),
    which the parser does not tag as a noun; its "of" phrase holds the thing and the thing's recipient."""
    return next((c for c in trigger.children if c.dep_ == "dobj" and is_measure(c) and not is_nominal(c)), None)


def reaches_place(quad_class: int, event_type: str, *, cameo: str = "") -> bool:
    """Violence, coercion and protest are directed at where they happen ("demonstrated in Serbia", "imposed a
    curfew in Cizre"), and so is the easing of such rule ("lifted a night curfew in Montenegro"); talks, aid and
    retreats are not ("surrendered in Soroti")."""
    return quad_class == MATERIAL_CONFLICT or event_type in PLACE_DIRECTED_TYPES or cameo in PLACE_DIRECTED_CODES


def mediated_parties(trigger: Token, *, cameo: str) -> list[Token]:
    """The parties a mediation noun names in its "between" phrase, on the noun or on the effort noun it
    modifies ("undertook a mediation mission between Syria and Arafat" → Syria); [] for other acts."""
    if cameo not in MEDIATION_CODES or trigger.pos_ in ("VERB", "AUX"):
        return []
    hosts = [trigger, *((trigger.head,) if trigger.dep_ == "compound" else ())]
    return [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "between"
            for o in p.children if o.dep_ == "pobj"]


def _prep_objects(token: Token, *, depth: int, skip: frozenset[str] = frozenset()) -> Iterator[Token]:
    """The objects of `token`'s recipient prepositions, each followed by those of its own phrases; "of" is
    followed through but gives no candidate of its own ("the town of X" is read whole by the caller)."""
    if depth >= MAX_PP_DEPTH:
        return
    for prep in token.children:
        if (
            prep.dep_ not in ("prep", "dative")
            or (depth == 0 and prep.lower_ in skip)
            or not (prep.lower_ in RECIPIENT_PREPS or prep.lower_ == "of")
        ):
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if prep.lower_ != "of":
                yield obj
            yield from _prep_objects(obj, depth=depth + 1)


def is_theme(head: Token) -> bool:
    """An object that may be the thing acted on rather than the party: a direct object or passive subject."""
    return head.dep_ in THEME_DEPS


def requested_parties(trigger: Token) -> list[Token]:
    """The subjects of the clauses a request verb or noun governs ("demanded that the US cancel" → US, "its
    demand that Israel ease" → Israel), also through a noun object ("insisted on its demands that X grant")."""
    nodes = [trigger]
    nodes += [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    nodes += [c for c in trigger.children if c.dep_ == "dobj"]
    found: list[Token] = []
    for node in nodes:
        for clause in (c for c in node.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")):
            found += [s for s in clause.children if s.dep_ in SUBJECT_DEPS]
    return found


def complement_verbs(trigger: Token, *, hostile: bool = False) -> list[Token]:
    """The infinitive complements of a verb ("offered to hand over", "refused to deploy"); for a hostile act
    (`hostile`: verbal or material conflict) also the acts its purpose clause ("launch an attack to purge
    al-Qaida") or means clause ("win back the country, including by removing the force") names, on the verb or on
    the verb that carries a noun trigger: an attack or threat made to do or by doing another is aimed where that
    one is (a team sent "to help identify victims" is not aimed at anyone)."""
    verbal = trigger.pos_ in ("VERB", "AUX")
    verb = trigger if verbal else support_verb_of(trigger) if hostile else None
    found = [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")] if verbal \
        else _infinitive_clauses(trigger, "acl") if hostile else []  # "a warning to cleanse the region"
    return found + (purpose_verbs(verb) + _means_verbs(verb) if hostile and verb is not None else [])


def _infinitive_clauses(head: Token, dep: str) -> list[Token]:
    """The clauses of `head` with dependency `dep` marked by "to" ("a threat to destroy", "sent to prepare"); the
    marker is enough, as the tagger may take the verb for a name ("to purge al-Qaida": purge as PROPN)."""
    return [c for c in head.children if c.dep_ == dep and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def purpose_verbs(verb: Token) -> list[Token]:
    """"launch an attack to purge al-Qaida" → purge: an adverbial infinitive clause (marked by "to"), also one
    set in a phrase ("launch an operation in order to cut off" → cut)."""
    phrased = [o for p in verb.children if p.dep_ == "prep" for o in p.children
               if o.dep_ == "pobj" and o.lemma_.lower() in PURPOSE_NOUNS]
    return _infinitive_clauses(verb, "advcl") + [c for o in phrased for c in _infinitive_clauses(o, "acl")]


def message_addressees(head: Token) -> list[Token]:
    """Whom a message is for, where the object of an act is the message ("dropping leaflets telling us to
    surrender" → us, "sent a letter to the UN" → the UN): the object of the telling, urging or warning participle
    on the message, or of a "to" phrase on the message or on its verb; [] for other nouns."""
    if head.lemma_.lower() not in MESSAGE_NOUNS and head.lower_ not in MESSAGE_NOUNS:
        return []
    telling = [c for c in head.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
    found = [o for v in telling for o in v.children if o.dep_ in ("dobj", "dative")]
    hosts = [head, *((head.head,) if head.dep_ == "dobj" else ())]
    return found + [o for h in hosts for p in h.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"]


def action_patients(head: Token) -> list[Token]:
    """Who an act named by a noun is done to, where the object of a supporting or aiding verb is that act ("supported
    the build-up and training of a unified army" → army, "funds the arming of the rebels" → the rebels): the object
    of the "of" phrase of the noun or of a noun conjoined with it; [] for other nouns."""
    nouns = [head, *(c for c in head.children if c.dep_ == "conj")]
    if not any(_nominal_word(n) in ACTION_NOMINALS for n in nouns):
        return []
    return [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def _nominal_word(noun: Token) -> str:
    """A noun as one word, with a hyphenated first half ("build-up", which the parser splits in three)."""
    doc, i = noun.doc, noun.i
    hyphened = i >= 2 and doc[i - 1].text == "-" and doc[i - 2].head == noun
    return f"{doc[i - 2].lower_}-{noun.lower_}" if hyphened else noun.lower_


def removed_parties(trigger: Token) -> list[Token]:
    """Whom a verb of clearing removes from a place: the object of its "of" phrase, on the place or on the verb
    ("cleanse the region of its Kurdish inhabitants" → inhabitants, "rid the area of militants" → militants): they
    suffer the act, not the place; [] for other verbs."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in REMOVAL_VERBS:
        return []
    hosts = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj"]


def place_holders(head: Token) -> list[Token]:
    """The party an appositive names as holding a place ("attacked Raqqa, Isis's de facto capital" → Isis, "Deir
    ez-Zor, Isis's last major stronghold"): fighting for a stronghold is fighting whoever holds it. A holding
    phrase set off by a comma straight after the place is its appositive even where the parser hung it elsewhere
    ("fighting in Deir ez-Zor, Isis's last major stronghold" read as an object of the clause's verb)."""
    appositives = [c for c in head.children if c.dep_ == "appos" and c.lemma_.lower() in HOLDING_NOUNS]
    appositives += [a for a in (_comma_phrase(head),) if a is not None and a.lemma_.lower() in HOLDING_NOUNS]
    return [p for a in appositives for p in a.children if p.dep_ == "poss" and p.pos_ in ("NOUN", "PROPN")]


def _comma_phrase(head: Token) -> Token | None:
    """The head of the noun phrase that follows `head`'s phrase after a comma, where the parser did not make it
    `head`'s appositive ("Deir ez-Zor, Isis's last major stronghold" → stronghold); None if there is none."""
    comma = head.right_edge.i + 1
    if comma + 1 >= len(head.doc) or head.doc[comma].text != ",":
        return None
    found = head.doc[comma + 1]
    while found.head.i > comma and found.head.left_edge.i == comma + 1 and found.head != found:
        found = found.head  # up to the word the phrase opened at the comma hangs from
    return found if found.pos_ in ("NOUN", "PROPN") and found.head != head else None


def access_holders(head: Token) -> list[Token]:
    """Whose access, supplies or route a thing is ("cut off the rebels' supply lines" → the rebels, "blocked
    Iranian-backed forces access" → forces, where the missing apostrophe made them a compound): the party an act
    that cuts, blocks or denies the thing is aimed at. A compound counts only as a plural or proper noun (a
    "border crossing", "aid route" names a kind, not a holder)."""
    if head.lemma_.lower() not in ACCESS_NOUNS and head.lower_ not in ACCESS_NOUNS:
        return []
    holders = [c for c in head.children if c.dep_ in HOLDER_DEPS and c.i < head.i and c.pos_ in ("NOUN", "PROPN")]
    return [c for c in holders if c.dep_ == "poss" or c.tag_ in ("NNS", "NNPS") or c.pos_ == "PROPN"
            and c.ent_type_ in ("NORP", "ORG", "GPE")]


def control_parties(head: Token) -> list[Token]:
    """Whom a change of control is aimed at, where the object is the control itself ("wrested control of the town
    from the rebels" → the rebels; "seized control of Raqqa from Isis" → Isis, then Raqqa): the party it is taken
    from, then the named place it is over ("tightened its grip on Mosul"; a common noun, "control of the entire
    country", may be a step whose means clause names the party: `complement_verbs`). [] for other nouns."""
    if head.lemma_.lower() not in CONTROL_NOUNS or head.pos_ != "NOUN":
        return []
    hosts = [head, head.head] if head.dep_ == "dobj" else [head]  # "took control of X from Y": "from" on either
    losers = [o for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
              for o in p.children if o.dep_ == "pobj"]
    return losers + [o for p in head.children if p.dep_ == "prep" and p.lower_ in CONTROLLED_PREPS
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]


def counted_weapon(head: Token) -> bool:
    """A count or volley of weapons ("with dozens of mortar rounds", "a number of explosive ammunition", "a
    barrage of rockets"): the "of" phrase names the weapon, and the phrase is no party any more than the weapon."""
    if not (is_measure(head) or head.lemma_.lower() in VOLLEY_NOUNS):
        return False
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    weapon = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return weapon is not None and is_unowned_weapon(weapon)


def _means_verbs(verb: Token) -> list[Token]:
    """"by removing the force", "including by removing": the gerund of a "by" phrase on the verb."""
    preps = [p for p in verb.children if p.dep_ == "prep"]
    preps += [q for p in preps if p.lower_ == "including" for q in p.children if q.dep_ == "prep"]
    return [c for p in preps if p.lower_ in MEANS_PREPS for c in p.children
            if c.dep_ == "pcomp" and c.tag_ == "VBG"]


def force_members(trigger: Token) -> list[Token]:
    """The group a force is raised from or made of, for a verb that raises or remakes one: the object of "from"
    or "including" on the verb or on its object ("raise a militia from a Kurdish-led force", "build a border
    force including the YPG"), and the object a verb makes into something ("transform the militia into a border
    force", "turned the rebel groups into a national army"). Not for a verb that moves a force ("deployed troops
    from Turkey": where from, not whom)."""
    if trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_.lower() not in FORCE_MAKING_VERBS:
        return []
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    found = [o for host in (trigger, *objects) for p in host.children
             if p.dep_ == "prep" and p.lower_ in FORCE_MEMBER_PREPS for o in p.children if o.dep_ == "pobj"]
    if any(p.dep_ == "prep" and p.lower_ == "into" for p in trigger.children):
        found += objects
    return found


def asked_object(trigger: Token) -> Token | None:
    """Whom a request verb asks: its direct object where an infinitive says what that object is to do ("begged her
    commanders to send her", "urged the rebels to leave": the commanders, the rebels), not the parties of that
    act; None for a thing asked for ("demanded the release of")."""
    if trigger.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "xcomp" for c in trigger.children):
        return None
    return next((c for c in trigger.children if c.dep_ == "dobj" and c.i < _first_xcomp(trigger)), None)


def _first_xcomp(verb: Token) -> int:
    """Where the verb's first infinitive complement stands."""
    return min(c.i for c in verb.children if c.dep_ == "xcomp")


def complement_parties(trigger: Token) -> list[Token]:
    """Whom an accusation or warning is about when it names no one: the parties of the clause it governs
    ("raised allegations that Ankara is orchestrating" → Ankara, "claims that Afrin is led by the PKK" → the PKK,
    "warned it considers any Syrian who joins a traitor" → any Syrian). A pronoun subject is mostly the speaker
    ("warned it would") and gives way to the clause's object."""
    found: list[Token] = []
    for clause in (c for c in trigger.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")):
        if clause.dep_ == "acl" and not any(m.dep_ == "mark" for m in clause.children):
            continue  # "allegations made by", not "allegations that"
        agents = [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        subjects = [s for s in clause.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
        objects = [o for o in clause.children if o.dep_ == "dobj"]
        passives = [s for s in clause.children if s.dep_ == "nsubjpass" and s.pos_ != "PRON"]  # "X is linked to"
        found += agents + subjects + objects + passives
    return found


def told_parties(trigger: Token) -> list[Token]:
    """Whom help or support is promised or refused to where it names no recipient: the party told of it ("the YPG
    had been told that no help would be coming from the US" → the YPG, "Moscow assured Damascus that support would
    continue" → Damascus). The act must stand in the clause the telling verb governs (as that verb, or as its
    subject or object noun)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if trigger.pos_ not in ("VERB", "AUX") and trigger.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return []
    telling = clause.head
    if clause.dep_ != "ccomp" or telling.lemma_.lower() not in TELLING_VERBS or telling.i > clause.i:
        return []
    return [c for c in telling.children if c.dep_ in TOLD_DEPS]


def antecedent_owners(head: Token, *, max_sentences: int = MAX_ANTECEDENT_SENTENCES) -> list[Token]:
    """Who a definite thing ("the plan", "the decision") referred back to belongs to: the possessor, a name or
    nationality modifying an earlier mention of the same noun, or the subject of the verb that made it
    ("Washington announced plans …; Russia opposed the plan" → Washington), nearest mention first."""
    if not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in head.children
    ):
        return []
    sents = list(head.doc.sents)
    here = next(n for n, s in enumerate(sents) if s.start <= head.i < s.end)
    start = sents[max(0, here - max_sentences)].start
    found: list[Token] = []
    for earlier in reversed(head.doc[start : head.i]):
        if earlier.lemma_.lower() != head.lemma_.lower() or earlier.pos_ not in ("NOUN", "VERB"):
            continue
        found += [c for c in earlier.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
        found += [c for c in earlier.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
        verb = earlier.head
        if earlier.dep_ == "dobj" and verb.lemma_.lower() in AUTHORING_VERBS:
            found += [s for s in verb.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
    return found


def contested_place(trigger: Token) -> Token | None:
    """The place a battle noun's "for" phrase names ("the battle for Raqqa", "the fight for Mosul"): what is fought
    over, whose holder (not the place) the battle is against; None for other words and phrases."""
    if trigger.lemma_.lower() not in CONTEST_NOUNS:
        return None
    objects = (o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)
    return next((o for o in objects if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC", "FAC")), None)


def place_holders_in_story(place: Token) -> list[Token]:
    """The parties the document names as holding a place, at any mention of its name: an "X-held"/"X-controlled"
    modifier ("Isis-held Raqqa"), a "held by" phrase ("Raqqa, held by Isis") or a holding appositive ("Raqqa,
    Isis's de facto capital", `place_holders`)."""
    mentions = [t for t in place.doc if t.lower_ == place.lower_ and t.ent_type_ == place.ent_type_]
    return [h for m in mentions for h in (*_held_modifier(m), *_held_by(m), *place_holders(m))]


def _held_modifier(place: Token) -> list[Token]:
    """"Isis-held Raqqa", "rebel-controlled Idlib": the party before a hyphen and a holding participle."""
    doc, i = place.doc, place.i
    if i < 3 or doc[i - 1].lemma_.lower() not in HOLDING_VERBS or doc[i - 2].text != "-":
        return []
    return [doc[i - 3]] if doc[i - 3].pos_ in ("NOUN", "PROPN") else []


def _held_by(place: Token) -> list[Token]:
    """"Raqqa, held by Isis", "areas controlled by the rebels": the agent of a holding participle on the place."""
    return [o for v in place.children if v.dep_ == "acl" and v.lemma_.lower() in HOLDING_VERBS
            for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
