"""Pronouns to actors: "they", "it", "she" take the most salient compatible actor mentioned before them.

A deliberately small resolver in the spirit of centering theory. Mentions are the noun chunks that name an actor
(and the pronouns already resolved, so chains carry through); each is typed person, plural or singular (from the
entity label and the head's tag) and remembers its sentence and whether it is a subject. A pronoun looks back at
most `MAX_SENTENCES_BACK` sentences, outside its own clause and outside the noun its relative clause modifies
("the YPG, which they accuse": not the YPG). In the nearest sentence that holds a compatible mention it takes
that sentence's first subject, else its latest mention. "X said it would …" (and "X's warning that it would …")
binds "it" to the speaker X; an object pronoun is never its own clause's subject, nor a subject pronoun its
clause's object ("They are telling the Kurds"). "he"/"she" take only people
(named, or a singular role noun: "the rebel commander"); "it" and "they" never take a person. Descriptions of a
person ("the 26-year-old", "the volunteer") refer back like pronouns, and a name the dictionary does not know
takes the person the lede described or the earlier full name its surname repeats (`named_person`). The side a
story is about (`dominant_party`: the armed or state side named most) is what a local speaker's "they" means when
nothing in the quote names anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..records import Actor
from ..reporting_verbs import reporting_verbs
from .expletives import is_expletive

PRONOUN_KINDS = {
    "he": "person", "him": "person", "she": "person", "her": "person", "his": "person",
    "they": "plural", "them": "plural", "their": "plural", "it": "singular", "its": "singular",
}
PERSON_NOUNS = frozenset({  # singular heads naming one person by a political or armed role: "the rebel commander
    # ... he added"; not "man", "cleric", "friend": a story's other persons are many and the list would never end
    "commander", "official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader",
    "chief", "fighter", "soldier", "officer", "general", "colonel", "ambassador", "envoy", "diplomat", "governor",
    "mayor", "king", "prince", "emir", "secretary", "chancellor", "premier", "militant", "rebel", "gunman",
    "insurgent", "jihadist", "negotiator", "lawmaker", "senator", "woman", "volunteer",
})
PERSON_DESCRIPTIONS = frozenset({  # heads of definite descriptions of a person named before ("the volunteer",
    # "the Briton", "the woman"); ages ("the 26-year-old") too, see `_age_description`
    "woman", "man", "volunteer", "briton", "fighter",
})
COLLECTIVE_PLURALS = frozenset({"forces", "troops", "authorities", "militias", "rebels", "kurds", "turks"})
COLLECTIVE_BODIES = frozenset({  # singular heads of bodies of people that British and US news also call "they"
    # ("The government couldn't care less, they won't help us"): a fallback for "they" (`_salient`)
    "government", "regime", "administration", "ministry", "council", "coalition", "alliance", "army", "military",
    "police", "leadership", "command", "cabinet", "parliament", "committee", "junta", "opposition",
})
FRONTED_MARKS = frozenset({  # "Since it intervened in Syria, Russia ...": conjunctions of a clause put before its main one
    "since", "after", "before", "when", "while", "as", "because", "once", "until", "although", "though",
})
OPENING_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "parataxis"})
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "SPY", "COP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MAX_SENTENCES_BACK = 3
NON_STATE_ARMED = frozenset({"REB", "UAF"})
STATE_SIDE_SECTORS = frozenset({None, "GOV", "MIL"})  # a state's own parties: the state, its government, its army
TOPIC_MIN_MENTIONS = 3  # how often a side must be named before a quote's unresolved "they" may be taken as it
DEFINITE_SECTORS = {  # "the group", "the militia": the head nouns of descriptions that refer back, and to what
    "group": NON_STATE_ARMED, "organisation": NON_STATE_ARMED, "organization": NON_STATE_ARMED,
    "movement": NON_STATE_ARMED, "faction": NON_STATE_ARMED, "militia": NON_STATE_ARMED,
    "fighter": NON_STATE_ARMED, "militant": NON_STATE_ARMED, "jihadist": NON_STATE_ARMED,
    "insurgent": NON_STATE_ARMED, "rebel": NON_STATE_ARMED,
    "army": frozenset({"MIL"}), "military": frozenset({"MIL"}), "force": frozenset({"MIL", "REB", "UAF"}),
    "coalition": frozenset({"MIL", "IGO"}), "alliance": frozenset({"MIL", "IGO", "REB", "UAF"}),
}
DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "those"})
OWNER_PREPS = frozenset({"of", "from"})  # "the president of Armenia" names its party
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
QUOTE_MARKS = frozenset('"\u201c\u201d')
SELF_SUBJECTS = frozenset({"i", "we"})  # a reporting verb's "I"/"we" is a quoted speaker, not the reporter
FIRST_PERSON_PLURAL = frozenset({"we", "us"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
GENDERED_WORDS = {  # words that show a person's gender: pronouns, titles and nouns for a person by sex or family role
    **dict.fromkeys(("she", "her", "hers", "herself", "mrs", "ms", "miss", "madam", "lady", "dame", "queen",
                     "princess", "woman", "girl", "mother", "wife", "daughter", "sister", "widow", "grandmother",
                     "aunt", "niece", "spokeswoman", "chairwoman", "businesswoman", "congresswoman"), "female"),
    **dict.fromkeys(("he", "him", "his", "himself", "mr", "sir", "lord", "king", "prince", "man", "boy",
                     "father", "husband", "son", "brother", "widower", "grandfather", "uncle", "nephew",
                     "spokesman", "chairman", "businessman", "congressman"), "male"),
}


@dataclass(frozen=True)
class Mention:
    """An actor named in the text: where its phrase ends, the actor, its kind (person, plural, singular), the
    index of its sentence, whether it is a clause's subject and whether it names a body of people in the singular
    ("the government": `is_collective`) and, for a person, the gender its words show (`gender_of`)."""

    end: int
    actor: Actor
    kind: str
    sent: int = 0
    subject: bool = False
    collective: bool = False
    gender: str | None = None


def mention_kind(chunk: Span | Token) -> str:
    """person (a PERSON entity or a singular person noun, "the commander", heads the phrase), plural (NNS/NNPS
    head) or singular."""
    root = chunk.root if isinstance(chunk, Span) else chunk
    if root.ent_type_ == "PERSON" or (root.tag_ == "NN" and root.lemma_.lower() in PERSON_NOUNS):
        return "person"
    if root.tag_ in ("NNS", "NNPS") or root.lower_ in COLLECTIVE_PLURALS:
        return "plural"
    return "singular"


def is_collective(chunk: Span) -> bool:
    """A singular noun naming a body of people ("the government", "the US-led coalition"), which a "they" may mean."""
    return chunk.root.tag_ == "NN" and chunk.root.lemma_.lower() in COLLECTIVE_BODIES


def gender_of(chunk: Span | Token) -> str | None:
    """The gender a person's phrase shows: a gendered pronoun ("she"), a title ("Mr Collis", "Mrs May") or a
    noun for a person by sex or family role ("the woman", "her husband"), in the phrase's head, its title or an
    apposition ("Laura Mills, an American woman"); None where the words show none."""
    root = chunk.root if isinstance(chunk, Span) else chunk
    words = [root] + [t for t in root.children if t.dep_ in ("compound", "appos") and t.i != root.i]
    found = {GENDERED_WORDS.get(w.lower_.rstrip(".")) for w in words} - {None}
    return found.pop() if len(found) == 1 else None


def gender_history(mentions: list[Mention]) -> dict[str, str]:
    """The gender each person the text names is shown to have ("Mr Collis"; "Muthana … she"): a person's
    pronouns and titles carry over to their other mentions; a person shown both ways is left out."""
    shown: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind == "person" and mention.gender is not None and (key := person_key(mention.actor)):
            shown.setdefault(key, set()).add(mention.gender)
    return {key: genders.pop() for key, genders in shown.items() if len(genders) == 1}


def person_key(actor: Actor) -> str | None:
    """What a named person's mentions share: the surname of the name as written, or, for a pronoun, of the name
    it carries (`reference_name`): "Simon Collis", "Mr Collis" and a "he" standing for Collis. None for a
    description ("a Syrian man") or a group's name ("Syrian civilians"): many people share those."""
    pronoun = actor.text.lower() in PRONOUN_KINDS or actor.text.lower() in FIRST_PERSON
    words = ((actor.name or "") if pronoun else actor.text).split()
    return words[-1] if words and words[-1][:1].isupper() and words[-1].isalpha() else None


