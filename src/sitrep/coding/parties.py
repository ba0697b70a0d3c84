"""Who an event's parties are: the actor a phrase names (pronouns and "the group" referring back, a quote's
"we", one actor per state a conjoined modifier names, the place a stateless party's phrase gives), the owner or
place of a target, and the mentions each sentence leaves for later references. Used by `coding.events`,
`coding.recipients` and `coding.claimants` (the holder of a claim or of a rejected request)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, HEAD, LOWER
from spacy.tokens import Doc, Span, Token

from ..records import Actor, Place
from .actor_affiliations import MEMBER_NOUNS, armed_members
from .actor_event_nouns import war_mention
from .actor_home_forces import home_forces
from .actor_negatives import names_nobody
from .actor_persons import described_person, restate_name
from .actor_short_names import short_name_of
from .arguments import is_first_person, is_pronoun
from .coref import (
    Mention,
    antecedent,
    clause_objects,
    codes_of,
    compatible,
    definite_antecedent,
    definite_person,
    dominant_party,
    first_person_controller,
    fronted_subject,
    gender_of,
    identified,
    is_collective,
    is_coordination,
    is_mention_head,
    is_subject,
    mention_kind,
    named_person,
    predicate_noun,
    pronoun_kind,
    restates_first_person,
    side_of,
)
from .phrases import phrase, span_text
from .quotes import first_person_speaker, group_voice, quote_speaker_at
from .resources import Dictionaries
from .speakers import named_head

if TYPE_CHECKING:
    from .events import DocState

OWNER_DEPS = frozenset({"poss", "compound", "nmod", "pobj"})

NAMED_ACTOR_LABELS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
PLACING_PREPS = frozenset({"in", "inside", "throughout", "across"})  # "protesters in Baghdad": where they are
SITED_PARTICIPLES = frozenset({"base", "locate", "headquarter", "station"})  # lemmas: "based in", "located in"
SETTLEMENT_NOUNS = {  # head nouns of definite descriptions of a place named earlier, and the precisions they fit
    "town": ("place",), "city": ("place",), "village": ("place",), "capital": ("place",),
    "stronghold": ("place", "admin1"), "enclave": ("place", "admin1", "region"),
    "canton": ("place", "admin1", "region"), "province": ("admin1",), "governorate": ("admin1",),
    "region": ("admin1", "region"), "country": ("country",),
}
MAX_PLACE_SENTENCES_BACK = 3
MAX_BRACKET_TOKENS = 8  # "they [the US-led coalition]": an editor's bracket naming a pronoun is short
COUNT_NOUNS = frozenset({"dozen", "score", "ten", "hundred", "thousand", "million"})  # lemmas of "dozens of", ...
KIND_NOUNS = frozenset({"form", "kind", "sort", "type"})  # "any form of US-backed force": the force itself
OWNING_SECTORS, OWNING_PRONOUNS = frozenset({None, "GOV", "MIL"}), frozenset({"its", "their", "our", "his", "her"})
HOLDING_VERBS = frozenset({"have", "keep", "maintain", "retain", "station", "deploy", "base", "post", "position"})  # owners whose generic parties are theirs: states, governments, armies


def read_actor(head: Token, *, state: DocState, dictionaries: Dictionaries, owners: bool = True,
               home: bool = True) -> Actor | None:
    """The actor a phrase names; pronouns take the latest compatible actor mentioned before them. With `owners`
    false, a pronoun-owned phrase ("its troops") is read as written (`owned_actor` reads owners so: no recursion);
    with `home` false, a bare "police" stays stateless (`home_forces` reads doers, not owners of things)."""
    from .actors import resolve_actor

    if is_first_person(head):
        return _quoted_self(head, state=state, dictionaries=dictionaries)
    if names_nobody(head):  # "No group has claimed the killings"
        return None
    if is_pronoun(head):
        actor = state.pronouns.get(head.i) or _antecedent(head, state=state, dictionaries=dictionaries)
        return actor if _pronoun_worthy(actor) else None
    if (counted := counted_of(head)) is not None:  # "400 of the supporters", "hundreds of Kurds"
        actor = read_actor(counted, state=state, dictionaries=dictionaries, owners=owners)
        if actor is None or head.pos_ == "NUM":
            return actor
        return Actor(**{**actor.__dict__, "text": phrase(head).text})  # as written, like "40 Kurds"
    span = phrase(head)
    actor = resolve_actor(span_text(span), dictionary=dictionaries.actors, when=state.published,
                          country_hint=state.country)
    actor = short_name_of(span, located_actor(head, span, actor, state=state, dictionaries=dictionaries), state.mentions)
    if owners:
        actor = owned_actor(head, span, actor, state=state, dictionaries=dictionaries)
    sent = len(state.sent_starts) - 1
    if not identified(actor) and (known := definite_antecedent(head, state.mentions, sent=sent)
                                  or definite_person(head, state.mentions, sent=sent)):
        return known  # "the group", "the militias", "the 26-year-old": the party or person named before
    if not identified(actor) and (named := _remembered_person(span, state)) is not None:
        return named  # "Campbell": a person the article identified before (see `remember_mentions`)
    if actor is None and names_someone(span):
        return Actor(text=span.text)  # named, but not in our dictionary: keep it as written
    return home_forces(actor, span, state=state, dictionaries=dictionaries) if home else actor  # "the army"


def _remembered_person(span: Span, state: DocState) -> Actor | None:
    """The identified person mention `remember_mentions` recorded for a name, with the phrase as its text, or None."""
    end = span.end_char
    if span.root.pos_ != "PROPN":
        return None  # only a name: "a rapprochement with Assad, … Erdoğan" ends where a name does
    found = next((m for m in state.mentions if m.end == end and m.kind == "person"
                  and identified(m.actor) and m.actor.text[:1].isupper()), None)
    return Actor(**{**found.actor.__dict__, "text": span.text}) if found is not None else None


def located_actor(head: Token, span: Span, actor: Actor | None, *, state: DocState, dictionaries: Dictionaries,
                  held: bool = False) -> Actor | None:
    """A party whose phrase names no state (the article's country aside) takes the place of its own locative
    complement, which `phrase` leaves out: "demonstrators in Baghdad", "security forces in Guinea", "students
    throughout Indonesia" (read as the resolver reads "rebels in Ivory Coast"); the phrase's text stays. With
    `held`, forces a state has or keeps there are its own ("the US has 2,000 troops in Syria … they": `_holder`),
    as a later pronoun reads them; an event's party keeps the place's reading, as event coders code it."""
    prep = _placing_prep(head, span)
    if prep is None:
        return actor
    from .actors import resolve_actor  # (past the early exit: most phrases have no placing prep)

    bare = resolve_actor(span.text, dictionary=dictionaries.actors, when=state.published)
    if identified(bare):
        return actor
    if held and (holder := _holder(head, state=state, dictionaries=dictionaries)) is not None:
        return _owned_by(holder, head.doc[span.start : span.end].text, actor, dictionaries=dictionaries,
                         state=state)
    wider = head.doc[span.start : prep.right_edge.i + 1].text if prep.head != head \
        else f"{span.text} {head.doc[prep.i : prep.right_edge.i + 1].text}"
    placed = resolve_actor(wider, dictionary=dictionaries.actors, when=state.published)
    if placed is None or not placed.country or (bare is not None and placed.sector != bare.sector):
        return actor
    return Actor(**{**placed.__dict__, "text": actor.text if actor is not None else wider})


def owned_actor(head: Token, span: Span, actor: Actor | None, *, state: DocState,
                dictionaries: Dictionaries) -> Actor | None:
    """A generic party owned by a pronoun ("its troops", "their proxies") reads as the state the pronoun refers
    to would ("Turkey's troops" → TUR-MIL, "Turkey's proxies" → sponsor TUR; a quote's "our troops" are its
    speaker's); the phrase's text stays. Only a state or its government or army owns this way ("the PYD and its
    military wing" is not an army of Syria); "his men", "its fighters" are an armed group's own (`armed_members`)."""
    owner = _pronoun_owner(head)
    if owner is None or actor is None or actor.sector is None or (identified(actor) and head.lemma_ not in MEMBER_NOUNS):
        return actor
    found = _conjunct_owner(head, state=state, dictionaries=dictionaries)
    if found is None and _clause_owner(head, state=state, dictionaries=dictionaries) is not None:
        return actor  # "Syria will withdraw its troops from Lebanon": the actor's own forces, a theme, not a party
    if found is None:  # "our troops" in a quote: the speaker's
        found = _quoted_self(owner, state=state, dictionaries=dictionaries) if is_first_person(owner) \
            else antecedent(owner, state.mentions, sent=len(state.sent_starts) - 1)
    if (members := armed_members(found, head, actor)) or identified(actor) or found is None or not found.country \
            or found.sector not in OWNING_SECTORS:
        return members or actor
    return _owned_by(found, head.doc[owner.i + 1 : span.end].text, actor, dictionaries=dictionaries, state=state)


def _owned_by(owner: Actor, text: str, actor: Actor | None, *, state: DocState,
              dictionaries: Dictionaries) -> Actor | None:
    """The generic party `text` read as the owner's ("Turkey's troops" → TUR-MIL), keeping the actor's text; the
    actor as it was when that reading is no identified party of the actor's sector."""
    from .actors import resolve_actor

    owned = resolve_actor(f"{owner.name or owner.text}'s {text}", dictionary=dictionaries.actors, when=state.published)
    if actor is None or not identified(owned) or owned is None or owned.sector != actor.sector:
        return actor
    return Actor(**{**owned.__dict__, "text": actor.text})


def _holder(head: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """"The US has about 2,000 troops in Syria", "Russia plans to keep forces inside Syria": the identified state
    (or its government or army) that has, keeps or deploys the party its verb's object names, which makes them its
    own, stationed where the "in" phrase says (not Syria's); None otherwise."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in HOLDING_VERBS:
        return None
    while (subject := next((c for c in verb.children if c.dep_ == "nsubj"), None)) is None \
            and verb.dep_ in ("conj", "xcomp") and verb.head != verb:
        verb = verb.head
    owner = read_actor(subject, state=state, dictionaries=dictionaries, owners=False) if subject is not None else None
    return owner if identified(owner) and owner is not None and owner.country and owner.sector in OWNING_SECTORS \
        and not owner.sponsor else None


def _conjunct_owner(head: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """"Turkey and its proxies", "the PYD and its military wing": the pronoun owning a later conjunct is the
    first conjunct, whatever the sentence's subject; None for a phrase that is no conjunct."""
    if head.dep_ != "conj" or head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return read_actor(head.head, state=state, dictionaries=dictionaries, owners=False) or Actor(text=head.head.text)


def _clause_owner(head: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """"Turkey was preparing to send its military": the identified subject of the nearest clause over the phrase
    (through "to" complements), which a possessive pronoun in that clause refers to (the acting party's own
    forces, which `owned_actor` leaves uncoded); None if there is none."""
    node = head
    while node.head != node:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
        if subject is not None and subject.left_edge.i <= head.i <= subject.right_edge.i:
            return None  # "400 of their supporters": the phrase is part of the subject, which cannot own it
        if subject is not None:
            actor = None if is_pronoun(subject) and subject.i not in state.pronouns else read_actor(
                subject, state=state, dictionaries=dictionaries, owners=False)
            return actor if identified(actor) else None
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("xcomp", "conj"):
            return None
    return None


def _pronoun_owner(head: Token) -> Token | None:
    """The possessive pronoun that opens the phrase ("its", "their", "his" of a leader, a quote's "our"), or None."""
    if head.left_edge.lower_ not in OWNING_PRONOUNS:
        return None  # the owner opens the phrase: no need to look through the head's children
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in OWNING_PRONOUNS or owner.i != head.left_edge.i:
        return None
    return owner


def _placing_prep(head: Token, span: Span) -> Token | None:
    """The locative "in"/"throughout" phrase of the head, or of its "based"/"located" participle ("a newspaper
    based in Beirut"), that the argument phrase leaves out; None if none."""
    if head.i not in _placing_heads(head.doc):
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in PLACING_PREPS and child.i >= span.end:
            return child
        if child.dep_ == "acl" and child.lemma_.lower() in SITED_PARTICIPLES:
            found = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in PLACING_PREPS), None)
            if found is not None and found.i >= span.end:
                return found
    return None


PLACING_HEADS_KEY = "sitrep_placing_heads"


def _placing_heads(doc: Doc) -> frozenset[int]:
    """The tokens `_placing_prep` may find something under: heads of a placing preposition or of any "acl" (its
    lemma is read there), worked out once per Doc from its arrays and kept in doc.user_data (token indexes)."""
    known = doc.user_data.get(PLACING_HEADS_KEY)
    if known is None or known[0] != len(doc):
        values = doc.to_array([HEAD, DEP, LOWER])
        ids = doc.vocab.strings.add
        preps = numpy.array([ids(w) for w in PLACING_PREPS], dtype=numpy.uint64)
        placing = (values[:, 1] == ids("prep")) & (values[:, 2, None] == preps[None, :]).any(axis=1)
        chosen = numpy.flatnonzero(placing | (values[:, 1] == ids("acl")))
        heads = chosen + values[chosen, 0].astype(numpy.int64)  # HEAD is an offset, stored unsigned
        known = doc.user_data[PLACING_HEADS_KEY] = (len(doc), frozenset(heads.tolist()))
    return known[1]


def _quoted_self(head: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """A quote's "we"/"I" is its speaker ("'We will return Afrin', Erdogan said"; a quote over several sentences
    too, coding.quotes), with the pronoun as its text; None when no identified speaker quotes it."""
    speaker = first_person_speaker(head)
    actor = described_speaker(speaker, state=state, dictionaries=dictionaries) if speaker is not None else None
    return _as_pronoun(head, actor)


def _as_pronoun(pronoun: Token, actor: Actor | None) -> Actor | None:
    """The identified actor a pronoun stands for, with the pronoun as its text and the actor's name; else None."""
    if not identified(actor) or actor is None:
        return None
    return Actor(**{**actor.__dict__, "text": pronoun.text, "name": actor.name or actor.text})


def self_target(source: Actor | None, head: Token | None, target: Actor | None) -> bool:
    """Whether a pronoun target was read as the source itself, mention for mention (every code and name alike):
    a plain pronoun is not its own clause's subject ("I agree with him" is not Putin agreeing with Putin; "'Why
    are we fighting?' Trump asked": no Trump asking Trump); such an event keeps no target. Parties named apart
    stay, even with one code ("the regime bombed Syrians", "Mattis contradicted the president")."""
    if source is None or target is None or head is None or not (is_pronoun(head) or is_first_person(head)):
        return False
    codes = {**source.__dict__, "text": None}
    return identified(target) and codes == {**target.__dict__, "text": None}


def split_states(head: Token, actor: Actor, *, state: DocState, dictionaries: Dictionaries) -> list[Actor]:
    """One actor per state a conjoined modifier of the phrase names ("Hungarian and Romanian officials" → HUN-GOV,
    ROU-GOV; coding.actor_conjuncts), each keeping the phrase as written; else [actor]. Pronouns and parties
    found by reference stand as they are."""
    from .actor_conjuncts import resolve_actors

    if is_pronoun(head) or not identified(actor):
        return [actor]
    text = phrase(head).text
    if actor.text != text or not (" and " in text or ", " in text):
        return [actor]
    split = resolve_actors(text, dictionary=dictionaries.actors, when=state.published, country_hint=state.country)
    return split if len(split) > 1 else [actor]


def _antecedent(pronoun: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """`coref.antecedent` over the mentions so far; in a quote, "he"/"she" is never its own speaker, who would say
    "I" ("Erdogan said: 'He attacked our soldiers'": he is not Erdogan, unlike "Erdogan said he attacked"), so the
    speaker's mention is out of reach there. "they"/"it" may still be the speaker's side ("'Finally they gave in,'
    a YPJ source said": they, the YPJ commanders). A quoted subject "they" whose only lead is the narrator's clause
    on the speaker takes the side the story is about (`_quoted_they`)."""
    if (named := _bracketed(pronoun, state=state, dictionaries=dictionaries)) is not None:
        return named
    if (ahead := fronted_subject(pronoun)) is not None \
            and (actor := _as_pronoun(pronoun, read_actor(ahead, state=state, dictionaries=dictionaries))):
        return actor  # "Since it intervened in Syria, Russia ...": the main clause's subject
    depth, speaker = quote_speaker_at(pronoun)
    mentions = _others(pronoun, state=state, dictionaries=dictionaries)
    if not depth or speaker is None or pronoun_kind(pronoun) != "person":
        actor = antecedent(pronoun, mentions, sent=len(state.sent_starts) - 1,
                           read_speaker=_speaker_reader(state, dictionaries))
        if pronoun.lower_ == "they" and is_subject(pronoun) and not _pronoun_worthy(actor) \
                and _narrated_antecedent(pronoun, speaker, mentions):
            return _quoted_they(pronoun, speaker, state=state, dictionaries=dictionaries) or actor
        return actor
    own = phrase(speaker)  # the speaker's words, not a clause on them ("a resident, who was barred by X")
    mentions = [m for m in mentions if not own.start_char < m.end <= own.end_char]
    return antecedent(pronoun, mentions, sent=len(state.sent_starts) - 1)


def _others(pronoun: Token, *, state: DocState, dictionaries: Dictionaries) -> list[Mention]:
    """The mentions an object pronoun may refer to: under a first-person subject ("Our mission is to strangle it",
    said Erdogan) not the speaker's side, which would be "ourselves"; for a subject pronoun not the parties its
    own clause's objects name ("They are telling the Kurds": not the Kurds, `coref.clause_objects`); all of them
    for other pronouns."""
    if objects := clause_objects(pronoun):
        named = (read_actor(o, state=state, dictionaries=dictionaries, owners=False) for o in objects)
        own = {codes_of(a) for a in named if a is not None and identified(a)}
        return [m for m in state.mentions if codes_of(m.actor) not in own]
    first = first_person_controller(pronoun)
    speaker = _quoted_self(first, state=state, dictionaries=dictionaries) if first is not None else None
    if speaker is None:
        return state.mentions
    side = side_of(speaker)
    return [m for m in state.mentions if (side_of(m.actor) != side if side else m.actor.country != speaker.country)]


def _predicated(pronoun: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """What a copular subject pronoun is by its predicate noun ("It is Turkey's second major campaign": Turkey's,
    so a later "it launched" is Turkey), with the pronoun as its text; None when the predicate names no identified
    party ("it was the first time"): such a pronoun leaves nothing for later ones to chain to."""
    noun = predicate_noun(pronoun)
    actor = read_actor(noun, state=state, dictionaries=dictionaries) if noun is not None else None
    return _as_pronoun(pronoun, actor)


def _bracketed(pronoun: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """"they [the US] seem to be restrained": the identified party an editor's bracket right after a pronoun names
    (news brackets what a quoted pronoun stands for), with the pronoun as its text; None otherwise."""
    doc = pronoun.doc
    opening = pronoun.i + 1
    if opening >= len(doc) or doc[opening].text != "[":
        return None  # (the bracket first: most pronouns have none, and then no closing one is looked for)
    closing = next((t.i for t in doc[opening : opening + MAX_BRACKET_TOKENS] if t.text == "]"), None)
    if closing is None or closing == opening + 1:
        return None
    actor = read_actor(doc[opening + 1 : closing].root, state=state, dictionaries=dictionaries)
    return _as_pronoun(pronoun, actor)


def _narrated_antecedent(pronoun: Token, speaker: Token | None, mentions: list[Mention]) -> bool:
    """Whether the latest plural mention before a quoted pronoun lies in the narrator's phrase for the quote's
    speaker, relative clauses included ("a resident, who was barred from leaving by Kurdish groups, said: 'they
    bombed …'"): words about the speaker, not the speaker's own, whom the quote's "they" cannot look back to."""
    if speaker is None:
        return False
    before = [m for m in mentions if m.end <= pronoun.idx and compatible("plural", m)]
    start, end = speaker.left_edge.idx, speaker.right_edge.idx + len(speaker.right_edge)
    return bool(before) and start < before[-1].end <= end


def _quoted_they(pronoun: Token, speaker: Token | None, *, state: DocState,
                 dictionaries: Dictionaries) -> Actor | None:
    """A quoted subject "they" that nothing named before identifies stands for the side the article is about
    (`coref.dominant_party`), never the speaker's own: a local speaker's "they bombed the hospital" means the
    attackers, not a noun of the narrator's attribution ("a resident, barred from leaving by Kurdish groups,
    said"). The pronoun is its text; None if no side dominates."""
    own = read_actor(speaker, state=state, dictionaries=dictionaries) if speaker is not None else None
    found = dominant_party(state.mentions, besides=own, setting=state.country)
    if found is None:
        return None
    return Actor(**{**found.__dict__, "text": pronoun.text, "name": found.name or found.text})


def _speaker_reader(state: DocState, dictionaries: Dictionaries) -> Callable[[Token], Actor | None]:
    """What a speaker the noun chunks missed names ("the Turkish backed Free Syrian Army rebels said they …")."""
    def read(speaker: Token) -> Actor | None:
        actor = None if is_pronoun(speaker) else read_actor(speaker, state=state, dictionaries=dictionaries)
        return actor if _pronoun_worthy(actor) else None

    return read


def _pronoun_worthy(actor: Actor | None) -> bool:
    """Whether a pronoun may stand for the actor: an identified one; "they" standing for an uncoded phrase (even
    "Kurdish forces": in quoted speech it is as often the other side) is too weak to keep."""
    return identified(actor)


def names_someone(span: Span) -> bool:
    """A phrase that names a party the dictionary does not know: it holds a named entity (a person,
    organisation, nationality, place) or a proper noun, and its head is a noun."""
    if span.root.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(t.ent_type_ in NAMED_ACTOR_LABELS or t.pos_ == "PROPN" for t in span)


def placed_actor(head: Token, actor: Actor, *, state: DocState) -> Actor:
    """An unidentified target that is a place takes the place's name and country, as event coders code an
    attack on a town: the town named in the phrase ("the town of Jarablus"), or the place a definite
    description refers back to ("the town", "their home city" → the latest town named before it)."""
    if identified(actor):
        return actor
    span = phrase(head)
    named = [t.idx for t in (head, *(c for c in head.children if c.dep_ == "compound"), _of_object(head)) if t]
    inside = [m for m in state.places if any(m.start <= at < m.end for at in named)]
    place = inside[0].place if inside else _described_place(head, span, state=state) or _owning_place(head, state=state)
    if place is None or not place.country:
        return actor
    return Actor(**{**actor.__dict__, "name": place.name, "country": place.country})


def is_town_of(head: Token, state: DocState) -> bool:
    """"the town of Manbij, the starting point of the US presence": a place named by its "of" phrase, which its
    appositions (naming others) do not make a party."""
    of = _of_object(head) if head.lemma_.lower() in SETTLEMENT_NOUNS else None
    return of is not None and any(m.start <= of.idx < m.end for m in state.places)


def counted_of(head: Token) -> Token | None:
    """What a number counts, named by its "of" phrase: "400 of the supporters", and the plural number nouns
    "hundreds of Kurds", "dozens of activists", "thousands of civilians" (COUNT_NOUNS); also what a kind noun
    stands for ("any form of US-backed Kurdish force", "all kinds of militias": KIND_NOUNS); None otherwise."""
    counting = head.pos_ == "NUM" or (head.tag_ == "NNS" and head.lemma_.lower() in COUNT_NOUNS)
    if not counting and not (head.pos_ == "NOUN" and head.lemma_.lower() in KIND_NOUNS):
        return None
    return _of_object(head)


def _of_object(head: Token) -> Token | None:
    """"the town of Jarablus" → Jarablus."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _owning_place(head: Token, *, state: DocState) -> Place | None:
    """"Afrin had avoided the war until an incursion into its surrounding hills": the place (a town or region, not
    a country) that is the subject of a clause over a phrase owned by "its", which the phrase is part of; else None."""
    owner = _pronoun_owner(head)
    if owner is None or owner.lower_ != "its":
        return None
    node = head
    while node.head != node:
        node = node.head
        subjects = [c.idx for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < owner.i
                    and not _names_actor(c, state)]  # "Baghdad accepted its conditions": the government
        found = [m for m in state.places if any(m.start <= at < m.end for at in subjects)]
        if found and found[0].place.precision != "country":
            return found[0].place
    return None


def _names_actor(token: Token, state: DocState) -> bool:
    """Whether an identified actor mention ends at the token ("Baghdad" read as Iraq's government)."""
    end = token.idx + len(token)
    return any(m.end == end and identified(m.actor) for m in state.mentions)


def _described_place(head: Token, span: Span, *, state: DocState) -> Place | None:
    precisions = SETTLEMENT_NOUNS.get(head.lemma_.lower())
    definite = any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in head.lefts)
    if precisions is None or not definite:
        return None
    earlier = state.sent_starts[-(1 + MAX_PLACE_SENTENCES_BACK):][0]
    for mention in reversed(state.places):
        if earlier <= mention.start < span.start_char and mention.place.precision in precisions:
            return mention.place
    return None


def owner_of(head: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """An identified actor inside a thing's phrase: its possessor, a modifier, or an "of"/"to" complement."""
    for token in phrase(head):
        nationality = token.dep_ == "amod" and token.ent_type_ == "NORP"  # "Iraqi towns", "the Iraqi border"
        if token == head or not (nationality or (token.dep_ in OWNER_DEPS and token.pos_ in ("PROPN", "NOUN"))):
            continue
        actor = read_actor(token, state=state, dictionaries=dictionaries, home=False)  # "gas fired by police"
        if actor is not None and identified(actor):
            return actor
    return None


def remember_mentions(chunks: list[Span], *, state: DocState, dictionaries: Dictionaries) -> None:
    """Record the actors named in a sentence's noun chunks, and the actors its pronouns stand for (which then
    count as mentions themselves, so "They … they" chains)."""
    from .actors import resolve_actor

    sent = len(state.sent_starts) - 1
    for chunk in chunks:
        root = chunk.root
        if root.dep_ == "appos" and (described := described_person(root, state=state, dictionaries=dictionaries)):
            restate_name(state.mentions, root.head, Mention(chunk.end_char, described, "person", sent,
                                                        gender=gender_of(chunk)))
            continue  # "the British ambassador, Simon Collis": the name, for later "Mr Collis" and "he"
        if (kind := pronoun_kind(root)) is not None:
            actor = _predicated(root, state=state, dictionaries=dictionaries) if predicate_noun(root) is not None \
                else _antecedent(root, state=state, dictionaries=dictionaries)
            if actor is not None:
                state.pronouns[root.i] = actor
                state.mentions.append(Mention(chunk.end_char, actor, kind, sent, is_subject(root),
                                              gender=gender_of(root)))
            continue
        if not is_mention_head(chunk) or restates_first_person(chunk):
            continue
        span = phrase(root)  # the first conjunct, without relative clauses ("rebel commanders and officials")
        text = span_text(span)
        actor = resolve_actor(text, dictionary=dictionaries.actors, when=state.published, country_hint=state.country)
        actor = located_actor(root, span, actor, state=state, dictionaries=dictionaries, held=True)
        actor = war_mention(root, short_name_of(span, actor, state.mentions), text)  # "the Coalition"; "the war"
        actor = owned_actor(root, span, actor, state=state, dictionaries=dictionaries)
        kind = mention_kind(chunk)
        if not identified(actor) and (known := named_person(chunk, state.mentions, sent=sent)
                                      or described_person(root, state=state, dictionaries=dictionaries)):
            actor, kind = Actor(**{**known.__dict__, "text": text}), "person"  # "Campbell": named before
        if actor is None and names_someone(span):
            actor = Actor(text=text)  # someone the dictionary does not know still takes pronouns
        if actor is not None:
            state.mentions.append(Mention(chunk.end_char, actor, kind, sent, is_subject(root), is_collective(chunk),
                                          gender_of(chunk) if kind == "person" else None))
            if is_coordination(chunk):  # "the US, the EU and Britain … they": the group, named by its first member
                state.mentions.append(Mention(chunk.end_char, actor, "plural", sent, is_subject(root)))


def unhinted_source(source: Actor | None, target: Actor | None, target_head: Token | None, *, state: DocState,
                    dictionaries: Dictionaries) -> Actor | None:
    """The source without the article's country when that country is only the target's own: a party with no
    country of its own ("Archbishop Desmond Tutu", "the Bush administration") reads "the government"-like words
    as the article's state, but when the target is that state itself and the article names the state nowhere
    else ("called for sanctions against Nigeria", "declared that China must …"), the state is the one acted on,
    not the actor's. The hint stays when the article names a town of the state, when the target is a party of
    the state ("demands that Burundi's government …") or the state is only the scene ("blocked streets in Hong
    Kong"). A country the source's phrase names itself is kept."""
    from .actors import resolve_actor

    hint = state.country
    if source is None or source.country != hint or target is None or target.country != hint \
            or target.sector is not None or target_head is None or _scene(target_head) \
            or target.text.endswith(("'s", "’s")):  # "Burundi's": the owner of the party acted on
        return source
    ours = [m for m in state.places if m.place.country == hint]
    start, end = target_head.left_edge.idx, target_head.right_edge.idx + len(target_head.right_edge)
    if not ours or any(m.place.precision != "country" or m.start < start or m.end > end for m in ours):
        return source
    bare = resolve_actor(source.text, dictionary=dictionaries.actors, when=state.published, country_hint=None)
    if bare is None or bare.country is not None or bare.sector != source.sector:
        return source
    return bare


SCENE_PREPS = frozenset({"in", "at", "throughout", "across", "inside", "around", "near"})


def _scene(head: Token) -> bool:
    """Whether a phrase is where something happens ("in Hong Kong"), not who it is done to."""
    return head.dep_ == "pobj" and head.head.lower_ in SCENE_PREPS


def described_speaker(speaker: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """The party a quote's speaker stands for: the speaker's phrase, else, for a speaker named apart from what
    they are ("Hero, a Kurdish resident of Afrin"; "a Kurdish resident, Hero"), the description beside the name:
    a quote's "we"/"us" is then that group; a bare name quoted right after a group's report is one of that group
    (`quotes.group_voice`: "..., say Kurdish locals. '...,' said Areen, 34")."""
    actor = read_actor(speaker, state=state, dictionaries=dictionaries)
    if identified(actor):
        return actor
    if actor is None and (person := named_person_of(speaker, state=state, dictionaries=dictionaries)) is not None:
        speaker, actor = person  # "'...,' he said": he, the person named (and described) before
    beside = [c for c in speaker.children if c.dep_ == "appos"] + ([speaker.head] if speaker.dep_ == "appos" else [])
    beside += [group] if (group := group_voice(speaker)) is not None else []
    described = (read_actor(t, state=state, dictionaries=dictionaries) for t in beside if t.pos_ in ("NOUN", "PROPN"))
    return next((a for a in described if identified(a)), actor)


def named_person_of(pronoun: Token, *, state: DocState, dictionaries: Dictionaries) -> tuple[Token, Actor] | None:
    """The earlier name (its head) a "he"/"she" stands for, with the pronoun's reading, when that person is named
    but not coded ("Aldar Khalili ... said ... '...,' he said", coding.speakers.named_head): a pronoun only stands
    for a coded party (`read_actor`), but a speaker the text names is the party of their own words all the same."""
    if not is_pronoun(pronoun) or pronoun_kind(pronoun) != "person":
        return None
    actor = state.pronouns.get(pronoun.i) or _antecedent(pronoun, state=state, dictionaries=dictionaries)
    if actor is None or not actor.name:
        return None
    head = named_head(pronoun, actor.name, state.mentions)
    return (head, actor) if head is not None else None
