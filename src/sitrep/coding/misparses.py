"""Subjects the small English parser hangs in the wrong place, read back where news prose puts them.

Pure functions over spaCy tokens, used by `coding.arguments.subject`:
- `misparsed_subject`: a main verb hung as a participle on the last noun of the subject's "from"/"of" phrase
  ("Doctors from two American aid groups donated and delivered goods");
- `as_clause_subject`: the subject of an "as" clause parsed as the object of a preposition "as" ("locals who
  left as the conquering Turks swept in, exiling its residents": the Turks swept in and exiled them);
- `headline_victims`: a headline's two reduced passives read as one active clause ("Three civilians killed 12
  others injured in terrorist attacks": the civilians were killed, they killed no one);
- `reduced_passive_subject`: a casualty participle's victim parsed as its subject ("11 soldiers wounded in an
  attack were taken to hospital");
- `is_place_hit`: a place the parser made the doer of a participle ("shelled the town killing five": "town"
  the subject of "killing"; "targeted the neighbourhood killing a woman": "killing" hung on the place);
- `reported_without_subject`: a reported clause whose gerund subject the parser hung on the verb of saying
  ("The Observatory said shelling on Sunday hit several areas": "shelling" an xcomp of "said", "hit" a ccomp):
  the speaker reports the acts, and is not their doer;
- `raised_patient`: the subject of a passive verb of saying, believing or finding raised from its participle
  complement ("six soldiers were reported killed", "were believed to have been killed"): the participle's patient;
- `personal_antecedent`: the person a relative "who" is about where the parser hung its clause on the noun of an
  "of" phrase ("a resident of the city, who": the resident; used by `coding.permission`);
- `is_document_kind`: a gerund naming the kind of the document noun right after it ("charging papers pointed
  out", "the sentencing documents say"), parsed as a verb with a clause of its own: no act (used by
  `coding.finding`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..reporting_verbs import reporting_verbs

BETWEEN_SUBJECT_AND_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})  # "as the Turks had quickly swept in"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
CASUALTY_VERBS = frozenset({"kill", "injure", "wound"})
COUNTING_DETS = frozenset({"a", "an", "one"})
DOCUMENT_NOUNS = frozenset({  # lemmas of papers that a gerund before them classifies ("charging papers")
    "paper", "document", "sheet", "statement", "file", "filing", "record", "form", "order",
})
DOCUMENT_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERPETRATOR_NOUNS = frozenset(
    {"bomber", "gunman", "gunmen", "sniper", "attacker", "assailant", "shooter"}
)  # lemmas naming the one who attacks: "A suicide bomber killed 30 people injured 90" is prose, not a headline's victims


def misparsed_subject(verb: Token) -> Token | None:
    """The subject of a main verb the parser hung as a participle on the last noun of the subject's "from"/"of"
    phrase, leaving the sentence without a verb ("Doctors from two American aid groups donated and delivered
    goods": "donated" on "groups", the root "Doctors"): that root noun. A sentence with a verb root has its own
    main clause, and a participle on the root noun itself is read by `subject` as before."""
    head = verb.head
    if verb.tag_ not in ("VBN", "VBD") or head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "pobj":
        return None
    prep = head.head
    root = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in ("from", "of") or root.dep_ != "ROOT" \
            or root.pos_ not in ("NOUN", "PROPN"):
        return None
    return root


def as_clause_subject(verb: Token) -> Token | None:
    """The subject of a subjectless adverbial clause verb that the parser left in a preposition "as" just before
    it ("as the conquering Turks and their proxies swept in": "as" a preposition with object "Turks", "swept" a
    bare adverbial clause): that object. "as" opens a clause of time or manner there, and what stands between it
    and the verb is the clause's subject. The verb must be finite (or follow an auxiliary) and follow the phrase
    with nothing but auxiliaries and adverbs between: a participle after "as" + noun is a phrase of its own
    ("described the attack as a massacre, blaming the army": the describer blames)."""
    finite = verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.dep_ != "advcl" or verb.pos_ not in ("VERB", "AUX") or not finite:
        return None
    preps = [c for c in (*verb.children, *verb.head.children) if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i]
    if not preps:
        return None
    prep = max(preps, key=lambda p: p.i)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or prep.right_edge.i >= verb.i:
        return None
    between = verb.doc[prep.right_edge.i + 1 : verb.i]
    return obj if all(t.dep_ in BETWEEN_SUBJECT_AND_VERB for t in between) else None


def kind_before_gerund(verb: Token) -> Token | None:
    """The doer of an incident word the parser read as a clause of its own after the lowercase kind word before
    it, which it left as the object of a harm verb's "in" ("two civilians were killed in government shelling":
    "government" the object of "in", "shelling" a clause on "killed", whose subject would be the victims): that
    word ("government"), which the actor reading keeps only if it names a party."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.head.lemma_.lower() not in CASUALTY_VERBS:
        return None
    noun = verb.doc[verb.i - 1]
    prep = noun.head
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or not noun.text.islower() or prep.head != verb.head:
        return None
    return noun if prep.lower_ in ("in", "during") else None


