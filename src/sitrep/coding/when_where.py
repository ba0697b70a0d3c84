"""Where an event happened (its date: `coding.event_dates`): the place its
clause names (else a place named just before, else the article's main country; a verbal act its speaker's seat,
else none: `_unplaced_statement`). Split out of `coding.events`, which calls these with its DocState.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..geo import PlaceMention, find_places
from ..geo.area_cues import locating_cue
from ..geo.borders import border_area, country_words
from ..geo.gazetteer import load_gazetteer
from ..geo.locate import PLACE_NOUNS, VISIT_LEMMAS, choose_event_place, clause_head, doc_text, locates
from ..geo.seats import is_seat, names_seat_as_party
from ..geo.unresolved import COARSE_KINDS, focus_province, named_within, unresolved_mentions
from ..records import Actor, Place
from .other_events import in_talks_phrase, introduces_place, other_event_spans
from .phrases import phrase
from .speaker_seats import (
    GIVEN_KINDS,
    compounds,
    host_capital,
    meeting_place,
    seat_venue,
    speaker_capital,
    speaker_seat,
    speaks_at_home,
    speaks_on_site,
)

if TYPE_CHECKING:
    from ..geo.gazetteer import Gazetteer
    from .events import DocState

SEAT_AFTER = re.compile(r"[-–](?:based|headquartered|registered)\b")
TOWN_KINDS = ("place", "near")
COUNTRY_AREA_NOUNS = frozenset(  # nouns a nationality adjective makes a country's area: "in the Syrian war"
    {"war", "conflict", "territory", "airspace", "waters", "soil", "side", "countryside", "desert", "coast"}
)
AREA_PREPOSITIONS = frozenset({"in", "into", "inside", "within", "across", "throughout", "over", "on"})
HOME_KINDS = frozenset({"town", "city", "village"})
WORLD_NOUNS = frozenset({"world", "globe"})  # "around the world": many places, none of them the act's one place
SPREAD_PREPOSITIONS = frozenset({"around", "across", "throughout", "over"})
FOCUS_MIN_MENTIONS = 3  # focus_town: how often, and in what share of the main country's town mentions, a town is named
FOCUS_SHARE = 0.5
FOCUS_LEAD = 2  # ... or at least this many times as often as the next town
WIDER_AREAS = frozenset({"country", "territory", "region", "nation", "east", "west", "north", "south", "countryside"})
ANAPHOR_KINDS = {  # a place noun read as "the place of this kind named last": the precisions it may stand for
    "town": TOWN_KINDS,
    "city": TOWN_KINDS,
    "village": TOWN_KINDS,
    "enclave": (*TOWN_KINDS, "region"),
    "province": ("admin1",),
    "governorate": ("admin1",),
}
BORDER_NOUNS = frozenset({"border", "frontier"})  # singular: "inside Turkish borders" is Turkey's territory
PLACE_PARTS = frozenset(  # nouns for parts of a town: "its outskirts" has a town for "its" (not "its centre",
    # "its edge": a party has a command centre and a military edge)
    {"outskirt", "outskirts", "hill", "hills", "suburb", "suburbs", "countryside", "surroundings", "environs",
     "neighbourhood", "neighborhood", "district", "street", "periphery"}
)
NEAR_WORDS = (
    "near",
    "outside",
    "close to",
    "around",
    "on the outskirts of",
    "north of",
    "south of",
    "east of",
    "west of",
    "km from",
    "kilometres from",
    "miles from",
    "the vicinity of",
)


def main_country(places: list[PlaceMention], *, text: str, gazetteer: Gazetteer | None = None) -> str | None:
    """The country most of the article's named (sub-national) places are in, else the country named most,
    else (with a `gazetteer`) the one country the text's nationality adjectives name ("according to the
    Pakistani Federal Secretary"; "Burmese troops ... on the Thai border" names two: none). A place that only
    says where an organisation sits ("a UK-based monitor") tells nothing of the story's country."""
    told = [m for m in places if m.place.country and not SEAT_AFTER.match(text, m.end)]
    counts = Counter(m.place.country for m in told if m.place.precision != "country")
    counts = counts or Counter(m.place.country for m in told)
    if counts:
        return _most_named(counts, told=told, text=text, gazetteer=gazetteer)
    if gazetteer is None:
        return None
    adjectives = find_places(text, gazetteer=gazetteer, adjectives=True)
    named = {m.place.country for m in adjectives if m.place.country}
    return named.pop() if len(named) == 1 else None


