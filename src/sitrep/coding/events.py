"""From a parsed article to event records: triggers → arguments → actors, status, date, place, casualties.

`extract_events(doc, article=..., dictionaries=...)` is a pure function of the spaCy Doc, the article's metadata and
the loaded dictionaries; tests can call it on Docs built by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..geo import PlaceMention, find_places
from ..geo.locate import doc_text
from ..records import Actor, Article, DateValue, Event, Evidence, Place
from .actor_conjuncts import reciprocal_pairs
from .actors import resolve_actor
from .arguments import conjuncts, is_first_person
from .attribution import Attribution, attributed_status, attribution_of, blamed_party, refers_back
from .authorities import acting_authority
from .claimants import claiming_holder, holder_actor, rejected_request
from .coref import (
    Mention,
    identified,
    modifier_names_party,
    reporting_speaker,
)
from .discourse import answered_requests
from .elaboration import absorb_casualty_clauses, clause_casualties
from .event_dates import event_date
from .finding import civil_targeting, find_triggers, support_noun
from .frames import ORDER_VERBS, apply_frames, demand_code, obligation_of, passive_threat
from .implicit import awaits_doer, called_status, calling_party, fill_implicit
from .incidents import (
    absorb_misplaced_weapons,
    act_mention,
    charged_party,
    drop_background,
    event_conjuncts,
    is_charge,
    is_dated_background,
    is_place_modifier,
    is_unarmed_movement,
    plea_status,
)
from .means import (
    absorb_incident_subjects,
    detainer,
    harm_incident,
    implied_sources,
    incident_subject,
    is_means,
    means_owner,
    means_words,
    source_candidates,
)
from .modes import refine_mode
from .nonevents import is_charged_violation, is_private_exchange, names_public_party
from .ontology import MATERIAL_CONFLICT, VERBAL_QUADS
from .parties import (
    owner_of,
    read_actor,
    remember_mentions,
    self_target,
    split_states,
    unhinted_source,
)
from .phrases import noun_chunks, span_text, trigger_text
from .quotes import quote_speaker_at
from .recipients import (
    FORCE_TYPES,
    conjoined_targets,
    gives_force_support,
    incident_target,
    read_target,
)
from .resources import Dictionaries
from .sourceless import doer_unknown, keeps_sourceless, own_words
from .speaker_seats import visit_destination
from .speakers import speaking_doer
from .status import StatusReading, read_status
from .targets import (
    antecedent_owners,
    contested_place,
    place_holders_in_story,
)
from .told_dates import date_told_incidents
from .triggers import (
    TriggerSense,
    lookup_noun,
    lookup_verb,
    sense_of_code,
)
from .weapons import is_weapon_name
from .when_where import event_place, located_target, main_country, named_town

CODER = "sitrep 0.1.0"
ACCUSE_CODE = "112"  # CAMEO accuse, not specified
THREAT_CODE = "138"  # CAMEO threaten to use military force
VERBAL_PROTEST_CODE = "111"  # CAMEO criticize or denounce: PLOVER ACCUSE
# a government's boycott reduces relations (CAMEO 161, PLOVER SANCTION)
BOYCOTT_CODE, BOYCOTT_RELATIONS_CODE = "143", "161"
STRIKE_MODE = "strike"  # "a 48-hour strike": a stoppage of work (PLOVER PROTEST strike), never a break in relations
OBSTRUCT_CODE = "144"  # CAMEO obstruct passage, block: PLOVER PROTEST obstruct
# war games of two states together: CAMEO 062 (cooperate militarily), not 150
EXERCISE_CODE, MILITARY_COOPERATION_CODE = "150", "062"
MILITARY_AID_CODE = "072"  # CAMEO provide military aid: PLOVER AID
NEGOTIATE_CODE = "046"  # a verb coded as negotiating by its object ("closed in on a deal") is done with one another
CIVIL_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR"})  # protesters, workers, students, farmers
# a clash whose party is a crowd of civilians, workers or students is a riot (CAMEO 145, PLOVER PROTEST riot; ACLED
# violent demonstration), not an armed clash; farmers and herders clashing is communal fighting (AGR left out)
RIOT_CODE, RIOTING_SECTORS = "145", frozenset({"CVL", "LAB", "EDU"})
CLASH_LEMMAS = frozenset({"clash", "scuffle", "brawl"})
GATHERING_VERBS = frozenset({"gather", "assemble"})  # "demonstrators gathered outside parliament": a protest
GATHERERS = frozenset({  # ... only where the subject names people who gather to protest ("leaders gathered": no)
    "protester", "protestor", "demonstrator", "striker", "activist", "opponent", "dissident", "marcher",
})
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "vigil"})  # "gathered in a protest"
ENABLING_VERBS = frozenset({"allow", "permit", "let", "enable"})  # lemmas: a party's concession, or mere causation


@dataclass
class DocState:
    """What coding one document accumulates: its places, actor mentions, and the last event date (the anchor)."""

    article: Article
    published: date
    places: list[PlaceMention]
    country: str | None = None  # the article's main country (actor country hint, place of last resort)
    mentions: list[Mention] = field(default_factory=list)
    pronouns: dict[int, Actor] = field(default_factory=dict)  # token index → the actor a pronoun stands for
    anchor: date | None = None
    sent_starts: list[int] = field(default_factory=list)
    keep_sourceless: bool = False
    doc_hash: str | None = None  # the article's content hash, taken once (see `_doc_hash`)
    held: list[Event] = field(default_factory=list)  # doerless hostile acts held for coding.implicit


def extract_events(doc: Doc, *, article: Article, dictionaries: Dictionaries,
                   keep_sourceless: bool = False) -> list[Event]:
    """Every event the article states, attributes, claims, denies, plans or hypothesises, in text order;
    `keep_sourceless` also keeps violence whose text names no perpetrator (see `keeps_sourceless`)."""
    published = article.published or date.today()
    places = find_places(doc_text(doc), gazetteer=dictionaries.gazetteer)  # works out the article's focus itself
    country = main_country(places, text=doc_text(doc), gazetteer=dictionaries.gazetteer)
    state = DocState(article, published, places, country=country, keep_sourceless=keep_sourceless)
    events: list[Event] = []
    sents = list(doc.sents)
    for sent, chunks in zip(sents, _chunks_by_sentence(doc, sents), strict=True):
        state.sent_starts.append(sent.start_char)
        remember_mentions(chunks, state=state, dictionaries=dictionaries)
        found = list(find_triggers(sent, dictionaries))
        coded = [(trigger, code_trigger(trigger, sense, state=state, dictionaries=dictionaries))
                 for trigger, sense in found]
        coded = absorb_misplaced_weapons(absorb_incident_subjects(coded, found, lexicon=dictionaries.triggers))
        events.extend(apply_frames(drop_background(absorb_casualty_clauses(coded)),
                                   status_of=lambda t: read_status(t, cues=dictionaries.cues).status))
    events = date_told_incidents(fill_implicit(events, held=state.held, sentences=sents), doc=doc)
    return answered_requests(events)  # "she begged them to …" … "they refused": towards her


def _chunks_by_sentence(doc: Doc, sents: list[Span]) -> list[list[Span]]:
    """The Doc's noun chunks (taken once, from the parse arrays: `phrases.noun_chunks`), grouped by the sentence
    their first token is in, in text order."""
    sentence_of = [0] * len(doc)
    for n, sent in enumerate(sents):
        sentence_of[sent.start : sent.end] = [n] * (sent.end - sent.start)
    grouped: list[list[Span]] = [[] for _ in sents]
    for chunk in noun_chunks(doc):
        grouped[sentence_of[chunk.start]].append(chunk)
    return grouped


def read_source(trigger: Token, *, state: DocState, dictionaries: Dictionaries,
                sense: TriggerSense | None = None, holder: Token | None = None) -> tuple[Token | None, list[Actor]]:
    """The source head and the actor(s) it names (one per conjunct); a bare modifier ("military operation")
    counts only when it identifies someone. Given the trigger's sense, a means that names no actor ("a roadside
    bomb killed", coding.means) gives way to its owner ("a Hamas rocket", "Israeli missiles"); where no phrase
    names one, the implied doers are tried (`means.implied_sources`; `holder` is the release's detainer)."""
    for head in source_candidates(trigger):
        actors = _parties(head, state=state, dictionaries=dictionaries)
        unnamed = not actors or not (identified(actors[0]) or actors[0].sector)  # "the attack" read as no one
        if (unnamed or is_weapon_name(head)) and sense is not None and is_means(head, sense, dictionaries.triggers):
            owner = means_owner(head)  # "hit by an RPG": a weapon the tagger named is no party either
            if owner is None:
                continue
            head, actors = owner, _parties(owner, state=state, dictionaries=dictionaries)  # one per conjunct
        modifier = head.dep_ in ("compound", "amod", "nmod")
        if actors and (not modifier or modifier_names_party(actors[0], head)) \
                and not is_place_modifier(head, trigger, sense):
            return head, actors
    for implied in implied_sources(trigger, sense, lexicon=dictionaries.triggers, holder=holder):
        actor = read_actor(implied, state=state, dictionaries=dictionaries)
        if actor is not None and (modifier_names_party(actor, implied) or actor.sector and _agent_phrase(implied)):
            return implied, _parties(implied, state=state, dictionaries=dictionaries) or [actor]  # one per conjunct
    return None, []


def _agent_phrase(head: Token) -> bool:
    """Whether `head` is the object of a phrase naming an act's doer ("by militants", "blamed on rebels",
    "attributed to Isis"), which names the doer even where it gives no country (the story may give one later)."""
    return head.dep_ == "pobj" and head.head.lower_ in ("by", "on", "to")


def _released(patient: Token, holder: Token, *, state: DocState, dictionaries: Dictionaries) -> Actor | None:
    """The people a holder releases, read without the phrase naming the holder ("foreign fighters held by the SDF":
    foreign fighters, not the SDF)."""
    held = next((c for c in patient.children if c.dep_ == "acl" and holder in c.subtree), None)
    if held is None:
        return None
    text = patient.doc[patient.left_edge.i : held.i].text
    return resolve_actor(text, dictionary=dictionaries.actors, when=state.published) or Actor(text=text)


def code_trigger(trigger: Token, sense: TriggerSense, *, state: DocState,
                 dictionaries: Dictionaries) -> list[Event]:
    """The events (one per source conjunct) that one trigger expresses: [] when the text names a source that
    cannot be identified, one event with source None when the clause names no source at all; [] for history
    ("the 1994 genocide")."""
    incident = incident_subject(trigger, sense, lexicon=dictionaries.triggers)  # "the 2003 attack killed 80"
    if any(is_dated_background(t, published=state.published) for t in (trigger, incident) if t is not None):
        return []
    if is_charge(trigger) or is_charged_violation(  # "jailed a student for helping militants": the charge
            trigger, sense, read=lambda word: resolve_actor(word, dictionary=dictionaries.actors)):
        return []
    if (threats := code_threat(trigger, sense, state=state, dictionaries=dictionaries)) is not None:
        return threats  # "Daesh must be beaten", "the terrorists will be crushed": the speaker's threat
    if (obligation := obligation_of(trigger)) is not None \
            and (demands := code_demand(obligation, sense, state=state, dictionaries=dictionaries)) is not None:
        return demands
    if (charges := code_characterisation(trigger, sense, state=state, dictionaries=dictionaries)) is not None:
        return charges
    holder = detainer(trigger, sense)  # "fighters held by the SDF are released": the SDF, who held them
    source_tok, named = read_source(trigger, state=state, dictionaries=dictionaries, sense=sense, holder=holder)
    held = attribution_of(trigger) if not named and sense.quad_class == MATERIAL_CONFLICT else None
    if held is not None:  # "Iran is responsible for the attacks": the party held responsible
        source_tok, named = held.party, _parties(held.party, state=state, dictionaries=dictionaries)
    elif not named and (acting := acting_authority(
            trigger, read=lambda t: _parties(t, state=state, dictionaries=dictionaries))) is not None:
        source_tok, named = acting  # "police said two men had been arrested": the police
    elif not named and (asker := calling_party(trigger, sense)) is not None:  # "X called for protests": X's
        source_tok, named = asker, _parties(asker, state=state, dictionaries=dictionaries)
    elif not named and (spoken := speaking_doer(trigger)) is not None:  # "a Kurdish leader said the fight ..."
        source_tok, named = spoken, _parties(spoken, state=state, dictionaries=dictionaries)
    if trigger.lemma_.lower() in ENABLING_VERBS \
            and not _enabling_party(source_tok, named, state=state, dictionaries=dictionaries):
        return []  # "the fall of Afrin allowed Turkey to boast", "it allowed the Kurds to claim": causation
    sources: list[Actor | None] = list(named)
    target_tok, target = read_target(trigger, sense, state=state, dictionaries=dictionaries)
    if (blamed := blamed_party(trigger)) is not None:  # "blamed the attack on Boko Haram": the accused
        target_tok, target = blamed, read_actor(blamed, state=state, dictionaries=dictionaries)
    if (accused := charged_party(trigger)) is not None:  # "he faces charges of murder": him, not the crime
        target_tok, target = accused, read_actor(accused, state=state, dictionaries=dictionaries)
    if target_tok is not None and target_tok == source_tok:  # "Vietnam is committed to": the party, not the target
        target_tok, target = None, None
    if target_tok is not None and source_tok is not None and holder == source_tok:
        target = _released(target_tok, source_tok, state=state, dictionaries=dictionaries) or target
    if not identified(target):
        target_tok, target = incident_target(trigger, sense, state=state, dictionaries=dictionaries) \
            or (target_tok, target)
    contested = contested_place(trigger)  # "the battle for Raqqa": against whoever holds Raqqa, not Raqqa
    if contested is not None and target_tok == contested:
        target_tok, target = _place_holder(contested, state=state, dictionaries=dictionaries)
    sources = [unhinted_source(s, target, target_tok, state=state, dictionaries=dictionaries) for s in sources]
    status = called_status(trigger, sense, read_status(trigger, cues=dictionaries.cues))  # "urged a strike"
    status = attributed_status(status, held) if held is not None and named else status
    status = plea_status(status) if accused is not None else status  # "pleaded not guilty to charges"
    status = StatusReading("asserted") if status.status == "negated" and doer_unknown(trigger) else status  # "not clear who"
    if not sources and status.status in ("claimed", "denied") and status.holder is not None:
        # "X claimed the bombing", "X denied any role in the attack": the holder is the party
        subject = next(iter(source_candidates(trigger)), None)
        sources = [a for a in (claiming_holder(status.holder, subject, state=state, dictionaries=dictionaries),) if a]
    if not sources and sense.event_type == "REJECT" \
            and (asked := rejected_request(trigger, state=state, dictionaries=dictionaries)) is not None:
        sources, target_tok, target = [asked[0]], asked[1], asked[2]  # "calls for US support were rebuffed"
    if not sources and (campaign := _campaign_party(trigger, target, state=state, dictionaries=dictionaries)):
        sources = [campaign]  # "an insurgency against Turkish forces continued": the insurgents
    killed, injured = clause_casualties(trigger)
    awaiting = False
    if not sources:
        if not keeps_sourceless(trigger, sense, casualties=killed is not None or injured is not None,
                                status=status.status, state=state, lexicon=dictionaries.triggers):
            if mention_of(trigger, sense, dictionaries) is not None \
                    or not awaits_doer(trigger, sense, status=status.status, lexicon=dictionaries.triggers):
                return []
            awaiting = True  # held for the document's pass: the story may name its doer (coding.implicit)
        sources = [None]
    if trigger.lemma_.lower() in GATHERING_VERBS and sense.event_type == "PROTEST" \
            and not _gatherers(trigger, source_tok):
        return []  # "leaders gathered in Paris": no protest
    if is_unarmed_movement(trigger, sense, sources):
        return []  # "refugees crossed into Turkey": no mobilization
    if is_private_exchange(sense.quad_class, source_tok, target) and not names_public_party(
            target_tok, read=lambda word: resolve_actor(word, dictionary=dictionaries.actors)):
        return []  # "a man on Tinder rejected him": no political actor
    if sense.event_type == "PROTEST" and sense.mode != STRIKE_MODE and sources[0] is not None \
            and sources[0].sector == "GOV":  # a stoppage of work is a labour strike whoever is read as its party
        code = BOYCOTT_RELATIONS_CODE if sense.cameo == BOYCOTT_CODE else VERBAL_PROTEST_CODE
        sense = sense_of_code(code, pattern=f"{sense.pattern}, by a government") or sense
    if sense.event_type == "COERCE" and sense.mode == "restrict" and sources[0] is not None \
            and sources[0].sector in CIVIL_SECTORS:  # "protesters blocked the highway": a blockade by civilians
        sense = sense_of_code(OBSTRUCT_CODE, pattern=f"{sense.pattern}, by civilians") or sense
    if sense.event_type == "ASSAULT" and trigger.lemma_.lower() in CLASH_LEMMAS and sources[0] is not None \
            and sources[0].sector in RIOTING_SECTORS:  # "protesters clashed with police": a violent protest
        sense = sense_of_code(RIOT_CODE, pattern=f"{sense.pattern}, by civilians") or sense
    sense = civil_targeting(trigger, sense, source=sources[0], lexicon=dictionaries.triggers)  # sanctions officials
    if sense.event_type == "SUPPORT" and gives_force_support(trigger, target):  # "provided support to the SDF"
        sense = sense_of_code(MILITARY_AID_CODE, pattern=f"{sense.pattern}, given to a force") or sense
    if sense.cameo == EXERCISE_CODE and len({s.country for s in sources if s is not None and s.country}) > 1:
        sense = sense_of_code(MILITARY_COOPERATION_CODE, pattern=f"{sense.pattern}, jointly") or sense
    words = [t.lower_ for t in (source_tok.subtree if source_tok is not None else ())] + own_words(trigger) \
        + means_words(trigger, sense, lexicon=dictionaries.triggers)
    sense = refine_mode(sense, words=words)
    when = event_date(trigger, state=state)
    where = event_place(trigger, state=state, exclude=_party_heads(source_tok, target_tok, sense),
                        hostile=sense.event_type in FORCE_TYPES, speaker=sources[0],
                        verbal=sense.quad_class in VERBAL_QUADS, kind=sense.event_type)
    mention = act_mention(trigger, mention_of(trigger, sense, dictionaries))
    if sense.event_type in FORCE_TYPES and not (target and target.country) and contested is None:
        target = located_target(trigger, target, state=state, exclude=_party_heads(source_tok, None, sense))
    targets = event_conjuncts(conjoined_targets(target_tok, target, state=state, dictionaries=dictionaries),
                              lexicon=dictionaries.triggers)  # "attacks on troops and assassinations": two acts
    reciprocal_act = "cooperate" if sense.cameo == MILITARY_COOPERATION_CODE else "negotiate" \
        if sense.cameo == NEGOTIATE_CODE and trigger.pos_ == "VERB" else trigger.lemma_
    reciprocal = reciprocal_pairs(reciprocal_act, sources, has_target=identified(target))  # "X and Y met"
    pairs: list[tuple[Actor | None, Token | None, Actor | None]] = [(s, None, t) for s, t in reciprocal]
    acts = [] if held is not None and refers_back(trigger) else [  # "X is behind this attack": told before
        build_event(trigger, sense, source=source, target=None if self_target(source, head, each) else each,
                    status=status,
                    when=when, where=_target_place(head, sense, state) or where, killed=killed, injured=injured,
                    state=state, dictionaries=dictionaries, mention=mention)
        for source, head, each in pairs or [(s, h, e) for s in sources for h, e in targets]
        if each is None or source is None or (source.text, source.name) != (each.text, each.name) or pairs
    ]  # the same phrase as both parties is no event; two pronouns ("it aimed to …, transforming it") may be
    if awaiting:
        state.held.extend(acts)
        return []
    return acts + _accusation(trigger, held, status, accused=named, where=where, state=state, dictionaries=dictionaries)


def mention_of(trigger: Token, sense: TriggerSense, dictionaries: Dictionaries) -> Token | None:
    """The word the evidence names as the trigger when it is not the trigger itself: "killed in an attack",
    "opened an inquiry"."""
    return incident_subject(trigger, sense, lexicon=dictionaries.triggers) \
        or harm_incident(trigger, lexicon=dictionaries.triggers) \
        or support_noun(trigger, sense, dictionaries.triggers)


def _campaign_party(trigger: Token, target: Actor | None, *, state: DocState,
                    dictionaries: Dictionaries) -> Actor | None:
    """The fighters a campaign noun stands for when the actor dictionary reads the noun itself as a party, as its
    act's source where the campaign is its clause's subject with an identified target in its own "against" phrase
    ("an insurgency against Turkish forces continued", "the rebellion against the king spread": insurgents, rebels);
    not where it is mentioned ("the fight against the insurgency", "the cradle of the rebellion against Assad") or
    is the object of its party's verb ("the PKK has waged an insurgency against the Turkish state")."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass") or not identified(target) \
            or not any(c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children):
        return None
    actor = resolve_actor(trigger.text, dictionary=dictionaries.actors, when=state.published)
    if actor is None:
        return None
    return Actor(**{**actor.__dict__, "text": trigger.doc[trigger.left_edge.i : trigger.i + 1].text})


def _parties(head: Token, *, state: DocState, dictionaries: Dictionaries) -> list[Actor]:
    """The actor(s) a party's head names, one per conjunct (and per state a conjoined modifier names)."""
    return [s for t in conjuncts(head) if (a := read_actor(t, state=state, dictionaries=dictionaries))
            for s in split_states(t, a, state=state, dictionaries=dictionaries)]


def _accusation(trigger: Token, held: Attribution | None, status: StatusReading, *, accused: list[Actor],
                where: Place | None, state: DocState, dictionaries: Dictionaries) -> list[Event]:
    """The speaker's accusation (CAMEO 112) of the party it holds responsible ("the minister said Iran is
    responsible for the attacks"), once per frame (not for a conjoined incident); none where the frame word is
    itself a blaming word (the verb "blame" is an ACCUSE event of its own), the incident is not reported on an
    identified speaker's word, or the speaker is the party. A frame noun counts where the party is its verb's subject
    ("the minister said Israel bears responsibility for the attack")."""
    predicated = held is not None and (held.word.pos_ in ("ADJ", "ADP") or held.party.dep_ == "nsubj")
    if held is None or not predicated or trigger.dep_ == "conj" \
            or status.status != "reported" or status.cue is None:
        return []
    accuser = holder_actor(status.holder, state=state, dictionaries=dictionaries)
    accusation = sense_of_code(ACCUSE_CODE, pattern="<speaker> said <party> was responsible for <act>")
    if accusation is None or not identified(accuser):
        return []
    return [build_event(held.word, accusation, source=accuser, target=party,
                        status=read_status(status.cue, cues=dictionaries.cues), when=event_date(trigger, state=state),
                        where=where, killed=None, injured=None, state=state, dictionaries=dictionaries)
            for party in accused if identified(party) and not _same_party(party, accuser)]


def _enabling_party(source_tok: Token | None, named: list[Actor], *, state: DocState,
                    dictionaries: Dictionaries) -> bool:
    """Whether the subject of "allow"/"let" is a party that concedes: an identified one, and not an "it" unless the
    clause reports its speaker's own words ("Iraq said it would allow inspectors back"); "it allowed the Kurds to
    claim ..." says what a situation made possible."""
    if not named or not all(identified(a) for a in named):
        return False
    if source_tok is None or source_tok.lower_ != "it":
        return True
    speaker = reporting_speaker(source_tok.head)
    said = read_actor(speaker, state=state, dictionaries=dictionaries) if speaker is not None else None
    return said is not None and (_same_party(said, named[0]) or (said.country or "-") == named[0].country)


def code_demand(obligation: tuple[Token, Token], sense: TriggerSense, *, state: DocState,
                dictionaries: Dictionaries) -> list[Event] | None:
    """What a statement says another must do ("Russia said that Sudan must return …", frames.obligation_of) as
    the speaker's demand of that party, one event per speaker; None (code the act itself) when the statement's
    word is an event of its own ("agreed that they should …", "demanded that …"), names no speaker we can read,
    or obliges the speaker ("Israel said it must defend itself"); an order of a hostile act ("ordered troops to
    attack") is the act itself, by the one who ordered it."""
    statement, obliged = obligation
    lexicon = dictionaries.triggers
    if statement.lemma_.lower() in ORDER_VERBS and sense.quad_class == MATERIAL_CONFLICT:
        return None  # "ordered troops to attack", "ordered the paper to close": the act, by whoever ordered it
    if statement.pos_ == "NOUN" and lookup_noun(lexicon, statement.lemma_.lower()) is not None:
        return None
    if statement.pos_ != "NOUN" and lookup_verb(lexicon, statement.lemma_.lower()) is not None:
        return None
    speaker_tok, speakers = read_source(statement, state=state, dictionaries=dictionaries)
    addressee = None if obliged.dep_ == "nsubjpass" or is_first_person(obliged) \
        else read_actor(obliged, state=state, dictionaries=dictionaries)
    speakers = [s for s in (unhinted_source(s, addressee, obliged, state=state, dictionaries=dictionaries)
                            for s in speakers) if s is not None]
    demand = sense_of_code(demand_code(sense.cameo), pattern=f"{sense.pattern}, demanded")
    if not speakers or demand is None or is_first_person(obliged) \
            or any(_same_party(s, addressee) for s in speakers):
        return None
    where = event_place(statement, state=state, exclude=[*_party_heads(speaker_tok, None, demand), obliged],
                        speaker=speakers[0], verbal=True)
    status, when = read_status(statement, cues=dictionaries.cues), event_date(statement, state=state)
    return [build_event(statement, demand, source=speaker, target=addressee, status=status, when=when,
                        where=where, killed=None, injured=None, state=state, dictionaries=dictionaries)
            for speaker in speakers]


def code_threat(trigger: Token, sense: TriggerSense, *, state: DocState,
                dictionaries: Dictionaries) -> list[Event] | None:
    """A speaker's "Daesh must be beaten", "the terrorists will be crushed" (frames.passive_threat) as the
    speaker's THREATEN (CAMEO 138) against the party named, one event per speaker (the reporting verb's subject,
    else the quote's speaker: a coded party or a named person); None (code as before) for other clauses, a
    patient that is no party, or no such speaker apart from the patient. The threat is a verbal act, placed where
    it is said ("… must be crushed, Erdoğan said in Ankara": Ankara), not where the threatened act would be."""
    if sense.event_type != "ASSAULT" or (patient := passive_threat(trigger)) is None:
        return None
    speaker_tok = reporting_speaker(trigger) or quote_speaker_at(trigger)[1]
    parts = [o for p in patient.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
             if o.dep_ == "pobj"]
    readings = (read_actor(t, state=state, dictionaries=dictionaries) for t in (patient, *parts))
    target = next((a for a in readings if identified(a)), None)  # "the last pockets of this organisation": it
    threat = sense_of_code(THREAT_CODE, pattern=f"{sense.pattern}, said of an enemy")
    if speaker_tok is None or threat is None or target is None:
        return None
    speakers = [s for s in _parties(speaker_tok, state=state, dictionaries=dictionaries)
                if (identified(s) or speaker_tok.pos_ == "PROPN") and not _same_party(s, target)]  # "Parly said"
    status, when = read_status(speaker_tok.head, cues=dictionaries.cues), event_date(trigger, state=state)
    statement = speaker_tok.head if speaker_tok.head.pos_ in ("VERB", "AUX") else trigger
    where = event_place(statement, state=state, exclude=[speaker_tok, patient],
                        speaker=speakers[0] if speakers else None, verbal=True)
    return [build_event(trigger, threat, source=s, target=target, status=status, when=when, where=where,
                        killed=None, injured=None, state=state, dictionaries=dictionaries) for s in speakers] or None


def code_characterisation(trigger: Token, sense: TriggerSense, *, state: DocState,
                          dictionaries: Dictionaries) -> list[Event] | None:
    """A speaker calling another's act violence ("The US plan was a blatant attack on Syrian sovereignty, Syria
    said"): the noun is the predicate of a copula whose subject is a thing, not an event's perpetrator, so the
    event is the speaker's accusation of whoever that thing belongs to (CAMEO 112); None where the noun is no such
    predicate or the speaker or the accused cannot be identified."""
    copula = trigger.head
    if trigger.dep_ != "attr" or copula.pos_ != "AUX" or sense.quad_class != MATERIAL_CONFLICT:
        return None
    subj = next((c for c in copula.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    speaker = reporting_speaker(copula)
    accusation = sense_of_code(ACCUSE_CODE, pattern="<thing> was an attack, <speaker> said")
    if subj is None or speaker is None or accusation is None:
        return None
    accuser = read_actor(speaker, state=state, dictionaries=dictionaries)
    accused = owner_of(subj, state=state, dictionaries=dictionaries) or next(
        (a for t in antecedent_owners(subj) if identified(a := read_actor(t, state=state, dictionaries=dictionaries))),
        None)
    if not identified(accuser) or not identified(accused) or _same_party(accuser, accused):  # type: ignore[arg-type]
        return None
    where = event_place(copula, state=state, exclude=[speaker, subj])
    return [build_event(trigger, accusation, source=accuser,
                        target=accused, status=StatusReading("asserted"), when=event_date(trigger, state=state),
                        where=where, killed=None, injured=None, state=state, dictionaries=dictionaries)]


def _place_holder(place: Token, *, state: DocState,
                  dictionaries: Dictionaries) -> tuple[Token | None, Actor | None]:
    """The party the story names as holding a place fought for (targets.place_holders_in_story), else no target:
    a battle for a town is not fought against the town."""
    holders = ((h, read_actor(h, state=state, dictionaries=dictionaries)) for h in place_holders_in_story(place))
    return next(((h, a) for h, a in holders if identified(a)), (None, None))


def _same_party(a: Actor, b: Actor | None) -> bool:
    return b is not None and (a.text == b.text or (a.actor_id is not None and a.actor_id == b.actor_id))


def _target_place(head: Token | None, sense: TriggerSense, state: DocState) -> Place | None:
    """The town a material event's target names is where it happened ("bombed Idlib and Aleppo": one event in
    each), and so is the town a threat targets ("threatened the town of Manbij"); it wins over the place the clause
    rule chose."""
    if head is None or (sense.quad_class in VERBAL_QUADS and sense.event_type != "THREATEN"):
        return visit_destination(head, cameo=sense.cameo, places=state.places)  # "toured Paris and London"
    return named_town(head, places=state.places)


def _party_heads(source: Token | None, target: Token | None, sense: TriggerSense) -> list[Token]:
    """The phrases that cannot be the event's place: the source's conjuncts ("the US and Britain attacked"), and
    for words (verbal events) the target's too ("Turkey accused Syria"); a town attacked, besieged or given aid is
    where the event happened ("Jets bombed Idlib")."""
    heads = conjuncts(source) if source is not None else []
    if target is not None and sense.quad_class in VERBAL_QUADS:
        heads += conjuncts(target)
    return heads


def _gatherers(trigger: Token, source: Token | None) -> bool:
    """Whether a gathering is a protest: its subject names protesters ("thousands of opponents of the coup
    gathered") or it gathers in or for a protest ("20,000 people gathered in a peaceful protest")."""
    if any(o.lemma_.lower() in PROTEST_NOUNS for p in trigger.children if p.dep_ == "prep"
           for o in p.children if o.dep_ == "pobj"):
        return True
    return source is not None and any(t.lemma_.lower() in GATHERERS or t.lower_.rstrip("s") in GATHERERS
                                      for t in source.subtree)


def build_event(trigger: Token, sense: TriggerSense, *, source: Actor | None, target: Actor | None,
                status: StatusReading, when: DateValue, where: Place | None, killed: int | None,
                injured: int | None, state: DocState, dictionaries: Dictionaries,
                mention: Token | None = None) -> Event:
    """Assemble the Event record; `mention` is the word the evidence names as the trigger when it is not the
    trigger itself (the incident noun a verb's event stands for: "a bombing killed two")."""
    sent = trigger.sent
    holder = holder_actor(status.holder, state=state, dictionaries=dictionaries)
    confidence = 0.4 + 0.25 * (source is not None) + 0.15 * (target is not None) + 0.1 * (where is not None) \
        + 0.05 * bool(source and source.actor_id)
    return Event(
        doc_id=state.article.doc_id, doc_hash=_doc_hash(state), event_type=sense.event_type,
        status=status.status, mode=sense.mode, context=list(sense.context), cameo=sense.cameo,
        quad_class=sense.quad_class, goldstein=sense.goldstein, source=source, target=target,
        attributed_to=holder if status.status in ("reported", "claimed") else None,
        denied_by=holder if status.status == "denied" else None,
        date=when, location=where, killed=killed, injured=injured, confidence=min(confidence, 0.95),
        evidence=Evidence(sentence=span_text(sent), start=sent.start_char, end=sent.end_char,
                          trigger=trigger_text(mention or trigger), trigger_start=(mention or trigger).idx),
        coder=CODER,
    )


def _doc_hash(state: DocState) -> str:
    """The article's content hash (a SHA-256 of its whole text), computed for its first event only."""
    if state.doc_hash is None:
        state.doc_hash = state.article.hash
    return state.doc_hash

