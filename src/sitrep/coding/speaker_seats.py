"""Where a statement is made when its own clause names no place: an organisation named as its venue ("At the UN,
...": geo.seats `venue_place`), the capital of the national government that speaks ("Turkey's president has
accused the US": Ankara), or the seat of the state or international body the speaker was resolved to
(`speaker_seat`: "the UN security council met": New York). Split out of `coding.when_where`, which calls these for
verbal acts.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..geo import PlaceMention
from ..geo.locate import choose_event_place
from ..geo.seats import capital_place, seat_country, state_country, venue_place
from ..records import Actor, Place

INTERNATIONAL_BODIES = frozenset({"UNO", "IGO", "EUR"})  # actor countries of bodies with a seat of their own
ARMED_SECTORS = frozenset({"REB", "UAF", "MIL"})  # armed groups, who are where the story's fighting is
GIVEN_KINDS = frozenset({"SUPPORT", "AGREE"})  # verbal cooperation given to a party: effective where it is
FIELD_BODIES = frozenset({"UN"})  # "the UN" as a whole: its envoys, agencies and staff speak where they work
GLOSS = re.compile(r"\s*\([^)]*\)")  # a dictionary name's gloss: "United Nations Security Council (UN)"
SITE_NOUNS = frozenset(  # where the story's captives, displaced and field workers are: "a woman in the camp"
    {"camp", "jail", "prison", "cell", "detention", "custody", "tent", "ground"}
)
SITE_PREPOSITIONS = frozenset({"at", "in", "inside", "from", "on"})
CAPTIVE_VERBS = frozenset({"capture", "detain", "hold", "jail", "imprison", "trap", "strand"})
MEETING_LEMMAS = frozenset({"meet", "meeting"})
VISIT_CODE = "042"  # CAMEO "make a visit": its recipient may be the place visited ("toured Paris")
OWN_POSSESSIVES = frozenset({"my", "our", "your"})
SPEAKING_VERBS = frozenset({"speak", "talk", "write"})  # "Speaking from the jail where he is held, Letts said"

VENUE_PREPOSITIONS = frozenset({"at", "in"})
STATEMENT_VERBS = frozenset(  # verbal acts a government makes where it sits (speaker_capital)
    {"accuse", "blame", "condemn", "denounce", "criticise", "criticize", "warn", "threaten", "vow", "demand", "urge",
     "reject", "deny", "protest", "welcome", "praise", "appeal", "pledge", "promise", "announce", "dismiss",
     "refuse", "allege", "insist"}
)
GOVERNMENT_NOUNS = frozenset(
    {"president", "leader", "government", "ministry", "minister", "premier", "chancellor", "spokesman",
     "spokeswoman", "spokesperson"}
)


def compounds(token: Token) -> list[Token]:
    """The compound words before a noun ("Nato" in "Nato headquarters")."""
    return [c for c in token.lefts if c.dep_ == "compound"]


def seat_venue(trigger: Token) -> Place | None:
    """An organisation a locative "at"/"in" on the act itself names as its venue ("At the UN, the UK's ambassador
    told the security council", "speaking at Nato headquarters"): where the organisation sits (geo.seats
    `venue_place`). Only there: elsewhere the UN or Nato is an actor, not a place."""
    for prep in trigger.children:
        objects = [o for o in prep.children if o.dep_ == "pobj"] if prep.dep_ == "prep" else []
        for obj in objects if prep.lower_ in VENUE_PREPOSITIONS else []:
            found = venue_place(" ".join(t.text for t in [*compounds(obj), obj]))
            if found is not None:
                return found
    return None


def speaker_capital(trigger: Token, *, speaker: Actor | None = None, verbal: bool = False) -> Place | None:
    """A statement (STATEMENT_VERBS: accuse, warn, condemn ...) whose subject is a national government or leader
    ("Turkey's president, Recep Tayyip Erdoğan, has accused the US", "Ankara warned", "the Kremlin denied") is made
    at that government's seat, its capital: a country the sentence names is what the statement is about. A
    subject with no country word of its own ("Erdoğan accused", "Lavrov warned", "he denied") is the government's
    when its resolved actor, the `speaker`, is (`government_country`). A `verbal` act is a statement whatever
    its verb ("Moscow called for", "Ankara slammed"); a conjoined verb shares its first verb's subject ("Syria
    condemned the action and summoned them")."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None and trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        subject = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
    if not (verbal or trigger.lemma_.lower() in STATEMENT_VERBS) or subject is None:
        return None
    country = named_country(subject)
    if country is None and subject.lemma_.lower() in GOVERNMENT_NOUNS:
        owners = [c for c in subject.children if c.dep_ in ("poss", "amod", "compound")]
        country = next((found for owner in owners if (found := named_country(owner))), None)
    country = country or government_country(subject, speaker)
    return capital_place(country) if country is not None else None