def _most_named(counts: Counter[str | None], *, told: list[PlaceMention], text: str,
                gazetteer: Gazetteer | None) -> str | None:
    """Of the countries tied for most place mentions, the one the article names most often at all (its name, its
    places and, with a `gazetteer`, its nationality adjective: a speech "in Cairo" about "Iranian boots" in "eastern
    Syria" ties three countries at one town each), else the one named first (the lede or dateline names the
    story's country before the others)."""
    top = max(counts.values())
    tied = [country for country, count in counts.items() if count == top]
    if len(tied) == 1:
        return tied[0]
    named = told if gazetteer is None else [
        m for m in find_places(text, gazetteer=gazetteer, adjectives=True) if not SEAT_AFTER.match(text, m.end)]
    overall = Counter(m.place.country for m in named)
    first = {country: n for n, country in reversed(list(enumerate(m.place.country for m in named)))}
    return min(tied, key=lambda country: (-overall[country], first.get(country, len(named))))


def event_place(trigger: Token, *, state: DocState, exclude: list[Token], hostile: bool = False,
                speaker: Actor | None = None, verbal: bool = False, kind: str | None = None) -> Place | None:
    """The place the event's own clause names (geo.locate's rule; a `hostile` act's at its target), with precision
    `near` after "near"/"outside", unless that is a country and the act's phrase names a part of a town with "its"
    ("A safe haven in the tempest of Syria, Afrin had avoided the war until an incursion into its surrounding
    hills": Afrin); else a place named in the two previous sentences; else the article's main country. `speaker`
    is the event's resolved source, whose government seat a statement may be made at (`speaker_seats.speaker_capital`). A
    `verbal` act (quad class 1 or 3) is placed where it is made (`_statement_place`); its PLOVER type (`kind`)
    tells backing and agreement given to a party (GIVEN_KINDS) from statements."""
    excluded = [(phrase(t).start_char, phrase(t).end_char) for t in exclude]
    if verbal and trigger.lemma_.lower() in VISIT_LEMMAS:  # a visit is made at its host: "Assad visited Moscow"
        return host_capital(_statement_place(trigger, state=state, excluded=[], speaker=None, given=True))
    if verbal:
        return _statement_place(trigger, state=state, excluded=excluded, speaker=speaker,
                                given=kind in GIVEN_KINDS)
    if _worldwide(trigger):  # "launching attacks around the world": no one place, not the clause's country
        return None
    excluded += other_event_spans(trigger)  # "coincided with the launch of an offensive in Iraq": not Iraq
    best = choose_event_place(trigger.sent, trigger, state.places, exclude=excluded, hostile=hostile)
    part = _possessor_place(trigger, state=state)  # "into its surrounding hills": finer than a country named
    part = part or _border_place(trigger, state=state)  # "redeploy closer to the Turkish border"
    venue = seat_venue(trigger)  # "At the UN, the UK's ambassador told the security council"
    venue = venue or speaker_capital(trigger, speaker=speaker)  # "Turkey's president has accused the US ..."
    if venue is not None and (best is None or best.place.precision == "country"):
        return venue
    recalled = _antecedent_place(trigger, state=state) if best and not _own_mention(best, trigger) else None
    if recalled is not None:  # "launched an attack on the nearby province": not the Afrin of "the Afrin assault"
        return recalled
    named = _unresolved_place(trigger, state=state, excluded=excluded, hostile=hostile)
    if named is not None and part is None and (best is None or best.place.precision in COARSE_KINDS):
        area = best.place if best is not None else _fallback_place(trigger, state=state, part=None, hostile=hostile)
        return named_within(trigger.doc, named, area=area, in_sentence=best is not None, country=state.country,
                            country_place=focus_province(state.places, country=state.country)
                            or _focus_place(state))
    if best is not None and (by := _located_by(best, state=state, doc=trigger.doc)) is not None:
        return by  # "in Al Sukhnah city located in eastern Homs": the finer place, at the one that locates it
    if best is not None and (part is None or best.place.precision != "country"):
        return _with_precision(best, doc_text(trigger.doc))
    return _fallback_place(trigger, state=state, part=part, hostile=hostile)