def agrees(gender: str | None, mention: Mention, history: dict[str, str]) -> bool:
    """Whether a he/she (or a gendered description) of `gender` can refer to the mention: its own words or its
    person's earlier mentions show no other gender."""
    if gender is None or mention.kind != "person":
        return True
    key = person_key(mention.actor)
    shown = mention.gender or (history.get(key) if key else None)
    return shown is None or shown == gender


def pronoun_kind(token: Token) -> str | None:
    """The kind of mention a pronoun refers to, or None for a token that is not a third-person pronoun."""
    return PRONOUN_KINDS.get(token.lower_) if token.pos_ == "PRON" else None


def is_coordination(chunk: Span) -> bool:
    """True when the phrase's head has nominal conjuncts ("Iran and Russia"): a group "they" can refer to."""
    return any(c.dep_ == "conj" and c.pos_ in NOMINAL_POS for c in chunk.root.children)


def is_mention_head(chunk: Span) -> bool:
    """Noun chunks that introduce an actor: not pronouns, not appositions restating the previous phrase, not the
    later conjuncts of a coordination ("commanders and officials" is one group, its first conjunct's mention)."""
    root = chunk.root
    if root.dep_ == "conj" and root.head.pos_ in NOMINAL_POS:
        return False
    return root.pos_ != "PRON" and root.dep_ != "appos"