def government_country(subject: Token, speaker: Actor | None) -> str | None:
    """The country of a national government's member or organ the subject stands for: a name or pronoun
    ("Lavrov", "he") or a government noun ("the minister") resolved to a state's government (actor_id
    "RUS-GOV")."""
    if speaker is None or speaker.sector != "GOV" or speaker.actor_id != f"{speaker.country}-GOV":
        return None  # a regional authority ("the Kurdish administration": AANES) sits elsewhere
    if subject.pos_ in ("PROPN", "PRON") or subject.lemma_.lower() in GOVERNMENT_NOUNS:
        return speaker.country
    return None


def named_country(token: Token) -> str | None:
    """The country a proper name or adjective names as a government: "Turkey", "Turkish", "Ankara", "Kremlin"."""
    if token.pos_ not in ("PROPN", "ADJ"):
        return None
    name = " ".join(t.text for t in [*compounds(token), token])
    return state_country(name)


def speaker_seat(speaker: Actor | None) -> Place | None:
    """Where the body a verbal act's speaker was resolved to sits, when the act's sentence names no place: a
    state named as such or its national government speaks from its capital ("Turkey is opposed to any
    offensive": Ankara), an
    international body from its curated headquarters (venues.csv: "the UN security council met to condemn it":
    New York); not "the UN" at large (FIELD_BODIES: "UN envoy meets southern rebels"). None for anyone else (a
    person, an armed group, a party, a ministry's region): where they spoke is not known, and the country the
    statement is about is not it."""
    if speaker is None or speaker.country is None:
        return None
    if speaker.country in INTERNATIONAL_BODIES and speaker.actor_id not in FIELD_BODIES:
        names = [speaker.text, GLOSS.sub("", speaker.name or "")]
        return next((found for name in names if name and (found := venue_place(name))), None)
    state = speaker.actor_id == speaker.country and state_country(speaker.name or "") == speaker.country \
        and state_country(speaker.text) == speaker.country  # "Turkey is opposed": not "they", "Letts" coded so
    if state or speaker.actor_id == f"{speaker.country}-GOV":  # not a group coded by its country alone
        return capital_place(speaker.country)
    return None


def speaks_at_home(speaker: Actor, *, country: str | None) -> bool:
    """The speaker is of the story's `country`, or an armed group coded with no country ("Isis is refusing to go",
    "Kurdish-led forces on the ground disputed the claim"): it speaks where it fights, the story's country."""
    return speaker.country == country or (speaker.country is None and speaker.sector in ARMED_SECTORS)


def visit_destination(head: Token | None, *, cameo: str, places: list[PlaceMention]) -> Place | None:
    """Where a visit (CAMEO "make a visit") is made when its recipient names a place: that place, a seat of
    government the gazetteer read as another kind of place being the capital (`host_capital`). Each conjoined
    destination is its own visit ("touring Washington, Paris and London": one at each capital)."""
    if head is None or cameo != VISIT_CODE:
        return None
    return host_capital(next((m.place for m in places if m.start <= head.idx < m.end), None))


def host_capital(place: Place | None) -> Place | None:
    """The place a visit is made at, its host: a seat of government the gazetteer read as another kind of place
    ("touring Washington, Paris and London": the state of Washington) is the national capital it names."""
    if place is None or place.precision == "place":
        return place
    country = seat_country(str(place.text or place.name))
    return (capital_place(country) if country is not None else None) or place