def _fallback_place(trigger: Token, *, state: DocState, part: Place | None, hostile: bool) -> Place | None:
    """Where an act whose sentence names no usable place happened: the story's home town, the place a definite
    place noun recalls, a part of a place, a country its adjective names, a place of the two sentences before, the
    story's town for violence, else the article's main country."""
    home = focus_town(state, text=doc_text(trigger.doc)) if _home_town(trigger) else None
    recalled = home or _antecedent_place(trigger, state=state) or part or _adjective_country(trigger) \
        or (None if introduces_place(trigger) else _recent_place(trigger, state))  # "seized a town": a new one
    town = focus_town(state, text=doc_text(trigger.doc)) if hostile and not _wider_area(trigger) else None
    return recalled or town or _focus_place(state)


def _unresolved_place(trigger: Token, *, state: DocState, excluded: list[tuple[int, int]],
                      hostile: bool) -> PlaceMention | None:
    """A place name the gazetteer lacks, where the act's clause puts the act: a name typed by its place noun ("a
    barrel bomb on the village of Taduf", "the Midan district") or a place entity after a locative preposition
    ("killed in clashes near Adra", a small town the gazetteer knows only abroad). It is chosen by geo.locate's
    rule among the sentence's resolved and unresolved mentions (a country or province that locates it loses to
    it), and only when it hangs under the act or in its clause, not elsewhere in the sentence."""
    sent = trigger.sent
    unresolved = [m for m in unresolved_mentions(trigger.doc, state.places)
                  if sent.start_char <= m.start < sent.end_char]
    if not unresolved:
        return None
    mentions = sorted([*state.places, *unresolved], key=lambda m: m.start)
    found = choose_event_place(sent, trigger, mentions, exclude=excluded, hostile=hostile)
    span = trigger.doc.char_span(found.start, found.end, alignment_mode="expand") if found else None
    if found is None or found.place.country is not None or span is None:
        return None
    return found if trigger in (span.root, *span.root.ancestors) or _in_clause(span.root, trigger) else None


def _located_by(best: PlaceMention, *, state: DocState, doc: Doc) -> Place | None:
    """A name the gazetteer lacks that the text locates by the place chosen for the act, right before it ("Orum
    al-Kubrah near Aleppo", "Al Sukhnah city located in eastern Homs"): under its own name, at that place's
    point, with precision "near" after "near", "outside" or "east of", else that place's precision."""
    text = doc_text(doc)
    named = max((m for m in unresolved_mentions(doc, state.places) if m.end <= best.start), default=None,
                key=lambda m: m.end)
    cue = locating_cue(text[named.end : best.start]) if named is not None else None
    if named is None or cue is None:
        return None
    area = _with_precision(best, text)
    precision = "near" if cue == "near" and area.precision == "place" else area.precision
    return Place(text=named.text, name=named.text, lat=area.lat, lon=area.lon, country=area.country,
                 admin1=area.admin1, precision=precision)