def restates_first_person(chunk: Span) -> bool:
    """"We as Kurds", "us Kurds": a noun restating a first-person pronoun names the speaker's own side, never the
    others a later "they" means ("We as Kurds were happy until they fought us"), however the parser attaches it
    (appositions, "we, the Kurds", are no mentions anyway: `is_mention_head`)."""
    root = chunk.root
    if root.n_lefts and any(c.lower_ in FIRST_PERSON_PLURAL for c in root.lefts):
        return True
    doc, start = chunk.doc, chunk.start  # tokens read one by one: no Span for the three words before the chunk
    if not start or doc[start - 1].lower_ not in ("as", ","):
        return False  # the last word before the chunk (commas aside) is no "as"
    words = [w for w in (doc[i].lower_ for i in range(max(start - 3, 0), start)) if w != ","]
    return words[-2:] in (["we", "as"], ["us", "as"])


def is_subject(token: Token) -> bool:
    """True when the token is the subject of its clause."""
    return token.dep_ in SUBJECT_DEPS


def compatible(kind: str, mention: Mention) -> bool:
    """Whether a pronoun of `kind` can refer to the mention: people for he/she; for "they" plurals and armed
    groups named in the singular ("the militia … they"); for "it" singular non-persons."""
    if kind == "person" or mention.kind == "person":
        return kind == mention.kind
    return mention.kind == kind or (kind == "plural" and mention.actor.sector in ARMED_SECTORS)


def antecedent(pronoun: Token, mentions: list[Mention], *, sent: int | None = None,
               read_speaker: Callable[[Token], Actor | None] | None = None) -> Actor | None:
    """The actor the pronoun refers to, with the pronoun as its text; `sent` is the pronoun's sentence index
    (mentions more than MAX_SENTENCES_BACK sentences earlier are out of reach; None: no limit). A speaker that
    no mention covers (the parser's noun chunks missed it) is read by `read_speaker`, when given."""
    kind = pronoun_kind(pronoun)
    if kind is None or is_expletive(pronoun):  # "it is legal to …", "it emerged that …": no party
        return None
    actor = _speaker(pronoun, mentions, kind)
    if actor is not None and not agrees(gender_of(pronoun), Mention(0, actor, kind), gender_history(mentions)):
        actor = None  # "Mr Collis said she …": she is someone else
    if actor is None and read_speaker is not None and (speaker := _unread_speaker(pronoun, mentions)) is not None:
        found = read_speaker(speaker)
        actor = found if found is not None and compatible(kind, Mention(0, found, mention_kind(speaker))) else None
    actor = actor or _salient(pronoun, mentions, kind, sent)
    if actor is None:
        return None
    return Actor(**{**actor.__dict__, "text": pronoun.text, "name": reference_name(actor)})