def is_document_kind(verb: Token) -> bool:
    """Whether a gerund with no subject or auxiliary of its own names the kind of the document noun right after
    it, which is not its object: the noun is the subject of a verb of its own ("Hayden noted that charging papers
    pointed out that ...": "charging" parsed as a clause whose complement is "papers pointed out") or the gerund
    is the noun's modifier ("the sentencing documents say"). "seizing documents" (the noun its object) is an act."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i + 1 >= len(doc) or any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return False
    noun = doc[verb.i + 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return (verb.dep_ in ("amod", "compound") and verb.head == noun) or (
        noun.dep_ in DOCUMENT_SUBJECT_DEPS and noun.head != verb
    )


def headline_victims(verb: Token) -> Token | None:
    """The counted subject of a casualty verb whose object carries a casualty participle of its own ("Three
    civilians killed 12 others injured in ...", "A child killed 7 people injured"): news headlines drop "were"
    and the comma, so both are reduced passives and the subject is a victim, not the killer. Prose says "killed
    12 and wounded 20"; an object followed by a bare second casualty participle, on the object or (in a title-case
    headline, "Eight Civilians Killed 14 Injured") on the verb, only occurs in this headline form."""
    if verb.lemma_.lower() not in CASUALTY_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or obj is None or not _counted(subj) or not _counted(obj) \
            or subj.lemma_.lower() in PERPETRATOR_NOUNS:
        return None
    hurt = [c for c in obj.children if c.dep_ == "acl"]
    hurt += [c for c in verb.children if c.dep_ == "advcl" and c.i > obj.i and not _has_subject(c)]
    return subj if any(c.tag_ == "VBN" and c.lemma_.lower() in CASUALTY_VERBS for c in hurt) else None


def reduced_passive_subject(verb: Token) -> Token | None:
    """The subject of a casualty participle with no auxiliary and no object ("said 11 soldiers wounded in an
    attack were taken to hospital", "Two policemen killed in blast"): the parser reads a reduced passive as an
    active clause, but a past participle takes a subject only with "have" or "be", so the subject is the victim."""
    if verb.lemma_.lower() not in CASUALTY_VERBS or verb.tag_ != "VBN":
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def raised_patient(verb: Token) -> Token | None:
    """The subject of the passive verb a past participle complements ("six soldiers were reported killed", "a
    journalist was found murdered", "were believed to have been killed"): English raises the participle's patient
    to the subject of the verb of saying, believing or finding, so it is the victim, not the doer. An active
    perfect ("were reported to have killed 20") keeps its doer; "to be" with a participle is mostly a state
    ("members are said to be engaged in kidnapping", "believed to be based in"), whose subject stays its own."""
    if verb.tag_ != "VBN" or verb.dep_ != "xcomp" or verb.head == verb:
        return None
    deps = {c.dep_ for c in verb.children}
    perfect_passive = "auxpass" in deps and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    if deps & {"nsubj", "nsubjpass"} or (deps & {"aux", "auxpass"} and not perfect_passive):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _counted(noun: Token) -> bool:
    """A number, or a noun with a number or "a" before it ("Three civilians", "12 others", "A child", "30")."""
    return noun.like_num or any(c.dep_ in ("nummod", "quantmod") or (c.dep_ == "det" and c.lower_ in COUNTING_DETS)
               for c in noun.children)


def is_place_hit(noun: Token, participle: Token) -> bool:
    """A place the participle's act happened to, not its doer ("shelled the town killing five", "hit Aleppo
    wounding dozens"): a place noun or a named location in object position. A named country or city stays
    the doer unless the act is killing or wounding ("backed Turkey fighting the PKK": Turkey fights)."""
    from ..geo.locate import PLACE_NOUNS

    if noun.dep_ == "nsubj" and not _object_made_subject(noun, participle):
        return False
    if noun.dep_ not in ("dobj", "pobj", "nsubj"):
        return False
    if noun.lemma_.lower() in PLACE_NOUNS or noun.ent_type_ in ("LOC", "FAC"):
        return True
    return noun.ent_type_ == "GPE" and participle.lemma_.lower() in CASUALTY_VERBS


def _object_made_subject(noun: Token, participle: Token) -> bool:
    """The main verb's object parsed as the subject of a participle after it ("shelled the town killing five":
    "town" the subject of "killing", "shelled" left with no object; "landed in the neighbourhood killing two":
    "in" left with no object)."""
    head = participle.head
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "pcomp") or not head.i < noun.i:
        return False
    if participle.dep_ == "pcomp":
        return head.dep_ == "prep" and not any(c.dep_ == "pobj" for c in head.children)
    return head.pos_ == "VERB" and not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)


def clause_verb(participle: Token) -> Token:
    """The verb a participle's clause hangs on, through a preposition ("landed in X killing": landed)."""
    head = participle.head
    return head.head if participle.dep_ == "pcomp" and head.dep_ == "prep" else head


def personal_antecedent(noun: Token, pronoun: Token) -> Token:
    """The noun a relative "who" stands for where the parser hung its clause on the object of an "of" phrase that
    names no person ("a Kurdish resident of the city, who has not been given permission": the resident, not the
    city); else `noun` itself. A named person keeps the clause ("the wife of Ahmed, who")."""
    prep = noun.head
    if pronoun.lower_ not in ("who", "whom") or noun.dep_ != "pobj" or prep.lower_ != "of" \
            or prep.head.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "NORP") or noun.pos_ == "PRON":
        return noun
    return prep.head


def reported_without_subject(verb: Token) -> bool:
    """A subjectless verb of the clause an active verb of saying reports, where the parser split the clause's
    gerund subject off as the speaker verb's own complement ("The Observatory said shelling on Sunday hit several
    areas": "shelling" an xcomp of "said", "hit" a ccomp): the gerund, and the verb after it. A speaker verb takes
    no subject-controlled gerund, so neither act is the speaker's; an infinitive ("vowed to attack") and a passive
    ("is said to have fired") are. A complement clause that lost its subject some other way keeps reading it from
    the speaker (the lost subject is often a party, and the speaker the nearest one)."""
    head = verb.head
    if head == verb or head.lemma_.lower() not in reporting_verbs("speaker") \
            or any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
        return False
    if verb.dep_ == "xcomp":
        return verb.tag_ == "VBG"
    return verb.dep_ == "ccomp" and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" and head.i < c.i < verb.i for c in head.children
    )