def _own_mention(mention: PlaceMention, trigger: Token) -> bool:
    """The place mention hangs on the act through its own phrases ("an attack on Idlib")."""
    span = trigger.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root in trigger.subtree and _own_phrase(span.root, trigger)


def _in_clause(token: Token, trigger: Token) -> bool:
    """The token hangs in the trigger's clause: below the verb that heads it, through no other clause."""
    return token in clause_head(trigger).subtree and _own_phrase(token, clause_head(trigger))


def _statement_place(trigger: Token, *, state: DocState, excluded: list[tuple[int, int]],
                     speaker: Actor | None, given: bool = False) -> Place | None:
    """Where a verbal act (a statement, accusation, appeal, threat, meeting) is made: a place a locative phrase on
    the act or its speaker names ("said in Geneva", geo.locate's `verbal` rule), a venue ("at the UN"), the seat of
    the government that speaks ("Erdoğan denounced Assad": Ankara) or of the state or international body the
    speaker is (`speaker_seat`: "the UN security council met to condemn it": New York). Never a place the statement
    speaks of ("accuses Israel of backing them" after a strike in Quneitra) nor one an earlier sentence names: the
    earlier sentence tells of the topic, not of where the speaker is. A message to the story's people ("dropping
    leaflets telling us to surrender") reaches them in their town (`_home_town`). Else `_unplaced_statement`."""
    best = choose_event_place(trigger.sent, trigger, state.places, exclude=excluded, verbal=True)
    venue = seat_venue(trigger) or speaker_capital(trigger, speaker=speaker, verbal=True)
    if venue is not None and (best is None or best.place.precision == "country"):
        return venue
    if best is not None:
        return _with_precision(best, doc_text(trigger.doc))
    home = focus_town(state, text=doc_text(trigger.doc)) if _home_town(trigger) else None
    home = home or meeting_place(trigger, state.places, exclude=excluded)  # "meets rebels ... met ... in Syria"
    return home or _unplaced_statement(speaker, state=state, given=given, on_site=speaks_on_site(trigger))


def _unplaced_statement(speaker: Actor | None, *, state: DocState, given: bool, on_site: bool) -> Place | None:
    """Where a verbal act its sentence does not place was made: the seat of the state or international body that
    speaks (`speaker_seat`: "the UN security council met to condemn it": New York), else the article's main
    country for a speaker of that country, who speaks at home ("Kurdish leaders accused the US" in a story from
    Syria), else nowhere knowable: a foreign or unknown speaker's words ("the EU proposed safe havens", "a phone
    call with Putin") are not said in the country they are about. Backing or agreement `given` to a party ("the US
    has supported the YPG", "at the invitation of the Syrian government") takes effect where the story's parties
    are: the main country, and so does a speaker with no seat whose description puts them on site (in a camp or
    jail, captured: `speaks_on_site`)."""
    if given:
        return _focus_place(state)
    seat = speaker_seat(speaker)
    if seat is None and (on_site or (speaker is not None and speaks_at_home(speaker, country=state.country))):
        return _focus_place(state)
    return seat


def _adjective_country(trigger: Token) -> Place | None:
    """A country the act's own locative phrase names by its adjective ("intervened in the Syrian war", "flew into
    Turkish airspace", "struck targets inside Syrian territory"): the country the act happened in, where geo.locate
    sees no place (a demonym is no place name) and an earlier sentence's town would otherwise be taken."""
    for noun in trigger.subtree:
        if noun.lemma_.lower() not in COUNTRY_AREA_NOUNS or noun.dep_ != "pobj" or not _own_phrase(noun, trigger):
            continue
        if noun.head.lower_ not in AREA_PREPOSITIONS:
            continue
        for adjective in (c for c in noun.children if c.dep_ == "amod" and c.lower_ in country_words()):
            found = find_places(adjective.text, gazetteer=load_gazetteer(), adjectives=True)
            return next((m.place for m in found if m.place.precision == "country"), None)
    return None