def reference_name(actor: Actor) -> str:
    """The name a pronoun standing for the actor carries: an identified actor's name; for one the dictionary knows
    only by its role ("a terror army": armed forces, no country), the words of the phrase itself, which say which
    force it is better than the role does (a pronoun chained to a pronoun keeps the first one's name)."""
    if identified(actor) or actor.text.lower() in PRONOUN_KINDS or actor.text.lower() in FIRST_PERSON:
        return actor.name or actor.text
    return actor.text


def definite_antecedent(head: Token, mentions: list[Mention], *, sent: int) -> Actor | None:
    """The actor a bare definite description refers back to ("the group", "the militias", "the army"): the most
    salient identified mention of a fitting sector in the last MAX_SENTENCES_BACK sentences (see `_salient`), with
    the description as its text. None for other phrases, or ones that name their party ("the Iranian-backed
    militia")."""
    sectors = DEFINITE_SECTORS.get(head.lemma_.lower())
    if sectors is None or not _bare_definite(head):
        return None
    chosen = _recent_choice(head, mentions, sent, lambda m: m.actor.sector in sectors and identified(m.actor))
    return _as_written(head, chosen) if chosen is not None else None


def definite_person(head: Token, mentions: list[Mention], *, sent: int) -> Actor | None:
    """"the 26-year-old", "the volunteer", "the woman": a definite description of a person refers to the most
    salient person mentioned in the last MAX_SENTENCES_BACK sentences (the nearest sentence's subject first);
    taken only when that person is identified (else it names someone the coder cannot place). None otherwise."""
    if not (_age_description(head) or (head.lemma_.lower() in PERSON_DESCRIPTIONS and _bare_definite(head))):
        return None
    gender, history = gender_of(head), gender_history(mentions)
    chosen = _recent_choice(head, mentions, sent, lambda m: m.kind == "person" and agrees(gender, m, history))
    return _as_written(head, chosen) if chosen is not None and identified(chosen) else None


def _recent_choice(head: Token, mentions: list[Mention], sent: int,
                   fits: Callable[[Mention], bool]) -> Actor | None:
    """The most salient fitting mention before the head in the last MAX_SENTENCES_BACK sentences: in the nearest
    sentence that has one, its subject, else its last fitting mention."""
    start = head.left_edge.idx
    found = [m for m in _recent(mentions, sent) if m.end <= start and fits(m)]
    if not found:
        return None
    nearest = [m for m in found if m.sent == found[-1].sent]
    return next((m for m in nearest if m.subject), nearest[-1]).actor


def _as_written(head: Token, chosen: Actor) -> Actor:
    """The chosen actor, with the description as written ("the group", "the 26-year-old") as its text."""
    text = head.doc[head.left_edge.i : head.i + 1].text
    return Actor(**{**chosen.__dict__, "text": text, "name": chosen.name or chosen.text})


def _age_description(head: Token) -> bool:
    """"the 26-year-old" (parsed "old" with a "year" modifier) used as a noun phrase: news refers to a person
    named before by their age."""
    return head.lower_ == "old" and head.dep_ in SUBJECT_DEPS | {"dobj", "pobj"} \
        and head.left_edge.lower_ in DEFINITE_DETERMINERS and any(c.lemma_.lower() == "year" for c in head.lefts)