def speaks_on_site(trigger: Token) -> bool:
    """The statement's speaker is where the story happens, by their own description: at or in a camp, jail or
    tent ("UN agencies and workers at the camp denied", "aid workers on the ground"), captured or held ("an
    American woman captured by Kurdish forces has pleaded", "a Swedish woman held in the camp blamed"); the act or
    a verb it is conjoined with or reported by is there ("her daughter died in the camp, and she blames", "speaking
    from the jail"), or its words are of the speaker's own site ("They threaten to burn your tent"). The speaker is the subject of the act or of a verb it is reported
    by ("A woman held in the camp said she blames ...")."""
    verbs = [trigger, *trigger.ancestors]
    subjects = [c for verb in verbs for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_on_site(t) for subject in subjects for t in subject.subtree) or any(_own_site(t) for t in trigger.subtree):
        return True
    return any(_site_phrase(verb) for verb in verbs) or any(
        c.dep_ == "advcl" and c.lemma_.lower() in SPEAKING_VERBS and _site_phrase(c) for verb in verbs
        for c in verb.children)


def _own_site(token: Token) -> bool:
    """A site the speaker or the one addressed calls their own ("They threaten to burn your tent", "our camp"):
    words quoted from someone there."""
    return token.lemma_.lower() in SITE_NOUNS and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES
                                                       for c in token.children)


def _on_site(token: Token) -> bool:
    """A speaker's description puts them on site: a site phrase ("at the camp") or a captive participle
    ("captured by Kurdish forces", "held in al-Hol")."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in CAPTIVE_VERBS:
        return True
    return token.dep_ == "prep" and _site_object(token)


def _site_phrase(verb: Token) -> bool:
    return any(c.dep_ == "prep" and _site_object(c) for c in verb.children)


def _site_object(prep: Token) -> bool:
    """A locative preposition whose object is a site noun: "at the camp", "from the jail", "on the ground"."""
    if prep.lower_ not in SITE_PREPOSITIONS:
        return False
    return any(o.dep_ == "pobj" and o.lemma_.lower() in SITE_NOUNS and (o.lower_ != "ground" or prep.lower_ == "on")
               for o in prep.children)


def restated_act(trigger: Token) -> Token | None:
    """The verb that restates the act in a headline run into its lede ("UN envoy meets southern rebels UN Special
    Envoy ... met with leaders ... in southern Syria"): a conjunct of the same verb, where the lede places it."""
    conjuncts = [c for c in trigger.children if c.dep_ == "conj"]
    if trigger.dep_ == "conj":
        conjuncts.append(trigger.head)
    lemma = trigger.lemma_.lower()
    return next((c for c in conjuncts if c.pos_ == "VERB" and c.lemma_.lower() == lemma), None)


def meeting_place(trigger: Token, mentions: list[PlaceMention], *, exclude: list[tuple[int, int]]) -> Place | None:
    """Where a verbal act its own clause does not place is told in the same sentence: by the verb that restates it
    in a headline run into its lede (`restated_act`: "UN envoy meets southern rebels UN Special Envoy ... met with
    ... in Geneva"), or, for a meeting, by the phrase of the party met (`met_party_place`)."""
    again = restated_act(trigger)
    said = choose_event_place(trigger.sent, again, mentions, exclude=exclude, verbal=True) if again else None
    if said is not None:
        return said.place
    return met_party_place(trigger, mentions) or (met_party_place(again, mentions) if again else None)


def met_party_place(trigger: Token, mentions: list[PlaceMention]) -> Place | None:
    """A meeting is held where the party met is, as its own phrase places it ("met with leaders of the Southern
    Front alliance in southern Syria"), like a visit at its destination; not a place the party is named by ("met
    Moscow's envoy"), nor a thing's ("has met a mixed response in Europe": no party met)."""
    if trigger.lemma_.lower() not in MEETING_LEMMAS:
        return None
    parties = [c for c in trigger.children if c.dep_ == "dobj"]
    parties += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
                if o.dep_ == "pobj"]
    parties = [party for party in parties if _party_noun(party)]
    for mention in mentions:
        span = trigger.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in SITE_PREPOSITIONS \
                and any(_phrase_below(span.root, party) for party in parties):
            return mention.place
    return None


def _party_noun(token: Token) -> bool:
    """A noun that reads as people met: a name, a plural ("leaders") or someone's ("his counterpart"); not a
    thing ("met a mixed response in Europe", "met resistance")."""
    return token.pos_ == "PROPN" or token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "poss" for c in token.children)


def _phrase_below(token: Token, party: Token) -> bool:
    """The token hangs below the party through phrases only, no clause of its own."""
    path: list[Token] = []
    for node in token.ancestors:
        if node == party:
            return not any(t.pos_ in ("VERB", "AUX") for t in path)
        path.append(node)
    return False