def _home_town(trigger: Token) -> bool:
    """The act's own phrase names someone's home town ("encircled their home city", "shelled his hometown"), or
    the act is done to "us" (`_us_object`): the town the story's people come from, which is the story's town,
    not the place named last ("fleeing Afrin for Aleppo. ... encircled their home city": Afrin)."""
    return any((_home_noun(t) and _own_phrase(t, trigger)) or _us_object(t) for t in trigger.subtree)


def _us_object(token: Token) -> bool:
    """ "us" as the object of the act or of what it carries ("They have been dropping leaflets telling us to
    trust them and surrender"): the story's people speak of themselves, and what is done to them is done in their
    town. Lower-case only: "the US" is a country."""
    return token.text == "us" and token.dep_ in ("dobj", "dative", "pobj")


def _home_noun(token: Token) -> bool:
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    return lemma == "hometown" or (lemma in HOME_KINDS and any(c.lower_ == "home" for c in token.children))


def _antecedent_place(trigger: Token, *, state: DocState) -> Place | None:
    """A definite place noun in the trigger's phrase ("Turkey's incursion into the border enclave", "shelled the
    town") names the last place of its kind the article named before it, however that place was mentioned."""
    anaphor = next((t for t in trigger.subtree if _place_anaphor(t) and _own_phrase(t, trigger)), None)
    if anaphor is None:
        return None
    kinds = ANAPHOR_KINDS[anaphor.lemma_.lower()]
    text = doc_text(trigger.doc)
    for mention in reversed(state.places):
        if mention.end <= anaphor.idx and mention.place.precision in kinds:
            return mention.place
        if mention.end <= anaphor.idx and "admin1" in kinds and mention.place.precision == "place":
            province = _namesake_province(text[mention.start : mention.end], country=mention.place.country)
            if province is not None:
                return province
    return None


def _namesake_province(name: str, *, country: str | None) -> Place | None:
    """The province a town is the capital and namesake of ("the nearby province" after "in Idlib": Idlib
    province), as the gazetteer reads "<name> province"; None where the name is no province's."""
    found = find_places(f"{name} province", gazetteer=load_gazetteer())
    return next((m.place for m in found if m.place.precision == "admin1" and m.place.country == country), None)


def _possessor_place(trigger: Token, *, state: DocState) -> Place | None:
    """A part of a place with "its" in the trigger's phrase ("an incursion into its surrounding hills", "shelling
    of its outskirts") names a part of the last town or area the sentence names before "its" ("In the tempest of
    Syria, Afrin had avoided the war until an incursion into its surrounding hills": Afrin). Not a country: hills,
    outskirts and suburbs are a town's, and a country's "its" is as likely a party's ("Turkey ... its border")."""
    its = next((t for t in trigger.subtree if _place_possessor(t) and _own_phrase(t.head, trigger)), None)
    if its is None:
        return None
    before = [
        m.place
        for m in state.places
        if trigger.sent.start_char <= m.start and m.end <= its.idx and m.place.precision != "country"
    ]
    return before[-1] if before else None


def _border_place(trigger: Token, *, state: DocState) -> Place | None:
    """A border named by its other side in the trigger's phrase ("redeploy closer to the Turkish border", "along
    the border with Iran", "Turkey's border") is the main country's side of its border with that country, where
    the supplement has that border (geo.borders), else the side of the country the article names most that has
    one ("the Turkish border" in a story about a US withdrawal from Syria): a story tells of its countries'
    borders by their other side. Not "inside Turkish borders" (plural: the other country's territory)."""
    borders = [t for t in trigger.subtree if t.lower_ in BORDER_NOUNS and t.pos_ == "NOUN"]
    sides = [side for border in borders if _own_phrase(border, trigger) for side in _border_sides(border)]
    if not sides:
        return None
    counts = Counter(m.place.country for m in state.places if m.place.country)
    homes = [state.country, *(country for country, _n in counts.most_common())]
    return next((found for home in homes for side in sides if (found := border_area(home, side))), None)