def named_person(chunk: Span, mentions: list[Mention], *, sent: int) -> Actor | None:
    """Who a name the dictionary does not know stands for, when the article identified that person before: a bare
    surname, a title aside, repeating an earlier identified person's name ("Anna Campbell … Campbell completed";
    "Mr Collis"), or, as news
    ledes introduce a person by description and name them in the next sentence ("A British woman … has been
    killed. Anna Campbell, from Lewes, was …"), the indefinite description that was the previous sentence's
    subject, when the name is its own sentence's subject and carries no apposition of its own but an age ("Hoda
    Muthana, 24, claims"). None otherwise."""
    root = chunk.root
    if root.pos_ != "PROPN":
        return None
    names = [t for t in chunk if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in GENDERED_WORDS]  # "Mr Collis"
    if len(names) == 1:
        same = [m for m in mentions if m.kind == "person" and identified(m.actor)
                and m.actor.text.split()[-1] == root.text and m.actor.text[:1].isupper()]
        if same:
            return same[-1].actor
    if root.ent_type_ != "PERSON" or not is_subject(root) \
            or any(c.dep_ == "appos" and not c.like_num for c in root.children):  # "Hoda Muthana, 24,": an age
        return None
    lede = next((m for m in mentions if m.sent == sent - 1 and m.subject), None)
    if lede is None or lede.kind != "person" or not lede.actor.text.lower().startswith(("a ", "an ")):
        return None
    return lede.actor if identified(lede.actor) else None


def person_descriptions(root: Token) -> list[Token]:
    """The nouns that say who a named person is, which a name the dictionary does not know takes its party from:
    an apposition ("Abu Hamza, a commander of the Free Syrian Army"; "Muthana, an American"), a copula's
    predicate ("Muthana is the only American"), only nouns for a person (a nationality, a role in
    `PERSON_NOUNS`, a person by sex or family role); or the noun a person's name is an apposition of ("an
    American woman, Laura Mills"; "a Syrian activist, Rasha Haddad"). Not a noun whose owner is itself a
    reference ("the country's minister", "its leader"): "Turkey's foreign minister" names its party, those
    only through a second guess."""
    if root.pos_ != "PROPN":
        return []
    beside = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        beside += [c for c in root.head.children if c.dep_ == "attr"]
    found = [t for t in beside if t.pos_ in NOMINAL_POS and (t.ent_type_ == "NORP" or t.lower_ in GENDERED_WORDS
                                                             or t.lemma_.lower() in PERSON_NOUNS)]
    if root.dep_ == "appos" and root.ent_type_ == "PERSON" and root.head.pos_ == "NOUN":
        found.append(root.head)  # a person's name restating a noun: the noun is a person ("a Syrian activist")
    return [t for t in found if not any(c.dep_ == "poss" and c.pos_ != "PROPN" for c in t.children)]


def _bare_definite(head: Token) -> bool:
    """"the group", "the new government"; not one that names its party ("the president of Armenia")."""
    lefts = list(head.lefts)
    return bool(lefts) and lefts[0].lower_ in DEFINITE_DETERMINERS and all(
        t.pos_ in ("DET", "ADJ") and not (t.pos_ == "ADJ" and t.text[:1].isupper()) for t in lefts
    ) and not any(c.dep_ == "prep" and c.lower_ in OWNER_PREPS and any(o.pos_ == "PROPN" for o in c.subtree)
                  for c in head.rights)


def identified(actor: Actor | None) -> bool:
    """True for an actor coded to someone: a country, a dictionary id, a sponsor or a leader."""
    return actor is not None and bool(actor.country or actor.actor_id or actor.sponsor or actor.led_by)


def names_armed_kind(actor: Actor | None, head: Token) -> bool:
    """True for a generic armed non-state party as a modifier names it ("terrorist attacks", "rebel shelling",
    "an insurgent ambush"): news names the doer by its kind, and the record keeps it as written, with no country
    unless the text gives one (a state's forces, "military operation", are left to the phrases that say whose)."""
    return actor is not None and actor.sector in NON_STATE_ARMED and head.dep_ in ("amod", "compound", "nmod")


def modifier_names_party(actor: Actor | None, head: Token) -> bool:
    """Whether a modifier of the act read as `actor` names its doer: one coded to someone ("Israeli shelling",
    "Hamas rockets") or naming an armed kind (`names_armed_kind`); a lowercase adjective only the latter ("official
    repression", "military operations" leave the doer to the phrases that say whose)."""
    if head.pos_ == "ADJ" and head.text.islower():
        return names_armed_kind(actor, head)
    return identified(actor) or names_armed_kind(actor, head)


def _reachable(pronoun: Token, mentions: list[Mention], kind: str, sent: int | None,
               fits: Callable[[str, Mention], bool] = compatible) -> list[Mention]:
    clause_start = pronoun.head.left_edge.idx
    blocked = _modified_noun_span(pronoun)
    opening = _opening_clauses(pronoun)
    found = [
        m for m in _recent(mentions, sent)
        if (m.end <= clause_start or any(start < m.end <= end for start, end in opening)) and fits(kind, m)
        and not (blocked and blocked[0] < m.end <= blocked[1])
    ]
    doer = _object_controller(pronoun)
    if doer is None:
        return found
    start, end = doer.left_edge.idx, doer.right_edge.idx + len(doer.right_edge)
    own = {codes_of(m.actor) for m in mentions if start < m.end <= end and identified(m.actor)}
    return [m for m in found if codes_of(m.actor) not in own]


def first_person_controller(pronoun: Token) -> Token | None:
    """"Our mission is to strangle it", "we will crush them": the first-person pronoun in the subject of the clause
    an object pronoun is the object of (`_object_controller`), whose side the object never is; None otherwise."""
    doer = _object_controller(pronoun)
    if doer is None:
        return None
    return next((t for t in doer.subtree if t.pos_ == "PRON" and t.lower_ in FIRST_PERSON), None)


def clause_objects(pronoun: Token) -> list[Token]:
    """"They are telling the Kurds", "it attacked the rebels": the nominal objects of the clause a subject pronoun
    opens. A pronoun never refers to a full noun phrase its own clause puts below it (that would read "the Kurds
    are telling the Kurds"), so what these name is out of its reach. [] for other pronouns."""
    if pronoun.dep_ != "nsubj" or pronoun_kind(pronoun) is None:
        return []
    return [c for c in pronoun.head.children if c.dep_ in ("dobj", "dative") and c.pos_ in NOMINAL_POS]


def fronted_subject(pronoun: Token) -> Token | None:
    """The main clause's subject a pronoun opening a fronted subordinate clause looks ahead to ("Since it
    intervened in Syria in 2015, Russia has denied ...", "After they seized the town, the rebels ..."): news prose
    names the doer in the main clause and lets the clause before it say "it". The pronoun is the active subject of
    a subordinate clause with a conjunction that opens the sentence; the main subject is a full noun phrase after it
    whose number fits. None otherwise."""
    clause = pronoun.head
    kind = pronoun_kind(pronoun)
    if pronoun.dep_ != "nsubj" or kind is None or clause.dep_ != "advcl" \
            or not any(c.dep_ == "mark" and c.lower_ in FRONTED_MARKS for c in clause.children):
        return None
    main = clause.head
    subject = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in NOMINAL_POS or not clause.right_edge.i < subject.i < main.i \
            or clause.left_edge.i != main.left_edge.i:
        return None
    return subject if compatible(kind, Mention(0, Actor(text=subject.text), mention_kind(subject))) else None


def _opening_clauses(pronoun: Token) -> list[tuple[int, int]]:
    """The character spans of the full clauses (with a subject of their own) that open a subject pronoun's clause
    before it: another clause's parties are in its reach ("The government couldn't care less, they won't even help
    us"; "After the rebels withdrew, they regrouped"), unlike the pronoun's own clause's."""
    if not is_subject(pronoun):
        return []
    return [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in pronoun.head.children
            if c.i < pronoun.i and c.dep_ in OPENING_CLAUSE_DEPS and any(is_subject(g) for g in c.children)]