def _border_sides(border: Token) -> list[str]:
    """The words that may name a border's other side: its adjective, possessor or compound ("the Turkish border",
    "Turkey's border", "the Iran border") and the object of its "with" ("the border with Saudi Arabia")."""
    sides = [c for c in border.children if c.dep_ in ("amod", "poss", "compound", "nmod")]
    sides += [o for p in border.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children
              if o.dep_ == "pobj"]
    return [" ".join(t.text for t in [*compounds(side), side]) for side in sides]


def _place_possessor(token: Token) -> bool:
    """ "its" owning a noun for a part of a place ("its surrounding hills", "its outskirts")."""
    return token.lower_ == "its" and token.dep_ == "poss" and token.head.lemma_.lower() in PLACE_PARTS


def _own_phrase(token: Token, trigger: Token) -> bool:
    """The token hangs on the trigger through phrases only, no clause of its own ("when the city was under
    attack, calls were rebuffed": the city is the setting of another clause)."""
    return not any(t.pos_ in ("VERB", "AUX") for t in token.ancestors if t in trigger.subtree and t != trigger)


def _place_anaphor(token: Token) -> bool:
    """A bare "the (border) town/city/enclave/province": no name of its own ("the town of Manbij")."""
    if token.lemma_.lower() not in ANAPHOR_KINDS or token.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    return not any(c.dep_ in ("prep", "appos", "compound") and c.pos_ in ("ADP", "PROPN") for c in token.children)


def located_target(
    trigger: Token, target: Actor | None, *, state: DocState, exclude: list[Token]
) -> Actor | None:
    """Violence is directed at where its own clause places it: an attack with no target named hits the place
    ("a month of airstrikes in Ghouta" → Ghouta), and victims named without a country take the place's
    ("killed three ethnic Albanians in southern Serbia", "a journalist was killed in Beirut", "a raid against
    fighters in southern Syria")."""
    spans = [(phrase(t).start_char, phrase(t).end_char) for t in exclude]
    found = choose_event_place(trigger.sent, trigger, state.places, exclude=spans, hostile=True)
    span = trigger.doc.char_span(found.start, found.end, alignment_mode="expand") if found else None
    if (
        found is None
        or not found.place.country
        or span is None
        or span.root.pos_ != "PROPN"
        or span.root.ent_type_ in ("NORP", "ORG")
    ):
        return target  # "on the Thai border": a nationality word does not say where
    if target is None:
        text = doc_text(trigger.doc)[found.start : found.end]
        return Actor(text=text, name=found.place.name, country=found.place.country)
    return Actor(**{**target.to_dict(), "country": found.place.country})


def named_town(head: Token, *, places: list[PlaceMention]) -> Place | None:
    """The town (or spot) a party's head names: the head itself ("bombed Idlib") or the name its place noun
    types ("the town of Manbij", "the village of Tamthil")."""
    spots = [head.idx] + [name.idx for name in typed_names(head)]
    for at in spots:
        found = [m for m in places if m.start <= at < m.end and m.place.precision in TOWN_KINDS]
        if found:
            return found[0].place
    return None


def typed_names(noun: Token) -> list[Token]:
    """The proper names a place noun's "of" phrase gives it: "the town of <Manbij>"."""
    if noun.lemma_.lower() not in PLACE_NOUNS:
        return []
    return [
        name
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for name in prep.children
        if name.dep_ == "pobj" and name.pos_ == "PROPN"
    ]


def _with_precision(mention: PlaceMention, text: str) -> Place:
    before = text[max(0, mention.start - 30) : mention.start].lower().rstrip()
    place = mention.place
    if place.precision == "place" and before.endswith(NEAR_WORDS):
        return Place(**{**place.to_dict(), "precision": "near"})
    return place