def _object_controller(pronoun: Token) -> Token | None:
    """The subject of the clause a pronoun is the object of, through the verbs that share it ("it aimed to …,
    transforming it into a border force"): a plain pronoun object is never its own clause's subject (that would
    be "itself"), so what the subject names is out of its reach. None for other pronouns."""
    if pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_ not in ("it", "them", "him", "her"):
        return None
    verb = pronoun.head
    while True:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head == verb:
            return subject
        verb = verb.head


def side_of(actor: Actor | None) -> str | None:
    """The side an identified armed or state party stands for: a state by its country (its government, army and
    the state itself alike: "Turkey", "the Turks", "Turkish troops"), a non-state armed group by its id, or its
    sponsor's; None for civilians, others and the unidentified."""
    if actor is None or not identified(actor):
        return None
    if actor.sector in STATE_SIDE_SECTORS and actor.country and not actor.sponsor:
        return actor.country
    if actor.sector in NON_STATE_ARMED:
        return actor.actor_id or (f"{actor.sponsor}-backed" if actor.sponsor else None)
    return None


def dominant_party(mentions: list[Mention], *, besides: Actor | None = None,
                   setting: str | None = None) -> Actor | None:
    """The armed or state side the article has named most often so far (`side_of`; at least TOPIC_MIN_MENTIONS
    times, ties to the one named latest), other than `besides`'s side: whom a local speaker's "they" means when
    their quote names no one ("Last night they bombed the hospital", said a resident: the attackers the story is
    about, not a noun of the narrator's). The `setting` country (where the story happens) counts only where named
    by its government or army: its name and people there mostly say where, not who. Its latest mention's actor,
    or None."""
    excluded = side_of(besides)
    counts: dict[str, int] = {}
    latest: dict[str, tuple[int, Actor]] = {}
    for n, mention in enumerate(mentions):
        side = side_of(mention.actor)
        if side == setting and mention.actor.sector not in ("GOV", "MIL"):
            continue
        if side is not None and side != excluded:
            counts[side] = counts.get(side, 0) + 1
            latest[side] = (n, mention.actor)
    if not counts:
        return None
    side = max(counts, key=lambda s: (counts[s], latest[s][0]))
    return latest[side][1] if counts[side] >= TOPIC_MIN_MENTIONS else None


def codes_of(actor: Actor) -> tuple[str | None, ...]:
    return actor.actor_id, actor.country, actor.sector, actor.sponsor


def _recent(mentions: list[Mention], sent: int | None) -> list[Mention]:
    """The mentions no more than MAX_SENTENCES_BACK sentences before sentence `sent` (all of them for None).
    Mentions come in text order (as `remember_mentions` records them), so only the list's tail is read."""
    if sent is None:
        return mentions
    first = len(mentions)
    while first and sent - mentions[first - 1].sent <= MAX_SENTENCES_BACK:
        first -= 1
    return mentions[first:]


def _salient(pronoun: Token, mentions: list[Mention], kind: str, sent: int | None) -> Actor | None:
    """In the nearest sentence holding a compatible mention, its first subject, else its latest mention; a plural
    pronoun in quoted speech takes a body named in the singular ("'The government couldn't care less, they won't
    help us'", as speakers say) only in its own sentence, when no plural candidate is as near. A "he"/"she"
    skips people its gender does not fit (`agrees`)."""
    found = _reachable(pronoun, mentions, kind, sent)
    if kind == "person" and (gender := gender_of(pronoun)) is not None:
        history = gender_history(mentions)
        found = [m for m in found if agrees(gender, m, history)]
    if kind == "plural" and any(t.text in QUOTE_MARKS for t in pronoun.sent):
        bodies = _reachable(pronoun, mentions, kind, sent, fits=lambda _kind, m: m.collective)
        if bodies and bodies[-1].sent == sent and (not found or bodies[-1].sent > found[-1].sent):
            found = bodies
    if not found:
        return None
    nearest = found[-1].sent
    same = [m for m in found if m.sent == nearest]
    subjects = [m for m in same if m.subject]
    return (subjects[0] if subjects else same[-1]).actor


def _modified_noun_span(pronoun: Token) -> tuple[int, int] | None:
    """The character span of the noun phrase a relative clause modifies, when the pronoun sits in that clause."""
    node = pronoun.head
    while node.head != node and node.dep_ not in ("relcl", "acl"):
        if node.dep_ in ("ROOT", "ccomp"):
            return None
        node = node.head
    if node.dep_ not in ("relcl", "acl"):
        return None
    noun = node.head
    return noun.left_edge.idx, noun.idx + len(noun)


def predicate_noun(pronoun: Token) -> Token | None:
    """"It is Turkey's second campaign in Syria": the noun a copula says a subject "it"/"they" is, which tells what
    the pronoun stands for better than any earlier mention (often no actor at all: "it was the first time");
    None for other pronouns."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("it", "they") or verb.lemma_.lower() != "be":
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in NOMINAL_POS), None)


def speaker_of(pronoun: Token) -> Token | None:
    """"Turkey said it would attack": the subject of the reporting verb whose complement the pronoun opens; the
    owner of a noun whose "that" clause the pronoun opens reads the same ("Turkey's warning that it would
    attack", "the Pentagon's announcement that it aimed to …")."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj":
        return None
    if clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return next((c for c in clause.head.children if c.dep_ == "poss"), None)
    if clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def quote_speaker(pronoun: Token) -> Token | None:
    """"'We will return Afrin', Erdogan said": the subject of the quoting verb whose quoted complement holds the
    first-person pronoun (a quote's "we" is its speaker's side); None outside a quote in a sentence that has one."""
    if not any(t.text in QUOTE_MARKS for t in pronoun.sent):
        return None
    return reporting_speaker(pronoun)


def reporting_speaker(token: Token) -> Token | None:
    """The subject of the reporting verb whose complement holds the token ("the plan was an attack, Syria said"
    → Syria), whether that verb governs the clause or hangs off its root; None if none."""
    quoting = reporting_verbs("speaker")
    node = token
    while node.head != node:
        if node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in quoting:
            return _quoting_subject(node.head)
        node = node.head
    said = hanging_report(node)
    return _quoting_subject(said) if said is not None else None


def hanging_report(root: Token) -> Token | None:
    """The reporting verb the parser hangs off a clause's root when the report follows what it reports ("two
    men were arrested, police said": "said" is the root's parataxis or ccomp), or None."""
    quoting = reporting_verbs("speaker")
    said = (c for c in root.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in quoting)
    return next(said, None)


def _quoting_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in SELF_SUBJECTS), None)


def _speaker(pronoun: Token, mentions: list[Mention], kind: str) -> Actor | None:
    """The actor `speaker_of` names, when a mention covers it."""
    speaker = speaker_of(pronoun)
    mention = _covering(speaker, mentions) if speaker is not None else None
    return mention.actor if mention is not None and compatible(kind, mention) else None


def _unread_speaker(pronoun: Token, mentions: list[Mention]) -> Token | None:
    """The nominal speaker of `speaker_of` when no mention covers it, else None."""
    speaker = speaker_of(pronoun)
    if speaker is None or speaker.pos_ not in NOMINAL_POS or _covering(speaker, mentions) is not None:
        return None
    return speaker


def _covering(speaker: Token, mentions: list[Mention]) -> Mention | None:
    """The mention of the speaker's phrase: the one ending at its head when that is identified, else the last
    identified one inside the phrase ("Interviews with nine Syrian rebel commanders show they …"), else the one
    ending at its head (or None)."""
    end = speaker.right_edge.idx + len(speaker.right_edge)
    inside = [m for m in mentions if speaker.left_edge.idx < m.end <= end]
    head = next((m for m in reversed(inside) if speaker.idx < m.end <= speaker.idx + len(speaker)), None)
    if head is not None and identified(head.actor):
        return head
    return next((m for m in reversed(inside) if identified(m.actor)), head)