def _recent_place(trigger: Token, state: DocState) -> Place | None:
    """A (non-country) place named in the two sentences before the trigger's, not a seat of government named as the
    government it houses ("Washington's relationship with Ankara": the next sentence's act is not in Ankara)."""
    sent_start = trigger.sent.start_char
    earlier = [start for start in state.sent_starts if start < sent_start][-2:]
    if not earlier:
        return None
    text = doc_text(trigger.doc)
    for mention in reversed(state.places):
        if (
            earlier[0] <= mention.start < sent_start
            and mention.place.precision != "country"
            and locates(mention, trigger.doc)
            and not names_seat_as_party(mention.place, text=text, start=mention.start)
            and not _in_talks(mention, trigger.doc)
        ):
            return mention.place
    return None


def _in_talks(mention: PlaceMention, doc: Doc) -> bool:
    """The mention names the place of talks, a visit or another event no act shares (`other_events`)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and in_talks_phrase(span.root)


def _focus_place(state: DocState) -> Place | None:
    """The country most of the article's named places are in, as the article names it, else as the gazetteer
    has it: a story told through its towns ("Air raids kill 31 jihadists in Syria's Raqa" with no apostrophe,
    "a village in the central Syrian province of Hama") need not name the country it happens in."""
    country = state.country
    for mention in state.places:
        if mention.place.precision == "country" and mention.place.country == country:
            return mention.place
    gazetteer = load_gazetteer()
    rid = gazetteer.country_record.get(country) if country else None
    return gazetteer.place(rid, gazetteer.names[rid] or country or "") if rid is not None else None


def _worldwide(trigger: Token) -> bool:
    """The act's own locative phrase spreads it over the world ("attacks around the world", "across the globe",
    "plots worldwide"): acts in many places, of which the sentence's other place ("In Egypt, Isis has sought to
    exploit the vacuum ... and it has continued launching attacks around the world") is at most one."""
    for token in trigger.subtree:
        if token.lower_ == "worldwide" and token.head == trigger:
            return True
        if token.lemma_.lower() in WORLD_NOUNS and token.dep_ == "pobj" and token.head.lower_ in SPREAD_PREPOSITIONS \
                and _own_phrase(token, trigger):
            return True
    return False


def _wider_area(trigger: Token) -> bool:
    """The act's own phrases name an area wider than a town ("win back control of the entire country",
    "invading those territories in the east"), or the act is told of such an area ("the east, where the YPG are
    engaged in combat"): the story's town is not its place."""
    if any(t.lemma_.lower() in WIDER_AREAS and t.pos_ == "NOUN" and _own_phrase(t, trigger) for t in trigger.subtree):
        return True
    return any(t.dep_ == "relcl" and t.head.lemma_.lower() in WIDER_AREAS for t in [trigger, *trigger.ancestors])


def focus_town(state: DocState, *, text: str) -> Place | None:
    """The town a story is about: in the article's main country, the town named at least FOCUS_MIN_MENTIONS times
    and in more than FOCUS_SHARE of the country's town mentions or FOCUS_LEAD times as often as the next town
    ("Afrin" in a report from Afrin). A seat of government named as the government ("Damascus said") is no town
    mention, and a capital does not count against another town (a story from Baghuz also tells what Damascus
    did and where its troops came from). Violence the story tells without a place of its own ("last night they
    bombed the hospital") happened there."""
    towns = [m.place for m in state.places if m.place.precision in TOWN_KINDS and m.place.country == state.country
             and not names_seat_as_party(m.place, text=text, start=m.start)]
    counts = Counter(place.name for place in towns)
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    place = next(place for place in towns if place.name == name)
    rivals = [town for town in towns if town.name != name and (is_seat(place) or not is_seat(town))]
    runner_up = max(Counter(town.name for town in rivals).values(), default=0)
    if count < FOCUS_MIN_MENTIONS or (count <= FOCUS_SHARE * (count + len(rivals)) and count < FOCUS_LEAD * runner_up):
        return None
    return place
